"""Indonesian visits, round 35 (mined from real text): an official whose lead clause opens 'Berbicara di <place abroad>
dalam <event>, ...' is there (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import visits as _visits

_LEAD = "Jakarta (ANTARA News) - Pemerintah menyiapkan bantuan baru. "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Berbicara di Singapura dalam forum keamanan regional hari ini, Menteri Pertahanan Australia Marise Payne "
         "mengatakan negaranya siap membantu.", [("Marise Payne", "SG")]),
        ("Berbicara kepada wartawan di Tokyo usai pertemuan dengan mitranya, Menteri Luar Negeri Retno Marsudi "
         "mengatakan kerja sama akan ditingkatkan.", [("Retno Marsudi", "JP")]),
        ("Berpidato di Jenewa pada sidang Dewan HAM PBB, Menteri Luar Negeri Retno Marsudi menegaskan sikap "
         "Indonesia.", [("Retno Marsudi", "CH")]),
    ],
)
def test_id_round35_speaking_abroad(run, body: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _visits(run(_LEAD + body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        # her own capital is no trip abroad
        "Berbicara di Jakarta dalam seminar ekonomi, Menteri Keuangan Sri Mulyani mengatakan inflasi terkendali.",
        # a place that is not followed by the speaker's clause
        "Berbicara di Singapura dalam forum itu, ia mengatakan Menteri Pertahanan Australia Marise Payne akan datang.",
    ],
)
def test_id_round35_speaking_not_abroad(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _visits(run(_LEAD + body)) == []
