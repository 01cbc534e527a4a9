// The gating flow rehearsed on three real registry:2 instances (TLS + htpasswd): every step's result,
// the tags and digests each registry holds afterwards, a clean-up that leaves nothing, and the right
// step failing for a wrong password, a publication registry that refuses deletes, and names in use.
#include "JobWait.h"
#include "RegistryProcess.h"
#include "Skopeo.h"
#include "TestImage.h"
#include "TestProcess.h"
#include "lab/FlowRehearsal.h"
#include "registry/ManifestJob.h"
#include "registry/RegistryClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFlowRehearsal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rehearsesTheWholeFlow();
    void cleanUpLeavesNothing();
    void wrongPasswordStopsAtTheFirstStep();
    void refusedDeletesStopThePromote();
    void namesInUseAreNeverOverwritten();
    void cliRehearsesAndReports();
    void startsATemporaryBuildsetRegistry();

private:
    RegistryClient* client(const RegistryProcess& registry, const QString& password = {});
    // The digest the registry holds under repository:tag, or empty when it has no such tag.
    QString digestOf(const RegistryProcess& registry, const QString& repository, const QString& tag);
    bool rehearse(FlowRehearsal& rehearsal);

    QTemporaryDir m_dir;
    std::unique_ptr<RegistryProcess> m_intermediate;
    std::unique_ptr<RegistryProcess> m_buildset;
    std::unique_ptr<RegistryProcess> m_publication;
    std::unique_ptr<RegistryProcess> m_noDeletes;
};

void TestFlowRehearsal::initTestCase()
{
    QString error;
    m_intermediate = std::make_unique<RegistryProcess>();
    m_buildset = std::make_unique<RegistryProcess>();
    m_publication = std::make_unique<RegistryProcess>();
    RegistryProcess::Options options;
    options.deleteEnabled = false;
    m_noDeletes = std::make_unique<RegistryProcess>(options);
    for (auto* registry : {m_intermediate.get(), m_buildset.get(), m_publication.get(), m_noDeletes.get()}) {
        QVERIFY2(registry->start(&error), qPrintable(error));
    }
}

RegistryClient* TestFlowRehearsal::client(const RegistryProcess& registry, const QString& password)
{
    auto* c = new RegistryClient(*RegistryAddress::parse(registry.hostPort()), this);
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(registry.caFile());
    c->setOptions(options);
    c->setCredentials({registry.username(), password.isEmpty() ? registry.password() : password, false});
    return c;
}

QString TestFlowRehearsal::digestOf(const RegistryProcess& registry, const QString& repository, const QString& tag)
{
    const auto result = Skopeo::inspectRaw(registry.hostPort() + u'/' + repository + u':' + tag, registry);
    if (!result.ok()) {
        return {};
    }
    return u"sha256:"_s + QString::fromLatin1(QCryptographicHash::hash(result.out, QCryptographicHash::Sha256).toHex());
}

bool TestFlowRehearsal::rehearse(FlowRehearsal& rehearsal)
{
    return waitForJob(&rehearsal, 120000);
}

void TestFlowRehearsal::rehearsesTheWholeFlow()
{
    RehearsalOptions options;
    options.repository = u"rehearsal/kept"_s;
    options.cleanUp = false;
    FlowRehearsal rehearsal(client(*m_intermediate), client(*m_buildset), client(*m_publication), options);
    QList<TransferEvent> events;
    connect(&rehearsal, &Job::transferEvent, this, [&events](const TransferEvent& event) { events << event; });
    QVERIFY(rehearse(rehearsal));
    QVERIFY2(!rehearsal.error(), qPrintable(rehearsal.error().message()));
    QCOMPARE(rehearsal.steps().size(), 7);
    for (const auto& step : rehearsal.steps()) {
        QVERIFY2(step.done && step.ok, qPrintable(step.title + u": "_s + step.detail));
    }
    const auto previous = rehearsal.previousDigest().toString();
    const auto current = rehearsal.currentDigest().toString();
    QVERIFY(previous != current);
    // Each registry holds exactly what the document says, checked by an independent client.
    QCOMPARE(digestOf(*m_intermediate, options.repository, rehearsal.intermediateTag(1)), previous);
    QCOMPARE(digestOf(*m_intermediate, options.repository, rehearsal.intermediateTag(2)), current);
    QCOMPARE(digestOf(*m_buildset, options.repository, u"latest"_s), current);
    QCOMPARE(digestOf(*m_publication, options.repository, u"latest"_s), current);
    QCOMPARE(digestOf(*m_publication, options.repository, rehearsal.changeTag()), QString());
    QCOMPARE(rehearsal.changeTag(), u"change_4242_latest"_s);
    QVERIFY(rehearsal.intermediateTag(1).endsWith(u"_latest"_s) && rehearsal.intermediateTag(1).size() == 39);
    // The current image is the previous one with a layer on top: copying it back to the intermediate
    // registry moved only what was new.
    QVERIFY2(rehearsal.steps()[3].detail.contains(u"already there"_s), qPrintable(rehearsal.steps()[3].detail));
    const auto raw =
        Skopeo::inspectRaw(m_buildset->hostPort() + u'/' + options.repository + u":latest"_s, *m_buildset).out;
    QCOMPARE(QJsonDocument::fromJson(raw).object().value(u"layers"_s).toArray().size(), 3);
    // One event per step between the document's participants, plus the copies' own.
    int stepEvents = 0;
    for (const auto& event : std::as_const(events)) {
        if (event.kind == TransferEvent::Kind::Note) {
            ++stepEvents;
            QVERIFY(!event.from.isEmpty() && !event.to.isEmpty());
        }
    }
    QCOMPARE(stepEvents, 7);
    QCOMPARE(events.first().to, FlowRehearsal::roleIntermediate());
}

