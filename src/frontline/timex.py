"""Time expressions resolved against an article's publication date.

``resolve("on April 26", date(2025, 4, 30))`` gives
``TimeValue(value="2025-04-26", precision="day")``.
Precision is kept (a month stays a month), and nothing is invented: a date without a year in an
article without a publication date keeps only its text, and "recently" stays undated.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .model import TimeValue

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

_MONTH_RE = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_QUAL_RE = (
    r"(?:(?P<qual>early|mid|late|the (?:start|beginning|middle|end) of|end of|start of)[\s-]+)?"
)
_LEAD_RE = re.compile(
    r"^(?:on|in|at|by|since|from|until|during|as of|the|of|this past|earlier|later)\s+", re.I
)

_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?\b")
_MONTH_DAY = re.compile(
    rf"\b{_MONTH_RE}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b", re.I
)
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+(?P<year>\d{{4}}))?\b",
    re.I,
)
_MONTH_YEAR = re.compile(rf"\b{_QUAL_RE}{_MONTH_RE}(?:,?\s+(?P<year>\d{{4}}))?\b", re.I)
_YEAR = re.compile(r"\b(?P<qual>early|mid|late)?[\s-]*(?P<year>(?:19|20)\d{2})\b", re.I)
_WEEKDAY = re.compile(
    r"\b(?P<last>last\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)
_AGO = re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|ten)\s+days?\s+ago\b", re.I)
_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}

_TODAY = re.compile(r"\b(today|this (?:morning|afternoon|evening)|tonight|earlier today)\b", re.I)
_YESTERDAY = re.compile(r"\b(yesterday|last night)\b", re.I)
_VAGUE = re.compile(
    r"\b(recently|lately|previously|earlier|soon|in recent (?:days|weeks|months)|for the first time"
    r"|now|until now|so far|at the time|since then)\b",
    re.I,
)


def _qualifier(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.lower()
    if "start" in raw or "beginning" in raw or raw == "early":
        return "early"
    if "mid" in raw or "middle" in raw:
        return "mid"
    if "end" in raw or raw == "late":
        return "late"
    return raw


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + (d.month - 1) + months
    return index // 12, index % 12 + 1


def _infer_year(month: int, day: int | None, published: date) -> int:
    """The year of a date written without one: the latest that is not after publication.

    A report published on 5 January that mentions "December 28" means the previous December.
    """
    year = published.year
    try:
        candidate = date(year, month, day or 1)
    except ValueError:
        return year
    if candidate > published + timedelta(days=1):
        return year - 1
    return year


def resolve(text: str, published: date | None) -> TimeValue:
    """Resolve a time expression; see the module docstring for the rules."""
    original = " ".join(text.split())
    t = original
    while True:
        stripped = _LEAD_RE.sub("", t)
        if stripped == t:
            break
        t = stripped
    low = t.lower()

    m = _ISO.search(t)
    if m:
        if m.group("d"):
            return TimeValue(original, f"{m['y']}-{m['m']}-{m['d']}", "day")
        return TimeValue(original, f"{m['y']}-{m['m']}", "month")

    for rx in (_MONTH_DAY, _DAY_MONTH):
        m = rx.search(t)
        if m:
            month = MONTHS[m.group("month").lower()]
            day = int(m.group("day"))
            if m.group("year"):
                year = int(m.group("year"))
            elif published is not None:
                year = _infer_year(month, day, published)
            else:
                return TimeValue(original)
            try:
                value = date(year, month, day)
            except ValueError:
                return TimeValue(original)
            return TimeValue(original, value.isoformat(), "day")

    if _TODAY.search(low):
        return _relative(original, published, 0)
    if _YESTERDAY.search(low):
        return _relative(original, published, 1)
    m = _AGO.search(low)
    if m:
        n = m.group("n")
        return _relative(original, published, int(n) if n.isdigit() else _NUM[n])
    m = _WEEKDAY.search(low)
    if m and published is not None:
        back = (published.weekday() - WEEKDAYS[m.group("wd")]) % 7
        if m.group("last") and back == 0:
            back = 7
        return TimeValue(original, (published - timedelta(days=back)).isoformat(), "day")
    if m:
        return TimeValue(original)

    if "earlier this month" in low or low in ("this month", "earlier in the month"):
        return _month(original, published, 0)
    if re.search(r"\b(?:last|previous) month\b", low):
        return _month(original, published, -1)
    if re.search(r"\b(?:last|past) week\b", low):
        if published is None:
            return TimeValue(original)
        start = published - timedelta(days=published.weekday() + 7)
        end = start + timedelta(days=6)
        if (start.year, start.month) == (end.year, end.month):
            return TimeValue(original, _month_value(start.year, start.month), "month", "last week")
        return TimeValue(original)
    if re.search(r"\b(?:earlier )?this week\b", low) and "next" not in low:
        # from Monday to the publication day: a month when the days lie in one
        if published is None:
            return TimeValue(original)
        start = published - timedelta(days=published.weekday())
        if (start.year, start.month) == (published.year, published.month):
            return TimeValue(original, _month_value(start.year, start.month), "month", "this week")
        return TimeValue(original)
    if re.search(r"\bweekend\b", low) and not re.search(r"\b(?:this|next|coming)\b", low):
        # the last Saturday and Sunday before publication (a Sunday paper's "the weekend" is
        # its own); a month when both days lie in one
        if published is None:
            return TimeValue(original)
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        if "last" in low and published.weekday() >= 5:
            saturday -= timedelta(days=7)
        sunday = saturday + timedelta(days=1)
        if (saturday.year, saturday.month) == (sunday.year, sunday.month):
            return TimeValue(
                original, _month_value(saturday.year, saturday.month), "month", "weekend"
            )
        return TimeValue(original)
    if (shift := _year_shift(low)) is not None:
        m = _MONTH_YEAR.search(t)
        if published and m and not m.group("year") and not t[m.start("month")].islower():
            # "in April last year", "in March this year": that month of that year
            month = MONTHS[m.group("month").lower()]
            in_year = _month_value(published.year + shift, month)
            return TimeValue(original, in_year, "month", _qualifier(m.group("qual")))
        return _year(original, published, shift)

    m = _MONTH_YEAR.search(t)
    if m and not (
        m.group("month").lower() == "may" and not m.group("year") and t[m.start("month")].islower()
    ):
        month = MONTHS[m.group("month").lower()]
        qual = _qualifier(m.group("qual"))
        if m.group("year"):
            year = int(m.group("year"))
        elif published is not None:
            year = _infer_year(month, None, published)
        else:
            return TimeValue(original, None, None, qual)
        return TimeValue(original, _month_value(year, month), "month", qual)

    m = _YEAR.search(t)
    if m:
        return TimeValue(original, m.group("year"), "year", _qualifier(m.group("qual")))

    if _VAGUE.search(low):
        return TimeValue(original)
    return TimeValue(original)


def _year_shift(low: str) -> int | None:
    """-1 for "last year", 0 for "this year", None for neither."""
    if re.search(r"\b(?:last|previous) year\b", low):
        return -1
    if "this year" in low:
        return 0
    return None


def _relative(original: str, published: date | None, days_back: int) -> TimeValue:
    if published is None:
        return TimeValue(original)
    return TimeValue(original, (published - timedelta(days=days_back)).isoformat(), "day")


def _month(original: str, published: date | None, shift: int) -> TimeValue:
    if published is None:
        return TimeValue(original)
    year, month = _shift_month(published, shift)
    return TimeValue(original, _month_value(year, month), "month")


def _year(original: str, published: date | None, shift: int) -> TimeValue:
    if published is None:
        return TimeValue(original)
    return TimeValue(original, str(published.year + shift), "year")


def first_day(value: str) -> date:
    """The first day a resolved value covers ("2025-03" -> 2025-03-01), for comparisons."""
    parts = value.split("-")
    return date(
        int(parts[0]),
        int(parts[1]) if len(parts) > 1 else 1,
        int(parts[2]) if len(parts) > 2 else 1,
    )
