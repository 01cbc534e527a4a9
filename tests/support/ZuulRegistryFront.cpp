#include "ZuulRegistryFront.h"

#include "HttpWire.h"
#include "TestHttpClient.h"
#include "TestImage.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace {

// CherryPy's default Content-Type with the charset its encode tool adds: what every answer that is neither JSON
// nor a manifest carries, empty ones and blobs included.
const QByteArray kHtml = "text/html;charset=utf-8";
// What main.py gives CherryPy's json_out tool.
const QByteArray kJson = "application/json; charset=utf-8";
// PyJWT encodes with this key whatever registry.secret says.
const QByteArray kJwtKey = "secret";

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// CherryPy's HTTPError page, in its parts that matter: the status and a message in HTML.
TestResponse errorPage(int status, const QString& message = {})
{
    static const QHash<int, QString> defaultMessages{
        {400, QStringLiteral("Bad request syntax or unsupported method")},
        {404, QStringLiteral("Nothing matches the given URI")},
        {500, QStringLiteral("The server encountered an unexpected condition which prevented it from fulfilling the "
                             "request.")},
    };
    const QByteArray title = QByteArray::number(status) + ' ' + HttpWire::reasonPhrase(status);
    QByteArray page = "<!DOCTYPE html>\n<html>\n<head><title>" + title + "</title></head>\n<body>\n<h2>" + title +
                      "</h2>\n<p>" +
                      (message.isEmpty() ? defaultMessages.value(status) : message).toHtmlEscaped().toUtf8() +
                      "</p>\n</body>\n</html>\n";
    // CherryPy pads these pages with spaces beyond 512 bytes, or Internet Explorer showed its own instead.
    constexpr qsizetype minimum = 513;
    if ((status == 400 || status == 404 || status == 500) && page.size() < minimum) {
        page += QByteArray(minimum - page.size(), ' ');
    }
    return TestResponse::text(status, page, kHtml);
}

// A handler that sets no body still gets CherryPy's default Content-Type.
TestResponse emptyAnswer(int status)
{
    return TestResponse::empty(status).withHeader("Content-Type", kHtml);
}

// Python's json.dumps spacing (", " and ": "), which json_out keeps; the members in the order main.py builds them.
QByteArray jsonString(const QString& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// parse_qs with keep_blank_values, as CherryPy reads a query string or form body: '+' is a space.
QList<QPair<QString, QString>> formItems(QByteArray encoded)
{
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(encoded)).queryItems(QUrl::FullyDecoded);
}

bool sendsFormBody(const TestRequest& request)
{
    // CherryPy parses bodies of these methods only, and without a Content-Type it parses nothing.
    const bool withBody = request.method == "POST" || request.method == "PUT" || request.method == "PATCH";
    return withBody &&
           request.header("Content-Type").split(';').first().trimmed().toLower() == "application/x-www-form-urlencoded";
}

// The claims of a token PyJWT 1.x accepts with jwt.decode(token, 'secret', algorithms=['HS256']); empty when it
// would raise instead.
std::optional<QJsonObject> verifiedClaims(const QByteArray& token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        return std::nullopt;
    }
    const auto header = QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding));
    const auto claims = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding));
    const QByteArray signature = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    const QByteArray expected =
        QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], kJwtKey, QCryptographicHash::Sha256);
    if (!header.isObject() || header.object().value(QStringLiteral("alg")).toString() != QLatin1String("HS256") ||
        signature != expected || !claims.isObject()) {
        return std::nullopt;
    }
    return claims.object();
}

} // namespace

ZuulRegistryFront::ZuulRegistryFront(const QUrl& backend, const QString& user, const QString& password)
    : m_backend(backend)
    , m_user(user)
    , m_password(password)
{
}

void ZuulRegistryFront::setPublicUrl(const QUrl& url)
{
    const QMutexLocker lock(&m_mutex);
    m_publicUrl = url;
}

