"""Targets, the markdown table and the plots of one benchmark run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streamer.bench.e2e import PARTITIONS

# The targets of issue 6, on the 2-core reference machine.
CORE_MIN_PER_CORE = 1000.0
BACKFILL_MIN_SHARE_OF_CEILING = 0.60
LIVE_P99_MAX_MS = 50.0
LIVE_P99_RATE = 100.0
WORKER_RSS_MAX_MIB = 300.0
START_TO_READY_MAX_SECONDS = 3.0


def _target(name: str, measured: Any, limit: str, met: bool | None, note: str = "") -> dict[str, Any]:
    return {"target": name, "measured": measured, "limit": limit, "met": met, "note": note}


def evaluate_targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    targets: list[dict[str, Any]] = []
    core = results.get("core")
    if core and "languages" in core:
        for lang, figures in core["languages"].items():
            speed = figures["core"]["articles_per_cpu_second"]
            targets.append(_target(f"core articles/s per core ({lang})", speed, f">= {CORE_MIN_PER_CORE:.0f}",
                                   None if speed is None else speed >= CORE_MIN_PER_CORE))
    e2e = results.get("e2e") or {}
    for ratio in e2e.get("backfill_ratios", []):
        share = ratio["share_of_ceiling"]
        cpu_share = ratio.get("cpu_share_of_ceiling")
        targets.append(_target(f"backfill vs pass-through ({ratio['workers']} worker(s))", share,
                               f">= {BACKFILL_MIN_SHARE_OF_CEILING:.0%}",
                               None if share is None else share >= BACKFILL_MIN_SHARE_OF_CEILING,
                               "" if cpu_share is None else f"by worker CPU per article: {cpu_share:.0%}"))
    for run in (e2e.get("live") or {}).get("streamer", {}).get("rates", []):
        if run["offered_per_second"] == LIVE_P99_RATE:
            p99 = run["latency"].get("p99_ms")
            complete = run["complete"]
            targets.append(_target(f"live p99 at {LIVE_P99_RATE:.0f} articles/s (ms)", p99, f"<= {LIVE_P99_MAX_MS:.0f}",
                                   None if p99 is None else (p99 <= LIVE_P99_MAX_MS and complete),
                                   "" if complete else "not every article arrived"))
    rss = e2e.get("worker_rss_after_backfill_mib")
    if rss is not None:
        targets.append(_target("worker RSS after processing, KB loaded (MiB)", rss, f"<= {WORKER_RSS_MAX_MIB:.0f}",
                               rss <= WORKER_RSS_MAX_MIB))
    ready = e2e.get("start_to_ready")
    if ready:
        targets.append(_target("worker start to ready, median (s)", ready["median_seconds"],
                               f"<= {START_TO_READY_MAX_SECONDS:.0f}", ready["median_seconds"] <= START_TO_READY_MAX_SECONDS,
                               f"max {ready['max_seconds']} s over {len(ready['samples_seconds'])} starts"))
    return targets


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.1f}" if abs(value) >= 10 else f"{value:.3g}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def markdown(results: dict[str, Any]) -> str:
    meta = results["meta"]
    lines = [
        "# streamer benchmark",
        "",
        f"Measured {meta['date']} on {meta['machine']} (`{meta['command']}`). Articles: {meta['articles_note']}.",
        "",
        "## Targets",
        "",
        "| target | measured | limit | met |",
        "| --- | ---: | --- | --- |",
    ]
    for t in results["targets"]:
        met = "yes" if t["met"] else ("no" if t["met"] is False else "n/a")
        note = f" ({t['note']})" if t["note"] else ""
        lines.append(f"| {t['target']} | {_fmt(t['measured'])} | {t['limit']} | {met}{note} |")
    core = results.get("core")
    if core and "languages" in core:
        lines += [
            "",
            "## Extraction core, one process (articles per CPU second)",
            "",
            f"Extractor {core['extractor_version']}, "
            f"{'compiled core (mypyc)' if core.get('compiled_core') else 'pure-Python core'}; "
            f"load {core['extractor_load']['wall_seconds']} s; "
            f"process RSS after load {core['memory']['rss_after_extractor_load_mib']} MiB, peak {core['memory']['peak_rss_mib']} MiB "
            "(the bench process also holds the articles).",
            "",
            "| language | articles | mean body chars | core /s (median pass) | passes /s | pure-Python core /s | service path /s | floor (regex \\w+) /s | floor ÷ core | events | failed | max transient alloc/article KiB |",
            "| --- | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        pure_languages = core.get("pure_python", {}).get("languages", {})
        for lang, f in core["languages"].items():
            passes = ", ".join(_fmt(p) for p in f["core"].get("passes", []))
            pure_passes = pure_languages.get(lang, {}).get("core", {}).get("passes", [])
            pure = ", ".join(_fmt(p) for p in pure_passes) if pure_passes else "–"
            lines.append(
                f"| {lang} | {f['articles']:,} | {_fmt(f['mean_body_chars'])} | {_fmt(f['core']['articles_per_cpu_second'])} | "
                f"{passes} | {pure} | "
                f"{_fmt(f['service_path']['articles_per_cpu_second'])} | {_fmt(f['floor_regex_tokenise']['articles_per_cpu_second'])} | "
                f"{_fmt(f['core_vs_floor_slowdown'])} | {f['core']['events_found']:,} | {sum(f['core']['failures'].values()):,} | "
                f"{f['max_transient_allocation_per_article_kib']} |"
            )
        lines += ["", "### Stage costs (share of the core's time)", ""]
        for lang, f in core["languages"].items():
            stages = f["stages"]
            per_article = stages.get("ms_per_article", {})
            share = ", ".join(
                f"{k} {v:.0%}" + (f" ({per_article[k]:.3f} ms/article)" if k in per_article else "")
                for k, v in sorted(stages.get("share", {}).items(), key=lambda kv: -kv[1])
            )
            lines.append(f"- **{lang}** ({stages['method']}): {share or 'n/a'}; cProfile's callees of extract():")
            for part in stages.get("profile", {}).get("breakdown", {}).get("parts", [])[:8]:
                lines.append(f"  - `{part['function']}` {part['share']:.1%}" if part["share"] is not None else f"  - `{part['function']}`")
        profile = core.get("service_path_profile", {}).get("breakdown")
        if profile:
            lines += ["", "### Service path (process_message) under cProfile", ""]
            for part in profile["parts"][:8]:
                lines.append(f"- `{part['function']}` {part['share']:.1%}")
    e2e = results.get("e2e") or {}
    if e2e.get("backfill"):
        lines += [
            "",
            f"## Backfill on the real broker ({PARTITIONS} partitions)",
            "",
            "| worker | processes | articles | dead letters | complete | articles/s (first→last output) | incl. start-up | spawn → last output s | worker CPU ms/article | RSS MiB |",
            "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |",
        ]
        for b in e2e["backfill"]:
            rss = ", ".join(_fmt(m["rss_mib"]) for m in b["worker_memory"])
            lines.append(
                f"| {b['kind']} | {b['workers']} | {b['articles']:,} | {_fmt(b.get('dead_letters'))} | {b['complete']} | {_fmt(b['articles_per_second'])} | "
                f"{_fmt(b['articles_per_second_including_startup'])} | {_fmt(b['spawn_to_last_output_seconds'])} | "
                f"{_fmt(b.get('worker_cpu_ms_per_article'))} | {rss} |"
            )
        for r in e2e.get("backfill_ratios", []):
            lines.append(f"\nWith {r['workers']} process(es) the service reaches {_fmt(r['share_of_ceiling'])} of the pass-through "
                         f"ceiling ({_fmt(r.get('cpu_share_of_ceiling'))} by worker CPU per article).")
            if "replay" in r:
                lines.append(f"The replay worker (the service's output path with a zero-cost extractor) reaches "
                             f"{_fmt(r.get('replay_share_of_ceiling'))} of it ({_fmt(r.get('replay_cpu_share_of_ceiling'))} "
                             "by worker CPU per article): the most any extraction speed-up could give.")
        replay = e2e.get("replay_file")
        if replay:
            lines.append(f"\nReplay records: {replay['records_per_article']} records and {_fmt(replay['bytes_per_article'])} "
                         f"value bytes per article (raw article {_fmt(replay['raw_bytes_per_article'])} bytes), "
                         f"{replay['dead_letters']} dead letters, recorded in {replay['seconds']} s.")
    live = e2e.get("live") or {}
    if live:
        lines += [
            "",
            "## Live: produce → output arrival at a consumer (one worker)",
            "",
            "| worker | offered /s | seconds | sent | arrived | dead letters | throughput /s | p50 ms | p95 ms | p99 ms | max ms | worker CPU use | load avg |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for kind, data in live.items():
            for run in data["rates"]:
                lat = run["latency"]
                lines.append(
                    f"| {kind} | {_fmt(run['offered_per_second'])} | {_fmt(run['duration_seconds'])} | {run['sent']:,} | {run['arrived']:,} | "
                    f"{_fmt(run.get('dead_letters'))} | "
                    f"{_fmt(run['throughput_per_second'])} | {_fmt(lat.get('p50_ms'))} | {_fmt(lat.get('p95_ms'))} | "
                    f"{_fmt(lat.get('p99_ms'))} | {_fmt(lat.get('max_ms'))} | {_fmt(run.get('worker_cpu_utilisation'))} | "
                    f"{_fmt(run.get('load_average_1m'))} |"
                )
    if e2e.get("start_to_ready"):
        s = e2e["start_to_ready"]
        lines += ["", f"Worker start → /readyz 200: median {s['median_seconds']} s, max {s['max_seconds']} s "
                      f"(samples {s['samples_seconds']}); idle worker memory {s['idle_worker_memory']}."]
    if e2e.get("worker_profile"):
        w = e2e["worker_profile"]
        if "error" not in w:
            lines += ["", f"Worker under cProfile ({w['articles']:,} articles backfill): process_message {w['share_process_message']:.0%}, "
                          f"rest of the agent's handle {w['share_handle_minus_process_message']:.0%}, waiting in epoll "
                          f"{w['share_waiting_in_epoll']:.0%} of the profiled time."]
    for error in results.get("errors", []):
        lines.append(f"\n> **FAILED: {error['step']}** — {error['error'].strip().splitlines()[-1][:300]}")
    for note in results.get("notes", []):
        lines.append(f"\n> {note}")
    lines.append("")
    return "\n".join(lines)


def plots(results: dict[str, Any], latencies: dict[str, dict[str, list[float]]], out_dir: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written: list[str] = []
    if latencies:
        fig, ax = plt.subplots(figsize=(8, 5))
        offered_rates = sorted({float(offered) for by_rate in latencies.values() for offered in by_rate})
        colour = {offered: f"C{index}" for index, offered in enumerate(offered_rates)}  # one colour per rate
        for kind, by_rate in latencies.items():
            style = "-" if kind == "streamer" else "--"
            for offered, values in sorted(by_rate.items(), key=lambda kv: float(kv[0])):
                if not values:
                    continue
                ordered = sorted(values)
                ys = [(i + 1) / len(ordered) for i in range(len(ordered))]
                ax.plot(ordered, ys, style, color=colour[float(offered)], label=f"{kind} @ {float(offered):g}/s")
        ax.set_xscale("log")
        ax.set_xlabel("latency: produce → arrival at consumer (ms, log scale)")
        ax.set_ylabel("fraction of articles")
        ax.axvline(LIVE_P99_MAX_MS, color="grey", linewidth=0.8, linestyle=":")
        ax.axhline(0.99, color="grey", linewidth=0.8, linestyle=":")
        ax.set_title("Live latency CDF (solid: streamer, dashed: pass-through)")
        ax.legend(fontsize=8)
        ax.grid(True, which="both", alpha=0.3)
        fig.tight_layout()
        fig.savefig(out_dir / "latency-cdf.png", dpi=110)
        plt.close(fig)
        written.append("latency-cdf.png")

    live = (results.get("e2e") or {}).get("live") or {}
    if live:
        fig, ax = plt.subplots(figsize=(7, 5))
        top = 0.0
        for kind, data in live.items():
            xs = [r["offered_per_second"] for r in data["rates"]]
            ys = [r["throughput_per_second"] or 0.0 for r in data["rates"]]
            order = sorted(range(len(xs)), key=lambda i: xs[i])
            ax.plot([xs[i] for i in order], [ys[i] for i in order], "o-", label=f"{kind} (live, 1 process)")
            top = max(top, *xs, *ys)
        for b in (results.get("e2e") or {}).get("backfill", []):
            if b["articles_per_second"]:
                ax.axhline(b["articles_per_second"], linestyle=":", linewidth=1,
                           color={"streamer": "C0", "passthrough": "C1"}.get(b["kind"], "C2"))
                ax.annotate(f"backfill {b['kind']} ×{b['workers']}", (1, b["articles_per_second"]), fontsize=7,
                            xycoords=("axes fraction", "data"), ha="right", va="bottom")
        ax.plot([0, top], [0, top], color="grey", linewidth=0.8, label="throughput = offered")
        ax.set_xlabel("offered rate (articles/s)")
        ax.set_ylabel("achieved throughput (articles/s)")
        ax.set_title("Throughput against offered rate")
        ax.legend(fontsize=8)
        ax.grid(True, alpha=0.3)
        fig.tight_layout()
        fig.savefig(out_dir / "throughput-vs-rate.png", dpi=110)
        plt.close(fig)
        written.append("throughput-vs-rate.png")

    core = results.get("core")
    if core and "languages" in core:
        fig, ax = plt.subplots(figsize=(7, 4.5))
        langs = list(core["languages"])
        series = [("core", "core"), ("service path", "service_path"), ("floor: regex \\w+", "floor_regex_tokenise")]
        width = 0.8 / len(series)
        for index, (name, part) in enumerate(series):
            values = [core["languages"][lang][part]["articles_per_cpu_second"] or 0.0 for lang in langs]
            ax.bar([i + index * width for i in range(len(langs))], values, width, label=name)
        ax.axhline(CORE_MIN_PER_CORE, color="grey", linestyle=":", linewidth=1, label="target 1,000/s")
        ax.set_xticks([i + width for i in range(len(langs))], langs)
        ax.set_yscale("log")
        ax.set_ylabel("articles per CPU second (log)")
        ax.set_title("One process, one core")
        ax.legend(fontsize=8)
        fig.tight_layout()
        fig.savefig(out_dir / "core-throughput.png", dpi=110)
        plt.close(fig)
        written.append("core-throughput.png")
    return written
