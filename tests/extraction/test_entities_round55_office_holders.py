"""Round 55: a bare title of a single-holder office names the knowledge base's holder on the article's date
(data/shared/offices.json), as the issue asks of 'Menlu AS'; former, future, deputy and apposed uses do not."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from streamer.extraction.resources import kb_office_holder, load_resources
from tests.extraction.conftest import ID_PAD, WIRE_PAD, speakers, visits

MAY_2017 = datetime(2017, 5, 16, 9, 0)
MAY_2023 = datetime(2023, 5, 16, 9, 0)


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        ("Menlu AS tiba di Jakarta, Senin, untuk membahas kerja sama kedua negara.", MAY_2017,
         [("Rex Tillerson", "ID")]),
        ("Menlu AS tiba di Jakarta, Senin, untuk membahas kerja sama kedua negara.", MAY_2023,
         [("Antony Blinken", "ID")]),
        ("Presiden Rusia tiba di Jakarta, Senin, untuk membahas kerja sama kedua negara.", MAY_2017,
         [("Vladimir Putin", "ID")]),
    ],
)
def test_bare_id_title_resolves_by_date(run, body: str, published: datetime,  # type: ignore[no-untyped-def]
                                        expected: list[tuple[str, str]]) -> None:
    assert visits(run(body + ID_PAD, published=published)) == expected


def test_bare_en_title_speaks_as_its_holder(run) -> None:  # type: ignore[no-untyped-def]
    body = "The U.S. Secretary of State said the United States supported the talks." + WIRE_PAD
    assert speakers(run(body, published=MAY_2017)) == ["Rex Tillerson"]


@pytest.mark.parametrize(
    "body",
    [
        "Mantan Presiden AS tiba di Jakarta, Senin, untuk membahas kerja sama kedua negara.",
        "Presiden AS terpilih tiba di Jakarta, Senin, untuk membahas kerja sama kedua negara.",
        "Presiden AS saat itu tiba di Jakarta, Senin, untuk membahas kerja sama kedua negara.",
    ],
)
def test_former_and_future_holders_stay_unresolved(run, body: str) -> None:  # type: ignore[no-untyped-def]
    names = [name for name, _ in visits(run(body + ID_PAD, published=MAY_2017))]
    assert "Donald Trump" not in names and "Barack Obama" not in names


def test_title_of_a_named_aide_or_apposition_is_not_the_holder(run) -> None:  # type: ignore[no-untyped-def]
    aide = "\" Kami sudah siap, \" kata Staf Ahli Menteri Perhubungan, Dedi Kurniawan di Padang." + ID_PAD
    assert speakers(run(aide, published=MAY_2017)) == ["Dedi Kurniawan"]
    office = "In Kingston, OPEC President Jon Doe, who is also Nigerian Oil Minister, said prices would hold." + WIRE_PAD
    assert visits(run(office, published=datetime(1987, 3, 10, 9, 0))) == [("Jon Doe", "JM")]


def test_office_holder_lookup() -> None:
    shared = load_resources()
    assert kb_office_holder(shared, "foreign minister", "US", date(2017, 5, 16)) == "kb:rex-tillerson"
    assert kb_office_holder(shared, "secretary of state", "US", date(2017, 1, 25)) is None  # between two holders
    assert kb_office_holder(shared, "minister", "ID", date(2017, 5, 16)) is None  # held by many
    assert kb_office_holder(shared, "state secretary", "DE", date(2017, 5, 16)) is None
