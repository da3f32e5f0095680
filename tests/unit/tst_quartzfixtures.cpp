// Replays the fixtures generated with the real Quartz 2.3.2 (tests/oracle/) through our
// implementation of the `qronosctl preview --batch` protocol and compares answer by answer.
// Fire times must be identical; for invalid requests both sides must answer ERROR.

#include "exchange/previewprotocol.h"
#include "schedule/civiltime.h"
#include "schedule/zonerules.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qronos;

class tst_QuartzFixtures : public QObject
{
    Q_OBJECT

private slots:
    void zoneDataAgreesWithJava();
    void replay_data();
    void replay();
};

static QString fixtureDir() { return QStringLiteral(QRONOS_SOURCE_DIR "/tests/fixtures/quartz"); }

static QList<QByteArray> readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// The oracle ran on Java's own tz database; ours is the system's. Where they disagree, an answer can
// differ for reasons that are not ours to fix, so check the zones the fixtures use agree first.
void tst_QuartzFixtures::zoneDataAgreesWithJava()
{
    const QList<QByteArray> rows = readLines(fixtureDir() + QStringLiteral("/zone_transitions.tsv"));
    QVERIFY(rows.size() > 100);
    int checked = 0;
    for (const QByteArray &row : rows) {
        if (row.startsWith('#'))
            continue;
        // zone, transition (epoch seconds), offset before, offset after (seconds)
        const QList<QByteArray> cols = row.split('\t');
        if (cols.size() < 4)
            continue;
        bool okT = false, okB = false, okA = false;
        const qint64 at = cols[1].toLongLong(&okT) * 1000;
        const qint64 before = cols[2].toLongLong(&okB);
        const qint64 after = cols[3].toLongLong(&okA);
        if (!okT || !okB || !okA)
            continue;
        // Only transitions in the period the fixtures cover (1995-2090).
        if (at < 788918400000LL || at > 3786912000000LL)
            continue;
        const ZoneRulesPtr zone = *ZoneRules::forId(cols[0]);
        if (zone->offsetAtUtc(at) / 1000 != after || zone->offsetAtUtc(at - 1) / 1000 != before)
            QFAIL(qPrintable(QStringLiteral("%1 at %2: Java %3 -> %4, system %5 -> %6")
                                 .arg(QString::fromUtf8(cols[0]))
                                 .arg(at)
                                 .arg(before)
                                 .arg(after)
                                 .arg(zone->offsetAtUtc(at - 1) / 1000)
                                 .arg(zone->offsetAtUtc(at) / 1000)));
        ++checked;
    }
    QVERIFY(checked > 100);
}

void tst_QuartzFixtures::replay_data()
{
    QTest::addColumn<QString>("set");
    const QStringList sets = QDir(fixtureDir()).entryList({QStringLiteral("*.requests")}, QDir::Files, QDir::Name);
    QVERIFY(!sets.isEmpty());
    for (const QString &file : sets) {
        const QString set = file.chopped(int(qstrlen(".requests")));
        QTest::newRow(qPrintable(set)) << set;
    }
}

void tst_QuartzFixtures::replay()
{
    QFETCH(QString, set);
    const QList<QByteArray> requests = readLines(fixtureDir() + QLatin1Char('/') + set + QStringLiteral(".requests"));
    const QList<QByteArray> expected = readLines(fixtureDir() + QLatin1Char('/') + set + QStringLiteral(".expected"));
    QCOMPARE(requests.size(), expected.size());
    QVERIFY(!requests.isEmpty());
    int mismatches = 0;
    int errors = 0;
    QString report;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QString want = QString::fromUtf8(expected[i]);
        const QString got = PreviewProtocol::answer(QString::fromUtf8(requests[i]));
        const bool wantError = want.startsWith(QLatin1String("ERROR"));
        const bool gotError = got.startsWith(QLatin1String("ERROR"));
        errors += wantError;
        const bool same = wantError ? gotError : got == want;
        if (!same) {
            if (++mismatches <= 15) {
                report += QStringLiteral("\n  line %1: %2\n    quartz: %3\n    qronos: %4")
                              .arg(i + 1)
                              .arg(QString::fromUtf8(requests[i]).replace(QLatin1Char('\t'), QLatin1String(" | ")),
                                   want.left(300), got.left(300));
            }
        }
        if (gotError && got.size() <= 6)
            QFAIL(qPrintable(QStringLiteral("line %1: an ERROR answer without a message").arg(i + 1)));
    }
    qInfo("%s: %lld requests, %d Quartz errors, %d mismatches", qPrintable(set), static_cast<long long>(requests.size()),
          errors, mismatches);
    if (mismatches)
        QFAIL(qPrintable(QStringLiteral("%1 of %2 answers differ from Quartz 2.3.2:%3")
                             .arg(mismatches)
                             .arg(requests.size())
                             .arg(report)));
}

QTEST_GUILESS_MAIN(tst_QuartzFixtures)
#include "tst_quartzfixtures.moc"
