#include "TlsProbe.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

TlsProbe::TlsProbe(const QString& host, quint16 port, const QByteArray& caPem, QObject* parent)
    : Job(parent)
    , m_host(host)
    , m_port(port)
    , m_caPem(caPem)
    , m_socket(new QSslSocket(this))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        m_result.problems
            << tr("%1:%2 did not complete a TLS handshake within %3 s").arg(m_host).arg(m_port).arg(kTimeoutMs / 1000);
        done();
    });
}

TlsProbe::~TlsProbe()
{
    // Aborting emits disconnected(): nothing of this half-destroyed object may run then.
    m_socket->disconnect(this);
    m_socket->abort();
}

QString TlsProbe::describe(const QSslError& error) const
{
    const auto certificate = error.certificate();
    switch (error.error()) {
    case QSslError::HostNameMismatch: {
        QStringList names;
        const auto alternatives = certificate.subjectAlternativeNames();
        for (auto it = alternatives.begin(); it != alternatives.end(); ++it) {
            names << it.value();
        }
        if (names.isEmpty()) {
            names = certificate.subjectInfo(QSslCertificate::CommonName);
        }
        return tr("wrong host: the certificate is for %1, not %2").arg(names.join(QLatin1String(", ")), m_host);
    }
    case QSslError::CertificateExpired:
        return tr("expired: the certificate expired on %1").arg(certificate.expiryDate().toUTC().toString(Qt::ISODate));
    case QSslError::CertificateNotYetValid:
        return tr("not yet valid: the certificate is valid from %1")
            .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate));
    case QSslError::SelfSignedCertificate:
        return tr("self-signed: the certificate signs itself and is not the trusted CA");
    case QSslError::SelfSignedCertificateInChain:
        return tr("untrusted root: the chain ends in a self-signed CA that is not trusted");
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::UnableToGetIssuerCertificate:
        return tr("unknown issuer: the certificate was not issued by a trusted CA");
    case QSslError::InvalidPurpose:
        return tr("wrong usage: the certificate is not for TLS servers");
    default:
        return error.errorString();
    }
}

void TlsProbe::run()
{
    auto config = QSslConfiguration::defaultConfiguration();
    if (!m_caPem.isEmpty()) {
        config.setCaCertificates(QSslCertificate::fromData(m_caPem, QSsl::Pem));
    }
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(m_host);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const auto& error : errors) {
            const auto text = describe(error);
            if (!m_result.problems.contains(text)) {
                m_result.problems << text;
            }
        }
        // Finish the handshake anyway, to show the chain that was presented; nothing is sent over it.
        m_socket->ignoreSslErrors();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this]() {
        m_result.connected = true;
        m_result.verified = m_result.problems.isEmpty();
        switch (m_socket->sessionProtocol()) {
        case QSsl::TlsV1_3:
            m_result.protocol = QStringLiteral("TLS 1.3");
            break;
        case QSsl::TlsV1_2:
            m_result.protocol = QStringLiteral("TLS 1.2");
            break;
        default:
            m_result.protocol = tr("older than TLS 1.2");
            break;
        }
        m_result.cipher = m_socket->sessionCipher().name();
        QByteArray pem;
        for (const auto& certificate : m_socket->peerCertificateChain()) {
            pem += certificate.toPem();
        }
        if (const auto chain = CertificateInfo::readChain(pem, nullptr)) {
            m_result.chain = *chain;
            m_result.expiryWarnings = CertificateInfo::expiryWarnings(*chain);
        }
        done();
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (!m_result.connected) {
            m_result.problems << tr("cannot connect to %1:%2: %3").arg(m_host).arg(m_port).arg(m_socket->errorString());
            done();
        }
    });
    m_timeout.start(kTimeoutMs);
    m_socket->connectToHostEncrypted(m_host, m_port);
}

void TlsProbe::onCancel()
{
    release();
}

void TlsProbe::release()
{
    m_timeout.stop();
    m_socket->disconnect(this);
    m_socket->abort();
}

// What the probe saw is its result, whatever it was: the job itself only fails when cancelled.
void TlsProbe::done()
{
    if (!isFinished()) {
        release();
        finish();
    }
}
