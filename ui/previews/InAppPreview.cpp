#include "previews/InAppPreview.h"

#include "common/Palette.h"
#include "previews/LimitList.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
QFrame* placeholderBar(int width, int height = 10)
{
    auto* bar = new QFrame;
    bar->setFixedSize(width, height);
    bar->setStyleSheet(u"background: #e4e7eb; border-radius: 4px;"_s);
    return bar;
}
} // namespace

InAppPreview::InAppPreview(QWidget* parent) : ChannelPreview(parent)
{
    auto* window = new QFrame;
    window->setObjectName(u"appWindow"_s);
    window->setStyleSheet(
        u"#appWindow { background: #ffffff; border: 1px solid #c9ced6; border-radius: 8px; }"
        "#appTitleBar { background: #eceef1; border-top-left-radius: 8px;"
        " border-top-right-radius: 8px; border-bottom: 1px solid #d6dae0; }"
        "#appNav { background: #ffffff; border-bottom: 1px solid #eceef1; }"
        "#appNav QLabel { color: #1f2328; }"_s);
    auto* titleBar = new QFrame;
    titleBar->setObjectName(u"appTitleBar"_s);
    auto* titleLayout = new QHBoxLayout(titleBar);
    titleLayout->setContentsMargins(10, 7, 10, 7);
    titleLayout->setSpacing(6);
    for (const char* colour : {"#ff5f57", "#febc2e", "#28c840"}) {
        auto* dot = new QFrame;
        dot->setFixedSize(11, 11);
        dot->setStyleSheet(u"background: %1; border-radius: 5px;"_s.arg(QString::fromLatin1(colour)));
        titleLayout->addWidget(dot);
    }
    auto* address = new QLabel(u"app.example.com/dashboard"_s);
    address->setStyleSheet(u"color: #6b7280; background: #ffffff; border-radius: 4px; padding: 1px 10px;"_s);
    titleLayout->addSpacing(12);
    titleLayout->addWidget(address, 1);

    auto* nav = new QFrame;
    nav->setObjectName(u"appNav"_s);
    auto* product = new QLabel(tr("<b>Example</b> Dashboard"));
    auto* navLayout = new QHBoxLayout(nav);
    navLayout->setContentsMargins(14, 8, 14, 8);
    navLayout->addWidget(product);
    navLayout->addStretch();
    for (const QString& item : {tr("Payments"), tr("Reports"), tr("Settings")}) {
        auto* label = new QLabel(item);
        label->setStyleSheet(u"color: #6b7280;"_s);
        navLayout->addWidget(label);
    }

    m_banner = new QFrame;
    m_banner->setObjectName(u"inAppBanner"_s);
    m_title = new QLabel;
    m_title->setObjectName(u"inAppTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_text = new QLabel;
    m_text->setObjectName(u"inAppText"_s);
    m_text->setWordWrap(true);
    m_link = new QLabel;
    m_link->setObjectName(u"inAppLink"_s);
    m_link->setTextFormat(Qt::RichText);
    m_dismiss = new QToolButton;
    m_dismiss->setObjectName(u"inAppDismiss"_s);
    m_dismiss->setText(u"✕"_s);
    m_dismiss->setAutoRaise(true);
    m_dismiss->setToolTip(tr("People can close this banner"));
    auto* textColumn = new QVBoxLayout;
    textColumn->setSpacing(2);
    textColumn->addWidget(m_title);
    textColumn->addWidget(m_text);
    textColumn->addWidget(m_link);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(14, 9, 8, 9);
    bannerLayout->addLayout(textColumn, 1);
    bannerLayout->addWidget(m_dismiss, 0, Qt::AlignTop);

    auto* content = new QVBoxLayout;
    content->setContentsMargins(14, 14, 14, 14);
    content->setSpacing(8);
    content->addWidget(placeholderBar(180, 14));
    content->addWidget(placeholderBar(300));
    content->addWidget(placeholderBar(260));
    content->addWidget(placeholderBar(280));

    auto* windowLayout = new QVBoxLayout(window);
    windowLayout->setContentsMargins(1, 1, 1, 1);
    windowLayout->setSpacing(0);
    windowLayout->addWidget(titleBar);
    windowLayout->addWidget(nav);
    windowLayout->addWidget(m_banner);
    windowLayout->addLayout(content);
    windowLayout->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(window);
    layout->addWidget(limitList());
    layout->addStretch();
}

void InAppPreview::showMessage(const ChannelMessage* message)
{
    if (!message) {
        m_banner->hide();
        return;
    }
    const QJsonObject banner = QJsonDocument::fromJson(message->wire).object();
    const auto severity = severityFromKey(banner.value(u"severity"_s).toString()).value_or(Severity::Sev3);
    const QColor background = Palette::severityColor(severity);
    // Dark text on the light amber of SEV3, white on the others.
    const QColor foreground = background.lightnessF() > 0.6 ? QColor(0x1f, 0x23, 0x28) : QColor(Qt::white);
    m_banner->setStyleSheet(
        u"#inAppBanner { background: %1; } #inAppBanner QLabel, #inAppBanner QToolButton"
        " { color: %2; background: transparent; }"_s.arg(background.name(), foreground.name()));
    m_title->setText(message->title);
    m_title->setVisible(!message->title.isEmpty());
    m_text->setText(message->text);
    const QString link = banner.value(u"link"_s).toString();
    m_link->setText(u"<a style='color:%1;' href='%2'>%3</a>"_s.arg(foreground.name(), link.toHtmlEscaped(),
                                                                   tr("View status →")));
    m_link->setToolTip(link);
    m_link->setVisible(!link.isEmpty());
    m_dismiss->setVisible(banner.value(u"dismissible"_s).toBool());
    m_banner->show();
}

} // namespace Herald
