#include "HtpasswdFile.h"

#include "Bcrypt.h"
#include "util/AtomicFile.h"
#include "util/Printable.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace {
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
constexpr qsizetype kMaxShownLine = 60;

// Why content is not text, naming the first line at fault; empty for text. Such a file is no htpasswd file, and
// listing it would hand its bytes to a terminal.
QString notText(const QByteArray& content)
{
    qsizetype number = 1;
    for (qsizetype pos = 0; pos < content.size(); ++number) {
        const auto newline = content.indexOf('\n', pos);
        const auto end = newline < 0 ? content.size() : newline;
        const auto line = QByteArrayView(content).sliced(pos, end - pos);
        if (line.contains('\0')) {
            return HtpasswdFile::tr("line %1 holds a NUL byte").arg(number);
        }
        if (!line.isValidUtf8()) {
            return HtpasswdFile::tr("line %1 is not UTF-8").arg(number);
        }
        pos = end + 1;
    }
    return {};
}

// A line as it can be quoted in a message: escaped, and short.
QString quoted(const QByteArray& raw)
{
    const auto text = QString::fromUtf8(raw);
    return Printable::escaped(text.left(kMaxShownLine)) +
           (text.size() > kMaxShownLine ? QStringLiteral("…") : QString());
}
} // namespace

bool HtpasswdFile::isValidUser(const QString& user)
{
    // What a registry login can carry: no ':' (the separator), no whitespace, no control characters.
    static const QRegularExpression pattern(QStringLiteral("^[^:\\s\\x00-\\x1f\\x7f]{1,255}\\z"));
    return pattern.match(user).hasMatch() && !user.startsWith(QLatin1Char('#'));
}

std::optional<HtpasswdFile> HtpasswdFile::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists()) {
        auto empty = parse({}, path);
        return empty;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        }
        return std::nullopt;
    }
    const auto content = file.read(kMaxFileBytes + 1);
    if (content.size() > kMaxFileBytes) {
        if (error) {
            *error = tr("%1 is larger than %2 bytes; not an htpasswd file").arg(path).arg(kMaxFileBytes);
        }
        return std::nullopt;
    }
    if (const auto reason = notText(content); !reason.isEmpty()) {
        if (error) {
            *error = tr("%1 is not a text file (%2), so it cannot be an htpasswd file").arg(path, reason);
        }
        return std::nullopt;
    }
    auto parsed = parse(content, path);
    parsed.m_existed = true;
    return parsed;
}

HtpasswdFile HtpasswdFile::parse(const QByteArray& content, const QString& path)
{
    HtpasswdFile file;
    file.m_path = path;
    file.m_loadedContent = content;
    if (content.contains("\r\n")) {
        file.m_lineEnding = "\r\n";
    }
    // Each line keeps its own ending, so an unchanged file serialises to exactly the bytes read.
    for (qsizetype pos = 0; pos < content.size();) {
        Line line;
        const auto newline = content.indexOf('\n', pos);
        if (newline < 0) {
            line.raw = content.mid(pos);
            pos = content.size();
        } else {
            line.raw = content.mid(pos, newline - pos);
            line.ending = "\n";
            if (line.raw.endsWith('\r')) {
                line.raw.chop(1);
                line.ending = "\r\n";
            }
            pos = newline + 1;
        }
        const auto& raw = line.raw;
        const auto trimmed = raw.trimmed();
        if (trimmed.isEmpty()) {
            line.kind = Line::Kind::Blank;
        } else if (trimmed.startsWith('#')) {
            line.kind = Line::Kind::Comment;
        } else {
            const auto colon = trimmed.indexOf(':');
            if (colon < 0) {
                line.kind = Line::Kind::Invalid;
                line.problem = tr("no ':' between user and hash: registry:2 refuses the whole file");
            } else {
                line.kind = Line::Kind::Entry;
                line.user = QString::fromUtf8(trimmed.left(colon));
                line.hash = trimmed.mid(colon + 1);
            }
        }
        file.m_lines << line;
    }
    file.check();
    return file;
}

