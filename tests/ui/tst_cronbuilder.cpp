// The cron builder: raw text and field editors kept in sync both ways, every Quartz form the field
// editors can show, lenient or mixed spellings kept as custom text, and the engine's message for an
// invalid text. Runs on the offscreen platform.

#include "dialogs/cronbuilder.h"
#include "schedule/crondescription.h"
#include "schedule/cronexpression.h"
#include "views/errorlabel.h"
#include "widgetfinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Qronos;
using Qronos::Testing::child;
using Mode = CronBuilder::Mode;
using FieldState = CronBuilder::FieldState;
Q_DECLARE_METATYPE(Qronos::CronBuilder::FieldState)

namespace {

/// The modes of the seven fields, as letters: E every, A any (?), S specific, R range, T step,
/// L last day, O L-n, W nW, V LW, N n#k, K nL, C custom, - omitted year.
QString modeLetters(const CronBuilder &builder)
{
    QString letters;
    for (int f = 0; f < CronBuilder::FieldCount; ++f) {
        switch (builder.fieldState(CronBuilder::Field(f)).mode) {
        case Mode::Omitted: letters += QLatin1Char('-'); break;
        case Mode::Every: letters += QLatin1Char('E'); break;
        case Mode::Any: letters += QLatin1Char('A'); break;
        case Mode::Specific: letters += QLatin1Char('S'); break;
        case Mode::Range: letters += QLatin1Char('R'); break;
        case Mode::Step: letters += QLatin1Char('T'); break;
        case Mode::LastDay: letters += QLatin1Char('L'); break;
        case Mode::LastDayOffset: letters += QLatin1Char('O'); break;
        case Mode::NearestWeekday: letters += QLatin1Char('W'); break;
        case Mode::LastWeekday: letters += QLatin1Char('V'); break;
        case Mode::NthWeekday: letters += QLatin1Char('N'); break;
        case Mode::LastOfWeekday: letters += QLatin1Char('K'); break;
        case Mode::Custom: letters += QLatin1Char('C'); break;
        }
    }
    return letters;
}

} // namespace

class tst_CronBuilder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void textToEditorsAndBack_data();
    void textToEditorsAndBack();
    void editorChangesRewriteText_data();
    void editorChangesRewriteText();
    void widgetsRewriteText();
    void invalidTextKeepsEditors();
    void customFieldEditedByHand();
    void dayFieldsKeepOneQuestionMark();
    void hideEditors();
    void emptyBuilderEditsToValidExpression();
    void editorsNeverChangeMeaning();

private:
    CronBuilder *m_builder = nullptr;
};

void tst_CronBuilder::init()
{
    m_builder = new CronBuilder;
    m_builder->resize(600, 400);
    m_builder->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_builder));
}

void tst_CronBuilder::cleanup()
{
    delete m_builder;
    m_builder = nullptr;
}

