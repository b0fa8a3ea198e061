#pragma once

#include <QPointer>
#include <QTextDocument>
#include <QUndoCommand>

namespace Herald {

// One edit of a QTextDocument on a QUndoStack: the document keeps its own undo history and
// this command steps it, so text edits and other edits of a draft undo in one order.
class DocumentEditCommand final : public QUndoCommand {
public:
    DocumentEditCommand(QTextDocument* document, const QString& text);
    void undo() override;
    void redo() override;

private:
    QPointer<QTextDocument> m_document;
    bool m_done = true; // pushed after the edit happened: the first redo() does nothing
};

} // namespace Herald
