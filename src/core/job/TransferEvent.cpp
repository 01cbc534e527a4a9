#include "TransferEvent.h"

QString TransferEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ManifestFetched:
        return QStringLiteral("manifest-fetched");
    case Kind::BlobCopied:
        return QStringLiteral("blob-copied");
    case Kind::BlobMounted:
        return QStringLiteral("blob-mounted");
    case Kind::BlobSkipped:
        return QStringLiteral("blob-skipped");
    case Kind::ManifestPut:
        return QStringLiteral("manifest-put");
    case Kind::TagRemoved:
        return QStringLiteral("tag-removed");
    case Kind::ManifestDeleted:
        return QStringLiteral("manifest-deleted");
    case Kind::Note:
        return QStringLiteral("note");
    }
    return QStringLiteral("note");
}

TransferEvent TransferEvent::make(Kind kind, const QString& from, const QString& to, const QString& repository,
                                  const QString& subject, const QString& detail, qint64 bytes, qint64 durationMs)
{
    TransferEvent event;
    event.kind = kind;
    event.from = from;
    event.to = to;
    event.repository = repository;
    event.subject = subject;
    event.detail = detail;
    event.bytes = bytes;
    event.durationMs = durationMs;
    return event;
}