void TestFlowRehearsal::cleanUpLeavesNothing()
{
    RehearsalOptions options;
    options.repository = u"rehearsal/cleaned"_s;
    FlowRehearsal rehearsal(client(*m_intermediate), client(*m_buildset), client(*m_publication), options);
    QVERIFY(rehearse(rehearsal));
    QVERIFY2(!rehearsal.error(), qPrintable(rehearsal.error().message()));
    QCOMPARE(rehearsal.steps().size(), 8);
    QVERIFY(rehearsal.steps().last().ok);
    QCOMPARE(digestOf(*m_intermediate, options.repository, rehearsal.intermediateTag(1)), QString());
    QCOMPARE(digestOf(*m_intermediate, options.repository, rehearsal.intermediateTag(2)), QString());
    QCOMPARE(digestOf(*m_buildset, options.repository, u"latest"_s), QString());
    QCOMPARE(digestOf(*m_publication, options.repository, u"latest"_s), QString());
    // The other rehearsal's tags are untouched.
    QVERIFY(!digestOf(*m_publication, u"rehearsal/kept"_s, u"latest"_s).isEmpty());
}

void TestFlowRehearsal::wrongPasswordStopsAtTheFirstStep()
{
    RehearsalOptions options;
    options.repository = u"rehearsal/denied"_s;
    FlowRehearsal rehearsal(client(*m_intermediate, u"wrong-password"_s), client(*m_buildset), client(*m_publication),
                            options);
    QVERIFY(rehearse(rehearsal));
    QCOMPARE(rehearsal.error().kind(), RegistryError::Kind::Auth);
    QVERIFY2(rehearsal.error().message().startsWith(u"step 1 ("_s), qPrintable(rehearsal.error().message()));
    QVERIFY(rehearsal.error().message().contains(u"refused the credentials for user zuul"_s));
    QVERIFY(rehearsal.steps()[0].done && !rehearsal.steps()[0].ok);
    QVERIFY(!rehearsal.steps()[1].done);
    QCOMPARE(digestOf(*m_buildset, options.repository, u"latest"_s), QString());
}

void TestFlowRehearsal::refusedDeletesStopThePromote()
{
    RehearsalOptions options;
    options.repository = u"rehearsal/nodelete"_s;
    FlowRehearsal rehearsal(client(*m_intermediate), client(*m_buildset), client(*m_noDeletes), options);
    QVERIFY(rehearse(rehearsal));
    QVERIFY(rehearsal.error());
    QVERIFY2(rehearsal.error().message().startsWith(u"step 7 ("_s), qPrintable(rehearsal.error().message()));
    QVERIFY2(rehearsal.error().message().contains(u"delete"_s), qPrintable(rehearsal.error().message()));
    for (int i = 0; i < 6; ++i) {
        QVERIFY(rehearsal.steps()[i].ok);
    }
    QVERIFY(rehearsal.steps()[6].done && !rehearsal.steps()[6].ok);
    QVERIFY(!rehearsal.steps()[7].done); // no clean-up after a failure: the state stays for inspection
}

