"""Verbs of saying the lexicons lacked (round 58, 'verbs'), mined from the dev articles: an entity followed by
the word and 'bahwa'/'that', a colon, a quotation or (Indonesian) a comma, or a quotation followed by
', <word> X', with no statement from that speaker. Only utterances are added; thinking, hoping, wanting and
proving are not (they stay silent below)."""

from streamer.extraction import Extractor
from streamer.extraction.document import Document

_PAD_ID = " Hal itu juga sudah dibicarakan oleh banyak orang di sana dan mereka tidak akan menunggu lama untuk itu."
_PAD_EN = " The matter has been discussed by many people there and they will not wait long for it."


def _speakers(text: str, lang: str) -> list[str]:
    pad = _PAD_ID if lang == "id" else _PAD_EN
    r = Extractor().extract(Document(id="t", body=text + pad, language=lang))
    return [e.speaker.name for e in r.events if getattr(e, "speaker", None) is not None]


# Indonesian, before the clause
def test_id_mengabarkan_bahwa() -> None:
    assert _speakers("Rudi Hartono mengabarkan bahwa jembatan di desanya sudah selesai dibangun.", "id") \
        == ["Rudi Hartono"]


def test_id_memberi_penekanan_bahwa() -> None:
    assert _speakers("Namun Rudi Hartono memberi penekanan bahwa aturan baru itu hanya berlaku bagi pegawai tetap.",
                     "id") == ["Rudi Hartono"]


def test_id_memberikan_penekanan_bahwa() -> None:
    assert _speakers("Siti Rahmawati memberikan penekanan bahwa semua peserta wajib membawa kartu identitas.",
                     "id") == ["Siti Rahmawati"]


def test_id_memproyeksikan_comma() -> None:
    assert _speakers("Bank Indonesia memproyeksikan, inflasi tahun depan akan berada di kisaran tiga persen.",
                     "id") == ["Bank Indonesia"]


# Indonesian, framed only: speech before a comma, 'bahwa' or a quote, an action otherwise
def test_id_memproyeksikan_bare_figure_is_silent() -> None:
    assert _speakers("Kementerian Keuangan memproyeksikan penerimaan pajak naik sepuluh persen tahun depan.", "id") == []


def test_id_bertanya_framed() -> None:
    assert _speakers("Siti Rahmawati kemudian bertanya, apa yang harus dilakukan warga setelah banjir surut.",
                     "id") == ["Siti Rahmawati"]


def test_id_tak_memungkiri_framed() -> None:
    assert _speakers("Rudi Hartono tak memungkiri, pembangunan jalan itu membutuhkan dana yang sangat besar.",
                     "id") == ["Rudi Hartono"]


# Indonesian, after a quotation
def test_id_singgung_after_quote() -> None:
    assert _speakers('"Tarif gudang kita masih terlalu mahal dibanding negara tetangga," singgung Rudi Hartono.',
                     "id") == ["Rudi Hartono"]



# English
def test_en_contends_that() -> None:
    assert _speakers("John Miller contends that the merger would hurt small shippers.", "en") == ["John Miller"]


def test_en_alleges_that() -> None:
    assert _speakers("Acme Corp alleges that the distributor kept payments owed to it.", "en") == ["Acme Corp"]


def test_en_claims_that_framed() -> None:
    assert _speakers("John Miller claims that the board ignored two offers last year.", "en") == ["John Miller"]


# not verbs of saying
def test_id_thinking_words_stay_silent() -> None:
    assert _speakers("Rudi Hartono menyadari bahwa jembatan di desanya sudah lama rusak.", "id") == []
    assert _speakers("Rudi Hartono membuktikan bahwa timnya mampu bersaing di tingkat nasional.", "id") == []
