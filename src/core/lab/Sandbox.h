#pragma once

#include "job/Job.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

class RegistryClient;

// Three registries on loopback, each a deployment bundle run by Debian's docker-registry binary with
// TLS and htpasswd: the intermediate, a buildset and a publication registry of a Zuul system, seeded
// with sample images. The directory keeps their bundles, data, logs, a certs.d and an auth.json for
// clients; `up` starts what is not running, `down` stops every process it started. A Sandbox is what the
// directory says at the time it is read: the jobs of up() and down() change the directory, not this object.
class Sandbox
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox)
public:
    struct Member
    {
        QString role; // intermediate, buildset, publication
        quint16 port = 0;
        qint64 pid = 0;
        QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(port); }
    };

    explicit Sandbox(const QString& directory);
    static QString defaultDirectory();
    static QStringList roles();
    static quint16 freePort(); // a loopback port nothing listens on right now
    // count loopback ports nothing listens on, all different and none of taken. Each is held until all are
    // picked: the kernel readily gives the port it just took back to the very next bind.
    static QList<quint16> freePorts(int count, const QList<quint16>& taken = {});

    QString directory() const { return m_dir; }
    QString authFile() const;
    QString certsDir() const;
    QList<Member> members() const { return m_members; }
    bool isRunning(const Member& member) const;
    qint64 servingPid(const Member& member) const; // 0 when it does not run
    // Why a member's registry stopped on its own: the last fatal line of its registry.log, empty if none.
    QString exitReason(const Member& member) const;

    // Registry events of every member POSTed to url (with "Authorization: Bearer <token>"), from the next up().
    void setEvents(const QString& url, const QString& token);

    // Starts the registries that are not running and seeds them once; step() names each stage.
    Job* up(QObject* parent = nullptr) const;
    // Stops every registry it started (SIGTERM, then SIGKILL after 5 s) without blocking the event loop.
    Job* down(QObject* parent = nullptr) const;

private:
    class Work;
    class UpJob;
    class DownJob;

    bool load();
    bool save(QString* error) const;
    bool prepare(Member& member, quint16 debugPort, QString* error);
    bool launch(Member& member, QString* error);
    RegistryClient* clientFor(const Member& member, QObject* parent) const;
    static QByteArray garbageCollectScript(const Member& member);
    QString memberDir(const Member& member) const;

    QString m_dir;
    QList<Member> m_members;
    QJsonObject m_auths;
    QString m_eventsUrl;
    QString m_eventsToken;
    bool m_seeded = false;
    QHash<QString, qint64> m_logStarts; // role -> size of its registry.log when this object launched it
};
