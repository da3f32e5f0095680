<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Qronos::CompletionWriter</name>
    <message numerus="yes">
        <source>Stopping with %n finished fire(s) not written; the next start records them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n execution result(s) failed: %1 (trying again in %2 ms)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupting %n job(s) still running at shutdown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::SchedulerThread</name>
    <message numerus="yes">
        <source>Firing %n trigger(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::SqlJob</name>
    <message numerus="yes">
        <source>after %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::SqlJobStore</name>
    <message numerus="yes">
        <source>Calendar &apos;%1&apos; is still used by %n trigger(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qronosctl</name>
    <message numerus="yes">
        <source>... %n more line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added the demo schedule: %n job(s) in group &quot;demo&quot;.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n trigger(s))
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
