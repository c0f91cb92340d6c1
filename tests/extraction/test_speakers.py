"""Speaker consolidation and name sanity (streamer/extraction/speakers.py) and the Reuters attribution rules."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A short form that starts a word of the full name.
        ('Pelatih Persija, Stefano Cugurra, mengatakan timnya siap bertanding. Namun, Stefano menilai lini '
         'belakang masih rapuh. "Kami harus lebih disiplin," ujar Stef.', ["Stefano Cugurra"]),
        # A nickname blended from the starts of two words of the name.
        ('Joko Susilo mengatakan timnya kelelahan. "Kami butuh istirahat," kata Josu kepada wartawan.',
         ["Joko Susilo"]),
        # A misspelling one letter off, used once.
        ('Kepala Dinas Pendidikan Riau, Hardiansyah, mengatakan sekolah tetap buka. "Semua guru hadir," kata '
         'Hardiansyah. Hardiansyah menambahkan ujian berjalan lancar. "Tidak ada kendala," kata Hardiansah.',
         ["Hardiansyah"]),
        # An acronym of a body named in full earlier.
        ("Growth will pick up this year, the National Farmers Council said in a statement. The NFC said prices "
         "would also rise.", ["National Farmers Council"]),
    ],
)
def test_one_speaker_per_person(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body)) == expected


def test_two_known_people_one_letter_apart_stay_two(run) -> None:  # type: ignore[no-untyped-def]
    body = ("President Reagan said the talks would go on. White House chief of staff Donald Regan said the "
            "trip was planned.")
    got = speakers(run(body))
    assert len(got) == 2, got


def test_ambiguous_short_form_is_not_merged(run) -> None:  # type: ignore[no-untyped-def]
    body = ('Andi Mallarangeng mengatakan rapat ditunda. Andi Widjajanto mengatakan jadwal belum pasti. '
            '"Kami menunggu," kata Andi.')
    got = speakers(run(body))
    assert "Andi Mallarangeng" in got and "Andi Widjajanto" in got


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        # A title phrase that runs on into the person's name: the person speaks, not the portfolio's last word.
        ('"Gelombang tinggi masih terjadi," kata Koordinator Pusat Pengawasan dan Operasi (Puswasops) BPBD '
         'Kabupaten Garut Dedi Kurniawan di Garut, Senin.', "Dedi Kurniawan", "Operasi"),
        # A portfolio read as a name, then the holder's name after a comma.
        ('"Jalur ganda selesai tahun ini," kata Direktur Jenderal Kebandarudaraan Kementerian Perhubungan, '
         'Bambang Sutrisno seperti dikutip media.', "Bambang Sutrisno", "Kementerian Perhubungan"),
    ],
)
def test_title_phrase_names_repaired(run, body: str, expected: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers(run(body))
    assert any(expected in s for s in got), got
    assert not any(absent in s for s in got), got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Reuters' <Company> markup before a verb of saying.
        ("&lt;Harbour Mills Corp Ltd> said it sold its stake in a local bank.", "Harbour Mills Corp Ltd"),
        # A lead manager named after a role at the end of the sentence.
        ("The City of Lyon is issuing a 50 mln franc bond due 1995, lead manager Banque Nationale said.",
         "Banque Nationale"),
        # Capitalised words opening the sentence before a company's name.
        ("Farmers Savings Co said it raised its prime rate to eight pct.", "Farmers Savings Co"),
    ],
)
def test_reuters_company_speakers(run, body: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in speakers(run(body))


def test_passive_verb_of_saying_has_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    body = "The president met his chief of staff, John Harrow, as has been widely reported."
    assert "John Harrow" not in speakers(run(body))
