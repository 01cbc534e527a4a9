#pragma once

#include "RegistryProcess.h"
#include "Skopeo.h"
#include "TestImage.h"
#include "ZuulApiServer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

// Change 4711 of org/app as Zuul and the registries know it, for the tests of the path from a change to its
// images: patchset 1 in check (its image since deleted from the intermediate registry, a relative log artifact),
// patchset 2 in gate (the image build with a single image and a two-platform index, and a test job without
// artifacts), and change 4712 whose gate build failed. Two real registry:2 instances: the intermediate
// registry holding the images and an empty publication registry.
struct ZuulChangeFixture
{
    static constexpr int kChange = 4711;

    RegistryProcess intermediate;
    RegistryProcess publication;
    QString authFile; // both registries' logins
    QString certsDir; // both registries' CAs, certs.d layout
    QString checkBuild = ZuulApiServer::newUuid();
    QString gateBuild = ZuulApiServer::newUuid();
    QString testBuild = ZuulApiServer::newUuid();
    QString failedBuild = ZuulApiServer::newUuid();
    QString checkBuildset = ZuulApiServer::newUuid();
    QString gateBuildset = ZuulApiServer::newUuid();
    QString appDigest;
    QString indexDigest;
    QStringList platformDigests;
    QDateTime now = QDateTime::currentDateTimeUtc();

    bool push(const QString& layout, const QString& target, QString* digest, QString* error)
    {
        return !layout.isEmpty() &&
               TestImage::pushWithSkopeo(layout, intermediate.hostPort() + QLatin1Char('/') + target, intermediate,
                                         digest, error);
    }

    bool setUp(const QTemporaryDir& dir, QString* error)
    {
        if (!intermediate.start(error) || !publication.start(error)) {
            return false;
        }
        TestImage app;
        app.addLayer({TestImage::Entry(QStringLiteral("app"), "gate version\n")});
        if (!push(app.writeLayout(dir.filePath(QStringLiteral("app")), QStringLiteral("x"), error),
                  QStringLiteral("org/app:%1_latest").arg(gateBuild), &appDigest, error)) {
            return false;
        }
        QList<TestImage> platforms;
        for (const auto& architecture : {QStringLiteral("amd64"), QStringLiteral("arm64")}) {
            TestImage platform;
            platform.addLayer({TestImage::Entry(QStringLiteral("arch"), architecture.toUtf8())});
            platform.setPlatform(QStringLiteral("linux"), architecture);
            platforms << platform;
        }
        const auto index = TestImage::writeIndexLayout(dir.filePath(QStringLiteral("multi")), QStringLiteral("x"),
                                                       platforms, &indexDigest, error);
        for (const auto& platform : std::as_const(platforms)) {
            platformDigests << platform.manifestDigest();
        }
        if (!push(index, QStringLiteral("org/multi:%1_latest").arg(gateBuild), nullptr, error)) {
            return false;
        }
        TestImage old;
        old.addLayer({TestImage::Entry(QStringLiteral("app"), "check version\n")});
        const auto oldTag = QStringLiteral("org/app:%1_latest").arg(checkBuild);
        if (!push(old.writeLayout(dir.filePath(QStringLiteral("old")), QStringLiteral("x"), error), oldTag, nullptr,
                  error)) {
            return false;
        }
        const auto deleted =
            Skopeo::run(QStringList{QStringLiteral("delete")} + Skopeo::registryArguments(QString(), intermediate) +
                        QStringList{Skopeo::dockerReference(intermediate, oldTag)});
        if (!deleted.ok()) {
            *error = deleted.describe();
            return false;
        }
        // One auth file and one certs.d for both registries, as an admin's machine has.
        authFile = dir.filePath(QStringLiteral("auth.json"));
        certsDir = dir.filePath(QStringLiteral("certs.d"));
        if (!RegistryProcess::writeClientFiles({&intermediate, &publication}, authFile, certsDir, error)) {
            return false;
        }
        return true;
    }

    void addBuilds(ZuulApiServer& zuul) const
    {
        const auto registry = intermediate.hostPort();
        ZuulApiServer::Build check;
        check.uuid = checkBuild;
        check.jobName = QStringLiteral("app-build-image");
        check.pipeline = QStringLiteral("check");
        check.change = kChange;
        check.patchset = 1;
        check.buildset = checkBuildset;
        check.start = now.addSecs(-7200);
        check.end = now.addSecs(-6900);
        check.logUrl =
            QStringLiteral("https://logs.example.org/11/4711/1/check/app-build-image/%1/").arg(checkBuild.left(7));
        check.artifacts = {
            ZuulApiServer::imageArtifact(registry, QStringLiteral("org/app"), checkBuild, QStringLiteral("latest")),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Job output")},
                        {QStringLiteral("url"), QStringLiteral("job-output.txt")}}};
        zuul.addBuild(check);
        ZuulApiServer::Build gate = check;
        gate.uuid = gateBuild;
        gate.pipeline = QStringLiteral("gate");
        gate.patchset = 2;
        gate.buildset = gateBuildset;
        gate.start = now.addSecs(-3600);
        gate.end = now.addSecs(-3000);
        gate.logUrl =
            QStringLiteral("https://logs.example.org/11/4711/2/gate/app-build-image/%1/").arg(gateBuild.left(7));
        gate.artifacts = {
            ZuulApiServer::imageArtifact(registry, QStringLiteral("org/app"), gateBuild, QStringLiteral("latest")),
            ZuulApiServer::imageArtifact(registry, QStringLiteral("org/multi"), gateBuild, QStringLiteral("latest"))};
        zuul.addBuild(gate);
        ZuulApiServer::Build test = gate;
        test.uuid = testBuild;
        test.jobName = QStringLiteral("app-test");
        test.start = now.addSecs(-2900);
        test.end = now.addSecs(-2000);
        test.artifacts = {};
        zuul.addBuild(test);
        ZuulApiServer::Build failed = gate;
        failed.uuid = failedBuild;
        failed.change = 4712;
        failed.buildset = ZuulApiServer::newUuid();
        failed.result = QStringLiteral("FAILURE");
        failed.artifacts = {
            ZuulApiServer::imageArtifact(registry, QStringLiteral("org/app"), gateBuild, QStringLiteral("latest"))};
        zuul.addBuild(failed);
    }
};
