#include "cli/CliInput.h"

#include "cli/CliOutput.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Herald::Cli {

std::optional<int> CliInput::parse(QCommandLineParser& parser, const QStringList& args,
                                   const QString& command, const QString& positionalHint)
{
    const auto fail = [&](const QString& message) {
        err() << "herald-cli " << command << ": " << message << '\n';
        err().flush();
        return 2;
    };
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        out().flush();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()) +
                    (positionalHint.isEmpty() ? QString() : QString(u" "_s + positionalHint)));
    return std::nullopt;
}

std::optional<qsizetype> CliInput::invalidUtf8At(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0, code = 0;
        if ((lead & 0xe0) == 0xc0) {
            length = 2, min = 0x80, code = lead & 0x1f;
        } else if ((lead & 0xf0) == 0xe0) {
            length = 3, min = 0x800, code = lead & 0x0f;
        } else if ((lead & 0xf8) == 0xf0) {
            length = 4, min = 0x10000, code = lead & 0x07;
        } else {
            return i; // a continuation byte without a lead, or 0xf8-0xff
        }
        if (i + length > size)
            return i; // cut short
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xc0) != 0x80)
                return i;
            code = code << 6 | (data[i + k] & 0x3f);
        }
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return i;
        i += length;
    }
    return std::nullopt;
}

std::expected<QString, QString> CliInput::decodeUtf8(QByteArrayView bytes, const QString& what)
{
    if (const auto at = invalidUtf8At(bytes))
        return std::unexpected(tr("%1 is not valid UTF-8: byte offset %2 (0x%3)")
                                   .arg(what)
                                   .arg(*at)
                                   .arg(uint(quint8(bytes.at(*at))), 2, 16, QChar(u'0')));
    return QString::fromUtf8(bytes);
}

std::optional<QString> CliInput::invalidArgument(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        QString what = tr("argument %1").arg(i);
        QByteArrayView value = argument;
        if (argument.startsWith("--") && argument.contains('=')) { // --text=VALUE
            const qsizetype equals = argument.indexOf('=');
            what = QString::fromUtf8(argument.left(equals));
            value = argument.mid(equals + 1);
        } else if (i > 1 && QByteArrayView(argv[i - 1]).startsWith("--")) {
            what = QString::fromUtf8(QByteArrayView(argv[i - 1]));
        }
        if (invalidUtf8At(value))
            return decodeUtf8(value, what).error();
    }
    return std::nullopt;
}

} // namespace Herald::Cli
