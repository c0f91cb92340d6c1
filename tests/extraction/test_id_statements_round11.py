"""Indonesian statements, round 11 (causes recurring across articles): a quote closed by 'demikian <verb> X',
outlets cited in their own voice whose name holds a place word, one camel-cased word or a lower-case web address
('Dilansir Harian Bandung,', 'Dikutip dari BeritaKilat,', 'Dilansir kabarku.com,'), IndoSum's spaced hyphens in
names ('Park Min - Ho', 'Kim Dae - jung', 'al - Rashid'), the Arabic article inside a name, 'Kabinet' after a
title. Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from streamer.extraction.clean import clean
from tests.extraction.conftest import speakers


def _clean(body: str) -> str:
    return clean(body, is_html=False, boilerplate_line=(), boilerplate_cut=()).text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kedua pemain itu bertemu lagi setelah laga di Bandung. \"Senang sekali bisa makan malam lagi dengan "
         "kawan lama saya,\" demikian tulis Rudi Hartono di akun media sosialnya.", ["Rudi Hartono"]),
        ("Penyanyi itu menyapa penggemarnya di Surabaya. \"Terima kasih untuk semua yang sudah datang malam "
         "ini,\" demikian ujar Sinta Larasati kepada wartawan.", ["Sinta Larasati"]),
    ],
)
def test_quote_closed_by_demikian_and_a_verb(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a place word inside the outlet's name
        ("Harga beras naik lagi pekan ini di sejumlah pasar. Dilansir dari Suara Bandung, kenaikan itu dipicu "
         "oleh panen yang terlambat di beberapa daerah.", ["Suara Bandung"]),
        ("Klub itu akan segera melepas penyerangnya ke luar negeri. Menurut laporan Tribun Jepang, nilai transfer "
         "sang penyerang mencapai dua puluh juta euro.", ["Tribun Jepang"]),
        ("Klub itu akan segera melepas penyerangnya. Menurut laporan yang berhasil dihimpun Kabar Italia, "
         "nilai transfer sang penyerang mencapai dua puluh juta euro.", ["Kabar Italia"]),
        # one camel-cased word, a lower-case web address
        ("Ponsel murah itu sedang diuji di beberapa negara. Dikutip dari BeritaKilat, untuk saat ini ponsel "
         "tersebut baru dijual di Selandia Baru.", ["BeritaKilat"]),
        ("Seorang bocah menjadi sorotan warganet pekan ini. Dilansir kabarku.com, bocah itu tampil meniru gaya "
         "para tokoh terkenal dunia.", ["kabarku.com"]),
    ],
)
def test_outlet_cited_in_its_own_voice(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_outlet_after_yang_dikutip_dari_only_relays(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Data itu datang dari perusahaan sendiri. Menurut Samsung yang dikutip dari BeritaKilat, ponsel lipat "
            "paling banyak dibeli oleh pengguna di Asia.")
    assert "BeritaKilat" not in speakers(run(body, language="id"))


def test_outlet_phrase_ending_in_a_person_is_left_to_the_ordinary_path(run) -> None:  # type: ignore[no-untyped-def]
    body = "Menurut laporan Joko Widodo, pembangunan jalan tol itu selesai pada akhir tahun ini."
    assert speakers(run(body, language="id")) == ["Joko Widodo"]


@pytest.mark.parametrize(
    ("raw", "out"),
    [
        ("Aktor Park Min - Ho datang ke Jakarta yang ramai.", "Aktor Park Min-Ho datang ke Jakarta yang ramai."),
        ("Diplomat Kim Dae - jung tiba di kota yang sepi.", "Diplomat Kim Dae-jung tiba di kota yang sepi."),
        ("Menteri Ahmad al - Rashid hadir di acara yang meriah.", "Menteri Ahmad al-Rashid hadir di acara yang meriah."),
        # dashes and reduplications stay as they were
        ("Gedung itu di Jakarta - Presiden yang baru datang.", "Gedung itu di Jakarta - Presiden yang baru datang."),
        ("Menit 26 - Stephan mencetak gol yang indah.", "Menit 26 - Stephan mencetak gol yang indah."),
        ("Anak - anak bermain di taman yang luas.", "Anak - anak bermain di taman yang luas."),
        # not an Indonesian text: English dashes stay
        ("The index - up five points - closed higher.", "The index - up five points - closed higher."),
    ],
)
def test_spaced_hyphens_in_names_are_joined(raw: str, out: str) -> None:
    assert _clean(raw) == out


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Wakil Duta Besar untuk PBB Kim Dae - jung menegaskan negaranya tidak takut akan sanksi baru yang "
         "dijatuhkan.", ["Kim Dae-jung"]),
        ("Pengunjung memadati lokasi turnamen. \"Saya sangat senang bisa datang ke turnamen ini bersama teman "
         "saya,\" ujar Park Min - Ho kepada wartawan yang menunggu.", ["Park Min-Ho"]),
        ("Menteri Kabinet Sheikh Ahmad Abdullah al - Rashid menyatakan bahwa pemerintah telah mengambil langkah "
         "diplomatik yang tegas.", ["Sheikh Ahmad Abdullah al-Rashid"]),
    ],
)
def test_names_with_spaced_hyphens_and_articles(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a manner adverbial, a weekday set off by one comma between the subject and the verb
        ("Turnamen itu diikuti ratusan siswa. Rudi Hartawan dengan bangga mengatakan bahwa pihaknya senang "
         "dengan penyelenggaraan tahun ini.", ["Rudi Hartawan"]),
        ("Turnamen itu diikuti ratusan siswa. Rudi Hartawan dalam keterangannya, Senin mengungkapkan, pihaknya "
         "senang dengan penyelenggaraan tahun ini.", ["Rudi Hartawan"]),
    ],
)
def test_adverbials_between_subject_and_verb(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_weekday_after_an_outlet_cited_is_not_a_gap(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Aparat setempat, seperti dilansir Kabarku.com, Jumat (30/6) menyebutkan, pelaku mengenakan jas putih "
            "saat kejadian.")
    assert "Kabarku.com" not in speakers(run(body, language="id"))


def test_an_outlets_reporter_is_its_own_narration(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Presiden tiba di lokasi upacara pagi ini. Wartawan Antara di Serang melaporkan Presiden berjalan kaki "
            "setelah turun dari mobil.")
    assert speakers(run(body, language="id")) == []
