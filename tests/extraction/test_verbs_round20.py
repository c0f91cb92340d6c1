"""Verbs round 20: more verbs of saying, and verbs of saying that are also action verbs (only in a speech frame)."""

from streamer.extraction import Extractor
from streamer.extraction.document import Document

_PAD_ID = " Hal itu juga sudah dibicarakan oleh banyak orang di sana dan mereka tidak akan menunggu lama untuk itu."
_PAD_EN = " The matter has been discussed by many people in the region for several months without any final result."


def _speakers(text: str, pad: str) -> list[str]:
    r = Extractor().extract(Document(id="t", body=text + pad))
    return [e.speaker.name for e in r.events if getattr(e, "speaker", None) is not None]


def test_id_plain_new_verbs_of_saying() -> None:
    assert _speakers("Pelatih Budi Hartawan mengeluhkan jadwal pertandingan yang terlalu padat bagi timnya.", _PAD_ID) \
        == ["Budi Hartawan"]
    assert _speakers("Penyanyi Rina Kusumawati mengkonfirmasi bahwa dia akan tampil di Bandung bulan depan.", _PAD_ID) \
        == ["Rina Kusumawati"]
    assert _speakers("Direktur Agus Hermanto berdalih bahwa harga bahan baku naik sejak awal tahun.", _PAD_ID) \
        == ["Agus Hermanto"]


def test_id_framed_verb_with_bahwa_or_comma_speaks() -> None:
    assert _speakers("Aktris Dewi Lestiani mengungkap bahwa dia pernah menolak tawaran film itu dua kali.", _PAD_ID) \
        == ["Dewi Lestiani"]
    assert _speakers("Saat ditanya wartawan, Joko Prasetyo menjawab, rencana itu belum dibahas oleh direksi.", _PAD_ID) \
        == ["Joko Prasetyo"]
    assert _speakers("Pelatih Sari Anggraeni bercerita, ia mulai melatih tim itu sejak masih duduk di bangku SMP.", _PAD_ID) \
        == ["Sari Anggraeni"]


def test_id_framed_verb_as_an_action_does_not_speak() -> None:
    assert _speakers("Kapolres Bambang Sutejo mengungkap kasus penipuan daring dengan kerugian ratusan juta rupiah.",
                     _PAD_ID) == []
    assert _speakers("Striker Andi Gunawan menjawab kritik dengan mencetak dua gol pada babak kedua.", _PAD_ID) == []
    assert _speakers("Film karya sutradara Tono Hartanto bercerita tentang seorang nelayan di pesisir utara.",
                     _PAD_ID) == []


def test_en_plain_new_verbs_of_saying() -> None:
    assert _speakers("Senator John Whitfield repeated his call for lower tariffs on imported steel products.", _PAD_EN) \
        == ["John Whitfield"]
    assert _speakers('Asked about the deal, chairman Peter Hallworth responded, "We will look at every offer carefully."', _PAD_EN) \
        == ["Peter Hallworth"]


def test_en_framed_verb_before_that_speaks() -> None:
    assert _speakers("Acme Holdings Inc proposed that its rival sell the unit to a third party by June.", _PAD_EN) \
        == ["Acme Holdings Inc"]


def test_en_framed_verb_as_an_action_does_not_speak() -> None:
    assert _speakers("Acme Holdings Inc proposed a merger with its smaller rival in the chemicals business.", _PAD_EN) \
        == []
    assert _speakers("Acme Holdings Inc pledged its shares in the unit as security for a bank loan.", _PAD_EN) == []


def test_id_object_of_a_relative_clause_does_not_speak() -> None:
    # the names close 'yang menaungi ...' as its objects; the agency (unnamed) speaks
    assert _speakers("Agensi yang menaungi Rudi Hartono mengonfirmasi bahwa dia sudah menikah.", _PAD_ID) == []
