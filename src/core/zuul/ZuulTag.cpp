#include "ZuulTag.h"

#include <QRegularExpression>

QStringList ZuulTag::defaultPipelines()
{
    return {QStringLiteral("check"),   QStringLiteral("gate"), QStringLiteral("post"),     QStringLiteral("promote"),
            QStringLiteral("release"), QStringLiteral("tag"),  QStringLiteral("periodic"), QStringLiteral("deploy")};
}

ZuulTag ZuulTag::parse(const QString& tag, const QStringList& pipelines)
{
    static const QRegularExpression intermediate(QStringLiteral("^([0-9a-f]{32})_(.+)\\z"));
    static const QRegularExpression change(QStringLiteral("^change_([0-9]{1,9})_(.+)\\z"));
    ZuulTag result;
    if (const auto m = intermediate.match(tag); m.hasMatch()) {
        result.m_kind = Kind::Intermediate;
        result.m_build = m.captured(1);
        result.m_baseTag = m.captured(2);
    } else if (const auto c = change.match(tag); c.hasMatch()) {
        result.m_kind = Kind::Change;
        result.m_change = c.captured(1).toInt();
        result.m_baseTag = c.captured(2);
    } else {
        const auto underscore = tag.indexOf(QLatin1Char('_'));
        if (underscore > 0 && underscore < tag.size() - 1 && pipelines.contains(tag.left(underscore))) {
            result.m_kind = Kind::Pipeline;
            result.m_pipeline = tag.left(underscore);
            result.m_baseTag = tag.mid(underscore + 1);
        }
    }
    return result;
}

QString ZuulTag::intermediate(const QString& build, const QString& tag)
{
    return build + QLatin1Char('_') + tag;
}

QString ZuulTag::change(int change, const QString& tag)
{
    return QStringLiteral("change_%1_%2").arg(change).arg(tag);
}
