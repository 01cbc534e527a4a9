#pragma once

#include "RegistryProcess.h"
#include "TestPki.h"
#include "TestRequest.h"
#include "TestResponse.h"
#include "TestServer.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>

#include <memory>

class ZuulRegistryFront;

// A registry front on 127.0.0.1 (https) that forwards every request to a real registry (a plain-http
// RegistryProcess) and, on the requests a rule picks, injects a fault a real registry will not produce on demand:
// a connection reset mid-body, a stall, 5xx or 429 with Retry-After, bytes that do not match their digest, a
// lying Content-Length or Docker-Content-Digest, redirects to another host, to plain http or in a loop, a 10 MB
// header or a 100 MB "manifest".
//
// The other host ("localhost" rather than 127.0.0.1, its own port) serves redirected blob requests from the
// backend and records the headers it receives; the plain-http host only records (nothing may reach it).
//
// Profiles change what the front is (faults still apply first):
//  - Registry: registry:2 itself, forwarded unchanged.
//  - ZuulRegistry: zuul-registry as its own code answers (checked point by point against its main.py, storage.py
//    and filesystem.py; see ZuulRegistryFront): bearer tokens from /auth/token only, HTML errors, no _catalog, no
//    DELETE, no mount, no Docker-Distribution-API-Version, HEAD of a manifest without a digest, one manifest per
//    tag and Content-Type, blobs and manifests by digest found from any repository. registry:2 stays behind it as
//    the store of uploaded blobs.
//  - MinimalRegistry: registry:2 with its auth, JSON errors, DELETE and _catalog, but without
//    Docker-Distribution-API-Version on any answer, and HEAD of a manifest with neither Docker-Content-Digest
//    nor Etag and Content-Length 0: the leanest answers a client must still work with.
class FaultServer
{
public:
    enum class Fault
    {
        Reset,              // forward, then send the headers and half the body and reset the connection
        Stall,              // forward, then wait stallMs before answering
        Status,             // answer status (with Retry-After when given) without forwarding
        CorruptBody,        // forward, flip one byte in the middle of the body
        LongContentLength,  // forward, announce 100 bytes more than are sent
        ShortContentLength, // forward, announce 10 bytes fewer than the body has
        WrongDigestHeader,  // forward, announce another Docker-Content-Digest
        RedirectElsewhere,  // 307 to the other host, same path
        RedirectToHttp,     // 302 to the plain-http host
        RedirectLoop,       // 302 to the same URL, forever
        HugeHeader,         // forward, with a 10 MB header added
        HugeManifest,       // 200 with a 100 MB manifest-typed body
    };

    struct Rule
    {
        Fault fault = Fault::Status;
        QByteArray method;       // empty: any
        QRegularExpression path; // matched against the path; default: every path
        int times = 1;           // how many matching requests it hits; -1: all of them
        int status = 503;        // Status
        QByteArray retryAfter;   // Status: the Retry-After value, if any
        QByteArray errorBody;    // Status: a JSON body to send instead of the default
        int stallMs = 0;         // Stall
        QString name() const;    // for messages: "503 on GET /v2/.*/blobs/"
    };

    enum class Profile
    {
        Registry,
        ZuulRegistry,
        MinimalRegistry
    };

    // backend: http://127.0.0.1:PORT of the real registry; user and password: its htpasswd login, which the
    // other host uses to fetch redirected blobs and the zuul-registry profile takes as its one user with write
    // access.
    FaultServer(const QUrl& backend, const QString& user, const QString& password, Profile profile = Profile::Registry);
    ~FaultServer();
    Q_DISABLE_COPY_MOVE(FaultServer)

    void setTls(const QString& certChainFile, const QString& keyFile);
    bool start(QString* error);

    QUrl baseUrl() const; // https://127.0.0.1:PORT
    QString hostPort() const;
    Profile profile() const { return m_profile; }

    void addRule(const Rule& rule);
    void clearRules();           // and the hit counts
    int hits(Fault fault) const; // how many times a fault was injected

    QList<TestRequest> requests() const;          // everything the front received
    QList<TestRequest> elsewhereRequests() const; // what the other host received
    QList<TestRequest> plainHttpRequests() const; // what the plain-http host received
    void clearRequests();

private:
    TestResponse handle(const TestRequest& request);
    TestResponse answer(const TestRequest& request); // what the profile answers without a fault
    TestResponse forward(const TestRequest& request, const QByteArray& target) const;
    TestResponse minimalRegistry(const TestRequest& request) const;
    TestResponse applyFault(const Rule& rule, const TestRequest& request);

    QUrl m_backend;
    QString m_user;
    QString m_password;
    Profile m_profile;
    std::unique_ptr<ZuulRegistryFront> m_zuul; // the ZuulRegistry profile only
    TestServer m_front;
    TestServer m_elsewhere;
    TestServer m_plainHttp;

    mutable QMutex m_mutex; // guards the rules and hits
    struct ActiveRule
    {
        Rule rule;
        int remaining;
    };
    QList<ActiveRule> m_rules;
    QHash<Fault, int> m_hits;
};

// A plain-http registry:2 with a FaultServer in front of it serving TLS from a fresh test CA: what every fault
// and profile test starts from. Clients trust caCert() and log in as backend->username()/password() (with the
// ZuulRegistry profile: through its /auth/token).
struct FaultedRegistry
{
    std::unique_ptr<TestPki> pki;
    std::unique_ptr<RegistryProcess> backend;
    std::unique_ptr<FaultServer> front;

    bool start(const QString& dir, FaultServer::Profile profile, QString* error);
    QString caCert() const { return pki->caCert(); }
};
