"""Indonesian statements (round 46, from the dev-holdout-5 errors): outlets and sites in their own voice, a government
named by its head or its country, denials in the passive, an adverb between subject and verb, a body's head word
alone, and precision (an adverb opening a quote, a writer at an outlet). Every sentence here is written for the
tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers

PAD = " Hal itu menjadi perbincangan hangat di media sosial dan banyak warganet yang memberikan komentar tentang kabar itu."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Pyongyang menyatakan tidak akan menghentikan uji coba rudalnya selama latihan militer berlangsung. "
         "Demikian dilaporkan KCNA.", ["KCNA", "Pyongyang"]),
        ("Menurut kabar Variety, film itu akan mulai diproduksi pada musim gugur tahun depan.", ["Variety"]),
        ("Disebutkan oleh situs resmi Valencia, sang bek menjalani tes medis pada Senin pagi.", ["Valencia"]),
        ("Menurut pemerintahan Korea Selatan, latihan gabungan itu akan tetap digelar bulan depan.",
         ["Pemerintah Korea Selatan"]),
        ("Korea Utara kembali menguji rudal. Menurut pemerintahan Kim Jong-un, sanksi baru itu merupakan bentuk "
         "pelanggaran kedaulatan.", ["North Korea"]),
        ("Namun, kabar kepindahan itu dibantah oleh direktur olahraga Ajax, Marc Overmars.", ["Marc Overmars"]),
        ("Sementara itu, KPK terus mengimbau agar para calon segera menyerahkan laporan kekayaan mereka.", ["KPK"]),
        ("Polda Jawa Barat melarang konvoi kendaraan pada malam tahun baru. Polda mengimbau agar warga merayakan "
         "pergantian tahun di rumah masing-masing.", ["Polda Jawa Barat"]),
    ],
)
def test_round46_recall(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("\"Sekarang Hartono telah mengonfirmasi pengunduran dirinya, jadi kami bisa membuka lowongan,\" ujar Sulaiman.",
         ["Sulaiman"]),
        ("Kasus itu ramai dibahas, dan seorang komentator di surat kabar sayap kiri Le Monde mengatakan bahwa "
         "pemerintah mengambil risiko besar.", []),
        ("Menurut pemerintahan Kim Jong-un, sanksi baru itu merupakan bentuk pelanggaran kedaulatan.", []),
        ("Polda Jawa Barat dan Polda Banten melarang konvoi kendaraan. Polda mengimbau agar warga merayakan "
         "pergantian tahun di rumah masing-masing.", []),
    ],
)
def test_round46_precision(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == expected
