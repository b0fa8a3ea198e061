#include "previews/SocialPostPreview.h"

#include "channels/bluesky/BlueskyFacets.h"
#include "channels/social/UrlExtractor.h"
#include "previews/LimitList.h"

#include <QFont>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

struct Look {
    QString name, handle, link, avatar, border;
};

Look lookOf(ChannelKind channel)
{
    switch (channel) {
    case ChannelKind::Mastodon:
        return {u"Example Status"_s, u"@status@example.social"_s, u"#6364ff"_s, u"#563acc"_s, u"#d9e1e8"_s};
    case ChannelKind::Bluesky:
        return {u"Example Status"_s, u"@status.example.com"_s, u"#1083fe"_s, u"#0085ff"_s, u"#d4dbe2"_s};
    default:
        return {u"Example Status"_s, u"@examplestatus"_s, u"#1d9bf0"_s, u"#0f1419"_s, u"#eff3f4"_s};
    }
}

QString bodyKey(ChannelKind channel)
{
    return channel == ChannelKind::Mastodon ? u"status"_s : u"text"_s;
}

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

SocialPostPreview::SocialPostPreview(ChannelKind channel, QWidget* parent)
    : ChannelPreview(parent)
    , m_channel(channel)
{
    setObjectName(channelKey(channel) + u"Preview"_s);
    auto* column = new QWidget;
    m_posts = new QVBoxLayout(column);
    m_posts->setContentsMargins(0, 0, 0, 0);
    m_posts->setSpacing(0);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(column, 0, Qt::AlignHCenter);
    layout->addWidget(limitList());
    layout->addStretch();
}

QStringList SocialPostPreview::postsOf(const ChannelMessage& message)
{
    const QJsonDocument wire = QJsonDocument::fromJson(message.wire);
    const QJsonArray bodies = wire.isArray() ? wire.array() : QJsonArray{wire.object()};
    QStringList posts;
    for (const QJsonValue& body : bodies)
        posts << body.toObject().value(bodyKey(message.channel)).toString();
    if (posts.isEmpty() || (posts.size() == 1 && posts.first().isEmpty()))
        return {message.text};
    return posts;
}

QString SocialPostPreview::postHtml(ChannelKind channel, const QString& text)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    if (channel == ChannelKind::Bluesky) {
        for (const BlueskyFacets::Facet& f : BlueskyFacets::detect(text))
            spans << std::pair{f.start, f.end};
    } else {
        const auto protocol = channel == ChannelKind::Mastodon ? UrlExtractor::Protocol::Required
                                                               : UrlExtractor::Protocol::Optional;
        for (const UrlExtractor::Url& url : UrlExtractor::extract(text, protocol))
            spans << std::pair{url.start, url.end};
    }
    std::ranges::sort(spans);
    const QString colour = lookOf(channel).link;
    QString html;
    qsizetype at = 0;
    for (const auto& [start, end] : std::as_const(spans)) {
        if (start < at)
            continue;
        html += escaped(QStringView(text).mid(at, start - at));
        html += u"<span style=\"color:%1\">"_s.arg(colour) +
                escaped(QStringView(text).mid(start, end - start)) + u"</span>"_s;
        at = end;
    }
    return html + escaped(QStringView(text).mid(at));
}

void SocialPostPreview::showMessage(const ChannelMessage* message)
{
    while (QLayoutItem* item = m_posts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!message) {
        auto* none = new QLabel(tr("This update does not go out on %1.").arg(channelLabel(m_channel)));
        none->setObjectName(u"noPost"_s);
        m_posts->addWidget(none);
        return;
    }
    const Look look = lookOf(m_channel);
    const QStringList posts = postsOf(*message);
    for (qsizetype i = 0; i < posts.size(); ++i) {
        auto* card = new QFrame;
        card->setObjectName(u"post"_s);
        card->setFixedWidth(420);
        card->setStyleSheet(u"#post { background: #ffffff; border: 1px solid %1; %2 }"_s.arg(
            look.border,
            i == 0 ? u"border-top-left-radius: 12px; border-top-right-radius: 12px;"_s : QString()));
        auto* avatar = new QLabel(u"S"_s);
        avatar->setObjectName(u"avatar"_s);
        avatar->setFixedSize(40, 40);
        avatar->setAlignment(Qt::AlignCenter);
        avatar->setStyleSheet(
            u"background: %1; color: white; border-radius: 20px; font-weight: 700; font-size: 17px;"_s.arg(
                look.avatar));
        auto* header = new QLabel(
            u"<b style=\"color:#0f1419\">%1</b> <span style=\"color:#536471\">%2 · %3</span>"_s.arg(
                look.name.toHtmlEscaped(), look.handle.toHtmlEscaped(), tr("now")));
        header->setTextFormat(Qt::RichText);
        auto* text = new QLabel(postHtml(m_channel, posts[i]));
        text->setObjectName(u"postText"_s);
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setStyleSheet(u"color: #0f1419;"_s);
        QFont font = text->font(); // set before measuring, which a style sheet font would not be
        font.setPixelSize(15);
        text->setFont(font);
        text->setFixedWidth(340);
        text->setFixedHeight(text->heightForWidth(340));
        auto* body = new QVBoxLayout;
        body->setSpacing(4);
        body->addWidget(header);
        body->addWidget(text);
        auto* row = new QHBoxLayout(card);
        row->setContentsMargins(12, 10, 12, 10);
        row->addWidget(avatar, 0, Qt::AlignTop);
        row->addLayout(body, 1);
        m_posts->addWidget(card);
    }
}

} // namespace Herald
