"""The harness end to end without a broker: generated articles, the core run, targets, markdown and plots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from streamer.bench import core, report
from streamer.bench.articles import generate_articles, load_articles, with_unique_id
from streamer.config import Settings
from streamer.extraction import Document, Extraction
from streamer.service.codec import decode_article


def test_without_the_corpus_the_harness_falls_back_to_generated_articles_and_says_so(tmp_path: Path) -> None:
    articles = load_articles(tmp_path / "nowhere", generated_per_language=5)
    assert articles.source == "generated"
    assert "GENERATED" in articles.note
    assert {lang: len(items) for lang, items in articles.by_language.items()} == {"id": 5, "en": 5}
    mixed = articles.all()
    assert [a.language for a in mixed[:4]] == ["id", "en", "id", "en"]  # interleaved: any prefix is mixed


def test_generated_articles_are_valid_service_input_and_deterministic() -> None:
    first, again = generate_articles("en", 20), generate_articles("en", 20)
    assert first == again
    assert len({a.key for a in first}) == 20
    for article in first:
        decoded = decode_article(article.value, max_bytes=Settings().max_article_bytes)
        assert decoded.document.id.encode() == article.key
        assert decoded.document.language == "en"


def test_with_unique_id_changes_only_the_id_and_key() -> None:
    article = generate_articles("id", 1)[0]
    copy = with_unique_id(article, "r1n7")
    assert copy.key == article.key + b"~r1n7"
    before, after = orjson.loads(article.value), orjson.loads(copy.value)
    assert after.pop("id") == before.pop("id") + "~r1n7"
    assert after == before


@pytest.fixture(scope="module")
def core_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    articles = load_articles(tmp_path_factory.mktemp("no-corpus"), generated_per_language=30)
    return core.run(articles, profile_limit=10, out_dir=tmp_path_factory.mktemp("profiles"))


def test_core_results_have_the_shape_the_report_reads(core_results: dict[str, Any]) -> None:
    assert core_results["articles_source"] == "generated"
    assert set(core_results["languages"]) == {"id", "en"}
    for figures in core_results["languages"].values():
        assert figures["articles"] == 30
        for part in ("core", "floor_regex_tokenise", "service_path"):
            assert figures[part]["articles"] == 30
            assert figures[part]["cpu_seconds"] >= 0
        assert figures["floor_regex_tokenise"]["articles_per_cpu_second"] > 0
        assert "method" in figures["stages"]
        passes = figures["core"]["passes"]
        assert len(passes) == 3 and figures["core"]["articles_per_cpu_second"] == sorted(passes)[1], "median pass"
    assert isinstance(core_results["compiled_core"], bool)
    assert core_results["memory"]["peak_rss_mib"] >= core_results["memory"]["rss_after_extractor_load_mib"] > 0
    assert orjson.loads(orjson.dumps(core_results)) == core_results  # JSON all the way down


def _synthetic_results(core_results: dict[str, Any]) -> dict[str, Any]:
    live_run = {"offered_per_second": 100, "duration_seconds": 10, "sent": 1000, "arrived": 1000, "complete": True,
                "send_rate_achieved": 100.0, "throughput_per_second": 99.0,
                "latency": {"count": 1000, "p50_ms": 5.0, "p95_ms": 20.0, "p99_ms": 60.0, "max_ms": 80.0, "mean_ms": 7.0}}
    backfill = [
        {"kind": kind, "workers": 1, "articles": 100, "outputs": 100, "complete": True, "ready_seconds": [2.0],
         "spawn_to_last_output_seconds": 5.0, "first_to_last_output_seconds": 1.0, "articles_per_second": speed,
         "articles_per_second_including_startup": 20.0, "worker_cpu_ms_per_article": 1.0,
         "worker_memory": [{"rss_mib": 100.0, "peak_rss_mib": 110.0}]}
        for kind, speed in (("streamer", 70.0), ("passthrough", 100.0))
    ]
    return {
        "meta": {"date": "2024-01-01", "machine": "2 cores", "command": "make bench", "articles_note": "generated"},
        "notes": [],
        "core": core_results,
        "e2e": {
            "backfill": backfill,
            "backfill_ratios": [{"workers": 1, "streamer": 70.0, "passthrough": 100.0, "share_of_ceiling": 0.7}],
            "worker_rss_after_backfill_mib": 320.0,
            "live": {"streamer": {"rates": [live_run]}, "passthrough": {"rates": [live_run]}},
            "start_to_ready": {"samples_seconds": [2.5], "median_seconds": 2.5, "max_seconds": 2.5,
                               "idle_worker_memory": {"rss_mib": 90.0}},
        },
    }


def test_targets_are_judged_against_the_issue_limits(core_results: dict[str, Any]) -> None:
    results = _synthetic_results(core_results)
    met = {t["target"]: t["met"] for t in report.evaluate_targets(results)}
    assert met["backfill vs pass-through (1 worker(s))"] is True  # 70 % >= 60 %
    assert met["live p99 at 100 articles/s (ms)"] is False  # 60 ms > 50 ms
    assert met["worker RSS after processing, KB loaded (MiB)"] is False  # 320 > 300
    assert met["worker start to ready, median (s)"] is True
    assert {"core articles/s per core (id)", "core articles/s per core (en)"} <= set(met)


def test_markdown_and_plots_are_written(core_results: dict[str, Any], tmp_path: Path) -> None:
    results = _synthetic_results(core_results)
    results["targets"] = report.evaluate_targets(results)
    text = report.markdown(results)
    assert "| live p99 at 100 articles/s (ms) | 60.0 | <= 50 | no |" in text
    assert "## Backfill on the real broker" in text
    latencies = {"streamer": {"100": [1.0, 2.0, 5.0, 60.0]}, "passthrough": {"100": [1.0, 1.5, 2.0]}}
    written = report.plots(results, latencies, tmp_path)
    assert set(written) == {"latency-cdf.png", "throughput-vs-rate.png", "core-throughput.png"}
    for name in written:
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


class _FakeCore:
    """A core with the `timings` attribute hook: each extract() adds known seconds per stage."""

    version = "fake"

    def __init__(self) -> None:
        self.timings: dict[str, float] | None = None
        self.calls = 0

    def extract(self, doc: Document, *, deadline: float | None = None) -> Extraction:
        self.calls += 1
        if self.timings is not None:
            self.timings["clean"] = self.timings.get("clean", 0.0) + 0.001
            self.timings["entities"] = self.timings.get("entities", 0.0) + 0.003
        return Extraction(language="en", text=doc.body, entities=[], events=[])


def test_stage_costs_come_from_the_cores_timing_hook_when_it_has_one() -> None:
    fake = _FakeCore()
    assert core.timing_hook(fake) == "attribute"
    articles = generate_articles("en", 12)
    figures = core.bench_language(fake, Settings(), articles, profile_limit=10)
    stages = figures["stages"]
    assert stages["method"].startswith("the core's timing hook")
    assert stages["share"] == {"clean": 0.25, "entities": 0.75}
    assert stages["ms_per_article"] == {"clean": 1.0, "entities": 3.0}
    assert fake.timings is None  # switched off again: the timed passes must not pay for the hook
