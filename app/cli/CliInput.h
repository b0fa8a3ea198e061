#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

class QCommandLineParser;

namespace Herald::Cli {

// What every command does with its input the same way: its options parsed with exit code 2
// and "herald-cli COMMAND: ..." on a bad one (QCommandLineParser::process would exit 1 with
// its own prefix), and text taken as strict UTF-8, refused at the first bad byte instead of
// silently replaced.
class CliInput {
    Q_DECLARE_TR_FUNCTIONS(CliInput)

public:
    // Parses args; on an unknown, incomplete or positional argument prints the error (and
    // returns 2); on --help prints the help (and returns 0); otherwise nothing.
    // positionalHint follows the unexpected-argument message, e.g. "(put the text after --text)".
    static std::optional<int> parse(QCommandLineParser& parser, const QStringList& args,
                                    const QString& command, const QString& positionalHint = {});
    // The byte offset of the first byte that is not valid UTF-8 (overlong forms, surrogates
    // and code points above U+10FFFF included), or nothing when all of it is.
    static std::optional<qsizetype> invalidUtf8At(QByteArrayView bytes);
    // The text, or "WHAT is not valid UTF-8: byte offset N (0xHH)".
    static std::expected<QString, QString> decodeUtf8(QByteArrayView bytes, const QString& what);
    // The first of the raw command-line arguments (argv) that is not valid UTF-8, as a message
    // naming the option it belongs to; Qt would replace the bad bytes before any command sees them.
    static std::optional<QString> invalidArgument(int argc, const char* const* argv);
};

} // namespace Herald::Cli
