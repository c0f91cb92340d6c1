"""Verbs of saying the lexicons lacked (round 58), mined from the dev articles: an entity followed by
the word and 'bahwa'/'that', a colon, a quotation or (Indonesian) a comma, or a quotation followed by
', <word> X', with no statement from that speaker. Only utterances are added; thinking, hoping, wanting and
proving are not (they stay silent below)."""

from tests.extraction.conftest import speakers_of


# Indonesian, before the clause
def test_id_mengabarkan_bahwa(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "Rudi Hartono mengabarkan bahwa jembatan di desanya sudah selesai dibangun.", "id") \
        == ["Rudi Hartono"]


def test_id_memberi_penekanan_bahwa(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "Namun Rudi Hartono memberi penekanan bahwa aturan baru itu hanya berlaku bagi pegawai tetap.",
                       "id") == ["Rudi Hartono"]


def test_id_memberikan_penekanan_bahwa(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "Siti Rahmawati memberikan penekanan bahwa semua peserta wajib membawa kartu identitas.",
                       "id") == ["Siti Rahmawati"]


def test_id_memproyeksikan_comma(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "Bank Indonesia memproyeksikan, inflasi tahun depan akan berada di kisaran tiga persen.",
                       "id") == ["Bank Indonesia"]


# Indonesian, framed only: speech before a comma, 'bahwa' or a quote, an action otherwise
def test_id_memproyeksikan_bare_figure_is_silent(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "Kementerian Keuangan memproyeksikan penerimaan pajak naik sepuluh persen tahun depan.", "id") == []


def test_id_bertanya_framed(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "Siti Rahmawati kemudian bertanya, apa yang harus dilakukan warga setelah banjir surut.",
                       "id") == ["Siti Rahmawati"]


def test_id_tak_memungkiri_framed(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "Rudi Hartono tak memungkiri, pembangunan jalan itu membutuhkan dana yang sangat besar.",
                       "id") == ["Rudi Hartono"]


# Indonesian, after a quotation
def test_id_singgung_after_quote(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, '"Tarif gudang kita masih terlalu mahal dibanding negara tetangga," singgung Rudi Hartono.',
                       "id") == ["Rudi Hartono"]



# English
def test_en_contends_that(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "John Miller contends that the merger would hurt small shippers.", "en") == ["John Miller"]


def test_en_alleges_that(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "Acme Corp alleges that the distributor kept payments owed to it.", "en") == ["Acme Corp"]


def test_en_claims_that_framed(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "John Miller claims that the board ignored two offers last year.", "en") == ["John Miller"]


# not verbs of saying
def test_id_thinking_words_stay_silent(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "Rudi Hartono menyadari bahwa jembatan di desanya sudah lama rusak.", "id") == []
    assert speakers_of(run, "Rudi Hartono membuktikan bahwa timnya mampu bersaing di tingkat nasional.", "id") == []
