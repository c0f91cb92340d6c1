"""Names that broke statements (round 44): a middle initial, a country closing a ministry's name, English job titles in
Indonesian text, a body's one-word short name as a surname, a body before its 'official', a campaign body's name
that holds another body's; sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.extraction.conftest import speakers, wire_speakers

PAD_ID = " Hal itu menjadi perbincangan hangat di media sosial dan banyak warganet yang memberikan komentar."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a capital letter and a stop between two name words is a middle initial ('H.' is no title there)
        ("Rudi H. Sembiring yang mewakili Rektor Universitas Nusantara menyampaikan apresiasi kepada panitia. "
         "\"Ini akan memacu semangat,\" ungkap Rudi H. Sembiring.", ["Rudi H. Sembiring"]),
        # a country closing a ministry's name belongs to the ministry, not to a person
        ("\"Kami siap memberikan bantuan konsuler,\" ujar juru bicara Kementerian Luar Negeri Inggris.",
         ["Kementerian Luar Negeri Inggris"]),
        # English job words before a title's head, a word after it, then the holder set off by a comma
        ("\"Kami sangat senang,\" ujar Business Development Manager International, Clara Whitby saat bertemu "
         "wartawan di Jakarta.", ["Clara Whitby"]),
        # a slogan's verb inside a campaign body's name: the known body after it is part of the name
        ("Penilaian itu disampaikan Koalisi Selamatkan Komnas HAM berdasarkan penelusuran rekam jejak para calon.",
         ["Koalisi Selamatkan Komnas HAM"]),
    ],
)
def test_round44_id_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    x = run(body + PAD_ID, published=datetime(2017, 12, 15, 9), language="id")
    assert speakers(x) == sorted(expected)


def test_round44_title_place_then_haji(run) -> None:  # type: ignore[no-untyped-def]
    # after a territorial title its place, then the title 'H.' (Haji) opens the holder's name
    x = run("Bupati Cianjur H. Ahmad Fauzi mengatakan jalan itu akan segera diperbaiki." + PAD_ID,
            published=datetime(2017, 12, 15, 9), language="id")
    assert speakers(x) == ["Ahmad Fauzi"]


def test_round44_short_alias_as_surname(run) -> None:  # type: ignore[no-untyped-def]
    # a body's one-word short name ('Spiegel' for 'Der Spiegel') after a given name is the person's surname
    x = run("Menurut CEO Snap Evan Spiegel, fitur itu akan segera hadir bagi semua pengguna." + PAD_ID,
            published=datetime(2017, 12, 15, 9), language="id")
    assert all("Spiegel" in s and s != "Der Spiegel" for s in speakers(x)) and speakers(x)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the body's whole name (with its 'and') before its official or spokesman
        ("Exports will rise this year, a Ministry of Foreign Economic Relations and Trade official said.",
         ["Ministry of Foreign Economic Relations and Trade"]),
        ("A Ministry of Trade and Industry spokesman said the curbs would be eased next month.",
         ["Ministry of Trade and Industry"]),
        # a middle initial 'A.' is no article
        ("Lead managers Dalton A. Pryce Co Inc and Ortega Securities Corp said the offering was priced at 12 dlrs "
         "a share.", ["Dalton A. Pryce Co Inc", "Ortega Securities Corp"]),
    ],
)
def test_round44_en_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(wire_speakers(run, body)) == sorted(expected)
