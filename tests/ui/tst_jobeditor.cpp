// The job editor dialog: a job made through its widgets, setJob() -> job() round trips for every kind
// of page, validation messages under their fields, the job-data table and duplicate mode. Runs on
// the offscreen platform.

#include "dialogs/jobeditordialog.h"
#include "jobs/jobtyperegistry.h"
#include "jobs/sqljob.h"
#include "translationloader.h"
#include "views/errorlabel.h"
#include "widgetfinder.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace Qronos;
using Qronos::Testing::child;

Q_DECLARE_METATYPE(Qronos::JobDetail)

namespace {

/// Types \a text into the editor an item view opened (the visible one: closed editors linger until
/// deleted), and commits it with Return.
void typeIntoEditor(QAbstractItemView *view, const QString &text)
{
    QPointer<QLineEdit> editor;
    for (QLineEdit *e : view->findChildren<QLineEdit *>()) {
        if (e->isVisible())
            editor = e;
    }
    QVERIFY2(editor, "no open editor");
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!editor || !editor->isVisible()); // the delegate commits and closes it in a queued call
}

QByteArray json(const JobDetail &job)
{
    return QJsonDocument(job.toJson()).toJson(QJsonDocument::Indented);
}

/// A plugin-like type whose page is built from its schema.
JobTypeInfo probeType()
{
    JobTypeInfo info;
    info.name = QStringLiteral("probe");
    info.description = QStringLiteral("A type for the test, described only by its schema.");
    info.dataSchema = QStringLiteral(R"({"type": "object", "required": ["file"], "properties": {
        "file": {"type": "string", "description": "what to probe"},
        "count": {"type": "integer", "default": 3},
        "ratio": {"type": "number"},
        "strict": {"type": "boolean", "default": true},
        "mode": {"type": "string", "enum": ["fast", "slow"], "default": "fast"},
        "codes": {"type": ["integer", "string"], "example": "1,2"}}})");
    info.factory = [] { return std::unique_ptr<Job>(); };
    info.validator = [](const JobDataMap &data) -> Result<Done> {
        if (data.string(QStringLiteral("file")).isEmpty())
            return fail(QStringLiteral("\"file\" is required."));
        return Done{};
    };
    return info;
}

JobDetail withAllOptions(JobDetail job)
{
    job.setDescription(QStringLiteral("Nightly report\nsecond line"));
    job.setDurable(true);
    job.setRequestsRecovery(true);
    job.setConcurrentExecutionDisallowed(true);
    job.setPersistJobDataAfterExecution(true);
    job.setTimeoutMs(90'000);
    job.setRetryCount(3);
    job.setRetryDelayMs(1500);
    job.setFailureWebhook(QStringLiteral("https://hooks.example.com/qronos?x=1"));
    job.setRequiredNodeTag(QStringLiteral("linux"));
    job.setPinnedInstanceId(QStringLiteral("node-7"));
    return job;
}

} // namespace

class tst_JobEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createShellJobThroughWidgets();
    void roundTrip_data();
    void roundTrip();
    void validationMessages_data();
    void validationMessages();
    void tableKeyWinsOverPageField();
    void validatorMessageForTableKey();
    void typeDescriptions();
    void editingMakesKeyReadOnly();
    void duplicateProposesFreeName();
    void fitsSmallScreens();
    void translatedValidatorMessagesFindTheirFields(); // last: it installs translators

private:
    void setText(const char *objectName, const QString &text);
    void prepareValidJob(const QString &type);

    JobTypeRegistry m_registry;
    QSet<JobKey> m_taken;
    JobEditorDialog *m_dialog = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

void tst_JobEditor::initTestCase()
{
    QVERIFY(registerBuiltInJobTypes(m_registry).ok());
    QVERIFY(registerSqlJobType(m_registry, nullptr).ok());
    QVERIFY(m_registry.registerType(probeType()).ok());
    m_taken = {JobKey(QStringLiteral("report")), JobKey(QStringLiteral("report (copy)")),
               JobKey(QStringLiteral("cleanup"), QStringLiteral("nightly"))};
}

