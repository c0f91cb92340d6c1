"""Indonesian statements, round 12 (recall on unseen text, patterns counted on 150 fresh dev articles): recap and
citation phrases ('demikian laporan X', 'demikian keterangan dari X', 'bunyi pernyataan X', 'begitu kata X'), the
verbs 'kicau' and 'mengutuk', descriptor words set off by a comma before the speaker's name ('kata ketua klub,
X Y,'), portfolio words joined by 'dan' after a title ('Kasubdit Pembinaan dan Penegakan Hukum ..., AKBP X'),
military ranks as titles, bodies written with a lower-case head ('menurut kementerian pertahanan Swiss').
Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Jumlah wisatawan ke pulau itu terus naik sepanjang tahun ini, demikian laporan Lembaga Survei Nusantara.",
         ["Lembaga Survei Nusantara"]),
        ('Investor itu membantah kabar tersebut. "Kami tetap berkomitmen pada perjanjian jual beli itu," demikian '
         "keterangan dari Bank Sentosa seperti dikutip dari media setempat.", ["Bank Sentosa"]),
        ('"Serangan udara itu merupakan pukulan telak bagi kelompok tersebut," bunyi pernyataan Jenderal Robert '
         "Miles, komandan pasukan gabungan di wilayah itu.", ["Robert Miles"]),
        ("Pemimpin kelompok itu dilaporkan tewas dalam pertempuran pagi tadi di kota tua. Begitu kata Hamid Karimi, "
         "penasihat keamanan pemerintah, kepada wartawan.", ["Hamid Karimi"]),
        ('"Serangan itu adalah babak terakhir dalam operasi kami," begitu kata Hamid Karimi kepada wartawan.',
         ["Hamid Karimi"]),
    ],
)
def test_recap_and_citation_phrases(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_recap_sentence_needs_a_named_speaker(run) -> None:  # type: ignore[no-untyped-def]
    body = "Harga beras akan naik bulan depan di semua pasar. Begitu kata pedagang di pasar itu kepada kami."
    assert speakers(run(body, language="id")) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"Kami sangat senang dengan hasil pertandingan malam ini," kicau Budi Santoso di akun Twitter miliknya.',
         ["Budi Santoso"]),
        ("Pemerintah Filipina mengutuk serangan tersebut sebagai kejahatan terhadap kemanusiaan.",
         ["Pemerintah Filipina"]),
        # the noun: no speaker
        ("Warga desa itu bangun pagi sekali. Suara kicau burung di halaman membuat mereka senang sepanjang hari.", []),
    ],
)
def test_kicau_and_mengutuk(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('Penelitian itu dilakukan di tiga kota besar. "Hasilnya sangat mengejutkan bagi kami semua," kata anggota '
         "tim peneliti, Andrew Collins, di Universitas Leeds.", ["Andrew Collins"]),
        ('Klub itu memecat pelatihnya pada Senin. "Ini keputusan yang sulit bagi kami semua," kata ketua klub, '
         "Peter Hughes, di laman resmi klub.", ["Peter Hughes"]),
        # the body the descriptor belongs to does not speak; the name set off by the comma does
        ("Menurut pelatih Persib, Roberto Mancini, ada dua alasan di balik kekalahan timnya malam itu.",
         ["Roberto Mancini"]),
        # a source noun before the comma: the outlet speaks, not the person named after it
        ("Menurut laporan Reuters, Presiden Joko Widodo, yang baru tiba dari Tokyo, akan berbicara besok pagi.",
         ["Reuters"]),
        # no name after the comma: nothing
        ('"Harga beras naik lagi minggu ini," kata seorang pedagang, Senin (12/3).', []),
    ],
)
def test_descriptor_comma_name(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"Kami masih mencari saksi lain di lokasi kejadian," kata Kasubdit Pembinaan dan Penegakan Hukum Polda Jawa '
         "Barat, AKBP Sutrisno Hadi kepada wartawan, Minggu.", ["Sutrisno Hadi"]),
        ('"Keduanya berasal dari Malaysia dan bekerja tanpa izin," kata Kepala Seksi Pengawasan dan Penindakan Kantor '
         "Imigrasi Bogor, Rahmat Hidayat, seperti dikutip dari media lokal.", ["Rahmat Hidayat"]),
        # a portfolio joined by 'dan' that closes on the name itself is unchanged
        ('"Kami akan terus memantau situasi di laut," kata Menteri Kelautan dan Perikanan Susi Pudjiastuti di '
         "Jakarta.", ["Susi Pudjiastuti"]),
    ],
)
def test_title_portfolio_joined_by_dan(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"Ini babak terakhir dalam serangan untuk merebut kota itu," kata Jenderal Robert Miles kepada wartawan di '
         "markas pasukan.", ["Robert Miles"]),
        ("Pengadaan kapal selam itu dibahas di kementerian pekan ini. Sekretaris Jenderal Kementerian Pertahanan "
         "Laksamana Madya Budi Hartono sebelumnya mengatakan pengadaan itu sesuai rencana.", ["Budi Hartono"]),
        ('"Pesawat itu siap terbang lagi besok pagi," kata Marsekal Muda Agus Salim kepada wartawan di pangkalan.',
         ["Agus Salim"]),
    ],
)
def test_military_ranks_are_titles(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Pesawat tempur itu menghilang di wilayah pegunungan pada Senin sore, menurut kementerian pertahanan Swiss.",
         ["kementerian pertahanan Swiss"]),
        ("Lukisan pertama itu terjual dua ratus ribu euro pada lelang tersebut, menurut balai lelang Sotheby.",
         ["Sotheby"]),
        ("Serangan itu menewaskan sedikitnya enam orang di pasar, kata militer Israel dalam sebuah pernyataan.",
         ["militer Israel"]),
        # no capitalised name closing the body, a person's office, a city's police: nothing from this rule
        ("Pesawat itu hilang di wilayah pegunungan pada Senin sore, menurut badan tersebut kepada wartawan.", []),
        ("Pesawat itu hilang di wilayah pegunungan pada Senin sore, menurut kepolisian Bandung.", []),
    ],
)
def test_lower_case_body_after_verb_or_menurut(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected

