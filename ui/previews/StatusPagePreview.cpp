#include "previews/StatusPagePreview.h"

#include "domain/ComponentImpact.h"
#include "domain/IncidentStatus.h"
#include "previews/LimitList.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
QColor statusColor(const QString& status)
{
    if (status == u"resolved"_s || status == u"completed"_s)
        return QColor(0x2f, 0xcc, 0x66);
    if (status == u"monitoring"_s || status == u"verifying"_s)
        return QColor(0x34, 0x98, 0xdb);
    if (status == u"scheduled"_s || status == u"in_progress"_s)
        return QColor(0x34, 0x98, 0xdb);
    if (status == u"identified"_s)
        return QColor(0xe6, 0x7e, 0x22);
    return QColor(0xe7, 0x4c, 0x3c); // investigating
}
} // namespace

QColor StatusPagePreview::impactColor(const QString& status)
{
    if (status == u"degraded_performance"_s)
        return QColor(0xf1, 0xc4, 0x0f);
    if (status == u"partial_outage"_s)
        return QColor(0xe6, 0x7e, 0x22);
    if (status == u"major_outage"_s)
        return QColor(0xe7, 0x4c, 0x3c);
    if (status == u"under_maintenance"_s)
        return QColor(0x34, 0x98, 0xdb);
    return QColor(0x2f, 0xcc, 0x66);
}

StatusPagePreview::StatusPagePreview(QWidget* parent) : ChannelPreview(parent)
{
    auto* page = new QFrame;
    page->setObjectName(u"statusPage"_s);
    page->setStyleSheet(u"#statusPage { background: #ffffff; border: 1px solid #d0d4da; border-radius: 6px; }"
                        "#statusPage QLabel { color: #33383d; }"
                        "#statusPage QLabel#statusPageIndicator { color: #ffffff; }"
                        "#statusHeader { background: #24292f; border-top-left-radius: 6px;"
                        " border-top-right-radius: 6px; }"
                        "#statusHeader QLabel { color: #ffffff; }"
                        "#statusIncident { border: 1px solid #e3e6ea; border-radius: 4px; }"_s);
    auto* header = new QFrame;
    header->setObjectName(u"statusHeader"_s);
    auto* brand = new QLabel(tr("Example, Inc. · Status"));
    QFont brandFont = brand->font();
    brandFont.setBold(true);
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.2);
    brand->setFont(brandFont);
    auto* subscribe = new QLabel(tr("Subscribe to updates"));
    subscribe->setStyleSheet(u"border: 1px solid #ffffff; border-radius: 3px; padding: 3px 8px;"_s);
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 12, 16, 12);
    headerLayout->addWidget(brand);
    headerLayout->addStretch();
    headerLayout->addWidget(subscribe);

    m_pageStatus = new QLabel;
    m_pageStatus->setObjectName(u"statusPageIndicator"_s);
    QFont indicatorFont = m_pageStatus->font();
    indicatorFont.setBold(true);
    indicatorFont.setPointSizeF(indicatorFont.pointSizeF() * 1.1);
    m_pageStatus->setFont(indicatorFont);

    auto* incident = new QFrame;
    incident->setObjectName(u"statusIncident"_s);
    m_name = new QLabel;
    m_name->setObjectName(u"statusIncidentName"_s);
    m_name->setWordWrap(true);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    m_name->setFont(nameFont);
    m_badge = new QLabel;
    m_badge->setObjectName(u"statusBadge"_s);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_name, 1);
    titleRow->addWidget(m_badge, 0, Qt::AlignTop);

    m_components = new QWidget;
    m_components->setObjectName(u"statusComponents"_s);
    m_componentRows = new QVBoxLayout(m_components);
    m_componentRows->setContentsMargins(0, 4, 0, 4);
    m_componentRows->setSpacing(2);

    m_updateStatus = new QLabel;
    m_updateStatus->setObjectName(u"statusUpdateStatus"_s);
    m_body = new QLabel;
    m_body->setObjectName(u"statusUpdateBody"_s);
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_time = new QLabel;
    m_time->setObjectName(u"statusUpdateTime"_s);
    m_time->setStyleSheet(u"color: #8a9199;"_s);

    auto* incidentLayout = new QVBoxLayout(incident);
    incidentLayout->setContentsMargins(14, 12, 14, 12);
    incidentLayout->addLayout(titleRow);
    incidentLayout->addWidget(m_components);
    incidentLayout->addWidget(m_updateStatus);
    incidentLayout->addWidget(m_body);
    incidentLayout->addWidget(m_time);

    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(1, 1, 1, 12);
    pageLayout->addWidget(header);
    auto* content = new QVBoxLayout;
    content->setContentsMargins(14, 12, 14, 0);
    content->setSpacing(12);
    content->addWidget(m_pageStatus);
    content->addWidget(incident);
    content->addStretch();
    pageLayout->addLayout(content, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(page, 1);
    layout->addWidget(limitList());
}

