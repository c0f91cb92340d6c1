"""Round 66: Indonesian geographic words ('Pulau', 'Kepulauan', 'Danau', 'Selat', 'Teluk', 'Sungai') open a place's
name, never a person's: 'Warga Pulau X menolak' names no person X."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.extraction.conftest import ID_PAD


@pytest.mark.parametrize("place", ["Pulau Sumbawa Kecil", "Kepulauan Seribu Utara", "Danau Toba Selatan",
                                   "Selat Sunda Barat", "Teluk Bayur Baru", "Sungai Musi Hilir"])
def test_geographic_word_opens_no_person(run, place: str) -> None:  # type: ignore[no-untyped-def]
    body = f"Warga {place} menolak rencana tambang pasir itu sejak awal tahun." + ID_PAD
    x = run(body, published=datetime(2017, 12, 12, 9, 0))
    assert not [e.name for e in x.entities if e.type == "PERSON"]
