#include "previews/WebhookPreview.h"

#include "previews/LimitList.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

WebhookPreview::WebhookPreview(QWidget* parent) : ChannelPreview(parent)
{
    m_view = new QPlainTextEdit;
    m_view->setObjectName(u"webhookView"_s);
    m_view->setReadOnly(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(limitList());
}

void WebhookPreview::showMessage(const ChannelMessage* message)
{
    if (!message) {
        m_view->setPlainText(tr("This update does not go to webhooks."));
        return;
    }
    const QByteArray pretty = QJsonDocument::fromJson(message->wire).toJson(QJsonDocument::Indented);
    m_view->setPlainText(
        tr("POST · Content-Type: application/json · %n byte(s)", nullptr, int(message->wire.size())) +
        u"\n\n"_s + QString::fromUtf8(pretty));
}

} // namespace Herald
