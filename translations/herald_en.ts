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
    <name>BlameOrSpeculation</name>
    <message>
        <location filename="../app/checks/BlameOrSpeculation.cpp" line="23"/>
        <source>&quot;%1&quot; blames someone: say what happened and what you are doing, not whose fault it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/BlameOrSpeculation.cpp" line="26"/>
        <source>&quot;%1&quot; is a guess: say only what you know, and that you are still confirming the cause.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlueskyComposer</name>
    <message>
        <location filename="../app/channels/bluesky/BlueskyComposer.cpp" line="70"/>
        <source>graphemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/bluesky/BlueskyComposer.cpp" line="72"/>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/bluesky/BlueskyComposer.cpp" line="72"/>
        <location filename="../app/channels/bluesky/BlueskyComposer.cpp" line="75"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/bluesky/BlueskyComposer.cpp" line="73"/>
        <location filename="../app/channels/bluesky/BlueskyComposer.cpp" line="77"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/bluesky/BlueskyComposer.cpp" line="75"/>
        <source>Largest post</source>
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
    <name>ChatFacts</name>
    <message>
        <location filename="../app/channels/chat/ChatFacts.cpp" line="10"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/chat/ChatFacts.cpp" line="11"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/chat/ChatFacts.cpp" line="14"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/chat/ChatFacts.cpp" line="16"/>
        <source>Affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/chat/ChatFacts.cpp" line="19"/>
        <source>Next update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckSettings</name>
    <message>
        <location filename="../app/checks/CheckSettings.cpp" line="46"/>
        <source>&quot;%1&quot; must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/CheckSettings.cpp" line="50"/>
        <source>&quot;%1&quot; must be a list of non-empty texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/CheckSettings.cpp" line="217"/>
        <source>unknown setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/CheckSettings.cpp" line="223"/>
        <source>&quot;severities&quot; must be an object of rule: severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/CheckSettings.cpp" line="227"/>
        <source>unknown rule &quot;%1&quot; in &quot;severities&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/CheckSettings.cpp" line="237"/>
        <source>severity of &quot;%1&quot; must be blocking, warning, info or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/CheckSettings.cpp" line="244"/>
        <source>&quot;reading_grade_target&quot; must be a number from 1 to 20</source>
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
    <name>Consistency</name>
    <message>
        <location filename="../app/checks/Consistency.cpp" line="118"/>
        <source>%1 gives the next update as &quot;%2&quot; but %3 says &quot;%4&quot;: use the same time everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/Consistency.cpp" line="145"/>
        <source>%1 says the status is &quot;%2&quot; but %3 says &quot;%4&quot;: state the same status everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/Consistency.cpp" line="171"/>
        <source>%1 leaves out %2, which %3 names as affected.</source>
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
        <location filename="../app/workflow/DraftService.cpp" line="38"/>
        <source>update text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="55"/>
        <source>The template &quot;%1&quot; of draft #%2 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="64"/>
        <location filename="../app/workflow/DraftService.cpp" line="80"/>
        <location filename="../app/workflow/DraftService.cpp" line="111"/>
        <source>Incident #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="102"/>
        <source>There is no template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="104"/>
        <source>Choose at least one channel for the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="125"/>
        <source>Started update #%1 from template &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="140"/>
        <source>Update #%1 is %2 and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="149"/>
        <source>Edited update #%1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="156"/>
        <source>Approval of update #%1 voided: the text changed after approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="157"/>
        <source>Review of update #%1 withdrawn: the text changed during review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="181"/>
        <source>Only a draft can be submitted for review; update #%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/DraftService.cpp" line="191"/>
        <source>Update #%1 cannot be submitted until %n problem(s) are fixed:
%2</source>
        <translation>
            <numerusform>Update #%1 cannot be submitted until %n problem is fixed:
%2</numerusform>
            <numerusform>Update #%1 cannot be submitted until %n problems are fixed:
%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="196"/>
        <source>Submitted update #%1 for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="207"/>
        <source>Person #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="209"/>
        <source>%1 wrote update #%2 and cannot approve it: someone else must review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="213"/>
        <source>%1 does not have the approver or incident manager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="215"/>
        <location filename="../app/workflow/DraftService.cpp" line="239"/>
        <source>Update #%1 is %2, not in review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="227"/>
        <source>Approved update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="228"/>
        <source>Approved update #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="243"/>
        <source>Say what should change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="245"/>
        <source>Asked for changes to update #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="256"/>
        <source>Update #%1 is %2: only approved updates are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="269"/>
        <source>Update #%1 was not sent: what would go out (text, channels or recipients) is not what was approved. Submit it for review again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="273"/>
        <source>Update #%1 has no recipients: configure an endpoint for one of its channels in Settings → Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/DraftService.cpp" line="303"/>
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
    <name>EmailComposer</name>
    <message>
        <location filename="../app/channels/email/EmailComposer.cpp" line="54"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailComposer.cpp" line="54"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailComposer.cpp" line="55"/>
        <source>phones show about the first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailComposer.cpp" line="56"/>
        <source>Subject line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailComposer.cpp" line="56"/>
        <source>octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailComposer.cpp" line="57"/>
        <source>RFC 2047 encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailComposer.cpp" line="57"/>
        <source>ASCII</source>
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
    <name>Herald::DraftEditor</name>
    <message>
        <location filename="../ui/workspace/DraftEditor.cpp" line="40"/>
        <source>Fill in once, for every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftEditor.cpp" line="47"/>
        <source>Which text of the template to rewrite for this update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftEditor.cpp" line="60"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftEditor.cpp" line="62"/>
        <source>Rewrite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftEditor.cpp" line="97"/>
        <source>Text for every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftEditor.cpp" line="98"/>
        <source>Subject and titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftEditor.cpp" line="100"/>
        <source>%1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftEditor.cpp" line="141"/>
        <location filename="../ui/workspace/DraftEditor.cpp" line="155"/>
        <source>rewritten for this update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftEditor.cpp" line="142"/>
        <location filename="../ui/workspace/DraftEditor.cpp" line="156"/>
        <source>as the template has it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::EmailPreview</name>
    <message>
        <location filename="../ui/previews/EmailPreview.cpp" line="69"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/EmailPreview.cpp" line="71"/>
        <source>Show the text/plain part that text-only mail readers show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/EmailPreview.cpp" line="79"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/EmailPreview.cpp" line="82"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/EmailPreview.cpp" line="84"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/EmailPreview.cpp" line="125"/>
        <source>This update does not go out by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/EmailPreview.cpp" line="133"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/EmailPreview.cpp" line="134"/>
        <source>Status updates &lt;status@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/EmailPreview.cpp" line="135"/>
        <source>Subscribers (each gets their own copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/EmailPreview.cpp" line="145"/>
        <source>Sent as (RFC 2047): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/EmailPreview.cpp" line="146"/>
        <source>Sent as plain ASCII</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::FindingModel</name>
    <message>
        <location filename="../ui/checks/FindingModel.cpp" line="65"/>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checks/FindingModel.cpp" line="66"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checks/FindingModel.cpp" line="67"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checks/FindingModel.cpp" line="77"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checks/FindingModel.cpp" line="99"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checks/FindingModel.cpp" line="101"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checks/FindingModel.cpp" line="103"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::InAppPreview</name>
    <message>
        <location filename="../ui/previews/InAppPreview.cpp" line="55"/>
        <source>&lt;b&gt;Example&lt;/b&gt; Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/InAppPreview.cpp" line="60"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/InAppPreview.cpp" line="60"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/InAppPreview.cpp" line="60"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/InAppPreview.cpp" line="84"/>
        <source>People can close this banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/InAppPreview.cpp" line="137"/>
        <source>View status →</source>
        <translation type="unfinished"></translation>
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
    <name>Herald::LimitList</name>
    <message>
        <location filename="../ui/previews/LimitList.cpp" line="25"/>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>%1 — Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>The person whose decisions Herald records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>Outbox: all sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Outbox: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>&amp;Channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>&amp;New Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Set &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>New &amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Submit for &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>Request &amp;Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>Se&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Tell customers and staff what is happening during an outage: quickly, clearly, on every channel, and never unreviewed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Acting as: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>New Incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::MattermostPreview</name>
    <message>
        <location filename="../ui/previews/MattermostPreview.cpp" line="63"/>
        <source>&lt;i&gt;This update does not go to Mattermost.&lt;/i&gt;</source>
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
        <location filename="../ui/workspace/NewDraftDialog.cpp" line="52"/>
        <source>Start Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/NewDraftDialog.cpp" line="58"/>
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
    <name>Herald::PreviewPane</name>
    <message>
        <location filename="../ui/previews/PreviewPane.cpp" line="22"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::PushPreview</name>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="46"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="48"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="95"/>
        <source>No push notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="96"/>
        <source>This update is not sent as a push notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="105"/>
        <source>Payload: %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::SlackPreview</name>
    <message>
        <location filename="../ui/previews/SlackPreview.cpp" line="86"/>
        <source>&lt;i&gt;This update does not go to Slack.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SlackPreview.cpp" line="105"/>
        <source>Notification: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::SmsPreview</name>
    <message>
        <location filename="../ui/previews/SmsPreview.cpp" line="24"/>
        <source>Status alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SmsPreview.cpp" line="46"/>
        <source>Replace look-alikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SmsPreview.cpp" line="48"/>
        <source>Curly quotes, dashes, ellipses and special spaces become their GSM-7 equivalents, so the message is not sent as UCS-2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SmsPreview.cpp" line="65"/>
        <source>This update does not go out by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/previews/SmsPreview.cpp" line="75"/>
        <source>%1 · %2 of %3 characters · %n segment(s)</source>
        <translation>
            <numerusform>%1 · %2 of %3 characters · %n segment</numerusform>
            <numerusform>%1 · %2 of %3 characters · %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/previews/SmsPreview.cpp" line="81"/>
        <source>UCS-2 because of %n character(s) outside GSM-7</source>
        <translation>
            <numerusform>UCS-2 because of %n character outside GSM-7</numerusform>
            <numerusform>UCS-2 because of %n characters outside GSM-7</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::SocialPostPreview</name>
    <message>
        <location filename="../ui/previews/SocialPostPreview.cpp" line="112"/>
        <source>This update does not go out on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SocialPostPreview.cpp" line="135"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::StatusPagePreview</name>
    <message>
        <location filename="../ui/previews/StatusPagePreview.cpp" line="60"/>
        <source>Example, Inc. · Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/StatusPagePreview.cpp" line="65"/>
        <source>Subscribe to updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/StatusPagePreview.cpp" line="143"/>
        <source>This update is not posted to the status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/StatusPagePreview.cpp" line="183"/>
        <source>Major System Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/StatusPagePreview.cpp" line="184"/>
        <source>Partial System Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/StatusPagePreview.cpp" line="185"/>
        <source>Degraded System Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/StatusPagePreview.cpp" line="186"/>
        <source>Service Under Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/StatusPagePreview.cpp" line="187"/>
        <source>All Systems Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/StatusPagePreview.cpp" line="196"/>
        <source>Posted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::SupportMacroPreview</name>
    <message>
        <location filename="../ui/previews/SupportMacroPreview.cpp" line="25"/>
        <source>&lt;b&gt;Ticket #48213&lt;/b&gt; · “Card payments keep failing” · &lt;span style=&apos;color:#68737d;&apos;&gt;from a customer, 12 minutes ago&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SupportMacroPreview.cpp" line="30"/>
        <source>Hi, my customers cannot pay by card since this morning. Is something wrong on your side?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SupportMacroPreview.cpp" line="44"/>
        <source>Public reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SupportMacroPreview.cpp" line="46"/>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SupportMacroPreview.cpp" line="62"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SupportMacroPreview.cpp" line="62"/>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SupportMacroPreview.cpp" line="62"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SupportMacroPreview.cpp" line="62"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SupportMacroPreview.cpp" line="68"/>
        <source>Submit as Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SupportMacroPreview.cpp" line="71"/>
        <source>Agents send this from their helpdesk, not from Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SupportMacroPreview.cpp" line="96"/>
        <source>This update has no support macro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/SupportMacroPreview.cpp" line="100"/>
        <source>Macro applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::TeamsPreview</name>
    <message>
        <location filename="../ui/previews/TeamsPreview.cpp" line="79"/>
        <source>&lt;i&gt;This update does not go to Microsoft Teams.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::TemplateEditor</name>
    <message>
        <location filename="../ui/editor/TemplateEditor.cpp" line="41"/>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::TemplateListModel</name>
    <message>
        <location filename="../ui/models/TemplateListModel.cpp" line="43"/>
        <source>%1
%2 · version %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TemplateListModel.cpp" line="46"/>
        <source>written in Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TemplateListModel.cpp" line="46"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TemplateListModel.cpp" line="48"/>
        <source>%1 · for %2 · status %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::TemplateManagerDialog</name>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="66"/>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="153"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="83"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="85"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="87"/>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="243"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="90"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="92"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="104"/>
        <source>Save as New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="162"/>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="167"/>
        <source>Valid: %1, %n variable(s)</source>
        <translation>
            <numerusform>Valid: %1, %n variable</numerusform>
            <numerusform>Valid: %1, %n variables</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="172"/>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="174"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="209"/>
        <source>Copy Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="217"/>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="219"/>
        <source>Import Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="217"/>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="230"/>
        <source>Herald templates (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="229"/>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="232"/>
        <source>Export Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="241"/>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="245"/>
        <source>Delete Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="242"/>
        <source>Delete the template &quot;%1&quot;? Updates already started from it keep their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="253"/>
        <source>Save Template</source>
        <translation type="unfinished"></translation>
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
        <location filename="../ui/timeline/TimelineView.cpp" line="77"/>
        <source>All %n event(s) in this database verified: the hash chain is intact</source>
        <translation>
            <numerusform>%n event in this database verified: the hash chain is intact</numerusform>
            <numerusform>All %n events in this database verified: the hash chain is intact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::VoicePreview</name>
    <message>
        <location filename="../ui/previews/VoicePreview.cpp" line="27"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/VoicePreview.cpp" line="29"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/VoicePreview.cpp" line="38"/>
        <source>No speech engine is installed, so the script cannot be played here. Install speech-dispatcher or flite to hear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/VoicePreview.cpp" line="44"/>
        <source>The speech engine does not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/VoicePreview.cpp" line="46"/>
        <source>Played with the %1 speech engine; the service that calls people may sound different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/VoicePreview.cpp" line="62"/>
        <source>SSML script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/VoicePreview.cpp" line="94"/>
        <source>This update is not read out by voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/previews/VoicePreview.cpp" line="103"/>
        <source>About %1:%2 to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/previews/VoicePreview.cpp" line="105"/>
        <source>%n word(s) at %1 words per minute, plus pauses</source>
        <translation>
            <numerusform>%n word at %1 words per minute, plus pauses</numerusform>
            <numerusform>%n words at %1 words per minute, plus pauses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::WebhookPreview</name>
    <message>
        <location filename="../ui/previews/WebhookPreview.cpp" line="28"/>
        <source>This update does not go to webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/previews/WebhookPreview.cpp" line="33"/>
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
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="49"/>
        <source>New Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="55"/>
        <source>Update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="87"/>
        <source>Replace look-alike characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="136"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="138"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="400"/>
        <source>Submit for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="139"/>
        <source>Request Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="142"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="412"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="143"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="429"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="218"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="246"/>
        <source>#%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="302"/>
        <source>Not in this update</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="314"/>
        <source>%n problem(s) block this channel</source>
        <translation>
            <numerusform>%n problem block this channel</numerusform>
            <numerusform>%n problems block this channel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="315"/>
        <source>%n finding(s) to look at</source>
        <translation>
            <numerusform>%n finding to look at</numerusform>
            <numerusform>%n findings to look at</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="316"/>
        <source>Fits every limit; no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="324"/>
        <source>No wording problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="327"/>
        <source>%n problem(s) block submission</source>
        <translation>
            <numerusform>%n problem block submission</numerusform>
            <numerusform>%n problems block submission</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="328"/>
        <source>Nothing blocks submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="329"/>
        <source>%n other finding(s)</source>
        <translation>
            <numerusform>%n other finding</numerusform>
            <numerusform>%n other findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="336"/>
        <source>No recipients configured for these channels: see Settings → Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="337"/>
        <source>Goes to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="353"/>
        <source>You wrote this update: someone else must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="359"/>
        <source>No update yet: start one from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="363"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · revision %2 · written by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="366"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="379"/>
        <source>New Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="384"/>
        <source>Started update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="393"/>
        <source>Save Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="395"/>
        <source>Saved update #%1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="409"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="414"/>
        <source>Approve Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="410"/>
        <source>Approve exactly this text for every channel and recipient shown? Any later edit voids the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="419"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="422"/>
        <source>Request Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="419"/>
        <source>What should change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="428"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="431"/>
        <source>Send Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="429"/>
        <source>Send the approved update now to every recipient shown?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="432"/>
        <source>Update #%1 queued for sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InAppComposer</name>
    <message>
        <location filename="../app/channels/inapp/InAppComposer.cpp" line="48"/>
        <source>Banner text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/inapp/InAppComposer.cpp" line="48"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/inapp/InAppComposer.cpp" line="49"/>
        <source>longer banners wrap and get skipped</source>
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
    <name>Jargon</name>
    <message>
        <location filename="../app/checks/Jargon.cpp" line="19"/>
        <source>&quot;%1&quot; is an internal host name: name the service as customers know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/Jargon.cpp" line="24"/>
        <location filename="../app/checks/Jargon.cpp" line="28"/>
        <source>&quot;%1&quot; is an IP address: leave it out, or name the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/Jargon.cpp" line="32"/>
        <location filename="../app/checks/Jargon.cpp" line="36"/>
        <source>&quot;%1&quot; is an error code: say what customers see instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/Jargon.cpp" line="40"/>
        <source>&quot;%1&quot; is part of a stack trace: leave technical output out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/Jargon.cpp" line="44"/>
        <source>&quot;%1&quot; looks like an internal ticket id: leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/Jargon.cpp" line="88"/>
        <source>&quot;%1&quot; is internal jargon: say it in customers&apos; words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MastodonComposer</name>
    <message>
        <location filename="../app/channels/mastodon/MastodonComposer.cpp" line="47"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MattermostComposer</name>
    <message>
        <location filename="../app/channels/mattermost/MattermostComposer.cpp" line="71"/>
        <source>Post text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/mattermost/MattermostComposer.cpp" line="71"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/mattermost/MattermostComposer.cpp" line="72"/>
        <source>a longer post arrives split into several</source>
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
    <name>MissingEssentials</name>
    <message>
        <location filename="../app/checks/MissingEssentials.cpp" line="51"/>
        <source>Say what customers notice: what fails or is slow, for whom, and what still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/MissingEssentials.cpp" line="54"/>
        <source>Say what customers can do now (a workaround, retrying later), or that they need to do nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/MissingEssentials.cpp" line="59"/>
        <source>Say when the next update comes, with a time and time zone (&quot;by 15:30 UTC&quot;) or a period (&quot;within 30 minutes&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverLimit</name>
    <message>
        <location filename="../app/checks/OverLimit.cpp" line="29"/>
        <source>%1, %2: %3 of %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/OverLimit.cpp" line="42"/>
        <source>%1. Over the limit: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/OverLimit.cpp" line="43"/>
        <source>%1. Longer than advised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushComposer</name>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="37"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="37"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="38"/>
        <source>APNs and FCM refuse larger payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="39"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="39"/>
        <location filename="../app/channels/push/PushComposer.cpp" line="41"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="40"/>
        <source>one line on a lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="41"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="42"/>
        <source>four lines on a lock screen, then cut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingGrade</name>
    <message>
        <location filename="../app/checks/ReadingGrade.cpp" line="28"/>
        <source>Reading grade %1 is above the target of %2: use shorter sentences and plainer words.</source>
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
        <location filename="../app/session/Session.cpp" line="43"/>
        <source>Give the endpoint a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/Session.cpp" line="55"/>
        <source>Set %1 endpoint &quot;%2&quot; to %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/Session.cpp" line="57"/>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetVariableCommand</name>
    <message>
        <location filename="../ui/workspace/SetVariableCommand.cpp" line="11"/>
        <source>Edit “%1”</source>
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
    <name>Shouting</name>
    <message>
        <location filename="../app/checks/Shouting.cpp" line="38"/>
        <source>&quot;%1&quot; in capitals reads as shouting: write it in lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/Shouting.cpp" line="49"/>
        <source>&quot;%1&quot; sounds alarmed: end the sentence with a full stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackComposer</name>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="137"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="139"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="139"/>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="140"/>
        <source>Longest section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/channels/slack/SlackComposer.cpp" line="141"/>
        <source>text in %n section(s)</source>
        <translation>
            <numerusform>text in %n section</numerusform>
            <numerusform>text in %n sections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="142"/>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="142"/>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="143"/>
        <source>Notification text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="144"/>
        <source>shown in notifications and where blocks cannot be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsComposer</name>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="23"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="24"/>
        <source>septets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="24"/>
        <source>UTF-16 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="28"/>
        <source>%1, %2 per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="29"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="29"/>
        <source>segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="32"/>
        <source>Single message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="37"/>
        <source>longer texts are split and cost more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialLimits</name>
    <message>
        <location filename="../app/channels/social/SocialLimits.cpp" line="16"/>
        <location filename="../app/channels/social/SocialLimits.cpp" line="19"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/channels/social/SocialLimits.cpp" line="20"/>
        <source>split into a thread of %n posts</source>
        <translation>
            <numerusform>split into a thread of %n post</numerusform>
            <numerusform>split into a thread of %n posts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/channels/social/SocialLimits.cpp" line="21"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/social/SocialLimits.cpp" line="21"/>
        <source>posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/social/SocialLimits.cpp" line="22"/>
        <source>numbered &quot;(1/%1)&quot; at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/social/SocialLimits.cpp" line="23"/>
        <source>Longest post</source>
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
    <name>StatusPageComposer</name>
    <message>
        <location filename="../app/channels/statuspage/StatusPageComposer.cpp" line="62"/>
        <source>Incident name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StatusPageComposer.cpp" line="62"/>
        <location filename="../app/channels/statuspage/StatusPageComposer.cpp" line="63"/>
        <location filename="../app/channels/statuspage/StatusPageComposer.cpp" line="64"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StatusPageComposer.cpp" line="63"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StatusPageComposer.cpp" line="64"/>
        <source>Readable update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StatusPageComposer.cpp" line="65"/>
        <source>people scan a status page; say the essentials first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportMacroComposer</name>
    <message>
        <location filename="../app/channels/supportmacro/SupportMacroComposer.cpp" line="25"/>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/supportmacro/SupportMacroComposer.cpp" line="26"/>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/supportmacro/SupportMacroComposer.cpp" line="28"/>
        <source>Thank you for your patience while we work on this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/supportmacro/SupportMacroComposer.cpp" line="32"/>
        <source>Our next update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/supportmacro/SupportMacroComposer.cpp" line="72"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/supportmacro/SupportMacroComposer.cpp" line="72"/>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/supportmacro/SupportMacroComposer.cpp" line="73"/>
        <source>no limit; short replies get read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsComposer</name>
    <message>
        <location filename="../app/channels/teams/TeamsComposer.cpp" line="85"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/teams/TeamsComposer.cpp" line="85"/>
        <location filename="../app/channels/teams/TeamsComposer.cpp" line="87"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/teams/TeamsComposer.cpp" line="86"/>
        <source>Teams message size limit (28 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/teams/TeamsComposer.cpp" line="87"/>
        <source>Prudent size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/teams/TeamsComposer.cpp" line="88"/>
        <source>Workflows may accept a larger card and drop it later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateChecker</name>
    <message>
        <location filename="../app/templating/TemplateChecker.cpp" line="151"/>
        <source>&quot;%1&quot; is not closed with &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateChecker.cpp" line="163"/>
        <source>&quot;{% %1 %}&quot; is not closed: add &quot;{% %2 %}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateChecker.cpp" line="214"/>
        <source>a filter name is missing after &quot;|&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateChecker.cpp" line="218"/>
        <source>unknown filter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateChecker.cpp" line="235"/>
        <source>&quot;%1&quot; is not a variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateChecker.cpp" line="246"/>
        <source>&quot;{{ }}&quot; is empty: put a variable name in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateChecker.cpp" line="262"/>
        <source>&quot;{% %}&quot; is empty: put a tag in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateChecker.cpp" line="310"/>
        <source>unknown tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateChecker.cpp" line="338"/>
        <source>&quot;{% %1 %}&quot; does not belong here: &quot;{% %2 %}&quot; is still open and needs &quot;{% %3 %}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateChecker.cpp" line="341"/>
        <source>&quot;{% %1 %}&quot; has no opening tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateChecker.cpp" line="409"/>
        <source>unknown variable &quot;%1&quot;: declare it under &quot;variables&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateChecker.cpp" line="414"/>
        <source>&quot;%1&quot; is required but empty</source>
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
        <location filename="../app/templating/TemplateLibrary.cpp" line="48"/>
        <source>another template already has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateLibrary.cpp" line="69"/>
        <source>database: %1 version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateLibrary.cpp" line="166"/>
        <source>There is no template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateLibrary.cpp" line="172"/>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateLibrary.cpp" line="184"/>
        <source>There is no template &quot;%1&quot; version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateLibrary.cpp" line="187"/>
        <location filename="../app/templating/TemplateLibrary.cpp" line="190"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <location filename="../ui/templates/TemplateManagerDialog.cpp" line="28"/>
        <source># Herald message template: see the templates README for the format.
id: my-update
version: 1
name: My update
scenario: partial-outage
audience: external
status: investigating
locale: en
variables:
  - name: service
    label: Affected service
    type: text
    required: true
    example: the Payments API
  - name: next_update
    label: Next update at
    type: time
    required: true
    example: 15:30 UTC
subject: &quot;Problems with {{ service }}&quot;
body: |
  We are looking into problems with {{ service }}.
  We will post the next update by {{ next_update }}.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateParser</name>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="64"/>
        <source>unknown field &quot;%1&quot; in %2 (use %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="75"/>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="87"/>
        <source>&quot;%1&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="101"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="113"/>
        <source>&quot;%1&quot; is not a valid %2 (use one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="133"/>
        <source>unknown variable type &quot;%1&quot; (use text, multiline, time, url or choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="144"/>
        <source>&quot;variables&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="152"/>
        <source>each variable must have a name and its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="155"/>
        <source>a variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="162"/>
        <source>variable name &quot;%1&quot; must be lower case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="172"/>
        <source>variable &quot;%1&quot; is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="184"/>
        <source>&quot;choices&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="200"/>
        <source>%1 must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="213"/>
        <source>&quot;channels&quot; must map channel names to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="224"/>
        <source>unknown channel &quot;%1&quot; (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="233"/>
        <source>channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="235"/>
        <source>the body for channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="237"/>
        <source>the subject for channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="239"/>
        <source>the text for channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="359"/>
        <source>a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="362"/>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="379"/>
        <source>the required field &quot;body&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="242"/>
        <source>the text for channel &quot;%1&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="264"/>
        <source>&quot;locales&quot; must map locale names (&quot;de&quot;) to texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="272"/>
        <source>&quot;%1&quot; is not a locale name such as de or pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="279"/>
        <source>locale &quot;%1&quot; must have name, subject, body or channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="283"/>
        <source>locale &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="286"/>
        <location filename="../app/templating/TemplateParser.cpp" line="377"/>
        <source>&quot;subject&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="287"/>
        <location filename="../app/templating/TemplateParser.cpp" line="380"/>
        <source>&quot;body&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="346"/>
        <source>a template must be a YAML mapping of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateParser.cpp" line="354"/>
        <source>id &quot;%1&quot; must be lower case letters, digits and -</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateService</name>
    <message>
        <location filename="../app/workflow/TemplateService.cpp" line="50"/>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/TemplateService.cpp" line="52"/>
        <source>The template was not saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/TemplateService.cpp" line="55"/>
        <source>Saved template &quot;%1&quot; (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/TemplateService.cpp" line="63"/>
        <source>%1 was not imported:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/TemplateService.cpp" line="65"/>
        <source>Imported template &quot;%1&quot; (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/TemplateService.cpp" line="75"/>
        <source>Copied template &quot;%1&quot; as &quot;%2&quot; (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/TemplateService.cpp" line="85"/>
        <source>&quot;%1&quot; is a shipped template; only templates written in Herald can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/TemplateService.cpp" line="87"/>
        <source>Deleted template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/TemplateService.cpp" line="99"/>
        <location filename="../app/workflow/TemplateService.cpp" line="108"/>
        <source>There is no template &quot;%1&quot;.</source>
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
        <location filename="../app/channels/UpdateComposer.cpp" line="98"/>
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
<context>
    <name>VaguePhrase</name>
    <message>
        <location filename="../app/checks/VaguePhrase.cpp" line="32"/>
        <source>&quot;%1&quot; does not say when: give a time (&quot;by 15:30 UTC&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/VaguePhrase.cpp" line="34"/>
        <source>&quot;%1&quot; does not say who: say which customers, or how many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checks/VaguePhrase.cpp" line="36"/>
        <source>&quot;%1&quot; is vague: say what fails and what still works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceComposer</name>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="25"/>
        <source>This is a drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="38"/>
        <source>%1 words at %2 per minute, with pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="42"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="42"/>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="44"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="43"/>
        <source>listeners drift after a minute; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="44"/>
        <source>Call length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="45"/>
        <source>too long for a phone message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="46"/>
        <source>Spoken text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="46"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="47"/>
        <source>Amazon Polly and Twilio Say per request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookComposer</name>
    <message>
        <location filename="../app/channels/webhook/WebhookComposer.cpp" line="53"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/webhook/WebhookComposer.cpp" line="53"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/webhook/WebhookComposer.cpp" line="54"/>
        <source>Standard Webhooks recommends under 20 kB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XComposer</name>
    <message>
        <location filename="../app/channels/x/XComposer.cpp" line="44"/>
        <source>weighted characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
