"""Round 27: English statement recall. Own sentences; each speaker test fails on the pristine tree."""

from __future__ import annotations

from streamer.extraction import Extractor
from streamer.extraction.document import Document
from streamer.extraction.entities import analyse
from streamer.extraction.resources import load_resources

_X = Extractor()


def _speakers(body: str) -> list[str]:
    r = _X.extract(Document(id="t", body=body, language="en"))
    return sorted({ev.speaker.name for ev in r.events if ev.type == "statement"})


def _titles(text: str) -> list[str]:
    shared = load_resources()
    a = analyse(text, shared.languages["en"], shared, None)
    return [text[h.start:h.end] for h in a.hits if h.kind == "title"]


# (1) a minister's portfolio named in full is part of the title
def test_portfolio_after_and() -> None:
    assert _speakers("The duty on imported steel will be cut to ten pct from 15 pct next month, "
                     "Minister of Industry and Trade Omer Dalkiran said.") == ["Omer Dalkiran"]


def test_minister_of_state_for() -> None:
    assert _speakers("The steel industry has suffered from last year's fall in prices but should not suffer any "
                     "lasting harm, Minister of State for Energy Hugh Carver-Smith said.") == ["Hugh Carver-Smith"]


def test_director_general_of_portfolio_list() -> None:
    assert _speakers("Director General of Mineral and Energy Affairs Hugh Ramsden announced the find last week "
                     "but said it was small.") == ["Hugh Ramsden"]


def test_portfolio_list_with_commas() -> None:
    assert _speakers("Coal output will rise by five pct this year, Minister of Agriculture, Forestry and Fisheries "
                     "Hugh Ramsden said.") == ["Hugh Ramsden"]


def test_body_head_stops_portfolio() -> None:
    assert "Minister of Finance and Bank" not in " ".join(
        _titles("The Minister of Finance and Bank Indonesia said rates would fall."))


# (2) a later two-word form one letter off is the same person
def test_typo_short_form_merges() -> None:
    assert _speakers("The steel industry has suffered from last year's fall in prices but should recover, Minister "
                     "of State for Energy Hugh Carver-Smith said.\n    Output had been most affected, Carver Snith "
                     "told the energy committee.") == ["Hugh Carver-Smith"]


# (3) 'a board spokesman said'
def test_board_spokesman() -> None:
    assert _speakers("The Ontario Grain Board has advised the government to cut the prices paid to farmers for "
                     "oats next year, a board spokesman said.") == ["Ontario Grain Board"]


# (4) a capitalised person-noun after a given name is a surname
def test_singer_surname() -> None:
    assert _speakers("Bond prices will slip, said Acme Futures analyst Brian Singer.\n    Demand for bonds is weak, "
                     "Singer said.") == ["Brian Singer"]


def test_singer_company_untouched() -> None:
    assert _speakers("Singer Co said its sales rose ten pct last year.") == ["Singer Co"]


# (5) 'a statement from X said'
def test_statement_from() -> None:
    assert _speakers("Acme Holdings Plc has sold eight mln shares in Beta Plc through Gamma Securities Ltd, "
                     "a statement from Gamma said.") == ["Gamma Securities Ltd"]


def test_statement_issued_by() -> None:
    assert _speakers("The plant will get a stable supply of crude at low cost, a statement issued by Acme Corp "
                     "said.") == ["Acme Corp"]


# (6) 'analyst X of Y Z and Co said'
def test_person_of_partners_and_co() -> None:
    assert _speakers("The market was weak, analyst John Smith of Kidder Peabody and Co said.") == ["John Smith"]


# (7) a name set off by a title whose portfolio list has its own commas
def test_appositive_portfolio_list() -> None:
    assert _speakers("China raised cotton prices, Wu Kang, Minister of Agriculture, Animal Husbandry and Fisheries "
                     "said.") == ["Wu Kang"]


def test_bare_minister_takes_no_list() -> None:
    assert not any(t.startswith("Minister and") for t in _titles("The Minister and Jo Park said talks would go on."))
