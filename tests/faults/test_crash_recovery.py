"""SIGKILL the real worker mid-stream, restart it, and prove nothing is lost and nothing differs.

Every input message must end up with its enriched record (or its dead letter) and its events at least once;
deduplicated by article id / ce_id / source offset, the outputs must equal a clean run's exactly.
"""

from __future__ import annotations

import asyncio
import random
import signal
import time
from pathlib import Path

import pytest

from tests.faults.harness import (
    FAULT_ENV,
    corpus_articles,
    describe_difference,
    expected_outputs,
    generated_articles,
    read_outputs,
    settings_for,
    wait_consumed,
)
from tests.support import Topics, produce, read_records, start_worker

pytestmark = pytest.mark.broker



def run_with_kills(bootstrap: str, topics: Topics, tmp_path: Path, messages: list[tuple[bytes | None, bytes]],
                   kill_fractions: list[float], *, seed: int) -> dict[str, float]:
    """Produce `messages`, run a worker and SIGKILL it each time it passed one of `kill_fractions`, restart it,
    then compare everything it published with the clean run. Returns the figures of the run."""
    rng = random.Random(seed)
    keys = [k for k, _ in messages]
    asyncio.run(produce(bootstrap, topics.raw, [v for _, v in messages], keys=keys))
    raw = asyncio.run(read_records(bootstrap, [topics.raw], expect=len(messages), timeout=120))
    assert len(raw) == len(messages)

    env = FAULT_ENV
    started = time.monotonic()
    kills = 0
    consumed_before_kill = 0.0
    for fraction in kill_fractions:
        worker = start_worker(bootstrap, topics, tmp_path, extra_env=env)
        try:
            worker.wait_ready(timeout=90)
            # A random point inside the next stretch of the stream, counted by the worker's own metric.
            target = max(1, int(len(messages) * fraction) - int(consumed_before_kill) + rng.randint(-20, 20))
            consumed_before_kill += wait_consumed(worker, target, timeout=180)
        finally:
            worker.process.send_signal(signal.SIGKILL)
            worker.process.wait()
        kills += 1
    survivor = start_worker(bootstrap, topics, tmp_path, extra_env=env)
    try:
        survivor.wait_ready(timeout=90)
        outputs, _ = asyncio.run(read_outputs(bootstrap, topics, expect_covered=len(raw), raw=raw, timeout=300))
    finally:
        exit_code = survivor.stop()
    elapsed = time.monotonic() - started

    expected = expected_outputs(raw, settings_for(topics, article_time_budget_seconds=60))
    got_enriched, got_events, got_dead = outputs.unique()
    want_enriched, want_events, want_dead = expected.unique()
    lost = (len({i for i, _ in want_enriched} - {i for i, _ in got_enriched})
            + len({c for _, c, _ in want_events} - {c for _, c, _ in got_events})
            + len({(p, o) for p, o, _, _ in want_dead} - {(p, o) for p, o, _, _ in got_dead}))
    assert lost == 0, f"{lost} outputs lost after {kills} SIGKILLs\n{describe_difference(outputs, expected)}"
    # Redelivered articles must give byte-identical (stable) outputs: deduplicated, the sets are equal.
    assert (got_enriched, got_events, got_dead) == (want_enriched, want_events, want_dead), describe_difference(outputs, expected)
    assert exit_code == 0, survivor.log_tail()
    return {
        "messages": len(messages), "kills": kills, "outputs_expected": expected.total,
        "outputs_received": outputs.total, "duplicates_before_dedup": outputs.duplicates(), "lost": lost,
        "events": len(want_events), "dead_letters": len(want_dead), "seconds": round(elapsed, 1),
    }


def test_sigkilled_worker_loses_nothing_and_duplicates_are_identical(bootstrap: str, topics3: Topics,
                                                                       tmp_path: Path) -> None:
    messages = generated_articles(1500, seed=11)
    figures = run_with_kills(bootstrap, topics3, tmp_path, messages, [0.3, 0.7], seed=11)
    print(f"\nFAULTS crash-short {figures}")


@pytest.mark.slow
def test_sigkilled_worker_five_thousand_articles_several_kills(bootstrap: str, topics3: Topics,
                                                                tmp_path: Path) -> None:
    messages = corpus_articles(5000) or generated_articles(5000, seed=23)
    if len(messages) < 5000:
        messages += generated_articles(5000 - len(messages), seed=23)
    figures = run_with_kills(bootstrap, topics3, tmp_path, messages, [0.1, 0.3, 0.5, 0.7, 0.9], seed=23)
    print(f"\nFAULTS crash-long {figures}")
