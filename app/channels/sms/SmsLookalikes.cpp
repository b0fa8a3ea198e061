#include "channels/sms/SmsLookalikes.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

const QHash<char32_t, QString>& lookalikes()
{
    static const QHash<char32_t, QString> map = [] {
        QFile file(u":/herald/channels/twilio_smart_encoding_map.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The look-alike map is not compiled in (resources/channels)");
        const QJsonObject entries =
            QJsonDocument::fromJson(file.readAll()).object().value(u"map"_s).toObject();
        QHash<char32_t, QString> m;
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            // The key ("U+2019") names the character; Qt drops a U+FEFF in "from" as a BOM.
            bool ok = false;
            const uint from = it.key().mid(2).toUInt(&ok, 16);
            if (ok && it.key().startsWith(u"U+"_s))
                m.insert(char32_t(from), it.value().toObject().value(u"to"_s).toString());
        }
        return m;
    }();
    return map;
}

} // namespace

const QString* SmsLookalikes::replacementFor(char32_t codePoint)
{
    const auto& map = lookalikes();
    const auto it = map.constFind(codePoint);
    return it == map.cend() ? nullptr : &*it;
}

SmsLookalikes::Result SmsLookalikes::replace(const QString& text)
{
    Result result;
    result.text.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t cp = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        if (const QString* to = replacementFor(cp)) {
            result.text += *to;
            ++result.replaced;
        } else {
            result.text += QStringView(text).mid(i, pair ? 2 : 1);
        }
        if (pair)
            ++i;
    }
    return result;
}

QList<qsizetype> SmsLookalikes::positions(const QString& text)
{
    QList<qsizetype> found;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t cp = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        if (replacementFor(cp))
            found << i;
        if (pair)
            ++i;
    }
    return found;
}

} // namespace Herald
