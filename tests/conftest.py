"""Fixtures shared by every suite. Broker tests get the broker `make test` started (STREAMER_TEST_BOOTSTRAP)."""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from tests.support import Topics, WorkerProcess, create_topics, start_worker


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="run the long variants (marked slow)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="long variant: pass --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


@pytest.fixture(scope="session")
def bootstrap() -> str:
    """The real broker. In CI its absence is an error, never a silent skip."""
    address = os.environ.get("STREAMER_TEST_BOOTSTRAP")
    if not address:
        if os.environ.get("CI"):
            pytest.fail("STREAMER_TEST_BOOTSTRAP is not set: run the suite with `make test`")
        pytest.skip("no broker: run with `make test` (sets STREAMER_TEST_BOOTSTRAP)")
    host, _, port = address.split(",")[0].rpartition(":")
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except OSError as exc:
        pytest.fail(f"the test broker at {address} does not answer: {exc}")
    return address


@pytest.fixture
def topics(bootstrap: str) -> Topics:
    names = Topics()
    asyncio.run(create_topics(bootstrap, [names.name(k) for k in ("raw", "enriched", "visits", "statements", "dlq")]))
    return names


@pytest.fixture
def worker(bootstrap: str, topics: Topics, tmp_path: Path) -> Iterator[WorkerProcess]:
    process = start_worker(bootstrap, topics, tmp_path)
    try:
        process.wait_ready()
        yield process
    finally:
        process.stop()
