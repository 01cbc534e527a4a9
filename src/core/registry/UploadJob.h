#pragma once

#include "Digest.h"
#include "RegistryClient.h"
#include "RegistryJob.h"

#include <QPointer>
#include <QUrl>

class DirectUpload;

// Uploads one blob: optional cross-repository mount, then POST for a session and either one streamed
// PUT or PATCH chunks and a closing PUT. A session left behind by a failure or cancel is deleted.
class UploadJob : public RegistryJob
{
    Q_OBJECT
public:
    UploadJob(RegistryClient* client, QString repository, const Digest& digest, qint64 size, QIODevice* source,
              UploadOptions options);

    bool mounted() const { return m_mounted; }
    qint64 bytesSent() const { return m_sent; }
    QUrl location() const { return m_location; }

    // The PUT that completes a session at location with the blob's digest.
    static QUrl completionUrl(const QUrl& location, const Digest& digest);
    static QList<AuthScope> pushScopes(const QString& repository);

protected:
    void run() override;
    void onCancel() override;

private:
    void startSession(const QString& query);
    void onSession(HttpExchange* exchange);
    void putMonolithic();
    void putDirect();
    void patchNextChunk();
    void putFinal();
    void discardSession();
    void onFinal(HttpExchange* exchange);
    void failAndDiscard(const RegistryError& error);
    bool takeLocation(const HttpResponse& response);
    QString what() const;
    QList<AuthScope> pushScopes() const { return pushScopes(m_repository); }

    QString m_repository;
    Digest m_digest;
    qint64 m_size;
    QIODevice* m_source;
    UploadOptions m_options;
    QUrl m_location;
    bool m_mounted = false;
    bool m_tryingMount = false;
    qint64 m_sent = 0;
    QPointer<DirectUpload> m_direct;
};
