#include "quartzxml.h"

#include "schedule/firetimes.h"
#include "schedule/zonerules.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <memory>
#include <vector>

namespace Qronos {

namespace {

const char *const quartzNamespace = "http://www.quartz-scheduler.org/xml/JobSchedulingData";
const char *const misfirePrefix = "MISFIRE_INSTRUCTION_";
constexpr int maxDepth = 32;

// Reserved job-data keys (docs/formats.md, "Quartz XML").
const QLatin1String reservedPrefix("qronos.");
const QLatin1String typePrefix("qronos.type.");
const QLatin1String keyJavaClass("qronos.javaClass");
const QLatin1String keyOptions("qronos.options");
const QLatin1String keyPaused("qronos.paused");
const QLatin1String keyTimeZone("qronos.timeZone");
const QLatin1String keyMisfire("qronos.misfireInstruction");
const QLatin1String keyPriority("qronos.priority");
const QLatin1String keyPreserveHour("qronos.preserveHourOfDayAcrossDaylightSavings");
const QLatin1String keySkipDay("qronos.skipDayIfHourDoesNotExist");

// An element as read: enough of a tree to report every problem with its place, not only the first.
struct Node
{
    QString name;
    QString ns;
    QString path;
    int line = 0;
    int column = 0;
    QString text;
    std::vector<std::unique_ptr<Node>> children;
};

SourceLocation locationOf(const Node &node)
{
    return { node.path, node.line, node.column };
}

bool isRepeatable(const QString &name)
{
    static const QSet<QString> names { QStringLiteral("schedule"),
                                       QStringLiteral("job"),
                                       QStringLiteral("trigger"),
                                       QStringLiteral("entry"),
                                       QStringLiteral("delete-jobs-in-group"),
                                       QStringLiteral("delete-triggers-in-group"),
                                       QStringLiteral("delete-job"),
                                       QStringLiteral("delete-trigger"),
                                       QStringLiteral("pre-processing-commands"),
                                       QStringLiteral("processing-directives") };
    return names.contains(name);
}

// A string value that XML would not give back as it is (surrounding white space is trimmed on reading, as Quartz
// does; carriage returns are normalised; control characters are not allowed at all) is written as a JSON string.
bool needsQuoting(const QString &s)
{
    if (s != s.trimmed())
        return true;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || u == 0xFFFE || u == 0xFFFF || c.isSurrogate())
            return true;
    }
    return false;
}

QString jsonQuoted(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::QuartzXml)

public:
    Reader(const JobClassMapping &mapping, const QuartzXmlReadOptions &options)
        : m_mapping(mapping)
        , m_options(options)
    {
        m_now = options.nowMs ? *options.nowMs : QDateTime::currentMSecsSinceEpoch();
        Result<ZoneRulesPtr> zone = ZoneRules::forId(options.defaultTimeZone);
        m_defaultZone = zone ? *zone : ZoneRules::utc();
    }

    QuartzXmlReadResult run(const QByteArray &xml)
    {
        if (!ZoneRules::forId(m_options.defaultTimeZone)) {
            problem(SourceLocation {},
                    tr("The default time zone \"%1\" is not known (expected an IANA id such as Asia/Shanghai).")
                        .arg(QString::fromUtf8(m_options.defaultTimeZone)));
            return std::move(m_result);
        }
        std::unique_ptr<Node> root = parse(xml);
        if (root)
            readRoot(*root);
        std::stable_sort(
            m_result.problems.begin(), m_result.problems.end(), [](const ImportProblem &a, const ImportProblem &b) {
                return std::pair(a.location.line, a.location.column) < std::pair(b.location.line, b.location.column);
            });
        if (m_result.problems.isEmpty()) {
            for (DocumentTrigger &t : m_result.document.triggers) {
                if (m_unmappedJobs.contains(t.trigger.jobKey()))
                    t.paused = true;
            }
        }
        return std::move(m_result);
    }

private:
    void problem(const SourceLocation &where, const QString &message) { m_result.problems.append({ where, message }); }
    void problem(const Node &node, const QString &message) { problem(locationOf(node), message); }

    std::unique_ptr<Node> parse(const QByteArray &xml)
    {
        QXmlStreamReader reader(xml);
        std::unique_ptr<Node> root;
        std::vector<Node *> stack;
        QString source; // decoded only to place the top-level tokens
        bool afterText = false;
        while (!reader.atEnd()) {
            int line = int(reader.lineNumber());
            // Text ends where the reader sees the next '<', which it has consumed by then.
            int column = int(reader.columnNumber()) + (afterText ? 0 : 1);
            const QXmlStreamReader::TokenType token = reader.readNext();
            afterText = token == QXmlStreamReader::Characters;
            if (stack.empty() && (token == QXmlStreamReader::DTD || token == QXmlStreamReader::StartElement)) {
                if (source.isEmpty())
                    source = QString::fromUtf8(xml);
                placeAt(source,
                        token == QXmlStreamReader::DTD ? QStringLiteral("<!DOCTYPE")
                                                       : QLatin1Char('<') + reader.qualifiedName().toString(),
                        &line, &column);
            }
            if (token == QXmlStreamReader::DTD) {
                problem(SourceLocation { {}, line, column },
                        tr("A DOCTYPE is not allowed: DTDs and entity declarations are refused."));
                return nullptr;
            }
            if (token == QXmlStreamReader::EntityReference) {
                problem(SourceLocation { stack.empty() ? QString() : stack.back()->path, line, column },
                        tr("The entity reference &%1; is not allowed.").arg(reader.name()));
                return nullptr;
            }
            if (token == QXmlStreamReader::StartElement) {
                if (stack.size() >= maxDepth) {
                    problem(SourceLocation { stack.back()->path, line, column },
                            tr("Elements are nested more than %1 deep.").arg(maxDepth));
                    return nullptr;
                }
                auto node = std::make_unique<Node>();
                node->name = reader.name().toString();
                node->ns = reader.namespaceUri().toString();
                node->line = line;
                node->column = column;
                Node *raw = node.get();
                if (stack.empty()) {
                    node->path = QLatin1Char('/') + node->name;
                    root = std::move(node);
                } else {
                    Node *parent = stack.back();
                    node->path = parent->path + QLatin1Char('/') + node->name;
                    if (isRepeatable(node->name)) {
                        int index = 1;
                        for (const auto &sibling : parent->children)
                            index += sibling->name == node->name ? 1 : 0;
                        node->path += QStringLiteral("[%1]").arg(index);
                    }
                    parent->children.push_back(std::move(node));
                }
                stack.push_back(raw);
            } else if (token == QXmlStreamReader::EndElement) {
                if (!stack.empty())
                    stack.pop_back();
            } else if (token == QXmlStreamReader::Characters) {
                if (!stack.empty())
                    stack.back()->text += reader.text();
            }
        }
        if (reader.hasError()) {
            problem(SourceLocation { stack.empty() ? QString() : stack.back()->path, int(reader.lineNumber()),
                                     int(reader.columnNumber()) + 1 },
                    tr("The file is not well-formed XML: %1").arg(reader.errorString()));
            return nullptr;
        }
        if (!root)
            problem(SourceLocation { {}, 1, 1 }, tr("The file holds no XML element."));
        return root;
    }

    // Moves a position near a top-level token to its '<': outside the root the reader skips white space without a
    // token, and before the first token it reads ahead.
    static void placeAt(const QString &source, const QString &needle, int *line, int *column)
    {
        qsizetype i = 0;
        for (int l = 1; l < *line && i >= 0; ++l)
            i = source.indexOf(QLatin1Char('\n'), i) + 1;
        if (i < 0)
            return;
        const qsizetype found = source.indexOf(needle, std::max<qsizetype>(0, i + *column - 1 - 8));
        if (found < 0)
            return;
        const qsizetype lineStart = source.lastIndexOf(QLatin1Char('\n'), found - 1) + 1;
        *line = int(source.left(found).count(QLatin1Char('\n'))) + 1;
        *column = int(found - lineStart) + 1;
    }

    // The children of an element by name, after reporting unknown, repeated and missing ones.
    struct Children
    {
        QHash<QString, QList<const Node *>> byName;
        const Node *one(const char *name) const
        {
            const auto it = byName.constFind(QLatin1String(name));
            return it == byName.constEnd() || it->isEmpty() ? nullptr : it->first();
        }
        QList<const Node *> all(const char *name) const { return byName.value(QLatin1String(name)); }
    };

    struct Field
    {
        const char *name;
        bool required;
        bool repeatable;
    };

    Children children(const Node &parent, const QList<Field> &fields)
    {
        Children result;
        if (!parent.text.trimmed().isEmpty())
            problem(parent, tr("<%1> holds text where only elements are expected.").arg(parent.name));
        for (const auto &child : parent.children) {
            const Field *field = nullptr;
            for (const Field &f : fields) {
                if (child->name == QLatin1String(f.name))
                    field = &f;
            }
            if (child->ns != QLatin1String(quartzNamespace)) {
                problem(*child,
                        tr("The element <%1> is not in the namespace %2.")
                            .arg(child->name, QLatin1String(quartzNamespace)));
                continue;
            }
            if (!field) {
                QStringList expected;
                for (const Field &f : fields)
                    expected.append(QLatin1Char('<') + QLatin1String(f.name) + QLatin1Char('>'));
                problem(*child,
                        tr("Unexpected element <%1> in <%2>; expected %3.")
                            .arg(child->name, parent.name, expected.join(QStringLiteral(", "))));
                continue;
            }
            QList<const Node *> &list = result.byName[child->name];
            if (!field->repeatable && !list.isEmpty()) {
                problem(*child,
                        tr("<%1> appears more than once in <%2> (first on line %3).")
                            .arg(child->name, parent.name)
                            .arg(list.first()->line));
                continue;
            }
            list.append(child.get());
        }
        for (const Field &f : fields) {
            if (f.required && !result.byName.contains(QLatin1String(f.name)))
                problem(parent, tr("<%1> lacks its <%2> element.").arg(parent.name, QLatin1String(f.name)));
        }
        return result;
    }

    // The trimmed text of a leaf element, as Quartz's getTrimmedToNullString reads it.
    QString text(const Node &node)
    {
        if (!node.children.empty())
            problem(*node.children.front(), tr("<%1> must hold text, not elements.").arg(node.name));
        return node.text.trimmed();
    }

    std::optional<bool> boolean(const Node &node)
    {
        const QString value = text(node);
        if (value == QLatin1String("true"))
            return true;
        if (value == QLatin1String("false"))
            return false;
        problem(node, tr("<%1> must be true or false, not \"%2\".").arg(node.name, value));
        return std::nullopt;
    }

    std::optional<qint64> integer(const Node &node, qint64 min, qint64 max)
    {
        const QString value = text(node);
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < min || n > max) {
            problem(node,
                    tr("<%1> must be a whole number from %2 to %3, not \"%4\".")
                        .arg(node.name)
                        .arg(min)
                        .arg(max)
                        .arg(value));
            return std::nullopt;
        }
        return n;
    }

    // xs:dateTime: an offset locates the instant; without one the time is read in the default zone, as Java reads it
    // in the JVM's zone.
    std::optional<qint64> dateTime(const Node &node)
    {
        const QString value = text(node);
        static const QRegularExpression re(
            QStringLiteral("^(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):(\\d\\d)(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)?$"));
        const QRegularExpressionMatch m = re.match(value);
        const auto bad = [&] {
            problem(node,
                    tr("<%1> must be a date and time between the years 1900 and 9000 such as "
                       "2026-03-01T08:30:00Z or 2026-03-01T08:30:00+08:00, not \"%2\".")
                        .arg(node.name, value));
            return std::nullopt;
        };
        if (!m.hasMatch())
            return bad();
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const int hour = m.captured(4).toInt(), minute = m.captured(5).toInt(), second = m.captured(6).toInt();
        if (!date.isValid() || date.year() < 1900 || date.year() > 9000 || hour > 23 || minute > 59 || second > 59)
            return bad();
        const QString fraction = m.captured(7).mid(1);
        const int ms = (fraction + QStringLiteral("00")).left(3).toInt();
        const qint64 wall = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000LL
            + ((hour * 60LL + minute) * 60 + second) * 1000 + ms;
        const QString zone = m.captured(8);
        if (zone.isEmpty())
            return m_defaultZone->wallToUtc(wall);
        if (zone == QLatin1String("Z"))
            return wall;
        const int offsetHours = zone.mid(1, 2).toInt(), offsetMinutes = zone.mid(4, 2).toInt();
        if (offsetHours > 14 || offsetMinutes > 59)
            return bad();
        const qint64 offset
            = (offsetHours * 60LL + offsetMinutes) * 60000 * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
        return wall - offset;
    }

    void readRoot(const Node &root)
    {
        if (root.name != QLatin1String("job-scheduling-data")) {
            problem(root,
                    tr("The root element is <%1>; a Quartz scheduling data file starts with <job-scheduling-data>.")
                        .arg(root.name));
            return;
        }
        if (root.ns != QLatin1String(quartzNamespace)) {
            problem(root,
                    root.ns.isEmpty() ? tr("<job-scheduling-data> has no namespace; expected xmlns=\"%1\".")
                                            .arg(QLatin1String(quartzNamespace))
                                      : tr("<job-scheduling-data> is in the namespace %1; expected %2.")
                                            .arg(root.ns, QLatin1String(quartzNamespace)));
            return;
        }
        const Children c = children(root,
                                    { { "pre-processing-commands", false, true },
                                      { "processing-directives", false, true },
                                      { "schedule", false, true } });
        for (const Node *n : c.all("pre-processing-commands"))
            readCommands(*n);
        for (const Node *n : c.all("processing-directives"))
            readDirectives(*n);
        for (const Node *n : c.all("schedule")) {
            const Children s = children(*n, { { "job", false, true }, { "trigger", false, true } });
            for (const Node *job : s.all("job"))
                readJob(*job);
            for (const Node *trigger : s.all("trigger"))
                readTrigger(*trigger);
        }
        checkDuplicates();
    }

    void readCommands(const Node &node)
    {
        ImportDirectives &d = m_result.document.directives;
        const Children c = children(node,
                                    { { "delete-jobs-in-group", false, true },
                                      { "delete-triggers-in-group", false, true },
                                      { "delete-job", false, true },
                                      { "delete-trigger", false, true } });
        const auto group = [&](const Node *n, QStringList *out) {
            const QString g = text(*n);
            if (g.isEmpty())
                problem(*n, tr("<%1> must name a group, or * for every group.").arg(n->name));
            else
                out->append(g);
        };
        for (const Node *n : c.all("delete-jobs-in-group"))
            group(n, &d.deleteJobsInGroups);
        for (const Node *n : c.all("delete-triggers-in-group"))
            group(n, &d.deleteTriggersInGroups);
        for (const Node *n : c.all("delete-job")) {
            const auto [name, groupName] = nameAndGroup(*n, "name", "group");
            if (!name.isEmpty())
                d.deleteJobs.append(JobKey(name, groupName));
        }
        for (const Node *n : c.all("delete-trigger")) {
            const auto [name, groupName] = nameAndGroup(*n, "name", "group");
            if (!name.isEmpty())
                d.deleteTriggers.append(TriggerKey(name, groupName));
        }
    }

    // Reads <name> and <group> of a delete command; an empty name when something is wrong (reported).
    std::pair<QString, QString> nameAndGroup(const Node &node, const char *nameField, const char *groupField)
    {
        const Children c = children(node, { { nameField, true, false }, { groupField, false, false } });
        return keyParts(c, nameField, groupField);
    }

    std::pair<QString, QString> keyParts(const Children &c, const char *nameField, const char *groupField)
    {
        QString name, group;
        if (const Node *n = c.one(nameField)) {
            name = text(*n);
            if (const QString p = keyPartProblem(name); !p.isEmpty()) {
                problem(*n, tr("<%1> %2.").arg(n->name, p));
                name.clear();
            }
        }
        if (const Node *g = c.one(groupField)) {
            group = text(*g);
            if (!group.isEmpty()) {
                if (const QString p = keyPartProblem(group); !p.isEmpty()) {
                    problem(*g, tr("<%1> %2.").arg(g->name, p));
                    name.clear();
                }
            }
        }
        return { name, group };
    }

    void readDirectives(const Node &node)
    {
        const Children c
            = children(node, { { "overwrite-existing-data", false, false }, { "ignore-duplicates", false, false } });
        if (const Node *n = c.one("overwrite-existing-data")) {
            if (const auto b = boolean(*n))
                m_result.document.directives.overwriteExistingData = *b;
        }
        if (const Node *n = c.one("ignore-duplicates")) {
            if (const auto b = boolean(*n))
                m_result.document.directives.ignoreDuplicates = *b;
        }
    }

    // A <job-data-map>: the entries as text, each with its <entry> node; a repeated key is a problem.
    QMap<QString, std::pair<QString, const Node *>> entries(const Node &map)
    {
        QMap<QString, std::pair<QString, const Node *>> result;
        const Children c = children(map, { { "entry", false, true } });
        for (const Node *entry : c.all("entry")) {
            const Children e = children(*entry, { { "key", true, false }, { "value", true, false } });
            const Node *keyNode = e.one("key");
            const Node *valueNode = e.one("value");
            if (!keyNode || !valueNode)
                continue;
            const QString key = text(*keyNode);
            if (key.isEmpty()) {
                problem(*keyNode, tr("A job data key must not be empty."));
                continue;
            }
            if (const auto it = result.constFind(key); it != result.constEnd()) {
                problem(*entry,
                        tr("The job data key \"%1\" appears twice (first on line %2).").arg(key).arg(it->second->line));
                continue;
            }
            result.insert(key, { text(*valueNode), entry });
        }
        return result;
    }

    // Turns entries into job data, applying the qronos.type.<key> annotations; the reserved keys the caller knows
    // are left in `reserved`, any other qronos.* key is a problem.
    JobDataMap jobData(const QMap<QString, std::pair<QString, const Node *>> &raw, const QSet<QString> &known,
                       QMap<QString, std::pair<QString, const Node *>> *reserved)
    {
        JobDataMap data;
        for (auto it = raw.begin(); it != raw.end(); ++it) {
            if (it.key().startsWith(typePrefix))
                continue;
            if (it.key().startsWith(reservedPrefix)) {
                if (known.contains(it.key()))
                    reserved->insert(it.key(), it.value());
                else {
                    QStringList names(known.begin(), known.end());
                    names.sort();
                    names.append(QString(typePrefix) + QStringLiteral("<key>"));
                    problem(*it->second,
                            tr("\"%1\" is not a reserved key Qronos reads here (it reads %2).")
                                .arg(it.key(), names.join(QStringLiteral(", "))));
                }
                continue;
            }
            data.put(it.key(), it->first);
        }
        for (auto it = raw.begin(); it != raw.end(); ++it) {
            if (!it.key().startsWith(typePrefix))
                continue;
            const QString key = it.key().mid(typePrefix.size());
            const QString type = it->first;
            const Node &where = *it->second;
            if (!raw.contains(key) || key.startsWith(reservedPrefix)) {
                problem(where,
                        tr("\"%1\" gives the type of \"%2\", which is not in this job-data-map.").arg(it.key(), key));
                continue;
            }
            const QString value = raw.value(key).first;
            bool ok = false;
            if (type == QLatin1String("integer")) {
                const qint64 n = value.toLongLong(&ok);
                if (ok)
                    data.put(key, n);
            } else if (type == QLatin1String("double")) {
                const double d = value.toDouble(&ok);
                if (ok)
                    data.put(key, d);
            } else if (type == QLatin1String("boolean")) {
                ok = value == QLatin1String("true") || value == QLatin1String("false");
                if (ok)
                    data.put(key, value == QLatin1String("true"));
            } else if (type == QLatin1String("string")) {
                const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(value).toUtf8());
                ok = doc.isArray() && doc.array().size() == 1 && doc.array().at(0).isString();
                if (ok)
                    data.put(key, doc.array().at(0).toString());
            } else {
                problem(where,
                        tr("\"%1\" must be integer, double, boolean or string, not \"%2\".").arg(it.key(), type));
                continue;
            }
            if (!ok)
                problem(where, tr("The value of \"%1\" is not a valid %2: \"%3\".").arg(key, type, value));
        }
        return data;
    }

    void readJob(const Node &node)
    {
        const Children c = children(node,
                                    { { "name", true, false },
                                      { "group", false, false },
                                      { "description", false, false },
                                      { "job-class", true, false },
                                      { "durability", false, false },
                                      { "recover", false, false },
                                      { "job-data-map", false, false } });
        const int before = m_result.problems.size();
        const auto [name, group] = keyParts(c, "name", "group");
        JobDetail job(JobKey(name, group), QString());
        if (const Node *n = c.one("description"))
            job.setDescription(text(*n));
        if (const Node *n = c.one("durability")) {
            if (const auto b = boolean(*n))
                job.setDurable(*b);
        }
        if (const Node *n = c.one("recover")) {
            if (const auto b = boolean(*n))
                job.setRequestsRecovery(*b);
        }
        QMap<QString, std::pair<QString, const Node *>> reserved;
        if (const Node *n = c.one("job-data-map"))
            job.setJobData(jobData(entries(*n), { QString(keyOptions) }, &reserved));
        if (const auto it = reserved.constFind(QString(keyOptions)); it != reserved.constEnd())
            readOptions(it->first, *it->second, job);

        bool unmapped = false;
        if (const Node *n = c.one("job-class")) {
            const QString javaClass = text(*n);
            const QString nativeType = QuartzXml::jobTypeOfNativeClass(javaClass);
            static const QRegularExpression typeName(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*$"));
            static const QRegularExpression javaClassName(
                QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$"));
            if (javaClass.startsWith(QLatin1String("qronos:"))) {
                if (!typeName.match(nativeType).hasMatch())
                    problem(*n, tr("\"%1\" does not name a Qronos job type after \"qronos:\".").arg(javaClass));
                job.setJobType(nativeType);
            } else if (!javaClassName.match(javaClass).hasMatch()) {
                problem(*n, tr("\"%1\" is neither a Java class name nor qronos:<job type>.").arg(javaClass));
            } else if (const auto entry = m_mapping.forJavaClass(javaClass)) {
                job.setJobType(entry->jobType);
                if (!entry->argument.isEmpty()) {
                    const QString key = JobClassMapping::mainKey(entry->jobType);
                    if (job.jobData().contains(key) && job.jobData().value(key).toString() != entry->argument)
                        m_result.warnings.append(
                            { locationOf(*n),
                              tr("The mapping of %1 sets \"%2\" to \"%3\", which replaces the "
                                 "job-data-map's \"%4\".")
                                  .arg(javaClass, key, entry->argument, job.jobData().value(key).toString()) });
                    job.jobData().put(key, entry->argument);
                }
            } else if (m_options.importUnmappedAsPausedNoop) {
                job.setJobType(QStringLiteral("noop"));
                job.jobData().put(QString(keyJavaClass), javaClass);
                unmapped = true;
                m_result.warnings.append({ locationOf(*n),
                                           tr("The job class %1 has no mapping: the job is imported as "
                                              "a noop job and its triggers are paused.")
                                               .arg(javaClass) });
            } else {
                problem(*n,
                        tr("The job class %1 has no mapping to a Qronos job type; add a line such as "
                           "\"%1 = shell:/path/to/program\" to the mapping, or import unmapped classes as "
                           "paused noop jobs.")
                            .arg(javaClass));
            }
        }
        if (m_result.problems.size() != before)
            return;
        if (const QString p = job.validationError(); !p.isEmpty()) {
            problem(node, p);
            return;
        }
        if (unmapped)
            m_unmappedJobs.insert(job.key());
        m_result.document.jobs.append({ job, locationOf(node) });
    }

    void readOptions(const QString &text, const Node &where, JobDetail &job)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (!doc.isObject()) {
            problem(where, tr("\"%1\" must be a JSON object.").arg(QString(keyOptions)));
            return;
        }
        const QJsonObject options = doc.object();
        if (Result<Done> set = job.setOptionsFromJson(options); !set) {
            problem(where, set.error());
            return;
        }
        job.setConcurrentExecutionDisallowed(options.value(QStringLiteral("concurrentExecutionDisallowed")).toBool());
        job.setPersistJobDataAfterExecution(options.value(QStringLiteral("persistJobDataAfterExecution")).toBool());
    }

    void readTrigger(const Node &node)
    {
        const Children c = children(
            node, { { "simple", false, false }, { "cron", false, false }, { "calendar-interval", false, false } });
        QList<const Node *> kinds;
        for (const auto &child : node.children) {
            if (c.one("simple") == child.get() || c.one("cron") == child.get()
                || c.one("calendar-interval") == child.get())
                kinds.append(child.get());
        }
        if (kinds.size() > 1) {
            problem(
                *kinds.at(1),
                tr("<trigger> holds more than one schedule: <%1> and <%2>.").arg(kinds.at(0)->name, kinds.at(1)->name));
            return;
        }
        if (kinds.isEmpty()) {
            if (node.children.empty())
                problem(node, tr("<trigger> needs one of <simple>, <cron> or <calendar-interval>."));
            return;
        }
        readSchedule(*kinds.first());
    }

    void readSchedule(const Node &node)
    {
        const bool simple = node.name == QLatin1String("simple");
        const bool cron = node.name == QLatin1String("cron");
        const TriggerKind kind = simple ? TriggerKind::Simple
            : cron                      ? TriggerKind::Cron
                                        : TriggerKind::CalendarInterval;
        QList<Field> fields { { "name", true, false },           { "group", false, false },
                              { "description", false, false },   { "job-name", true, false },
                              { "job-group", false, false },     { "priority", false, false },
                              { "calendar-name", false, false }, { "job-data-map", false, false },
                              { "start-time", false, false },    { "start-time-seconds-in-future", false, false },
                              { "end-time", false, false },      { "misfire-instruction", false, false } };
        if (simple)
            fields += QList<Field> { { "repeat-count", false, false }, { "repeat-interval", false, false } };
        else if (cron)
            fields += QList<Field> { { "cron-expression", true, false }, { "time-zone", false, false } };
        else
            fields += QList<Field> { { "repeat-interval", true, false }, { "repeat-interval-unit", true, false } };
        const Children c = children(node, fields);
        const int before = m_result.problems.size();

        Trigger trigger;
        const auto [name, group] = keyParts(c, "name", "group");
        trigger.setKey(TriggerKey(name, group));
        const auto [jobName, jobGroup] = keyParts(c, "job-name", "job-group");
        trigger.setJobKey(JobKey(jobName, jobGroup));
        if (const Node *n = c.one("description"))
            trigger.setDescription(text(*n));
        if (const Node *n = c.one("priority")) {
            if (const auto p = integer(*n, 0, std::numeric_limits<int>::max()))
                trigger.setPriority(int(*p));
        }
        if (const Node *n = c.one("calendar-name"))
            trigger.setCalendarName(text(*n));

        trigger.setStartTime(m_now);
        const Node *start = c.one("start-time");
        const Node *inFuture = c.one("start-time-seconds-in-future");
        if (start && inFuture)
            problem(*inFuture, tr("<start-time> and <start-time-seconds-in-future> exclude each other."));
        if (start) {
            if (const auto t = dateTime(*start))
                trigger.setStartTime(*t);
        } else if (inFuture) {
            if (const auto s = integer(*inFuture, 0, 100LL * 366 * 86400))
                trigger.setStartTime(m_now + *s * 1000);
        }
        if (const Node *n = c.one("end-time")) {
            if (const auto t = dateTime(*n))
                trigger.setEndTime(*t);
        }
        if (const Node *n = c.one("misfire-instruction")) {
            const QString value = text(*n);
            const int instruction = Misfire::fromName(kind, value);
            if (!value.startsWith(QLatin1String(misfirePrefix)) || instruction < Misfire::SmartPolicy) {
                QStringList names;
                for (int i : Misfire::instructionsFor(kind)) {
                    if (i != Misfire::IgnoreMisfirePolicy)
                        names.append(QLatin1String(misfirePrefix) + Misfire::name(kind, i));
                }
                problem(*n,
                        tr("\"%1\" is not a misfire instruction of a <%2> trigger; expected one of %3.")
                            .arg(value, node.name, names.join(QStringLiteral(", "))));
            } else {
                trigger.setMisfireInstruction(instruction);
            }
        }

        QSet<QString> known { QString(keyPaused), QString(keyMisfire), QString(keyPriority) };
        if (!cron)
            known.insert(QString(keyTimeZone));
        if (!simple && !cron) {
            known.insert(QString(keyPreserveHour));
            known.insert(QString(keySkipDay));
        }
        QMap<QString, std::pair<QString, const Node *>> reserved;
        if (const Node *n = c.one("job-data-map"))
            trigger.setJobData(jobData(entries(*n), known, &reserved));

        QByteArray zone = m_options.defaultTimeZone;
        if (simple) {
            SimpleSchedule s;
            if (const Node *n = c.one("repeat-count")) {
                if (const auto v = integer(*n, -1, std::numeric_limits<int>::max()))
                    s.repeatCount = int(*v);
            }
            if (const Node *n = c.one("repeat-interval")) {
                if (const auto v = integer(*n, 0, std::numeric_limits<qint64>::max() / 2))
                    s.repeatIntervalMs = *v;
            }
            trigger.setSchedule(s);
        } else if (cron) {
            if (const Node *n = c.one("time-zone")) {
                zone = text(*n).toUtf8();
                if (!ZoneRules::forId(zone))
                    problem(*n,
                            tr("\"%1\" is not a known time zone (expected an IANA id such as Asia/Shanghai).")
                                .arg(QString::fromUtf8(zone)));
            }
            if (const Node *n = c.one("cron-expression")) {
                Result<CronExpression> expression = CronExpression::parse(text(*n));
                if (expression)
                    trigger.setSchedule(CronSchedule { *expression });
                else
                    problem(*n, expression.error());
            }
        } else {
            CalendarIntervalSchedule s;
            if (const Node *n = c.one("repeat-interval")) {
                if (const auto v = integer(*n, 0, std::numeric_limits<int>::max()))
                    s.repeatInterval = int(*v);
            }
            if (const Node *n = c.one("repeat-interval-unit")) {
                const QString unit = text(*n);
                const auto u = intervalUnitFromName(unit);
                if (!u || *u == IntervalUnit::Millisecond || unit != unit.toUpper())
                    problem(*n,
                            tr("\"%1\" is not an interval unit; expected SECOND, MINUTE, HOUR, DAY, WEEK, MONTH "
                               "or YEAR.")
                                .arg(unit));
                else
                    s.unit = *u;
            }
            const auto flag = [&](const QLatin1String &key) {
                const auto it = reserved.constFind(QString(key));
                if (it == reserved.constEnd())
                    return false;
                if (it->first != QLatin1String("true"))
                    problem(*it->second, tr("\"%1\" must be true when present, not \"%2\".").arg(key, it->first));
                return true;
            };
            s.preserveHourOfDayAcrossDaylightSavings = flag(keyPreserveHour);
            s.skipDayIfHourDoesNotExist = flag(keySkipDay);
            trigger.setSchedule(s);
        }
        if (const auto it = reserved.constFind(QString(keyTimeZone)); it != reserved.constEnd()) {
            zone = it->first.toUtf8();
            if (!ZoneRules::forId(zone))
                problem(
                    *it->second,
                    tr("\"%1\" is not a known time zone (expected an IANA id such as Asia/Shanghai).").arg(it->first));
        }
        trigger.setTimeZoneId(zone);
        if (const auto it = reserved.constFind(QString(keyMisfire)); it != reserved.constEnd()) {
            const QString expected = QLatin1String(misfirePrefix) + QStringLiteral("IGNORE_MISFIRE_POLICY");
            if (it->first != expected)
                problem(*it->second, tr("\"%1\" may only be %2.").arg(QString(keyMisfire), expected));
            else if (c.one("misfire-instruction"))
                problem(*it->second,
                        tr("\"%1\" and <misfire-instruction> exclude each other.").arg(QString(keyMisfire)));
            else
                trigger.setMisfireInstruction(Misfire::IgnoreMisfirePolicy);
        }
        if (const auto it = reserved.constFind(QString(keyPriority)); it != reserved.constEnd()) {
            bool ok = false;
            const int p = it->first.toInt(&ok);
            if (!ok || p >= 0)
                problem(*it->second,
                        tr("\"%1\" carries a negative priority, not \"%2\".").arg(QString(keyPriority), it->first));
            else if (c.one("priority"))
                problem(*it->second, tr("\"%1\" and <priority> exclude each other.").arg(QString(keyPriority)));
            else
                trigger.setPriority(p);
        }
        bool paused = false;
        if (const auto it = reserved.constFind(QString(keyPaused)); it != reserved.constEnd()) {
            if (it->first != QLatin1String("true"))
                problem(*it->second,
                        tr("\"%1\" must be true when present, not \"%2\".").arg(QString(keyPaused), it->first));
            paused = true;
        }
        if (m_result.problems.size() != before)
            return;
        if (Result<Done> valid = FireTimes::validate(trigger); !valid) {
            problem(node, valid.error());
            return;
        }
        m_result.document.triggers.append({ trigger, paused, locationOf(node) });
    }

    void checkDuplicates()
    {
        QHash<JobKey, int> jobs;
        for (const DocumentJob &j : std::as_const(m_result.document.jobs)) {
            if (const auto it = jobs.constFind(j.job.key()); it != jobs.constEnd())
                problem(j.location,
                        tr("The job %1 is defined twice (first on line %2).").arg(j.job.key().toString()).arg(*it));
            else
                jobs.insert(j.job.key(), j.location.line);
        }
        QHash<TriggerKey, int> triggers;
        for (const DocumentTrigger &t : std::as_const(m_result.document.triggers)) {
            if (const auto it = triggers.constFind(t.trigger.key()); it != triggers.constEnd())
                problem(
                    t.location,
                    tr("The trigger %1 is defined twice (first on line %2).").arg(t.trigger.key().toString()).arg(*it));
            else
                triggers.insert(t.trigger.key(), t.location.line);
        }
    }

    const JobClassMapping &m_mapping;
    const QuartzXmlReadOptions &m_options;
    qint64 m_now = 0;
    ZoneRulesPtr m_defaultZone;
    QSet<JobKey> m_unmappedJobs;
    QuartzXmlReadResult m_result;
};

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::QuartzXml)

public:
    explicit Writer(const JobClassMapping &mapping)
        : m_mapping(mapping)
    { }

    QuartzXmlWriteResult run(const ScheduleDocument &doc)
    {
        QByteArray out;
        QXmlStreamWriter w(&out);
        w.setAutoFormatting(true);
        w.setAutoFormattingIndent(4);
        w.writeStartDocument();
        w.writeDefaultNamespace(QLatin1String(quartzNamespace));
        w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
        w.writeStartElement(QLatin1String(quartzNamespace), QStringLiteral("job-scheduling-data"));
        w.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                         QLatin1String(quartzNamespace)
                             + QStringLiteral(" http://www.quartz-scheduler.org/xml/job_scheduling_data_2_0.xsd"));
        w.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));

        const ImportDirectives &d = doc.directives;
        if (!d.deleteJobsInGroups.isEmpty() || !d.deleteTriggersInGroups.isEmpty() || !d.deleteJobs.isEmpty()
            || !d.deleteTriggers.isEmpty()) {
            w.writeStartElement(QStringLiteral("pre-processing-commands"));
            for (const QString &g : d.deleteJobsInGroups)
                textElement(w, QStringLiteral("delete-jobs-in-group"), g);
            for (const QString &g : d.deleteTriggersInGroups)
                textElement(w, QStringLiteral("delete-triggers-in-group"), g);
            for (const JobKey &k : d.deleteJobs) {
                w.writeStartElement(QStringLiteral("delete-job"));
                textElement(w, QStringLiteral("name"), k.name());
                textElement(w, QStringLiteral("group"), k.group());
                w.writeEndElement();
            }
            for (const TriggerKey &k : d.deleteTriggers) {
                w.writeStartElement(QStringLiteral("delete-trigger"));
                textElement(w, QStringLiteral("name"), k.name());
                textElement(w, QStringLiteral("group"), k.group());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeStartElement(QStringLiteral("processing-directives"));
        textElement(w, QStringLiteral("overwrite-existing-data"), boolText(d.overwriteExistingData));
        textElement(w, QStringLiteral("ignore-duplicates"), boolText(d.ignoreDuplicates));
        w.writeEndElement();

        for (const DocumentCalendar &c : doc.calendars)
            m_result.notWritten.append(tr("The calendar \"%1\" is not written: Quartz XML has no calendars "
                                          "(triggers still name it in <calendar-name>).")
                                           .arg(c.name));
        w.writeStartElement(QStringLiteral("schedule"));
        for (const DocumentJob &j : doc.jobs)
            writeJob(w, j.job);
        for (const DocumentTrigger &t : doc.triggers)
            writeTrigger(w, t);
        w.writeEndElement();

        w.writeEndElement();
        w.writeEndDocument();
        m_result.xml = out;
        return std::move(m_result);
    }

private:
    static QString boolText(bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); }

    // A text element; a carriage return is written as a character reference, which XML keeps (a raw one is read back
    // as a line feed).
    static void textElement(QXmlStreamWriter &w, const QString &name, const QString &value)
    {
        if (!value.contains(QLatin1Char('\r'))) {
            w.writeTextElement(name, value);
            return;
        }
        w.writeStartElement(name);
        const QStringList parts = value.split(QLatin1Char('\r'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0)
                w.writeEntityReference(QStringLiteral("#13"));
            w.writeCharacters(parts.at(i));
        }
        w.writeEndElement();
    }

    void description(QXmlStreamWriter &w, const QString &text, const QString &what)
    {
        if (text.isEmpty())
            return;
        QString clean;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (!((u < 0x20 && u != u'\t' && u != u'\n') || u == 0xFFFE || u == 0xFFFF || c.isSurrogate()))
                clean += c;
        }
        clean = clean.trimmed();
        if (clean != text)
            m_result.notWritten.append(tr("The description of %1 loses its surrounding white space and control "
                                          "characters, which XML does not keep.")
                                           .arg(what));
        if (!clean.isEmpty())
            textElement(w, QStringLiteral("description"), clean);
    }

    // Job data as entries, with a qronos.type.<key> entry for each value that is not plain text; keys in order.
    void addData(QMap<QString, QString> &entries, const JobDataMap &data, const QString &what)
    {
        for (const QString &key : data.keys()) {
            if (needsQuoting(key)) {
                m_result.notWritten.append(tr("The job data key \"%1\" of %2 is not written: XML cannot keep its "
                                              "white space or control characters.")
                                               .arg(key, what));
                continue;
            }
            if (key.startsWith(reservedPrefix)) {
                m_result.notWritten.append(tr("The job data \"%1\" of %2 is not written: keys starting with "
                                              "\"qronos.\" are reserved in Quartz XML.")
                                               .arg(key, what));
                continue;
            }
            const QString typeKey = QString(typePrefix) + key;
            switch (data.type(key)) {
            case JobDataMap::Type::String: {
                const QString value = data.string(key);
                if (needsQuoting(value)) {
                    entries.insert(key, jsonQuoted(value));
                    entries.insert(typeKey, QStringLiteral("string"));
                } else {
                    entries.insert(key, value);
                }
                break;
            }
            case JobDataMap::Type::Integer:
                entries.insert(key, QString::number(data.integer(key)));
                entries.insert(typeKey, QStringLiteral("integer"));
                break;
            case JobDataMap::Type::Double:
                entries.insert(key, QString::number(data.number(key), 'g', QLocale::FloatingPointShortest));
                entries.insert(typeKey, QStringLiteral("double"));
                break;
            case JobDataMap::Type::Boolean:
                entries.insert(key, boolText(data.boolean(key)));
                entries.insert(typeKey, QStringLiteral("boolean"));
                break;
            }
        }
    }

    static void writeEntries(QXmlStreamWriter &w, const QMap<QString, QString> &entries)
    {
        if (entries.isEmpty())
            return;
        w.writeStartElement(QStringLiteral("job-data-map"));
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            w.writeStartElement(QStringLiteral("entry"));
            textElement(w, QStringLiteral("key"), it.key());
            textElement(w, QStringLiteral("value"), it.value());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    void writeJob(QXmlStreamWriter &w, const JobDetail &job)
    {
        const QString what = tr("the job %1").arg(job.key().toString());
        JobDataMap data = job.jobData();
        QString javaClass;
        const QString storedClass = data.string(QString(keyJavaClass));
        if (job.jobType() == QLatin1String("noop") && data.type(QString(keyJavaClass)) == JobDataMap::Type::String
            && !storedClass.isEmpty() && !storedClass.startsWith(QLatin1String("qronos:"))
            && !needsQuoting(storedClass)) {
            javaClass = storedClass;
            data.remove(QString(keyJavaClass));
        } else if (const auto entry = m_mapping.forJob(job.jobType(), data)) {
            javaClass = entry->javaClass;
            if (!entry->argument.isEmpty())
                data.remove(JobClassMapping::mainKey(job.jobType()));
        } else {
            javaClass = QuartzXml::nativeJobClass(job.jobType());
        }

        w.writeStartElement(QStringLiteral("job"));
        textElement(w, QStringLiteral("name"), job.key().name());
        textElement(w, QStringLiteral("group"), job.key().group());
        description(w, job.description(), what);
        textElement(w, QStringLiteral("job-class"), javaClass);
        textElement(w, QStringLiteral("durability"), boolText(job.isDurable()));
        textElement(w, QStringLiteral("recover"), boolText(job.requestsRecovery()));
        QMap<QString, QString> entries;
        addData(entries, data, what);
        QJsonObject options = job.optionsJson();
        if (job.isConcurrentExecutionDisallowed())
            options.insert(QStringLiteral("concurrentExecutionDisallowed"), true);
        if (job.isPersistJobDataAfterExecution())
            options.insert(QStringLiteral("persistJobDataAfterExecution"), true);
        if (!options.isEmpty())
            entries.insert(QString(keyOptions),
                           QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)));
        writeEntries(w, entries);
        w.writeEndElement();
    }

    void writeTrigger(QXmlStreamWriter &w, const DocumentTrigger &document)
    {
        const Trigger &t = document.trigger;
        const QString what = tr("the trigger %1").arg(t.key().toString());
        const char *element = nullptr;
        switch (t.kind()) {
        case TriggerKind::Simple:
            element = "simple";
            break;
        case TriggerKind::Cron:
            element = "cron";
            break;
        case TriggerKind::CalendarInterval:
            element = "calendar-interval";
            break;
        case TriggerKind::DailyTimeInterval:
            m_result.notWritten.append(tr("The trigger %1 is not written: Quartz XML has no daily-time-interval "
                                          "triggers.")
                                           .arg(t.key().toString()));
            return;
        }
        QMap<QString, QString> entries;
        addData(entries, t.jobData(), what);
        if (document.paused)
            entries.insert(QString(keyPaused), QStringLiteral("true"));
        if (t.priority() < 0)
            entries.insert(QString(keyPriority), QString::number(t.priority()));
        if (t.misfireInstruction() == Misfire::IgnoreMisfirePolicy)
            entries.insert(QString(keyMisfire), QLatin1String(misfirePrefix) + QStringLiteral("IGNORE_MISFIRE_POLICY"));
        if (t.kind() != TriggerKind::Cron)
            entries.insert(QString(keyTimeZone), QString::fromUtf8(t.timeZoneId()));
        if (const auto *s = t.scheduleAs<CalendarIntervalSchedule>()) {
            if (s->preserveHourOfDayAcrossDaylightSavings)
                entries.insert(QString(keyPreserveHour), QStringLiteral("true"));
            if (s->skipDayIfHourDoesNotExist)
                entries.insert(QString(keySkipDay), QStringLiteral("true"));
        }

        w.writeStartElement(QStringLiteral("trigger"));
        w.writeStartElement(QLatin1String(element));
        textElement(w, QStringLiteral("name"), t.key().name());
        textElement(w, QStringLiteral("group"), t.key().group());
        description(w, t.description(), what);
        textElement(w, QStringLiteral("job-name"), t.jobKey().name());
        textElement(w, QStringLiteral("job-group"), t.jobKey().group());
        if (t.priority() >= 0 && t.priority() != Trigger::DefaultPriority)
            textElement(w, QStringLiteral("priority"), QString::number(t.priority()));
        if (!t.calendarName().isEmpty())
            textElement(w, QStringLiteral("calendar-name"), t.calendarName());
        writeEntries(w, entries);
        textElement(w, QStringLiteral("start-time"), formatDateTime(t.startTime()));
        if (t.endTime())
            textElement(w, QStringLiteral("end-time"), formatDateTime(*t.endTime()));
        if (t.misfireInstruction() != Misfire::SmartPolicy && t.misfireInstruction() != Misfire::IgnoreMisfirePolicy)
            textElement(w, QStringLiteral("misfire-instruction"),
                        QLatin1String(misfirePrefix) + Misfire::name(t.kind(), t.misfireInstruction()));
        if (const auto *s = t.scheduleAs<SimpleSchedule>()) {
            textElement(w, QStringLiteral("repeat-count"), QString::number(s->repeatCount));
            textElement(w, QStringLiteral("repeat-interval"), QString::number(s->repeatIntervalMs));
        } else if (const auto *s = t.scheduleAs<CronSchedule>()) {
            textElement(w, QStringLiteral("cron-expression"), s->expression.expression());
            textElement(w, QStringLiteral("time-zone"), QString::fromUtf8(t.timeZoneId()));
        } else if (const auto *s = t.scheduleAs<CalendarIntervalSchedule>()) {
            textElement(w, QStringLiteral("repeat-interval"), QString::number(s->repeatInterval));
            textElement(w, QStringLiteral("repeat-interval-unit"), intervalUnitName(s->unit));
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    // xs:dateTime in UTC with milliseconds, which Java's DatatypeConverter reads.
    static QString formatDateTime(qint64 utcMs)
    {
        return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }

    const JobClassMapping &m_mapping;
    QuartzXmlWriteResult m_result;
};

} // namespace

QString QuartzXml::namespaceUri()
{
    return QLatin1String(quartzNamespace);
}

QString QuartzXml::nativeJobClass(const QString &jobType)
{
    return QStringLiteral("qronos:") + jobType;
}

QString QuartzXml::jobTypeOfNativeClass(const QString &javaClass)
{
    return javaClass.startsWith(QLatin1String("qronos:")) ? javaClass.mid(7) : QString();
}

QuartzXmlReadResult QuartzXml::read(const QByteArray &xml, const JobClassMapping &mapping,
                                    const QuartzXmlReadOptions &options)
{
    return Reader(mapping, options).run(xml);
}

QuartzXmlWriteResult QuartzXml::write(const ScheduleDocument &document, const JobClassMapping &mapping)
{
    return Writer(mapping).run(document);
}

} // namespace Qronos
