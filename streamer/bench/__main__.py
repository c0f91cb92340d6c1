"""`python -m streamer.bench [--quick]`: every benchmark, then bench-results/results.{json,md} and PNG plots.

The broker parts need a running Kafka (`make bench` starts one and sets STREAMER_TEST_BOOTSTRAP); without
one they are skipped and the results say so.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson

from streamer.bench import e2e, report
from streamer.bench.articles import REPO, ArticleSet, load_articles


@dataclass(frozen=True)
class Plan:
    """How much of everything to run: `--quick` for a smoke run, the default for the README figures."""

    core_limit_per_language: int | None
    profile_limit: int
    backfill_articles: int
    live_rates: tuple[tuple[float, float], ...]  # (articles/s, seconds)
    drain_timeout: float
    ready_repeats: int
    profile_worker: bool


FULL = Plan(core_limit_per_language=None, profile_limit=1000, backfill_articles=6000,
            live_rates=((50, 10), (100, 30), (200, 10), (1000, 6)), drain_timeout=45.0, ready_repeats=3,
            profile_worker=True)
QUICK = Plan(core_limit_per_language=800, profile_limit=300, backfill_articles=1500,
             live_rates=((50, 4), (100, 10), (200, 4), (1000, 3)), drain_timeout=20.0, ready_repeats=1,
             profile_worker=False)


def run_core(plan: Plan, out_dir: Path, corpus: Path | None) -> dict[str, Any]:
    """The core in its own process, so its memory and CPU figures are its own."""
    out = out_dir / "core.json"
    command = [sys.executable, "-m", "streamer.bench.core", "--out", str(out), "--profile-dir", str(out_dir),
               "--profile-limit", str(plan.profile_limit)]
    if plan.core_limit_per_language:
        command += ["--limit", str(plan.core_limit_per_language)]
    if corpus:
        command += ["--corpus", str(corpus)]
    subprocess.run(command, check=True, cwd=REPO)
    result: dict[str, Any] = orjson.loads(out.read_bytes())
    if result.get("compiled_core"):
        # The same passes with the pure-Python core, so the compiled core's gain is measured, not assumed.
        pure_out = out_dir / "core-pure-python.json"
        pure = [sys.executable, "-m", "streamer.bench.core", "--out", str(pure_out), "--core-only"]
        pure += command[command.index("--profile-limit") + 2:]  # the same --limit / --corpus
        subprocess.run(pure, check=True, cwd=REPO, env={**os.environ, "STREAMER_PURE_PYTHON": "1"})
        result["pure_python"] = orjson.loads(pure_out.read_bytes())
    return result


class Errors(list[dict[str, str]]):
    """What failed, by step: a broken step is reported and the other steps still run and are written."""

    def record(self, step: str, exc: BaseException) -> None:
        message = f"{type(exc).__name__}: {exc}"
        print(f"bench: {step} FAILED: {message[:2000]}", file=sys.stderr)
        self.append({"step": step, "error": message[-4000:]})


async def run_broker(bootstrap: str, article_set: ArticleSet, plan: Plan, out_dir: Path,
                     errors: Errors, *, backfill_only: bool = False) -> tuple[dict[str, Any], dict[str, Any]]:
    log_dir = out_dir / "logs"
    log_dir.mkdir(exist_ok=True)
    unique = list({a.key: a for a in article_set.all()}.values())
    articles = unique[: plan.backfill_articles]
    source = e2e.Names()
    await e2e.create_topics(bootstrap, [source.raw])
    produce_seconds = await e2e.produce_all(bootstrap, source.raw, articles)
    print(f"bench: {len(articles)} articles on {source.raw} in {produce_seconds:.1f}s", file=sys.stderr)
    result: dict[str, Any] = {"backfill": [], "backfill_ratios": []}
    timeout = max(120.0, len(articles) / 20)
    # The replay worker's records: what the real worker writes for each article, computed before any worker runs.
    replay_env: dict[str, str] | None = None
    try:
        print("bench: recording the real worker's outputs for the replay worker", file=sys.stderr)
        result["replay_file"] = await asyncio.to_thread(e2e.write_replay, articles, out_dir / "replay-records.pickle")
        replay_env = {"STREAMER_REPLAY_FILE": result["replay_file"]["file"]}
    except Exception as exc:  # noqa: BLE001 (the other workers still run)
        errors.record("replay file", exc)
    try:
        for kind in BACKFILL_KINDS:
            if kind == "replay" and replay_env is None:
                continue
            for workers in (1, 2):
                print(f"bench: backfill {kind} x{workers}", file=sys.stderr)
                try:
                    result["backfill"].append(await e2e.backfill(
                        bootstrap, source.raw, articles, kind=kind, workers=workers, log_dir=log_dir, timeout=timeout,
                        extra_env=replay_env if kind == "replay" else None))
                except Exception as exc:  # noqa: BLE001 (reported, and the other runs go on)
                    errors.record(f"backfill {kind} x{workers}", exc)
        result["backfill_ratios"] = backfill_ratios(result["backfill"])
        single = next((b for b in result["backfill"] if b["kind"] == "streamer" and b["workers"] == 1), None)
        if single is not None:
            result["worker_rss_after_backfill_mib"] = single["worker_memory"][0]["rss_mib"]
            result["worker_peak_rss_mib"] = single["worker_memory"][0]["peak_rss_mib"]
        if plan.profile_worker and not backfill_only:
            print("bench: worker under cProfile", file=sys.stderr)
            try:
                result["worker_profile"] = await e2e.profile_worker(bootstrap, source.raw, articles, log_dir=log_dir,
                                                                    out_dir=out_dir, timeout=timeout)
            except Exception as exc:  # noqa: BLE001
                errors.record("worker profile", exc)
    finally:
        await e2e.delete_topics(bootstrap, [source.raw])

    latencies: dict[str, Any] = {}
    if backfill_only:
        return result, latencies
    result["live"] = {}
    for kind in ("streamer", "passthrough"):
        print(f"bench: live {kind} at {[r for r, _ in plan.live_rates]}/s", file=sys.stderr)
        try:
            live = await e2e.live(bootstrap, unique, kind=kind, rates=list(plan.live_rates), log_dir=log_dir,
                                  drain_timeout=plan.drain_timeout)
        except Exception as exc:  # noqa: BLE001
            errors.record(f"live {kind}", exc)
            continue
        latencies[kind] = {str(run["offered_per_second"]): run.pop("latencies_ms") for run in live["rates"]}
        result["live"][kind] = live
    print("bench: start to ready", file=sys.stderr)
    try:
        result["start_to_ready"] = await e2e.start_to_ready(bootstrap, repeats=plan.ready_repeats, log_dir=log_dir)
    except Exception as exc:  # noqa: BLE001
        errors.record("start to ready", exc)
    return result, latencies


BACKFILL_KINDS = ("streamer", "replay", "passthrough")


def _share(part: dict[str, Any], ceiling: dict[str, Any]) -> tuple[float | None, float | None]:
    """A worker's rate as a share of the pass-through's, and the same share from CPU per article (what it would be
    on an idle machine, whatever else runs now)."""
    speed, top = part["articles_per_second"], ceiling["articles_per_second"]
    share = round(speed / top, 3) if speed and top and part["complete"] else None
    cpu, cpu_top = part["worker_cpu_ms_per_article"], ceiling["worker_cpu_ms_per_article"]
    cpu_share = round(cpu_top / cpu, 3) if cpu and cpu_top else None
    return share, cpu_share


def backfill_ratios(backfills: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ratios = []
    for workers in (1, 2):
        pick = {b["kind"]: b for b in backfills if b["workers"] == workers}
        if "passthrough" not in pick or "streamer" not in pick:
            continue
        share, cpu_share = _share(pick["streamer"], pick["passthrough"])
        ratio: dict[str, Any] = {"workers": workers, "streamer": pick["streamer"]["articles_per_second"],
                                 "passthrough": pick["passthrough"]["articles_per_second"],
                                 "share_of_ceiling": share, "cpu_share_of_ceiling": cpu_share}
        if "replay" in pick:
            # The output path alone (no decode, extraction, encode): the most any extraction speed-up could reach.
            ratio["replay"] = pick["replay"]["articles_per_second"]
            ratio["replay_share_of_ceiling"], ratio["replay_cpu_share_of_ceiling"] = _share(pick["replay"],
                                                                                             pick["passthrough"])
        ratios.append(ratio)
    return ratios


def git_revision() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO, capture_output=True, text=True).stdout.strip()
        return head + ("+uncommitted changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m streamer.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller samples and shorter live runs (a smoke run)")
    parser.add_argument("--out-dir", type=Path, default=REPO / "bench-results")
    parser.add_argument("--bootstrap", default=os.environ.get("STREAMER_TEST_BOOTSTRAP"),
                        help="Kafka for the end-to-end runs (default: $STREAMER_TEST_BOOTSTRAP)")
    parser.add_argument("--corpus", type=Path, default=None, help="directory of the corpora (default ../shared/corpus)")
    parser.add_argument("--skip-core", action="store_true")
    parser.add_argument("--skip-broker", action="store_true")
    parser.add_argument("--backfill-only", action="store_true",
                        help="only the backfills on the broker (streamer, replay, pass-through; no core, live, profile)")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    out_dir: Path = args.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    article_set = load_articles(args.corpus)
    results: dict[str, Any] = {
        "meta": {
            "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "machine": f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}",
            "command": "make bench" + (f" BENCH_ARGS='{' '.join(argv if argv is not None else sys.argv[1:])}'"
                                       if (argv if argv is not None else sys.argv[1:]) else ""),
            "plan": "quick" if args.quick else "full",
            "revision": git_revision(),
            "articles_source": article_set.source,
            "articles_note": article_set.note,
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        },
        "notes": [],
    }
    if article_set.source != "corpus":
        results["notes"].append(article_set.note)
    errors = Errors()
    if args.backfill_only:
        results["notes"].append("backfill only (--backfill-only): no core, live, start-to-ready or profile runs")
    if not args.skip_core and not args.backfill_only:
        print("bench: extraction core and service path", file=sys.stderr)
        try:
            results["core"] = run_core(plan, out_dir, args.corpus)
        except Exception as exc:  # noqa: BLE001 (the broker runs still tell something)
            errors.record("core", exc)
    latencies: dict[str, Any] = {}
    if args.skip_broker:
        results["notes"].append("broker benchmarks skipped (--skip-broker)")
    elif not args.bootstrap:
        results["notes"].append("broker benchmarks skipped: no broker (run `make bench`, or set STREAMER_TEST_BOOTSTRAP)")
    else:
        try:
            results["e2e"], latencies = asyncio.run(run_broker(args.bootstrap, article_set, plan, out_dir, errors,
                                                                  backfill_only=args.backfill_only))
        except Exception as exc:  # noqa: BLE001
            errors.record("broker", exc)
    results["meta"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results["meta"]["bench_seconds"] = round(time.monotonic() - started, 1)
    results["errors"] = list(errors)
    results["targets"] = report.evaluate_targets(results)
    (out_dir / "results.json").write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2))
    (out_dir / "latencies.json").write_bytes(orjson.dumps(latencies))
    (out_dir / "results.md").write_text(report.markdown(results))
    written = report.plots(results, latencies, out_dir)
    print(report.markdown(results))
    print(f"bench: wrote {out_dir}/results.json, results.md, {', '.join(written)} in {results['meta']['bench_seconds']}s",
          file=sys.stderr)
    if errors:
        print(f"bench: {len(errors)} step(s) failed: {', '.join(e['step'] for e in errors)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
