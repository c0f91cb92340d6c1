"""The arithmetic behind every latency figure of the benchmark."""

from __future__ import annotations

import pytest

from streamer.bench.stats import latency_summary_ms, percentile, rate


def test_percentile_interpolates_between_closest_ranks() -> None:
    values = [15.0, 20.0, 35.0, 40.0, 50.0]
    assert percentile(values, 0) == 15.0
    assert percentile(values, 100) == 50.0
    assert percentile(values, 50) == 35.0
    assert percentile(values, 40) == pytest.approx(29.0)  # 1.6 ranks in: 20 + 0.6 * 15
    assert percentile(values, 99) == pytest.approx(49.6)


def test_percentile_ignores_input_order_and_handles_one_value() -> None:
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0
    assert percentile([7.0], 99) == 7.0


def test_p99_of_a_hundred_values_lies_between_the_top_two() -> None:
    values = [float(i) for i in range(1, 101)]
    assert percentile(values, 99) == pytest.approx(99.01)


@pytest.mark.parametrize("bad", [-1.0, 100.5])
def test_percentile_rejects_out_of_range(bad: float) -> None:
    with pytest.raises(ValueError):
        percentile([1.0], bad)


def test_no_samples_is_an_error_not_zero_latency() -> None:
    with pytest.raises(ValueError):
        percentile([], 50)
    assert latency_summary_ms([]) == {"count": 0}


def test_latency_summary_converts_seconds_to_milliseconds() -> None:
    summary = latency_summary_ms([0.001, 0.002, 0.003, 0.004, 0.100])
    assert summary["count"] == 5
    assert summary["p50_ms"] == pytest.approx(3.0)
    assert summary["max_ms"] == pytest.approx(100.0)
    assert summary["mean_ms"] == pytest.approx(22.0)
    assert summary["p50_ms"] <= summary["p95_ms"] <= summary["p99_ms"] <= summary["max_ms"]


def test_rate_of_an_empty_interval_is_unknown() -> None:
    assert rate(10, 2.0) == 5.0
    assert rate(10, 0.0) is None
    assert rate(0, 1.0) is None
