"""Indonesian statements, round 9: connectives before an appositive subject, the lawyer/spokesman/team of a
person named before, 'memastikan' a result, recaps and outlets with 'dilaporkan', common nouns that are never
names, titles ('Staf Ahli', 'Community Manager'), 'mengonfirmasikan'. Every sentence here is written for the
tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


def test_connective_before_appositive_subject(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Mereka adalah Rudi Hartanto dan Dimas Wijaya. Sementara Dimas, yang jarang bermain di klub Persija, "
            "menjelaskan bahwa ia senang bisa bergabung.")
    assert speakers(run(body, language="id")) == ["Dimas"]


@pytest.mark.parametrize(
    "body",
    [
        "Ketua Partai Merah, Budi Santoso, hadir. Kuasa hukum Budi menyatakan banding atas putusan itu.",
        ("Terdakwa kasus itu, Basuki Tjahaja Purnama alias Ahok, divonis dua tahun. Tim kuasa hukum Ahok pun "
         "berharap putusan itu segera berkekuatan hukum tetap."),
    ],
)
def test_lawyer_of_a_named_person_is_not_that_person(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == []


def test_lawyer_named_with_his_title_still_speaks(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Kuasa hukum Hotman Sitompul mengatakan kliennya tidak bersalah. Kuasa hukum Hotman menambahkan "
            "bahwa bukti lemah.")
    assert speakers(run(body, language="id")) == ["Hotman Sitompul"]
    assert speakers(run("Pengacara Budi Santoso menyatakan kliennya siap hadir di persidangan pekan depan.",
                        language="id")) == ["Budi Santoso"]


@pytest.mark.parametrize(
    "body",
    [
        "Rehan / Rinov memastikan titel tersebut setelah memenangi laga.",
        "Ganda putra Budi Santoso memastikan diri lolos ke final setelah menang dua gim langsung.",
        "Pebulu tangkis Dimas Wijaya memastikan tiket ke semifinal usai mengalahkan unggulan kedua.",
    ],
)
def test_securing_a_result_is_no_statement(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == []


def test_memastikan_a_clause_still_speaks(run) -> None:  # type: ignore[no-untyped-def]
    body = "Menteri Pertanian Bambang Wiryawan memastikan pasokan beras aman hingga akhir tahun."
    assert speakers(run(body, language="id")) == ["Bambang Wiryawan"]


def test_recap_dilaporkan_credits_the_outlet(run) -> None:  # type: ignore[no-untyped-def]
    body = "Kuwait mengusir diplomat Iran karena kasus teror di negara itu. Demikian dilaporkan AFP, Kamis (20/7)."
    assert speakers(run(body, language="id")) == ["AFP"]


def test_sebagaimana_dilaporkan_outlet(run) -> None:  # type: ignore[no-untyped-def]
    body = "Sebagaimana dilaporkan Marca, pemain itu dianggap ideal untuk mempromosikan klub di Amerika."
    assert speakers(run(body, language="id")) == ["Marca"]


@pytest.mark.parametrize(
    "body",
    [
        "Rudi Santoso ditangkap polisi di Semarang. Pelaku mengaku tidak mengenal korban.",
        "Umat Islam wajib hidup menurut Qur'an dan Sunnahnya, kata penceramah itu tanpa menyebut nama.",
    ],
)
def test_common_nouns_and_scripture_are_no_speakers(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("\" Kami sudah memblokir ribuan situs tahun ini, \" kata Staf Ahli Menteri Perhubungan, Dedi Kurniawan "
         "di Padang.", ["Dedi Kurniawan"]),
        ("\"Mode baru akan hadir pada musim semi ini untuk semua pemain,\" tulis Community Manager Gazillion, "
         "David Lee, dalam blog resmi.", ["David Lee"]),
    ],
)
def test_new_titles(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_mengonfirmasikan(run) -> None:  # type: ignore[no-untyped-def]
    body = "Aktor Bambang Sutrisno sebelumnya mengonfirmasikan keterlibatannya dalam film itu."
    assert speakers(run(body, language="id")) == ["Bambang Sutrisno"]
