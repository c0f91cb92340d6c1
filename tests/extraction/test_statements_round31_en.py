"""Round 31: English statement recall. Own sentences; each positive test fails on the pristine tree."""

from __future__ import annotations

from streamer.extraction import Extractor
from streamer.extraction.document import Document

_X = Extractor()


def _speakers(body: str) -> list[str]:
    r = _X.extract(Document(id="t", body=body, language="en"))
    return sorted({ev.speaker.name for ev in r.events if ev.type == "statement"})


# (1) a wire lead set in lower case does not make the minister's surname a common noun
def test_lower_case_lead_keeps_surname() -> None:
    assert _speakers("lower cocoa prices will not hurt the country's ability to pay its foreign debt, finance "
                     "minister rafael ostberga told reporters.\n    Ostberga said export revenue could fall by "
                     "about 400 mln dlrs this year.") == ["Ostberga"]


def test_lower_case_word_in_body_still_common_noun() -> None:
    # the same word written in lower case outside a lower-case lead still marks a common noun
    assert _speakers("The board met on Monday to review the plan.\n    Traders expect prices to fall, and "
                     "several traders bought heavily.\n    Traders said the market was quiet.") == []


# (2) a party named by its adjective before its spokesman speaks as the party
def test_party_adjective_spokesman() -> None:
    assert _speakers("The ruling coalition moved to push the draft budget through parliament on Monday.\n    "
                     "A Socialist spokesman said the opposition would walk out of the chamber unless the plan "
                     "was withdrawn.") == ["Socialist Party"]


def test_party_adjective_spokesman_two_words() -> None:
    assert _speakers("The cabinet approved the tax plan on Friday.\n    A Social Democratic official said the "
                     "party would vote against the plan in the upper house.") == ["Social Democratic Party"]


def test_democratic_adjective_not_a_party() -> None:
    # 'Democratic' / 'Republican' alone are left out: an aide of either is no party's voice
    assert _speakers("The bill reached the floor on Monday.\n    A Democratic aide said the vote would be "
                     "close.") == []


# (3) a participle phrase of accompaniment between the speaker and the verb
def test_officials_accompanying_him() -> None:
    assert _speakers("Oil Minister Karim Dastani is in Kuwait to discuss crude prices and output quotas, "
                     "Iranian officials accompanying him said.") == ["Iran officials"]


def test_official_travelling_with_him() -> None:
    assert _speakers("The minister is due to meet the president and the foreign minister, a State Department "
                     "official travelling with him said.") == ["State Department"]


# (4) 'authorities said' with nothing named before: the authorities of the article's country
def test_bare_authorities_country() -> None:
    assert _speakers("Rebels blew up a bridge on Chile's main northern highway on Tuesday, cutting traffic "
                     "for a day, authorities said.") == ["Chile officials"]


def test_the_authorities_after_as() -> None:
    assert _speakers("Chile's copper strike eased today as the authorities announced they would pull troops "
                     "out of the two largest mines.") == ["Chile officials"]


def test_local_authorities_not_country() -> None:
    assert _speakers("Floods cut roads in Chile's south on Monday, local authorities said.") == []
