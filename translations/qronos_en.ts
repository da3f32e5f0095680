<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
</TS>
