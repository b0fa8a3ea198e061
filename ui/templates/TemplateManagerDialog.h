#pragma once

#include <QDialog>

class QLabel;
class QListView;
class QPushButton;
class QTimer;
class QUndoStack;

namespace Herald {

class Session;
class TemplateEditor;
class TemplateListModel;

// Where people manage the templates they start updates from: read any template's file, write
// their own (new, copy, edit, delete), and import or export template files. The file is checked
// as it is typed; problems are underlined at their line and column and block saving.
class TemplateManagerDialog final : public QDialog {
    Q_OBJECT
public:
    TemplateManagerDialog(Session& session, qint64 actorId, QWidget* parent = nullptr);

    void selectTemplate(const QString& id);
    QString currentId() const;
    TemplateEditor* editor() const { return m_editor; }

    void newTemplate();
    void duplicate();
    void importFile();
    void exportFile();
    void remove();
    void save();

private:
    void loadSelected();
    void validate();
    void updateButtons();
    void reloadAndSelect(const QString& id);

    Session& m_session;
    qint64 m_actorId;
    TemplateListModel* m_model;
    QListView* m_list;
    QUndoStack* m_undoStack;
    TemplateEditor* m_editor;
    QLabel* m_status;
    QPushButton* m_saveButton;
    QPushButton* m_deleteButton;
    QTimer* m_validateTimer;
    bool m_valid = false;
};

} // namespace Herald
