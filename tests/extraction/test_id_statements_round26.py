"""Indonesian statement recall (round 26): an emphatic 'sendiri' between a name and its verb ('X sendiri mengaku'),
a known body's function words before a foreign country ('Kementerian Dalam Negeri <country> mengonfirmasi'), two
titles of one holder joined by 'dan' ('ujar CEO dan pendiri X, Y'), 'berdasarkan keterangan X' as X's statement,
and a lower-case 'pemerintah <country>' after a verb or 'menurut'. Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers

PAD = " Hal itu menjadi perbincangan hangat di media sosial dan banyak warganet yang memberikan komentar tentang kabar itu."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Pelatih itu dipecat pekan lalu. Hartmann sendiri mengaku sulit memilih pemain terbaik di antara keduanya.",
         ["Hartmann"]),
        ("Aplikasi itu diluncurkan bulan lalu. Fintekku sendiri mengklaim menjadi platform reksa dana terbesar.",
         ["Fintekku"]),
        ("Pemain itu pindah ke klub lain. Rodrigo sendiri sempat mengungkapkan alasan dirinya memilih hengkang.",
         ["Rodrigo"]),
    ],
)
def test_emphatic_sendiri_before_the_verb(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kementerian Dalam Negeri Qatar mengonfirmasi bahwa empat orang itu sempat melarikan diri.",
         ["Kementerian Dalam Negeri Qatar"]),
        ("Juru bicara Kementerian Dalam Negeri Jepang telah mengonfirmasi bahwa kebakaran itu disengaja.",
         ["Kementerian Dalam Negeri Jepang"]),
    ],
)
def test_known_body_with_function_words_and_a_country(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == expected


def test_known_body_alone_unchanged(run) -> None:  # type: ignore[no-untyped-def]
    body = "Kementerian Dalam Negeri mengonfirmasi bahwa empat orang itu sempat melarikan diri."
    assert speakers(run(body + PAD, language="id")) == ["Kementerian Dalam Negeri"]


def test_two_titles_joined_by_dan(run) -> None:  # type: ignore[no-untyped-def]
    # (an unknown one-word company before the name still joins it: a separate, older limitation)
    body = "\"Kami akan terus berinovasi,\" ujar Co-Founder dan CEO Tokobagus Rahmat Sutedja dalam sambutannya."
    found = speakers(run(body + PAD, language="id"))
    assert len(found) == 1 and found[0].endswith("Rahmat Sutedja")


def test_berdasarkan_keterangan(run) -> None:  # type: ignore[no-untyped-def]
    body = "Berdasarkan keterangan PT Sinar Baru yang diterima wartawan, harga tiket akan naik mulai pekan depan."
    assert speakers(run(body + PAD, language="id")) == ["PT Sinar Baru"]


@pytest.mark.parametrize(
    "body",
    [
        "Sistem pengawasan radiasi diserang peretas pada Selasa, demikian dilaporkan pemerintah Polandia.",
        "Korban kedua tewas karena kecelakaan, menurut pemerintah Polandia.",
    ],
)
def test_lower_case_government_of_a_country(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert [s.lower() for s in speakers(run(body + PAD, language="id"))] == ["pemerintah polandia"]


def test_lower_case_government_of_a_person_stays_out(run) -> None:  # type: ignore[no-untyped-def]
    body = "Anggaran itu sudah disahkan, menurut pemerintah Jakarta."
    assert speakers(run(body + PAD, language="id")) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Film itu akan dibuat ulang. Sutradara Peter Jackson mengungkapkan ketertarikannya pada proyek itu.",
         ["Peter Jackson"]),
        ("Film itu akan dibuat ulang. Hayao Miyazaki mengatakan film itu akan rampung tahun depan.",
         ["Hayao Miyazaki"]),
        ("Juru bicara kantor itu, An Fengshan mengatakan usaha itu ditakdirkan gagal.", ["An Fengshan"]),
        ("Pengurus Perkumpulan Keluarga Sehat (PKS) Ramona Sari mengatakan, pasal itu tidak jauh berbeda.",
         ["Ramona Sari"]),
    ],
)
def test_city_name_as_a_surname(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Film itu akan dibuat ulang. Warga Jakarta mengatakan film itu akan rampung tahun depan.",
        "Film itu akan dibuat ulang. Kota Padang mengatakan film itu akan rampung tahun depan.",
        "Kasus itu ramai dibicarakan. Tim Bandung mengatakan pelaku sudah ditangkap.",
    ],
)
def test_city_after_a_common_noun_is_no_surname(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == []


@pytest.mark.parametrize(
    "body",
    [
        "Gedung itu diresmikan pekan lalu. Budi Hartono di Serang, Kamis mengatakan, pembangunan sekolah akan dilanjutkan.",
        "Gedung itu diresmikan pekan lalu. Budi Hartono di Palembang, Sumatera Selatan, Senin, mengatakan, pembangunan "
        "sekolah akan dilanjutkan.",
        "Gedung itu diresmikan pekan lalu. Budi Hartono kepada Antara di Jakarta, Senin mengatakan pembangunan sekolah "
        "akan dilanjutkan.",
    ],
)
def test_where_and_when_between_name_and_verb(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == ["Budi Hartono"]


def test_where_and_when_after_an_apposition_keeps_the_person(run) -> None:  # type: ignore[no-untyped-def]
    body = "Budi Hartono, Hakim Distrik di Bandung, Rabu (29/3), menyatakan telah mengubah larangan itu."
    assert speakers(run(body + PAD, language="id")) == ["Budi Hartono"]