void tst_JobEditor::init()
{
    m_dialog = new JobEditorDialog(m_registry, m_taken);
    for (const char *name : {"dataTable", "shellArgumentsList", "shellEnvironmentTable", "httpHeadersTable"}) {
        auto *view = child<QAbstractItemView>(m_dialog, name);
        m_testers.append(
            new QAbstractItemModelTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void tst_JobEditor::cleanup()
{
    qDeleteAll(m_testers); // before the models: a model being destroyed is no longer checkable
    m_testers.clear();
    delete m_dialog;
    m_dialog = nullptr;
}

void tst_JobEditor::setText(const char *objectName, const QString &text)
{
    QWidget *w = child<QWidget>(m_dialog, objectName);
    if (auto *edit = qobject_cast<QLineEdit *>(w)) {
        edit->clear();
        QTest::keyClicks(edit, text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
        plain->clear();
        QTest::keyClicks(plain, text);
    } else {
        QFAIL("not a text field");
    }
}

void tst_JobEditor::prepareValidJob(const QString &type)
{
    auto *combo = child<QComboBox>(m_dialog, "typeCombo");
    combo->setCurrentIndex(combo->findData(type));
    setText("nameEdit", QStringLiteral("job"));
    if (type == QLatin1String("shell")) {
        setText("shellProgramEdit", QStringLiteral("/bin/true"));
    } else if (type == QLatin1String("http")) {
        setText("httpUrlEdit", QStringLiteral("https://example.com/"));
    } else if (type == QLatin1String("sql")) {
        setText("sqlDataSourceEdit", QStringLiteral("reporting"));
        setText("sqlStatementEdit", QStringLiteral("SELECT 1"));
    }
    QVERIFY2(m_dialog->isValid(), qPrintable(child<QLabel>(m_dialog, "problemSummary")->text()));
}

void tst_JobEditor::createShellJobThroughWidgets()
{
    auto *ok = child<QPushButton>(m_dialog, "okButton");
    QVERIFY(!ok->isEnabled()); // no name, no program

    QTest::keyClicks(child<QLineEdit>(m_dialog, "nameEdit"), QStringLiteral("backup"));
    QTest::keyClicks(child<QLineEdit>(m_dialog, "groupEdit"), QStringLiteral("nightly"));
    QTest::keyClicks(child<QPlainTextEdit>(m_dialog, "descriptionEdit"), QStringLiteral("Archives the reports"));
    auto *type = child<QComboBox>(m_dialog, "typeCombo");
    type->setCurrentIndex(type->findData(QStringLiteral("shell")));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(m_dialog, "shellProgramEdit"), QStringLiteral("tar"));

    // Arguments: "out.tgz", "-czf", then "-czf" moved up, a third one added and removed.
    auto *arguments = child<QListWidget>(m_dialog, "shellArgumentsList");
    for (const QString &argument : {QStringLiteral("out.tgz"), QStringLiteral("-czf"), QStringLiteral("spare")}) {
        QTest::mouseClick(child<QPushButton>(m_dialog, "shellAddArgumentButton"), Qt::LeftButton);
        typeIntoEditor(arguments, argument);
    }
    QCOMPARE(arguments->count(), 3);
    QTest::mouseClick(child<QPushButton>(m_dialog, "shellRemoveArgumentButton"), Qt::LeftButton);
    arguments->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(m_dialog, "shellMoveArgumentUpButton"), Qt::LeftButton);
    QCOMPARE(arguments->currentRow(), 0);
    QTest::mouseClick(child<QPushButton>(m_dialog, "shellMoveArgumentDownButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(m_dialog, "shellMoveArgumentUpButton"), Qt::LeftButton);

    QTest::keyClicks(child<QLineEdit>(m_dialog, "shellWorkingDirectoryEdit"), QStringLiteral("/srv/reports"));
    auto *environment = child<QTableWidget>(m_dialog, "shellEnvironmentTable");
    QTest::mouseClick(child<QPushButton>(m_dialog, "shellAddVariableButton"), Qt::LeftButton);
    typeIntoEditor(environment, QStringLiteral("LANG"));
    environment->item(0, 1)->setText(QStringLiteral("C"));
    QTest::mouseClick(child<QPushButton>(m_dialog, "shellAddVariableButton"), Qt::LeftButton);
    typeIntoEditor(environment, QStringLiteral("TMPDIR"));
    environment->item(1, 2)->setCheckState(Qt::Checked); // unset it for the program
    child<QDoubleSpinBox>(m_dialog, "shellTimeoutSpin")->setValue(30);
    QTest::keyClicks(child<QLineEdit>(m_dialog, "shellExitCodesEdit"), QStringLiteral("0,1"));

    child<QCheckBox>(m_dialog, "durableCheck")->click();
    child<QSpinBox>(m_dialog, "retriesSpin")->setValue(2);
    QTest::keyClicks(child<QLineEdit>(m_dialog, "retryDelayEdit"), QStringLiteral("10 s"));
    QTest::keyClicks(child<QLineEdit>(m_dialog, "timeoutEdit"), QStringLiteral("5 min"));
    QTest::keyClicks(child<QLineEdit>(m_dialog, "nodeTagEdit"), QStringLiteral("linux"));

    // An extra key through the data table.
    auto *table = child<QTableWidget>(m_dialog, "dataTable");
    QTest::mouseClick(child<QPushButton>(m_dialog, "addDataButton"), Qt::LeftButton);
    typeIntoEditor(table, QStringLiteral("maxOutputBytes"));
    qobject_cast<QComboBox *>(table->cellWidget(0, 1))->setCurrentIndex(1); // Integer
    table->item(0, 2)->setText(QStringLiteral("4096"));

    QVERIFY2(m_dialog->isValid(), qPrintable(child<QLabel>(m_dialog, "problemSummary")->text()));
    QVERIFY(ok->isEnabled());

    JobDetail expected(JobKey(QStringLiteral("backup"), QStringLiteral("nightly")), QStringLiteral("shell"));
    expected.setDescription(QStringLiteral("Archives the reports"));
    expected.jobData().put(QStringLiteral("program"), "tar");
    expected.jobData().put(QStringLiteral("arguments"), R"(["-czf","out.tgz"])");
    expected.jobData().put(QStringLiteral("workingDirectory"), "/srv/reports");
    expected.jobData().put(QStringLiteral("environment"), R"({"LANG":"C","TMPDIR":null})");
    expected.jobData().put(QStringLiteral("timeoutSeconds"), 30.0);
    expected.jobData().put(QStringLiteral("successExitCodes"), "0,1");
    expected.jobData().put(QStringLiteral("maxOutputBytes"), qint64(4096));
    expected.setDurable(true);
    expected.setRetryCount(2);
    expected.setRetryDelayMs(10'000);
    expected.setTimeoutMs(300'000);
    expected.setRequiredNodeTag(QStringLiteral("linux"));
    const JobDetail job = m_dialog->job();
    QCOMPARE(json(job), json(expected));
    QVERIFY(job == expected);

    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void tst_JobEditor::roundTrip_data()
{
    QTest::addColumn<JobDetail>("job");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("tableRows"); // keys the pages do not show

    JobDetail shell(JobKey(QStringLiteral("backup"), QStringLiteral("nightly")), QStringLiteral("shell"));
    shell.jobData().put(QStringLiteral("program"), "tar");
    shell.jobData().put(QStringLiteral("arguments"), R"(["-czf", "out dir/x.tgz", ""])");
    shell.jobData().put(QStringLiteral("workingDirectory"), "/srv");
    shell.jobData().put(QStringLiteral("environment"), R"({"LANG": "C", "TZ": "UTC", "HOME": null})");
    shell.jobData().put(QStringLiteral("timeoutSeconds"), qint64(45));
    shell.jobData().put(QStringLiteral("successExitCodes"), qint64(0));
    shell.jobData().put(QStringLiteral("useShell"), true);
    shell.jobData().put(QStringLiteral("maxOutputBytes"), qint64(1024));
    QTest::newRow("shell") << shell << true << 1;

    JobDetail http(JobKey(QStringLiteral("ping")), QStringLiteral("http"));
    http.jobData().put(QStringLiteral("method"), "post");
    http.jobData().put(QStringLiteral("url"), "https://example.com/api?q=1");
    http.jobData().put(QStringLiteral("headers"), R"({"Content-Type":"application/json"})");
    http.jobData().put(QStringLiteral("body"), "{\n  \"a\": 1\n}");
    http.jobData().put(QStringLiteral("acceptedStatus"), "200-299,304");
    http.jobData().put(QStringLiteral("timeoutSeconds"), 2.5);
    http.jobData().put(QStringLiteral("verifyTls"), false);
    QTest::newRow("http") << withAllOptions(http) << true << 0;

    JobDetail sql(JobKey(QStringLiteral("purge"), QStringLiteral("db")), QStringLiteral("sql"));
    sql.jobData().put(QStringLiteral("dataSource"), "reporting");
    sql.jobData().put(QStringLiteral("statement"), "DELETE FROM t\nWHERE age > ?");
    sql.jobData().put(QStringLiteral("parameters"), "[30]");
    sql.jobData().put(QStringLiteral("maxRows"), qint64(10));
    QTest::newRow("sql") << sql << true << 1;

    JobDetail log(JobKey(QStringLiteral("hello")), QStringLiteral("log"));
    log.jobData().put(QStringLiteral("message"), "Hello, world");
    log.jobData().put(QStringLiteral("fail"), false);
    QTest::newRow("log") << log << true << 0;

    JobDetail noop(JobKey(QStringLiteral("wait")), QStringLiteral("noop"));
    noop.jobData().put(QStringLiteral("sleepMs"), qint64(250));
    QTest::newRow("noop") << noop << true << 0;

    JobDetail probe(JobKey(QStringLiteral("probe")), QStringLiteral("probe"));
    probe.jobData().put(QStringLiteral("file"), "/etc/hosts");
    probe.jobData().put(QStringLiteral("count"), qint64(7));
    probe.jobData().put(QStringLiteral("ratio"), 0.1);
    probe.jobData().put(QStringLiteral("strict"), false);
    probe.jobData().put(QStringLiteral("mode"), "slow");
    probe.jobData().put(QStringLiteral("codes"), "1,2");
    QTest::newRow("plugin type from its schema") << probe << true << 0;

    // Every value type in extra keys; page keys whose values the page cannot show (wrong type,
    // JSON that does not parse) stay in the table as they are.
    JobDetail extra(JobKey(QStringLiteral("extra")), QStringLiteral("shell"));
    extra.jobData().put(QStringLiteral("program"), "/bin/echo");
    extra.jobData().put(QStringLiteral("text"), "a \"quoted\" value");
    extra.jobData().put(QStringLiteral("empty"), "");
    extra.jobData().put(QStringLiteral("int"), qint64(-42));
    extra.jobData().put(QStringLiteral("long"), qint64(9'007'199'254'740'993));
    extra.jobData().put(QStringLiteral("double"), 0.1);
    extra.jobData().put(QStringLiteral("wholeDouble"), 2.0);
    extra.jobData().put(QStringLiteral("tiny"), 1e-300);
    extra.jobData().put(QStringLiteral("yes"), true);
    extra.jobData().put(QStringLiteral("no"), false);
    extra.jobData().put(QStringLiteral("useShell"), "true");
    extra.jobData().put(QStringLiteral("headers"), R"({"X": null})"); // not http: stays in the table
    QTest::newRow("extra keys of every type, all options") << withAllOptions(extra) << true << 11;

    JobDetail broken(JobKey(QStringLiteral("broken")), QStringLiteral("shell"));
    broken.jobData().put(QStringLiteral("program"), "ls");
    broken.jobData().put(QStringLiteral("arguments"), "[not json");
    broken.jobData().put(QStringLiteral("timeoutSeconds"), "soon");
    QTest::newRow("invalid data is kept") << broken << false << 2;

    JobDetail unknown(JobKey(QStringLiteral("remote")), QStringLiteral("nodeonly"));
    unknown.jobData().put(QStringLiteral("anything"), qint64(1));
    QTest::newRow("type unknown to the console") << withAllOptions(unknown) << true << 1;
}

void tst_JobEditor::roundTrip()
{
    QFETCH(JobDetail, job);
    QFETCH(bool, valid);
    QFETCH(int, tableRows);

    m_dialog->setJob(job);
    m_dialog->setJob(job); // loading again starts from scratch
    const JobDetail back = m_dialog->job();
    QCOMPARE(json(back), json(job));
    QVERIFY(back == job);
    QCOMPARE(m_dialog->isValid(), valid);
    QCOMPARE(child<QTableWidget>(m_dialog, "dataTable")->rowCount(), tableRows);
    QCOMPARE(child<QPushButton>(m_dialog, "okButton")->isEnabled(), valid);
    const bool known = m_registry.contains(job.jobType());
    QCOMPARE(child<QComboBox>(m_dialog, "typeCombo")->count(), m_registry.typeNames().size() + (known ? 0 : 1));
}

void tst_JobEditor::validationMessages_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("badText");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::addColumn<QString>("fixText");

    const auto row = [](const char *name, const char *type, const char *field, const char *badText,
                        const char *errorLabel, const char *expected, const char *fixText) {
        QTest::newRow(name) << QString::fromUtf8(type) << QString::fromUtf8(field) << QString::fromUtf8(badText)
                            << QString::fromUtf8(errorLabel) << QString::fromUtf8(expected)
                            << QString::fromUtf8(fixText);
    };
    row("empty name", "shell", "nameEdit", "", "nameError", "name", "report 2");
    row("taken name", "shell", "nameEdit", "report", "nameError", "already exists", "report 2");
    row("blank group", "shell", "groupEdit", "   ", "groupError", "group", "nightly");
    row("shell without program", "shell", "shellProgramEdit", "", "shellProgramError", "\"program\"", "/bin/true");
    row("bad exit codes", "shell", "shellExitCodesEdit", "0,x", "shellExitCodesError", "successExitCodes", "0,2-3");
    row("http malformed url", "http", "httpUrlEdit", "http//example.com", "httpUrlError", "\"url\"",
        "https://example.com/x");
    row("http ftp url", "http", "httpUrlEdit", "ftp://example.com/", "httpUrlError", "\"url\"",
        "http://example.com:8080/");
    row("sql data source", "sql", "sqlDataSourceEdit", "1st", "sqlDataSourceError", "dataSource", "reporting");
    row("integer parse error", "noop", "noop_sleepMsField", "soon", "noop_sleepMsFieldError", "whole number", "250");
    row("integer out of range", "noop", "noop_sleepMsField", "-5", "noop_sleepMsFieldError", "sleepMs", "5");
    row("malformed webhook", "shell", "webhookEdit", "hooks.example.com", "webhookError", "http",
        "https://hooks.example.com/x");
    row("bad timeout", "shell", "timeoutEdit", "ten minutes", "timeoutError", "duration", "10 min");
    row("bad retry delay", "shell", "retryDelayEdit", "1.5 ms", "retryDelayError", "duration", "1.5 s");
}

void tst_JobEditor::validationMessages()
{
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(QString, badText);
    QFETCH(QString, errorLabel);
    QFETCH(QString, expected);
    QFETCH(QString, fixText);

    prepareValidJob(type);
    auto *ok = child<QPushButton>(m_dialog, "okButton");
    QVERIFY(ok->isEnabled());
    auto *error = child<ErrorLabel>(m_dialog, errorLabel.toLatin1().constData());
    QVERIFY(!error->hasMessage());

    setText(field.toLatin1().constData(), badText);
    QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    QVERIFY(error->isVisibleTo(m_dialog));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!m_dialog->isValid());
    QVERIFY(!child<ErrorLabel>(m_dialog, "problemSummary")->text().isEmpty());

    setText(field.toLatin1().constData(), fixText);
    QVERIFY2(!error->hasMessage(), qPrintable(error->text()));
    QVERIFY(ok->isEnabled());
    QVERIFY(m_dialog->isValid());
    QVERIFY(!child<ErrorLabel>(m_dialog, "problemSummary")->hasMessage());
}

void tst_JobEditor::tableKeyWinsOverPageField()
{
    JobDetail job(JobKey(QStringLiteral("t")), QStringLiteral("shell"));
    job.jobData().put(QStringLiteral("program"), "ls");
    job.jobData().put(QStringLiteral("arguments"), qint64(5)); // not a list: the table shows it
    m_dialog->setJob(job);

    auto *table = child<QTableWidget>(m_dialog, "dataTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("arguments"));
    QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(0, 1))->currentIndex(), 1); // Integer
    auto *arguments = child<QListWidget>(m_dialog, "shellArgumentsList");
    QVERIFY(!arguments->isEnabled());
    // The validator's complaint about the key is shown under the table that holds it.
    QVERIFY2(child<ErrorLabel>(m_dialog, "dataError")->text().contains(QLatin1String("arguments")),
             qPrintable(child<ErrorLabel>(m_dialog, "dataError")->text()));
    QVERIFY(!m_dialog->isValid());

    // Fixing the value in the table makes the job valid; removing the row hands the key to the page.
    qobject_cast<QComboBox *>(table->cellWidget(0, 1))->setCurrentIndex(0); // Text
    table->item(0, 2)->setText(QStringLiteral("[\"-l\"]"));
    QVERIFY(m_dialog->isValid());
    QCOMPARE(m_dialog->job().jobData().string(QStringLiteral("arguments")), QStringLiteral("[\"-l\"]"));
    table->setCurrentCell(0, 0);
    QTest::mouseClick(child<QPushButton>(m_dialog, "removeDataButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(arguments->isEnabled());
    QVERIFY(!m_dialog->job().jobData().contains(QStringLiteral("arguments")));

    // Table value errors name the key.
    QTest::mouseClick(child<QPushButton>(m_dialog, "addDataButton"), Qt::LeftButton);
    typeIntoEditor(table, QStringLiteral("count"));
    qobject_cast<QComboBox *>(table->cellWidget(0, 1))->setCurrentIndex(1);
    table->item(0, 2)->setText(QStringLiteral("many"));
    QVERIFY(child<ErrorLabel>(m_dialog, "dataError")->text().contains(QLatin1String("count")));
    QVERIFY(!child<QPushButton>(m_dialog, "okButton")->isEnabled());
    table->item(0, 2)->setText(QStringLiteral("12"));
    QVERIFY(m_dialog->isValid());
    QCOMPARE(m_dialog->job().jobData().value(QStringLiteral("count")), QVariant(qint64(12)));
}

void tst_JobEditor::validatorMessageForTableKey()
{
    JobDetail job(JobKey(QStringLiteral("t")), QStringLiteral("shell"));
    job.jobData().put(QStringLiteral("program"), "ls");
    job.jobData().put(QStringLiteral("maxOutputBytes"), qint64(-1));
    m_dialog->setJob(job);
    QVERIFY(child<ErrorLabel>(m_dialog, "dataError")->text().contains(QLatin1String("maxOutputBytes")));
    QVERIFY(!child<ErrorLabel>(m_dialog, "typeError")->hasMessage());
    child<QTableWidget>(m_dialog, "dataTable")->item(0, 2)->setText(QStringLiteral("100"));
    QVERIFY(m_dialog->isValid());
}

void tst_JobEditor::typeDescriptions()
{
    auto *combo = child<QComboBox>(m_dialog, "typeCombo");
    auto *description = child<QLabel>(m_dialog, "typeDescription");
    QCOMPARE(combo->count(), m_registry.typeNames().size());
    for (const QString &name : m_registry.typeNames()) {
        combo->setCurrentIndex(combo->findData(name));
        QCOMPARE(description->text(), m_registry.type(name)->description);
        QCOMPARE(combo->itemData(combo->currentIndex(), Qt::ToolTipRole).toString(),
                 m_registry.type(name)->description);
    }
}

void tst_JobEditor::editingMakesKeyReadOnly()
{
    JobDetail job(JobKey(QStringLiteral("report")), QStringLiteral("log")); // its own key is "taken"
    m_dialog->setJob(job);
    QVERIFY(child<QLineEdit>(m_dialog, "nameEdit")->isReadOnly());
    QVERIFY(child<QLineEdit>(m_dialog, "groupEdit")->isReadOnly());
    QVERIFY(m_dialog->isValid());
    QVERIFY(m_dialog->windowTitle().contains(QLatin1String("DEFAULT.report")));
}

void tst_JobEditor::duplicateProposesFreeName()
{
    JobDetail job(JobKey(QStringLiteral("report")), QStringLiteral("shell"));
    job.jobData().put(QStringLiteral("program"), "make-report");
    job.setRetryCount(4);
    m_dialog->setDuplicateOf(job);

    auto *name = child<QLineEdit>(m_dialog, "nameEdit");
    QCOMPARE(name->text(), QStringLiteral("report (copy 2)")); // "report (copy)" is taken
    QVERIFY(!name->isReadOnly());
    QVERIFY(m_dialog->isValid());
    JobDetail expected = job;
    expected.setKey(JobKey(QStringLiteral("report (copy 2)")));
    QVERIFY(m_dialog->job() == expected);

    // Back to a taken name: still checked, as for any new job.
    setText("nameEdit", QStringLiteral("report"));
    QVERIFY(!m_dialog->isValid());

    QCOMPARE(JobEditorDialog::freeCopyName(QStringLiteral("report"), QStringLiteral("other"), m_taken),
             QStringLiteral("report (copy)"));
    const QString longName(190, QLatin1Char('x'));
    const QString copy = JobEditorDialog::freeCopyName(longName, QStringLiteral("DEFAULT"), m_taken);
    QCOMPARE(copy.size(), 190);
    QVERIFY(copy.endsWith(QLatin1String(" (copy)")));
}

void tst_JobEditor::fitsSmallScreens()
{
    // Every page has to be usable at 900 x 650: the form scrolls instead of growing the dialog.
    auto *combo = child<QComboBox>(m_dialog, "typeCombo");
    for (int i = 0; i < combo->count(); ++i) {
        combo->setCurrentIndex(i);
        const QSize hint = m_dialog->minimumSizeHint();
        QVERIFY2(hint.width() <= 900 && hint.height() <= 650,
                 qPrintable(QStringLiteral("%1: %2 x %3").arg(combo->currentText()).arg(hint.width()).arg(hint.height())));
    }
    m_dialog->resize(900, 650);
    QCOMPARE(m_dialog->size(), QSize(900, 650));
}

void tst_JobEditor::translatedValidatorMessagesFindTheirFields()
{
    // The engine's messages quote keys as “program” in Chinese; they must still land under their fields.
    if (!QFile::exists(QStringLiteral(":/qronos/i18n/qronos_zh_CN.qm")))
        QSKIP("built without Qt Linguist tools");
    QVERIFY(TranslationLoader::install(qApp, QLocale(QLocale::Chinese, QLocale::China)));

    prepareValidJob(QStringLiteral("shell"));
    setText("shellProgramEdit", QString());
    const QString programError = child<ErrorLabel>(m_dialog, "shellProgramError")->text();
    QVERIFY2(programError.contains(QStringLiteral("\u201cprogram\u201d")), qPrintable(programError));
    QVERIFY(!child<ErrorLabel>(m_dialog, "typeError")->hasMessage());

    prepareValidJob(QStringLiteral("http"));
    setText("httpUrlEdit", QStringLiteral("example.com"));
    const QString urlError = child<ErrorLabel>(m_dialog, "httpUrlError")->text();
    QVERIFY2(urlError.contains(QStringLiteral("\u201curl\u201d")), qPrintable(urlError));
    QVERIFY(!child<QPushButton>(m_dialog, "okButton")->isEnabled());

    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QTEST_MAIN(tst_JobEditor)
#include "tst_jobeditor.moc"
