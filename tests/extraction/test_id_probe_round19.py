"""Indonesian statements, probe round 19: an Indonesian body's name goes on over 'dan' and one to three portfolio
words ('Kementerian Komunikasi dan Informasi', 'Badan Meteorologi Klimatologi dan Geofisika'), never over a
person's name, a second body or a government's list. Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kementerian Komunikasi dan Informasi mengaku, hingga kini pemblokiran situs judi masih terus berjalan.",
         ["Kementerian Komunikasi dan Informasi"]),
        ("Badan Meteorologi Klimatologi dan Geofisika menyatakan potensi gempa susulan masih ada malam ini.",
         ["Badan Meteorologi Klimatologi dan Geofisika"]),
        ("Dinas Kebudayaan dan Pariwisata menyatakan festival tahunan itu akan digelar bulan depan di alun-alun.",
         ["Dinas Kebudayaan dan Pariwisata"]),
    ],
)
def test_body_name_runs_over_dan_and_a_portfolio(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_a_person_after_dan_is_not_part_of_the_body(run) -> None:  # type: ignore[no-untyped-def]
    found = speakers(run("Partai Demokrat dan Susilo Bambang Yudhoyono menyatakan dukungan kepada calon itu.",
                         language="id"))
    assert "Susilo Bambang Yudhoyono" in found and not any("dan" in n for n in found)


def test_two_bodies_stay_two(run) -> None:  # type: ignore[no-untyped-def]
    found = speakers(run("Kementerian Kesehatan dan Kementerian Sosial menyatakan bantuan akan segera disalurkan.",
                         language="id"))
    assert not any("dan" in n for n in found)


def test_a_government_does_not_absorb_a_list(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Pemerintah Daerah dan Perwakilan Masyarakat menyatakan sepakat menunda proyek itu hingga tahun depan.",
            language="id")
    assert not any(e.name.startswith("Pemerintah Daerah dan") for e in x.entities)
