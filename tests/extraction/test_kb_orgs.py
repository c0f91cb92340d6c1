"""Knowledge base of organisations (data/shared/kb_orgs.json): well-known outlets, companies, ministries, police
commands and clubs resolve to their KB entry (and so can speak); ambiguous bare words stay out. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD, WIRE_PUBLISHED, speakers


def _kb_orgs(x) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.id for e in x.entities if e.id and e.id.startswith("kb:org:")}


ID_PAD = (" Hal itu disampaikan dalam keterangan tertulis yang diterima wartawan di Jakarta pada hari Senin, dan"
          " belum ada tanggapan dari pihak lain mengenai rencana tersebut.")


@pytest.mark.parametrize(
    ("body", "oid"),
    [
        ("Kemenkeu menyatakan defisit anggaran tahun ini masih berada dalam batas yang aman.", "kb:org:kemen-keu"),
        ("Polda Metro Jaya menyatakan pengamanan malam tahun baru melibatkan ribuan personel.",
         "kb:org:polda-metro-jaya"),
        ("Seperti dilansir Daily Mail, penyanyi itu akan merilis album barunya pada bulan depan.",
         "kb:org:daily-mail"),
        ("PT Telkom Indonesia (Persero) Tbk menyatakan jaringan serat optik di kawasan timur sudah tersambung.",
         "kb:org:telkom"),
        ("PSSI menegaskan jadwal kompetisi Liga 1 tidak akan berubah meski ada agenda tim nasional.",
         "kb:org:pssi"),
    ],
)
def test_indonesian_bodies_resolve(run, body: str, oid: str) -> None:  # type: ignore[no-untyped-def]
    x = run(body + ID_PAD)
    assert oid in _kb_orgs(x)
    assert any(e.speaker is not None and e.speaker.entity_id == oid for e in x.events if e.type == "statement")


@pytest.mark.parametrize(
    ("body", "oid"),
    [
        ("Moody's Investors Service Inc said it lowered its rating on the utility's senior debt.", "kb:org:moodys"),
        ("Texas Instruments Inc said it will build a new chip plant in Dallas next year.",
         "kb:org:texas-instruments"),
        ("The Bank of Canada said it would keep its key lending rate unchanged for now.", "kb:org:bank-of-canada"),
        ("Leicester City said the striker had signed a new four-year contract.", "kb:org:leicester-city"),
    ],
)
def test_english_bodies_resolve(run, body: str, oid: str) -> None:  # type: ignore[no-untyped-def]
    x = run(body + WIRE_PAD, published=WIRE_PUBLISHED)
    assert oid in _kb_orgs(x)
    assert any(e.speaker is not None and e.speaker.entity_id == oid for e in x.events if e.type == "statement")


def test_legal_tail_is_part_of_the_kb_name(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Unilever Plc said its profits rose in the second half." + WIRE_PAD, published=WIRE_PUBLISHED)
    assert speakers(x) == ["Unilever Plc"]


@pytest.mark.parametrize(
    ("body", "published"),
    [
        # a city named like a club is the city; ordinary words named like outlets or firms are no body
        ("The delegation arrived in Leicester on Monday for two days of talks." + WIRE_PAD, WIRE_PUBLISHED),
        ("The shell of the old target building was sold at auction, the time keeper said." + WIRE_PAD,
         WIRE_PUBLISHED),
        ("Tempo hari dia datang ke kantor untuk mengambil dokumen yang tertinggal." + ID_PAD, None),
    ],
)
def test_ambiguous_words_are_no_kb_body(run, body: str, published) -> None:  # type: ignore[no-untyped-def]
    x = run(body, published=published) if published else run(body)
    assert not {o for o in _kb_orgs(x) if o not in ("kb:org:un",)}


def test_indonesian_outlet_relaying_a_quoted_body_does_not_speak(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Menurut Samsung yang dikutip dari PhoneArena, ponsel lipat itu akan dijual mulai bulan depan." + ID_PAD)
    assert "PhoneArena" not in speakers(x)
    assert "Samsung" in speakers(x)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A known company followed by more of a name and a legal form is a unit with a name of its own.
        ("Cargill U.K. Ltd said its crushing plant at the port would stay closed until the strike ended.",
         ["Cargill U.K. Ltd"]),
        ("Viacom International Inc said it agreed to sell the cable unit for 300 mln dlrs.",
         ["Viacom International Inc"]),
        # A legal form right after the known name belongs to it.
        ("Merrill Lynch and Co Inc said it would underwrite the offering of five mln shares.",
         ["Merrill Lynch and Co Inc"]),
    ],
)
def test_known_company_then_more_of_a_name(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + WIRE_PAD)) == expected


def test_bare_short_form_after_a_unit_is_the_unit_unless_the_parent_came_first(run) -> None:  # type: ignore[no-untyped-def]
    unit_first = ("Bayer USA Inc said sales of its units rose 12 pct last year." + WIRE_PAD +
                  " Bayer said its chemicals company would build a new plant in Texas.")
    assert speakers(run(unit_first)) == ["Bayer USA Inc"]
    parent_first = ("Toyota Motor Corp said it would name American suppliers for its new plant." + WIRE_PAD +
                    " Its unit Toyota Motor Manufacturing USA Inc will buy the parts." + WIRE_PAD +
                    " A Toyota official said the list would be ready in May.")
    assert speakers(run(parent_first)) == ["Toyota Motor Corp"]  # the parent speaks both times, not the unit
