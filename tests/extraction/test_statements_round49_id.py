"""Indonesian statements (round 49, from dev-random-7's errors): a post-posed nickname ('X, sapaan akrabnya'), a chain of
outlets after 'menurut' ('menurut A via B') relaying a named speaker, a title and a body's capitalised words before
the holder set off by commas ('Menurut Ketua Komunitas X and Y, AM Fikri,'), 'Aliansi' opening a body's name, legal
forms ('Ltd') closing a company's name and its later short form ('Sentosa Marine memastikan'). Every sentence here
is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers

PAD = " Hal itu menjadi perbincangan hangat di media sosial dan banyak warganet yang memberikan komentar tentang kabar itu."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Gubernur Sulawesi Tengah Rusdi Mastura meninjau lokasi banjir. \"Bantuan sudah kami kirim,\" kata Cudi, "
         "sapaan akrabnya.", ["Rusdi Mastura"]),
        ("Penyanyi Ratna Kumala Dewi merilis album barunya di Bandung. Nana, sapaan akrab Ratna, mengatakan album "
         "itu digarap selama dua tahun.", ["Ratna Kumala Dewi"]),
        ("Kapten tim panahan Yudha Pratama Putra mengatakan timnya siap. Yoyo, sapaan akrabnya, mengaku latihan setiap hari sejak "
         "kecil.", ["Yudha Pratama Putra"]),
    ],
)
def test_post_posed_nickname(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == expected


def test_outlet_chain_relays_a_named_speaker(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Menanggapi kritik itu, menurut Daily Star via Metro, penyanyi Tessa Marlowe berkata kepada sebuah radio "
            "bahwa ia tetap akan tampil di Jakarta.")
    assert speakers(run(body + PAD, language="id")) == ["Tessa Marlowe"]


def test_outlet_alone_after_menurut_still_speaks(run) -> None:  # type: ignore[no-untyped-def]
    body = "Menurut The Guardian, pemerintah Inggris akan menaikkan pajak bahan bakar tahun depan."
    assert speakers(run(body + PAD, language="id")) == ["The Guardian"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Menurut Ketua Komunitas Indonesia Vintage and Classic Car, AM Fauzan, mobil ini dulu dipakai untuk "
         "menjemput tamu negara.", ["AM Fauzan"]),
        ("Menurut Koordinator Paguyuban Jakarta Retro and Custom Motor, Reza Pahlevi, motor ini dirakit pada tahun "
         "1970-an.", ["Reza Pahlevi"]),
    ],
)
def test_title_body_then_holder_set_off(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == expected


def test_aliansi_opens_a_body(run) -> None:  # type: ignore[no-untyped-def]
    body = "Aliansi Rakyat Pesisir Merdeka (NASA) menyatakan ketua mereka ditangkap di kota pelabuhan."
    assert speakers(run(body + PAD, language="id")) == ["Aliansi Rakyat Pesisir Merdeka"]


def test_company_short_form_after_its_legal_name(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Peretas diduga membobol basis data perusahaan Sentosa Marine & Offshore Engineering Co Ltd tahun lalu. "
            "Seorang juru bicara Sentosa Marine memastikan bahwa pihaknya sedang menyelidiki laporan itu.")
    assert speakers(run(body + PAD, language="id")) == ["Sentosa Marine & Offshore Engineering Co Ltd"]
