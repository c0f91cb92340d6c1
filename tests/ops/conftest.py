"""Fixtures of the operations tests: external tools (promtool, prometheus, docker compose) and one worker per
module for the live checks, so its start-up cost is paid once."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import Iterator

import pytest

from tests.support import Topics, WorkerProcess, create_topics, start_worker


def require_tool(name: str) -> str:
    """The tool's path; a skip on a developer machine without it, a failure in CI (`make system-deps` installs it)."""
    path = shutil.which(name)
    if path:
        return path
    message = f"{name} is not installed (Debian package prometheus; `make system-deps` installs it)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def promtool() -> str:
    return require_tool("promtool")


@pytest.fixture(scope="session")
def prometheus_binary() -> str:
    return require_tool("prometheus")


@pytest.fixture(scope="module")
def ops_topics(bootstrap: str) -> Topics:
    names = Topics()
    asyncio.run(create_topics(bootstrap, [names.name(k) for k in ("raw", "enriched", "visits", "statements", "dlq")]))
    return names


@pytest.fixture(scope="module")
def ops_worker(bootstrap: str, ops_topics: Topics, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerProcess]:
    # A small article limit, so a test can make a too_large dead letter without sending a megabyte.
    process = start_worker(bootstrap, ops_topics, tmp_path_factory.mktemp("ops-worker"),
                           extra_env={"STREAMER_MAX_ARTICLE_BYTES": "20000"})
    try:
        process.wait_ready()
        yield process
    finally:
        process.stop()
