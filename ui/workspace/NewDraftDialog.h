#pragma once

#include "domain/ChannelKind.h"
#include "domain/Incident.h"

#include <QDialog>

class QListWidget;
class QCheckBox;

namespace Herald {

class TemplateLibrary;

// Pick a template (the ones written for the incident's status first) and the channels.
class NewDraftDialog final : public QDialog {
    Q_OBJECT
public:
    NewDraftDialog(const TemplateLibrary& templates, const Incident& incident, QWidget* parent = nullptr);
    QString templateId() const;
    QList<ChannelKind> channels() const;

private:
    QListWidget* m_templates;
    QList<QPair<ChannelKind, QCheckBox*>> m_channels;
};

} // namespace Herald