void tst_CronBuilder::textToEditorsAndBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("modes");    // see modeLetters()
    QTest::addColumn<QString>("editors");  // the expression the field editors write back

    const auto row = [](const char *text, const char *modes, const char *editors = nullptr) {
        QTest::newRow(text) << QString::fromLatin1(text) << QString::fromLatin1(modes)
                            << QString::fromLatin1(editors ? editors : text);
    };
    // Written back as typed.
    row("0 15 10 ? * 6L", "SSSAEK-");
    row("0 0/5 14,18 * * ?", "STSEEA-");
    row("0 0 12 1/5 * ?", "SSSTEA-");
    row("0 11 11 11 11 ?", "SSSSSA-");
    row("0 15 10 L-2 * ?", "SSSOEA-");
    row("0 15 10 LW * ?", "SSSVEA-");
    row("0 15 10 15W * ?", "SSSWEA-");
    row("0 15 10 ? * 6#3", "SSSAEN-");
    row("0 0 0 ? * MON-FRI", "SSSAER-");
    row("0 0 8-18/2 ? * MON-FRI 2027", "SSRAERS");
    row("0 15 10 L * ?", "SSSLEA-");
    row("0 15 10 ? * FRIL", "SSSAEK-");
    row("0 15 10 ? * MON#1", "SSSAEN-");
    row("* * * * * ?", "EEEEEA-");
    row("0 0 12 * * ? *", "SSSEEAE");
    row("0 0/30 8-9 5,20 * ?", "STRSEA-");
    row("0 15 10 ? JAN,MAR,DEC MON", "SSSASS-");
    row("0 0 0 1 1-6/2 ?", "SSSSRA-");
    row("0 0 22-2 * * ?", "SSREEA-"); // a range that wraps past midnight
    row("0 0 0 ? * * 2026-2030/2", "SSSAEER");
    row("0 0 0 ? * * 2027/3", "SSSAEET");
    row("0 0 0 ? * 1,7", "SSSAES-");
    row("15,45 * * * * ?", "SEEEEA-");
    // Lists mixing ranges and steps, and spellings Quartz reads leniently: kept as custom text.
    row("0 0-10,30-40/5 * * * ?", "SCEEEA-");
    row("0 0 1,5-7,20 * * ?", "SSCEEA-");
    row("0 0 0 ? * MON-FRI/2", "SSSAEC-");
    row("0 0 0 ? * MON,3", "SSSAEC-");
    row("0 0 12 ? * L", "SSSAEC-");
    // Quartz's equivalent spellings, written back in the editors' own form.
    row("0 */5 * * * ?", "STEEEA-", "0 0/5 * * * ?");
    row("0 0 12 */10 * ?", "SSSTEA-", "0 0 12 1/10 * ?");
    row("0 05 09 * * ?", "SSSEEA-", "0 5 9 * * ?");
    row("0 0 0 ? * mon-fri", "SSSAER-", "0 0 0 ? * MON-FRI");
    row("0 0 12 14,1 * ?", "SSSSEA-", "0 0 12 1,14 * ?");
}

void tst_CronBuilder::textToEditorsAndBack()
{
    QFETCH(QString, text);
    QFETCH(QString, modes);
    QFETCH(QString, editors);

    QVERIFY2(CronExpression::isValid(text), qPrintable(CronExpression::parse(text).error()));
    QSignalSpy changed(m_builder, &CronBuilder::expressionChanged);
    m_builder->setExpression(text);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), text);
    QVERIFY(m_builder->isValid());
    QCOMPARE(m_builder->expression(), text); // the text is never rewritten by reading it
    QCOMPARE(modeLetters(*m_builder), modes);
    QCOMPARE(m_builder->editorsExpression(), editors);
    // The editors' form means exactly what the text means.
    const CronExpression a = *CronExpression::parse(text);
    const CronExpression b = *CronExpression::parse(editors);
    for (int f = 0; f < CronExpression::FieldCount; ++f)
        QCOMPARE(b.values(CronExpression::FieldIndex(f)), a.values(CronExpression::FieldIndex(f)));
    QCOMPARE(describeCron(b), describeCron(a));
    QCOMPARE(child<QLabel>(m_builder, QStringLiteral("cronDescription"))->text(), describeCron(a));
    QVERIFY(!child<ErrorLabel>(m_builder, QStringLiteral("cronError"))->isVisible());
}

void tst_CronBuilder::editorChangesRewriteText_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("field");
    QTest::addColumn<FieldState>("state");
    QTest::addColumn<QString>("expected");

    const auto state = [](Mode mode) {
        FieldState s;
        s.mode = mode;
        return s;
    };
    FieldState s = state(Mode::Specific);
    s.values = {0, 30};
    QTest::newRow("minutes 0,30") << "0 0 12 * * ?" << int(CronExpression::Minutes) << s << "0 0,30 12 * * ?";
    s = state(Mode::Range);
    s.from = 9;
    s.to = 17;
    QTest::newRow("hours 9-17") << "0 0 12 * * ?" << int(CronExpression::Hours) << s << "0 0 9-17 * * ?";
    s.step = 2;
    QTest::newRow("hours 9-17/2") << "0 0 12 * * ?" << int(CronExpression::Hours) << s << "0 0 9-17/2 * * ?";
    s = state(Mode::Step);
    s.from = 0;
    s.step = 10;
    QTest::newRow("seconds 0/10") << "0 0 12 * * ?" << int(CronExpression::Seconds) << s << "0/10 0 12 * * ?";
    s = state(Mode::LastDayOffset);
    s.offset = 3;
    QTest::newRow("L-3") << "0 0 12 * * ?" << int(CronExpression::DayOfMonth) << s << "0 0 12 L-3 * ?";
    s = state(Mode::NearestWeekday);
    s.from = 1;
    QTest::newRow("1W") << "0 0 12 * * ?" << int(CronExpression::DayOfMonth) << s << "0 0 12 1W * ?";
    QTest::newRow("LW") << "0 0 12 * * ?" << int(CronExpression::DayOfMonth) << state(Mode::LastWeekday)
                        << "0 0 12 LW * ?";
    // The other day field gives way to '?'.
    s = state(Mode::NthWeekday);
    s.from = 2;
    s.offset = 1;
    s.names = true;
    QTest::newRow("MON#1") << "0 0 12 * * ?" << int(CronExpression::DayOfWeek) << s << "0 0 12 ? * MON#1";
    s.names = false;
    QTest::newRow("2#1") << "0 0 12 * * ?" << int(CronExpression::DayOfWeek) << s << "0 0 12 ? * 2#1";
    s = state(Mode::LastOfWeekday);
    s.from = 6;
    s.names = true;
    QTest::newRow("FRIL") << "0 0 12 ? * MON" << int(CronExpression::DayOfWeek) << s << "0 0 12 ? * FRIL";
    s = state(Mode::Specific);
    s.values = {3, 6, 9, 12};
    s.names = true;
    QTest::newRow("months") << "0 0 12 1 * ?" << int(CronExpression::Month) << s << "0 0 12 1 MAR,JUN,SEP,DEC ?";
    s = state(Mode::Specific);
    s.values = {2027, 2028};
    QTest::newRow("years") << "0 0 12 * * ?" << int(CronExpression::Year) << s << "0 0 12 * * ? 2027,2028";
    QTest::newRow("year omitted") << "0 0 12 * * ? 2027" << int(CronExpression::Year) << state(Mode::Omitted)
                                  << "0 0 12 * * ?";
    s = state(Mode::Custom);
    s.text = QStringLiteral("0-10,30-40/5");
    QTest::newRow("custom") << "0 0 12 * * ?" << int(CronExpression::Minutes) << s << "0 0-10,30-40/5 12 * * ?";
    QTest::newRow("every hour") << "0 0 12 * * ?" << int(CronExpression::Hours) << state(Mode::Every)
                                << "0 0 * * * ?";
}

void tst_CronBuilder::editorChangesRewriteText()
{
    QFETCH(QString, start);
    QFETCH(int, field);
    QFETCH(FieldState, state);
    QFETCH(QString, expected);

    m_builder->setExpression(start);
    QVERIFY(m_builder->isValid());
    QSignalSpy changed(m_builder, &CronBuilder::expressionChanged);
    m_builder->setFieldState(CronBuilder::Field(field), state);
    QCOMPARE(m_builder->expression(), expected);
    QCOMPARE(child<QLineEdit>(m_builder, QStringLiteral("cronEdit"))->text(), expected);
    QVERIFY2(m_builder->isValid(), qPrintable(m_builder->errorMessage()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), expected);
    QCOMPARE(m_builder->fieldState(CronBuilder::Field(field)), state);
}

