"""Indonesian sources and relays (round 37): the news or study an outlet carries ('kabar yang dilansir X',
'penelitian yang dilansir dari X') and 'Dikabarkan laman X' give the outlet its own voice; an outlet credited at
the end of a sentence that already gives the words to a speaker ('..., lapor Reuters.', '..., demikian
sebagaimana dikutip dari AFP.') only relays them; 'International' after an English staff title is part of the
title, not a name. Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers

LEAD = "Jakarta - Kabar itu ramai dibicarakan para penggemar sepak bola di tanah air sejak pekan lalu. "


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Menurut kabar yang dilansir Kabar Bola Harian, pelatih klub itu menjadikan pemain tersebut sebagai "
         "target utama musim depan.", ["Kabar Bola Harian"]),
        ("Sebuah penelitian yang dilansir dari sehatselalu.com, menemukan bahwa teh hijau menurunkan tekanan "
         "darah para pria.", ["sehatselalu.com"]),
        ("Dikabarkan laman Filmania, aktor muda itu akan memainkan tokoh utama dalam sekuel film tersebut.",
         ["Filmania"]),
    ],
)
def test_outlet_own_voice_id(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(LEAD + body, language="id")) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Maria Lestari, yang cedera pekan lalu, mengatakan keputusannya untuk mundur sebagai langkah antisipasi "
         "menjelang turnamen besar, lapor Reuters.", ["Maria Lestari"]),
        ("Komplotan itu dipimpin seorang warga asing yang tinggal di tiga negara, menurut polisi, yang menggeledah "
         "puluhan apartemen, demikian sebagaimana dikutip dari AFP.", []),
    ],
)
def test_closing_credit_relays_id(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(LEAD + body, language="id")) == expected


def test_closing_credit_alone_speaks_id(run) -> None:  # type: ignore[no-untyped-def]
    body = "Perusahaan rintisan itu mengembangkan baterai baru berbahan magnesium yang lebih efisien, lapor Reuters."
    assert speakers(run(LEAD + body, language="id")) == ["Reuters"]


def test_international_is_no_name_id(run) -> None:  # type: ignore[no-untyped-def]
    body = ('"Kami menunggu wisatawan dari Indonesia," ujar Business Development Manager International, '
            "Sarah Collins saat bertemu wartawan. Dia mengungkapkan, pengunjung taman masih didominasi wisatawan lokal.")
    assert "International" not in speakers(run(LEAD + body, language="id"))
