"""Indonesian visit recall, round 29: official acts abroad (signing, opening, witnessing, touring, handing over,
promoting) placed by `di <place>`, the lead sentence of a story filed from abroad (an official act or a foreign official
speaking), press phrases and meetings before the place (`kepada wartawan di`, `pada pertemuan ... di`), fronted
inferred clauses (`Ketika berada di`, `Usai menghadiri`), a town missing from the gazetteer before its country, long
ministry titles, central-bank governors, and envoys at their own post (own test sentences)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import visits

PAD = (" Hal itu menjadi perbincangan hangat di media sosial dan banyak warganet yang memberikan komentar tentang kabar"
       " tersebut.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Manila (ANTARA News) - Presiden Joko Widodo hadir dalam KTT ASEAN ke-31 yang digelar di Manila, "
         "Senin (13/11).",
         [('Joko Widodo', 'PH')]),
        ("Menteri Perdagangan Enggartiasto Lukita di sela-sela pertemuan tingkat menteri WTO di Buenos Aires, "
         "Argentina, Selasa, bertemu Menteri Perdagangan Australia.",
         [('Enggartiasto Lukita', 'AR')]),
        ("Hal itu disampaikan Menteri Keuangan Sri Mulyani Indrawati pada pertemuan tahunan IMF-Bank Dunia di "
         "Washington DC, Sabtu (14/10).",
         [('Sri Mulyani Indrawati', 'US')]),
        ("Menteri Ketenagakerjaan Hanif Dhakiri menandatangani nota kesepahaman dengan Menteri Sumber Daya "
         "Manusia Malaysia di Kuala Lumpur, Kamis (10/8).",
         [('Hanif Dhakiri', 'MY')]),
        ("\"Kami ingin meningkatkan ekspor,\" kata Menteri Perindustrian Airlangga Hartarto kepada wartawan "
         "di Tokyo, Jepang, Rabu.",
         [('Airlangga Hartarto', 'JP')]),
        ("Tokyo (ANTARA News) - Menteri Luar Negeri AS Rex Tillerson, Kamis, mengatakan Washington siap "
         "berdialog dengan Pyongyang.",
         [('Rex Tillerson', 'JP')]),
        ("Beijing (ANTARA News) - Menteri Luar Negeri Retno Marsudi menandatangani kesepakatan kerja sama "
         "pendidikan dengan Menlu China Wang Yi, Selasa.",
         [('Retno Marsudi', 'CN')]),
        ("Kuala Lumpur (ANTARA News) - Menteri Ketenagakerjaan Hanif Dhakiri meresmikan layanan terpadu bagi "
         "tenaga kerja Indonesia di kota itu, Sabtu.",
         [('Hanif Dhakiri', 'MY')]),
        ("Paris (ANTARA News) - Menteri Pendidikan dan Kebudayaan Muhadjir Effendy bertemu Direktur Jenderal "
         "UNESCO Audrey Azoulay, Kamis (12/4).",
         [('Muhadjir Effendy', 'FR')]),
        ("Den Haag (ANTARA News) - Wakil Presiden Jusuf Kalla menyaksikan penandatanganan sejumlah perjanjian "
         "bisnis antara pengusaha Indonesia dan Belanda, Selasa.",
         [('Jusuf Kalla', 'NL')]),
        ("Duta Besar RI untuk Jepang Arifin Tasrif mendampingi Presiden Joko Widodo saat bertemu Perdana "
         "Menteri Shinzo Abe di Tokyo.",
         [('Joko Widodo', 'JP')]),
        ("Usai menghadiri KTT APEC di Da Nang, Vietnam, Presiden Joko Widodo melanjutkan perjalanan ke "
         "Manila, Filipina.",
         [('Joko Widodo', 'PH'), ('Joko Widodo', 'VN')]),
        ("Menteri Perdagangan Enggartiasto Lukita memimpin delegasi Indonesia dalam pertemuan menteri ekonomi "
         "ASEAN di Manila, Filipina.",
         [('Enggartiasto Lukita', 'PH')]),
        ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto menghadiri pertemuan para menteri "
         "pertahanan se-Asia Tenggara di Vientiane, Laos, Rabu.",
         [('Wiranto', 'LA')]),
        ("Gubernur Bank Indonesia Agus Martowardojo menghadiri pertemuan menteri keuangan dan gubernur bank "
         "sentral G20 di Baden-Baden, Jerman.",
         [('Agus Martowardojo', 'DE')]),
        ("Menteri Luar Negeri Retno Marsudi berbicara kepada para wartawan di Jenewa, Swiss, usai pertemuan "
         "Dewan HAM PBB.",
         [('Retno Marsudi', 'CH')]),
        ("Menteri Pariwisata Arief Yahya mempromosikan pariwisata Indonesia dalam bursa pariwisata ITB di "
         "Berlin, Jerman, Rabu.",
         [('Arief Yahya', 'DE')]),
        ("Wakil Presiden Jusuf Kalla membuka Festival Indonesia di Moskow, Rusia, Sabtu.",
         [('Jusuf Kalla', 'RU')]),
        ("Menteri Luar Negeri Retno Marsudi menyerahkan bantuan kemanusiaan secara langsung kepada pemerintah "
         "Bangladesh di Chittagong, Bangladesh.",
         [('Retno Marsudi', 'BD')]),
        ("Ketika berada di Ottawa, Menteri Perdagangan Enggartiasto Lukita juga bertemu pengusaha Kanada.",
         [('Enggartiasto Lukita', 'CA')]),
        ("Menteri Kelautan dan Perikanan Susi Pudjiastuti menjadi pembicara kunci dalam konferensi kelautan "
         "di Valletta, Malta, Kamis.",
         [('Susi Pudjiastuti', 'MT')]),
        ("Menteri Agama Lukman Hakim Saifuddin meninjau pelayanan jemaah haji di Mekkah, Arab Saudi, Senin.",
         [('Lukman Hakim Saifuddin', 'SA')]),
        ("Oslo (ANTARA News) - Menteri Luar Negeri Retno Marsudi membuka pameran produk Indonesia di ibu kota "
         "Norwegia itu, Senin (4/12).",
         [('Retno Marsudi', 'NO')]),
        ("Tokyo (ANTARA News) - Presiden Joko Widodo menyaksikan penandatanganan sejumlah nota kesepahaman "
         "antara pengusaha kedua negara, Senin.",
         [('Joko Widodo', 'JP')]),
        ("Menteri Keuangan Sri Mulyani Indrawati dalam konferensi pers di sela pertemuan tahunan IMF di Lima, "
         "Peru, Kamis, mengatakan ekonomi Indonesia kuat.",
         [('Sri Mulyani Indrawati', 'PE')]),
        ("Usai meresmikan paviliun Indonesia di Hannover Messe, Hannover, Jerman, Menteri Perindustrian "
         "Airlangga Hartarto bertemu sejumlah investor.",
         [('Airlangga Hartarto', 'DE')]),
        ("Saat berada di Canberra, Menlu Retno Marsudi juga bertemu Menteri Perdagangan Australia.",
         [('Retno Marsudi', 'AU')]),
        ("Sepulang dari Washington, Menteri Keuangan Sri Mulyani Indrawati langsung menggelar rapat dengan jajarannya.",
         [('Sri Mulyani Indrawati', 'US')]),
        ("Selama berada di Abu Dhabi, Presiden Joko Widodo juga bertemu Putra Mahkota Mohammed bin Zayed.",
         [('Joko Widodo', 'AE')]),
        ("Menlu Retno Marsudi mengatakan hal itu sepulang dari Naypyidaw, Myanmar, Selasa.",
         [('Retno Marsudi', 'MM')]),
        ("Doha (ANTARA News) - Menaker Hanif Dhakiri menemui ratusan tenaga kerja Indonesia di penampungan "
         "KBRI, Minggu.",
         [('Hanif Dhakiri', 'QA')]),
        ("Menteri Perhubungan Budi Karya Sumadi saat mendampingi Presiden Joko Widodo ke Jepang mengatakan proyek "
         "kereta cepat akan dibahas.",
         [('Budi Karya Sumadi', 'JP'), ('Joko Widodo', 'JP')]),
    ],
)
def test_id_visit_phrasings_round29(run, body: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert visits(run(body + PAD)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Presiden Joko Widodo melakukan kunjungan kerja ke Kabupaten Sleman, Yogyakarta, Senin.",
        "Menteri Luar Negeri Retno Marsudi menghadiri Bali Democracy Forum di Nusa Dua, Bali, Kamis.",
        "Menteri Luar Negeri Retno Marsudi membuka Konferensi Internasional tentang Islam Moderat di Jakarta, Selasa.",
        "Pebulu tangkis Kevin Sanjaya tiba di Tokyo, Jepang, untuk mengikuti turnamen Jepang Terbuka.",
        "Penyanyi Agnez Mo tampil dalam sebuah konser di Los Angeles, Amerika Serikat, Sabtu.",
        "Direktur Utama Garuda Indonesia Pahala Mansury menandatangani kerja sama dengan Boeing di Seattle, "
        "Amerika Serikat.",
        "Presiden Joko Widodo melakukan pembicaraan telepon dengan Presiden Amerika Serikat Donald Trump, Selasa.",
        "Menteri Luar Negeri Retno Marsudi berharap bisa berkunjung ke Palestina suatu saat nanti.",
        "Canberra (ANTARA News) - Menteri Luar Negeri Australia Julie Bishop mengatakan hubungan kedua "
        "negara semakin erat, Senin.",
        "Washington (ANTARA News) - Menteri Luar Negeri AS Rex Tillerson mengatakan pihaknya akan terus "
        "menekan Korea Utara.",
        "Presiden Joko Widodo mengundang Presiden Prancis Emmanuel Macron untuk berkunjung ke Indonesia.",
        "Duta Besar RI untuk Jepang Arifin Tasrif mengatakan kepada wartawan di Tokyo bahwa ekspor ke Jepang "
        "meningkat.",
        "Tim nasional sepak bola Indonesia bertolak ke Kuala Lumpur untuk mengikuti SEA Games.",
        "Menteri Keuangan Sri Mulyani Indrawati berbicara dalam konferensi video dengan para menteri keuangan ASEAN.",
        "Presiden Joko Widodo menghadiri KTT Luar Biasa OKI di Jakarta Convention Center, Senin (7/3).",
        "Sekretaris Jenderal PBB Antonio Guterres saat berbicara di Markas Besar PBB di New York mengatakan "
        "konflik harus segera diakhiri.",
        "Gubernur DKI Jakarta Anies Baswedan saat berada di Surabaya mengatakan pihaknya akan belajar dari kota itu.",
        "Pengusaha Chairul Tanjung berangkat ke Singapura untuk urusan bisnis, Senin.",
        "Pelatih Luis Milla terbang ke Spanyol untuk berlibur bersama keluarganya.",
        "Presiden Joko Widodo meninjau lokasi bencana gempa di Pidie Jaya, Aceh, Rabu.",
        "Menteri Perdagangan Enggartiasto Lukita menandatangani nota kesepahaman dengan pengusaha Jepang di "
        "Jakarta, Senin.",
        "Jakarta (ANTARA News) - Menteri Luar Negeri Retno Marsudi membuka pameran produk Indonesia di "
        "Jakarta Convention Center, Senin (4/12).",
        "Menteri Luar Negeri Retno Marsudi mengatakan kepada wartawan di Gedung Pancasila, Jakarta, bahwa "
        "Indonesia siap membantu.",
        "Beijing (ANTARA News) - Presiden China Xi Jinping membuka forum Belt and Road di Beijing, Minggu.",
        "Jakarta (ANTARA News) - Presiden Amerika Serikat Donald Trump menandatangani perintah eksekutif "
        "soal imigrasi, Senin.",
        "Jakarta (ANTARA News) - Perdana Menteri Jepang Shinzo Abe bertemu Presiden China Xi Jinping, Selasa.",
        "Menteri Perdagangan Enggartiasto Lukita meresmikan pabrik milik investor Jepang di Karawang, Jawa "
        "Barat, Senin.",
        "Menteri Luar Negeri Retno Marsudi menandatangani nota kesepahaman dengan Menlu Singapura di Jakarta, Senin.",
        "Kuala Lumpur (ANTARA News) - Menteri Ketenagakerjaan Hanif Dhakiri meresmikan layanan terpadu bagi "
        "tenaga kerja Indonesia di kota itu tahun lalu.",
        "Duta Besar RI untuk Jepang Arifin Tasrif membuka pameran produk Indonesia di Tokyo, Kamis.",
        "Duta Besar Indonesia untuk Malaysia Rusdi Kirana menyerahkan bantuan kepada tenaga kerja Indonesia "
        "di Kuala Lumpur.",
        "Direktur Utama Pertamina Elia Massa Manik menandatangani kontrak dengan Saudi Aramco di Riyadh, Arab Saudi.",
        "Jakarta (ANTARA News) - Menteri Luar Negeri AS Rex Tillerson mengatakan Washington siap berdialog "
        "dengan Pyongyang.",
        "Tokyo (ANTARA News) - Menteri Luar Negeri AS Rex Tillerson, seperti dikutip kantor berita Kyodo, "
        "mengatakan Washington siap berdialog.",
        "Tokyo (ANTARA News) - Perdana Menteri Jepang Shinzo Abe mengatakan Tokyo akan meningkatkan anggaran "
        "pertahanan.",
        "\"Kami ingin berkunjung ke Jepang tahun depan,\" kata Menteri Perindustrian Airlangga Hartarto "
        "kepada wartawan di Jakarta, Rabu.",
        "Ketika berada di Surabaya, Menteri Perdagangan Enggartiasto Lukita juga bertemu pengusaha Jepang.",
        "Usai menghadiri rapat di Istana Negara, Jakarta, Menteri Keuangan Sri Mulyani Indrawati mengatakan "
        "anggaran cukup.",
        "Hal itu disampaikan Menteri Keuangan Sri Mulyani Indrawati pada pertemuan tahunan dengan pengusaha "
        "di Surabaya, Sabtu (14/10).",
        "Gubernur Jawa Timur Soekarwo menghadiri pertemuan para gubernur di Makassar, Sulawesi Selatan.",
        "Menlu Retno Marsudi akan menerima Duta Besar Jepang untuk Indonesia di kantornya, Senin.",
        "Menteri Luar Negeri Retno Marsudi meninjau persiapan Asian Games di Palembang, Sumatera Selatan, Minggu.",
        "Presiden Joko Widodo membuka Pameran Dagang Internasional di Jakarta, Rabu, yang diikuti peserta "
        "dari 30 negara.",
        "Perusahaan asal Jepang Toyota meresmikan pabrik barunya di Karawang, Jawa Barat.",
        "Menteri Perhubungan Budi Karya Sumadi mendampingi Presiden Joko Widodo ke Surabaya, Senin.",
    ],
)
def test_id_visit_negatives_round29(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(body + PAD)) == []
