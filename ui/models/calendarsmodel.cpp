#include "calendarsmodel.h"

#include <QJsonArray>
#include <QLocale>

namespace Qronos {

CalendarsModel::CalendarsModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void CalendarsModel::setCalendars(QList<Row> rows)
{
    replaceRows(m_rows, std::move(rows), [](const Row &r) { return r.name; });
}

int CalendarsModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return int(i);
    }
    return -1;
}

QString CalendarsModel::kindText(const QString &kindName)
{
    if (kindName == QLatin1String("holiday"))
        return tr("Holiday");
    if (kindName == QLatin1String("annual"))
        return tr("Annual");
    if (kindName == QLatin1String("monthly"))
        return tr("Monthly");
    if (kindName == QLatin1String("weekly"))
        return tr("Weekly");
    if (kindName == QLatin1String("daily"))
        return tr("Daily");
    if (kindName == QLatin1String("cron"))
        return tr("Cron");
    if (kindName == QLatin1String("workday"))
        return tr("Working days");
    return kindName;
}

QString CalendarsModel::summary(const Calendar &calendar)
{
    // Read from the calendar's JSON, which every kind writes, so that this needs no kind-specific API.
    const QJsonObject json = calendar.toJson();
    const QString kind = json.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("daily")) {
        const QString range = tr("%1\u2013%2").arg(json.value(QLatin1String("rangeStart")).toString().left(8),
                                                   json.value(QLatin1String("rangeEnd")).toString().left(8));
        return json.value(QLatin1String("invertTimeRange")).toBool() ? tr("only %1").arg(range)
                                                                      : tr("not %1").arg(range);
    }
    if (kind == QLatin1String("cron"))
        return json.value(QLatin1String("cronExpression")).toString();
    if (kind == QLatin1String("weekly")) {
        QStringList days;
        const QLocale locale;
        for (const QJsonValue &v : json.value(QLatin1String("excludedDays")).toArray()) {
            const int javaDay = v.toInt(); // 1 = Sunday
            if (javaDay >= 1 && javaDay <= 7)
                days.append(locale.dayName(javaDay == 1 ? 7 : javaDay - 1, QLocale::ShortFormat));
        }
        return days.isEmpty() ? tr("no weekday excluded") : tr("not %1").arg(locale.createSeparatedList(days));
    }
    // The day lists (holiday dates, annual days, monthly days, working-day holidays): a count.
    int days = 0;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.key() != QLatin1String("base") && it->isArray() && it.key().startsWith(QLatin1String("excluded")))
            days += int(it->toArray().size());
    }
    if (kind == QLatin1String("workday")) {
        const int holidays = int(json.value(QLatin1String("holidays")).toArray().size());
        const int workdays = int(json.value(QLatin1String("makeUpWorkdays")).toArray().size());
        return tr("%n holiday(s)", nullptr, holidays) + QStringLiteral(", ")
            + tr("%n make-up working day(s)", nullptr, workdays);
    }
    return tr("%n day(s) excluded", nullptr, days);
}

int CalendarsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (!row.calendar)
        return index.column() == NameColumn && (role == Qt::DisplayRole || role == SortRole) ? QVariant(row.name)
                                                                                               : QVariant();
    const Calendar &c = *row.calendar;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case NameColumn: return row.name;
        case KindColumn: return kindText(Calendar::kindName(c.kind()));
        case DescriptionColumn: return c.description().isEmpty() ? summary(c) : c.description();
        case ZoneColumn: return QString::fromUtf8(c.timeZoneId());
        case BaseColumn: {
            QStringList chain;
            for (CalendarPtr base = c.baseCalendar(); base; base = base->baseCalendar())
                chain.append(kindText(Calendar::kindName(base->kind())));
            return chain.join(QStringLiteral(" \u2192 "));
        }
        case TriggersColumn: return row.triggerCount;
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        return summary(c);
    } else if (role == Qt::TextAlignmentRole && index.column() == TriggersColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CalendarsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case DescriptionColumn: return tr("Description");
    case ZoneColumn: return tr("Time zone");
    case BaseColumn: return tr("Base calendars");
    case TriggersColumn: return tr("Triggers");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Qronos
