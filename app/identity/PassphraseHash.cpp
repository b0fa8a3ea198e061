#include "identity/PassphraseHash.h"

#include <QCryptographicHash>
#include <QList>
#include <QPasswordDigestor>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Herald::PassphraseHash {

namespace {
constexpr int keyLength = 32;

QByteArray derive(const QString& passphrase, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, passphrase.toUtf8(), salt,
                                              iterations, keyLength);
}

bool equalInConstantTime(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}
} // namespace

QString encode(const QString& passphrase, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(passphrase, salt, iterations).toBase64()));
}

QString encodeDemo(const QString& passphrase, const QString& databaseId, int iterations)
{
    return u"demo-"_s + encode(passphrase, iterations) + u'$' + databaseId;
}

std::optional<QString> demoDatabaseOf(const QString& encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 5 || parts[0] != u"demo-pbkdf2-sha256"_s || parts[4].isEmpty())
        return std::nullopt;
    return parts[4];
}

bool verify(const QString& passphrase, const QString& encoded)
{
    QStringList parts = encoded.split(u'$');
    if (demoDatabaseOf(encoded)) // where it may be used is the verifier's to judge
        parts = QStringList{u"pbkdf2-sha256"_s} + parts.mid(1, 3);
    if (parts.size() != 4 || parts[0] != u"pbkdf2-sha256"_s)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray key = QByteArray::fromBase64(parts[3].toLatin1());
    if (salt.isEmpty() || key.size() != keyLength)
        return false;
    return equalInConstantTime(derive(passphrase, salt, iterations), key);
}

} // namespace Herald::PassphraseHash
