#pragma once

#include "TestRequest.h"
#include "TestResponse.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QUrl>

#include <optional>

// What zuul-registry answers, read from its main.py, storage.py and filesystem.py (commit 7ba90a1, "Don't return
// Docker-Content-Digest header on HEAD", the version FACTS.md §7 describes) and from CherryPy, which frames its
// answers; a real registry:2 keeps the uploaded layer and config bytes. Everything the client sees is
// zuul-registry's:
//  - CherryPy with a Routes dispatcher: a request no route takes is a 404 page; a query (or form body) parameter
//    the handler has no argument for is a 404 (400 from a form body); an exception in a handler is a 500 page.
//    Every error is CherryPy's HTML page, never registry error JSON, and no answer carries
//    Docker-Distribution-API-Version.
//  - Its authorization tool runs before the handler on every path outside /auth, so even a 404 needs a token:
//    "Bearer <HS256 JWT>" signed with the literal key "secret" (the configured secret is never used), claims
//    {"level": "read"|"write"}. Without one: 401 with `Bearer realm="<public-url>/auth/token"`. A token that
//    does not verify makes PyJWT raise: 500.
//  - Storage is one namespace ("_local"): blobs and manifests by digest are found whatever repository the URL
//    names; a tag keeps one manifest digest per Content-Type; manifests are also blobs.
// Uploads are held here until their PUT, then stored in registry:2 under the upload's repository.
class ZuulRegistryFront
{
public:
    // backend: http://127.0.0.1:PORT of registry:2; user and password: its htpasswd login, which is also
    // zuul-registry's one user with write access.
    ZuulRegistryFront(const QUrl& backend, const QString& user, const QString& password);

    void setPublicUrl(const QUrl& url); // registry.public-url: where its challenges send clients for tokens

    TestResponse handle(const TestRequest& request);
    // A blob GET or HEAD answered without asking for a token, as the object storage a registry redirects to
    // authorises by the signed URL.
    TestResponse blob(const TestRequest& request);

    // The JWT zuul-registry's /auth/token hands out for a level ("read" or "write"): PyJWT 1.x's encoding, so
    // every token of one level is the same string.
    static QByteArray token(const QByteArray& level);

private:
    enum class Level
    {
        Read,
        Write
    };
    enum class Action
    {
        VersionCheck,
        StartUpload,
        UploadChunk,
        FinishUpload,
        PutManifest,
        GetManifest,
        HeadBlob,
        GetBlob,
        GetTags,
        Token
    };
    struct Route
    {
        Action action;
        QString repository;
        QString last; // the uuid, ref or blob digest the path ends with
    };
    struct Blob
    {
        QByteArray bytes;   // manifests are kept here
        QString repository; // otherwise registry:2 holds it under this repository
        qint64 size = 0;
    };
    struct Tag
    {
        QString name;
        QList<QPair<QByteArray, QByteArray>> digestByType; // the JSON record zuul-registry stores per tag
    };

    static std::optional<Route> route(const QByteArray& method, const QString& path);
    static QStringList arguments(Action action);
    std::optional<TestResponse> refused(const TestRequest& request, Level level) const;
    TestResponse unauthorized() const;

    static TestResponse versionCheck();
    TestResponse issueToken(const TestRequest& request, const QStringList& scopes) const;
    TestResponse startUpload(const Route& route);
    TestResponse uploadChunk(const Route& route, const QByteArray& body);
    TestResponse finishUpload(const Route& route, const QByteArray& body, const QByteArray& digest);
    TestResponse putManifest(const Route& route, const TestRequest& request);
    TestResponse getManifest(const Route& route, const TestRequest& request) const;
    TestResponse getTags(const Route& route) const;
    TestResponse serveBlob(const QByteArray& method, const QByteArray& digest) const;

    std::optional<QByteArray> readBlob(const QByteArray& digest) const;
    bool storeInBackend(const QString& repository, const QByteArray& digest, const QByteArray& data) const;
    QByteArray backendAuthorization() const;

    QUrl m_backend;
    QString m_user;
    QString m_password;
    QUrl m_publicUrl;

    mutable QMutex m_mutex;               // the front's and the redirect host's threads both read the store
    QHash<QString, QByteArray> m_uploads; // uuid -> bytes so far
    QHash<QByteArray, Blob> m_blobs;      // digest -> blob
    QHash<QString, QList<Tag>> m_tags;    // repository -> its tags in the order first pushed
};
