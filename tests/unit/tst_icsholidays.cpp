#include "exchange/icsholidays.h"

#include <QTest>

using namespace Qronos;

namespace {

using Day = IcsHolidays::Day;

/// An .ics text from lines joined with CRLF (or LF).
QByteArray ics(const QStringList &lines, const char *newline = "\r\n")
{
    return lines.join(QString::fromLatin1(newline)).toUtf8() + newline;
}

QStringList wrapped(const QStringList &events)
{
    return QStringList{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Qronos//Test//EN"} + events
         + QStringList{"END:VCALENDAR"};
}

} // namespace

Q_DECLARE_METATYPE(QList<IcsHolidays::Day>)

class tst_IcsHolidays : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void errors_data();
    void errors();
    void makeUpSummaries_data();
    void makeUpSummaries();
};

void tst_IcsHolidays::reads_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<Day>>("holidays");
    QTest::addColumn<QList<Day>>("workdays");
    QTest::addColumn<int>("events");

    const QString nationalDay = QStringLiteral("国庆节");
    QTest::newRow("one date") << ics(wrapped({"BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20260101",
                                              "DTEND;VALUE=DATE:20260102", "SUMMARY:元旦", "END:VEVENT"}))
                              << QList<Day>{{QDate(2026, 1, 1), QStringLiteral("元旦")}} << QList<Day>{} << 1;
    QTest::newRow("multi-day, DTEND exclusive")
        << ics(wrapped({"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261001", "DTEND;VALUE=DATE:20261004", "SUMMARY:国庆节",
                        "END:VEVENT"}))
        << QList<Day>{{QDate(2026, 10, 1), nationalDay}, {QDate(2026, 10, 2), nationalDay}, {QDate(2026, 10, 3), nationalDay}}
        << QList<Day>{} << 1;
    QTest::newRow("duration") << ics(wrapped({"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261001", "DURATION:P2D",
                                              "SUMMARY:国庆节", "END:VEVENT"}))
                              << QList<Day>{{QDate(2026, 10, 1), nationalDay}, {QDate(2026, 10, 2), nationalDay}}
                              << QList<Day>{} << 1;
    QTest::newRow("duration in weeks") << ics(wrapped({"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261226", "DURATION:P1W",
                                                       "SUMMARY:Holidays", "END:VEVENT"}))
                                       << [] {
                                              QList<Day> days;
                                              for (int i = 0; i < 7; ++i)
                                                  days.append({QDate(2026, 12, 26).addDays(i), QStringLiteral("Holidays")});
                                              return days;
                                          }()
                                       << QList<Day>{} << 1;
    QTest::newRow("no end: one day") << ics(wrapped({"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261225", "SUMMARY:Christmas",
                                                     "END:VEVENT"}))
                                     << QList<Day>{{QDate(2026, 12, 25), QStringLiteral("Christmas")}} << QList<Day>{} << 1;
    QTest::newRow("date-times") << ics(wrapped({"BEGIN:VEVENT", "DTSTART;TZID=Asia/Shanghai:20261001T000000",
                                                "DTEND;TZID=Asia/Shanghai:20261002T120000", "SUMMARY:Half day",
                                                "END:VEVENT", "BEGIN:VEVENT", "DTSTART:20261005T000000Z",
                                                "DTEND:20261006T000000Z", "SUMMARY:Utc day", "END:VEVENT"}))
                                << QList<Day>{{QDate(2026, 10, 1), QStringLiteral("Half day")},
                                              {QDate(2026, 10, 2), QStringLiteral("Half day")},
                                              {QDate(2026, 10, 5), QStringLiteral("Utc day")}}
                                << QList<Day>{} << 2;
    // RFC 5545 folding: CRLF followed by one space or tab continues the line (inside a UTF-8 character too).
    QTest::newRow("folded lines") << ics(wrapped({"BEGIN:VEVENT", "DTSTART;VALUE=DA", " TE:20261001", "DTEND;VALUE=DATE:2026",
                                                  "\t1002", "SUMMARY:National Day of the People's", "  Republic\\, China",
                                                  "END:VEVENT"}))
                                  << QList<Day>{{QDate(2026, 10, 1), QStringLiteral("National Day of the People's Republic, China")}}
                                  << QList<Day>{} << 1;
    QTest::newRow("LF only") << ics(wrapped({"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20260501", "SUMMARY:劳动节", "END:VEVENT"}), "\n")
                             << QList<Day>{{QDate(2026, 5, 1), QStringLiteral("劳动节")}} << QList<Day>{} << 1;
    QTest::newRow("make-up days") << ics(wrapped({"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20260927", "SUMMARY:国庆节补班",
                                                  "END:VEVENT", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261010",
                                                  "SUMMARY:调休上班", "END:VEVENT", "BEGIN:VEVENT",
                                                  "DTSTART;VALUE=DATE:20261001", "SUMMARY:国庆节", "END:VEVENT"}))
                                  << QList<Day>{{QDate(2026, 10, 1), nationalDay}}
                                  << QList<Day>{{QDate(2026, 9, 27), QStringLiteral("国庆节补班")},
                                                {QDate(2026, 10, 10), QStringLiteral("调休上班")}}
                                  << 3;
    QTest::newRow("alarms and time zones skipped")
        << ics(wrapped({"BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                        "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT",
                        "DTSTART;VALUE=DATE:20260101", "SUMMARY:元旦", "BEGIN:VALARM", "TRIGGER:-PT15M",
                        "DESCRIPTION:Reminder", "SUMMARY:Work day reminder", "END:VALARM", "END:VEVENT"}))
        << QList<Day>{{QDate(2026, 1, 1), QStringLiteral("元旦")}} << QList<Day>{} << 1;
    QTest::newRow("UTF-8 BOM, no events") << QByteArray("\xEF\xBB\xBF") + ics(wrapped({})) << QList<Day>{} << QList<Day>{} << 0;
}

