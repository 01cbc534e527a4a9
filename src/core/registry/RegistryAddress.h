#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

// Where a registry is: "host[:port]" (https), "[::1]:5000", or "http://host:port" for the only case
// in which plain HTTP is used: when the user says so explicitly. Docker Hub's aliases collapse to
// registry-1.docker.io, the host its API is served from.
class RegistryAddress
{
    Q_DECLARE_TR_FUNCTIONS(RegistryAddress)
public:
    RegistryAddress() = default;
    static std::optional<RegistryAddress> parse(const QString& text, QString* error = nullptr);
    static RegistryAddress dockerHub();

    bool isValid() const { return !m_host.isEmpty(); }
    QString host() const { return m_host; } // without IPv6 brackets
    int port() const { return m_port; }     // -1 when not given
    bool isPlainHttp() const { return m_plainHttp; }
    bool isDockerHub() const;

    // "host:port" as used in certs.d directories, auth.json keys and references ("[::1]:5000").
    QString hostPort() const;
    // The origin of the API: https://host[:port] (or http:// when explicitly asked).
    QUrl baseUrl() const;
    // How to name the registry to a person ("127.0.0.1:5000", "docker.io").
    QString displayName() const;

    bool operator==(const RegistryAddress& other) const = default;

    // Checks host syntax: DNS name, IPv4 or bracketed IPv6, optional port. Used by Reference too.
    static bool isValidHostPort(const QString& hostPort);

private:
    QString m_host;
    int m_port = -1;
    bool m_plainHttp = false;
};
