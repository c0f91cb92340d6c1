"""Test doubles and real-broker helpers shared by the suites: a worker process factory, producers, readers."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

REPO = Path(__file__).resolve().parent.parent
TOPIC_FIELDS = ("raw", "enriched", "visits", "statements", "dlq")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Topics:
    """A private set of topic names, so tests never see each other's records."""

    prefix: str = field(default_factory=lambda: f"t{uuid.uuid4().hex[:10]}")

    def name(self, kind: str) -> str:
        return {
            "raw": f"{self.prefix}.news.articles.raw",
            "enriched": f"{self.prefix}.news.articles.enriched",
            "visits": f"{self.prefix}.news.events.diplomatic-visit",
            "statements": f"{self.prefix}.news.events.statement",
            "dlq": f"{self.prefix}.news.articles.dlq",
        }[kind]

    @property
    def raw(self) -> str:
        return self.name("raw")

    @property
    def enriched(self) -> str:
        return self.name("enriched")

    @property
    def visits(self) -> str:
        return self.name("visits")

    @property
    def statements(self) -> str:
        return self.name("statements")

    @property
    def dlq(self) -> str:
        return self.name("dlq")

    def env(self) -> dict[str, str]:
        return {
            "STREAMER_APP_ID": f"{self.prefix}-streamer",
            "STREAMER_TOPIC_RAW": self.raw,
            "STREAMER_TOPIC_ENRICHED": self.enriched,
            "STREAMER_TOPIC_VISITS": self.visits,
            "STREAMER_TOPIC_STATEMENTS": self.statements,
            "STREAMER_TOPIC_DLQ": self.dlq,
        }


async def create_topics(bootstrap: str, names: Iterable[str], partitions: int = 1,
                        configs: dict[str, dict[str, str]] | None = None) -> None:
    """Create the missing topics; `configs` gives topic-level settings by name ('max.message.bytes', ...)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        new = [NewTopic(n, num_partitions=partitions, replication_factor=1, topic_configs=(configs or {}).get(n, {}))
               for n in names if n not in existing]
        if new:
            await admin.create_topics(new)
    finally:
        await admin.close()


async def produce(bootstrap: str, topic: str, values: Iterable[bytes], *, keys: Iterable[bytes | None] | None = None) -> int:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5, max_request_size=16 * 1024 * 1024)
    await producer.start()
    try:
        key_list = list(keys) if keys is not None else None
        futures = []
        for index, value in enumerate(values):
            key = key_list[index] if key_list is not None else None
            futures.append(await producer.send(topic, value=value, key=key))
        await asyncio.gather(*futures)
        return len(futures)
    finally:
        await producer.stop()


async def read_records(
    bootstrap: str, topics: list[str], *, expect: int | None = None, timeout: float = 60.0, idle: float | None = None
) -> list[Any]:
    """Read the topics from the beginning until `expect` records came, `idle` seconds passed with none, or timeout."""
    consumer = AIOKafkaConsumer(*topics, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest",
                                enable_auto_commit=False, metadata_max_age_ms=1000)
    await consumer.start()
    records: list[Any] = []
    try:
        deadline = time.monotonic() + timeout
        last = time.monotonic()
        while time.monotonic() < deadline:
            if expect is not None and len(records) >= expect:
                break
            if idle is not None and time.monotonic() - last > idle:
                break
            batch = await consumer.getmany(timeout_ms=500)
            for part in batch.values():
                records.extend(part)
                last = time.monotonic()
        return records
    finally:
        await consumer.stop()


@dataclass
class WorkerProcess:
    process: subprocess.Popen[bytes]
    web_port: int
    log_path: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def get(self, path: str, timeout: float = 5.0) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.base_url + path, timeout=timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def wait_ready(self, timeout: float = 60.0) -> float:
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise AssertionError(f"worker exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                if self.get("/readyz", timeout=1.0)[0] == 200:
                    return time.monotonic() - started
            except OSError:
                pass
            time.sleep(0.1)
        raise AssertionError(f"worker not ready after {timeout}s:\n{self.log_tail()}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


def start_worker(bootstrap: str, topics: Topics, tmp_path: Path, *, extra_env: dict[str, str] | None = None,
                 args: list[str] | None = None) -> WorkerProcess:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMER_")}
    env.update(topics.env())
    env.update({
        "STREAMER_KAFKA_BOOTSTRAP": bootstrap,
        "STREAMER_WEB_PORT": str(port),
        "STREAMER_TOPIC_PARTITIONS": "1",
        "PYTHONUNBUFFERED": "1",
        "STREAMER_DATA_DIR": str(tmp_path / f"faust-data-{port}"),
    })
    env.update(extra_env or {})
    log_path = tmp_path / f"worker-{port}.log"
    handle = log_path.open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamer.cli", "worker", *(args or [])], env=env, stdout=handle, stderr=subprocess.STDOUT,
        cwd=REPO,
    )
    return WorkerProcess(process=process, web_port=port, log_path=log_path)
