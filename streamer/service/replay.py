"""A replay worker: the real worker's Kafka output path with a zero-cost extractor, for the benchmark.

Before the workers start, the benchmark runs the real worker's pure function (`process_message`) on every
bench article in its own process and writes the outgoing records to a file (`record_replay`,
`write_replay_file`). This worker loads that file at start and, for each raw message, looks its records up (by
the SHA-256 of the message value) and sends them to the same topics with the same keys, values and headers,
acked through the same window, with the same metrics. It *is* the real worker (`StreamerService`: the same faust
App, agent, ack window, producer topics, metrics and lag timer) with `process_message` replaced by a dict
look-up. So against the real worker it differs only by decode + extraction + encode; against the pass-through
only by the number and size of the records written (and the agent's bookkeeping per article).

The one difference in content: the enriched record's `processed_at` is the recording's time, not the send's
(the same length of text).

Messages the real worker dead-letters are dead-lettered here too, with the same reason and detail. A message
that is not in the file at all becomes a dead letter with reason `not_in_replay_file` and a warning: the
partition moves on as with any unprocessable message, and the benchmark, which accounts for every input on
the enriched and dead-letter topics, counts it as a dead letter instead of waiting for it until its timeout.

    STREAMER_REPLAY_FILE=records.pickle python -m streamer.service.replay

The file is a pickle of plain values only (dicts, lists, tuples, str, bytes, float, None); it is loaded with
an unpickler that refuses every class, so a file from elsewhere cannot run code.
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import io
import logging
import os
import pickle
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Final, cast

from prometheus_client import CollectorRegistry

from streamer.config import Settings
from streamer.errors import ConfigurationError, ExtractionError, InvalidArticle
from streamer.extraction import Extractor
from streamer.metrics import StreamerMetrics
from streamer.pipeline import process_message
from streamer.service.app import ArticleHandler, GracefulWorker, StreamerService
from streamer.service.codec import OutgoingRecord

log = logging.getLogger("streamer.replay")

REPLAY_FILE_ENV: Final = "STREAMER_REPLAY_FILE"
FORMAT: Final = "streamer-replay/1"
MISSING_REASON: Final = "not_in_replay_file"
ROLES: Final = ("enriched", "visits", "statements", "dlq")

# On file: digest -> ("ok", language, event types, published POSIX seconds or None, [(role, key, value, headers)])
#                  or ("dead", reason, detail)
StoredRecord = tuple[str, bytes | None, bytes, list[tuple[str, bytes]]]


@dataclass(frozen=True, slots=True)
class Replayed:
    """What the real worker wrote for one message, with what its metrics need."""

    records: list[OutgoingRecord]
    language: str
    event_types: list[str]
    published: datetime | None


@dataclass(frozen=True, slots=True)
class ReplayedDeadLetter:
    reason: str
    detail: str


Entry = Replayed | ReplayedDeadLetter


def replay_key(raw: bytes | None) -> bytes:
    """The look-up key of a message: its value's SHA-256 (the key may repeat; the value names the article)."""
    return b"tombstone" if raw is None else hashlib.sha256(raw).digest()


def _role(topic: str, settings: Settings) -> str:
    names = {settings.topic_enriched: "enriched", settings.topic_visits: "visits",
             settings.topic_statements: "statements", settings.topic_dlq: "dlq"}
    return names[topic]


def _topic(role: str, settings: Settings) -> str:
    return {"enriched": settings.topic_enriched, "visits": settings.topic_visits,
            "statements": settings.topic_statements, "dlq": settings.topic_dlq}[role]


def record_replay(values: Iterable[bytes | None], *, extractor: Extractor, settings: Settings) -> dict[bytes, Any]:
    """Run the worker's pure function on each message value; the file's entries (topics stored by role, so the
    worker may write to other topic names than these settings')."""
    entries: dict[bytes, Any] = {}
    for raw in values:
        try:
            processed = process_message(raw, extractor=extractor, settings=settings)
        except (InvalidArticle, ExtractionError) as exc:  # as ArticleHandler.handle
            detail = exc.detail if isinstance(exc, InvalidArticle) else str(exc)
            entries[replay_key(raw)] = ("dead", exc.reason, detail)
            continue
        published = processed.article.document.published
        if published is not None and published.tzinfo is None:
            published = published.replace(tzinfo=timezone.utc)
        records = [(_role(r.topic, settings), r.key, r.value, list(r.headers)) for r in processed.records]
        entries[replay_key(raw)] = (
            "ok", processed.extraction.language, [event.type for event in processed.extraction.events],
            None if published is None else published.timestamp(), records,
        )
    return entries


def write_replay_file(path: Path, entries: dict[bytes, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(pickle.dumps({"format": FORMAT, "entries": entries}, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(path)


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"the replay file may hold plain values only, not {module}.{name}")


def load_replay_file(path: Path, settings: Settings) -> dict[bytes, Entry]:
    """The file's entries with the topic names of these settings; ConfigurationError saying why if it is unusable."""
    try:
        data = _PlainUnpickler(io.BytesIO(path.read_bytes())).load()
    except OSError as exc:
        raise ConfigurationError(f"{REPLAY_FILE_ENV}={path}: cannot read the replay file: {exc}") from exc
    except Exception as exc:  # noqa: BLE001 (any unpickling failure: a truncated or foreign file)
        raise ConfigurationError(f"{REPLAY_FILE_ENV}={path}: not a replay file: {type(exc).__name__}: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("entries"), dict):
        raise ConfigurationError(f"{REPLAY_FILE_ENV}={path}: not a {FORMAT} file")
    entries: dict[bytes, Entry] = {}
    try:
        for digest, stored in data["entries"].items():
            if stored[0] == "dead":
                entries[digest] = ReplayedDeadLetter(reason=stored[1], detail=stored[2])
                continue
            _, language, event_types, published, records = stored
            entries[digest] = Replayed(
                records=[OutgoingRecord(topic=_topic(role, settings), key=key, value=value, headers=headers)
                         for role, key, value, headers in records],
                language=language, event_types=list(event_types),
                published=None if published is None else datetime.fromtimestamp(published, timezone.utc),
            )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ConfigurationError(f"{REPLAY_FILE_ENV}={path}: malformed entry: {type(exc).__name__}: {exc}") from exc
    return entries


def replay_file_from_env() -> Path:
    value = os.environ.get(REPLAY_FILE_ENV)
    if not value:
        raise ConfigurationError(f"{REPLAY_FILE_ENV} is not set: the replay worker needs the file of recorded outputs")
    return Path(value)


class ReplayHandler(ArticleHandler):
    """ArticleHandler.handle with `process_message` replaced by a look-up; the metrics and emits are the same."""

    def __init__(self, *, settings: Settings, metrics: StreamerMetrics, topics: dict[str, Any],
                 entries: dict[bytes, Entry]) -> None:
        super().__init__(settings=settings, extractor=cast(Extractor, None), metrics=metrics, topics=topics)
        self.entries = entries
        self.missing = 0

    async def handle(
        self, raw: bytes | None, *, key: bytes | None, topic: str, partition: int, offset: int
    ) -> asyncio.Future[Any]:
        started = time.perf_counter()
        self.metrics.articles_consumed.inc()
        entry = self.entries.get(replay_key(raw))
        if entry is None:
            self.missing += 1
            durable = await self._dead_letter(raw, key, MISSING_REASON, "the replay file has no records for this message",
                                              topic=topic, partition=partition, offset=offset)
        elif isinstance(entry, ReplayedDeadLetter):
            durable = await self._dead_letter(raw, key, entry.reason, entry.detail, topic=topic, partition=partition,
                                              offset=offset)
        else:
            self.metrics.extraction_seconds.observe(0.0)
            durable = await self._emit(entry.records)
            language = entry.language
            self._counter("articles_processed", language).inc()
            self.metrics.enriched_published.inc()
            for event_type in entry.event_types:
                self._counter(event_type, language).inc()
            if entry.published is not None and entry.event_types:
                lag = (datetime.now(timezone.utc) - entry.published).total_seconds()
                self.metrics.event_lag_seconds.observe(max(lag, 0.0))
        self.last_offsets[(topic, partition)] = offset
        durable.add_done_callback(lambda _: self.metrics.processing_seconds.observe(time.perf_counter() - started))
        return durable


class _NoExtractor:
    """Stands in for the Extractor the replay never calls (loading the knowledge base would only cost start-up)."""

    version = Extractor.version

    def extract(self, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the replay worker does not extract")


class ReplayService(StreamerService):
    """The real worker's service (App, agent, ack window, producer topics, metrics, web server) around a ReplayHandler."""

    def __init__(self, settings: Settings, entries: dict[bytes, Entry], *, registry: CollectorRegistry | None = None) -> None:
        super().__init__(settings, extractor=cast(Extractor, _NoExtractor()), registry=registry)
        self.handler = ReplayHandler(settings=settings, metrics=self.metrics, topics=self.handler.topics, entries=entries)


def run_replay(settings: Settings, entries: dict[bytes, Entry]) -> None:
    service = ReplayService(settings, entries)
    gc.freeze()  # as run_worker; here it also keeps the loaded records out of every full collection
    worker = GracefulWorker(
        service.app, service.web, grace=settings.shutdown_grace_seconds, loglevel=settings.log_level,
        redirect_stdouts=False, override_logging=False,
    )
    worker.execute_from_commandline()


def main() -> None:
    from streamer.service.kafka import ensure_topics

    settings = Settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        path = replay_file_from_env()
        entries = load_replay_file(path, settings)
    except ConfigurationError as exc:
        log.critical("%s", exc)
        raise SystemExit(2) from exc
    log.info("replaying the recorded outputs of %d messages from %s", len(entries), path)
    if settings.create_topics:
        asyncio.run(asyncio.wait_for(ensure_topics(settings), settings.broker_request_timeout_seconds))
    run_replay(settings, entries)


if __name__ == "__main__":
    main()
