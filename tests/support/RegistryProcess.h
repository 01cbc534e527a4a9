#pragma once

#include "TestHttpClient.h"

#include <QMap>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;
class TokenServer;

// Debian's docker-registry 2.8.2 (`docker-registry serve config.yml`) in a temporary directory on a free
// 127.0.0.1 port, with generated TLS (TestPki) and htpasswd or token auth. Everything it writes stays in
// workDir(); the destructor stops it.
class RegistryProcess
{
public:
    enum class AuthMode
    {
        None,
        Htpasswd,
        Token // a TokenServer (HTTPS, same CA) is started first and owned here
    };

    struct Options
    {
        AuthMode auth = AuthMode::Htpasswd;
        bool tls = true;
        bool deleteEnabled = true;
        QString username = QStringLiteral("zuul"); // the default user, always present
        QString password = QStringLiteral("secret-pw-1");
        QMap<QString, QString> users; // further users: name -> password
        int catalogMaxEntries = 0;    // catalog.maxentries; 0 keeps the registry's default (1000)
        QString notificationsUrl;     // a notifications endpoint the registry POSTs its events to
        QString notificationsToken;   // sent as "Authorization: Bearer <token>" to it
    };

    // Token mode: auth.token.service and auth.token.issuer.
    static constexpr QLatin1String tokenService{"registrydesk-test"};
    static constexpr QLatin1String tokenIssuer{"registrydesk-test-issuer"};

    RegistryProcess();
    explicit RegistryProcess(const Options& options);
    ~RegistryProcess();
    Q_DISABLE_COPY_MOVE(RegistryProcess)

    // First start prepares the directory (PKI, htpasswd, config, token server) and picks the port; it returns
    // once /v2/ answers 200 or 401 (at most ~10 s).
    bool start(QString* error = nullptr);
    void stop(); // SIGTERM, SIGKILL after 3 s, then reaped
    // Same port, same data, same credentials (for interruption tests).
    bool restart(QString* error = nullptr);
    bool isRunning() const;
    qint64 pid() const; // 0 when not running

    quint16 port() const { return m_port; }
    QString hostPort() const; // "127.0.0.1:PORT"
    QUrl baseUrl() const;     // https://127.0.0.1:PORT (http:// without TLS)
    const Options& options() const { return m_options; }
    QString username() const { return m_options.username; }
    QString password() const { return m_options.password; }

    QString workDir() const;
    QString caFile() const;      // CA that signed the server certificate; empty without TLS
    QString certsDir() const;    // certs.d layout: <certsDir>/127.0.0.1:PORT/ca.crt
    QString hostCertDir() const; // <certsDir>/127.0.0.1:PORT, what skopeo's --cert-dir wants
    QString dataDir() const;     // storage.filesystem.rootdirectory
    QString repositoriesDir() const;
    QString configFile() const;
    QString htpasswdFile() const;
    QString authFile() const; // docker auth.json with the default user
    QString logFile() const;
    TokenServer* tokenServer() const { return m_tokenServer.get(); }

    // Rewrites the htpasswd file atomically (the registry re-reads it on mtime change) and, in token mode,
    // updates the token server.
    bool addUser(const QString& user, const QString& password, QString* error = nullptr);
    bool removeUser(const QString& user, QString* error = nullptr);
    // {"auths":{"127.0.0.1:PORT":{"auth":base64(user:password)}}}
    bool writeAuthFile(const QString& path, const QString& user, const QString& password) const;
    // What a client machine holds for several registries: one auth.json with each default user's login, and a
    // certs.d directory with each registry's CA.
    static bool writeClientFiles(const QList<const RegistryProcess*>& registries, const QString& authFile,
                                 const QString& certsDir, QString* error);

    // Authorization header value for the default user: Basic, a Bearer token minted for scopes, or empty.
    QByteArray authorization(const QStringList& scopes = {}) const;
    TestHttpClient http() const; // trusts caFile()
    // Whether the registry itself holds the manifest (HEAD, every manifest type accepted), checked without the
    // code under test.
    bool hasManifest(const QString& repository, const QString& reference) const;

    QString log() const;
    void dumpLogOnFailure() const; // prints log() with qWarning when the current QTest function failed

    // Copies repositories/<from> to repositories/<to> on disk, a full repository for the catalog (its blob links
    // point into the shared blob store); much faster than pushing for paging tests. Works while running.
    bool cloneRepository(const QString& from, const QString& to, QString* error = nullptr) const;

private:
    bool prepare(QString* error);
    bool launch(QString* error);
    bool waitUntilReady(QString* error);
    bool writeHtpasswd(QString* error) const;
    QByteArray configYaml() const;

    Options m_options;
    QMap<QString, QString> m_users; // all users, the default one included
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_prepared = false;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<TokenServer> m_tokenServer;
};