void tst_CronBuilder::widgetsRewriteText()
{
    m_builder->setExpression(QStringLiteral("0 0 12 * * ?"));
    // Minutes: specific values, by clicking the value buttons.
    auto *minutesMode = child<QComboBox>(m_builder, QStringLiteral("minutesMode"));
    child<QTabWidget>(m_builder, QStringLiteral("cronFieldTabs"))->setCurrentIndex(CronExpression::Minutes);
    QTest::mouseClick(child<QToolButton>(m_builder, QStringLiteral("minutesValue15")), Qt::LeftButton);
    QCOMPARE(minutesMode->currentData().toInt(), int(Mode::Specific));
    QCOMPARE(m_builder->expression(), QStringLiteral("0 0,15 12 * * ?"));
    QTest::mouseClick(child<QToolButton>(m_builder, QStringLiteral("minutesValue0")), Qt::LeftButton);
    QCOMPARE(m_builder->expression(), QStringLiteral("0 15 12 * * ?"));
    // The last value cannot be unchecked: a field never goes empty.
    QTest::mouseClick(child<QToolButton>(m_builder, QStringLiteral("minutesValue15")), Qt::LeftButton);
    QVERIFY(child<QToolButton>(m_builder, QStringLiteral("minutesValue15"))->isChecked());
    QCOMPARE(m_builder->expression(), QStringLiteral("0 15 12 * * ?"));

    // Hours: a range from its spin boxes.
    auto *hoursMode = child<QComboBox>(m_builder, QStringLiteral("hoursMode"));
    hoursMode->setCurrentIndex(hoursMode->findData(int(Mode::Range)));
    child<QSpinBox>(m_builder, QStringLiteral("hoursRangeFrom"))->setValue(8);
    child<QSpinBox>(m_builder, QStringLiteral("hoursRangeTo"))->setValue(18);
    child<QSpinBox>(m_builder, QStringLiteral("hoursRangeStep"))->setValue(2);
    QCOMPARE(m_builder->expression(), QStringLiteral("0 15 8-18/2 * * ?"));

    // Day of week: a range of names, and the day of month becomes '?'.
    auto *dowMode = child<QComboBox>(m_builder, QStringLiteral("dayOfWeekMode"));
    dowMode->setCurrentIndex(dowMode->findData(int(Mode::Range)));
    auto *from = child<QComboBox>(m_builder, QStringLiteral("dayOfWeekRangeFrom"));
    auto *to = child<QComboBox>(m_builder, QStringLiteral("dayOfWeekRangeTo"));
    from->setCurrentIndex(from->findData(2));
    to->setCurrentIndex(to->findData(6));
    QCOMPARE(m_builder->expression(), QStringLiteral("0 15 8-18/2 ? * MON-FRI"));
    child<QCheckBox>(m_builder, QStringLiteral("dayOfWeekNames"))->setChecked(false);
    QCOMPARE(m_builder->expression(), QStringLiteral("0 15 8-18/2 ? * 2-6"));

    // Year: tick one in the list.
    auto *yearMode = child<QComboBox>(m_builder, QStringLiteral("yearMode"));
    yearMode->setCurrentIndex(yearMode->findData(int(Mode::Specific)));
    auto *years = child<QListWidget>(m_builder, QStringLiteral("yearValues"));
    QCOMPARE(m_builder->fieldState(CronExpression::Year).values.size(), 1); // this year, to start with
    QListWidgetItem *year2030 = years->findItems(QStringLiteral("2030"), Qt::MatchExactly).value(0);
    QVERIFY(year2030);
    year2030->setCheckState(Qt::Checked);
    for (int i = 0; i < years->count(); ++i) {
        if (years->item(i) != year2030)
            years->item(i)->setCheckState(Qt::Unchecked);
    }
    QCOMPARE(m_builder->expression(), QStringLiteral("0 15 8-18/2 ? * 2-6 2030"));

    // Day of month: the nearest weekday, with its spin box.
    auto *domMode = child<QComboBox>(m_builder, QStringLiteral("dayOfMonthMode"));
    domMode->setCurrentIndex(domMode->findData(int(Mode::NearestWeekday)));
    child<QSpinBox>(m_builder, QStringLiteral("dayOfMonthWeekday"))->setValue(10);
    QCOMPARE(m_builder->expression(), QStringLiteral("0 15 8-18/2 10W * ? 2030"));
    QVERIFY(m_builder->isValid());
    // The description follows.
    QCOMPARE(child<QLabel>(m_builder, QStringLiteral("cronDescription"))->text(),
             describeCron(*CronExpression::parse(m_builder->expression())));
}

