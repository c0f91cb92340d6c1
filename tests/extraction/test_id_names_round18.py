"""Indonesian names, round 18: a city after a police or military rank is a first name; a body's closing word
(Group, Institute) ends the title; degrees are no names and no part of them; 'Jr' belongs to the name; abbreviated titles ('Kadiskes', 'Kasubag') and runs of portfolio words are no people; half of a spaced
hyphenated word ('Sub - Direktorat') is no name. Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


def persons(x) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(e.name for e in x.entities if e.type == "PERSON")


def test_city_after_a_rank_is_a_first_name(run) -> None:  # type: ignore[no-untyped-def]
    body = ('"Sudah empat," kata Kepala Bidang Hubungan Masyarakat Polda Riau Kombes Pol Guntur Aryo Tejo di '
            "Pekanbaru, Selasa. Guntur mengatakan semua ditangkap di jalan.")
    assert speakers(run(body, language="id")) == ["Guntur Aryo Tejo"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Wakil Ketua Maju Institute Bonar Hutapea mengatakan vonis itu politis.", ["Bonar Hutapea"]),
        ('"Token ini aman," jelas Co - Founder & CEO Nusa Group Vicky G. Saputra.', ["Vicky G. Saputra"]),
    ],
)
def test_body_closing_word_ends_the_title(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_institute_closes_a_body(run) -> None:  # type: ignore[no-untyped-def]
    body = "Wakil Ketua Maju Institute Bonar Hutapea mengatakan vonis itu politis."
    x = run(body, language="id")
    assert "Maju Institute" in [e.name for e in x.entities if e.type == "ORG"]


@pytest.mark.parametrize(
    "body",
    [
        "Spesialis kulit, dr Fitria Sari, SpKK, M.Kes mengatakan kulit harus lembab.",
        "Kepala dinas, Ir. Budi Hartono, M.Si mengatakan hal lain.",
    ],
)
def test_degree_is_no_speaker(run, body: str) -> None:  # type: ignore[no-untyped-def]
    x = run(body, language="id")
    assert not any(n in ("M.Kes", "M.Si", "SpKK") for n in speakers(x) + persons(x))


def test_trailing_degrees_are_cut(run) -> None:  # type: ignore[no-untyped-def]
    body = "Dokter Budi Santoso M.Si mengatakan pasien itu sudah pulang. Budi menambahkan hal itu."
    assert persons(run(body, language="id")) == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sedangkan Donald Trump Jr menyebut dokumen tersebut palsu.", ["Donald Trump Jr"]),
        ("Sedangkan Robert Downey Jr. mengatakan film itu bagus.", ["Robert Downey Jr."]),
    ],
)
def test_junior_is_part_of_the_name(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    "body",
    [
        '"Kapal itu bersih," jelas Kadiskes.',
        '"Kapal itu bersih," ujar Kasubag Humas.',
        '"Jalan itu ditutup," kata Kasat Lantas.',
    ],
)
def test_abbreviated_title_is_no_person(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert persons(run(body, language="id")) == []


def test_half_of_a_spaced_hyphenated_word_is_no_name(run) -> None:  # type: ignore[no-untyped-def]
    body = ('"Sudah cukup bukti," ujar Kepala Sub - Direktorat II Direktorat Reserse Kriminal Umum Polda Jatim '
            "Ajun Komisaris Besar Polisi Yudi Santoso di Surabaya.")
    assert "Sub" not in persons(run(body, language="id")) + speakers(run(body, language="id"))


@pytest.mark.parametrize(
    "body",
    [
        "Menurut Staf Umum Turki, operasi itu bertujuan membangun keamanan.",
        '"Ya, dia adik ipar," kata Kepala Bagian Penerangan Umum Polri, Kombes Budi Sitompul.',
        "Sementara Kepala Departemen Komunikasi dan Sarana Umum PT Semen Jaya Iskandar Lubis mengatakan semen itu "
        "diekspor.",
    ],
)
def test_portfolio_words_or_a_number_are_no_person(run, body: str) -> None:  # type: ignore[no-untyped-def]
    x = run(body, language="id")
    bad = {"Staf Umum", "Bagian Penerangan Umum", "Departemen Komunikasi", "RAPBN 2018"}
    assert not bad & set(persons(x) + speakers(x))
