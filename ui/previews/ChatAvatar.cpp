#include "previews/ChatAvatar.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Herald {

QImage ChatAvatar::image(const QColor& background, const QString& letter, Shape shape, int size)
{
    // Drawn at twice the size so it stays sharp on high-density screens.
    const int scale = 2;
    QImage image(size * scale, size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    if (shape == Shape::Circle)
        path.addEllipse(QRectF(0, 0, size, size));
    else
        path.addRoundedRect(QRectF(0, 0, size, size), size / 6.0, size / 6.0);
    painter.fillPath(path, background);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(size / 2);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, letter);
    return image;
}

QString ChatAvatar::add(QTextDocument* document, const QString& name, const QColor& background,
                        const QString& letter, Shape shape, int size)
{
    document->addResource(QTextDocument::ImageResource, QUrl(name), image(background, letter, shape, size));
    return u"<img src='%1' width='%2' height='%2'>"_s.arg(name).arg(size);
}

} // namespace Herald
