#include "RegistryAddress.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {

const QString kDockerHubApiHost = QStringLiteral("registry-1.docker.io");

bool isDockerHubAlias(const QString& host)
{
    return host == QLatin1String("docker.io") || host == QLatin1String("index.docker.io") || host == kDockerHubApiHost;
}

struct SplitHost
{
    QString host;
    int port = -1;
    bool ok = false;
};

SplitHost splitHostPort(const QString& text)
{
    static const QRegularExpression dnsName(
        QStringLiteral("^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
                       "(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\z"));
    SplitHost split;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const auto close = text.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return split;
        }
        split.host = text.mid(1, close - 1);
        const auto rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':'))) {
                return split;
            }
            portText = rest.mid(1);
        }
        QHostAddress address;
        if (!address.setAddress(split.host) || address.protocol() != QAbstractSocket::IPv6Protocol) {
            return split;
        }
    } else {
        const auto colon = text.indexOf(QLatin1Char(':'));
        split.host = colon < 0 ? text : text.left(colon);
        if (colon >= 0) {
            portText = text.mid(colon + 1);
        }
        if (!dnsName.match(split.host).hasMatch()) {
            return split;
        }
    }
    if (!portText.isNull()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}\\z"));
        if (!ok || !digits.match(portText).hasMatch() || port < 1 || port > 65535) {
            return split;
        }
        split.port = port;
    }
    split.ok = text.size() <= 255;
    return split;
}

} // namespace

bool RegistryAddress::isValidHostPort(const QString& hostPort)
{
    return splitHostPort(hostPort).ok;
}

std::optional<RegistryAddress> RegistryAddress::parse(const QString& text, QString* error)
{
    QString rest = text.trimmed();
    RegistryAddress address;
    if (rest.startsWith(QLatin1String("http://"))) {
        address.m_plainHttp = true;
        rest = rest.mid(7);
    } else if (rest.startsWith(QLatin1String("https://"))) {
        rest = rest.mid(8);
    }
    while (rest.endsWith(QLatin1Char('/'))) {
        rest.chop(1);
    }
    const auto split = splitHostPort(rest);
    if (rest.isEmpty() || !split.ok) {
        if (error) {
            *error = tr("invalid registry \"%1\": expected host[:port], [ipv6]:port or http://host:port").arg(text);
        }
        return std::nullopt;
    }
    address.m_host = split.host.toLower();
    address.m_port = split.port;
    if (isDockerHubAlias(address.m_host) && address.m_port < 0) {
        address.m_host = kDockerHubApiHost;
    }
    return address;
}

RegistryAddress RegistryAddress::dockerHub()
{
    RegistryAddress address;
    address.m_host = kDockerHubApiHost;
    return address;
}

bool RegistryAddress::isDockerHub() const
{
    return m_host == kDockerHubApiHost && m_port < 0 && !m_plainHttp;
}

QString RegistryAddress::hostPort() const
{
    const bool ipv6 = m_host.contains(QLatin1Char(':'));
    QString text = ipv6 ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    if (m_port >= 0) {
        text += QLatin1Char(':') + QString::number(m_port);
    }
    return text;
}

QUrl RegistryAddress::baseUrl() const
{
    QUrl url;
    url.setScheme(m_plainHttp ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(m_host);
    url.setPort(m_port);
    return url;
}

QString RegistryAddress::displayName() const
{
    if (isDockerHub()) {
        return QStringLiteral("docker.io");
    }
    return m_plainHttp ? QStringLiteral("http://") + hostPort() : hostPort();
}
