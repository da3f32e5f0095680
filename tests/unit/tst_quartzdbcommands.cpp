// qronosctl --quartz-db: what is refused before any connection (no server needed): missing or unknown options,
// unknown commands, actions without their target, a SQLite URL, a table prefix that is not safe. The commands that
// reach a database are tested against the real Java Quartz in tests/interop/tst_quartzinterop.cpp.

#include <QProcess>
#include <QTest>

class tst_QuartzDbCommands : public QObject
{
    Q_OBJECT

private slots:
    void refusedBeforeConnecting_data();
    void refusedBeforeConnecting();
};

void tst_QuartzDbCommands::refusedBeforeConnecting_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    // A server nobody listens on: none of these may try it.
    const QString url = QStringLiteral("postgresql://quartz@127.0.0.1:1/quartz");
    const QString db = QStringLiteral("--quartz-db");
    QTest::newRow("no URL") << QStringList{db} << 2 << QStringLiteral("--quartz-db needs a value");
    QTest::newRow("no command") << QStringList{db, url} << 2 << QStringLiteral("the commands are schedulers, jobs");
    QTest::newRow("unknown command") << QStringList{db, url, QStringLiteral("frobnicate")} << 2
                                     << QStringLiteral("not \"frobnicate\"");
    QTest::newRow("unknown option") << QStringList{db, url, QStringLiteral("--quartz-bogus"), QStringLiteral("x"),
                                                   QStringLiteral("jobs")}
                                    << 2 << QStringLiteral("Unknown option --quartz-bogus");
    QTest::newRow("bad URL") << QStringList{db, QStringLiteral("ftp://x/y"), QStringLiteral("jobs")} << 2
                             << QStringLiteral("--quartz-db: ");
    QTest::newRow("SQLite") << QStringList{db, QStringLiteral("sqlite:///tmp/quartz.db"), QStringLiteral("jobs")} << 1
                            << QStringLiteral("PostgreSQL or MySQL/MariaDB");
    QTest::newRow("unsafe prefix") << QStringList{db, url, QStringLiteral("--quartz-prefix=Q;DROP"), QStringLiteral("jobs")}
                                   << 1 << QStringLiteral("\"Q;DROP\"");
    QTest::newRow("bad format") << QStringList{db, url, QStringLiteral("jobs"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << 2 << QStringLiteral("xml");
    QTest::newRow("stray argument") << QStringList{db, url, QStringLiteral("jobs"), QStringLiteral("extra")} << 2
                                    << QStringLiteral("\"extra\"");
    QTest::newRow("pause without target") << QStringList{db, url, QStringLiteral("pause"), QStringLiteral("--yes")} << 2
                                          << QStringLiteral("pause needs either --trigger");
    QTest::newRow("pause with both") << QStringList{db, url, QStringLiteral("pause"), QStringLiteral("--trigger"),
                                                    QStringLiteral("G.t"), QStringLiteral("--group"), QStringLiteral("G")}
                                     << 2 << QStringLiteral("pause needs either --trigger");
    QTest::newRow("resume a job") << QStringList{db, url, QStringLiteral("resume"), QStringLiteral("--job"),
                                                 QStringLiteral("G.j")}
                                  << 2 << QStringLiteral("resume acts on triggers");
    QTest::newRow("delete a group") << QStringList{db, url, QStringLiteral("delete"), QStringLiteral("--group"),
                                                   QStringLiteral("G")}
                                    << 2 << QStringLiteral("delete needs --trigger");
    QTest::newRow("fire a trigger") << QStringList{db, url, QStringLiteral("fire"), QStringLiteral("--trigger"),
                                                   QStringLiteral("G.t")}
                                    << 2 << QStringLiteral("fire needs --job");
    QTest::newRow("help") << QStringList{db, url, QStringLiteral("triggers"), QStringLiteral("--help")} << 0
                          << QStringLiteral("never writes");
}

void tst_QuartzDbCommands::refusedBeforeConnecting()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcess p;
    p.start(QStringLiteral(QRONOSCTL_PATH), arguments);
    QVERIFY(p.waitForFinished(30000));
    const QString output = QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
    QCOMPARE(p.exitCode(), exitCode);
    QVERIFY2(output.contains(message), qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("cannot connect")), qPrintable(output));
}

QTEST_GUILESS_MAIN(tst_QuartzDbCommands)
#include "tst_quartzdbcommands.moc"
