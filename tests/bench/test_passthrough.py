"""The pass-through worker (the benchmark's ceiling) forwards every record unchanged, on the real broker."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from streamer.bench import e2e
from tests.support import read_records

pytestmark = pytest.mark.broker


async def _produce_with_headers(bootstrap: str, topic: str, records: list[tuple[bytes, bytes]]) -> None:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for key, value in records:
            await producer.send_and_wait(topic, value=value, key=key, headers=[("produced_at", b"1.5"), ("x", key)])
    finally:
        await producer.stop()


def test_passthrough_forwards_keys_values_and_headers_unchanged(bootstrap: str, tmp_path: Path) -> None:
    names = e2e.Names()
    topics = [names.raw, *names.outputs.values()]
    asyncio.run(e2e.create_topics(bootstrap, topics))
    # Not articles at all: the pass-through must not parse, so even invalid bytes come out as they went in.
    records = [(f"k{i}".encode(), value) for i, value in enumerate([b'{"id": "a", "body": "x"}', b"\xff\xfe not utf-8", b""])]
    worker = e2e.spawn_worker("passthrough", bootstrap, names, tmp_path)
    try:
        asyncio.run(worker.wait_ready(timeout=60))
        asyncio.run(_produce_with_headers(bootstrap, names.raw, records))
        out = asyncio.run(read_records(bootstrap, [names.outputs["enriched"]], expect=len(records), timeout=60))
        others = asyncio.run(read_records(bootstrap, [names.outputs["dlq"], names.outputs["visits"]], idle=2, timeout=10))
    finally:
        assert asyncio.run(worker.stop()) == 0, worker.log_tail()
        asyncio.run(e2e.delete_topics(bootstrap, topics))
    got = {r.key: (r.value, list(r.headers)) for r in out}
    assert got == {key: (value, [("produced_at", b"1.5"), ("x", key)]) for key, value in records}
    assert others == []
