#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The htpasswd file of a registry:2 intermediate registry. Every line is kept as it was (comments,
// blank lines, order, entries it does not understand) and written back byte for byte unless changed;
// entries the registry will never accept are flagged with the reason. A file that is not text (NUL bytes,
// invalid UTF-8) is refused. Saving is atomic, keeps owner and mode, and refuses when someone changed the file
// since it was read or when registry:2 would refuse the whole file.
class HtpasswdFile
{
    Q_DECLARE_TR_FUNCTIONS(HtpasswdFile)
public:
    struct Line
    {
        enum class Kind
        {
            Blank,
            Comment,
            Entry,
            Invalid
        };
        Kind kind = Kind::Blank;
        QByteArray raw;    // the line as read, without its line ending
        QByteArray ending; // "\n", "\r\n", or empty for a last line without one
        QString user;
        QByteArray hash;
        QString problem; // why the registry will not accept this line (empty when it will)
    };

    static std::optional<HtpasswdFile> load(const QString& path, QString* error);
    static HtpasswdFile parse(const QByteArray& content, const QString& path = {});

    QString path() const { return m_path; }
    const QList<Line>& lines() const { return m_lines; }
    QStringList users() const;
    bool contains(const QString& user) const;
    QByteArray hashOf(const QString& user) const;
    // Lines the registry cannot use; a line without ':' makes registry:2 refuse the whole file.
    QStringList problems() const;
    // Why registry:2 refuses the whole file, naming each line by number and (escaped) content; empty when it
    // reads it.
    QString refusal() const;
    // Turns the lines behind refusal() into comments ("# " before them), so registry:2 reads the rest.
    void commentOutInvalidLines();

    // Adds a user (error if present, unless replace) with an already computed bcrypt hash.
    bool setHash(const QString& user, const QByteArray& hash, bool replace, QString* error);
    bool remove(const QString& user, QString* error);
    bool verify(const QString& user, const QByteArray& password) const;

    enum class SaveFlag
    {
        Overwrite = 0x1,  // even though the file changed on disk since load (the user agreed)
        KeepInvalid = 0x2 // even though registry:2 will refuse the whole file (see refusal())
    };
    Q_DECLARE_FLAGS(SaveFlags, SaveFlag)

    QByteArray serialize() const;
    bool changedOnDisk() const;
    // Atomic write; fails without touching the file if it changed on disk since load (reload, or save with
    // Overwrite) or if registry:2 would refuse it (comment the lines out, or save with KeepInvalid).
    bool save(QString* error, SaveFlags flags = {});
    bool isModified() const { return m_modified; }
    // Reads the file again and replays this session's changes on top of what is there now (someone else
    // saved meanwhile). Fails, changing nothing, when a change no longer applies.
    bool merge(QString* error);

    static bool isValidUser(const QString& user);

private:
    void check();
    void commentOut(const QByteArray& raw);

    QString m_path;
    QList<Line> m_lines;
    QByteArray m_lineEnding = "\n"; // for new lines: the file's own convention
    QByteArray m_loadedContent;
    bool m_existed = false;
    bool m_modified = false;

    struct Change
    {
        enum class Kind
        {
            Set,
            Remove,
            CommentOut
        };
        Kind kind = Kind::Set;
        QString user;
        QByteArray hash;
        bool replace = false;
        QByteArray line; // CommentOut: the line as it was
    };
    QList<Change> m_changes;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(HtpasswdFile::SaveFlags)
