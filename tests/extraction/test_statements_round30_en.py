"""Round 30: English statement precision. Own sentences; each test fails on the pristine tree."""

from __future__ import annotations

from streamer.extraction import Extractor
from streamer.extraction.document import Document

_X = Extractor()


def _speakers(body: str) -> list[str]:
    r = _X.extract(Document(id="t", body=body, language="en"))
    return sorted({ev.speaker.name for ev in r.events if ev.type == "statement"})


# (1) a surname with two letters swapped is the same person
def test_swapped_letters_surname() -> None:
    assert _speakers("The cabinet will cut the fuel levy by two crowns a litre next month, Prime Minister "
                     "Olof Kallberg said.\n\nKalblerg told a news conference the cut would cost "
                     "the budget about 900 mln crowns a year.") == ["Olof Kallberg"]


# (2) a company's name with its last word one letter off is the same company
def test_company_last_word_typo() -> None:
    assert _speakers("Norvik AB and Belgian group <Tessar Mining SA> have agreed to merge their drilling units, "
                     "Tessar Mining said in a statement.\n\nIn a later statement Tessar Minong said \"the merger "
                     "will give both units a stronger market position.\"") == ["Tessar Mining SA"]


# (3) an acronym spelling a body's name read as a person's is that body
def test_acronym_of_body_read_as_person() -> None:
    assert _speakers("&lt;Baltic Airline System> said it has cut its container rates from Rotterdam to Oslo by "
                     "ten pct.\n\nBAS said the new rates will apply to all bookings made after June 1 and "
                     "will be reviewed at the end of the year.") == ["Baltic Airline System"]


# (4) 'the group said' after 'a group ... led by X': the leader speaks, not the regulator named since
def test_group_led_by_leader() -> None:
    assert _speakers("An investor group led by Ohio investor Martha Quillon said it has raised its stake in "
                     "Delway Corp to 9.1 pct.\n\nIn a filing with the Securities and Exchange Commission, the "
                     "group said it bought 120,000 Delway shares last week for investment purposes.") \
        == ["Martha Quillon"]


# (5) 'X route and a spokesman said': the place before 'and' is not the spokesman's country
def test_spokesman_after_and_clause() -> None:
    assert "Denmark officials" not in _speakers(
        "Nordair Airlines said it is cutting its fares on European flights from May 1.\n\nNordair refused to "
        "join price cuts on the Copenhagen route and a spokesman said Nordair wanted to run its own campaign "
        "to boost travel to the region.")
