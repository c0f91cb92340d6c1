"""Visit recall (round 48): an official act in the Indonesian passive with its agents after the verb, placed by 'di'
right after them; an English plan presented in person on the day to a committee, under a dateline abroad
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import visits, wire_visits

_LEAD = "Jakarta (ANTARA News) - Pemerintah menyiapkan bantuan baru. "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kesepakatan itu ditandatangani Menteri Ketenagakerjaan RI Hanif Dhakiri dan Menteri Tenaga Kerja Arab "
         "Saudi Ali Salim di Jeddah, Senin (16/10).", [("Hanif Dhakiri", "SA")]),
        ("Nota kesepahaman tersebut ditandatangani oleh Menteri Perdagangan Enggartiasto Lukita dan Menteri "
         "Perdagangan Australia Steven Ciobo di Canberra, Selasa (3/5).", [("Enggartiasto Lukita", "AU")]),
        ("Penandatanganan perjanjian dilakukan oleh Menteri Luar Negeri Retno Marsudi dan Menteri Luar Negeri Jepang "
         "Taro Kono di Tokyo, Rabu (4/5).", [("Retno Marsudi", "JP")]),
        ("Pameran dagang itu dibuka oleh Menteri Perdagangan Enggartiasto Lukita di Tokyo, Kamis (5/5).",
         [("Enggartiasto Lukita", "JP")]),
        ("Paviliun Indonesia diresmikan Menteri Pariwisata Arief Yahya di Berlin, Rabu (4/5).", [("Arief Yahya", "DE")]),
        ("Perjanjian kerja sama pertahanan itu diteken Menteri Pertahanan Ryamizard Ryacudu dan Menteri Pertahanan "
         "Prancis Jean-Yves Le Drian di Paris, Jumat (6/5).", [("Ryamizard Ryacudu", "FR")]),
        ("Pertemuan bilateral itu digelar Presiden Joko Widodo dan Perdana Menteri Jepang Shinzo Abe di Tokyo, "
         "Senin (3/5).", [("Joko Widodo", "JP")]),
        ("Perjanjian itu ditandatangani Menteri Luar Negeri Retno Marsudi dan Menteri Luar Negeri Australia Julie "
         "Bishop di Jakarta, Senin (3/5).", [("Julie Bishop", "ID")]),
        ("Kesepakatan itu rencananya akan ditandatangani Menteri Perdagangan Enggartiasto Lukita di Canberra bulan "
         "depan.", [("Enggartiasto Lukita", "AU")]),
    ],
)
def test_id_round48_passive_acts(run, body: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(_LEAD + body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        # domestic acts, resident envoys, companies, mayors at home
        "Kesepakatan itu ditandatangani Menteri Ketenagakerjaan Hanif Dhakiri dan Gubernur Jawa Barat Ahmad Heryawan "
        "di Bandung, Senin (16/10).",
        "Penandatanganan perjanjian dilakukan oleh Menteri Luar Negeri Retno Marsudi dan Duta Besar Jepang untuk "
        "Indonesia Masafumi Ishii di Jakarta, Rabu (4/5).",
        "Perjanjian itu ditandatangani Duta Besar RI untuk Arab Saudi Agus Maftuh Abegebriel dan Menteri Tenaga Kerja "
        "Arab Saudi Ali Salim di Riyadh, Senin (16/10).",
        "Kontrak itu ditandatangani Direktur Utama Pertamina Elia Massa Manik dan CEO Saudi Aramco Amin Nasser di "
        "Jeddah, Senin (16/10).",
        "Undang-undang itu ditandatangani Presiden Filipina Rodrigo Duterte di Manila, Senin (3/5).",
        "Pameran itu dibuka oleh Wali Kota Tokyo Yuriko Koike di Tokyo, Kamis (5/5).",
        # 'dilakukan' with no act noun; agents not followed at once by the place
        "Penangkapan itu dilakukan oleh polisi Malaysia di Kuala Lumpur, Senin (3/5).",
        "Surat itu ditandatangani Menteri Luar Negeri Retno Marsudi dan dikirim ke Tokyo, Kamis (5/5).",
        "Kesepakatan yang ditandatangani Menteri Perdagangan Enggartiasto Lukita itu berlaku di Australia mulai tahun "
        "depan.",
        "Perjanjian itu ditandatangani Menteri Luar Negeri Retno Marsudi yang kini berada di Jakarta, Senin (3/5).",
    ],
)
def test_id_round48_no_visit(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(_LEAD + body)) == []


_BANKS = "Banks will study the proposal. "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Philippine Finance Minister Jaime Ongpin outlined his plan today to the 12-bank advisory committee headed "
         "by Citibank.", [("Jaime Ongpin", "US")]),
        ("Brazilian Finance Minister Dilson Funaro presented his new proposals yesterday to the bank steering "
         "committee.", [("Dilson Funaro", "US")]),
    ],
)
def test_en_round48_presented_today(run, body: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert wire_visits(run, _BANKS + body, located="NEW YORK") == expected


@pytest.mark.parametrize(
    ("body", "located"),
    [
        ("Philippine Finance Minister Jaime Ongpin outlined his plan to the 12-bank advisory committee in a telex.",
         "NEW YORK"),
        ("Philippine Finance Minister Jaime Ongpin outlined his plan today to the Philippine Congress.", "NEW YORK"),
        ("Philippine Finance Minister Jaime Ongpin outlined his plan today to the cabinet in Manila.", "NEW YORK"),
        ("Philippine Finance Minister Jaime Ongpin outlined his plan today to the bank advisory committee.", "MANILA"),
        ("Citibank chairman John Reed outlined his plan today to the bank advisory committee.", "LONDON"),
        ("Philippine Finance Minister Jaime Ongpin outlined his plan today to reporters.", "NEW YORK"),
    ],
)
def test_en_round48_presented_no_visit(run, body: str, located: str) -> None:  # type: ignore[no-untyped-def]
    assert wire_visits(run, _BANKS + body, located=located) == []
