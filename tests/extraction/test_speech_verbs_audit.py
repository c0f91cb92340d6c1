"""Audit of the verbs of saying (lexicon data, both languages): standard reporting verbs of Indonesian and
English news language that the lexicons lacked -- denials ('menampik', 'menyangkal', 'menepis', 'denies'),
estimates ('memperkirakan', 'memprediksi'), regret and criticism ('menyayangkan', 'mengecam', 'criticized'),
telling ('menguraikan', 'pointed out', 'replied', 'conceded', 'admitted'), post-posed forms
('jawab', 'bantah', 'tanya', 'tepis', 'klaim' and their '-nya' forms; '..., replied/cautioned X') and outlets
in their own voice ('seperti diwartakan X', 'X mewartakan'). Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD, WIRE_PUBLISHED, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # pre-posed verbs of saying
        ("Juru bicara perusahaan itu, Budi Santoso, menampik kabar bahwa tarif layanan akan naik bulan depan "
         "di seluruh wilayah.", ["Budi Santoso"]),
        ("Ketua panitia Ahmad Sutrisno menyangkal bahwa anggaran kegiatan tahun ini masih sangat terbatas "
         "dibanding tahun lalu.", ["Ahmad Sutrisno"]),
        ("Rapat itu berlangsung tertutup di gedung dewan. Rudi Hartawan menyayangkan keputusan itu diambil "
         "tanpa melibatkan warga sekitar.", ["Rudi Hartawan"]),
        ("Harga cabai terus naik di pasar tradisional. Hendra Wijaya memperkirakan harga akan turun kembali "
         "setelah musim panen tiba bulan depan.", ["Hendra Wijaya"]),
        ("Acara itu dihadiri ratusan penggemar. Dalam kesempatan itu, Sinta Larasati menguraikan pengalamannya "
         "selama syuting di sebuah pulau terpencil.", ["Sinta Larasati"]),
        ("Warga sudah lama menunggu perbaikan jalan itu. Yusuf Ramli mengecam lambannya penanganan jalan rusak "
         "yang sudah berlangsung dua tahun.", ["Yusuf Ramli"]),
        # post-posed verbs of saying after a quotation
        ("Sidang berlanjut hingga malam hari. \"Saya tidak pernah bertemu dengan pengusaha itu di hotel,\" "
         "jawab Yusuf Ramli di hadapan majelis hakim.", ["Yusuf Ramli"]),
        ("Tuduhan itu muncul dalam rapat pekan lalu. \"Tidak benar saya menerima uang dari siapa pun,\" "
         "bantah Dewi Anggraini kepada wartawan.", ["Dewi Anggraini"]),
        ("Pria itu sudah lama bertani di desa tersebut. \"Hasil panen kami tahun ini yang terbaik di kabupaten,\" "
         "klaim Slamet Riyadi saat ditemui di rumahnya.", ["Slamet Riyadi"]),
        ("Rapat itu membahas biaya perbaikan gedung sekolah. \"Siapa yang nanti akan menanggung semua biaya "
         "itu,\" tanya Rina Kusuma dalam rapat tersebut.", ["Rina Kusuma"]),
        # ... while a '-nya' form still takes no name after it
        ("Budi Santoso mengatakan rapat itu penting. \"Siapa yang nanti akan menanggung semua biaya itu,\" "
         "ujarnya Rina Kusuma.", ["Budi Santoso"]),
        # an outlet in its own voice
        ("Harga beras naik lagi pekan ini. Seperti diwartakan Suara Bandung, kenaikan itu dipicu oleh panen "
         "yang terlambat di beberapa daerah.", ["Suara Bandung"]),
    ],
)
def test_indonesian_verbs_of_saying(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    "body",
    [
        # 'belum mengabarkan kapan ...': not yet announced -- no utterance ('mengabarkan' is not in the lexicon)
        "Perusahaan itu belum mengabarkan kapan aplikasi versi terbaru tersebut dapat diunduh oleh pengguna.",
        # a film or a book 'bercerita tentang' / 'mengisahkan' a story: no utterance (neither is in the lexicon)
        "Film Kabut Senja bercerita tentang seorang guru muda yang mengajar di sebuah desa terpencil di pegunungan.",
        "Novel Lembah Biru mengisahkan perjalanan dua sahabat yang mencari ayah mereka di sebuah pulau terpencil.",
    ],
)
def test_indonesian_no_statement(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Robert Lane, chairman of Acme Widget Corp, conceded that sales had fallen sharply in the first "
         "quarter." + WIRE_PAD, ["Robert Lane"]),
        ("Peter Walsh pointed out that the deficit had narrowed in the last quarter of the year." + WIRE_PAD,
         ["Peter Walsh"]),
        ("Acme Widget Corp admitted that its accounting for the unit had been flawed for two years." + WIRE_PAD,
         ["Acme Widget Corp"]),
        ("Asked about the talks, Thomas Greene replied that no agreement had been reached on the price."
         + WIRE_PAD, ["Thomas Greene"]),
        ("\"We have no plans to sell the unit this year,\" replied Thomas Greene, the company's president."
         + WIRE_PAD, ["Thomas Greene"]),
        ("\"Prices will keep rising through the summer,\" cautioned Maria Lopez, an economist at a large bank."
         + WIRE_PAD, ["Maria Lopez"]),
        ("Peter Walsh denies that any payments were made to the contractor before the contract was signed."
         + WIRE_PAD, ["Peter Walsh"]),
    ],
)
def test_english_verbs_of_saying(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="en", published=WIRE_PUBLISHED)) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a survey or figures 'confirm' a view: evidence, not an utterance ('confirms' is not in the lexicon)
        "A survey by the business group confirms that the firms themselves take this dim view." + WIRE_PAD,
        "The storm claimed twelve lives as it moved across the coast overnight." + WIRE_PAD,
    ],
)
def test_english_no_statement(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="en", published=WIRE_PUBLISHED)) == []
