"""Indonesian statement precision (round 30): unnamed people of a place or a family ('warga X', 'keluarga X') and a
journal a study appeared in are no speakers; a one-word name after a jurisdiction title ('Kalapas X') is the post's
place; the object of a relative clause ('X yang pernah melatih Real Madrid mengatakan', 'X, bos Y yang menjadi
sponsor Z, mengungkapkan') is not the subject; the holder of a title named after the title's body and its place
('Kepala UPT (UPT) Cikini, Budi'), after a company with an English tail word ('CEO Lumbung Media Works Budi'), after
a second office ('Ketua Umum X yang juga Gubernur Y Budi'), or with a month word inside the name ('Tien Mei'); a
kinship word is no name ('Adik menjawab'); a name word spelt with a doubled letter is the same speaker ('Rossa' /
'Rosa'). Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import id_speakers


@pytest.mark.parametrize(
    "body",
    [
        "Konflik berlanjut. Mayoritas warga Sampang menilai kelompok itu sebagai saingan dalam mencari pekerjaan.",
        "Penyanyi itu sakit. Sumber yang mengaku dekat dengan keluarga Wijaya mengonfirmasi bahwa ibunya dirawat.",
        "Obat itu ditemukan. Namun sebuah studi terbaru yang diterbitkan di Journal of Tropical Medicine, menyebut "
        "cabai bisa jadi obat kanker.",
        "Nazar dipindah. Kalapas Cipinang mengusulkan asimilasi bagi Nazar sejak bulan lalu.",
        "Artis itu melahirkan. Saat ditanya siapa yang menjenguk, Adik menjawab mewakili Ani bahwa mereka belum ingin "
        "dijenguk. Saat ditanya tentang persiapan, ia hanya menjawab, \"Seru sekali, dokter bilang minggu ini.\"",
        "Artis itu sakit. Kakak menjelaskan bahwa adiknya belum bisa pulang dari rumah sakit.",
        "Klub itu kalah. Capello yang juga pernah dua kali melatih Real Madrid mengatakan timnya terpengaruh cedera.",
        "Kasus itu berlanjut. Tim yang membela Budi Santoso menyatakan kliennya tidak bersalah.",
    ],
)
def test_no_named_speaker(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == []


def test_nested_jurisdiction_title_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    body = "Nazar dipindah. Ade Kusmanto menyatakan bahwa Kalapas Cipinang mengusulkan asimilasi bagi Nazar."
    assert id_speakers(run, body) == ["Ade Kusmanto"]


@pytest.mark.parametrize(
    ("body", "who"),
    [
        ("Harga naik. \"Daftar harga memang seperti itu,\" kata Kepala Unit Pelaksana Teknis (UPT) Cikini, Andi "
         "Wijaya, seperti dilansir Antara.", "Andi Wijaya"),
        ("Tim kalah. \"Permainan kami memang menurun,\" kata Pelatih Listrik, Tien Mei kepada Kompas seusai "
         "berlatih.", "Tien Mei"),
        ("Aplikasi itu baru. \"Layanan ini akan mendorong pembelian,\" kata CEO Lumbung Media Works Rudi Hartono.",
         "Rudi Hartono"),
        ("Acara dibuka besok. \"Yang hadir nanti Menteri Pemuda,\" kata Ketua Umum Porda XIX dan Popda XV yang juga "
         "Gubernur Jawa Tengah Ganjar Pranowo.", "Ganjar Pranowo"),
        ("Klub itu kalah. Belum lama ini, Marco Tronchetti Provera, bos Pirelli yang menjadi sponsor terbesar Inter, "
         "mengungkapkan impiannya melihat Messi di sana.", "Marco Tronchetti Provera"),
    ],
)
def test_the_holder_speaks(run, body: str, who: str) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == [who]


def test_doubled_letter_is_one_speaker(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Film itu tayang pekan depan. Rosa Rai Djalal, produser film itu, mengatakan film ini dibuat selama dua "
            "tahun. "
            "\"Film ini sarat pesan persahabatan dan kejujuran,\" ujar Rossa dalam keterangan tertulis.")
    assert id_speakers(run, body) == ["Rosa Rai Djalal"]
