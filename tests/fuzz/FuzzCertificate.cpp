// Certificates and keys the admin imports, and the CA a registry's TLS probe brings back: PEM with any
// number of blocks, any content.
#include "FuzzSupport.h"
#include "admin/CertificateInfo.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto pem = fuzz::bytes(data, size);
    QString error;
    if (const auto chain = CertificateInfo::readChain(pem, &error)) {
        FUZZ_CHECK(!chain->isEmpty(), QStringLiteral("empty chain accepted"));
        for (const auto& details : *chain) {
            FUZZ_CHECK(!details.pem.isEmpty(), details.sha256Fingerprint);
            FUZZ_CHECK(details.sha256Fingerprint.size() == 32 * 3 - 1, details.sha256Fingerprint);
        }
        (void)CertificateInfo::chainProblems(*chain);
        (void)CertificateInfo::expiryWarnings(*chain, 30, QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC));
        // The same bytes as certificate, key, chain and CA of an import: refused or accepted, never a crash.
        (void)CertificateInfo::keyMatches(pem, pem, &error);
        (void)CertificateInfo::assembleServerChain(pem, pem, pem, &error);
        (void)CertificateInfo::verify(pem, pem, QStringLiteral("registry.example"), &error);
    } else {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("refused without a reason"));
    }
    // Split at the middle: one half as the certificate, the other as the key.
    const auto half = pem.size() / 2;
    (void)CertificateInfo::keyMatches(pem.left(half), pem.mid(half), &error);
    return 0;
}
