"""Indonesian statements (round 53, from the tuning files' misses and false hits): hopes are no utterance, initials
name a person, 'menurut laporan dari X', a study's relative clause names no speaker, the occasion between a
subject and its verb. Test sentences are our own."""

from __future__ import annotations

from .conftest import id_speakers


def test_a_hope_is_no_utterance(run) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, "Ketua RT 05, Budi Santoso bahkan berharap lomba itu dapat digelar lagi tahun depan.") == []
    assert id_speakers(run, "Partai Amanat Nasional berharap, pemerintah bisa mempertimbangkan usulan itu.") == []


def test_a_person_named_by_initials_speaks(run) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, "Pemilik mobil tersebut berinisial KS, mengaku tidak tahu jika menabrak pagar sekolah.") == ["KS"]
    body = ("Polisi menangkap tiga tersangka berinisial T, WA dan RBS di Cibinong. "
            "Sementara itu, T mengakui hanya mengantar paket tersebut.")
    assert id_speakers(run, body) == ["T"]
    body = ("Polisi menangkap seorang pria berinisial AS (31) di Depok. "
            "Saat diperiksa, AS mengaku hanya disuruh oleh temannya.")
    assert id_speakers(run, body) == ["AS"]  # not the United States


def test_initials_after_a_capitalised_word_are_no_person(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Polisi menangkap pria berinisial E di Bekasi. Ia rutin minum Vitamin E setiap hari, "
            "kata Kapolres Bekasi AKBP Budi Santoso.")
    assert id_speakers(run, body) == ["Budi Santoso"]


def test_menurut_laporan_dari_an_outlet(run) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, "Pasukan itu telah siap siaga di perbatasan, menurut laporan dari The Guardian, Senin (22/8).") \
        == ["The Guardian"]


def test_a_study_names_no_speaker_in_its_relative_clause(run) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, "Bahkan, sebuah studi yang dilakukan di University of Oregon, mengklaim bahwa minum teh "
                            "membuat tidur lebih nyenyak.") == []
    assert id_speakers(run, "Penelitian yang dilakukan oleh Universitas Indonesia menyebutkan bahwa teh hijau "
                            "menurunkan kadar gula darah.") == []
    assert id_speakers(run, "Universitas Indonesia menyebutkan bahwa teh hijau menurunkan kadar gula darah.") \
        == ["Universitas Indonesia"]


def test_the_occasion_between_subject_and_verb(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Badan Ekonomi Kreatif (Bekraf) membuka pameran seni rupa itu pekan lalu. Kepala Bekraf Triawan Munaf "
            "dalam pembukaan Pameran Seni Rupa Nusantara di Jakarta, Rabu (10/5), menyampaikan bahwa karya "
            "para seniman muda itu penting bagi budaya kontemporer.")
    assert "Triawan Munaf" in id_speakers(run, body)
