#include "previews/SupportMacroPreview.h"

#include "previews/LimitList.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

SupportMacroPreview::SupportMacroPreview(QWidget* parent) : ChannelPreview(parent)
{
    auto* desk = new QFrame;
    desk->setObjectName(u"helpdesk"_s);
    desk->setStyleSheet(u"#helpdesk { background: #f8f9f9; border: 1px solid #d8dcde; border-radius: 6px; }"
                        "#helpdesk QLabel { color: #2f3941; }"
                        "#replyBox { background: #ffffff; border: 1px solid #c2c8cc; border-radius: 4px; }"
                        "#replyTabs QLabel { padding: 4px 10px; }"
                        "#replyToolbar { border-top: 1px solid #e9ebed; }"_s);
    auto* ticket =
        new QLabel(tr("<b>Ticket #48213</b> · “Card payments keep failing” · <span style='color:#68737d;'>"
                      "from a customer, 12 minutes ago</span>"));
    ticket->setObjectName(u"macroTicket"_s);
    ticket->setWordWrap(true);
    auto* customer =
        new QLabel(tr("Hi, my customers cannot pay by card since this morning. Is something wrong on "
                      "your side?"));
    customer->setWordWrap(true);
    customer->setStyleSheet(
        u"background: #ffffff; border: 1px solid #e9ebed; border-radius: 4px; padding: 8px;"_s);

    m_macroName = new QLabel;
    m_macroName->setObjectName(u"macroName"_s);
    m_macroName->setStyleSheet(u"color: #68737d;"_s);

    auto* box = new QFrame;
    box->setObjectName(u"replyBox"_s);
    auto* tabs = new QFrame;
    tabs->setObjectName(u"replyTabs"_s);
    auto* publicTab = new QLabel(tr("Public reply"));
    publicTab->setStyleSheet(u"font-weight: 600; border-bottom: 2px solid #1f73b7;"_s);
    auto* noteTab = new QLabel(tr("Internal note"));
    noteTab->setStyleSheet(u"color: #68737d;"_s);
    auto* tabLayout = new QHBoxLayout(tabs);
    tabLayout->setContentsMargins(6, 2, 6, 0);
    tabLayout->addWidget(publicTab);
    tabLayout->addWidget(noteTab);
    tabLayout->addStretch();
    m_reply = new QTextBrowser;
    m_reply->setObjectName(u"macroReply"_s);
    m_reply->setFrameShape(QFrame::NoFrame);
    m_reply->setStyleSheet(u"background: #ffffff; color: #2f3941;"_s);
    m_reply->document()->setDocumentMargin(10);
    auto* toolbar = new QFrame;
    toolbar->setObjectName(u"replyToolbar"_s);
    auto* toolbarLayout = new QHBoxLayout(toolbar);
    toolbarLayout->setContentsMargins(8, 4, 8, 4);
    for (const QString& glyph : {tr("B"), tr("I"), tr("Link"), tr("Attach")}) {
        auto* label = new QLabel(glyph);
        label->setStyleSheet(u"color: #68737d; font-weight: 600; padding: 0 4px;"_s);
        toolbarLayout->addWidget(label);
    }
    toolbarLayout->addStretch();
    auto* submit = new QPushButton(tr("Submit as Pending"));
    submit->setObjectName(u"macroSubmit"_s);
    submit->setEnabled(false);
    submit->setToolTip(tr("Agents send this from their helpdesk, not from Herald"));
    toolbarLayout->addWidget(submit);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(0);
    boxLayout->addWidget(tabs);
    boxLayout->addWidget(m_reply, 1);
    boxLayout->addWidget(toolbar);

    auto* deskLayout = new QVBoxLayout(desk);
    deskLayout->setContentsMargins(12, 10, 12, 12);
    deskLayout->addWidget(ticket);
    deskLayout->addWidget(customer);
    deskLayout->addSpacing(6);
    deskLayout->addWidget(m_macroName);
    deskLayout->addWidget(box, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(desk, 1);
    layout->addWidget(limitList());
}

void SupportMacroPreview::showMessage(const ChannelMessage* message)
{
    if (!message) {
        m_macroName->setText(tr("This update has no support macro."));
        m_reply->clear();
        return;
    }
    m_macroName->setText(tr("Macro applied: %1").arg(message->title));
    m_reply->setHtml(message->html);
}

} // namespace Herald
