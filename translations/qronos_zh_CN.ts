<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Qronos::AgendaModel</name>
    <message>
        <source>Fire time</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
</context>
<context>
    <name>Qronos::AgendaTimeline</name>
    <message>
        <source>Fires per hour</source>
        <translation>每小时触发数</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Fires per 15 min</source>
        <translation>每 15 分钟触发数</translation>
    </message>
    <message>
        <source>Fires per day</source>
        <translation>每天触发数</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 共 %1 个</translation>
    </message>
    <message>
        <source>No fires in this period</source>
        <translation>此时段内没有触发</translation>
    </message>
</context>
<context>
    <name>Qronos::AgendaView</name>
    <message>
        <source>Next 6 hours</source>
        <translation>未来 6 小时</translation>
    </message>
    <message>
        <source>Next 24 hours</source>
        <translation>未来 24 小时</translation>
    </message>
    <message>
        <source>Next 3 days</source>
        <translation>未来 3 天</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>Lanes by group</source>
        <translation>按组分泳道</translation>
    </message>
    <message>
        <source>Lanes by job</source>
        <translation>按作业分泳道</translation>
    </message>
    <message>
        <source>Lanes by node</source>
        <translation>按节点分泳道</translation>
    </message>
    <message>
        <source>By node: jobs pinned to a node or requiring a tag get its lane; the others run on whichever node claims them first.</source>
        <translation>按节点：固定到某节点或要求某标签的作业归入对应泳道；其余作业由最先认领的节点运行。</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation>显示整个时段</translation>
    </message>
    <message>
        <source>Computing the fires…</source>
        <translation>正在计算触发时间…</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>nodes tagged %1</source>
        <translation>带标签 %1 的节点</translation>
    </message>
    <message>
        <source>any node</source>
        <translation>任意节点</translation>
    </message>
    <message numerus="yes">
        <source>%n fire(s)</source>
        <translation>
            <numerusform>%n 次触发</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 fires (more follow)</source>
        <translation>前 %1 次触发（后面还有）</translation>
    </message>
    <message>
        <source>busiest: %1 at %2</source>
        <translation>最繁忙：%2 共 %1 次</translation>
    </message>
    <message numerus="yes">
        <source>%n paused trigger(s) not shown</source>
        <translation>
            <numerusform>%n 个已暂停的触发器未显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s) with a missing calendar not shown</source>
        <translation>
            <numerusform>%n 个日历缺失的触发器未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <translation>计算耗时 %1 毫秒</translation>
    </message>
</context>
<context>
    <name>Qronos::Calendar</name>
    <message>
        <source>Calendar JSON field &quot;%1&quot;: expected %2, got %3</source>
        <translation>日历 JSON 字段“%1”：应为%2，实际为 %3</translation>
    </message>
    <message>
        <source>Calendar JSON field &quot;%1&quot; is missing</source>
        <translation>缺少日历 JSON 字段“%1”</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>格式为 YYYY-MM-DD 的日期</translation>
    </message>
    <message>
        <source>a month and day MM-DD</source>
        <translation>格式为 MM-DD 的月日</translation>
    </message>
    <message>
        <source>a day of the month 1 to 31</source>
        <translation>介于 1 到 31 的月内日期</translation>
    </message>
    <message>
        <source>a weekday 1 (Sunday) to 7 (Saturday)</source>
        <translation>介于 1（星期日）到 7（星期六）的星期几</translation>
    </message>
    <message>
        <source>a time of day &quot;HH:MM[:SS[:mmm]]&quot;</source>
        <translation>格式为 &quot;HH:MM[:SS[:mmm]]&quot; 的时间</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值 true 或 false</translation>
    </message>
    <message>
        <source>Calendar JSON fields &quot;%1&quot;/&quot;%2&quot;: %3</source>
        <translation>日历 JSON 字段“%1”/“%2”：%3</translation>
    </message>
    <message>
        <source>a cron expression</source>
        <translation>一个 cron 表达式</translation>
    </message>
    <message>
        <source>Calendar JSON field &quot;%1&quot;: %2</source>
        <translation>日历 JSON 字段“%1”：%2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an IANA time-zone id such as &quot;Europe/Berlin&quot;</source>
        <translation>一个 IANA 时区 ID（如 &quot;Europe/Berlin&quot;）</translation>
    </message>
    <message>
        <source>a calendar object</source>
        <translation>日历对象</translation>
    </message>
    <message>
        <source>one of &quot;holiday&quot;, &quot;annual&quot;, &quot;monthly&quot;, &quot;weekly&quot;, &quot;daily&quot;, &quot;cron&quot;, &quot;workday&quot;</source>
        <translation>以下之一：&quot;holiday&quot;、&quot;annual&quot;、&quot;monthly&quot;、&quot;weekly&quot;、&quot;daily&quot;、&quot;cron&quot;、&quot;workday&quot;</translation>
    </message>
</context>
<context>
    <name>Qronos::CalendarEditorDialog</name>
    <message>
        <source>New Calendar</source>
        <translation>新建日历</translation>
    </message>
    <message>
        <source>e.g. china-workdays</source>
        <translation>例如 china-workdays</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Weekdays off, public holidays and make-up working days (调休); a Qronos extension</source>
        <translation>每周休息日、法定节假日和调休工作日；Qronos 扩展</translation>
    </message>
    <message>
        <source>Holidays (dates)</source>
        <translation>节假日（日期）</translation>
    </message>
    <message>
        <source>Excludes whole days by date (HolidayCalendar)</source>
        <translation>按日期排除整天（HolidayCalendar）</translation>
    </message>
    <message>
        <source>Days of every year</source>
        <translation>每年的日期</translation>
    </message>
    <message>
        <source>Excludes the same month and day every year (AnnualCalendar)</source>
        <translation>每年排除相同的月日（AnnualCalendar）</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>每月的日期</translation>
    </message>
    <message>
        <source>Excludes days of the month, 1 to 31, every month (MonthlyCalendar)</source>
        <translation>每月排除指定的日（1 到 31）（MonthlyCalendar）</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Excludes days of the week (WeeklyCalendar)</source>
        <translation>排除一周中的指定日子（WeeklyCalendar）</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>每日时段</translation>
    </message>
    <message>
        <source>Excludes a time range of every day, or everything outside it (DailyCalendar)</source>
        <translation>排除每天的一个时间段，或排除该时间段以外的所有时间（DailyCalendar）</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>cron 表达式</translation>
    </message>
    <message>
        <source>Excludes every second a cron expression matches (CronCalendar)</source>
        <translation>排除 cron 表达式匹配的每一秒（CronCalendar）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>IANA time zone in which the calendar&apos;s days and times are read</source>
        <translation>解读日历日期和时间所用的 IANA 时区</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Another calendar whose exclusions add to this one&apos;s</source>
        <translation>另一个日历，其排除项叠加到本日历上</translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation>基础日历(&amp;B)：</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>上一年</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>下一年</translation>
    </message>
    <message>
        <source>Excluded date</source>
        <translation>已排除的日期</translation>
    </message>
    <message>
        <source>&amp;Import .ics…</source>
        <translation>导入 .ics(&amp;I)…</translation>
    </message>
    <message>
        <source>Adds the dates of the events of an iCalendar file, e.g. a public-holiday feed</source>
        <translation>添加 iCalendar 文件中各事件的日期，例如法定节假日订阅</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Click a date to exclude it; click it again to include it. The dates are days in the calendar&apos;s time zone.</source>
        <translation>单击日期将其排除；再次单击则恢复包含。日期按日历的时区计算。</translation>
    </message>
    <message>
        <source>Excluded every year</source>
        <translation>每年排除</translation>
    </message>
    <message>
        <source>Click a day to exclude it every year (29 February only in leap years).</source>
        <translation>单击某一天即可每年排除该日（2 月 29 日仅在闰年生效）。</translation>
    </message>
    <message>
        <source>Days of the month to exclude:</source>
        <translation>要排除的每月日期：</translation>
    </message>
    <message>
        <source>Exclude day %1 of every month</source>
        <translation>排除每月 %1 日</translation>
    </message>
    <message>
        <source>Days 29 to 31 exclude nothing in months that are shorter.</source>
        <translation>在天数较少的月份中，29 日至 31 日不排除任何时间。</translation>
    </message>
    <message>
        <source>Days of the week to exclude:</source>
        <translation>要排除的星期：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>到(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Invert: exclude everything outside this range</source>
        <translation>反转(&amp;I)：排除此时间段以外的所有时间</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>表达式(&amp;X)：</translation>
    </message>
    <message>
        <source>Every second the expression matches is excluded, e.g. &quot;* * 0-7 ? * *&quot; excludes midnight to 07:59:59 every day.</source>
        <translation>表达式匹配的每一秒都会被排除，例如“* * 0-7 ? * *”排除每天 0 点至 07:59:59。</translation>
    </message>
    <message>
        <source>Holiday (excluded)</source>
        <translation>节假日（排除）</translation>
    </message>
    <message>
        <source>Days off every week:</source>
        <translation>每周休息日：</translation>
    </message>
    <message>
        <source>Clicks mark &amp;holidays</source>
        <translation>单击标记节假日(&amp;H)</translation>
    </message>
    <message>
        <source>Clicks mark &amp;make-up working days (调休)</source>
        <translation>单击标记调休工作日(&amp;M)</translation>
    </message>
    <message>
        <source>Adds the holidays and make-up working days of an iCalendar file, e.g. a public-holiday feed (events named with 班 or &quot;working day&quot; are make-up working days)</source>
        <translation>添加 iCalendar 文件中的节假日和调休工作日，例如法定节假日订阅（名称含“班”或“working day”的事件视为调休工作日）</translation>
    </message>
    <message>
        <source>C&amp;lear dates</source>
        <translation>清除日期(&amp;L)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>A trigger of your own (cron)</source>
        <translation>自定义触发器（cron）</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>触发器(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Cron:</source>
        <translation>cron(&amp;C)：</translation>
    </message>
    <message>
        <source>The trigger&apos;s next %1 fire times without any calendar; those this calendar removes are struck through.</source>
        <translation>不使用任何日历时该触发器接下来的 %1 次触发时间；被本日历排除的以删除线显示。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(the base it has: %1)</source>
        <translation>（保留现有基础日历：%1）</translation>
    </message>
    <message>
        <source>Edit Calendar %1</source>
        <translation>编辑日历 %1</translation>
    </message>
    <message>
        <source>The name of a calendar cannot be changed</source>
        <translation>日历名称不可更改</translation>
    </message>
    <message>
        <source>Excluding all 31 days excludes every time: leave at least one day included</source>
        <translation>排除全部 31 天将排除所有时间：请至少保留一天</translation>
    </message>
    <message>
        <source>Excluding all seven days excludes every time: leave at least one day included</source>
        <translation>排除全部七天将排除所有时间：请至少保留一天</translation>
    </message>
    <message>
        <source>The range must start before it ends (%1 is not before %2)</source>
        <translation>时间段的开始必须早于结束（%1 不早于 %2）</translation>
    </message>
    <message>
        <source>Enter a cron expression, e.g. &quot;* * 0-7 ? * *&quot;</source>
        <translation>请输入 cron 表达式，例如“* * 0-7 ? * *”</translation>
    </message>
    <message>
        <source>With every day of the week off and no make-up working day, nothing is ever included</source>
        <translation>每周每天都休息且没有调休工作日，将不包含任何时间</translation>
    </message>
    <message>
        <source>Enter a name for the calendar</source>
        <translation>请输入日历名称</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most 200 are allowed</source>
        <translation>名称长 %1 个字符；最多允许 200 个</translation>
    </message>
    <message>
        <source>A calendar named &quot;%1&quot; exists already</source>
        <translation>名为“%1”的日历已存在</translation>
    </message>
    <message>
        <source>Enter a time zone, e.g. Asia/Shanghai</source>
        <translation>请输入时区，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is based on this calendar, so it cannot be its base: %2</source>
        <translation>“%1”以本日历为基础，因此不能作为本日历的基础日历：%2</translation>
    </message>
    <message>
        <source>Included only from %1 to %2 every day; everything else is excluded.</source>
        <translation>每天仅包含 %1 至 %2；其余时间均被排除。</translation>
    </message>
    <message>
        <source>Excluded from %1 to %2 every day, both ends included.</source>
        <translation>每天排除 %1 至 %2（含两端）。</translation>
    </message>
    <message>
        <source>Excludes: %1</source>
        <translation>排除：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) excluded</source>
        <translation>
            <numerusform>已排除 %n 个日期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) excluded every year</source>
        <translation>
            <numerusform>每年排除 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Holidays: %1; make-up working days: %2</source>
        <translation>节假日：%1；调休工作日：%2</translation>
    </message>
    <message>
        <source>Enter a valid cron expression to preview the calendar with.</source>
        <translation>请输入有效的 cron 表达式以预览日历效果。</translation>
    </message>
    <message>
        <source>The trigger does not fire any more.</source>
        <translation>该触发器不会再触发。</translation>
    </message>
    <message>
        <source>Fix the calendar&apos;s fields to see which fire times it removes.</source>
        <translation>请修正日历的字段，以查看它排除哪些触发时间。</translation>
    </message>
    <message>
        <source>%1 of %2 removed</source>
        <translation>%2 次中排除了 %1 次</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation>导入节假日</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>未导入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) read from %1</source>
        <translation>
            <numerusform>从 %1 读取了 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) added</source>
        <translation>
            <numerusform>添加了 %n 个节假日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s) added</source>
        <translation>
            <numerusform>添加了 %n 个调休工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s) skipped: a holiday calendar cannot include days; use a working-day calendar</source>
        <translation>
            <numerusform>跳过了 %n 个调休工作日：节假日日历不能包含日期；请使用工作日日历</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) were there already</source>
        <translation>
            <numerusform>%n 个日期已存在</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::CalendarSpec</name>
    <message>
        <source>empty item in &quot;%1&quot;; expected %2</source>
        <translation>“%1”中有空项；应为%2</translation>
    </message>
    <message>
        <source>dates YYYY-MM-DD separated by commas</source>
        <translation>以逗号分隔的 YYYY-MM-DD 格式日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected %2</source>
        <translation>“%1”不是日期；应为%2</translation>
    </message>
    <message>
        <source>weekdays 1 (Sunday) to 7 (Saturday) separated by commas</source>
        <translation>以逗号分隔的星期几，1（星期日）到 7（星期六）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday; expected %2</source>
        <translation>“%1”不是星期几；应为%2</translation>
    </message>
    <message>
        <source>days of the month 1 to 31 separated by commas</source>
        <translation>以逗号分隔的日期，1 到 31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the month; expected %2</source>
        <translation>“%1”不是月内日期；应为%2</translation>
    </message>
    <message>
        <source>days of the year MM-DD separated by commas</source>
        <translation>以逗号分隔的 MM-DD 格式年内日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the year; expected %2</source>
        <translation>“%1”不是年内日期；应为%2</translation>
    </message>
    <message>
        <source>the cron expression is missing; expected cron:EXPR, e.g. cron:* * 0-7 ? * *</source>
        <translation>缺少 cron 表达式；应为 cron:EXPR，例如 cron:* * 0-7 ? * *</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time range; expected START-END with times H:M[:S[:mmm]], e.g. 08:00-17:30</source>
        <translation>“%1”不是时间范围；应为 START-END，时间格式为 H:M[:S[:mmm]]，例如 08:00-17:30</translation>
    </message>
    <message>
        <source>Calendar spec part %1 &quot;%2&quot;</source>
        <translation>日历规格第 %1 部分“%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section of a working-day calendar; expected weekend=D,..., holidays=YYYY-MM-DD,... or workdays=YYYY-MM-DD,... separated by &quot;;&quot;</source>
        <translation>“%1”不是工作日日历的组成部分；应为以“;”分隔的 weekend=D,...、holidays=YYYY-MM-DD,... 或 workdays=YYYY-MM-DD,...</translation>
    </message>
    <message>
        <source>the section &quot;%1&quot; appears twice</source>
        <translation>“%1”部分出现了两次</translation>
    </message>
    <message>
        <source>unknown calendar kind &quot;%1&quot;; expected holiday, weekly, monthly, annual, cron, daily, dailyinv or workday</source>
        <translation>未知的日历类型“%1”；应为 holiday、weekly、monthly、annual、cron、daily、dailyinv 或 workday</translation>
    </message>
    <message>
        <source>%1: expected KIND:ARGUMENTS with KIND one of holiday, weekly, monthly, annual, cron, daily, dailyinv, workday</source>
        <translation>%1：应为 KIND:ARGUMENTS，KIND 为 holiday、weekly、monthly、annual、cron、daily、dailyinv、workday 之一</translation>
    </message>
</context>
<context>
    <name>Qronos::CalendarsModel</name>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>排除 %1</translation>
    </message>
    <message>
        <source>no weekday excluded</source>
        <translation>未排除任何星期几</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n 个节假日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s)</source>
        <translation>
            <numerusform>%n 个调休工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) excluded</source>
        <translation>
            <numerusform>排除 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Base calendars</source>
        <translation>基础日历</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>触发器</translation>
    </message>
</context>
<context>
    <name>Qronos::ClusterManager</name>
    <message>
        <source>Node %1 was presumed dead and recovered by node %2: it had not checked in for longer than its interval plus the grace period. What it had claimed was given back, and fires it had in flight were recorded as failed or run again elsewhere.</source>
        <translation>节点 %1 曾被判定为失联，并由节点 %2 接管恢复：它超过签到间隔加宽限期仍未签到。它已领取的触发器已被交还，它正在执行的触发已记为失败或在其他节点重新运行。</translation>
    </message>
    <message>
        <source>The instance id %1 is in use by a running node on %2 (process %3, last check-in %4 ms ago). Give each node its own instance id.</source>
        <translation>实例 ID %1 已被 %2 上一个正在运行的节点使用（进程 %3，上次签到于 %4 毫秒前）。请为每个节点设置各自的实例 ID。</translation>
    </message>
    <message>
        <source>Node %1 runs on this store already (on %2, process %3, last check-in %4 ms ago), and an embedded SQLite store runs one node at a time. Stop that node first, or use PostgreSQL or MySQL/MariaDB for a cluster.</source>
        <translation>节点 %1 已在此存储上运行（位于 %2，进程 %3，上次签到于 %4 毫秒前），而内置 SQLite 存储同一时间只能运行一个节点。请先停止该节点，或使用 PostgreSQL 或 MySQL/MariaDB 组建集群。</translation>
    </message>
    <message>
        <source>The clock of node %1 is %2 ms off the database server&apos;s; the node schedules by the server&apos;s time.</source>
        <translation>节点 %1 的时钟与数据库服务器相差 %2 毫秒；该节点按服务器时间调度。</translation>
    </message>
    <message>
        <source>Looking for failed nodes failed: %1</source>
        <translation>查找失联节点失败：%1</translation>
    </message>
    <message>
        <source>Node %1 recovered node %2 (silent for %3 ms). Claimed triggers given back: %4; jobs to run again: %5; executions recorded as failed: %6; finished triggers removed: %7.</source>
        <translation>节点 %1 恢复了节点 %2（已 %3 毫秒未签到）。交还的已领取触发器：%4；需重新运行的任务：%5；记为失败的执行：%6；删除的已完成触发器：%7。</translation>
    </message>
    <message>
        <source>Node %1 checks in again.</source>
        <translation>节点 %1 已恢复签到。</translation>
    </message>
    <message>
        <source>Node %1 cannot check in: %2</source>
        <translation>节点 %1 无法签到：%2</translation>
    </message>
    <message>
        <source>Reading interrupt requests failed: %1</source>
        <translation>读取中断请求失败：%1</translation>
    </message>
</context>
<context>
    <name>Qronos::CompletionWriter</name>
    <message numerus="yes">
        <source>Stopping with %n finished fire(s) not written; the next start records them.</source>
        <translation>
            <numerusform>正在停止，仍有 %n 次已完成的触发未写入；下次启动时会记录它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n execution result(s) failed: %1 (trying again in %2 ms)</source>
        <translation>
            <numerusform>写入 %n 条执行结果失败：%1（%2 毫秒后重试）</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing execution results works again.</source>
        <translation>执行结果又能正常写入了。</translation>
    </message>
</context>
<context>
    <name>Qronos::ConnectionDialog</name>
    <message>
        <source>Connect to a Database</source>
        <translation>连接数据库</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. Production cluster</source>
        <translation>例如：生产集群</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Scheduler in the database</source>
        <translation>数据库中的调度器</translation>
    </message>
    <message>
        <source>The prefix of the scheduler&apos;s table names; nodes with the same prefix share a schedule</source>
        <translation>调度器表名的前缀；前缀相同的节点共享同一份调度</translation>
    </message>
    <message>
        <source>Table &amp;prefix:</source>
        <translation>表前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>The scheduler name (SCHED_NAME): several schedulers can share one set of tables</source>
        <translation>调度器名称（SCHED_NAME）：多个调度器可以共用一组表</translation>
    </message>
    <message>
        <source>&amp;Scheduler name:</source>
        <translation>调度器名称(&amp;S)：</translation>
    </message>
    <message>
        <source>R&amp;un jobs on this computer</source>
        <translation>在本机运行作业(&amp;U)</translation>
    </message>
    <message>
        <source>The console joins the cluster as a node and runs jobs; otherwise it only watches and edits the schedule while other nodes run it</source>
        <translation>控制台作为节点加入集群并运行作业；否则它只查看和编辑调度，由其他节点运行</translation>
    </message>
    <message>
        <source>The same database for qronosctl --db (the password is never part of it)</source>
        <translation>同一数据库供 qronosctl --db 使用（其中从不包含密码）</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>A file that does not exist yet is created when you connect. A SQLite file has no password and takes one node: the console runs its jobs.</source>
        <translation>尚不存在的文件会在连接时创建。SQLite 文件没有密码，且只容纳一个节点：由控制台运行其作业。</translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation>例如：db.example.com</translation>
    </message>
    <message>
        <source>Empty: the default port</source>
        <translation>留空：使用默认端口</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>e.g. qronos</source>
        <translation>例如：qronos</translation>
    </message>
    <message>
        <source>Database na&amp;me:</source>
        <translation>数据库名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Remember in the &amp;keychain</source>
        <translation>记住在密钥环中(&amp;K)</translation>
    </message>
    <message>
        <source>Remember (no keychain available)</source>
        <translation>记住（没有可用的密钥环）</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T)：</translation>
    </message>
    <message>
        <source>the CA certificate (PEM) that signed the server&apos;s certificate</source>
        <translation>签发服务器证书的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>CA 文件(&amp;I)：</translation>
    </message>
    <message>
        <source>The password could not be read from %1: %2</source>
        <translation>无法从%1读取密码：%2</translation>
    </message>
    <message>
        <source>The password is not kept: it is used for this connection only.</source>
        <translation>不保存密码：仅用于本次连接。</translation>
    </message>
    <message>
        <source>Kept in %1.</source>
        <translation>保存在%1中。</translation>
    </message>
    <message>
        <source>Kept in %1 as “%2”.</source>
        <translation>以“%2”保存在%1中。</translation>
    </message>
    <message>
        <source>Not kept: Save or Connect removes it from %1.</source>
        <translation>不保存：“保存”或“连接”时会将其从%1中删除。</translation>
    </message>
    <message>
        <source>Not kept: used for this connection only (never written to the settings file).</source>
        <translation>不保存：仅用于本次连接（从不写入设置文件）。</translation>
    </message>
    <message>
        <source>Another connection is named “%1”.</source>
        <translation>已有另一个连接名为“%1”。</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? The database itself is not touched.</source>
        <translation>删除连接“%1”？数据库本身不受影响。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The password could not be kept in %1: %2. Uncheck “Remember” to connect without keeping it.</source>
        <translation>无法将密码保存在%1中：%2。取消勾选“记住”即可不保存密码直接连接。</translation>
    </message>
    <message>
        <source>The password could not be removed from %1: %2</source>
        <translation>无法从%1中删除密码：%2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>The file does not exist yet: it is created when you connect.</source>
        <translation>文件尚不存在：连接时会创建它。</translation>
    </message>
    <message>
        <source>No Qronos tables yet: they are created when you connect.</source>
        <translation>尚无 Qronos 表：连接时会创建。</translation>
    </message>
    <message>
        <source>Schema version %1: connecting brings it up to version %2.</source>
        <translation>模式版本 %1：连接时会升级到版本 %2。</translation>
    </message>
    <message>
        <source>Schema version %1, up to date.</source>
        <translation>模式版本 %1，已是最新。</translation>
    </message>
    <message>
        <source>Schema version %1 is newer than this program knows (%2): update Qronos.</source>
        <translation>模式版本 %1 比本程序所知的版本（%2）更新：请更新 Qronos。</translation>
    </message>
    <message>
        <source>Connected to %1. %2</source>
        <translation>已连接到 %1。%2</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to the connections before closing?</source>
        <translation>关闭前保存对连接的更改吗？</translation>
    </message>
    <message>
        <source>A connection marked in the list has a field to correct before it can be saved.</source>
        <translation>列表中标记的连接有字段需要更正，更正后才能保存。</translation>
    </message>
    <message>
        <source>&amp;Java Quartz database (observe only)</source>
        <translation>&amp;Java Quartz 数据库（仅观察）</translation>
    </message>
    <message>
        <source>A Java Quartz 2.x cluster&apos;s own tables (QRTZ_…), made by Quartz&apos;s DDL</source>
        <translation>Java Quartz 2.x 集群自己的表（QRTZ_…），由 Quartz 的 DDL 创建</translation>
    </message>
    <message>
        <source>Qronos observes the Java Quartz cluster&apos;s own tables: it never runs its Java jobs, and writes to them only when you confirm an action (pause, resume, fire now, delete).</source>
        <translation>Qronos 观察 Java Quartz 集群自己的表：它从不运行其 Java 作业，只有在您确认某个操作（暂停、恢复、立即触发、删除）时才写入这些表。</translation>
    </message>
    <message>
        <source>The schedulers the test found in the Java Quartz tables</source>
        <translation>测试在 Java Quartz 表中找到的调度器</translation>
    </message>
    <message numerus="yes">
        <source>Found: %n scheduler(s)</source>
        <translation>
            <numerusform>找到：%n 个调度器</numerusform>
        </translation>
    </message>
    <message>
        <source>Java Quartz scheduler “%1” found in the %2 tables.</source>
        <translation>在 %2 表中找到 Java Quartz 调度器“%1”。</translation>
    </message>
    <message>
        <source>No Java node has checked in (not clustered, or stopped).</source>
        <translation>没有 Java 节点签到（未集群化或已停止）。</translation>
    </message>
    <message numerus="yes">
        <source>%n Java node(s) checked in.</source>
        <translation>
            <numerusform>%n 个 Java 节点已签到。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them presumed dead (silent longer than their interval plus Quartz&apos;s grace).</source>
        <translation>
            <numerusform>其中 %n 个推定已失效（沉默时间超过其间隔加上 Quartz 的宽限期）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedulers in the database: %1.</source>
        <translation>数据库中的调度器：%1。</translation>
    </message>
    <message>
        <source>empty: the only one in the database</source>
        <translation>留空：数据库中唯一的调度器</translation>
    </message>
    <message>
        <source>Quartz&apos;s org.quartz.scheduler.instanceName, the tables&apos; SCHED_NAME; empty: the only scheduler in the database</source>
        <translation>Quartz 的 org.quartz.scheduler.instanceName，即表中的 SCHED_NAME；留空：数据库中唯一的调度器</translation>
    </message>
    <message>
        <source>Quartz&apos;s org.quartz.jobStore.tablePrefix (default %1)</source>
        <translation>Quartz 的 org.quartz.jobStore.tablePrefix（默认 %1）</translation>
    </message>
    <message>
        <source>The same database for qronosctl --quartz-db (the password is never part of it)</source>
        <translation>用于 qronosctl --quartz-db 的同一数据库（密码绝不包含在内）</translation>
    </message>
</context>
<context>
    <name>Qronos::ConnectionProfile</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>As the client library decides</source>
        <translation>由客户端库决定</translation>
    </message>
    <message>
        <source>TLS, server certificate checked against the CA file</source>
        <translation>TLS，用 CA 文件校验服务器证书</translation>
    </message>
    <message>
        <source>Default (TLS when the server offers it)</source>
        <translation>默认（服务器支持时使用 TLS）</translation>
    </message>
    <message>
        <source>Disable: never use TLS</source>
        <translation>禁用：从不使用 TLS</translation>
    </message>
    <message>
        <source>Prefer: TLS when the server offers it</source>
        <translation>优先：服务器支持时使用 TLS</translation>
    </message>
    <message>
        <source>Require: always TLS, certificate not checked</source>
        <translation>必需：始终使用 TLS，不校验证书</translation>
    </message>
    <message>
        <source>Verify CA: TLS, certificate signed by the CA</source>
        <translation>校验 CA：TLS，证书须由该 CA 签发</translation>
    </message>
    <message>
        <source>Verify full: TLS, certificate and host name checked</source>
        <translation>完全校验：TLS，校验证书和主机名</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite 文件</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation>MySQL 或 MariaDB</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>请输入连接的名称。</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>请选择数据库文件。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>请输入服务器的主机名或地址。</translation>
    </message>
    <message>
        <source>“%1” is not a host name or address.</source>
        <translation>“%1”不是主机名或地址。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (empty: %1).</source>
        <translation>端口必须是 1 到 65535 之间的数字（留空：%1）。</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>请输入数据库的名称。</translation>
    </message>
    <message>
        <source>The database name may not contain a slash.</source>
        <translation>数据库名称不能包含斜杠。</translation>
    </message>
    <message>
        <source>%1 does not offer this TLS mode.</source>
        <translation>%1 不提供此 TLS 模式。</translation>
    </message>
    <message>
        <source>The CA file “%1” does not exist.</source>
        <translation>CA 文件“%1”不存在。</translation>
    </message>
    <message>
        <source>Choose the file of the CA that signed the server&apos;s certificate.</source>
        <translation>请选择签发服务器证书的 CA 文件。</translation>
    </message>
    <message>
        <source>Use up to 32 letters, digits and underscores, not starting with a digit (default %1).</source>
        <translation>最多 32 个字母、数字和下划线，不能以数字开头（默认 %1）。</translation>
    </message>
    <message>
        <source>Enter a scheduler name of 1 to 120 characters (default %1).</source>
        <translation>请输入 1 到 120 个字符的调度器名称（默认 %1）。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>A Java Quartz database is on PostgreSQL or MySQL/MariaDB; a SQLite file cannot be one.</source>
        <translation>Java Quartz 数据库位于 PostgreSQL 或 MySQL/MariaDB 上；SQLite 文件不能作为 Java Quartz 数据库。</translation>
    </message>
    <message>
        <source>A scheduler name has at most 120 characters (empty: the only one in the database).</source>
        <translation>调度器名称最多 120 个字符（留空：数据库中唯一的调度器）。</translation>
    </message>
