"""The broker refuses an output: the worker stops instead of skipping the article, and a restart redoes it."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import orjson
import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from tests.support import Topics, create_topics, produce, read_records, start_worker

pytestmark = pytest.mark.broker

SMALL_LIMIT = 2048  # bytes per record on the enriched topic: a long article's enriched record exceeds it


async def _raise_the_enriched_limit(bootstrap: str, topics: Topics) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topics.enriched,
                                                  configs={"max.message.bytes": str(1024 * 1024)})])
    finally:
        await admin.close()


def test_a_refused_output_stops_the_worker_and_the_article_is_redone_after_a_restart(bootstrap: str, tmp_path: Path) -> None:
    topics = Topics()
    kinds = ("raw", "enriched", "visits", "statements", "dlq")
    asyncio.run(create_topics(bootstrap, [topics.name(k) for k in kinds],
                              configs={topics.enriched: {"max.message.bytes": str(SMALL_LIMIT)}}))
    long_body = " ".join(["Menteri Luar Negeri Retno Marsudi mengatakan kerja sama kedua negara terus tumbuh."] * 60)
    articles = [
        orjson.dumps({"id": "too-big-for-the-topic", "title": "t", "body": long_body}),
        orjson.dumps({"id": "small-after-it", "title": "t", "body": "A quiet day in Canberra on Monday."}),
    ]
    asyncio.run(produce(bootstrap, topics.raw, articles))

    spawned = time.monotonic()
    first = start_worker(bootstrap, topics, tmp_path, extra_env={"STREAMER_CREATE_TOPICS": "false"})
    try:
        first.process.wait(timeout=90)  # it stops by itself: the article cannot be written
        exit_seconds = time.monotonic() - spawned
    finally:
        first.stop()
    log_text = first.log_path.read_text(errors="replace")
    assert first.process.returncode not in (0, None), log_text[-3000:]
    assert "could not write an article's output" in log_text, log_text[-3000:]
    assert "MessageSizeTooLarge" in log_text or "RecordTooLarge" in log_text or "too large" in log_text.lower()
    assert asyncio.run(read_records(bootstrap, [topics.dlq], timeout=3, idle=2)) == [], "a refused output is no dead letter"

    asyncio.run(_raise_the_enriched_limit(bootstrap, topics))
    second = start_worker(bootstrap, topics, tmp_path, extra_env={"STREAMER_CREATE_TOPICS": "false"})
    try:
        second.wait_ready(timeout=90)
        enriched = asyncio.run(read_records(bootstrap, [topics.enriched], expect=2, timeout=60, idle=10))
    finally:
        second.stop()
    ids = {orjson.loads(record.value)["id"] for record in enriched}
    assert ids == {"too-big-for-the-topic", "small-after-it"}, "the refused article was not committed, so it came again"
    print(f"\nFAULTS output-refused exit={first.process.returncode} spawn_to_exit={exit_seconds:.2f}s "
          f"redone={sorted(ids)} enriched_records={len(enriched)}")
