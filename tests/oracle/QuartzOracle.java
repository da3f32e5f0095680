/*
 * QuartzOracle -- reference oracle for Qronos fixtures.
 *
 * Reads one request per line on stdin (TAB-separated, see README.md) and
 * answers each with exactly one line on stdout, computed with the real
 * Quartz 2.3.2 classes (CronExpression, the trigger implementations,
 * TriggerUtils.computeFireTimes and org.quartz.impl.calendar.*).
 *
 * Options:
 *   --mark-horizon   prefix the answer with "DROP<TAB>reason<TAB>" when the case is
 *                    unfit for a committed fixture: "horizon" when the answer might
 *                    depend on Quartz's "current year + 100" search horizon
 *                    (CronExpression.MAX_YEAR / YEAR_TO_GIVEUP_SCHEDULING_AT, i.e.
 *                    on the date the oracle runs), "budget" when the calendar was
 *                    consulted more than 500000 times (a calendar that excludes
 *                    (nearly) every candidate: Quartz then walks to its horizon).
 *                    generate.sh drops such cases so that the fixtures are
 *                    reproducible and cheap to check.
 *   --report-slow=MS print requests taking at least MS milliseconds to stderr.
 *   --versions       print the Quartz, Java and tzdata versions and exit.
 *   --dump-transitions ZONE...  print the zones' UTC offset transitions (1990-2100)
 *                    as known to this JVM, for gen_cases.py, and exit.
 *   --timeout=SEC    abort the whole process (exit 3, message on stderr) if a
 *                    single request takes longer than SEC seconds
 *                    (default 300, 0 disables). A hang is a generator bug.
 *
 * This is a test tool only; it is not part of the Qronos product.
 */

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.quartz.CronExpression;
import org.quartz.DateBuilder;
import org.quartz.JobKey;
import org.quartz.TimeOfDay;
import org.quartz.TriggerKey;
import org.quartz.TriggerUtils;
import org.quartz.impl.calendar.AnnualCalendar;
import org.quartz.impl.calendar.BaseCalendar;
import org.quartz.impl.calendar.CronCalendar;
import org.quartz.impl.calendar.DailyCalendar;
import org.quartz.impl.calendar.HolidayCalendar;
import org.quartz.impl.calendar.MonthlyCalendar;
import org.quartz.impl.calendar.WeeklyCalendar;
import org.quartz.impl.triggers.AbstractTrigger;
import org.quartz.impl.triggers.CalendarIntervalTriggerImpl;
import org.quartz.impl.triggers.CronTriggerImpl;
import org.quartz.impl.triggers.DailyTimeIntervalTriggerImpl;
import org.quartz.impl.triggers.SimpleTriggerImpl;
import org.quartz.spi.OperableTrigger;

public final class QuartzOracle {