void tst_CronBuilder::invalidTextKeepsEditors()
{
    m_builder->setExpression(QStringLiteral("0 0/5 14,18 * * ?"));
    const QString modes = modeLetters(*m_builder);
    const FieldState hours = m_builder->fieldState(CronExpression::Hours);
    auto *edit = child<QLineEdit>(m_builder, QStringLiteral("cronEdit"));
    auto *error = child<ErrorLabel>(m_builder, QStringLiteral("cronError"));

    const QString bad[] = {QStringLiteral("0 0/5 25 * * ?"), QStringLiteral("0 0/5 14,18 * *"),
                           QStringLiteral("0 0/5 14,18 * * MON"), QStringLiteral("0 0/5 14,18 ? * 2#6")};
    for (const QString &text : bad) {
        edit->setText(text); // as pasted: typed, a valid prefix such as "... ? * 2" of "... ? * 2#6" would count
        QVERIFY2(!m_builder->isValid(), qPrintable(text));
        const QString expected = CronExpression::parse(text).error();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(error->text(), expected);
        QCOMPARE(m_builder->errorMessage(), expected);
        QVERIFY(error->isVisible());
        QVERIFY(child<QLabel>(m_builder, QStringLiteral("cronDescription"))->text().isEmpty());
        // The editors hold the last valid expression still.
        QCOMPARE(modeLetters(*m_builder), modes);
        QCOMPARE(m_builder->fieldState(CronExpression::Hours), hours);
        QCOMPARE(m_builder->editorsExpression(), QStringLiteral("0 0/5 14,18 * * ?"));
        QCOMPARE(m_builder->expression(), text); // and the text is left as typed
    }
    edit->clear();
    QVERIFY(!m_builder->isValid());
    QVERIFY(error->isVisible());
    QVERIFY(!m_builder->errorMessage().isEmpty());

    // Editing a field then writes the editors' expression over the bad text.
    FieldState s;
    s.mode = Mode::Specific;
    s.values = {9};
    m_builder->setFieldState(CronExpression::Hours, s);
    QCOMPARE(m_builder->expression(), QStringLiteral("0 0/5 9 * * ?"));
    QVERIFY(m_builder->isValid());
    QVERIFY(!error->isVisible());

    // Quartz's notes on what it ignores.
    m_builder->setExpression(QStringLiteral("0 0 12 ? * MON-FRI/2"));
    auto *notes = child<QLabel>(m_builder, QStringLiteral("cronNotes"));
    QVERIFY(notes->isVisible());
    QVERIFY(notes->text().contains(QLatin1String("/2")));
}

void tst_CronBuilder::customFieldEditedByHand()
{
    m_builder->setExpression(QStringLiteral("0 0-10,30-40/5 * * * ?"));
    QCOMPARE(m_builder->fieldState(CronExpression::Minutes).mode, Mode::Custom);
    auto *custom = child<QLineEdit>(m_builder, QStringLiteral("minutesCustom"));
    QCOMPARE(custom->text(), QStringLiteral("0-10,30-40/5"));
    custom->clear();
    QTest::keyClicks(custom, QStringLiteral("5,10-12"));
    QCOMPARE(m_builder->expression(), QStringLiteral("0 5,10-12 * * * ?"));
    QVERIFY(m_builder->isValid());

    // Switching a structured field to custom starts from its current text.
    m_builder->setExpression(QStringLiteral("0 0 9-17 * * ?"));
    auto *hoursMode = child<QComboBox>(m_builder, QStringLiteral("hoursMode"));
    hoursMode->setCurrentIndex(hoursMode->findData(int(Mode::Custom)));
    QCOMPARE(child<QLineEdit>(m_builder, QStringLiteral("hoursCustom"))->text(), QStringLiteral("9-17"));
    QCOMPARE(m_builder->expression(), QStringLiteral("0 0 9-17 * * ?"));
}

void tst_CronBuilder::dayFieldsKeepOneQuestionMark()
{
    m_builder->setExpression(QStringLiteral("0 0 12 ? * MON"));
    FieldState s;
    s.mode = Mode::Any;
    m_builder->setFieldState(CronExpression::DayOfWeek, s);
    QCOMPARE(m_builder->expression(), QStringLiteral("0 0 12 * * ?"));
    s.mode = Mode::LastDay;
    m_builder->setFieldState(CronExpression::DayOfMonth, s);
    QCOMPARE(m_builder->expression(), QStringLiteral("0 0 12 L * ?"));
    s.mode = Mode::Every;
    m_builder->setFieldState(CronExpression::DayOfWeek, s);
    QCOMPARE(m_builder->expression(), QStringLiteral("0 0 12 ? * *"));
    QVERIFY(m_builder->isValid());
}

