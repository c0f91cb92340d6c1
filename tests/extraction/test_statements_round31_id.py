"""Indonesian statement recall (round 31): two titled people joined by 'dan' before one verb of saying both speak
('Menteri A X dan Gubernur B Y menyatakan'). Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import id_speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # each name with its own title phrase (a country or province after the title word)
        ("Menteri Perdagangan Budi Santoso dan Gubernur Jawa Barat Joko Susilo menyatakan bahwa pasar harus "
         "dibenahi.", ["Budi Santoso", "Joko Susilo"]),
        # the speech the words were said in stands between the pair and the verb
        ("Presiden Kenya Daniel Mwangi dan Presiden Ghana Kofi Mensah dalam sambutannya menegaskan bahwa kerja sama "
         "itu penting.", ["Daniel Mwangi", "Kofi Mensah"]),
    ],
)
def test_titled_pair_both_speak(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(id_speakers(run, body)) == sorted(expected)


def test_titled_object_before_lowercase_is_not_joined(run) -> None:  # type: ignore[no-untyped-def]
    # the first person is the object of a verb, not joined to the speaker by the title phrase
    body = "Ia menemui Menteri Perdagangan Budi Santoso. Gubernur Jawa Barat Joko Susilo menyatakan pasar harus dibenahi."
    assert id_speakers(run, body) == ["Joko Susilo"]


@pytest.mark.parametrize(
    "body",
    [
        # one of a group described right after the name, with no comma, running into the verb
        "Sutrisno salah seorang warga mengatakan getaran terasa cukup kuat.",
        # ... after 'Sementara itu' and ending in a place phrase with capitalised names
        "Sementara itu Sutrisno salah seorang warga di utara Kabupaten Garut tepatnya di Kecamatan Cibadak mengatakan "
        "getaran terasa cukup kuat.",
        # 'salah seorang' after a comma, like 'salah satu'
        "Sutrisno, salah seorang pedagang mengatakan harga cabai naik.",
    ],
)
def test_one_of_a_group_appositive(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == ["Sutrisno"]


def test_one_of_a_group_as_object_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, "Ia menyebut Sutrisno salah seorang warga yang paling rajin.") == []


def test_speech_occasion_with_other_verb(run) -> None:  # type: ignore[no-untyped-def]
    # what is done in a speech ('dalam sambutannya mendorong') is said; both titled people joined by 'dan' speak
    body = ("Presiden Kenya Daniel Mwangi dan Presiden Ghana Kofi Mensah dalam sambutannya mendorong penyelesaian "
            "konflik itu melalui dialog.")
    assert sorted(id_speakers(run, body)) == ["Daniel Mwangi", "Kofi Mensah"]


def test_action_without_speech_is_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    body = "Menteri Perdagangan Budi Santoso mendorong pembenahan pasar tradisional di daerah itu."
    assert id_speakers(run, body) == []
