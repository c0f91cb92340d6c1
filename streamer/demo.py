"""`streamer demo` (what `make run` calls): a worker, the bundled sample articles, their events printed."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import urllib.request
from typing import Any

import orjson

from streamer.config import Settings


def describe(topic: str, headers: dict[str, bytes], value: bytes, settings: Settings) -> str:
    """One human line per output record."""
    if topic == settings.topic_dlq:
        reason = headers.get("dlq_reason", b"?").decode()
        detail = headers.get("dlq_detail", b"").decode("utf-8", "replace")
        return f"DEAD LETTER  {reason}: {detail[:100]}"
    payload: dict[str, Any] = orjson.loads(value)
    event = payload["event"]
    ce_id = headers.get("ce_id", b"").decode()
    if event["type"] == "diplomatic_visit":
        place = event["destination"]
        city = f" ({place['city']})" if place.get("city") else ""
        traveler = event["traveler"]
        role = f", {traveler['role']}" if traveler.get("role") else ""
        return (f"VISIT        {traveler['name']}{role} -> {place['country']}{city} [{event['status']}]"
                f"  article={payload['article_id']} ce_id={ce_id}")
    quote = event["quote"].replace("\n", " ")
    quote = quote if len(quote) <= 90 else quote[:87] + "..."
    return f"STATEMENT    {event['speaker']['name']} ({event['kind']}): \"{quote}\"  ce_id={ce_id}"


def _wait_ready(url: str, process: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"streamer demo: the worker exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"streamer demo: the worker was not ready after {timeout:.0f}s ({url})")


async def _follow(settings: Settings, *, publish: Any, exit_after: float | None) -> None:
    from aiokafka import AIOKafkaConsumer, TopicPartition

    from streamer.service.kafka import client_kwargs

    topics = [settings.topic_visits, settings.topic_statements, settings.topic_dlq]
    consumer = AIOKafkaConsumer(**client_kwargs(settings), group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = [TopicPartition(t, p) for t in topics for p in (consumer.partitions_for_topic(t) or await _partitions(consumer, t))]
        consumer.assign(partitions)
        await consumer.seek_to_end(*partitions)
        for tp in partitions:
            await consumer.position(tp)  # resolve the end offsets before anything is published
        await publish()
        last = time.monotonic()
        while exit_after is None or time.monotonic() - last < exit_after:
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                for record in records:
                    print(describe(record.topic, dict(record.headers or []), record.value, settings), flush=True)
                    last = time.monotonic()
    finally:
        await consumer.stop()


async def _partitions(consumer: Any, topic: str) -> set[int]:
    await consumer._client.force_metadata_update()  # noqa: SLF001 (topic just created by the worker)
    return consumer.partitions_for_topic(topic) or {0}


def run_demo(settings: Settings, *, exit_after: float | None) -> int:
    from streamer.cli import produce_messages, iter_messages, sample_articles_path
    from streamer.service.kafka import ensure_topics

    asyncio.run(ensure_topics(settings))
    env = dict(os.environ)
    env.setdefault("STREAMER_LOG_LEVEL", "WARNING")  # the events, not the worker's chatter, are the show
    worker = subprocess.Popen([sys.executable, "-m", "streamer.cli", "worker"], env=env)
    try:
        _wait_ready(f"http://{settings.web_host}:{settings.web_port}/readyz", worker, timeout=60)
        print(f"worker ready; metrics at http://{settings.web_host}:{settings.web_port}/metrics", flush=True)
        messages = list(iter_messages([str(sample_articles_path())]))

        async def publish() -> None:
            count = await produce_messages(settings, settings.topic_raw, messages, rate=None, quiet=True)
            print(f"published {count} sample messages to {settings.topic_raw}; events follow (Ctrl-C stops)", flush=True)

        try:
            asyncio.run(_follow(settings, publish=publish, exit_after=exit_after))
        except KeyboardInterrupt:
            pass
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=settings.shutdown_grace_seconds + 5)
        except subprocess.TimeoutExpired:
            worker.kill()
    return 0
