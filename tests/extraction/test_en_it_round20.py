"""English 'It said' (round 20): a sentence opening with 'It' as the subject of a verb of saying speaks for the
company, body or government that is the subject of the sentence before (the body whose statement that sentence
reports, else the body or country named first at its start); never a person, a body named only as an object, a
document, a possessor ("Acme's unit") or a pair. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD, WIRE_PUBLISHED
from tests.extraction.conftest import wire_speakers as _speakers


def _it_statements(run, body: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The speakers of the statements made in a sentence opening with 'It'."""
    x = run(body + WIRE_PAD, published=WIRE_PUBLISHED)
    return [e.speaker.name for e in x.events
            if e.type == "statement" and e.evidence[0].sentence.startswith("It ")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a company acting in the sentence before
        ("Kelvor Corp raised its quarterly dividend to 20 cts a share. It said earnings would rise this year.",
         ["Kelvor Corp"]),
        ("Kelvor Corp &lt;KLV> raised its quarterly dividend to 20 cts a share. It also said earnings would rise.",
         ["Kelvor Corp"]),
        # a body named with 'The'
        ("The Finance Ministry raised its lending rates on Monday. It said inflation was running too high.",
         ["Finance Ministry"]),
        # a country acting: its government
        ("Brazil suspended interest payments on its foreign debt. It said the move was only temporary.",
         ["Brazil"]),
        # reported speech whose speaker the other rules did not read: the subject before 'said'
        ("(Kelvor Corp) said it plans to merge with a unit of Dalton Corp for cash. It added that Dalton holders "
         "will get 10 dlrs a share.", ["Kelvor Corp"]),
        ("&lt;Kelvor Co>, a maker of toys, said it filed suit against Dalton Corp in Ohio. It said the claim was "
         "large.", ["Kelvor Co"]),
    ],
)
def test_it_speaks_for_the_subject_before(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == expected
    assert _it_statements(run, body)


def test_it_continues_the_body_that_spoke(run) -> None:  # type: ignore[no-untyped-def]
    body = ("The grain board of Ruritania said exports fell in May, the Wellmark Grain Council said. "
            "It said buyers were waiting for lower prices.")
    assert _it_statements(run, body) == ["Wellmark Grain Council"]


def test_it_shares_the_company_said_speaker(run) -> None:  # type: ignore[no-untyped-def]
    # 'The company said ... It said ...': the same company, not the last company named (Dalton)
    body = ("Kelvor Corp said it sold its lighting unit to Dalton Corp of Ohio for cash. The company said it will "
            "use the proceeds to cut debt. It said it will keep a seat on the unit's board.")
    assert _it_statements(run, body) == ["Kelvor Corp"]
    assert _speakers(run, body) == ["Kelvor Corp"]


@pytest.mark.parametrize(
    "body",
    [
        # a person is the subject before
        "John Marlow, chairman of Kelvor Corp, resigned on Friday. It said earnings would rise this year.",
        # the body is only an object
        "Shareholders approved the sale of the lighting unit to Kelvor Corp. It said the deal would close in May.",
        # a document is the subject
        "The report by the Finance Ministry was published on Monday. It said inflation was too high.",
        "The Kelvor Corp report was published on Monday. It said earnings would rise this year.",
        # a possessor: the unit acts, not its parent
        "Kelvor Corp's Dalton unit raised its dividend to 20 cts. It also said earnings would rise.",
        # a pair
        "Kelvor Corp and Dalton Corp agreed to merge on Monday. It said the deal would close in May.",
        # nothing named
        "Terms of the sale were not disclosed. It said the deal would close in May.",
        # reported speech with an unread speaker ('it said'): its subject is reported on, not speaking
        "Brazil will repay the loans next year, it said. It said the move was temporary.",
    ],
)
def test_it_guards(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == []
