#pragma once

#include "copydesk/CopyDesk.h"

#include <QAbstractItemModel>

namespace Herald {

class Session;

// The approved versions of one incident's updates, as the copy desk offers them: a tree of
// audience → versions, newest first, the first of each audience marked "Latest". Only what the
// core's CopyDesk returns appears, so nothing unapproved can be picked.
class ApprovedTextModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { VersionColumn, ApprovedColumn, ApproverColumn, SentColumn, ColumnCount };
    enum Roles { ApprovalIdRole = Qt::UserRole + 1, DraftIdRole, RevisionRole, LatestRole };

    explicit ApprovedTextModel(Session& session, QObject* parent = nullptr);

    void setIncident(qint64 incidentId);
    qint64 incidentId() const { return m_incidentId; }
    // Reads the versions again; resets only when the set of versions changed.
    void reload();
    // "12 min ago" ages: the view calls this now and then.
    void refreshTimes();

    bool isEmpty() const { return m_groups.isEmpty(); }
    // The version at a version row; nullptr for an audience row or an invalid index.
    const ApprovedText* textAt(const QModelIndex& index) const;
    QModelIndex indexOfApproval(qint64 approvalId) const;
    // The latest version of the n-th audience shown (audiences in allAudiences() order).
    QModelIndex latestOfGroup(int group) const;
    QModelIndex latestOf(Audience audience) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group {
        Audience audience;
        QList<ApprovedText> texts; // newest first
    };

    QList<Group> read() const;
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant textData(const ApprovedText& text, bool latest, int column, int role) const;
    QString whenText(const QDateTime& at) const;

    Session& m_session;
    qint64 m_incidentId = 0;
    QList<Group> m_groups;
};

} // namespace Herald
