"""Indonesian statement recall (round 25): outlets in their own voice ('Berdasarkan laporan X,', 'menurut media
<country> X', 'Media <country> X melaporkan'), a full month word inside a person's name ('Tien Mei'), a site's
dotted name never standing for the person named after it ('CEO Acme.id X Y'), and 'kepada media' as the addressee.
Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers

PAD = " Hal itu menjadi perbincangan hangat di media sosial dan banyak warganet yang memberikan komentar tentang kabar itu."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Berdasarkan laporan Reuters, harga minyak naik dua persen pada hari Senin.", ["Reuters"]),
        ("Berdasarkan laporan Wired, perusahaan itu merugi tahun lalu.", ["Wired"]),
        ("Menurut media Jepang Kyodo, pertemuan itu akan digelar pekan depan di Tokyo.", ["Kyodo"]),
        ("Media Inggris The Sun melaporkan bahwa pemain itu akan pindah ke klub lain pada musim depan.", ["The Sun"]),
    ],
)
def test_outlet_in_its_own_voice(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Berdasarkan laporan polisi, pelaku sudah ditangkap pada hari Senin.",
        "Menurut media setempat, pemain itu akan pindah ke klub lain pada musim depan.",
        "Media Inggris menyebut pemain itu akan pindah ke klub lain pada musim depan.",
    ],
)
def test_unnamed_reports_stay_unnamed(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == []


def test_month_word_inside_a_name(run) -> None:  # type: ignore[no-untyped-def]
    body = ('"Kami siap," ujar Rina Mei. Menurut Rina Mei, tim sudah berlatih keras sejak pekan lalu.'
            ' Pada akhir Mei, Budi Santoso mengatakan bahwa tim siap.')
    assert speakers(run(body + PAD, language="id")) == ["Budi Santoso", "Rina Mei"]


def test_site_name_is_not_the_person_after_it(run) -> None:  # type: ignore[no-untyped-def]
    body = ("CEO Tokoku.id Daniel Wibisono mengungkapkan rencana tersebut saat peluncuran di Jakarta."
            " Saat ini Tokoku.id mengklaim telah mencatat banyak transaksi.")
    assert speakers(run(body + PAD, language="id")) == ["Daniel Wibisono", "Tokoku.id"]


def test_kepada_media_is_the_addressee(run) -> None:  # type: ignore[no-untyped-def]
    body = "Kepada media Menteri Perdagangan Budi Santoso mengungkapkan rencana pemerintah untuk tahun depan."
    assert speakers(run(body + PAD, language="id")) == ["Budi Santoso"]
