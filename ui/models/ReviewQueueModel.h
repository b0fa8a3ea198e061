#pragma once

#include "review/ReviewService.h"

#include <QAbstractTableModel>

namespace Herald {

class ActingPerson;
class Session;

// The signed-in person's review queue (ReviewService::queueFor): what waits for their decision,
// escalated to them on top, then soonest due. Follows whoever signs in, and reloads whenever a
// draft or a review changes.
class ReviewQueueModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IncidentColumn,
        UpdateColumn,
        KindColumn,
        AuthorColumn,
        DueColumn,
        ApprovalsColumn,
        ColumnCount
    };
    enum Roles { DraftIdRole = Qt::UserRole + 1, ReviewIdRole, OverdueRole, EscalatedRole };

    ReviewQueueModel(Session& session, ActingPerson& acting, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Whose queue: the signed-in person; 0 (and no rows) when nobody is.
    qint64 personId() const { return m_personId; }
    void reload();
    // The due times are relative to now: call as time passes to redraw them.
    void refreshTimes();
    const ReviewItem* itemAt(int row) const;
    int rowOfDraft(qint64 draftId) const;

    // "due in 12 min", "overdue by 3 min", relative to now.
    static QString dueText(const QDateTime& due, const QDateTime& now);

Q_SIGNALS:
    void reloaded();

private:
    Session& m_session;
    ActingPerson& m_acting;
    qint64 m_personId = 0;
    QList<ReviewItem> m_items;
};

} // namespace Herald
