#pragma once

#include "domain/Audience.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace Herald {

class ActingPerson;
class ApprovedTextModel;
class Session;
struct ApprovedText;

// The support lead's copy desk: the approved versions of an incident's updates on the left, the
// selected one on the right exactly as it will paste, and one click to copy it for a ticket
// (rich and plain text together) or as the support macro. Every copy is recorded on the timeline.
class CopyDeskView final : public QWidget {
    Q_OBJECT
public:
    CopyDeskView(Session& session, ActingPerson& acting, QWidget* parent = nullptr);

    void setIncident(qint64 incidentId);
    ApprovedTextModel* model() const { return m_model; }
    // The version shown on the right; nullptr when there is none.
    const ApprovedText* current() const;

    void copyForTicket();
    void copyAsMacro();

private:
    void selectDefault();
    void currentChanged();
    void updateButtons();
    void copy(bool macro);

    Session& m_session;
    ActingPerson& m_acting;
    ApprovedTextModel* m_model;
    QStackedWidget* m_pages;
    QTreeView* m_versions;
    QLabel* m_heading;
    QLabel* m_details;
    QTabWidget* m_formats;
    QTextBrowser* m_rich;
    QPlainTextEdit* m_plain;
    QPlainTextEdit* m_macro;
    QPushButton* m_copyTicket;
    QPushButton* m_copyMacro;
    QLabel* m_status;
    QString m_lastCopy; // the status line after a copy
    qint64 m_shownApproval = 0;
    Audience m_shownAudience = Audience::External;
    // Showing the latest of its audience: a newer approval takes its place.
    bool m_followLatest = true;
};

} // namespace Herald
