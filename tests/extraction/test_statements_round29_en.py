"""Round 29: English statement recall and precision. Own sentences; each rule's positive test fails on the
pristine tree (negatives guard the rule's limits)."""

from __future__ import annotations

from streamer.extraction import Extractor
from streamer.extraction.document import Document

_X = Extractor()


def _speakers(body: str) -> list[str]:
    r = _X.extract(Document(id="t", body=body, language="en"))
    return sorted({ev.speaker.name for ev in r.events if ev.type == "statement"})


# (1) 'according to a survey / report / statement by X': X speaks
def test_according_to_survey_by() -> None:
    assert _speakers("Shop owners expect spending to pick up in April after a weak March, according to a "
                     "monthly survey by the Federation of Northland Grocers (FNG).") == ["Federation of Northland Grocers"]


def test_according_to_report_by_fronted() -> None:
    assert _speakers("According to a report by Halvard Freight Corp, container rates fell sharply in the "
                     "second quarter.") == ["Halvard Freight Corp"]


def test_according_to_survey_of_is_not_an_author() -> None:
    assert _speakers("Shop owners expect spending to pick up in April, according to a survey of retailers.") == []


def test_according_to_report_from_country_official() -> None:
    # the country only qualifies an unnamed author
    assert _speakers("Farmers sold most of their maize abroad, according to a report from the U.S. farm attache "
                     "in Quito.") == []


# (2) 'the two companies said' after 'A and B': both speak
def test_two_companies_announced() -> None:
    assert _speakers("Orvik AB and Belgian group Tessel Mining SA have finished talks on a joint drilling venture, "
                     "Tessel Mining said. The two companies announced in May that they had signed a letter of "
                     "intent.") == ["Orvik AB", "Tessel Mining SA"]


def test_two_banks_have_said() -> None:
    out = _speakers("Ferlan Bank AG and Ostmark Bank AG sold part of their stake in the shipping line last year. "
                    "The two banks have said they want to cut their holdings to ten pct each.")
    assert out == ["Ferlan Bank AG", "Ostmark Bank AG"]


def test_two_companies_without_a_pair() -> None:
    # the bodies named before are not joined by 'and': nobody is guessed
    assert _speakers("The offer for Lindqvist Corp by Barrow Holdings Inc lapsed. The two companies said talks "
                     "would resume in June.") == []


# (3) "<Parent>'s <Unit> unit / subsidiary said": the unit speaks
def test_parent_unit_said() -> None:
    assert _speakers("Halvard Holdings Inc's Brenner Lines Corp unit said it will add a weekly sailing between "
                     "Oslo and Boston.") == ["Brenner Lines Corp"]


def test_parent_subsidiary_airline_said() -> None:
    assert _speakers("Westgate Air Corp's Pelican Airlines subsidiary said it will serve Reno from three "
                     "eastern cities starting May 1.") == ["Pelican Airlines"]


# (4) 'declared' as an act: a dividend, bankruptcy, '<someone> in default'
def test_declared_dividend_is_no_statement() -> None:
    assert _speakers("Marlow Trust Corp earlier declared a quarterly dividend of 12 cts a share, payable "
                     "May 2 to holders of record April 10.") == []


def test_declared_in_default_is_no_statement() -> None:
    assert _speakers("Loman Stores Inc said Ferlan Bank has declared the company in default and demanded "
                     "repayment of its loans.") == ["Loman Stores Inc"]


def test_declared_that_still_speaks() -> None:
    assert _speakers("Marlow Trust Corp declared that its two plants would close in June.") == ["Marlow Trust Corp"]


# (5) an acronym in brackets after a body's name built whole only from that bracket: its later uses are the body
def test_acronym_of_body_built_from_its_bracket() -> None:
    assert _speakers("The Presidential Board on Clean Trade (PBCT) met on Monday. In return, the PBCT said it had "
                     "lifted its freeze orders on the trader's properties.") == ["Presidential Board on Clean Trade"]


def test_acronym_after_a_chairman_of_the_body() -> None:
    assert _speakers("Jose Ramos, chairman of the Presidential Board on Clean Trade (PBCT), told Reuters the board "
                     "had seized funds. Ramos said the PBCT had so far recovered cash. The PBCT, set up last year, "
                     "has wide powers. In return, the PBCT said it had lifted its freeze orders on the trader's "
                     "properties.") == ["Jose Ramos", "Presidential Board on Clean Trade"]


def test_the_companies_said_clause_final() -> None:
    assert _speakers("&lt;Orvik KK> and &lt;Tessel Chemical Co>, a unit of Tessel Corp &lt;TSL>, agreed to study a "
                     "joint venture to make resins in Japan. Details of the venture will be set later, the companies "
                     "said.") == ["Orvik KK", "Tessel Chemical Co"]


# (6) 'A and <B>, parent of C, jointly said': C, named in the appositive, is not the speaker
def test_parent_of_appositive_is_not_the_speaker() -> None:
    assert "Tessel Airlines Inc" not in _speakers("Orvik Corp and &lt;Tessel Inc>, parent of Tessel Airlines Inc, "
                                                  "jointly said they agreed to sell Orvik Air to Tessel.")
