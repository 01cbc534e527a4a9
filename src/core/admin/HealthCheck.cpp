#include "HealthCheck.h"

#include "CertificateInfo.h"
#include "HtpasswdFile.h"
#include "TlsProbe.h"
#include "job/Background.h"
#include "util/Printable.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace {

// The bytes registry:2 keeps for its blobs: the sum of blobs/…/data files under the storage root.
qint64 blobBytes(const QString& root)
{
    qint64 total = 0;
    QDirIterator it(root + QStringLiteral("/docker/registry/v2/blobs"), {QStringLiteral("data")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        total += it.nextFileInfo().size();
    }
    return total;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace

HealthCheck::HealthCheck(HealthOptions options, QObject* parent)
    : Job(parent)
    , m_options(std::move(options))
{
    if (!m_options.now.isValid()) {
        m_options.now = QDateTime::currentDateTimeUtc();
    }
}

QString HealthCheck::title() const
{
    return tr("Check the registries' health");
}

QList<HealthFinding> HealthCheck::failures() const
{
    QList<HealthFinding> failed;
    std::copy_if(m_findings.cbegin(), m_findings.cend(), std::back_inserter(failed),
                 [](const HealthFinding& finding) { return !finding.ok; });
    return failed;
}

void HealthCheck::run()
{
    checkFiles();
    checkEndpoints();
    checkStorage();
    done();
}

void HealthCheck::checkFiles()
{
    for (const auto& path : std::as_const(m_options.certificateFiles)) {
        QFile file(path);
        QString error;
        const auto chain = file.open(QIODevice::ReadOnly)
                               ? CertificateInfo::readChain(file.read(4 * 1024 * 1024), &error)
                               : std::nullopt;
        if (!chain) {
            m_findings << HealthFinding{QStringLiteral("certificate"), path,
                                        error.isEmpty() ? tr("cannot be read: %1").arg(file.errorString()) : error,
                                        false};
            continue;
        }
        const auto warnings = CertificateInfo::expiryWarnings(*chain, m_options.days, m_options.now);
        for (const auto& warning : warnings) {
            m_findings << HealthFinding{QStringLiteral("certificate"), path, warning, false};
        }
        if (warnings.isEmpty() && !chain->isEmpty()) {
            m_findings << HealthFinding{QStringLiteral("certificate"), path,
                                        tr("valid until %1").arg(chain->first().notAfter.toString(Qt::ISODate)), true};
        }
    }
    for (const auto& path : std::as_const(m_options.htpasswdFiles)) {
        QString error;
        const auto file = HtpasswdFile::load(path, &error);
        if (!file || !QFileInfo::exists(path)) {
            m_findings << HealthFinding{QStringLiteral("htpasswd"), path,
                                        error.isEmpty() ? tr("does not exist") : error, false};
            continue;
        }
        QStringList problems = file->problems();
        if (const auto refusal = file->refusal(); !refusal.isEmpty()) {
            problems.prepend(refusal);
        }
        for (const auto& problem : std::as_const(problems)) {
            m_findings << HealthFinding{QStringLiteral("htpasswd"), path, Printable::escaped(problem), false};
        }
        if (problems.isEmpty()) {
            m_findings << HealthFinding{QStringLiteral("htpasswd"), path, tr("every entry is usable"), true};
        }
    }
}

void HealthCheck::checkEndpoints()
{
    for (const auto& endpoint : std::as_const(m_options.endpoints)) {
        ++m_pending;
        track<TlsProbe>(new TlsProbe(endpoint.host, endpoint.port, endpoint.caPem, this), [this,
                                                                                           endpoint](TlsProbe* probe) {
            const auto& result = probe->result();
            const auto subject = endpoint.name;
            if (!result.connected || !result.verified) {
                m_findings << HealthFinding{QStringLiteral("tls"), subject, result.problems.join(QLatin1String("; ")),
                                            false};
            } else {
                const auto warnings = CertificateInfo::expiryWarnings(result.chain, m_options.days, m_options.now);
                for (const auto& warning : warnings) {
                    m_findings << HealthFinding{QStringLiteral("tls"), subject, warning, false};
                }
                if (warnings.isEmpty()) {
                    m_findings << HealthFinding{
                        QStringLiteral("tls"), subject,
                        tr("verified, valid until %1").arg(result.chain.value(0).notAfter.toString(Qt::ISODate)), true};
                }
            }
            --m_pending;
            done();
        });
    }
}

// Summing a large blob store takes a while: off the event loop.
void HealthCheck::checkStorage()
{
    for (const auto& limit : std::as_const(m_options.storageLimits)) {
        ++m_pending;
        Background::run(
            this, [root = limit.root]() { return blobBytes(root); },
            [this, limit](qint64 bytes) {
                const bool over = bytes > limit.maxBytes;
                m_findings << HealthFinding{QStringLiteral("storage"), limit.root,
                                            (over ? tr("holds %1 of blobs, over its limit of %2")
                                                  : tr("holds %1 of blobs, under its limit of %2"))
                                                .arg(sizeText(bytes), sizeText(limit.maxBytes)),
                                            !over};
                --m_pending;
                done();
            });
    }
}

void HealthCheck::done()
{
    if (m_pending > 0 || isFinished()) {
        return;
    }
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const HealthFinding& a, const HealthFinding& b) { return !a.ok && b.ok; });
    finish();
}
