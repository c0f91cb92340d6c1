"""Indonesian statements, round 16 (patterns counted in an audit of 150 fresh Indonesian dev articles): a police or
military rank never stays inside a person's name; 'Survei' and 'UU' open no names (a poll's body speaks, a law does
not); the titles 'CTO', 'CFO', 'COO'; the portfolio words 'angkutan' and 'logistik'; 'BI' is Bank Indonesia in
Indonesian text. Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"Dua pelaku sudah kami tahan sejak kemarin malam," kata Kapolsek Sungai Lima Kompol Darmawan Putra, Rabu.',
         ["Darmawan Putra"]),
        ('"Barang bukti kami serahkan ke kejaksaan pekan depan," ujar Kapolres Sukamaju AKBP Yosef Lumban Tobing.',
         ["Yosef Lumban Tobing"]),
        ('"Penyelidikan kasus ini masih terus berjalan," kata Brigjen Pol Hendra Kusuma kepada wartawan di Jakarta.',
         ["Hendra Kusuma"]),
    ],
)
def test_rank_is_not_part_of_the_name(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_survey_opens_no_name(run) -> None:  # type: ignore[no-untyped-def]
    found = speakers(run("Survei SMRC menyebutkan, dua partai baru berpeluang masuk parlemen tahun depan.",
                         language="id"))
    assert found == ["SMRC"]


def test_a_law_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    found = speakers(run("Menurut UU Cipta Kerja No. 11/2020, pesangon dihitung dari masa kerja karyawan itu.",
                         language="id"))
    assert not any("UU" in name or "Cipta" in name for name in found)


def test_portfolio_words_of_a_transport_director(run) -> None:  # type: ignore[no-untyped-def]
    body = '"Pesanan kargo bisa dilacak dari ponsel," terang Direktur Angkutan dan Logistik Pelni Rudi Santosa.'
    found = speakers(run(body, language="id"))
    assert "Angkutan" not in found and "Rudi Santosa" in found


def test_cto_is_a_title(run) -> None:  # type: ignore[no-untyped-def]
    body = "Rencana itu disampaikan CTO Kiriman Surya Pratama, seperti dikutip dari Reuters, pada Selasa."
    found = speakers(run(body, language="id"))
    assert not any(name.startswith("CTO") or name == "CTO" for name in found)


def test_bi_is_bank_indonesia(run) -> None:  # type: ignore[no-untyped-def]
    body = '"Cadangan devisa naik cukup tinggi pada akhir bulan lalu," tulis BI dalam siaran persnya.'
    res = run(body, language="id")
    ents = [e.speaker for e in res.events if e.type == "statement"]
    assert [e.entity_id for e in ents] == ["kb:org:bi"]

