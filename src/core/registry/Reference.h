#pragma once

#include "Digest.h"
#include "RegistryAddress.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// An image reference in the docker grammar: [host[:port]/]path[:tag][@digest].
// Without a host the image is on Docker Hub, and one-part names get "library/".
// Without tag or digest the tag is "latest".
class Reference
{
    Q_DECLARE_TR_FUNCTIONS(Reference)
public:
    Reference() = default;
    static std::optional<Reference> parse(const QString& text, QString* error = nullptr);
    // A repository name alone (no tag or digest allowed), e.g. for `tags REPOSITORY`.
    static std::optional<Reference> parseRepository(const QString& text, QString* error = nullptr);
    static bool isValidRepositoryPath(const QString& path);
    static bool isValidTag(const QString& tag);
    // The docker rule for the first component of a name: a registry when it looks like a host (has a '.' or ':',
    // is "localhost", has upper case, or is bracketed IPv6), else the start of a Docker Hub repository path.
    static bool looksLikeRegistry(const QString& firstComponent);

    bool isValid() const { return m_registry.isValid() && !m_repository.isEmpty(); }
    const RegistryAddress& registry() const { return m_registry; }
    QString repository() const { return m_repository; }
    QString tag() const { return m_tag; }
    const Digest& digest() const { return m_digest; }
    bool hasDigest() const { return m_digest.isValid(); }

    // What to put after /manifests/: the digest when there is one, else the tag.
    QString manifestReference() const;
    Reference withTag(const QString& tag) const;
    Reference withDigest(const Digest& digest) const;
    Reference repositoryOnly() const;

    // The familiar form: "docker.io/library/alpine:3", "127.0.0.1:5000/zuul/app@sha256:…".
    QString toString() const;
    QString repositoryName() const; // registry/repository without tag or digest

    bool operator==(const Reference& other) const = default;

private:
    static std::optional<Reference> parseImpl(const QString& text, bool repositoryOnly, QString* error);

    RegistryAddress m_registry;
    QString m_repository;
    QString m_tag;
    Digest m_digest;
};
