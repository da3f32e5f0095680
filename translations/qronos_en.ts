<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Qronos::AgendaTimeline</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::AgendaView</name>
    <message numerus="yes">
        <source>%n fire(s)</source>
        <translation>
            <numerusform>%n fire</numerusform>
            <numerusform>%n fires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused trigger(s) not shown</source>
        <translation>
            <numerusform>%n paused trigger not shown</numerusform>
            <numerusform>%n paused triggers not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s) with a missing calendar not shown</source>
        <translation>
            <numerusform>%n trigger with a missing calendar not shown</numerusform>
            <numerusform>%n triggers with a missing calendar not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::CalendarEditorDialog</name>
    <message numerus="yes">
        <source>%n date(s) excluded</source>
        <translation>
            <numerusform>%n date excluded</numerusform>
            <numerusform>%n dates excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) excluded every year</source>
        <translation>
            <numerusform>%n day excluded every year</numerusform>
            <numerusform>%n days excluded every year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) read from %1</source>
        <translation>
            <numerusform>%n event read from %1</numerusform>
            <numerusform>%n events read from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) added</source>
        <translation>
            <numerusform>%n holiday added</numerusform>
            <numerusform>%n holidays added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s) added</source>
        <translation>
            <numerusform>%n make-up working day added</numerusform>
            <numerusform>%n make-up working days added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s) skipped: a holiday calendar cannot include days; use a working-day calendar</source>
        <translation>
            <numerusform>%n make-up working day skipped: a holiday calendar cannot include days; use a working-day calendar</numerusform>
            <numerusform>%n make-up working days skipped: a holiday calendar cannot include days; use a working-day calendar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) were there already</source>
        <translation>
            <numerusform>%n date was there already</numerusform>
            <numerusform>%n dates were there already</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::CalendarsModel</name>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n holiday</numerusform>
            <numerusform>%n holidays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s)</source>
        <translation>
            <numerusform>%n make-up working day</numerusform>
            <numerusform>%n make-up working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) excluded</source>
        <translation>
            <numerusform>%n day excluded</numerusform>
            <numerusform>%n days excluded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::CompletionWriter</name>
    <message numerus="yes">
        <source>Stopping with %n finished fire(s) not written; the next start records them.</source>
        <translation>
            <numerusform>Stopping with %n finished fire not written; the next start records them.</numerusform>
            <numerusform>Stopping with %n finished fires not written; the next start records them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n execution result(s) failed: %1 (trying again in %2 ms)</source>
        <translation>
            <numerusform>Writing %n execution result failed: %1 (trying again in %2 ms)</numerusform>
            <numerusform>Writing %n execution results failed: %1 (trying again in %2 ms)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::ConnectionDialog</name>
    <message numerus="yes">
        <source>Found: %n scheduler(s)</source>
        <translation>
            <numerusform>Found: %n scheduler</numerusform>
            <numerusform>Found: %n schedulers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Java node(s) checked in.</source>
        <translation>
            <numerusform>%n Java node checked in.</numerusform>
            <numerusform>%n Java nodes checked in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them presumed dead (silent longer than their interval plus Quartz&apos;s grace).</source>
        <translation>
            <numerusform>%n of them presumed dead (silent longer than their interval plus Quartz&apos;s grace).</numerusform>
            <numerusform>%n of them presumed dead (silent longer than their interval plus Quartz&apos;s grace).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::DisplayText</name>
    <message numerus="yes">
        <source>%n ms</source>
        <translation>
            <numerusform>%n ms</numerusform>
            <numerusform>%n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n more time(s)</source>
        <translation>
            <numerusform>%1, %n more time</numerusform>
            <numerusform>%1, %n more times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::ExportScheduleDialog</name>
    <message numerus="yes">
        <source>Exported %n job(s), %1 trigger(s) and %2 calendar(s) to %3.</source>
        <translation>
            <numerusform>Exported %n job, %1 trigger and %2 calendar to %3.</numerusform>
            <numerusform>Exported %n jobs, %1 triggers and %2 calendars to %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::ForecastDialog</name>
    <message numerus="yes">
        <source>Wrote %Ln fire(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln fire to %1.</numerusform>
            <numerusform>Wrote %Ln fires to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) repeat by a rule.</source>
        <translation>
            <numerusform>%n event repeat by a rule.</numerusform>
            <numerusform>%n events repeat by a rule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused trigger(s) left out.</source>
        <translation>
            <numerusform>%n paused trigger left out.</numerusform>
            <numerusform>%n paused triggers left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s) name a calendar that does not exist and have no fires.</source>
        <translation>
            <numerusform>%n trigger name a calendar that does not exist and have no fires.</numerusform>
            <numerusform>%n triggers name a calendar that does not exist and have no fires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::HistoryExport</name>
    <message numerus="yes">
        <source>The history export was cancelled after %n row(s).</source>
        <translation>
            <numerusform>The history export was cancelled after %n row.</numerusform>
            <numerusform>The history export was cancelled after %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::HistoryView</name>
    <message numerus="yes">
        <source>%n execution(s) shown, loading…</source>
        <translation>
            <numerusform>%n execution shown, loading…</numerusform>
            <numerusform>%n executions shown, loading…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) shown, more below</source>
        <translation>
            <numerusform>%n execution shown, more below</numerusform>
            <numerusform>%n executions shown, more below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n execution</numerusform>
            <numerusform>%n executions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting the execution history… %n row(s) written</source>
        <translation>
            <numerusform>Exporting the execution history… %n row written</numerusform>
            <numerusform>Exporting the execution history… %n rows written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n execution(s) to %1.</source>
        <translation>
            <numerusform>Exported %n execution to %1.</numerusform>
            <numerusform>Exported %n executions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::ImportScheduleDialog</name>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Added (%n)</numerusform>
            <numerusform>Added (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Changed (%n)</numerusform>
            <numerusform>Changed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation>
            <numerusform>Removed (%n)</numerusform>
            <numerusform>Removed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept as stored, the file&apos;s skipped (%n)</source>
        <translation>
            <numerusform>Kept as stored, the file&apos;s skipped (%n)</numerusform>
            <numerusform>Kept as stored, the file&apos;s skipped (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n)</source>
        <translation>
            <numerusform>Unchanged (%n)</numerusform>
            <numerusform>Unchanged (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import cannot be applied: %n problem(s), listed below with their places. Nothing has been changed.</source>
        <translation>
            <numerusform>The import cannot be applied: %n problem, listed below with their places. Nothing has been changed.</numerusform>
            <numerusform>The import cannot be applied: %n problems, listed below with their places. Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import changed nothing: %n problem(s).</source>
        <translation>
            <numerusform>The import changed nothing: %n problem.</numerusform>
            <numerusform>The import changed nothing: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::JobEditorDialog</name>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (and %n more problem)</numerusform>
            <numerusform>%1 (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::JobRunChart</name>
    <message numerus="yes">
        <source>Last %n run(s) of %1</source>
        <translation>
            <numerusform>Last %n run of %1</numerusform>
            <numerusform>Last %n runs of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::JobsModel</name>
    <message numerus="yes">
        <source>%n retry(s)</source>
        <translation>
            <numerusform>%n retry</numerusform>
            <numerusform>%n retries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::MainWindow</name>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) match “%1”</source>
        <translation>
            <numerusform>%n job match “%1”</numerusform>
            <numerusform>%n jobs match “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n trigger</numerusform>
            <numerusform>%n triggers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s) match “%1”</source>
        <translation>
            <numerusform>%n trigger match “%1”</numerusform>
            <numerusform>%n triggers match “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n calendar</numerusform>
            <numerusform>%n calendars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), %1 active</source>
        <translation>
            <numerusform>%n node, %1 active</numerusform>
            <numerusform>%n nodes, %1 active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) running in the cluster</source>
        <translation>
            <numerusform>%n execution running in the cluster</numerusform>
            <numerusform>%n executions running in the cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n misfire(s)</source>
        <translation>
            <numerusform>The newest %n misfire</numerusform>
            <numerusform>The newest %n misfires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misfire(s)</source>
        <translation>
            <numerusform>%n misfire</numerusform>
            <numerusform>%n misfires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running jobs here (%n running)</source>
        <translation>
            <numerusform>Running jobs here (%n running)</numerusform>
            <numerusform>Running jobs here (%n running)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active node(s)</source>
        <translation>
            <numerusform>%n active node</numerusform>
            <numerusform>%n active nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n job(s)</source>
        <translation>
            <numerusform>Paused %n job</numerusform>
            <numerusform>Paused %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n job(s)</source>
        <translation>
            <numerusform>Resumed %n job</numerusform>
            <numerusform>Resumed %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n trigger(s)</source>
        <translation>
            <numerusform>Paused %n trigger</numerusform>
            <numerusform>Paused %n triggers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n trigger(s)</source>
        <translation>
            <numerusform>Resumed %n trigger</numerusform>
            <numerusform>Resumed %n triggers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fired %n job(s) now</source>
        <translation>
            <numerusform>Fired %n job now</numerusform>
            <numerusform>Fired %n jobs now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked %n execution(s) to stop</source>
        <translation>
            <numerusform>Asked %n execution to stop</numerusform>
            <numerusform>Asked %n executions to stop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked every running execution of %n job(s) to stop</source>
        <translation>
            <numerusform>Asked every running execution of %n job to stop</numerusform>
            <numerusform>Asked every running execution of %n jobs to stop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s) and all their triggers?</source>
        <translation>
            <numerusform>Delete %n job and all their triggers?</numerusform>
            <numerusform>Delete %n jobs and all their triggers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n trigger(s)? A job that is not durable is deleted with its last trigger.</source>
        <translation>
            <numerusform>Delete %n trigger? A job that is not durable is deleted with its last trigger.</numerusform>
            <numerusform>Delete %n triggers? A job that is not durable is deleted with its last trigger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n calendar(s)? A calendar that triggers still use cannot be deleted.</source>
        <translation>
            <numerusform>Delete %n calendar? A calendar that triggers still use cannot be deleted.</numerusform>
            <numerusform>Delete %n calendars? A calendar that triggers still use cannot be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job(s)</source>
        <translation>
            <numerusform>Deleted %n job</numerusform>
            <numerusform>Deleted %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n trigger(s)</source>
        <translation>
            <numerusform>Deleted %n trigger</numerusform>
            <numerusform>Deleted %n triggers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n calendar(s)</source>
        <translation>
            <numerusform>Deleted %n calendar</numerusform>
            <numerusform>Deleted %n calendars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Qronos: %n unread failure(s) or misfire(s)</source>
        <translation>
            <numerusform>Qronos: %n unread failure or misfire</numerusform>
            <numerusform>Qronos: %n unread failures or misfires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) run on this computer now.</source>
        <translation>
            <numerusform>%n job run on this computer now.</numerusform>
            <numerusform>%n jobs run on this computer now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopping this node: waiting for %n job(s)…</source>
        <translation>
            <numerusform>Stopping this node: waiting for %n job…</numerusform>
            <numerusform>Stopping this node: waiting for %n jobs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new failure(s) or misfire(s)</source>
        <translation>
            <numerusform>%n new failure or misfire</numerusform>
            <numerusform>%n new failures or misfires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::QuartzObserverWindow</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::ScheduleJson</name>
    <message numerus="yes">
        <source>%n more problem(s) not shown</source>
        <translation>
            <numerusform>%n more problem not shown</numerusform>
            <numerusform>%n more problems not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::SchedulePreviewWidget</name>
    <message numerus="yes">
        <source>Stopped after %1 seconds: the calendar excludes nearly every fire time. Showing the %n fire time(s) found until then.</source>
        <translation>
            <numerusform>Stopped after %1 seconds: the calendar excludes nearly every fire time. Showing the %n fire time found until then.</numerusform>
            <numerusform>Stopped after %1 seconds: the calendar excludes nearly every fire time. Showing the %n fire times found until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next %n fire time(s), from the start time on:</source>
        <translation>
            <numerusform>The next fire time, from the start time on:</numerusform>
            <numerusform>The next %n fire times, from the start time on:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fire time(s) computed in %1 ms.</source>
        <translation>
            <numerusform>%n fire time computed in %1 ms.</numerusform>
            <numerusform>%n fire times computed in %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This trigger fires %n time(s) in all:</source>
        <translation>
            <numerusform>This trigger fires only once:</numerusform>
            <numerusform>This trigger fires %n times in all:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Struck through: the first %n time(s) that the calendar excludes.</source>
        <translation>
            <numerusform>Struck through: the first %n time that the calendar excludes.</numerusform>
            <numerusform>Struck through: the first %n times that the calendar excludes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Struck through: %n time(s) that the calendar excludes.</source>
        <translation>
            <numerusform>Struck through: %n time that the calendar excludes.</numerusform>
            <numerusform>Struck through: %n times that the calendar excludes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::ScheduleSelectionWidget</name>
    <message numerus="yes">
        <source>The &amp;selected jobs (%n)</source>
        <translation>
            <numerusform>The &amp;selected jobs (%n)</numerusform>
            <numerusform>The &amp;selected jobs (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::Scheduler</name>
    <message numerus="yes">
        <source>Purged %n old execution history row(s).</source>
        <translation>
            <numerusform>Purged %n old execution history row.</numerusform>
            <numerusform>Purged %n old execution history rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupting %n job(s) still running at shutdown.</source>
        <translation>
            <numerusform>Interrupting %n job still running at shutdown.</numerusform>
            <numerusform>Interrupting %n jobs still running at shutdown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::SchedulerThread</name>
    <message numerus="yes">
        <source>Firing %n trigger(s)</source>
        <translation>
            <numerusform>Firing %n trigger</numerusform>
            <numerusform>Firing %n triggers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::SqlJob</name>
    <message numerus="yes">
        <source>after %n row(s)</source>
        <translation>
            <numerusform>after %n row</numerusform>
            <numerusform>after %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::SqlJobStore</name>
    <message numerus="yes">
        <source>Calendar &apos;%1&apos; is still used by %n trigger(s)</source>
        <translation>
            <numerusform>Calendar &apos;%1&apos; is still used by %n trigger</numerusform>
            <numerusform>Calendar &apos;%1&apos; is still used by %n triggers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qronosctl</name>
    <message numerus="yes">
        <source>... %n more line(s)</source>
        <translation>
            <numerusform>... %n more line</numerusform>
            <numerusform>... %n more lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added the demo schedule: %n job(s) in group &quot;demo&quot;.
</source>
        <translation>
            <numerusform>Added the demo schedule: %n job in group &quot;demo&quot;.
</numerusform>
            <numerusform>Added the demo schedule: %n jobs in group &quot;demo&quot;.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n trigger(s))
