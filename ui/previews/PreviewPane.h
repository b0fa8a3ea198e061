#pragma once

#include "domain/ChannelKind.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace Herald {

class ChannelPreview;
class UpdateComposer;
struct ComposedUpdate;
struct Finding;

// Every channel's preview, one at a time, picked from a list that shows each channel's state at
// a glance: not in this update, fits, has warnings, or blocked by a limit or a finding.
class PreviewPane final : public QWidget {
    Q_OBJECT
public:
    enum class State { NotInUpdate, Fits, Warning, Blocked };

    explicit PreviewPane(QWidget* parent = nullptr);

    const QList<ChannelPreview*>& previews() const { return m_previews; }
    void showChannel(ChannelKind channel);
    ChannelKind currentChannel() const;
    ChannelPreview* currentPreview() const;
    void setState(ChannelKind channel, State state, const QString& summary);
    // Every channel's state from the update and its findings: not in it, blocked, with
    // findings to look at, or fitting every limit.
    void showFindings(const ComposedUpdate& update, const QList<Finding>& findings);
    // Draws the preview in view from the update, with its channel's limits. Only that one:
    // drawing fourteen, most of them hidden, on every keystroke is what a person feels as lag.
    void drawCurrent(const ComposedUpdate& update, const UpdateComposer& composer);
    State state(ChannelKind channel) const;

Q_SIGNALS:
    void currentChannelChanged(ChannelKind channel);

private:
    QListWidget* m_channels;
    QStackedWidget* m_stack;
    QList<ChannelPreview*> m_previews;
    QList<State> m_states;
};

} // namespace Herald