QByteArray ZuulRegistryFront::token(const QByteArray& level)
{
    // PyJWT 1.x: compact JSON, "typ" before "alg", no padding; the claims are only what main.py passes.
    const QByteArray signingInput =
        base64Url(R"({"typ":"JWT","alg":"HS256"})") + '.' + base64Url(R"({"level":")" + level + R"("})");
    return signingInput + '.' +
           base64Url(QMessageAuthenticationCode::hash(signingInput, kJwtKey, QCryptographicHash::Sha256));
}

// main.py's route map, in its order; a route whose method condition fails lets the next ones try.
std::optional<ZuulRegistryFront::Route> ZuulRegistryFront::route(const QByteArray& method, const QString& path)
{
    static const QRegularExpression uploads(QStringLiteral("^/v2/(.*)/blobs/uploads/$"));
    static const QRegularExpression upload(QStringLiteral("^/v2/(.*)/blobs/uploads/([^/]+)$"));
    static const QRegularExpression manifest(QStringLiteral("^/v2/(.*)/manifests/([^/]+)$"));
    static const QRegularExpression blob(QStringLiteral("^/v2/(.*)/blobs/([^/]+)$"));
    static const QRegularExpression tags(QStringLiteral("^/v2/(.*)/tags/list$"));
    if (path == QLatin1String("/v2/")) {
        return Route{Action::VersionCheck, {}, {}};
    }
    if (const auto match = uploads.match(path); match.hasMatch()) {
        return Route{Action::StartUpload, match.captured(1), {}}; // any method: its route has no condition
    }
    if (const auto match = upload.match(path); match.hasMatch() && (method == "PATCH" || method == "PUT")) {
        return Route{method == "PATCH" ? Action::UploadChunk : Action::FinishUpload, match.captured(1),
                     match.captured(2)};
    }
    if (const auto match = manifest.match(path); match.hasMatch() && method == "PUT") {
        return Route{Action::PutManifest, match.captured(1), match.captured(2)};
    }
    if (const auto match = manifest.match(path); match.hasMatch() && (method == "GET" || method == "HEAD")) {
        return Route{Action::GetManifest, match.captured(1), match.captured(2)};
    }
    if (const auto match = blob.match(path); match.hasMatch() && (method == "HEAD" || method == "GET")) {
        return Route{method == "HEAD" ? Action::HeadBlob : Action::GetBlob, match.captured(1), match.captured(2)};
    }
    if (const auto match = tags.match(path); match.hasMatch() && method == "GET") {
        return Route{Action::GetTags, match.captured(1), {}};
    }
    if (path == QLatin1String("/auth/token")) {
        return Route{Action::Token, {}, {}};
    }
    return std::nullopt;
}

