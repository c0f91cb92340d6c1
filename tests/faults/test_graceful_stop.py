"""SIGTERM: the worker finishes the in-flight article, commits, leaves the group and exits within
STREAMER_SHUTDOWN_GRACE_SECONDS; a restarted worker does not redo what was committed."""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

import orjson
import pytest

from streamer.config import Settings
from tests.faults.harness import (
    FAULT_ENV,
    describe_difference,
    expected_outputs,
    generated_articles,
    read_outputs,
    settings_for,
    start_patched_worker,
    wait_consumed,
)
from tests.support import Topics, produce, read_records, start_worker

pytestmark = pytest.mark.broker



def time_to_exit(process, sig: int = signal.SIGTERM, timeout: float = 60.0) -> float:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    process.send_signal(sig)
    process.wait(timeout=timeout)
    return time.monotonic() - started


def test_sigterm_commits_within_the_grace_and_a_restart_redoes_at_most_the_in_flight_article(
    bootstrap: str, topics3: Topics, tmp_path: Path
) -> None:
    grace = Settings().shutdown_grace_seconds
    assert grace == 10.0, "the documented default"
    messages = generated_articles(1200, seed=41)
    asyncio.run(produce(bootstrap, topics3.raw, [v for _, v in messages], keys=[k for k, _ in messages]))
    raw = asyncio.run(read_records(bootstrap, [topics3.raw], expect=len(messages), timeout=60))

    first = start_worker(bootstrap, topics3, tmp_path, extra_env=FAULT_ENV)
    try:
        first.wait_ready(timeout=90)
        wait_consumed(first, len(messages) * 0.4, timeout=120)
        seconds = time_to_exit(first.process)
    finally:
        first.stop()  # a no-op once it has exited; kills it if an assertion above came first
    assert first.process.returncode == 0, first.log_tail()
    assert seconds < grace, f"took {seconds:.1f}s to exit"
    assert "LeaveGroup request succeeded" in first.log_path.read_text(), "it left the group instead of timing out"

    second = start_worker(bootstrap, topics3, tmp_path, extra_env=FAULT_ENV)
    try:
        second.wait_ready(timeout=90)
        outputs, _ = asyncio.run(read_outputs(bootstrap, topics3, expect_covered=len(raw), raw=raw, timeout=180))
    finally:
        second.stop()
    expected = expected_outputs(raw, settings_for(topics3, article_time_budget_seconds=60))
    assert outputs.unique() == expected.unique(), describe_difference(outputs, expected)
    redone_articles = len(outputs.enriched) - len({i for i, _ in outputs.enriched})
    redone_letters = len(outputs.dead) - len({(p, o) for p, o, _, _ in outputs.dead})
    assert redone_articles + redone_letters <= 1, "only an in-flight article may be processed twice"
    print(f"\nFAULTS sigterm time_to_exit={seconds:.2f}s grace={grace}s messages={len(messages)} "
          f"reprocessed={redone_articles + redone_letters}")


def test_sigterm_with_an_article_stuck_in_the_core_still_exits_within_the_grace(
    bootstrap: str, topics: Topics, tmp_path: Path
) -> None:
    grace = 3.0
    worker = start_patched_worker(bootstrap, topics, tmp_path, fault="hang:hang-me:120",
                                  extra_env={"STREAMER_SHUTDOWN_GRACE_SECONDS": str(grace)})
    try:
        worker.wait_ready(timeout=90)
        good = orjson.dumps({"id": "first-good", "title": "t", "body": "A quiet day in Canberra on Monday."})
        stuck = orjson.dumps({"id": "hang-me-1", "title": "t", "body": "The core never returns on this one."})
        asyncio.run(produce(bootstrap, topics.raw, [good, stuck]))
        assert asyncio.run(read_records(bootstrap, [topics.enriched], expect=1, timeout=60)), worker.log_tail()
        time.sleep(1.0)  # the stuck article is now inside the core, blocking the event loop
        seconds = time_to_exit(worker.process, timeout=grace + 30)
    finally:
        if worker.process.poll() is None:  # a failed test must not leave the stuck worker behind
            worker.process.kill()
            worker.process.wait()
    log_text = worker.log_path.read_text()
    assert seconds < grace + 2.0, f"took {seconds:.1f}s to exit with a grace of {grace}s"
    assert worker.process.returncode == 75, log_text[-2000:]
    assert "shutdown took longer than STREAMER_SHUTDOWN_GRACE_SECONDS" in log_text
    print(f"\nFAULTS sigterm-stuck time_to_exit={seconds:.2f}s grace={grace}s exit={worker.process.returncode}")