void TestFlowRehearsal::namesInUseAreNeverOverwritten()
{
    TestImage image;
    image.addLayer({TestImage::Entry(u"real"_s, "production image\n")});
    QString error;
    const auto layout = image.writeLayout(m_dir.filePath(u"real"_s), u"v1"_s, &error);
    QString digest;
    QVERIFY2(TestImage::pushWithSkopeo(layout, m_publication->hostPort() + u"/rehearsal/taken:latest"_s, *m_publication,
                                       &digest, &error),
             qPrintable(error));
    RehearsalOptions options;
    options.repository = u"rehearsal/taken"_s;
    FlowRehearsal rehearsal(client(*m_intermediate), client(*m_buildset), client(*m_publication), options);
    QVERIFY(rehearse(rehearsal));
    QCOMPARE(rehearsal.error().kind(), RegistryError::Kind::Usage);
    QVERIFY2(rehearsal.error().message().contains(u"already has rehearsal/taken:latest"_s),
             qPrintable(rehearsal.error().message()));
    QCOMPARE(digestOf(*m_publication, options.repository, u"latest"_s), digest);
    QCOMPARE(digestOf(*m_intermediate, options.repository, rehearsal.intermediateTag(1)), QString());
}

void TestFlowRehearsal::cliRehearsesAndReports()
{
    // One auth file and one certs.d for the three registries, as an admin's machine would have.
    QJsonObject auths;
    const auto certs = m_dir.filePath(u"certs.d"_s);
    for (const auto* registry : {m_intermediate.get(), m_buildset.get(), m_publication.get()}) {
        auths.insert(
            registry->hostPort(),
            QJsonObject{{u"auth"_s, QString::fromLatin1(
                                        (registry->username() + u':' + registry->password()).toUtf8().toBase64())}});
        QVERIFY(QDir().mkpath(certs + u'/' + registry->hostPort()));
        QVERIFY(QFile::copy(registry->caFile(), certs + u'/' + registry->hostPort() + u"/ca.crt"_s));
    }
    QFile authFile(m_dir.filePath(u"auth.json"_s));
    QVERIFY(authFile.open(QIODevice::WriteOnly));
    authFile.write(QJsonDocument(QJsonObject{{u"auths"_s, auths}}).toJson());
    authFile.close();
    const auto result = TestProcess::run(
        QStringLiteral(REGISTRYDESK_CLI),
        {u"--authfile"_s, authFile.fileName(), u"--certs-dir"_s, certs, u"--json"_s, u"flow"_s, u"rehearse"_s,
         u"--intermediate"_s, m_intermediate->hostPort(), u"--buildset"_s, m_buildset->hostPort(), u"--publish"_s,
         m_publication->hostPort(), u"--repository"_s, u"rehearsal/cli"_s, u"--change"_s, u"77"_s},
        120000);
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const auto report = QJsonDocument::fromJson(result.out).object();
    QVERIFY(report.value(u"ok"_s).toBool());
    const auto steps = report.value(u"steps"_s).toArray();
    QCOMPARE(steps.size(), 8);
    QVERIFY(steps[5].toObject().value(u"detail"_s).toString().contains(u"change_77_latest"_s));
    const auto events = report.value(u"events"_s).toArray();
    QVERIFY(events.size() > steps.size()); // the steps' own events and the copies' blob events
    QCOMPARE(events.first().toObject().value(u"to"_s).toString(), FlowRehearsal::roleIntermediate());
    const auto usage = TestProcess::run(QStringLiteral(REGISTRYDESK_CLI), {u"flow"_s, u"rehearse"_s}, 30000);
    QCOMPARE(usage.exitCode, 2);
}

void TestFlowRehearsal::startsATemporaryBuildsetRegistry()
{
    RehearsalOptions options;
    options.repository = u"rehearsal/temporary"_s;
    options.cleanUp = false;
    FlowRehearsal rehearsal(client(*m_intermediate), nullptr, client(*m_publication), options);
    QVERIFY(rehearse(rehearsal));
    QVERIFY2(!rehearsal.error(), qPrintable(rehearsal.error().message()));
    QVERIFY(rehearsal.buildsetRegistry().startsWith(u"127.0.0.1:"_s));
    QVERIFY(rehearsal.buildsetRegistry() != m_buildset->hostPort());
    QCOMPARE(digestOf(*m_intermediate, options.repository, rehearsal.intermediateTag(2)),
             rehearsal.currentDigest().toString());
    QCOMPARE(digestOf(*m_publication, options.repository, u"latest"_s), rehearsal.currentDigest().toString());
    QCOMPARE(digestOf(*m_buildset, options.repository, u"latest"_s), QString()); // the real one was not used
}

QTEST_GUILESS_MAIN(TestFlowRehearsal)
#include "TestFlowRehearsal.moc"
