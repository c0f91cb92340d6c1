"""English bodies that speak (round 59): a body named by 'the' and a few words right after a quotation, an acronym
that is also a city's name spelling a body named before, a body's document ('the Treasury brief said'), a body's
capitalised head word standing alone after its full name ('the Board said'); sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD, WIRE_PUBLISHED
from tests.extraction.conftest import wire_speakers as _speakers


def _said(run, body: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    x = run(body + WIRE_PAD, published=WIRE_PUBLISHED)
    return sorted((e.speaker.name, e.quote[:20]) for e in x.events if e.type == "statement")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # '"...," the <body> said' after a quotation: the body speaks
        ('Growth is slow. "This is not a crash but a slide," the Acme Research Unit said.', ["Acme Research Unit"]),
        ('Growth is slow. "We will act if the slide goes on," the Treasury said.', ["Treasury"]),
        # ... by its acronym, given in brackets before
        ('The Acme Research Unit (ARU) met in Rome. "This is not a crash but a slide," the ARU said.',
         ["Acme Research Unit"]),
        # ... or by 'the company' after a company named before
        ('Acme Corp closed two plants in March. "We regret the loss of these jobs," the company said.', ["Acme Corp"]),
        # ... but an unnamed source after a quotation still gives nothing
        ('Growth is slow. "This is not a crash but a slide," the analyst said.', []),
        # an acronym that is also a city's name ('Aba') spelling a body named before is that body
        ("The American Bankers Association met in Chicago. Bank profits fell 12 pct last year, the ABA said.",
         ["American Bankers Association"]),
        # a body's document speaks for the body
        ('The Treasury proposed new import rules. "Domestic mills could be injured by the ban," the Treasury brief said.',
         ["Treasury"]),
        ("The Treasury proposed new import rules. Domestic mills could be injured by the ban, the Treasury brief said.",
         ["Treasury"]),
        # a body's capitalised head word standing alone is the body named before with that head
        ("The Acme Wheat Board sold grain to a buyer. Board officials said prices were firm.", ["Acme Wheat Board"]),
        ("The Federal Reserve Board approved the merger. The Board said the merger would not hurt competition.",
         ["Federal Reserve Board"]),
        ("The Ministry of Finance cut the rate. A Ministry statement said the rate would stay low for a year.",
         ["Ministry of Finance"]),
    ],
)
def test_bodies_round59(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected


def test_acronym_after_quote_is_its_own_utterance(run) -> None:  # type: ignore[no-untyped-def]
    body = ('The Acme Research Unit (ARU) said growth would slow. "This is not a crash but a slide," the ARU said. '
            "Prices will rise, the ARU said on Monday.")
    quotes = [q for name, q in _said(run, body) if name == "Acme Research Unit"]
    assert len(quotes) == 3 and "This is not a crash " in quotes


def test_head_word_of_international_body_stays(run) -> None:  # type: ignore[no-untyped-def]
    # the EC Commission's bare 'Commission' does not become the Community named before
    body = "The European Community Commission set new quotas in March. The Commission said prices would stay firm."
    assert "European Community" not in _speakers(run, body)
