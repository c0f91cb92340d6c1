"""Indonesian statement precision (round 61): a bare source credit with no content after the outlet, and the
title of a law read as a speaker. Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


@pytest.mark.parametrize(
    "body",
    [
        ("Harga tiket konser grup itu naik dua kali lipat dibanding tahun lalu. "
         "Seperti dilansir Harian Kabar Dunia, Rabu (12/7)."),
        "Penjualan mobil listrik di Norwegia terus meningkat. Dilansir Warta Otomotif, Kamis (3/8).",
    ],
)
def test_bare_source_credit_is_no_statement(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == []


def test_credit_before_a_claim_still_counts(run) -> None:  # type: ignore[no-untyped-def]
    body = "Seperti dilansir Harian Kabar Dunia, harga tiket konser grup itu naik dua kali lipat."
    assert speakers(run(body, language="id")) == ["Harian Kabar Dunia"]


@pytest.mark.parametrize(
    "body",
    [
        ("Pasal 20 UU No 7 Tahun 2015 tentang Penataan Ruang Kota menyebutkan bahwa setiap bangunan "
         "wajib memiliki izin."),
        ("Peraturan Daerah Nomor 4 Tahun 2016 tentang Ketertiban Umum menyatakan pedagang dilarang "
         "berjualan di trotoar."),
    ],
)
def test_title_of_a_law_is_no_speaker(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == []


def test_body_named_after_a_law_still_speaks(run) -> None:  # type: ignore[no-untyped-def]
    body = "Menurut Kementerian Perhubungan, aturan itu berlaku mulai bulan depan, kata Budi Karya."
    assert "Kementerian Perhubungan" in speakers(run(body, language="id"))
