#include "agendaview.h"

#include "agendatimeline.h"
#include "asynccall.h"
#include "models/agendamodel.h"
#include "models/displaytext.h"
#include "schedule/forecast.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Qronos {

namespace {
constexpr qint64 Hour = 3600000;
} // namespace

struct AgendaView::Computed
{
    Forecast forecast;
    QStringList lanes;
    QList<int> laneOf;
    qint64 from = 0;
    qint64 to = 0;
    int pausedTriggers = 0;
    qint64 elapsedMs = 0;
};

AgendaView::AgendaView(std::shared_ptr<JobStore> store, std::function<qint64()> now, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_now(std::move(now))
    , m_period(new QComboBox(this))
    , m_lanes(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_timeline(new AgendaTimeline(this))
    , m_model(new AgendaModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("agendaView"));
    m_period->setObjectName(QStringLiteral("agendaPeriod"));
    m_lanes->setObjectName(QStringLiteral("agendaLanes"));
    m_summary->setObjectName(QStringLiteral("agendaSummary"));
    m_table->setObjectName(QStringLiteral("agendaTable"));

    m_period->addItem(tr("Next 6 hours"), 6 * Hour);
    m_period->addItem(tr("Next 24 hours"), 24 * Hour);
    m_period->addItem(tr("Next 3 days"), 72 * Hour);
    m_period->addItem(tr("Next 7 days"), 168 * Hour);
    m_period->setCurrentIndex(1);
    m_lanes->addItem(tr("Lanes by group"), int(Lanes::ByGroup));
    m_lanes->addItem(tr("Lanes by job"), int(Lanes::ByJob));
    m_lanes->addItem(tr("Lanes by node"), int(Lanes::ByNode));
    m_lanes->setToolTip(tr("By node: jobs pinned to a node or requiring a tag get its lane; the others run on "
                           "whichever node claims them first."));

    auto *zoomIn = new QToolButton(this);
    zoomIn->setObjectName(QStringLiteral("agendaZoomIn"));
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    auto *zoomOut = new QToolButton(this);
    zoomOut->setObjectName(QStringLiteral("agendaZoomOut"));
    zoomOut->setText(QStringLiteral("\u2212"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    auto *fit = new QToolButton(this);
    fit->setObjectName(QStringLiteral("agendaFit"));
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole period"));
    connect(zoomIn, &QToolButton::clicked, m_timeline, &AgendaTimeline::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_timeline, &AgendaTimeline::zoomOut);
    connect(fit, &QToolButton::clicked, m_timeline, &AgendaTimeline::zoomToFit);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addWidget(m_lanes);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addWidget(m_summary, 1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("agendaSplitter"));
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &AgendaView::reload);
    connect(m_lanes, &QComboBox::currentIndexChanged, this, &AgendaView::reload);
    // A click on the timeline shows the fires from that moment in the list.
    m_timeline->installEventFilter(this);
    connect(m_timeline, &AgendaTimeline::scaleChanged, this, [this] { m_timeline->update(); });
}

AgendaView::~AgendaView() = default;

qint64 AgendaView::periodMs() const
{
    return m_period->currentData().toLongLong();
}

void AgendaView::setPeriodMs(qint64 ms)
{
    const int index = m_period->findData(ms);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void AgendaView::setLanes(Lanes lanes)
{
    m_lanes->setCurrentIndex(m_lanes->findData(int(lanes)));
}

void AgendaView::reload()
{
    const quint64 generation = ++m_generation;
    const qint64 from = m_now();
    const qint64 to = from + periodMs();
    const auto lanes = Lanes(m_lanes->currentData().toInt());
    m_summary->setText(tr("Computing the fires\u2026"));
    std::shared_ptr<JobStore> store = m_store;
    runAsync(
        this,
        [store, from, to, lanes]() -> Result<Computed> {
            QElapsedTimer timer;
            timer.start();
            Result<QList<StoredTrigger>> stored = store->listTriggers({});
            if (!stored)
                return fail(stored.error());
            Computed c;
            c.from = from;
            c.to = to;
            QList<Trigger> firing;
            QStringList calendarNames;
            for (const StoredTrigger &t : *stored) {
                // Paused triggers do not fire; finished and broken ones cannot.
                if (t.state == TriggerState::Paused || t.state == TriggerState::PausedBlocked
                    || t.state == TriggerState::Complete || t.state == TriggerState::Error) {
                    if (t.state != TriggerState::Complete && t.state != TriggerState::Error)
                        ++c.pausedTriggers;
                    continue;
                }
                firing.append(t.trigger);
                if (!t.trigger.calendarName().isEmpty() && !calendarNames.contains(t.trigger.calendarName()))
                    calendarNames.append(t.trigger.calendarName());
            }
            QHash<QString, CalendarPtr> calendars;
            for (const QString &name : std::as_const(calendarNames)) {
                Result<CalendarPtr> calendar = store->retrieveCalendar(name);
                if (!calendar)
                    return fail(calendar.error());
                calendars.insert(name, *calendar);
            }
            c.forecast = forecastFires(
                firing, [&calendars](const QString &name) { return calendars.value(name); }, from, to, MaxFires);

            QHash<QString, int> laneIndex;
            QHash<JobKey, QString> nodeLane;
            if (lanes == Lanes::ByNode) {
                Result<QList<JobDetail>> jobs = store->listJobs({});
                if (!jobs)
                    return fail(jobs.error());
                for (const JobDetail &j : *jobs) {
                    if (!j.pinnedInstanceId().isEmpty())
                        nodeLane.insert(j.key(), tr("node %1").arg(j.pinnedInstanceId()));
                    else if (!j.requiredNodeTag().isEmpty())
                        nodeLane.insert(j.key(), tr("nodes tagged %1").arg(j.requiredNodeTag()));
                }
            }
            const QString anyNode = tr("any node");
            c.laneOf.reserve(c.forecast.fires.size());
            for (const ForecastFire &f : c.forecast.fires) {
                QString lane;
                switch (lanes) {
                case Lanes::ByGroup: lane = f.job.group(); break;
                case Lanes::ByJob: lane = f.job.toString(); break;
                case Lanes::ByNode: lane = nodeLane.value(f.job, anyNode); break;
                }
                auto it = laneIndex.constFind(lane);
                if (it == laneIndex.constEnd())
                    it = laneIndex.insert(lane, int(laneIndex.size()));
                c.laneOf.append(*it);
            }
            // Lanes in name order, the fires' lane numbers renumbered to match.
            QStringList names = laneIndex.keys();
            std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
                return QString::localeAwareCompare(a, b) < 0;
            });
            QList<int> renumber(names.size());
            for (int i = 0; i < names.size(); ++i)
                renumber[laneIndex.value(names.at(i))] = i;
            for (int &lane : c.laneOf)
                lane = renumber.at(lane);
            c.lanes = names;
            c.elapsedMs = timer.elapsed();
            return c;
        },
        [this, generation](Result<Computed> computed) {
            if (generation != m_generation)
                return;
            if (!computed) {
                m_summary->setText(computed.error());
                emit reloaded(computed.error());
                return;
            }
            show(*computed);
            emit reloaded(QString());
        });
}

void AgendaView::show(const Computed &c)
{
    m_timeline->setFires(c.forecast.fires, c.lanes, c.laneOf, c.from, c.to);
    m_model->setFires(c.forecast.fires, c.lanes, c.laneOf);
    if (!m_table->property("sized").toBool() && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        m_table->setProperty("sized", true);
    }
    const QLocale locale;
    QString text = tr("%n fire(s)", nullptr, int(c.forecast.fires.size()));
    if (c.forecast.truncated)
        text = tr("The first %1 fires (more follow)").arg(locale.toString(c.forecast.fires.size()));
    const int busiest = m_timeline->busiestBucket();
    if (busiest >= 0) {
        const QList<int> counts = m_timeline->bucketCounts();
        text += QStringLiteral("; ") + tr("busiest: %1 at %2").arg(locale.toString(counts.at(busiest)),
                                                                 DisplayText::instant(m_timeline->bucketStart(busiest)));
    }
    if (c.pausedTriggers > 0)
        text += QStringLiteral("; ") + tr("%n paused trigger(s) not shown", nullptr, c.pausedTriggers);
    if (!c.forecast.missingCalendars.isEmpty())
        text += QStringLiteral("; ") + tr("%n trigger(s) with a missing calendar not shown", nullptr,
                                          int(c.forecast.missingCalendars.size()));
    m_summary->setText(text);
    m_summary->setToolTip(tr("Computed in %1 ms").arg(c.elapsedMs));
}

bool AgendaView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_timeline && event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QList<ForecastFire> near = m_timeline->firesNear(int(mouse->position().x()), 3, 1);
        if (!near.isEmpty()) {
            const int row = m_model->firstRowAtOrAfter(near.first().fireTime);
            if (row < m_model->rowCount()) {
                m_table->selectRow(row);
                m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Qronos