void HtpasswdFile::check()
{
    QSet<QString> seen;
    for (auto& line : m_lines) {
        if (line.kind != Line::Kind::Entry) {
            continue;
        }
        line.problem.clear();
        if (line.user.isEmpty()) {
            line.problem = tr("empty user name");
        } else if (seen.contains(line.user)) {
            line.problem = tr("user %1 appears more than once; only one of the entries counts").arg(line.user);
        } else if (!Bcrypt::isBcrypt(line.hash)) {
            line.problem = tr("%1 hash: registry:2 only accepts bcrypt, so this user can never log in")
                               .arg(Bcrypt::schemeName(line.hash));
        } else if (Bcrypt::cost(line.hash) > Bcrypt::kMaxCost) {
            line.problem = tr("bcrypt cost %1 is above %2: every login would keep the registry busy for minutes")
                               .arg(Bcrypt::cost(line.hash))
                               .arg(Bcrypt::kMaxCost);
        }
        seen.insert(line.user);
    }
}

QStringList HtpasswdFile::users() const
{
    QStringList result;
    for (const auto& line : m_lines) {
        if (line.kind == Line::Kind::Entry && !result.contains(line.user)) {
            result << line.user;
        }
    }
    return result;
}

bool HtpasswdFile::contains(const QString& user) const
{
    return users().contains(user);
}

QByteArray HtpasswdFile::hashOf(const QString& user) const
{
    for (const auto& line : m_lines) {
        if (line.kind == Line::Kind::Entry && line.user == user) {
            return line.hash;
        }
    }
    return {};
}

QStringList HtpasswdFile::problems() const
{
    QStringList result;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!m_lines[i].problem.isEmpty()) {
            result << tr("line %1: %2").arg(i + 1).arg(m_lines[i].problem);
        }
    }
    return result;
}

QString HtpasswdFile::refusal() const
{
    QStringList lines;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].kind == Line::Kind::Invalid) {
            lines << tr("line %1 (\"%2\")").arg(i + 1).arg(quoted(m_lines[i].raw));
        }
    }
    return lines.isEmpty() ? QString()
                           : tr("registry:2 refuses the whole file: no ':' between user and hash on %1")
                                 .arg(lines.join(QLatin1String(", ")));
}

void HtpasswdFile::commentOutInvalidLines()
{
    QList<QByteArray> invalid;
    for (const auto& line : std::as_const(m_lines)) {
        if (line.kind == Line::Kind::Invalid) {
            invalid << line.raw;
        }
    }
    for (const auto& raw : std::as_const(invalid)) {
        commentOut(raw);
    }
}

void HtpasswdFile::commentOut(const QByteArray& raw)
{
    for (auto& line : m_lines) {
        if (line.kind == Line::Kind::Invalid && line.raw == raw) {
            line.raw.prepend("# ");
            line.kind = Line::Kind::Comment;
            line.problem.clear();
            m_modified = true;
            m_changes << Change{Change::Kind::CommentOut, {}, {}, false, raw};
            return;
        }
    }
}

