#include "review/TextDiff.h"

#include <QRegularExpression>

#include <dtl/dtl.hpp>
#include <vector>

using namespace Qt::StringLiterals;

namespace Herald::TextDiff {

namespace {
std::vector<QString> tokens(const QString& text)
{
    static const QRegularExpression word(u"\\S+\\s*|\\s+"_s);
    std::vector<QString> out;
    for (auto it = word.globalMatch(text); it.hasNext();)
        out.push_back(it.next().captured());
    return out;
}
} // namespace

QList<DiffSegment> words(const QString& before, const QString& after)
{
    const std::vector<QString> a = tokens(before);
    const std::vector<QString> b = tokens(after);
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.compose();
    QList<DiffSegment> segments;
    for (const auto& [token, info] : diff.getSes().getSequence()) {
        const DiffSegment::Kind kind = info.type == dtl::SES_ADD      ? DiffSegment::Kind::Added
                                       : info.type == dtl::SES_DELETE ? DiffSegment::Kind::Removed
                                                                      : DiffSegment::Kind::Same;
        if (!segments.isEmpty() && segments.last().kind == kind)
            segments.last().text += token;
        else
            segments << DiffSegment{kind, token};
    }
    return segments;
}

QString toHtml(const QList<DiffSegment>& segments)
{
    QString html;
    for (const DiffSegment& segment : segments) {
        QString text = segment.text.toHtmlEscaped();
        text.replace(u'\n', u"<br>"_s);
        switch (segment.kind) {
        case DiffSegment::Kind::Same:
            html += text;
            break;
        case DiffSegment::Kind::Removed:
            html += u"<span style=\"color:#b3261e;text-decoration:line-through\">"_s + text + u"</span>"_s;
            break;
        case DiffSegment::Kind::Added:
            html += u"<span style=\"color:#1b6e2e;background:#e3f5e6;text-decoration:underline\">"_s + text +
                    u"</span>"_s;
            break;
        }
    }
    return html;
}

} // namespace Herald::TextDiff
