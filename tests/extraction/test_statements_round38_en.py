"""English statement errors from the dev-holdout-2 review (round 38). Own sentences; each fails on the pristine tree."""

from __future__ import annotations

from streamer.extraction import Extractor
from streamer.extraction.document import Document

_X = Extractor()


def _speakers(body: str) -> list[str]:
    r = _X.extract(Document(id="t", body=body, language="en"))
    return sorted({ev.speaker.name for ev in r.events if ev.type == "statement"})


def _pairs(body: str) -> list[tuple[str, str]]:
    r = _X.extract(Document(id="t", body=body, language="en"))
    return [(ev.speaker.name, ev.evidence[0].sentence[:20]) for ev in r.events if ev.type == "statement"]


# (1) 'agreed' and 'reported' after a quotation or a clause, before their speaker
def test_agreed_after_quote_person_of_firm() -> None:
    assert _speakers('"The figures do not worry anyone who owns bonds," agreed Wendell Quarry of '
                     "Hollis Brandt and Partners Securities Corp.") == ["Wendell Quarry"]


def test_reported_after_clause_linked_body_name() -> None:
    assert _speakers("Orders for garden mowers fell 12 pct in March from a year earlier, reported the Lawn and "
                     "Garden Equipment Institute.") == ["Lawn and Garden Equipment Institute"]


def test_reported_in_journal_is_no_speaker() -> None:  # (a guard for the rule above; passes on the pristine tree)
    assert "Lancet Review" not in _speakers("The results, reported in The Lancet Review, suggest a new treatment, "
                                            "the Norland Clinic said.")


# (2) a body named before 'of <city> said' in Reuters' markup; a unit named after its parent's possessive
def test_markup_body_of_city() -> None:
    assert _speakers("&lt;Vormbroek Holding BV> of Utrecht said it has licensed Tandem Systems Inc to sell "
                     "its software.") == ["Vormbroek Holding BV"]


def test_possessive_unit_speaks_and_is_the_company() -> None:
    body = ("&lt;Hartwell Chemical Corp>'s Hartwell Biologics division said it agreed with &lt;Frasca S.p.A.> "
            "(Frasca Group), of Turin, Italy, to sell a new vaccine in the U.S.\n\n"
            "The company said the vaccine is already sold in Europe.")
    assert {s for s, _ in _pairs(body)} == {"Hartwell Biologics"}


def test_company_is_the_main_clause_speaker() -> None:  # (a guard: fails only with the markup rule alone)
    body = ("Dorne Industries Inc said a group of investors led by &lt;Pallister Group> of Denver said it has "
            "agreed to buy Dorne's resin business.\n\nThe company said completion is expected in June.")
    pairs = _pairs(body)
    assert ("Dorne Industries Inc", "The company said com") in pairs


# (3) a U.S. body's name after 'U.S.' stays in one sentence; a body's counselor at a post speaks for it
def test_counselor_of_body() -> None:
    assert _speakers("Winter crops in the north look healthy, the U.S. Agriculture Department's counselor in "
                     "Lisbon said in a field report.") == ["U.S. Agriculture Department"]


# (4) false speakers
def test_capitalised_adjective_before_sources() -> None:
    assert _speakers("International banking sources say the ministers will meet again in Rome next month.") == []


def test_pronoun_inside_earlier_report() -> None:
    body = ("Senators want early testimony from Lt. Col. Walter Brandt and John Dunmore.\n\n"
            "Brandt is the aide the president fired in May. Dunmore, who was Brandt's boss, resigned.\n\n"
            "The Boston Globe said over the weekend that Dunmore was ready to testify that he told the president "
            "twice of the payments.")
    assert _speakers(body) == ["The Boston Globe"]


def test_several_parties_agreed_is_no_utterance() -> None:
    assert _speakers("On March 3, the United States, Japan, France, Italy and Canada agreed that their currencies "
                     "were near the right levels.") == []


def test_leader_administration_official() -> None:
    assert _speakers("The United States wants lower rates abroad. A Reagan Administration official said the "
                     "accord was working.") == ["US officials"]
