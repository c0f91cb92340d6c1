"""Names round 17b, English (own sentences): a nationality before a body named only with generic words is part of
its name; titles are no part of a person's name; sentence adverbs open no name; '<Person> of <Company>' is the
person; a company named with a title word ('General ...') or a place ('<City> Works') keeps it."""

from streamer.extraction import Extractor
from streamer.service.codec import article_from_json

_EX = Extractor()


def _speakers(body: str) -> list[str]:
    doc = article_from_json({"id": "t17b", "title": "", "body": body}).document
    return [e.speaker.name for e in _EX.extract(doc).events if e.type == "statement"]


def test_demonym_kept_before_generic_body_name() -> None:
    assert "American Bankers Association" in _speakers(
        "The American Bankers Association said the proposed rule would hurt small lenders across the country.")
    assert "Hungarian National Bank" in _speakers(
        "The Hungarian National Bank said it would lower the value of the forint against western currencies.")


def test_demonym_dropped_before_distinctive_body_name() -> None:
    names = _speakers("The West German Dresdner Bank AG said its profits rose in the year to December on strong fees.")
    assert not any(n.startswith("West German") for n in names)


def test_house_speaker_title_not_in_name() -> None:
    names = _speakers("House Speaker Tom Fielder said the tax bill would pass the chamber before the summer recess.")
    assert "Tom Fielder" in names and not any("Speaker" in n for n in names)


def test_military_rank_not_in_name() -> None:
    names = _speakers("Army Lt. Col. Peter Hannity said the troops would leave the base before the end of the month.")
    assert "Peter Hannity" in names


def test_hyphenated_vice_president_is_a_title() -> None:
    names = _speakers("World Bank Vice-President Paul Orwin said the bank would lend more money to the country this year.")
    assert "Paul Orwin" in names


def test_sentence_adverb_is_no_speaker() -> None:
    names = _speakers("Nevertheless, the company will lose money if the rate is cut on the debt this year, said "
                      "Harold Pensky, an analyst with a brokerage in the city.")
    assert "Nevertheless" not in names and "Harold Pensky" in names


def test_person_of_company_with_mixed_case_surname() -> None:
    names = _speakers("Rates will stay firm over the coming weeks because the central bank is watching, said "
                      "Brian McTavish of Harbour Securities Corp. He expects them to ease later in the year.")
    assert "Brian McTavish" in names and not any(" of " in n for n in names)


def test_bare_surname_of_company() -> None:
    names = _speakers("The market will stay firm over the coming weeks, said Alan Rudd of Northgate Trust Co. "
                      "Bond prices will rise by the summer, said Rudd of Northgate Trust.")
    assert not any(" of " in n for n in names) and "Alan Rudd" in names


def test_place_before_works_is_the_company() -> None:
    names = _speakers("Stanley Works said it would buy the tool maker for 50 mln dlrs in cash this year.")
    assert names == ["Stanley Works"]


def test_title_word_before_company_name() -> None:
    names = _speakers("General Oats Inc said profits rose in the third quarter on strong cereal sales.\n"
                      "General Oats said it expects the gains to continue in the fourth quarter of the year.")
    assert names and all(n.startswith("General Oats") for n in names)
