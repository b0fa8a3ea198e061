#pragma once

#include "channels/ComposedUpdate.h"
#include "review/UpdateComparison.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace Herald {

class ActingPerson;
class PreviewPane;
class ReviewNotifier;
class ReviewQueueModel;
class Session;
struct ReviewItem;

// The reviewer's desk: the updates waiting for the signed-in person's decision on the left; on
// the right the selected one as each channel will show it, what changed since the incident's
// last published update, and the decision. Everything works from the keyboard: Up/Down or J/K
// move in the queue, Ctrl+Return approves (or marks an after-send review done), Ctrl+Shift+Return
// or Alt+R asks for changes. The core decides; refusals are shown as they come.
class ReviewQueueView final : public QWidget {
    Q_OBJECT
public:
    ReviewQueueView(Session& session, ActingPerson& acting, QWidget* parent = nullptr);

    ReviewQueueModel* model() const { return m_model; }
    ReviewNotifier* notifier() const { return m_notifier; }
    QTreeView* queueList() const { return m_list; }
    qint64 currentDraftId() const;
    bool selectDraft(qint64 draftId);
    int count() const;

    void approve();
    void requestChanges();

Q_SIGNALS:
    // The number of reviews waiting, for the tab title.
    void countChanged(int count);
    void statusMessage(const QString& message);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum class Key { None, Approve, RequestChanges };
    static Key decisionKey(const QKeyEvent* event);

    void reloaded();
    void showCurrent();
    void showPreview();
    void showChanges();
    void move(int delta);
    const ReviewItem* currentItem() const;
    void showNotification(qint64 draftId);

    Session& m_session;
    ActingPerson& m_acting;
    ReviewQueueModel* m_model;
    ReviewNotifier* m_notifier;
    QStackedWidget* m_pages;
    QLabel* m_placeholder;
    QTreeView* m_list;
    QLabel* m_header;
    PreviewPane* m_previews;
    QLabel* m_changesTitle;
    QTextBrowser* m_changes;
    QPushButton* m_approve;
    QPushButton* m_requestChanges;
    qint64 m_shownDraftId = 0;
    QDateTime m_shownUpdatedAt;
    int m_shownRow = 0;
    bool m_reloading = false;
    ComposedUpdate m_update;
    UpdateComparison m_comparison;
};

} // namespace Herald
