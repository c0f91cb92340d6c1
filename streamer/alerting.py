"""An example downstream consumer: reads the event topics and prints one alert line per event that matches a
watch list (countries, people, minimum confidence). It shows how a consumer of streamer's output should behave:
its own consumer group, CloudEvents read in binary mode (ce_* headers), and deduplication by ce_id, since the
worker delivers at least once and a redelivered article yields the same ce_id.

    python -m streamer.alerting --countries ID,VN --min-confidence 0.5
    (docker compose runs it as the `alerting` service; its lines are in `docker compose logs alerting`)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

import orjson

from streamer.config import Settings


@dataclass(frozen=True)
class Watchlist:
    """What makes an event worth an alert. Empty countries and people mean every event (above the confidence)."""

    countries: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    min_confidence: float = 0.0

    @classmethod
    def parse(cls, countries: str = "", people: str = "", min_confidence: float = 0.0) -> Watchlist:
        return cls(
            countries=frozenset(c.strip().upper() for c in countries.split(",") if c.strip()),
            people=frozenset(p.strip().casefold() for p in people.split(",") if p.strip()),
            min_confidence=min_confidence,
        )


def _actor_countries(*actors: dict[str, Any] | None) -> set[str]:
    return {str(a["country"]).upper() for a in actors if a and a.get("country")}


def _actor_names(*actors: dict[str, Any] | None) -> set[str]:
    return {str(a["name"]).casefold() for a in actors if a and a.get("name")}


def alert_for(payload: dict[str, Any], watch: Watchlist) -> str | None:
    """The alert line for one event payload (EventPayload as JSON), or None when the watch list does not match."""
    event = payload.get("event") or {}
    if float(event.get("confidence", 0.0)) < watch.min_confidence:
        return None
    kind = event.get("type")
    if kind == "diplomatic_visit":
        traveler, destination = event.get("traveler") or {}, event.get("destination") or {}
        hosts = event.get("hosts") or []
        countries = _actor_countries(traveler, *hosts) | ({str(destination["country"]).upper()} if destination.get("country") else set())
        names = _actor_names(traveler, *hosts)
        place = ", ".join(p for p in (destination.get("city"), destination.get("country_name") or destination.get("country")) if p)
        text = f"VISIT [{event.get('status', '?')}] {traveler.get('name', '?')} -> {place or '?'}"
    elif kind == "statement":
        speaker, addressee = event.get("speaker") or {}, event.get("addressee")
        countries = _actor_countries(speaker, addressee)
        names = _actor_names(speaker, addressee)
        quote = str(event.get("quote", ""))
        text = f"STATEMENT [{event.get('kind', '?')}] {speaker.get('name', '?')}: \"{quote[:160]}{'...' if len(quote) > 160 else ''}\""
    else:
        return None
    # No filter at all means every event; otherwise any watched country or any watched person is enough.
    filtered = bool(watch.countries or watch.people)
    if filtered and not (countries & watch.countries or names & watch.people):
        return None
    return f"ALERT {text} (article {payload.get('article_id', '?')}, {payload.get('language', '?')}, confidence {float(event.get('confidence', 0.0)):.2f})"


@dataclass
class SeenIds:
    """The last `capacity` ce_ids seen: enough to drop the redeliveries of a rebalance, bounded in memory."""

    capacity: int = 100_000
    _ids: OrderedDict[str, None] = field(default_factory=OrderedDict)

    def first_time(self, ce_id: str | None) -> bool:
        if ce_id is None:
            return True
        if ce_id in self._ids:
            self._ids.move_to_end(ce_id)
            return False
        self._ids[ce_id] = None
        if len(self._ids) > self.capacity:
            self._ids.popitem(last=False)
        return True


def handle_record(value: bytes | None, headers: Sequence[tuple[str, bytes]] | None, watch: Watchlist, seen: SeenIds) -> str | None:
    """One consumed record to an alert line (or None): decode, deduplicate by ce_id, match."""
    header_map = {k: v.decode("utf-8", "replace") for k, v in (headers or [])}
    if not seen.first_time(header_map.get("ce_id")):
        return None
    try:
        payload = orjson.loads(value) if value else None
    except orjson.JSONDecodeError:
        return None
    if not isinstance(payload, dict):
        return None
    return alert_for(payload, watch)


async def consume(settings: Settings, watch: Watchlist, *, group_id: str, from_beginning: bool,
                  limit: int | None = None, idle: float | None = None, out: TextIO = sys.stdout) -> int:
    from aiokafka import AIOKafkaConsumer

    from streamer.service.kafka import client_kwargs

    consumer = AIOKafkaConsumer(
        *settings.event_topics, **client_kwargs(settings), group_id=group_id,
        auto_offset_reset="earliest" if from_beginning else "latest", enable_auto_commit=True,
    )
    await consumer.start()
    seen, alerts = SeenIds(), 0
    try:
        while limit is None or alerts < limit:
            batch = await consumer.getmany(timeout_ms=int((idle or 3600) * 1000))
            # Idle only counts once partitions are assigned: joining the group takes a few seconds of its own.
            if not batch and idle is not None and consumer.assignment():
                break
            for records in batch.values():
                for record in records:
                    line = handle_record(record.value, record.headers, watch, seen)
                    if line:
                        print(line, file=out, flush=True)
                        alerts += 1
    finally:
        await consumer.stop()
    return alerts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="streamer-alerting", description=__doc__.split("\n\n")[0])
    env = os.environ.get
    parser.add_argument("--countries", default=env("ALERT_COUNTRIES", ""), help="ISO alpha-2 codes, comma-separated (env ALERT_COUNTRIES)")
    parser.add_argument("--people", default=env("ALERT_PEOPLE", ""), help="canonical names, comma-separated (env ALERT_PEOPLE)")
    parser.add_argument("--min-confidence", type=float, default=float(env("ALERT_MIN_CONFIDENCE", "0")))
    parser.add_argument("--group-id", default=env("ALERT_GROUP_ID", "streamer-alerting"))
    parser.add_argument("--from-beginning", action="store_true", help="a new group starts at the oldest events")
    parser.add_argument("--max", type=int, help="stop after this many alerts")
    parser.add_argument("--idle-timeout", type=float, help="stop after this many seconds with no record")
    args = parser.parse_args(argv)
    watch = Watchlist.parse(args.countries, args.people, args.min_confidence)
    try:
        asyncio.run(consume(Settings(), watch, group_id=args.group_id, from_beginning=args.from_beginning,
                            limit=args.max, idle=args.idle_timeout))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
