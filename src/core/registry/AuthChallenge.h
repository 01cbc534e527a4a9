#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// A scope of the docker token protocol: "repository:zuul/app:pull,push". Names may contain
// "host:port", so the text is split at the first and the last ':'.
struct AuthScope
{
    QString type;
    QString name;
    QStringList actions;

    static AuthScope repository(const QString& name, const QStringList& actions);
    static AuthScope parse(const QString& text); // type empty when malformed
    QString toString() const;
    bool isValid() const { return !type.isEmpty() && !name.isEmpty() && !actions.isEmpty(); }
    bool operator==(const AuthScope& other) const = default;
};

// Merges scopes on the same resource ("repository:a:pull" + "repository:a:push" ->
// "repository:a:pull,push") and sorts them, so equal needs give equal cache keys.
QStringList normalizeScopes(const QList<AuthScope>& scopes);

// One challenge of a WWW-Authenticate header (RFC 7235 / RFC 6750): scheme plus parameters.
// A header may carry several challenges, comma-separated; parseAll returns them in order.
class AuthChallenge
{
public:
    static QList<AuthChallenge> parseAll(const QByteArray& header);

    QString scheme() const { return m_scheme; } // lower case: "basic", "bearer"
    QString param(const QString& name) const { return m_params.value(name.toLower()); }
    QString realm() const { return param(QStringLiteral("realm")); }
    QString service() const { return param(QStringLiteral("service")); }
    QList<AuthScope> scopes() const; // the scope parameter is a space-separated list
    bool isBasic() const { return m_scheme == QLatin1String("basic"); }
    bool isBearer() const { return m_scheme == QLatin1String("bearer"); }

private:
    QString m_scheme;
    QMap<QString, QString> m_params;
};
