#include "WorkflowFixture.h"

#include "TestKeychain.h"
#include "base/HeraldError.h"

using namespace Qt::StringLiterals;

namespace Herald::Test {

namespace {
const TemplateLibrary& shippedTemplates()
{
    static const TemplateLibrary library = TemplateLibrary::shipped();
    return library;
}
} // namespace

WorkflowFixture::WorkflowFixture(const QString& path)
    : m_db(path)
    , incidents(m_db.store(), m_db.clock(), &notifier)
    , people(m_db.store(), m_db.clock(), &notifier, 100)
    , policies(m_db.store(), m_db.clock(), &notifier)
    , drafts(m_db.store(), shippedTemplates(), composer, policies, m_db.clock(), &notifier)
    , reviews(m_db.store(), drafts, policies, m_db.clock(), &notifier)
    , copyDesk(m_db.store(), drafts, m_db.clock(), &notifier)
{
    if (const QList<Person> existing = store().people().all(); !existing.isEmpty()) {
        const auto find = [&](const QString& name) {
            return std::ranges::find(existing, name, &Person::name)->id;
        };
        alex = find(u"Alex Morgan"_s);
        jordan = find(u"Jordan Kim"_s);
        priya = find(u"Priya Shah"_s);
        sam = find(u"Sam Lee"_s);
        morgan = find(u"Morgan Diaz"_s);
        incident = store().incidents().all().constFirst().id;
        return;
    }
    alex = addPerson(store(), u"Alex Morgan"_s, {Role::CommunicationsManager});
    jordan = addPerson(store(), u"Jordan Kim"_s, {Role::Approver});
    priya = addPerson(store(), u"Priya Shah"_s, {Role::IncidentManager});
    sam = addPerson(store(), u"Sam Lee"_s, {Role::SupportLead});
    morgan = addPerson(store(), u"Morgan Diaz"_s, {Role::Administrator});
    const EndpointRepository endpoints = store().endpoints();
    endpoints.add({0, ChannelKind::Webhook, u"Status page"_s, u"https://status.example.com/hook"_s, true});
    endpoints.add(
        {0, ChannelKind::Slack, u"#incidents"_s, u"https://hooks.slack.com/services/T/B/x"_s, true});
    endpoints.add({0, ChannelKind::SupportMacro, u"Helpdesk"_s, u"https://help.example.com/macros"_s, true});
    endpoints.add({0, ChannelKind::Email, u"Customers"_s, u"customers@example.com"_s, true});
    incident = addIncident(IncidentKind::Incident, Severity::Sev2);
}

const TemplateLibrary& WorkflowFixture::templates() const
{
    return shippedTemplates();
}

qint64 WorkflowFixture::addIncident(IncidentKind kind, Severity severity)
{
    Incident i;
    i.title = u"Payments API partial outage"_s;
    i.kind = kind;
    i.severity = severity;
    i.components = {{u"Payments API"_s, ComponentImpact::PartialOutage}};
    const qint64 id = incidents.create(i, priya);
    tick();
    return id;
}

qint64 WorkflowFixture::filledDraft(const QList<ChannelKind>& channels, const QString& templateId,
                                    qint64 incidentId, const QString& impact)
{
    const qint64 id = drafts.create(incidentId ? incidentId : incident, templateId, channels, as(alex));
    tick();
    DraftContent content = drafts.content(drafts.draft(id));
    for (const TemplateVariable& variable : templates().find(templateId)->variables)
        content.variables.insert(variable.name, variable.example);
    content.variables.insert(u"service"_s, u"the Payments API"_s);
    content.variables.insert(u"impact"_s, impact);
    content.variables.insert(u"next_update"_s, u"14:30 UTC"_s);
    drafts.save(id, content, as(alex));
    tick();
    return id;
}

qint64 WorkflowFixture::addWebhook(const QString& name, const QString& url)
{
    const qint64 id = store().endpoints().add({0, ChannelKind::Webhook, name, url, true});
    Keychain::putWebhookSecret(store().databaseId(), id);
    return id;
}

void WorkflowFixture::disableEndpoints()
{
    for (ChannelEndpoint endpoint : store().endpoints().all()) {
        endpoint.enabled = false;
        store().endpoints().update(endpoint);
    }
}

qint64 WorkflowFixture::submittedDraft(const QList<ChannelKind>& channels)
{
    const qint64 id = filledDraft(channels);
    drafts.submit(id, as(alex));
    tick();
    return id;
}

qint64 WorkflowFixture::approvedDraft(const QList<ChannelKind>& channels)
{
    const qint64 id = submittedDraft(channels);
    drafts.approve(id, as(jordan), u"Clear."_s);
    tick();
    return id;
}

QString WorkflowFixture::errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const HeraldError& error) {
        return error.message();
    }
    return {};
}

} // namespace Herald::Test
