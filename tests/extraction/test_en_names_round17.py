"""Names round 17, English: a business name ending in Trust/Airlines/Lines/Power/Works/Railroad keeps its
leading place noun, as a company's name with a legal form does (own sentences)."""

from streamer.extraction import Extractor
from streamer.service.codec import article_from_json

_EX = Extractor()


def _speakers(body: str) -> list[str]:
    doc = article_from_json({"id": "t17", "title": "", "body": body}).document
    return [e.speaker.name for e in _EX.extract(doc).events if e.type == "statement"]


def test_place_noun_kept_before_trust() -> None:
    assert "Denver Gold Royalty Trust" in _speakers(
        "Denver Gold Royalty Trust said its monthly distribution to unit holders will fall in April.")


def test_place_noun_kept_before_airlines() -> None:
    assert "Pacific Southwest Airlines" in _speakers(
        "Pacific Southwest Airlines said its load factor improved last month on stronger holiday travel.")


def test_demonym_still_qualifies_a_bank() -> None:
    names = _speakers("The West German Dresdner Bank AG said its profits rose in the year to December.")
    assert not any(n.startswith("West German") for n in names)
