#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One thing that happened between two parties of the gating flow: a blob copied, mounted or skipped, a
// manifest put, a tag removed. The activity panel, the CLI's JSON and the flow diagrams are drawn from
// these, so they say who talked to whom about what, how much moved and how it ended.
struct TransferEvent
{
    enum class Kind
    {
        ManifestFetched, // source manifest read
        BlobCopied,      // bytes streamed from source to destination
        BlobMounted,     // cross-repository mount inside the destination registry
        BlobSkipped,     // destination already had it
        ManifestPut,     // manifest bytes written under a tag or digest
        TagRemoved,      // one tag dropped, others kept
        ManifestDeleted, // manifest (and every tag on it) deleted
        Note,            // a step of a larger operation worth showing
    };

    Kind kind = Kind::Note;
    QString from;       // participant the data came from ("127.0.0.1:5000" or a role name)
    QString to;         // participant it went to
    QString repository; // at the destination (or the only one involved)
    QString subject;    // digest, tag or reference the event is about
    QString detail;     // e.g. "via a unique manifest and a delete by digest"
    qint64 bytes = 0;
    qint64 durationMs = 0;
    bool ok = true;
    QString error;
    QDateTime time = QDateTime::currentDateTimeUtc();
    quint64 jobId = 0; // the job that emitted it

    static TransferEvent make(Kind kind, const QString& from, const QString& to, const QString& repository,
                              const QString& subject, const QString& detail = {}, qint64 bytes = 0,
                              qint64 durationMs = 0);
    static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(TransferEvent)
