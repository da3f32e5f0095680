#pragma once

#include "keyedtablemodel.h"
#include "store/quartzrecords.h"

#include <QSet>

namespace Qronos {

/// The triggers of a Java Quartz scheduler (QuartzDatabase::triggers()) with their schedule, TRIGGER_STATE as the
/// Java nodes wrote it, fire times and misfire instruction; the triggers of a paused group (PAUSED_TRIGGER_GRPS)
/// are marked.
class QuartzTriggersModel final : public KeyedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuartzTriggersModel)

public:
    enum Column {
        GroupColumn,
        NameColumn,
        JobColumn,
        KindColumn,
        StateColumn,
        ScheduleColumn,
        NextFireColumn,
        PreviousFireColumn,
        PriorityColumn,
        CalendarColumn,
        MisfireColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit QuartzTriggersModel(QObject *parent = nullptr);

    void setTriggers(QList<QuartzTrigger> triggers);
    /// The paused groups as PAUSED_TRIGGER_GRPS lists them (Quartz's "_$_ALL_GROUPS_PAUSED_$_": every group).
    void setPausedGroups(const QStringList &groups);
    bool isGroupPaused(const QString &group) const;
    const QuartzTrigger &trigger(int row) const { return m_triggers.at(row); }
    const QList<QuartzTrigger> &triggers() const { return m_triggers; }
    /// The row of \a key, or -1.
    int rowOf(const TriggerKey &key) const;

    /// The trigger's kind for people: "cron", "simple", "calendar interval", "daily time interval", "Java blob".
    static QString kindText(const QuartzTrigger &trigger);
    /// The schedule in one line: the cron expression and zone, "every 30 s, forever", "every 2 months", ...
    static QString scheduleText(const QuartzTrigger &trigger);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rowsSize() const override { return int(m_triggers.size()); }

private:
    QList<QuartzTrigger> m_triggers;
    QSet<QString> m_pausedGroups;
    bool m_allPaused = false;
};

} // namespace Qronos
