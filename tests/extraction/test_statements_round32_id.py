"""Indonesian statement recall (round 32): passive verbs of saying with their agent named after them -- 'dilontarkan
X', and a lower-case role before the name ('seperti yang dikatakan warga Kecamatan X Y', 'disampaikan warga setempat
Y'). Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import id_speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 'dilontarkan' (uttered) with a titled agent, with and without 'oleh'
        ("Sebutan itu dilontarkan Kepala Seksi Umum Dinas Pendidikan Hendra Gunawan saat rapat di kantor dinas pada "
         "pekan lalu.", ["Hendra Gunawan"]),
        ("Kritik itu dilontarkan oleh Ketua Komisi Hendra Gunawan dalam rapat dengan pemerintah kota pada Senin "
         "lalu.", ["Hendra Gunawan"]),
        # a lower-case role, then the name
        ("Kabar itu disampaikan warga setempat Dodi Firmansyah kepada wartawan di lokasi kejadian.",
         ["Dodi Firmansyah"]),
        # a lower-case role and a place, then the name
        ("Getaran juga terasa di Kota Garut seperti yang dikatakan warga Kecamatan Tarogong Dodi Firmansyah. Ia "
         "mengaku panik dan segera keluar rumah bersama keluarganya.", ["Dodi Firmansyah"]),
    ],
)
def test_passive_agent_speaks(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(id_speakers(run, body)) == sorted(expected)


@pytest.mark.parametrize(
    "body",
    [
        # a relative clause about a thing, not a report of words
        "Beras yang disampaikan warga setempat Dodi Firmansyah kepada panitia sudah dibagikan kepada para korban.",
        # no name after the role
        "Keluhan itu disampaikan warga setempat kepada petugas kelurahan yang datang ke lokasi pada Senin pagi.",
    ],
)
def test_passive_role_without_agent(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a one-word city name the article never uses as a place, subject of 'melaporkan': an outlet of that name
        ("Jika kabar itu benar, Metro melaporkan bahwa grup musik itu akan tampil bersama sejumlah penyanyi lain di "
         "London.", ["Metro"]),
        # an outlet whose name ends in '!'
        ("Diberitakan E!, sumber dalam keluarga itu menyebut kedua bayi berada dalam kondisi baik dan sehat.", ["E!"]),
    ],
)
def test_outlet_named_like_a_city_or_with_bang(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(id_speakers(run, body)) == sorted(expected)


def test_city_used_as_a_place_does_not_report(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Banjir merendam ratusan rumah di Metro sejak Senin. Metro melaporkan bahwa air mulai surut pada Selasa "
            "pagi di sebagian besar wilayah kota.")
    assert "Metro" not in id_speakers(run, body)


def test_bang_name_does_not_end_a_sentence() -> None:
    from streamer.extraction.sentences import split_sentences

    text = "Kabar itu dikutip E! News dari sumber dekat keluarga. Ia juga menulis di Yahoo! Japan kemarin."
    spans = split_sentences(text, frozenset({"e!", "yahoo!"}))
    assert [text[s:e] for s, e in spans] == ["Kabar itu dikutip E! News dari sumber dekat keluarga.",
                                            "Ia juga menulis di Yahoo! Japan kemarin."]
