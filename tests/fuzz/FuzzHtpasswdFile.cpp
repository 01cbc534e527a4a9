// The intermediate registry's htpasswd file, whatever is in it: every line is kept byte for byte, and
// editing a user touches only that user's line.
#include "FuzzSupport.h"
#include "admin/Bcrypt.h"
#include "admin/HtpasswdFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto content = fuzz::bytes(data, size);
    auto file = HtpasswdFile::parse(content, QStringLiteral("/nonexistent/htpasswd"));
    FUZZ_CHECK(file.serialize() == content, QString::fromLatin1(content.left(200).toPercentEncoding()));

    const auto users = file.users();
    for (const auto& user : users) {
        FUZZ_CHECK(file.contains(user), user);
        const auto hash = file.hashOf(user);
        // A hash the registry would spend minutes on is never verified.
        if (Bcrypt::cost(hash) > Bcrypt::kMaxCost) {
            FUZZ_CHECK(!file.verify(user, "password"), user);
        }
    }
    (void)file.problems();

    // A fixed, valid hash (cost 4), so editing costs no bcrypt round.
    const QByteArray hash = "$2y$04$abcdefghijklmnopqrstuu5Ry5P9Av1l2SVM0hc6LyD4GIwoBE9yG";
    const auto user = QStringLiteral("fuzz-user");
    QString error;
    if (file.setHash(user, hash, true, &error)) {
        FUZZ_CHECK(file.hashOf(user) == hash, user);
        const auto reread = HtpasswdFile::parse(file.serialize());
        FUZZ_CHECK(reread.hashOf(user) == hash, QString::fromLatin1(file.serialize().left(200).toPercentEncoding()));
        for (const auto& other : users) {
            if (other != user && !other.trimmed().isEmpty()) {
                FUZZ_CHECK(reread.hashOf(other) == file.hashOf(other), other);
            }
        }
        FUZZ_CHECK(file.remove(user, &error), error);
        FUZZ_CHECK(!HtpasswdFile::parse(file.serialize()).contains(user), user);
    }
    return 0;
}
