"""English statement speakers in wire phrasings (round 8): company names with a leading place, 'X of Y said',
possessive employer forms; sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a company's (or an exchange's) name keeps a leading place noun
        ("Georgia Power Co said the budget for the plant rose.", ["Georgia Power Co"]),
        ("A Norfolk Southern Corp spokesman said the company had no comment on the offer.", ["Norfolk Southern Corp"]),
        ("France Fund Inc said its board declared a dividend.", ["France Fund Inc"]),
        ("The New York Stock Exchange said the company had no comment on its stock.", ["New York Stock Exchange"]),
        # ... but a body of a government drops its country, and a possessive country is no part of a name
        ("The Japanese Finance Ministry said it would act soon.", ["Japanese Finance Ministry"]),  # round 17b: the demonym before generic words stays
        ("Japan's Mitsubishi Corp said profits would rise.", ["Mitsubishi Corp"]),
        # 'X of Y said': the person speaks, the company only employs them
        ('"The economy is weak," said Jane Roe of Acme Securities Inc. "It will improve."', ["Jane Roe"]),
        ("Jane Roe of Acme Securities Inc said the market would fall.", ["Jane Roe"]),
        ("The market would fall, Jane Roe of Montgomery Securities said.", ["Jane Roe"]),
        # ... but a company named after a place keeps its 'of'
        ("Range Rover of North America Inc, a subsidiary of a British group, said it would sell cars.",
         ["Range Rover of North America Inc"]),
        ("Municipal Assistance Corp of New York said it would sell bonds.", ["Municipal Assistance Corp of New York"]),
        # a person met earlier, named later with the employer's possessive, is that person
        ('Jane Roe of Acme Resources Inc said sales fell. "Spending is weak," Acme Resources\' Roe said.',
         ["Jane Roe"]),
        ('Acme Corp chairman John Doe said sales fell. "Spending is weak," Acme\'s Doe said.', ["John Doe"]),
        # a parent company's possessive is no part of its unit's name
        ("Delta Inc's Gamma Airlines said it would add flights.", ["Gamma Airlines"]),
        # the first word after the place stands for the company later on
        ("Irvine Sensors Corp said it sold units. The units were sold at two dlrs each, Irvine Sensors said.",
         ["Irvine Sensors Corp"]),
    ],
)
def test_company_and_employee_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a clause-final speaker set off by a role appositive that closes on the verb of saying
        ("A decision by Chile to open registrations does not mean heavy sales, Juan Perez, president of the "
         "growers' association, told Reuters.", ["Juan Perez"]),
        # ', the <nationality> <body> said/reported.': the clause before is the utterance
        ("Copper stocks fell to 109,200 tons at the end of January, the American Bureau of Metal Statistics reported.",
         ["Bureau of Metal Statistics"]),
        # ... but no nationality word without an article ('..., American Acme said' is a company's short name)
        ("Acme Holdings Corp said sales fell. Sales for the month were off 61 pct to 2,501 units, American Acme said.",
         ["Acme Holdings Corp"]),
        # a city's radio speaks; the service that monitored the broadcast does not
        ("The leader warned the nation against dissent and discord, Baghdad radio said. A report, monitored by the "
         "Acme Broadcasting Corporation, said he spoke to army chiefs.", ["Baghdad radio"]),
        # ... while a group's leader speaks for it
        ("The group, led by Acme Shares Corp, said it sold 110,000 common shares of the company last week.",
         ["Acme Shares Corp"]),
    ],
)
def test_clause_final_and_appositive_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 'X of <country> said': the company of that country speaks, not the country
        ("Philips of the Netherlands has said it will launch its new player on the world market later this year.",
         ["Philips"]),
        ("Finance Minister Kiichi Miyazawa of Japan said the yen was stable.", ["Kiichi Miyazawa"]),
        # a name after 'said' followed by a finite verb opens the reported clause: no speaker there
        ("The paper, which tracks industry production, said Ford plans to build 485,000 cars in the second quarter.",
         []),
        ("The plan is sound, said John Doe, the chairman.", ["John Doe"]),
        # a capitalised common noun at the start of a sentence is no name
        ("Aides said timing will depend on budget discussions.", []),
        ("Secretary Richard Lyng does not intend to discuss the plan at the meeting, an aide to Lyng said.",
         ["Richard Lyng"]),
        # 'informed' as a verb of saying, not as an adjective, and not inside someone else's reported clause
        ("Chile informed the 37 banks in the loan syndicate last September it could not meet the repayments.",
         ["Chile"]),
        ("Well informed sources said the plan would fail.", []),
        # names in Reuters' company markup joined by 'and' speak together; one after a preposition does not
        ("Dixie Yarns Inc and &lt;Acme Inc> jointly said they signed a merger agreement.", ["Acme Inc", "Dixie Yarns Inc"]),
        ("Acme Co agreed to sell the unit to &lt;Delta Holdings PLC> and Acme Co said it expects a gain.", ["Acme Co"]),
        ("British Aerospace Plc &lt;BAEL.L> said it signed a merger agreement.", ["British Aerospace Plc"]),
    ],
)
def test_subjects_and_objects_of_saying(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected
