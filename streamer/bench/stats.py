"""Small, dependency-free statistics for the harness (tested in tests/bench)."""

from __future__ import annotations

import math
from collections.abc import Sequence


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation between closest ranks (numpy's default).

    Raises ValueError on an empty sequence: a latency figure made of no samples must not look like 0 ms.
    """
    if not values:
        raise ValueError("percentile of no values")
    if not 0.0 <= q <= 100.0:
        raise ValueError(f"percentile {q} outside 0..100")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100.0
    lower = math.floor(position)
    upper = math.ceil(position)
    if lower == upper:
        return float(ordered[lower])
    weight = position - lower
    return float(ordered[lower] * (1.0 - weight) + ordered[upper] * weight)


def latency_summary_ms(seconds: Sequence[float]) -> dict[str, float | int]:
    """p50/p95/p99/max/mean of latencies given in seconds, reported in milliseconds."""
    if not seconds:
        return {"count": 0}
    millis = [s * 1000.0 for s in seconds]
    return {
        "count": len(millis),
        "p50_ms": round(percentile(millis, 50), 3),
        "p95_ms": round(percentile(millis, 95), 3),
        "p99_ms": round(percentile(millis, 99), 3),
        "max_ms": round(max(millis), 3),
        "mean_ms": round(sum(millis) / len(millis), 3),
    }


def rate(count: int, seconds: float) -> float | None:
    """Items per second, or None when the interval is empty (one item, or clocks that did not move)."""
    if seconds <= 0 or count <= 0:
        return None
    return count / seconds
