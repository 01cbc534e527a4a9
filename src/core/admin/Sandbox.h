#pragma once

#include "RegistryError.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

class RegistryClient;

// Three registries on loopback, each a deployment bundle run by Debian's docker-registry binary with
// TLS and htpasswd: the intermediate, a buildset and a publication registry of a Zuul system, seeded
// with sample images. The directory keeps their bundles, data, logs, a certs.d and an auth.json for
// clients; `up` starts what is not running, `down` stops every process it started.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    struct Member
    {
        QString role; // intermediate, buildset, publication
        quint16 port = 0;
        qint64 pid = 0;
        QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(port); }
    };

    explicit Sandbox(const QString& directory, QObject* parent = nullptr);
    static QString defaultDirectory();
    static QStringList roles();
    static quint16 freePort(); // a loopback port nothing listens on right now

    QString directory() const { return m_dir; }
    QString authFile() const;
    QString certsDir() const;
    QList<Member> members() const { return m_members; }
    bool isRunning(const Member& member) const;

    void up(); // asynchronous: finished() tells, error() says how
    bool down(QString* error);
    const RegistryError& error() const { return m_error; }
    bool isFinished() const { return m_finished; }

signals:
    void step(const QString& description);
    void finished();

private:
    bool load();
    bool save(QString* error) const;
    bool prepare(Member& member, QString* error);
    bool launch(Member& member, QString* error);
    void waitUntilReady(int attempt);
    void seed(int index);
    RegistryClient* clientFor(const Member& member);
    QString memberDir(const Member& member) const;
    void finish(const RegistryError& error = {});

    QString m_dir;
    QList<Member> m_members;
    QJsonObject m_auths;
    bool m_seeded = false;
    RegistryError m_error;
    bool m_finished = false;
};
