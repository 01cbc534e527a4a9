#pragma once

#include <QString>
#include <QStringList>

// The tag conventions of zuul-jobs' container-image roles:
//   <build>_<tag>        intermediate registry: push-to-intermediate-registry, build = 32-hex build uuid
//   change_<N>_<tag>     publication registry: upload-docker-image's temporary tag in a change's gate
//   <pipeline>_<tag>     the same without a change (e.g. a periodic or post pipeline)
class ZuulTag
{
public:
    enum class Kind
    {
        None,
        Intermediate,
        Change,
        Pipeline
    };

    static ZuulTag parse(const QString& tag, const QStringList& pipelines = defaultPipelines());
    static QStringList defaultPipelines(); // check, gate, post, promote, release, tag, periodic, deploy
    static QString intermediate(const QString& build, const QString& tag);
    static QString change(int change, const QString& tag);

    Kind kind() const { return m_kind; }
    bool isIntermediate() const { return m_kind == Kind::Intermediate; }
    bool isTemporary() const { return m_kind == Kind::Change || m_kind == Kind::Pipeline; }
    QString build() const { return m_build; }
    int change() const { return m_change; }
    QString pipeline() const { return m_pipeline; }
    QString baseTag() const { return m_baseTag; } // the tag the image will have once promoted

private:
    Kind m_kind = Kind::None;
    QString m_build;
    int m_change = 0;
    QString m_pipeline;
    QString m_baseTag;
};
