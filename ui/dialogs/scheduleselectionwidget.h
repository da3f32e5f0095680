#pragma once

#include "model/keys.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QRadioButton;

namespace Qronos {

class JobStore;

/// Which part of the schedule an export or a forecast covers: everything, the jobs selected in the console, or
/// the jobs of chosen job groups. The same choice as qronosctl's --job and --group.
class ScheduleSelectionWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleSelectionWidget)

public:
    enum class Scope { Everything, SelectedJobs, Groups };

    explicit ScheduleSelectionWidget(QWidget *parent = nullptr);

    /// The jobs selected in the console; with none, that choice is off. Choosing them becomes the default.
    void setSelectedJobs(const QList<JobKey> &jobs);
    /// The job groups offered, all unchecked.
    void setGroups(const QStringList &groups);
    /// Offers the job groups of \a store, read off the GUI thread; groupsFailed() says why when they cannot be read.
    void loadGroups(std::shared_ptr<JobStore> store);

    Scope scope() const;
    void setScope(Scope scope);
    /// The checked groups (Groups), or none.
    QStringList groups() const;
    void setCheckedGroups(const QStringList &groups);
    /// The selected jobs (SelectedJobs), or none.
    QList<JobKey> jobs() const;
    /// Why the choice cannot be used (groups chosen but none checked); empty when it can.
    QString problem() const;

signals:
    void changed();
    void groupsFailed(const QString &message);

private:
    void update();

    QList<JobKey> m_selectedJobs;
    QRadioButton *m_everything = nullptr;
    QRadioButton *m_selected = nullptr;
    QRadioButton *m_byGroup = nullptr;
    QListWidget *m_groups = nullptr;
};

} // namespace Qronos
