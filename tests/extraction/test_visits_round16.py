"""Visits, round 16 (both languages): press words dated before the story, a country's government as the host, and
titled companions (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD as _PAD, WIRE_PUBLISHED as _PUB, visits, wire_visits as _visits

_ID_PAD = " Pertemuan itu membahas kerja sama perdagangan, investasi dan pendidikan antara kedua negara."


# -- press words dated before the story ------------------------------------------------------------------------


def test_told_reporters_last_week_is_not_placed_by_the_dateline(run) -> None:  # type: ignore[no-untyped-def]
    body = "Peruvian Trade Minister Carlos Ferrero told reporters last week that Peru would not devalue."
    assert _visits(run, body, "TOKYO, March 9 -") == []
    body = "Peruvian Trade Minister Carlos Ferrero told a news conference two weeks ago that Peru would not devalue."
    assert _visits(run, body, "TOKYO, March 9 -") == []


def test_told_reporters_today_is_still_at_the_dateline(run) -> None:  # type: ignore[no-untyped-def]
    body = "Peruvian Trade Minister Carlos Ferrero told reporters that Peru would not devalue."
    assert _visits(run, body, "TOKYO, March 9 -") == [("Carlos Ferrero", "JP")]
    # an arrival last week is still a stay at the dateline place
    body = "Peruvian Trade Minister Carlos Ferrero arrived last week for talks on Peru's debt."
    assert _visits(run, body, "TOKYO, March 9 -") == [("Carlos Ferrero", "JP")]


# -- a country's government as the host ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Pada tahun 1961 pemerintah Kenya menyambut kehadiran Presiden Ghana Bako Mensah di Nairobi." + _ID_PAD,
         [("Bako Mensah", "KE")]),
        ("Pemerintah Malaysia menyambut kedatangan Menteri Luar Negeri Peru Carla Ferreyros, Senin (4/9)." + _ID_PAD,
         [("Carla Ferreyros", "MY")]),
    ],
)
def test_id_government_hosts_the_guest(run, body: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(body)) == expected


def test_en_government_hosts_the_guest(run) -> None:  # type: ignore[no-untyped-def]
    body = "The Kenyan government welcomed Peruvian Trade Minister Carlos Ferrero on Monday."
    assert _visits(run, body) == [("Carlos Ferrero", "KE")]
    body = "The government of Kenya formally received Peruvian Trade Minister Carlos Ferrero on Monday."
    assert _visits(run, body) == [("Carlos Ferrero", "KE")]


@pytest.mark.parametrize(
    "body",
    [
        # welcoming a proposal or a decision is no visit
        "Pemerintah Malaysia menyambut baik usulan Menteri Luar Negeri Peru Carla Ferreyros, Senin (4/9)." + _ID_PAD,
        "The Kenyan government welcomed the decision by Peruvian Trade Minister Carlos Ferrero to cut tariffs." + _PAD,
    ],
)
def test_government_welcoming_a_proposal_is_no_visit(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(body, published=_PUB)) == []


# -- titled companions -----------------------------------------------------------------------------------------


def test_titled_companion_of_a_minister_travels_too(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Menteri Perdagangan Enggartiasto Lukita tiba di Roma, Italia, Jumat (29/9). Pada kesempatan itu, "
            "Menteri Enggartiasto didampingi oleh Gubernur Akademi Militer (Akmil) Mayor Jenderal TNI Dwi Santoso "
            "Harjono, "
            "Jumat (29/9)." + _ID_PAD)
    assert visits(run(body)) == [("Dwi Santoso Harjono", "IT"), ("Enggartiasto Lukita", "IT")]


def test_companion_without_a_title_is_not_added(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Menteri Perdagangan Enggartiasto Lukita tiba di Roma, Italia, Jumat (29/9). Pada kesempatan itu, "
            "Menteri Enggartiasto didampingi oleh Dwi Santoso Harjono, Jumat (29/9)." + _ID_PAD)
    assert visits(run(body)) == [("Enggartiasto Lukita", "IT")]
