// The details pane, offscreen, driven by objectName, on an image from a real registry whose labels, annotation
// and environment hold terminal sequences: every view shows them as escapes, never as the characters.
#include "DetailsPane.h"
#include "RegistryProcess.h"
#include "TestImage.h"
#include "registry/RegistryClient.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestDetailsPane : public QObject
{
    Q_OBJECT
private slots:
    void showsHostileTextEscaped();
};

void TestDetailsPane::showsHostileTextEscaped()
{
    QTemporaryDir dir;
    RegistryProcess registry;
    QString error;
    QVERIFY2(registry.start(&error), qPrintable(error));
    const QString hostile = u"\x1b]0;pwned\x07 and \x1b[31mred\u009b2J"_s;
    const QString shown = uR"(\u001b]0;pwned\u0007 and \u001b[31mred\u009b2J)"_s;
    TestImage image;
    image.addLayer({TestImage::Entry(u"etc/motd"_s, "gated\n")});
    image.setLabel(u"org.example.note"_s, hostile);
    image.setAnnotation(u"org.example.annotation"_s, hostile);
    image.addEnv(u"GREETING="_s + hostile);
    const auto layout = image.writeLayout(dir.filePath(u"img"_s), u"latest"_s, &error);
    QVERIFY2(!layout.isEmpty(), qPrintable(error));
    QVERIFY2(
        TestImage::pushWithSkopeo(layout, registry.hostPort() + u"/zuul/hostile:latest"_s, registry, nullptr, &error),
        qPrintable(error));

    RegistryClient client(*RegistryAddress::parse(registry.hostPort()));
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(registry.caFile());
    client.setOptions(options);
    client.setCredentials({registry.username(), registry.password(), false});
    DetailsPane pane;
    pane.show();
    pane.showTag(&client, u"zuul/hostile"_s, u"latest"_s, {});

    auto* config = pane.findChild<QTextBrowser*>(u"configView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(config->toPlainText().contains(u"org.example.note"_s), 30000);
    auto* summary = pane.findChild<QTextBrowser*>(u"summaryView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->toPlainText().contains(u"org.example.annotation"_s), 30000);
    for (auto* view : {config, summary}) {
        const auto text = view->toPlainText();
        QVERIFY2(text.contains(shown), qPrintable(text));
        QVERIFY2(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x9b)) && !text.contains(QChar(0x07)),
                 qPrintable(text));
    }
    QVERIFY2(config->toPlainText().contains(u"GREETING="_s + shown), qPrintable(config->toPlainText()));
}

QTEST_MAIN(TestDetailsPane)
#include "TestDetailsPane.moc"