void tst_CronBuilder::hideEditors()
{
    auto *tabs = child<QTabWidget>(m_builder, QStringLiteral("cronFieldTabs"));
    QVERIFY(tabs->isVisible());
    QTest::mouseClick(child<QToolButton>(m_builder, QStringLiteral("cronBuilderToggle")), Qt::LeftButton);
    QVERIFY(!tabs->isVisible());
    QVERIFY(!m_builder->editorsVisible());
    m_builder->setEditorsVisible(true);
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->count(), int(CronExpression::FieldCount));
}

void tst_CronBuilder::emptyBuilderEditsToValidExpression()
{
    QVERIFY(m_builder->expression().isEmpty());
    QVERIFY(!m_builder->isValid());
    QVERIFY(child<ErrorLabel>(m_builder, QStringLiteral("cronError"))->isVisible());
    QCOMPARE(m_builder->editorsExpression(), QStringLiteral("0 0 * * * ?"));
    QTest::mouseClick(child<QToolButton>(m_builder, QStringLiteral("minutesValue30")), Qt::LeftButton);
    QCOMPARE(m_builder->expression(), QStringLiteral("0 0,30 * * * ?"));
    QVERIFY(m_builder->isValid());
    QVERIFY(!child<ErrorLabel>(m_builder, QStringLiteral("cronError"))->isVisible());
}

void tst_CronBuilder::editorsNeverChangeMeaning()
{
    // Expressions put together from many spellings per field: whatever the engine accepts, the
    // field editors (structured or custom) write back with the same meaning and no note.
    const QStringList seconds = {"0", "*", "0/15", "*/20", "5-10", "1,2,3", "10-50/10", "59", "0-10,30", "07"};
    const QStringList hours = {"0", "*", "9-17", "22-2", "8-18/2", "0/6", "12,18", "23", "1-3,5-7/1", "*/4"};
    const QStringList dom = {"*", "1", "L", "L-3", "LW", "15W", "1/5", "1-15", "1,15,31", "*/7", "5-10/2"};
    const QStringList months = {"*", "JAN", "1-6", "JAN-JUN", "3/3", "JAN,JUL", "12", "NOV-FEB", "1,MAR", "*/2"};
    const QStringList dow = {"*", "MON-FRI", "2-6", "6L", "FRIL", "6#3", "MON#1", "1,7", "SAT,SUN", "7", "SUN-SAT"};
    const QStringList years = {"", "*", "2027", "2026-2030", "2026-2030/2", "2027/3", "2027,2029"};
    QRandomGenerator random(20261121);
    const auto pick = [&random](const QStringList &list) { return list.at(int(random.bounded(list.size()))); };
    int checked = 0;
    for (int i = 0; i < 600; ++i) {
        // Exactly one of the day fields is '?'.
        const bool byDayOfMonth = random.bounded(2) == 0;
        QStringList parts = {pick(seconds), pick(seconds), pick(hours), byDayOfMonth ? pick(dom) : QStringLiteral("?"),
                             pick(months), byDayOfMonth ? QStringLiteral("?") : pick(dow)};
        const QString year = pick(years);
        if (!year.isEmpty())
            parts.append(year);
        const QString text = parts.join(QLatin1Char(' '));
        const Result<CronExpression> cron = CronExpression::parse(text);
        if (!cron || !cron->notes().isEmpty())
            continue;
        ++checked;
        m_builder->setExpression(text);
        QVERIFY2(m_builder->isValid(), qPrintable(text));
        const QString editors = m_builder->editorsExpression();
        const Result<CronExpression> back = CronExpression::parse(editors);
        QVERIFY2(back, qPrintable(text + QStringLiteral(" -> ") + editors));
        for (int f = 0; f < CronExpression::FieldCount; ++f)
            QVERIFY2(back->values(CronExpression::FieldIndex(f)) == cron->values(CronExpression::FieldIndex(f)),
                     qPrintable(text + QStringLiteral(" -> ") + editors));
        QCOMPARE(describeCron(*back), describeCron(*cron));
        QVERIFY2(back->notes().isEmpty(), qPrintable(editors));
    }
    QVERIFY2(checked > 300, qPrintable(QString::number(checked)));
}

QTEST_MAIN(tst_CronBuilder)
#include "tst_cronbuilder.moc"
