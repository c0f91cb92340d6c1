"""Statements: direct and reported speech, speakers, addressees, unnamed sources, officials of a country."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers
from tests.extraction.fixtures import EN_HOST, ID_TRIP


def test_statements_fixture_article(run) -> None:  # type: ignore[no-untyped-def]
    x = run(ID_TRIP)
    assert speakers(x) == ["Japan officials", "Retno Marsudi", "Yoshimasa Hayashi"]
    st = [e for e in x.events if e.type == "statement"]
    reported = next(s for s in st if s.kind == "reported" and s.speaker.name == "Retno Marsudi")
    assert reported.addressee is not None and reported.addressee.name == "Yoshimasa Hayashi"
    assert reported.quote.startswith("Jakarta ingin memperluas")
    direct = next(s for s in st if s.kind == "direct")
    assert direct.speaker.name == "Retno Marsudi" and direct.quote.startswith("Kita tidak hanya")
    assert direct.key == f"statement:kb:retno-marsudi:{x.text.index('Kita tidak')}"
    assert all(s.cameo == "010" for s in st)


def test_statements_english_told_and_direct(run) -> None:  # type: ignore[no-untyped-def]
    x = run(EN_HOST)
    st = [e for e in x.events if e.type == "statement"]
    assert {(s.speaker.name, s.kind) for s in st} == {("Francisco Bustillo", "reported"), ("Francisco Bustillo", "direct")}
    assert next(s for s in st if s.kind == "reported").quote.startswith("the two countries")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('" Tidak ada rencana itu , " ucap Zulkifli Hasan di Jakarta .', ["Zulkifli Hasan"]),
        ("Menurut Sri Mulyani, defisit anggaran tetap terkendali tahun ini.", ["Sri Mulyani Indrawati"]),
        ("Para pejabat AS mengatakan bahwa sanksi baru sedang disiapkan.", ["US officials"]),
        ("U.S. officials said the talks would resume in March.", ["US officials"]),
        ("Brambleton Systems Corp said it expects higher earnings. The company said sales rose.", ["Brambleton Systems Corp"]),
        ("The Kremlin said the talks had been useful.", ["Kremlin"]),
        ("China said it opposed the new tariffs.", ["China"]),
    ],
)
def test_statements_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Sumber mengatakan bahwa kedua negara akan menandatangani perjanjian itu.",
        "Analysts said the market would recover by the end of the year.",
        "Traders said prices were steady in quiet dealings on Monday.",
        "Officials said the plan was still under review by the committee.",
        "Harga minyak naik tajam pada perdagangan hari Senin karena pasokan menurun.",
    ],
)
def test_statements_unnamed_or_narration_negative(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body)) == []
