// In-process flights of one blob into one repository: the first copy leads, the others wait for its landing, and
// a recent good landing is remembered so that a small blob is asked about rather than sent again.
#include "transfer/BlobFlights.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestBlobFlights : public QObject
{
    Q_OBJECT
private slots:
    void waitersLearnHowTheLeaderLanded();
    void leadNeverWaits();
    void onlyGoodLandingsAreRemembered();

private:
    static QString key(const QString& repository)
    {
        return BlobFlights::key(u"registry.test:5000"_s, repository, Digest::ofBytes(repository.toUtf8()));
    }
};

void TestBlobFlights::waitersLearnHowTheLeaderLanded()
{
    auto& flights = BlobFlights::instance();
    const auto flight = key(u"waiters/app"_s);
    QVERIFY(flights.board(flight, this, [](bool) { QFAIL("the leader is not told"); }));
    QList<bool> told;
    QVERIFY(!flights.board(flight, this, [&told](bool ok) { told << ok; }));
    auto* context = new QObject;
    QVERIFY(!flights.board(flight, context, [](bool) { QFAIL("a waiter whose context is gone is not told"); }));
    delete context;
    flights.land(flight, false);
    QCOMPARE(told, QList<bool>{false});
    // Landed: the next one to board leads again.
    QVERIFY(flights.board(flight, this, [](bool) {}));
    flights.land(flight, true);
}

void TestBlobFlights::leadNeverWaits()
{
    auto& flights = BlobFlights::instance();
    const auto flight = key(u"lead/app"_s);
    QVERIFY(flights.lead(flight));
    QVERIFY(!flights.lead(flight)); // flying: not led twice, and nothing is queued to run at its landing
    int told = 0;
    QVERIFY(!flights.board(flight, this, [&told](bool) { ++told; }));
    flights.land(flight, true);
    QCOMPARE(told, 1);
    QVERIFY(flights.lead(flight));
    flights.land(flight, true);
}

void TestBlobFlights::onlyGoodLandingsAreRemembered()
{
    auto& flights = BlobFlights::instance();
    const auto good = key(u"good/app"_s);
    const auto bad = key(u"bad/app"_s);
    QVERIFY(!flights.landedRecently(good));
    QVERIFY(flights.lead(good));
    QVERIFY(!flights.landedRecently(good)); // in the air is not landed
    flights.land(good, true);
    QVERIFY(flights.landedRecently(good));
    QVERIFY(flights.lead(bad));
    flights.land(bad, false);
    QVERIFY(!flights.landedRecently(bad));
    QVERIFY(!flights.landedRecently(key(u"other/app"_s)));
}

QTEST_GUILESS_MAIN(TestBlobFlights)
#include "TestBlobFlights.moc"
