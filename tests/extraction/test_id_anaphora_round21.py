"""Indonesian anaphora, round 21: the subject forms 'Dirinya (pun)', 'Iapun' and 'Beliau' are third-person
pronouns; 'Mereka'/'Pihaknya' speaking refer to a body named as the subject of the sentence before ('Google ...
Mereka menilai'), never to unnamed people ('sejumlah warga ... Mereka mengatakan'); 'Perusahaan tersebut
mengatakan' (a demonstrative that is also a gap word) refers to the company named before. Every sentence here is
written for the tests."""

from __future__ import annotations


def _quotes_by(x, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.quote for e in x.events if e.type == "statement" and e.speaker.name == name]


def _all_quotes(x) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.quote for e in x.events if e.type == "statement"]


def test_dirinya_pun_is_a_subject_pronoun(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Menteri Kesehatan Budi Santoso datang ke Bandung pada Senin pagi. Dirinya pun mengatakan bahwa vaksin "
            "akan segera dibagikan kepada warga.", language="id")
    assert any("vaksin" in q for q in _quotes_by(x, "Budi Santoso"))


def test_iapun_is_a_subject_pronoun(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Menteri Pertanian Hendra Wiguna meninjau sawah yang kering di Klaten pada Rabu. Iapun mengakui "
            "bahwa panen tahun ini akan turun jauh.", language="id")
    assert any("panen" in q for q in _quotes_by(x, "Hendra Wiguna"))


def test_beliau_is_a_pronoun_not_a_name(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Gubernur Jawa Tengah Ganjar Pranowo meresmikan jembatan baru itu. Beliau mengatakan bahwa jembatan "
            "itu dibangun dengan dana daerah.", language="id")
    assert any("dana daerah" in q for q in _quotes_by(x, "Ganjar Pranowo"))
    assert not _quotes_by(x, "Beliau")


def test_mereka_after_a_company_as_subject(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Perusahaan teknologi Google meluncurkan ponsel baru di Jakarta pada Selasa. Mereka mengatakan bahwa "
            "ponsel itu akan dijual mulai bulan depan.", language="id")
    assert any("bulan depan" in q for q in _quotes_by(x, "Google"))


def test_pihaknya_after_a_firm(run) -> None:  # type: ignore[no-untyped-def]
    x = run("PT Maju Jaya Abadi membantah tuduhan pencemaran sungai itu. Pihaknya mengatakan bahwa semua izin "
            "sudah lengkap sejak tahun lalu.", language="id")
    assert any("izin" in q for q in _quotes_by(x, "PT Maju Jaya Abadi"))


def test_mereka_after_unnamed_people_gives_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Sejumlah warga berkumpul di depan kantor Bank Sentosa pada Senin. Mereka mengatakan bahwa jalan desa "
            "sudah rusak selama setahun.", language="id")
    assert not any("jalan desa" in q for q in _all_quotes(x))


def test_mereka_after_a_body_two_sentences_back_gives_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Kantor berita Antara melaporkan kebakaran di gudang itu. Api baru padam menjelang subuh. Mereka "
            "mengatakan bahwa kerugian belum dihitung.", language="id")
    assert not any("kerugian" in q for q in _all_quotes(x))


def test_perusahaan_tersebut_refers_to_the_company(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Samsung Electronics membuka pabrik baru di Vietnam tahun ini. Perusahaan tersebut mengatakan bahwa "
            "produksi berjalan normal.", language="id")
    assert any("produksi" in q for q in _quotes_by(x, "Samsung Electronics"))
