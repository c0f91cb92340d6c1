"""English statement recall (round 26): a word hard-wrapped at its hyphen ('vice-' / 'president') is one word, and
'Partnership' closes a firm's name like 'Partners'. Sentences written for these tests."""

from __future__ import annotations

import pytest

from streamer.extraction.clean import clean
from tests.extraction.conftest import wire_speakers as _speakers


def test_line_broken_at_hyphen_joins() -> None:
    body = "Sales abroad will double this year, James Cole, vice-\npresident of Acme Overseas Trading Corporation said."
    assert "vice-president of Acme" in clean(body, is_html=False, boilerplate_line=(), boilerplate_cut=()).text


def test_indented_line_after_hyphen_starts_paragraph() -> None:
    assert "\n\n" in clean("Exports rose 10 pct in the year to-\n    Imports fell five pct.", is_html=False,
                           boilerplate_line=(), boilerplate_cut=()).text


def test_title_broken_at_hyphen_keeps_speaker(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Acme Motors hopes to sell 4,000 cars in Europe this year, a three-fold rise, James Cole, vice-\n"
            "president of its overseas sales unit said.")
    assert _speakers(run, body) == ["James Cole"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hillcrest Oil and Gas Partnership said it sold its interest in two fields to a Texas investor.",
         ["Hillcrest Oil and Gas Partnership"]),
        ("Bayview Hotels Limited Partnership said it filed for an offering of two mln units.",
         ["Bayview Hotels Limited Partnership"]),
    ],
)
def test_partnership_closes_firm_name(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Wholesale prices fell 2.1 pct in March, the Federal Office of Mining, Forestry and Tourism said.",
         ["Federal Office of Mining, Forestry and Tourism"]),
        ("Stocks rose to 400,000 tonnes, the Marketing Board for Cocoa, Coffee and Spices said.",
         ["Marketing Board for Cocoa, Coffee and Spices"]),
        ("Hearings will start in May, the Senate Finance Subcommittee on Taxation, Debt and Pensions said.",
         ["Senate Finance Subcommittee on Taxation, Debt and Pensions"]),
    ],
)
def test_body_named_after_portfolio_list(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected


def test_places_in_the_list_stay_places(run) -> None:  # type: ignore[no-untyped-def]
    body = "Rates will stay low, the Ministry of Finance, Paris and London said."
    assert "Ministry of Finance, Paris and London" not in _speakers(run, body)


def test_person_of_two_partner_firm_speaks(run) -> None:  # type: ignore[no-untyped-def]
    body = "Analyst Laura Kemp of Hartley and Norris said the merger would cut costs by 20 pct."
    assert _speakers(run, body) == ["Laura Kemp"]


def test_office_of_two_portfolios_is_no_firm(run) -> None:  # type: ignore[no-untyped-def]
    body = "Prices fell four pct, the Office of Mining and Forestry said."
    assert "Mining and Forestry" not in _speakers(run, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tarvik Mining (Ontario) Ltd said its mill will reopen in May after a three-month strike.",
         ["Tarvik Mining (Ontario) Ltd"]),
        ("Harwood Equity (Pacific) Ltd, a Singapore investment firm, said it raised its stake to 12 pct.",
         ["Harwood Equity (Pacific) Ltd"]),
    ],
)
def test_region_in_brackets_inside_firm_name(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected
