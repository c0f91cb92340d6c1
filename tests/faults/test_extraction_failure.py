"""A core that raises, or that overruns its time budget, on one article: that article becomes a dead letter
and the partition moves on to the next one (a real worker process, with the fault injected into the core)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import pytest

from tests.faults.harness import start_patched_worker
from tests.support import Topics, produce, read_records

pytestmark = pytest.mark.broker


def _article(ident: str) -> bytes:
    return orjson.dumps({"id": ident, "title": "t", "language": "en",
                         "body": "Foreign Minister Penny Wong arrived in Hanoi on Monday for talks."})


def test_a_failing_or_overrunning_core_dead_letters_the_article_and_the_next_one_is_processed(
    bootstrap: str, topics: Topics, tmp_path: Path
) -> None:
    worker = start_patched_worker(bootstrap, topics, tmp_path, fault="fail:boom,hang:slow:1.5",
                                  extra_env={"STREAMER_ARTICLE_TIME_BUDGET_SECONDS": "0.5"})
    order = ["ok-1", "boom-1", "ok-2", "slow-1", "ok-3", "boom-2", "ok-4"]
    try:
        worker.wait_ready(timeout=90)
        asyncio.run(produce(bootstrap, topics.raw, [_article(i) for i in order], keys=[i.encode() for i in order]))
        enriched = asyncio.run(read_records(bootstrap, [topics.enriched], expect=4, timeout=60))
        letters = asyncio.run(read_records(bootstrap, [topics.dlq], expect=3, timeout=30))
        alive = worker.process.poll() is None
        _, metrics = worker.get("/metrics")
    finally:
        worker.stop()

    assert alive, worker.log_tail()
    assert sorted(orjson.loads(r.value)["id"] for r in enriched) == ["ok-1", "ok-2", "ok-3", "ok-4"]
    reasons = {r.key.decode(): dict(r.headers)["dlq_reason"].decode() for r in letters}
    assert reasons == {"boom-1": "extraction_failed", "boom-2": "extraction_failed", "slow-1": "extraction_timeout"}
    details = {r.key.decode(): dict(r.headers)["dlq_detail"].decode() for r in letters}
    assert "RuntimeError" in details["boom-1"], "the detail names what failed"
    assert {r.value for r in letters} == {_article("boom-1"), _article("slow-1"), _article("boom-2")}
    text = metrics.decode()
    assert 'streamer_dead_letters_total{reason="extraction_failed"} 2.0' in text
    assert 'streamer_dead_letters_total{reason="extraction_timeout"} 1.0' in text
