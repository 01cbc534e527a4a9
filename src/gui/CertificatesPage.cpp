#include "CertificatesPage.h"

#include "ui_CertificatesPage.h"

#include "admin/TlsProbe.h"
#include "registry/RegistryAddress.h"
#include "util/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(4 * 1024 * 1024) : QByteArray();
}

using IssueResult = std::pair<std::optional<CertificateFactory::Issued>, QString>;

} // namespace

CertificatesPage::CertificatesPage(QWidget* parent)
    : WindowPage(parent)
    , m_ui(std::make_unique<Ui::CertificatesPage>())
{
    m_ui->setupUi(this);
    m_ui->certificateDetailsView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->keyTypeCombo->addItem(tr("EC P-256"), int(CertificateFactory::KeyType::EcP256));
    m_ui->keyTypeCombo->addItem(tr("RSA 2048"), int(CertificateFactory::KeyType::Rsa2048));
    m_ui->keyTypeCombo->addItem(tr("RSA 3072"), int(CertificateFactory::KeyType::Rsa3072));
    m_ui->keyTypeCombo->addItem(tr("RSA 4096"), int(CertificateFactory::KeyType::Rsa4096));
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this]() {
        const auto dir =
            QFileDialog::getExistingDirectory(this, tr("Certificate directory"), m_ui->outputDirEdit->text());
        if (!dir.isEmpty()) {
            setDirectory(dir);
        }
    });
    connect(m_ui->createCaButton, &QPushButton::clicked, this, &CertificatesPage::createCa);
    connect(m_ui->createServerButton, &QPushButton::clicked, this, &CertificatesPage::createServer);
    connect(m_ui->inspectButton, &QPushButton::clicked, this, &CertificatesPage::inspect);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this]() {
        const auto certificate = QFileDialog::getOpenFileName(this, tr("Server certificate (PEM)"));
        const auto key =
            certificate.isEmpty() ? QString() : QFileDialog::getOpenFileName(this, tr("Its private key (PEM)"));
        const auto chain =
            key.isEmpty() ? QString() : QFileDialog::getOpenFileName(this, tr("Intermediate chain (PEM, optional)"));
        if (!key.isEmpty()) {
            importServer(certificate, key, chain);
        }
    });
    connect(m_ui->probeButton, &QPushButton::clicked, this, &CertificatesPage::probe);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CertificatesPage::exportForClients);
}

CertificatesPage::~CertificatesPage() = default;

void CertificatesPage::setContext(const PageContext& context)
{
    if (!context.settings->pkiDir.isEmpty()) {
        setDirectory(context.settings->pkiDir);
    }
}

void CertificatesPage::setDirectory(const QString& dir)
{
    m_ui->outputDirEdit->setText(dir);
    if (QFile::exists(path(QStringLiteral("domain.crt")))) {
        inspect();
    }
}

QString CertificatesPage::path(const QString& name) const
{
    return QDir(m_ui->outputDirEdit->text()).filePath(name);
}

void CertificatesPage::showMessage(const QString& text, bool isError)
{
    m_ui->certificatesMessageBar->setText(text);
    m_ui->certificatesMessageBar->setStyleSheet(isError
                                                    ? QStringLiteral("background:#fde7e9;color:#8a1c1c;padding:6px")
                                                    : QStringLiteral("background:#e7f0fd;color:#1c3f8a;padding:6px"));
    m_ui->certificatesMessageBar->setVisible(!text.isEmpty());
}

void CertificatesPage::setBusy(bool busy)
{
    m_busy = busy;
    for (auto* button : {m_ui->createCaButton, m_ui->createServerButton, m_ui->probeButton}) {
        button->setEnabled(!busy);
    }
}

bool CertificatesPage::writeIssued(const QString& base, const QByteArray& certificate, const QByteArray& key)
{
    QString error;
    const auto publicMode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (!AtomicFile::write(path(base + QStringLiteral(".crt")), certificate, publicMode, &error) ||
        !AtomicFile::write(path(base + QStringLiteral(".key")), key, QFileDevice::ReadOwner | QFileDevice::WriteOwner,
                           &error)) {
        showMessage(error, true);
        return false;
    }
    return true;
}

void CertificatesPage::createCa()
{
    if (m_ui->outputDirEdit->text().isEmpty()) {
        showMessage(tr("Choose a directory first."), true);
        return;
    }
    if (QFile::exists(path(QStringLiteral("ca.key")))) {
        showMessage(
            tr("%1 already has a CA; choose another directory to keep it safe.").arg(m_ui->outputDirEdit->text()),
            true);
        return;
    }
    CertificateFactory::Request request;
    request.commonName = m_ui->caNameEdit->text();
    request.keyType = static_cast<CertificateFactory::KeyType>(m_ui->keyTypeCombo->currentData().toInt());
    request.days = m_ui->caDaysSpin->value();
    issueInBackground(
        [request](QString* error) { return CertificateFactory::createCa(request, error); },
        [this](const CertificateFactory::Issued& issued) {
            if (writeIssued(QStringLiteral("ca"), issued.certificatePem, issued.keyPem)) {
                showMessage(tr("Created ca.crt and ca.key (0600) in %1.").arg(m_ui->outputDirEdit->text()), false);
                showChain(*CertificateInfo::readChain(issued.certificatePem, nullptr), {});
            }
        });
}

void CertificatesPage::createServer()
{
    const auto caPem = readFile(path(QStringLiteral("ca.crt")));
    const auto caKey = readFile(path(QStringLiteral("ca.key")));
    if (caPem.isEmpty() || caKey.isEmpty()) {
        showMessage(tr("The directory needs ca.crt and ca.key: create or import a CA first."), true);
        return;
    }
    CertificateFactory::Request request;
    request.subjectAltNames =
        m_ui->sanList->toPlainText().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    request.keyType = static_cast<CertificateFactory::KeyType>(m_ui->keyTypeCombo->currentData().toInt());
    request.days = m_ui->serverDaysSpin->value();
    issueInBackground([request, caPem, caKey](
                          QString* error) { return CertificateFactory::createServer(request, caPem, caKey, error); },
                      [this, caPem](const CertificateFactory::Issued& issued) {
                          if (writeIssued(QStringLiteral("domain"), issued.certificatePem + caPem, issued.keyPem)) {
                              showMessage(tr("Created domain.crt (with the CA) and domain.key (0600) in %1.")
                                              .arg(m_ui->outputDirEdit->text()),
                                          false);
                              inspect();
                          }
                      });
}

void CertificatesPage::issueInBackground(std::function<std::optional<CertificateFactory::Issued>(QString*)> issue,
                                         std::function<void(const CertificateFactory::Issued&)> done)
{
    // Key generation (RSA above all) takes long enough to freeze a window: it runs on the thread pool.
    auto* watcher = new QFutureWatcher<IssueResult>(this);
    connect(watcher, &QFutureWatcher<IssueResult>::finished, this, [this, watcher, done]() {
        watcher->deleteLater();
        setBusy(false);
        const auto [issued, error] = watcher->result();
        if (!issued) {
            showMessage(error, true);
            return;
        }
        done(*issued);
    });
    setBusy(true);
    watcher->setFuture(QtConcurrent::run([issue]() {
        QString error;
        auto issued = issue(&error);
        return IssueResult{issued, error};
    }));
}

void CertificatesPage::importServer(const QString& certificateFile, const QString& keyFile, const QString& chainFile)
{
    if (m_ui->outputDirEdit->text().isEmpty()) {
        showMessage(tr("Choose a directory first."), true);
        return;
    }
    QString error;
    const auto full = CertificateInfo::assembleServerChain(
        readFile(certificateFile), readFile(keyFile), chainFile.isEmpty() ? QByteArray() : readFile(chainFile), &error);
    if (!full) {
        showMessage(tr("Not imported: %1").arg(error), true);
        return;
    }
    if (writeIssued(QStringLiteral("domain"), *full, readFile(keyFile))) {
        showMessage(tr("Imported domain.crt and domain.key (0600) into %1.").arg(m_ui->outputDirEdit->text()), false);
        inspect();
    }
}