bool HtpasswdFile::setHash(const QString& user, const QByteArray& hash, bool replace, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (!isValidUser(user)) {
        return fail(tr("\"%1\" is not a valid user name (no ':', spaces or control characters)").arg(user));
    }
    if (!Bcrypt::isBcrypt(hash)) {
        return fail(tr("not a bcrypt hash"));
    }
    int found = 0;
    for (const auto& line : std::as_const(m_lines)) {
        found += line.kind == Line::Kind::Entry && line.user == user ? 1 : 0;
    }
    if (found > 1) {
        return fail(tr("user %1 appears %2 times in %3; fix the file first").arg(user).arg(found).arg(m_path));
    }
    if (found == 1 && !replace) {
        return fail(tr("user %1 already exists; set a new password instead").arg(user));
    }
    Line entry;
    entry.kind = Line::Kind::Entry;
    entry.user = user;
    entry.hash = hash;
    entry.raw = user.toUtf8() + ':' + hash;
    bool replaced = false;
    for (auto& line : m_lines) {
        if (line.kind == Line::Kind::Entry && line.user == user) {
            entry.ending = line.ending;
            line = entry;
            replaced = true;
        }
    }
    if (!replaced) {
        // The new line goes last and inherits the old last line's ending (none when the file had no final
        // newline); the old last line gets the file's usual one.
        entry.ending = m_lineEnding;
        if (!m_lines.isEmpty()) {
            entry.ending = m_lines.last().ending;
            m_lines.last().ending = m_lineEnding;
        }
        m_lines << entry;
    }
    m_modified = true;
    m_changes << Change{Change::Kind::Set, user, hash, replace, {}};
    check();
    return true;
}

bool HtpasswdFile::remove(const QString& user, QString* error)
{
    const auto before = m_lines.size();
    const bool lastHadNoEnding = !m_lines.isEmpty() && m_lines.last().ending.isEmpty();
    m_lines.removeIf([&user](const Line& line) { return line.kind == Line::Kind::Entry && line.user == user; });
    if (lastHadNoEnding && !m_lines.isEmpty()) {
        m_lines.last().ending.clear(); // still no final newline
    }
    if (m_lines.size() == before) {
        if (error) {
            *error = tr("there is no user %1 in %2").arg(user, m_path);
        }
        return false;
    }
    m_modified = true;
    m_changes << Change{Change::Kind::Remove, user, {}, false, {}};
    check();
    return true;
}

bool HtpasswdFile::merge(QString* error)
{
    auto fresh = load(m_path, error);
    if (!fresh) {
        return false;
    }
    for (const auto& change : std::as_const(m_changes)) {
        bool ok = true;
        switch (change.kind) {
        case Change::Kind::Set:
            ok = fresh->setHash(change.user, change.hash, change.replace, error);
            break;
        case Change::Kind::Remove:
            ok = fresh->remove(change.user, error);
            break;
        case Change::Kind::CommentOut:
            fresh->commentOut(change.line); // when the line is gone, someone fixed it meanwhile
            break;
        }
        if (!ok) {
            if (error) {
                *error = tr("cannot merge with the file on disk: %1").arg(*error);
            }
            return false;
        }
    }
    *this = std::move(*fresh);
    return true;
}

bool HtpasswdFile::verify(const QString& user, const QByteArray& password) const
{
    const auto hash = hashOf(user);
    return !hash.isEmpty() && Bcrypt::verify(password, hash);
}

QByteArray HtpasswdFile::serialize() const
{
    QByteArray out;
    for (const auto& line : m_lines) {
        out += line.raw + line.ending;
    }
    return out;
}

bool HtpasswdFile::changedOnDisk() const
{
    QFile file(m_path);
    if (!file.exists()) {
        return m_existed;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return true;
    }
    return file.read(kMaxFileBytes + 1) != m_loadedContent || !m_existed;
}

bool HtpasswdFile::save(QString* error, SaveFlags flags)
{
    if (!flags.testFlag(SaveFlag::Overwrite) && changedOnDisk()) {
        if (error) {
            *error = tr("%1 changed on disk since it was read; reload it (or merge) before saving").arg(m_path);
        }
        return false;
    }
    if (const auto refused = refusal(); !flags.testFlag(SaveFlag::KeepInvalid) && !refused.isEmpty()) {
        if (error) {
            *error = tr("%1 is left as it was: %2").arg(m_path, refused);
        }
        return false;
    }
    const auto content = serialize();
    // A new file: readable by the registry's user, not by everyone.
    if (!AtomicFile::replace(m_path, content, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup,
                             error)) {
        return false;
    }
    m_loadedContent = content;
    m_existed = true;
    m_modified = false;
    m_changes.clear();
    return true;
}