    /** A request line that does not follow the protocol. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        BadRequest(String msg) { super(msg); }
    }

    private static final Set<String> ZONE_IDS = new HashSet<>(Arrays.asList(TimeZone.getAvailableIDs()));

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{3}))?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern INT = Pattern.compile("-?\\d{1,18}");
    private static final Pattern TOD = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})");
    private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MD = Pattern.compile("(\\d{2})-(\\d{2})");
    private static final Pattern YEARS_BOUNDED = Pattern.compile("\\d{4}(-\\d{4})?(,\\d{4}(-\\d{4})?)*");

    private static final DateTimeFormatter OUT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Instants from here on are considered "near Quartz's year+100 horizon". */
    private static final long HORIZON_SAFE_LIMIT =
            ZonedDateTime.of(2091, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant().toEpochMilli();

    private static boolean markHorizon = false;

    // ---------------------------------------------------------------- main

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("--versions")) {
            System.out.println("quartz=" + org.quartz.core.QuartzScheduler.getVersionMajor() + "."
                    + org.quartz.core.QuartzScheduler.getVersionMinor() + "."
                    + org.quartz.core.QuartzScheduler.getVersionIteration());
            System.out.println("java=" + System.getProperty("java.version"));
            System.out.println("tzdata=" + String.join(",",
                    java.time.zone.ZoneRulesProvider.getVersions("UTC").keySet()));
            return;
        }
        if (args.length > 0 && args[0].equals("--dump-transitions")) {
            dumpTransitions(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        long timeoutSec = 300;
        long slowMs = -1;
        for (String a : args) {
            if (a.equals("--mark-horizon")) {
                markHorizon = true;
            } else if (a.startsWith("--report-slow=")) {
                slowMs = Long.parseLong(a.substring("--report-slow=".length()));
            } else if (a.startsWith("--timeout=")) {
                timeoutSec = Long.parseLong(a.substring("--timeout=".length()));
            } else {
                System.err.println("QuartzOracle: unknown option " + a);
                System.exit(2);
            }
        }
        final Watchdog dog = new Watchdog(timeoutSec * 1000L);
        if (timeoutSec > 0) {
            Thread t = new Thread(dog, "oracle-watchdog");
            t.setDaemon(true);
            t.start();
        }

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder sb = new StringBuilder();
        long lineNo = 0;
        boolean eof = false;
        while (!eof) {
            // Read one line terminated by '\n' only (a stray '\r' inside a line stays part of it).
            sb.setLength(0);
            int ch;
            boolean any = false;
            while (true) {
                ch = in.read();
                if (ch < 0) { eof = true; break; }
                any = true;
                if (ch == '\n') break;
                sb.append((char) ch);
            }
            if (eof && !any) break;
            lineNo++;
            String line = sb.toString();
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);

            dog.begin(lineNo, line);
            long t0 = System.nanoTime();
            String answer;
            try {
                answer = handle(line);
            } catch (Throwable t) {
                answer = error(t);
            }
            dog.end();
            if (slowMs >= 0) {
                long ms = (System.nanoTime() - t0) / 1_000_000L;
                if (ms >= slowMs) System.err.println("SLOW\t" + ms + "ms\tline " + lineNo + "\t" + line);
            }
            out.write(answer);
            out.write('\n');
            if (eof || !in.ready()) out.flush();
        }
        out.flush();
    }

    /**
     * Prints the UTC offset history of the given zones between 1990 and 2100 as seen by this JVM:
     * "ZONE<TAB>initial<TAB>OFFSET_SEC" then "ZONE<TAB>EPOCH_SEC<TAB>OFFSET_BEFORE<TAB>OFFSET_AFTER" per transition.
     */
    static void dumpTransitions(String[] zones) {
        StringBuilder sb = new StringBuilder();
        Instant from = Instant.parse("1990-01-01T00:00:00Z");
        Instant to = Instant.parse("2100-01-01T00:00:00Z");
        for (String z : zones) {
            java.time.zone.ZoneRules rules = ZoneId.of(z).getRules();
            sb.append(z).append("\tinitial\t").append(rules.getOffset(from).getTotalSeconds()).append('\n');
            java.time.zone.ZoneOffsetTransition tr = rules.nextTransition(from);
            while (tr != null && tr.getInstant().isBefore(to)) {
                sb.append(z).append('\t').append(tr.getInstant().getEpochSecond()).append('\t')
                  .append(tr.getOffsetBefore().getTotalSeconds()).append('\t')
                  .append(tr.getOffsetAfter().getTotalSeconds()).append('\n');
                tr = rules.nextTransition(tr.getInstant());
            }
        }
        System.out.print(sb);
        System.out.flush();
    }

    /** Kills the process if one request runs for too long (a hang is a generator bug). */
    static final class Watchdog implements Runnable {
        private final long limitMs;
        private volatile long startedAt = 0;
        private volatile long lineNo = 0;
        private volatile String line = null;

        Watchdog(long limitMs) { this.limitMs = limitMs; }

        void begin(long n, String l) { lineNo = n; line = l; startedAt = System.nanoTime(); }

        void end() { startedAt = 0; }

        @Override public void run() {
            while (true) {
                try { Thread.sleep(500); } catch (InterruptedException e) { return; }
                long s = startedAt;
                if (s != 0 && (System.nanoTime() - s) / 1_000_000L > limitMs) {
                    System.err.println("QuartzOracle: request on input line " + lineNo
                            + " exceeded " + (limitMs / 1000) + " s: " + line);
                    System.err.flush();
                    Runtime.getRuntime().halt(3);
                }
            }
        }
    }

    static String error(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.trim().isEmpty()) m = t.getClass().getName();
        return "ERROR\t" + m.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    // ------------------------------------------------------------ dispatch

    /** Result of one computation plus what is needed to judge horizon sensitivity. */
    static final class Result {
        List<Date> fires = new ArrayList<>();
        int count;
        boolean naturalEnd = false;     // trigger ends on its own before the horizon (END time / repeat count)
    }

    static String handle(String line) throws Exception {
        String[] c = line.split("\t", -1);
        String kind = c[0];
        int fixed;
        switch (kind) {
            case "cron": fixed = 2; break;
            case "crontrig": fixed = 3; break;
            case "simple": fixed = 4; break;
            case "calint": fixed = 6; break;
            case "daily": fixed = 8; break;
            default:
                throw new BadRequest("bad request: unknown kind '" + kind + "'");
        }
        int base = 1 + fixed + 2;
        if (c.length != base && c.length != base + 1) {
            throw new BadRequest("bad request: " + kind + " needs " + base + " or " + (base + 1)
                    + " columns, got " + c.length);
        }
        String tzId = c[1 + fixed];
        int count = parseCount(c[2 + fixed]);
        String calSpec = c.length == base + 1 ? c[base] : "-";
        TimeZone tz = parseZone(tzId);
        ZoneId zoneId = ZoneId.of(tzId);

        // Parse everything request-specific before touching Quartz.
        Request req;
        switch (kind) {
            case "cron": req = new CronReq(c); break;
            case "crontrig": req = new CronTrigReq(c); break;
            case "simple": req = new SimpleReq(c); break;
            case "calint": req = new CalIntReq(c); break;
            default: req = new DailyReq(c); break;
        }

        // Quartz's DailyTimeIntervalTriggerImpl, TimeOfDay and various helpers use the JVM default zone.
        TimeZone.setDefault(tz);

        if (markHorizon) {
            return markedAnswer(req, calSpec, tz, zoneId, count);
        }
        org.quartz.Calendar cal = buildCalendar(calSpec, tz, zoneId);
        return format(req.compute(tz, cal, count).fires, count);
    }

    /** Probe-calendar budget in --mark-horizon mode (number of isTimeIncluded calls). */
    private static final long PROBE_BUDGET = 500_000L;

    static String markedAnswer(Request req, String calSpec, TimeZone tz, ZoneId zoneId, int count)
            throws Exception {
        org.quartz.Calendar cal = buildCalendar(calSpec, tz, zoneId);
        boolean bounded = req.boundedYears();
        Probe probe = null;
        String probed = null;
        if (cal != null) {
            // First a run through a delegating calendar that watches how far Quartz looks and
            // aborts early; then the real run, which must agree.
            probe = new Probe(buildCalendar(calSpec, tz, zoneId), bounded ? Long.MAX_VALUE : HORIZON_SAFE_LIMIT);
            try {
                probed = format(req.compute(tz, probe, count).fires, count);
            } catch (ProbeAbort a) {
                return "DROP\t" + a.getMessage();
            } catch (Exception e) {
                probe = null;   // the real run below reports the same error
            }
        }
        Result r = req.compute(tz, cal, count);
        String answer = format(r.fires, count);
        if (probed != null && !probed.equals(answer)) {
            throw new IllegalStateException("oracle self-check: probe run differs");
        }
        if (!bounded && horizonSensitive(r, probe)) return "DROP\thorizon\t" + answer;
        return answer;
    }

    static String format(List<Date> fires, int count) {
        StringBuilder sb = new StringBuilder();
        for (Date d : fires) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(OUT.format(Instant.ofEpochMilli(d.getTime())));
        }
        if (fires.size() < count) {
            if (sb.length() > 0) sb.append(' ');
            sb.append("END");
        }
        return sb.toString();
    }

    static boolean horizonSensitive(Result r, Probe probe) {
        for (Date d : r.fires) {
            if (d.getTime() >= HORIZON_SAFE_LIMIT) return true;
        }
        boolean ended = r.fires.size() < r.count;
        if (!ended) return false;
        if (probe != null && probe.max >= HORIZON_SAFE_LIMIT) return true;
        if (r.naturalEnd) return false;
        // Ended without a natural reason: Quartz gave up at its year+100 horizon, unless the
        // schedule never produced a single candidate at all (an expression that never fires).
        return !r.fires.isEmpty() || (probe != null && probe.calls > 0);
    }

    static final class ProbeAbort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        ProbeAbort(String why) { super(why); }
    }

    /** Delegating calendar that records how far the computation looked (--mark-horizon only). */
    static final class Probe implements org.quartz.Calendar {
        private static final long serialVersionUID = 1L;
        final org.quartz.Calendar inner;
        final long abortAt;
        long max = Long.MIN_VALUE;
        long calls = 0;

        Probe(org.quartz.Calendar inner, long abortAt) { this.inner = inner; this.abortAt = abortAt; }

        @Override public void setBaseCalendar(org.quartz.Calendar c) { inner.setBaseCalendar(c); }
        @Override public org.quartz.Calendar getBaseCalendar() { return inner.getBaseCalendar(); }
        @Override public boolean isTimeIncluded(long t) {
            if (++calls > PROBE_BUDGET) throw new ProbeAbort("budget");
            if (t >= abortAt) throw new ProbeAbort("horizon");
            if (t > max) max = t;
            return inner.isTimeIncluded(t);
        }
        @Override public long getNextIncludedTime(long t) { return inner.getNextIncludedTime(t); }
        @Override public String getDescription() { return inner.getDescription(); }
        @Override public void setDescription(String d) { inner.setDescription(d); }
        @Override public Object clone() { return this; }
    }

    // ------------------------------------------------------------ requests

    interface Request {
        Result compute(TimeZone tz, org.quartz.Calendar cal, int count) throws Exception;

        /** Cron requests whose year field is an explicit small set: immune to the horizon. */
        default boolean boundedYears() { return false; }
    }

    static final class CronReq implements Request {
        final String expr;
        final long from;

        CronReq(String[] c) {
            expr = c[1];
            from = parseInstant(c[2], "FROM");
        }

        @Override public Result compute(TimeZone tz, org.quartz.Calendar cal, int count) throws Exception {
            CronExpression ce = new CronExpression(expr);
            ce.setTimeZone(tz);
            Result r = new Result();
            r.count = count;
            Date t = new Date(Math.floorDiv(from, 1000L) * 1000L);
            for (int i = 0; i < count; i++) {
                t = ce.getTimeAfter(t);
                while (t != null && cal != null && !cal.isTimeIncluded(t.getTime())) {
                    t = ce.getTimeAfter(t);
                }
                if (t == null) break;
                r.fires.add(t);
            }
            return r;
        }

        @Override public boolean boundedYears() { return yearsBounded(expr); }
    }

    static final class CronTrigReq implements Request {
        final String expr;
        final long start;
        final Long end;

        CronTrigReq(String[] c) {
            expr = c[1];
            start = parseInstant(c[2], "START");
            end = parseOptInstant(c[3], "END");
        }

        @Override public Result compute(TimeZone tz, org.quartz.Calendar cal, int count) throws Exception {
            CronExpression ce = new CronExpression(expr);
            ce.setTimeZone(tz);
            CronTriggerImpl t = new CronTriggerImpl();
            name(t);
            t.setCronExpression(ce);
            t.setTimeZone(tz);
            t.setStartTime(new Date(start));
            t.setEndTime(end == null ? null : new Date(end));
            return run(t, cal, count);
        }

        @Override public boolean boundedYears() { return yearsBounded(expr); }
    }

    static final class SimpleReq implements Request {
        final long start;
        final Long end;
        final long interval;
        final int repeatCount;

        SimpleReq(String[] c) {
            start = parseInstant(c[1], "START");
            end = parseOptInstant(c[2], "END");
            interval = parseLong(c[3], "INTERVAL_MS");
            repeatCount = parseInt(c[4], "REPEAT_COUNT");
        }

        @Override public Result compute(TimeZone tz, org.quartz.Calendar cal, int count) throws Exception {
            SimpleTriggerImpl t = new SimpleTriggerImpl();
            name(t);
            t.setStartTime(new Date(start));
            t.setEndTime(end == null ? null : new Date(end));
            t.setRepeatInterval(interval);
            t.setRepeatCount(repeatCount == -1 ? org.quartz.SimpleTrigger.REPEAT_INDEFINITELY : repeatCount);
            Result r = run(t, cal, count);
            if (repeatCount >= 0) r.naturalEnd = true;
            return r;
        }
    }

    static final class CalIntReq implements Request {
        final long start;
        final Long end;
        final int interval;
        final DateBuilder.IntervalUnit unit;
        final boolean preserveHour;
        final boolean skipDay;

        CalIntReq(String[] c) {
            start = parseInstant(c[1], "START");
            end = parseOptInstant(c[2], "END");
            interval = parseInt(c[3], "INTERVAL");
            unit = parseUnit(c[4]);
            preserveHour = parseBool(c[5], "PRESERVE_HOUR");
            skipDay = parseBool(c[6], "SKIP_DAY");
        }

        @Override public Result compute(TimeZone tz, org.quartz.Calendar cal, int count) throws Exception {
            CalendarIntervalTriggerImpl t = new CalendarIntervalTriggerImpl();
            name(t);
            t.setStartTime(new Date(start));
            t.setEndTime(end == null ? null : new Date(end));
            t.setRepeatInterval(interval);
            t.setRepeatIntervalUnit(unit);
            t.setTimeZone(tz);
            t.setPreserveHourOfDayAcrossDaylightSavings(preserveHour);
            t.setSkipDayIfHourDoesNotExist(skipDay);
            return run(t, cal, count);
        }
    }

    static final class DailyReq implements Request {
        final long start;
        final Long end;
        final int interval;
        final DateBuilder.IntervalUnit unit;
        final int repeatCount;
        final Set<Integer> days;
        final int[] startTod;
        final int[] endTod;

        DailyReq(String[] c) {
            start = parseInstant(c[1], "START");
            end = parseOptInstant(c[2], "END");
            interval = parseInt(c[3], "INTERVAL");
            unit = parseUnit(c[4]);
            repeatCount = parseInt(c[5], "REPEAT_COUNT");
            days = parseDays(c[6]);
            startTod = parseTod(c[7], "START_TOD", new int[] {0, 0, 0});
            endTod = parseTod(c[8], "END_TOD", new int[] {23, 59, 59});
        }

        @Override public Result compute(TimeZone tz, org.quartz.Calendar cal, int count) throws Exception {
            DailyTimeIntervalTriggerImpl t = new DailyTimeIntervalTriggerImpl();
            name(t);
            t.setStartTime(new Date(start));
            t.setEndTime(end == null ? null : new Date(end));
            t.setRepeatIntervalUnit(unit);
            t.setRepeatInterval(interval);
            t.setRepeatCount(repeatCount == -1 ? DailyTimeIntervalTriggerImpl.REPEAT_INDEFINITELY : repeatCount);
            t.setDaysOfWeek(days);
            t.setStartTimeOfDay(new TimeOfDay(startTod[0], startTod[1], startTod[2]));
            t.setEndTimeOfDay(new TimeOfDay(endTod[0], endTod[1], endTod[2]));
            Result r = run(t, cal, count);
            if (repeatCount >= 0) r.naturalEnd = true;
            return r;
        }
    }

    static void name(AbstractTrigger<?> t) {
        t.setKey(new TriggerKey("oracle", "oracle"));
        t.setJobKey(new JobKey("oracle", "oracle"));
    }

    static Result run(OperableTrigger t, org.quartz.Calendar cal, int count) throws Exception {
        t.validate();
        Result r = new Result();
        r.count = count;
        r.fires.addAll(TriggerUtils.computeFireTimes(t, cal, count));
        Date end = t.getEndTime();
        if (end != null && end.getTime() < HORIZON_SAFE_LIMIT) r.naturalEnd = true;
        return r;
    }

    /** True when the year field (7th field) is an explicit list/range of years that cannot depend on MAX_YEAR. */
    static boolean yearsBounded(String expr) {
        String[] f = expr.trim().split("[ \\t]+");
        if (f.length < 7) return false;
        String y = f[6];
        if (!YEARS_BOUNDED.matcher(y).matches()) return false;
        for (String part : y.split(",")) {
            String[] ab = part.split("-");
            int a = Integer.parseInt(ab[0]);
            int b = ab.length > 1 ? Integer.parseInt(ab[1]) : a;
            if (b < a || b > 2120) return false;
        }
        return true;
    }

    // ----------------------------------------------------------- calendars

    static org.quartz.Calendar buildCalendar(String spec, TimeZone tz, ZoneId zone) throws Exception {
        if (spec.equals("-")) return null;
        String[] parts = spec.split("\\+", -1);
        List<BaseCalendar> cals = new ArrayList<>();
        for (String p : parts) cals.add(buildOne(p, tz, zone));
        for (int i = 0; i + 1 < cals.size(); i++) cals.get(i).setBaseCalendar(cals.get(i + 1));
        return cals.get(0);
    }

    static BaseCalendar buildOne(String spec, TimeZone tz, ZoneId zone) throws Exception {
        int colon = spec.indexOf(':');
        if (colon < 0) throw new BadRequest("bad request: calendar spec without ':' : '" + spec + "'");
        String type = spec.substring(0, colon);
        String arg = spec.substring(colon + 1);
        List<String> items = new ArrayList<>();
        if (!arg.isEmpty()) items.addAll(Arrays.asList(arg.split(",", -1)));
        switch (type) {
            case "holiday": {
                HolidayCalendar h = new HolidayCalendar(tz);
                for (String it : items) {
                    Matcher m = YMD.matcher(it);
                    if (!m.matches()) throw new BadRequest("bad request: bad holiday date '" + it + "'");
                    LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)), it);
                    h.addExcludedDate(Date.from(ZonedDateTime.of(d, LocalTime.NOON, zone).toInstant()));
                }
                return h;
            }
            case "weekly": {
                WeeklyCalendar w = new WeeklyCalendar(tz);
                w.setDaysExcluded(new boolean[8]);   // constructor excludes Saturday and Sunday
                for (String it : items) {
                    int d = smallInt(it, 1, 7, "weekday");
                    w.setDayExcluded(d, true);
                }
                return w;
            }
            case "monthly": {
                MonthlyCalendar mc = new MonthlyCalendar(tz);
                mc.setDaysExcluded(new boolean[31]);
                for (String it : items) {
                    int d = smallInt(it, 1, 31, "day of month");
                    mc.setDayExcluded(d, true);
                }
                return mc;
            }
            case "annual": {
                AnnualCalendar a = new AnnualCalendar(tz);
                for (String it : items) {
                    Matcher m = MD.matcher(it);
                    if (!m.matches()) throw new BadRequest("bad request: bad annual day '" + it + "'");
                    int mo = Integer.parseInt(m.group(1));
                    int da = Integer.parseInt(m.group(2));
                    date(2000, mo, da, it); // validates (2000 is a leap year, so 02-29 is fine)
                    java.util.Calendar jc = java.util.Calendar.getInstance(tz);
                    jc.clear();
                    jc.set(2000, mo - 1, da, 12, 0, 0);
                    a.setDayExcluded(jc, true);
                }
                return a;
            }
            case "cron": {
                CronCalendar cc = new CronCalendar(arg);
                cc.setTimeZone(tz);
                return cc;
            }
            case "daily":
            case "dailyinv": {
                String[] se = arg.split("-", -1);
                if (se.length != 2) throw new BadRequest("bad request: daily calendar needs START-END: '" + arg + "'");
                DailyCalendar dc = new DailyCalendar(se[0], se[1]);
                dc.setTimeZone(tz);
                if (type.equals("dailyinv")) dc.setInvertTimeRange(true);
                return dc;
            }
            default:
                throw new BadRequest("bad request: unknown calendar type '" + type + "'");
        }
    }

    // ------------------------------------------------------------- parsing

    static LocalDate date(int y, int m, int d, String text) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new BadRequest("bad request: bad date '" + text + "': " + e.getMessage());
        }
    }

    static int smallInt(String s, int lo, int hi, String what) {
        if (!s.matches("\\d{1,2}")) throw new BadRequest("bad request: bad " + what + " '" + s + "'");
        int v = Integer.parseInt(s);
        if (v < lo || v > hi) throw new BadRequest("bad request: " + what + " out of range: " + v);
        return v;
    }

    static TimeZone parseZone(String id) {
        if (!ZONE_IDS.contains(id)) throw new BadRequest("bad request: unknown time zone '" + id + "'");
        try {
            ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new BadRequest("bad request: unknown time zone '" + id + "'");
        }
        return TimeZone.getTimeZone(id);
    }

    static int parseCount(String s) {
        if (!s.matches("\\d{1,5}")) throw new BadRequest("bad request: bad COUNT '" + s + "'");
        int v = Integer.parseInt(s);
        if (v < 1 || v > 10000) throw new BadRequest("bad request: COUNT out of range: " + v);
        return v;
    }

    static long parseInstant(String s, String what) {
        Matcher m = ISO.matcher(s);
        if (!m.matches()) throw new BadRequest("bad request: bad " + what + " time '" + s + "'");
        try {
            LocalDateTime ldt = LocalDateTime.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt(m.group(7)) * 1_000_000);
            String off = m.group(8);
            ZoneOffset zo;
            if (off.equals("Z")) {
                zo = ZoneOffset.UTC;
            } else {
                int sign = off.charAt(0) == '-' ? -1 : 1;
                int hh = Integer.parseInt(off.substring(1, 3));
                int mm = Integer.parseInt(off.substring(4, 6));
                if (mm > 59) throw new DateTimeException("bad offset minutes");
                zo = ZoneOffset.ofHoursMinutes(sign * hh, sign * mm);
            }
            return ldt.toInstant(zo).toEpochMilli();
        } catch (DateTimeException e) {
            throw new BadRequest("bad request: bad " + what + " time '" + s + "': " + e.getMessage());
        }
    }

    static Long parseOptInstant(String s, String what) {
        if (s.equals("-")) return null;
        return parseInstant(s, what);
    }

    static long parseLong(String s, String what) {
        if (!INT.matcher(s).matches()) throw new BadRequest("bad request: bad " + what + " '" + s + "'");
        return Long.parseLong(s);
    }

    static int parseInt(String s, String what) {
        if (!INT.matcher(s).matches()) throw new BadRequest("bad request: bad " + what + " '" + s + "'");
        long v = Long.parseLong(s);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new BadRequest("bad request: " + what + " out of range '" + s + "'");
        }
        return (int) v;
    }

    static boolean parseBool(String s, String what) {
        if (s.equals("true")) return true;
        if (s.equals("false")) return false;
        throw new BadRequest("bad request: bad " + what + " '" + s + "'");
    }

    static DateBuilder.IntervalUnit parseUnit(String s) {
        switch (s) {
            case "SECOND": case "MINUTE": case "HOUR": case "DAY": case "WEEK": case "MONTH": case "YEAR":
                return DateBuilder.IntervalUnit.valueOf(s);
            default:
                throw new BadRequest("bad request: bad UNIT '" + s + "'");
        }
    }

    static Set<Integer> parseDays(String s) {
        Set<Integer> days = new HashSet<>();
        if (s.equals("*")) {
            for (int i = 1; i <= 7; i++) days.add(i);
            return days;
        }
        for (String it : s.split(",", -1)) days.add(smallInt(it, 1, 7, "DAYS entry"));
        return days;
    }

    static int[] parseTod(String s, String what, int[] dflt) {
        if (s.equals("-")) return dflt;
        Matcher m = TOD.matcher(s);
        if (!m.matches()) throw new BadRequest("bad request: bad " + what + " '" + s + "'");
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }
}