void CertificatesPage::showChain(const QList<CertificateInfo::Details>& chain, const QStringList& notes)
{
    QString text;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const auto& d = chain[i];
        text += tr("Certificate %1%2\n").arg(i + 1).arg(d.isCa ? tr(" (CA)") : QString());
        text += tr("  Subject:  %1\n  Issuer:   %2\n").arg(d.subject, d.issuer);
        if (!d.subjectAltNames.isEmpty()) {
            text += tr("  Names:    %1\n").arg(d.subjectAltNames.join(QLatin1String(", ")));
        }
        text += tr("  Valid:    %1 to %2\n  Key:      %3\n  SHA-256:  %4\n\n")
                    .arg(d.notBefore.toString(Qt::ISODate), d.notAfter.toString(Qt::ISODate), d.keyType,
                         d.sha256Fingerprint);
    }
    for (const auto& note : notes) {
        text += note + QLatin1Char('\n');
    }
    m_ui->certificateDetailsView->setPlainText(text);
    const auto warnings = CertificateInfo::expiryWarnings(chain);
    m_ui->expiryBadge->setText(warnings.isEmpty() ? tr("valid") : tr("expiring or expired"));
    m_ui->expiryBadge->setToolTip(warnings.join(QLatin1Char('\n')));
    m_ui->expiryBadge->setStyleSheet(warnings.isEmpty()
                                         ? QStringLiteral("background:#e3f6e8;color:#1b5e20;padding:3px")
                                         : QStringLiteral("background:#fff4e0;color:#8a4b00;padding:3px"));
}

void CertificatesPage::inspect()
{
    const auto pem = readFile(path(QStringLiteral("domain.crt")));
    QString error;
    const auto chain = CertificateInfo::readChain(pem, &error);
    if (!chain) {
        showMessage(tr("domain.crt: %1").arg(error), true);
        return;
    }
    QStringList notes = CertificateInfo::chainProblems(*chain);
    const auto key = readFile(path(QStringLiteral("domain.key")));
    if (!key.isEmpty() && !CertificateInfo::keyMatches(pem, key, &error)) {
        notes << tr("domain.key: %1").arg(error);
    }
    const auto ca = readFile(path(QStringLiteral("ca.crt")));
    if (!ca.isEmpty() && !CertificateInfo::verify(pem, ca, QString(), &error)) {
        notes << tr("verification against ca.crt: %1").arg(error);
    }
    if (notes.isEmpty()) {
        notes << (ca.isEmpty() ? tr("Key and chain order are in order (no ca.crt here to check the signature against).")
                               : tr("Key, chain order and CA signature are in order."));
    }
    showChain(*chain, notes);
}

void CertificatesPage::probe()
{
    QString error;
    const auto address = RegistryAddress::parse(m_ui->probeHostEdit->text(), &error);
    if (!address || address->port() < 0) {
        showMessage(address ? tr("Give the port too (host:port).") : error, true);
        return;
    }
    auto* probe = new TlsProbe(address->host(), static_cast<quint16>(address->port()),
                               readFile(path(QStringLiteral("ca.crt"))), this);
    connect(probe, &TlsProbe::finished, this, [this, probe]() {
        probe->deleteLater();
        setBusy(false);
        const auto& result = probe->result();
        QStringList notes;
        if (result.connected) {
            notes << tr("%1, %2").arg(result.protocol, result.cipher);
        }
        notes << (result.verified ? tr("Verified.")
                                  : tr("Does not verify: %1").arg(result.problems.join(QLatin1String("; "))));
        showChain(result.chain, notes);
        showMessage(result.verified ? QString() : result.problems.join(QLatin1Char('\n')), !result.verified);
    });
    setBusy(true);
}

void CertificatesPage::exportForClients()
{
    const auto ca = readFile(path(QStringLiteral("ca.crt")));
    const auto address = RegistryAddress::parse(m_ui->probeHostEdit->text());
    if (ca.isEmpty() || !address) {
        showMessage(tr("Exporting needs ca.crt in the directory and the registry's host:port in the probe field."),
                    true);
        return;
    }
    const auto target = QFileDialog::getExistingDirectory(this, tr("Export certs.d for clients"));
    if (target.isEmpty()) {
        return;
    }
    QString error;
    const auto file = target + QStringLiteral("/certs.d/") + address->hostPort() + QStringLiteral("/ca.crt");
    if (!AtomicFile::write(file, ca,
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                               QFileDevice::ReadOther,
                           &error)) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("Wrote %1: copy it to /etc/containers/certs.d or /etc/docker/certs.d on the clients.").arg(file),
                false);
}
