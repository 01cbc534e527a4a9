#include "Bcrypt.h"

#include <QRegularExpression>

#include <crypt.h>
#include <openssl/crypto.h>

#include <memory>

namespace Bcrypt {

QByteArray hash(const QByteArray& password, int cost)
{
    if (cost < kMinCost || cost > kMaxCost || password.contains('\0')) {
        return {};
    }
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    if (!crypt_gensalt_rn("$2y$", static_cast<unsigned long>(cost), nullptr, 0, setting, sizeof setting)) {
        return {};
    }
    auto data = std::make_unique<crypt_data>();
    const char* result = crypt_r(password.constData(), setting, data.get());
    if (!result || result[0] == '*') {
        return {};
    }
    return QByteArray(result);
}

bool verify(const QByteArray& password, const QByteArray& hash)
{
    if (!isBcrypt(hash) || cost(hash) > kMaxCost || password.contains('\0')) {
        return false;
    }
    auto data = std::make_unique<crypt_data>();
    const char* result = crypt_r(password.constData(), hash.constData(), data.get());
    if (!result || result[0] == '*') {
        return false;
    }
    const QByteArray computed(result);
    return computed.size() == hash.size() &&
           CRYPTO_memcmp(computed.constData(), hash.constData(), computed.size()) == 0;
}

bool isBcrypt(const QByteArray& hash)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}\\z"));
    return pattern.match(QString::fromLatin1(hash)).hasMatch();
}

int cost(const QByteArray& hash)
{
    return isBcrypt(hash) ? hash.mid(4, 2).toInt() : -1;
}

QString schemeName(const QByteArray& hash)
{
    if (isBcrypt(hash)) {
        return QStringLiteral("bcrypt");
    }
    if (hash.startsWith("$apr1$")) {
        return QStringLiteral("MD5 (apr1)");
    }
    if (hash.startsWith("{SHA}")) {
        return QStringLiteral("SHA-1");
    }
    if (hash.startsWith("$5$") || hash.startsWith("$6$")) {
        return QStringLiteral("SHA-crypt");
    }
    if (hash.size() == 13) {
        return QStringLiteral("crypt");
    }
    return QStringLiteral("plain text or unknown");
}

} // namespace Bcrypt
