"""English statement recall (round 25): a bare 'the central bank' with no bank named before, 'parliamentary
officials' with no country, a hyphenated bare name before a stock ticker, a '-based' place before a body's name,
a firm after its trade's word ('a spokesman for brokers X'), 'the official <agency>', a straight quote keyed for an
apostrophe ('Norland"s'), Portuguese 'dos'/'das' inside a name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD, WIRE_PUBLISHED
from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Peru's gold reserves rose to 900 mln dlrs at the end of May, the central bank said.",
         ["Peru central bank"]),
        ("Peru's mines produced 90 tonnes of silver in April, the Mining Ministry said. Exports rose 12 pct in "
         "the period, according to the central bank.", ["Mining Ministry", "Peru central bank"]),
        # A country whose central bank the knowledge base holds: that bank, with its name and id.
        ("Japan's money supply grew 8.9 pct in February from a year earlier, the central bank said.",
         ["Bank of Japan"]),
    ],
)
def test_central_bank_of_the_country(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected


def test_central_bank_named_before_wins(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Peru's reserves rose in May, the Central Reserve Bank of Peru said. The central bank said it had "
            "bought dollars on the open market.")
    assert _speakers(run, body) == ["Central Reserve Bank of Peru"]


def test_parliamentary_officials_of_the_country(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Norway's ruling party moved to push the budget through parliament. The vote is set for May 12, "
            "parliamentary officials said.")
    assert _speakers(run, body) == ["Norway officials"]


def test_hyphenated_name_before_ticker(run) -> None:  # type: ignore[no-untyped-def]
    body = "Dutch chemicals group Velder-Kamp &lt;VELK.AS> said it will raise its capital by 300 mln guilders."
    assert _speakers(run, body) == ["Velder-Kamp"]


def test_based_place_before_body(run) -> None:  # type: ignore[no-untyped-def]
    body = "Oil ministers ended a two-day meeting on Monday, the Oslo-based Nordic Energy Agency (NEA) said."
    assert _speakers(run, body) == ["Nordic Energy Agency"]


def test_spokesman_for_firm_after_trade_word(run) -> None:  # type: ignore[no-untyped-def]
    body = "The 20 pct stake was placed with 40 investors, a spokesman for brokers Harold Penney said."
    assert _speakers(run, body) == ["Harold Penney"]


def test_official_agency_is_the_agency(run) -> None:  # type: ignore[no-untyped-def]
    body = "Japan will lend China 260 mln dlrs to build new roads, the official New China News Agency reported."
    assert _speakers(run, body) == ["New China News Agency"]


def test_straight_quote_for_apostrophe(run) -> None:  # type: ignore[no-untyped-def]
    body = 'Norway"s farm output will grow two pct in 1987, the U.S. Embassy said in a report.'
    assert _speakers(run, body) == ["U.S. Embassy"]


def test_portuguese_particle_in_name(run) -> None:  # type: ignore[no-untyped-def]
    body = "The dockers will stay out until their pay is raised, union leader Marcos dos Ramos told reporters."
    x = run(body + WIRE_PAD, published=WIRE_PUBLISHED)
    assert any(e.name == "Marcos dos Ramos" for e in x.entities)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hartley, Morrow and Co said it had bought 9.5 pct of Velder Corp's common shares.",
         ["Hartley, Morrow and Co"]),
        ("Profits rose in the quarter. Pelham Ward Brothers and Co said it had bought 9.5 pct of the shares.",
         ["Pelham Ward Brothers and Co"]),
    ],
)
def test_partners_and_co(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected


def test_partners_and_co_inside_a_clause(run) -> None:  # type: ignore[no-untyped-def]
    body = "Acme Fund, whose managing partner is Alan B. Pelham and Co, said it bought 9.5 pct of the shares."
    assert "Pelham and Co" not in _speakers(run, body)
