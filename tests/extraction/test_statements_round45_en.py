"""English statements (round 45, from the dev-holdout-4 review): a possessive after a bracketed acronym's body, a
head word's spokesman, statistics credited to a body whose name holds a title word, a unit's name after its
parent's possessive coordinated with another firm, a firm's city, 'the union', company officials of a known firm,
and wrapped lines that open with the agency's name; sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a possessive after the body's name is no part of it; a demonym inside the name keeps the body speaking
        ("The Canadian Grain Marketing Council's (CGMC) barley sales are running ahead of target, CGMC general "
         "manager Hugh Tallis said. Shipments to Peru have started, a CGMC spokesman said.",
         ["Canadian Grain Marketing Council", "Hugh Tallis"]),
        # 'a/an <Head> spokesman' after exactly one body closing in that head word
        ("Growers planted the Coconut Breeding Institute (CBI) hybrid on 900 hectares. The hybrid resists the blight "
         "better than older palms, an Institute spokesman said.", ["Coconut Breeding Institute"]),
        # ... also when the words before are a quotation
        ('Growers planted the Coconut Breeding Institute (CBI) hybrid on 900 hectares. "The hybrid resists the '
         'blight better than older palms," an Institute spokesman said.', ["Coconut Breeding Institute"]),
        ('The peso fell again. "We see no need to act on the exchange rate now," a Bank of Canada official '
         'said.', ["Bank of Canada"]),
        # a unit named after its parent's possessive and before 'subsidiary', joined by 'and' to a second firm;
        # 'of <city>' after a partnership the article goes on to name without it
        ("Calder Group Plc's Calder Data Systems Inc subsidiary and Harbor Lending Partnership of Baltimore said "
         "they will offer a joint mortgage service. Harbor Lending Partnership will run the sales side.",
         ["Calder Data Systems Inc", "Harbor Lending Partnership"]),
        # 'the union said' is the one union named before
        ("Dock workers will stop work on Monday, Atlantic Dockers Union official Paul Verhoef said. The employers "
         "want longer shifts, a change which the union said would cost 300 jobs.",
         ["Atlantic Dockers Union", "Paul Verhoef"]),
        # 'company officials' of a known company named with its legal form
        ("American Express Co would not comment on the rumours. At a meeting, company officials said the stock "
         "was undervalued.", ["American Express Co"]),
    ],
)
def test_round45_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # figures credited to a body whose last word is also a title word are statistics, not speech
        ("Another 300,000 tonnes stayed on farms, according to Bureau of Farm Economics data.", []),
        # a capitalised 'Union' opening a company's name is no 'the union'
        ("The Union Carbide Corp said it will sell its battery unit for 20 mln dlrs.", ["Union Carbide Corp"]),
        # 'union official(s)' stay the group's, not the last union's
        ("Seamen struck today, the Coastal Seamen's Union said. The union officials said 40 ships were idle.",
         ["Coastal Seamen's Union"]),
    ],
)
def test_round45_no_or_other_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)


def test_round45_firm_city_kept_for_another_firm(run) -> None:  # type: ignore[no-untyped-def]
    # 'its subsidiary, X Co of <city>' after the parent 'X Co': the city names another firm, not where X is
    body = ("Mercer Life Insurance Co gave 20 mln dlrs to its subsidiary, Mercer Life Insurance Co of Denver.\n    "
            "Mercer Life Insurance Co of Denver said it would use the funds to pay claims.")
    assert "Mercer Life Insurance Co of Denver" in _speakers(run, body)


def test_round45_wrapped_line_opening_with_agency(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Finance Minister Hugo Brandt told\nReuters that the budget would be balanced by next year.\n"
            "    He gave no details.\n REUTER")
    x = run(body)
    assert "Reuters that the budget" in x.text
    assert "REUTER" not in x.text.replace("Reuters", "")
