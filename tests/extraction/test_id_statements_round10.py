"""Indonesian statements, round 10 (recall on unseen text): verbs 'angkat bicara', 'menceritakan', 'membeberkan',
recaps 'demikian diklaim/ditulis', 'mengutip dari <site>', a pronoun after a sentence whose subject is a named
person, a title's short form in brackets before the name, a holder set off by a comma after an acronym body and
its place, the subject before '(XYZ), salah satu ...', time words between subject and verb, a body after 'di
laman' is no subject, 'yang terang' is no verb of saying, bare minister titles, KB data. Every sentence here is
written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ketua Komisi Pemilihan Umum Rahmat Hidayat akhirnya angkat bicara soal tudingan itu. Menurut dia, "
         "tudingan itu tidak benar dan tidak berdasar sama sekali.", ["Rahmat Hidayat"]),
        ("Salah seorang warga, Suparmi menceritakan banjir datang tiba-tiba pada tengah malam.", ["Suparmi"]),
        ("Pelatih tim tamu, Dimas Wijaya membeberkan alasan timnya kalah dua kali berturut-turut di kandang "
         "lawan pada pekan ini.", ["Dimas Wijaya"]),
    ],
)
def test_new_verbs_of_saying(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_recap_diklaim_credits_the_outlet(run) -> None:  # type: ignore[no-untyped-def]
    body = "Klub asal Spanyol itu siap membayar mahal untuk sang penyerang, demikian diklaim Daily Courier."
    assert speakers(run(body, language="id")) == ["Daily Courier"]


def test_mengutip_dari_a_site(run) -> None:  # type: ignore[no-untyped-def]
    body = "Mengutip dari Beritaku.com, perseroan akan memakai sebagian besar dana itu untuk belanja modal."
    assert speakers(run(body, language="id")) == ["Beritaku.com"]


def test_pronoun_after_a_sentence_led_by_a_named_person(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Wali Kota Budi Santoso mengatakan sekolah akan dibuka pekan depan. \"Semua guru sudah "
            "siap mengajar,\" ujarnya. Namun, Ketua DPRD Andi Wijaya sudah angkat bicara. Dia menyatakan bahwa "
            "pembukaan itu terlalu cepat.")
    x = run(body, language="id")
    said = {e.evidence[0].sentence[:20]: e.speaker.name for e in x.events if e.type == "statement"}
    assert said["Dia menyatakan bahwa"] == "Andi Wijaya"
    assert "Budi Santoso" in said.values()


def test_pronoun_after_an_object_keeps_the_last_speaker(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Budi Santoso mengatakan harga beras naik. Polisi menangkap Andi Wijaya kemarin. Dia menyatakan bahwa "
            "harga akan turun bulan depan.")
    assert speakers(run(body, language="id")) == ["Budi Santoso"]


def test_title_short_form_in_brackets_before_the_name(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Jembatan itu diresmikan Menteri Perhubungan (Menhub) Rudi Hartanto, di Bekasi, Sabtu.\n\n"
            "Menhub mengatakan jembatan itu akan memangkas waktu tempuh warga.")
    assert speakers(run(body, language="id")) == ["Rudi Hartanto"]


def test_holder_after_acronym_body_and_place(run) -> None:  # type: ignore[no-untyped-def]
    body = ("\"Sebagian warga sudah dievakuasi sejak dini hari tadi,\" kata Kepala BPBD Kendari, Yohanes Lapian, "
            "di posko pengungsian.")
    assert speakers(run(body, language="id")) == ["Yohanes Lapian"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Emiten ritel PT Sinar Jaya Abadi Tbk (SJAA), salah satu pemegang saham Tokoku, mengumumkan rencana "
         "penerbitan saham baru.", ["PT Sinar Jaya Abadi Tbk"]),
        ("Perusahaan rintisan PT Sinar Jaya Abadi, salah satu pemegang saham Tokoku, mengumumkan rencana "
         "penerbitan saham baru.", ["PT Sinar Jaya Abadi"]),
    ],
)
def test_description_after_the_subject_does_not_speak(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_time_words_between_subject_and_verb(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run("Google hari ini mengumumkan fitur baru untuk pengguna di Indonesia.", language="id")) == [
        "Google"]
    assert speakers(run("Budi Santoso kemarin menegaskan tidak akan mundur dari pencalonan.", language="id")) == [
        "Budi Santoso"]


def test_body_after_di_laman_is_no_subject(run) -> None:  # type: ignore[no-untyped-def]
    body = "Kantor Budi Santoso dalam pernyataannya di laman Facebook hari ini mengatakan ia sudah pulih."
    assert "Facebook" not in speakers(run(body, language="id"))


def test_yang_terang_is_no_verb_of_saying(run) -> None:  # type: ignore[no-untyped-def]
    body = "Dilansir Metro, lampu ini bisa menyala dan memberikan sinar yang terang di ruangan gelap."
    assert speakers(run(body, language="id")) == ["Metro"]


def test_name_stops_selaku_and_wasit(run) -> None:  # type: ignore[no-untyped-def]
    body = "\"Kerja sama ini memudahkan mitra kami,\" lanjut Rina Kartika Selaku Direktur Pemasaran PT Maju Jaya."
    assert speakers(run(body, language="id")) == ["Rina Kartika"]
    assert speakers(run("Wasit menganggap pemain tamu melakukan pelanggaran di kotak penalti.", language="id")) == []


def test_bare_minister_title_corefers(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Menteri Pendidikan dan Kebudayaan Rudi Hartanto meninjau sekolah itu. Mendikbud menegaskan kebijakan "
            "lima hari sekolah ditujukan untuk guru.")
    assert speakers(run(body, language="id")) == ["Rudi Hartanto"]


def test_ministry_with_dan_in_its_name(run) -> None:  # type: ignore[no-untyped-def]
    body = "Kementerian Pendidikan dan Kebudayaan menyatakan bahwa aturan baru berlaku mulai Juli."
    assert speakers(run(body, language="id")) == ["Kementerian Pendidikan dan Kebudayaan"]


def test_security_officers_of_a_country_speak_as_its_officials(run) -> None:  # type: ignore[no-untyped-def]
    body = "Petugas keamanan AS mengatakan, pelaku memiliki saudara perempuan yang tinggal di Libya sejak lama."
    assert speakers(run(body, language="id")) == ["US officials"]
    body = "Petugas keamanan bandara mengatakan, penumpang sudah diperiksa sejak pagi tadi di terminal dua."
    assert speakers(run(body, language="id")) == []
