"""The extraction core and the service path, in one process on one core.

Run as its own process (`python -m streamer.bench.core --out FILE`) so its peak memory is its own:
for each language it times ``Extractor.extract`` over every article, the floor (regex tokenising the same
texts), the whole service path (``pipeline.process_message``: decode, extract, encode), the cost of each
stage of the core, and memory. Figures per core are articles per CPU second of this single-threaded process.
"""

from __future__ import annotations

import argparse
import gc
import inspect
import re
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import orjson

from streamer.bench import profiling
from streamer.bench.articles import ArticleSet, BenchArticle, load_articles
from streamer.config import Settings
from streamer.errors import ExtractionError, InvalidArticle, StreamerError
from streamer.service.codec import decode_article

WORD = re.compile(r"\w+")
WARMUP_ARTICLES = 50


def rss_kib(field: str = "VmRSS", pid: int | str = "self") -> int | None:
    """A memory figure of a process from /proc (VmRSS now, VmHWM its peak), in KiB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _timed(work: Any) -> dict[str, float]:
    wall0, cpu0 = _clock()
    work()
    wall1, cpu1 = _clock()
    return {"wall_seconds": wall1 - wall0, "cpu_seconds": cpu1 - cpu0}


def _throughput(count: int, timing: dict[str, float]) -> dict[str, Any]:
    return {
        "articles": count,
        **{k: round(v, 4) for k, v in timing.items()},
        "articles_per_cpu_second": round(count / timing["cpu_seconds"], 1) if timing["cpu_seconds"] > 0 else None,
        "articles_per_wall_second": round(count / timing["wall_seconds"], 1) if timing["wall_seconds"] > 0 else None,
    }


def timing_hook(extractor: Any) -> str | None:
    """How the core reports its own per-stage seconds, if it does.

    "attribute": the core's ``Extractor.timings`` (set it to {} and every extract() adds seconds per stage);
    "argument": ``extract(doc, deadline=..., timings=dict)``. None: the harness falls back to cProfile.
    """
    if "timings" in getattr(extractor, "__dict__", {}) or hasattr(type(extractor), "timings"):
        return "attribute"
    try:
        if "timings" in inspect.signature(extractor.extract).parameters:
            return "argument"
    except (TypeError, ValueError):
        pass
    return None


def has_timing_hook(extractor: Any) -> bool:
    return timing_hook(extractor) is not None


def _hook_stage_seconds(extractor: Any, documents: list[Any], budget: float) -> tuple[dict[str, float], dict[str, float]]:
    """Per-stage seconds from the core's own hook over `documents`, and the wall and CPU time of the same pass
    (the hook's total should come close to one of them, whichever clock the core uses)."""
    sums: dict[str, float] = {}
    kind = timing_hook(extractor)
    wall0, cpu0 = _clock()
    if kind == "attribute":
        extractor.timings = sums
        try:
            for doc in documents:
                try:
                    extractor.extract(doc, deadline=time.monotonic() + budget)
                except StreamerError:
                    continue
        finally:
            extractor.timings = None  # the hook costs a clock read per stage: off for every other pass
    else:
        for doc in documents:
            try:
                extractor.extract(doc, deadline=time.monotonic() + budget, timings=sums)
            except StreamerError:
                continue
    wall1, cpu1 = _clock()
    return sums, {"wall_seconds": round(wall1 - wall0, 6), "cpu_seconds": round(cpu1 - cpu0, 6)}


def bench_language(extractor: Any, settings: Settings, articles: list[BenchArticle], *, profile_limit: int,
                   passes: int = 3, core_only: bool = False) -> dict[str, Any]:
    documents, undecodable = [], 0
    for article in articles:
        try:
            documents.append(decode_article(article.value, max_bytes=settings.max_article_bytes).document)
        except InvalidArticle:
            undecodable += 1
    budget = settings.article_time_budget_seconds
    texts = [f"{doc.title}\n{doc.body}" for doc in documents]
    failures: dict[str, int] = {}
    counts = {"entities": 0, "events": 0}

    def extract_all(docs: list[Any]) -> None:
        for doc in docs:
            try:
                extraction = extractor.extract(doc, deadline=time.monotonic() + budget)
            except StreamerError as exc:
                failures[type(exc).__name__] = failures.get(type(exc).__name__, 0) + 1
                continue
            counts["entities"] += len(extraction.entities)
            counts["events"] += len(extraction.events)

    extract_all(documents[:WARMUP_ARTICLES])  # lazy caches, first-use compilation
    # Several passes over the whole file: the first runs with the name memo tables still filling (a worker's
    # first minutes), the later ones as a long-running worker does. The figure is the median pass; all are kept.
    runs = []
    for _ in range(max(passes, 1)):
        failures.clear()
        counts.update(entities=0, events=0)
        runs.append(_throughput(len(documents), _timed(lambda: extract_all(documents))))
    by_speed = sorted(runs, key=lambda r: r["articles_per_cpu_second"] or 0.0)
    core = dict(by_speed[len(by_speed) // 2])
    core.update(failures=dict(failures), entities_found=counts["entities"], events_found=counts["events"],
                passes=[r["articles_per_cpu_second"] for r in runs], figure="median of the passes")

    if core_only:
        return {"articles": len(articles), "core": core}
    floor = _throughput(len(texts), _timed(lambda: [WORD.findall(text) for text in texts]))

    raws = [article.value for article in articles]

    def service_path() -> None:
        from streamer.pipeline import process_message

        for raw in raws:
            try:
                process_message(raw, extractor=extractor, settings=settings)
            except (InvalidArticle, ExtractionError):
                pass

    pipeline = _throughput(len(raws), _timed(service_path))

    ratio = None
    if core["articles_per_cpu_second"] and floor["articles_per_cpu_second"]:
        ratio = round(floor["articles_per_cpu_second"] / core["articles_per_cpu_second"], 3)

    # Stage costs: the core's own timing hook when it has one (no profiler overhead), and cProfile's view of
    # the same articles, whose hot spots name the functions to look at inside each stage.
    subset = documents[:profile_limit]
    stages: dict[str, Any] = {"articles": len(subset)}
    if has_timing_hook(extractor):
        sums, whole_pass = _hook_stage_seconds(extractor, subset, budget)
        total = sum(sums.values()) or 1.0
        stages.update(method=f"the core's timing hook ({timing_hook(extractor)})",
                      seconds={k: round(v, 6) for k, v in sums.items()},
                      share={k: round(v / total, 4) for k, v in sums.items()},
                      ms_per_article={k: round(v * 1000 / max(len(subset), 1), 4) for k, v in sums.items()},
                      hook_total_seconds=round(sum(sums.values()), 6), whole_pass=whole_pass)
    stats = profiling.profile_calls(lambda: extract_all(subset))
    root = profiling.find_root(stats, "extract", "streamer/extraction")
    if root is not None:
        breakdown = profiling.callee_breakdown(stats, root, descend_into="streamer/extraction")
        stages["profile"] = {
            "method": "cProfile: cumulative time of the direct callees of the core's extract(); profiler overhead "
                      "inflates functions with many small calls",
            "breakdown": breakdown,
            "share_by_stage": {k: round(v / (breakdown["total_seconds"] or 1.0), 4)
                               for k, v in profiling.stage_totals(breakdown).items()},
            "hot_spots": profiling.hot_spots(stats, path_part="streamer/extraction", top=12),
        }
        if "method" not in stages:
            stages.update(method="cProfile attribution (the core has no timing hook)",
                          share=stages["profile"]["share_by_stage"])

    # Transient allocation peak of one article at a time (tracemalloc is slow, so on a subset).
    tracemalloc.start()
    peak_per_article = 0
    for doc in documents[: min(len(documents), 200)]:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        try:
            extractor.extract(doc, deadline=time.monotonic() + budget * 20)
        except StreamerError:
            pass
        peak_per_article = max(peak_per_article, tracemalloc.get_traced_memory()[1] - base)
    tracemalloc.stop()

    return {
        "articles": len(articles),
        "undecodable": undecodable,
        "mean_body_chars": round(sum(len(doc.body) for doc in documents) / max(len(documents), 1), 1),
        "core": core,
        "floor_regex_tokenise": floor,
        "core_vs_floor_slowdown": ratio,
        "service_path": pipeline,
        "stages": stages,
        "max_transient_allocation_per_article_kib": round(peak_per_article / 1024, 1),
    }


def profile_service_path(extractor: Any, settings: Settings, articles: list[BenchArticle], out_dir: Path | None) -> dict[str, Any]:
    """cProfile over process_message: where the shell's time goes (decode, extract, enrich, encode)."""
    from streamer.pipeline import process_message

    def run() -> None:
        for article in articles:
            try:
                process_message(article.value, extractor=extractor, settings=settings)
            except (InvalidArticle, ExtractionError):
                pass

    stats = profiling.profile_calls(run)
    root = profiling.find_root(stats, "process_message", "streamer/pipeline")
    result: dict[str, Any] = {"articles": len(articles)}
    if root is not None:
        result["breakdown"] = profiling.callee_breakdown(stats, root)
    result["hot_spots"] = profiling.hot_spots(stats, top=15)
    if out_dir is not None:
        (out_dir / "profile-service-path.txt").write_text(
            profiling.stats_text(stats, sort="cumulative", top=45) + profiling.stats_text(stats, sort="tottime", top=30)
        )
        try:
            from pyinstrument import Profiler  # optional: a readable call tree when it is installed
        except ImportError:
            pass
        else:
            profiler = Profiler(interval=0.0005)
            profiler.start()
            run()
            profiler.stop()
            (out_dir / "pyinstrument-service-path.txt").write_text(profiler.output_text(unicode=False, color=False))
    return result


def run(article_set: ArticleSet, *, profile_limit: int, out_dir: Path | None, passes: int = 3,
        core_only: bool = False) -> dict[str, Any]:
    settings = Settings()
    rss_before_kib = rss_kib()
    wall0, cpu0 = _clock()
    from streamer.extraction import COMPILED_CORE, Extractor

    extractor = Extractor()
    wall1, cpu1 = _clock()
    rss_loaded_kib = rss_kib()
    # As run_worker: what the imports, the knowledge base and the loaded articles left for the cycle collector is
    # kept out of every later collection, so the passes pay the collections a running worker pays.
    gc.freeze()
    languages = {lang: bench_language(extractor, settings, items, profile_limit=profile_limit, passes=passes,
                                      core_only=core_only)
                 for lang, items in article_set.by_language.items()}
    if core_only:
        return {"compiled_core": COMPILED_CORE, "languages": languages}
    mixed = article_set.all()
    service_profile = profile_service_path(extractor, settings, mixed[: profile_limit * 2], out_dir)
    return {
        "extractor_version": getattr(extractor, "version", None),
        "compiled_core": COMPILED_CORE,
        "articles_source": article_set.source,
        "articles_note": article_set.note,
        "timing_hook": timing_hook(extractor),
        "extractor_load": {"wall_seconds": round(wall1 - wall0, 3), "cpu_seconds": round(cpu1 - cpu0, 3)},
        "memory": {
            "rss_before_extractor_mib": _mib(rss_before_kib),
            "rss_after_extractor_load_mib": _mib(rss_loaded_kib),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        },
        "languages": languages,
        "service_path_profile": service_profile,
    }


def _mib(kib: int | None) -> float | None:
    return None if kib is None else round(kib / 1024, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m streamer.bench.core", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="JSON file to write")
    parser.add_argument("--limit", type=int, default=None, help="articles per language (default: whole files)")
    parser.add_argument("--profile-limit", type=int, default=1000, help="articles per language under the profiler")
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--profile-dir", type=Path, default=None, help="where to write profiler reports")
    parser.add_argument("--passes", type=int, default=3, help="timed passes over each file (median reported)")
    parser.add_argument("--core-only", action="store_true", help="only the core's passes (no floor, profile, memory)")
    args = parser.parse_args(argv)
    article_set = load_articles(args.corpus, limit_per_language=args.limit)
    result = run(article_set, profile_limit=args.profile_limit, out_dir=args.profile_dir, passes=args.passes,
                 core_only=args.core_only)
    args.out.write_bytes(orjson.dumps(result, option=orjson.OPT_INDENT_2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
