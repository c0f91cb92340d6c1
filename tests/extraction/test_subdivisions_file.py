"""data/shared/subdivisions.json is pycountry's ISO 3166-2 table cut to the countries the languages read provinces of;
it must not drift from pycountry, nor miss a country a places.json asks for."""

from __future__ import annotations

import orjson

from streamer.extraction.resources import DATA_DIR, _subdivision_names, subdivision
from streamer.extraction.tools import gen_subdivisions


def test_file_matches_pycountry_for_every_country_asked_for() -> None:
    on_disk = orjson.loads((DATA_DIR / "shared" / "subdivisions.json").read_bytes())
    fresh = gen_subdivisions.table(gen_subdivisions.wanted_countries())
    assert on_disk["countries"] == fresh["countries"], "run: python -m streamer.extraction.tools.gen_subdivisions"
    assert "ID" in on_disk["countries"] and len(on_disk["countries"]["ID"]) >= 34
    # English reads US, Canadian, Australian and British subdivision names as place words: from the file too, so
    # no article is the first to load pycountry's whole table
    assert {"US", "CA", "AU", "GB"} <= set(on_disk["countries"])


def test_lookups_read_the_file_and_fall_back_to_pycountry() -> None:
    jabar = subdivision("ID-JB")
    assert jabar is not None and jabar.name == "Jawa Barat" and jabar.country == "ID"
    assert subdivision("ID-XX") is None
    texas = subdivision("US-TX")  # a country the file does not hold
    assert texas is not None and texas.name == "Texas" and texas.country == "US"
    assert _subdivision_names(("ID",))["Papua"] == "ID-PA"  # the province, not the geographical unit
