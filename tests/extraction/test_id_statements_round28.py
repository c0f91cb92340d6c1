"""Indonesian statement recall (round 28): a rank that opens the speaker's own name before an office set off by a
comma ('kata Kompol Budi Santoso, Kapolsek Tanah Abang.'), and a person named at the clause start whose
description in lower-case words runs, with no closing comma, into the verb ('Sutrisno, salah satu pedagang sayur
mengatakan'). Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers

PAD = " Hal itu menjadi perbincangan hangat di media sosial dan banyak warganet yang memberikan komentar tentang kabar itu."


@pytest.mark.parametrize(
    "body",
    [
        "Warga diminta waspada. \"Patroli kami lakukan setiap malam,\" kata Kompol Budi Santoso, Kapolsek Tanah Abang.",
        "Warga diminta waspada. \"Patroli kami lakukan setiap malam,\" kata Iptu Budi Santoso, Kapolsek Tanah Abang.",
        "Warga diminta waspada. \"Patroli kami lakukan setiap malam,\" kata Kompol Budi Santoso, Kepala Polsek Tanah "
        "Abang.",
    ],
)
def test_a_rank_opens_the_speakers_own_name(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == ["Budi Santoso"]


def test_the_holder_after_a_title_phrase_still_speaks(run) -> None:  # type: ignore[no-untyped-def]
    body = "Warga diminta waspada. \"Patroli kami lakukan setiap malam,\" kata Kapolsek Tanah Abang, Kompol Budi Santoso."
    assert speakers(run(body + PAD, language="id")) == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Harga sayur naik lagi. Sutrisno, salah satu pedagang sayur mengatakan, pasokan dari petani berkurang.",
         ["Sutrisno"]),
        ("Harga sayur naik lagi. Leni Marlina, pembeli sayur mengatakan harga cabai terlalu mahal.", ["Leni Marlina"]),
    ],
)
def test_a_lower_case_description_runs_into_the_verb(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Harga sayur naik lagi. Selain Budi, para pedagang mengatakan harga cabai terlalu mahal.",
        "Harga sayur naik lagi. Budi Hartono, istrinya mengatakan harga cabai terlalu mahal.",
        "Harga sayur naik lagi. Menurutnya, pedagang sayur mengatakan harga cabai terlalu mahal.",
        "Harga sayur naik lagi. Sayangnya, pedagang sayur mengatakan harga cabai terlalu mahal.",
    ],
)
def test_no_description_no_new_speaker(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == []


@pytest.mark.parametrize(
    "body",
    [
        "Perusahaan itu terus tumbuh. Rina Wulandari melanjutkan, “Kami terus memperluas jaringan gerai di seluruh Jawa "
        "dan Bali tahun ini.”",
        "Perusahaan itu terus tumbuh. Direktur Pemasaran Rina Wulandari kepada wartawan menjelaskan:\n\n“Kami terus "
        "memperluas jaringan "
        "gerai di seluruh Jawa dan Bali tahun ini.”",
    ],
)
def test_continued_and_colon_introduced_quotes(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == ["Rina Wulandari"]


def test_continuing_a_journey_is_no_utterance(run) -> None:  # type: ignore[no-untyped-def]
    body = "Perusahaan itu terus tumbuh. Rina Wulandari melanjutkan perjalanan ke Bali untuk membuka gerai baru tahun ini."
    assert speakers(run(body + PAD, language="id")) == []


def test_a_titled_person_speaks_in_her_capacity(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Perusahaan itu terus tumbuh. Direktur Utama Rina Wulandari selaku pendiri Tokoku.com menjelaskan, pihaknya "
            "terus memperluas jaringan gerai.")
    assert speakers(run(body + PAD, language="id")) == ["Rina Wulandari"]


@pytest.mark.parametrize(
    "body",
    [
        "Gedung baru itu diresmikan kemarin. Budi Santoso dalam sambutannya mengatakan gedung itu dipakai untuk pelatihan.",
        "Gedung baru itu diresmikan kemarin. Budi Santoso dalam pidatonya mengatakan gedung itu dipakai untuk pelatihan.",
        "Perusahaan itu terus tumbuh. Budi Santoso selaku pendiri Tokoku.com menjelaskan, pihaknya terus memperluas gerai.",
    ],
)
def test_the_speech_or_the_capacity_between_name_and_verb(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == ["Budi Santoso"]


def test_a_pronoun_after_a_judged_subject_goes_to_the_last_speaker(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Tim itu punya dua penyerang berbahaya. \"Kami harus mewaspadai mereka,\" ujar Rudi Hartono. Sedangkan "
            "Santos, pemain itu dinilai Rudi memiliki kemampuan komplet. Ia melanjutkan, pemain asal Brasil itu "
            "berbahaya dalam penyelesaian akhir.")
    x = run(body + PAD, language="id")
    assert sorted(e.speaker.name for e in x.events if e.type == "statement") == ["Rudi Hartono", "Rudi Hartono"]