TestResponse ZuulRegistryFront::handle(const TestRequest& request)
{
    const QMutexLocker lock(&m_mutex);
    const QString path = request.path();
    const auto found = route(request.method, path);
    // The authorization tool is on for "/" and off for "/auth", and CherryPy runs it before the handler, so a path
    // no route takes needs a token too (at the default level, read).
    const bool exempt = path == QLatin1String("/auth") || path.startsWith(QLatin1String("/auth/"));
    if (!exempt) {
        const bool writes = found && (found->action == Action::StartUpload || found->action == Action::UploadChunk ||
                                      found->action == Action::FinishUpload || found->action == Action::PutManifest);
        if (auto refusal = refused(request, writes ? Level::Write : Level::Read)) {
            return *refusal;
        }
    }
    if (!found) {
        return errorPage(404, QStringLiteral("The path '%1' was not found.").arg(path));
    }

    const qsizetype queryStart = request.target.indexOf('?');
    const auto query =
        queryStart < 0 ? QList<QPair<QString, QString>>() : formItems(request.target.mid(queryStart + 1));
    const auto form = sendsFormBody(request) ? formItems(request.body) : QList<QPair<QString, QString>>();
    // Parameters become the handler's keyword arguments, overriding the route's. test_callable_spec turns a
    // missing argument into 404, then an unknown query parameter into 404 and an unknown form parameter into 400:
    // a cross-repository mount (mount=, from=) is a 404, not an upload session.
    const QStringList accepted = arguments(found->action);
    const bool digestArgument = found->action == Action::StartUpload || found->action == Action::FinishUpload;
    Route call = *found;
    std::optional<QByteArray> digest;
    QStringList scopes; // token(**kw) takes anything and reads scope
    for (const auto& item : query + form) {
        if (found->action == Action::Token) {
            if (item.first == QLatin1String("scope")) {
                scopes << item.second;
            }
        } else if (item.first == QLatin1String("repository")) {
            call.repository = item.second;
        } else if (item.first == QLatin1String("digest") && digestArgument) {
            digest = item.second.toUtf8();
        } else if (accepted.contains(item.first)) {
            call.last = item.second; // the uuid, ref or blob digest
        }
    }
    if (call.action == Action::FinishUpload && !digest) {
        return errorPage(404);
    }
    const auto unknown = [&](const QPair<QString, QString>& item) {
        return found->action != Action::Token && !accepted.contains(item.first);
    };
    if (std::any_of(query.begin(), query.end(), unknown)) {
        return errorPage(404);
    }
    if (std::any_of(form.begin(), form.end(), unknown)) {
        return errorPage(400);
    }

    switch (call.action) {
    case Action::VersionCheck:
        return versionCheck();
    case Action::StartUpload:
        return startUpload(call);
    case Action::UploadChunk:
        return uploadChunk(call, request.body);
    case Action::FinishUpload:
        return finishUpload(call, request.body, *digest);
    case Action::PutManifest:
        return putManifest(call, request);
    case Action::GetManifest:
        return getManifest(call, request);
    case Action::HeadBlob:
    case Action::GetBlob:
        return serveBlob(request.method, call.last.toUtf8());
    case Action::GetTags:
        return getTags(call);
    case Action::Token:
        return issueToken(request, scopes);
    }
    return errorPage(500);
}

// main.py's handlers' arguments (self aside): the names a request may pass.
QStringList ZuulRegistryFront::arguments(Action action)
{
    switch (action) {
    case Action::VersionCheck:
    case Action::Token: // takes **kw
        break;
    case Action::StartUpload:
        return {QStringLiteral("repository"), QStringLiteral("digest")};
    case Action::UploadChunk:
        return {QStringLiteral("repository"), QStringLiteral("uuid")};
    case Action::FinishUpload:
        return {QStringLiteral("repository"), QStringLiteral("uuid"), QStringLiteral("digest")};
    case Action::PutManifest:
    case Action::GetManifest:
        return {QStringLiteral("repository"), QStringLiteral("ref")};
    case Action::HeadBlob:
    case Action::GetBlob:
        return {QStringLiteral("repository"), QStringLiteral("digest")};
    case Action::GetTags:
        return {QStringLiteral("repository")};
    }
    return {};
}

TestResponse ZuulRegistryFront::blob(const TestRequest& request)
{
    const QMutexLocker lock(&m_mutex);
    const auto found = route(request.method, request.path());
    if (!found || (found->action != Action::HeadBlob && found->action != Action::GetBlob)) {
        return errorPage(404, QStringLiteral("The path '%1' was not found.").arg(request.path()));
    }
    return serveBlob(request.method, found->last.toUtf8());
}

