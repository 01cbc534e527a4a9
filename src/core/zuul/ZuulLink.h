#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

// What the admin typed or pasted to name a change's builds: a change number ("4711", "4711,2"), a Zuul web
// URL of a buildset, a build or a change's status (tenant or white-label form), a Zuul builds/buildsets
// query URL, or a Gerrit change URL (…/+/4711, …/c/4711/2).
struct ZuulLink
{
    Q_DECLARE_TR_FUNCTIONS(ZuulLink)

public:
    enum class Kind
    {
        Change,
        Buildset,
        Build
    };
    Kind kind = Kind::Change;
    int change = 0;
    QString patchset;
    QString uuid;   // buildset or build
    QString tenant; // from a /t/<tenant>/ URL
    QUrl zuul;      // the Zuul web root the URL is on; empty for a number or a review URL

    static std::optional<ZuulLink> parse(const QString& text, QString* error);
};
