"""English names the entity stage built wrong (round 57): a person's name with a lower-case particle whose parts are
cities, a company's partners' names before 'and Co' (also in Reuters' markup), capitalised words before a lower-case
'group' and the legal form, 'of <country>' after a legal form, and "<title>'s Office" as one body.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD, WIRE_PUBLISHED
from tests.extraction.conftest import wire_speakers as _speakers


def _entities(run, body: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    x = run(body + WIRE_PAD, published=WIRE_PUBLISHED)
    return {(e.type, e.name) for e in x.entities}


def _pronoun_speakers(run, body: str, lead: str) -> list[str]:  # type: ignore[no-untyped-def]
    x = run(body + WIRE_PAD, published=WIRE_PUBLISHED)
    return [e.speaker.name for e in x.events
            if e.type == "statement" and e.evidence[0].sentence.startswith(lead)]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The dockers' spokesman, Orlando dos Santos, told reporters the port was shut.", "Orlando dos Santos"),
        ("Union leader Lincoln da Costa said the ports would stay closed until Friday.", "Lincoln da Costa"),
    ],
)
def test_particle_name_of_cities_is_a_person(run, body: str, name: str) -> None:  # type: ignore[no-untyped-def]
    ents = _entities(run, body)
    assert ("PERSON", name) in ents
    assert not any(t == "GPE" and n in name for t, n in ents)


def test_particle_name_pronoun_goes_to_the_person(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Governor Paulo Brandt's cabinet met on Monday. The dockers' spokesman, Orlando dos Santos, told "
            "reporters the port was shut. He said the men would not go back.")
    assert _pronoun_speakers(run, body, "He said") == ["Orlando dos Santos"]


def test_cities_stay_places_without_particle(run) -> None:  # type: ignore[no-untyped-def]
    ents = _entities(run, "Prices fell in Santos and Orlando last week, traders said.")
    assert {("GPE", "Santos"), ("GPE", "Orlando")} <= ents


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("&lt;Fenwick Lyle Barrow and Co> said it now holds 62 pct of the shares. The company said it would "
         "merge the two firms.", "Fenwick Lyle Barrow and Co"),
        ("Dorrance Webb Ashford and Co said it now holds 62 pct of the shares. The company said it would merge "
         "the two firms.", "Dorrance Webb Ashford and Co"),
        ("Halvern Pumping group Inc said it now holds 62 pct of the shares. The company said it would merge the "
         "two firms.", "Halvern Pumping group Inc"),
    ],
)
def test_firm_name_before_a_lone_legal_form(run, body: str, name: str) -> None:  # type: ignore[no-untyped-def]
    ents = _entities(run, body)
    assert ("ORG", name) in ents
    assert not any(n in ("Co", "Inc") for _, n in ents)
    assert _pronoun_speakers(run, body, "The company") == [name]


def test_firm_of_country_is_where_it_is(run) -> None:  # type: ignore[no-untyped-def]
    body = "Tarvold Corp of New Zealand said it would go ahead with its offer for the units."
    assert _speakers(run, body) == ["Tarvold Corp"]


def test_firm_of_america_keeps_its_name(run) -> None:  # type: ignore[no-untyped-def]
    body = "Glenmark Data Corp of America said it would go ahead with its offer for the units."
    assert _speakers(run, body) == ["Glenmark Data Corp of America"]


def test_title_office_is_a_body(run) -> None:  # type: ignore[no-untyped-def]
    body = ("No request has been made to widen the scheme, officials at the U.S. Trade Representative's Office "
            "said on Tuesday.")
    assert _speakers(run, body) == ["U.S. Trade Representative's Office"]
