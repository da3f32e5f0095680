// Runs the real qronosctl binary: the human preview and the --batch co-process protocol.

#include <QProcess>
#include <QTest>

class tst_Qronosctl : public QObject
{
    Q_OBJECT

private slots:
    void batchAnswersEachLineBeforeInputEnds();
    void humanPreview();
    void humanPreviewRejectsBadInput_data();
    void humanPreviewRejectsBadInput();
    void unknownCommand();
};

static QString binary() { return QStringLiteral(QRONOSCTL_PATH); }

void tst_Qronosctl::batchAnswersEachLineBeforeInputEnds()
{
    QProcess p;
    p.start(binary(), {QStringLiteral("preview"), QStringLiteral("--batch")});
    QVERIFY(p.waitForStarted());

    // Used as a co-process: each answer must arrive while stdin stays open.
    const auto ask = [&p](const QByteArray &request) {
        p.write(request);
        QByteArray line;
        while (!line.endsWith('\n')) {
            if (!p.waitForReadyRead(10000))
                return QByteArray("<no answer>");
            line += p.readLine();
        }
        return line.chopped(1);
    };
    QCOMPARE(ask("cron\t0 30 2 * * ?\t2024-03-09T12:00:00Z\tAmerica/New_York\t2\t-\n"),
             QByteArray("2024-03-11T06:30:00.000Z 2024-03-12T06:30:00.000Z"));
    QVERIFY(ask("cron\t0 30 2 * * MON\t2024-03-09T12:00:00Z\tUTC\t2\n").startsWith("ERROR\t"));
    QVERIFY(ask("bogus\n").startsWith("ERROR\t"));
    // CRLF input, calendar chain, END marker.
    QCOMPARE(ask("simple\t2024-01-01T00:00:00Z\t-\t86400000\t2\tUTC\t5\tweekly:1,7\r\n"),
             QByteArray("2024-01-01T00:00:00.000Z 2024-01-02T00:00:00.000Z 2024-01-03T00:00:00.000Z END"));
    QCOMPARE(ask("cron\t0 0 0 1 1 ? 2020\t2024-01-01T00:00:00Z\tUTC\t3\t-\n"), QByteArray("END"));

    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
}

void tst_Qronosctl::humanPreview()
{
    QProcess p;
    p.start(binary(), {QStringLiteral("preview"), QStringLiteral("--cron"), QStringLiteral("0 15 10 ? * 6L"),
                       QStringLiteral("--tz"), QStringLiteral("Asia/Shanghai"), QStringLiteral("--count"),
                       QStringLiteral("3"), QStringLiteral("--from"), QStringLiteral("2024-01-01T00:00:00+08:00")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    // Last Fridays of January to March 2024 at 10:15 in Shanghai, shown in the zone and in UTC.
    QVERIFY2(out.contains(QLatin1String("2024-01-26T10:15:00.000+08:00")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("2024-01-26T02:15:00.000Z")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("2024-03-29T02:15:00.000Z")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("2024-04-")), qPrintable(out));
}

void tst_Qronosctl::humanPreviewRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad-cron") << QStringList{QStringLiteral("--cron"), QStringLiteral("0 0 25 * * ?")} << "hours";
    QTest::newRow("bad-zone") << QStringList{QStringLiteral("--cron"), QStringLiteral("0 0 1 * * ?"), QStringLiteral("--tz"),
                                             QStringLiteral("Mars/Olympus")}
                              << "Mars/Olympus";
    QTest::newRow("bad-from") << QStringList{QStringLiteral("--cron"), QStringLiteral("0 0 1 * * ?"), QStringLiteral("--from"),
                                             QStringLiteral("2024-01-01 00:00")}
                              << "--from";
    QTest::newRow("bad-count") << QStringList{QStringLiteral("--cron"), QStringLiteral("0 0 1 * * ?"), QStringLiteral("--count"),
                                              QStringLiteral("0")}
                               << "--count";
    QTest::newRow("bad-calendar") << QStringList{QStringLiteral("--cron"), QStringLiteral("0 0 1 * * ?"),
                                                 QStringLiteral("--calendar"), QStringLiteral("holiday:2024-02-30")}
                                  << "2024-02-30";
    QTest::newRow("nothing") << QStringList{} << "--cron";
}

void tst_Qronosctl::humanPreviewRejectsBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QProcess p;
    p.start(binary(), QStringList{QStringLiteral("preview")} + args);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

void tst_Qronosctl::unknownCommand()
{
    QProcess p;
    p.start(binary(), {QStringLiteral("frobnicate")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("frobnicate")));
}

QTEST_GUILESS_MAIN(tst_Qronosctl)
#include "tst_qronosctl.moc"