void tst_IcsHolidays::reads()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<Day>, holidays);
    QFETCH(QList<Day>, workdays);
    QFETCH(int, events);

    const Result<IcsHolidays> result = IcsHolidays::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->holidays.size(), holidays.size());
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        QCOMPARE(result->holidays[i].date, holidays[i].date);
        QCOMPARE(result->holidays[i].label, holidays[i].label);
    }
    QCOMPARE(result->makeUpWorkdays, workdays);
    QCOMPARE(result->eventCount, events);
}

void tst_IcsHolidays::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("empty") << QByteArray() << QStringList{"empty"};
    QTest::newRow("not ics") << QByteArray("date,name\n2026-10-01,National Day\n") << QStringList{"Line 1", "NAME:VALUE"};
    QTest::newRow("not a calendar") << ics({"BEGIN:VEVENT", "END:VEVENT"}) << QStringList{"Line 1", "BEGIN:VCALENDAR"};
    QTest::newRow("bad date") << ics(wrapped({"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261301", "END:VEVENT"}))
                              << QStringList{"Line 5", "DTSTART", "\"20261301\""};
    // The error names the physical line where the folded property begins.
    QTest::newRow("bad date, folded") << ics(wrapped({"BEGIN:VEVENT", "SUMMARY:x", " y", "DTEND;VALUE=DATE:", " 2026-10-02",
                                                      "DTSTART;VALUE=DATE:20261001", "END:VEVENT"}))
                                      << QStringList{"Line 7", "DTEND", "\"2026-10-02\""};
    QTest::newRow("bad date-time") << ics(wrapped({"BEGIN:VEVENT", "DTSTART:20261001T250000", "END:VEVENT"}))
                                   << QStringList{"Line 5", "DTSTART"};
    QTest::newRow("bad duration") << ics(wrapped({"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261001", "DURATION:2 days",
                                                  "END:VEVENT"}))
                                  << QStringList{"Line 6", "DURATION", "\"2 days\"", "P1D"};
    QTest::newRow("end before start") << ics(wrapped({"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261005",
                                                      "DTEND;VALUE=DATE:20261001", "END:VEVENT"}))
                                      << QStringList{"Line 6", "before DTSTART"};
    QTest::newRow("no DTSTART") << ics(wrapped({"BEGIN:VEVENT", "SUMMARY:x", "END:VEVENT"}))
                                << QStringList{"Line 4", "no DTSTART"};
    QTest::newRow("too long") << ics(wrapped({"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20260101", "DURATION:P400D", "END:VEVENT"}))
                              << QStringList{"Line 4", "400 days"};
    QTest::newRow("unclosed event") << ics({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20260101"})
                                    << QStringList{"Line 2", "BEGIN:VEVENT has no END:VEVENT"};
    QTest::newRow("mismatched end") << ics(wrapped({"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20260101", "END:VTODO"}))
                                    << QStringList{"Line 6", "END:VTODO", "END:VEVENT", "line 4"};
    QTest::newRow("line without colon") << ics(wrapped({"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20260101", "garbage",
                                                        "END:VEVENT"}))
                                        << QStringList{"Line 6", "\"garbage\""};
    QTest::newRow("after the calendar") << ics(wrapped({}) + QStringList{"SUMMARY:late"})
                                        << QStringList{"Line 5", "outside BEGIN:VCALENDAR"};
}

void tst_IcsHolidays::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, mentions);

    const Result<IcsHolidays> result = IcsHolidays::parse(text);
    QVERIFY(!result.ok());
    for (const QString &mention : mentions)
        QVERIFY2(result.error().contains(mention), qPrintable(result.error() + QStringLiteral(" lacks ") + mention));
}

void tst_IcsHolidays::makeUpSummaries_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<bool>("makeUp");

    QTest::newRow("班") << QStringLiteral("班") << true;
    QTest::newRow("补班") << QStringLiteral("春节补班") << true;
    QTest::newRow("调休上班") << QStringLiteral("国庆节调休上班") << true;
    QTest::newRow("working day") << QStringLiteral("Working Day (National Day)") << true;
    QTest::newRow("make-up") << QStringLiteral("Make-up workday") << true;
    QTest::newRow("holiday") << QStringLiteral("国庆节") << false;
    QTest::newRow("调休 alone") << QStringLiteral("国庆节调休") << false;
    QTest::newRow("english holiday") << QStringLiteral("Christmas Day") << false;
}

void tst_IcsHolidays::makeUpSummaries()
{
    QFETCH(QString, summary);
    QFETCH(bool, makeUp);
    QCOMPARE(IcsHolidays::marksMakeUpWorkday(summary), makeUp);
}

QTEST_GUILESS_MAIN(tst_IcsHolidays)
#include "tst_icsholidays.moc"
