"""English statement speakers (round 9): a named person after an employer's name and a role word, company names
joined by 'and', hyphenated company names' short forms; sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a role word that is also an unnamed-source word ('economist', 'analyst') is the named person's title
        ("The rate is low, economist Jane Roe said.", ["Jane Roe"]),
        ("Acme Bank economist Jane Roe said prices will fall.", ["Jane Roe"]),
        # ... also after the employer's name, in a clause-final attribution
        ("Rates will stay low for months, Acme Bank economist Jane Roe said.", ["Jane Roe"]),
        # 'said <employer> <role> <name>': the holder speaks, not the employer
        ("Prices will fall, said Acme Bank chief economist Jane Roe.", ["Jane Roe"]),
        ("Prices will fall, said Treasury Secretary John Doe.", ["John Doe"]),
        ("Prices will fall, said Acme Bank Chief Economist Jane Roe.", ["Jane Roe"]),
        # ... but an unnamed economist of a body gives no speaker, and a body alone still speaks
        ("An economist at Acme Bank said prices will fall.", []),
        ("Prices will fall, said Acme Bank, which employs economist Jane Roe.", ["Acme Bank"]),
        # a company name joined by 'and' after a line-of-business noun is one name
        ("Rochester Gas and Electric Co said it expects costs to rise.", ["Rochester Gas and Electric Co"]),
        ("The Food and Drug Administration said it approved the drug.", ["Food and Drug Administration"]),
        ("Western Federal Savings and Loan Association said it was told of the sale.",
         ["Western Federal Savings and Loan Association"]),
        ("Hudson Mining and Smelting Co Ltd said it cut prices.", ["Hudson Mining and Smelting Co Ltd"]),
        ("The Savings and Loan Association of Westfield said it agreed to the merger.",
         ["Savings and Loan Association of Westfield"]),
        # a body named '... Organization' is a body; its officials speak for it; 'the bank' is the bank named before
        ("Talks will resume today, Global Cocoa Organization officials said.", ["Global Cocoa Organization"]),
        ("Yields on paper issued by the Acme Central Bank were unchanged, the bank said.", ["Acme Central Bank"]),
        # ... and its short form with the place is that company
        ("Rochester Gas and Electric Co said it expects costs to rise. Rochester Gas said the plant would close.",
         ["Rochester Gas and Electric Co"]),
        # ... but two companies joined by 'and' stay two
        ("Acme Corp and Beta Power Inc said they would merge.", ["Acme Corp", "Beta Power Inc"]),
        # a capitalised group noun inside a company's name belongs to it
        ("Moody's Investors Service Inc said it lowered the ratings.", ["Moody's Investors Service Inc"]),
        # 'X did Y, saying ...': the subject that opens the sentence speaks; 'quoted X as saying': X speaks
        ("Acme Corp cut its dividend, saying earnings fell sharply last year.", ["Acme Corp"]),
        ("Delta Lynch and Co Inc dismissed a manager today, saying he could not explain the trades.",
         ["Delta Lynch and Co Inc"]),
        ("The radio quoted Trade Minister Jane Roe as saying the country will export more grain.", ["Jane Roe"]),
        ("Shares of Acme Corp fell sharply, saying more about the market than the firm.", []),
        # "X's statement said": X speaks
        ("Acme Corp's statement said the firm would cooperate fully with the authorities.", ["Acme Corp"]),
        # a spokesman or officials of a body named by its head word, or of the body that opens the sentence
        ("Acme Corp plans a share offering soon, company officials said.", ["Acme Corp"]),
        ("The Finance Ministry sold 500 billion yen of bills, a spokesman said.", ["Finance Ministry"]),
        ("Acme Corp sold bills. Later, bankers and company officials said the plan was a huge success.", []),
        ("The Acme News Agency said capital rose. A bank spokesman said the capital would help it grow.",
         ["Acme News Agency"]),
        ("Jane Roe sold the shares last week, a spokesman said.", []),
        # a hyphenated company name's first part is its short form
        ("Acme-Beta Systems Inc said it will sell a division. Acme said sales rose.", ["Acme-Beta Systems Inc"]),
    ],
)
def test_round9_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected
