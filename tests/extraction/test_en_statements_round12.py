"""English statement speakers (round 12, recall on unseen wire text): bodies named by their acronym's spelling,
'the Bank of X' / 'the Ministry of X', legal-form and newspaper tails, outlets named after their kind, spokesmen
for a body, and clause-final attributions with a title or a possessive before the name; sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # capitalised words whose initials spell the acronym in brackets after them are one body
        ("Cocoa output fell in March, the Cocoa Registration and Licensing Authority (CRLA) said.",
         ["Cocoa Registration and Licensing Authority"]),
        ("Growth will slow this year, the Economist Intelligence Unit (EIU) said.", ["Economist Intelligence Unit"]),
        ("The Presidential Commission on Fair Trade (PCFT) said it would act. PCFT said more.",
         ["Presidential Commission on Fair Trade"]),
        # ... not when the initials do not spell it
        ("Cocoa output fell in March, the Cocoa Registration and Licensing Board (XYZ) said.", []),
        # 'the Bank of X', 'the Ministry of X': a body's name, not the anaphor 'the bank' / 'the ministry'
        ("The Bank of Ruritania said it sold bonds worth two billion crowns.", ["Bank of Ruritania"]),
        ("The rice crop rose this year, the Ministry of Agriculture said.", ["Ministry of Agriculture"]),
        ("Acme Bank said profits rose. The bank said it would pay a dividend.", ["Acme Bank"]),
        # legal forms and newspapers keep their names (and a leading place)
        ("Trelleborg AB said it was taking a larger stake in the mine.", ["Trelleborg AB"]),
        ("Standard Pacific LP said it has acquired the assets.", ["Standard Pacific LP"]),
        ("Gamma Mining Oy said it has acquired the assets.", ["Gamma Mining Oy"]),
        ("The prosecutor is expected to act soon, the New York Times reported.", ["New York Times"]),
        ("The prosecutor is expected to act soon, the Denver Post said.", ["Denver Post"]),
        ("People can now open accounts, the China Daily said.", ["China Daily"]),
        # an outlet named after its kind
        ("Ruritania is to devalue its currency, the official news agency RNA said.", ["RNA"]),
        ("The daily Borlanda reported that talks had failed.", ["Borlanda"]),
        # a spokesman for a body: the body speaks
        ("Talks will resume in May, a spokesman for the Acme Trade Council said.", ["Acme Trade Council"]),
        ("A spokeswoman for Acme Corp said talks will resume in May.", ["Acme Corp"]),
        ("Acme Corp's spokesman said talks will resume in May.", ["Acme Corp"]),
        ("Talks will resume in May, a spokesman said.", []),
        # a capitalised word before 'spokesman' is a name's, not an adjective of a place's officials
        ("A New York Life spokesman said the commitment is expected to grow.", []),
        ("Japanese senior officials said the talks failed.", ["Japan officials"]),
        # clause-final attribution: a possessive or a title between the comma and the name
        ("Prices rose 1.7 pct in March, the government's National Statistics Institute said.",
         ["National Statistics Institute"]),
        ("Prices rose 1.7 pct in March, Chile's National Statistics Institute said.",
         ["National Statistics Institute"]),
        ("Ruritania sold sugar to Japan, Trade Minister John Kerrin said.", ["John Kerrin"]),
        ("Ruritania sold sugar to Japan, Queensland Primary Industries Minister John Kerrin said.", ["John Kerrin"]),
        ("The talks failed last week, the two sides said.", []),
    ],
)
def test_round12_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected


def test_round12_acronym_names_the_known_body(run) -> None:  # type: ignore[no-untyped-def]
    # the long form of a known body's acronym is that body
    x = run("Borrowing rose in March, the Organisation for Economic Cooperation and Development (OECD) said."
            " It was not clear what would happen next, and there was no word from the other side.")
    ents = [e for e in x.entities if e.type == "ORG"]
    assert len(ents) == 1 and ents[0].id is not None
