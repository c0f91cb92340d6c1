"""Visits round 30 (own test sentences): Indonesian co-subjects under a dateline (the host at home, the foreign
co-subject travels), `memimpin pertemuan`, heads of national state agencies (`Kepala BKPM / BIN / BNPT`) as officials,
`melakukan roadshow`, a KB name ending in a common word (`Anifah Aman`), the `menghadiri` guard under a home dateline;
English `the visiting X met <host>` with no dateline, `TOKYO - <host> told <foreign official>`, `was welcomed at
Tokyo's ... airport`, and denied / not-considered trips."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD, WIRE_PUBLISHED, visits

PAD = (" Hal itu menjadi perbincangan hangat di media sosial dan banyak warganet yang memberikan komentar tentang kabar"
       " tersebut.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Singapura (ANTARA News) - Menteri Perdagangan Enggartiasto Lukita dan Menteri Perdagangan Singapura "
         "Lim Hng Kiang menandatangani perjanjian dagang, Selasa.",
         [("Enggartiasto Lukita", "SG")]),
        ("Kuala Lumpur (ANTARA News) - Menteri Luar Negeri Retno Marsudi dan Menteri Luar Negeri Malaysia "
         "Anifah Aman menggelar pertemuan bilateral, Rabu.",
         [("Retno Marsudi", "MY")]),
        ("Sydney (ANTARA News) - Menteri Luar Negeri Marty Natalegawa dan Menteri Luar Negeri Australia Julie "
         "Bishop memimpin pertemuan forum dialog di Sydney, Kamis.",
         [("Marty Natalegawa", "AU")]),
        ("Menteri Luar Negeri Malaysia Anifah Aman tiba di Jakarta, Senin, untuk bertemu Menlu Retno Marsudi.",
         [("Anifah Aman", "ID")]),
        ("Kepala BKPM Thomas Lembong melakukan roadshow ke Amerika Serikat untuk menarik investor.",
         [("Thomas Lembong", "US")]),
        ("Kepala Badan Koordinasi Penanaman Modal (BKPM) Thomas Lembong berkunjung ke Tokyo, Jepang, pekan lalu.",
         [("Thomas Lembong", "JP")]),
        ("Kepala BIN Budi Gunawan melakukan kunjungan kerja ke Beijing, China.",
         [("Budi Gunawan", "CN")]),
        ("Kepala BNPT Suhardi Alius bertolak ke Kuala Lumpur, Malaysia, Selasa.",
         [("Suhardi Alius", "MY")]),
    ],
)
def test_id_visits_round30(run, body: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert visits(run(body + PAD)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Jakarta (ANTARA News) - Menteri Luar Negeri AS Mike Pompeo menghadiri sidang Kongres, Selasa.",  # was ID
        "Jakarta (ANTARA News) - Perdana Menteri Jepang Shinzo Abe menghadiri rapat kabinet, Senin, untuk membahas anggaran.",
        "Jakarta (ANTARA News) - Presiden Filipina Rodrigo Duterte menghadiri upacara peringatan hari kemerdekaan, Minggu.",
        "Jakarta (ANTARA News) - Presiden Prancis Emmanuel Macron menghadiri upacara peringatan di Paris, Minggu.",
        "Kepala Desa Sukamaju Ahmad Yani berkunjung ke Jakarta untuk mengikuti pelatihan.",
        "Kepala Bagian Humas PT Maju Jaya Andi Wijaya melakukan perjalanan ke Singapura.",
        "Direktur Utama PT Garuda Indonesia Arif Wibowo melakukan roadshow ke Amerika Serikat.",
        "Kepala BKPM Thomas Lembong bertemu investor di Jakarta, Senin.",
        "Sydney (ANTARA News) - Menteri Luar Negeri Australia Julie Bishop memimpin pertemuan kabinet, Kamis.",
        "Tokyo (ANTARA News) - Perdana Menteri Jepang Shinzo Abe dan Menteri Keuangan Jepang Taro Aso membahas "
        "anggaran, Senin.",
    ],
)
def test_id_visit_negatives_round30(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(body + PAD)) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The visiting Japanese Foreign Minister Noboru Ito met Secretary of State George Shultz on Tuesday.",
         [("Noboru Ito", "US")]),
        ("The visiting French Trade Minister Pierre Lambert met Prime Minister Yasuhiro Nakasone and asked for "
         "more imports.",
         [("Pierre Lambert", "JP")]),
        ("TOKYO, March 3 - Prime Minister Yasuhiro Nakasone told Swedish Foreign Minister Sten Andersson that "
         "Japan would open its markets.",
         [("Sten Andersson", "JP")]),
        ("Swedish Foreign Minister Sten Andersson was welcomed at Tokyo's Narita airport by Japanese officials "
         "on Monday.",
         [("Sten Andersson", "JP")]),
    ],
)
def test_en_visits_round30(run, body: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert visits(run(body + WIRE_PAD, published=WIRE_PUBLISHED)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Swedish Foreign Minister Sten Andersson denied reports that he would travel to Tokyo next month.",  # was JP
        "Saudi Oil Minister Hisham Nazer denied press reports that he planned to visit Moscow.",
        "Officials said a trip to Moscow by Saudi Oil Minister Hisham Nazer was not being considered.",
        "A visit to Peking by West German Chancellor Helmut Kohl is not planned, a spokesman said.",
        "TOKYO, March 3 - Prime Minister Yasuhiro Nakasone told parliament that Japan would open its markets.",
        "TOKYO, March 3 - Prime Minister Yasuhiro Nakasone told U.S. Agriculture Secretary Clayton Reed in a "
        "letter that Japan could not lift beef quotas.",
        "TOKYO, March 3 - Prime Minister Yasuhiro Nakasone told U.S. Agriculture Secretary Clayton Reed by "
        "telephone that Japan could not lift quotas.",
        "The visiting Japanese businessmen met officials of the Commerce Department on Tuesday.",
        "The visiting delegation met Secretary of State George Shultz on Tuesday.",
        "Swedish Foreign Minister Sten Andersson returned to Stockholm on Friday.",
    ],
)
def test_en_visit_negatives_round30(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(body + WIRE_PAD, published=WIRE_PUBLISHED)) == []
