"""The real worker process against the real broker: articles in, CloudEvents and dead letters out."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import orjson
import pytest

from streamer.cli import iter_messages, sample_articles_path
from streamer.service.codec import EVENT_TYPES, event_id
from tests.support import Topics, WorkerProcess, produce, read_records, start_worker

pytestmark = pytest.mark.broker


def _sample(article_id: str) -> bytes:
    for key, value in iter_messages([str(sample_articles_path())]):
        if key == article_id.encode():
            return value
    raise LookupError(article_id)


RETNO = "sample-antara-2023-05-15-retno-hanoi"


def test_worker_publishes_visits_and_statements_as_cloudevents(bootstrap: str, topics: Topics, worker: WorkerProcess) -> None:
    asyncio.run(produce(bootstrap, topics.raw, [_sample(RETNO)], keys=[RETNO.encode()]))

    enriched = asyncio.run(read_records(bootstrap, [topics.enriched], expect=1, timeout=60))
    assert len(enriched) == 1, worker.log_tail()
    article = orjson.loads(enriched[0].value)
    assert article["id"] == RETNO
    assert article["language"] == "id"

    visits = asyncio.run(read_records(bootstrap, [topics.visits], expect=2, timeout=20, idle=5))
    pairs = {(orjson.loads(r.value)["event"]["traveler"]["name"], orjson.loads(r.value)["event"]["destination"]["country"]) for r in visits}
    assert {country for _, country in pairs} == {"VN", "LA"}
    assert all("Retno" in name for name, _ in pairs)

    statements = asyncio.run(read_records(bootstrap, [topics.statements], expect=2, timeout=20, idle=5))
    speakers = {orjson.loads(r.value)["event"]["speaker"]["name"] for r in statements}
    assert any("Retno" in s for s in speakers) and any("Bui Thanh Son" in s for s in speakers), speakers

    for record in visits + statements:
        headers = {k: v.decode() for k, v in record.headers}
        payload = orjson.loads(record.value)
        event = payload["event"]
        assert headers["ce_specversion"] == "1.0"
        assert headers["ce_type"] == EVENT_TYPES[event["type"]]
        assert headers["ce_subject"] == RETNO
        assert headers["ce_source"] == "urn:streamer"
        assert headers["ce_time"].startswith("2023-05-15")
        assert headers["content-type"] == "application/json"
        assert headers["ce_id"] == event_id(RETNO, None, event["key"])
        assert payload["article_id"] == RETNO
        assert record.key, "events carry a stable key"
    # Related events share a key (the traveler), so they stay ordered on one partition.
    assert len({r.key for r in visits}) == 1


def test_worker_gives_the_same_event_ids_to_a_redelivered_article(bootstrap: str, topics: Topics, worker: WorkerProcess) -> None:
    article = _sample(RETNO)
    asyncio.run(produce(bootstrap, topics.raw, [article, article]))
    enriched = asyncio.run(read_records(bootstrap, [topics.enriched], expect=2, timeout=60))
    assert len(enriched) == 2
    events = asyncio.run(read_records(bootstrap, [topics.visits, topics.statements], timeout=20, idle=4))
    ids = [dict(r.headers)["ce_id"] for r in events]
    assert len(ids) >= 4 and len(ids) % 2 == 0
    assert len(set(ids)) == len(ids) // 2, "each event id appears exactly twice"


BAD_INPUTS = [
    ("undecodable", b"\xff\xfe\x00not utf-8 \xc3\x28"),
    ("invalid_json", b'{"id": "x", "body": '),
    ("not_an_article", b'["a", "list", "is", "not", "an", "article"]'),
    ("not_an_article", b'{"headline": "no body and no id"}'),
    ("empty_body", b'{"id": "empty-1", "title": "Kosong", "body": "   "}'),
    ("too_large", orjson.dumps({"id": "big-1", "title": "big", "body": "kata " * 2000})),
]


def test_worker_dead_letters_bad_input_and_keeps_going(bootstrap: str, topics: Topics, tmp_path: Path) -> None:
    worker = start_worker(bootstrap, topics, tmp_path, extra_env={"STREAMER_MAX_ARTICLE_BYTES": "4096"})
    try:
        worker.wait_ready()
        good = orjson.dumps({"id": "good-after-bad", "title": "t", "language": "en",
                             "body": "Foreign Minister Penny Wong said on Monday that Australia would reopen its embassy."})
        values = [value for _, value in BAD_INPUTS] + [good]
        asyncio.run(produce(bootstrap, topics.raw, values))

        letters = asyncio.run(read_records(bootstrap, [topics.dlq], expect=len(BAD_INPUTS), timeout=60))
        enriched = asyncio.run(read_records(bootstrap, [topics.enriched], expect=1, timeout=30))
    finally:
        worker.stop()

    assert [orjson.loads(r.value)["id"] for r in enriched] == ["good-after-bad"], worker.log_tail()
    assert len(letters) == len(BAD_INPUTS)
    by_offset = sorted(letters, key=lambda r: int(dict(r.headers)["dlq_source_offset"]))
    for (reason, original), record in zip(BAD_INPUTS, by_offset, strict=True):
        headers = dict(record.headers)
        assert headers["dlq_reason"].decode() == reason
        assert headers["dlq_detail"], "a dead letter says why"
        assert headers["dlq_source_topic"].decode() == topics.raw
        assert headers["dlq_source_partition"] == b"0"
        assert record.value == original, "the original bytes are kept for replay"


def test_worker_serves_metrics_health_and_nothing_else(bootstrap: str, topics: Topics, worker: WorkerProcess) -> None:
    asyncio.run(produce(bootstrap, topics.raw, [_sample(RETNO), b"not json"]))
    asyncio.run(read_records(bootstrap, [topics.dlq], expect=1, timeout=60))
    asyncio.run(read_records(bootstrap, [topics.enriched], expect=1, timeout=30))

    status, body = worker.get("/metrics")
    text = body.decode()
    assert status == 200
    samples = {line.split(" ")[0]: float(line.split(" ")[1]) for line in text.splitlines() if line and not line.startswith("#")}
    assert samples["streamer_articles_consumed_total"] == 2
    assert samples['streamer_dead_letters_total{reason="invalid_json"}'] == 1
    assert samples['streamer_events_published_total{language="id",type="diplomatic_visit"}'] >= 1
    assert samples["streamer_processing_seconds_count"] == 2
    assert samples["streamer_ready"] == 1
    assert worker.get("/healthz")[0] == 200
    assert worker.get("/readyz")[0] == 200
    for path in ("/", "/router", "/table", "/graph", "/stats", "/performance"):
        assert worker.get(path)[0] == 404, path
    assert json.loads(worker.get("/healthz")[1]) == {"status": "ok"}
