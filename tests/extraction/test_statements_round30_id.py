"""Indonesian statement recall (round 30): a news outlet cited in its own voice ('Dilansir X, <fact>') speaks unless
it only relays a person's words in its sentence; 'Baik A dan/maupun B' as two speakers; 'menjanjikan' as a verb
of saying (not the adjective 'promising'); a city named with 'Kota' speaking for its government; the holder after a
firm's name the entity stage broke at a lexicon word. Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import id_speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the outlet reports a fact in its own voice; a quotation in the next paragraph is not its report's
        ("Restoran itu ramai. Seperti dilansir Daily Planet, restoran itu menjual seribu porsi setiap hari.\n\n"
         "\"Kami kewalahan melayani pembeli,\" kata Budi Santoso, pemilik restoran itu.",
         ["Budi Santoso", "Daily Planet"]),
        # an unnamed source's words: the outlet's own report
        ("Bayi itu lahir pekan lalu. Diberitakan Reuters, sumber dekat keluarga itu menyebut bayi tersebut sehat.",
         ["Reuters"]),
        # a body's announcement cited from the outlet: both
        ("Gedung itu megah. Dilansir Daily Globe, PT Kopi Nusantara mengumumkan akan membuka kedai terbesarnya di sana.",
         ["Daily Globe", "PT Kopi Nusantara"]),
    ],
)
def test_outlet_in_its_own_voice_speaks(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a named person's words relayed by the outlet
        ("Film itu laris. Dilansir dari BBC, Budi Santoso mengatakan bahwa ia senang dengan hasilnya.",
         ["Budi Santoso"]),
        # a person described, not named, whose words the outlet relays
        ("Film itu laris. Dikutip dari AFP, pada Rabu (12/10), aktor berusia 29 tahun itu mengatakan bahwa ia lelah.",
         []),
        # a person named before the verb with an appositive that keeps his words from being read
        ("Ledakan terjadi pagi tadi. Dilansir BBC, Rahmat Nasrudin, wakil juru bicara Kementerian Dalam Negeri, "
         "mengatakan penyerang itu masuk lewat pos pemeriksaan.", []),
        # 'dilansir X dari Y': X took the report from Y
        ("Tes itu digelar dua hari. Dilansir Motor Harian dari Speedweek, tes pramusim ini terbagi dalam dua sesi.",
         []),
        # the outlet received someone's release
        ("Bantuan itu tiba. Dilansir dari keterangan resmi yang diterima Warta Kota pada Jumat, bantuan itu berupa "
         "selimut dan makanan.", []),
        # words relayed: an utterance noun as the subject, or a person's words said in the passive
        ("Pelatih itu pamit. Ucapan perpisahan tersebut dilansir oleh Daily Globe.", []),
        ("Proyek itu dilanjutkan. Hal itu diungkap oleh Joko Widodo saat diwawancara radio, melansir Daily Globe.",
         []),
    ],
)
def test_outlet_relaying_is_no_speaker(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Sidang ditunda. Baik Siti Aminah dan Dewi Lestari mengaku hanya sebagai korban.",
        "Sidang ditunda. Baik Siti Aminah maupun Dewi Lestari mengaku hanya sebagai korban.",
        "Sidang ditunda. Namun, baik Siti Aminah maupun Dewi Lestari mengaku tidak bersalah.",
    ],
)
def test_both_a_and_b_speak(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == ["Dewi Lestari", "Siti Aminah"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ponsel itu murah. Bukan layarnya yang menonjol, namun Xenon menjanjikan kamera yang tajam untuk swafoto.",
         ["Xenon"]),
        ("Jalan itu rusak berat. Bupati Budi Santoso menjanjikan perbaikan jalan itu tahun depan.", ["Budi Santoso"]),
        ("Ponsel itu murah. Prospek bisnis ini sangat menjanjikan bagi pengusaha muda.", []),
        ("Ponsel itu murah. Klub itu tampil menjanjikan dengan dua kemenangan beruntun.", []),
        ("Ponsel itu murah. Produsen menjanjikan baterai yang tahan dua hari.", []),
    ],
)
def test_menjanjikan(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == expected


def test_city_named_with_kota_speaks(run) -> None:  # type: ignore[no-untyped-def]
    body = "Jakarta - Kota Palembang menegaskan bahwa mereka siap menggelar ajang balap itu tahun depan."
    assert id_speakers(run, body) == ["Palembang"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Acara itu ramai. \"Kami senang sekali dengan hasilnya,\" kata CEO Sinar Media Nusantara Hendra Gunawan.",
         ["Hendra Gunawan"]),
        ("Acara itu ramai. \"Kami senang sekali dengan hasilnya,\" kata CEO Bright Media Works Daniel Moore.",
         ["Daniel Moore"]),
    ],
)
def test_holder_after_a_broken_firm_name(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Game itu laris. Valvo, pengembang game Dota Raya menyatakan akan menambah turnamen tahun depan.", ["Valvo"]),
        ("Game itu laris. Google, perusahaan teknologi asal Amerika Serikat mengumumkan produk baru.", ["Google"]),
    ],
)
def test_body_before_a_company_appositive(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Pelaku teridentifikasi. Xinhua pada Rabu (24/5) melansir, pelaku lahir di Manchester tahun 1994.",
        "Pelaku teridentifikasi. Baterai baru itu lebih efisien ketimbang baterai lama, lapor Xinhua, Selasa.",
    ],
)
def test_outlet_as_subject_or_after_lapor(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == ["Xinhua"]


def test_lapor_to_the_police_is_no_report(run) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, "Pelaku teridentifikasi. Warga lapor ke polisi soal pencurian itu.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Pernikahan itu meriah. Dilansir dari postingan Bridal Studio, pengantin pria mengenakan jas hitam.",
         ["Bridal Studio"]),
        ("Remisi diberikan. Dikutip dari rilis Ditjenpas, ada tiga syarat bagi narapidana yang ingin remisi.",
         ["Ditjenpas"]),
        ("Liga dimulai. Dilansir dari laman resmi FIFA, ada tiga syarat bagi klub yang ingin ikut.", ["FIFA"]),
        # a closing credit for the whole piece
        ("Nyamuk suka darah O. Banyak orang digigit setiap malam. Demikian seperti dilansir laman Daily Globe.", []),
    ],
)
def test_owner_of_a_post_release_or_site(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == expected


def test_intention_of_a_named_person_is_relayed(run) -> None:  # type: ignore[no-untyped-def]
    body = ("\"Saya tetap puasa,\" kata Tony Sucipto. Dikutip dari situs resmi Persib, Tony berniat untuk tetap "
            "menjalani puasa jelang laga tandang.")
    assert id_speakers(run, body) == ["Tony Sucipto"]
