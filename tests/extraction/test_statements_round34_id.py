"""Statement recall (round 34, Indonesian; causes found by mining fresh text for named entities near a verb of
saying with no statement): English staff titles used in Indonesian copy (`media officer`, `Public Relations
Manager`) mark the name after them, `Teknis` is a portfolio word of a title (`Direktur Teknis PSSI X`), and `saat
dikonfirmasi` stands between a subject and its verb like `saat dihubungi`. Every sentence here is written for the
tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers

PAD_ID = " Hal itu menjadi perbincangan hangat di media sosial dan banyak warganet yang memberikan komentar tentang kabar itu."


@pytest.mark.parametrize(
    "body, expected",
    [
        ('"Klub turut berduka atas kejadian ini," ujar media officer Persija Rudi Hartono saat melayat.',
         ["Rudi Hartono"]),
        ('"Kami terus berinovasi untuk pelanggan," ujar Public Relations Manager Acme Jaya, Rudi Hartono.',
         ["Rudi Hartono"]),
        ("Budi Santoso saat dikonfirmasi membenarkan kejadian di gudang itu.", ["Budi Santoso"]),
        ('"Kami menerima keputusan komite itu," kata Direktur Teknis PSSI Budi Santoso.', ["Budi Santoso"]),
    ],
)
def test_round34_speakers_id(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD_ID, language="id")) == expected


def test_tim_is_still_a_given_name_id(run) -> None:  # type: ignore[no-untyped-def]
    body = "Tim Cook berkata perusahaannya akan melawan perintah pengadilan itu sampai ke Mahkamah Agung."
    assert speakers(run(body + PAD_ID, language="id")) == ["Tim Cook"]
