"""Statements round 21, Indonesian: an outlet opening a sentence with 'Dilaporkan oleh', and English 'Deputy'
titles before a company and its officer's name."""

from streamer.extraction import Extractor
from streamer.extraction.document import Document

_PAD = " Hal itu juga sudah dibicarakan oleh banyak orang di sana dan mereka tidak akan menunggu lama untuk itu."


def _speakers(text: str) -> list[str]:
    r = Extractor().extract(Document(id="t", body=text + _PAD))
    return [e.speaker.name for e in r.events if getattr(e, "speaker", None) is not None]


def test_dilaporkan_oleh_outlet_speaks() -> None:
    assert _speakers("Dilaporkan oleh TechCrunch, Sinar Corp telah membeli Bintang Audio pekan lalu.") == ["TechCrunch"]


def test_diberitakan_oleh_outlet_speaks() -> None:
    assert _speakers("Diberitakan oleh TechCrunch, Sinar Corp sudah menutup dua pabriknya di Bekasi.") == ["TechCrunch"]


def test_crime_reported_by_residents_is_no_statement() -> None:
    assert _speakers("Pencurian itu dilaporkan oleh warga ke Polsek Menteng pada Senin pagi.") == []


def test_outlet_relaying_named_speaker_stays_silent() -> None:
    assert _speakers('"Dia belum mulai berlatih lagi," kata Budi Santoso, seperti diberitakan TechCrunch.') \
        == ["Budi Santoso"]


def test_deputy_chief_of_title_before_company_and_name() -> None:
    assert _speakers("Sementara itu menurut Deputy Chief of Retail Banking BCA Andi Wijaya, kerja sama ini baru "
                     "tahap awal.") == ["Andi Wijaya"]


def test_deputy_director_title() -> None:
    assert _speakers("Menurut Deputy Director BCA Andi Wijaya, kerja sama ini baru tahap awal.") == ["Andi Wijaya"]
