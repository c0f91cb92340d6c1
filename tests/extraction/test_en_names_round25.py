"""English statement recall (round 25): a city's name that is a titled person's surname ('chairman Marvin Dallas'),
and 'It said' across one sentence that names nothing ('Acme Corp said ... Terms were not disclosed. It said ...').
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD, WIRE_PUBLISHED
from tests.extraction.conftest import wire_speakers as _speakers


def _it_statements(run, body: str) -> list[str]:  # type: ignore[no-untyped-def]
    x = run(body + WIRE_PAD, published=WIRE_PUBLISHED)
    return [e.speaker.name for e in x.events
            if e.type == "statement" and e.evidence[0].sentence.startswith("It ")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Profits will rise next year, chairman Marvin Dallas told reporters on Monday.", ["Marvin Dallas"]),
        ("Sales rose sharply in the quarter, chief executive Kevin Houston said.", ["Kevin Houston"]),
        ("The group will grow by buying smaller firms, chairman elect Graham Lincoln told analysts.",
         ["Graham Lincoln"]),
    ],
)
def test_city_surname_after_title(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected


def test_city_surname_later_alone(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Costs will fall this year, chief executive Kevin Houston said on Monday. "
            "The plant opens in May. Houston said the new line would add 300 jobs.")
    assert _speakers(run, body) == ["Kevin Houston"]


def test_city_stays_a_place(run) -> None:  # type: ignore[no-untyped-def]
    body = "The mayor of Dallas said the new plant in Houston would open in May."
    assert "Kevin Houston" not in _speakers(run, body)
    x = run(body + WIRE_PAD, published=WIRE_PUBLISHED)
    assert {e.name for e in x.entities if e.type == "GPE"} >= {"Dallas", "Houston"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kelvor Corp said it bought the lighting unit of a rival for cash. Terms of the sale were not disclosed. "
         "It said the unit had sales of 20 mln dlrs last year.", ["Kelvor Corp"]),
        ("Grain exports fell 12 pct in May, the Wellmark Grain Council said. It gave no figures for June. "
         "It said buyers were waiting for lower prices.", ["Wellmark Grain Council"]),
    ],
)
def test_it_across_a_sentence_naming_nothing(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _it_statements(run, body) == expected


def test_it_across_two_sentences_naming_nothing(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Kelvor Corp said it bought the lighting unit of a rival for cash. Terms of the sale were not "
            "disclosed. The deal is expected to close soon. It said the unit had sales of 20 mln dlrs.")
    assert _it_statements(run, body) == ["Kelvor Corp"]


def test_it_not_across_three_sentences_naming_nothing(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Kelvor Corp said it bought the lighting unit of a rival for cash. Terms of the sale were not "
            "disclosed. The deal is expected to close soon. The unit makes lamps. "
            "It said the unit had sales of 20 mln dlrs.")
    assert _it_statements(run, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Heavy snow will fall across the plains on Friday, the National Weather Service said.",
         ["National Weather Service"]),
        ("The barge ran aground near the bridge, a Coast Guard spokesman said.", ["Coast Guard"]),
        ("Farm price supports should be phased out, the Heritage Foundation said in a paper.",
         ["Heritage Foundation"]),
        ("Sales of lottery tickets rose 4 pct last year, the Kelvor Charity League said.",
         ["Kelvor Charity League"]),
    ],
)
def test_body_closing_words(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected


def test_the_head_word_alone_is_the_body_named_before(run) -> None:  # type: ignore[no-untyped-def]
    body = ("The Kelvor Textile Federation asked the central bank to hold the exchange rate. "
            "The Federation said exports fell 12 pct in May.")
    assert _speakers(run, body) == ["Kelvor Textile Federation"]


def test_the_head_word_alone_stays_when_two_bodies_share_it(run) -> None:  # type: ignore[no-untyped-def]
    body = ("The Kelvor Textile Federation and the Dalton Farm Federation met on Monday. "
            "The Federation said exports fell 12 pct in May.")
    assert "Kelvor Textile Federation" not in _speakers(run, body)


def test_short_company_name_is_no_person(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Q Mart Corp said February sales rose 13 pct. Q Mart said comparable store sales rose 8 pct from a "
            "year ago. It said the year-ago figures excluded sales of closed stores.")
    assert _speakers(run, body) == ["Q Mart Corp"]
    assert _it_statements(run, body) == ["Q Mart Corp"]


def test_person_named_before_the_eponymous_company(run) -> None:  # type: ignore[no-untyped-def]
    body = "Sales rose 4 pct, Jonas Kelvor said on Monday. Jonas Kelvor Inc makes toys in Ohio."
    assert _speakers(run, body) == ["Jonas Kelvor"]


def test_trade_paper_named(run) -> None:  # type: ignore[no-untyped-def]
    body = "Car output will rise 5 pct in the quarter, the trade paper Kelvor's Automotive Reports said."
    assert _speakers(run, body) == ["Kelvor's Automotive Reports"]


@pytest.mark.parametrize(
    "body",
    [
        "Tanker movements fell 12 pct in February, London shipbroker Jonas Kelvor said.",
        "Beet plantings will stay at 7.2 mln hectares this year, Bonn statistician Jonas Kelvor said.",
    ],
)
def test_place_and_role_words_before_the_speaker(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == ["Jonas Kelvor"]
