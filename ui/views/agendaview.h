#pragma once

#include "store/jobstore.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QTableView;

namespace Qronos {

class AgendaModel;
class AgendaTimeline;

/// Every fire of the next hours or days across the cluster, calendars applied: a timeline with one lane per
/// group, per job or per node, a density strip that shows spikes (1,000 jobs at 10:00), and the fires as a list.
/// The forecast is computed off the GUI thread from the stored triggers (paused ones do not fire and are left
/// out), with the same fire-time code the nodes use.
class AgendaView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaView)

public:
    enum class Lanes { ByGroup, ByJob, ByNode };
    Q_ENUM(Lanes)

    /// \a now gives the database's time (the agenda starts there).
    AgendaView(std::shared_ptr<JobStore> store, std::function<qint64()> now, QWidget *parent = nullptr);
    ~AgendaView() override;

    AgendaTimeline *timeline() const { return m_timeline; }
    AgendaModel *model() const { return m_model; }
    /// The period's length from now.
    qint64 periodMs() const;
    void setPeriodMs(qint64 ms);
    void setLanes(Lanes lanes);
    /// Recomputes the forecast from the store.
    void reload();

    /// At most this many fires are computed (the earliest ones).
    static constexpr int MaxFires = 200000;

signals:
    /// A forecast was computed and shown (or failed: \a error is set).
    void reloaded(const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Computed;
    void show(const Computed &computed);

    std::shared_ptr<JobStore> m_store;
    std::function<qint64()> m_now;
    QComboBox *m_period = nullptr;
    QComboBox *m_lanes = nullptr;
    QLabel *m_summary = nullptr;
    AgendaTimeline *m_timeline = nullptr;
    AgendaModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    quint64 m_generation = 0;
};

} // namespace Qronos
