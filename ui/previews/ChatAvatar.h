#pragma once

#include <QColor>
#include <QImage>
#include <QString>

class QTextDocument;

namespace Herald {

// A sender's picture for the chat previews: a letter on a coloured circle or rounded square,
// added to a text document so its HTML can show it with <img src="name">.
class ChatAvatar {
public:
    enum class Shape { Circle, RoundedSquare };
    static QImage image(const QColor& background, const QString& letter, Shape shape, int size);
    // Registers the image in `document` under `name` and returns the <img> tag for it.
    static QString add(QTextDocument* document, const QString& name, const QColor& background,
                       const QString& letter, Shape shape, int size);
};

} // namespace Herald
