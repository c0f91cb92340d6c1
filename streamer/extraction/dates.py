"""Dates: the article's reference date, and visit dates from weekday names, explicit dates and relative words."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Final

from streamer.extraction.entities import Analysis, Hit

_NUM_BEFORE: Final = re.compile(r"(\d{1,2})(?:\s*-\s*(\d{1,2}))?\s+$")
_NUM_AFTER: Final = re.compile(r"^\.?\s+(\d{1,2})\b(?:\s*-\s*(\d{1,2})\b)?")
_YEAR_AFTER: Final = re.compile(r"^[ ,]*((?:19|20)\d\d)\b")
_SLASH: Final = re.compile(r"^\s*\((\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\)")
_HEAD_MONTH_DAY: Final = re.compile(r"([A-Za-z]{3,9})\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Za-z]{3,9})|(\d{1,2})/(\d{1,2})")


def reference_date(published: datetime | None, dateline_date: str | None, months: dict[str, int]) -> date | None:
    """The dateline's date (year from publication) when there is one, else the publication date."""
    pub = published.date() if published is not None else None
    if dateline_date and pub is not None:
        m = _HEAD_MONTH_DAY.search(dateline_date)
        if m:
            try:
                if m.group(1):
                    month, day = months.get(m.group(1).lower()), int(m.group(2))
                elif m.group(3):
                    month, day = months.get(m.group(4).lower()), int(m.group(3))
                else:
                    day, month = int(m.group(5)), int(m.group(6))
                if month:
                    d = date(pub.year, month, day)
                    if (d - pub).days > 2:  # a dateline is never in the future
                        d = date(pub.year - 1, month, day)
                    return d
            except ValueError:
                pass
    return pub


def _nearest_year(ref: date, month: int, day: int) -> date | None:
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best


def resolve_dates(a: Analysis, start: int, end: int, ref: date | None, forward: bool) -> tuple[date | None, date | None, str | None]:
    """The first date expression of a span as (start, end, words); weekdays go back, or forward when planned."""
    if ref is None:
        return None, None, None
    text = a.text
    for h in a.hits_in(start, end):
        if h.kind == "month":
            found = _explicit(text, h, ref)
            if found is not None:
                return found
        elif h.kind == "weekday":
            wd = int(h.value)
            m = _SLASH.match(text[h.end:h.end + 14])
            if m:
                d = _nearest_year(ref, int(m.group(2)), int(m.group(1)))
                if d is not None:
                    return d, d, text[h.start:h.end + m.end()]
            delta = (wd - ref.weekday()) % 7
            if forward:
                d = ref + timedelta(days=delta)
            else:
                d = ref - timedelta(days=(ref.weekday() - wd) % 7)
            return d, d, text[h.start:h.end]
        elif h.kind == "reldate":
            days = int(h.value)
            if abs(days) == 7:
                monday = ref - timedelta(days=ref.weekday()) + timedelta(days=days)
                return monday, monday + timedelta(days=6), text[h.start:h.end]
            d = ref + timedelta(days=days)
            return d, d, text[h.start:h.end]
    return None, None, None


def _explicit(text: str, h: Hit, ref: date) -> tuple[date, date, str] | None:
    month = int(h.value)
    before = _NUM_BEFORE.search(text[max(0, h.start - 12):h.start])
    after = _NUM_AFTER.match(text[h.end:h.end + 12]) if before is None else None
    m = before or after
    if m is None:
        return None
    d1 = int(m.group(1))
    d2 = int(m.group(2)) if m.group(2) else d1
    tail = text[h.end + (after.end() if after else 0):h.end + (after.end() if after else 0) + 8]
    y = _YEAR_AFTER.match(tail)
    try:
        if y:
            s, e = date(int(y.group(1)), month, d1), date(int(y.group(1)), month, d2)
        else:
            s0 = _nearest_year(ref, month, d1)
            if s0 is None:
                return None
            s, e = s0, date(s0.year, month, d2)
    except ValueError:
        return None
    words_start = h.start - len(before.group(0)) if before else h.start
    words_end = h.end + (after.end() if after else 0)
    return s, e, text[words_start:words_end].strip()
