#pragma once

#include "Digest.h"
#include "DirectHttp.h"
#include "job/Job.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QUrl>

#include <memory>

class RegistryClient;

// One blob moved from a registry's GET straight into another's PUT (an upload session already opened) on a
// worker thread: the bytes go from the source's TLS records through the digest into the destination's, in
// one fixed buffer, with OpenSSL and plain sockets and no event loop in between. That is the least a copy
// can cost, the same for a 30 MiB and a 1 GiB layer, and the window's event loop never sees the data.
//
// The last bytes go out only after the digest of everything read matched, so a source that sends wrong
// bytes never completes an upload. Anything unusual before the first byte reaches the destination (a
// redirect, a challenge, a retry-after, a length other than the descriptor's, a TLS setting OpenSSL and Qt
// see differently) leaves the relay declined(): nothing was sent, and the caller takes the general path.
// At most kThreads relays move bytes at once in the whole process; others wait for a thread.
class BlobRelay : public Job
{
    Q_OBJECT
public:
    BlobRelay(RegistryClient* source, const QUrl& getUrl, const QByteArray& getAuthorization,
              RegistryClient* destination, const QUrl& putUrl, const QByteArray& putAuthorization, const Digest& digest,
              qint64 size, QObject* parent = nullptr);
    ~BlobRelay() override;

    // Nothing reached the destination: the caller should take the general path.
    bool declined() const;
    // The source's status when it declined for its answer (a redirect, 429, 503...); 0 otherwise.
    int sourceStatus() const;
    // Its Retry-After, when it asked for patience.
    QByteArray sourceRetryAfter() const;
    // The destination's answer to the PUT.
    int status() const;
    QByteArray header(const QByteArray& name) const;
    QByteArray body() const;
    qint64 transferred() const;

    static constexpr int kThreads = 8;

    struct Shared; // what the job and its worker thread share

protected:
    void run() override;
    void onCancel() override;

private:
    void done();

    RegistryClient* m_source;
    RegistryClient* m_destination;
    QUrl m_getUrl;
    QUrl m_putUrl;
    QByteArray m_getAuthorization;
    QByteArray m_putAuthorization;
    std::shared_ptr<Shared> m_shared;
    QTimer m_progress;
    QElapsedTimer m_timer;
    qint64 m_reported = -1;
};