</source>
        <translation>
            <numerusform>%1: %2 (%n trigger)
</numerusform>
            <numerusform>%1: %2 (%n triggers)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n millisecond(s)</source>
        <translation>
            <numerusform>every %n millisecond</numerusform>
            <numerusform>every %n milliseconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n second(s)</source>
        <translation>
            <numerusform>every %n second</numerusform>
            <numerusform>every %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>every %n year</numerusform>
            <numerusform>every %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n more time(s)</source>
        <translation>
            <numerusform>%1, %n more time</numerusform>
            <numerusform>%1, %n more times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked the nodes to interrupt %n running execution(s) of job %1.
</source>
        <translation>
            <numerusform>Asked the nodes to interrupt %n running execution of job %1.
</numerusform>
            <numerusform>Asked the nodes to interrupt %n running executions of job %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qronosctl: %n problem(s); nothing was changed.
</source>
        <translation>
            <numerusform>qronosctl: %n problem; nothing was changed.
</numerusform>
            <numerusform>qronosctl: %n problems; nothing was changed.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n job(s), %1 trigger(s) and %2 calendar(s) to %3.
</source>
        <translation>
            <numerusform>Exported %n job, %1 trigger and %2 calendar to %3.
</numerusform>
            <numerusform>Exported %n jobs, %1 triggers and %2 calendars to %3.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n paused trigger(s) left out.
</source>
        <translation>
            <numerusform>Note: %n paused trigger left out.
</numerusform>
            <numerusform>Note: %n paused triggers left out.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n fire(s) to %1.
</source>
        <translation>
            <numerusform>Wrote %n fire to %1.
</numerusform>
            <numerusform>Wrote %n fires to %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) written to %1.
</source>
        <translation>
            <numerusform>%n execution written to %1.
</numerusform>
            <numerusform>%n executions written to %1.
</numerusform>
        </translation>
    </message>
</context>
</TS>
