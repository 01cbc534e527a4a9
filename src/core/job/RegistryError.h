#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What went wrong in a registry operation, as a value: the kind decides how callers react
// (retry, ask for credentials, offer to trust a certificate), the message is for people.
class RegistryError
{
    Q_DECLARE_TR_FUNCTIONS(RegistryError)
public:
    enum class Kind
    {
        None,
        Usage,          // malformed input from the user (reference, digest, option)
        Network,        // DNS, refused connection, reset, timeout
        Tls,            // handshake or verification failure
        Auth,           // credentials missing or refused (401)
        Denied,         // authenticated but not allowed (403, DENIED)
        NotFound,       // repository, manifest, tag or blob unknown
        DigestMismatch, // bytes do not hash to the digest that names them
        Protocol,       // the server answered something the protocol does not allow
        Unsupported,    // the server does not offer this operation (405, UNSUPPORTED)
        RateLimited,    // 429 after the retry budget
        TooLarge,       // over a safety cap (manifest size, descriptor count)
        Cancelled,
        Io, // local file or device failed
    };

    RegistryError() = default;
    RegistryError(Kind kind, QString message, int httpStatus = 0, QStringList codes = {});

    static RegistryError cancelled();

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    QStringList codes() const { return m_codes; }
    QString detail() const { return m_detail; }
    void setDetail(const QString& detail) { m_detail = detail; }

    // The kind as a stable lower-case word ("digest-mismatch"), for JSON and logs.
    static QString kindName(Kind kind);

    // Maps registry error JSON ({"errors":[{"code","message","detail"}]}) and the HTTP status to an
    // error. Non-JSON bodies (HTML from proxies) keep only their status. `what` names the object the
    // request was about, e.g. "manifest zuul/app:latest".
    static RegistryError fromResponse(int httpStatus, const QByteArray& body, const QString& registry,
                                      const QString& what);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    int m_httpStatus = 0;
    QStringList m_codes;
    QString m_detail;
};
