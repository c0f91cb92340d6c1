"""Provinces and other ISO 3166-2 subdivisions are places (GPE with their country), never people (own sentences)."""

from __future__ import annotations

import pytest

from streamer.extraction.resources import subdivision
from tests.extraction.conftest import speakers, visits


def _gpes(x):  # type: ignore[no-untyped-def]
    return {(e.name, e.id, e.country) for e in x.entities if e.type == "GPE"}


def test_a_province_after_a_title_is_a_place_and_the_holder_speaks(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Gubernur Jawa Barat Surya Adinata mengatakan jalan tol itu dibuka pekan depan.", language="id")
    assert ("Jawa Barat", "iso3166-2:ID-JB", "ID") in _gpes(x)
    assert speakers(x) == ["Surya Adinata"]
    assert not any(e.type == "PERSON" and "Jawa" in e.name for e in x.entities)


@pytest.mark.parametrize(
    ("surface", "code", "name"),
    [("Sumut", "ID-SU", "Sumatera Utara"), ("DKI Jakarta", "ID-JK", "Jakarta Raya"), ("Riau", "ID-RI", "Riau")],
)
def test_province_names_and_their_short_forms_resolve_to_iso_3166_2(run, surface: str, code: str, name: str) -> None:  # type: ignore[no-untyped-def]
    x = run(f"Kapolda {surface} Irjen Agus Santoso mengatakan pelaku sudah ditangkap.", language="id")
    assert (name, f"iso3166-2:{code}", "ID") in _gpes(x)
    assert speakers(x) == ["Agus Santoso"]


def test_the_word_provinsi_before_a_province_makes_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Warga Provinsi Riau menilai kabut asap mengganggu, kata dia.", language="id")
    assert speakers(x) == []
    assert ("Riau", "iso3166-2:ID-RI", "ID") in _gpes(x)


def test_a_foreign_leader_in_a_province_visits_its_country_and_a_domestic_trip_is_none(run) -> None:  # type: ignore[no-untyped-def]
    foreign = run("Perdana Menteri Malaysia Anwar Ibrahim tiba di Riau pada Senin untuk kunjungan dua hari.", language="id")
    assert visits(foreign) == [("Anwar Ibrahim", "ID")]
    domestic = run("Presiden Joko Widodo berkunjung ke Jawa Timur pekan depan.", language="id")
    assert visits(domestic) == []


def test_subdivisions_come_from_pycountry_by_code() -> None:
    found = subdivision("ID-JT")
    assert found is not None and (found.name, found.country) == ("Jawa Tengah", "ID")
    assert subdivision("ID-XX") is None


def test_english_text_does_not_read_indonesian_provinces(run) -> None:  # type: ignore[no-untyped-def]
    # Subdivisions are per language data: none are listed for English (US states would collide with Georgia).
    x = run("Officials in Riau said the haze was thick on Monday.", language="en")
    assert not any(e.id and e.id.startswith("iso3166-2:") for e in x.entities)
