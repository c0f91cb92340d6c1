"""Indonesian bodies that speak (round 56): a body's channel with a platform's name inside it, a one-word name
beside a body in a coordinated subject, 'Ombudsman' alone, the head 'LBH'. Test sentences are our own."""

from __future__ import annotations

from .conftest import id_speakers


def test_a_channel_naming_a_platform_stands_between_subject_and_verb(run) -> None:  # type: ignore[no-untyped-def]
    body = "Garuda Indonesia melalui akun Twitter resminya menyatakan bahwa penerbangan ke Bali ditunda."
    assert id_speakers(run, body) == ["Garuda Indonesia"]
    body = "Presiden Joko Widodo lewat akun Twitter pribadinya menyatakan bahwa ia berduka atas bencana itu."
    assert id_speakers(run, body) == ["Joko Widodo"]


def test_a_one_word_name_beside_a_body_is_one_more_speaker(run) -> None:  # type: ignore[no-untyped-def]
    body = "LBH Surabaya dan KawalHak menyesalkan lambannya penanganan kasus penganiayaan itu."
    assert id_speakers(run, body) == ["KawalHak", "LBH Surabaya"]


def test_ombudsman_alone_is_the_body(run) -> None:  # type: ignore[no-untyped-def]
    body = "Komnas HAM dan Ombudsman menyatakan bahwa laporan warga itu harus segera ditindaklanjuti."
    assert id_speakers(run, body) == ["Komnas HAM", "Ombudsman"]


def test_lbh_heads_a_body(run) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, "LBH Medan menyatakan akan mendampingi para korban penggusuran itu.") == ["LBH Medan"]
