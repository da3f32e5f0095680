#include "schedulejson.h"

#include "exchange/importplan.h"
#include "exchange/isotime.h"
#include "exchange/jsontree.h"
#include "exchange/scheduletree.h"
#include "schedule/zonerules.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace Qronos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::ScheduleJson)
};

const char *const kindNames[] = {"cron", "simple", "calendarInterval", "dailyTimeInterval"};

QString kindName(TriggerKind kind) { return QString::fromLatin1(kindNames[int(kind)]); }

JsonTree keyTree(const QString &group, const QString &name)
{
    JsonTree t = JsonTree::object();
    t.add(QStringLiteral("group"), JsonTree::fromString(group));
    t.add(QStringLiteral("name"), JsonTree::fromString(name));
    return t;
}

JsonTree stringList(const QStringList &list)
{
    JsonTree t = JsonTree::array();
    for (const QString &s : list)
        t.items << JsonTree::fromString(s);
    return t;
}

} // namespace

// ---- the objects, in the format's key order -------------------------------------------------------------------

JsonTree ScheduleTree::calendar(const QString &name, const Calendar &calendar)
{
    static const QStringList order = {
        QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("description"), QStringLiteral("timeZone"),
        QStringLiteral("excludedDates"), QStringLiteral("excludedDays"), QStringLiteral("excludedWeekdays"),
        QStringLiteral("holidays"), QStringLiteral("makeUpWorkdays"), QStringLiteral("date"), QStringLiteral("label"),
        QStringLiteral("rangeStart"), QStringLiteral("rangeEnd"), QStringLiteral("invertTimeRange"),
        QStringLiteral("cronExpression"), QStringLiteral("base")};
    QJsonObject json = calendar.toJson();
    json.insert(QStringLiteral("name"), name);
    return JsonTree::fromJson(json, order);
}

JsonTree ScheduleTree::job(const JobDetail &job)
{
    JsonTree t = JsonTree::object();
    t.add(QStringLiteral("group"), JsonTree::fromString(job.key().group()));
    t.add(QStringLiteral("name"), JsonTree::fromString(job.key().name()));
    t.add(QStringLiteral("type"), JsonTree::fromString(job.jobType()));
    if (!job.description().isEmpty())
        t.add(QStringLiteral("description"), JsonTree::fromString(job.description()));
    t.add(QStringLiteral("durable"), JsonTree::fromBool(job.isDurable()));
    t.add(QStringLiteral("requestsRecovery"), JsonTree::fromBool(job.requestsRecovery()));
    t.add(QStringLiteral("concurrentExecutionDisallowed"), JsonTree::fromBool(job.isConcurrentExecutionDisallowed()));
    t.add(QStringLiteral("persistJobDataAfterExecution"), JsonTree::fromBool(job.isPersistJobDataAfterExecution()));
    if (!job.requiredNodeTag().isEmpty())
        t.add(QStringLiteral("requiredNodeTag"), JsonTree::fromString(job.requiredNodeTag()));
    if (!job.pinnedInstanceId().isEmpty())
        t.add(QStringLiteral("pinnedInstanceId"), JsonTree::fromString(job.pinnedInstanceId()));
    if (job.timeoutMs() > 0)
        t.add(QStringLiteral("timeoutMs"), JsonTree::fromInteger(job.timeoutMs()));
    if (job.retryCount() > 0)
        t.add(QStringLiteral("retryCount"), JsonTree::fromInteger(job.retryCount()));
    if (job.retryDelayMs() > 0)
        t.add(QStringLiteral("retryDelayMs"), JsonTree::fromInteger(job.retryDelayMs()));
    if (!job.failureWebhook().isEmpty())
        t.add(QStringLiteral("failureWebhook"), JsonTree::fromString(job.failureWebhook()));
    if (!job.jobData().isEmpty())
        t.add(QStringLiteral("data"), JsonTree::fromJson(job.jobData().toJson()));
    return t;
}

