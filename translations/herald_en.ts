<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddressPolicy</name>
    <message>
        <location filename="../app/channels/AddressPolicy.cpp" line="15"/>
        <location filename="../app/channels/AddressPolicy.cpp" line="25"/>
        <source>an unspecified address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/AddressPolicy.cpp" line="16"/>
        <location filename="../app/channels/AddressPolicy.cpp" line="19"/>
        <location filename="../app/channels/AddressPolicy.cpp" line="21"/>
        <location filename="../app/channels/AddressPolicy.cpp" line="26"/>
        <source>a private network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/AddressPolicy.cpp" line="17"/>
        <source>a carrier-grade NAT address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/AddressPolicy.cpp" line="18"/>
        <location filename="../app/channels/AddressPolicy.cpp" line="27"/>
        <source>a link-local address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/AddressPolicy.cpp" line="20"/>
        <location filename="../app/channels/AddressPolicy.cpp" line="22"/>
        <location filename="../app/channels/AddressPolicy.cpp" line="24"/>
        <source>a reserved address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/AddressPolicy.cpp" line="23"/>
        <location filename="../app/channels/AddressPolicy.cpp" line="28"/>
        <source>a multicast address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/AddressPolicy.cpp" line="58"/>
        <source>&quot;%1&quot; is not an address range (expected e.g. 10.20.0.0/16 or fd00:1::/64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/AddressPolicy.cpp" line="79"/>
        <source>not an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/AddressPolicy.cpp" line="82"/>
        <source>a cloud metadata service, which Herald never connects to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalPolicy</name>
    <message>
        <location filename="../app/domain/ApprovalPolicy.cpp" line="77"/>
        <source>Review deadlines: &quot;%1&quot; is not a severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ApprovalPolicy.cpp" line="81"/>
        <source>Review deadlines: %1 needs at least one minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalPolicyService</name>
    <message>
        <location filename="../app/workflow/ApprovalPolicyService.cpp" line="26"/>
        <source>Incident #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ApprovalPolicyService.cpp" line="34"/>
        <source>change the approval rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ApprovalPolicyService.cpp" line="38"/>
        <source>Backup approver #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ApprovalPolicyService.cpp" line="40"/>
        <source>%1 cannot be a backup approver: give them the approver or incident manager role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ApprovalPolicyService.cpp" line="45"/>
        <source>The approval policy needs at least one rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ApprovalPolicyService.cpp" line="49"/>
        <source>Changed the approval rules (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalRule</name>
    <message>
        <location filename="../app/domain/ApprovalRule.cpp" line="57"/>
        <source>Approval rule &quot;%1&quot;: &quot;%2&quot; is not a known %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ApprovalRule.cpp" line="73"/>
        <source>Approval rule &quot;%1&quot;: &quot;%2&quot; is not a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ApprovalRule.cpp" line="80"/>
        <source>Approval rule &quot;%1&quot;: between 0 and 5 approvals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../app/channels/bluesky/BlueskyComposer.cpp" line="67"/>
        <source>graphemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/bluesky/BlueskyComposer.cpp" line="69"/>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/bluesky/BlueskyComposer.cpp" line="69"/>
        <location filename="../app/channels/bluesky/BlueskyComposer.cpp" line="72"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/bluesky/BlueskyComposer.cpp" line="70"/>
        <location filename="../app/channels/bluesky/BlueskyComposer.cpp" line="74"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/bluesky/BlueskyComposer.cpp" line="72"/>
        <source>Largest post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlueskySender</name>
    <message>
        <location filename="../app/channels/bluesky/BlueskySender.cpp" line="53"/>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/bluesky/BlueskySender.cpp" line="54"/>
        <source>PDS address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/bluesky/BlueskySender.cpp" line="68"/>
        <source>Enter the account&apos;s handle, such as status.example.com (its app password goes in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/bluesky/BlueskySender.cpp" line="104"/>
        <source>No credential stored for %1: enter an app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/bluesky/BlueskySender.cpp" line="156"/>
        <source>Signing in as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/bluesky/BlueskySender.cpp" line="188"/>
        <source>%1, already posted by an earlier attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/bluesky/BlueskySender.cpp" line="197"/>
        <source>Looking for what an earlier attempt posted: %1</source>
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
    <name>ChatWebhookSender</name>
    <message>
        <location filename="../app/channels/webhook/ChatWebhookSender.cpp" line="50"/>
        <source>%1 is not where %2 webhooks live (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/webhook/ChatWebhookSender.cpp" line="61"/>
        <source>The webhook URL is a secret: keep it in the keychain and show it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/webhook/ChatWebhookSender.cpp" line="83"/>
        <source>No webhook URL stored in the keychain for %1 (the URL is its secret)</source>
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
        <location filename="../app/store/Database.cpp" line="31"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="36"/>
        <source>%1 is not a Herald database: it is not an SQLite file at all (it may be damaged, or another kind of file). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="57"/>
        <source>%1 is damaged: %2. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="60"/>
        <source>%1 is not a Herald database: %2. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="63"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="88"/>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="102"/>
        <source>%1 is damaged: SQLite&apos;s integrity check says &quot;%2&quot;. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="124"/>
        <source>%1 is damaged: it has lost its database id.</source>
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
    <name>DecisionGuard</name>
    <message>
        <location filename="../app/workflow/DecisionGuard.cpp" line="13"/>
        <source>Confirm with your passphrase again: %1&apos;s last confirmation is more than two minutes old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DecisionGuard.cpp" line="18"/>
        <source>Person #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DecisionGuard.cpp" line="27"/>
        <source>%1 cannot %2: that needs the %3 role.</source>
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
        <location filename="../app/domain/DeliveryState.cpp" line="17"/>
        <source>Waiting for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/DeliveryState.cpp" line="18"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="28"/>
        <source>Draft #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="34"/>
        <source>update text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="51"/>
        <source>The template &quot;%1&quot; of draft #%2 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="60"/>
        <location filename="../app/workflow/DraftService.cpp" line="76"/>
        <location filename="../app/workflow/DraftService.cpp" line="156"/>
        <source>Incident #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="128"/>
        <source>%1 wrote or submitted update #%2 and cannot approve it: someone else must review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="135"/>
        <source>%1&apos;s passphrase was set by an author of update #%2. %1 must choose their own passphrase before approving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="147"/>
        <source>There is no template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="149"/>
        <source>Choose at least one channel for the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="170"/>
        <source>Started update #%1 from template &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="185"/>
        <source>Update #%1 is %2 and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="195"/>
        <source>Edited update #%1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="203"/>
        <source>Approval of update #%1 voided: the text changed after approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="204"/>
        <source>Review of update #%1 withdrawn: the text changed during review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="216"/>
        <source>Update #%1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/DraftService.cpp" line="237"/>
        <source>Update #%1 cannot be %2 until %n problem(s) are fixed:
%3</source>
        <translation>
            <numerusform>Update #%1 cannot be %2 until %n problem is fixed:
%3</numerusform>
            <numerusform>Update #%1 cannot be %2 until %n problems are fixed:
%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="266"/>
        <source>Only a draft can be submitted for review; update #%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="340"/>
        <source>Approved update #%1 (%2 of %3 approvals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="344"/>
        <source>Approved update #%1; one approval must still come from the approver role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="418"/>
        <source>Update #%1 was not sent: what would go out (text, channels or recipients) is not what was approved, or the approval rules now ask for more. Submit it for review again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="434"/>
        <source>%1 cannot send before review: that needs the communications or incident manager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="438"/>
        <source>Write why this update cannot wait for review (at least 10 characters); the reason goes on the timeline and to the after-send review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="442"/>
        <source>Update #%1 is %2 and cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="446"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="464"/>
        <source>EMERGENCY: sent update #%1 before review: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="480"/>
        <source>Update #%1 has no open after-send review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="484"/>
        <source>Write what the review found, even if it is &quot;fine as sent&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="488"/>
        <source>Reviewed emergency update #%1 after sending: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="132"/>
        <source>%1 does not have the approver or incident manager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="270"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="281"/>
        <source>Submitted update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="282"/>
        <source>Submitted update #%1 for review, due %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="300"/>
        <source>Update #%1 needs no review under the rule &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="315"/>
        <location filename="../app/workflow/DraftService.cpp" line="359"/>
        <source>Update #%1 is %2, not in review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="321"/>
        <source>%1 has already approved update #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="335"/>
        <source>Approved update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="365"/>
        <source>Say what should change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="369"/>
        <source>Asked for changes to update #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="383"/>
        <source>Only an author or a communications or incident manager can withdraw update #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="388"/>
        <source>Withdrew update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="389"/>
        <source>Withdrew update #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="401"/>
        <source>Update #%1 is %2: only approved updates are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/DraftService.cpp" line="500"/>
        <source>Update #%1 has no recipients: configure an endpoint for one of its channels in Settings → Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/DraftService.cpp" line="537"/>
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
    <name>EmailMessage</name>
    <message>
        <location filename="../app/channels/email/EmailMessage.cpp" line="58"/>
        <location filename="../app/channels/email/EmailMessage.cpp" line="92"/>
        <source>Refused: the %1 contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailMessage.cpp" line="65"/>
        <source>The %1 has an address that is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailMessage.cpp" line="69"/>
        <source>The %1 has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailMessage.cpp" line="78"/>
        <source>The outbox row is not an email message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailMessage.cpp" line="83"/>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailMessage.cpp" line="84"/>
        <location filename="../app/channels/email/EmailMessage.cpp" line="93"/>
        <source>sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailMessage.cpp" line="85"/>
        <source>sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailMessage.cpp" line="86"/>
        <location filename="../app/channels/email/EmailMessage.cpp" line="101"/>
        <source>reply-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailMessage.cpp" line="87"/>
        <location filename="../app/channels/email/EmailMessage.cpp" line="96"/>
        <source>recipient list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailMessage.cpp" line="88"/>
        <source>idempotency key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailMessage.cpp" line="95"/>
        <source>The sender address must be one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailMessage.cpp" line="109"/>
        <source>The idempotency key cannot be a Message-ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailSender</name>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="31"/>
        <source>No credential stored for %1: set the SMTP password of user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="55"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="56"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="56"/>
        <source>587 for STARTTLS, 465 for TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="58"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="61"/>
        <source>none: only to a server on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="64"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="67"/>
        <source>the password goes to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="69"/>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="70"/>
        <source>From name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="70"/>
        <source>Example status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="71"/>
        <source>Reply-To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="73"/>
        <source>Extra CA certificate (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="76"/>
        <source>trusted besides the system&apos;s; certificates are always verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="86"/>
        <source>sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="87"/>
        <source>recipient list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="91"/>
        <source>reply-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="94"/>
        <source>Refused: the %1 contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/EmailSender.cpp" line="94"/>
        <source>sender name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdministrator</name>
    <message>
        <location filename="../ui/identity/FirstAdministrator.cpp" line="14"/>
        <source>Set Up Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/identity/FirstAdministrator.cpp" line="17"/>
        <source>This database has nobody in it yet. You will be its first administrator, and can add your team in File → People.

Your full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/identity/FirstAdministrator.cpp" line="23"/>
        <source>Choose your passphrase (at least %1 characters). Herald asks for it whenever you submit, approve or send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/identity/FirstAdministrator.cpp" line="28"/>
        <source>The same passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/identity/FirstAdministrator.cpp" line="32"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::ActingPerson</name>
    <message>
        <location filename="../ui/identity/ActingPerson.cpp" line="40"/>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/identity/ActingPerson.cpp" line="40"/>
        <source>Passphrase of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/identity/ActingPerson.cpp" line="57"/>
        <source>Sign in first: choose who you are in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/identity/ActingPerson.cpp" line="61"/>
        <source>%1

Confirm with the passphrase of %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::ApprovalPolicy</name>
    <message>
        <location filename="../app/domain/ApprovalPolicy.cpp" line="33"/>
        <source>Security incidents: two approvers, one of them an approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ApprovalPolicy.cpp" line="38"/>
        <source>Internal chat: no review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/ApprovalPolicy.cpp" line="43"/>
        <source>Everything else: one approver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::ApprovalRulesDialog</name>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="31"/>
        <source>Approval Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="53"/>
        <source>Read top to bottom: the first rule that matches an update decides. Channels are written as keys: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="66"/>
        <source>Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="67"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="68"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="69"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="75"/>
        <source>Reviews are due, after submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="81"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="83"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="88"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="90"/>
        <source>After an emergency send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="92"/>
        <source>Backup approvers, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="98"/>
        <source>An overdue review goes to the first of these who did not write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="102"/>
        <source>Whatever the rules say, an update for anyone outside the company needs one approver who is not its author. Saving is recorded on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="104"/>
        <source>Only an administrator changes these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="106"/>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="170"/>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="172"/>
        <source>Save Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ApprovalRulesDialog.cpp" line="170"/>
        <source>Change the approval rules for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::ApprovalRulesModel</name>
    <message>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="15"/>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="23"/>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="119"/>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="122"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="32"/>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="119"/>
        <source>%1 or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="47"/>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="129"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="190"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="192"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="194"/>
        <source>Incident kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="196"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="198"/>
        <source>Only channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="200"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovalRulesModel.cpp" line="202"/>
        <source>Approver role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::ApprovedTextModel</name>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="178"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ApprovedTextModel.cpp" line="180"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="182"/>
        <source>%1 h %2 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ApprovedTextModel.cpp" line="184"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ApprovedTextModel.cpp" line="186"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="187"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ApprovedTextModel.cpp" line="193"/>
        <source>%1 (%n approved)</source>
        <translation>
            <numerusform>%1 (%n approved)</numerusform>
            <numerusform>%1 (%n approved)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="200"/>
        <source>Updates approved for %1, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="218"/>
        <source>Sent before review, in an emergency, with a recorded reason; its after-send review follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="221"/>
        <source>The approval rules ask for no review of this update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="241"/>
        <source>#%1 rev. %2 · Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="242"/>
        <source>#%1 rev. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="247"/>
        <source>Approval rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="251"/>
        <source>⚠ Emergency send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="252"/>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="279"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="252"/>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="273"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="275"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ApprovedTextModel.cpp" line="277"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::ChannelSettingsDialog</name>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="34"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="46"/>
        <source>Send updates here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="51"/>
        <source>Stored in the system keychain; leave empty to keep what is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="55"/>
        <source>Where drills go instead; empty: drills are dry runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="58"/>
        <source>the provider&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="59"/>
        <source> per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="66"/>
        <source>Dry Run shows the exact request here, credentials redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="70"/>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="71"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="72"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="76"/>
        <source>Credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="77"/>
        <source>If it gives up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="78"/>
        <source>Drill target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="79"/>
        <source>At most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="81"/>
        <source>New Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="82"/>
        <source>Dry Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="84"/>
        <source>Save Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="122"/>
        <source>Where approved updates are sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="168"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="266"/>
        <source>Saved, but the credential was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="268"/>
        <source>Saved. Signing secret (give it to the receiver): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="270"/>
        <source>Saved; the credential is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="288"/>
        <source>Herald cannot send to %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="180"/>
        <source> (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ChannelSettingsDialog.cpp" line="260"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::CopyDeskView</name>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="34"/>
        <source>Sign in at the top right first: each copy is recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="69"/>
        <source>Approved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="92"/>
        <source>This update was approved without the support-macro channel, so it has no macro text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="97"/>
        <source>Rich text (as it pastes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="98"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="99"/>
        <source>Support macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="101"/>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="300"/>
        <source>Copy for Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="106"/>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="300"/>
        <source>Copy as Macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="179"/>
        <source>No approved updates for this incident yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="180"/>
        <source>An update appears here once someone other than its author approves it. Only approved text can be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="183"/>
        <source>Choose an incident to see its approved updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="223"/>
        <source>Update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="228"/>
        <source>approved %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="231"/>
        <source>approved %1 by the approval rules (no review needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="236"/>
        <source>sent %1 by %2 in an emergency, before review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="239"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="239"/>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="241"/>
        <source>Update #%1 · revision %2 · for %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="268"/>
        <source>%1 copies for a ticket; every copy is recorded on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="271"/>
        <source>Puts the text on the clipboard as rich text and as plain text, so it pastes well into any ticket reply (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="276"/>
        <source>Update #%1 was approved without the support-macro channel, so it has no macro text. Use Copy for Ticket instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="279"/>
        <source>Puts the support macro&apos;s plain text on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="318"/>
        <source>Copied the support macro of update #%1 (revision %2) — recorded on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/copydesk/CopyDeskView.cpp" line="321"/>
        <source>Copied update #%1 (revision %2) — recorded on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::DeliveryModel</name>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="70"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="73"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="75"/>
        <source>%1 (fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="83"/>
        <source>%1 · next try %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="97"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="99"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="101"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="103"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DeliveryModel.cpp" line="105"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::DeliveryPanel</name>
    <message>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="44"/>
        <source>Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="46"/>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="175"/>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="177"/>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="179"/>
        <source>Cancel Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="48"/>
        <source>Sent by Hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="50"/>
        <source>Copies the approved text; then say where it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="51"/>
        <source>Could Not Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="108"/>
        <source>Delivered to %1 of %n recipient(s)</source>
        <translation>
            <numerusform>Delivered to %1 of %n recipient</numerusform>
            <numerusform>Delivered to %1 of %n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="110"/>
        <source> · %n still sending or waiting to retry</source>
        <translation>
            <numerusform> · %n still sending or waiting to retry</numerusform>
            <numerusform> · %n still sending or waiting to retry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="112"/>
        <source>%n to send by hand</source>
        <translation>
            <numerusform>%n to send by hand</numerusform>
            <numerusform>%n to send by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="114"/>
        <source>%n gave up: select it to retry now or cancel</source>
        <translation>
            <numerusform>%n gave up: select it to retry now or cancel</numerusform>
            <numerusform>%n gave up: select one to retry now or cancel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="140"/>
        <source>Retry Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="142"/>
        <source>Trying delivery #%1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="151"/>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="162"/>
        <source>Send by Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="156"/>
        <source>Sent by Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="156"/>
        <source>Could Not Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="157"/>
        <source>The approved text is on the clipboard. Where did it go (for the timeline)? For example: read to the phone tree at 14:05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="159"/>
        <source>What went wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="176"/>
        <source>Cancel this delivery? The recipient will not get this update from Herald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DeliveryPanel.cpp" line="181"/>
        <source>Cancelled delivery #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::Dispatcher</name>
    <message>
        <location filename="../app/delivery/Dispatcher.cpp" line="272"/>
        <source>Trying %1 &quot;%2&quot; for update #%3 instead of &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/Dispatcher.cpp" line="329"/>
        <source>drill: dry run, nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/Dispatcher.cpp" line="345"/>
        <source>Herald cannot send to %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::DraftActions</name>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="25"/>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="26"/>
        <source>Send Now, Review After…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="28"/>
        <source>Only when waiting for review would do more harm: needs a written reason, is marked in red on the timeline, and opens a review after sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="30"/>
        <location filename="../ui/workspace/DraftActions.cpp" line="87"/>
        <location filename="../ui/workspace/DraftActions.cpp" line="88"/>
        <source>Submit for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="31"/>
        <source>Request Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="33"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="34"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="87"/>
        <source>Submit update #%1 for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="89"/>
        <source>Submitted update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="95"/>
        <location filename="../ui/workspace/DraftActions.cpp" line="100"/>
        <source>Approve Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="96"/>
        <source>Approve exactly this text of update #%1 for every channel and recipient shown. Any later edit voids the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="101"/>
        <source>Approved update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="106"/>
        <location filename="../ui/workspace/DraftActions.cpp" line="109"/>
        <location filename="../ui/workspace/DraftActions.cpp" line="112"/>
        <source>Request Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="106"/>
        <source>What should change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="110"/>
        <source>Send update #%1 back to its author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="119"/>
        <location filename="../ui/workspace/DraftActions.cpp" line="121"/>
        <source>Send Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="120"/>
        <source>Send approved update #%1 now to every recipient shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="122"/>
        <source>Update #%1 queued for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="128"/>
        <location filename="../ui/workspace/DraftActions.cpp" line="136"/>
        <location filename="../ui/workspace/DraftActions.cpp" line="139"/>
        <source>Send Now, Review After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="129"/>
        <source>Why can update #%1 not wait for review? The reason is recorded in red on the timeline, and an approver must review the update after it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="137"/>
        <source>Send update #%1 before review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="140"/>
        <source>Update #%1 sent before review; its review is now due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="146"/>
        <location filename="../ui/workspace/DraftActions.cpp" line="150"/>
        <location filename="../ui/workspace/DraftActions.cpp" line="152"/>
        <source>Withdraw Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="146"/>
        <source>Why is update #%1 withdrawn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/DraftActions.cpp" line="150"/>
        <source>Withdraw update #%1.</source>
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
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>%1 — Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>Outbox: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>%n sending</source>
        <translation>
            <numerusform>%n sending</numerusform>
            <numerusform>%n sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>%n to send by hand</source>
        <translation>
            <numerusform>%n to send by hand</numerusform>
            <numerusform>%n to send by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>%n not delivered</source>
        <translation>
            <numerusform>%n not delivered</numerusform>
            <numerusform>%n not delivered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>Outbox: all sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&amp;Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>&amp;Reviews (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>&amp;Copy Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104"/>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Who you are: choosing a person asks for their passphrase. Herald records every decision under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Nobody is signed in: choose who you are at the top right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>&amp;Approval Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>&amp;New Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>Set &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>New &amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Submit for &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>Request &amp;Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Se&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>Send Now, Review &amp;After…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>&amp;About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Tell customers and staff what is happening during an outage: quickly, clearly, on every channel, and never unreviewed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>Acting as: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="278"/>
        <source>New Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>Outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Every delivery of every update in this database</source>
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
    <name>Herald::PeopleDialog</name>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="29"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="47"/>
        <source>Database login on a shared server (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="59"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="60"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="61"/>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="62"/>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="63"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="65"/>
        <source>Add Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="67"/>
        <location filename="../ui/settings/PeopleDialog.cpp" line="204"/>
        <location filename="../ui/settings/PeopleDialog.cpp" line="206"/>
        <source>Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="69"/>
        <source>Set Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="103"/>
        <source>Every change here is recorded on the timeline. A passphrase you set for someone else stops them approving your own updates until they choose their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="105"/>
        <source>Only an administrator adds people or changes roles. You can change your own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="147"/>
        <source>Not set: %1 cannot sign in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="149"/>
        <source>Chosen by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="152"/>
        <source>Set by %1; %2 should choose their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="153"/>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="160"/>
        <location filename="../ui/settings/PeopleDialog.cpp" line="164"/>
        <location filename="../ui/settings/PeopleDialog.cpp" line="168"/>
        <source>New Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="161"/>
        <source>New passphrase for %1 (at least %2 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="164"/>
        <source>The same passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="169"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="177"/>
        <location filename="../ui/settings/PeopleDialog.cpp" line="183"/>
        <location filename="../ui/settings/PeopleDialog.cpp" line="185"/>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="177"/>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="183"/>
        <source>Add %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="204"/>
        <source>Change %1&apos;s details and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="220"/>
        <location filename="../ui/settings/PeopleDialog.cpp" line="222"/>
        <source>Set Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PeopleDialog.cpp" line="220"/>
        <source>Set a new passphrase for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::PreviewPane</name>
    <message>
        <location filename="../ui/previews/PreviewPane.cpp" line="24"/>
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
    <name>Herald::ReviewNotifier</name>
    <message>
        <location filename="../ui/review/ReviewNotifier.cpp" line="66"/>
        <source>%1 — written by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewNotifier.cpp" line="70"/>
        <source>Review escalated to you: update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewNotifier.cpp" line="71"/>
        <source>%1. Its approver did not answer in time; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewNotifier.cpp" line="73"/>
        <source>Review overdue: update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewNotifier.cpp" line="74"/>
        <source>%1. It is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewNotifier.cpp" line="77"/>
        <source>After-send review requested: update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewNotifier.cpp" line="78"/>
        <source>%1. It was sent in an emergency and needs a review, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewNotifier.cpp" line="80"/>
        <source>Review requested: update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewNotifier.cpp" line="81"/>
        <source>%1. It waits for your approval, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewNotifier.cpp" line="96"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::ReviewQueueModel</name>
    <message numerus="yes">
        <location filename="../ui/models/ReviewQueueModel.cpp" line="74"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="75"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="78"/>
        <source>due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="80"/>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="80"/>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="99"/>
        <source>%1 (%2)
Update #%3 by %4
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="103"/>
        <source>Overdue: escalated to you as the backup approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="104"/>
        <source>Sent in an emergency: it needs a review after sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="105"/>
        <source>Needs your approval before it can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="112"/>
        <source>[Drill] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="122"/>
        <source>After-send review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="122"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="133"/>
        <source>%1 · escalated to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="147"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="148"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="164"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="166"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="168"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="170"/>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="172"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewQueueModel.cpp" line="174"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::ReviewQueueView</name>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="53"/>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="86"/>
        <location filename="../ui/review/ReviewQueueView.cpp" line="91"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="106"/>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="108"/>
        <source>Request Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="110"/>
        <source>Ctrl+Shift+Return or Alt+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="112"/>
        <source>J/K or ↑/↓ move · Ctrl+Return decides · Alt+R requests changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="205"/>
        <source>Sign in to review updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="206"/>
        <source>Choose who you are at the top right. The updates waiting for your decision appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="209"/>
        <source>Nothing waits for your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="210"/>
        <source>When someone submits an update you may approve, it appears here, soonest due first, and your desktop tells you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="242"/>
        <source>Mark Reviewed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="242"/>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="248"/>
        <source>%1, escalated to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="253"/>
        <source>sent in an emergency; review what went out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="254"/>
        <source>%1 of %2 approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="262"/>
        <source>Update #%1 · written by %2 · submitted %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="288"/>
        <source>Not in this update</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewQueueView.cpp" line="300"/>
        <source>%n problem(s) in this channel</source>
        <translation>
            <numerusform>%n problem in this channel</numerusform>
            <numerusform>%n problems in this channel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewQueueView.cpp" line="301"/>
        <source>%n finding(s) to look at</source>
        <translation>
            <numerusform>%n finding to look at</numerusform>
            <numerusform>%n findings to look at</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="302"/>
        <source>Fits every limit; no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="328"/>
        <source>First update of this incident: nothing earlier to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="329"/>
        <source>Since update #%1, the last one sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="332"/>
        <location filename="../ui/review/ReviewQueueView.cpp" line="338"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="335"/>
        <location filename="../ui/review/ReviewQueueView.cpp" line="359"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="350"/>
        <source>%1 is not in this update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="352"/>
        <source>%1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="356"/>
        <source>new channel: all of it is new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="374"/>
        <source>Sent in update #%1 (taken out: struck through in red):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="377"/>
        <source>Now (added: underlined in green):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="434"/>
        <source>Mark Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="437"/>
        <source>Update #%1 went out in an emergency. What did your review find? (&quot;Fine as sent&quot; is an answer.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="442"/>
        <source>Record your review of update #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="446"/>
        <source>Reviewed update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="449"/>
        <source>Approve Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="452"/>
        <source>Approve exactly this text of update #%1 for every channel and recipient shown. Any later edit voids the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="456"/>
        <source>Approved update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="465"/>
        <source>Request Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="467"/>
        <source>What should change in update #%1? Its author will read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="470"/>
        <source>Send update #%1 back to its author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="473"/>
        <source>Sent update #%1 back to its author</source>
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
        <location filename="../ui/models/TimelineModel.cpp" line="112"/>
        <source>#%1 · %2 · hash %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TimelineModel.cpp" line="135"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TimelineModel.cpp" line="137"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TimelineModel.cpp" line="139"/>
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
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="54"/>
        <source>New Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="60"/>
        <source>Update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="92"/>
        <source>Replace look-alike characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="136"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="209"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="237"/>
        <source>#%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="288"/>
        <source>Not in this update</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="300"/>
        <source>%n problem(s) block this channel</source>
        <translation>
            <numerusform>%n problem block this channel</numerusform>
            <numerusform>%n problems block this channel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="301"/>
        <source>%n finding(s) to look at</source>
        <translation>
            <numerusform>%n finding to look at</numerusform>
            <numerusform>%n findings to look at</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="302"/>
        <source>Fits every limit; no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="310"/>
        <source>No wording problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="313"/>
        <source>%n problem(s) block submission</source>
        <translation>
            <numerusform>%n problem block submission</numerusform>
            <numerusform>%n problems block submission</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="314"/>
        <source>Nothing blocks submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="315"/>
        <source>%n other finding(s)</source>
        <translation>
            <numerusform>%n other finding</numerusform>
            <numerusform>%n other findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="322"/>
        <source>No recipients configured for these channels: see Settings → Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="323"/>
        <source>Goes to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="337"/>
        <source>No update yet: start one from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="353"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="366"/>
        <source>New Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="374"/>
        <source>Started update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="141"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="390"/>
        <source>Save Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="346"/>
        <source> · %1 of %2 approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="348"/>
        <source> · due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="350"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%4 · revision %2 · written by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="368"/>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="381"/>
        <source>Sign in first: choose who you are in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceWidget.cpp" line="391"/>
        <source>Saved update #%1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpSend</name>
    <message>
        <location filename="../app/channels/HttpSend.cpp" line="90"/>
        <source>Refused to connect to %1: it is %2 (%3). If this endpoint is on your own network, add its range to the allowed private networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/HttpSend.cpp" line="110"/>
        <source>No answer within %1 ms: timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/HttpSend.cpp" line="115"/>
        <source>TLS certificate of %1 not accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InAppComposer</name>
    <message>
        <location filename="../app/channels/inapp/InAppComposer.cpp" line="42"/>
        <source>Banner text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/inapp/InAppComposer.cpp" line="42"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/inapp/InAppComposer.cpp" line="43"/>
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
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="14"/>
        <source>Security incident</source>
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
        <location filename="../app/domain/IncidentStatus.cpp" line="21"/>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="22"/>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="23"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="24"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="25"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="26"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="27"/>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/IncidentStatus.cpp" line="28"/>
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
    <name>ManualDeliveries</name>
    <message>
        <location filename="../app/delivery/ManualDeliveries.cpp" line="24"/>
        <source>Delivery #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/ManualDeliveries.cpp" line="50"/>
        <source>Delivery #%1 to %2 is %3: only one waiting for a person can be marked done or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/ManualDeliveries.cpp" line="59"/>
        <source>marked failed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/ManualDeliveries.cpp" line="62"/>
        <source>Sent update #%1 to %2 by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/ManualDeliveries.cpp" line="63"/>
        <source>Could not send update #%1 to %2 by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualSender</name>
    <message>
        <location filename="../app/channels/manual/ManualSender.cpp" line="39"/>
        <source>waiting for a person to send it to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/manual/ManualSender.cpp" line="40"/>
        <source>waiting for a person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/manual/ManualSender.cpp" line="48"/>
        <source>What the person does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/manual/ManualSender.cpp" line="49"/>
        <source>Call the partner hotline and read the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/manual/ManualSender.cpp" line="55"/>
        <source>Nothing is sent: a person sends this to %1 by hand and marks it done.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MastodonComposer</name>
    <message>
        <location filename="../app/channels/mastodon/MastodonComposer.cpp" line="45"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MastodonSender</name>
    <message>
        <location filename="../app/channels/mastodon/MastodonSender.cpp" line="42"/>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/mastodon/MastodonSender.cpp" line="56"/>
        <source>Visibility is public, unlisted or private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/mastodon/MastodonSender.cpp" line="88"/>
        <source>No credential stored for %1: enter the account&apos;s access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/mastodon/MastodonSender.cpp" line="109"/>
        <source>Reading the instance&apos;s limits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/mastodon/MastodonSender.cpp" line="128"/>
        <source>Post %1 has %2 characters; %3 allows %4. Shorten it and approve it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/mastodon/MastodonSender.cpp" line="146"/>
        <source>Post %1 of the thread: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MattermostComposer</name>
    <message>
        <location filename="../app/channels/mattermost/MattermostComposer.cpp" line="67"/>
        <source>Post text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/mattermost/MattermostComposer.cpp" line="67"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/mattermost/MattermostComposer.cpp" line="68"/>
        <source>a longer post arrives split into several</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MattermostSender</name>
    <message>
        <location filename="../app/channels/mattermost/MattermostSender.cpp" line="18"/>
        <source>your Mattermost server</source>
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
    <name>OutboxService</name>
    <message>
        <location filename="../app/delivery/OutboxService.cpp" line="23"/>
        <source>Delivery #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/OutboxService.cpp" line="33"/>
        <source>Delivery #%1 to %2 is %3: only one that gave up or failed can be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/OutboxService.cpp" line="40"/>
        <source>Trying update #%1 to %2 %3 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/OutboxService.cpp" line="56"/>
        <source>Delivery #%1 to %2 is %3 and cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/OutboxService.cpp" line="61"/>
        <source>Cancelled update #%1 to %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxSettings</name>
    <message>
        <location filename="../app/delivery/OutboxSettings.cpp" line="25"/>
        <source>%1 in %2: %3; no private network is allowed until it is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/OutboxSettings.cpp" line="33"/>
        <source>%1 in %2 must be a number of milliseconds, at least 1000; using %3.</source>
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
    <name>PeopleService</name>
    <message>
        <location filename="../app/workflow/PeopleService.cpp" line="32"/>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/PeopleService.cpp" line="39"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/PeopleService.cpp" line="49"/>
        <source>This database already has people; an administrator adds new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/PeopleService.cpp" line="57"/>
        <source>%1 set up this database as its first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/PeopleService.cpp" line="68"/>
        <source>add people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/PeopleService.cpp" line="73"/>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/PeopleService.cpp" line="85"/>
        <source>change people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/PeopleService.cpp" line="88"/>
        <location filename="../app/workflow/PeopleService.cpp" line="115"/>
        <source>Person #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/PeopleService.cpp" line="95"/>
        <source>%1 is the only administrator: make someone else one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/PeopleService.cpp" line="99"/>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/PeopleService.cpp" line="117"/>
        <source>Only %1 or an administrator can set %1&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/PeopleService.cpp" line="121"/>
        <source>%1 changed their passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/PeopleService.cpp" line="122"/>
        <source>Reset %1&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderSwitch</name>
    <message>
        <location filename="../app/channels/ProviderSwitch.cpp" line="28"/>
        <source>Unknown provider &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/ProviderSwitch.cpp" line="55"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushComposer</name>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="31"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="31"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="32"/>
        <source>APNs and FCM refuse larger payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="33"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="33"/>
        <location filename="../app/channels/push/PushComposer.cpp" line="35"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="34"/>
        <source>one line on a lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="35"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/PushComposer.cpp" line="36"/>
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
    <name>RecordedOutcome</name>
    <message>
        <location filename="../app/delivery/RecordedOutcome.cpp" line="24"/>
        <source>Delivered update #%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/RecordedOutcome.cpp" line="29"/>
        <source>Could not deliver update #%1 to %2: %3; not retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/RecordedOutcome.cpp" line="36"/>
        <source>Update #%1 to %2 waits for a person to send it by hand (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/RecordedOutcome.cpp" line="44"/>
        <source>Attempt %1 to deliver update #%2 to %3 failed: %4; retrying at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/RecordedOutcome.cpp" line="51"/>
        <source>Gave up delivering update #%1 to %2 after %3 attempts: %4</source>
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
        <location filename="../app/workflow/SendCompletion.cpp" line="51"/>
        <source>Update #%1 delivered to every recipient (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/SendCompletion.cpp" line="54"/>
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
        <location filename="../app/session/Session.cpp" line="78"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/Session.cpp" line="82"/>
        <source>%1: not a JSON object (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/Session.cpp" line="95"/>
        <source>Give the endpoint a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/Session.cpp" line="114"/>
        <source>Set %1 endpoint &quot;%2&quot; to %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/Session.cpp" line="116"/>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/Session.cpp" line="183"/>
        <source>Sample incident</source>
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
        <location filename="../app/channels/slack/SlackComposer.cpp" line="133"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="135"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="135"/>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="136"/>
        <source>Longest section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/channels/slack/SlackComposer.cpp" line="137"/>
        <source>text in %n section(s)</source>
        <translation>
            <numerusform>text in %n section</numerusform>
            <numerusform>text in %n sections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="138"/>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="138"/>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="139"/>
        <source>Notification text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackComposer.cpp" line="140"/>
        <source>shown in notifications and where blocks cannot be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackSender</name>
    <message>
        <location filename="../app/channels/slack/SlackSender.cpp" line="32"/>
        <source>Slack could not read the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackSender.cpp" line="33"/>
        <source>the webhook was removed or disabled in Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackSender.cpp" line="34"/>
        <source>the Slack workspace is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackSender.cpp" line="35"/>
        <source>the Slack workspace is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackSender.cpp" line="36"/>
        <source>the webhook&apos;s channel is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackSender.cpp" line="37"/>
        <source>the webhook&apos;s channel is archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackSender.cpp" line="38"/>
        <source>a Slack admin restricted posting to this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/slack/SlackSender.cpp" line="39"/>
        <source>only admins may post to this channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsComposer</name>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="22"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="23"/>
        <source>septets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="23"/>
        <source>UTF-16 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="27"/>
        <source>%1, %2 per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="28"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="28"/>
        <source>segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="31"/>
        <source>Single message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsComposer.cpp" line="36"/>
        <source>longer texts are split and cost more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsSender</name>
    <message>
        <location filename="../app/channels/sms/SmsSender.cpp" line="37"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsSender.cpp" line="38"/>
        <source>Twilio account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsSender.cpp" line="39"/>
        <source>Twilio sender number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsSender.cpp" line="41"/>
        <source>Twilio messaging service SID (instead of a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsSender.cpp" line="49"/>
        <source>%1, or https://sns.&lt;region&gt;.amazonaws.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsSender.cpp" line="60"/>
        <source>The address is a phone number in international form, such as +14155550100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsSender.cpp" line="64"/>
        <source>Choose the SMS provider: twilio or sns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsSender.cpp" line="66"/>
        <source>Enter the Twilio account SID (it starts with AC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsSender.cpp" line="68"/>
        <source>Enter the sender number or a messaging service SID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsSender.cpp" line="112"/>
        <source>No credential stored for %1: enter the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsSender.cpp" line="113"/>
        <source>secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sms/SmsSender.cpp" line="114"/>
        <source>Twilio auth token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <location filename="../app/channels/email/SmtpSettings.cpp" line="81"/>
        <source>No SMTP server set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/SmtpSettings.cpp" line="84"/>
        <source>The SMTP server must be a host name or an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/SmtpSettings.cpp" line="86"/>
        <source>Unknown security mode: use starttls, tls or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/SmtpSettings.cpp" line="88"/>
        <source>The SMTP port must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/SmtpSettings.cpp" line="90"/>
        <source>Sending without TLS is only allowed to a server on this machine (%1 is not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/SmtpSettings.cpp" line="92"/>
        <source>No sender (From) address set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/SmtpSettings.cpp" line="94"/>
        <source>The extra CA certificate file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpTransport</name>
    <message>
        <location filename="../app/channels/email/SmtpTransport.cpp" line="83"/>
        <source>Could not start an SMTP session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/SmtpTransport.cpp" line="144"/>
        <source>TLS certificate of %1 not accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/SmtpTransport.cpp" line="147"/>
        <source>%1 does not offer STARTTLS; Herald does not send in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/SmtpTransport.cpp" line="161"/>
        <location filename="../app/channels/email/SmtpTransport.cpp" line="168"/>
        <source>SMTP to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/SmtpTransport.cpp" line="164"/>
        <source>No answer within %1 ms: timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/email/SmtpTransport.cpp" line="166"/>
        <source>Stopped before %1 answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnsClient</name>
    <message>
        <location filename="../app/channels/sns/SnsClient.cpp" line="31"/>
        <source>AWS region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sns/SnsClient.cpp" line="32"/>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sns/SnsClient.cpp" line="34"/>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sns/SnsClient.cpp" line="46"/>
        <source>Enter the AWS region of the topic, such as eu-west-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/sns/SnsClient.cpp" line="48"/>
        <source>Enter the access key ID (its secret access key goes in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnsPushSender</name>
    <message>
        <location filename="../app/channels/push/SnsPushSender.cpp" line="58"/>
        <source>The address is the SNS topic&apos;s ARN, such as arn:aws:sns:eu-west-1:123456789012:status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/push/SnsPushSender.cpp" line="67"/>
        <source>No credential stored for %1: enter the secret access key</source>
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
        <location filename="../app/store/SqlQuery.cpp" line="26"/>
        <source>could not prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/SqlQuery.cpp" line="54"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/SqlQuery.cpp" line="66"/>
        <source>Database %1: statement &quot;%2&quot; %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticStatusPage</name>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="252"/>
        <source>All Systems Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="253"/>
        <source>Service Under Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="254"/>
        <source>Minor Service Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="255"/>
        <source>Partial System Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="256"/>
        <source>Major System Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="361"/>
        <source>%1 status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="412"/>
        <source>en</source>
        <comment>the page&apos;s language code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="414"/>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="419"/>
        <source>%1 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="417"/>
        <source>Status history feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="423"/>
        <source>Last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="426"/>
        <source>Current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="428"/>
        <source>No component has been reported affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="432"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="432"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="441"/>
        <source>Latest update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="443"/>
        <source>Nothing has been reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="449"/>
        <source>Incident history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="454"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="456"/>
        <source>Ongoing since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="467"/>
        <source>All times in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPage.cpp" line="467"/>
        <source>Subscribe to updates (Atom feed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticStatusPageS3</name>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageS3.cpp" line="33"/>
        <source>No bucket in %1: write s3://bucket/folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageS3.cpp" line="35"/>
        <source>No S3 access key id in the endpoint&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageS3.cpp" line="108"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticStatusPageSender</name>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="50"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="58"/>
        <source>No folder to write the status page into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="60"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="66"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="87"/>
        <source>No credential stored for %1: store the S3 secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="101"/>
        <source>wrote %n file(s) to %1</source>
        <translation>
            <numerusform>wrote %n file to %1</numerusform>
            <numerusform>wrote %n files to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="117"/>
        <source>Folder (when the address is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="118"/>
        <source>Name on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="118"/>
        <source>Example Inc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="119"/>
        <source>Address the page is published at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="120"/>
        <source>Page id in summary.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="121"/>
        <source>S3 endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="122"/>
        <source>S3 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="123"/>
        <source>S3 access key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="132"/>
        <source>Give a folder, or an s3://bucket/prefix address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/channels/statuspage/StaticStatusPageSender.cpp" line="160"/>
        <source>Write %1 (%n byte(s))</source>
        <translation>
            <numerusform>Write %1 (%n byte)</numerusform>
            <numerusform>Write %1 (%n bytes)</numerusform>
        </translation>
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
    <name>StatusPageSender</name>
    <message>
        <location filename="../app/channels/statuspage/StatusPageSender.cpp" line="39"/>
        <source>Components (name=component id; …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StatusPageSender.cpp" line="44"/>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StatusPageSender.cpp" line="52"/>
        <source>The address is the page id from the Statuspage API page, such as kctbh9vrtdwd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StatusPageSender.cpp" line="56"/>
        <source>Write each component as name=component id, separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/statuspage/StatusPageSender.cpp" line="104"/>
        <source>No credential stored for %1: enter the Statuspage API key</source>
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
        <location filename="../app/channels/teams/TeamsComposer.cpp" line="81"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/teams/TeamsComposer.cpp" line="81"/>
        <location filename="../app/channels/teams/TeamsComposer.cpp" line="83"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/teams/TeamsComposer.cpp" line="82"/>
        <source>Teams message size limit (28 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/teams/TeamsComposer.cpp" line="83"/>
        <source>Prudent size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/teams/TeamsComposer.cpp" line="84"/>
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
        <location filename="../app/templating/TemplateLibrary.cpp" line="167"/>
        <source>There is no template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateLibrary.cpp" line="173"/>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateLibrary.cpp" line="185"/>
        <source>There is no template &quot;%1&quot; version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templating/TemplateLibrary.cpp" line="188"/>
        <location filename="../app/templating/TemplateLibrary.cpp" line="191"/>
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
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="22"/>
        <source>This is a drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="35"/>
        <source>%1 words at %2 per minute, with pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="39"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="39"/>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="41"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="40"/>
        <source>listeners drift after a minute; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="41"/>
        <source>Call length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="42"/>
        <source>too long for a phone message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="43"/>
        <source>Spoken text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="43"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/voice/VoiceComposer.cpp" line="44"/>
        <source>Amazon Polly and Twilio Say per request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookComposer</name>
    <message>
        <location filename="../app/channels/webhook/WebhookComposer.cpp" line="52"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/webhook/WebhookComposer.cpp" line="52"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/webhook/WebhookComposer.cpp" line="53"/>
        <source>Standard Webhooks recommends under 20 kB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSender</name>
    <message>
        <location filename="../app/channels/webhook/WebhookSender.cpp" line="23"/>
        <source>The signing secret is not a Standard Webhooks secret (whsec_ and base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channels/webhook/WebhookSender.cpp" line="60"/>
        <source>No signing secret stored in the keychain for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XComposer</name>
    <message>
        <location filename="../app/channels/x/XComposer.cpp" line="42"/>
        <source>weighted characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
