"""English statements (round 54, from the dev-holdout-2 and dev-holdout-3 reviews): an unnamed aide, adviser or
assistant to a named person speaks for nobody named ('an aide to Fisheries Secretary Dana Whitcombe said'); the
person the aide works for does not speak unless the aide gives that person's own stance (named again or referred to:
'the senator would ...'); a short form in angle brackets after a body's name is that body's. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    "body",
    [
        '"The mills are trying to stir this up again," an aide to Fisheries Secretary Dana Whitcombe said.',
        "A close aide to Premier Dana Whitcombe has said the quota dispute will have little effect on the regional vote.",
        "An adviser to the governor Dana Whitcombe said the harbour plan would be put to the council in May.",
    ],
)
def test_round54_aide_is_not_the_principal(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the named person still speaks on her own, and a named aide set off by commas speaks
        ("Fisheries Secretary Dana Whitcombe said the harbour plan would be put to the council in May.",
         ["Dana Whitcombe"]),
        ("Tom Hale, an aide to Fisheries Secretary Dana Whitcombe, said the talks would resume next week.",
         ["Tom Hale"]),
        # what the aide says is the principal's own stance (named again or referred to): the principal speaks
        ("An aide to Senator Dana Whitcombe said the senator would offer the harbour bill next week.",
         ["Dana Whitcombe"]),
        ("Fisheries Secretary Dana Whitcombe does not intend to raise the quota at the meeting, an aide to Whitcombe said.",
         ["Dana Whitcombe"]),
    ],
)
def test_round54_named_speakers_stay(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)


def test_round54_bracketed_short_form_is_the_body(run) -> None:  # type: ignore[no-untyped-def]
    # the short form in angle brackets right after a body's name, used alone later, is the same body
    body = ("Nordholm Landesbank AG &lt;NLB> said it had raised its bond issue to two billion crowns. "
            "NLB said in a statement that demand for the issue had been heavy.")
    assert _speakers(run, body) == ["Nordholm Landesbank AG"]


def test_round54_unbracketed_short_form_stays_apart(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Nordholm Landesbank AG said it had raised its bond issue to two billion crowns. "
            "NLB said in a statement that demand for the issue had been heavy.")
    assert sorted(_speakers(run, body)) == ["NLB", "Nordholm Landesbank AG"]
