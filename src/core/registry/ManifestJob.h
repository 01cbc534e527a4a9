#pragma once

#include "Manifest.h"
#include "RegistryJob.h"

#include <optional>

// GET, resolve (HEAD, with a GET when HEAD does not say enough), PUT or DELETE of one manifest. GET keeps the
// exact bytes and verifies them: against the digest when fetched by digest, against Docker-Content-Digest (which
// must agree) when fetched by tag; without that header the digest is the bytes' own.
class ManifestJob : public RegistryJob
{
    Q_OBJECT
public:
    enum Operation
    {
        Get,
        Resolve,
        Put,
        Delete,
        DeleteTag
    };
    ManifestJob(RegistryClient* client, Operation operation, QString repository, QString reference);
    void setBody(const QByteArray& bytes, const QString& mediaType);

    // GET (and a resolve that needed one): the parsed manifest. Resolve/PUT: digest, media type and size.
    const std::optional<Manifest>& manifest() const { return m_manifest; }
    Digest digest() const { return m_digest; }
    QString mediaType() const { return m_mediaType; }
    qint64 size() const { return m_size; }

protected:
    void run() override;

private:
    void onGet(HttpExchange* exchange);
    void onHead(HttpExchange* exchange, const HttpRequest& request);
    void onPut(HttpExchange* exchange);
    void onDelete(HttpExchange* exchange);
    QString what() const;

    Operation m_operation;
    QString m_repository;
    QString m_reference;
    QByteArray m_body;
    std::optional<Manifest> m_manifest;
    Digest m_digest;
    QString m_mediaType;
    qint64 m_size = -1;
};
