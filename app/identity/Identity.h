#pragma once

#include <QDateTime>
#include <QString>

namespace Herald {

// Who is acting, as proven by an IdentityVerifier: only verifiers can make one, so holding an
// Identity means the proof happened. Decisions (submit, approve, send) need a fresh one.
class Identity {
public:
    qint64 personId() const { return m_personId; }
    const QString& name() const { return m_name; }
    QDateTime provenAt() const { return m_provenAt; }
    // Proven recently enough to stand for a decision made now.
    bool isFreshAt(const QDateTime& now) const { return m_provenAt.secsTo(now) <= freshSeconds; }

    static constexpr int freshSeconds = 120;

private:
    friend class IdentityVerifier;
    Identity(qint64 personId, QString name, QDateTime provenAt)
        : m_personId(personId)
        , m_name(std::move(name))
        , m_provenAt(std::move(provenAt))
    {
    }

    qint64 m_personId;
    QString m_name;
    QDateTime m_provenAt;
};

} // namespace Herald
