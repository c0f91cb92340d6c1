"""Indonesian statement recall (round 22): a bracketed abbreviation inside a post-posed title, and an
unnamed spokesperson of a named body opening the clause."""

from streamer.extraction import Extractor
from streamer.extraction.document import Document

_PAD = " Hal itu juga sudah dibicarakan oleh banyak orang di sana dan mereka tidak akan menunggu lama untuk itu."


def _speakers(text: str) -> list[str]:
    r = Extractor().extract(Document(id="t", body=text + _PAD, language="id"))
    return [e.speaker.name for e in r.events if getattr(e, "speaker", None) is not None]


def test_bracketed_abbreviation_inside_title_before_name() -> None:
    assert _speakers('"Kami sudah memeriksa dua saksi," kata Kepala Biro Penerangan Masyarakat (Karo Penmas) Polri '
                     'Brigjen Ahmad Yani di Jakarta, Senin.') == ["Ahmad Yani"]


def test_bracketed_abbreviation_after_title_words() -> None:
    assert _speakers('"Berkas perkara sudah lengkap," kata Pelaksana Harian (Plh) Kepala Biro Humas KPK '
                     'Rina Kartika saat dikonfirmasi di Jakarta.') == ["Rina Kartika"]


def test_spokesperson_of_named_body_speaks_for_it() -> None:
    assert _speakers("Juru bicara Kementerian Luar Negeri Jepang mengonfirmasi bahwa kapal itu tenggelam.") \
        == ["Kementerian Luar Negeri Jepang"]


def test_spokesperson_in_apposition_is_not_the_body() -> None:
    assert "Kementerian Dalam Negeri" not in _speakers(
        "Budi Santoso, wakil juru bicara Kementerian Dalam Negeri, mengatakan penyerang itu sudah ditangkap.")