// Authorization.check_auth: a header containing "Bearer" whose second word is a token of the level or of write.
std::optional<TestResponse> ZuulRegistryFront::refused(const TestRequest& request, Level level) const
{
    const QByteArray header = request.header("Authorization");
    if (!header.contains("Bearer")) {
        return unauthorized(); // Basic credentials included: only /auth/token reads them
    }
    const QList<QByteArray> words = header.simplified().split(' ');
    const auto claims = words.size() < 2 ? std::nullopt : verifiedClaims(words[1]);
    if (!claims) {
        return errorPage(500); // the uncaught IndexError or PyJWT error
    }
    const QString granted = claims->value(QStringLiteral("level")).toString();
    if (granted == QLatin1String("write") || (level == Level::Read && granted == QLatin1String("read"))) {
        return std::nullopt;
    }
    return unauthorized();
}

TestResponse ZuulRegistryFront::unauthorized() const
{
    return errorPage(401, QStringLiteral("Authentication required"))
        .withHeader("Www-Authenticate", "Bearer realm=\"" + m_publicUrl.toEncoded() + "/auth/token\"");
}

TestResponse ZuulRegistryFront::versionCheck()
{
    // The Distribution-API-Version header main.py means to add comes after its return: it is never sent.
    return TestResponse::text(200, R"({"version": "1.0"})", kJson);
}

// Authorization.token: push in any repository scope asks for write, pull alone for read, no scope for write (a
// login check). Only write checks the credentials; read is granted to anyone.
TestResponse ZuulRegistryFront::issueToken(const TestRequest& request, const QStringList& scopes) const
{
    // One value is split at spaces; repeated parameters arrive as a list and are not.
    const QStringList each = scopes.size() == 1 ? scopes.first().split(QLatin1Char(' ')) : scopes;
    std::optional<Level> level;
    for (const auto& scope : each) {
        const QStringList parts = scope.split(QLatin1Char(':'));
        if (parts.first() != QLatin1String("repository")) {
            continue;
        }
        if (parts.size() < 3) {
            return errorPage(500); // IndexError on parts[2]
        }
        if (parts[2].contains(QLatin1String("push"))) {
            level = Level::Write;
        }
        if (parts[2].contains(QLatin1String("pull")) && !level) {
            level = Level::Read;
        }
    }
    if (level.value_or(Level::Write) == Level::Write) {
        const QByteArray header = request.header("Authorization");
        if (!header.contains("Basic")) {
            return unauthorized();
        }
        const QList<QByteArray> words = header.simplified().split(' ');
        const QString credentials = words.size() < 2 ? QString() : QString::fromUtf8(QByteArray::fromBase64(words[1]));
        const qsizetype colon = credentials.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            return errorPage(500); // the unpacking of cred.split(':', 1) fails
        }
        if (credentials.left(colon) != m_user || credentials.mid(colon + 1) != m_password) {
            return unauthorized();
        }
    }
    const QByteArray jwt = token(level.value_or(Level::Write) == Level::Write ? "write" : "read");
    return TestResponse::text(200,
                              R"({"token": )" + jsonString(QString::fromLatin1(jwt)) + R"(, "access_token": )" +
                                  jsonString(QString::fromLatin1(jwt)) + "}",
                              kJson);
}

TestResponse ZuulRegistryFront::startUpload(const Route& route)
{
    const QByteArray uuid = QUuid::createUuid().toByteArray(QUuid::Id128); // uuid4().hex
    m_uploads.insert(QString::fromLatin1(uuid), {});
    return emptyAnswer(202)
        .withHeader("Location", "/v2/" + route.repository.toUtf8() + "/blobs/uploads/" + uuid)
        .withHeader("Docker-Upload-Uuid", uuid)
        .withHeader("Range", "0-0");
}

TestResponse ZuulRegistryFront::uploadChunk(const Route& route, const QByteArray& body)
{
    const auto upload = m_uploads.find(route.last);
    if (upload == m_uploads.end()) {
        return errorPage(500); // storage finds no upload record and fails on None
    }
    *upload += body;
    // The end is the length so far, one past registry:2's inclusive end.
    return emptyAnswer(204)
        .withHeader("Location", "/v2/" + route.repository.toUtf8() + "/blobs/uploads/" + route.last.toUtf8())
        .withHeader("Docker-Upload-Uuid", route.last.toUtf8())
        .withHeader("Range", "0-" + QByteArray::number(upload->size()));
}

