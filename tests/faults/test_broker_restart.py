"""The broker goes away mid-stream and comes back on the same data: the worker reconnects by itself."""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

import pytest

from tests.faults.conftest import PARTITIONS, PrivateBroker
from tests.faults.harness import (
    FAULT_ENV,
    describe_difference,
    expected_outputs,
    generated_articles,
    read_outputs,
    settings_for,
    wait_consumed,
)
from tests.support import Topics, create_topics, produce, read_records, start_worker

pytestmark = pytest.mark.broker



@pytest.mark.parametrize("stop_signal", [
    pytest.param(signal.SIGKILL, id="broker-killed"),
    pytest.param(signal.SIGTERM, id="broker-stopped", marks=pytest.mark.slow),  # the gentler case, long suite only
])
def test_worker_survives_a_broker_restart_and_loses_nothing(private_broker: PrivateBroker, tmp_path: Path,
                                                            stop_signal: int) -> None:
    bootstrap = private_broker.bootstrap
    topics = Topics()
    asyncio.run(create_topics(bootstrap, [topics.name(k) for k in ("raw", "enriched", "visits", "statements", "dlq")],
                              partitions=PARTITIONS))
    messages = generated_articles(1000, seed=31)
    asyncio.run(produce(bootstrap, topics.raw, [v for _, v in messages], keys=[k for k, _ in messages]))
    raw = asyncio.run(read_records(bootstrap, [topics.raw], expect=len(messages), timeout=60))

    worker = start_worker(bootstrap, topics, tmp_path, extra_env=FAULT_ENV)
    try:
        worker.wait_ready(timeout=90)
        wait_consumed(worker, len(messages) * 0.3, timeout=120)
        stop_seconds = private_broker.stop_keeping_data(stop_signal)
        down_since = time.monotonic()
        time.sleep(5)  # long enough for the worker to notice: its fetches and sends fail meanwhile
        assert worker.process.poll() is None, f"the worker gave up while the broker was away:\n{worker.log_tail()}"
        private_broker.up()
        outage = time.monotonic() - down_since
        outputs, _ = asyncio.run(read_outputs(bootstrap, topics, expect_covered=len(raw), raw=raw, timeout=240))
        assert worker.process.poll() is None, worker.log_tail()
    finally:
        exit_code = worker.stop()

    expected = expected_outputs(raw, settings_for(topics, article_time_budget_seconds=60))
    assert outputs.unique() == expected.unique(), describe_difference(outputs, expected)
    assert exit_code == 0, worker.log_tail()
    print(f"\nFAULTS broker-restart signal={signal.Signals(stop_signal).name} messages={len(messages)} "
          f"outage={outage:.1f}s broker_stop={stop_seconds:.1f}s received={outputs.total} "
          f"duplicates={outputs.duplicates()} lost=0")
