"""Bodies round 20, Indonesian: a body whose name ends in a word that alone is an unnamed speaker."""

from streamer.extraction import Extractor
from streamer.extraction.document import Document

_PAD = " Hal itu juga sudah dibicarakan oleh banyak orang di sana dan mereka tidak akan menunggu lama untuk itu."


def _speakers(text: str) -> list[str]:
    r = Extractor().extract(Document(id="t", body=text + _PAD))
    return [e.speaker.name for e in r.events if getattr(e, "speaker", None) is not None]


def test_body_name_ending_in_media_speaks() -> None:
    assert _speakers("Para pemain sudah siap. Kilat Media mengumumkan, 12 Mei adalah tanggal rilis permainan itu.") \
        == ["Kilat Media"]


def test_bare_media_of_a_country_stays_unnamed() -> None:
    assert _speakers("Klub itu sudah lama menunggu. Media Belanda menyebut bahwa klub itu sudah sepakat.") == []
