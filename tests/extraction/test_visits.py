"""Diplomatic visits: positives in both languages and the hard negatives EVENTS.md names."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import visits
from tests.extraction.fixtures import EN_HOST, ID_TRIP


def test_visits_fixture_trip_one_event_per_country(run) -> None:  # type: ignore[no-untyped-def]
    x = run(ID_TRIP)
    assert visits(x) == [("Retno Marsudi", "JP"), ("Retno Marsudi", "KR")]
    by_country = {e.destination.country: e for e in x.events if e.type == "diplomatic_visit"}
    jp = by_country["JP"]
    assert jp.destination.city == "Tokyo" and jp.destination.geonames_id == 1850147
    assert by_country["KR"].destination.city == "Seoul"
    assert jp.status == "ongoing" and by_country["KR"].status == "ongoing"
    assert jp.dates is not None and jp.dates.start == date(2022, 5, 16)
    assert jp.traveler.country == "ID" and jp.traveler.entity_id == "kb:retno-marsudi"
    assert jp.key == "visit:kb:retno-marsudi:JP"
    assert jp.cameo == "042"
    assert all(x.text[ev.start:ev.end] == ev.sentence for ev in jp.evidence)


def test_visits_host_side_is_one_event_for_the_guest(run) -> None:  # type: ignore[no-untyped-def]
    x = run(EN_HOST)
    assert visits(x) == [("Francisco Bustillo", "ID")]
    v = next(e for e in x.events if e.type == "diplomatic_visit")
    assert v.cameo == "043"
    assert v.traveler.country == "UY"
    assert [h.name for h in v.hosts] == ["Joko Widodo"]


@pytest.mark.parametrize(
    ("body", "expected", "status"),
    [
        ("Presiden Joko Widodo akan melakukan kunjungan kenegaraan ke Australia pekan depan.", ("Joko Widodo", "AU"), "planned"),
        ("Perdana Menteri Malaysia Anwar Ibrahim tiba di Jakarta pada Senin.", ("Anwar Ibrahim", "ID"), "ongoing"),
        ("Menlu Retno Marsudi telah mengunjungi Kairo, Mesir, untuk bertemu dengan para pejabat di sana.", ("Retno Marsudi", "EG"), "completed"),
        ("Menteri Luar Negeri Jepang Yoko Kamikawa batal berkunjung ke Filipina karena badai.", ("Yoko Kamikawa", "PH"), "cancelled"),
        ("Secretary of State Antony Blinken will visit Vietnam on Friday, the State Department said.", ("Antony Blinken", "VN"), "planned"),
        ("Japanese Prime Minister Fumio Kishida arrived in Manila on Monday for talks.", ("Fumio Kishida", "PH"), "ongoing"),
        ("French President Emmanuel Macron postponed his visit to Germany.", ("Emmanuel Macron", "DE"), "cancelled"),
    ],
)
def test_visits_positive(run, body: str, expected: tuple[str, str], status: str) -> None:  # type: ignore[no-untyped-def]
    x = run(body)
    assert visits(x) == [expected]
    assert next(e for e in x.events if e.type == "diplomatic_visit").status == status


@pytest.mark.parametrize(
    "body",
    [
        # domestic working visit
        "Presiden Joko Widodo melakukan kunjungan kerja ke Medan, Sumatera Utara, pada Selasa.",
        # football team
        "Tim nasional Argentina tiba di Jakarta pada Senin untuk laga persahabatan.",
        # a CEO's business trip
        "CEO Tesla Elon Musk berkunjung ke Jakarta untuk membahas investasi baterai.",
        # hoped to visit
        "Menlu Retno Marsudi berharap bisa berkunjung ke Korea Utara suatu hari nanti.",
        # phone call
        "Presiden Joko Widodo berbicara melalui telepon dengan Presiden Prancis Emmanuel Macron yang berada di Paris.",
        # English: tourists and invitation
        "Thousands of tourists visited Bali last year.",
        "Prime Minister Fumio Kishida hoped to visit China next year.",
        # a meeting whose place is not known
        "Foreign Minister Wang Yi met Antony Blinken on Tuesday.",
    ],
)
def test_visits_hard_negatives(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(body)) == []


def test_visits_dateline_abroad_with_region_trigger(run) -> None:  # type: ignore[no-untyped-def]
    body = "Astana (ANTARA) - Menteri Luar Negeri Jepang Yoko Kamikawa tiba di Asia Tengah pada Selasa."
    x = run(body)
    assert visits(x) == [("Yoko Kamikawa", "KZ")]
