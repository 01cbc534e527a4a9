#include "TokenServer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSslCertificate>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace {

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// RS256 = RSASSA-PKCS1-v1_5 with SHA-256, the default padding of EVP_DigestSign for RSA keys.
QByteArray signRs256(const QByteArray& keyPem, const QByteArray& data)
{
    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size())), &BIO_free);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t length = 0;
    if (!key || !context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<size_t>(data.size())) != 1) {
        return {};
    }
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<size_t>(data.size())) != 1) {
        return {};
    }
    signature.truncate(static_cast<qsizetype>(length));
    return signature;
}

// Query strings from Go clients encode spaces as '+'; '+' never occurs in a scope.
QString formValue(const QUrlQuery& query, const QString& key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded).replace(QLatin1Char('+'), QLatin1Char(' '));
}

QUrlQuery formBody(const QByteArray& body)
{
    return QUrlQuery(QString::fromUtf8(body));
}

TestResponse unauthorized(const QString& message)
{
    return TestResponse::registryError(401, "UNAUTHORIZED", message);
}

} // namespace

TokenServer::TokenServer(const Options& options)
    : m_options(options)
{
}

bool TokenServer::start(QString* error)
{
    QFile keyFile(m_options.signingKeyFile);
    m_signingKeyPem = keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll() : QByteArray();
    m_x5c.clear();
    for (const QString& file : std::as_const(m_options.signingChainFiles)) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(file, QSsl::Pem);
        for (const QSslCertificate& certificate : certificates) {
            m_x5c.append(QString::fromLatin1(certificate.toDer().toBase64()));
        }
    }
    if (m_x5c.isEmpty() || signRs256(m_signingKeyPem, "probe").isEmpty()) {
        if (error) {
            *error = QStringLiteral("TokenServer cannot use signing key %1 / chain %2")
                         .arg(m_options.signingKeyFile, m_options.signingChainFiles.join(QLatin1Char(' ')));
        }
        return false;
    }
    if (!m_options.tlsCertFile.isEmpty()) {
        m_server.setTls(m_options.tlsCertFile, m_options.tlsKeyFile);
    }
    m_server.setHandler([this](const TestRequest& request) { return handle(request); });
    return m_server.start(error);
}

void TokenServer::stop()
{
    m_server.stop();
}

quint16 TokenServer::port() const
{
    return m_server.port();
}

QUrl TokenServer::baseUrl() const
{
    return m_server.baseUrl();
}

QUrl TokenServer::realm() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/token"));
    return url;
}

void TokenServer::setUser(const QString& user, const QString& password)
{
    const QMutexLocker lock(&m_mutex);
    m_options.users.insert(user, password);
}

void TokenServer::removeUser(const QString& user)
{
    const QMutexLocker lock(&m_mutex);
    m_options.users.remove(user);
}

void TokenServer::setAccess(const QString& user, const QString& repository, const QStringList& actions)
{
    const QMutexLocker lock(&m_mutex);
    m_access[user].insert(repository, actions);
}

void TokenServer::setCatalogAccess(const QString& user, bool allowed)
{
    const QMutexLocker lock(&m_mutex);
    if (allowed) {
        m_catalogUsers.insert(user);
    } else {
        m_catalogUsers.remove(user);
    }
}

void TokenServer::setExpiresIn(int seconds)
{
    const QMutexLocker lock(&m_mutex);
    m_options.expiresIn = seconds;
}

void TokenServer::setOverride(std::function<std::optional<TestResponse>(const TestRequest&)> override)
{
    const QMutexLocker lock(&m_mutex);
    m_override = std::move(override);
}

QJsonArray TokenServer::grantedAccess(const QString& user, const QStringList& scopes) const
{
    const QMutexLocker lock(&m_mutex);
    QJsonArray access;
    if (user.isEmpty()) {
        return access;
    }
    for (const QString& scope : scopes) {
        // Names may contain host:port, so the type ends at the first ':' and the actions start after the last.
        const qsizetype first = scope.indexOf(QLatin1Char(':'));
        const qsizetype last = scope.lastIndexOf(QLatin1Char(':'));
        if (first <= 0 || last <= first) {
            continue;
        }
        const QString type = scope.left(first);
        const QString name = scope.mid(first + 1, last - first - 1);
        const QStringList requested = scope.mid(last + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QStringList granted;
        if (type == QLatin1String("repository")) {
            const auto restricted = m_access.constFind(user);
            const bool unrestricted = restricted == m_access.constEnd();
            const QStringList allowed = unrestricted ? QStringList{} : restricted->value(name);
            for (const QString& action : requested) {
                if (unrestricted || allowed.contains(action) || allowed.contains(QStringLiteral("*"))) {
                    granted.append(action);
                }
            }
        } else if (type == QLatin1String("registry") && name == QLatin1String("catalog") &&
                   m_catalogUsers.contains(user)) {
            granted = requested;
        }
        if (!granted.isEmpty()) {
            access.append(QJsonObject{{QStringLiteral("type"), type},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("actions"), QJsonArray::fromStringList(granted)}});
        }
    }
    return access;
}

