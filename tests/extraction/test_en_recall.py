"""English wire phrasings of official travel (and their near misses); sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD as _PAD, WIRE_PUBLISHED as _PUB, speakers, visits, wire_visits as _visits


@pytest.mark.parametrize(
    ("body", "located", "expected"),
    [
        # a noun trigger followed by "to" names the place ("official visit to", "delegation to")
        ("Chilean Finance Minister Hernan Buchi, on an official visit to Japan, said the talks went well.", None,
         [("Hernan Buchi", "JP")]),
        ("Chilean Finance Minister Hernan Buchi will lead a delegation to Moscow next month.", None, [("Hernan Buchi", "RU")]),
        # "met visiting X" without the article, under a dateline
        ("Prime Minister Yasuhiro Nakasone met visiting Chilean Finance Minister Hernan Buchi on Monday.", "TOKYO, March 3 -",
         [("Hernan Buchi", "JP")]),
        # a place fronted before the official's clause
        ("In Paris, Chilean Finance Minister Hernan Buchi said the accord would hold.", None, [("Hernan Buchi", "FR")]),
        # a meeting named between the verb of saying and the place
        ("Chilean Finance Minister Hernan Buchi said at the IMF meeting in Paris that Chile would pay.", None,
         [("Hernan Buchi", "FR")]),
        # an official of the dateline country meets (or, in a meeting, tells) a foreign official
        ("In a short meeting, Finance Minister Kiichi Miyazawa of Japan told Chilean Finance Minister Hernan Buchi that "
         "Japan would help.", "TOKYO, March 3 -", [("Hernan Buchi", "JP")]),
        # speaking to a conference or forum at the dateline place
        ("Chilean Finance Minister Hernan Buchi told a banking conference on Asian markets that Chile would pay.",
         "LONDON, March 3 -", [("Hernan Buchi", "GB")]),
        # a foreign official speaking in the lead of a story filed from abroad
        ("Chilean Finance Minister Hernan Buchi said today that Chile would pay its debts.", "LONDON, March 3 -",
         [("Hernan Buchi", "GB")]),
        # lexicon: stopovers, returns home, "has been in", "expected here", "after talks with", "interview here"
        ("Chilean Finance Minister Hernan Buchi will stop over in Bangkok on his way home.", None, [("Hernan Buchi", "TH")]),
        ("Chilean Finance Minister Hernan Buchi returned home from Tokyo on Tuesday.", None, [("Hernan Buchi", "JP")]),
        ("Chilean Finance Minister Hernan Buchi said on his return from Tokyo that Japan would help.", None,
         [("Hernan Buchi", "JP")]),
        ("Chilean Finance Minister Hernan Buchi has been in Tokyo since Sunday.", None, [("Hernan Buchi", "JP")]),
        ("Chilean Finance Minister Hernan Buchi is expected here on Monday for talks.", "TOKYO, March 3 -",
         [("Hernan Buchi", "JP")]),
        ("Chilean Finance Minister Hernan Buchi said after talks with Japanese Finance Minister Kiichi Miyazawa that Chile "
         "would pay.", "TOKYO, March 3 -", [("Hernan Buchi", "JP")]),
        ("Chilean Finance Minister Hernan Buchi told Reuters in an interview here that Chile would pay.", "TOKYO, March 3 -",
         [("Hernan Buchi", "JP")]),
        ("Chilean Finance Minister Hernan Buchi, addressing the conference in Geneva, said Chile would pay.", None,
         [("Hernan Buchi", "CH")]),
        # "that Brazil" is no place preposition: the dateline still applies
        ("Chilean Finance Minister Hernan Buchi told reporters here that Brazil would pay.", "TOKYO, March 3 -",
         [("Hernan Buchi", "JP")]),
        # long US titles and vice-ministers
        ("U.S. Undersecretary of State for Economic Affairs Allen Wallis held talks in Tokyo last week.", None,
         [("Allen Wallis", "JP")]),
        ("Japanese vice-minister of finance Toyoo Gyohten arrived in London on Monday.", None, [("Toyoo Gyohten", "GB")]),
        # arrivals without a place (the dateline), flying in, a stay counted in days, a stop
        ("Chilean Finance Minister Hernan Buchi arrives on Monday for talks with Japanese officials.", "TOKYO, March 3 -",
         [("Hernan Buchi", "JP")]),
        ("Chilean Finance Minister Hernan Buchi, who flew in from Washington yesterday, said Japan would help.",
         "TOKYO, March 3 -", [("Hernan Buchi", "JP")]),
        ("Chilean Finance Minister Hernan Buchi returned to Santiago after a week in Tokyo.", None, [("Hernan Buchi", "JP")]),
        ("Chilean Finance Minister Hernan Buchi said during a stop in Tokyo that Japan would help.", None,
         [("Hernan Buchi", "JP")]),
        # a group of the dateline country met or talked with
        ("Chilean Finance Minister Hernan Buchi began talks with Japanese officials today.", "TOKYO, March 3 -",
         [("Hernan Buchi", "JP")]),
        # cities known by their English names
        ("West German Finance Minister Gerhard Stoltenberg arrived in Basle for the BIS meeting.", None,
         [("Gerhard Stoltenberg", "CH")]),
        ("Japanese Prime Minister Yasuhiro Nakasone will attend the summit in Venice in June.", None,
         [("Yasuhiro Nakasone", "IT")]),
    ],
)
def test_en_recall_trip_phrasings(run, body: str, located: str | None, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _visits(run, body, located) == expected


@pytest.mark.parametrize(
    ("body", "located"),
    [
        # the official is at home
        ("In Tokyo, Japanese Finance Minister Kiichi Miyazawa said the accord would hold.", None),
        ("Japanese Finance Minister Kiichi Miyazawa said today that the yen was too strong.", "TOKYO, March 3 -"),
        # words relayed in print, by phone or in a statement
        ("Chilean Finance Minister Hernan Buchi said in an interview with a local newspaper that Chile would pay.",
         "LONDON, March 3 -"),
        ("Chilean Finance Minister Hernan Buchi said in a statement that Chile would pay.", "LONDON, March 3 -"),
        ("Chilean Finance Minister Hernan Buchi told Reuters by telephone that Chile would pay.", "LONDON, March 3 -"),
        # a resident envoy met by the host
        ("Prime Minister Yasuhiro Nakasone met Chilean Ambassador Carlos Ruiz on Monday.", "TOKYO, March 3 -"),
        # a meeting dated well before the story
        ("Finance Minister Kiichi Miyazawa of Japan met Chilean Finance Minister Hernan Buchi last month.", "TOKYO, March 3 -"),
        # a meeting placed elsewhere
        ("Japanese Finance Minister Kiichi Miyazawa met Chilean Finance Minister Hernan Buchi in Paris.", "TOKYO, March 3 -"),
        # a stop in something that is no place; an arrival placed elsewhere
        ("Chilean Finance Minister Hernan Buchi called for a stop in Japanese imports.", "TOKYO, March 3 -"),
        ("Chilean Finance Minister Hernan Buchi arrived back in Santiago on Monday.", "TOKYO, March 3 -"),
        # "In" a season, not a place; a company chief at a conference
        ("In March, Chilean Finance Minister Hernan Buchi said Chile would pay.", None),
        ("Nissan chief executive Yutaka Kume told a banking conference that exports would fall.", "LONDON, March 3 -"),
    ],
)
def test_en_recall_near_misses(run, body: str, located: str | None) -> None:  # type: ignore[no-untyped-def]
    got = _visits(run, body, located)
    assert all(t != "Hernan Buchi" or c != "JP" for t, c in got) if "in Paris" in body else got == []


def test_en_recall_given_name_is_not_a_city(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Ecuadorean President Leon Febres Cordero said his country would suspend payments to banks." + _PAD,
            published=_PUB, located="QUITO, March 3 -")
    person = next(e for e in x.entities if e.type == "PERSON")
    assert person.name == "Leon Febres Cordero" and person.country == "EC"
    assert visits(x) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a title (capitalised or not) opening the attribution after a quote
        ('"We will pay our debts," Finance Minister Hernan Buchi said.', ["Hernan Buchi"]),
        ('Since talks began, "the same rule should apply to lenders," central bank president Carlos Ruiz said.',
         ["Carlos Ruiz"]),
        # a month between the subject and the verb
        ("The Federal Reserve in February said it would no longer target the narrow money supply.", ["Federal Reserve"]),
        # bodies with a lower-case head; a country's government is the country
        ("The Chinese foreign ministry said China opposed the sale of arms.", ["Chinese foreign ministry"]),
        ("The Tower commission said in its report that funds were missing.", ["Tower commission"]),
        ("The Japanese government said it would cut tariffs on farm goods.", ["Japan"]),
        # military services and embassies as bodies
        ("Boeing Co has won a 12 mln dlr contract for radar work, the Air Force said.", ["Air Force"]),
        ("Retail sales rose 1.2 pct in February, Statistics Canada said.", ["Statistics Canada"]),
        # numbers a body recorded are not its words
        ("Exports rose 2 pct in January, according to Commerce Department figures.", []),
        # no body named, or a company spokesman whose company is not read
        ("The government said it would cut tariffs on farm goods.", []),
    ],
)
def test_en_recall_statement_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    x = run(body + _PAD, published=_PUB, located="WASHINGTON, March 3 -")
    assert speakers(x) == expected


def test_en_recall_company_spokesman_after_quote_is_not_a_suffix(run) -> None:  # type: ignore[no-untyped-def]
    x = run('"There will be people who exploit the gap," a Hitachi Ltd spokesman said.' + _PAD, published=_PUB)
    assert "Ltd" not in speakers(x)
