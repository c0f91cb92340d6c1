"""English statement speakers (round 11): the unit rather than its parent, the person rather than the employer
named in an appositive, stance verbs and accounting verbs inside another speaker's report; sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 'the <Name> unit of <Parent> said': the unit speaks
        ("The Beta Airlines unit of Acme Air Corp said its load factor fell.", ["Beta Airlines"]),
        ("The Beta Systems division of Acme Corp said its sales rose.", ["Beta Systems"]),
        # 'X, spokesperson for <Employer>, said': X speaks (also when X's surname is a place name)
        ("Pat Henderson, spokesperson for the Minneapolis Grain Exchange, said the exchange expects approval.",
         ["Pat Henderson"]),
        ("Jane Roe, spokeswoman for Acme Corp, said the firm expects approval.", ["Jane Roe"]),
        # '<Unit>, 75 pct owned by <Parent>, said': the unit speaks, also in angle brackets
        ("&lt;Beta Avionics GmbH>, 75 pct owned by &lt;Acme Instruments AG>, said it set up a joint venture.",
         ["Beta Avionics GmbH"]),
        ("Beta Avionics GmbH, a unit of Acme Instruments AG, said it set up a joint venture.", ["Beta Avionics GmbH"]),
        # ... but a parent described by its unit is still the parent
        ("Acme Corp, the parent of Beta Inc, said sales rose.", ["Acme Corp"]),
        # 'wrote off' / 'wrote down' is an accounting act, not an utterance
        ("Acme Bank chairman John Doe said the bank wrote off large debts in 1985.", ["John Doe"]),
        ("John Doe wrote that the plan would fail.", ["John Doe"]),
        # a stance verb inside a clause another named speaker's attribution closes is part of that report
        ("Ruritania agreed in principle on a rescheduling of its debt, the Ruritanian Information Office said.",
         ["Ruritanian Information Office"]),
        ("Its agreements with Beta are binding and Beta indicated it will not rescind them, Acme Corp said.",
         ["Acme Corp"]),
        # ... but stays the subject's own when no named speaker closes the sentence, or when it stands alone
        ("Committee chairman William Gray agreed it was another option, an aide said.", ["William Gray"]),
        ("Ruritania agreed that the debt should be rescheduled.", ["Ruritania"]),
        ("Acme Corp estimated sales would rise 10 pct.", ["Acme Corp"]),
        # 'the company' does not point back to a public body named since; 'the department' needs a department
        ("Acme Corp said it filed papers. It filed them with the Federal Trade Commission. "
         "The company said it expects a price of 20 dlrs.", ["Acme Corp"]),
        ("Acme Corp sold shares to Beta Inc. In addition, the department said the judge recommended more service.",
         []),
        ("The Transportation Department approved the merger. In addition, the department said the judge "
         "recommended more service.", ["Transportation Department"]),
    ],
)
def test_round11_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected
