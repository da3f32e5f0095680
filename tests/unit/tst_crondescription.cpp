#include "schedule/crondescription.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qronos;

class tst_CronDescription : public QObject
{
    Q_OBJECT

private slots:
    void english_data();
    void english();
    void chinese_data();
    void chinese();
};

void tst_CronDescription::english_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("description");
    QTest::newRow("last-friday") << "0 15 10 ? * 6L" << "At 10:15 on the last Friday of every month";
    QTest::newRow("daily") << "0 15 10 * * ?" << "At 10:15";
    QTest::newRow("every-5-min-in-hour") << "0 0/5 14 * * ?" << "Every 5 minutes, between 14:00 and 14:59";
    QTest::newRow("two-hours") << "0 0/5 14,18 * * ?" << "Every 5 minutes, in the hours starting 14:00 and 18:00";
    QTest::newRow("march-wednesdays") << "0 10,44 14 ? 3 WED" << "At 14:10 and 14:44 on Wednesday, in March";
    QTest::newRow("weekdays") << "0 15 10 ? * MON-FRI" << "At 10:15 on Monday through Friday";
    QTest::newRow("day-15") << "0 15 10 15 * ?" << "At 10:15 on day 15 of every month";
    QTest::newRow("last-day") << "0 15 10 L * ?" << "At 10:15 on the last day of every month";
    QTest::newRow("last-minus-2") << "0 15 10 L-2 * ?" << "At 10:15 2 days before the last day of every month";
    QTest::newRow("third-friday") << "0 15 10 ? * 6#3" << "At 10:15 on the third Friday of every month";
    QTest::newRow("every-5-days") << "0 0 12 1/5 * ?" << "At 12:00 every 5 days from day 1 of every month";
    QTest::newRow("once-a-year") << "0 11 11 11 11 ?" << "At 11:11 on November 11";
    QTest::newRow("every-second") << "* * * * * ?" << "Every second";
    QTest::newRow("every-minute") << "0 * * * * ?" << "Every minute";
    QTest::newRow("hourly") << "0 0 * * * ?" << "At minute 0 of every hour";
    QTest::newRow("every-15-s") << "*/15 * * * * ?" << "Every 15 seconds";
    QTest::newRow("last-weekday") << "0 0 0 LW * ?" << "At 00:00 on the last weekday of every month";
    QTest::newRow("nearest-weekday") << "0 0 9 1W * ?" << "At 09:00 on the weekday nearest day 1 of every month";
    QTest::newRow("years") << "0 15 10 ? * 6L 2002-2005" << "At 10:15 on the last Friday of every month, in 2002 through 2005";
    QTest::newRow("hour-step") << "0 0 8-18/2 * * ?" << "At 08:00, 10:00, 12:00, 14:00, 16:00 and 18:00";
    QTest::newRow("half-hours") << "0 0/30 9-17 * * ?" << "Every 30 minutes, between 09:00 and 17:59";
    QTest::newRow("minute-list") << "0 10,44 * * * ?" << "At minutes 10 and 44 of every hour";
    QTest::newRow("with-seconds") << "30 0 0 1 1 ?" << "At 00:00:30 on January 1";
    QTest::newRow("months") << "0 0 12 ? JAN,JUL MON" << "At 12:00 on Monday, in January and July";
    // As Quartz reads it: the "/2" is ignored.
    QTest::newRow("ignored-step") << "0 0 12 ? * MON-FRI/2" << "At 12:00 on Monday through Friday";
}

void tst_CronDescription::english()
{
    QFETCH(QString, expression);
    QFETCH(QString, description);
    const Result<CronExpression> cron = CronExpression::parse(expression);
    QVERIFY2(cron.ok(), qPrintable(cron.error()));
    QCOMPARE(describeCron(*cron, QLocale(QLocale::English, QLocale::UnitedStates)), description);
}

void tst_CronDescription::chinese_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("description");
    QTest::newRow("last-friday") << "0 15 10 ? * 6L" << QStringLiteral("每月最后一个星期五 10:15");
    QTest::newRow("weekdays") << "0 15 10 ? * MON-FRI" << QStringLiteral("星期一至星期五 10:15");
    QTest::newRow("every-5-min") << "0 0/5 14 * * ?" << QStringLiteral("14:00 至 14:59 之间，每 5 分钟");
    QTest::newRow("once-a-year") << "0 11 11 11 11 ?" << QStringLiteral("十一月11日 11:11");
}

void tst_CronDescription::chinese()
{
    QFETCH(QString, expression);
    QFETCH(QString, description);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/qronos/i18n/qronos_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    const Result<CronExpression> cron = CronExpression::parse(expression);
    QVERIFY2(cron.ok(), qPrintable(cron.error()));
    const QString text = describeCron(*cron, QLocale(QLocale::Chinese, QLocale::China));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, description);
}

QTEST_GUILESS_MAIN(tst_CronDescription)
#include "tst_crondescription.moc"
