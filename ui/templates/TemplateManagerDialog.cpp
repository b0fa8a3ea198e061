#include "templates/TemplateManagerDialog.h"

#include "common/Dialogs.h"
#include "common/Palette.h"
#include "editor/TemplateEditor.h"
#include "models/TemplateListModel.h"
#include "session/Session.h"
#include "templating/TemplateParser.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// A new template: every field a person needs, with the format's own examples.
QString skeleton()
{
    return QCoreApplication::translate("TemplateManagerDialog",
                                       "# Herald message template: see the templates README for the format.\n"
                                       "id: my-update\n"
                                       "version: 1\n"
                                       "name: My update\n"
                                       "scenario: partial-outage\n"
                                       "audience: external\n"
                                       "status: investigating\n"
                                       "locale: en\n"
                                       "variables:\n"
                                       "  - name: service\n"
                                       "    label: Affected service\n"
                                       "    type: text\n"
                                       "    required: true\n"
                                       "    example: the Payments API\n"
                                       "  - name: next_update\n"
                                       "    label: Next update at\n"
                                       "    type: time\n"
                                       "    required: true\n"
                                       "    example: 15:30 UTC\n"
                                       "subject: \"Problems with {{ service }}\"\n"
                                       "body: |\n"
                                       "  We are looking into problems with {{ service }}.\n"
                                       "  We will post the next update by {{ next_update }}.\n");
}
} // namespace

TemplateManagerDialog::TemplateManagerDialog(Session& session, qint64 actorId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actorId(actorId)
    , m_model(new TemplateListModel(session.templates(), this))
    , m_list(new QListView)
    , m_undoStack(new QUndoStack(this))
    , m_editor(new TemplateEditor(m_undoStack, nullptr, u"YAML"_s))
    , m_status(new QLabel)
    , m_validateTimer(new QTimer(this))
{
    setWindowTitle(tr("Templates"));
    setObjectName(u"templateManager"_s);
    resize(1100, 680);

    m_list->setObjectName(u"templateList"_s);
    m_list->setModel(m_model);
    m_list->setAlternatingRowColors(true);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TemplateManagerDialog::loadSelected);
    const auto button = [this](const QString& text, const QString& icon, const QString& name, auto slot) {
        auto* b = new QPushButton(QIcon::fromTheme(icon), text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(
        button(tr("New"), u"document-new"_s, u"newTemplateButton"_s, &TemplateManagerDialog::newTemplate));
    listButtons->addWidget(
        button(tr("Copy"), u"edit-copy"_s, u"duplicateTemplateButton"_s, &TemplateManagerDialog::duplicate));
    m_deleteButton =
        button(tr("Delete"), u"edit-delete"_s, u"deleteTemplateButton"_s, &TemplateManagerDialog::remove);
    listButtons->addWidget(m_deleteButton);
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(button(tr("Import…"), u"document-import"_s, u"importTemplateButton"_s,
                                  &TemplateManagerDialog::importFile));
    fileButtons->addWidget(button(tr("Export…"), u"document-export"_s, u"exportTemplateButton"_s,
                                  &TemplateManagerDialog::exportFile));
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);
    leftLayout->addLayout(fileButtons);

    m_status->setObjectName(u"templateStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveButton = button(tr("Save as New Version"), u"document-save"_s, u"saveTemplateButton"_s,
                          &TemplateManagerDialog::save);
    auto* editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_status, 1);
    editorButtons->addWidget(m_saveButton);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editor, 1);
    rightLayout->addLayout(editorButtons);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({340, 760});
    splitter->setChildrenCollapsible(false);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(250);
    connect(m_validateTimer, &QTimer::timeout, this, &TemplateManagerDialog::validate);
    connect(m_editor, &QPlainTextEdit::textChanged, m_validateTimer, qOverload<>(&QTimer::start));
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    updateButtons();
}

QString TemplateManagerDialog::currentId() const
{
    return m_list->currentIndex().data(TemplateListModel::TemplateIdRole).toString();
}

