#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The htpasswd file of a registry:2 intermediate registry. Every line is kept as it was (comments,
// blank lines, order, entries it does not understand) and written back byte for byte unless changed;
// entries the registry will never accept are flagged with the reason. Saving is atomic, keeps owner and
// mode, and refuses when someone changed the file since it was read.
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

    // Adds a user (error if present, unless replace) with an already computed bcrypt hash.
    bool setHash(const QString& user, const QByteArray& hash, bool replace, QString* error);
    bool remove(const QString& user, QString* error);
    bool verify(const QString& user, const QByteArray& password) const;

    QByteArray serialize() const;
    bool changedOnDisk() const;
    // Atomic write; fails without touching the file if it changed on disk since load (reload, or save with
    // overwrite after the user agreed).
    bool save(QString* error, bool overwrite = false);
    bool isModified() const { return m_modified; }
    // Reads the file again and replays this session's changes on top of what is there now (someone else
    // saved meanwhile). Fails, changing nothing, when a change no longer applies.
    bool merge(QString* error);

    static bool isValidUser(const QString& user);

private:
    void check();

    QString m_path;
    QList<Line> m_lines;
    QByteArray m_lineEnding = "\n"; // for new lines: the file's own convention
    QByteArray m_loadedContent;
    bool m_existed = false;
    bool m_modified = false;

    struct Change
    {
        QString user;
        QByteArray hash; // empty: removal
        bool replace = false;
    };
    QList<Change> m_changes;
};
