"""Indonesian entity names (round 40): a body's name goes on past its bracketed acronym (linked words before a
mixed-case acronym, a regional place after it), a territorial title's place is no person, a nickname given with
'disapa'/'dipanggil' is the person, and a two-letter family name written first refers back to the full name."""

from streamer.extraction import Extractor
from streamer.extraction.document import Document

_PAD = " Hal itu juga sudah dibicarakan oleh banyak orang di sana dan mereka tidak akan menunggu lama untuk itu."


def _speakers(text: str) -> set[str]:
    r = Extractor().extract(Document(id="t", body=text + _PAD, language="id"))
    return {e.speaker.name for e in r.events if getattr(e, "speaker", None) is not None}


def _entities(text: str) -> set[tuple[str, str]]:
    r = Extractor().extract(Document(id="t", body=text + _PAD, language="id"))
    return {(e.type, e.name) for e in r.entities}


def test_bracketed_body_with_regional_place_speaks() -> None:
    text = "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sukaraja mengatakan air mulai surut sejak pagi tadi."
    assert ("ORG", "Badan Penanggulangan Bencana Daerah Kabupaten Sukaraja") in _entities(text)
    assert len(_speakers(text)) == 1


def test_linked_body_name_before_mixed_case_acronym() -> None:
    text = ("Menurut Dinas Perhubungan dan Lalu Lintas (Dishub LL) Kota Sukaraja, jalan itu ditutup sementara "
            "selama perbaikan berlangsung.")
    assert ("ORG", "Dinas Perhubungan dan Lalu Lintas Kota Sukaraja") in _entities(text)
    assert not any(n == "Dinas Perhubungan" for _, n in _entities(text))


def test_title_holder_after_place_is_the_speaker() -> None:
    text = "Kapolsek Sungai Lintang, Kompol Budi Hartono, menerangkan pelaku sudah ditangkap di rumahnya."
    assert _speakers(text) == {"Budi Hartono"}
    assert ("PERSON", "Sungai Lintang") not in _entities(text)


def test_name_before_territorial_title_is_the_speaker() -> None:
    text = "Warga berkumpul di balai desa sejak pagi. Rukmini, Lurah Tanjung Sari menjelaskan acara itu digelar rutin."
    assert _speakers(text) == {"Rukmini"}


def test_nickname_is_the_person() -> None:
    text = ('Menurut pelatih tim itu, Bambang Sutrisno Aji, biasa disapa Kancil, timnya siap bertanding. '
            '"Kami sudah siap sejak lama," kata Kancil.')
    assert _speakers(text) == {"Bambang Sutrisno Aji"}


def test_two_letter_family_name_refers_back() -> None:
    text = ("Menteri Luar Negeri negara itu, Jo Myong Gil, mengatakan negaranya tidak akan mundur. "
            "Jo menulis bahwa sanksi itu tidak sah.")
    assert _speakers(text) == {"Jo Myong Gil"}
