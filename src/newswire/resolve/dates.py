"""Dates: absolute and relative expressions resolved against the publication date."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
UNITS = {"day": 1, "week": 7, "month": 30, "year": 365}
NUMS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "few": 3, "several": 3, "couple of": 2}


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        from dateutil import parser

        return parser.parse(value, fuzzy=True).date()
    except (ValueError, OverflowError, ImportError):
        return None


def _months_back(d: date, n: int) -> date:
    m = d.month - 1 - n
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def resolve_date(text: str, published: date | None) -> tuple[str | None, str | None]:
    """(start, end) ISO dates for a date expression, or (None, None) when unresolvable."""
    t = text.lower().strip()
    t = re.sub(r"^(the|on|in|since|during|over)\s+", "", t)
    if published is None:
        m = re.fullmatch(r"(\d{1,2})?\s*([a-z]+)?\s*(\d{4})", t)
        return (None, None) if not m else _absolute(t)
    p = published
    if t in ("today", "this morning", "tonight", "this evening", "this afternoon"):
        return p.isoformat(), p.isoformat()
    if t in ("yesterday", "last night"):
        d = p - timedelta(days=1)
        return d.isoformat(), d.isoformat()
    if t == "tomorrow":
        d = p + timedelta(days=1)
        return d.isoformat(), d.isoformat()
    m = re.fullmatch(r"(last|this|next) (week|month|year)", t)
    if m:
        rel, unit = m.groups()
        shift = {"last": -1, "this": 0, "next": 1}[rel]
        if unit == "week":
            monday = p - timedelta(days=p.weekday()) + timedelta(weeks=shift)
            return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
        if unit == "month":
            first = _months_back(p.replace(day=1), -shift)
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
            return first.isoformat(), last.isoformat()
        y = p.year + shift
        return date(y, 1, 1).isoformat(), date(y, 12, 31).isoformat()
    m = re.fullmatch(r"(?:last |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", t)
    if m:
        back = (p.weekday() - WEEKDAYS[m.group(1)]) % 7
        d = p - timedelta(days=back)
        return d.isoformat(), d.isoformat()
    m = re.fullmatch(r"(?:past|last) (\w+(?: of)?) (day|week|month|year)s?", t) or \
        re.fullmatch(r"(\w+) (day|week|month|year)s? ago", t)
    if m:
        n = NUMS.get(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit() else None)
        if n:
            unit = m.group(2)
            start = _months_back(p, n) if unit == "month" else p - timedelta(days=UNITS[unit] * n)
            if "ago" in t:
                return start.isoformat(), start.isoformat()
            return start.isoformat(), p.isoformat()
    return _absolute(t, p)


def _absolute(t: str, p: date | None = None) -> tuple[str | None, str | None]:
    m = re.fullmatch(r"(\d{4})", t)
    if m:
        y = int(m.group(1))
        return date(y, 1, 1).isoformat(), date(y, 12, 31).isoformat()
    months = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    m = re.fullmatch(r"([a-z]+)(?: (\d{4}))?", t)
    if m and m.group(1) in months:
        mo = months[m.group(1)]
        y = int(m.group(2)) if m.group(2) else (p.year if p else None)
        if y is None:
            return None, None
        if p and not m.group(2) and date(y, mo, 1) > p:
            y -= 1  # "in March" in a November article is this year's past March
        return date(y, mo, 1).isoformat(), date(y, mo, calendar.monthrange(y, mo)[1]).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([a-z]+),? ?(\d{4})?", t) or \
        re.fullmatch(r"([a-z]+) (\d{1,2})(?:st|nd|rd|th)?,? ?(\d{4})?", t)
    if m:
        a, b, y = m.groups()
        day_s, mon_s = (a, b) if a.isdigit() else (b, a)
        if mon_s in months:
            year = int(y) if y else (p.year if p else None)
            if year is None:
                return None, None
            try:
                d = date(year, months[mon_s], int(day_s))
            except ValueError:
                return None, None
            return d.isoformat(), d.isoformat()
    return None, None
