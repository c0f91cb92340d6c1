"""Visit recall (round 24): motion verbs with "for" / "menuju", bare "ke" after an official, meeting phrasings,
and heads of international bodies (own test sentences)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD, WIRE_PUBLISHED, visits, wire_visits


def _status(run, body: str, wire: bool) -> str:  # type: ignore[no-untyped-def]
    x = run(body + WIRE_PAD, published=WIRE_PUBLISHED) if wire else run(body)
    return str(next(e for e in x.events if e.type == "diplomatic_visit").status)


@pytest.mark.parametrize(
    ("body", "expected", "status"),
    [
        ("Portuguese Finance Minister Jorge Campos headed for Ottawa on Sunday for talks with creditor banks.",
         [("Jorge Campos", "CA")], "ongoing"),
        ("Danish Prime Minister Ole Lund heads for Canberra on Friday for talks with the government.",
         [("Ole Lund", "AU")], "planned"),
        ("Kenyan Trade Minister Peter Otieno will set off for Lisbon on May 2 to discuss tariffs.",
         [("Peter Otieno", "PT")], "planned"),
        ("Chilean Foreign Minister Pablo Rojas will stop in Madrid on his way to Athens, officials said.",
         [("Pablo Rojas", "ES"), ("Pablo Rojas", "GR")], "planned"),
        ("Swedish Trade Minister Anna Berg had talks with Greek Premier Nikos Papas in Athens on Monday.",
         [("Anna Berg", "GR")], "ongoing"),
        ("Finnish Finance Minister Erik Lahti conferred with Austrian officials in Vienna on Monday.",
         [("Erik Lahti", "AT")], "ongoing"),
    ],
)
def test_en_motion_for_and_meeting_phrasings(run, body: str, expected: list, status: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert wire_visits(run, body) == expected
    assert _status(run, body, True) == status


@pytest.mark.parametrize(
    "body",
    [
        # "heading for" a state of affairs: only a place right after the verb is a destination
        "Portuguese Finance Minister Jorge Campos said the talks were heading for failure in Ottawa.",
        # a meeting by telephone names no place
        "Finnish Finance Minister Erik Lahti said he had talks with Austrian officials by telephone.",
    ],
)
def test_en_motion_for_negatives(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert wire_visits(run, body) == []


@pytest.mark.parametrize(
    ("body", "expected", "status"),
    [
        ("Menteri Luar Negeri Retno Marsudi menuju Kopenhagen, Denmark, Selasa, untuk bertemu Perdana Menteri Denmark.",
         [("Retno Marsudi", "DK")], "ongoing"),
        ("Menteri Pertahanan Prabowo Subianto akan ke Portugal pekan depan untuk membahas kerja sama keamanan.",
         [("Prabowo Subianto", "PT")], "planned"),
        ("Menteri Luar Negeri Retno Marsudi dijadwalkan ke Lisbon, Portugal, Selasa.",
         [("Retno Marsudi", "PT")], "planned"),
        ("Presiden Joko Widodo bertolak dari Bandara Halim Perdanakusuma menuju Wellington, Selandia Baru, Sabtu.",
         [("Joko Widodo", "NZ")], "ongoing"),
        ("Menteri Luar Negeri Retno Marsudi berangkat menuju Oslo, Norwegia, Senin.",
         [("Retno Marsudi", "NO")], "ongoing"),
        ("Menteri Luar Negeri Retno Marsudi melakukan pertemuan dengan Menlu Norwegia di Oslo, Selasa.",
         [("Retno Marsudi", "NO")], "ongoing"),
        ("Presiden Joko Widodo menggelar pertemuan bilateral dengan Perdana Menteri Portugal di Lisbon, Senin.",
         [("Joko Widodo", "PT")], "ongoing"),
        ("Sekretaris Jenderal PBB Antonio Guterres akan mengunjungi Jakarta bulan depan, kata juru bicara.",
         [("Antonio Guterres", "ID")], "planned"),
    ],
)
def test_id_menuju_bare_ke_meetings_and_international_heads(run, body: str, expected: list, status: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert visits(run(body)) == expected
    assert _status(run, body, False) == status


@pytest.mark.parametrize(
    "body",
    [
        # a letter sent "ke" a country is no trip; a bare "ke" needs a tense or schedule word
        "Surat Presiden Joko Widodo ke Portugal dibacakan oleh Menteri Luar Negeri pada Selasa.",
        # a domestic trip
        "Menteri Kelautan Susi Pudjiastuti akan ke Natuna pekan depan untuk meninjau nelayan.",
        # a meeting at home
        "Menteri Perdagangan Enggartiasto Lukita melakukan pertemuan dengan para pengusaha di Surabaya, Selasa.",
    ],
)
def test_id_bare_ke_negatives(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(body)) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Lisabon (ANTARA News) - Presiden Joko Widodo menghadiri KTT Uni Eropa-ASEAN ke-3, Senin (15/5).",
         [("Joko Widodo", "PT")]),
        ("Oslo (ANTARA News) - Menteri Luar Negeri Retno Marsudi akan menghadiri forum perdamaian pekan depan.",
         [("Retno Marsudi", "NO")]),
        # the meeting named with its own place wins over the dateline
        ("Oslo (ANTARA News) - Menteri Luar Negeri Retno Marsudi menghadiri forum perdamaian di Lisabon, Portugal.",
         [("Retno Marsudi", "PT")]),
        # a story filed at home, a meeting dated before the story, the meeting named before: no dateline trip
        ("Jakarta (ANTARA News) - Presiden Joko Widodo menghadiri KTT Uni Eropa-ASEAN ke-3, Senin (15/5).", []),
        ("Oslo (ANTARA News) - Menteri Luar Negeri Retno Marsudi menghadiri forum perdamaian tahun lalu.", []),
        ("Oslo (ANTARA News) - Menteri Luar Negeri Retno Marsudi menghadiri pertemuan tersebut, Senin.", []),
    ],
)
def test_id_attending_a_meeting_under_a_dateline_abroad(run, body: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert visits(run(body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 'Kepala Negara' refers back to the president named before
        ("Presiden Joko Widodo meresmikan bendungan di Bandung, Senin. Sore harinya, Kepala Negara terbang ke Oslo, "
         "Norwegia.", [("Joko Widodo", "NO")]),
        # the head of a delegation travels with it
        ("Menteri Perdagangan Enggartiasto Lukita memimpin delegasi Indonesia ke Lisabon, Portugal, untuk membahas tarif.",
         [("Enggartiasto Lukita", "PT")]),
        ("Menteri Perdagangan Enggartiasto Lukita mengirim delegasi ke Lisabon, Portugal, untuk membahas tarif.", []),
    ],
)
def test_id_head_of_state_anaphor_and_delegation_head(run, body: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert visits(run(body)) == expected
