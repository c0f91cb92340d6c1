"""Dates: reference date from dateline or publication, weekdays, explicit dates, relative words."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from streamer.extraction.dates import reference_date, resolve_dates
from streamer.extraction.entities import analyse
from streamer.extraction.resources import load_resources

MONTHS = {"march": 3, "feb": 2, "februari": 2}


@pytest.mark.parametrize(
    ("published", "dateline", "expected"),
    [
        (datetime(2023, 2, 28, 10), None, date(2023, 2, 28)),
        (datetime(1987, 3, 4, 1), "March 3", date(1987, 3, 3)),
        (datetime(2024, 1, 2), "Feb 26", date(2023, 2, 26)),
        (None, "March 3", None),
    ],
)
def test_dates_reference(published: datetime | None, dateline: str | None, expected: date | None) -> None:
    assert reference_date(published, dateline, MONTHS) == expected


@pytest.mark.parametrize(
    ("text", "lang", "forward", "start", "end"),
    [
        ("Ia tiba di sana pada Selasa.", "id", False, date(2023, 2, 28), date(2023, 2, 28)),
        ("Ia tiba di sana pada Senin.", "id", False, date(2023, 2, 27), date(2023, 2, 27)),
        ("Ia akan tiba pada Jumat.", "id", True, date(2023, 3, 3), date(2023, 3, 3)),
        ("Ia tiba pada 24 Februari.", "id", False, date(2023, 2, 24), date(2023, 2, 24)),
        ("Ia tiba pada Senin (27/2).", "id", False, date(2023, 2, 27), date(2023, 2, 27)),
        ("Ia akan berkunjung pekan depan.", "id", True, date(2023, 3, 6), date(2023, 3, 12)),
        ("He will visit on Friday.", "en", True, date(2023, 3, 3), date(2023, 3, 3)),
        ("He arrived on March 1, 2023.", "en", False, date(2023, 3, 1), date(2023, 3, 1)),
    ],
)
def test_dates_resolve(text: str, lang: str, forward: bool, start: date, end: date) -> None:
    shared = load_resources()
    a = analyse(text, shared.languages[lang], shared, date(2023, 2, 28))
    d1, d2, words = resolve_dates(a, 0, len(text), date(2023, 2, 28), forward)
    assert (d1, d2) == (start, end)
    assert words
