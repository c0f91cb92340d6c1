"""English visit recall and precision, round 29: meetings 'of GATT ministers in', audiences and interviews
placed abroad, 'Speaking in Tokyo,' lead clauses, arrival and touring phrasings, an adviser to a state's official,
a conference held 'here' and its foreign speakers; company heads, visits by someone else, 'no plans to visit' and
the official an apposition's subject serves are no trips (own test sentences)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD, WIRE_PUBLISHED, visits, wire_visits


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Australian Trade Minister Michael Grant said at a meeting of GATT ministers in Punta del Este that farm "
         "subsidies must end.", [("Michael Grant", "UY")]),
        ("Swiss Economics Minister Kurt Weber told Japanese businessmen in Tokyo that Japan should cut tariffs on "
         "watches.", [("Kurt Weber", "JP")]),
        ("Swiss Economics Minister Kurt Weber told a group of bankers in Tokyo that Japan should cut tariffs.",
         [("Kurt Weber", "JP")]),
        ("Swiss Economics Minister Kurt Weber said in an interview in Tokyo that Japan should cut tariffs on watches.",
         [("Kurt Weber", "JP")]),
        ("Speaking in Tokyo, Swiss Economics Minister Kurt Weber said Japan should cut tariffs on watches.",
         [("Kurt Weber", "JP")]),
        ("Speaking to reporters in Tokyo, Swiss Economics Minister Kurt Weber said Japan should cut tariffs.",
         [("Kurt Weber", "JP")]),
        ("Swiss Economics Minister Kurt Weber said on arrival in Tokyo that Japan should cut tariffs on watches.",
         [("Kurt Weber", "JP")]),
        ("Swiss Economics Minister Kurt Weber said on his arrival in Tokyo that Japan should cut tariffs.",
         [("Kurt Weber", "JP")]),
        ("Swiss Economics Minister Kurt Weber set out for Tokyo on Sunday to press for lower tariffs on watches.",
         [("Kurt Weber", "JP")]),
        ("Swiss Economics Minister Kurt Weber is touring Japan and South Korea to press for lower tariffs.",
         [("Kurt Weber", "JP"), ("Kurt Weber", "KR")]),
        ("Swiss Economics Minister Kurt Weber attends a meeting of trade ministers in Tokyo this week.",
         [("Kurt Weber", "JP")]),
        ("Swiss Economics Minister Kurt Weber will represent his country at the meeting of trade ministers in Tokyo "
         "next week.", [("Kurt Weber", "JP")]),
        ("U.S. Under-Secretary of State for Economic Affairs Richard Olsen arrived in Tokyo on Sunday for talks on "
         "trade.", [("Richard Olsen", "JP")]),
        ("TOKYO, March 3 - Swedish Foreign Minister Lars Berg paid a courtesy call on Prime Minister Yasuhiro "
         "Nakasone today.", [("Lars Berg", "JP")]),
        ("Swedish Trade Minister Lars Berg flew home from Tokyo on Monday.", [("Lars Berg", "JP")]),
        # an adviser to a state's official is an official; the official he serves does not travel
        ("Hans-Peter Klein, economic adviser to West German Chancellor Helmut Kohl, arrived in Paris on Monday for "
         "talks.", [("Hans-Peter Klein", "FR")]),
    ],
)
def test_en_visit_phrasings_round29(run, body: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert wire_visits(run, body) == expected


def test_en_visit_by_agent_round29(run) -> None:  # type: ignore[no-untyped-def]
    # guard (also right before round 29): a trip noun's official agent after 'by' is the traveler
    body = "The Foreign Ministry said a visit to Tokyo by Swedish Foreign Minister Lars Berg next week would focus on trade."
    assert wire_visits(run, body) == [("Lars Berg", "JP")]
    body = "Swiss Economics Minister Kurt Weber said in a speech in Tokyo that Japan should cut tariffs on watches."
    assert wire_visits(run, body) == [("Kurt Weber", "JP")]


def test_en_dateline_speaker_apposition_round29(run) -> None:  # type: ignore[no-untyped-def]
    # the lead of a story filed from abroad: the speaker set off by one apposition before the verb is there
    body = ("TOKYO, March 3 - Swedish Trade Minister Lars Berg, speaking at a news conference at the end of a "
            "three-day visit, said Japan must import more.")
    assert visits(run(body + WIRE_PAD, published=WIRE_PUBLISHED)) == [("Lars Berg", "JP")]
    body = ("TOKYO, March 3 - Swedish Trade Minister Lars Berg, winding up a three-day visit, said Japan must "
            "import more.")
    assert visits(run(body + WIRE_PAD, published=WIRE_PUBLISHED)) == [("Lars Berg", "JP")]
    # not by telephone, not in a letter, not placed elsewhere
    for body in ("TOKYO, March 3 - Swedish Trade Minister Lars Berg, speaking by telephone from Stockholm, said Japan "
                 "must import more.",
                 "TOKYO, March 3 - Swedish Trade Minister Lars Berg, in remarks broadcast on Swedish radio, said Japan "
                 "must import more.",
                 "TOKYO, March 3 - Swedish Trade Minister Lars Berg, speaking in Stockholm, said Japan must import more."):
        assert visits(run(body + WIRE_PAD, published=WIRE_PUBLISHED)) == []


def test_en_conference_here_speakers_round29(run) -> None:  # type: ignore[no-untyped-def]
    body = ("PARIS, March 3 - Farm ministers and officials called for a reform of world farm trade.\n"
            "Delegates at a conference on world farm markets here said subsidies must be cut.\n"
            "Hans-Peter Klein, agricultural adviser to West German Chancellor Helmut Kohl, agreed the "
            "European Community must heed market constraints.\n"
            "Swedish Agriculture Minister Lars Berg said prices should be set by supply and demand.")
    assert wire_visits(run, body) == [("Hans-Peter Klein", "FR"), ("Lars Berg", "FR")]


@pytest.mark.parametrize(
    "body",
    [
        # a company's president is not an official
        "Toyota Motor Corp president Shoichiro Ito arrived in Washington on Monday for talks with Congressmen.",
        # a visit by someone else
        "Mexican Finance Minister Carlos Mendez said a visit to Washington by U.S. officials was planned.",
        "Swiss Economics Minister Kurt Weber said in Bern the visit to Tokyo by Japan's trade minister had been useful.",
        # a meeting or an audience that is only the topic of what was said (not 'at' it, not told to it)
        "Swedish Trade Minister Lars Berg said the OPEC meeting in Vienna would be decisive.",
        "Swedish Trade Minister Lars Berg said Japanese businessmen in Tokyo were worried.",
        "Swedish Trade Minister Lars Berg told Swedish businessmen in Stockholm that Japan should cut tariffs.",
        # no plans
        "Swiss Economics Minister Kurt Weber said he had no plans to visit Japan.",
        # the official an adviser or aide serves does not travel
        "Hans Klein, an aide to Chancellor Helmut Kohl, will travel to Moscow next week.",
        # an interview by telephone, a speech at home
        "Swiss Economics Minister Kurt Weber said in a telephone interview in Bern that Japan should cut tariffs.",
        "Speaking in Bern, Swiss Economics Minister Kurt Weber said Japan should cut tariffs on watches.",
        # an adviser to a bank is not an official
        "Hans Klein, economic adviser to Deutsche Bank, arrived in Paris on Monday for talks.",
        # a phone call, a hope, an invitation, a domestic trip, a business or sports trip
        "Japanese Trade Minister Hiroshi Tanaka spoke by telephone with U.S. Trade Representative Clayton Yeutter.",
        "Japanese Trade Minister Hiroshi Tanaka said he hoped to visit Washington later this year.",
        "Japanese Trade Minister Hiroshi Tanaka has been invited to visit Washington, but no date has been set.",
        "Japanese Trade Minister Hiroshi Tanaka arrived in Osaka on Monday to meet local business leaders.",
        "A delegation of Japanese businessmen led by Keidanren chairman Eishiro Saito will visit Moscow next month.",
        "The Brazilian soccer team arrived in Madrid on Tuesday for the tournament.",
        "WASHINGTON, March 3 - U.S. Treasury Secretary James Baker told reporters here the dollar had fallen enough.",
        "BONN, March 3 - U.S. Treasury Secretary James Baker said in a television interview the dollar had fallen.",
    ],
)
def test_en_visit_negatives_round29(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert wire_visits(run, body) == []


def test_en_conference_elsewhere_no_visit_round29(run) -> None:  # type: ignore[no-untyped-def]
    # no conference held at the dateline: later speakers stay where they are
    body = ("PARIS, March 3 - Farm ministers called for a reform of world farm trade.\n"
            "The reform was discussed at a conference in Rome last month.\n"
            "Swedish Agriculture Minister Lars Berg said prices should be set by supply and demand.")
    assert visits(run(body + WIRE_PAD, published=WIRE_PUBLISHED)) == []
