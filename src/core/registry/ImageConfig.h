#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

// The image configuration blob (docker and OCI share the shape): what the container runs with and
// how its layers came to be.
class ImageConfig
{
    Q_DECLARE_TR_FUNCTIONS(ImageConfig)
public:
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;

    struct HistoryEntry
    {
        QDateTime created;
        QString createdBy;
        QString comment;
        bool emptyLayer = false;
    };

    static std::optional<ImageConfig> parse(const QByteArray& bytes, QString* error);

    QDateTime created() const { return m_created; }
    QString os() const { return m_os; }
    QString architecture() const { return m_architecture; }
    QString variant() const { return m_variant; }
    QString author() const { return m_author; }
    QStringList env() const { return m_env; }
    QStringList entrypoint() const { return m_entrypoint; }
    QStringList cmd() const { return m_cmd; }
    QString user() const { return m_user; }
    QString workingDir() const { return m_workingDir; }
    QStringList exposedPorts() const { return m_exposedPorts; }
    QStringList volumes() const { return m_volumes; }
    QMap<QString, QString> labels() const { return m_labels; }
    QStringList diffIds() const { return m_diffIds; }
    QList<HistoryEntry> history() const { return m_history; }
    QJsonObject json() const { return m_json; }

private:
    QDateTime m_created;
    QString m_os;
    QString m_architecture;
    QString m_variant;
    QString m_author;
    QStringList m_env;
    QStringList m_entrypoint;
    QStringList m_cmd;
    QString m_user;
    QString m_workingDir;
    QStringList m_exposedPorts;
    QStringList m_volumes;
    QMap<QString, QString> m_labels;
    QStringList m_diffIds;
    QList<HistoryEntry> m_history;
    QJsonObject m_json;
};
