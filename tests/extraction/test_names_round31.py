"""Names round 31, Indonesian: a three-word name right after an official's title keeps its given name when the
article later uses that given name alone as a speaker ('kata Sari', 'ujar Dodi,', 'Wulan menambahkan'), so the
person is one entity with the title's role; a body's or a place's word between the title and the name, used alone
but never as a speaker, is still cut. English titled names keep their bare surname. Every sentence here is written
for the tests."""

from __future__ import annotations

import pytest

from streamer.extraction import Extraction
from tests.extraction.conftest import speakers


def persons(x: Extraction) -> list[tuple[str, str | None]]:
    return sorted((e.name, e.role) for e in x.entities if e.type == "PERSON")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kementerian Perindustrian menutup pabrik itu. Menteri Perindustrian Sari Wulandari Hakim mengatakan "
         "pihaknya meminta polisi menyelidiki kasus tersebut. \" Kami sudah melapor ke polisi, \" kata Sari di "
         "Gedung Sapta Pesona, Jakarta, Rabu (4 / 10).", "Sari Wulandari Hakim"),
        ("Kepala BPOM Dodi Hartanto Saragih menjelaskan bahwa obat itu ditarik dari pasar. \" Obat itu berbahaya "
         "bagi anak-anak, \" ujar Dodi, Selasa (3 / 10).", "Dodi Hartanto Saragih"),
        ("Menteri Pariwisata Wulan Sekar Pertiwi mengatakan jumlah wisatawan naik tahun ini. Wulan menambahkan "
         "bahwa target tahun depan lebih tinggi.", "Wulan Sekar Pertiwi"),
    ],
)
def test_given_name_spoken_alone_stays_after_title(run, body: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    x = run(body, language="id")
    names = [n for n, _ in persons(x)]
    assert names == [expected]
    assert speakers(x) == [expected]
    assert all(r for _, r in persons(x))  # the one entity carries the title's role


def test_place_word_used_alone_is_still_cut(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Bupati Lembata Yosef Nara Bala mengatakan jembatan itu rusak sejak bulan lalu. Jalan di Lembata "
            "sudah lama rusak, kata dia.")
    assert speakers(run(body, language="id")) == ["Yosef Nara Bala"]


def test_english_titled_name_keeps_bare_surname(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Commerce Secretary Walter Dean Morrow said the trade gap had narrowed in March. Morrow said he "
            "expected further gains this year.")
    assert speakers(run(body, language="en")) == ["Walter Dean Morrow"]
