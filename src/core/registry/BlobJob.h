#pragma once

#include "Digest.h"
#include "RegistryJob.h"

#include <memory>

class DirectDownload;
class QIODevice;

// GET of a blob streamed into a device, hashed and counted on the way (never held whole in memory);
// a broken download resumes with Range. Without a sink it is a HEAD: exists() and size().
class BlobJob : public RegistryJob
{
    Q_OBJECT
public:
    BlobJob(RegistryClient* client, QString repository, const Digest& digest, qint64 expectedSize, QIODevice* sink);
    ~BlobJob() override;

    bool exists() const { return m_exists; }
    qint64 size() const { return m_size; }
    qint64 bytesReceived() const { return m_received; }
    int resumes() const { return m_resumes; }

    static constexpr int kMaxResumes = 5;
    static constexpr qint64 kProgressStep = 1024 * 1024;

    // Streams no faster than the sink can take: capacity() says how many bytes it accepts now; call
    // resume() when it has room again. Set before the job starts.
    void setFlowControl(std::function<qint64()> capacity) { m_capacity = std::move(capacity); }
    void resume();

protected:
    void run() override;

private:
    void request();
    void onHead(HttpExchange* exchange);
    void onGet(HttpExchange* exchange);
    RegistryError consume(const char* data, qint64 size);
    void requestDirect(const HttpRequest& httpRequest);
    void verifyComplete();
    bool haveEveryByte() const; // as many bytes as the descriptor says, whatever the connection claimed
    QString what() const;

    QString m_repository;
    Digest m_digest;
    qint64 m_expectedSize;
    QIODevice* m_sink;
    std::unique_ptr<DigestHasher> m_hasher;
    bool m_exists = false;
    qint64 m_size = -1;
    qint64 m_received = 0;
    qint64 m_rangeStart = 0;
    int m_resumes = 0;
    QPointer<HttpExchange> m_exchange;
    std::function<qint64()> m_capacity;
    QPointer<DirectDownload> m_direct;
    bool m_directDeclined = false;
    qint64 m_reported = 0;
};
