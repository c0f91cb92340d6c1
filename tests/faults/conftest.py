"""Fixtures of the fault tests: topics with 3 partitions, and a private broker that a test may stop."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults.harness import PARTITIONS
from tests.support import REPO, Topics, create_topics, free_port



@pytest.fixture
def topics3(bootstrap: str) -> Topics:
    names = Topics()
    asyncio.run(create_topics(bootstrap, [names.name(k) for k in ("raw", "enriched", "visits", "statements", "dlq")],
                              partitions=PARTITIONS))
    return names


@dataclass
class PrivateBroker:
    """A broker of this test module alone (kafka.sh on free ports), so stopping it disturbs no other test."""

    port: int
    controller_port: int
    data_dir: Path

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update({"KAFKA_PORT": str(self.port), "KAFKA_CONTROLLER_PORT": str(self.controller_port),
                    "KAFKA_DATA_DIR": str(self.data_dir)})
        return env

    def up(self) -> float:
        started = time.monotonic()
        subprocess.run(["bash", "deploy/kafka/kafka.sh", "up"], cwd=REPO, env=self.env(), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=180)
        return time.monotonic() - started

    def pid(self) -> int:
        return int((self.data_dir / "kafka.pid").read_text().strip())

    def stop_keeping_data(self, sig: int = signal.SIGTERM, timeout: float = 60.0) -> float:
        """Stop the JVM by its pid (kafka.sh `down` would delete the data dir); returns seconds to exit."""
        pid = self.pid()
        started = time.monotonic()
        os.kill(pid, sig)
        while time.monotonic() - started < timeout:
            try:
                os.kill(pid, 0)
                state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
                if state in "ZX":
                    break
            except (ProcessLookupError, FileNotFoundError):
                break
            time.sleep(0.1)
        else:
            os.kill(pid, signal.SIGKILL)
        return time.monotonic() - started

    def down(self) -> None:
        subprocess.run(["bash", "deploy/kafka/kafka.sh", "down"], cwd=REPO, env=self.env(), check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


@pytest.fixture(scope="module")
def private_broker(tmp_path_factory: pytest.TempPathFactory, bootstrap: str) -> Iterator[PrivateBroker]:
    # Depends on `bootstrap` only so that a run with no broker at all skips these tests the same way.
    del bootstrap
    broker = PrivateBroker(port=free_port(), controller_port=free_port(),
                           data_dir=tmp_path_factory.mktemp("private-kafka") / "data")
    broker.up()
    try:
        yield broker
    finally:
        broker.down()