// The PUT's body is one more chunk; a digest that does not match raises (500) and leaves the upload open, that
// chunk kept.
TestResponse ZuulRegistryFront::finishUpload(const Route& route, const QByteArray& body, const QByteArray& digest)
{
    const auto upload = m_uploads.find(route.last);
    if (upload == m_uploads.end()) {
        return errorPage(500);
    }
    const qsizetype before = upload->size();
    *upload += body;
    if (digest != TestImage::digestOf(*upload).toLatin1()) {
        return errorPage(500);
    }
    const QByteArray data = *upload;
    m_uploads.erase(upload);
    if (!storeInBackend(route.repository, digest, data)) {
        return errorPage(500);
    }
    m_blobs.insert(digest, Blob{{}, route.repository, data.size()});
    return emptyAnswer(201)
        .withHeader("Location", "/v2/" + route.repository.toUtf8() + "/blobs/" + digest)
        .withHeader("Docker-Content-Digest", digest)
        .withHeader("Content-Range", QByteArray::number(before) + '-' + QByteArray::number(data.size()));
}

// No check of the body at all: any bytes under any Content-Type, kept as a blob and recorded in the tag's record
// (ref may be a digest; it is then a "tag" like any other).
TestResponse ZuulRegistryFront::putManifest(const Route& route, const TestRequest& request)
{
    if (!request.hasHeader("Content-Type")) {
        return errorPage(500); // KeyError
    }
    const QByteArray contentType = request.header("Content-Type");
    const QByteArray digest = TestImage::digestOf(request.body).toLatin1();
    m_blobs.insert(digest, Blob{request.body, {}, request.body.size()});
    auto& tags = m_tags[route.repository];
    auto tag = std::find_if(tags.begin(), tags.end(), [&route](const Tag& t) { return t.name == route.last; });
    if (tag == tags.end()) {
        tags << Tag{route.last, {}};
        tag = tags.end() - 1;
    }
    auto type = std::find_if(tag->digestByType.begin(), tag->digestByType.end(),
                             [&contentType](const auto& entry) { return entry.first == contentType; });
    if (type == tag->digestByType.end()) {
        tag->digestByType << qMakePair(contentType, digest);
    } else {
        type->second = digest;
    }
    return emptyAnswer(201)
        .withHeader("Location", "/v2/" + route.repository.toUtf8() + "/manifests/" + route.last.toUtf8())
        .withHeader("Docker-Content-Digest", digest);
}

// HEAD answers like GET without the digest (zuul-registry left it out for Buildkit) and with an empty body, so
// Content-Length 0.
TestResponse ZuulRegistryFront::getManifest(const Route& route, const TestRequest& request) const
{
    const bool head = request.method == "HEAD";
    if (route.last.startsWith(QLatin1String("sha256:"))) {
        const auto bytes = readBlob(route.last.toUtf8());
        if (!bytes) {
            return errorPage(404);
        }
        // The type is the manifest's own mediaType field; without one (or without JSON) the lookup raises.
        const auto json = QJsonDocument::fromJson(*bytes);
        const QJsonValue mediaType = json.object().value(QStringLiteral("mediaType"));
        if (!json.isObject() || !mediaType.isString()) {
            return errorPage(500);
        }
        auto response = TestResponse::text(200, head ? QByteArray() : *bytes, mediaType.toString().toUtf8());
        return head ? response : response.withHeader("Docker-Content-Digest", route.last.toUtf8());
    }
    if (!request.hasHeader("Accept")) {
        return errorPage(500); // KeyError
    }
    const auto tags = m_tags.value(route.repository);
    const auto tag =
        std::find_if(tags.begin(), tags.end(), [&route](const Tag& candidate) { return candidate.name == route.last; });
    // The client's order decides, each type compared whole: parameters such as ";q=0.5" make it match nothing.
    for (const QByteArray& part : request.header("Accept").split(',')) {
        const QByteArray type = part.trimmed();
        if (tag == tags.end()) {
            break;
        }
        const auto entry = std::find_if(tag->digestByType.begin(), tag->digestByType.end(),
                                        [&type](const auto& candidate) { return candidate.first == type; });
        if (entry == tag->digestByType.end()) {
            continue;
        }
        const auto bytes = readBlob(entry->second);
        if (!bytes || bytes->isEmpty()) {
            return errorPage(404);
        }
        auto response = TestResponse::text(200, head ? QByteArray() : *bytes, type);
        return head ? response : response.withHeader("Docker-Content-Digest", entry->second);
    }
    return errorPage(404);
}

