#include "misfiresmodel.h"

#include "displaytext.h"
#include "model/misfireinstruction.h"

#include <limits>

namespace Qronos {

MisfiresModel::MisfiresModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void MisfiresModel::setMisfires(QList<MisfireRecord> misfires, QHash<QString, TriggerKind> kinds)
{
    m_kinds = std::move(kinds);
    replaceRows(m_rows, std::move(misfires), [](const MisfireRecord &m) {
        return m.trigger.group() + QChar(0x1f) + m.trigger.name() + QChar(0x1f) + QString::number(m.scheduledTime)
            + QChar(0x1f) + QString::number(m.detectedTime);
    });
}

QString MisfiresModel::instructionText(const MisfireRecord &m) const
{
    const auto kind = m_kinds.constFind(m.trigger.toString());
    if (kind != m_kinds.constEnd()) {
        const QString label = Misfire::label(*kind, m.instruction);
        if (!label.isEmpty())
            return label;
    }
    if (m.instruction == Misfire::SmartPolicy || m.instruction == Misfire::IgnoreMisfirePolicy)
        return Misfire::label(TriggerKind::Cron, m.instruction);
    return tr("instruction %1").arg(m.instruction);
}

int MisfiresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MisfiresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MisfireRecord &m = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case TriggerColumn: return m.trigger.toString();
        case JobColumn: return m.job.toString();
        case ScheduledColumn: return sort ? QVariant(m.scheduledTime) : QVariant(DisplayText::instant(m.scheduledTime));
        case DetectedColumn: return sort ? QVariant(m.detectedTime) : QVariant(DisplayText::instant(m.detectedTime));
        case LateColumn: {
            const qint64 late = m.detectedTime - m.scheduledTime;
            return sort ? QVariant(late) : QVariant(DisplayText::duration(late));
        }
        case NodeColumn: return m.instanceId;
        case InstructionColumn: return instructionText(m);
        case NextFireColumn:
            if (sort)
                return m.nextFireTime.value_or(std::numeric_limits<qint64>::max());
            return m.nextFireTime ? DisplayText::instant(*m.nextFireTime) : tr("none (trigger finished)");
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole && index.column() == InstructionColumn) {
        const auto kind = m_kinds.constFind(m.trigger.toString());
        if (kind != m_kinds.constEnd())
            return Misfire::explanation(*kind, m.instruction);
    } else if (role == Qt::TextAlignmentRole && index.column() == LateColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant MisfiresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TriggerColumn: return tr("Trigger");
    case JobColumn: return tr("Job");
    case ScheduledColumn: return tr("Scheduled for");
    case DetectedColumn: return tr("Detected");
    case LateColumn: return tr("Late by");
    case NodeColumn: return tr("Node");
    case InstructionColumn: return tr("Instruction applied");
    case NextFireColumn: return tr("Next fire after");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Qronos
