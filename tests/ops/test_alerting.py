"""The example alerting consumer (streamer/alerting.py): which events make an alert, and deduplication."""

from __future__ import annotations

import orjson

from streamer.alerting import SeenIds, Watchlist, alert_for, handle_record


def visit(traveler_country: str = "ID", destination: str = "VN", confidence: float = 0.9) -> dict:
    return {
        "article_id": "a-1", "language": "id",
        "event": {
            "type": "diplomatic_visit", "status": "arrived", "confidence": confidence,
            "traveler": {"name": "Retno Marsudi", "country": traveler_country},
            "destination": {"country": destination, "country_name": "Viet Nam", "city": "Hanoi"},
            "hosts": [{"name": "Bui Thanh Son", "country": destination}],
        },
    }


def statement(speaker: str = "Penny Wong", country: str = "AU") -> dict:
    return {
        "article_id": "a-2", "language": "en",
        "event": {"type": "statement", "kind": "assertion", "confidence": 0.8, "quote": "x" * 200,
                  "speaker": {"name": speaker, "country": country}},
    }


def test_no_watch_list_alerts_on_every_event() -> None:
    line = alert_for(visit(), Watchlist())
    assert line == "ALERT VISIT [arrived] Retno Marsudi -> Hanoi, Viet Nam (article a-1, id, confidence 0.90)"
    assert alert_for(statement(), Watchlist()).startswith('ALERT STATEMENT [assertion] Penny Wong: "' + "x" * 160 + '..."')


def test_countries_match_traveler_destination_or_host() -> None:
    assert alert_for(visit(destination="VN"), Watchlist.parse(countries="vn"))
    assert alert_for(visit(traveler_country="ID", destination="JP"), Watchlist.parse(countries="ID"))
    assert alert_for(visit(traveler_country="US", destination="JP"), Watchlist.parse(countries="ID,VN")) is None
    assert alert_for(statement(country="AU"), Watchlist.parse(countries="ID")) is None


def test_people_match_by_name_case_insensitively_and_either_filter_is_enough() -> None:
    assert alert_for(statement(), Watchlist.parse(people="penny wong"))
    assert alert_for(statement(), Watchlist.parse(countries="ID", people="Penny Wong"))
    assert alert_for(statement(), Watchlist.parse(people="Someone Else")) is None


def test_low_confidence_events_are_dropped() -> None:
    assert alert_for(visit(confidence=0.4), Watchlist(min_confidence=0.5)) is None
    assert alert_for(visit(confidence=0.5), Watchlist(min_confidence=0.5))


def test_records_are_deduplicated_by_ce_id_and_junk_is_ignored() -> None:
    seen = SeenIds(capacity=2)
    value = orjson.dumps(visit())
    headers = [("ce_id", b"id-1"), ("ce_type", b"org.streamer.event.diplomatic_visit.v1")]
    assert handle_record(value, headers, Watchlist(), seen)
    assert handle_record(value, headers, Watchlist(), seen) is None  # redelivery
    assert handle_record(b"{not json", [("ce_id", b"id-2")], Watchlist(), seen) is None
    assert handle_record(None, [("ce_id", b"id-3")], Watchlist(), seen) is None
    # Bounded memory: id-1 was pushed out by id-2 and id-3, so it counts as new again.
    assert handle_record(value, headers, Watchlist(), seen)
