#include "Reference.h"

#include <algorithm>

#include <QRegularExpression>

namespace {

constexpr int kMaxNameLength = 255;

bool fail(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return false;
}

} // namespace

bool Reference::isValidRepositoryPath(const QString& path)
{
    static const QRegularExpression pathRe(
        QStringLiteral("^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*)*\\z"));
    return !path.isEmpty() && path.size() <= kMaxNameLength && pathRe.match(path).hasMatch();
}

bool Reference::isValidTag(const QString& tag)
{
    static const QRegularExpression tagRe(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}\\z"));
    return tagRe.match(tag).hasMatch();
}

std::optional<Reference> Reference::parse(const QString& text, QString* error)
{
    return parseImpl(text, false, error);
}

std::optional<Reference> Reference::parseRepository(const QString& text, QString* error)
{
    return parseImpl(text, true, error);
}

std::optional<Reference> Reference::parseImpl(const QString& text, bool repositoryOnly, QString* error)
{
    auto invalid = [&](const QString& why) {
        fail(error, tr("invalid image reference \"%1\": %2").arg(text, why));
        return std::nullopt;
    };
    QString rest = text.trimmed();
    bool plainHttp = false;
    bool schemeGiven = false;
    if (rest.startsWith(QLatin1String("http://")) || rest.startsWith(QLatin1String("https://"))) {
        plainHttp = rest.startsWith(QLatin1String("http://"));
        rest = rest.mid(plainHttp ? 7 : 8);
        schemeGiven = true;
    }
    if (rest.isEmpty()) {
        return invalid(tr("it is empty"));
    }
    if (std::any_of(rest.begin(), rest.end(),
                    [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; })) {
        return invalid(tr("it contains white space or control characters"));
    }

    Reference ref;
    const auto at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        if (repositoryOnly) {
            return invalid(tr("a repository name takes no digest"));
        }
        const auto digest = Digest::parse(rest.mid(at + 1));
        if (!digest) {
            return invalid(tr("the digest must be sha256:<64 hex> or sha512:<128 hex>"));
        }
        ref.m_digest = *digest;
        rest = rest.left(at);
    }

    // The tag separator is a ':' after the last '/', so "host:5000/app" has no tag.
    const auto lastSlash = rest.lastIndexOf(QLatin1Char('/'));
    const auto tagColon = rest.indexOf(QLatin1Char(':'), lastSlash + 1);
    if (tagColon >= 0 && !(lastSlash < 0 && rest.startsWith(QLatin1Char('[')))) {
        if (repositoryOnly) {
            return invalid(tr("a repository name takes no tag"));
        }
        ref.m_tag = rest.mid(tagColon + 1);
        rest = rest.left(tagColon);
        if (!isValidTag(ref.m_tag)) {
            return invalid(
                tr("the tag \"%1\" is not valid (letters, digits, '_', '.', '-'; at most 128)").arg(ref.m_tag));
        }
    }

    // The first component is a registry when it looks like a host; a scheme prefix forces one.
    const auto firstSlash = rest.indexOf(QLatin1Char('/'));
    QString registryText;
    QString path = rest;
    if (firstSlash > 0) {
        const auto first = rest.left(firstSlash);
        if (looksLikeRegistry(first) || schemeGiven) {
            registryText = first;
            path = rest.mid(firstSlash + 1);
        }
    } else if (schemeGiven) {
        return invalid(tr("a registry given with http:// or https:// needs a repository after it"));
    }

    if (registryText.isEmpty()) {
        ref.m_registry = RegistryAddress::dockerHub();
    } else {
        const auto address =
            RegistryAddress::parse(plainHttp ? QStringLiteral("http://") + registryText : registryText);
        if (!address) {
            return invalid(tr("\"%1\" is not a valid registry host[:port]").arg(registryText));
        }
        ref.m_registry = *address;
    }
    if (ref.m_registry.isDockerHub() && !path.contains(QLatin1Char('/'))) {
        path = QStringLiteral("library/") + path;
    }
    if (!isValidRepositoryPath(path)) {
        return invalid(tr("the repository \"%1\" is not valid (lower-case letters, digits and separators . _ __ - "
                          "between components)")
                           .arg(path));
    }
    ref.m_repository = path;
    if (!repositoryOnly && ref.m_tag.isEmpty() && !ref.m_digest.isValid()) {
        ref.m_tag = QStringLiteral("latest");
    }
    return ref;
}

QString Reference::manifestReference() const
{
    return m_digest.isValid() ? m_digest.toString() : m_tag;
}

Reference Reference::withTag(const QString& tag) const
{
    Reference copy = *this;
    copy.m_tag = tag;
    copy.m_digest = {};
    return copy;
}

Reference Reference::withDigest(const Digest& digest) const
{
    Reference copy = *this;
    copy.m_digest = digest;
    return copy;
}

Reference Reference::repositoryOnly() const
{
    Reference copy = *this;
    copy.m_tag.clear();
    copy.m_digest = {};
    return copy;
}

QString Reference::repositoryName() const
{
    // A dotless host without a port ("Registry/app", recognised by its upper case) prints in lower case, which
    // would read back as a Docker Hub repository: the scheme keeps it a host.
    auto registry = m_registry.displayName();
    const auto host = m_registry.host();
    if (!m_registry.isDockerHub() && !m_registry.isPlainHttp() && m_registry.port() < 0 &&
        !host.contains(QLatin1Char('.')) && !host.contains(QLatin1Char(':')) && host != QLatin1String("localhost")) {
        registry.prepend(QStringLiteral("https://"));
    }
    return registry + QLatin1Char('/') + m_repository;
}

QString Reference::toString() const
{
    QString text = repositoryName();
    if (!m_tag.isEmpty()) {
        text += QLatin1Char(':') + m_tag;
    }
    if (m_digest.isValid()) {
        text += QLatin1Char('@') + m_digest.toString();
    }
    return text;
}

bool Reference::looksLikeRegistry(const QString& first)
{
    return first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) ||
           first == QLatin1String("localhost") || first != first.toLower() || first.startsWith(QLatin1Char('['));
}
