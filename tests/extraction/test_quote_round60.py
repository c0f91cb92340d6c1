"""Attributions right after a quotation (round 60): Indonesian words that are verbs of saying only
between a closing quotation and the speaker's name ('"...," pesan X', '"...," buka X', '"...," ditambahkan X'),
the recap word alone ('"...," demikian X'), and English 'X was quoted (by Y) as saying' / 'quoted him as saying'.
Elsewhere the words stay plain words ('berbagi pesan WhatsApp' names no speaker)."""

from tests.extraction.conftest import speakers_of


def test_id_pesan_after_quote(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, '"Jangan lupa membawa air minum saat mendaki gunung itu," pesan Rudi Hartawan kepada para '
                       "pendaki.", "id") == ["Rudi Hartawan"]


def test_id_buka_after_quote(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, '"Tim kami belum lengkap untuk pertandingan hari Minggu nanti," buka pelatih Persija Andi '
                       "Wirawan seperti dikutip dari laman klub.", "id") == ["Andi Wirawan"]


def test_id_ditambahkan_after_quote(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, '"Produk ini dibuat untuk konsumen di dalam negeri," ditambahkan Direktur Utama PT Maju Jaya, '
                       "Andi Wirawan.", "id") == ["Andi Wirawan"]


def test_id_demikian_name_after_quote(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, '"Kami akan terus memperbaiki pelayanan pajak bagi masyarakat," demikian Menteri Keuangan '
                       "Sri Mulyani.", "id") == ["Sri Mulyani Indrawati"]


def test_id_demikian_name_and_place_after_quote(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, '"Semua orang berhak dihormati tanpa kecuali," demikian Rina Puspita di Jakarta, Senin.',
                       "id") == ["Rina Puspita"]


def test_id_pesan_elsewhere_is_a_message(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "Rudi Hartawan berbagi pesan WhatsApp kepada pegawainya tentang jadwal kerja yang baru.",
                       "id") == []


def test_id_begitu_new_sentence_is_no_recap(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, '"Kami sudah menunggu sejak pagi di depan kantor itu. " Begitu Rudi Hartawan tiba, mereka '
                       "langsung masuk.", "id") == []


def test_en_was_quoted_by_agency_as_saying(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "Finance Minister Wang Bingqian was quoted by the New China News Agency as saying the budget "
                       "deficit would grow this year.", "en") == ["Wang Bingqian"]


def test_en_he_was_quoted_as_saying(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "Finance Minister Wang Bingqian spoke in Beijing on Monday. He was quoted as saying the budget "
                       "deficit would grow this year.", "en") == ["Wang Bingqian"]


def test_en_quoted_him_as_saying(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "Finance Minister Wang Bingqian spoke in Beijing on Monday. The agency quoted him as saying the "
                       "budget deficit would grow this year.", "en") == ["Wang Bingqian"]


def test_en_quoted_him_not_the_person_his_words_name(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, "Energy Minister John Roe arrived in Abu Dhabi after a stop in Riyadh, where he met Oil Minister "
                       "Wang Bingqian. The agency quoted him as saying the talks with Wang had been useful and good.",
                       "en") == ["John Roe"]


def test_en_quote_then_he_was_quoted_as_saying(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, 'Finance Minister Wang Bingqian spoke in Beijing on Monday. "The deficit will grow this year and '
                       'we must cut spending," he was quoted as saying.', "en") == ["Wang Bingqian"]


def test_en_quote_then_name_was_quoted_by_paper_as_saying(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(run, '"The deficit will grow this year and we must cut spending," Finance Minister Wang Bingqian was '
                       "quoted by the People's Daily as saying.", "en") == ["Wang Bingqian"]