QByteArray TokenServer::signToken(const QString& subject, const QJsonArray& access, qint64 lifetimeSeconds) const
{
    QJsonArray x5c;
    for (const QString& certificate : m_x5c) {
        x5c.append(certificate);
    }
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("x5c"), x5c}};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // registry:2 2.8 wants "aud" as one string (an array makes the token malformed), checks iss and aud exactly
    // and allows 60 s of clock skew on exp and nbf.
    const QJsonObject claimSet{
        {QStringLiteral("iss"), m_options.issuer},
        {QStringLiteral("sub"), subject},
        {QStringLiteral("aud"), m_options.service},
        {QStringLiteral("exp"), now + lifetimeSeconds},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("iat"), now},
        {QStringLiteral("jti"), QString::number(QRandomGenerator::global()->generate64(), 16)},
        {QStringLiteral("access"), access},
    };
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    base64Url(QJsonDocument(claimSet).toJson(QJsonDocument::Compact));
    return signingInput + '.' + base64Url(signRs256(m_signingKeyPem, signingInput));
}

QList<TestRequest> TokenServer::requests() const
{
    return m_server.requests();
}

qsizetype TokenServer::tokenRequestCount() const
{
    const QList<TestRequest> all = m_server.requests();
    return std::count_if(all.cbegin(), all.cend(),
                         [](const TestRequest& request) { return request.path() == QLatin1String("/token"); });
}

void TokenServer::clearRequests()
{
    m_server.clearRequests();
}

QStringList TokenServer::requestedScopes(const TestRequest& request)
{
    QStringList values;
    if (request.method == "POST") {
        values.append(formValue(formBody(request.body), QStringLiteral("scope")));
    } else {
        const QUrlQuery query = request.query();
        for (QString value : query.allQueryItemValues(QStringLiteral("scope"), QUrl::FullyDecoded)) {
            values.append(value.replace(QLatin1Char('+'), QLatin1Char(' ')));
        }
    }
    return values.join(QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QJsonObject TokenServer::claims(const QByteArray& jwt)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(jwt.split('.').value(1), QByteArray::Base64UrlEncoding))
        .object();
}

bool TokenServer::authenticate(const QString& user, const QString& password) const
{
    const QMutexLocker lock(&m_mutex);
    return user.isEmpty() || (m_options.users.contains(user) && m_options.users.value(user) == password);
}

TestResponse TokenServer::handle(const TestRequest& request)
{
    std::function<std::optional<TestResponse>(const TestRequest&)> override;
    {
        const QMutexLocker lock(&m_mutex);
        override = m_override;
    }
    if (override) {
        if (std::optional<TestResponse> response = override(request)) {
            return *response;
        }
    }
    if (request.path() != QLatin1String("/token")) {
        return TestResponse::registryError(404, "NOT_FOUND", QStringLiteral("only /token is served here"));
    }
    const QStringList scopes = requestedScopes(request);
    if (request.method == "POST") {
        const QUrlQuery form = formBody(request.body);
        const QString grant = formValue(form, QStringLiteral("grant_type"));
        if (grant == QLatin1String("password")) {
            const QString user = formValue(form, QStringLiteral("username"));
            if (user.isEmpty() || !authenticate(user, formValue(form, QStringLiteral("password")))) {
                return unauthorized(QStringLiteral("invalid username or password"));
            }
            const bool offline = formValue(form, QStringLiteral("access_type")) == QLatin1String("offline");
            return issue(user, scopes, offline, true);
        }
        if (grant == QLatin1String("refresh_token")) {
            const QString refresh = formValue(form, QStringLiteral("refresh_token"));
            const QString user = refresh.mid(QStringLiteral("refresh-").size());
            bool known = false;
            {
                const QMutexLocker lock(&m_mutex);
                known = refresh.startsWith(QLatin1String("refresh-")) && m_options.users.contains(user);
            }
            if (!known) {
                return unauthorized(QStringLiteral("invalid refresh token"));
            }
            return issue(user, scopes, false, true);
        }
        return TestResponse::json(400,
                                  QJsonObject{{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")}});
    }
    if (request.method != "GET") {
        return TestResponse::registryError(405, "UNSUPPORTED", QStringLiteral("GET or POST"));
    }
    QString user;
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(authorization.indexOf(' ') + 1));
        const qsizetype colon = decoded.indexOf(':');
        user = QString::fromUtf8(decoded.left(colon));
        if (!authorization.startsWith("Basic ") || colon <= 0 ||
            !authenticate(user, QString::fromUtf8(decoded.mid(colon + 1)))) {
            return unauthorized(QStringLiteral("invalid username or password"));
        }
    }
    const bool offline = request.query().queryItemValue(QStringLiteral("offline_token")) == QLatin1String("true");
    return issue(user, scopes, offline && !user.isEmpty(), false);
}

TestResponse TokenServer::issue(const QString& user, const QStringList& scopes, bool withRefreshToken, bool oauth) const
{
    int expiresIn = 0;
    {
        const QMutexLocker lock(&m_mutex);
        expiresIn = m_options.expiresIn;
    }
    const QString token = QString::fromLatin1(signToken(user, grantedAccess(user, scopes), expiresIn));
    {
        const QMutexLocker lock(&m_mutex);
        m_issued << token.toLatin1();
    }
    QJsonObject body{{QStringLiteral("access_token"), token},
                     {QStringLiteral("expires_in"), expiresIn},
                     {QStringLiteral("issued_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (oauth) {
        body.insert(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    } else {
        body.insert(QStringLiteral("token"), token);
    }
    if (withRefreshToken) {
        body.insert(QStringLiteral("refresh_token"), QStringLiteral("refresh-") + user);
    }
    return TestResponse::json(200, body);
}

QList<QByteArray> TokenServer::issuedTokens() const
{
    const QMutexLocker lock(&m_mutex);
    return m_issued;
}
