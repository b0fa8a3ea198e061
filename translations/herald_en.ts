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
    <message numerus="yes">
        <location filename="../app/workflow/DraftService.cpp" line="273"/>
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
    <name>Herald::DraftService</name>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="37"/>
        <source>Draft #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="52"/>
        <source>The template &quot;%1&quot; of draft #%2 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="55"/>
        <location filename="../app/workflow/DraftService.cpp" line="86"/>
        <source>Incident #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="77"/>
        <source>There is no template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="79"/>
        <source>Choose at least one channel for the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="100"/>
        <source>Started update #%1 from template &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="115"/>
        <source>Update #%1 is %2 and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="124"/>
        <source>Edited update #%1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="131"/>
        <source>Approval of update #%1 voided: the text changed after approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="132"/>
        <source>Review of update #%1 withdrawn: the text changed during review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="156"/>
        <source>Only a draft can be submitted for review; update #%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="161"/>
        <source>Update #%1 cannot be submitted until these are fixed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="165"/>
        <source>Submitted update #%1 for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="176"/>
        <source>Person #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="178"/>
        <source>%1 wrote update #%2 and cannot approve it: someone else must review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="182"/>
        <source>%1 does not have the approver or incident manager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="184"/>
        <location filename="../app/workflow/DraftService.cpp" line="208"/>
        <source>Update #%1 is %2, not in review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="196"/>
        <source>Approved update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="197"/>
        <source>Approved update #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="212"/>
        <source>Say what should change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="214"/>
        <source>Asked for changes to update #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="225"/>
        <source>Update #%1 is %2: only approved updates are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="239"/>
        <source>Update #%1 was not sent: what would go out (text, channels or recipients) is not what was approved. Submit it for review again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="243"/>
        <source>Update #%1 has no recipients: configure an endpoint for one of its channels in Settings → Channels.</source>
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
    <name>Herald::IncidentService</name>
    <message>
        <location filename="../app/workflow/IncidentService.cpp" line="27"/>
        <source>An incident needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/IncidentService.cpp" line="38"/>
        <source>Opened %1 &quot;%2&quot; (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/IncidentService.cpp" line="57"/>
        <source>Incident #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/IncidentService.cpp" line="59"/>
        <source>An incident cannot move from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/IncidentService.cpp" line="65"/>
        <source>Status changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="40"/>
        <source>%1 — Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>The person whose decisions Herald records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>Outbox: all sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Outbox: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>&amp;Channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>&amp;New Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>Set &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>New &amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Submit for &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Request &amp;Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Se&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Tell customers and staff what is happening during an outage: quickly, clearly, on every channel, and never unreviewed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>Acting as: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
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
        <location filename="../ui/previews/SmsPreview.cpp" line="66"/>
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
        <location filename="../ui/models/TimelineModel.cpp" line="92"/>
        <source>#%1 · %2 · hash %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TimelineModel.cpp" line="115"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TimelineModel.cpp" line="117"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TimelineModel.cpp" line="119"/>
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
        <location filename="../ui/timeline/TimelineView.cpp" line="67"/>
        <source>The record was altered at event #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TimelineView.cpp" line="71"/>
        <source>Record verified: %n event(s), hash chain intact</source>
        <translation>
            <numerusform>Record verified: %n event, hash chain intact</numerusform>
            <numerusform>Record verified: %n events, hash chain intact</numerusform>
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
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="46"/>
        <source>Set Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="53"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="67"/>
        <source>New Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="73"/>
        <source>Update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="94"/>
        <source>Fill in once, for every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="121"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="123"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="369"/>
        <source>Submit for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="124"/>
        <source>Request Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="127"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="381"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="128"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="398"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="206"/>
        <source>No incident selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="210"/>
        <source>[Drill] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="237"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="265"/>
        <source>#%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="305"/>
        <source>No recipients configured for these channels: see Settings → Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="306"/>
        <source>Goes to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="322"/>
        <source>You wrote this update: someone else must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="328"/>
        <source>No update yet: start one from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="332"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · revision %2 · written by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="335"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="348"/>
        <source>New Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="353"/>
        <source>Started update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="362"/>
        <source>Save Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="364"/>
        <source>Saved update #%1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="378"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="383"/>
        <source>Approve Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="379"/>
        <source>Approve exactly this text for every channel and recipient shown? Any later edit voids the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="388"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="391"/>
        <source>Request Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="388"/>
        <source>What should change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="397"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="400"/>
        <source>Send Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="398"/>
        <source>Send the approved update now to every recipient shown?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="401"/>
        <source>Update #%1 queued for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="407"/>
        <source>Change Status</source>
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
        <location filename="../app/workflow/SendCompletion.cpp" line="32"/>
        <source>Update #%1 delivered to every recipient (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/SendCompletion.cpp" line="35"/>
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
</TS>
