"""Bodies named in full, then called by one word of their name as the subject of a verb of saying (idclub):
a city's name that is a word of a club's name ('Dortmund menyatakan' after 'Borussia Dortmund') and a word read as an
unknown person ('Garuda mengatakan' after 'PT Garuda Indonesia Tbk'); sentences written for these tests."""

from __future__ import annotations

import pytest

from streamer.extraction import Extractor
from streamer.extraction.document import Document
from tests.extraction.conftest import wire_speakers as _wire_speakers

_PAD = " Hal itu juga sudah dibicarakan oleh banyak orang di sana dan mereka tidak akan menunggu lama untuk itu."


def _speakers(text: str) -> list[str]:
    r = Extractor().extract(Document(id="t", body=text + _PAD))
    return sorted(e.speaker.name for e in r.events if e.type == "statement")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a city's name standing for a club named before in full
        ("Klub Borussia Dortmund resmi merekrut pemain muda asal Inggris. Dortmund menyatakan pemain itu akan datang "
         "pekan depan.", ["Borussia Dortmund"]),
        ("Klub OGC Nice resmi merekrut pemain muda asal Prancis. Nice mengumumkan pemain itu akan datang pekan depan.",
         ["OGC Nice"]),
        ("Klub Inter Milan resmi merekrut pemain muda asal Prancis. Milan menyatakan pemain itu akan datang pekan "
         "depan.", ["Inter Milan"]),
        # ... a capital's too: the club, not the country's government
        ("Klub Real Madrid resmi merekrut pemain muda asal Prancis. Madrid menyatakan pemain itu akan datang pekan "
         "depan.", ["Real Madrid"]),
        # ... after 'kubu' / 'pihak' (the club's side)
        ("Leicester City menolak tawaran itu. Namun kubu Leicester menegaskan pemain itu tidak dijual.",
         ["Leicester City"]),
        # a word read as an unknown person standing for a company named before
        ("PT Garuda Indonesia Tbk membuka rute baru ke Jepang. Garuda mengatakan rute itu dibuka bulan depan.",
         ["PT Garuda Indonesia Tbk"]),
        ("PT Sinar Kilau Abadi membuka kantor baru di Jepang. Kilau juga menyebutkan kantor itu dibuka bulan depan.",
         ["PT Sinar Kilau Abadi"]),
        # no body with that word named before: the city does not speak
        ("Dortmund adalah kota besar di Jerman. Dortmund menyatakan pemain itu akan datang pekan depan.", []),
        # a body seated in the city (its name opens with a head word of its kind) leaves the city reading
        ("Pemerintah Kota Surabaya membuka taman baru. Surabaya menyatakan taman itu dibuka pekan depan.", []),
    ],
)
def test_body_named_by_one_word(body: str, expected: list[str]) -> None:
    assert _speakers(body) == expected


def test_city_word_not_subject_stays_a_place() -> None:
    # the club's city named as a place ('di Dortmund') gives no statement to the club
    assert _speakers("Klub Borussia Dortmund resmi merekrut pemain muda. Pemain itu kini tinggal di Dortmund "
                     "bersama keluarganya.") == []


def test_english_city_word_after_company(run) -> None:  # type: ignore[no-untyped-def]
    body = ("The Acme Leeds Co won a contract in Japan. Leeds, a design firm, said in a statement that it would "
            "bid for more work.")
    assert _wire_speakers(run, body) == ["Acme Leeds Co"]
