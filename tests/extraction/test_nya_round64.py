"""Round 64: '-nya' forms after a quotation of words that attribute a quotation only there ('"...,"
pesannya.', 'imbaunya', 'cetusnya', 'akunya'): the suffix is the person named last before the quotation, in its
sentence or the one before; a sentence-initial 'Ditambahkan X, ...'; English '"...," the firm said' after a regulator
spoke: the company, not the regulator."""

from tests.extraction.conftest import WIRE_PAD, WIRE_PUBLISHED, speakers


def _quote_speaker(x, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.speaker.name for e in x.events if e.type == "statement" and words in e.quote]


def test_id_pesannya_after_quote(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run('Rudi Hartawan menemui para pendaki di pos terakhir sebelum puncak. "Jangan lupa membawa air '
                        'minum saat mendaki gunung itu," pesannya.', language="id")) == ["Rudi Hartawan"]


def test_id_imbaunya_after_quote(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run('Bupati Andi Wirawan meninjau lokasi banjir di desa itu pada Senin pagi. "Warga diminta '
                        'tetap waspada karena hujan masih akan turun," imbaunya kepada warga.', language="id")) \
        == ["Andi Wirawan"]


def test_id_cetusnya_after_quote_same_sentence(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run('Menurut pengamat, tim itu sedang bagus. Namun pelatih Dewi Anggraini ragu, "Mereka belum tentu '
                        'bisa bertahan sampai akhir musim nanti," cetusnya.', language="id")) == ["Dewi Anggraini"]


def test_id_akunya_after_quote(run) -> None:  # type: ignore[no-untyped-def]
    x = run('Rina Puspita menghadiri rapat bulanan di kantor itu sejak pagi hari. "Saya sudah membaca laporan itu '
            'sejak semalam di rumah," akunya lagi.', language="id")
    assert _quote_speaker(x, "membaca laporan itu") == ["Rina Puspita"]


def test_id_nya_after_quote_far_antecedent_speaks_not(run) -> None:  # type: ignore[no-untyped-def]
    # the person was named three sentences before: nobody the quotation's sentences are about
    assert speakers(run('Rudi Hartawan tinggal di desa itu sejak kecil. Desa itu kini banyak berubah. Jalan sudah '
                        'diaspal. "Dulu kami sering bermain di sungai di belakang rumah itu," kisahnya.',
                        language="id")) == []


def test_id_ditambahkan_opening_sentence(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run("Acara itu berlangsung meriah di alun-alun kota. Ditambahkan Rudi Hartawan, pihaknya akan "
                        "terus memperbaiki pelayanan kepada masyarakat.", language="id")) == ["Rudi Hartawan"]


def test_id_ditambahkan_mid_sentence_is_no_saying(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run("Bumbu itu kemudian ditambahkan Rudi Hartawan ke dalam panci berisi sayur dan daging sapi "
                        "yang sudah matang.", language="id")) == []


def test_en_the_firm_after_a_regulator_is_the_company(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Acme Securities Inc said it has suspended a senior trader accused of insider trading. The Securities "
            "and Exchange Commission charged John Roe with profiting from inside information about six companies. "
            '"Our position has always been that violations of the law are not tolerated," the firm said in a '
            "statement." + WIRE_PAD, published=WIRE_PUBLISHED)
    assert _quote_speaker(x, "violations of the law") == ["Acme Securities Inc"]
