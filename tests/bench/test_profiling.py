"""Stage attribution from cProfile: the direct callees of a root function, and their stage names."""

from __future__ import annotations

import time

from streamer.bench import profiling


def _busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def clean_text() -> None:
    _busy(0.01)


def find_entities() -> None:
    _busy(0.03)


def extract() -> None:
    clean_text()
    find_entities()


def wrapper() -> None:
    extract()


def test_callee_breakdown_splits_the_root_into_its_callees() -> None:
    def three_times() -> None:
        for _ in range(3):
            extract()

    stats = profiling.profile_calls(three_times)
    root = profiling.find_root(stats, "extract", "tests/bench")
    assert root is not None
    breakdown = profiling.callee_breakdown(stats, root)
    shares = {part["function"].rsplit("(", 1)[-1].rstrip(")"): part["share"] for part in breakdown["parts"]}
    assert breakdown["calls"] == 3
    assert shares["find_entities"] > shares["clean_text"] > 0  # 30 ms against 10 ms of busy work
    assert 0.6 < shares["find_entities"] < 0.9
    assert sum(part["seconds"] for part in breakdown["parts"]) <= breakdown["total_seconds"] * 1.01


def test_a_root_that_only_delegates_is_looked_through() -> None:
    stats = profiling.profile_calls(wrapper)
    root = profiling.find_root(stats, "wrapper", "tests/bench")
    assert root is not None
    breakdown = profiling.callee_breakdown(stats, root, descend_into="tests/bench")
    assert breakdown["root"].endswith("(extract)")


def test_stage_names_come_from_the_module_then_the_function() -> None:
    assert profiling.classify_stage("extraction/entities.py:491(analyse)") == "entities"
    assert profiling.classify_stage("extraction/clean.py:116(clean)") == "cleaning"
    assert profiling.classify_stage("extraction/language.py:14(detect_language)") == "language"
    assert profiling.classify_stage("extraction/visits.py:272(find_visits)") == "events"
    assert profiling.classify_stage("extraction/statements.py:219(find_statements)") == "events"
    assert profiling.classify_stage("extraction/__init__.py:40(find_visit_events)") == "events"
    assert profiling.classify_stage("extraction/__init__.py:125(<listcomp>)") == "other"


def test_stage_totals_add_up_the_parts() -> None:
    breakdown = {"parts": [
        {"function": "extraction/clean.py:1(clean)", "seconds": 1.0},
        {"function": "extraction/entities.py:2(analyse)", "seconds": 2.0},
        {"function": "extraction/entities.py:3(link)", "seconds": 0.5},
        {"function": "extraction/__init__.py:4(extract) (own code)", "seconds": 0.25},
    ]}
    assert profiling.stage_totals(breakdown) == {"cleaning": 1.0, "entities": 2.5, "other": 0.25}
