#include "previews/LimitList.h"

#include "common/Palette.h"

using namespace Qt::StringLiterals;

namespace Herald {

LimitList::LimitList(QWidget* parent) : QLabel(parent)
{
    setObjectName(u"limits"_s);
    setTextFormat(Qt::RichText);
    setWordWrap(true);
}

void LimitList::setLimits(const QList<ChannelLimit>& limits)
{
    m_limits = limits;
    QStringList rows;
    for (const ChannelLimit& limit : limits) {
        const bool fits = limit.fits();
        const QColor colour = fits ? Palette::good() : (limit.blocking ? Palette::bad() : Palette::warning());
        const QString mark = fits ? u"✓"_s : u"✗"_s;
        const QString amount = limit.limit > 0
                                   ? tr("%1 of %2 %3").arg(limit.used).arg(limit.limit).arg(limit.unit)
                                   : u"%1 %2"_s.arg(limit.used).arg(limit.unit);
        QString row = u"<span style='color:%1;'>%2</span> <b>%3</b>: %4"_s.arg(
            colour.name(), mark, limit.part.toHtmlEscaped(), amount.toHtmlEscaped());
        if (!limit.detail.isEmpty())
            row += u" <span style='color:%1;'>· %2</span>"_s.arg(Palette::muted().name(),
                                                                 limit.detail.toHtmlEscaped());
        rows << row;
    }
    setText(rows.join(u"<br>"_s));
    setVisible(!rows.isEmpty());
}

} // namespace Herald
