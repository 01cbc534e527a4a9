#pragma once

#include "registry/Digest.h"
#include "zuul/ZuulTag.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One registry:2 notification event (distribution's notifications envelope, "events" list): a push, pull,
// mount or delete of a manifest or blob, who did it from where, and for Zuul tags what they mean.
struct RegistryEvent
{
    Q_DECLARE_TR_FUNCTIONS(RegistryEvent)

public:
    static constexpr QLatin1String kMediaType{"application/vnd.docker.distribution.events.v1+json"};
    static constexpr qint64 kMaxEnvelopeBytes = 4 * 1024 * 1024;
    static constexpr int kMaxEvents = 10000;

    QString id;
    QDateTime timestamp;
    QString action; // push, pull, mount, delete
    QString repository;
    QString tag;
    Digest digest;
    QString mediaType;
    qint64 size = -1;
    QString fromRepository; // mount: where the blob came from
    QString url;
    QString actor;       // the user the registry authenticated
    QString requestAddr; // the client's address as the registry saw it
    QString requestMethod;
    QString requestHost; // the registry as the client addressed it (host:port)
    QString userAgent;
    QString sourceAddr; // the registry instance
    ZuulTag zuul;       // the tag decoded

    bool isManifest() const;
    // "push zuul/app:<build>_latest (manifest sha256:48a8…) by zuul from 10.0.0.5", printable.
    QString summary() const;
    QJsonObject toJson() const;

    // The events of one notification POST body. nullopt with *error when it is not an envelope: not JSON, no
    // "events" list, an event without an action this desk knows, too large.
    static std::optional<QList<RegistryEvent>> parseEnvelope(const QByteArray& body, QString* error);
};
