"""Indonesian names, round 17: a titled name keeps its given name even when the article later uses it alone
('Gubernur X Y Z' ... 'kata X'); a single capital letter between names is an initial, never an acronym; English job
titles in Indonesian copy ('Marketing Director', 'Business Leader', 'CMO') are titles, not part of the name; the
portfolio word 'Kepresidenan'. Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Menteri Koordinator Bidang Kemaritiman Hasan Binsar Tobing mengungkapkan lahan itu akan dibebaskan bulan "
         "ini. Hasan menambahkan dana sudah tersedia.", ["Hasan Binsar Tobing"]),
        ("Komisioner KPU RI Pratomo Ubaid Santosa berkata, enam provinsi sudah menandatangani naskah itu. "
         '"Sisanya menyusul," kata Pratomo.', ["Pratomo Ubaid Santosa"]),
        ("Juru Bicara Kepresidenan Yohan Budi Santoso menegaskan Presiden netral. Yohan menambahkan hal itu.",
         ["Yohan Budi Santoso"]),
    ],
)
def test_given_name_used_alone_stays_in_the_name(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kepala Humas Kemenpora Bambang S Wira Putra mengatakan atlet muda harus dibina. Bambang menambahkan hal "
         "itu.", ["Bambang S Wira Putra"]),
        ("Saksi Miryam S Rahayu hadir di sidang. Ketua DPRD Miryam S Rahayu mengatakan hal itu. Miryam menambahkan "
         "hal lain.", ["Miryam S Rahayu"]),
    ],
)
def test_undotted_initial_is_part_of_the_name(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_body_named_before_is_still_cut(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Sinarmas meluncurkan dua ponsel baru. Direktur Sinarmas Tjandra Lianto mengatakan ponsel itu laris. "
            "Sinarmas menargetkan penjualan naik.")
    assert speakers(run(body, language="id")) == ["Tjandra Lianto"]


def test_place_after_a_regional_title_is_cut(run) -> None:  # type: ignore[no-untyped-def]
    body = "Bupati Sikka Marianus Sae mengatakan jalan itu rusak. Sikka butuh dana perbaikan dari provinsi."
    assert speakers(run(body, language="id")) == ["Marianus Sae"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Marketing Director Sinarmas Tjandra Lianto mengatakan ponsel itu laris. Sinarmas meluncurkan dua produk.",
         ["Tjandra Lianto"]),
        ('"Produk ini untuk keluarga muda," kata Business Leader Rumahku Gina Permana di Jakarta. Rumahku baru '
         "berdiri tahun lalu.", ["Gina Permana"]),
        ("Race Director Rudi Hartanto mengatakan lomba lari itu diikuti 500 peserta.", ["Rudi Hartanto"]),
    ],
)
def test_english_job_title_is_not_part_of_the_name(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected
