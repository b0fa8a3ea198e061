#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Herald {

class Session;

// The private network ranges Herald's senders may reach (an intranet relay, a self-hosted
// Mattermost): everything else on a private, link-local or similar address is refused (SSRF).
// Part of File → Channels; a change applies from the next request on and is on the timeline.
class AllowedNetworksEditor final : public QWidget {
    Q_OBJECT
public:
    AllowedNetworksEditor(Session& session, qint64 actorId, QWidget* parent = nullptr);
    void apply();

private:
    Session& m_session;
    qint64 m_actorId;
    QLineEdit* m_ranges;
    QLabel* m_message;
};

} // namespace Herald