</context>
<context>
    <name>Qronos::ConsoleSession</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>Qronos::CronBuilder</name>
    <message>
        <source>&amp;Fields</source>
        <translation>字段(&amp;F)</translation>
    </message>
    <message>
        <source>Show or hide an editor for each field of the expression</source>
        <translation>显示或隐藏表达式各字段的编辑器</translation>
    </message>
    <message>
        <source>Sec</source>
        <comment>cron field tab: seconds</comment>
        <translation>秒</translation>
    </message>
    <message>
        <source>Min</source>
        <comment>cron field tab: minutes</comment>
        <translation>分</translation>
    </message>
    <message>
        <source>Hour</source>
        <comment>cron field tab: hours</comment>
        <translation>时</translation>
    </message>
    <message>
        <source>Day</source>
        <comment>cron field tab: day of month</comment>
        <translation>日</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>cron field tab</comment>
        <translation>月</translation>
    </message>
    <message>
        <source>Weekday</source>
        <comment>cron field tab: day of week</comment>
        <translation>星期</translation>
    </message>
    <message>
        <source>Year</source>
        <comment>cron field tab</comment>
        <translation>年</translation>
    </message>
    <message>
        <source>Seconds (0-59)</source>
        <translation>秒（0-59）</translation>
    </message>
    <message>
        <source>Minutes (0-59)</source>
        <translation>分钟（0-59）</translation>
    </message>
    <message>
        <source>Hours (0-23)</source>
        <translation>小时（0-23）</translation>
    </message>
    <message>
        <source>Day of month (1-31)</source>
        <translation>日（1-31）</translation>
    </message>
    <message>
        <source>Month (1-12 or JAN-DEC)</source>
        <translation>月（1-12 或 JAN-DEC）</translation>
    </message>
    <message>
        <source>Day of week (1-7 or SUN-SAT; 1 is Sunday)</source>
        <translation>星期（1-7 或 SUN-SAT；1 为星期日）</translation>
    </message>
    <message>
        <source>Year (optional)</source>
        <translation>年（可选）</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <extracomment>A month or weekday in a cron field: %1 the cron name (MON), %2 the cron number, %3 the local name</extracomment>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>Any year (no year field)</source>
        <translation>任意年份（无年份字段）</translation>
    </message>
    <message>
        <source>Every value (*)</source>
        <translation>每个值 (*)</translation>
    </message>
    <message>
        <source>No specific value (?)</source>
        <translation>不指定 (?)</translation>
    </message>
    <message>
        <source>Specific values</source>
        <translation>指定值</translation>
    </message>
    <message>
        <source>Range (from-to)</source>
        <translation>范围（起-止）</translation>
    </message>
    <message>
        <source>Start and increment (a/n)</source>
        <translation>起始值与增量 (a/n)</translation>
    </message>
    <message>
        <source>Last day of the month (L)</source>
        <translation>当月最后一天 (L)</translation>
    </message>
    <message>
        <source>Days before the last day (L-n)</source>
        <translation>最后一天之前的第 n 天 (L-n)</translation>
    </message>
    <message>
        <source>Weekday nearest to a day (nW)</source>
        <translation>离指定日最近的工作日 (nW)</translation>
    </message>
    <message>
        <source>Last weekday of the month (LW)</source>
        <translation>当月最后一个工作日 (LW)</translation>
    </message>
    <message>
        <source>Nth weekday of the month (n#k)</source>
        <translation>当月第 k 个星期几 (n#k)</translation>
    </message>
    <message>
        <source>Last such weekday of the month (nL)</source>
        <translation>当月最后一个星期几 (nL)</translation>
    </message>
    <message>
        <source>Custom text</source>
        <translation>自定义文本</translation>
    </message>
    <message>
        <source>Write names</source>
        <translation>写成名称</translation>
    </message>
    <message>
        <source>Write JAN, FEB... instead of 1, 2...</source>
        <translation>写成 JAN、FEB……而不是 1、2……</translation>
    </message>
    <message>
        <source>Write SUN, MON... instead of 1, 2...</source>
        <translation>写成 SUN、MON……而不是 1、2……</translation>
    </message>
    <message>
        <source>The expression has no year field: every year.</source>
        <translation>表达式没有年份字段：每年。</translation>
    </message>
    <message>
        <source>Every value of this field matches.</source>
        <translation>此字段的每个值都匹配。</translation>
    </message>
    <message>
        <source>No specific value: the other day field (day of month or day of week) decides.</source>
        <translation>不指定：由另一个日期字段（日或星期）决定。</translation>
    </message>
    <message>
        <source>The last day of each month.</source>
        <translation>每月的最后一天。</translation>
    </message>
    <message>
        <source>The last weekday (Monday to Friday) of each month.</source>
        <translation>每月的最后一个工作日（星期一至星期五）。</translation>
    </message>
    <message>
        <source>1 takes every value of the range, 2 every other one...</source>
        <translation>1 取范围内的每个值，2 每隔一个取一个……</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <comment>cron range: from ... to ...</comment>
        <translation>到</translation>
    </message>
    <message>
        <source>taking every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>value(s)</source>
        <translation>个值取一个</translation>
    </message>
    <message>
        <source>A range may wrap around, e.g. 22 to 2, or FRI to MON.</source>
        <translation>范围可以回绕，例如 22 到 2，或 FRI 到 MON。</translation>
    </message>
    <message>
        <source>Starting at</source>
        <translation>从</translation>
    </message>
    <message>
        <source>then every</source>
        <translation>开始，每隔</translation>
    </message>
    <message>
        <source>day(s) before the last day of the month</source>
        <translation>天（当月最后一天之前）</translation>
    </message>
    <message>
        <source>The weekday nearest to day</source>
        <translation>离以下日期最近的工作日：</translation>
    </message>
    <message>
        <source>Monday to Friday, within the same month.</source>
        <translation>星期一至星期五，不跨月。</translation>
    </message>
    <message>
        <source>first</source>
        <translation>第一个</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第二个</translation>
    </message>
    <message>
        <source>third</source>
        <translation>第三个</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>第四个</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>第五个</translation>
    </message>
    <message>
        <source>The</source>
        <comment>the first Monday of the month</comment>
        <translation>每月</translation>
    </message>
    <message>
        <source>of the month</source>
        <translation>（月内）</translation>
    </message>
    <message>
        <source>The last</source>
        <comment>the last Friday of the month</comment>
        <translation>每月最后一个</translation>
    </message>
    <message>
        <source>The field as text, for what the editors cannot show, e.g. a list that mixes ranges and steps (0-10,30-40/5).</source>
        <translation>以文本表示的字段，用于编辑器无法表示的写法，例如混合范围与步长的列表（0-10,30-40/5）。</translation>
    </message>
    <message>
        <source>Enter a cron expression.</source>
        <translation>请输入 cron 表达式。</translation>
    </message>
</context>
<context>
    <name>Qronos::CronDescription</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>every %1 seconds</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <source>every %1 seconds from second %2</source>
        <translation>从第 %2 秒起每 %1 秒</translation>
    </message>
    <message>
        <source>every second from second %1 through %2</source>
        <translation>第 %1 至 %2 秒的每一秒</translation>
    </message>
    <message>
        <source>at second %1</source>
        <translation>第 %1 秒</translation>
    </message>
    <message>
        <source>at seconds %1</source>
        <translation>第 %1 秒</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>每 %1 分钟</translation>
    </message>
    <message>
        <source>every %1 minutes from minute %2</source>
        <translation>从第 %2 分钟起每 %1 分钟</translation>
    </message>
    <message>
        <source>every minute from minute %1 through %2</source>
        <translation>第 %1 至 %2 分钟的每一分钟</translation>
    </message>
    <message>
        <source>at minute %1 of every hour</source>
        <translation>每小时第 %1 分钟</translation>
    </message>
    <message>
        <source>at minute %1</source>
        <translation>第 %1 分钟</translation>
    </message>
    <message>
        <source>at minutes %1 of every hour</source>
        <translation>每小时第 %1 分钟</translation>
    </message>
    <message>
        <source>at minutes %1</source>
        <translation>第 %1 分钟</translation>
    </message>
    <message>
        <source>every %1 hours</source>
        <translation>每 %1 小时</translation>
    </message>
    <message>
        <source>every %1 hours from %2</source>
        <translation>从 %2 起每 %1 小时</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1 至 %2 之间</translation>
    </message>
    <message>
        <source>in the hours starting %1</source>
        <translation>在 %1 开始的小时内</translation>
    </message>
    <message>
        <source>seconds-minutes-hours</source>
        <comment>order of the parts of a time description; translate as hours-minutes-seconds to name the hours first</comment>
        <translation>hours-minutes-seconds</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between parts of a description</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>the month</source>
        <translation>当月</translation>
    </message>
    <message>
        <source>on the last weekday of %1</source>
        <translation>%1最后一个工作日</translation>
    </message>
    <message>
        <source>on the weekday nearest %1 days before the last day of %2</source>
        <translation>%2最后一天之前第 %1 天最近的工作日</translation>
    </message>
    <message>
        <source>on the last day of %1</source>
        <translation>%1最后一天</translation>
    </message>
    <message>
        <source>%1 days before the last day of %2</source>
        <translation>%2最后一天之前 %1 天</translation>
    </message>
    <message>
        <source>on the weekday nearest day %1 of %2</source>
        <translation>%2离 %1 日最近的工作日</translation>
    </message>
    <message>
        <source>on %1 %2</source>
        <comment>month name, day of month</comment>
        <translation>%1%2日</translation>
    </message>
    <message>
        <source>on day %1 of %2</source>
        <translation>%2 %1 日</translation>
    </message>
    <message>
        <source>on days %1 through %2 of %3</source>
        <translation>%3 %1 日至 %2 日</translation>
    </message>
    <message>
        <source>every %1 days from day %2 of %3</source>
        <translation>%3从 %2 日起每 %1 天</translation>
    </message>
    <message>
        <source>on days %1 of %2</source>
        <translation>%2 %1 日</translation>
    </message>
    <message>
        <source>on the last %1 of %2</source>
        <translation>%2最后一个%1</translation>
    </message>
    <message>
        <source>on the first %1 of %2</source>
        <translation>%2第一个%1</translation>
    </message>
    <message>
        <source>on the second %1 of %2</source>
        <translation>%2第二个%1</translation>
    </message>
    <message>
        <source>on the third %1 of %2</source>
        <translation>%2第三个%1</translation>
    </message>
    <message>
        <source>on the fourth %1 of %2</source>
        <translation>%2第四个%1</translation>
    </message>
    <message>
        <source>on the fifth %1 of %2</source>
        <translation>%2第五个%1</translation>
    </message>
    <message>
        <source>on %1 through %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>from %1 through %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>months</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>in no year</source>
        <translation>没有匹配的年份</translation>
    </message>
    <message>
        <source>in %1 through %2</source>
        <comment>years</comment>
        <translation>%1 至 %2 年</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>years</comment>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a time of day, then which days (the translation may reorder them)</comment>
        <translation>%2 %1</translation>
    </message>
</context>
<context>
    <name>Qronos::CronExpression</name>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>day-of-month</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>day-of-week</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Invalid cron expression: %1 field &quot;%2&quot;: %3</source>
        <translation>cron 表达式无效：%1字段“%2”：%3</translation>
    </message>
    <message>
        <source>the number %1 is too large</source>
        <translation>数字 %1 过大</translation>
    </message>
    <message>
        <source>the increment %1 is larger than %2</source>
        <translation>增量 %1 大于 %2</translation>
    </message>
    <message>
        <source>values must be between 0 and 59</source>
        <translation>取值必须在 0 到 59 之间</translation>
    </message>
    <message>
        <source>values must be between 0 and 23</source>
        <translation>取值必须在 0 到 23 之间</translation>
    </message>
    <message>
        <source>values must be between 1 and 31</source>
        <translation>取值必须在 1 到 31 之间</translation>
    </message>
    <message>
        <source>values must be between 1 and 12 (or JAN to DEC)</source>
        <translation>取值必须在 1 到 12 之间（或 JAN 到 DEC）</translation>
    </message>
    <message>
        <source>values must be between 1 and 7 (or SUN to SAT; 1 is Sunday)</source>
        <translation>取值必须在 1 到 7 之间（或 SUN 到 SAT；1 表示星期日）</translation>
    </message>
    <message>
        <source>a range of years must not end before it starts</source>
        <translation>年份范围的结束不能早于开始</translation>
    </message>
    <message>
        <source>the range is too large</source>
        <translation>范围过大</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value here</source>
        <translation>“%1”在此处不是有效的值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month name (JAN to DEC)</source>
        <translation>“%1”不是月份名称（JAN 到 DEC）</translation>
    </message>
    <message>
        <source>a month range needs a month name after &apos;-&apos;</source>
        <translation>月份范围的 &apos;-&apos; 之后需要月份名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day name (SUN to SAT)</source>
        <translation>“%1”不是星期名称（SUN 到 SAT）</translation>
    </message>
    <message>
        <source>a day range needs a day name after &apos;-&apos;</source>
        <translation>星期范围的 &apos;-&apos; 之后需要星期名称</translation>
    </message>
    <message>
        <source>a number between 1 and 5 must follow &apos;#&apos;</source>
        <translation>&apos;#&apos; 之后必须是 1 到 5 之间的数字</translation>
    </message>
    <message>
        <source>names are only allowed in the month and day-of-week fields</source>
        <translation>只有月字段和星期字段可以使用名称</translation>
    </message>
    <message>
        <source>unexpected characters after &apos;?&apos;</source>
        <translation>&apos;?&apos; 之后有多余的字符</translation>
    </message>
    <message>
        <source>&apos;?&apos; is only allowed in the day-of-month or day-of-week field</source>
        <translation>&apos;?&apos; 只能用在日字段或星期字段</translation>
    </message>
    <message>
        <source>the day-of-month field has no values</source>
        <translation>日字段没有任何取值</translation>
    </message>
    <message>
        <source>&apos;?&apos; may be given for day-of-month or for day-of-week, not both</source>
        <translation>&apos;?&apos; 只能用在日字段或星期字段之一，不能两个都用</translation>
    </message>
    <message>
        <source>&apos;/&apos; must be followed by a number</source>
        <translation>&apos;/&apos; 之后必须是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after &apos;/&apos; is not a number</source>
        <translation>&apos;/&apos; 之后的“%1”不是数字</translation>
    </message>
    <message>
        <source>a number must follow &quot;L-&quot;</source>
        <translation>&quot;L-&quot; 之后必须是数字</translation>
    </message>
    <message>
        <source>the offset from the last day must be 30 or less</source>
        <translation>距月末的偏移不能超过 30</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;L&apos; after a number is only allowed in the day-of-week field</source>
        <translation>数字后的 &apos;L&apos; 只能用在星期字段</translation>
    </message>
    <message>
        <source>&apos;W&apos; is only allowed in the day-of-month field</source>
        <translation>&apos;W&apos; 只能用在日字段</translation>
    </message>
    <message>
        <source>&apos;W&apos; needs a day of month no larger than 31</source>
        <translation>&apos;W&apos; 前的日期不能大于 31</translation>
    </message>
    <message>
        <source>&apos;#&apos; is only allowed in the day-of-week field</source>
        <translation>&apos;#&apos; 只能用在星期字段</translation>
    </message>
    <message>
        <source>a number must follow &apos;-&apos;</source>
        <translation>&apos;-&apos; 之后必须是数字</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; after &apos;/&apos;</source>
        <translation>&apos;/&apos; 之后出现意外的字符 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;L&apos; and &apos;LW&apos; cannot be combined with other days of the month</source>
        <translation>&apos;L&apos; 和 &apos;LW&apos; 不能与其他日期组合使用</translation>
    </message>
    <message>
        <source>&apos;L&apos; cannot be combined with other days of the week</source>
        <translation>&apos;L&apos; 不能与其他星期几组合使用</translation>
    </message>
    <message>
        <source>only one &quot;nth day&quot; (&apos;#&apos;) can be given</source>
        <translation>只能指定一个“第 n 个星期几”（&apos;#&apos;）</translation>
    </message>
    <message>
        <source>Invalid cron expression &quot;%1&quot;: it has %2 fields; six or seven are needed (seconds minutes hours day-of-month month day-of-week [year])</source>
        <translation>cron 表达式“%1”无效：它有 %2 个字段，需要六个或七个（秒 分 时 日 月 星期 [年]）</translation>
    </message>
    <message>
        <source>Invalid cron expression: day-of-month and day-of-week are both given; one of them must be &apos;?&apos;</source>
        <translation>cron 表达式无效：日字段和星期字段同时指定了值；其中一个必须是 &apos;?&apos;</translation>
    </message>
    <message>
        <source>Invalid cron expression: day-of-month and day-of-week are both &apos;?&apos;; exactly one of them must be &apos;?&apos;</source>
        <translation>cron 表达式无效：日字段和星期字段都是 &apos;?&apos;；只能有一个是 &apos;?&apos;</translation>
    </message>
    <message>
        <source>Invalid cron expression: the %1 field has no values</source>
        <translation>cron 表达式无效：%1字段没有任何取值</translation>
    </message>
    <message>
        <source>Invalid cron expression: the day-of-month field has no values</source>
        <translation>cron 表达式无效：日字段没有任何取值</translation>
    </message>
    <message>
        <source>Invalid cron expression: the day-of-week field has no values</source>
        <translation>cron 表达式无效：星期字段没有任何取值</translation>
    </message>
    <message>
        <source>The cron expression is empty: six or seven fields are needed (seconds minutes hours day-of-month month day-of-week [year])</source>
        <translation>cron 表达式为空：需要六个或七个字段（秒 分 时 日 月 星期 [年]）</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: %3</source>
        <translation>%1字段“%2”：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after &quot;%2&quot; is ignored, as Quartz ignores it</source>
        <translation>“%2”之后的“%1”被忽略（Quartz 同样忽略它）</translation>
    </message>
    <message>
        <source>an increment of %1 means every value, as in Quartz</source>
        <translation>增量为 %1 表示每个值都匹配（与 Quartz 相同）</translation>
    </message>
    <message>
        <source>&apos;L&apos; alone means Saturday (7) in the day-of-week field; for the last given weekday of the month write it before the L, e.g. 6L</source>
        <translation>在星期字段中单独的 &apos;L&apos; 表示星期六（7）；若要表示当月最后一个星期几，请把星期几写在 L 之前，例如 6L</translation>
    </message>
    <message>
        <source>&apos;L&apos; means nothing here and Quartz ignores it</source>
        <translation>&apos;L&apos; 在此处没有含义，Quartz 会忽略它</translation>
    </message>
    <message>
        <source>a step of 0 keeps only the first value of the range, as in Quartz</source>
        <translation>步长为 0 时只保留范围的第一个值（与 Quartz 相同）</translation>
    </message>
    <message>
        <source>a step of 0 keeps only %1, as in Quartz</source>
        <translation>步长为 0 时只保留 %1（与 Quartz 相同）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the year field is ignored, as Quartz ignores it</source>
        <translation>年字段之后的“%1”被忽略（Quartz 同样忽略它）</translation>
    </message>
    <message>
        <source>with &apos;#&apos; only the first day of the list counts, as in Quartz</source>
        <translation>使用 &apos;#&apos; 时只有列表中的第一天有效（与 Quartz 相同）</translation>
    </message>
    <message>
        <source>with &apos;W&apos; only the first day of the list counts, as in Quartz</source>
        <translation>使用 &apos;W&apos; 时只有列表中的第一天有效（与 Quartz 相同）</translation>
    </message>
</context>
<context>
    <name>Qronos::DailyCalendar</name>
    <message>
        <source>Invalid hour of day: %1 (expected 0 to 23)</source>
        <translation>小时无效：%1（应为 0 到 23）</translation>
    </message>
    <message>
        <source>Invalid minute: %1 (expected 0 to 59)</source>
        <translation>分钟无效：%1（应为 0 到 59）</translation>
    </message>
    <message>
        <source>Invalid second: %1 (expected 0 to 59)</source>
        <translation>秒无效：%1（应为 0 到 59）</translation>
    </message>
    <message>
        <source>Invalid millis: %1 (expected 0 to 999)</source>
        <translation>毫秒无效：%1（应为 0 到 999）</translation>
    </message>
    <message>
        <source>Invalid time string &apos;%1&apos; (expected HH:MM[:SS[:mmm]])</source>
        <translation>时间字符串 &apos;%1&apos; 无效（应为 HH:MM[:SS[:mmm]]）</translation>
    </message>
    <message>
        <source>Invalid time string &apos;%1&apos;: &apos;%2&apos; is not a number (expected HH:MM[:SS[:mmm]])</source>
        <translation>时间字符串 &apos;%1&apos; 无效：&apos;%2&apos; 不是数字（应为 HH:MM[:SS[:mmm]]）</translation>
    </message>
    <message>
        <source>Invalid time range: %1 - %2 (the start must be before the end; a range cannot cross midnight)</source>
        <translation>时间范围无效：%1 - %2（开始必须早于结束；范围不能跨越午夜）</translation>
    </message>
</context>
<context>
    <name>Qronos::DataSources</name>
    <message>
        <source>data sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>%1:%2: expected &quot;name = URL&quot;, e.g. &quot;reporting = postgresql://report@db.example.com:5432/reports&quot;.</source>
        <translation>%1:%2：应为“name = URL”，例如“reporting = postgresql://report@db.example.com:5432/reports”。</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; is not a data source name: use a letter followed by letters, digits, &apos;_&apos; or &apos;-&apos; (at most %4).</source>
        <translation>%1:%2：“%3”不是有效的数据源名称：须以字母开头，后跟字母、数字、&apos;_&apos; 或 &apos;-&apos;（最多 %4 个字符）。</translation>
    </message>
    <message>
        <source>%1:%2: the data source &quot;%3&quot; is already defined on line %4.</source>
        <translation>%1:%2：数据源“%3”已在第 %4 行定义。</translation>
    </message>
    <message>
        <source>%1:%2: the data sources &quot;%3&quot; and &quot;%4&quot; would share the password variable %5; rename one of them.</source>
        <translation>%1:%2：数据源“%3”和“%4”会共用密码变量 %5；请重命名其中一个。</translation>
    </message>
    <message>
        <source>%1:%2: the data source &quot;%3&quot; has no URL after &apos;=&apos;.</source>
        <translation>%1:%2：数据源“%3”的 &apos;=&apos; 之后没有 URL。</translation>
    </message>
    <message>
        <source>%1:%2: data source &quot;%3&quot;: %4</source>
        <translation>%1:%2：数据源“%3”：%4</translation>
    </message>
    <message>
        <source>Cannot read the data-sources file &quot;%1&quot;: %2.</source>
        <translation>无法读取数据源文件“%1”：%2。</translation>
    </message>
    <message>
        <source>Unknown data source &quot;%1&quot;: this node has no data sources (it was started without a data-sources file).</source>
        <translation>未知的数据源“%1”：本节点没有任何数据源（启动时未指定数据源文件）。</translation>
    </message>
    <message>
        <source>Unknown data source &quot;%1&quot;: this node has no data sources (its data-sources file &quot;%2&quot; defines none).</source>
        <translation>未知的数据源“%1”：本节点没有任何数据源（其数据源文件“%2”未定义任何数据源）。</translation>
    </message>
    <message>
        <source>Unknown data source &quot;%1&quot;; this node knows: %2 (from %3).</source>
        <translation>未知的数据源“%1”；本节点已知的数据源：%2（来自 %3）。</translation>
    </message>
    <message>
        <source>its data sources</source>
        <translation>本节点的数据源配置</translation>
    </message>
    <message>
        <source>Data source &quot;%1&quot;: %2</source>
        <translation>数据源“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Qronos::DatabaseUrl</name>
    <message>
        <source>Cannot read the password file &quot;%1&quot;: %2</source>
        <translation>无法读取密码文件“%1”：%2</translation>
    </message>
    <message>
        <source>The database URL is empty; expected for example sqlite:///path/qronos.db or postgresql://user@host:5432/qronos</source>
        <translation>数据库 URL 为空；应为例如 sqlite:///path/qronos.db 或 postgresql://user@host:5432/qronos</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not a valid URL: %2</source>
        <translation>数据库 URL“%1”不是有效的 URL：%2</translation>
    </message>
    <message>
        <source>Unknown database kind &quot;%1&quot; in the URL: use sqlite, postgresql, mysql or mariadb</source>
        <translation>URL 中的数据库类型“%1”未知：请使用 sqlite、postgresql、mysql 或 mariadb</translation>
    </message>
    <message>
        <source>A SQLite URL names a file, not a server: write sqlite:///absolute/path.db or sqlite:relative.db (found host &quot;%1&quot;)</source>
        <translation>SQLite URL 指向文件而不是服务器：请写成 sqlite:///absolute/path.db 或 sqlite:relative.db（发现主机“%1”）</translation>
    </message>
    <message>
        <source>The SQLite URL has no file path: write sqlite:///absolute/path.db or sqlite:relative.db</source>
        <translation>SQLite URL 没有文件路径：请写成 sqlite:///absolute/path.db 或 sqlite:relative.db</translation>
    </message>
    <message>
        <source>The database URL has no host: write %1://user@host:port/database</source>
        <translation>数据库 URL 没有主机：请写成 %1://user@host:port/database</translation>
    </message>
    <message>
        <source>The port %1 in the database URL is out of range</source>
        <translation>数据库 URL 中的端口 %1 超出范围</translation>
    </message>
    <message>
        <source>The database URL has no database name: write %1://user@host:port/database</source>
        <translation>数据库 URL 没有数据库名：请写成 %1://user@host:port/database</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; in the URL contains a slash</source>
        <translation>URL 中的数据库名“%1”包含斜杠</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the database URL; %2 accepts: %3</source>
        <translation>数据库 URL 中的选项“%1”未知；%2 支持：%3</translation>
    </message>
    <message>
        <source>The table prefix &quot;%1&quot; is not allowed: use up to 32 letters, digits and underscores, not starting with a digit</source>
        <translation>不允许使用表前缀“%1”：最多 32 个字母、数字和下划线，且不能以数字开头</translation>
    </message>
    <message>
        <source>The scheduler name &quot;%1&quot; must have 1 to 120 characters</source>
        <translation>调度器名称“%1”的长度必须为 1 到 120 个字符</translation>
    </message>
    <message>
        <source>The option %1=%2 in the database URL is not a number of seconds</source>
        <translation>数据库 URL 中的选项 %1=%2 不是秒数</translation>
    </message>
    <message>
        <source>The option %1 in the database URL may not contain &apos;;&apos;</source>
        <translation>数据库 URL 中的选项 %1 不能包含 &apos;;&apos;</translation>
    </message>
</context>
<context>
    <name>Qronos::DemoSchedule</name>
    <message>
        <source>Logs a line every 10 seconds.</source>
        <translation>每 10 秒记录一行日志。</translation>
    </message>
    <message>
        <source>Qronos demo heartbeat</source>
        <translation>Qronos 演示心跳</translation>
    </message>
    <message>
        <source>Prints the free space of / every minute.</source>
        <translation>每分钟输出 / 的可用空间。</translation>
    </message>
    <message>
        <source>Takes 20 s but is due every 15 s: never runs twice at once, so its fires wait.</source>
        <translation>每次运行 20 秒，但每 15 秒到期一次：不会同时运行两次，因此后续触发需要等待。</translation>
    </message>
    <message>
        <source>Fails on purpose every 2 minutes and is retried twice, 5 s apart.</source>
        <translation>每 2 分钟故意失败一次，并重试两次，间隔 5 秒。</translation>
    </message>
    <message>
        <source>A report at 09:30 on weekdays, skipping the public holidays of the demo calendar.</source>
        <translation>工作日 09:30 生成报表，跳过演示日历中的法定节假日。</translation>
    </message>
    <message>
        <source>Daily report generated</source>
        <translation>每日报表已生成</translation>
    </message>
    <message>
        <source>Checks a web site every 5 minutes; paused until you resume it.</source>
        <translation>每 5 分钟检查一次网站；处于暂停状态，恢复后才会运行。</translation>
    </message>
    <message>
        <source>Demo holidays: New Year, Labour Day, National Day</source>
        <translation>演示节假日：元旦、劳动节、国庆节</translation>
    </message>
</context>
<context>
    <name>Qronos::DisplayText</name>
    <message numerus="yes">
        <source>%n ms</source>
        <translation>
            <numerusform>%n 毫秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n 周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>周一至周五</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 后</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>每 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n more time(s)</source>
        <translation>
            <numerusform>%1，再 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1, %2–%3, %4</source>
        <translation>每 %1，%2–%3，%4</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>Calendar interval</source>
        <translation>日历间隔</translation>
    </message>
    <message>
        <source>Daily time interval</source>
        <translation>每日时间间隔</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已阻塞</translation>
    </message>
    <message>
        <source>Paused, blocked</source>
        <translation>已暂停、已阻塞</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>待机</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <source>Presumed dead</source>
        <translation>疑似宕机</translation>
    </message>
</context>
<context>
    <name>Qronos::ExportScheduleDialog</name>
    <message>
        <source>Export the Schedule</source>
        <translation>导出调度</translation>
    </message>
    <message>
        <source>Qronos JSON (qronos/1)</source>
        <translation>Qronos JSON（qronos/1）</translation>
    </message>
    <message>
        <source>Quartz XML (job_scheduling_data_2_0)</source>
        <translation>Quartz XML（job_scheduling_data_2_0）</translation>
    </message>
    <message>
        <source>none: jobs are written with the class &quot;qronos:&lt;type&gt;&quot;</source>
        <translation>无：作业以类名“qronos:&lt;类型&gt;”写出</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Quartz XML names Java job classes. A mapping file (lines such as &quot;com.acme.ReportJob = shell:/opt/acme/report.sh&quot;) writes a job of that type and program with that class.</source>
        <translation>Quartz XML 使用 Java 作业类名。映射文件（每行如“com.acme.ReportJob = shell:/opt/acme/report.sh”）会把该类型和程序的作业写成对应的类。</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Job class mapping:</source>
        <translation>作业类映射(&amp;J)：</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <source>Job Class Mapping</source>
        <translation>作业类映射</translation>
    </message>
    <message>
        <source>Mapping files (*.txt *.properties *.map);;All files (*)</source>
        <translation>映射文件 (*.txt *.properties *.map);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Quartz XML files (*.xml)</source>
        <translation>Quartz XML 文件 (*.xml)</translation>
    </message>
    <message>
        <source>Qronos JSON files (*.json)</source>
        <translation>Qronos JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n job(s), %1 trigger(s) and %2 calendar(s) to %3.</source>
        <translation>
            <numerusform>已将 %n 个作业、%1 个触发器和 %2 个日历导出到 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the Quartz XML file, which cannot express it:</source>
        <translation>以下内容 Quartz XML 无法表达，未写入文件：</translation>
    </message>
</context>
<context>
    <name>Qronos::FailureWebhook</name>
    <message>
        <source>The failure webhook must be an absolute http:// or https:// URL with a host.</source>
        <translation>失败通知 Webhook 必须是带主机的绝对 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>The failure webhook at %1 did not answer within %2 ms.</source>
        <translation>位于 %1 的失败通知 Webhook 未在 %2 毫秒内响应。</translation>
    </message>
    <message>
        <source>The failure webhook at %1 could not be reached: %2.</source>
        <translation>无法访问位于 %1 的失败通知 Webhook：%2。</translation>
    </message>
    <message>
        <source>The failure webhook at %1 answered HTTP %2 %3.</source>
        <translation>位于 %1 的失败通知 Webhook 返回 HTTP %2 %3。</translation>
    </message>
    <message>
        <source>Redirects are not followed; use the final address.</source>
        <translation>不会跟随重定向；请使用最终地址。</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>响应：%1</translation>
    </message>
</context>
<context>
    <name>Qronos::FileExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Qronos::FireRunner</name>
    <message>
        <source>Node %1 cannot run job type &quot;%2&quot;: %3</source>
        <translation>节点 %1 无法运行任务类型“%2”：%3</translation>
    </message>
    <message>
        <source>Interrupted before it started.</source>
        <translation>在开始之前被中断。</translation>
    </message>
    <message>
        <source>Stopped after the job&apos;s timeout of %1 ms.</source>
        <translation>已达到任务的超时时间 %1 毫秒，已停止。</translation>
    </message>
</context>
<context>
    <name>Qronos::FireTimeModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Trigger time (%1)</source>
        <translation>触发器时区时间（%1）</translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation>本地时间（%1）</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Fire number</source>
        <translation>触发序号</translation>
    </message>
    <message>
        <source>Wall time in the trigger&apos;s time zone, where the schedule is read</source>
        <translation>触发器时区的当地时间，调度按此时区计算</translation>
    </message>
    <message>
        <source>Wall time in this computer&apos;s time zone</source>
        <translation>本机时区的当地时间</translation>
    </message>
    <message>
        <source>The instant in UTC, as it is stored</source>
        <translation>UTC 时刻，即存储的值</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <extracomment>Fire time in a zone: %1 date (2024-03-11), %2 short weekday, %3 time of day, %4 UTC offset (-04:00)</extracomment>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1，时区 %2（%3）</translation>
    </message>
    <message>
        <source>The UTC offset changed from %1 to %2 since the previous fire.</source>
        <translation>自上次触发以来，UTC 偏移已从 %1 变为 %2。</translation>
    </message>
    <message>
        <source>%1 after the previous fire.</source>
        <translation>距上次触发 %1。</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>duration in days</comment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>duration in hours</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>duration in milliseconds</comment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>The calendar excludes this time: the trigger does not fire then.</source>
        <translation>日历排除了此时间：触发器此时不触发。</translation>
    </message>
</context>
<context>
    <name>Qronos::FireTimes</name>
    <message>
        <source>The trigger has no name.</source>
        <translation>触发器没有名称。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot; has no group.</source>
        <translation>触发器“%1”没有分组。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot; names no job.</source>
        <translation>触发器“%1”未指定任务。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: the job&apos;s group is empty.</source>
        <translation>触发器“%1”：任务的分组为空。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: %2</source>
        <translation>触发器“%1”：%2</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: the end time is before the start time.</source>
        <translation>触发器“%1”：结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: misfire instruction %2 does not exist for this kind of trigger (%3).</source>
        <translation>触发器“%1”：此类触发器没有错过触发策略 %2（可用：%3）。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: the cron expression is not set.</source>
        <translation>触发器“%1”：未设置 cron 表达式。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: the repeat count must be 0 or more, or -1 to repeat forever (it is %2).</source>
        <translation>触发器“%1”：重复次数必须大于或等于 0，或为 -1 表示无限重复（当前为 %2）。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: the repeat interval must not be negative.</source>
        <translation>触发器“%1”：重复间隔不能为负数。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: the repeat interval must be at least 1 ms when the trigger repeats.</source>
        <translation>触发器“%1”：触发器重复时，重复间隔至少为 1 ms。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: the interval unit must be SECOND, MINUTE, HOUR, DAY, WEEK, MONTH or YEAR.</source>
        <translation>触发器“%1”：间隔单位必须是 SECOND、MINUTE、HOUR、DAY、WEEK、MONTH 或 YEAR。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: the repeat interval must be at least 1 (it is %2).</source>
        <translation>触发器“%1”：重复间隔至少为 1（当前为 %2）。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: the interval unit must be SECOND, MINUTE or HOUR (it is %2).</source>
        <translation>触发器“%1”：间隔单位必须是 SECOND、MINUTE 或 HOUR（当前为 %2）。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: the repeat interval must not exceed 24 hours (%2 %3).</source>
        <translation>触发器“%1”：重复间隔不能超过 24 小时（%2 %3）。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: the days of the week must name at least one day.</source>
        <translation>触发器“%1”：星期几中至少要指定一天。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: times of day run from 00:00:00 to 23:59:59.</source>
        <translation>触发器“%1”：一天中的时间范围是 00:00:00 到 23:59:59。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: the start time of day %2 comes after the end time of day %3.</source>
        <translation>触发器“%1”：每日开始时间 %2 晚于每日结束时间 %3。</translation>
    </message>
</context>
<context>
    <name>Qronos::ForecastDialog</name>
    <message>
        <source>Export a Forecast</source>
        <translation>导出调度预测</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets (one row per fire)</source>
        <translation>CSV，用于电子表格（每次触发一行）</translation>
    </message>
    <message>
        <source>iCalendar (.ics), for calendar applications</source>
        <translation>iCalendar（.ics），用于日历应用</translation>
    </message>
    <message>
        <source>The earliest fires up to this number are written</source>
        <translation>按时间先后最多写出这么多次触发</translation>
    </message>
    <message>
        <source>One event with a repeat rule for a trigger whose fires follow one exactly</source>
        <translation>触发时间恰好符合某个重复规则的触发器，只写一个带重复规则的事件</translation>
    </message>
    <message>
        <source>Start with a byte order mark, so that spreadsheet programs read names as UTF-8</source>
        <translation>文件开头加字节顺序标记（BOM），让电子表格程序按 UTF-8 读取名称</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>开始(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>结束(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>The period is read in this zone, and local times in the file are given in it (UTC times too).</source>
        <translation>时间段按此时区理解，文件中的本地时间也用此时区（同时给出 UTC 时间）。</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>最多(&amp;M)：</translation>
    </message>
    <message>
        <source>fires</source>
        <translation>次触发</translation>
    </message>
    <message>
        <source>Which triggers:</source>
        <translation>包含的触发器：</translation>
    </message>
    <message>
        <source>Paused triggers are left out; calendars are applied, so excluded days have no fires.</source>
        <translation>已暂停的触发器不包含在内；日历会生效，被排除的日期没有触发。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows (e.g. Asia/Shanghai, UTC).</source>
        <translation>“%1”不是本机认识的时区（例如 Asia/Shanghai、UTC）。</translation>
    </message>
    <message>
        <source>The period ends before it starts: &quot;Until&quot; must be later than &quot;From&quot;.</source>
        <translation>时间段的结束早于开始：“结束”必须晚于“开始”。</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln fire(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 次触发写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) repeat by a rule.</source>
        <translation>
            <numerusform>%n 个事件按重复规则重复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut at the earliest %1 fires.</source>
        <translation>只写出了最早的 %1 次触发。</translation>
    </message>
    <message numerus="yes">
        <source>%n paused trigger(s) left out.</source>
        <translation>
            <numerusform>%n 个已暂停的触发器未包含在内。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s) name a calendar that does not exist and have no fires.</source>
        <translation>
            <numerusform>%n 个触发器引用了不存在的日历，没有触发。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::ForecastExport</name>
    <message>
        <source>The recurrence rule part &quot;%1&quot; is not NAME=VALUE, or repeats a name.</source>
        <translation>重复规则部分“%1”不是 NAME=VALUE 形式，或重复了名称。</translation>
    </message>
    <message>
        <source>The recurrence rule frequency &quot;%1&quot; is not one this export writes.</source>
        <translation>重复规则频率“%1”不是本导出会写出的频率。</translation>
    </message>
    <message>
        <source>The recurrence rule INTERVAL &quot;%1&quot; is not a positive number.</source>
        <translation>重复规则的 INTERVAL“%1”不是正数。</translation>
    </message>
    <message>
        <source>The recurrence rule COUNT &quot;%1&quot; is not a positive number.</source>
        <translation>重复规则的 COUNT“%1”不是正数。</translation>
    </message>
    <message>
        <source>The recurrence rule BYDAY value &quot;%1&quot; is not one this export writes.</source>
        <translation>重复规则的 BYDAY 值“%1”不是本导出会写出的值。</translation>
    </message>
    <message>
        <source>The recurrence rule part &quot;%1&quot; is not one this export writes.</source>
        <translation>重复规则部分“%1”不是本导出会写出的部分。</translation>
    </message>
    <message>
        <source>The recurrence rule has no FREQ.</source>
        <translation>重复规则缺少 FREQ。</translation>
    </message>
    <message>
        <source>This export writes BYDAY only with FREQ=WEEKLY and INTERVAL=1.</source>
        <translation>本导出仅在 FREQ=WEEKLY 且 INTERVAL=1 时写出 BYDAY。</translation>
    </message>
    <message>
        <source>Cannot write the forecast: %1</source>
        <translation>无法写入触发预测：%1</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>作业：%1</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>触发器：%1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>日历：%1</translation>
    </message>
    <message>
        <source>Required node tag: %1</source>
        <translation>所需节点标签：%1</translation>
    </message>
    <message>
        <source>Fire time in %1: %2</source>
        <translation>%1 的触发时间：%2</translation>
    </message>
    <message>
        <source>Fires in the period: %1, the first at %2 in %3.</source>
        <translation>期间内触发次数：%1，首次触发于 %2（%3）。</translation>
    </message>
    <message>
        <source>Qronos forecast %1 to %2</source>
        <translation>Qronos 触发预测 %1 至 %2</translation>
    </message>
    <message>
        <source>Cannot write the forecast: the file is not open for writing.</source>
        <translation>无法写入触发预测：文件未以写入方式打开。</translation>
    </message>
    <message>
        <source>The forecast period must end after it starts (from %1, to %2).</source>
        <translation>预测期间的结束时间必须晚于开始时间（从 %1 到 %2）。</translation>
    </message>
    <message>
        <source>The forecast needs a time zone.</source>
        <translation>触发预测需要一个时区。</translation>
    </message>
</context>
<context>
    <name>Qronos::HistoryExport</name>
    <message>
        <source>Cannot write the history export: %1</source>
        <translation>无法写入执行历史导出文件：%1</translation>
    </message>
    <message>
        <source>Cannot write the history export: the file is not open for writing.</source>
        <translation>无法写入执行历史导出文件：文件未以写入方式打开。</translation>
    </message>
    <message numerus="yes">
        <source>The history export was cancelled after %n row(s).</source>
        <translation>
            <numerusform>执行历史导出已在写入 %n 行后取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the execution history: %1</source>
        <translation>无法读取执行历史：%1</translation>
    </message>
</context>
<context>
    <name>Qronos::HistoryModel</name>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 (a recovery run after its node stopped)</source>
        <translation>%1（节点停止后的恢复运行）</translation>
    </message>
    <message>
        <source>Fired at</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Scheduled at</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>Qronos::HistoryView</name>
    <message>
        <source>Attempt</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Select an execution to see its output and error.</source>
        <translation>选择一次执行以查看其输出和错误。</translation>
    </message>
    <message>
        <source>Cannot load the execution history: %1</source>
        <translation>无法加载执行历史：%1</translation>
    </message>
    <message>
        <source>Cannot look for execution %1: %2</source>
        <translation>无法查找执行 %1：%2</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>作业名称</translation>
    </message>
    <message>
        <source>Only executions of the job with exactly this name</source>
        <translation>仅显示名称与此完全相同的作业的执行</translation>
    </message>
    <message>
        <source>Job group</source>
        <translation>作业组</translation>
    </message>
    <message>
        <source>Only executions of jobs of exactly this group</source>
        <translation>仅显示属于此作业组（完全匹配）的作业的执行</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Only executions that ran on the node with this instance id</source>
        <translation>仅显示在此实例 ID 的节点上运行的执行</translation>
    </message>
    <message>
        <source>Text in error or output</source>
        <translation>错误或输出中的文本</translation>
    </message>
    <message>
        <source>Only executions whose error message or output contains this text (case-insensitive)</source>
        <translation>仅显示错误信息或输出包含此文本的执行（不区分大小写）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Executions fired at or after this time (this computer&apos;s zone)</source>
        <translation>在此时间或之后触发的执行（本机时区）</translation>
    </message>
    <message>
        <source>Executions fired before this time (this computer&apos;s zone)</source>
        <translation>在此时间之前触发的执行（本机时区）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show executions that finished since the table was loaded</source>
        <translation>显示表格加载后完成的执行</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Write every execution the filters select to a CSV or JSON Lines file</source>
        <translation>将筛选条件选中的所有执行写入 CSV 或 JSON Lines 文件</translation>
    </message>
    <message>
        <source>The end of the range must be later than its start.</source>
        <translation>范围的结束时间必须晚于开始时间。</translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) shown, loading…</source>
        <translation>
            <numerusform>已显示 %n 次执行，正在加载…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) shown, more below</source>
        <translation>
            <numerusform>已显示 %n 次执行，向下滚动可加载更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n 次执行</numerusform>
        </translation>
    </message>
    <message>
        <source>Job:       %1</source>
        <translation>作业：    %1</translation>
    </message>
    <message>
        <source>Trigger:   %1</source>
        <translation>触发器：  %1</translation>
    </message>
    <message>
        <source>Execution: %1, attempt %2%3</source>
        <translation>执行：    %1，第 %2 次尝试%3</translation>
    </message>
    <message>
        <source> (recovery run)</source>
        <translation>（恢复运行）</translation>
    </message>
    <message>
        <source>Node:      %1</source>
        <translation>节点：    %1</translation>
    </message>
    <message>
        <source>Status:    %1</source>
        <translation>状态：    %1</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>计划时间：%1</translation>
    </message>
    <message>
        <source>Fired:     %1</source>
        <translation>触发时间：%1</translation>
    </message>
    <message>
        <source>Ended:     %1 (%2)</source>
        <translation>结束时间：%1（%2）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>duration unknown</source>
        <translation>耗时未知</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>No output.</source>
        <translation>无输出。</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Execution %1 is not in the history: it may still run, or its rows were purged.</source>
        <translation>执行 %1 不在执行历史中：它可能仍在运行，或其记录已被清除。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON Lines 文件 (*.jsonl)</translation>
    </message>
    <message>
        <source>Export the execution history</source>
        <translation>导出执行历史</translation>
    </message>
    <message>
        <source>An export is running already.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <source>The time range is wrong: nothing was exported.</source>
        <translation>时间范围有误：未导出任何内容。</translation>
    </message>
    <message>
        <source>Exporting the execution history…</source>
        <translation>正在导出执行历史…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the execution history… %n row(s) written</source>
        <translation>
            <numerusform>正在导出执行历史… 已写入 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n execution(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 次执行导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::HttpJob</name>
    <message>
        <source>&quot;method&quot; must be an HTTP method such as GET, POST, PUT or DELETE, not &quot;%1&quot;.</source>
        <translation>“method”必须是 HTTP 方法，例如 GET、POST、PUT 或 DELETE，而不是“%1”。</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be an absolute http:// or https:// address with a host; &quot;%1&quot; is not.</source>
        <translation>“url”必须是带主机的绝对 http:// 或 https:// 地址；“%1”不是。</translation>
    </message>
    <message>
        <source>&quot;url&quot; must use http or https, not &quot;%1&quot;.</source>
        <translation>“url”必须使用 http 或 https，而不是“%1”。</translation>
    </message>
    <message>
        <source>&quot;headers&quot;: the value of &quot;%1&quot; must not contain line breaks.</source>
        <translation>“headers”：“%1”的值不能包含换行符。</translation>
    </message>
    <message>
        <source>Interrupted before it started.</source>
        <translation>在开始之前被中断。</translation>
    </message>
    <message>
        <source>Interrupted; the request %1 was aborted.</source>
        <translation>已中断；请求 %1 已中止。</translation>
    </message>
    <message>
        <source>%1 got no complete response within %2 s (&quot;timeoutSeconds&quot;).</source>
        <translation>%1 在 %2 秒内没有收到完整的响应（“timeoutSeconds”）。</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 失败：%2。</translation>
    </message>
    <message>
        <source>%1 answered %2 %3, which &quot;acceptedStatus&quot; does not accept.</source>
        <translation>%1 返回 %2 %3，不在“acceptedStatus”接受的范围内。</translation>
    </message>
    <message>
        <source>Sends an HTTP(S) request and checks the response status.</source>
        <translation>发送 HTTP(S) 请求并检查响应状态。</translation>
    </message>
</context>
<context>
    <name>Qronos::IcsHolidays</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>DTSTART &quot;%1&quot; is not a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS</source>
        <translation>DTSTART“%1”不是 YYYYMMDD 格式的日期，也不是 YYYYMMDDTHHMMSS 格式的日期时间</translation>
    </message>
    <message>
        <source>DTEND &quot;%1&quot; is not a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS</source>
        <translation>DTEND“%1”不是 YYYYMMDD 格式的日期，也不是 YYYYMMDDTHHMMSS 格式的日期时间</translation>
    </message>
    <message>
        <source>DTEND %1 is before DTSTART %2</source>
        <translation>DTEND %1 早于 DTSTART %2</translation>
    </message>
    <message>
        <source>DURATION &quot;%1&quot; is not a duration such as P1D, P2W or PT12H</source>
        <translation>DURATION“%1”不是有效的时长（例如 P1D、P2W 或 PT12H）</translation>
    </message>
    <message>
        <source>the event spans %1 days; a holiday may span at most %2</source>
        <translation>该事件跨越 %1 天；一个节假日最多跨越 %2 天</translation>
    </message>
    <message>
        <source>The file is empty; expected an iCalendar text starting with BEGIN:VCALENDAR</source>
        <translation>文件为空；应为以 BEGIN:VCALENDAR 开头的 iCalendar 文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an iCalendar line NAME:VALUE</source>
        <translation>“%1”不是 NAME:VALUE 形式的 iCalendar 行</translation>
    </message>
    <message>
        <source>expected BEGIN:VCALENDAR, got BEGIN:%1</source>
        <translation>应为 BEGIN:VCALENDAR，实际为 BEGIN:%1</translation>
    </message>
    <message>
        <source>END:%1 without a BEGIN</source>
        <translation>END:%1 没有对应的 BEGIN</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 (begun on line %3) was expected</source>
        <translation>此处应为 END:%2（始于第 %3 行），实际为 END:%1</translation>
    </message>
    <message>
        <source>the event has no DTSTART</source>
        <translation>该事件缺少 DTSTART</translation>
    </message>
    <message>
        <source>%1 outside BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation>%1 位于 BEGIN:VCALENDAR ... END:VCALENDAR 之外</translation>
    </message>
    <message>
        <source>BEGIN:%1 has no END:%1</source>
        <translation>BEGIN:%1 缺少 END:%1</translation>
    </message>
    <message>
        <source>No BEGIN:VCALENDAR found; this is not an iCalendar text</source>
        <translation>未找到 BEGIN:VCALENDAR；这不是 iCalendar 文本</translation>
    </message>
</context>
<context>
    <name>Qronos::ImportPlan</name>
    <message>
        <source>earlier in the file</source>
        <translation>文件前文</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source> (exists; kept as stored: ignore-duplicates)</source>
        <translation>（已存在；按 ignore-duplicates 保留已存储的）</translation>
    </message>
    <message>
        <source> (unchanged)</source>
        <translation>（未变）</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged, %5 skipped.</source>
        <translation>新增 %1，修改 %2，删除 %3，未变 %4，跳过 %5。</translation>
    </message>
    <message>
        <source>Calendar name %1.</source>
        <translation>日历名称%1。</translation>
    </message>
    <message>
        <source>Calendar &quot;%1&quot; is defined twice (first at %2).</source>
        <translation>日历 &quot;%1&quot; 定义了两次（首次在 %2）。</translation>
    </message>
    <message>
        <source>Calendar &quot;%1&quot; has no definition.</source>
        <translation>日历 &quot;%1&quot; 没有定义。</translation>
    </message>
    <message>
        <source>Job %1 is defined twice (first at %2).</source>
        <translation>作业 %1 定义了两次（首次在 %2）。</translation>
    </message>
    <message>
        <source>Trigger name %1.</source>
        <translation>触发器名称%1。</translation>
    </message>
    <message>
        <source>Trigger group %1.</source>
        <translation>触发器分组%1。</translation>
    </message>
    <message>
        <source>Trigger %1 is defined twice (first at %2).</source>
        <translation>触发器 %1 定义了两次（首次在 %2）。</translation>
    </message>
    <message>
        <source>A delete command names an empty group.</source>
        <translation>删除命令指定了空分组。</translation>
    </message>
    <message>
        <source>A delete-job command names no job.</source>
        <translation>删除作业命令未指定作业。</translation>
    </message>
    <message>
        <source>A delete-trigger command names no trigger.</source>
        <translation>删除触发器命令未指定触发器。</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>作业 %1：%2</translation>
    </message>
    <message>
        <source>%1 exists already; overwrite-existing-data is off and ignore-duplicates is off.</source>
        <translation>%1 已存在；overwrite-existing-data 与 ignore-duplicates 均已关闭。</translation>
    </message>
    <message>
        <source>Calendar &quot;%1&quot;</source>
        <translation>日历 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <source>Trigger %1</source>
        <translation>触发器 %1</translation>
    </message>
    <message>
        <source>Trigger %1: its job %2 is neither in the file nor in the store.</source>
        <translation>触发器 %1：其作业 %2 既不在文件中，也不在存储中。</translation>
    </message>
    <message>
        <source>Trigger %1: its calendar &quot;%2&quot; is neither in the file nor in the store.</source>
        <translation>触发器 %1：其日历 &quot;%2&quot; 既不在文件中，也不在存储中。</translation>
    </message>
    <message>
        <source>Based on its schedule, trigger %1 will never fire.</source>
        <translation>根据其调度，触发器 %1 永远不会触发。</translation>
    </message>
    <message>
        <source>Job %1 is not durable and no trigger would use it: make it durable or add a trigger for it.</source>
        <translation>作业 %1 不是持久的，且没有触发器使用它：请将其设为持久，或为其添加触发器。</translation>
    </message>
    <message>
        <source>Job type &quot;%1&quot; is not built in: only nodes with a plugin for it will run its jobs.</source>
        <translation>作业类型“%1”不是内置类型：只有装有其插件的节点才会运行这些作业。</translation>
    </message>
</context>
<context>
    <name>Qronos::ImportScheduleDialog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发器</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>新增（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>修改（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation>
            <numerusform>删除（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept as stored, the file&apos;s skipped (%n)</source>
        <translation>
            <numerusform>保留库中已有的，跳过文件中的（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n)</source>
        <translation>
            <numerusform>不变（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Schedule</source>
        <translation>导入调度</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Import a job whose Java class has no mapping as a paused no-op job</source>
        <translation>没有映射的 Java 类的作业，作为已暂停的空操作作业导入</translation>
    </message>
    <message>
        <source>Job class &amp;mapping:</source>
        <translation>作业类映射(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Zone of times without an offset:</source>
        <translation>不带时差的时间所用时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Nothing is written until you click Import. The import is one transaction: a file with any problem changes nothing.</source>
        <translation>点击“导入”之前不会写入任何内容。导入在一个事务中完成：文件有任何问题都不会做任何更改。</translation>
    </message>
    <message>
        <source>Schedule files (*.json *.xml);;Qronos JSON files (*.json);;Quartz XML files (*.xml);;All files (*)</source>
        <translation>调度文件 (*.json *.xml);;Qronos JSON 文件 (*.json);;Quartz XML 文件 (*.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Job Class Mapping</source>
        <translation>作业类映射</translation>
    </message>
    <message>
        <source>Mapping files (*.txt *.properties *.map);;All files (*)</source>
        <translation>映射文件 (*.txt *.properties *.map);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>正在读取并检查文件…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In the file at %1</source>
        <translation>位于文件的 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>The import cannot be applied: %n problem(s), listed below with their places. Nothing has been changed.</source>
        <translation>
            <numerusform>无法导入：有 %n 个问题，已在下方列出位置。没有做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: the schedule already holds what the file says.</source>
        <translation>无需导入：调度已与文件内容一致。</translation>
    </message>
    <message>
        <source>The import adds %1, changes %2 and removes %3 jobs, triggers or calendars; %4 stay as they are.</source>
        <translation>导入将新增 %1 个、修改 %2 个、删除 %3 个作业、触发器或日历；%4 个保持不变。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The import failed and changed nothing: %1</source>
        <translation>导入失败，没有做任何更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>The import changed nothing: %n problem(s).</source>
        <translation>
            <numerusform>导入没有做任何更改：有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 changed, %4 removed.</source>
        <translation>已导入 %1：新增 %2 个，修改 %3 个，删除 %4 个。</translation>
    </message>
</context>
<context>
    <name>Qronos::JobClassMapping</name>
    <message>
        <source>&quot;%1&quot; is not a Java class name (expected e.g. com.acme.ReportJob).</source>
        <translation>“%1”不是 Java 类名（应为例如 com.acme.ReportJob）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job type name (expected e.g. shell, http, sql, log, noop or a plugin&apos;s type).</source>
        <translation>“%1”不是作业类型名（应为例如 shell、http、sql、log、noop 或插件提供的类型）。</translation>
    </message>
    <message>
        <source>The job type &quot;%1&quot; takes no argument; give its data in the job-data-map instead.</source>
        <translation>作业类型“%1”不接受参数；请改在 job-data-map 中给出其数据。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute http:// or https:// URL with a host.</source>
        <translation>“%1”不是带主机名的 http:// 或 https:// 绝对 URL。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a data source name (a letter, then letters, digits, _ or -).</source>
        <translation>“%1”不是数据源名称（以字母开头，其后为字母、数字、_ 或 -）。</translation>
    </message>
    <message>
        <source>The class %1 is already mapped on line %2.</source>
        <translation>类 %1 已在第 %2 行映射。</translation>
    </message>
    <message>
        <source>The class %1 is already mapped.</source>
        <translation>类 %1 已经映射。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>expected JAVA_CLASS = TYPE or JAVA_CLASS = TYPE:ARGUMENT, e.g. com.acme.ReportJob = shell:/opt/acme/report.sh</source>
        <translation>应为 JAVA_CLASS = TYPE 或 JAVA_CLASS = TYPE:ARGUMENT，例如 com.acme.ReportJob = shell:/opt/acme/report.sh</translation>
    </message>
    <message>
        <source>nothing follows &quot;%1:&quot;; write the type alone or give an argument.</source>
        <translation>“%1:”之后没有内容；请只写类型，或给出参数。</translation>
    </message>
    <message>
        <source>Cannot read the job class mapping %1: %2</source>
        <translation>无法读取作业类映射 %1：%2</translation>
    </message>
</context>
<context>
    <name>Qronos::JobDataMap</name>
    <message>
        <source>Job data &quot;%1&quot;: an object value must be {&quot;double&quot;: number} or {&quot;integer&quot;: &quot;digits&quot;}</source>
        <translation>任务数据“%1”：对象值必须是 {&quot;double&quot;: 数字} 或 {&quot;integer&quot;: &quot;数字串&quot;}</translation>
    </message>
    <message>
        <source>Job data &quot;%1&quot;: the value must be text, a number or true/false</source>
        <translation>任务数据“%1”：值必须是文本、数字或 true/false</translation>
    </message>
</context>
<context>
    <name>Qronos::JobDataReader</name>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required: set it to text.</source>
        <translation>“%1”为必填项：请设置为文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation>“%1”必须是文本，而不是%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required and must not be empty.</source>
        <translation>“%1”为必填项，且不能为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a boolean (true or false).</source>
        <translation>“%1”必须是布尔值（true 或 false）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>“%1”必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of seconds from 0 (no limit) to 31622400.</source>
        <translation>“%1”必须是 0（不限制）到 31622400 之间的秒数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a JSON array of strings in a text value, e.g. [&quot;-l&quot;, &quot;/tmp&quot;]</source>
        <translation>“%1”必须是以文本形式保存的 JSON 字符串数组，例如 [&quot;-l&quot;, &quot;/tmp&quot;]</translation>
    </message>
    <message>
        <source>; it is %1.</source>
        <translation>；实际为%1。</translation>
    </message>
    <message>
        <source>; the JSON is invalid at offset %1: %2.</source>
        <translation>；JSON 在偏移 %1 处无效：%2。</translation>
    </message>
    <message>
        <source>; it is not an array.</source>
        <translation>；它不是数组。</translation>
    </message>
    <message>
        <source>; element %1 is not a string.</source>
        <translation>；第 %1 个元素不是字符串。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a JSON object of strings in a text value, e.g. {&quot;NAME&quot;: &quot;value&quot;}</source>
        <translation>“%1”必须是以文本形式保存的 JSON 字符串对象，例如 {&quot;NAME&quot;: &quot;value&quot;}</translation>
    </message>
    <message>
        <source>; it is not an object.</source>
        <translation>；它不是对象。</translation>
    </message>
    <message>
        <source>; a name is empty.</source>
        <translation>；有一个名称为空。</translation>
    </message>
    <message>
        <source>; the value of &quot;%1&quot; is not a string.</source>
        <translation>；“%1”的值不是字符串。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number or a list of numbers and ranges from %2 to %3, e.g. &quot;0&quot;, &quot;0,2&quot; or &quot;200-299,304&quot;</source>
        <translation>“%1”必须是 %2 到 %3 之间的数字，或由数字和范围组成的列表，例如“0”、“0,2”或“200-299,304”</translation>
    </message>
    <message>
        <source>; &quot;%1&quot; is not a number or range.</source>
        <translation>；“%1”不是数字或范围。</translation>
    </message>
    <message>
        <source>; &quot;%1&quot; is out of order or out of bounds.</source>
        <translation>；“%1”顺序颠倒或超出范围。</translation>
    </message>
</context>
<context>
    <name>Qronos::JobDetail</name>
    <message>
        <source>Job name %1.</source>
        <translation>任务名称%1。</translation>
    </message>
    <message>
        <source>Job group %1.</source>
        <translation>任务分组%1。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; has no job type.</source>
        <translation>任务“%1”没有任务类型。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot;: &quot;data&quot; must be an object.</source>
        <translation>任务“%1”：&quot;data&quot; 必须是对象。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot;: &quot;%2&quot; must be a whole number of zero or more.</source>
        <translation>任务“%1”：“%2”必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot;: &quot;%2&quot; must be a string.</source>
        <translation>任务“%1”：“%2”必须是字符串。</translation>
    </message>
</context>
<context>
    <name>Qronos::JobEditorDialog</name>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Row %1 has no name.</source>
        <translation>第 %1 行没有名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once.</source>
        <translation>“%1”出现了不止一次。</translation>
    </message>
    <message>
        <source>Enter an absolute http:// or https:// URL with a host, or leave the field empty.</source>
        <translation>请输入带主机名的完整 http:// 或 https:// 地址，或留空。</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>新建作业</translation>
    </message>
    <message>
        <source>Type settings</source>
        <translation>类型设置</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Durab&amp;le</source>
        <translation>持久保留(&amp;L)</translation>
    </message>
    <message>
        <source>Keep the job when no trigger points at it any more.</source>
        <translation>没有触发器指向该作业时仍保留它。</translation>
    </message>
    <message>
        <source>Re-run if its node &amp;fails</source>
        <translation>节点故障时重新运行(&amp;F)</translation>
    </message>
    <message>
        <source>Requests recovery: another node runs it again when the node running it died.</source>
        <translation>请求恢复：运行它的节点失效时，由另一节点重新运行。</translation>
    </message>
    <message>
        <source>No &amp;concurrent executions</source>
        <translation>禁止并发执行(&amp;C)</translation>
    </message>
    <message>
        <source>Disallow concurrent execution: a fire waits until the running execution ended.</source>
        <translation>禁止并发执行：触发会等待正在进行的执行结束。</translation>
    </message>
    <message>
        <source>Sa&amp;ve job data changed by a run</source>
        <translation>保存运行中修改的作业数据(&amp;V)</translation>
    </message>
    <message>
        <source>Persist job data after execution, for the next run.</source>
        <translation>执行后保存作业数据，供下次运行使用。</translation>
    </message>
    <message>
        <source>A number of milliseconds, or a number with a unit: ms, s, min or h (e.g. 1500, 30 s, 5 min).</source>
        <translation>毫秒数，或带单位的数字：ms、s、min 或 h（例如 1500、30 s、5 min）。</translation>
    </message>
    <message>
        <source>None, e.g. 30 s or 5 min</source>
        <translation>无，例如 30 s 或 5 min</translation>
    </message>
    <message>
        <source>How long one attempt may run before it is interrupted.</source>
        <translation>单次尝试在被中断前最多可运行多久。</translation>
    </message>
    <message>
        <source>Attempt t&amp;imeout:</source>
        <translation>单次尝试超时(&amp;I)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>How many times a failed or timed-out attempt is tried again.</source>
        <translation>失败或超时的尝试重试多少次。</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>重试次数(&amp;R)：</translation>
    </message>
    <message>
        <source>None, e.g. 10 s</source>
        <translation>无，例如 10 s</translation>
    </message>
    <message>
        <source>The pause before each retry.</source>
        <translation>每次重试前的等待时间。</translation>
    </message>
    <message>
        <source>Retr&amp;y delay:</source>
        <translation>重试间隔(&amp;Y)：</translation>
    </message>
    <message>
        <source>None, e.g. https://hooks.example.com/qronos</source>
        <translation>无，例如 https://hooks.example.com/qronos</translation>
    </message>
    <message>
        <source>Receives a JSON POST describing the execution when the last attempt failed.</source>
        <translation>最后一次尝试失败时，接收描述该次执行的 JSON POST 请求。</translation>
    </message>
    <message>
        <source>Failure &amp;webhook:</source>
        <translation>失败通知 Webhook(&amp;W)：</translation>
    </message>
    <message>
        <source>Any node</source>
        <translation>任意节点</translation>
    </message>
    <message>
        <source>Only nodes carrying this tag run the job.</source>
        <translation>只有带此标签的节点才运行该作业。</translation>
    </message>
    <message>
        <source>Re&amp;quired node tag:</source>
        <translation>所需节点标签(&amp;Q)：</translation>
    </message>
    <message>
        <source>Only the node with this instance id runs the job.</source>
        <translation>只有具有此实例 ID 的节点才运行该作业。</translation>
    </message>
    <message>
        <source>Pinned to node:</source>
        <translation>固定到节点：</translation>
    </message>
    <message>
        <source>Job data</source>
        <translation>作业数据</translation>
    </message>
    <message>
        <source>Keys the type settings do not show. A key here wins over the same key above.</source>
        <translation>类型设置中未显示的键。此处的键优先于上方的同名键。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Double</source>
        <translation>浮点数</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>A whole number (64 bits: int and long alike)</source>
        <translation>整数（64 位：int 与 long 相同）</translation>
    </message>
    <message>
        <source>A floating-point number</source>
        <translation>浮点数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>%1 (not available here)</source>
        <translation>%1（此处不可用）</translation>
    </message>
    <message>
        <source>Required, e.g. /usr/local/bin/backup</source>
        <translation>必填，例如 /usr/local/bin/backup</translation>
    </message>
    <message>
        <source>Run through /bin/sh -c</source>
        <translation>通过 /bin/sh -c 运行</translation>
    </message>
    <message>
        <source>The program field is then a shell command line; the arguments become $1, $2, ...</source>
        <translation>此时“程序”一栏是一条 shell 命令行；参数成为 $1、$2……</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>程序(&amp;P)：</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>参数(&amp;A)：</translation>
    </message>
    <message>
        <source>The worker&apos;s current directory</source>
        <translation>工作线程的当前目录</translation>
    </message>
    <message>
        <source>Wor&amp;king directory:</source>
        <translation>工作目录(&amp;K)：</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Unset</source>
        <translation>取消设置</translation>
    </message>
    <message>
        <source>Remove the variable from the environment the program inherits</source>
        <translation>从程序继承的环境中移除该变量</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境变量(&amp;E)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>On expiry the program and its child processes are killed.</source>
        <translation>到期时终止该程序及其子进程。</translation>
    </message>
    <message>
        <source>Process time&amp;out:</source>
        <translation>进程超时(&amp;O)：</translation>
    </message>
    <message>
        <source>0; e.g. 0,2,10-19</source>
        <translation>0；例如 0,2,10-19</translation>
    </message>
    <message>
        <source>Accepted e&amp;xit codes:</source>
        <translation>可接受的退出码(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>Required, e.g. https://example.com/api/report</source>
        <translation>必填，例如 https://example.com/api/report</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>请求体(&amp;B)：</translation>
    </message>
    <message>
        <source>200-299; e.g. 200-299,304</source>
        <translation>200-299；例如 200-299,304</translation>
    </message>
    <message>
        <source>Accepted &amp;statuses:</source>
        <translation>可接受的状态码(&amp;S)：</translation>
    </message>
    <message>
        <source>Request time&amp;out:</source>
        <translation>请求超时(&amp;O)：</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>验证 TLS 证书</translation>
    </message>
    <message>
        <source>Turn off only for test servers with self-signed certificates.</source>
        <translation>仅对使用自签名证书的测试服务器关闭。</translation>
    </message>
    <message>
        <source>Required: a data source of the node, e.g. reporting</source>
        <translation>必填：节点上的数据源，例如 reporting</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>数据源(&amp;S)：</translation>
    </message>
    <message>
        <source>One SQL statement, with ? or :name placeholders for the parameters</source>
        <translation>一条 SQL 语句，参数用 ? 或 :name 占位</translation>
    </message>
    <message>
        <source>Stat&amp;ement:</source>
        <translation>语句(&amp;E)：</translation>
    </message>
    <message>
        <source>None; JSON, e.g. [&quot;open&quot;, 30] or {&quot;id&quot;: 42}</source>
        <translation>无；JSON，例如 [&quot;open&quot;, 30] 或 {&quot;id&quot;: 42}</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>参数(&amp;P)：</translation>
    </message>
    <message>
        <source>This type describes no settings; enter its data in the job data table.</source>
        <translation>此类型未描述任何设置；请在作业数据表中输入其数据。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>This console does not know the type &quot;%1&quot; (a plugin of the nodes?): its data is kept as it is but cannot be checked here.</source>
        <translation>此控制台不认识类型“%1”（可能是节点上的插件？）：其数据保持原样，但无法在此检查。</translation>
    </message>
    <message>
        <source>Edit Job %1</source>
        <translation>编辑作业 %1</translation>
    </message>
    <message>
        <source>Duplicate Job %1</source>
        <translation>复制作业 %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>A job named &quot;%1&quot; already exists in the group &quot;%2&quot;; choose another name.</source>
        <translation>组“%2”中已有名为“%1”的作业；请换一个名称。</translation>
    </message>
    <message>
        <source>Row %1: enter a key.</source>
        <translation>第 %1 行：请输入键。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears more than once.</source>
        <translation>键“%1”出现了不止一次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a whole number.</source>
        <translation>“%1”：“%2”不是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a number.</source>
        <translation>“%1”：“%2”不是数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: enter true or false.</source>
        <translation>“%1”：请输入 true 或 false。</translation>
    </message>
    <message>
        <source>Choose a job type.</source>
        <translation>请选择作业类型。</translation>
    </message>
    <message>
        <source>The job type &quot;%1&quot; is not registered.</source>
        <translation>作业类型“%1”未注册。</translation>
    </message>
    <message>
        <source>Enter a duration such as 1500 (milliseconds), 30 s, 5 min or 2 h, or leave the field empty for none.</source>
        <translation>请输入时长，例如 1500（毫秒）、30 s、5 min 或 2 h；留空表示无。</translation>
    </message>
    <message>
        <source>The job data table holds &quot;%1&quot;; remove it there to edit it here.</source>
        <translation>作业数据表中已有“%1”；请先从表中删除，才能在此编辑。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1（另有 %n 个问题）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::JobRunChart</name>
    <message>
        <source>Select an execution to see the last runs of its job.</source>
        <translation>选择一次执行以查看其作业最近的运行。</translation>
    </message>
    <message>
        <source>Cannot load the runs of %1: %2</source>
        <translation>无法加载 %1 的运行记录：%2</translation>
    </message>
    <message>
        <source>%1 has no runs in the history.</source>
        <translation>%1 在执行历史中没有运行记录。</translation>
    </message>
    <message numerus="yes">
        <source>Last %n run(s) of %1</source>
        <translation>
            <numerusform>%1 最近 %n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1
%2, %3
Attempt %4 on %5</source>
        <translation>%1
%2，%3
第 %4 次尝试，节点 %5</translation>
    </message>
</context>
<context>
    <name>Qronos::JobTypeRegistry</name>
    <message>
        <source>A job type needs a name.</source>
        <translation>任务类型需要名称。</translation>
    </message>
    <message>
        <source>Job type &quot;%1&quot; has no factory to create its jobs.</source>
        <translation>任务类型“%1”没有用于创建任务的工厂。</translation>
    </message>
    <message>
        <source>Job type &quot;%1&quot; is already registered.</source>
        <translation>任务类型“%1”已注册。</translation>
    </message>
    <message>
        <source>Unknown job type &quot;%1&quot;; registered types: %2.</source>
        <translation>未知的任务类型“%1”；已注册的类型：%2。</translation>
    </message>
    <message>
        <source>Job type &quot;%1&quot; could not create a job.</source>
        <translation>任务类型“%1”无法创建任务。</translation>
    </message>
</context>
<context>
    <name>Qronos::JobsModel</name>
    <message>
        <source>durable</source>
        <translation>持久</translation>
    </message>
    <message>
        <source>non-concurrent</source>
        <translation>禁止并发</translation>
    </message>
    <message>
        <source>persists data</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <source>recovers</source>
        <translation>可恢复</translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s)</source>
        <translation>
            <numerusform>重试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>运行于</translation>
    </message>
</context>
<context>
    <name>Qronos::Key</name>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be at most 190 characters long</source>
        <translation>长度不能超过 190 个字符</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>不能包含控制字符</translation>
    </message>
</context>
<context>
    <name>Qronos::Keychain</name>
    <message>
        <source>the keychain did not answer earlier in this process</source>
        <translation>密钥环在本进程中先前未响应</translation>
    </message>
    <message>
        <source>keychain error %1</source>
        <translation>密钥环错误 %1</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s (is the Secret Service running and unlocked?)</source>
        <translation>密钥环未在 %1 秒内响应（Secret Service 是否正在运行且已解锁？）</translation>
    </message>
    <message>
        <source>%1
The server refused the password from the keychain entry &quot;%2&quot; (service &quot;%3&quot;); store the right one with: qronosctl password set --db %4</source>
        <translation>%1
服务器拒绝了密钥环条目“%2”（服务“%3”）中的密码；请用以下命令保存正确的密码：qronosctl password set --db %4</translation>
    </message>
    <message>
        <source>the keychain has no entry &quot;%1&quot;</source>
        <translation>密钥环中没有条目“%1”</translation>
    </message>
    <message>
        <source>the keychain could not be asked: %1</source>
        <translation>无法查询密钥环：%1</translation>
    </message>
    <message>
        <source>%1
No password was given for %2 (%3). Give it in one of three ways:
  - the environment variable QRONOS_DB_PASSWORD;
  - a password file named by ?passwordFile= in the URL or by QRONOS_DB_PASSWORD_FILE;
  - the OS keychain: qronosctl password set --db %2</source>
        <translation>%1
未提供 %2 的密码（%3）。请通过以下三种方式之一提供：
  - 环境变量 QRONOS_DB_PASSWORD；
  - 由 URL 中的 ?passwordFile= 或 QRONOS_DB_PASSWORD_FILE 指定的密码文件；
  - 系统密钥环：qronosctl password set --db %2</translation>
    </message>
</context>
<context>
    <name>Qronos::KeychainPasswordStore</name>
    <message>
        <source>the keychain of this computer (service “%1”)</source>
        <translation>本机的密钥环（服务“%1”）</translation>
    </message>
</context>
<context>
    <name>Qronos::ListPage</name>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
</context>
<context>
    <name>Qronos::LogJob</name>
    <message>
        <source>Interrupted before it started.</source>
        <translation>在开始之前被中断。</translation>
    </message>
    <message>
        <source>Failed on request (&quot;fail&quot; is true).</source>
        <translation>按要求失败（“fail”为 true）。</translation>
    </message>
    <message>
        <source>Writes a message to the log; can be told to fail.</source>
        <translation>向日志写入一条消息；可以设置为失败。</translation>
    </message>
</context>
<context>
    <name>Qronos::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>关闭控制台</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Qronos</source>
        <translation>关于 Qronos(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>About Qronos</source>
        <translation>关于 Qronos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qronos %1&lt;/h3&gt;&lt;p&gt;A clustered job scheduler with the semantics of Quartz 2.3: cron, simple, calendar-interval and daily-time-interval triggers, calendars and misfire instructions.&lt;/p&gt;&lt;p&gt;Nodes share one database and never talk to each other.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qronos %1&lt;/h3&gt;&lt;p&gt;遵循 Quartz 2.3 语义的集群任务调度器：支持 cron、简单、日历间隔和每日时间间隔触发器，以及日历和错过触发策略。&lt;/p&gt;&lt;p&gt;各节点共享同一个数据库，彼此从不直接通信。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qronos</source>
        <translation>Qronos</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Misfires</source>
        <translation>错过触发</translation>
    </message>
    <message>
        <source>History</source>
        <translation>执行历史</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Filter jobs by name, group, description or type</source>
        <translation>按名称、组、描述或类型筛选作业</translation>
    </message>
    <message>
        <source>Filter triggers by name, group, description or job</source>
        <translation>按名称、组、描述或作业筛选触发器</translation>
    </message>
    <message>
        <source>Filter calendars</source>
        <translation>筛选日历</translation>
    </message>
    <message>
        <source>Filter nodes by id, host, state or tag</source>
        <translation>按 ID、主机、状态或标签筛选节点</translation>
    </message>
    <message>
        <source>Filter by job, trigger or node</source>
        <translation>按作业、触发器或节点筛选</translation>
    </message>
    <message>
        <source>Filter by trigger, job, group or node</source>
        <translation>按触发器、作业、组或节点筛选</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>复制(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Fire now</source>
        <translation>立即触发(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Interrupt</source>
        <translation>中断(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Run jobs on this computer</source>
        <translation>在本机运行作业(&amp;R)</translation>
    </message>
    <message>
        <source>Make this console a node of the cluster that claims and runs jobs; off, it only watches and edits the schedule</source>
        <translation>让本控制台成为集群中认领并运行作业的节点；关闭时只查看和编辑调度</translation>
    </message>
    <message>
        <source>Pause &amp;all triggers</source>
        <translation>暂停所有触发器(&amp;A)</translation>
    </message>
    <message>
        <source>Pause all triggers</source>
        <translation>暂停所有触发器</translation>
    </message>
    <message>
        <source>Pause every trigger of the schedule, on every node? Triggers added later are paused too, until Resume all.</source>
        <translation>在所有节点上暂停调度中的每个触发器？之后添加的触发器也会被暂停，直到“全部恢复”。</translation>
    </message>
    <message>
        <source>Paused all triggers</source>
        <translation>已暂停所有触发器</translation>
    </message>
    <message>
        <source>Resume a&amp;ll triggers</source>
        <translation>恢复所有触发器(&amp;L)</translation>
    </message>
    <message>
        <source>Resumed all triggers</source>
        <translation>已恢复所有触发器</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Scheduler</source>
        <translation>调度器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Schedule &amp;preview…</source>
        <translation>调度预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Try out a trigger and see when it would fire, without saving anything</source>
        <translation>试用一个触发器，查看它何时触发，不保存任何内容</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>&amp;New %1…</source>
        <translation>新建%1(&amp;N)…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Qronos — %1</source>
        <translation>Qronos — %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Cannot open %1.

%2</source>
        <translation>无法打开 %1。

%2</translation>
    </message>
    <message>
        <source>The demo schedule could not be added: %1</source>
        <translation>无法添加演示调度：%1</translation>
    </message>
    <message>
        <source>This console&apos;s node id: %1</source>
        <translation>本控制台的节点 ID：%1</translation>
    </message>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>无法连接数据库：%1</translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation>%1 超时</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <source>On node %1 at %2%3</source>
        <translation>节点 %1，%2%3</translation>
    </message>
    <message>
        <source>%1 misfired</source>
        <translation>%1 错过触发</translation>
    </message>
    <message>
        <source>It was due at %1 and was found late by node %2.</source>
        <translation>应在 %1 触发，节点 %2 发现时已延迟。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n 个作业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) match “%1”</source>
        <translation>
            <numerusform>%n 个作业匹配“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n 个触发器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s) match “%1”</source>
        <translation>
            <numerusform>%n 个触发器匹配“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n 个日历</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), %1 active</source>
        <translation>
            <numerusform>%n 个节点，%1 个活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) running in the cluster</source>
        <translation>
            <numerusform>集群中有 %n 个执行正在运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n misfire(s)</source>
        <translation>
            <numerusform>最近的 %n 次错过触发</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misfire(s)</source>
        <translation>
            <numerusform>%n 次错过触发</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running jobs here (%n running)</source>
        <translation>
            <numerusform>在本机运行作业（%n 个运行中）</numerusform>
        </translation>
    </message>
    <message>
        <source>Observer (runs no jobs)</source>
        <translation>观察者（不运行作业）</translation>
    </message>
    <message numerus="yes">
        <source>%n active node(s)</source>
        <translation>
            <numerusform>%n 个活动节点</numerusform>
        </translation>
    </message>
    <message>
        <source>No node runs the schedule: nothing will fire. Turn on “Run jobs on this computer” or start a qronosctl node.</source>
        <translation>没有节点在运行调度：不会有任何触发。请打开“在本机运行作业”或启动一个 qronosctl node。</translation>
    </message>
    <message>
        <source>Next: %1 %2</source>
        <translation>下次：%1 %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation>没有待触发的调度</translation>
    </message>
    <message>
        <source>This computer cannot run jobs</source>
        <translation>本机无法运行作业</translation>
    </message>
    <message>
        <source>This console only watches: %1</source>
        <translation>本控制台只能查看：%1</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>未做更改</translation>
    </message>
    <message>
        <source>Cannot read the schedule</source>
        <translation>无法读取调度</translation>
    </message>
    <message>
        <source>Edit job %1</source>
        <translation>编辑作业 %1</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>新建作业</translation>
    </message>
    <message>
        <source>Saved job %1</source>
        <translation>已保存作业 %1</translation>
    </message>
    <message>
        <source>Added job %1</source>
        <translation>已添加作业 %1</translation>
    </message>
    <message>
        <source>First trigger of %1</source>
        <translation>%1 的第一个触发器</translation>
    </message>
    <message>
        <source>Job without a trigger</source>
        <translation>没有触发器的作业</translation>
    </message>
    <message>
        <source>Job %1 is not durable, so it cannot be stored without a trigger. Store it as a durable job that runs only when fired by hand or by a trigger added later?</source>
        <translation>作业 %1 不是持久作业，没有触发器就无法保存。是否把它保存为持久作业，只在手动触发或以后添加触发器时运行？</translation>
    </message>
    <message>
        <source>Added job %1 with trigger %2</source>
        <translation>已添加作业 %1 和触发器 %2</translation>
    </message>
    <message>
        <source>New trigger</source>
        <translation>新建触发器</translation>
    </message>
    <message>
        <source>A trigger runs a job: add a job first.</source>
        <translation>触发器用来运行作业：请先添加作业。</translation>
    </message>
    <message>
        <source>Duplicate trigger %1</source>
        <translation>复制触发器 %1</translation>
    </message>
    <message>
        <source>Edit trigger %1</source>
        <translation>编辑触发器 %1</translation>
    </message>
    <message>
        <source>Saved trigger %1</source>
        <translation>已保存触发器 %1</translation>
    </message>
    <message>
        <source>Trigger %1 no longer exists; it was deleted meanwhile.</source>
        <translation>触发器 %1 已不存在，其间已被删除。</translation>
    </message>
    <message>
        <source>Added trigger %1</source>
        <translation>已添加触发器 %1</translation>
    </message>
    <message>
        <source>Edit calendar %1</source>
        <translation>编辑日历 %1</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>新建日历</translation>
    </message>
    <message>
        <source>Saved calendar %1; its triggers&apos; next fire times were updated</source>
        <translation>已保存日历 %1，其触发器的下次触发时间已更新</translation>
    </message>
    <message>
        <source>Added calendar %1</source>
        <translation>已添加日历 %1</translation>
    </message>
    <message numerus="yes">
        <source>Paused %n job(s)</source>
        <translation>
            <numerusform>已暂停 %n 个作业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n job(s)</source>
        <translation>
            <numerusform>已恢复 %n 个作业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n trigger(s)</source>
        <translation>
            <numerusform>已暂停 %n 个触发器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n trigger(s)</source>
        <translation>
            <numerusform>已恢复 %n 个触发器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fired %n job(s) now</source>
        <translation>
            <numerusform>已立即触发 %n 个作业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked %n execution(s) to stop</source>
        <translation>
            <numerusform>已请求 %n 个执行停止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked every running execution of %n job(s) to stop</source>
        <translation>
            <numerusform>已请求 %n 个作业的所有运行中执行停止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s) and all their triggers?</source>
        <translation>
            <numerusform>删除 %n 个作业及其所有触发器？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n trigger(s)? A job that is not durable is deleted with its last trigger.</source>
        <translation>
            <numerusform>删除 %n 个触发器？非持久作业会随其最后一个触发器一起删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n calendar(s)? A calendar that triggers still use cannot be deleted.</source>
        <translation>
            <numerusform>删除 %n 个日历？仍被触发器使用的日历无法删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job(s)</source>
        <translation>
            <numerusform>已删除 %n 个作业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n trigger(s)</source>
        <translation>
            <numerusform>已删除 %n 个触发器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n calendar(s)</source>
        <translation>
            <numerusform>已删除 %n 个日历</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule preview</source>
        <translation>调度预览</translation>
    </message>
    <message>
        <source>Show the console</source>
        <translation>显示控制台</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>执行历史（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Qronos: %n unread failure(s) or misfire(s)</source>
        <translation>
            <numerusform>Qronos：%n 条未读的失败或错过触发</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>作业正在运行</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) run on this computer now.</source>
        <translation>
            <numerusform>本机现在正在运行 %n 个作业。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait lets them finish (up to 30 seconds) before the console closes. Interrupt asks them to stop at once; they are recorded as interrupted.</source>
        <translation>“等待”让它们在控制台关闭前运行完（最多 30 秒）。“中断”要求它们立即停止，并记录为已中断。</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>在托盘中继续运行</translation>
    </message>
    <message>
        <source>Keep running hides the window; this computer goes on running jobs.</source>
        <translation>“继续运行”会隐藏窗口，本机继续运行作业。</translation>
    </message>
    <message>
        <source>&amp;Connect to a database…</source>
        <translation>连接数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>Open another database: the embedded store, or a cluster&apos;s PostgreSQL or MySQL</source>
        <translation>打开另一个数据库：内嵌存储，或集群的 PostgreSQL、MySQL</translation>
    </message>
    <message>
        <source>&amp;Recent connections</source>
        <translation>最近的连接(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation>没有最近的连接</translation>
    </message>
    <message>
        <source>%1 is open in another Qronos window, which was brought to the front.</source>
        <translation>%1 已在另一个 Qronos 窗口中打开，已将该窗口切换到前台。</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Read only: this connection may read the schedule but not change it, so editing, pausing, firing and running jobs on this computer are off.</source>
        <translation>只读：此连接可以读取调度，但不能修改，因此编辑、暂停、立即触发以及在本机运行作业均已关闭。</translation>
    </message>
    <message>
        <source>Read only: the database user “%1” may read the schedule but not change it, so editing, pausing, firing and running jobs on this computer are off.</source>
        <translation>只读：数据库用户“%1”可以读取调度，但不能修改，因此编辑、暂停、立即触发以及在本机运行作业均已关闭。</translation>
    </message>
    <message>
        <source>%1 (the first %2 are listed; scroll for more)</source>
        <translation>%1（已列出前 %2 个；向下滚动查看更多）</translation>
    </message>
    <message numerus="yes">
        <source>Stopping this node: waiting for %n job(s)…</source>
        <translation>
            <numerusform>正在停止本节点：等待 %n 个作业完成…</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait lets them finish (up to 30 seconds); this computer takes no new jobs meanwhile. Interrupt asks them to stop at once; they are recorded as interrupted.</source>
        <translation>“等待”让它们运行完毕（最多 30 秒），其间本机不再接收新作业。“中断”要求它们立即停止，并记录为已中断。</translation>
    </message>
    <message numerus="yes">
        <source>%n new failure(s) or misfire(s)</source>
        <translation>
            <numerusform>%n 个新的失败或错过触发</numerusform>
        </translation>
    </message>
    <message>
        <source>The first: %1. %2</source>
        <translation>第一个：%1。%2</translation>
    </message>
    <message>
        <source>&amp;Import a schedule…</source>
        <translation>导入调度(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update jobs, triggers and calendars from a Qronos JSON or Quartz XML file, after a dry run that shows every change</source>
        <translation>从 Qronos JSON 或 Quartz XML 文件新增或更新作业、触发器和日历，先试运行并列出每项更改</translation>
    </message>
    <message>
        <source>&amp;Export the schedule…</source>
        <translation>导出调度(&amp;E)…</translation>
    </message>
    <message>
        <source>Write all or part of the schedule as Qronos JSON or Quartz XML</source>
        <translation>把全部或部分调度写成 Qronos JSON 或 Quartz XML</translation>
    </message>
    <message>
        <source>Export a &amp;forecast…</source>
        <translation>导出调度预测(&amp;F)…</translation>
    </message>
    <message>
        <source>Write every fire of a period as CSV or iCalendar, for people without the console</source>
        <translation>把一段时间内的每次触发写成 CSV 或 iCalendar，供没有控制台的人查看</translation>
    </message>
    <message>
        <source>Import a Schedule</source>
        <translation>导入调度</translation>
    </message>
    <message>
        <source>Schedule files (*.json *.xml);;Qronos JSON files (*.json);;Quartz XML files (*.xml);;All files (*)</source>
        <translation>调度文件 (*.json *.xml);;Qronos JSON 文件 (*.json);;Quartz XML 文件 (*.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export the execution &amp;history…</source>
        <translation>导出执行历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Write the executions the History page&apos;s filters select as CSV or JSON Lines</source>
        <translation>把“历史”页筛选出的执行记录写成 CSV 或 JSON Lines</translation>
    </message>
</context>
<context>
    <name>Qronos::MetricsServer</name>
    <message>
        <source>&quot;%1&quot; is not a listening address; use PORT, HOST:PORT or [IPv6]:PORT, e.g. 127.0.0.1:9464.</source>
        <translation>“%1”不是有效的监听地址；请使用 PORT、HOST:PORT 或 [IPv6]:PORT，例如 127.0.0.1:9464。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not an IP address; name an address of this machine, such as 127.0.0.1.</source>
        <translation>“%2”中的“%1”不是 IP 地址；请指定本机的地址，例如 127.0.0.1。</translation>
    </message>
    <message>
        <source>Cannot serve metrics on %1: %2.</source>
        <translation>无法在 %1 上提供指标服务：%2。</translation>
    </message>
</context>
<context>
    <name>Qronos::Misfire</name>
    <message>
        <source>Never treated as a misfire: every missed fire is made up as soon as possible, one after another, then the schedule goes on.</source>
        <translation>从不视为错过触发：每次错过的触发都会尽快逐一补上，然后按计划继续。</translation>
    </message>
    <message>
        <source>Smart policy: a one-shot trigger fires now; one with a repeat count restarts now with every repeat it has not fired yet, the missed ones included; one that repeats forever skips the missed fires and waits for its next scheduled time.</source>
        <translation>智能策略：只触发一次的触发器立即触发；有重复次数的触发器从现在起重新开始，执行所有尚未触发的重复（包括错过的）；无限重复的触发器跳过错过的触发，等待下一个计划时间。</translation>
    </message>
    <message>
        <source>Fires now; a repeating trigger instead restarts now with the repeats it has neither fired nor missed.</source>
        <translation>立即触发；重复的触发器则从现在起重新开始，只执行既未触发也未错过的重复。</translation>
    </message>
    <message>
        <source>Restarts now with every repeat it has not fired yet, the missed ones included; later fires keep the interval from now, and a trigger past its end time stops.</source>
        <translation>从现在起重新开始，执行所有尚未触发的重复（包括错过的）；之后的触发从现在起按间隔计算，已过结束时间的触发器停止。</translation>
    </message>
    <message>
        <source>Restarts now with the repeats it has neither fired nor missed; later fires keep the interval from now, and a trigger past its end time stops.</source>
        <translation>从现在起重新开始，只执行既未触发也未错过的重复；之后的触发从现在起按间隔计算，已过结束时间的触发器停止。</translation>
    </message>
    <message>
        <source>Skips the missed fires and waits for the next scheduled time; the missed fires are counted as fired.</source>
        <translation>跳过错过的触发，等待下一个计划时间；错过的触发计为已触发。</translation>
    </message>
    <message>
        <source>Skips the missed fires and waits for the next scheduled time; the missed fires are not counted as fired.</source>
        <translation>跳过错过的触发，等待下一个计划时间；错过的触发不计为已触发。</translation>
    </message>
    <message>
        <source>Smart policy: fires once now, then follows the schedule; other missed fires are skipped.</source>
        <translation>智能策略：立即触发一次，然后按计划执行；其余错过的触发将被跳过。</translation>
    </message>
    <message>
        <source>Fires once now, then follows the schedule; other missed fires are skipped.</source>
        <translation>立即触发一次，然后按计划执行；其余错过的触发将被跳过。</translation>
    </message>
    <message>
        <source>Skips the missed fires and waits for the next scheduled time.</source>
        <translation>跳过错过的触发，等待下一个计划时间。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot; has fired %2 times, more than its repeat count %3 allows; its misfire cannot be handled by rescheduling with the existing repeat count.</source>
        <translation>触发器“%1”已触发 %2 次，超过其重复次数 %3 所允许的次数；无法通过按现有重复次数重新调度来处理此次错过触发。</translation>
    </message>
    <message>
        <source>Smart policy</source>
        <translation>智能策略</translation>
    </message>
    <message>
        <source>Ignore misfires (make up every missed fire)</source>
        <translation>忽略错过（补触发所有错过的触发）</translation>
    </message>
    <message>
        <source>Fire now</source>
        <translation>立即触发</translation>
    </message>
    <message>
        <source>Reschedule now, existing repeat count</source>
        <translation>立即重新调度，保留现有重复次数</translation>
    </message>
    <message>
        <source>Reschedule now, remaining repeat count</source>
        <translation>立即重新调度，按剩余重复次数</translation>
    </message>
    <message>
        <source>Wait for the next time, remaining count</source>
        <translation>等待下次触发，按剩余次数</translation>
    </message>
    <message>
        <source>Wait for the next time, existing count</source>
        <translation>等待下次触发，保留现有次数</translation>
    </message>
    <message>
        <source>Fire once now</source>
        <translation>立即触发一次</translation>
    </message>
    <message>
        <source>Do nothing (wait for the next time)</source>
        <translation>不处理（等待下次触发）</translation>
    </message>
</context>
<context>
    <name>Qronos::MisfiresModel</name>
    <message>
        <source>instruction %1</source>
        <translation>指令 %1</translation>
    </message>
    <message>
        <source>none (trigger finished)</source>
        <translation>无（触发器已结束）</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Instruction applied</source>
        <translation>已执行的指令</translation>
    </message>
    <message>
        <source>Next fire after</source>
        <translation>之后的下次触发</translation>
    </message>
</context>
<context>
    <name>Qronos::MonthGridWidget</name>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>QDate format of a month&apos;s title in the date grid, e.g. &quot;October 2026&quot;</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Make-up working day (included)</source>
        <translation>调休工作日（包含）</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>QDate format of a day of every year (no year), e.g. &quot;25 December&quot;</extracomment>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>Qronos::NodeConfig</name>
    <message>
        <source>expected &quot;key = value&quot;, found &quot;%1&quot;.</source>
        <translation>应为“key = value”，实际为“%1”。</translation>
    </message>
    <message>
        <source>a key is missing before &apos;=&apos;.</source>
        <translation>&apos;=&apos; 之前缺少键名。</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; the keys are: %2.</source>
        <translation>未知的键“%1”；可用的键：%2。</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>未知的键“%1”；您是否要使用“%2”？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already set on line %2; set each key once.</source>
        <translation>“%1”已在第 %2 行设置；每个键只能设置一次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value; remove the line to keep the default.</source>
        <translation>“%1”没有值；若要保留默认值，请删除该行。</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1: %2.</source>
        <translation>无法读取配置文件 %1：%2。</translation>
    </message>
    <message>
        <source>The configuration file %1 is not UTF-8 text.</source>
        <translation>配置文件 %1 不是 UTF-8 文本。</translation>
    </message>
</context>
<context>
    <name>Qronos::NodesModel</name>
    <message>
        <source>%1 (this console)</source>
        <translation>%1（本控制台）</translation>
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation>%1，进程 %2</translation>
    </message>
    <message>
        <source>Recovered by %1</source>
        <translation>已被 %1 恢复</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>0 ms</source>
        <translation>0 毫秒</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>快 %1</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>慢 %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Last check-in %1 (database time)</source>
        <translation>最后签到 %1（数据库时间）</translation>
    </message>
    <message>
        <source>Recovered by %1 at %2</source>
        <translation>已于 %2 被 %1 恢复</translation>
    </message>
    <message>
        <source>Silent for longer than its check-in interval plus the grace period; a surviving node recovers its work.</source>
        <translation>静默时间超过签到间隔加宽限期；存活的节点会接管它的工作。</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>最后签到</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>时钟偏差</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Job types</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>Qronos::NoopJob</name>
    <message>
        <source>Interrupted before it started.</source>
        <translation>在开始之前被中断。</translation>
    </message>
    <message>
        <source>Interrupted after %1 of %2 ms.</source>
        <translation>已在 %2 毫秒中的第 %1 毫秒被中断。</translation>
    </message>
    <message>
        <source>Does nothing and succeeds; with sleepMs, after waiting that long (interruptibly).</source>
        <translation>什么也不做并成功；设置 sleepMs 时先等待相应时长（可中断）。</translation>
    </message>
</context>
<context>
    <name>Qronos::PluginLoader</name>
    <message>
        <source>not a Qt plugin (it has no plugin metadata; a job-type plugin declares Q_PLUGIN_METADATA(IID QronosJobTypePlugin_iid)). Qt says: %1</source>
        <translation>不是 Qt 插件（没有插件元数据；任务类型插件需声明 Q_PLUGIN_METADATA(IID QronosJobTypePlugin_iid)）。Qt 提示：%1</translation>
    </message>
    <message>
        <source>built for job-type plugin interface &quot;%1&quot;, but this Qronos loads &quot;%2&quot;; rebuild the plugin against this version of Qronos</source>
        <translation>针对任务类型插件接口“%1”构建，但本 Qronos 加载的是“%2”；请基于此版本的 Qronos 重新构建该插件</translation>
    </message>
    <message>
        <source>a Qt plugin of another kind (interface &quot;%1&quot;), not a Qronos job-type plugin (&quot;%2&quot;)</source>
        <translation>是其他类型的 Qt 插件（接口“%1”），而不是 Qronos 任务类型插件（“%2”）</translation>
    </message>
    <message>
        <source>The job-type plugin folder &quot;%1&quot; does not exist or is not a folder.</source>
        <translation>任务类型插件文件夹“%1”不存在或不是文件夹。</translation>
    </message>
    <message>
        <source>The job-type plugin folder &quot;%1&quot; cannot be read.</source>
        <translation>无法读取任务类型插件文件夹“%1”。</translation>
    </message>
    <message>
        <source>the plugin could not be loaded: %1</source>
        <translation>无法加载该插件：%1</translation>
    </message>
    <message>
        <source>its root object &quot;%1&quot; does not implement Qronos::JobTypePlugin (missing Q_INTERFACES(Qronos::JobTypePlugin)?)</source>
        <translation>其根对象“%1”未实现 Qronos::JobTypePlugin（是否缺少 Q_INTERFACES(Qronos::JobTypePlugin)？）</translation>
    </message>
    <message>
        <source>the plugin provides no job types</source>
        <translation>该插件未提供任何任务类型</translation>
    </message>
    <message>
        <source>it provides the job type &quot;%1&quot; twice</source>
        <translation>它重复提供了任务类型“%1”</translation>
    </message>
    <message>
        <source>the job type &quot;%1&quot; is already registered (built in or by an earlier plugin); none of this plugin&apos;s types were registered</source>
        <translation>任务类型“%1”已注册（内置或由先前加载的插件注册）；该插件的所有类型均未注册</translation>
    </message>
</context>
<context>
    <name>Qronos::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The new language applies when you click OK. Some windows that are already open change their language only after you restart Qronos.</source>
        <translation>点击“确定”后即应用新语言。部分已打开的窗口要在重新启动 Qronos 后才会切换语言。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Notify me of &amp;failed executions</source>
        <translation>执行失败时通知我(&amp;F)</translation>
    </message>
    <message>
        <source>Notify me of &amp;misfires</source>
        <translation>错过触发时通知我(&amp;M)</translation>
    </message>
    <message>
        <source>Only for the job &amp;groups:</source>
        <translation>仅限以下作业组(&amp;G)：</translation>
    </message>
    <message>
        <source>all groups; or e.g. reports, billing</source>
        <translation>所有组；或例如 reports, billing</translation>
    </message>
    <message>
        <source>Comma-separated job groups; empty: every group</source>
        <translation>以逗号分隔的作业组；留空：所有组</translation>
    </message>
    <message>
        <source>The group “%1”: %2</source>
        <translation>组“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Qronos::PreviewProtocol</name>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO-8601 time with an offset (YYYY-MM-DDTHH:MM:SS[.mmm](Z|±HH:MM))</source>
        <translation>%1 “%2”不是带时区偏移的 ISO-8601 时间（YYYY-MM-DDTHH:MM:SS[.mmm](Z|±HH:MM)）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1 “%2”必须是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be true or false</source>
        <translation>%1 “%2”必须是 true 或 false</translation>
    </message>
    <message>
        <source>UNIT &quot;%1&quot; must be SECOND, MINUTE, HOUR, DAY, WEEK, MONTH or YEAR</source>
        <translation>UNIT “%1”必须是 SECOND、MINUTE、HOUR、DAY、WEEK、MONTH 或 YEAR</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be HH:MM:SS or -</source>
        <translation>%1 “%2”必须是 HH:MM:SS 或 -</translation>
    </message>
    <message>
        <source>unknown request kind &quot;%1&quot; (cron, crontrig, simple, calint or daily)</source>
        <translation>未知的请求类型“%1”（应为 cron、crontrig、simple、calint 或 daily）</translation>
    </message>
    <message>
        <source>a %1 request has %2 or %3 TAB-separated columns after the kind, this one has %4</source>
        <translation>%1 请求在类型之后应有 %2 或 %3 个以 TAB 分隔的列，此请求有 %4 列</translation>
    </message>
    <message>
        <source>CAL is empty: give - for no calendar</source>
        <translation>CAL 为空：不使用日历时请填 -</translation>
    </message>
    <message>
        <source>DAYS &quot;%1&quot; must be * or a comma list of 1 (Sunday) to 7 (Saturday)</source>
        <translation>DAYS “%1”必须是 * 或以逗号分隔的 1（星期日）到 7（星期六）</translation>
    </message>
</context>
<context>
    <name>Qronos::QuartzCalendarsModel</name>
    <message>
        <source>Java-serialized (not shown), %1 bytes</source>
        <translation>Java 序列化（不显示），%1 字节</translation>
    </message>
    <message>
        <source>Quartz stores a calendar as a serialized Java object; only the Java nodes can read it.</source>
        <translation>Quartz 将日历存储为序列化的 Java 对象；只有 Java 节点能读取。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>Qronos::QuartzDatabase</name>
    <message>
        <source>Java Quartz database %1: %2</source>
        <translation>Java Quartz 数据库 %1：%2</translation>
    </message>
    <message>
        <source>Not confirmed: %1 would write to the Java Quartz database, so nothing was changed.</source>
        <translation>未确认：%1 会写入 Java Quartz 数据库，因此未做任何更改。</translation>
    </message>
    <message>
        <source>There is no trigger %1 in the Java scheduler &quot;%2&quot;.</source>
        <translation>Java 调度器“%2”中没有触发器 %1。</translation>
    </message>
    <message>
        <source>Java Quartz database %1: the Qt driver %2 is missing (install %3).</source>
        <translation>Java Quartz 数据库 %1：缺少 Qt 驱动 %2（请安装 %3）。</translation>
    </message>
    <message>
        <source>Java Quartz database %1: cannot connect: %2</source>
        <translation>Java Quartz 数据库 %1：无法连接：%2</translation>
    </message>
    <message>
        <source>%1 is not a Java Quartz database with table prefix %2: the table %2%3 is missing.</source>
        <translation>%1 不是表前缀为 %2 的 Java Quartz 数据库：缺少表 %2%3。</translation>
    </message>
    <message>
        <source>%1 is a Qronos store (it has %2SCHEMA_VERSION), not a Java Quartz database: open it with --db instead.</source>
        <translation>%1 是 Qronos 存储（含有 %2SCHEMA_VERSION），不是 Java Quartz 数据库：请改用 --db 打开。</translation>
    </message>
    <message>
        <source>%1: Java Quartz keeps its tables in PostgreSQL or MySQL/MariaDB; give a postgresql:// or mysql:// URL.</source>
        <translation>%1：Java Quartz 的表位于 PostgreSQL 或 MySQL/MariaDB 中；请给出 postgresql:// 或 mysql:// URL。</translation>
    </message>
    <message>
        <source>The table prefix &quot;%1&quot; may only have letters, digits and underscores.</source>
        <translation>表前缀“%1”只能包含字母、数字和下划线。</translation>
    </message>
    <message>
        <source>its Quartz tables hold no scheduler yet.</source>
        <translation>其 Quartz 表中还没有任何调度器。</translation>
    </message>
    <message>
        <source>it holds several schedulers; choose one of: %1.</source>
        <translation>其中有多个调度器；请选择其一：%1。</translation>
    </message>
    <message>
        <source>it holds no scheduler named &quot;%1&quot;; the schedulers present: %2.</source>
        <translation>其中没有名为“%1”的调度器；现有调度器：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>pausing the trigger %1</source>
        <translation>暂停触发器 %1</translation>
    </message>
    <message>
        <source>resuming the trigger %1</source>
        <translation>恢复触发器 %1</translation>
    </message>
    <message>
        <source>pausing the trigger group %1</source>
        <translation>暂停触发器组 %1</translation>
    </message>
    <message>
        <source>resuming the trigger group %1</source>
        <translation>恢复触发器组 %1</translation>
    </message>
    <message>
        <source>firing the job %1 now</source>
        <translation>立即触发作业 %1</translation>
    </message>
    <message>
        <source>There is no job %1 in the Java scheduler &quot;%2&quot;.</source>
        <translation>Java 调度器“%2”中没有作业 %1。</translation>
    </message>
    <message>
        <source>no free trigger name for the one-shot trigger.</source>
        <translation>找不到可用于一次性触发器的空闲名称。</translation>
    </message>
    <message>
        <source>deleting the trigger %1</source>
        <translation>删除触发器 %1</translation>
    </message>
</context>
<context>
    <name>Qronos::QuartzFiredTriggersModel</name>
    <message>
        <source>The Java node runs the job now.</source>
        <translation>Java 节点正在运行该作业。</translation>
    </message>
    <message>
        <source>The Java node has acquired the trigger and will fire it.</source>
        <translation>Java 节点已获取该触发器并将触发它。</translation>
    </message>
    <message>
        <source>Since the fire, on the database server&apos;s clock</source>
        <translation>自触发以来，按数据库服务器的时钟</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fired at</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
</context>
<context>
    <name>Qronos::QuartzInstancesModel</name>
    <message>
        <source>Presumed dead</source>
        <translation>推定已失效</translation>
    </message>
    <message>
        <source>Checking in</source>
        <translation>正在签到</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>Measured on the database server&apos;s clock (a Java node&apos;s clock skew shows here too)</source>
        <translation>按数据库服务器的时钟测量（Java 节点的时钟偏差也会在此体现）</translation>
    </message>
    <message>
        <source>As the Java node&apos;s own clock wrote it, in this computer&apos;s time zone</source>
        <translation>按 Java 节点自己的时钟写入，以本机时区显示</translation>
    </message>
    <message>
        <source>Silent for longer than its check-in interval plus Quartz&apos;s 7.5 s grace: the other Java nodes will recover its work.</source>
        <translation>沉默时间超过其签到间隔加上 Quartz 的 7.5 秒宽限期：其他 Java 节点将接管其工作。</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>上次签到</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>签到时间</translation>
    </message>
</context>
<context>
    <name>Qronos::QuartzJobsModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Java-serialized, %1 bytes</source>
        <translation>Java 序列化，%1 字节</translation>
    </message>
    <message>
        <source>The Java class the Java nodes run; Qronos never runs it.</source>
        <translation>Java 节点运行的 Java 类；Qronos 从不运行它。</translation>
    </message>
    <message>
        <source>Requests recovery: run again when the node that ran it died.</source>
        <translation>请求恢复：运行它的节点失效时重新运行。</translation>
    </message>
    <message>
        <source>@DisallowConcurrentExecution: never two runs of this job at once.</source>
        <translation>@DisallowConcurrentExecution：此作业绝不会同时运行两次。</translation>
    </message>
    <message>
        <source>@PersistJobDataAfterExecution: the job data is written back after each run.</source>
        <translation>@PersistJobDataAfterExecution：每次运行后写回作业数据。</translation>
    </message>
    <message>
        <source>The job data map is Java-serialized; Qronos does not decode it.</source>
        <translation>作业数据映射是 Java 序列化的；Qronos 不解码它。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Java class</source>
        <translation>Java 类</translation>
    </message>
    <message>
        <source>Durable</source>
        <translation>持久</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Non-concurrent</source>
        <translation>禁止并发</translation>
    </message>
    <message>
        <source>Persist data</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <source>Job data</source>
        <translation>作业数据</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>Qronos::QuartzObserverWindow</name>
    <message>
        <source>%1 — Java Quartz — %2</source>
        <translation>%1 — Java Quartz — %2</translation>
    </message>
    <message>
        <source>Java Quartz cluster “%1” (%2, tables %3…), observed by Qronos: read only. Qronos never runs its Java jobs and writes to its tables only for an action you confirm.</source>
        <translation>Java Quartz 集群“%1”（%2，表 %3…），由 Qronos 观察：只读。Qronos 从不运行其 Java 作业，只在您确认的操作中写入其表。</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>作业(&amp;J)</translation>
    </message>
    <message>
        <source>Filter jobs by group, name, class or description</source>
        <translation>按组、名称、类或描述筛选作业</translation>
    </message>
    <message>
        <source>&amp;Triggers</source>
        <translation>触发器(&amp;T)</translation>
    </message>
    <message>
        <source>Filter triggers by group, name, job, state or schedule</source>
        <translation>按组、名称、作业、状态或计划筛选触发器</translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <source>Filter calendars</source>
        <translation>筛选日历</translation>
    </message>
    <message>
        <source>&amp;Schedulers</source>
        <translation>调度器(&amp;S)</translation>
    </message>
    <message>
        <source>Filter Java nodes</source>
        <translation>筛选 Java 节点</translation>
    </message>
    <message>
        <source>&amp;Running now</source>
        <translation>正在运行(&amp;R)</translation>
    </message>
    <message>
        <source>Filter what runs now</source>
        <translation>筛选正在运行的内容</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Cannot open the Java Quartz database</source>
        <translation>无法打开 Java Quartz 数据库</translation>
    </message>
    <message>
        <source>Cannot open the Java Quartz database %1.

%2</source>
        <translation>无法打开 Java Quartz 数据库 %1。

%2</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the Java Quartz tables again</source>
        <translation>重新读取 Java Quartz 表</translation>
    </message>
    <message>
        <source>&amp;Pause trigger…</source>
        <translation>暂停触发器(&amp;P)…</translation>
    </message>
    <message>
        <source>Pause the selected triggers in the Java scheduler</source>
        <translation>在 Java 调度器中暂停所选触发器</translation>
    </message>
    <message>
        <source>&amp;Resume trigger…</source>
        <translation>恢复触发器(&amp;R)…</translation>
    </message>
    <message>
        <source>Resume the selected triggers in the Java scheduler</source>
        <translation>在 Java 调度器中恢复所选触发器</translation>
    </message>
    <message>
        <source>Pause &amp;group…</source>
        <translation>暂停组(&amp;G)…</translation>
    </message>
    <message>
        <source>Pause every trigger of the selected triggers&apos; groups</source>
        <translation>暂停所选触发器所在组的所有触发器</translation>
    </message>
    <message>
        <source>Resume gr&amp;oup…</source>
        <translation>恢复组(&amp;O)…</translation>
    </message>
    <message>
        <source>Resume every trigger of the selected triggers&apos; groups</source>
        <translation>恢复所选触发器所在组的所有触发器</translation>
    </message>
    <message>
        <source>Fire job &amp;now…</source>
        <translation>立即触发作业(&amp;N)…</translation>
    </message>
    <message>
        <source>Have a Java node run the selected job now</source>
        <translation>让一个 Java 节点立即运行所选作业</translation>
    </message>
    <message>
        <source>&amp;Delete trigger…</source>
        <translation>删除触发器(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected triggers from the Java scheduler</source>
        <translation>从 Java 调度器中删除所选触发器</translation>
    </message>
    <message>
        <source>&amp;Observer</source>
        <translation>观察器(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing to the Java Quartz database…</source>
        <translation>正在写入 Java Quartz 数据库…</translation>
    </message>
    <message>
        <source>Pause Java Quartz Trigger</source>
        <translation>暂停 Java Quartz 触发器</translation>
    </message>
    <message>
        <source>Pause trigger %1 in the Java Quartz scheduler “%2”?</source>
        <translation>暂停 Java Quartz 调度器“%2”中的触发器 %1？</translation>
    </message>
    <message>
        <source>Pause %1 triggers in the Java Quartz scheduler “%2”: %3?</source>
        <translation>暂停 Java Quartz 调度器“%2”中的 %1 个触发器：%3？</translation>
    </message>
    <message>
        <source>Qronos will write TRIGGER_STATE = PAUSED in %1 (PAUSED_BLOCKED for a blocked trigger); the Java nodes honour it at their next acquisition.</source>
        <translation>Qronos 将在 %1 中写入 TRIGGER_STATE = PAUSED（阻塞的触发器写为 PAUSED_BLOCKED）；Java 节点会在下一次获取时遵守。</translation>
    </message>
    <message>
        <source>Resume Java Quartz Trigger</source>
        <translation>恢复 Java Quartz 触发器</translation>
    </message>
    <message>
        <source>Resume trigger %1 in the Java Quartz scheduler “%2”?</source>
        <translation>恢复 Java Quartz 调度器“%2”中的触发器 %1？</translation>
    </message>
    <message>
        <source>Resume %1 triggers in the Java Quartz scheduler “%2”: %3?</source>
        <translation>恢复 Java Quartz 调度器“%2”中的 %1 个触发器：%3？</translation>
    </message>
    <message>
        <source>Qronos will write TRIGGER_STATE = WAITING in %1 (BLOCKED while a non-concurrent run of the job goes on). A next fire time already past is left to the Java nodes&apos; misfire handling.</source>
        <translation>Qronos 将在 %1 中写入 TRIGGER_STATE = WAITING（作业的非并发运行仍在进行时为 BLOCKED）。已经过去的下次触发时间交由 Java 节点的错过触发处理。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Pausing %1 failed: %2</source>
        <translation>暂停 %1 失败：%2</translation>
    </message>
    <message>
        <source>Resuming %1 failed: %2</source>
        <translation>恢复 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 of %2 triggers paused.</source>
        <translation>已暂停 %2 个触发器中的 %1 个。</translation>
    </message>
    <message>
        <source>%1 of %2 triggers resumed.</source>
        <translation>已恢复 %2 个触发器中的 %1 个。</translation>
    </message>
    <message>
        <source>Trigger %1 paused.</source>
        <translation>触发器 %1 已暂停。</translation>
    </message>
    <message>
        <source>Trigger %1 resumed.</source>
        <translation>触发器 %1 已恢复。</translation>
    </message>
    <message>
        <source>Trigger %1 unchanged: only a waiting, acquired or blocked trigger is paused.</source>
        <translation>触发器 %1 未更改：只有等待、已获取或阻塞的触发器才会被暂停。</translation>
    </message>
    <message>
        <source>Trigger %1 unchanged: it was not paused.</source>
        <translation>触发器 %1 未更改：它未处于暂停状态。</translation>
    </message>
    <message>
        <source>Pause Java Quartz Trigger Group</source>
        <translation>暂停 Java Quartz 触发器组</translation>
    </message>
    <message>
        <source>Resume Java Quartz Trigger Group</source>
        <translation>恢复 Java Quartz 触发器组</translation>
    </message>
    <message>
        <source>Pause every trigger of the group %1 in the Java Quartz scheduler “%2”?</source>
        <translation>暂停 Java Quartz 调度器“%2”中组 %1 的所有触发器？</translation>
    </message>
    <message>
        <source>Resume every trigger of the group %1 in the Java Quartz scheduler “%2”?</source>
        <translation>恢复 Java Quartz 调度器“%2”中组 %1 的所有触发器？</translation>
    </message>
    <message>
        <source>Qronos will write the state of the group&apos;s triggers to PAUSED in %1 and add the group to %2, so that triggers added to it later start paused; the Java nodes honour it at their next acquisition.</source>
        <translation>Qronos 将在 %1 中把该组触发器的状态写为 PAUSED，并把该组加入 %2，使之后加入该组的触发器以暂停状态开始；Java 节点会在下一次获取时遵守。</translation>
    </message>
    <message>
        <source>Qronos will remove the group from %1 and write the state of its paused triggers to WAITING (or BLOCKED) in %2.</source>
        <translation>Qronos 将从 %1 中移除该组，并在 %2 中将其已暂停触发器的状态写为 WAITING（或 BLOCKED）。</translation>
    </message>
    <message>
        <source>Pause Group</source>
        <translation>暂停组</translation>
    </message>
    <message>
        <source>Resume Group</source>
        <translation>恢复组</translation>
    </message>
    <message>
        <source>Pausing the group %1 failed: %2</source>
        <translation>暂停组 %1 失败：%2</translation>
    </message>
    <message>
        <source>Resuming the group %1 failed: %2</source>
        <translation>恢复组 %1 失败：%2</translation>
    </message>
    <message>
        <source>Group %1 paused: %2 trigger(s) changed.</source>
        <translation>组 %1 已暂停：%2 个触发器已更改。</translation>
    </message>
    <message>
        <source>Group %1 resumed: %2 trigger(s) changed.</source>
        <translation>组 %1 已恢复：%2 个触发器已更改。</translation>
    </message>
    <message>
        <source>Fire Java Quartz Job Now</source>
        <translation>立即触发 Java Quartz 作业</translation>
    </message>
    <message>
        <source>Run the job %1 now in the Java Quartz scheduler “%2”?</source>
        <translation>在 Java Quartz 调度器“%2”中立即运行作业 %1？</translation>
    </message>
    <message>
        <source>Qronos will insert a one-shot trigger MT_… in group DEFAULT into %1 and %2, due now by the database&apos;s clock; a Java node runs the job (Qronos never runs Java jobs) and then deletes that trigger.</source>
        <translation>Qronos 将向 %1 和 %2 插入一个位于 DEFAULT 组的一次性触发器 MT_…，按数据库时钟立即到期；由一个 Java 节点运行该作业（Qronos 从不运行 Java 作业），随后删除该触发器。</translation>
    </message>
    <message>
        <source>Fire Now</source>
        <translation>立即触发</translation>
    </message>
    <message>
        <source>Firing %1 failed: %2</source>
        <translation>触发 %1 失败：%2</translation>
    </message>
    <message>
        <source>Job %1 fired: trigger %2 is due now; a Java node runs it.</source>
        <translation>作业 %1 已触发：触发器 %2 现已到期；由一个 Java 节点运行它。</translation>
    </message>
    <message>
        <source>Qronos will delete the rows from %1 and %2; the Java nodes will not fire them again. This cannot be undone.</source>
        <translation>Qronos 将从 %1 和 %2 中删除这些行；Java 节点将不再触发它们。此操作无法撤销。</translation>
    </message>
    <message>
        <source>The job %1 goes from %2 too: it is not durable and has no other trigger.</source>
        <translation>作业 %1 也将从 %2 中删除：它不是持久作业，且没有其他触发器。</translation>
    </message>
    <message>
        <source>Delete Java Quartz Trigger</source>
        <translation>删除 Java Quartz 触发器</translation>
    </message>
    <message>
        <source>Delete trigger %1 from the Java Quartz scheduler “%2”?</source>
        <translation>从 Java Quartz 调度器“%2”中删除触发器 %1？</translation>
    </message>
    <message>
        <source>Delete %1 triggers from the Java Quartz scheduler “%2”: %3?</source>
        <translation>从 Java Quartz 调度器“%2”中删除 %1 个触发器：%3？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting %1 failed: %2</source>
        <translation>删除 %1 失败：%2</translation>
    </message>
    <message>
        <source>Trigger %1 deleted.</source>
        <translation>触发器 %1 已删除。</translation>
    </message>
    <message>
        <source>%1 triggers deleted.</source>
        <translation>已删除 %1 个触发器。</translation>
    </message>
    <message>
        <source>Job %1 deleted with its last trigger.</source>
        <translation>作业 %1 已随其最后一个触发器一起删除。</translation>
    </message>
    <message>
        <source>Cannot read the Java Quartz database: %1 (trying again every %2 s; the lists show the last rows read).</source>
        <translation>无法读取 Java Quartz 数据库：%1（每 %2 秒重试一次；列表显示最后一次读取的行）。</translation>
    </message>
    <message>
        <source>Read failed; last read %1</source>
        <translation>读取失败；上次读取 %1</translation>
    </message>
    <message>
        <source>Read failed</source>
        <translation>读取失败</translation>
    </message>
    <message>
        <source>Read at %1 (database time); %2 Java node(s) presumed dead</source>
        <translation>读取于 %1（数据库时间）；%2 个 Java 节点推定已失效</translation>
    </message>
    <message>
        <source>Read at %1 (database time)</source>
        <translation>读取于 %1（数据库时间）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::QuartzTriggersModel</name>
    <message>
        <source>Java blob</source>
        <translation>Java blob</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Java-serialized (not shown)</source>
        <translation>Java 序列化（不显示）</translation>
    </message>
    <message>
        <source>%1 (paused group)</source>
        <translation>%1（已暂停的组）</translation>
    </message>
    <message>
        <source>The group is paused (PAUSED_TRIGGER_GRPS): triggers added to it start paused.</source>
        <translation>该组已暂停（PAUSED_TRIGGER_GRPS）：加入该组的触发器以暂停状态开始。</translation>
    </message>
    <message>
        <source>TRIGGER_STATE as the Java nodes wrote it</source>
        <translation>Java 节点写入的 TRIGGER_STATE</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>本机时区</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Next fire</source>
        <translation>下次触发</translation>
    </message>
    <message>
        <source>Previous fire</source>
        <translation>上次触发</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Misfire instruction</source>
        <translation>错过触发策略</translation>
    </message>
</context>
<context>
    <name>Qronos::QuartzXml</name>
    <message>
        <source>The default time zone &quot;%1&quot; is not known (expected an IANA id such as Asia/Shanghai).</source>
        <translation>默认时区“%1”未知（应为 IANA 标识，例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>A DOCTYPE is not allowed: DTDs and entity declarations are refused.</source>
        <translation>不允许 DOCTYPE：拒绝 DTD 和实体声明。</translation>
    </message>
    <message>
        <source>The entity reference &amp;%1; is not allowed.</source>
        <translation>不允许实体引用 &amp;%1;。</translation>
    </message>
    <message>
        <source>Elements are nested more than %1 deep.</source>
        <translation>元素嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1</source>
        <translation>文件不是格式正确的 XML：%1</translation>
    </message>
    <message>
        <source>The file holds no XML element.</source>
        <translation>文件中没有任何 XML 元素。</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds text where only elements are expected.</source>
        <translation>&lt;%1&gt; 中只应包含元素，却包含了文本。</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; is not in the namespace %2.</source>
        <translation>元素 &lt;%1&gt; 不在命名空间 %2 中。</translation>
    </message>
    <message>
        <source>Unexpected element &lt;%1&gt; in &lt;%2&gt;; expected %3.</source>
        <translation>&lt;%2&gt; 中出现意外的元素 &lt;%1&gt;；应为 %3。</translation>
    </message>
    <message>
        <source>&lt;%1&gt; appears more than once in &lt;%2&gt; (first on line %3).</source>
        <translation>&lt;%1&gt; 在 &lt;%2&gt; 中出现多次（首次在第 %3 行）。</translation>
    </message>
    <message>
        <source>&lt;%1&gt; lacks its &lt;%2&gt; element.</source>
        <translation>&lt;%1&gt; 缺少 &lt;%2&gt; 元素。</translation>
    </message>
    <message>
        <source>&lt;%1&gt; must hold text, not elements.</source>
        <translation>&lt;%1&gt; 必须包含文本，而不是元素。</translation>
    </message>
    <message>
        <source>&lt;%1&gt; must be true or false, not &quot;%2&quot;.</source>
        <translation>&lt;%1&gt; 必须为 true 或 false，而不是“%2”。</translation>
    </message>
    <message>
        <source>&lt;%1&gt; must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>&lt;%1&gt; 必须是 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>&lt;%1&gt; must be a date and time between the years 1900 and 9000 such as 2026-03-01T08:30:00Z or 2026-03-01T08:30:00+08:00, not &quot;%2&quot;.</source>
        <translation>&lt;%1&gt; 必须是 1900 年到 9000 年之间的日期时间，例如 2026-03-01T08:30:00Z 或 2026-03-01T08:30:00+08:00，而不是“%2”。</translation>
    </message>
    <message>
        <source>The root element is &lt;%1&gt;; a Quartz scheduling data file starts with &lt;job-scheduling-data&gt;.</source>
        <translation>根元素是 &lt;%1&gt;；Quartz 调度数据文件应以 &lt;job-scheduling-data&gt; 开始。</translation>
    </message>
    <message>
        <source>&lt;job-scheduling-data&gt; has no namespace; expected xmlns=&quot;%1&quot;.</source>
        <translation>&lt;job-scheduling-data&gt; 没有命名空间；应为 xmlns=&quot;%1&quot;。</translation>
    </message>
    <message>
        <source>&lt;job-scheduling-data&gt; is in the namespace %1; expected %2.</source>
        <translation>&lt;job-scheduling-data&gt; 位于命名空间 %1 中；应为 %2。</translation>
    </message>
    <message>
        <source>&lt;%1&gt; must name a group, or * for every group.</source>
        <translation>&lt;%1&gt; 必须给出一个组名，或用 * 表示所有组。</translation>
    </message>
    <message>
        <source>&lt;%1&gt; %2.</source>
        <translation>&lt;%1&gt; %2。</translation>
    </message>
    <message>
        <source>A job data key must not be empty.</source>
        <translation>作业数据的键不能为空。</translation>
    </message>
    <message>
        <source>The job data key &quot;%1&quot; appears twice (first on line %2).</source>
        <translation>作业数据键“%1”出现了两次（首次在第 %2 行）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reserved key Qronos reads here (it reads %2).</source>
        <translation>“%1”不是 Qronos 在此处读取的保留键（此处读取的是 %2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives the type of &quot;%2&quot;, which is not in this job-data-map.</source>
        <translation>“%1”给出了“%2”的类型，但此 job-data-map 中没有该键。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be integer, double, boolean or string, not &quot;%2&quot;.</source>
        <translation>“%1”必须为 integer、double、boolean 或 string，而不是“%2”。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not a valid %2: &quot;%3&quot;.</source>
        <translation>“%1”的值不是有效的 %2：“%3”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a Qronos job type after &quot;qronos:&quot;.</source>
        <translation>“%1”在“qronos:”之后没有给出 Qronos 作业类型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a Java class name nor qronos:&lt;job type&gt;.</source>
        <translation>“%1”既不是 Java 类名，也不是 qronos:&lt;作业类型&gt;。</translation>
    </message>
    <message>
        <source>The mapping of %1 sets &quot;%2&quot; to &quot;%3&quot;, which replaces the job-data-map&apos;s &quot;%4&quot;.</source>
        <translation>%1 的映射将“%2”设为“%3”，取代了 job-data-map 中的“%4”。</translation>
    </message>
    <message>
        <source>The job class %1 has no mapping: the job is imported as a noop job and its triggers are paused.</source>
        <translation>作业类 %1 没有映射：该作业以 noop 作业导入，其触发器已暂停。</translation>
    </message>
    <message>
        <source>The job class %1 has no mapping to a Qronos job type; add a line such as &quot;%1 = shell:/path/to/program&quot; to the mapping, or import unmapped classes as paused noop jobs.</source>
        <translation>作业类 %1 没有映射到 Qronos 作业类型；请在映射中添加一行，例如“%1 = shell:/path/to/program”，或将未映射的类作为已暂停的 noop 作业导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a JSON object.</source>
        <translation>“%1”必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>&lt;trigger&gt; holds more than one schedule: &lt;%1&gt; and &lt;%2&gt;.</source>
        <translation>&lt;trigger&gt; 包含多个调度：&lt;%1&gt; 和 &lt;%2&gt;。</translation>
    </message>
    <message>
        <source>&lt;trigger&gt; needs one of &lt;simple&gt;, &lt;cron&gt; or &lt;calendar-interval&gt;.</source>
        <translation>&lt;trigger&gt; 需要 &lt;simple&gt;、&lt;cron&gt; 或 &lt;calendar-interval&gt; 之一。</translation>
    </message>
    <message>
        <source>&lt;start-time&gt; and &lt;start-time-seconds-in-future&gt; exclude each other.</source>
        <translation>&lt;start-time&gt; 与 &lt;start-time-seconds-in-future&gt; 不能同时使用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a misfire instruction of a &lt;%2&gt; trigger; expected one of %3.</source>
        <translation>“%1”不是 &lt;%2&gt; 触发器的错过触发策略；应为以下之一：%3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (expected an IANA id such as Asia/Shanghai).</source>
        <translation>“%1”不是已知的时区（应为 IANA 标识，例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interval unit; expected SECOND, MINUTE, HOUR, DAY, WEEK, MONTH or YEAR.</source>
        <translation>“%1”不是间隔单位；应为 SECOND、MINUTE、HOUR、DAY、WEEK、MONTH 或 YEAR。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true when present, not &quot;%2&quot;.</source>
        <translation>“%1”出现时必须为 true，而不是“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only be %2.</source>
        <translation>“%1”只能是 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &lt;misfire-instruction&gt; exclude each other.</source>
        <translation>“%1”与 &lt;misfire-instruction&gt; 不能同时使用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a negative priority, not &quot;%2&quot;.</source>
        <translation>“%1”应为负的优先级，而不是“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &lt;priority&gt; exclude each other.</source>
        <translation>“%1”与 &lt;priority&gt; 不能同时使用。</translation>
    </message>
    <message>
        <source>The job %1 is defined twice (first on line %2).</source>
        <translation>作业 %1 被定义了两次（首次在第 %2 行）。</translation>
    </message>
    <message>
        <source>The trigger %1 is defined twice (first on line %2).</source>
        <translation>触发器 %1 被定义了两次（首次在第 %2 行）。</translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; is not written: Quartz XML has no calendars (triggers still name it in &lt;calendar-name&gt;).</source>
        <translation>未写入日历“%1”：Quartz XML 没有日历（触发器仍在 &lt;calendar-name&gt; 中引用它）。</translation>
    </message>
    <message>
        <source>The description of %1 loses its surrounding white space and control characters, which XML does not keep.</source>
        <translation>%1 的描述会丢失首尾空白和控制字符，XML 无法保留它们。</translation>
    </message>
    <message>
        <source>The job data key &quot;%1&quot; of %2 is not written: XML cannot keep its white space or control characters.</source>
        <translation>未写入 %2 的作业数据键“%1”：XML 无法保留其中的空白或控制字符。</translation>
    </message>
    <message>
        <source>The job data &quot;%1&quot; of %2 is not written: keys starting with &quot;qronos.&quot; are reserved in Quartz XML.</source>
        <translation>未写入 %2 的作业数据“%1”：在 Quartz XML 中，以“qronos.”开头的键是保留的。</translation>
    </message>
    <message>
        <source>the job %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <source>the trigger %1</source>
        <translation>触发器 %1</translation>
    </message>
    <message>
        <source>The trigger %1 is not written: Quartz XML has no daily-time-interval triggers.</source>
        <translation>未写入触发器 %1：Quartz XML 没有每日时间间隔触发器。</translation>
    </message>
</context>
<context>
    <name>Qronos::RunningModel</name>
    <message>
        <source>Fire %1</source>
        <translation>触发 %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>已运行</translation>
    </message>
</context>
<context>
    <name>Qronos::ScheduleDiff</name>
    <message>
        <source>There is no job %1 in either schedule.</source>
        <translation>两个调度中都没有作业 %1。</translation>
    </message>
</context>
<context>
    <name>Qronos::ScheduleExport</name>
    <message>
        <source>There is no job %1 to export.</source>
        <translation>没有可导出的作业 %1。</translation>
    </message>
</context>
<context>
    <name>Qronos::ScheduleFile</name>
    <message>
        <source>The file is larger than %1 MiB, the most an import reads.</source>
        <translation>文件超过 %1 MiB，这是导入能读取的上限。</translation>
    </message>
</context>
<context>
    <name>Qronos::ScheduleJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>文件大于 %1 MiB</translation>
    </message>
    <message>
        <source>the file is empty: expected a JSON object</source>
        <translation>文件为空：应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>JSON 值结束后出现多余的 %1</translation>
    </message>
    <message>
        <source>end of file</source>
        <translation>文件结尾</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>字节 0x%1</translation>
    </message>
    <message>
        <source>unexpected end of file (the file is truncated)</source>
        <translation>文件意外结束（文件被截断）</translation>
    </message>
    <message>
        <source>expected a value (object, array, string, number, true, false or null), found %1</source>
        <translation>应为一个值（对象、数组、字符串、数字、true、false 或 null），实际为 %1</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>expected a key in double quotes, found %1</source>
        <translation>应为双引号括起的键，实际为 %1</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after the key, found %1</source>
        <translation>键之后应为 &quot;:&quot;，实际为 %1</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2, column %3)</source>
        <translation>重复的键 &quot;%1&quot;（首次出现于第 %2 行第 %3 列）</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot;, found %1</source>
        <translation>应为 &quot;,&quot; 或 &quot;}&quot;，实际为 %1</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot;, found %1</source>
        <translation>应为 &quot;,&quot; 或 &quot;]&quot;，实际为 %1</translation>
    </message>
    <message>
        <source>unexpected end of file inside a string (the file is truncated)</source>
        <translation>字符串内文件意外结束（文件被截断）</translation>
    </message>
    <message>
        <source>control character in a string (write it as an escape such as \n)</source>
        <translation>字符串中有控制字符（请写成转义形式，如 \n）</translation>
    </message>
    <message>
        <source>invalid escape &quot;\%1&quot; in a string</source>
        <translation>字符串中有无效的转义 &quot;\%1&quot;</translation>
    </message>
    <message>
        <source>&quot;\u&quot; must be followed by four hexadecimal digits</source>
        <translation>&quot;\u&quot; 之后必须是四位十六进制数字</translation>
    </message>
    <message>
        <source>unpaired surrogate &quot;\u%1&quot; in a string</source>
        <translation>字符串中有不成对的代理项 &quot;\u%1&quot;</translation>
    </message>
    <message>
        <source>the string is not valid UTF-8</source>
        <translation>字符串不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>expected a digit, found %1</source>
        <translation>应为数字，实际为 %1</translation>
    </message>
    <message>
        <source>expected a digit after the decimal point, found %1</source>
        <translation>小数点后应为数字，实际为 %1</translation>
    </message>
    <message>
        <source>expected a digit in the exponent, found %1</source>
        <translation>指数中应为数字，实际为 %1</translation>
    </message>
    <message>
        <source>the number %1 is too large</source>
        <translation>数字 %1 太大</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>缺少字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>应为 %1 到 %2 之间的整数，实际为 %3</translation>
    </message>
    <message>
        <source>expected a time such as &quot;2026-01-31T02:00:00Z&quot; (with Z or an offset), found &quot;%1&quot;</source>
        <translation>应为形如 &quot;2026-01-31T02:00:00Z&quot; 的时间（带 Z 或时差），实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object with &quot;group&quot; and &quot;name&quot;, found %1</source>
        <translation>应为含 &quot;group&quot; 和 &quot;name&quot; 的对象，实际为%1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为%1</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;format&quot;: &quot;qronos/1&quot;, found %1</source>
        <translation>应为含 &quot;format&quot;: &quot;qronos/1&quot; 的 JSON 对象，实际为%1</translation>
    </message>
    <message>
        <source>missing field &quot;format&quot;: this is not a qronos/1 schedule file</source>
        <translation>缺少字段 &quot;format&quot;：这不是 qronos/1 调度文件</translation>
    </message>
    <message>
        <source>the format is %1; this program reads &quot;%2&quot;</source>
        <translation>格式为 %1；本程序读取 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>missing field &quot;kind&quot;</source>
        <translation>缺少字段 &quot;kind&quot;</translation>
    </message>
    <message>
        <source>unknown calendar kind %1 (holiday, annual, monthly, weekly, daily, cron or workday)</source>
        <translation>未知的日历类型 %1（holiday、annual、monthly、weekly、daily、cron 或 workday）</translation>
    </message>
    <message>
        <source>unknown trigger kind &quot;%1&quot; (cron, simple, calendarInterval or dailyTimeInterval)</source>
        <translation>未知的触发器类型 &quot;%1&quot;（cron、simple、calendarInterval 或 dailyTimeInterval）</translation>
    </message>
    <message>
        <source>expected an IANA time-zone id such as &quot;Europe/Berlin&quot;</source>
        <translation>应为 IANA 时区标识，如 &quot;Europe/Berlin&quot;</translation>
    </message>
    <message>
        <source>unknown interval unit &quot;%1&quot; (SECOND, MINUTE, HOUR, DAY, WEEK, MONTH or YEAR)</source>
        <translation>未知的间隔单位 &quot;%1&quot;（SECOND、MINUTE、HOUR、DAY、WEEK、MONTH 或 YEAR）</translation>
    </message>
    <message>
        <source>an array of weekdays 1 (Sunday) to 7 (Saturday)</source>
        <translation>由星期几 1（周日）到 7（周六）组成的数组</translation>
    </message>
    <message>
        <source>expected a weekday 1 (Sunday) to 7 (Saturday), found %1</source>
        <translation>应为星期几 1（周日）到 7（周六），实际为 %1</translation>
    </message>
    <message>
        <source>expected a time of day &quot;HH:MM:SS&quot;, found &quot;%1&quot;</source>
        <translation>应为一天中的时间 &quot;HH:MM:SS&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown misfire instruction &quot;%1&quot; for a %2 trigger (%3)</source>
        <translation>%2 触发器没有错过触发指令 &quot;%1&quot;（可用：%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not shown</source>
        <translation>
            <numerusform>另有 %n 个问题未列出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::SchedulePreviewWidget</name>
    <message>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <source>Computing fire times…</source>
        <translation>正在计算触发时间…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>cron 表达式</translation>
    </message>
    <message>
        <source>Simple (fixed interval)</source>
        <translation>简单（固定间隔）</translation>
    </message>
    <message>
        <source>Calendar interval</source>
        <translation>日历间隔</translation>
    </message>
    <message>
        <source>Daily time interval</source>
        <translation>每日时间间隔</translation>
    </message>
    <message>
        <source>Fires when a Quartz cron expression matches (CronTrigger)</source>
        <translation>在 Quartz cron 表达式匹配的时间触发（CronTrigger）</translation>
    </message>
    <message>
        <source>Fires at the start, then every interval, a number of times or forever (SimpleTrigger)</source>
        <translation>在开始时间触发，之后每隔固定间隔触发，可指定次数或无限重复（SimpleTrigger）</translation>
    </message>
    <message>
        <source>Fires every N seconds to years, counted on the calendar (CalendarIntervalTrigger)</source>
        <translation>按日历计算，每隔 N 秒至 N 年触发一次（CalendarIntervalTrigger）</translation>
    </message>
    <message>
        <source>Fires every N seconds, minutes or hours within a time of day, on chosen weekdays (DailyTimeIntervalTrigger)</source>
        <translation>在选定星期几的每日时间段内，每隔 N 秒、分钟或小时触发一次（DailyTimeIntervalTrigger）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>表达式(&amp;X)：</translation>
    </message>
    <message>
        <source>Second, minute, hour, day of month, month, day of week and an optional year. Special characters: * ? - , / L W # (e.g. 6L, 15W, 2#1).</source>
        <translation>依次为秒、分、时、日、月、星期和可选的年。特殊字符：* ? - , / L W #（例如 6L、15W、2#1）。</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>How many times the trigger repeats after its first fire (Quartz&apos;s repeat count)</source>
        <translation>触发器在首次触发之后重复的次数（Quartz 的 repeat count）</translation>
    </message>
    <message>
        <source>&amp;Forever</source>
        <translation>无限重复(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>重复次数(&amp;R)：</translation>
    </message>
    <message>
        <source>Fires at the start time, then once per interval.</source>
        <translation>在开始时间触发，之后每个间隔触发一次。</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>星期：</translation>
    </message>
    <message>
        <source>to</source>
        <comment>time of day from ... to ...</comment>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Between:</source>
        <translation>时间段(&amp;B)：</translation>
    </message>
    <message>
        <source>How many times the trigger repeats after its first fire, over all days</source>
        <translation>触发器在首次触发之后重复的次数，所有日期合计</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Wall time in the trigger&apos;s time zone</source>
        <translation>触发器时区的当地时间</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>现在(&amp;N)</translation>
    </message>
    <message>
        <source>Start now (the current time in the trigger&apos;s time zone)</source>
        <translation>从现在开始（触发器时区的当前时间）</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>Stop firing at an end time</source>
        <translation>到结束时间后停止触发</translation>
    </message>
    <message>
        <source>IANA time zone of the trigger: its schedule, start, end and calendar are read there</source>
        <translation>触发器的 IANA 时区：调度、开始时间、结束时间和日历都按此时区解读</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Times to skip, read in the trigger&apos;s time zone. Kinds: holiday:YYYY-MM-DD,... weekly:D,... (1 = Sunday) monthly:N,... annual:MM-DD,... cron:EXPR daily:HH:MM-HH:MM dailyinv:HH:MM-HH:MM. Join calendars with +.</source>
        <translation>要跳过的时间，按触发器时区解读。类型：holiday:YYYY-MM-DD,... weekly:D,...（1 = 星期日）monthly:N,... annual:MM-DD,... cron:EXPR daily:HH:MM-HH:MM dailyinv:HH:MM-HH:MM。多个日历用 + 连接。</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>日历(&amp;C)：</translation>
    </message>
    <message>
        <source>fire times</source>
        <translation>个触发时间</translation>
    </message>
    <message>
        <source>Misfire</source>
        <translation>错过触发</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>策略(&amp;I)：</translation>
    </message>
    <message>
        <source>Applies when a fire was missed, e.g. while every node was down; it does not change the fire times shown.</source>
        <translation>用于错过触发的情况，例如所有节点都停机时；不影响这里显示的触发时间。</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>请至少选择一天。</translation>
    </message>
    <message>
        <source>The start of the daily window comes after its end.</source>
        <translation>每日时间段的开始晚于结束。</translation>
    </message>
    <message>
        <source>Enter a time zone, e.g. Asia/Shanghai or UTC.</source>
        <translation>请输入时区，例如 Asia/Shanghai 或 UTC。</translation>
    </message>
    <message>
        <source>The end time is before the start time.</source>
        <translation>结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>No fire times to show: %1</source>
        <translation>无法显示触发时间：%1</translation>
    </message>
    <message>
        <source>The trigger is not valid.</source>
        <translation>触发器无效。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 seconds: the calendar excludes nearly every fire time. Showing the %n fire time(s) found until then.</source>
        <translation>
            <numerusform>%1 秒后已停止：日历几乎排除了所有触发时间。仅显示此前找到的 %n 个触发时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>This trigger never fires from its start time on.</source>
        <translation>该触发器从开始时间起不会触发。</translation>
    </message>
    <message numerus="yes">
        <source>The next %n fire time(s), from the start time on:</source>
        <translation>
            <numerusform>从开始时间起，接下来的 %n 个触发时间：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fire time(s) computed in %1 ms.</source>
        <translation>
            <numerusform>已计算 %n 个触发时间，用时 %1 毫秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This trigger fires %n time(s) in all:</source>
        <translation>
            <numerusform>该触发器总共只触发 %n 次：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preserve the hour of day across daylight saving time changes</source>
        <translation>夏令时切换时保持触发的钟点不变(&amp;P)</translation>
    </message>
    <message>
        <source>Skip the day when that &amp;hour does not exist</source>
        <translation>该钟点不存在时跳过当天(&amp;H)</translation>
    </message>
    <message>
        <source>Only with the hour of day preserved: otherwise the fire moves to the next hour that exists</source>
        <translation>仅在保持钟点不变时有效：否则触发顺延到下一个存在的钟点</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>结束(&amp;D)：</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>The calendar whose excluded times the trigger skips</source>
        <translation>触发器会跳过此日历排除的时间</translation>
    </message>
    <message>
        <source>There is no calendar named “%1”.</source>
        <translation>没有名为“%1”的日历。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>Struck through: the first %n time(s) that the calendar excludes.</source>
        <translation>
            <numerusform>删除线：日历排除的前 %n 个时间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Struck through: %n time(s) that the calendar excludes.</source>
        <translation>
            <numerusform>删除线：日历排除的 %n 个时间。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qronos::ScheduleSelectionWidget</name>
    <message>
        <source>&amp;Everything: every job, trigger and calendar</source>
        <translation>全部(&amp;E)：所有作业、触发器和日历</translation>
    </message>
    <message>
        <source>The &amp;selected jobs</source>
        <translation>选中的作业(&amp;S)</translation>
    </message>
    <message>
        <source>The jobs of these job &amp;groups:</source>
        <translation>以下作业组中的作业(&amp;G)：</translation>
    </message>
    <message>
        <source>The &amp;selected jobs (none is selected)</source>
        <translation>选中的作业(&amp;S)（未选中任何作业）</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected jobs (%n)</source>
        <translation>
            <numerusform>选中的作业(&amp;S)（%n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot list the job groups: %1</source>
        <translation>无法列出作业组：%1</translation>
    </message>
    <message>
        <source>Check at least one job group.</source>
        <translation>请至少勾选一个作业组。</translation>
    </message>
</context>
<context>
    <name>Qronos::Scheduler</name>
    <message>
        <source>The failure webhook of job %1 failed: %2</source>
        <translation>任务 %1 的失败通知 Webhook 调用失败：%2</translation>
    </message>
    <message>
        <source>Purging old execution history failed: %1</source>
        <translation>清理旧的执行历史失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n old execution history row(s).</source>
        <translation>
            <numerusform>已清理 %n 行旧的执行历史。</numerusform>
        </translation>
    </message>
    <message>
        <source>Node %1 was shut down; create a new scheduler to start again.</source>
        <translation>节点 %1 已关闭；如需再次启动，请创建新的调度器。</translation>
    </message>
    <message>
        <source>Node %1 cannot start: %2</source>
        <translation>节点 %1 无法启动：%2</translation>
    </message>
    <message numerus="yes">
        <source>Interrupting %n job(s) still running at shutdown.</source>
        <translation>
            <numerusform>关闭时仍有 %n 个任务在运行，正在中断它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <source>Trigger %1 uses calendar &quot;%2&quot;, which does not exist.</source>
        <translation>触发器 %1 使用的日历“%2”不存在。</translation>
    </message>
    <message>
        <source>Based on its schedule, trigger %1 will never fire.</source>
        <translation>根据其调度，触发器 %1 永远不会触发。</translation>
    </message>
    <message>
        <source>Job %1 has no trigger, so it must be durable.</source>
        <translation>任务 %1 没有触发器，因此必须是持久任务（durable）。</translation>
    </message>
    <message>
        <source>Trigger %1 points at job %2, not at %3.</source>
        <translation>触发器 %1 指向任务 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>Job %1 does not exist.</source>
        <translation>任务 %1 不存在。</translation>
    </message>
    <message>
        <source>Fired by hand</source>
        <translation>手动触发</translation>
    </message>
    <message>
        <source>Calendar name %1.</source>
        <translation>日历名称%1。</translation>
    </message>
    <message>
        <source>Calendar &quot;%1&quot; is empty.</source>
        <translation>日历“%1”为空。</translation>
    </message>
    <message>
        <source>Node %1 could not sign off in the database: %2</source>
        <translation>节点 %1 无法在数据库中注销：%2</translation>
    </message>
    <message>
        <source>Node %1 recovered what it left behind. Claimed triggers given back: %2; jobs to run again: %3; executions recorded as failed: %4; finished triggers removed: %5.</source>
        <translation>节点 %1 已恢复它遗留的状态。归还已认领的触发器：%2；待重新运行的任务：%3；记为失败的执行：%4；移除已完成的触发器：%5。</translation>
    </message>
    <message>
        <source>Interrupting fire %1, as asked through the database.</source>
        <translation>应数据库中的请求，正在中断触发 %1。</translation>
    </message>
    <message>
        <source>There is no job %1 to change.</source>
        <translation>没有可修改的作业 %1。</translation>
    </message>
</context>
<context>
    <name>Qronos::SchedulerThread</name>
    <message>
        <source>%1 failed: %2 (trying again in %3 ms)</source>
        <translation>%1失败：%2（%3 毫秒后重试）</translation>
    </message>
    <message>
        <source>The database answers again; scheduling resumes.</source>
        <translation>数据库已恢复响应；调度继续进行。</translation>
    </message>
    <message>
        <source>Misfire handling</source>
        <translation>错过触发处理</translation>
    </message>
    <message>
        <source>Trigger %1 misfired (due %2 ms ago); instruction %3 applied.</source>
        <translation>触发器 %1 错过触发（已超过到期时间 %2 毫秒）；已应用错过触发策略 %3。</translation>
    </message>
    <message>
        <source>Giving back claimed triggers</source>
        <translation>归还已认领的触发器</translation>
    </message>
    <message numerus="yes">
        <source>Firing %n trigger(s)</source>
        <translation>
            <numerusform>触发 %n 个触发器</numerusform>
        </translation>
    </message>
    <message>
        <source>Claiming due triggers</source>
        <translation>认领到期的触发器</translation>
    </message>
    <message>
        <source>Firing due triggers</source>
        <translation>触发到期的触发器</translation>
    </message>
</context>
<context>
    <name>Qronos::SchemaMigrator</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>%1 file &quot;%2&quot; (driver %3)</source>
        <translation>%1 文件“%2”（驱动 %3）</translation>
    </message>
    <message>
        <source>%1 server %2:%3, database &quot;%4&quot; (driver %5)</source>
        <translation>%1 服务器 %2:%3，数据库“%4”（驱动 %5）</translation>
    </message>
    <message>
        <source>The table prefix &quot;%1&quot; is not allowed: use up to 32 letters, digits and underscores, not starting with a digit</source>
        <translation>不允许使用表前缀“%1”：最多 32 个字母、数字和下划线，且不能以数字开头</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 for %2 is not installed (Debian package %3)</source>
        <translation>未安装用于 %2 的 Qt SQL 驱动 %1（Debian 软件包 %3）</translation>
    </message>
    <message>
        <source>A database connection named &quot;%1&quot; is already open in this program</source>
        <translation>本程序中已打开名为“%1”的数据库连接</translation>
    </message>
    <message>
        <source>Cannot open %1: the folder &quot;%2&quot; does not exist</source>
        <translation>无法打开 %1：文件夹“%2”不存在</translation>
    </message>
    <message>
        <source>Cannot connect to %1 as user &quot;%2&quot;: %3</source>
        <translation>无法以用户“%2”连接到 %1：%3</translation>
    </message>
    <message>
        <source>%1 refused the statement: %2
%3</source>
        <translation>%1 拒绝了该语句：%2
%3</translation>
    </message>
    <message>
        <source>%1 failed to run the statement: %2
%3</source>
        <translation>%1 执行该语句失败：%2
%3</translation>
    </message>
    <message>
        <source>The migration file %1 is not named NNNN_name.sql</source>
        <translation>迁移文件 %1 的名称不符合 NNNN_name.sql 格式</translation>
    </message>
    <message>
        <source>Cannot read the migration %1: %2</source>
        <translation>无法读取迁移 %1：%2</translation>
    </message>
    <message>
        <source>Two migrations carry the number %1 in %2</source>
        <translation>%2 中有两个迁移的编号都是 %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version from %1 in %2: %3</source>
        <translation>无法从 %2 中的 %1 读取模式版本：%3</translation>
    </message>
    <message>
        <source>The database schema in %1 (tables %2*) is at version %3, newer than this program understands (up to %4). Use a newer Qronos; nothing was changed.</source>
        <translation>%1 中的数据库模式（表 %2*）版本为 %3，比本程序支持的版本（最高 %4）更新。请使用更新版本的 Qronos；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>无法在 %1 上开始事务：%2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed; nothing of it was kept. %3</source>
        <translation>迁移 %1（%2）失败；其所有更改均未保留。%3</translation>
    </message>
    <message>
        <source>Migration %1 (%2) could not start: %3</source>
        <translation>迁移 %1（%2）无法开始：%3</translation>
    </message>
    <message>
        <source>Migration %1 (%2) stopped at statement %3 of %4; the %5 before it are applied and recorded in %6, and the next run continues from this statement once the cause is fixed. %7</source>
        <translation>迁移 %1（%2）停在第 %3 条语句（共 %4 条）；之前的 %5 条已执行并记录在 %6 中，排除原因后下次运行会从这条语句继续。%7</translation>
    </message>
    <message>
        <source>Migration %1 (%2) applied statement %3 of %4 but could not record it: %5</source>
        <translation>迁移 %1（%2）已执行第 %3 条语句（共 %4 条），但无法记录：%5</translation>
    </message>
    <message>
        <source>Cannot take the migration lock on %1 (another program may be migrating the schema): %2</source>
        <translation>无法获取 %1 上的迁移锁（可能有其他程序正在迁移模式）：%2</translation>
    </message>
    <message>
        <source>Cannot commit the migrations on %1: %2</source>
        <translation>无法在 %1 上提交迁移：%2</translation>
    </message>
</context>
<context>
    <name>Qronos::ShellJob</name>
    <message>
        <source>&quot;environment&quot;: the variable name &quot;%1&quot; must not contain &apos;=&apos;.</source>
        <translation>“environment”：变量名“%1”不能包含 &apos;=&apos;。</translation>
    </message>
    <message>
        <source>Interrupted before it started.</source>
        <translation>在开始之前被中断。</translation>
    </message>
    <message>
        <source>&quot;workingDirectory&quot;: the directory &quot;%1&quot; does not exist on this node.</source>
        <translation>“workingDirectory”：本节点上不存在目录“%1”。</translation>
    </message>
    <message>
        <source>Could not start &quot;%1&quot;: %2. Check &quot;program&quot; and the PATH of this node.</source>
        <translation>无法启动“%1”：%2。请检查“program”以及本节点的 PATH。</translation>
    </message>
    <message>
        <source>Interrupted; &quot;%1&quot; and its child processes were killed.</source>
        <translation>已中断；“%1”及其子进程已被终止。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not finish within %2 s (&quot;timeoutSeconds&quot;); it and its child processes were killed.</source>
        <translation>“%1”未在 %2 秒内结束（“timeoutSeconds”）；它及其子进程已被终止。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; crashed or was killed by a signal: %2.</source>
        <translation>“%1”崩溃或被信号终止：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exited with code %2, which &quot;successExitCodes&quot; does not accept.</source>
        <translation>“%1”以退出码 %2 结束，不在“successExitCodes”接受的范围内。</translation>
    </message>
    <message>
        <source>Runs a program (optionally through /bin/sh) and checks its exit code.</source>
        <translation>运行一个程序（可选通过 /bin/sh）并检查其退出码。</translation>
    </message>
</context>
<context>
    <name>Qronos::SourceLocation</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>Qronos::SqlJob</name>
    <message>
        <source>&quot;parameters&quot; must be JSON text: an array for &apos;?&apos; placeholders, e.g. [42, &quot;open&quot;], or an object for &apos;:name&apos; placeholders, e.g. {&quot;id&quot;: 42}</source>
        <translation>“parameters”必须是 JSON 文本：&apos;?&apos; 占位符用数组，例如 [42, &quot;open&quot;]；&apos;:name&apos; 占位符用对象，例如 {&quot;id&quot;: 42}</translation>
    </message>
    <message>
        <source>; it is not text.</source>
        <translation>；它不是文本。</translation>
    </message>
    <message>
        <source>; it is neither an array nor an object.</source>
        <translation>；它既不是数组也不是对象。</translation>
    </message>
    <message>
        <source>; the JSON is invalid at offset %1: %2.</source>
        <translation>；JSON 在偏移 %1 处无效：%2。</translation>
    </message>
    <message>
        <source>; element %1 is not a string, number, boolean or null.</source>
        <translation>；第 %1 个元素不是字符串、数字、布尔值或 null。</translation>
    </message>
    <message>
        <source>; a parameter name is empty.</source>
        <translation>；有一个参数名为空。</translation>
    </message>
    <message>
        <source>; the value of &quot;%1&quot; is not a string, number, boolean or null.</source>
        <translation>；“%1”的值不是字符串、数字、布尔值或 null。</translation>
    </message>
    <message>
        <source>&quot;dataSource&quot;: &quot;%1&quot; is not a data source name (a letter followed by letters, digits, &apos;_&apos; or &apos;-&apos;).</source>
        <translation>“dataSource”：“%1”不是有效的数据源名称（须以字母开头，后跟字母、数字、&apos;_&apos; 或 &apos;-&apos;）。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Data source &quot;%1&quot; cannot limit the statement&apos;s time (&quot;timeoutSeconds&quot;): %2. Remove &quot;timeoutSeconds&quot; or use a server that supports it.</source>
        <translation>数据源“%1”无法限制语句的执行时间（“timeoutSeconds”）：%2。请删除“timeoutSeconds”，或使用支持该功能的服务器。</translation>
    </message>
    <message>
        <source>Interrupted %1; the statement on data source &quot;%2&quot; was stopped.</source>
        <translation>%1被中断；数据源“%2”上的语句已停止。</translation>
    </message>
    <message>
        <source>The statement on data source &quot;%1&quot; did not finish within %2 s (&quot;timeoutSeconds&quot;) and was stopped.</source>
        <translation>数据源“%1”上的语句未在 %2 秒内完成（“timeoutSeconds”），已停止。</translation>
    </message>
    <message>
        <source>while the statement was prepared</source>
        <translation>在准备语句时</translation>
    </message>
    <message>
        <source>Data source &quot;%1&quot; refused the statement: %2</source>
        <translation>数据源“%1”拒绝了该语句：%2</translation>
    </message>
    <message>
        <source>while the statement ran</source>
        <translation>在执行语句时</translation>
    </message>
    <message>
        <source>The statement failed on data source &quot;%1&quot;: %2</source>
        <translation>语句在数据源“%1”上执行失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>after %n row(s)</source>
        <translation>
            <numerusform>在读取 %n 行后</numerusform>
        </translation>
    </message>
    <message>
        <source>while rows were read</source>
        <translation>在读取行时</translation>
    </message>
    <message>
        <source>Reading the rows from data source &quot;%1&quot; failed after %2 rows: %3</source>
        <translation>从数据源“%1”读取行时失败（已读取 %2 行）：%3</translation>
    </message>
    <message>
        <source>Interrupted before it started.</source>
        <translation>在开始之前被中断。</translation>
    </message>
    <message>
        <source>Data source &quot;%1&quot; needs the Qt SQL driver %2, which is not installed on this node (Debian package %3).</source>
        <translation>数据源“%1”需要 Qt SQL 驱动 %2，但本节点未安装该驱动（Debian 软件包 %3）。</translation>
    </message>
    <message>
        <source>Data source &quot;%1&quot;: the SQLite file &quot;%2&quot; does not exist on this node.</source>
        <translation>数据源“%1”：本节点上不存在 SQLite 文件“%2”。</translation>
    </message>
    <message>
        <source>Cannot connect to data source &quot;%1&quot; (%2): %3</source>
        <translation>无法连接到数据源“%1”（%2）：%3</translation>
    </message>
    <message>
        <source>Runs one SQL statement on a data source of the node and records the rows it affected or returned.</source>
        <translation>在节点的某个数据源上执行一条 SQL 语句，并记录其影响或返回的行。</translation>
    </message>
</context>
<context>
    <name>Qronos::SqlJobStore</name>
    <message>
        <source>The store needs an instance id for this node</source>
        <translation>任务存储需要本节点的实例 ID</translation>
    </message>
    <message>
        <source>cannot switch to WAL: %1</source>
        <translation>无法切换到 WAL 模式：%1</translation>
    </message>
    <message>
        <source>cannot create the lock rows: %1</source>
        <translation>无法创建锁行：%1</translation>
    </message>
    <message>
        <source>cannot set up the connection (%1): %2</source>
        <translation>无法设置连接（%1）：%2</translation>
    </message>
    <message>
        <source>Trigger &apos;%1&apos; belongs to job &apos;%2&apos;, not to &apos;%3&apos;</source>
        <translation>触发器“%1”属于任务“%2”，而不是“%3”</translation>
    </message>
    <message>
        <source>The new trigger &apos;%1&apos; belongs to job &apos;%2&apos;, but the trigger &apos;%3&apos; it replaces belongs to &apos;%4&apos;</source>
        <translation>新触发器“%1”属于任务“%2”，但它所替换的触发器“%3”属于“%4”</translation>
    </message>
    <message>
        <source>The job &apos;%1&apos; of trigger &apos;%2&apos; does not exist</source>
        <translation>触发器“%2”的任务“%1”不存在</translation>
    </message>
    <message>
        <source>Calendar name %1.</source>
        <translation>日历名称%1。</translation>
    </message>
    <message>
        <source>Calendar &apos;%1&apos; is empty</source>
        <translation>日历“%1”为空</translation>
    </message>
    <message>
        <source>Calendar &apos;%1&apos; already exists</source>
        <translation>日历“%1”已存在</translation>
    </message>
    <message numerus="yes">
        <source>Calendar &apos;%1&apos; is still used by %n trigger(s)</source>
        <translation>
            <numerusform>日历“%1”仍被 %n 个触发器使用</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-run of %1 after node %2 stopped</source>
        <translation>节点 %2 停止后重新运行 %1</translation>
    </message>
    <message>
        <source>The node &apos;%1&apos; stopped during this run; the job requests recovery and runs again</source>
        <translation>节点“%1”在本次运行期间停止；该任务要求恢复，将重新运行</translation>
    </message>
    <message>
        <source>The node &apos;%1&apos; stopped during this run</source>
        <translation>节点“%1”在本次运行期间停止</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; already exists</source>
        <translation>任务“%1”已存在</translation>
    </message>
    <message>
        <source>Trigger name %1.</source>
        <translation>触发器名称%1。</translation>
    </message>
    <message>
        <source>Trigger group %1.</source>
        <translation>触发器分组%1。</translation>
    </message>
    <message>
        <source>Trigger &apos;%1&apos; already exists</source>
        <translation>触发器“%1”已存在</translation>
    </message>
    <message>
        <source>The calendar &apos;%1&apos; of trigger &apos;%2&apos; does not exist</source>
        <translation>触发器“%2”的日历“%1”不存在</translation>
    </message>
    <message>
        <source>%1 database %2: %3</source>
        <translation>%1 数据库 %2：%3</translation>
    </message>
    <message>
        <source>Calendar &apos;%1&apos; is not stored as a JSON object</source>
        <translation>日历“%1”未以 JSON 对象形式存储</translation>
    </message>
    <message>
        <source>Calendar &apos;%1&apos;: %2</source>
        <translation>日历“%1”：%2</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
    <message>
        <source>%1 (the connection was lost and could not be reopened: %2)</source>
        <translation>%1（连接已断开且无法重新打开：%2）</translation>
    </message>
    <message>
        <source>%1 (statement: %2)</source>
        <translation>%1（语句：%2）</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>an in-memory SQLite database can only be used by the thread that opened it; use a database file to share the store between threads</source>
        <translation>内存中的 SQLite 数据库只能由打开它的线程使用；若要在线程之间共享存储，请使用数据库文件</translation>
    </message>
    <message>
        <source>Trigger &apos;%1&apos;: its JOB_DATA is not a JSON object</source>
        <translation>触发器“%1”：其 JOB_DATA 不是 JSON 对象</translation>
    </message>
    <message>
        <source>Trigger &apos;%1&apos;: %2</source>
        <translation>触发器“%1”：%2</translation>
    </message>
    <message>
        <source>Trigger &apos;%1&apos; has no SIMPLE_TRIGGERS row</source>
        <translation>触发器“%1”在 SIMPLE_TRIGGERS 中没有对应的行</translation>
    </message>
    <message>
        <source>Trigger &apos;%1&apos;: unknown interval unit &apos;%2&apos;</source>
        <translation>触发器“%1”：未知的间隔单位“%2”</translation>
    </message>
    <message>
        <source>Trigger &apos;%1&apos;: cannot read the times of day &apos;%2&apos;</source>
        <translation>触发器“%1”：无法读取每日时间“%2”</translation>
    </message>
    <message>
        <source>Trigger &apos;%1&apos; has the type &apos;%2&apos;, which Qronos cannot read</source>
        <translation>触发器“%1”的类型为“%2”，Qronos 无法读取</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos;: its JOB_DATA is not a JSON object</source>
        <translation>任务“%1”：其 JOB_DATA 不是 JSON 对象</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos;: %2</source>
        <translation>任务“%1”：%2</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos;: its JOB_OPTIONS is not a JSON object</source>
        <translation>任务“%1”：其 JOB_OPTIONS 不是 JSON 对象</translation>
    </message>
    <message>
        <source>Based on its schedule, trigger %1 will never fire.</source>
        <translation>根据其调度，触发器 %1 永远不会触发。</translation>
    </message>
    <message>
        <source>cannot read the lock rows: %1</source>
        <translation>无法读取锁行：%1</translation>
    </message>
</context>
<context>
    <name>Qronos::Trigger</name>
    <message>
        <source>Trigger name %1.</source>
        <translation>触发器名称%1。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: %2</source>
        <translation>触发器“%1”：%2</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: unknown interval unit &quot;%2&quot; (SECOND, MINUTE, HOUR, DAY, WEEK, MONTH or YEAR).</source>
        <translation>触发器“%1”：未知的间隔单位“%2”（应为 SECOND、MINUTE、HOUR、DAY、WEEK、MONTH 或 YEAR）。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: days of week are numbers 1 (Sunday) to 7 (Saturday).</source>
        <translation>触发器“%1”：星期几用数字 1（星期日）到 7（星期六）表示。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: times of day are written HH:MM:SS.</source>
        <translation>触发器“%1”：一天中的时间格式为 HH:MM:SS。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: unknown kind &quot;%2&quot; (cron, simple, calendarInterval or dailyTimeInterval).</source>
        <translation>触发器“%1”：未知的类型“%2”（应为 cron、simple、calendarInterval 或 dailyTimeInterval）。</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot;: misfire instruction &quot;%2&quot; does not exist for this kind of trigger.</source>
        <translation>触发器“%1”：此类触发器没有错过触发策略“%2”。</translation>
    </message>
</context>
<context>
    <name>Qronos::TriggerEditorDialog</name>
    <message>
        <source>New Trigger</source>
        <translation>新建触发器</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>e.g. nightly-report</source>
        <translation>例如 nightly-report</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>作业(&amp;J)：</translation>
    </message>
    <message>
        <source>Descrip&amp;tion:</source>
        <translation>描述(&amp;T)：</translation>
    </message>
    <message>
        <source>Among triggers due at the same time, a higher priority fires first (default 5)</source>
        <translation>同时到期的触发器中，优先级高的先触发（默认 5）</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>优先级(&amp;Y)：</translation>
    </message>
    <message>
        <source>Edit Trigger %1</source>
        <translation>编辑触发器 %1</translation>
    </message>
    <message>
        <source>Enter a name for the trigger.</source>
        <translation>请输入触发器名称。</translation>
    </message>
    <message>
        <source>A trigger named “%1” already exists in the group “%2”.</source>
        <translation>组“%2”中已存在名为“%1”的触发器。</translation>
    </message>
    <message>
        <source>There is no job for the trigger to run: create a job first.</source>
        <translation>没有可供触发器运行的作业：请先创建作业。</translation>
    </message>
    <message>
        <source>Choose the job this trigger runs.</source>
        <translation>请选择此触发器运行的作业。</translation>
    </message>
    <message>
        <source>This trigger would never fire: it has no fire time between its start and its end.</source>
        <translation>此触发器永远不会触发：在开始时间与结束时间之间没有触发时间。</translation>
    </message>
    <message>
        <source>This trigger would never fire: the calendar “%1” excludes every fire time.</source>
        <translation>此触发器永远不会触发：日历“%1”排除了所有触发时间。</translation>
    </message>
</context>
<context>
    <name>Qronos::TriggersModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next fire</source>
        <translation>下次触发</translation>
    </message>
    <message>
        <source>Previous fire</source>
        <translation>上次触发</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Misfire instruction</source>
        <translation>错过触发指令</translation>
    </message>
</context>
<context>
    <name>Qronos::ZoneRules</name>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use an IANA id such as Europe/Berlin, Asia/Shanghai or UTC.</source>
        <translation>未知时区“%1”：请使用 IANA 时区 ID，例如 Europe/Berlin、Asia/Shanghai 或 UTC。</translation>
    </message>
</context>
<context>
    <name>qronos</name>
    <message>
        <source>The Qronos console: edit the schedule, watch the cluster, and run jobs on this computer.</source>
        <translation>Qronos 控制台：编辑调度、查看集群、在本机运行作业。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Run jobs on this computer (the default for SQLite).</source>
        <translation>在本机运行作业（SQLite 的默认设置）。</translation>
    </message>
    <message>
        <source>Only watch and edit; run no jobs here (the default for PostgreSQL and MySQL).</source>
        <translation>只查看和编辑，不在本机运行作业（PostgreSQL 和 MySQL 的默认设置）。</translation>
    </message>
    <message>
        <source>This console&apos;s node id in the cluster.</source>
        <translation>本控制台在集群中的节点 ID。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Invalid database URL</source>
        <translation>无效的数据库 URL</translation>
    </message>
    <message>
        <source>Database URL (default: $QRONOS_DB, else the last connection, else the embedded store %1).</source>
        <translation>数据库 URL（默认：$QRONOS_DB，否则为上次的连接，否则为内嵌存储 %1）。</translation>
    </message>
    <message>
        <source>Cannot open the last connection</source>
        <translation>无法打开上次的连接</translation>
    </message>
</context>
<context>
    <name>qronosctl</name>
    <message>
        <source>qronosctl: unknown command &quot;%1&quot;.
</source>
        <translation>qronosctl：未知命令“%1”。
</translation>
    </message>
    <message>
        <source>Prints the next fire times of a Quartz cron expression, in a time zone and in UTC.
With --batch, answers the line protocol of docs/preview-protocol.md on stdin/stdout.</source>
        <translation>打印 Quartz cron 表达式接下来的触发时间，分别以指定时区和 UTC 显示。
使用 --batch 时，在 stdin/stdout 上按 docs/preview-protocol.md 的行协议应答。</translation>
    </message>
    <message>
        <source>Quartz cron expression, e.g. &quot;0 15 10 ? * 6L&quot;.</source>
        <translation>Quartz cron 表达式，例如 &quot;0 15 10 ? * 6L&quot;。</translation>
    </message>
    <message>
        <source>expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>IANA time zone (default: this computer&apos;s zone).</source>
        <translation>IANA 时区（默认：本机时区）。</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>How many fire times (1-10000, default 10).</source>
        <translation>显示的触发时间个数（1-10000，默认 10）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Start after this ISO-8601 time with offset (default: now).</source>
        <translation>从此带偏移的 ISO-8601 时间之后开始（默认：现在）。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Skip times a calendar excludes, e.g. &quot;holiday:2026-10-01,2026-10-02+weekly:1,7&quot;.</source>
        <translation>跳过日历排除的时间，例如 &quot;holiday:2026-10-01,2026-10-02+weekly:1,7&quot;。</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Answer protocol requests from stdin.</source>
        <translation>应答来自 stdin 的协议请求。</translation>
    </message>
    <message>
        <source>qronosctl preview: give --cron EXPRESSION (or --batch); see --help.
</source>
        <translation>qronosctl preview：请指定 --cron 表达式（或 --batch）；参见 --help。
</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to 10000, not &quot;%1&quot;.
</source>
        <translation>--count 必须是 1 到 10000 之间的数字，而不是“%1”。
</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not an ISO-8601 time with an offset, e.g. 2026-03-01T08:00:00+08:00.
</source>
        <translation>--from “%1”不是带偏移的 ISO-8601 时间，例如 2026-03-01T08:00:00+08:00。
</translation>
    </message>
    <message>
        <source>Cron expression %1 in %2
</source>
        <translation>cron 表达式 %1，时区 %2
</translation>
    </message>
    <message>
        <source>It never fires after this time.
</source>
        <translation>此时间之后不会再触发。
</translation>
    </message>
    <message>
        <source>No further fire times (%1 of %2).
</source>
        <translation>没有更多触发时间（%1/%2）。
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>注意：%1
</translation>
    </message>
    <message>
        <source>Database URL (default: $QRONOS_DB, else %1).</source>
        <translation>数据库 URL（默认：$QRONOS_DB，未设置时为 %1）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>输出格式：table（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format 必须是 table、csv 或 json，而不是“%1”。</translation>
    </message>
    <message>
        <source>(trigger %1, %2 ms late, took %3 ms%4)</source>
        <translation>（触发器 %1，延迟 %2 毫秒，耗时 %3 毫秒%4）</translation>
    </message>
    <message>
        <source>, attempt %1</source>
        <translation>，第 %1 次尝试</translation>
    </message>
    <message numerus="yes">
        <source>... %n more line(s)</source>
        <translation>
            <numerusform>... 还有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs a scheduler node until SIGINT or SIGTERM; then running jobs get the grace period to finish.</source>
        <translation>运行调度器节点，直到收到 SIGINT 或 SIGTERM；之后正在运行的任务可在宽限期内完成。</translation>
    </message>
    <message>
        <source>This node&apos;s id in the cluster, or AUTO (host, pid and a random part). Default: the host name.</source>
        <translation>本节点在集群中的 ID，或 AUTO（由主机名、pid 和随机部分组成）。默认：主机名。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Worker threads (default 10).</source>
        <translation>工作线程数（默认 10）。</translation>
    </message>
    <message>
        <source>Tags of this node, comma-separated; jobs may require one.</source>
        <translation>本节点的标签，以逗号分隔；任务可以要求节点具有某个标签。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Only run these job types (comma-separated); others are never claimed here.</source>
        <translation>只运行这些任务类型（以逗号分隔）；其他类型永远不会由本节点认领。</translation>
    </message>
    <message>
        <source>Load job-type plugins from this folder.</source>
        <translation>从此文件夹加载任务类型插件。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Seconds running jobs get to finish after SIGTERM (default 30).</source>
        <translation>收到 SIGTERM 后留给正在运行的任务完成的秒数（默认 30）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>How far ahead triggers are claimed, and the longest sleep when nothing is due (default 2s).</source>
        <translation>提前多久认领触发器，以及没有到期触发器时的最长休眠时间（默认 2s）。</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Lateness after which a fire counts as missed (default 60s).</source>
        <translation>延迟超过此时长的触发视为错过触发（默认 60s）。</translation>
    </message>
    <message>
        <source>Add the demo schedule (group &quot;demo&quot;) when it is not there.</source>
        <translation>如果演示调度（分组“demo”）不存在，则添加它。</translation>
    </message>
    <message>
        <source>Do not print each execution.</source>
        <translation>不打印每次执行。</translation>
    </message>
    <message>
        <source>Execution lines as text (default) or json.</source>
        <translation>执行记录行的格式：text（默认）或 json。</translation>
    </message>
    <message>
        <source>Read options from this file (key = value lines; command-line options win).</source>
        <translation>从此文件读取选项（每行 key = value；命令行选项优先）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Serve /metrics (Prometheus) and /healthz on this address, e.g. 127.0.0.1:9464 (a bare port listens on loopback only). Off by default.</source>
        <translation>在此地址上提供 /metrics（Prometheus）和 /healthz，例如 127.0.0.1:9464（只写端口时仅监听回环地址）。默认关闭。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>File of named databases for sql jobs (name = URL lines).</source>
        <translation>sql 任务使用的命名数据库文件（每行 name = URL）。</translation>
    </message>
    <message>
        <source>Delete execution history older than this, e.g. 30d (default: keep).</source>
        <translation>删除早于此时长的执行历史，例如 30d（默认：保留）。</translation>
    </message>
    <message>
        <source>qronosctl node: %1
</source>
        <translation>qronosctl node：%1
</translation>
    </message>
    <message>
        <source>qronosctl node: --instance-id %1.
</source>
        <translation>qronosctl node：--instance-id %1。
</translation>
    </message>
    <message>
        <source>qronosctl node: --threads must be 1 to 1000, not &quot;%1&quot;.
</source>
        <translation>qronosctl node：--threads 必须在 1 到 1000 之间，而不是“%1”。
</translation>
    </message>
    <message>
        <source>qronosctl node: --batch-size must be 1 to 10000, not &quot;%1&quot;.
</source>
        <translation>qronosctl node：--batch-size 必须在 1 到 10000 之间，而不是“%1”。
</translation>
    </message>
    <message>
        <source>qronosctl node: --idle-wait &quot;%1&quot; is not a duration of at least 10ms.
</source>
        <translation>qronosctl node：--idle-wait “%1”必须是至少 10ms 的时长。
</translation>
    </message>
    <message>
        <source>qronosctl node: --misfire-threshold &quot;%1&quot; is not a duration such as 60s.
</source>
        <translation>qronosctl node：--misfire-threshold “%1”不是有效的时长（例如 60s）。
</translation>
    </message>
    <message>
        <source>qronosctl node: --grace-period must be a whole number of seconds, not &quot;%1&quot;.
</source>
        <translation>qronosctl node：--grace-period 必须是整数秒数，而不是“%1”。
</translation>
    </message>
    <message>
        <source>qronosctl node: --history-retention &quot;%1&quot; is not a duration such as 30d.
</source>
        <translation>qronosctl node：--history-retention “%1”不是有效的时长（例如 30d）。
</translation>
    </message>
    <message>
        <source>qronosctl node: --history-max-rows must be a whole number of one or more, not &quot;%1&quot;.
</source>
        <translation>qronosctl node：--history-max-rows 必须是大于或等于 1 的整数，而不是“%1”。
</translation>
    </message>
    <message>
        <source>qronosctl node: --log-format must be text or json.
</source>
        <translation>qronosctl node：--log-format 必须是 text 或 json。
</translation>
    </message>
    <message>
        <source>qronosctl node: plugin refused: %1
</source>
        <translation>qronosctl node：插件被拒绝：%1
</translation>
    </message>
    <message>
        <source>qronosctl node: --allow-job-types names &quot;%1&quot;, which this node does not know (known: %2).
</source>
        <translation>qronosctl node：--allow-job-types 指定了“%1”，但本节点不认识该任务类型（已知：%2）。
</translation>
    </message>
    <message>
        <source>qronosctl node: the demo schedule could not be added: %1
</source>
        <translation>qronosctl node：无法添加演示调度：%1
</translation>
    </message>
    <message numerus="yes">
        <source>Added the demo schedule: %n job(s) in group &quot;demo&quot;.
</source>
        <translation>
            <numerusform>已添加演示调度：分组“demo”中的 %n 个任务。
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  MISFIRED     trigger %2 was due at %3; next fire %4
</source>
        <translation>%1  MISFIRED     触发器 %2 应于 %3 触发；下次触发 %4
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>qronosctl node: the database answers again.
</source>
        <translation>qronosctl node：数据库已恢复响应。
</translation>
    </message>
    <message>
        <source>qronosctl node: cannot install the signal handler.
</source>
        <translation>qronosctl node：无法安装信号处理程序。
</translation>
    </message>
    <message>
        <source>qronosctl node: stopping (signal %1); running jobs get %2 s to finish.
</source>
        <translation>qronosctl node：正在停止（信号 %1）；正在运行的任务有 %2 秒时间完成。
</translation>
    </message>
    <message>
        <source>qronosctl node: node %1 runs on %2 with %3 worker thread(s)%4.
</source>
        <translation>qronosctl node：节点 %1 运行于 %2，工作线程 %3 个%4。
</translation>
    </message>
    <message>
        <source>, tags %1</source>
        <translation>，标签 %1</translation>
    </message>
    <message>
        <source>qronosctl node: node %1 stopped.
</source>
        <translation>qronosctl node：节点 %1 已停止。
</translation>
    </message>
    <message>
        <source>once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>每 %1</translation>
    </message>
    <message>
        <source>Trigger name (default: the job&apos;s name).</source>
        <translation>触发器名称（默认：任务名称）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Trigger group (default: the job&apos;s group).</source>
        <translation>触发器分组（默认：任务分组）。</translation>
    </message>
    <message>
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Quartz cron expression, e.g. &quot;0 0 2 * * ?&quot;.</source>
        <translation>Quartz cron 表达式，例如 &quot;0 0 2 * * ?&quot;。</translation>
    </message>
    <message>
        <source>Repeat interval of a simple trigger: 500ms, 30s, 5m, 2h, 1d.</source>
        <translation>简单触发器的重复间隔：500ms、30s、5m、2h、1d。</translation>
    </message>
    <message>
        <source>With --every: repeats after the first fire (default: forever).</source>
        <translation>与 --every 一起使用：首次触发之后的重复次数（默认：无限重复）。</translation>
    </message>
    <message>
        <source>Fire once at this ISO-8601 time with offset.</source>
        <translation>在此带偏移的 ISO-8601 时间触发一次。</translation>
    </message>
    <message>
        <source>Start time, ISO-8601 with offset (default: now).</source>
        <translation>开始时间，带偏移的 ISO-8601 时间（默认：现在）。</translation>
    </message>
    <message>
        <source>End time, ISO-8601 with offset.</source>
        <translation>结束时间，带偏移的 ISO-8601 时间。</translation>
    </message>
    <message>
        <source>IANA time zone of the schedule (default: this computer&apos;s).</source>
        <translation>调度使用的 IANA 时区（默认：本机时区）。</translation>
    </message>
    <message>
        <source>Name of a stored calendar whose excluded times are skipped.</source>
        <translation>已保存日历的名称，跳过该日历排除的时间。</translation>
    </message>
    <message>
        <source>Priority among triggers due at once (default 5).</source>
        <translation>同时到期的触发器之间的优先级（默认 5）。</translation>
    </message>
    <message>
        <source>Misfire instruction by Quartz&apos;s name, e.g. FIRE_ONCE_NOW, DO_NOTHING.</source>
        <translation>错过触发策略，使用 Quartz 中的名称，例如 FIRE_ONCE_NOW、DO_NOTHING。</translation>
    </message>
    <message>
        <source>Store the trigger paused.</source>
        <translation>以暂停状态保存触发器。</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not an ISO-8601 time with an offset, e.g. 2026-03-01T08:00:00+08:00.</source>
        <translation>--%1 “%2”不是带偏移的 ISO-8601 时间，例如 2026-03-01T08:00:00+08:00。</translation>
    </message>
    <message>
        <source>Give exactly one of --cron, --every or --at.</source>
        <translation>--cron、--every 和 --at 必须且只能指定一个。</translation>
    </message>
    <message>
        <source>--cron: %1</source>
        <translation>--cron：%1</translation>
    </message>
    <message>
        <source>--every &quot;%1&quot; is not a duration such as 500ms, 30s, 5m, 2h or 1d.</source>
        <translation>--every “%1”不是有效的时长，例如 500ms、30s、5m、2h 或 1d。</translation>
    </message>
    <message>
        <source>--repeat-count must be a whole number of zero or more, not &quot;%1&quot;.</source>
        <translation>--repeat-count 必须是大于或等于 0 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--priority must be a whole number, not &quot;%1&quot;.</source>
        <translation>--priority 必须是整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--misfire &quot;%1&quot; is not an instruction of a %2 trigger; use one of: %3.</source>
        <translation>--misfire “%1”不是 %2 触发器的错过触发策略；请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>--data-json: %1</source>
        <translation>--data-json：%1</translation>
    </message>
    <message>
        <source>--data &quot;%1&quot; is not key=value.</source>
        <translation>--data “%1”不是 key=value 格式。</translation>
    </message>
    <message>
        <source>qronosctl: %1
</source>
        <translation>qronosctl：%1
</translation>
    </message>
    <message>
        <source>Only this group.</source>
        <translation>仅限此分组。</translation>
    </message>
    <message>
        <source>Only names, groups, descriptions or types containing this text.</source>
        <translation>仅列出名称、分组、描述或类型中包含此文本的项。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>At most this many rows (default: all).</source>
        <translation>最多显示的行数（默认：全部）。</translation>
    </message>
    <message>
        <source>Lists the stored jobs.</source>
        <translation>列出已保存的任务。</translation>
    </message>
    <message>
        <source>Lists the stored triggers with their state and next fire time.</source>
        <translation>列出已保存的触发器及其状态和下次触发时间。</translation>
    </message>
    <message>
        <source>Lists the stored calendars.</source>
        <translation>列出已保存的日历。</translation>
    </message>
    <message>
        <source>--limit must be a whole number of zero or more.</source>
        <translation>--limit 必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>Lists executions, newest first. Times are ISO-8601 UTC.</source>
        <translation>列出执行记录，最新的在前。时间为 ISO-8601 UTC 格式。</translation>
    </message>
    <message>
        <source>Executions fired at or after this time: ISO-8601 with offset, or a duration back from now (e.g. 2h).</source>
        <translation>在此时间或之后触发的执行：带偏移的 ISO-8601 时间，或从现在往前推的时长（例如 2h）。</translation>
    </message>
    <message>
        <source>Only this job (name, or group.name).</source>
        <translation>仅限此任务（name 或 group.name）。</translation>
    </message>
    <message>
        <source>job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Only jobs of this group.</source>
        <translation>仅限此分组的任务。</translation>
    </message>
    <message>
        <source>Only executions on this node (instance id).</source>
        <translation>仅限在此节点（实例 ID）上的执行。</translation>
    </message>
    <message>
        <source>Only this status: succeeded, failed, timed_out, interrupted, refused, recovered.</source>
        <translation>仅限此状态：succeeded、failed、timed_out、interrupted、refused、recovered。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>At most this many rows (default 100).</source>
        <translation>最多显示的行数（默认 100）。</translation>
    </message>
    <message>
        <source>--limit must be a whole number of one or more.</source>
        <translation>--limit 必须是大于或等于 1 的整数。</translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is neither an ISO-8601 time with offset nor a duration such as 2h.</source>
        <translation>--since “%1”既不是带偏移的 ISO-8601 时间，也不是时长（例如 2h）。</translation>
    </message>
    <message>
        <source>--status &quot;%1&quot; is not one of succeeded, failed, timed_out, interrupted, refused, recovered.</source>
        <translation>--status “%1”不是 succeeded、failed、timed_out、interrupted、refused、recovered 之一。</translation>
    </message>
    <message>
        <source>The job (name, or group.name).</source>
        <translation>任务（name 或 group.name）。</translation>
    </message>
    <message>
        <source>The trigger (name, or group.name).</source>
        <translation>触发器（name 或 group.name）。</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>The calendar.</source>
        <translation>日历。</translation>
    </message>
    <message>
        <source>Every job of this group.</source>
        <translation>此分组中的所有任务。</translation>
    </message>
    <message>
        <source>Every trigger of this group.</source>
        <translation>此分组中的所有触发器。</translation>
    </message>
    <message>
        <source>Everything.</source>
        <translation>全部。</translation>
    </message>
    <message>
        <source>fire: job data key=value for this run (repeatable).</source>
        <translation>fire：本次运行的任务数据 key=value（可重复指定）。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>fire: job data for this run as a typed JSON object.</source>
        <translation>fire：本次运行的任务数据，以带类型的 JSON 对象给出。</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Fires a job once now (a one-shot trigger in group MANUAL_TRIGGER); a running node picks it up.</source>
        <translation>立即触发一次任务（在分组 MANUAL_TRIGGER 中创建一个一次性触发器）；由正在运行的节点执行。</translation>
    </message>
    <message>
        <source>Deletes a job (with its triggers), a trigger, or a calendar.</source>
        <translation>删除任务（连同其触发器）、触发器或日历。</translation>
    </message>
    <message>
        <source>Pauses a job&apos;s triggers, a trigger, a group, or everything.</source>
        <translation>暂停任务的触发器、单个触发器、分组或全部。</translation>
    </message>
    <message>
        <source>Resumes a job&apos;s triggers, a trigger, a group, or everything; missed fires follow their misfire instruction.</source>
        <translation>恢复任务的触发器、单个触发器、分组或全部；错过的触发按其错过触发策略处理。</translation>
    </message>
    <message>
        <source>%1: name exactly one target; see --help.</source>
        <translation>%1：必须且只能指定一个目标；参见 --help。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1：%2
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n trigger(s))
</source>
        <translation>
            <numerusform>%1：%2（%n 个触发器）
</numerusform>
        </translation>
    </message>
    <message>
        <source>fire: job %1 will run now (trigger %2)
</source>
        <translation>fire：任务 %1 将立即运行（触发器 %2）
</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>trigger %1</source>
        <translation>触发器 %1</translation>
    </message>
    <message>
        <source>calendar %1</source>
        <translation>日历 %1</translation>
    </message>
    <message>
        <source>job group %1</source>
        <translation>任务分组 %1</translation>
    </message>
    <message>
        <source>trigger group %1</source>
        <translation>触发器分组 %1</translation>
    </message>
    <message>
        <source>%1: everything
</source>
        <translation>%1：全部
</translation>
    </message>
    <message>
        <source>Job name.</source>
        <translation>任务名称。</translation>
    </message>
    <message>
        <source>Job group (default DEFAULT).</source>
        <translation>任务分组（默认 DEFAULT）。</translation>
    </message>
    <message>
        <source>The existing job (name, or group.name).</source>
        <translation>已有的任务（name 或 group.name）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>描述。</translation>
    </message>
    <message>
        <source>shell: the program, then its arguments (repeatable).</source>
        <translation>shell：先指定程序，再指定其参数（可重复指定）。</translation>
    </message>
    <message>
        <source>arg</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>http: the URL.</source>
        <translation>http：URL。</translation>
    </message>
    <message>
        <source>http: the method (default GET).</source>
        <translation>http：请求方法（默认 GET）。</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Job data key=value, as text (repeatable).</source>
        <translation>任务数据 key=value，值为文本（可重复指定）。</translation>
    </message>
    <message>
        <source>Job data as a typed JSON object.</source>
        <translation>任务数据，以带类型的 JSON 对象给出。</translation>
    </message>
    <message>
        <source>Keep the job when it has no trigger.</source>
        <translation>没有触发器时仍保留该任务。</translation>
    </message>
    <message>
        <source>Re-run when its node dies mid-run.</source>
        <translation>节点在运行途中宕机时重新运行。</translation>
    </message>
    <message>
        <source>Never run two executions at once.</source>
        <translation>禁止并发执行：同一时刻最多只有一次运行。</translation>
    </message>
    <message>
        <source>Save job data changed by a run.</source>
        <translation>保存运行中修改过的任务数据。</translation>
    </message>
    <message>
        <source>Interrupt a run after this long (e.g. 10m).</source>
        <translation>运行超过此时长后中断（例如 10m）。</translation>
    </message>
    <message>
        <source>Retries after a failed run.</source>
        <translation>运行失败后的重试次数。</translation>
    </message>
    <message>
        <source>Pause before each retry (e.g. 30s).</source>
        <translation>每次重试前的等待时间（例如 30s）。</translation>
    </message>
    <message>
        <source>URL that receives a JSON POST when a run fails.</source>
        <translation>运行失败时接收 JSON POST 请求的 URL。</translation>
    </message>
    <message>
        <source>Only nodes with this tag run the job.</source>
        <translation>只有带此标签的节点才会运行该任务。</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Replace an existing job or trigger of that name.</source>
        <translation>替换同名的已有任务或触发器。</translation>
    </message>
    <message>
        <source>Stores a job, and with --cron, --every or --at a trigger for it.
Example: qronosctl add-job --name report --group crm --type shell --arg /usr/bin/backup --cron &quot;0 0 2 * * ?&quot; --tz Asia/Shanghai</source>
        <translation>保存一个任务；如指定 --cron、--every 或 --at，同时为其保存一个触发器。
示例：qronosctl add-job --name report --group crm --type shell --arg /usr/bin/backup --cron &quot;0 0 2 * * ?&quot; --tz Asia/Shanghai</translation>
    </message>
    <message>
        <source>Stores a trigger for an existing job.</source>
        <translation>为已有任务保存一个触发器。</translation>
    </message>
    <message>
        <source>add-job needs --name and --type.</source>
        <translation>add-job 需要 --name 和 --type。</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a duration such as 30s or 10m.</source>
        <translation>--timeout “%1”不是有效的时长，例如 30s 或 10m。</translation>
    </message>
    <message>
        <source>--retries must be a whole number, not &quot;%1&quot;.</source>
        <translation>--retries 必须是整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--retry-delay &quot;%1&quot; is not a duration such as 30s.</source>
        <translation>--retry-delay “%1”不是有效的时长，例如 30s。</translation>
    </message>
    <message>
        <source>add-trigger needs --job.</source>
        <translation>add-trigger 需要 --job。</translation>
    </message>
    <message>
        <source>Stored job %1 (%2).
</source>
        <translation>已保存任务 %1（%2）。
</translation>
    </message>
    <message>
        <source>Stored trigger %1; first fire %2%3.
</source>
        <translation>已保存触发器 %1；首次触发 %2%3。
</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> （已暂停）</translation>
    </message>
    <message>
        <source>Creates the tables, or migrates them to this version&apos;s schema.</source>
        <translation>创建数据表，或将其迁移到当前版本的模式。</translation>
    </message>
    <message>
        <source>%1 is ready (%2 %3).
</source>
        <translation>%1 已就绪（%2 %3）。
</translation>
    </message>
    <message>
        <source>qronosctl password: %1
</source>
        <translation>qronosctl password：%1
</translation>
    </message>
    <message>
        <source>Keeps the password of a PostgreSQL or MySQL/MariaDB database in the OS keychain (on Linux the Secret Service: GNOME Keyring, KWallet, ...; on macOS the Keychain; on Windows the Credential Manager), so that it never has to be in the URL, the environment or a file.

Actions:
  set     store the password: typed at the prompt (not shown, asked twice) or read from a pipe
          (trailing newlines are not part of it)
  delete  remove the stored password
  check   say whether a password is stored, never printing it; exit code 0 when one is, 1 when not

The entry has the service &quot;Qronos&quot; and as key the URL&apos;s identity without password and options:
  postgresql://user@host:port/database   or   mysql://user@host:port/database
(postgres:// counts as postgresql://, mariadb:// as mysql://; the default port is written out).

A command that opens a store takes the password from, in this order: the URL, $QRONOS_DB_PASSWORD,
the file named by ?passwordFile= or $QRONOS_DB_PASSWORD_FILE, the keychain. Without a keychain (no
Secret Service on a headless server) it goes on without a password. A keychain call waits at most
$QRONOS_KEYCHAIN_TIMEOUT seconds (default 10).</source>
        <translation>将 PostgreSQL 或 MySQL/MariaDB 数据库的密码保存在系统密钥环中（Linux 上为 Secret Service：GNOME Keyring、KWallet 等；macOS 上为钥匙串；Windows 上为凭据管理器），这样密码就无需出现在 URL、环境变量或文件中。

操作：
  set     保存密码：在提示符下输入（不回显，需输入两次），或从管道读取
          （末尾的换行符不属于密码）
  delete  删除已保存的密码
  check   报告是否已保存密码，但从不打印密码；已保存时退出码为 0，未保存时为 1

条目的服务为 &quot;Qronos&quot;，键为不含密码和选项的 URL 标识：
  postgresql://user@host:port/database   或   mysql://user@host:port/database
（postgres:// 视同 postgresql://，mariadb:// 视同 mysql://；默认端口会显式写出）。

打开存储的命令按以下顺序获取密码：URL、$QRONOS_DB_PASSWORD、
由 ?passwordFile= 或 $QRONOS_DB_PASSWORD_FILE 指定的文件、密钥环。没有密钥环时（无界面的
服务器上没有 Secret Service），不使用密码继续。每次调用密钥环最多等待
$QRONOS_KEYCHAIN_TIMEOUT 秒（默认 10）。</translation>
    </message>
    <message>
        <source>set, delete or check.</source>
        <translation>set、delete 或 check。</translation>
    </message>
    <message>
        <source>set|delete|check</source>
        <translation>set|delete|check</translation>
    </message>
    <message>
        <source>give one action: set, delete or check (see qronosctl password --help).</source>
        <translation>请指定一个操作：set、delete 或 check（参见 qronosctl password --help）。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, which has no password; give a postgresql:// or mysql:// URL with --db.</source>
        <translation>%1 是 SQLite 数据库，没有密码；请用 --db 指定 postgresql:// 或 mysql:// URL。</translation>
    </message>
    <message>
        <source>cannot read the keychain: %1</source>
        <translation>无法读取密钥环：%1</translation>
    </message>
    <message>
        <source>No password is stored in the keychain for %1.
</source>
        <translation>密钥环中没有保存 %1 的密码。
</translation>
    </message>
    <message>
        <source>A password is stored in the keychain for %1.
</source>
        <translation>密钥环中已保存 %1 的密码。
</translation>
    </message>
    <message>
        <source>cannot delete the password: %1</source>
        <translation>无法删除密码：%1</translation>
    </message>
    <message>
        <source>No password was stored in the keychain for %1; nothing to delete.
</source>
        <translation>密钥环中没有保存 %1 的密码；无需删除。
</translation>
    </message>
    <message>
        <source>Deleted the password for %1 from the keychain.
</source>
        <translation>已从密钥环中删除 %1 的密码。
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>再输入一次： </translation>
    </message>
    <message>
        <source>no password was typed; nothing stored.</source>
        <translation>未输入密码；未保存任何内容。</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing stored.</source>
        <translation>两次输入的密码不一致；未保存任何内容。</translation>
    </message>
    <message>
        <source>the password is empty; nothing stored.</source>
        <translation>密码为空；未保存任何内容。</translation>
    </message>
    <message>
        <source>cannot store the password in the keychain: %1</source>
        <translation>无法将密码保存到密钥环：%1</translation>
    </message>
    <message>
        <source>Stored the password for %1 in the keychain (service &quot;%2&quot;).
</source>
        <translation>已将 %1 的密码保存到密钥环（服务“%2”）。
</translation>
    </message>
    <message>
        <source>Note: this URL carries a password of its own, which is used before the keychain&apos;s.
</source>
        <translation>注意：此 URL 自带密码，其优先级高于密钥环中的密码。
</translation>
    </message>
    <message>
        <source>Maximum number of triggers claimed at once (default 100).</source>
        <translation>一次最多认领的触发器数量（默认 100）。</translation>
    </message>
    <message>
        <source>Keep only this many of the newest history rows (default: no limit).</source>
        <translation>只保留最新的这么多条执行历史（默认：不限）。</translation>
    </message>
    <message numerus="yes">
        <source>every %n millisecond(s)</source>
        <translation>
            <numerusform>每 %n 毫秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>每 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>每 %n 周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>每 %n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>每 %n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n more time(s)</source>
        <translation>
            <numerusform>%1，还剩 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1，从 %2 到 %3</translation>
    </message>
    <message>
        <source>--data-json is not valid JSON: %1 at offset %2.</source>
        <translation>--data-json 不是有效的 JSON：%1（位于偏移 %2）。</translation>
    </message>
    <message>
        <source>--data-json must be a JSON object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>--data-json 必须是 JSON 对象，例如 {&quot;key&quot;: &quot;value&quot;}。</translation>
    </message>
    <message>
        <source>Job type: shell, http, sql, log, noop, or a plugin&apos;s.</source>
        <translation>任务类型：shell、http、sql、log、noop，或插件提供的类型。</translation>
    </message>
    <message>
        <source>Only the node with this instance id runs the job.</source>
        <translation>只有实例 ID 为此值的节点运行该任务。</translation>
    </message>
    <message>
        <source>How often the node checks in, on the database server&apos;s clock (default 1s).</source>
        <translation>节点签到的间隔，按数据库服务器的时钟（默认 1s）。</translation>
    </message>
    <message>
        <source>A node silent for its check-in interval plus this long is presumed dead and recovered by another (default 1s).</source>
        <translation>节点超过签到间隔再加此时长仍未签到即被判定为失联，并由其他节点恢复（默认 1s）。</translation>
    </message>
    <message>
        <source>For tests of clock skew: shift this node&apos;s own clock by this many milliseconds (may be negative). The node still schedules on the database server&apos;s time.</source>
        <translation>用于时钟偏差测试：将本节点自身的时钟偏移这么多毫秒（可为负数）。节点仍按数据库服务器的时间调度。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>qronosctl node: --checkin-interval &quot;%1&quot; is not a duration from 100ms to 1h.
</source>
        <translation>qronosctl node: --checkin-interval &quot;%1&quot; 不是 100ms 到 1h 之间的时长。
</translation>
    </message>
    <message>
        <source>qronosctl node: --failure-grace &quot;%1&quot; is not a duration up to 1h, such as 1s.
</source>
        <translation>qronosctl node: --failure-grace &quot;%1&quot; 不是不超过 1h 的时长（例如 1s）。
</translation>
    </message>
    <message>
        <source>qronosctl node: --clock-offset must be a whole number of milliseconds within a year, not &quot;%1&quot;.
</source>
        <translation>qronosctl node: --clock-offset 必须是一年以内的整数毫秒数，而不是 &quot;%1&quot;。
</translation>
    </message>
    <message>
        <source>Lists the nodes of the cluster as the database sees them: check-in age on the database server&apos;s clock, clock offset, running count and state (active, standby, shutting_down, presumed_dead, recovered).</source>
        <translation>按数据库所见列出集群中的节点：按数据库服务器时钟计算的签到间隔、时钟偏差、正在运行的数量和状态（active、standby、shutting_down、presumed_dead、recovered）。</translation>
    </message>
    <message>
        <source>Lists the executions running now on every node of the cluster, oldest first.</source>
        <translation>列出集群中各节点当前正在运行的执行，最早的在前。</translation>
    </message>
    <message>
        <source>Show a node as presumed_dead when silent for its check-in interval plus this long (default 1s, as the nodes&apos; own default).</source>
        <translation>节点超过签到间隔再加此时长仍未签到时显示为 presumed_dead（默认 1s，与节点自身的默认值相同）。</translation>
    </message>
    <message>
        <source>--failure-grace &quot;%1&quot; is not a duration such as 1s.</source>
        <translation>--failure-grace &quot;%1&quot; 不是时长（例如 1s）。</translation>
    </message>
    <message>
        <source>Asks the nodes running a job (every running execution of it) or one fire to interrupt it. The node running it acts within half its check-in interval; see `qronosctl running` and `history`.</source>
        <translation>请求正在运行某任务（它的每个正在运行的执行）或某次触发的节点中断它。运行它的节点会在半个签到间隔内响应；参见 `qronosctl running` 和 `history`。</translation>
    </message>
    <message>
        <source>Only this fire (its fire_instance_id).</source>
        <translation>只针对这次触发（其 fire_instance_id）。</translation>
    </message>
    <message>
        <source>Name one job, or one fire with --fire.</source>
        <translation>请指定一个任务，或用 --fire 指定一次触发。</translation>
    </message>
    <message>
        <source>No fire %1 runs now.</source>
        <translation>触发 %1 当前没有在运行。</translation>
    </message>
    <message>
        <source>Asked the node running fire %1 to interrupt it.
</source>
        <translation>已请求运行触发 %1 的节点中断它。
</translation>
    </message>
    <message>
        <source>Job %1 does not run now.</source>
        <translation>任务 %1 当前没有在运行。</translation>
    </message>
    <message numerus="yes">
        <source>Asked the nodes to interrupt %n running execution(s) of job %1.
</source>
        <translation>
            <numerusform>已请求各节点中断任务 %1 的 %n 个正在运行的执行。
</numerusform>
        </translation>
    </message>
    <message>
        <source>--format must be json or quartz-xml, not &quot;%1&quot;.</source>
        <translation>--format 必须是 json 或 quartz-xml，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>json (qronos/1) or quartz-xml (job_scheduling_data_2_0); default: by the file&apos;s extension (.xml is quartz-xml), else json.</source>
        <translation>json（qronos/1）或 quartz-xml（job_scheduling_data_2_0）；默认按文件扩展名（.xml 为 quartz-xml），否则为 json。</translation>
    </message>
    <message>
        <source>quartz-xml: the file mapping Java job classes to Qronos job types (lines &quot;com.acme.ReportJob = shell:/opt/acme/report.sh&quot;).</source>
        <translation>quartz-xml：将 Java 作业类映射到 Qronos 作业类型的文件（每行如 &quot;com.acme.ReportJob = shell:/opt/acme/report.sh&quot;）。</translation>
    </message>
    <message numerus="yes">
        <source>qronosctl: %n problem(s); nothing was changed.
</source>
        <translation>
            <numerusform>qronosctl：%n 个问题；未做任何更改。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the schedule (jobs, their triggers and the calendars they use) as a qronos/1 JSON file, or as Quartz XML. Without --group and --job: everything, every calendar included.</source>
        <translation>将调度（作业、其触发器及所用日历）导出为 qronos/1 JSON 文件或 Quartz XML。不带 --group 和 --job 时导出全部，包括所有日历。</translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation>写入此文件（默认：标准输出）。</translation>
    </message>
    <message>
        <source>The jobs of this group (repeatable).</source>
        <translation>此分组的作业（可重复）。</translation>
    </message>
    <message>
        <source>This job, GROUP.NAME (repeatable).</source>
        <translation>此作业，分组.名称（可重复）。</translation>
    </message>
    <message>
        <source>export takes no arguments but options (see --help).</source>
        <translation>export 只接受选项，不接受参数（见 --help）。</translation>
    </message>
    <message>
        <source>qronosctl: not in the Quartz XML file: %1
</source>
        <translation>qronosctl：未写入 Quartz XML 文件：%1
</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n job(s), %1 trigger(s) and %2 calendar(s) to %3.
</source>
        <translation>
            <numerusform>已导出 %n 个作业、%1 个触发器和 %2 个日历到 %3。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports a qronos/1 JSON file (or Quartz XML). The import is planned first: what it adds, changes and removes, field by field. With --dry-run only the plan is printed; otherwise it is applied in one transaction. A file with any problem changes nothing: every problem is printed with its place.</source>
        <translation>导入 qronos/1 JSON 文件（或 Quartz XML）。导入先生成计划：逐字段列出新增、修改和删除的内容。使用 --dry-run 时仅打印计划（预演）；否则在一个事务中应用。文件有任何问题时不做任何更改，并打印每个问题及其位置。</translation>
    </message>
    <message>
        <source>The file to import (- for standard input).</source>
        <translation>要导入的文件（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>Print the plan; change nothing.</source>
        <translation>打印计划（预演），不做任何更改。</translation>
    </message>
    <message>
        <source>List unchanged items too.</source>
        <translation>同时列出未变的项。</translation>
    </message>
    <message>
        <source>quartz-xml: import a job of an unmapped class as a paused noop job instead of refusing the file.</source>
        <translation>quartz-xml：将未映射类的作业导入为已暂停的 noop 作业，而不是拒绝该文件。</translation>
    </message>
    <message>
        <source>import needs exactly one file (see --help).</source>
        <translation>import 需要且只需要一个文件（见 --help）。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1：警告：%2
</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.
</source>
        <translation>预演：未做任何更改。
</translation>
    </message>
    <message>
        <source>the import failed and changed nothing: %1</source>
        <translation>导入失败，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Imported in one transaction.
</source>
        <translation>已在一个事务中导入。
</translation>
    </message>
    <message>
        <source>Nothing to change.
</source>
        <translation>没有需要更改的内容。
</translation>
    </message>
    <message>
        <source>Writes every fire of a period, calendars applied, as CSV or iCalendar (.ics): the fires the scheduler will run, in the order it runs them. Paused triggers are left out.</source>
        <translation>将一段期间内的每次触发（已应用日历）写为 CSV 或 iCalendar（.ics）：即调度器将执行的触发，按其执行顺序排列。已暂停的触发器不包括在内。</translation>
    </message>
    <message>
        <source>Start of the period, ISO-8601 with offset (default: now).</source>
        <translation>期间开始时间，带偏移的 ISO-8601 格式（默认：现在）。</translation>
    </message>
    <message>
        <source>End of the period (not included), ISO-8601 with offset (default: 24 hours after the start).</source>
        <translation>期间结束时间（不含），带偏移的 ISO-8601 格式（默认：开始后 24 小时）。</translation>
    </message>
    <message>
        <source>IANA time zone of the local fire times (default: this computer&apos;s).</source>
        <translation>本地触发时间所用的 IANA 时区（默认：本机时区）。</translation>
    </message>
    <message>
        <source>csv or ics (default: ics when --out ends in .ics, else csv).</source>
        <translation>csv 或 ics（默认：--out 以 .ics 结尾时为 ics，否则为 csv）。</translation>
    </message>
    <message>
        <source>Only the triggers of jobs of this group (repeatable).</source>
        <translation>仅此组中作业的触发器（可重复）。</translation>
    </message>
    <message>
        <source>Only triggers of this job, group.name (repeatable).</source>
        <translation>仅此作业的触发器，格式为 组.名称（可重复）。</translation>
    </message>
    <message>
        <source>Write at most this many fires, the earliest (default 100000; 0: no limit).</source>
        <translation>最多写出这么多次触发，取最早的（默认 100000；0：不限）。</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark (for spreadsheet programs).</source>
        <translation>CSV：以 UTF-8 字节顺序标记开头（供电子表格程序使用）。</translation>
    </message>
    <message>
        <source>forecast takes no arguments besides its options, not &quot;%1&quot;.</source>
        <translation>forecast 除选项外不接受参数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not an ISO-8601 time with an offset, e.g. 2026-03-01T08:00:00+08:00.</source>
        <translation>--from“%1”不是带偏移的 ISO-8601 时间，例如 2026-03-01T08:00:00+08:00。</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not an ISO-8601 time with an offset, e.g. 2026-03-02T08:00:00+08:00.</source>
        <translation>--to“%1”不是带偏移的 ISO-8601 时间，例如 2026-03-02T08:00:00+08:00。</translation>
    </message>
    <message>
        <source>--to (%1) must be later than --from (%2).</source>
        <translation>--to（%1）必须晚于 --from（%2）。</translation>
    </message>
    <message>
        <source>--zone: %1</source>
        <translation>--zone：%1</translation>
    </message>
    <message>
        <source>--format must be csv or ics, not &quot;%1&quot;.</source>
        <translation>--format 必须为 csv 或 ics，而不是“%1”。</translation>
    </message>
    <message>
        <source>--max-fires must be a whole number of zero or more (0: no limit), not &quot;%1&quot;.</source>
        <translation>--max-fires 必须为零或更大的整数（0：不限），而不是“%1”。</translation>
    </message>
    <message>
        <source>--job &quot;%1&quot; is not a job name or group.name.</source>
        <translation>--job“%1”不是作业名称或 组.名称。</translation>
    </message>
    <message>
        <source>--group: there is no job group %1.</source>
        <translation>--group：不存在作业组 %1。</translation>
    </message>
    <message>
        <source>--job: there is no job %1.</source>
        <translation>--job：不存在作业 %1。</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>无法打开 %1 进行写入：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Note: trigger %1 names a calendar that does not exist; its fires are left out.
</source>
        <translation>注意：触发器 %1 指定的日历不存在；其触发未包括在内。
</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n paused trigger(s) left out.
</source>
        <translation>
            <numerusform>注意：已略过 %n 个已暂停的触发器。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the forecast was cut at %1 fires, the earliest; give a shorter period or a larger --max-fires for the rest.
</source>
        <translation>注意：预测在 %1 次触发处截断（保留最早的）；如需其余部分，请缩短期间或增大 --max-fires。
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n fire(s) to %1.
</source>
        <translation>
            <numerusform>已将 %n 次触发写入 %1。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 fires in %2 events (%3 with a recurrence rule) to %4.
</source>
        <translation>已将 %1 次触发以 %2 个事件（其中 %3 个带重复规则）写入 %4。
</translation>
    </message>
    <message>
        <source>
A Java Quartz 2.x database (observer mode; writes only with --yes):
  qronosctl --quartz-db URL [--quartz-prefix QRTZ_] [--quartz-scheduler NAME] &lt;command&gt;
  schedulers, jobs, triggers, calendars, paused-groups, nodes, running   read only
  pause|resume --trigger GROUP.NAME | --group GROUP --yes
  fire --job GROUP.NAME --yes       a one-shot trigger, as Quartz&apos;s triggerJob
  delete --trigger GROUP.NAME --yes
</source>
        <translation>
Java Quartz 2.x 数据库（观察模式；仅在加上 --yes 时写入）：
  qronosctl --quartz-db URL [--quartz-prefix QRTZ_] [--quartz-scheduler 名称] &lt;命令&gt;
  schedulers、jobs、triggers、calendars、paused-groups、nodes、running   只读
  pause|resume --trigger 组.名称 | --group 组 --yes
  fire --job 组.名称 --yes       一次性触发器，同 Quartz 的 triggerJob
  delete --trigger 组.名称 --yes
</translation>
    </message>
    <message>
        <source>
Exchange files (qronos/1 JSON; Quartz XML with --format quartz-xml or a .xml name):
  export [--out FILE] [--group G]... [--job GROUP.NAME]...   write the schedule
  import FILE [--dry-run]   show what the file adds, changes and removes; without
                            --dry-run apply it in one transaction
</source>
        <translation>
交换文件（qronos/1 JSON；使用 --format quartz-xml 或 .xml 文件名时为 Quartz XML）：
  export [--out 文件] [--group 分组]... [--job 分组.名称]...   导出调度
  import 文件 [--dry-run]   显示文件将新增、修改和删除的内容（预演）；
                            不带 --dry-run 时在一个事务中导入
</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option %1; the Java Quartz options are --quartz-db, --quartz-prefix and --quartz-scheduler.</source>
        <translation>未知选项 %1；Java Quartz 的选项为 --quartz-db、--quartz-prefix 和 --quartz-scheduler。</translation>
    </message>
    <message>
        <source>--quartz-db needs the URL of the Java Quartz database, e.g. postgresql://quartz@dbhost:5432/quartz.</source>
        <translation>--quartz-db 需要 Java Quartz 数据库的 URL，例如 postgresql://quartz@dbhost:5432/quartz。</translation>
    </message>
    <message>
        <source>--quartz-db: %1</source>
        <translation>--quartz-db：%1</translation>
    </message>
    <message>
        <source>every %1 ms</source>
        <translation>每 %1 毫秒</translation>
    </message>
    <message>
        <source>every %1 ms, %2 more time(s)</source>
        <translation>每 %1 毫秒，再重复 %2 次</translation>
    </message>
    <message>
        <source>every %1 %2</source>
        <translation>每 %1 %2</translation>
    </message>
    <message>
        <source>every %1 %2, days %3, window %4</source>
        <translation>每 %1 %2，星期 %3，时段 %4</translation>
    </message>
    <message>
        <source>Java-serialized trigger (opaque)</source>
        <translation>Java 序列化的触发器（不透明）</translation>
    </message>
    <message>
        <source>Java-serialized, %1 bytes</source>
        <translation>Java 序列化，%1 字节</translation>
    </message>
    <message>
        <source>Really write to the Java Quartz database.</source>
        <translation>确实写入 Java Quartz 数据库。</translation>
    </message>
    <message>
        <source>fire needs --job (name, or group.name) and nothing else.</source>
        <translation>fire 只需要 --job（名称或 组.名称），不接受其他目标。</translation>
    </message>
    <message>
        <source>%1 acts on triggers: give --trigger or --group, not --job.</source>
        <translation>%1 作用于触发器：请给出 --trigger 或 --group，而不是 --job。</translation>
    </message>
    <message>
        <source>delete needs --trigger (name, or group.name).</source>
        <translation>delete 需要 --trigger（名称或 组.名称）。</translation>
    </message>
    <message>
        <source>%1 needs either --trigger (name, or group.name) or --group.</source>
        <translation>%1 需要 --trigger（名称或 组.名称）或 --group 之一。</translation>
    </message>
    <message>
        <source>the Java scheduler &quot;%1&quot; in %2</source>
        <translation>%2 中的 Java 调度器“%1”</translation>
    </message>
    <message>
        <source>qronosctl: would %1 in %2; nothing was changed. Add --yes to do it.
</source>
        <translation>qronosctl：将在%2中%1；未做任何更改。加上 --yes 才会执行。
</translation>
    </message>
    <message>
        <source>fire the job %1 now (a one-shot trigger in group DEFAULT)</source>
        <translation>立即触发作业 %1（DEFAULT 组中的一次性触发器）</translation>
    </message>
    <message>
        <source>Stored the one-shot trigger %1 for job %2; a Java node will run it.
</source>
        <translation>已为作业 %2 存入一次性触发器 %1；将由某个 Java 节点执行。
</translation>
    </message>
    <message>
        <source>pause the trigger group %1</source>
        <translation>暂停触发器组 %1</translation>
    </message>
    <message>
        <source>resume the trigger group %1</source>
        <translation>恢复触发器组 %1</translation>
    </message>
    <message>
        <source>Paused the trigger group %1: %2 trigger(s) changed.
</source>
        <translation>已暂停触发器组 %1：%2 个触发器已更改。
</translation>
    </message>
    <message>
        <source>Resumed the trigger group %1: %2 trigger(s) changed.
</source>
        <translation>已恢复触发器组 %1：%2 个触发器已更改。
</translation>
    </message>
    <message>
        <source>delete the trigger %1 (and its job, if not durable and left without triggers)</source>
        <translation>删除触发器 %1（若其作业非持久且不再有触发器，作业也一并删除）</translation>
    </message>
    <message>
        <source>Deleted the trigger %1 and its job %2, which was not durable.
</source>
        <translation>已删除触发器 %1 及其非持久作业 %2。
</translation>
    </message>
    <message>
        <source>Deleted the trigger %1.
</source>
        <translation>已删除触发器 %1。
</translation>
    </message>
    <message>
        <source>pause the trigger %1</source>
        <translation>暂停触发器 %1</translation>
    </message>
    <message>
        <source>resume the trigger %1</source>
        <translation>恢复触发器 %1</translation>
    </message>
    <message>
        <source>Paused the trigger %1.
</source>
        <translation>已暂停触发器 %1。
</translation>
    </message>
    <message>
        <source>The trigger %1 was in a state that pausing leaves as it is.
</source>
        <translation>触发器 %1 所处的状态不受暂停影响，保持不变。
</translation>
    </message>
    <message>
        <source>Resumed the trigger %1.
</source>
        <translation>已恢复触发器 %1。
</translation>
    </message>
    <message>
        <source>The trigger %1 was not paused.
</source>
        <translation>触发器 %1 未处于暂停状态。
</translation>
    </message>
    <message>
        <source>With --quartz-db the commands are %1 and %2, not &quot;%3&quot;.</source>
        <translation>使用 --quartz-db 时可用的命令为 %1 以及 %2，而不是“%3”。</translation>
    </message>
    <message>
        <source>Reads the Java Quartz database; never writes to it.</source>
        <translation>读取 Java Quartz 数据库；从不写入。</translation>
    </message>
    <message>
        <source>Changes the Java Quartz database&apos;s rows as Quartz itself would, under its TRIGGER_ACCESS lock; refuses without --yes.</source>
        <translation>像 Quartz 自身那样、在其 TRIGGER_ACCESS 锁下修改 Java Quartz 数据库的行；没有 --yes 则拒绝执行。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Usage: qronosctl [--db URL] &lt;command&gt; [options]

Commands:
  init         create the tables, or migrate them to this version
  node         run a headless scheduler node until SIGINT/SIGTERM
  jobs         list jobs
  triggers     list triggers with state and next fire time
  calendars    list calendars
  history      list executions (filters; table, csv or json)
  export-history  every execution the filters select, streamed as CSV or JSON Lines
  nodes        list the cluster&apos;s nodes: check-ins, clock offsets, states
  running      list what runs now on every node
  interrupt    ask the nodes running a job (or one fire) to stop it
  add-job      store a job (and a trigger) from options
  add-trigger  store a trigger for an existing job
  pause        pause a job, trigger, group or everything
  resume       resume a job, trigger, group or everything
  fire         run a job once now
  delete       delete a job, trigger or calendar
  preview      next fire times of a cron expression; --batch for the line protocol
  forecast     every fire of a period as CSV or iCalendar, calendars applied
  password     keep the database&apos;s password in the OS keychain (set, delete, check)

The database is --db URL, else $QRONOS_DB, else the console&apos;s embedded SQLite file.
URLs: sqlite:///abs/path.db  postgresql://user@host:5432/db  mysql://user@host:3306/db
Exit codes: 0 ok, 1 runtime failure, 2 bad usage or input.
Run &apos;qronosctl &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>用法：qronosctl [--db URL] &lt;命令&gt; [选项]

命令：
  init         创建数据表，或将其迁移到当前版本
  node         运行无界面的调度器节点，直到收到 SIGINT/SIGTERM
  jobs         列出任务
  triggers     列出触发器及其状态和下次触发时间
  calendars    列出日历
  history      列出执行记录（可筛选；table、csv 或 json）
  export-history  将筛选出的全部执行记录以 CSV 或 JSON Lines 流式导出
  nodes        列出集群节点：签到、时钟偏差、状态
  running      列出各节点当前正在运行的内容
  interrupt    请求运行某任务（或某次触发）的节点停止它
  add-job      根据选项保存任务（及触发器）
  add-trigger  为已有任务保存触发器
  pause        暂停任务、触发器、分组或全部
  resume       恢复任务、触发器、分组或全部
  fire         立即运行一次任务
  delete       删除任务、触发器或日历
  preview      显示 cron 表达式接下来的触发时间；--batch 使用行协议
  forecast     将一段期间内的每次触发（已应用日历）导出为 CSV 或 iCalendar
  password     将数据库密码保存在系统密钥环中（set、delete、check）

数据库依次取 --db URL、$QRONOS_DB，都未指定时使用控制台内置的 SQLite 文件。
URL 示例：sqlite:///abs/path.db  postgresql://user@host:5432/db  mysql://user@host:3306/db
退出码：0 成功，1 运行时失败，2 用法或输入错误。
运行 &apos;qronosctl &lt;命令&gt; --help&apos; 查看命令的选项。
</translation>
    </message>
    <message>
        <source>Writes every execution the filters select, newest first, as CSV or JSON Lines, a page at a time (memory stays the same for millions of rows). Times in UTC and in --zone.</source>
        <translation>将筛选出的每条执行记录按从新到旧写成 CSV 或 JSON Lines，逐页写出（数百万行时内存也保持不变）。时间以 UTC 和 --zone 时区给出。</translation>
    </message>
    <message>
        <source>csv (default) or jsonl.</source>
        <translation>csv（默认）或 jsonl。</translation>
    </message>
    <message>
        <source>IANA time zone of the *_local columns (default: this computer&apos;s).</source>
        <translation>*_local 列使用的 IANA 时区（默认：本机时区）。</translation>
    </message>
    <message>
        <source>Start a CSV file with a UTF-8 byte order mark (for spreadsheet programs).</source>
        <translation>在 CSV 文件开头写入 UTF-8 字节顺序标记（供电子表格程序使用）。</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not csv or jsonl.</source>
        <translation>--format “%1”不是 csv 或 jsonl。</translation>
    </message>
    <message>
        <source>--zone &quot;%1&quot; is not a known time zone.</source>
        <translation>--zone “%1”不是已知的时区。</translation>
    </message>
    <message>
        <source>cannot write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) written to %1.
</source>
        <translation>
            <numerusform>已将 %n 条执行记录写入 %1。
</numerusform>
        </translation>
    </message>
    <message>
        <source>database %1 (%2): %3</source>
        <translation>数据库 %1（%2）：%3</translation>
    </message>
    <message>
        <source>there is no such file (diff does not create one).</source>
        <translation>没有这个文件（diff 不会创建它）。</translation>
    </message>
    <message>
        <source>Compares the schedules of two databases: prints how B differs from A, as the dry-run of importing A&apos;s schedule into B would (qronosctl import --dry-run), plus what only B holds:
  + job g.x        only in A (B lacks it)
  ~ trigger g.t: cron &quot;0 0 2 * * ?&quot; -&gt; &quot;0 30 2 * * ?&quot;   in both, different: B&apos;s value -&gt; A&apos;s value
  - calendar c     only in B
  = job g.y        the same (with --unchanged)
Name the source first: diff --db STAGING --db PRODUCTION shows what promoting staging would change in production.
Jobs, triggers (their paused state included) and calendars are compared field by field; fire times and counts are not. With --group or --job only those jobs, their triggers and the calendars those triggers use are compared, in both databases.
Passwords come from each URL as for every command (the URL, QRONOS_DB_PASSWORD, the URL&apos;s ?passwordFile=, QRONOS_DB_PASSWORD_FILE, the OS keychain). QRONOS_DB_PASSWORD, when set, is used for both: for two different passwords leave it unset and give each URL its ?passwordFile= or its keychain entry (qronosctl password set --db URL).
Exit codes, as diff(1): 0 the same, 1 different, 2 trouble (bad usage, or a database that cannot be opened or read).</source>
        <translation>比较两个数据库的调度：打印 B 与 A 的差异，即把 A 的调度导入 B 时预演（qronosctl import --dry-run）所显示的内容，另加仅 B 拥有的对象：
  + job g.x        仅在 A 中（B 没有）
  ~ trigger g.t: cron &quot;0 0 2 * * ?&quot; -&gt; &quot;0 30 2 * * ?&quot;   两边都有但不同：B 的值 -&gt; A 的值
  - calendar c     仅在 B 中
  = job g.y        相同（使用 --unchanged 时列出）
源放在前面：diff --db STAGING --db PRODUCTION 显示把预发布环境推广到生产环境时会在生产环境中改变什么。
作业、触发器（包括其暂停状态）和日历逐字段比较；触发时间和次数不比较。使用 --group 或 --job 时，只在两个数据库中比较这些作业、它们的触发器以及这些触发器使用的日历。
每个 URL 的密码来源与其他命令相同（URL 本身、QRONOS_DB_PASSWORD、URL 的 ?passwordFile=、QRONOS_DB_PASSWORD_FILE、操作系统钥匙串）。设置了 QRONOS_DB_PASSWORD 时它同时用于两个数据库：若两个密码不同，请不要设置它，而是为每个 URL 指定各自的 ?passwordFile= 或各自的钥匙串条目（qronosctl password set --db URL）。
退出码同 diff(1)：0 相同，1 不同，2 出错（用法错误，或某个数据库无法打开或读取）。</translation>
    </message>
    <message>
        <source>A database URL; give two: --db A --db B (a --db before the command counts as A).</source>
        <translation>数据库 URL；需给出两个：--db A --db B（命令前的 --db 算作 A）。</translation>
    </message>
    <message>
        <source>Compare the jobs of this group (repeatable).</source>
        <translation>比较此分组的作业（可重复）。</translation>
    </message>
    <message>
        <source>Compare this job, GROUP.NAME (repeatable).</source>
        <translation>比较此作业，分组.名称（可重复）。</translation>
    </message>
    <message>
        <source>List what is the same too.</source>
        <translation>同时列出相同的项。</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
    <message>
        <source>diff takes no arguments but options (see --help).</source>
        <translation>diff 只接受选项，不接受参数（见 --help）。</translation>
    </message>
    <message>
        <source>diff compares two databases: give --db A --db B (see --help).</source>
        <translation>diff 比较两个数据库：请给出 --db A --db B（见 --help）。</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation>--format 必须是 text 或 json，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>
Comparing two databases:
  diff --db A --db B [--group G]... [--job GROUP.NAME]... [--unchanged] [--format text|json]
      how B differs from A, as importing A&apos;s schedule into B would show it:
      + only in A, ~ different (B&apos;s value -&gt; A&apos;s), - only in B.
      Exit codes as diff(1): 0 the same, 1 different, 2 trouble.
</source>
        <translation>
比较两个数据库：
  diff --db A --db B [--group G]... [--job GROUP.NAME]... [--unchanged] [--format text|json]
      B 与 A 的差异，即把 A 的调度导入 B 时预演所显示的内容：
      + 仅在 A 中，~ 不同（B 的值 -&gt; A 的值），- 仅在 B 中。
      退出码同 diff(1)：0 相同，1 不同，2 出错。
</translation>
    </message>
</context>
</TS>
