#include "editor/DocumentEditCommand.h"

namespace Herald {

DocumentEditCommand::DocumentEditCommand(QTextDocument* document, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
{
}

void DocumentEditCommand::undo()
{
    if (m_document)
        m_document->undo();
    m_done = false;
}

void DocumentEditCommand::redo()
{
    if (!m_done && m_document)
        m_document->redo();
    m_done = true;
}

} // namespace Herald
