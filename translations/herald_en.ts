<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Audience</name>
    <message>
        <location filename="../app/domain/Audience.cpp" line="11"/>
        <source>External customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/Audience.cpp" line="12"/>
        <source>Internal staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/Audience.cpp" line="13"/>
        <source>Support team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelKind</name>
    <message>
        <location filename="../app/domain/ChannelKind.cpp" line="11"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ChannelKind.cpp" line="12"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ChannelKind.cpp" line="13"/>
        <source>Status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ChannelKind.cpp" line="14"/>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ChannelKind.cpp" line="15"/>
        <source>Microsoft Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ChannelKind.cpp" line="16"/>
        <source>Mattermost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ChannelKind.cpp" line="17"/>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ChannelKind.cpp" line="18"/>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ChannelKind.cpp" line="19"/>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ChannelKind.cpp" line="20"/>
        <source>Push notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ChannelKind.cpp" line="21"/>
        <source>In-app banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ChannelKind.cpp" line="22"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ChannelKind.cpp" line="23"/>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ChannelKind.cpp" line="25"/>
        <source>Support ticket macro</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentImpact</name>
    <message>
        <location filename="../app/domain/ComponentImpact.cpp" line="11"/>
        <source>Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ComponentImpact.cpp" line="13"/>
        <source>Degraded performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ComponentImpact.cpp" line="15"/>
        <source>Partial outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ComponentImpact.cpp" line="16"/>
        <source>Major outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ComponentImpact.cpp" line="18"/>
        <source>Under maintenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeInput</name>
    <message>
        <location filename="../app/channels/ComposeInput.cpp" line="16"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/store/Database.cpp" line="30"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="35"/>
        <source>%1 is not a Herald database: it is not an SQLite file at all (it may be damaged, or another kind of file). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="56"/>
        <source>%1 is damaged: %2. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="59"/>
        <source>%1 is not a Herald database: %2. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="62"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="85"/>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="99"/>
        <source>%1 is damaged: SQLite&apos;s integrity check says &quot;%2&quot;. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <location filename="../app/store/DatabaseBackup.cpp" line="44"/>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/DatabaseBackup.cpp" line="58"/>
        <source>There is no backup of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/DatabaseBackup.cpp" line="62"/>
        <source>Cannot move %1 aside to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/DatabaseBackup.cpp" line="68"/>
        <source>Cannot copy the backup %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <location filename="../app/domain/DeliveryState.cpp" line="11"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/DeliveryState.cpp" line="12"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/DeliveryState.cpp" line="13"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/DeliveryState.cpp" line="14"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/DeliveryState.cpp" line="15"/>
        <source>Gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/DeliveryState.cpp" line="16"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="32"/>
        <source>Draft #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="47"/>
        <source>The template &quot;%1&quot; of draft #%2 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="50"/>
        <location filename="../app/workflow/DraftService.cpp" line="81"/>
        <source>Incident #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="72"/>
        <source>There is no template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="74"/>
        <source>Choose at least one channel for the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="95"/>
        <source>Started update #%1 from template &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="110"/>
        <source>Update #%1 is %2 and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="119"/>
        <source>Edited update #%1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="126"/>
        <source>Approval of update #%1 voided: the text changed after approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="127"/>
        <source>Review of update #%1 withdrawn: the text changed during review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="151"/>
        <source>Only a draft can be submitted for review; update #%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="156"/>
        <source>Update #%1 cannot be submitted until these are fixed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="160"/>
        <source>Submitted update #%1 for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="171"/>
        <source>Person #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="173"/>
        <source>%1 wrote update #%2 and cannot approve it: someone else must review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="177"/>
        <source>%1 does not have the approver or incident manager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="179"/>
        <location filename="../app/workflow/DraftService.cpp" line="203"/>
        <source>Update #%1 is %2, not in review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="191"/>
        <source>Approved update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="192"/>
        <source>Approved update #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="207"/>
        <source>Say what should change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="209"/>
        <source>Asked for changes to update #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="220"/>
        <source>Update #%1 is %2: only approved updates are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="234"/>
        <source>Update #%1 was not sent: what would go out (text, channels or recipients) is not what was approved. Submit it for review again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="238"/>
        <source>Update #%1 has no recipients: configure an endpoint for one of its channels in Settings → Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/DraftService.cpp" line="268"/>
        <source>Sent update #%1 to %n recipient(s)</source>
        <translation>
            <numerusform>Sent update #%1 to %n recipient</numerusform>
            <numerusform>Sent update #%1 to %n recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftState</name>
    <message>
        <location filename="../app/domain/DraftState.cpp" line="11"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/DraftState.cpp" line="12"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/DraftState.cpp" line="14"/>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/DraftState.cpp" line="15"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/DraftState.cpp" line="16"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/DraftState.cpp" line="17"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/DraftState.cpp" line="18"/>
        <source>Partly failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/DraftState.cpp" line="19"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::ChannelSettingsDialog</name>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="27"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="38"/>
        <source>Send updates here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="50"/>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="51"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="52"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="55"/>
        <source>New Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="56"/>
        <source>Save Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="77"/>
        <source>Where approved updates are sent. Secrets never go here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="91"/>
        <source> (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="120"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::DeliveryModel</name>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="64"/>
        <source>%1 · next try %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="78"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="80"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="82"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="84"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="86"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::Dispatcher</name>
    <message>
        <location filename="../app/delivery/Dispatcher.cpp" line="164"/>
        <source>Herald cannot send to %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/Dispatcher.cpp" line="194"/>
        <source>Delivered update #%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/Dispatcher.cpp" line="199"/>
        <source>Could not deliver update #%1 to %2: %3; not retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/Dispatcher.cpp" line="208"/>
        <source>Attempt %1 to deliver update #%2 to %3 failed: %4; retrying at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/Dispatcher.cpp" line="215"/>
        <source>Gave up delivering update #%1 to %2 after %3 attempts: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::EmailPreview</name>
    <message>
        <location filename="../ui/previews/EmailPreview.cpp" line="35"/>
        <source>This update does not go out by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/EmailPreview.cpp" line="40"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/previews/EmailPreview.cpp" line="42"/>
        <source>From: Status updates  ·  Subject: %n character(s)</source>
        <translation>
            <numerusform>From: Status updates  ·  Subject: %n character</numerusform>
            <numerusform>From: Status updates  ·  Subject: %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::IncidentHeader</name>
    <message>
        <location filename="../ui/incidents/IncidentHeader.cpp" line="29"/>
        <source>Set Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/incidents/IncidentHeader.cpp" line="38"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/incidents/IncidentHeader.cpp" line="56"/>
        <source>No incident selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/incidents/IncidentHeader.cpp" line="60"/>
        <source>[Drill] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/incidents/IncidentHeader.cpp" line="81"/>
        <source>Change Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::IncidentListModel</name>
    <message>
        <location filename="../ui/models/IncidentListModel.cpp" line="55"/>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/IncidentListModel.cpp" line="66"/>
        <source>[Drill] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/IncidentListModel.cpp" line="95"/>
        <source>Sev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/IncidentListModel.cpp" line="97"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/IncidentListModel.cpp" line="99"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/IncidentListModel.cpp" line="101"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="41"/>
        <source>%1 — Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66"/>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79"/>
        <source>The person whose decisions Herald records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Outbox: all sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>Outbox: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>&amp;Channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>&amp;New Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>Set &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>New &amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Submit for &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Request &amp;Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>Se&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>&amp;About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Tell customers and staff what is happening during an outage: quickly, clearly, on every channel, and never unreviewed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>Acting as: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>New Incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::NewDraftDialog</name>
    <message>
        <location filename="../ui/workspace/NewDraftDialog.cpp" line="21"/>
        <source>New Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/NewDraftDialog.cpp" line="36"/>
        <source>%1  ✓ fits the current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/NewDraftDialog.cpp" line="40"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/NewDraftDialog.cpp" line="51"/>
        <source>Start Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/NewDraftDialog.cpp" line="57"/>
        <source>Start from the template that fits what is happening now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::NewIncidentDialog</name>
    <message>
        <location filename="../ui/incidents/NewIncidentDialog.cpp" line="16"/>
        <source>New Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/incidents/NewIncidentDialog.cpp" line="19"/>
        <source>e.g. Payments API partial outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/incidents/NewIncidentDialog.cpp" line="30"/>
        <source>Comma-separated, e.g. Payments API, Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/incidents/NewIncidentDialog.cpp" line="36"/>
        <source>This is a drill (marked [DRILL] everywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/incidents/NewIncidentDialog.cpp" line="40"/>
        <source>Open Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/incidents/NewIncidentDialog.cpp" line="48"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/incidents/NewIncidentDialog.cpp" line="49"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/incidents/NewIncidentDialog.cpp" line="50"/>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/incidents/NewIncidentDialog.cpp" line="51"/>
        <source>&amp;Affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/incidents/NewIncidentDialog.cpp" line="52"/>
        <source>&amp;Impact:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::SlackPreview</name>
    <message>
        <location filename="../ui/previews/SlackPreview.cpp" line="42"/>
        <source>&lt;i&gt;This update does not go to Slack.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::SmsPreview</name>
    <message>
        <location filename="../ui/previews/SmsPreview.cpp" line="20"/>
        <source>Status alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SmsPreview.cpp" line="52"/>
        <source>This update does not go out by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/previews/SmsPreview.cpp" line="61"/>
        <source>%1 · %2 of %3 characters · %n segment(s)</source>
        <translation>
            <numerusform>%1 · %2 of %3 characters · %n segment</numerusform>
            <numerusform>%1 · %2 of %3 characters · %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/previews/SmsPreview.cpp" line="67"/>
        <source>UCS-2 because of %n character(s) outside GSM-7</source>
        <translation>
            <numerusform>UCS-2 because of %n character outside GSM-7</numerusform>
            <numerusform>UCS-2 because of %n characters outside GSM-7</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::TimelineModel</name>
    <message>
        <location filename="../ui/models/TimelineModel.cpp" line="93"/>
        <source>#%1 · %2 · hash %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TimelineModel.cpp" line="116"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TimelineModel.cpp" line="118"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TimelineModel.cpp" line="120"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::TimelineView</name>
    <message>
        <location filename="../ui/timeline/TimelineView.cpp" line="35"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineView.cpp" line="36"/>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineView.cpp" line="43"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineView.cpp" line="74"/>
        <source>The record was altered at event #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TimelineView.cpp" line="78"/>
        <source>All %n event(s) in this database verified: the hash chain is intact</source>
        <translation>
            <numerusform>%n event in this database verified: the hash chain is intact</numerusform>
            <numerusform>All %n events in this database verified: the hash chain is intact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::WebhookPreview</name>
    <message>
        <location filename="../ui/previews/WebhookPreview.cpp" line="25"/>
        <source>This update does not go to webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/previews/WebhookPreview.cpp" line="30"/>
        <source>POST · Content-Type: application/json · %n byte(s)</source>
        <translation>
            <numerusform>POST · Content-Type: application/json · %n byte</numerusform>
            <numerusform>POST · Content-Type: application/json · %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::WorkspaceWidget</name>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="47"/>
        <source>New Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="53"/>
        <source>Update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="74"/>
        <source>Fill in once, for every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="101"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="103"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="315"/>
        <source>Submit for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="104"/>
        <source>Request Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="107"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="327"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="108"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="344"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="183"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="211"/>
        <source>#%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="251"/>
        <source>No recipients configured for these channels: see Settings → Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="252"/>
        <source>Goes to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="268"/>
        <source>You wrote this update: someone else must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="274"/>
        <source>No update yet: start one from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="278"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · revision %2 · written by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="281"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="294"/>
        <source>New Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="299"/>
        <source>Started update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="308"/>
        <source>Save Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="310"/>
        <source>Saved update #%1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="324"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="329"/>
        <source>Approve Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="325"/>
        <source>Approve exactly this text for every channel and recipient shown? Any later edit voids the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="334"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="337"/>
        <source>Request Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="334"/>
        <source>What should change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="343"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="346"/>
        <source>Send Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="344"/>
        <source>Send the approved update now to every recipient shown?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="347"/>
        <source>Update #%1 queued for sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentKind</name>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="11"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="13"/>
        <source>Scheduled maintenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <location filename="../app/workflow/IncidentService.cpp" line="20"/>
        <source>An incident needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/IncidentService.cpp" line="31"/>
        <source>Opened %1 &quot;%2&quot; (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/IncidentService.cpp" line="50"/>
        <source>Incident #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/IncidentService.cpp" line="52"/>
        <source>An incident cannot move from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/IncidentService.cpp" line="58"/>
        <source>Status changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="20"/>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="21"/>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="22"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="23"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="24"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="25"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="26"/>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="27"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../app/store/Migrator.cpp" line="90"/>
        <source>%1 is an SQLite database, but not one of Herald&apos;s: it has tables of its own and no Herald schema. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Migrator.cpp" line="96"/>
        <source>%1 was written by a newer Herald (schema version %2; this Herald knows up to %3). Update Herald to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Migrator.cpp" line="125"/>
        <source>Could not upgrade %1 from schema version %2 to %3; it was left as it was. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../app/domain/Role.cpp" line="11"/>
        <source>Incident manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/Role.cpp" line="13"/>
        <source>Communications manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/Role.cpp" line="14"/>
        <source>Support lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/Role.cpp" line="15"/>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/Role.cpp" line="16"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendCompletion</name>
    <message>
        <location filename="../app/workflow/SendCompletion.cpp" line="33"/>
        <source>Update #%1 delivered to every recipient (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/SendCompletion.cpp" line="36"/>
        <source>Update #%1 reached %2 of %n recipient(s)</source>
        <translation>
            <numerusform>Update #%1 reached %2 of %n recipient</numerusform>
            <numerusform>Update #%1 reached %2 of %n recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../app/session/Session.cpp" line="41"/>
        <source>Give the endpoint a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/Session.cpp" line="53"/>
        <source>Set %1 endpoint &quot;%2&quot; to %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/Session.cpp" line="55"/>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../app/domain/Severity.cpp" line="10"/>
        <source>SEV1 · Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/Severity.cpp" line="11"/>
        <source>SEV2 · Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/Severity.cpp" line="12"/>
        <source>SEV3 · Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/Severity.cpp" line="13"/>
        <source>SEV4 · Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <location filename="../app/store/SqlQuery.cpp" line="15"/>
        <source>could not prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/SqlQuery.cpp" line="31"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/SqlQuery.cpp" line="43"/>
        <source>Database %1: statement &quot;%2&quot; %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <location filename="../app/templating/TemplateLibrary.cpp" line="34"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateLibrary.cpp" line="47"/>
        <source>another template already has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateParser</name>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="29"/>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="31"/>
        <location filename="../app/templating/TemplateParser.cpp" line="41"/>
        <source>&quot;%1&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="51"/>
        <source>&quot;%1&quot; is not a valid %2 (use one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="69"/>
        <source>unknown variable type &quot;%1&quot; (use text, multiline, time, url or choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="80"/>
        <source>&quot;variables&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="84"/>
        <source>each variable must have a name and its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="89"/>
        <source>variable name &quot;%1&quot; must be lower case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="94"/>
        <source>variable &quot;%1&quot; is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="116"/>
        <source>&quot;channels&quot; must map channel names to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="121"/>
        <source>unknown channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="124"/>
        <source>the text for channel &quot;%1&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="145"/>
        <source>a template must be a YAML mapping of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="152"/>
        <source>id &quot;%1&quot; must be lower case letters, digits and -</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineChain</name>
    <message>
        <location filename="../app/timeline/TimelineChain.cpp" line="45"/>
        <source>expected event %1 here, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timeline/TimelineChain.cpp" line="49"/>
        <source>does not link to the event before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timeline/TimelineChain.cpp" line="53"/>
        <source>its content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineRecorder</name>
    <message>
        <location filename="../app/workflow/TimelineRecorder.cpp" line="13"/>
        <source>Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/TimelineRecorder.cpp" line="15"/>
        <source>Person #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../app/store/Transaction.cpp" line="22"/>
        <source>Database %1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateComposer</name>
    <message>
        <location filename="../app/channels/UpdateComposer.cpp" line="63"/>
        <source>&quot;%1&quot; is required but empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../app/channels/UrlPolicy.cpp" line="21"/>
        <source>This is not a complete web address (expected https://host/path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/UrlPolicy.cpp" line="23"/>
        <source>Put credentials in the channel&apos;s secret, not in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/UrlPolicy.cpp" line="29"/>
        <source>Use https: plain http is only allowed for this computer (localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/UrlPolicy.cpp" line="30"/>
        <source>Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