JsonTree ScheduleTree::trigger(const Trigger &trigger, bool paused)
{
    JsonTree t = JsonTree::object();
    t.add(QStringLiteral("group"), JsonTree::fromString(trigger.key().group()));
    t.add(QStringLiteral("name"), JsonTree::fromString(trigger.key().name()));
    t.add(QStringLiteral("jobGroup"), JsonTree::fromString(trigger.jobKey().group()));
    t.add(QStringLiteral("jobName"), JsonTree::fromString(trigger.jobKey().name()));
    if (!trigger.description().isEmpty())
        t.add(QStringLiteral("description"), JsonTree::fromString(trigger.description()));
    t.add(QStringLiteral("kind"), JsonTree::fromString(kindName(trigger.kind())));
    if (const auto *s = trigger.scheduleAs<CronSchedule>()) {
        t.add(QStringLiteral("cron"), JsonTree::fromString(s->expression.expression()));
    } else if (const auto *s = trigger.scheduleAs<SimpleSchedule>()) {
        t.add(QStringLiteral("repeatIntervalMs"), JsonTree::fromInteger(s->repeatIntervalMs));
        t.add(QStringLiteral("repeatCount"), JsonTree::fromInteger(s->repeatCount));
    } else if (const auto *s = trigger.scheduleAs<CalendarIntervalSchedule>()) {
        t.add(QStringLiteral("repeatInterval"), JsonTree::fromInteger(s->repeatInterval));
        t.add(QStringLiteral("unit"), JsonTree::fromString(intervalUnitName(s->unit)));
        t.add(QStringLiteral("preserveHourOfDayAcrossDaylightSavings"),
              JsonTree::fromBool(s->preserveHourOfDayAcrossDaylightSavings));
        t.add(QStringLiteral("skipDayIfHourDoesNotExist"), JsonTree::fromBool(s->skipDayIfHourDoesNotExist));
    } else if (const auto *s = trigger.scheduleAs<DailyTimeIntervalSchedule>()) {
        t.add(QStringLiteral("repeatInterval"), JsonTree::fromInteger(s->repeatInterval));
        t.add(QStringLiteral("unit"), JsonTree::fromString(intervalUnitName(s->unit)));
        t.add(QStringLiteral("repeatCount"), JsonTree::fromInteger(s->repeatCount));
        JsonTree days = JsonTree::array();
        for (int d = 1; d <= 7; ++d) {
            if (s->daysOfWeek & (1u << d))
                days.items << JsonTree::fromInteger(d);
        }
        t.add(QStringLiteral("daysOfWeek"), days);
        t.add(QStringLiteral("startTimeOfDay"), JsonTree::fromString(s->startTimeOfDay.toString()));
        t.add(QStringLiteral("endTimeOfDay"), JsonTree::fromString(s->endTimeOfDay.toString()));
    }
    t.add(QStringLiteral("timeZone"), JsonTree::fromString(QString::fromUtf8(trigger.timeZoneId())));
    t.add(QStringLiteral("startTime"), JsonTree::fromString(IsoTime::formatUtc(trigger.startTime())));
    if (trigger.endTime())
        t.add(QStringLiteral("endTime"), JsonTree::fromString(IsoTime::formatUtc(*trigger.endTime())));
    t.add(QStringLiteral("priority"), JsonTree::fromInteger(trigger.priority()));
    t.add(QStringLiteral("misfireInstruction"),
          JsonTree::fromString(Misfire::name(trigger.kind(), trigger.misfireInstruction())));
    if (!trigger.calendarName().isEmpty())
        t.add(QStringLiteral("calendar"), JsonTree::fromString(trigger.calendarName()));
    t.add(QStringLiteral("paused"), JsonTree::fromBool(paused));
    if (!trigger.jobData().isEmpty())
        t.add(QStringLiteral("data"), JsonTree::fromJson(trigger.jobData().toJson()));
    return t;
}

// ---- writing --------------------------------------------------------------------------------------------------

QString ScheduleJson::formatName() { return QStringLiteral("qronos/1"); }

QByteArray ScheduleJson::write(const ScheduleDocument &document)
{
    // The text JsonTree::pretty() gives for the whole document, written an item at a time, so that a schedule of
    // 100,000 triggers never exists as one tree (nor as a sorted copy: the lists are sorted by pointer).
    QByteArray out = "{\n  \"format\": " + JsonTree::fromString(formatName()).pretty();

    const ImportDirectives &d = document.directives;
    const bool defaults = d.overwriteExistingData && !d.ignoreDuplicates && d.deleteJobsInGroups.isEmpty()
        && d.deleteTriggersInGroups.isEmpty() && d.deleteJobs.isEmpty() && d.deleteTriggers.isEmpty();
    if (!defaults) {
        JsonTree t = JsonTree::object();
        t.add(QStringLiteral("overwriteExistingData"), JsonTree::fromBool(d.overwriteExistingData));
        t.add(QStringLiteral("ignoreDuplicates"), JsonTree::fromBool(d.ignoreDuplicates));
        if (!d.deleteJobsInGroups.isEmpty())
            t.add(QStringLiteral("deleteJobsInGroups"), stringList(d.deleteJobsInGroups));
        if (!d.deleteTriggersInGroups.isEmpty())
            t.add(QStringLiteral("deleteTriggersInGroups"), stringList(d.deleteTriggersInGroups));
        if (!d.deleteJobs.isEmpty()) {
            JsonTree list = JsonTree::array();
            for (const JobKey &key : d.deleteJobs)
                list.items << keyTree(key.group(), key.name());
            t.add(QStringLiteral("deleteJobs"), list);
        }
        if (!d.deleteTriggers.isEmpty()) {
            JsonTree list = JsonTree::array();
            for (const TriggerKey &key : d.deleteTriggers)
                list.items << keyTree(key.group(), key.name());
            t.add(QStringLiteral("deleteTriggers"), list);
        }
        out += ",\n  \"directives\": " + t.pretty(1);
    }

    // "name": [ items, each an object two levels deep ], as pretty() lays out an array of objects.
    const auto writeList = [&out](const char *name, const auto &items, const auto &tree) {
        out += ",\n  \"";
        out += name;
        out += "\": ";
        if (items.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < items.size(); ++i) {
            out += "    " + tree(*items.at(i)).pretty(2);
            out += i + 1 < items.size() ? ",\n" : "\n";
        }
        out += "  ]";
    };
    const auto sorted = [](const auto &list, const auto &less) {
        QList<const std::remove_cvref_t<decltype(list.first())> *> pointers;
        pointers.reserve(list.size());
        for (const auto &item : list)
            pointers << &item;
        std::stable_sort(pointers.begin(), pointers.end(), [&less](auto *a, auto *b) { return less(*a, *b); });
        return pointers;
    };

    QList<const DocumentCalendar *> calendars = sorted(
        document.calendars, [](const DocumentCalendar &a, const DocumentCalendar &b) { return a.name < b.name; });
    calendars.removeIf([](const DocumentCalendar *c) { return !c->calendar; });
    writeList("calendars", calendars,
              [](const DocumentCalendar &c) { return ScheduleTree::calendar(c.name, *c.calendar); });
    writeList("jobs",
              sorted(document.jobs,
                     [](const DocumentJob &a, const DocumentJob &b) { return a.job.key() < b.job.key(); }),
              [](const DocumentJob &j) { return ScheduleTree::job(j.job); });
    writeList("triggers",
              sorted(document.triggers,
                     [](const DocumentTrigger &a, const DocumentTrigger &b) {
                         return a.trigger.key() < b.trigger.key();
                     }),
              [](const DocumentTrigger &t) { return ScheduleTree::trigger(t.trigger, t.paused); });
    out += "\n}\n";
    return out;
}

// ---- reading --------------------------------------------------------------------------------------------------

namespace {

/// Reads the document from the tree, collecting every problem with its place.
class DocumentReader final
{
public:
    ImportProblems problems;
    ScheduleDocument document;

    void read(const JsonTree &root);

private:
    void problem(const JsonTree &at, const QString &path, const QString &message)
    {
        problems.append(ImportProblem{SourceLocation{path, at.line, at.column}, message});
    }
    /// Reports members of \a object not in \a allowed.
    void onlyKnown(const JsonTree &object, const QString &path, const QStringList &allowed)
    {
        for (const JsonTree::Member &m : object.members) {
            if (!allowed.contains(m.key))
                problems.append(ImportProblem{SourceLocation{jsonPathMember(path, m.key), m.line, m.column},
                                              Tr::tr("unknown field \"%1\"").arg(m.key)});
        }
    }
    const JsonTree *typed(const JsonTree &object, const QString &path, const QString &key, JsonTree::Type type,
                          bool required, const QString &expected)
    {
        const JsonTree *v = object.member(key);
        if (!v) {
            if (required)
                problem(object, path, Tr::tr("missing field \"%1\"").arg(key));
            return nullptr;
        }
        if (v->type != type) {
            problem(*v, jsonPathMember(path, key), Tr::tr("expected %1, found %2").arg(expected, v->typeName()));
            return nullptr;
        }
        return v;
    }
    std::optional<QString> text(const JsonTree &o, const QString &p, const QString &key, bool required, bool *ok)
    {
        const JsonTree *v = typed(o, p, key, JsonTree::Type::String, required, Tr::tr("a string"));
        if (!v) {
            if (o.member(key) || required)
                *ok = false;
            return std::nullopt;
        }
        return v->text;
    }
    std::optional<bool> flag(const JsonTree &o, const QString &p, const QString &key, bool *ok)
    {
        const JsonTree *v = typed(o, p, key, JsonTree::Type::Bool, false, Tr::tr("true or false"));
        if (!v) {
            if (o.member(key))
                *ok = false;
            return std::nullopt;
        }
        return v->boolean;
    }
    std::optional<qint64> integer(const JsonTree &o, const QString &p, const QString &key, qint64 low, qint64 high,
                                  bool required, bool *ok)
    {
        const JsonTree *v = typed(o, p, key, JsonTree::Type::Number, required, Tr::tr("a whole number"));
        if (!v) {
            if (o.member(key) || required)
                *ok = false;
            return std::nullopt;
        }
        if (!v->isInteger() || v->number < double(low) || v->number > double(high)) {
            problem(*v, jsonPathMember(p, key),
                    Tr::tr("expected a whole number from %1 to %2, found %3").arg(low).arg(high).arg(v->text));
            *ok = false;
            return std::nullopt;
        }
        return qint64(v->number);
    }
    std::optional<qint64> instant(const JsonTree &o, const QString &p, const QString &key, bool required, bool *ok)
    {
        const std::optional<QString> s = text(o, p, key, required, ok);
        if (!s)
            return std::nullopt;
        const std::optional<qint64> ms = IsoTime::parse(*s);
        if (!ms) {
            problem(*o.member(key), jsonPathMember(p, key),
                    Tr::tr("expected a time such as \"2026-01-31T02:00:00Z\" (with Z or an offset), found \"%1\"").arg(*s));
            *ok = false;
        }
        return ms;
    }
    /// A job data object; messages of JobDataMap name the key, which locates them.
    std::optional<JobDataMap> data(const JsonTree &o, const QString &p, bool *ok)
    {
        const JsonTree *v = typed(o, p, QStringLiteral("data"), JsonTree::Type::Object, false, Tr::tr("an object"));
        if (!v) {
            if (o.member(QStringLiteral("data")))
                *ok = false;
            return std::nullopt;
        }
        const QString path = jsonPathMember(p, QStringLiteral("data"));
        bool good = true;
        for (const JsonTree::Member &m : v->members) {
            JsonTree single = JsonTree::object();
            single.add(m.key, m.value);
            Result<JobDataMap> one = JobDataMap::fromJson(single.toJson().toObject());
            if (!one) {
                problem(m.value, jsonPathMember(path, m.key), one.error());
                good = false;
            }
        }
        if (!good) {
            *ok = false;
            return std::nullopt;
        }
        Result<JobDataMap> map = JobDataMap::fromJson(v->toJson().toObject());
        return map ? std::optional<JobDataMap>(map.value()) : std::nullopt;
    }
    template <typename K>
    std::optional<K> key(const JsonTree &item, const QString &path, bool *ok)
    {
        if (item.type != JsonTree::Type::Object) {
            problem(item, path, Tr::tr("expected an object with \"group\" and \"name\", found %1").arg(item.typeName()));
            *ok = false;
            return std::nullopt;
        }
        onlyKnown(item, path, {QStringLiteral("group"), QStringLiteral("name")});
        const auto group = text(item, path, QStringLiteral("group"), false, ok);
        const auto name = text(item, path, QStringLiteral("name"), true, ok);
        if (!name)
            return std::nullopt;
        return K(*name, group.value_or(QString()));
    }
    std::optional<QStringList> strings(const JsonTree &o, const QString &p, const QString &key)
    {
        const JsonTree *v = typed(o, p, key, JsonTree::Type::Array, false, Tr::tr("an array"));
        if (!v)
            return std::nullopt;
        QStringList list;
        for (qsizetype i = 0; i < v->items.size(); ++i) {
            const JsonTree &item = v->items.at(i);
            if (item.type != JsonTree::Type::String)
                problem(item, jsonPathIndex(jsonPathMember(p, key), i), Tr::tr("expected a string, found %1").arg(item.typeName()));
            else
                list << item.text;
        }
        return list;
    }
    const JsonTree *list(const JsonTree &root, const QString &key)
    {
        return typed(root, QStringLiteral("$"), key, JsonTree::Type::Array, false, Tr::tr("an array"));
    }

    void readDirectives(const JsonTree &t, const QString &path);
    bool readCalendar(const JsonTree &t, const QString &path);
    bool readJob(const JsonTree &t, const QString &path);
    bool readTrigger(const JsonTree &t, const QString &path);
};

void DocumentReader::read(const JsonTree &root)
{
    const QString rootPath = QStringLiteral("$");
    if (root.type != JsonTree::Type::Object) {
        problem(root, rootPath, Tr::tr("expected a JSON object with \"format\": \"qronos/1\", found %1").arg(root.typeName()));
        return;
    }
    const JsonTree *format = root.member(QStringLiteral("format"));
    if (!format) {
        problem(root, rootPath, Tr::tr("missing field \"format\": this is not a qronos/1 schedule file"));
        return;
    }
    if (format->type != JsonTree::Type::String || format->text != ScheduleJson::formatName()) {
        problem(*format, QStringLiteral("$.format"),
                Tr::tr("the format is %1; this program reads \"%2\"")
                    .arg(format->type == JsonTree::Type::String ? QLatin1Char('"') + format->text + QLatin1Char('"')
                                                                : format->typeName(),
                         ScheduleJson::formatName()));
        return;
    }
    onlyKnown(root, rootPath,
              {QStringLiteral("format"), QStringLiteral("directives"), QStringLiteral("calendars"),
               QStringLiteral("jobs"), QStringLiteral("triggers")});
    if (const JsonTree *d = typed(root, rootPath, QStringLiteral("directives"), JsonTree::Type::Object, false,
                                  Tr::tr("an object")))
        readDirectives(*d, QStringLiteral("$.directives"));
    const struct
    {
        const char *key;
        bool (DocumentReader::*read)(const JsonTree &, const QString &);
    } sections[] = {{"calendars", &DocumentReader::readCalendar},
                    {"jobs", &DocumentReader::readJob},
                    {"triggers", &DocumentReader::readTrigger}};
    for (const auto &section : sections) {
        const QString key = QLatin1String(section.key);
        const JsonTree *items = list(root, key);
        if (!items)
            continue;
        for (qsizetype i = 0; i < items->items.size(); ++i) {
            const JsonTree &item = items->items.at(i);
            const QString path = jsonPathIndex(jsonPathMember(rootPath, key), i);
            if (item.type != JsonTree::Type::Object) {
                problem(item, path, Tr::tr("expected an object, found %1").arg(item.typeName()));
                continue;
            }
            (this->*section.read)(item, path);
        }
    }
}

void DocumentReader::readDirectives(const JsonTree &t, const QString &path)
{
    ImportDirectives &d = document.directives;
    onlyKnown(t, path,
              {QStringLiteral("overwriteExistingData"), QStringLiteral("ignoreDuplicates"),
               QStringLiteral("deleteJobsInGroups"), QStringLiteral("deleteTriggersInGroups"),
               QStringLiteral("deleteJobs"), QStringLiteral("deleteTriggers")});
    bool ok = true;
    d.overwriteExistingData = flag(t, path, QStringLiteral("overwriteExistingData"), &ok).value_or(true);
    d.ignoreDuplicates = flag(t, path, QStringLiteral("ignoreDuplicates"), &ok).value_or(false);
    d.deleteJobsInGroups = strings(t, path, QStringLiteral("deleteJobsInGroups")).value_or(QStringList());
    d.deleteTriggersInGroups = strings(t, path, QStringLiteral("deleteTriggersInGroups")).value_or(QStringList());
    if (const JsonTree *jobs = typed(t, path, QStringLiteral("deleteJobs"), JsonTree::Type::Array, false, Tr::tr("an array"))) {
        for (qsizetype i = 0; i < jobs->items.size(); ++i) {
            if (auto k = key<JobKey>(jobs->items.at(i), jsonPathIndex(jsonPathMember(path, QStringLiteral("deleteJobs")), i), &ok))
                d.deleteJobs << *k;
        }
    }
    if (const JsonTree *triggers = typed(t, path, QStringLiteral("deleteTriggers"), JsonTree::Type::Array, false, Tr::tr("an array"))) {
        for (qsizetype i = 0; i < triggers->items.size(); ++i) {
            if (auto k = key<TriggerKey>(triggers->items.at(i), jsonPathIndex(jsonPathMember(path, QStringLiteral("deleteTriggers")), i), &ok))
                d.deleteTriggers << *k;
        }
    }
}

bool DocumentReader::readCalendar(const JsonTree &t, const QString &path)
{
    bool ok = true;
    const std::optional<QString> name = text(t, path, QStringLiteral("name"), true, &ok);
    const JsonTree *kind = t.member(QStringLiteral("kind"));
    static const QStringList kinds = {QStringLiteral("holiday"), QStringLiteral("annual"), QStringLiteral("monthly"),
                                      QStringLiteral("weekly"), QStringLiteral("daily"), QStringLiteral("cron"),
                                      QStringLiteral("workday")};
    if (!kind) {
        problem(t, path, Tr::tr("missing field \"kind\""));
        return false;
    }
    if (kind->type != JsonTree::Type::String || !kinds.contains(kind->text)) {
        problem(*kind, jsonPathMember(path, QStringLiteral("kind")),
                Tr::tr("unknown calendar kind %1 (holiday, annual, monthly, weekly, daily, cron or workday)")
                    .arg(kind->type == JsonTree::Type::String ? QLatin1Char('"') + kind->text + QLatin1Char('"')
                                                              : kind->typeName()));
        return false;
    }
    JsonTree definition = t;
    definition.members.removeIf([](const JsonTree::Member &m) { return m.key == QLatin1String("name"); });
    Result<std::shared_ptr<Calendar>> calendar = Calendar::fromJson(definition.toJson().toObject());
    if (!calendar) {
        // The calendar's messages name the field as "base.excludedDays[2]": find it for its position.
        static const QRegularExpression field(QStringLiteral("\"([A-Za-z0-9_.\\[\\]]+)\""));
        const JsonTree *at = &t;
        QString atPath = path;
        const QRegularExpressionMatch m = field.match(calendar.error());
        if (m.hasMatch()) {
            static const QRegularExpression part(QStringLiteral("([A-Za-z0-9_]+)|\\[(\\d+)\\]"));
            const JsonTree *node = &t;
            QString nodePath = path;
            auto it = part.globalMatch(m.captured(1));
            while (node && it.hasNext()) {
                const QRegularExpressionMatch p = it.next();
                if (!p.captured(1).isEmpty()) {
                    node = node->member(p.captured(1));
                    nodePath = jsonPathMember(nodePath, p.captured(1));
                } else {
                    const qsizetype i = p.captured(2).toLongLong();
                    node = node->type == JsonTree::Type::Array && i < node->items.size() ? &node->items.at(i) : nullptr;
                    nodePath = jsonPathIndex(nodePath, i);
                }
                if (node) {
                    at = node;
                    atPath = nodePath;
                }
            }
        }
        problem(*at, atPath, calendar.error());
        return false;
    }
    if (!name || !ok)
        return false;
    document.calendars.append(DocumentCalendar{*name, calendar.value(), SourceLocation{path, t.line, t.column}});
    return true;
}

bool DocumentReader::readJob(const JsonTree &t, const QString &path)
{
    onlyKnown(t, path,
              {QStringLiteral("group"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("description"),
               QStringLiteral("durable"), QStringLiteral("requestsRecovery"),
               QStringLiteral("concurrentExecutionDisallowed"), QStringLiteral("persistJobDataAfterExecution"),
               QStringLiteral("requiredNodeTag"), QStringLiteral("pinnedInstanceId"), QStringLiteral("timeoutMs"),
               QStringLiteral("retryCount"), QStringLiteral("retryDelayMs"), QStringLiteral("failureWebhook"),
               QStringLiteral("data")});
    bool ok = true;
    const auto group = text(t, path, QStringLiteral("group"), false, &ok);
    const auto name = text(t, path, QStringLiteral("name"), true, &ok);
    const auto type = text(t, path, QStringLiteral("type"), true, &ok);
    JobDetail job(JobKey(name.value_or(QString()), group.value_or(QString())), type.value_or(QString()));
    job.setDescription(text(t, path, QStringLiteral("description"), false, &ok).value_or(QString()));
    job.setDurable(flag(t, path, QStringLiteral("durable"), &ok).value_or(false));
    job.setRequestsRecovery(flag(t, path, QStringLiteral("requestsRecovery"), &ok).value_or(false));
    job.setConcurrentExecutionDisallowed(flag(t, path, QStringLiteral("concurrentExecutionDisallowed"), &ok).value_or(false));
    job.setPersistJobDataAfterExecution(flag(t, path, QStringLiteral("persistJobDataAfterExecution"), &ok).value_or(false));
    job.setRequiredNodeTag(text(t, path, QStringLiteral("requiredNodeTag"), false, &ok).value_or(QString()));
    job.setPinnedInstanceId(text(t, path, QStringLiteral("pinnedInstanceId"), false, &ok).value_or(QString()));
    constexpr qint64 maxMs = qint64(1) << 53;
    job.setTimeoutMs(integer(t, path, QStringLiteral("timeoutMs"), 0, maxMs, false, &ok).value_or(0));
    job.setRetryCount(int(integer(t, path, QStringLiteral("retryCount"), 0, 1000, false, &ok).value_or(0)));
    job.setRetryDelayMs(integer(t, path, QStringLiteral("retryDelayMs"), 0, maxMs, false, &ok).value_or(0));
    job.setFailureWebhook(text(t, path, QStringLiteral("failureWebhook"), false, &ok).value_or(QString()));
    if (auto map = data(t, path, &ok))
        job.setJobData(*map);
    if (!ok)
        return false;
    document.jobs.append(DocumentJob{job, SourceLocation{path, t.line, t.column}});
    return true;
}

bool DocumentReader::readTrigger(const JsonTree &t, const QString &path)
{
    static const QStringList common = {
        QStringLiteral("group"), QStringLiteral("name"), QStringLiteral("jobGroup"), QStringLiteral("jobName"),
        QStringLiteral("description"), QStringLiteral("kind"), QStringLiteral("timeZone"), QStringLiteral("startTime"),
        QStringLiteral("endTime"), QStringLiteral("priority"), QStringLiteral("misfireInstruction"),
        QStringLiteral("calendar"), QStringLiteral("paused"), QStringLiteral("data")};
    static const QStringList kindFields[] = {
        {QStringLiteral("cron")},
        {QStringLiteral("repeatIntervalMs"), QStringLiteral("repeatCount")},
        {QStringLiteral("repeatInterval"), QStringLiteral("unit"), QStringLiteral("preserveHourOfDayAcrossDaylightSavings"),
         QStringLiteral("skipDayIfHourDoesNotExist")},
        {QStringLiteral("repeatInterval"), QStringLiteral("unit"), QStringLiteral("repeatCount"),
         QStringLiteral("daysOfWeek"), QStringLiteral("startTimeOfDay"), QStringLiteral("endTimeOfDay")}};
    bool ok = true;
    const QString kindPath = jsonPathMember(path, QStringLiteral("kind"));
    const std::optional<QString> kindText = text(t, path, QStringLiteral("kind"), true, &ok);
    int kind = -1;
    if (kindText) {
        for (int i = 0; i < 4; ++i) {
            if (*kindText == QLatin1String(kindNames[i]))
                kind = i;
        }
        if (kind < 0)
            problem(*t.member(QStringLiteral("kind")), kindPath,
                    Tr::tr("unknown trigger kind \"%1\" (cron, simple, calendarInterval or dailyTimeInterval)").arg(*kindText));
    }
    QStringList allowed = common;
    if (kind >= 0) {
        allowed << kindFields[kind];
    } else {
        for (const QStringList &fields : kindFields)
            allowed << fields;
    }
    onlyKnown(t, path, allowed);

    const auto group = text(t, path, QStringLiteral("group"), false, &ok);
    const auto name = text(t, path, QStringLiteral("name"), true, &ok);
    const auto jobGroup = text(t, path, QStringLiteral("jobGroup"), false, &ok);
    const auto jobName = text(t, path, QStringLiteral("jobName"), true, &ok);
    Trigger trigger;
    trigger.setKey(TriggerKey(name.value_or(QString()), group.value_or(QString())));
    trigger.setJobKey(JobKey(jobName.value_or(QString()), jobGroup.value_or(QString())));
    trigger.setDescription(text(t, path, QStringLiteral("description"), false, &ok).value_or(QString()));
    trigger.setCalendarName(text(t, path, QStringLiteral("calendar"), false, &ok).value_or(QString()));
    const bool paused = flag(t, path, QStringLiteral("paused"), &ok).value_or(false);
    if (const auto zone = text(t, path, QStringLiteral("timeZone"), false, &ok)) {
        if (Result<ZoneRulesPtr> rules = ZoneRules::forId(zone->toUtf8()); !rules || zone->isEmpty()) {
            problem(*t.member(QStringLiteral("timeZone")), jsonPathMember(path, QStringLiteral("timeZone")),
                    rules ? Tr::tr("expected an IANA time-zone id such as \"Europe/Berlin\"") : rules.error());
            ok = false;
        }
        trigger.setTimeZoneId(zone->toUtf8());
    }
    if (const auto start = instant(t, path, QStringLiteral("startTime"), true, &ok))
        trigger.setStartTime(*start);
    if (const JsonTree *end = t.member(QStringLiteral("endTime")); end && end->type != JsonTree::Type::Null) {
        if (const auto e = instant(t, path, QStringLiteral("endTime"), false, &ok))
            trigger.setEndTime(*e);
    }
    trigger.setPriority(int(integer(t, path, QStringLiteral("priority"), INT_MIN, INT_MAX, false, &ok)
                                .value_or(Trigger::DefaultPriority)));
    if (auto map = data(t, path, &ok))
        trigger.setJobData(*map);

    const auto unit = [&](bool *good) -> std::optional<IntervalUnit> {
        const auto text = this->text(t, path, QStringLiteral("unit"), true, good);
        if (!text)
            return std::nullopt;
        const std::optional<IntervalUnit> u = intervalUnitFromName(*text);
        if (!u) {
            problem(*t.member(QStringLiteral("unit")), jsonPathMember(path, QStringLiteral("unit")),
                    Tr::tr("unknown interval unit \"%1\" (SECOND, MINUTE, HOUR, DAY, WEEK, MONTH or YEAR)").arg(*text));
            *good = false;
        }
        return u;
    };
    switch (kind) {
    case 0: {
        if (const auto cron = text(t, path, QStringLiteral("cron"), true, &ok)) {
            Result<CronExpression> expression = CronExpression::parse(*cron);
            if (!expression) {
                problem(*t.member(QStringLiteral("cron")), jsonPathMember(path, QStringLiteral("cron")), expression.error());
                ok = false;
            } else {
                trigger.setSchedule(CronSchedule{expression.value()});
            }
        }
        break;
    }
    case 1: {
        SimpleSchedule s;
        s.repeatIntervalMs = integer(t, path, QStringLiteral("repeatIntervalMs"), 0, qint64(1) << 53, false, &ok).value_or(0);
        s.repeatCount = int(integer(t, path, QStringLiteral("repeatCount"), -1, INT_MAX, false, &ok).value_or(0));
        trigger.setSchedule(s);
        break;
    }
    case 2: {
        CalendarIntervalSchedule s;
        s.repeatInterval = int(integer(t, path, QStringLiteral("repeatInterval"), 1, INT_MAX, false, &ok).value_or(1));
        s.unit = unit(&ok).value_or(IntervalUnit::Day);
        s.preserveHourOfDayAcrossDaylightSavings =
            flag(t, path, QStringLiteral("preserveHourOfDayAcrossDaylightSavings"), &ok).value_or(false);
        s.skipDayIfHourDoesNotExist = flag(t, path, QStringLiteral("skipDayIfHourDoesNotExist"), &ok).value_or(false);
        trigger.setSchedule(s);
        break;
    }
    case 3: {
        DailyTimeIntervalSchedule s;
        s.repeatInterval = int(integer(t, path, QStringLiteral("repeatInterval"), 1, INT_MAX, false, &ok).value_or(1));
        s.unit = unit(&ok).value_or(IntervalUnit::Minute);
        s.repeatCount = int(integer(t, path, QStringLiteral("repeatCount"), -1, INT_MAX, false, &ok)
                                .value_or(DailyTimeIntervalSchedule::RepeatIndefinitely));
        if (const JsonTree *days = typed(t, path, QStringLiteral("daysOfWeek"), JsonTree::Type::Array, false,
                                         Tr::tr("an array of weekdays 1 (Sunday) to 7 (Saturday)"))) {
            s.daysOfWeek = 0;
            for (qsizetype i = 0; i < days->items.size(); ++i) {
                const JsonTree &day = days->items.at(i);
                if (!day.isInteger() || day.number < 1 || day.number > 7) {
                    problem(day, jsonPathIndex(jsonPathMember(path, QStringLiteral("daysOfWeek")), i),
                            Tr::tr("expected a weekday 1 (Sunday) to 7 (Saturday), found %1")
                                .arg(day.type == JsonTree::Type::Number ? day.text : day.typeName()));
                    ok = false;
                    continue;
                }
                s.daysOfWeek |= quint8(1u << int(day.number));
            }
        } else if (t.member(QStringLiteral("daysOfWeek"))) {
            ok = false;
        }
        for (const auto &[key, out] : {std::pair{QStringLiteral("startTimeOfDay"), &s.startTimeOfDay},
                                       std::pair{QStringLiteral("endTimeOfDay"), &s.endTimeOfDay}}) {
            if (const auto time = text(t, path, key, false, &ok)) {
                const std::optional<TimeOfDay> parsed = TimeOfDay::fromString(*time);
                if (!parsed || time->size() != 8) {
                    problem(*t.member(key), jsonPathMember(path, key),
                            Tr::tr("expected a time of day \"HH:MM:SS\", found \"%1\"").arg(*time));
                    ok = false;
                } else {
                    *out = *parsed;
                }
            }
        }
        trigger.setSchedule(s);
        break;
    }
    default: ok = false; break;
    }

    if (kind >= 0) {
        if (const auto misfire = text(t, path, QStringLiteral("misfireInstruction"), false, &ok)) {
            const int instruction = Misfire::fromName(TriggerKind(kind), *misfire);
            if (instruction == -2) {
                QStringList names;
                for (int i : Misfire::instructionsFor(TriggerKind(kind)))
                    names << Misfire::name(TriggerKind(kind), i);
                problem(*t.member(QStringLiteral("misfireInstruction")),
                        jsonPathMember(path, QStringLiteral("misfireInstruction")),
                        Tr::tr("unknown misfire instruction \"%1\" for a %2 trigger (%3)")
                            .arg(*misfire, QLatin1String(kindNames[kind]), names.join(QStringLiteral(", "))));
                ok = false;
            } else {
                trigger.setMisfireInstruction(instruction);
            }
        }
    }
    if (!ok)
        return false;
    document.triggers.append(DocumentTrigger{trigger, paused, SourceLocation{path, t.line, t.column}});
    return true;
}

} // namespace

ScheduleJson::ReadResult ScheduleJson::read(const QByteArray &json)
{
    ReadResult result;
    JsonTreeReader reader(MaxDepth, MaxInputBytes);
    JsonTree root;
    const bool parsed = reader.read(json, &root);
    for (const JsonTreeReader::Problem &p : reader.problems())
        result.problems.append(ImportProblem{SourceLocation{p.path, p.line, p.column}, p.message});
    if (!parsed)
        return result;
    DocumentReader document;
    document.read(root);
    result.problems += document.problems;
    result.document = std::move(document.document);
    result.problems += checkDocument(result.document);
    // In the order of the file.
    std::stable_sort(result.problems.begin(), result.problems.end(), [](const ImportProblem &a, const ImportProblem &b) {
        return std::pair(a.location.line, a.location.column) < std::pair(b.location.line, b.location.column);
    });
    if (result.problems.size() > MaxProblems) {
        const qsizetype more = result.problems.size() - MaxProblems;
        result.problems.resize(MaxProblems);
        result.problems.append(ImportProblem{{}, Tr::tr("%n more problem(s) not shown", nullptr, int(more))});
    }
    return result;
}

} // namespace Qronos
