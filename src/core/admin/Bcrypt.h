#pragma once

#include <QByteArray>
#include <QString>

// bcrypt through libxcrypt, the only hash registry:2's htpasswd auth accepts. New hashes use the $2y$
// prefix Apache's htpasswd writes; $2a$, $2b$ and $2y$ all verify. Hashing at the default cost takes a
// noticeable fraction of a second by design: callers in the GUI run it off the GUI thread.
namespace Bcrypt {

constexpr int kMinCost = 4;
constexpr int kMaxCost = 17; // Apache htpasswd's limit; higher costs lock the registry up on every request
constexpr int kDefaultCost = 12;

// Empty on failure (cost out of range, no randomness).
QByteArray hash(const QByteArray& password, int cost = kDefaultCost);
// False for costs above kMaxCost as well: a hostile file's cost-31 hash would otherwise take a day.
bool verify(const QByteArray& password, const QByteArray& hash);
// $2a$/$2b$/$2y$, two-digit cost 04-31, 53 characters of salt and hash.
bool isBcrypt(const QByteArray& hash);
int cost(const QByteArray& hash); // -1 when not bcrypt
// "bcrypt", "MD5 (apr1)", "SHA-1", "crypt", "plain text or unknown"
QString schemeName(const QByteArray& hash);

} // namespace Bcrypt