void TemplateManagerDialog::selectTemplate(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void TemplateManagerDialog::loadSelected()
{
    const QString id = currentId();
    QString document;
    if (!id.isEmpty())
        Dialogs::attempt(this, tr("Templates"), [&] { document = m_session.templateService().document(id); });
    m_editor->load(document);
    m_undoStack->clear();
    validate();
}

void TemplateManagerDialog::validate()
{
    const QString text = m_editor->toPlainText();
    const auto parsed = TemplateParser::parseAll(text.toUtf8(), tr("template"));
    m_valid = parsed.has_value();
    m_editor->setProblems(parsed ? QList<TemplateProblem>{} : parsed.error());
    if (parsed) {
        m_status->setText(u"<span style='color:%1;'>✓</span> %2"_s.arg(
            Palette::good().name(), tr("Valid: %1, %n variable(s)", nullptr, int(parsed->variables.size()))
                                        .arg(parsed->name.toHtmlEscaped())));
    } else {
        QStringList lines;
        for (const TemplateProblem& p : parsed.error().mid(0, 4))
            lines << tr("line %1, column %2: %3").arg(p.line).arg(p.column).arg(p.message.toHtmlEscaped());
        if (parsed.error().size() > 4)
            lines << tr("and %n more", nullptr, int(parsed.error().size() - 4));
        m_status->setText(
            u"<span style='color:%1;'>✗ %2</span>"_s.arg(Palette::bad().name(), lines.join(u"<br>"_s)));
    }
    updateButtons();
}

void TemplateManagerDialog::updateButtons()
{
    m_saveButton->setEnabled(m_valid);
    const QString id = currentId();
    m_deleteButton->setEnabled(!id.isEmpty() && m_session.templateService().isStored(id));
}

void TemplateManagerDialog::reloadAndSelect(const QString& id)
{
    m_model->reload();
    selectTemplate(id);
    loadSelected();
}

void TemplateManagerDialog::newTemplate()
{
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_editor->load(skeleton());
    m_undoStack->clear();
    m_editor->setFocus();
    validate();
}

void TemplateManagerDialog::duplicate()
{
    const QString id = currentId();
    QString copy;
    if (!id.isEmpty() && !Dialogs::attempt(this, tr("Copy Template"), [&] {
            copy = m_session.templateService().duplicate(id, m_actorId);
        }))
        reloadAndSelect(copy);
}

void TemplateManagerDialog::importFile()
{
    const auto path = Dialogs::openFile(this, tr("Import Template"), tr("Herald templates (*.yaml *.yml)"));
    QString id;
    if (path && !Dialogs::attempt(this, tr("Import Template"),
                                  [&] { id = m_session.templateService().importFile(*path, m_actorId); }))
        reloadAndSelect(id);
}

void TemplateManagerDialog::exportFile()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const auto path = Dialogs::saveFile(this, tr("Export Template"), id + u".yaml"_s,
                                        tr("Herald templates (*.yaml *.yml)"));
    if (path)
        Dialogs::attempt(this, tr("Export Template"),
                         [&] { m_session.templateService().exportTo(id, *path); });
}

void TemplateManagerDialog::remove()
{
    const QString id = currentId();
    if (id.isEmpty() ||
        !Dialogs::confirm(
            this, tr("Delete Template"),
            tr("Delete the template \"%1\"? Updates already started from it keep their text.").arg(id),
            tr("Delete")))
        return;
    if (!Dialogs::attempt(this, tr("Delete Template"),
                          [&] { m_session.templateService().remove(id, m_actorId); }))
        reloadAndSelect(id); // a shipped template of the same id comes back
}

void TemplateManagerDialog::save()
{
    QString id;
    if (!Dialogs::attempt(this, tr("Save Template"),
                          [&] { id = m_session.templateService().save(m_editor->toPlainText(), m_actorId); }))
        reloadAndSelect(id);
}

} // namespace Herald
