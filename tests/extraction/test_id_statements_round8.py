"""Indonesian statements, round 8: title phrases that run on to a comma-set name, lists of portfolios, bodies
named 'Front ...', well-known companies, time adverbials before the verb, 'X, <descriptor>' after the verb.
Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a party with a place after the title, then the chairman set off by commas: he speaks, not the party
        ("\" Kami sudah siap menghadapi pemilihan tahun depan, \" ujar Ketua Golkar Sleman, Bambang Wiryawan, "
         "Selasa (4/6).", ["Bambang Wiryawan"]),
        # a unit named after the title, then the holder's name after the comma
        ("Keputusan itu disampaikan oleh Ketua Bidang Dakwah Syiar, Ridwan Hamzah. Ia menilai jadwal sudah tepat.",
         ["Ridwan Hamzah"]),
        # a list of portfolios after the title: the name closing its last member holds the title
        ("\" Kami berharap aturan baru segera terbit, \" tutur Kepala Divisi Hukum, Infrastruktur dan Keamanan "
         "Siber Rangga Permadi di Bandung, Kamis (3/5).", ["Rangga Permadi"]),
        # 'Senior' is a title word: the holder is the name set off after the company and region
        ("\" Pasar di sini tumbuh pesat, \" kata Direktur Senior Penjualan Twitter Asia Tenggara, Nadia Prameswari, "
         "di Jakarta.", ["Nadia Prameswari"]),
    ],
)
def test_title_phrase_holder(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_front_is_a_body_and_its_acronym_merges(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Front Persatuan Nelayan menanggapi rencana reklamasi pantai utara. FPN meminta pemerintah daerah "
            "membuka dialog dengan warga pesisir sebelum proyek dimulai.")
    x = run(body, language="id")
    assert speakers(x) == ["Front Persatuan Nelayan"]
    assert next(e for e in x.entities if e.name == "Front Persatuan Nelayan").type == "ORG"


def test_company_with_time_adverbial_before_verb(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Uber pada hari Senin mengatakan akan membuka kantor baru di Surabaya untuk melayani pengemudi "
            "di Jawa Timur.")
    assert speakers(run(body, language="id")) == ["Uber"]


def test_body_proposes(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Dinas Perhubungan Kota Bandung mengusulkan agar jam operasional angkutan barang dibatasi pada "
            "siang hari.")
    assert speakers(run(body, language="id")) == ["Dinas Perhubungan Kota Bandung"]


def test_bare_first_name_with_descriptor_after_verb(run) -> None:  # type: ignore[no-untyped-def]
    body = "\" Jalanan sekarang jauh lebih lancar dari kemarin, \" kata Agung, pedagang kaki lima di pasar itu."
    assert speakers(run(body, language="id")) == ["Agung"]


def test_body_after_locative_di_is_not_subject(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Situs pemantau tagar yang mencatat percakapan di Twitter juga mengungkapkan hal serupa pada pekan "
            "lalu, tanpa menyebut jumlah pasti.")
    assert "Twitter" not in speakers(run(body, language="id"))


def test_menurut_temuan_company(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Menurut temuan Google, sebagian besar pengguna di kota kecil mengakses internet lewat ponsel "
            "murah dengan paket data terbatas.")
    assert speakers(run(body, language="id")) == ["Google"]


def test_ministry_with_dan_is_one_body(run) -> None:  # type: ignore[no-untyped-def]
    body = "Kementerian Hukum dan HAM mengusulkan pemberhentian seorang kepala lapas yang terbukti lalai."
    assert speakers(run(body, language="id")) == ["Kementerian Hukum dan HAM"]


def test_cofounder_title_is_no_name(run) -> None:  # type: ignore[no-untyped-def]
    body = ("\" Kami ingin menjangkau seluruh sekolah di Indonesia, \" ujar Co - Founder Belajaria Sinta "
            "Maharani di Jakarta.")
    assert "Co" not in speakers(run(body, language="id"))


def test_unknown_company_between_title_and_known_name(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Pengguna Belajaria terus bertambah sejak tahun lalu. \" Kami ingin menjangkau seluruh sekolah, \" "
            "ujar CEO Belajaria Sinta Maharani di Jakarta.")
    st = [e for e in run(body, language="id").events if e.type == "statement"]
    assert [e.speaker.name for e in st] == ["Sinta Maharani"]


def test_two_titles_joined_by_ampersand(run) -> None:  # type: ignore[no-untyped-def]
    body = ("\" Kami ingin menjangkau seluruh sekolah di Indonesia, \" ujar Co - Founder & CEO Sinta Maharani "
            "di Jakarta.")
    assert speakers(run(body, language="id")) == ["Sinta Maharani"]


def test_curly_open_straight_close_quote(run) -> None:  # type: ignore[no-untyped-def]
    body = "“ Kami akan membawa film ini ke lebih banyak negara tahun depan, \" tambah Rama Wijaya."
    x = run(body, language="id")
    st = [e for e in x.events if e.type == "statement"]
    assert [(e.speaker.name, e.kind) for e in st] == [("Rama Wijaya", "direct")]
    assert st[0].quote.startswith("Kami akan membawa")


def test_memaparkan_is_a_verb_of_saying(run) -> None:  # type: ignore[no-untyped-def]
    body = "Rina Kartika memaparkan bahwa jumlah penonton naik dua kali lipat dibanding tahun lalu."
    assert speakers(run(body, language="id")) == ["Rina Kartika"]


def test_nya_verb_takes_no_name_after_it(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Jaksa Melati Sari menyatakan pihaknya akan memanggil saksi lagi. \" Kami akan memastikan jadwalnya "
            "lebih dulu, \" ucapnya di Pengadilan Negeri Bandung, Senin (3/4).")
    assert "Pengadilan Negeri Bandung" not in speakers(run(body, language="id"))