void StatusPagePreview::showMessage(const ChannelMessage* message)
{
    while (QLayoutItem* item = m_componentRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!message) {
        m_name->setText(tr("This update is not posted to the status page."));
        m_pageStatus->hide();
        m_badge->clear();
        m_badge->setStyleSheet(QString());
        m_updateStatus->clear();
        m_body->clear();
        m_time->clear();
        return;
    }
    const QJsonObject incident =
        QJsonDocument::fromJson(message->wire).object().value(u"incident"_s).toObject();
    const QString status = incident.value(u"status"_s).toString();
    const auto statusValue = incidentStatusFromKey(status);
    const QString statusText = statusValue ? incidentStatusLabel(*statusValue) : status;
    m_name->setText(message->title);
    m_badge->setText(statusText);
    m_badge->setStyleSheet(u"background: %1; color: #ffffff; border-radius: 3px; padding: 2px 8px;"
                           " font-weight: 600;"_s.arg(statusColor(status).name()));

    const QJsonObject components = incident.value(u"components"_s).toObject();
    for (auto it = components.begin(); it != components.end(); ++it) {
        const QString impact = it.value().toString();
        const auto impactValue = componentImpactFromKey(impact);
        // The dot carries the colour; the words stay dark so yellow stays readable on white.
        auto* row =
            new QLabel(u"<span style='color:%1; font-size: 14pt;'>●</span> <b>%2</b> · "
                       "<span style='color:#5f6368;'>%3</span>"_s.arg(
                           impactColor(impact).name(), it.key().toHtmlEscaped(),
                           (impactValue ? componentImpactLabel(*impactValue) : impact).toHtmlEscaped()));
        row->setObjectName(u"statusComponent"_s);
        m_componentRows->addWidget(row);
    }
    m_components->setVisible(!components.isEmpty());
    // Like Statuspage's page indicator: the worst component status, across the page.
    const QStringList order{u"operational"_s, u"under_maintenance"_s, u"degraded_performance"_s,
                            u"partial_outage"_s, u"major_outage"_s};
    QString worst = order.first();
    for (const QJsonValue& value : components)
        if (order.indexOf(value.toString()) > order.indexOf(worst))
            worst = value.toString();
    const QString indicator = worst == u"major_outage"_s           ? tr("Major System Outage")
                              : worst == u"partial_outage"_s       ? tr("Partial System Outage")
                              : worst == u"degraded_performance"_s ? tr("Degraded System Performance")
                              : worst == u"under_maintenance"_s    ? tr("Service Under Maintenance")
                                                                   : tr("All Systems Operational");
    m_pageStatus->setText(indicator);
    m_pageStatus->setStyleSheet(
        u"background: %1; color: #ffffff; border-radius: 4px; padding: 10px 14px;"_s.arg(
            impactColor(worst).name()));
    m_pageStatus->show();
    m_updateStatus->setText(u"<b style='color:%1;'>%2</b>"_s.arg(statusColor(status).name(), statusText));
    m_body->setText(message->html);
    m_time->setText(
        tr("Posted %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
}

} // namespace Herald
