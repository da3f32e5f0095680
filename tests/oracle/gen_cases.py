#!/usr/bin/env python3
"""Generate request files for the Quartz reference oracle (QuartzOracle.java).

Deterministic: every set uses its own fixed random seed, and zone offsets come
from the transition table dumped by the oracle's JVM (so the requests do not
depend on the tzdata of the machine running Python).

Usage (normally driven by generate.sh):
  gen_cases.py --zones
      print the zone ids used (one per line)
  gen_cases.py --transitions FILE --out DIR
      write DIR/<set>.requests for every set
  gen_cases.py --filter REQ MARKED OUT_REQ OUT_EXP
      drop the request lines whose oracle answer (run with --mark-horizon)
      starts with "DROP<TAB>"; write the surviving requests and answers.

Python 3 standard library only.
"""

import argparse
import bisect
import calendar
import random
import sys
import time

ZONES = [
    "America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Shanghai",
    "Asia/Kolkata", "Pacific/Chatham", "UTC", "Australia/Lord_Howe",
    "Europe/London", "America/Sao_Paulo", "Asia/Tehran",
]

SETS = ["cron_curated", "cron_random", "cron_invalid", "crontrig", "simple",
        "calint", "daily", "calendars", "protocol"]

MIN_EPOCH = calendar.timegm((1995, 1, 1, 0, 0, 0))
MAX_RANDOM_EPOCH = calendar.timegm((2060, 1, 1, 0, 0, 0))
LIMIT_EPOCH = calendar.timegm((2089, 1, 1, 0, 0, 0))
DAY = 86400
UNITS = ["SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "YEAR"]
UNIT_SECONDS = {"SECOND": 1, "MINUTE": 60, "HOUR": 3600, "DAY": DAY, "WEEK": 7 * DAY,
                "MONTH": 31 * DAY, "YEAR": 366 * DAY}


# --------------------------------------------------------------------------- zones

class Zone:
    def __init__(self, name):
        self.name = name
        self.initial = 0
        self.trans = []   # (epoch_s, offset_before, offset_after)
        self.times = []

    def finish(self):
        self.trans.sort()
        self.times = [t[0] for t in self.trans]

    def offset_at(self, t):
        i = bisect.bisect_right(self.times, t) - 1
        return self.initial if i < 0 else self.trans[i][2]

    def local(self, y, mo, d, h=0, mi=0, s=0, later=False):
        """Epoch seconds of a local wall time (java.time rules: gap -> shifted later)."""
        naive = calendar.timegm((y, mo, d, h, mi, s))
        cands = {self.offset_at(naive + k) for k in (-2 * DAY, -DAY, 0, DAY, 2 * DAY)}
        valid = sorted(naive - off for off in cands if self.offset_at(naive - off) == off)
        if valid:
            return valid[-1] if later else valid[0]
        return naive - min(cands)

    def wall(self, t):
        """Local wall time tuple (y, mo, d, h, mi, s) of epoch seconds t."""
        g = time.gmtime(t + self.offset_at(t))
        return (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)

    def transitions(self, lo_year=1995, hi_year=2088):
        lo = calendar.timegm((lo_year, 1, 1, 0, 0, 0))
        hi = calendar.timegm((hi_year + 1, 1, 1, 0, 0, 0))
        return [t for t in self.trans if lo <= t[0] < hi]


def load_zones(path):
    zones = {z: Zone(z) for z in ZONES}
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if c[0] not in zones:
                continue
            if c[1] == "initial":
                zones[c[0]].initial = int(c[2])
            else:
                zones[c[0]].trans.append((int(c[1]), int(c[2]), int(c[3])))
    for z in zones.values():
        z.finish()
    return zones


# --------------------------------------------------------------------------- formatting

def fmt_offset(off):
    sign = "-" if off < 0 else "+"
    off = abs(off)
    return "%s%02d:%02d" % (sign, off // 3600, (off % 3600) // 60)


def iso(ms, off=0, z=True, force_ms=False):
    """ISO-8601 of epoch milliseconds, shown at UTC offset `off` seconds."""
    s, frac = divmod(ms, 1000)
    g = time.gmtime(s + off)
    txt = "%04d-%02d-%02dT%02d:%02d:%02d" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
    if frac or force_ms:
        txt += ".%03d" % frac
    if off == 0 and z:
        return txt + "Z"
    return txt + fmt_offset(off)


class Ctx:
    """Per-set generation context (random source + zones)."""

    def __init__(self, zones, seed):
        self.zones = zones
        self.rng = random.Random(seed)

    def show(self, ms, zone):
        """Render an instant: mostly with the zone's own offset, sometimes in UTC or an odd offset."""
        r = self.rng.random()
        if r < 0.55:
            return iso(ms, self.zones[zone].offset_at(ms // 1000), z=self.rng.random() < 0.5)
        if r < 0.92:
            return iso(ms, 0)
        off = self.rng.choice([-12 * 3600, -9 * 3600 - 1800, -3600, 0, 3600 + 1800, 5 * 3600 + 2700, 14 * 3600])
        return iso(ms, off, z=False)

    def rand_ms(self, lo=MIN_EPOCH, hi=MAX_RANDOM_EPOCH, with_ms=0.3):
        s = self.rng.randrange(lo, hi)
        ms = s * 1000
        if self.rng.random() < with_ms:
            ms += self.rng.randrange(1, 1000)
        return ms

    def zone(self):
        return self.rng.choice(ZONES)

    def dst_zones(self):
        return [z for z in ZONES if self.zones[z].transitions()]


def line(*cols):
    for c in cols:
        assert "\t" not in str(c) and "\n" not in str(c), cols
    return "\t".join(str(c) for c in cols)


# --------------------------------------------------------------------------- calendars

CRON_CALS_LIGHT = [
    "0-29 * * * * ?", "* 0-14 * * * ?", "* * 12 * * ?", "* 30-59 1-3 * * ?",
    "* * 2 * * ?", "* 0/2 * * * ?", "* * * * * ? 1990-2000",
]
CRON_CALS_HEAVY = [
    "* * 0-5 * * ?", "* * * ? * SAT,SUN", "* * * 1 * ?", "* * * L * ?", "* * 9-17 ? * MON-FRI",
    "* * * 29 2 ?", "* * * ? * 2#1",
]
DAILY_RANGES = [
    "8:00-17:00", "0:00-6:00", "22:00-23:59:59", "9:30:15-9:45:30:500", "1:00-3:30",
    "2:00-3:00", "0:00:00:001-0:00:00:999", "12:00-12:00:00:001", "23:00-23:59:59:999",
    "0:30-1:30", "17:45:10:100-21:10:05:900",
]


def rand_date_near(ctx, zone, t, days=40):
    tt = t + ctx.rng.randrange(-days, days + 1) * DAY
    y, mo, d = ctx.zones[zone].wall(tt)[:3]
    return "%04d-%02d-%02d" % (y, mo, d)


def dst_dates(ctx, zone, t, span_years=2):
    z = ctx.zones[zone]
    out = []
    for tr in z.trans:
        if abs(tr[0] - t) < span_years * 366 * DAY:
            y, mo, d = z.wall(tr[0])[:3]
            out.append("%04d-%02d-%02d" % (y, mo, d))
    return out


def cal_one(ctx, zone, t, kind, heavy=True):
    rng = ctx.rng
    if kind == "holiday":
        dates = {rand_date_near(ctx, zone, t) for _ in range(rng.randint(1, 6))}
        if rng.random() < 0.3:
            dd = dst_dates(ctx, zone, t)
            if dd:
                dates.update(rng.sample(dd, min(len(dd), 2)))
        if rng.random() < 0.2:
            y = ctx.zones[zone].wall(t)[0]
            dates.add("%04d-02-29" % (y - y % 4 if y % 4 else y))
        return "holiday:" + ",".join(sorted(dates))
    if kind == "weekly":
        n = rng.randint(0, 6 if heavy else 3)
        days = sorted(rng.sample(range(1, 8), n))
        return "weekly:" + ",".join(str(d) for d in days)
    if kind == "monthly":
        n = rng.randint(1, 10 if heavy else 4)
        days = set(rng.sample(range(1, 32), n))
        if rng.random() < 0.3:
            days.add(rng.choice([29, 30, 31]))
        return "monthly:" + ",".join(str(d) for d in sorted(days))
    if kind == "annual":
        days = set()
        for _ in range(rng.randint(1, 6)):
            days.add(rand_date_near(ctx, zone, t, 60)[5:])
        if rng.random() < 0.3:
            days.add(rng.choice(["02-29", "12-31", "01-01", "02-28", "03-01"]))
        return "annual:" + ",".join(sorted(days))
    if kind == "cron":
        return "cron:" + rng.choice(CRON_CALS_LIGHT + (CRON_CALS_HEAVY if heavy else []))
    if kind in ("daily", "dailyinv"):
        rg = rng.choice(DAILY_RANGES)
        if kind == "dailyinv" and rg in ("0:00:00:001-0:00:00:999", "12:00-12:00:00:001"):
            rg = "8:00-17:00"
        return kind + ":" + rg
    raise ValueError(kind)


CAL_KINDS = ["holiday", "weekly", "monthly", "annual", "cron", "daily", "dailyinv"]


def rand_cal(ctx, zone, t, kinds=CAL_KINDS, heavy=True, chain_p=0.25):
    n = 1
    if ctx.rng.random() < chain_p:
        n = ctx.rng.choice([2, 2, 3])
    return "+".join(cal_one(ctx, zone, t, ctx.rng.choice(kinds), heavy) for _ in range(n))


# --------------------------------------------------------------------------- cron expressions

# (expression, dst_sensitive)
CURATED = [
    # DST-sensitive wall times
    ("0 30 2 * * ?", True), ("0 30 1 * * ?", True), ("0 0/30 * * * ?", True), ("0 * * * * ?", True),
    ("* * 2 * * ?", True), ("0 45 2 * * ?", True), ("0 0 0 * * ?", True), ("0 15 10 ? * 6L", True),
    ("0 0 2 * * ?", True), ("0 0 3 * * ?", True), ("0 0 1 * * ?", True), ("0 15 2 * * ?", True),
    ("0 0,30 0-3 * * ?", True), ("0 0 * * * ?", True), ("0 45 3 * * ?", True), ("0 30 0 * * ?", True),
    ("0 59 1 * * ?", True), ("59 59 1 * * ?", True), ("0 0 0/2 * * ?", True), ("0 30 2 ? * SUN", True),
    ("0 0 0 ? * SUN", True), ("0 15,45 * * * ?", True), ("0 0/15 1-3 * * ?", True), ("30 30 1,2 * * ?", True),
    ("0 0 23 * * ?", True), ("0 0 0/5 * * ?", True), ("0 0 12 * * ?", True), ("0 */20 0-4 * * ?", True),
    # Quartz tutorial table
    ("0 15 10 ? * *", False), ("0 15 10 * * ?", False), ("0 15 10 * * ? *", False), ("0 15 10 * * ? 2005", False),
    ("0 * 14 * * ?", False), ("0 0/5 14 * * ?", False), ("0 0/5 14,18 * * ?", False), ("0 0-5 14 * * ?", False),
    ("0 10,44 14 ? 3 WED", False), ("0 15 10 ? * MON-FRI", False), ("0 15 10 15 * ?", False),
    ("0 15 10 L * ?", False), ("0 15 10 L-2 * ?", False), ("0 15 10 ? * 6L 2002-2005", False),
    ("0 15 10 ? * 6#3", False), ("0 0 12 1/5 * ?", False), ("0 11 11 11 11 ?", False),
    ("0 15 10 ? * 6L 2023-2026", False), ("0 0 12 * * ? 2025", False),
    # basics
    ("* * * * * ?", False), ("0 0 0 * * ?", False), ("0 0 12 ? * *", False), ("0 0 12 * * ? *", False),
    ("0 0 8,12,17 * * ?", False), ("0 0 9-17 ? * MON-FRI", False), ("15 10 9 ? * 2,4,6", False),
    # wrapping ranges
    ("0 0 22-2 * * ?", False), ("0 0 12 ? * FRI-MON", False), ("0 0 12 1 NOV-FEB ?", False),
    ("50-10 * * * * ?", False), ("0 50-10 * * * ?", False), ("0 0 12 28-3 * ?", False),
    ("0 0 12 ? * SAT-TUE", False), ("0 0 12 ? * 7-2", False), ("0 0 12 1 11-2 ?", False),
    ("0 0 20-4/3 * * ?", False), ("0 0 12 25-5/2 * ?", False), ("45-15/10 * * * * ?", False),
    ("0 0 12 ? DEC-JAN MON", False), ("0 0 12 ? 10-3/2 *", False),
    # steps
    ("0/15 * * * * ?", False), ("*/7 * * * * ?", False), ("5-40/7 * * * * ?", False), ("/5 * * * * ?", False),
    ("0 */7 * * * ?", False), ("0 0 */5 * * ?", False), ("0 0 0 */3 * ?", False), ("0 0 0 1 */4 ?", False),
    ("0 0 0 ? * */2", False), ("0 0 12 ? * 2/2", False), ("0 0 0 5/10 * ?", False), ("0 0 0 31/2 * ?", False),
    ("0 0/59 * * * ?", False), ("3/25 0/20 1/3 * * ?", False), ("0 0 0 1/31 * ?", False), ("0 0 0 1 1/12 ?", False),
    ("59/30 59/30 23/12 * * ?", False), ("0 0 12 ? * 1/7", False), ("0 0 0 15 2/3 ?", False),
    # names and case
    ("0 0 12 ? JAN,MAR,DEC *", False), ("0 0 12 ? jan-mar mon", False), ("0 0 12 ? Feb Wed", False),
    ("0 0 12 ? * sun,Sat", False), ("0 0 12 1 jul ?", False), ("0 0 12 ? * tue-THU", False),
    ("0 0 12 13 Oct ?", False), ("0 0 12 ? aug-Sep fri", False),
    # L
    ("0 0 12 L * ?", False), ("0 0 12 L-3 * ?", False), ("0 0 12 L-30 * ?", False), ("0 0 12 L-28 * ?", False),
    ("0 0 12 L 2 ?", False), ("0 0 0 L * ? *", False), ("0 0 12 L-1 * ?", False), ("0 0 23 L 12 ?", False),
    ("0 0 12 L-0 * ?", False),
    # W
    ("0 0 12 1W * ?", False), ("0 0 12 15W * ?", False), ("0 0 12 31W * ?", False), ("0 0 12 LW * ?", False),
    ("0 0 12 L-2W * ?", False), ("0 0 12 30W 2 ?", False), ("0 0 12 2W * ?", False), ("0 0 12 29W * ?", False),
    ("0 0 12 16W * ?", False), ("0 0 12 L-5W * ?", False),
    # weekday L and #
    ("0 0 12 ? * 5L", False), ("0 0 12 ? * 6L", False), ("0 0 12 ? * FRIL", False), ("0 0 12 ? * 1L", False),
    ("0 0 12 ? * 7L", False), ("0 0 12 ? * 2#1", False), ("0 0 12 ? * 6#3", False), ("0 0 12 ? * 7#5", False),
    ("0 0 12 ? * MON#2", False), ("0 0 12 ? * 1#5", False), ("0 0 12 ? 2 2#5 2000-2060", False),
    ("0 0 12 ? * L", False), ("0 0 12 ? * 4#4", False), ("0 0 12 ? * SUNL", False), ("0 0 12 ? 2 6L", False),
    ("0 0 12 ? * 3#5", False), ("0 0 12 ? * monL", False),
    # years
    ("0 0 12 * * ? 2024", False), ("0 0 12 * * ? 2024-2025", False), ("0 0 0 1 1 ? 2030/5", False),
    ("0 0 0 1 1 ? 2000,2010,2020,2030", False), ("0 0 12 1 1 ? 2024,2030,2095", False),
    ("0 0 0 1 1 ? 2088-2092", False), ("0 0 12 29 2 ? 2096-2104", False), ("0 0 12 L 2 ? 2099-2101", False),
    ("0 0 12 28 2 ? 2099-2101", False), ("0 0 0 ? * 2#1 2099-2100", False), ("0 0 12 * * ? 1999-2001", False),
    # calendar edges
    ("59 59 23 31 12 ?", False), ("0 0 0 1 1 ?", False), ("0 0 0 29 2 ?", False), ("0 0 0 28 2 ?", False),
    ("0 0 0 31 * ?", False), ("0 0 0 30 * ?", False), ("0 0 0 ? * MON", False), ("0 0 0 1,15 * ?", False),
    ("0 0 12 30 2 ?", False), ("0 0 12 31 4,6,9,11 ?", False), ("0 0 12 1-7 * ?", False),
    ("59 59 23 L * ?", False), ("0 0 0 ? * 1,7", False), ("1 2 3 4 5 ?", False), ("0 0 0 1 1 ? 2000", False),
]

# Expressions whose only interesting instants are in 2099-2101 (explicit year fields).
FAR_YEAR = {"0 0 12 29 2 ? 2096-2104", "0 0 12 L 2 ? 2099-2101", "0 0 12 28 2 ? 2099-2101",
            "0 0 0 ? * 2#1 2099-2100", "0 0 0 1 1 ? 2088-2092"}


def is_fast(expr):
    """True when the expression may fire more than once a minute (avoid heavy calendars then)."""
    f = expr.split()
    return not f or not f[0].isdigit()


def special_instants(ctx, zone):
    """Interesting FROM/START instants (epoch ms) in `zone`."""
    z = ctx.zones[zone]
    L = z.local
    pts = [
        L(2024, 2, 28, 23, 59, 59), L(2024, 2, 29, 12, 0, 0), L(2023, 2, 28, 23, 59, 59), L(2000, 2, 28, 12, 0, 0),
        L(2024, 12, 31, 23, 59, 59), L(1999, 12, 31, 23, 59, 59), L(2024, 1, 31, 0, 0, 0), L(2024, 4, 30, 23, 0, 0),
        L(2023, 12, 31, 12, 0, 0), L(2025, 6, 30, 23, 59, 59), L(2020, 2, 29, 0, 0, 0), L(2019, 2, 28, 23, 0, 0),
        L(2031, 8, 31, 12, 0, 0), L(1996, 2, 29, 23, 59, 59),
    ]
    pts = [p * 1000 for p in pts]
    pts.append(ctx.rand_ms())
    pts.append(ctx.rand_ms(with_ms=1.0))
    return pts


def transition_instants(ctx, zone, n_trans):
    """Instants around n_trans (spring and fall) DST transitions of the zone (epoch ms)."""
    z = ctx.zones[zone]
    trs = z.transitions()
    if not trs:
        return []
    # prefer recent years but cover old rules too (Sao Paulo, Tehran, 1990s)
    recent = [t for t in trs if 2019 <= time.gmtime(t[0]).tm_year <= 2027]
    picked = []
    pool = recent if recent else trs
    for _ in range(n_trans):
        picked.append(ctx.rng.choice(pool if ctx.rng.random() < 0.6 else trs))
    out = []
    for tr in picked:
        t = tr[0]
        for d in ctx.rng.sample([-DAY, -3600, -1, 0, 1, 3600, -2 * 3600, -DAY // 2], 6):
            out.append((t + d) * 1000)
    return out


def gen_cron_curated(ctx):
    rng = ctx.rng
    out = []
    for expr, dst in CURATED:
        if expr in FAR_YEAR:
            for zone in rng.sample(ZONES, 4):
                z = ctx.zones[zone]
                for (y, mo, d) in [(2099, 12, 31), (2100, 2, 27), (2100, 2, 28), (2096, 2, 28), (2087, 12, 31)]:
                    t = z.local(y, mo, d, 12, 0, 0) * 1000
                    out.append(line("cron", expr, ctx.show(t, zone), zone, rng.randint(3, 8)))
            continue
        if dst:
            for zone in ZONES:
                pts = transition_instants(ctx, zone, 2)
                if not pts:
                    pts = rng.sample(special_instants(ctx, zone), 3)
                for t in pts:
                    cnt = rng.randint(5, 20) if rng.random() < 0.9 else rng.randint(21, 30)
                    out.append(line("cron", expr, ctx.show(t, zone), zone, cnt))
            continue
        zones = rng.sample(ZONES, 3)
        for zone in zones:
            pts = rng.sample(special_instants(ctx, zone), 6) + transition_instants(ctx, zone, 1)[:2]
            for t in pts:
                cnt = rng.randint(5, 20) if rng.random() < 0.9 else rng.randint(21, 30)
                out.append(line("cron", expr, ctx.show(t, zone), zone, cnt))
    return out


# --------------------------------------------------------------------------- random cron expressions

FIELD_RANGE = [(0, 59), (0, 59), (0, 23), (1, 31), (1, 12), (1, 7), (1970, 2099)]
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]
BAD_NAMES = ["FOO", "JANU", "MO", "SUNDAY", "MONDAY", "JA", "XYZ", "MAY1", "TUES", "ABC"]
JUNK = ["$", "%", "a", "1a", "0x1", "1.5", "+1", "!", "@", ",", "1,,2", ",1", "1,", "1-", "-1", "1--2",
        "1-2-3", "*-5", "5-*", "5/", "/", "*/", "/0", "5//2", "*/5/2", "??", "**", "L-", "#", "W", "LL",
        "0/0", "*/0", "1-5W", "L,5", "5#", "#2", "2#", "1#6", "8#1", "3#0", ""]


def rand_case(rng, s):
    r = rng.random()
    if r < 0.6:
        return s
    if r < 0.8:
        return s.lower()
    return "".join(c.lower() if rng.random() < 0.5 else c for c in s)


def rand_value(rng, fi, valid=True):
    lo, hi = FIELD_RANGE[fi]
    if fi == 6:
        v = rng.randint(1995, 2060) if valid else rng.choice([1969, 1900, 2100, 2200, 3000, 0, 99])
        return str(v)
    if valid:
        if fi == 4 and rng.random() < 0.35:
            return rand_case(rng, rng.choice(MONTHS))
        if fi == 5 and rng.random() < 0.35:
            return rand_case(rng, rng.choice(DAYS))
        return str(rng.randint(lo, hi))
    r = rng.random()
    if r < 0.5:
        return str(rng.choice([lo - 1, hi + 1, hi + 2, 99, 100, -1]))
    if r < 0.8:
        return rng.choice(BAD_NAMES)
    if fi == 4:
        return rng.choice(DAYS)
    if fi == 5:
        return rng.choice(MONTHS)
    return rng.choice(MONTHS + DAYS)


def rand_atom(rng, fi, bad_p):
    """A list element: value, range, step or *."""
    bad = rng.random() < bad_p
    lo, hi = FIELD_RANGE[fi]
    r = rng.random()
    if r < 0.35:
        return rand_value(rng, fi, not bad)
    if r < 0.6:
        a = rand_value(rng, fi, True)
        b = rand_value(rng, fi, not bad)
        return a + "-" + b
    if r < 0.85:
        start = rng.choice(["*", rand_value(rng, fi, True), rand_value(rng, fi, True) + "-" + rand_value(rng, fi, True)])
        if fi == 6 and start == "*":
            start = rand_value(rng, fi, True)
        span = hi - lo + 1
        if bad:
            inc = rng.choice([0, span, span + 1, 100, -1, ""])
        else:
            inc = rng.randint(1, min(span - 1, 40)) if fi != 6 else rng.randint(1, 10)
        return "%s/%s" % (start, inc)
    return "*" if fi != 6 or bad else rand_value(rng, fi, True)


def rand_field(rng, fi, bad_p):
    r = rng.random()
    if rng.random() < bad_p * 0.6:
        # a special character where it may not belong
        return rng.choice(["L", "W", "?", "5L", "2#3", "15W", "LW", "L-2"] + JUNK)
    if fi == 3 and r < 0.25:
        return rng.choice(["L", "LW", "L-%d" % rng.randint(0, 31), "%dW" % rng.randint(1, 31), "L-%dW" % rng.randint(0, 5)])
    if fi == 5 and r < 0.25:
        d = rng.randint(1, 7)
        return rng.choice(["%dL" % d, "%d#%d" % (d, rng.randint(1, 5)), "L", rand_case(rng, DAYS[d - 1]) + "L",
                           rand_case(rng, DAYS[d - 1]) + "#%d" % rng.randint(1, 5)])
    if r < 0.45:
        return rand_atom(rng, fi, bad_p)
    if r < 0.7:
        return ",".join(rand_atom(rng, fi, bad_p) for _ in range(rng.randint(2, 4)))
    if fi == 6:
        return rand_atom(rng, fi, bad_p)
    return "*"


def rand_cron(rng, bad_p=0.05):
    fields = [rand_field(rng, i, bad_p) for i in range(6)]
    # day-of-month / day-of-week: one of them must be '?'
    r = rng.random()
    if r < 0.45:
        fields[5] = "?"
    elif r < 0.9:
        fields[3] = "?"
    elif r < 0.95:
        fields[3] = fields[5] = "?"
    # else: both set (usually invalid)
    if fields[3] == "?" and fields[5] == "?" and r < 0.9:
        fields[5] = "*"
    r = rng.random()
    if r < 0.25:
        fields.append(rand_field(rng, 6, bad_p))
    elif r < 0.30:
        fields.append("*")
    r = rng.random()
    if r < 0.03:
        fields = fields[:5]
    elif r < 0.05:
        fields = fields + ["2030"] * rng.randint(1, 2)
    elif r < 0.06:
        fields = fields[:rng.randint(0, 4)]
    sep = "  " if rng.random() < 0.05 else " "
    expr = sep.join(fields)
    if rng.random() < 0.03:
        expr = " " + expr + " "
    if rng.random() < 0.05:
        expr = expr.lower()
    return expr


def gen_cron_random(ctx):
    rng = ctx.rng
    out = []
    for _ in range(8000):
        expr = rand_cron(rng)
        zone = ctx.zone()
        t = ctx.rand_ms()
        cnt = rng.randint(3, 10)
        if rng.random() < 0.5:
            out.append(line("cron", expr, ctx.show(t, zone), zone, cnt))
        else:
            out.append(line("cron", expr, ctx.show(t, zone), zone, cnt, "-"))
    return out


# --------------------------------------------------------------------------- invalid cron expressions

INVALID = [
    # day fields
    "0 0 12 ? * ?", "0 0 12 1 * MON", "0 0 12 * * *", "0 0 12 * * MON", "0 0 12 15 * 2", "0 0 12 L * 6L",
    "0 0 12 ? ? ?", "0 0 12 LW * MON",
    # L / W / # misuse
    "0 0 12 L,15 * ?", "0 0 12 15,L * ?", "0 0 12 ? * 5L,6", "0 0 12 ? * 6,5L", "0 0 12 ? * 6#3,2",
    "0 0 12 ? * 2,6#3", "0 0 12 ? * 2#6", "0 0 12 ? * 2#0", "0 0 12 ? * 8#1", "0 0 12 ? * 6#", "0 0 12 ? * #3",
    "0 0 12 ? * 0#1", "0 0 12 1-5W * ?", "0 0 12 W * ?", "0 0 12 32W * ?", "0 0 12 LW5 * ?",
    "0 0 12 L-31 * ?", "0 0 12 L-32 * ?", "0 0 12 L- * ?", "0 0 12 L-x * ?", "0 0 12 15W,20 * ?",
    "0 0 12 ? * 1-3L", "0 0 12 ? * L-2", "0 0 12 LW-2 * ?", "0 0 12 L-3W * ?", "0 0 12 ? * 2#1#2",
    "0 0 12 5L * ?", "0 0 12 ? * 5W", "0 0 12 ? * MON#6", "0 0 12 ? * 6L-2", "0 0 12 1/5W * ?",
    "0 0 12 ? * 8L", "0 0 12 ? * 0L", "0 0 12 L/2 * ?", "0 0 12 ? * L/2", "0 0 12 ? * 1-7L",
    "0 0 12 ? * 2#1/2", "0 0 12 * * L", "0 0 12 L-15W * ?", "0 0 12 ? * FRI#L",
    # L / W / # / ? in other fields
    "L * * * * ?", "0 L * * * ?", "0 0 L * * ?", "0 0 12 * L ?", "1W * * * * ?", "0 1W * * * ?",
    "0 0 1W * * ?", "0 0 12 * 1W ?", "1#1 * * * * ?", "0 0 2#1 * * ?", "0 0 12 1#1 * ?", "0 0 12 * 2#1 ?",
    "? * * * * ?", "0 ? * * * ?", "0 0 ? * * ?", "0 0 12 * ? ?", "0 0 12 * * ? ?", "0 0 12 * * ? L",
    "0 0 12 * * ? 2024W", "0 0 12 * * ? 2#1", "5L * * * * ?", "0 0 12 ? 5L *",
    # out of range values
    "60 * * * * ?", "61 * * * * ?", "99 * * * * ?", "-1 * * * * ?", "* 60 * * * ?", "0 0 24 * * ?",
    "0 0 25 * * ?", "0 0 12 0 * ?", "0 0 12 32 * ?", "0 0 12 1 0 ?", "0 0 12 1 13 ?", "0 0 12 ? * 0",
    "0 0 12 ? * 8", "0 0 12 * * ? 1969", "0 0 12 * * ? 1900", "0 0 12 * * ? 0", "0 0 12 * * ? 99",
    "0-60 * * * * ?", "0 0 23-24 * * ?", "0 0 12 1-32 * ?", "0 0 12 1 1-13 ?", "0 0 12 ? * 1-8",
    "0 0 12 ? * 0-3", "0 0 12 * * ? 1960-1980", "0 0 12 * * ? 2024-3000", "0 0 12 * * ? 10000",
    "0 0 12 100 * ?", "0 0 12 1 100 ?", "0 0 -1 * * ?", "0 0 12 -5 * ?",
    # steps
    "0/0 * * * * ?", "*/0 * * * * ?", "0/60 * * * * ?", "0/61 * * * * ?", "0 0/60 * * * ?", "0 0 */24 * * ?",
    "0 0 0/25 * * ?", "0 0 12 1/32 * ?", "0 0 12 */31 * ?", "0 0 12 1 1/13 ?", "0 0 12 1 */12 ?",
    "0 0 12 ? * 1/8", "0 0 12 ? * */7", "5/ * * * * ?", "/ * * * * ?", "*/ * * * * ?", "/0 * * * * ?",
    "5//2 * * * * ?", "*/5/2 * * * * ?", "0/-1 * * * * ?", "0/a * * * * ?", "1-5/ * * * * ?",
    "0 0 12 * * ? 2020/0", "0 0 12 * * ? */200", "0 0 12 L/5 * ?", "0 0 12 ? JAN/2 *", "0 0 12 ? * MON/2",
    # bad names
    "0 0 12 ? JANX *", "0 0 12 ? * MO", "0 0 12 ? * SUNDAY", "0 0 12 ? JAN-FOO *", "0 0 12 ? FOO-MAR *",
    "0 0 12 ? * MONDAY", "0 0 12 ? * JAN", "0 0 12 1 MON ?", "JAN * * * * ?", "0 MON * * * ?",
    "0 0 12 ? * MON-FOO", "0 0 12 ? * MON-3", "0 0 12 ? * 3-FRI", "0 0 12 1 JAN-3 ?", "0 0 12 1 1-MAR ?",
    "0 0 12 ? * MON,TUEX", "0 0 12 ? JUNE *", "0 0 12 * * ? MMXX", "0 0 12 ? * FRI-", "0 0 12 ? * -MON",
    "0 0 12 ? MAY- *",
    # unknown characters and junk
    "0 0 12 $ * ?", "0 0 12 * * ? %", "a * * * * ?", "1a * * * * ?", "0x1 * * * * ?", "1.5 * * * * ?",
    "+1 * * * * ?", "! * * * * ?", "@ * * * * ?", "0 0 12 * * ?!", "0 0 12 1,,2 * ?", "0 0 12 ,1 * ?",
    "0 0 12 1, * ?", "0 0 12 1- * ?", "0 0 12 -1 * ?", "0 0 12 1--2 * ?", "0 0 12 1-2-3 * ?",
    "0 0 12 *-5 * ?", "0 0 12 5-* * ?", "** * * * * ?", "0 0 12 ?? * *", "0 0 12 * * ? 2024,", "0 0 12 ¿ * ?",
    "0 0 12 1 * ?x", "0 0 12 ? * 1,*", "0 0 12 */* * ?",
    # field counts
    "0 12 * * ?", "12 * * ?", "* * *", "*", "", " ", "0 0 12 * * ? 2024 2025", "0 0 12 * * ? 2024 2025 2026",
    "0 0 12 * *", "? ?", "0 0 0 0 0 0 0 0",
    # things that look wrong but Quartz may accept (the oracle decides)
    "0 0 12 ? * MON-FRI/2", "0 0 12 31 2 ?", "0 0 12 ? * 1,1,1", "0 0 12 5-5 * ?", "0 0 12 ? * sun-sun",
    "0 0 12 L-0 * ?", "0 0 12 ? * 7#1,7#2", "0 0 12 1-31/40 * ?", "0 0 12 * * ? 2030-2020",
    "59-0 * * * * ?", "0 0 12 ? * SAT-SUN", "0 0 12 1 DEC-JAN ?", "0 0 12 ? * L#2", "0 0 12 LW/2 * ?",
]


def gen_cron_invalid(ctx):
    rng = ctx.rng
    out = []
    for expr in INVALID:
        zone = ctx.zone()
        t = ctx.rand_ms(hi=calendar.timegm((2030, 1, 1, 0, 0, 0)))
        out.append(line("cron", expr, ctx.show(t, zone), zone, rng.randint(3, 6)))
    return out


# --------------------------------------------------------------------------- cron triggers

def valid_pool():
    return [e for e, _ in CURATED if e not in FAR_YEAR]


def gen_crontrig(ctx):
    rng = ctx.rng
    pool = valid_pool()
    out = []
    for i in range(1500):
        if rng.random() < 0.8:
            expr = rng.choice(pool)
        else:
            expr = rand_cron(rng, bad_p=0.02)
        zone = ctx.zone()
        z = ctx.zones[zone]
        r = rng.random()
        if r < 0.25 and z.transitions():
            tr = rng.choice(z.transitions())
            start = (tr[0] + rng.choice([-DAY, -3 * 3600, -3600, 0, 1])) * 1000 + rng.choice([0, 0, 1, 500, 999])
        elif r < 0.4:
            start = rng.choice(special_instants(ctx, zone)) + rng.choice([0, 0, 123, 999])
        else:
            start = ctx.rand_ms(with_ms=0.5)
        r = rng.random()
        end_close = False
        if r < 0.3:
            end = "-"
        elif r < 0.4:
            end = ctx.show(start - rng.choice([1, 999, 1000, 60000, DAY * 1000]), zone)
        elif r < 0.45:
            end = ctx.show(start - start % 1000 + rng.choice([0, 1, 500]), zone)
            end_close = True
        elif r < 0.8:
            end = ctx.show(start + rng.choice([1000, 60000, 3600000, DAY * 1000, 3 * DAY * 1000, 40 * DAY * 1000]), zone)
            end_close = True
        else:
            end = ctx.show(start + rng.randrange(1, 5 * 366 * DAY) * 1000, zone)
        cal = "-"
        fast = is_fast(expr)
        if rng.random() < 0.6:
            kinds = ["holiday", "weekly", "monthly", "annual", "cron", "daily", "dailyinv"]
            heavy = not fast or end_close
            if fast and not end_close:
                kinds = ["holiday", "cron", "daily", "weekly"]
            cal = rand_cal(ctx, zone, start // 1000, kinds, heavy=heavy)
            if end_close and rng.random() < 0.05:
                cal = rng.choice(["weekly:1,2,3,4,5,6,7", "daily:0:00-23:59:59:999"])
        cnt = rng.randint(3, 15)
        out.append(line("crontrig", expr, ctx.show(start, zone), end, zone, cnt, cal))
    return out


# --------------------------------------------------------------------------- simple triggers

SIMPLE_INTERVALS = [1, 2, 7, 250, 999, 1000, 1001, 1500, 60000, 61234, 300000, 3600000, 3599999,
                    86400000, 86400001, 90000000, 604800000, 2592000000, 31536000000]


def gen_simple(ctx):
    rng = ctx.rng
    out = []
    for _ in range(1500):
        zone = ctx.zone()
        z = ctx.zones[zone]
        interval = rng.choice(SIMPLE_INTERVALS) if rng.random() < 0.8 else rng.randint(1, 10 ** rng.randint(1, 9))
        if rng.random() < 0.02:
            interval = rng.choice([0, -1, -1000])
        rc = rng.choice([-1] * 6 + list(range(0, 21)))
        if rng.random() < 0.01:
            rc = rng.choice([-2, -100])
        r = rng.random()
        if r < 0.2 and z.transitions():
            tr = rng.choice(z.transitions())
            start = (tr[0] - rng.choice([0, 1, 3600, 7200, DAY])) * 1000 + rng.randrange(0, 1000)
        else:
            start = ctx.rand_ms(with_ms=0.8)
        cnt = rng.randint(1, 25)
        # keep the schedule before the horizon
        while interval > 0 and start + interval * cnt > LIMIT_EPOCH * 1000 and cnt > 1:
            cnt //= 2
        r = rng.random()
        end_close = False
        if r < 0.55:
            end = "-"
        elif r < 0.62:
            end = ctx.show(start - rng.choice([1, 1000, 3600000]), zone)
        elif r < 0.9:
            span = max(interval, 1) * rng.randint(0, 30) + rng.choice([0, 0, 1, -1])
            end = ctx.show(start + max(span, 0), zone)
            end_close = True
        else:
            end = ctx.show(start + rng.randrange(1, 3 * 366 * DAY) * 1000, zone)
        cal = "-"
        if rng.random() < 0.45:
            if interval >= 60000 or (end_close and interval * cnt < 10 * DAY * 1000):
                cal = rand_cal(ctx, zone, start // 1000, heavy=True)
            elif interval >= 1000:
                cal = rand_cal(ctx, zone, start // 1000, ["daily", "dailyinv", "cron", "holiday"], heavy=False)
            else:
                cal = "cron:" + rng.choice(["0-29 * * * * ?", "* * * * * ? 1990-2000", "10,20,30 * * * * ?"])
            if end_close and rng.random() < 0.04 and interval >= 1000:
                cal = "weekly:1,2,3,4,5,6,7"
        cols = ["simple", ctx.show(start, zone), end, interval, rc, zone, cnt]
        if cal != "-" or rng.random() < 0.5:
            cols.append(cal)
        out.append(line(*cols))
    return out


# --------------------------------------------------------------------------- calendar-interval triggers

def clamp_count(start_s, interval, unit, cnt):
    step = max(interval, 1) * UNIT_SECONDS[unit]
    while cnt > 1 and start_s + step * cnt > LIMIT_EPOCH:
        cnt -= 1
    return cnt


def calint_cal(ctx, zone, start_s, unit, interval):
    """A calendar that cannot exclude every fire of this schedule (avoids endless give-up loops)."""
    rng = ctx.rng
    if unit in ("SECOND", "MINUTE"):
        kinds = ["holiday", "weekly", "monthly", "annual", "cron", "daily", "dailyinv"]
    elif unit == "HOUR":
        kinds = ["holiday", "weekly", "monthly", "annual"]
        if interval % 2 and interval % 3:
            kinds += ["cron", "daily", "dailyinv"]
    elif unit == "DAY":
        kinds = ["holiday", "annual"] + (["weekly"] if interval % 7 else []) + (["monthly"] if interval <= 3 else [])
    elif unit == "WEEK":
        kinds = ["holiday", "annual"] + (["monthly"] if interval <= 2 else [])
    elif unit == "MONTH":
        kinds = ["holiday", "annual"] + (["weekly"] if interval % 7 else [])
    else:
        kinds = ["holiday", "monthly"] + (["weekly"] if interval % 7 else [])
    return rand_cal(ctx, zone, start_s, kinds, heavy=False, chain_p=0.15)


def gen_calint(ctx):
    rng = ctx.rng
    out = []

    def emit(start_ms, zone, interval, unit, cnt, end="-", cal="-", ph=None, sd=None):
        ph = rng.choice(["true", "false"]) if ph is None else ph
        sd = rng.choice(["true", "false"]) if sd is None else sd
        cols = ["calint", ctx.show(start_ms, zone), end, interval, unit, ph, sd, zone, cnt]
        if cal != "-" or rng.random() < 0.5:
            cols.append(cal)
        out.append(line(*cols))

    # 1. month ends
    for _ in range(450):
        zone = ctx.zone()
        z = ctx.zones[zone]
        y = rng.randint(1996, 2060)
        mo, d = rng.choice([(1, 31), (1, 30), (1, 29), (3, 31), (5, 31), (8, 31), (10, 31), (12, 31), (2, 28), (4, 30)])
        if rng.random() < 0.2:
            y, mo, d = rng.choice([2000, 2004, 2020, 2024, 2028, 2052]), 2, 29
        h, mi, s = rng.choice([(0, 0, 0), (12, 0, 0), (23, 59, 59), (2, 30, 0), (rng.randint(0, 23), rng.randint(0, 59), 0)])
        start = z.local(y, mo, d, h, mi, s) * 1000 + rng.choice([0, 0, 0, 7, 999])
        unit = rng.choice(["MONTH", "MONTH", "MONTH", "YEAR", "DAY", "WEEK"])
        interval = rng.choice([1, 1, 1, 2, 3, 5, 6, 11, 12, 13, 24, 40]) if unit != "YEAR" else rng.choice([1, 1, 2, 4, 5])
        cnt = clamp_count(start // 1000, interval, unit, rng.randint(3, 20))
        emit(start, zone, interval, unit, cnt)

    # 2. DST wall times: start at a gap / overlap wall time one unit before the transition day
    dst_zones = ctx.dst_zones()
    for _ in range(900):
        zone = rng.choice(dst_zones)
        z = ctx.zones[zone]
        tr = rng.choice(z.transitions())
        t, before, after = tr
        delta = after - before
        if delta > 0:   # gap: wall times [t+before, t+after) do not exist
            g = time.gmtime(t + before + delta // 2)
        else:           # overlap: wall times [t+after, t+before) occur twice
            g = time.gmtime(t + after + (-delta) // 2)
        y, mo, d, hh, mm = g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min
        unit = rng.choice(["DAY", "DAY", "DAY", "WEEK", "MONTH", "YEAR", "HOUR", "MINUTE"])
        if unit in ("DAY", "WEEK", "MONTH", "YEAR"):
            back = {"DAY": (0, 0, -1), "WEEK": (0, 0, -7), "MONTH": (0, -1, 0), "YEAR": (-1, 0, 0)}[unit]
            ny, nmo, nd = y + back[0], mo + back[1], d + back[2]
            if nmo < 1:
                ny, nmo = ny - 1, nmo + 12
            base = calendar.timegm((ny, nmo, 1, 0, 0, 0)) + (nd - 1) * DAY
            g2 = time.gmtime(base)
            start = z.local(g2.tm_year, g2.tm_mon, g2.tm_mday, hh, mm, 0, later=rng.random() < 0.3) * 1000
            interval = rng.choice([1, 1, 1, 1, 2, 3])
        else:
            start = (t - rng.choice([1, 3600, 2 * 3600, 5 * 3600])) * 1000
            if unit == "MINUTE":
                interval = rng.choice([1, 15, 30, 45, 59, 61])
            else:
                interval = rng.choice([1, 1, 2, 3, 5])
        cnt = clamp_count(start // 1000, interval, unit, rng.randint(3, 12))
        end = "-"
        if rng.random() < 0.1:
            end = ctx.show(start + rng.randint(0, 5) * interval * UNIT_SECONDS[unit] * 1000, zone)
        emit(start, zone, interval, unit, cnt, end)

    # 3. overlap instants exactly at the first / second occurrence, and starts exactly at transitions
    for _ in range(150):
        zone = rng.choice(dst_zones)
        z = ctx.zones[zone]
        t, before, after = rng.choice(z.transitions())
        start = (t + rng.choice([0, -1, 1, before - after, after - before, -3600, 3600])) * 1000
        unit = rng.choice(["DAY", "WEEK", "MONTH", "YEAR", "HOUR"])
        interval = rng.choice([1, 1, 2])
        cnt = clamp_count(start // 1000, interval, unit, rng.randint(3, 10))
        emit(start, zone, interval, unit, cnt)

    # 4. random, with END and calendars sometimes
    for _ in range(900):
        zone = ctx.zone()
        unit = rng.choice(UNITS)
        interval = rng.randint(1, 40)
        if unit in ("SECOND", "MINUTE", "HOUR") and rng.random() < 0.3:
            interval = rng.choice([1, 7, 13, 17, 59, 61, 90, 3600])
        start = ctx.rand_ms(with_ms=0.4)
        cnt = clamp_count(start // 1000, interval, unit, rng.randint(1, 25))
        r = rng.random()
        if r < 0.6:
            end = "-"
        elif r < 0.67:
            end = ctx.show(start - rng.choice([1, 1000, DAY * 1000]), zone)
        else:
            end = ctx.show(start + rng.randint(0, 20) * interval * UNIT_SECONDS[unit] * 1000 + rng.choice([0, 1, -1]), zone)
        cal = "-"
        if rng.random() < 0.35:
            cal = calint_cal(ctx, zone, start // 1000, unit, interval)
        emit(start, zone, interval, unit, cnt, end, cal)

    # 5. invalid intervals
    for _ in range(100):
        zone = ctx.zone()
        unit = rng.choice(UNITS)
        interval = rng.choice([0, 0, -1, -5, -40])
        emit(ctx.rand_ms(), zone, interval, unit, rng.randint(1, 5))
    return out


# --------------------------------------------------------------------------- daily-time-interval triggers

DST_WINDOWS = [("01:00:00", "03:30:00"), ("00:00:00", "01:30:00"), ("02:00:00", "03:00:00"),
               ("01:30:00", "02:30:00"), ("01:45:00", "04:00:00"), ("23:00:00", "23:59:59"),
               ("00:00:00", "00:59:59"), ("02:15:00", "02:45:00")]


def rand_tod(rng):
    return "%02d:%02d:%02d" % (rng.randint(0, 23), rng.choice([0, 0, 15, 30, rng.randint(0, 59)]),
                               rng.choice([0, 0, 0, rng.randint(0, 59)]))


def gen_daily(ctx):
    rng = ctx.rng
    out = []
    dst_zones = ctx.dst_zones()
    for i in range(2500):
        r = rng.random()
        near_dst = r < 0.35
        zone = rng.choice(dst_zones) if near_dst else ctx.zone()
        z = ctx.zones[zone]
        unit = rng.choice(["SECOND", "MINUTE", "MINUTE", "MINUTE", "HOUR", "HOUR"])
        if unit == "SECOND":
            interval = rng.choice([1, 5, 15, 30, 45, 90, 600, 3600, 7200, rng.randint(1, 5000)])
        elif unit == "MINUTE":
            interval = rng.choice([1, 5, 10, 15, 17, 30, 45, 60, 90, 120, 1440, rng.randint(1, 200)])
        else:
            interval = rng.choice([1, 1, 2, 3, 4, 5, 7, 12, 23, 24, 25])
        bad = rng.random()
        if bad < 0.04:
            unit = rng.choice(["DAY", "WEEK", "MONTH", "YEAR"])
        elif bad < 0.07:
            interval = rng.choice([0, -1, -15])
        rc = -1 if rng.random() < 0.6 else rng.choice([0, 1, 2, 3, 5, 10, 20, 50])
        if rng.random() < 0.01:
            rc = -2
        days = "*"
        rd = rng.random()
        if rd < 0.5:
            days = ",".join(str(d) for d in sorted(rng.sample(range(1, 8), rng.randint(1, 6))))
        elif rd < 0.55:
            days = rng.choice(["1,7", "2,3,4,5,6", "1", "7", "1,2,3,4,5,6,7", "3,3"])
        rw = rng.random()
        if rw < 0.2:
            st, et = "-", "-"
        elif rw < 0.45 or (near_dst and rw < 0.7):
            st, et = rng.choice(DST_WINDOWS)
        elif rw < 0.5:
            st = rand_tod(rng)
            et = rand_tod(rng)           # may be before start (error)
        elif rw < 0.55:
            st = rng.choice(["-", "00:00:00", "08:00:00"])
            et = rng.choice(["-", "23:59:59", st if st != "-" else "00:00:00"])
        else:
            a, b = sorted([rand_tod(rng), rand_tod(rng)])
            st, et = a, b
        if rng.random() < 0.01:
            st = rng.choice(["24:00:00", "12:60:00", "12:00:60"])
        if near_dst and z.transitions():
            tr = rng.choice(z.transitions())
            y, mo, d = z.wall(tr[0] - DAY)[:3]
            start = z.local(y, mo, d, 0, 0, 0) * 1000 + rng.choice([0, 0, 0, 250])
            if rng.random() < 0.3:
                start = (tr[0] - rng.choice([1, 1800, 3600, 3 * 3600])) * 1000
        else:
            start = ctx.rand_ms(with_ms=0.3)
        r = rng.random()
        end_close = False
        if r < 0.6:
            end = "-"
        elif r < 0.65:
            end = ctx.show(start - rng.choice([1, 1000, DAY * 1000]), zone)
        else:
            end = ctx.show(start + rng.choice([1, 60, 3600, 6 * 3600, DAY, 3 * DAY, 10 * DAY]) * 1000, zone)
            end_close = True
        cnt = rng.randint(1, 40)
        cal = "-"
        if rng.random() < 0.3 and (st, et) == ("-", "-") or (rng.random() < 0.15):
            step = interval * UNIT_SECONDS.get(unit, 1)
            if step >= 60 or end_close:
                kinds = ["holiday", "annual", "monthly"]
                if days == "*":
                    kinds.append("weekly")
                if (st, et) == ("-", "-") and step < 3600:
                    kinds += ["daily", "dailyinv", "cron"]
                cal = rand_cal(ctx, zone, start // 1000, kinds, heavy=False, chain_p=0.15)
        cols = ["daily", ctx.show(start, zone), end, interval, unit, rc, days, st, et, zone, cnt]
        if cal != "-" or rng.random() < 0.5:
            cols.append(cal)
        out.append(line(*cols))
    return out


# --------------------------------------------------------------------------- calendar-focused

def gen_calendars(ctx):
    rng = ctx.rng
    out = []
    intervals = [60000, 17 * 60000, 3600000, 86400000]
    specials = [
        "daily:8:00-17:00", "daily:0:00-23:59:59:999", "daily:23:00-01:00", "daily:8:00:00:500-8:00:01:250",
        "dailyinv:8:00-17:00", "dailyinv:0:00-0:30", "daily:0:00-0:00:00:001", "dailyinv:23:59-23:59:59:999",
        "annual:02-29", "monthly:31", "monthly:29,30,31", "monthly:1", "weekly:1,7", "weekly:2,3,4,5,6",
        "weekly:", "annual:12-25,12-26,01-01", "cron:* * 0-7 * * ?", "cron:* * * ? * 1", "cron:0 0 * * * ?",
        "holiday:2024-03-10,2024-03-31,2024-11-03", "daily:1:00-3:00", "dailyinv:2:00-3:00",
        "daily:8:00-17:00+weekly:1,7", "weekly:1,7+holiday:2024-12-25", "monthly:15+annual:07-04+weekly:1",
        "cron:* * 12-13 * * ?+daily:9:00-10:00", "dailyinv:6:00-20:00+weekly:1", "annual:02-28+annual:03-01",
        "daily:8:00:00:000-17:00:00:000", "daily:08:00-17:00", "daily:8:0-17:0:0:0", "daily:8-17",
        "daily:8:00-17:00:00:1000", "daily:25:00-26:00", "daily:8:60-9:00", "weekly:8", "monthly:32",
        "annual:02-30", "holiday:2024-02-30", "cron:bad expr", "daily:17:00-8:00", "dailyinv:17:00-8:00",
    ]
    # 1. each special calendar with each interval across some zones
    for spec in specials:
        for interval in intervals:
            for zone in rng.sample(ZONES, 3):
                z = ctx.zones[zone]
                y = rng.choice([2023, 2024, 2024, 2025])
                start = z.local(y, rng.choice([1, 2, 3, 10, 11, 12]), rng.randint(1, 28), rng.choice([0, 7, 8, 16, 23]), 0, 0)
                start = start * 1000
                cnt = rng.randint(5, 30)
                end = "-"
                all_excl = spec in ("daily:0:00-23:59:59:999",) or (spec.startswith("dailyinv:23:59") and interval >= 60000)
                if all_excl or (spec == "annual:02-29" and interval == 86400000 and rng.random() < 0.5):
                    end = ctx.show(start + rng.choice([1, 3, 10, 40]) * DAY * 1000, zone)
                out.append(line("simple", ctx.show(start, zone), end, interval, -1, zone, cnt, spec))
    # 2. holiday lists around DST days
    dst_zones = ctx.dst_zones()
    for _ in range(250):
        zone = rng.choice(dst_zones)
        z = ctx.zones[zone]
        tr = rng.choice(z.transitions())
        dates = sorted({z.wall(tr[0] + k * DAY)[:3] for k in rng.sample([-1, 0, 0, 1], 2)})
        spec = "holiday:" + ",".join("%04d-%02d-%02d" % d for d in dates)
        start = (tr[0] - rng.choice([DAY, 2 * DAY, 3600])) * 1000
        interval = rng.choice(intervals)
        out.append(line("simple", ctx.show(start, zone), "-", interval, -1, zone, rng.randint(5, 30), spec))
    # 3. DailyCalendar boundaries with sub-second simple triggers
    for _ in range(150):
        zone = ctx.zone()
        z = ctx.zones[zone]
        y = rng.randint(2000, 2050)
        st_h, st_m, st_s, st_ms = rng.choice([(8, 0, 0, 0), (8, 0, 0, 500), (17, 0, 0, 0), (0, 0, 0, 0), (23, 59, 59, 0)])
        spec = rng.choice(["daily:8:00:00:500-8:00:01:250", "dailyinv:8:00:00:500-8:00:01:250", "daily:8:00-17:00",
                           "dailyinv:8:00-17:00", "daily:0:00-0:00:00:999", "daily:23:59:59:000-23:59:59:999"])
        base = z.local(y, rng.randint(1, 12), rng.randint(1, 28), st_h, st_m, st_s) * 1000 + st_ms
        start = base - rng.choice([0, 1, 250, 1000, 2000])
        interval = rng.choice([1, 125, 250, 333, 500, 1000])
        out.append(line("simple", ctx.show(start, zone), "-", interval, -1, zone, rng.randint(5, 20), spec))
    # 4. random calendars and chains (simple + cron kinds)
    for _ in range(900):
        zone = ctx.zone()
        start = ctx.rand_ms(with_ms=0.2)
        spec = rand_cal(ctx, zone, start // 1000, heavy=True, chain_p=0.4)
        cnt = rng.randint(5, 30)
        if rng.random() < 0.7:
            interval = rng.choice(intervals)
            end = "-"
            if rng.random() < 0.15:
                end = ctx.show(start + rng.randint(0, 10) * interval, zone)
            out.append(line("simple", ctx.show(start, zone), end, interval, rng.choice([-1, -1, -1, 5, 20]), zone, cnt, spec))
        else:
            expr = rng.choice(["0 0 * * * ?", "0 0 12 * * ?", "0 30 2 * * ?", "0 0/17 * * * ?", "0 0 0 ? * MON",
                               "0 0 12 L * ?", "0 15 10 ? * 6L", "0 0 8-18 ? * MON-FRI", "0 0 0 1 * ?"])
            out.append(line("cron", expr, ctx.show(start, zone), zone, cnt, spec))
    # 5. weekly calendar excluding every day: only with an END close to the start
    for _ in range(40):
        zone = ctx.zone()
        start = ctx.rand_ms()
        interval = rng.choice(intervals)
        end = ctx.show(start + rng.choice([0, 1, 3, 7]) * DAY * 1000, zone)
        spec = rng.choice(["weekly:1,2,3,4,5,6,7", "weekly:7,6,5,4,3,2,1", "weekly:1,2,3,4,5,6,7+holiday:2024-01-01"])
        out.append(line("simple", ctx.show(start, zone), end, interval, -1, zone, rng.randint(1, 5), spec))
    # 6. calendar spec variants on a trivial schedule
    for spec in ["weekly:", "weekly:1,1", "monthly:31,31", "annual:02-29,02-29",
                 "holiday:2024-01-01,2024-01-01", "weekly:0", "monthly:0", "annual:00-10", "annual:13-01",
                 "annual:2-29", "holiday:2024-1-1", "weekly:1;2", "cron:", "daily:", "dailyinv:8:00",
                 "daily:8:00-9:00-10:00", "foo:1", "holiday", "-+weekly:1", "weekly:1+", "+weekly:1",
                 "weekly:1++weekly:2", "Weekly:1", "cron:0 0 12 ? * *", "cron:0 0 12 * * ? 2030",
                 "daily:8:00 -17:00", "daily: 8:00-17:00", "daily:-8:00-17:00"]:
        zone = ctx.zone()
        start = ctx.rand_ms(hi=calendar.timegm((2040, 1, 1, 0, 0, 0)))
        out.append(line("simple", ctx.show(start, zone), "-", 3600000, -1, zone, 10, spec))
    return out


# --------------------------------------------------------------------------- protocol

def gen_protocol(ctx):
    L = [
        "cron\t0 30 2 * * ?\t2024-03-09T12:00:00Z\tAmerica/New_York\t2\t-",
        "",
        "foo",
        "foo\tbar",
        "CRON\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2\t-\textra",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09 12:00:00Z\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00Z\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00.5Z\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00.123456Z\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00+0100\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00+01\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00z\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-02-30T12:00:00Z\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-13-01T12:00:00Z\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T24:00:00Z\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:60:00Z\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:60Z\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00+25:00\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00+05:60\tUTC\t2",
        "cron\t0 0 12 * * ?\t24-03-09T12:00:00Z\tUTC\t2",
        "cron\t0 0 12 * * ?\t-\tUTC\t2",
        "cron\t0 0 12 * * ?\t\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t0",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t10001",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t-1",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\tabc",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t+2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2.0",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tMars/Olympus\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tutc\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tamerica/new_york\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\t\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\t+01:00\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tGMT+1\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2\tbogus",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2\tweekly:9",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2\tweekly:x",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2\tholiday:2024/01/01",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2\t",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2\t+",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2\tcron:0 0 12 * * *",
        "crontrig\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2",
        "crontrig\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tnever\tUTC\t2",
        "crontrig\t0 0 12 * * ?\t-\t-\tUTC\t2",
        "crontrig\t0 0 12 * * ?\t2024-03-09T12:00:00Z\t\tUTC\t2",
        "simple\t2024-03-09T12:00:00Z\t-\t1000\tUTC\t2",
        "simple\t2024-03-09T12:00:00Z\t-\t1s\t3\tUTC\t2",
        "simple\t2024-03-09T12:00:00Z\t-\t1000\tforever\tUTC\t2",
        "simple\t2024-03-09T12:00:00Z\t-\t1000\t3.5\tUTC\t2",
        "simple\t2024-03-09T12:00:00Z\t-\t99999999999999999999\t3\tUTC\t2",
        "simple\t2024-03-09T12:00:00Z\t-\t1000\t99999999999\tUTC\t2",
        "simple\t2024-03-09T12:00:00Z\t-\t 1000\t3\tUTC\t2",
        "calint\t2024-03-09T12:00:00Z\t-\t1\tDAYS\tfalse\tfalse\tUTC\t2",
        "calint\t2024-03-09T12:00:00Z\t-\t1\tday\tfalse\tfalse\tUTC\t2",
        "calint\t2024-03-09T12:00:00Z\t-\t1\tMILLISECOND\tfalse\tfalse\tUTC\t2",
        "calint\t2024-03-09T12:00:00Z\t-\t1\t\tfalse\tfalse\tUTC\t2",
        "calint\t2024-03-09T12:00:00Z\t-\t1\tDAY\tTrue\tfalse\tUTC\t2",
        "calint\t2024-03-09T12:00:00Z\t-\t1\tDAY\tfalse\tyes\tUTC\t2",
        "calint\t2024-03-09T12:00:00Z\t-\t1\tDAY\t1\t0\tUTC\t2",
        "calint\t2024-03-09T12:00:00Z\t-\tone\tDAY\tfalse\tfalse\tUTC\t2",
        "calint\t2024-03-09T12:00:00Z\t-\t1\tDAY\tfalse\tUTC\t2",
        "daily\t2024-03-09T12:00:00Z\t-\t1\tHOUR\t-1\t0\t-\t-\tUTC\t2",
        "daily\t2024-03-09T12:00:00Z\t-\t1\tHOUR\t-1\t8\t-\t-\tUTC\t2",
        "daily\t2024-03-09T12:00:00Z\t-\t1\tHOUR\t-1\t1,8\t-\t-\tUTC\t2",
        "daily\t2024-03-09T12:00:00Z\t-\t1\tHOUR\t-1\t\t-\t-\tUTC\t2",
        "daily\t2024-03-09T12:00:00Z\t-\t1\tHOUR\t-1\t1,,2\t-\t-\tUTC\t2",
        "daily\t2024-03-09T12:00:00Z\t-\t1\tHOUR\t-1\tMON\t-\t-\tUTC\t2",
        "daily\t2024-03-09T12:00:00Z\t-\t1\tHOUR\t-1\t1-5\t-\t-\tUTC\t2",
        "daily\t2024-03-09T12:00:00Z\t-\t1\tHOUR\t-1\t*\t8:00\t-\tUTC\t2",
        "daily\t2024-03-09T12:00:00Z\t-\t1\tHOUR\t-1\t*\t08:00\t-\tUTC\t2",
        "daily\t2024-03-09T12:00:00Z\t-\t1\tHOUR\t-1\t*\t-\t25:00:00\tUTC\t2",
        "daily\t2024-03-09T12:00:00Z\t-\t1\tHOUR\t-1\t*\t-\t-\tUTC",
        "daily\t2024-03-09T12:00:00Z\t-\t1\tHOUR\t-1\t*\t-\tUTC\t2",
        "daily\t2024-03-09T12:00:00Z\t-\t1\tHOUR\tmany\t*\t-\t-\tUTC\t2",
        "\tcron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2",
        " cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2",
        "cron 0 0 12 * * ? 2024-03-09T12:00:00Z UTC 2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2\r",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2\t-\r",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t2\r\t-",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tUTC\t 2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00-00:00\tUTC\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00.000+14:00\tPacific/Chatham\t2",
        "cron\t0 0 12 * * ?\t2024-03-09T12:00:00Z\tEurope/Zürich\t2",
        "crontrig\t0 0 12 * * ?\t2024-03-09T12:00:00Z\t-\tUTC\t2\t-",
        "simple\t2024-03-09T12:00:00.001Z\t-\t1\t2\tUTC\t5",
        "calint\t2024-03-09T12:00:00Z\t-\t1\tDAY\tfalse\tfalse\tUTC\t2",
        "daily\t2024-03-09T12:00:00Z\t-\t1\tHOUR\t-1\t*\t-\t-\tUTC\t2",
        "cron\t0 0 12 * * ? 2024-2025\t2024-03-09T12:00:00Z\tEurope/Berlin\t10000\tweekly:1,7+holiday:2024-12-25",
        "cron\t0 0 12 1 1 ? 2024-2030\t2024-03-09T12:00:00Z\tUTC\t10000",
        "simple\t2024-03-09T12:00:00Z\t-\t1000\t3\tUTC\t10000",
        "crontrig\t0 0 * * * ?\t2024-03-09T12:00:00Z\t2024-03-09T15:00:00Z\tUTC\t10000\t-",
        "\t\t\t\t\t",
        "\r",
    ]
    return L


# --------------------------------------------------------------------------- main

GENERATORS = {
    "cron_curated": (gen_cron_curated, 1001),
    "cron_random": (gen_cron_random, 1002),
    "cron_invalid": (gen_cron_invalid, 1003),
    "crontrig": (gen_crontrig, 1004),
    "simple": (gen_simple, 1005),
    "calint": (gen_calint, 1006),
    "daily": (gen_daily, 1007),
    "calendars": (gen_calendars, 1008),
    "protocol": (gen_protocol, 1009),
}


def write_lines(path, lines):
    with open(path, "wb") as f:
        for ln in lines:
            f.write(ln.encode("utf-8") + b"\n")


def read_lines(path):
    with open(path, "rb") as f:
        data = f.read()
    if not data:
        return []
    if data.endswith(b"\n"):
        data = data[:-1]
    return data.split(b"\n")


def do_filter(req, marked, out_req, out_exp):
    rq = read_lines(req)
    an = read_lines(marked)
    if len(rq) != len(an):
        sys.exit("gen_cases.py: %s has %d lines but %s has %d" % (req, len(rq), marked, len(an)))
    keep_r, keep_a, dropped = [], [], {}
    for r, a in zip(rq, an):
        if a.startswith(b"DROP\t"):
            why = a.split(b"\t")[1].decode()
            dropped[why] = dropped.get(why, 0) + 1
            continue
        keep_r.append(r)
        keep_a.append(a)
    with open(out_req, "wb") as f:
        f.write(b"".join(x + b"\n" for x in keep_r))
    with open(out_exp, "wb") as f:
        f.write(b"".join(x + b"\n" for x in keep_a))
    errors = sum(1 for a in keep_a if a.startswith(b"ERROR\t"))
    print("%-16s %6d cases kept (%d ERROR), dropped: %s" % (
        out_req.rsplit("/", 1)[-1].rsplit(".", 1)[0], len(keep_r), errors,
        ", ".join("%d %s" % (n, w) for w, n in sorted(dropped.items())) or "none"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--zones", action="store_true")
    ap.add_argument("--transitions")
    ap.add_argument("--out")
    ap.add_argument("--only", help="comma-separated set names")
    ap.add_argument("--filter", nargs=4, metavar=("REQ", "MARKED", "OUT_REQ", "OUT_EXP"))
    a = ap.parse_args()
    if a.zones:
        print("\n".join(ZONES))
        return
    if a.filter:
        do_filter(*a.filter)
        return
    if not a.transitions or not a.out:
        ap.error("--transitions and --out are required")
    zones = load_zones(a.transitions)
    names = a.only.split(",") if a.only else SETS
    for name in names:
        fn, seed = GENERATORS[name]
        lines = fn(Ctx(zones, seed))
        write_lines("%s/%s.requests" % (a.out, name), lines)
        print("%s: %d requests" % (name, len(lines)))


if __name__ == "__main__":
    main()
