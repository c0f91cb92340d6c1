"""Indonesian statements, round 13 (patterns counted on the misses and false speakers of two new tuning files):
police and military ranks are titles, never part of a name ('kata Kombes Budi' is the Budi Santoso met before);
English job titles ('Head of ...', 'Managing Director', 'Chief ... Officer'); 'baik A dan/maupun B' coordinated
subjects; 'saat itu' / 'ketika itu' between the subject and its verb; a city's name used as a first name before a
verb of saying ('Bima Sakti menjelaskan'); lower-case place nouns before a place's name ('kawasan Tanah Abang'),
which is no speaker; descriptor words with 'dari <body>' set off by a comma before the speaker's name; the
post-posed 'sambut'; a web address before a name; the passive 'dikabarkan X' and 'seperti ditulis X'.
Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Pada malam itu, kata Kombes Budi Santoso, pihaknya sudah memeriksa sepuluh saksi. Di hari kedua, kata "
         "Kombes Budi, tim berhasil menemukan barang bukti.", ["Budi Santoso"]),
        ("Kepala Bidang Humas Polda Jawa Tengah, Kombes Budi Santoso mengatakan, pihaknya sudah memeriksa sepuluh "
         "saksi. Di hari kedua, kata Kombes Budi, tim berhasil menemukan barang bukti.", ["Budi Santoso"]),
        ('"Kalau pindah blok jangan ada pungutan," kata Irjen Pol Zulkarnaen saat mengunjungi rutan, Jumat malam.',
         ["Zulkarnaen"]),
        ("Menurut Kasat Reskrim Polres Bogor, AKP Dani Hartono, pelaku sudah ditangkap. \"Kami kejar terus,\" "
         "kata Dani.", ["Dani Hartono"]),
        ("Jakarta - Jenazah itu ditemukan di kebun warga. Kapolres Sukamara, AKBP Dedi Susanto, mengatakan korban "
         "ditemukan penuh luka.", ["Dedi Susanto"]),
    ],
)
def test_ranks_are_titles(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_director_general_is_not_a_rank(run) -> None:  # type: ignore[no-untyped-def]
    body = '"Target pajak tahun ini akan tercapai," kata Direktur Jenderal Pajak Robert Pakpahan di Jakarta.'
    assert speakers(run(body, language="id")) == ["Robert Pakpahan"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"Kami akan segera membuka toko baru," ungkap Head of Public Relations TKJ Hendra Wijaya kepada '
         "wartawan, Senin.", ["Hendra Wijaya"]),
        ('"Mobil itu akan dijual tahun depan," kata Chief Operating Officer PT Maju Jaya Abadi (MJA), Roland '
         "Hartono.", ["Roland Hartono"]),
        ('"Para peserta diharapkan dapat belajar banyak," sambut Founder Tokoku.com Hendra Wijaya.',
         ["Hendra Wijaya"]),
        ('"Para peserta diharapkan dapat belajar banyak," kata CEO Kitabisa.com Budi Santoso.', ["Budi Santoso"]),
    ],
)
def test_english_titles_and_sites(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_a_company_and_its_country_after_a_title_are_not_the_holder(run) -> None:  # type: ignore[no-untyped-def]
    body = ('TokoPay menghentikan layanan isi ulang. "Kami sedang mengurus izin," kata Managing Director TokoPay '
            "Indonesia Budi Kurniawan.")
    assert "TokoPay" not in speakers(run(body, language="id"))


def test_sambut_as_a_plain_verb_names_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    body = "Ribuan warga Solo sambut kedatangan Presiden Joko Widodo di alun-alun kota, Senin. Mereka membawa bendera."
    assert speakers(run(body, language="id")) == []


def test_a_site_before_a_name_without_a_verb_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run("Pengunjung Tokoku.com Hendra Wijaya membeli dua buku di pameran itu.", language="id")) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Terdakwa Hendra Wijaya dan terdakwa Budi Santoso hadir di pengadilan pagi ini. Baik Hendra dan Budi "
         "mengaku hanya sebagai korban.", ["Budi Santoso", "Hendra Wijaya"]),
        ("Terdakwa Hendra Wijaya dan terdakwa Budi Santoso hadir di pengadilan pagi ini. Baik Hendra maupun Budi "
         "mengaku hanya sebagai korban.", ["Budi Santoso", "Hendra Wijaya"]),
        ("Terdakwa Hendra Wijaya dan terdakwa Budi Santoso hadir di pengadilan pagi ini. Hendra Wijaya dan Budi "
         "Santoso mengaku hanya sebagai korban.", ["Budi Santoso", "Hendra Wijaya"]),
    ],
)
def test_coordinated_subjects(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Juru bicara Museum Nasional, Siti Rahma, saat itu mengatakan koleksi itu tidak dijual.", ["Siti Rahma"]),
        ("Kepala Dinas Pariwisata Bali, Siti Rahma, ketika itu menegaskan koleksi itu tidak dijual.", ["Siti Rahma"]),
        ("Pabrik itu saat itu menyatakan koleksi itu tidak dijual.", []),
    ],
)
def test_then_between_subject_and_verb(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('Bima Sakti menjelaskan, rotasi akan dilakukan pelatih kepala. "Semua pemain siap," ujar Bima usai '
         "latihan.", ["Bima Sakti"]),
        ("Jakarta Pusat menyatakan siaga banjir sejak pagi tadi.", []),
        ("Wakil gubernur Budi Santoso meninjau pasar itu. Lebih lanjut, Budi dan tim yang terlibat dalam penataan "
         "kawasan Tanah Abang mengklaim masih terus mengumpulkan data.", []),
        ("Kepala desa Sukamaju Budi Santoso mengatakan warga sudah dievakuasi.", ["Budi Santoso"]),
    ],
)
def test_places_and_names(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"Situs itu tidak diubah," terang peneliti keamanan, Hendra Wijaya dalam pesan singkat kepada wartawan, '
         "Senin.", ["Hendra Wijaya"]),
        ('"Situs itu tidak diubah," jelas pengamat keamanan dari Siberindo, Hendra Wijaya.', ["Hendra Wijaya"]),
        ('"Situs itu tidak diubah," kata pengamat dari Universitas Gadjah Mada, Hendra Wijaya.', ["Hendra Wijaya"]),
    ],
)
def test_descriptor_then_comma_name(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Pemain itu dibeli klub tersebut dengan harga 20 juta pounds, seperti ditulis Sky Sports.", ["Sky Sports"]),
        ("Berikut tiga tempat wisata di kota itu seperti ditulis Dinas Pariwisata Bandung.",
         ["Dinas Pariwisata Bandung"]),
        ("Novel itu ditulis Pramoedya Ananta Toer di penjara pada tahun tujuh puluhan.", []),
        ("Kasus korupsi itu diungkap KPK pada tahun lalu setelah penyelidikan panjang.", []),
        ("Kedua pejabat itu juga dikabarkan Reuters tidak lagi saling bertegur sapa sejak pertemuan bulan lalu.",
         ["Reuters"]),
        ("Penyanyi itu dikabarkan akan menggelar konser di Jakarta bulan depan.", []),
    ],
)
def test_passive_sources(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Dalam pembukaan pekan lalu, menurut Travel and Leisure, tercatat sudah lebih dari satu juta pengunjung.",
         ["Travel and Leisure"]),
        ('"Kami sudah meminta badan internasional untuk membantu," ujar Perdana Menteri Bangladesh, Sheikh Hasina. '
         "Hasina mengatakan negaranya tidak bisa menampung lagi.", ["Sheikh Hasina"]),
        ('"Pelaku sudah kami kenali," kata Menteri Dalam Negeri Pakistan, Rashid Khan.', ["Rashid Khan"]),
        ("Data Dinas Kesehatan Kota Bogor menyebutkan ada 20 kasus baru pekan ini.", []),
        ("Data TNBK menyebutkan selama sepekan terakhir tercatat dua pendaki yang meninggal.", []),
    ],
)
def test_names_after_a_verb_and_records(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected
