#include "cli/AuditWitnesses.h"

#include "base/HeraldError.h"
#include "base/IsoTime.h"
#include "secrets/KeychainSecretStore.h"
#include "timeline/ChainWitness.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald::Cli {

void AuditWitnesses::addFiles(const QStringList& paths, const QString& databaseId)
{
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw HeraldError(u"cannot read the witness %1: %2"_s.arg(path, file.errorString()));
        QString problem;
        const auto checkpoint = ChainCheckpoint::fromJson(file.readAll(), &problem);
        if (!checkpoint)
            throw HeraldError(u"the witness %1 is %2"_s.arg(path, problem));
        if (checkpoint->databaseId != databaseId)
            throw HeraldError(
                u"the witness %1 is a checkpoint of another database (%2), not of this one (%3)"_s.arg(
                    path, checkpoint->databaseId, databaseId));
        m_witnesses << Witness{path, checkpoint, {}, false};
    }
}

void AuditWitnesses::addKeychain(const QString& databaseId, int timeoutMs)
{
    KeychainSecretStore keychain;
    std::optional<std::pair<std::optional<QByteArray>, QString>> answer;
    keychain.read(ChainWitness::keyFor(databaseId),
                  [&answer](std::optional<QByteArray> value, const QString& error) {
                      answer = {std::move(value), error};
                  });
    const QDeadlineTimer deadline(timeoutMs);
    while (!answer && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    Witness witness{u"keychain"_s, std::nullopt, {}, false};
    if (!answer) {
        witness.verdict = u"not checked: the system keychain did not answer"_s;
    } else if (!answer->first) {
        witness.verdict = u"not checked: %1"_s.arg(answer->second);
    } else {
        QString problem;
        witness.checkpoint = ChainCheckpoint::fromJson(*answer->first, &problem);
        if (!witness.checkpoint)
            witness.verdict = u"not checked: the keychain's entry is %1"_s.arg(problem);
        else if (witness.checkpoint->databaseId != databaseId) {
            witness.verdict = u"not checked: the keychain's entry names another database (%1)"_s.arg(
                witness.checkpoint->databaseId);
            witness.checkpoint.reset();
        }
    }
    m_witnesses << witness;
}

void AuditWitnesses::judge(const ChainHead& newest, const std::function<QByteArray(qint64)>& hashAt)
{
    for (Witness& witness : m_witnesses) {
        if (!witness.checkpoint)
            continue;
        const QString finding = witness.checkpoint->judge(newest, hashAt(witness.checkpoint->head.sequence));
        witness.failed = !finding.isEmpty();
        witness.verdict = witness.failed ? finding : u"ok"_s;
    }
}

bool AuditWitnesses::anyFailed() const
{
    return std::ranges::any_of(m_witnesses, [](const Witness& w) { return w.failed; });
}

QJsonArray AuditWitnesses::toJson() const
{
    QJsonArray array;
    for (const Witness& witness : m_witnesses) {
        QJsonObject object{{u"source"_s, witness.source}, {u"verdict"_s, witness.verdict}};
        if (witness.checkpoint) {
            object.insert(u"sequence"_s, witness.checkpoint->head.sequence);
            object.insert(u"hash"_s, QString::fromLatin1(witness.checkpoint->head.hash));
            if (witness.checkpoint->at.isValid())
                object.insert(u"at"_s, IsoTime::utcText(witness.checkpoint->at));
        }
        array << object;
    }
    return array;
}

} // namespace Herald::Cli
