"""The replay worker (the real worker's output path with a zero-cost extractor) writes what the real worker writes."""

from __future__ import annotations

import asyncio
import os
import pickle
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from unittest.mock import AsyncMock

import pytest
from prometheus_client import CollectorRegistry

from streamer.bench import e2e
from streamer.bench.articles import BenchArticle
from streamer.cli import sample_articles_path
from streamer.config import Settings
from streamer.errors import ConfigurationError
from streamer.extraction import Extractor
from streamer.pipeline import process_message
from streamer.service import replay
from streamer.service.app import StreamerService
from streamer.service.codec import OutgoingRecord
from tests.bench.test_passthrough_settings import COMPARED
from tests.support import read_records

RECORDING = Settings(kafka_bootstrap="127.0.0.1:1")
# The worker writes to other topic names than the recording process's: records are stored by role.
WORKER = Settings(kafka_bootstrap="127.0.0.1:1", topic_enriched="w.enriched", topic_visits="w.visits",
                  topic_statements="w.statements", topic_dlq="w.dlq", app_id="replay-test")
INVALID = b'{"id": "bad"'  # truncated JSON: the real worker dead-letters it as invalid_json


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def samples() -> list[bytes]:
    lines = [line.encode() for line in sample_articles_path().read_text().splitlines() if line.startswith("{")]
    return lines[:6]


@pytest.fixture(scope="module")
def replay_file(tmp_path_factory: pytest.TempPathFactory, samples: list[bytes], extractor: Extractor) -> Path:
    path = tmp_path_factory.mktemp("replay") / "records.pickle"
    replay.write_replay_file(path, replay.record_replay([*samples, INVALID], extractor=extractor, settings=RECORDING))
    return path


_PROCESSED_AT = re.compile(rb'"processed_at":"[^"]*"')


def _same_time(value: bytes) -> bytes:
    """The enriched record's processed_at is the recording's time (the same length of text): the rest is equal."""
    return _PROCESSED_AT.sub(b'"processed_at":"T"', value)


def _comparable(records: list[OutgoingRecord]) -> list[OutgoingRecord]:
    return [OutgoingRecord(topic=r.topic, key=r.key, value=_same_time(r.value), headers=r.headers) for r in records]


def _as_worker_would(records: list[OutgoingRecord]) -> list[OutgoingRecord]:
    rename = {RECORDING.topic_enriched: WORKER.topic_enriched, RECORDING.topic_visits: WORKER.topic_visits,
              RECORDING.topic_statements: WORKER.topic_statements}
    return _comparable([OutgoingRecord(topic=rename[r.topic], key=r.key, value=r.value, headers=r.headers)
                        for r in records])


def test_the_file_holds_exactly_the_records_process_message_gives(
    replay_file: Path, samples: list[bytes], extractor: Extractor
) -> None:
    entries = replay.load_replay_file(replay_file, WORKER)
    assert len(entries) == len(samples) + 1
    events = 0
    for raw in samples:
        expected = process_message(raw, extractor=extractor, settings=RECORDING)
        entry = entries[replay.replay_key(raw)]
        assert isinstance(entry, replay.Replayed)
        assert _comparable(entry.records) == _as_worker_would(expected.records)
        assert entry.language == expected.extraction.language
        assert entry.event_types == [event.type for event in expected.extraction.events]
        events += len(expected.extraction.events)
    assert events > 0, "the samples should exercise the event topics too"
    dead = entries[replay.replay_key(INVALID)]
    assert isinstance(dead, replay.ReplayedDeadLetter) and dead.reason == "invalid_json"


def _delivered(*args: Any, **kwargs: Any) -> asyncio.Future[None]:
    future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    future.set_result(None)
    return future


@pytest.fixture
def service(replay_file: Path) -> replay.ReplayService:
    built = replay.ReplayService(WORKER, replay.load_replay_file(replay_file, WORKER), registry=CollectorRegistry())
    for topic in built.handler.topics.values():
        topic.send = AsyncMock(side_effect=_delivered)  # type: ignore[method-assign]
    return built


def _sent(service: replay.ReplayService) -> list[OutgoingRecord]:
    return [OutgoingRecord(topic=name, key=c.kwargs["key"], value=c.kwargs["value"], headers=c.kwargs["headers"])
            for name, topic in service.handler.topics.items() for c in topic.send.call_args_list]


async def test_the_agent_sends_the_recorded_records_and_acks_them(
    service: replay.ReplayService, samples: list[bytes], extractor: Extractor
) -> None:
    async with service.agent.test_context() as agent:
        for raw in samples[:3]:
            await agent.put(raw, key=b"k")
    expected = [r for raw in samples[:3] for r in process_message(raw, extractor=extractor, settings=RECORDING).records]
    by_topic = sorted(_as_worker_would(expected), key=lambda r: r.topic)
    assert sorted(_comparable(_sent(service)), key=lambda r: r.topic) == by_topic  # per topic in order, as the real worker
    assert len(service.acks) == 0  # every message acked once its outputs were delivered
    assert service.handler.missing == 0


async def test_a_message_missing_from_the_file_is_a_dead_letter_and_the_partition_moves_on(
    service: replay.ReplayService, samples: list[bytes]
) -> None:
    async with service.agent.test_context() as agent:
        await agent.put(b'{"id": "never recorded", "body": "x"}', key=b"nope")
        await agent.put(INVALID, key=b"bad")
        await agent.put(samples[0], key=b"ok")
    dlq = service.handler.topics[WORKER.topic_dlq].send.call_args_list
    assert [(c.kwargs["key"], dict(c.kwargs["headers"])["dlq_reason"]) for c in dlq] == [
        (b"nope", replay.MISSING_REASON.encode()), (b"bad", b"invalid_json")]
    assert dlq[0].kwargs["value"] == b'{"id": "never recorded", "body": "x"}'  # the original bytes, as any dead letter
    assert len(service.handler.topics[WORKER.topic_enriched].send.call_args_list) == 1  # the next message went on
    assert service.handler.missing == 1
    assert len(service.acks) == 0


def test_the_replay_worker_is_the_real_worker_in_faust_settings_and_agent() -> None:
    real = StreamerService(WORKER, extractor=Extractor()).app.conf
    replayed = replay.ReplayService(WORKER, {}, registry=CollectorRegistry())
    assert {name: getattr(replayed.app.conf, name) for name in COMPARED} == {name: getattr(real, name) for name in COMPARED}
    agents = list(replayed.app.agents.values())
    assert len(agents) == 1 and agents[0].concurrency == 1
    assert isinstance(replayed.handler, replay.ReplayHandler)


@pytest.mark.parametrize("content", [None, b"", b"not a pickle", pickle.dumps({"format": "other"}),
                                     pickle.dumps({"format": replay.FORMAT, "entries": {b"x": ("ok",)}}),
                                     pickle.dumps(datetime(2024, 1, 1, tzinfo=timezone.utc))])
def test_an_unusable_file_is_a_configuration_error_saying_which(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "records.pickle"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ConfigurationError, match="STREAMER_REPLAY_FILE="):
        replay.load_replay_file(path, WORKER)


def test_the_worker_refuses_to_start_without_its_file(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMER_")}
    env.update({"STREAMER_KAFKA_BOOTSTRAP": "127.0.0.1:1", "STREAMER_CREATE_TOPICS": "false"})
    repo = Path(__file__).resolve().parents[2]
    for extra, message in (({}, "STREAMER_REPLAY_FILE is not set"),
                           ({"STREAMER_REPLAY_FILE": str(tmp_path / "gone.pickle")}, "cannot read the replay file")):
        result = subprocess.run([sys.executable, "-m", "streamer.service.replay"], env={**env, **extra}, cwd=repo,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 2
        assert message in result.stderr


@pytest.mark.broker
def test_replay_writes_on_the_broker_what_the_real_worker_writes(
    bootstrap: str, tmp_path: Path, samples: list[bytes], extractor: Extractor
) -> None:
    names = e2e.Names()
    topics = [names.raw, *names.outputs.values()]
    asyncio.run(e2e.create_topics(bootstrap, topics))
    articles = [BenchArticle(key=f"k{i}".encode(), value=raw, language="?") for i, raw in enumerate(samples)]
    info = e2e.write_replay(articles, tmp_path / "records.pickle")
    assert info["articles"] == len(samples) and info["dead_letters"] == 0
    missing = BenchArticle(key=b"missing", value=b'{"id": "m", "body": "not recorded"}', language="?")
    worker = e2e.spawn_worker("replay", bootstrap, names, tmp_path, extra_env={"STREAMER_REPLAY_FILE": info["file"]})
    expected = [r for raw in samples for r in process_message(raw, extractor=extractor, settings=RECORDING).records]
    try:
        asyncio.run(worker.wait_ready(timeout=60))
        asyncio.run(e2e.produce_all(bootstrap, names.raw, [*articles, missing]))
        out = asyncio.run(read_records(bootstrap, list(names.outputs.values()), expect=len(expected) + 1, timeout=60))
    finally:
        assert asyncio.run(worker.stop()) == 0, worker.log_tail()
        asyncio.run(e2e.delete_topics(bootstrap, topics))
    role = {v: k for k, v in names.outputs.items()}
    got = sorted((role[r.topic], r.key, _same_time(r.value), list(r.headers)) for r in out if role[r.topic] != "dlq")
    rec_role = {RECORDING.topic_enriched: "enriched", RECORDING.topic_visits: "visits",
                RECORDING.topic_statements: "statements"}
    assert got == sorted((rec_role[r.topic], r.key, _same_time(r.value), r.headers) for r in expected)
    dead = [r for r in out if role[r.topic] == "dlq"]
    assert [(r.key, dict(r.headers)["dlq_reason"]) for r in dead] == [(b"missing", replay.MISSING_REASON.encode())]


def test_backfill_ratios_and_the_report_give_the_replays_share_of_the_ceiling() -> None:
    from streamer.bench import report
    from streamer.bench.__main__ import backfill_ratios

    def run(kind: str, workers: int, speed: float, cpu: float) -> dict[str, Any]:
        return {"kind": kind, "workers": workers, "articles": 100, "outputs": 100, "dead_letters": 0, "complete": True,
                "ready_seconds": [1.0], "spawn_to_last_output_seconds": 3.0, "first_to_last_output_seconds": 1.0,
                "articles_per_second": speed, "articles_per_second_including_startup": 30.0,
                "worker_cpu_ms_per_article": cpu, "worker_memory": [{"rss_mib": 100.0, "peak_rss_mib": 110.0}]}

    backfills = [run("streamer", 1, 300.0, 2.0), run("replay", 1, 800.0, 0.8), run("passthrough", 1, 1600.0, 0.4),
                 run("streamer", 2, 500.0, 2.0), run("passthrough", 2, 2000.0, 0.4)]
    ratios = backfill_ratios(backfills)
    assert ratios[0] == {"workers": 1, "streamer": 300.0, "passthrough": 1600.0, "share_of_ceiling": 0.188,
                         "cpu_share_of_ceiling": 0.2, "replay": 800.0, "replay_share_of_ceiling": 0.5,
                         "replay_cpu_share_of_ceiling": 0.5}
    assert "replay" not in ratios[1]  # no replay run with 2 workers: no replay share
    results = {"meta": {"date": "d", "machine": "m", "command": "c", "articles_note": "n"}, "notes": [], "targets": [],
               "e2e": {"backfill": backfills, "backfill_ratios": ratios,
                       "replay_file": {"records_per_article": 3.2, "bytes_per_article": 9000.0,
                                       "raw_bytes_per_article": 4000.0, "dead_letters": 0, "seconds": 9.0}}}
    text = report.markdown(results)
    assert "| replay | 1 | 100 |" in text
    assert "The replay worker (the service's output path with a zero-cost extractor) reaches 0.5 of it (0.5 by" in text
    assert "Replay records: 3.2 records" in text
