"""Round 63: a knowledge-base person named with a middle name ('Anies Rasyid Baswedan' for 'Anies Baswedan') is
that person, not a second one built from the words after the given name."""

from __future__ import annotations

from datetime import datetime

from tests.extraction.conftest import ID_PAD, speakers

DEC_2017 = datetime(2017, 12, 12, 9, 0)


def test_kb_person_with_a_middle_name_is_one_speaker(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Gubernur Jakarta Anies Rasyid Baswedan mengatakan tanggul yang jebol terbuat dari karung berisi pasir. "
            "\"Itu bukan beton,\" ujar Anies Baswedan di Balai Kota.")
    assert speakers(run(body + ID_PAD, published=DEC_2017)) == ["Anies Baswedan"]


def test_other_given_name_with_the_same_surname_stays_apart(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Rektor Budi Rasyid Baswedan mengatakan kampus akan dibuka pekan depan. "
            "\"Itu bukan beton,\" ujar Anies Baswedan di Balai Kota.")
    assert speakers(run(body + ID_PAD, published=DEC_2017)) == ["Anies Baswedan", "Budi Rasyid Baswedan"]