// The filesystem driver lists the tag record files of repos/<name>/manifests: none for a repository never pushed,
// so an empty list rather than an error. It lists in directory order; here, in the order first pushed.
TestResponse ZuulRegistryFront::getTags(const Route& route) const
{
    QByteArrayList names;
    for (const auto& tag : m_tags.value(route.repository)) {
        names << jsonString(tag.name);
    }
    return TestResponse::text(
        200, R"({"name": )" + jsonString(route.repository) + R"(, "tags": [)" + names.join(", ") + "]}", kJson);
}

TestResponse ZuulRegistryFront::serveBlob(const QByteArray& method, const QByteArray& digest) const
{
    const auto blob = m_blobs.constFind(digest);
    if (blob == m_blobs.constEnd()) {
        return errorPage(404);
    }
    if (method == "HEAD") {
        return emptyAnswer(200)
            .withHeader("Docker-Content-Digest", digest)
            .withHeader("Content-Length", QByteArray::number(blob->size));
    }
    const auto bytes = readBlob(digest);
    if (!bytes) {
        return errorPage(404);
    }
    return TestResponse::text(200, *bytes, kHtml).withHeader("Docker-Content-Digest", digest);
}

std::optional<QByteArray> ZuulRegistryFront::readBlob(const QByteArray& digest) const
{
    const auto blob = m_blobs.constFind(digest);
    if (blob == m_blobs.constEnd()) {
        return std::nullopt;
    }
    if (blob->repository.isEmpty()) {
        return blob->bytes;
    }
    const auto reply = TestHttpClient().request(
        "GET",
        QUrl(m_backend.toString() +
             QStringLiteral("/v2/%1/blobs/%2").arg(blob->repository, QString::fromLatin1(digest))),
        {{"Authorization", backendAuthorization()}}, {}, 60'000);
    return reply.status == 200 ? std::optional(reply.body) : std::nullopt;
}

// One monolithic upload into registry:2, under the repository the client uploaded to.
bool ZuulRegistryFront::storeInBackend(const QString& repository, const QByteArray& digest,
                                       const QByteArray& data) const
{
    const TestHttpClient http;
    const TestHttpClient::Headers auth{{"Authorization", backendAuthorization()}};
    const auto started = http.request(
        "POST", QUrl(m_backend.toString() + QStringLiteral("/v2/%1/blobs/uploads/").arg(repository)), auth);
    if (started.status != 202) {
        return false;
    }
    QUrl location = m_backend.resolved(QUrl::fromEncoded(started.header("Location")));
    QUrlQuery query(location);
    query.addQueryItem(QStringLiteral("digest"), QString::fromLatin1(digest));
    location.setQuery(query);
    const auto finished = http.request(
        "PUT", location, auth + TestHttpClient::Headers{{"Content-Type", "application/octet-stream"}}, data, 60'000);
    return finished.status == 201;
}

QByteArray ZuulRegistryFront::backendAuthorization() const
{
    return TestHttpClient::basicAuthorization(m_user, m_password);
}
