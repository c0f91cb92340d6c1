"""Where the time goes: cProfile attribution of a call tree to the direct callees of one root function.

Used for the core's stage costs when the core offers no timing hook (the stages are whatever
``Extractor.extract`` calls), and for the service path (what ``process_message`` calls).
"""

from __future__ import annotations

import cProfile
import io
import pstats
from collections.abc import Callable
from typing import Any

FuncKey = tuple[str, int, str]

# Stage names the harness reports, recognised first from the module a function lives in (clean.py,
# entities.py ...), then from its name; the core's own function names are kept in the breakdown too.
STAGE_KEYWORDS = (
    ("cleaning", ("clean", "normal", "boilerplate", "html")),
    ("sentences", ("sentence", "split")),
    ("language", ("lang", "detect")),
    ("entities", ("entit", "ner", "gazet", "kb", "mention", "person", "org", "place")),
    ("events", ("event", "visit", "statement", "quote", "trigger")),
)


def profile_calls(work: Callable[[], Any]) -> pstats.Stats:
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        work()
    finally:
        profiler.disable()
    return pstats.Stats(profiler)


def label(key: FuncKey) -> str:
    filename, line, name = key
    if filename == "~":
        return name  # a builtin, e.g. <method 'sub' of 're.Pattern' objects>
    if "site-packages/" in filename:
        module = filename.split("site-packages/", 1)[1]  # a library: keep its package name
    elif "/streamer/" in filename:
        module = filename.rsplit("/streamer/", 1)[1]
    else:
        module = "/".join(filename.rsplit("/", 2)[-2:])
    return f"{module}:{line}({name})"


def find_root(stats: pstats.Stats, name: str, path_part: str) -> FuncKey | None:
    """The profiled function called `name` in a file whose path contains `path_part`, with the most time."""
    raw: dict[FuncKey, tuple[Any, ...]] = stats.stats  # type: ignore[attr-defined]
    candidates = [key for key in raw if key[2] == name and path_part in key[0]]
    return max(candidates, key=lambda key: raw[key][3], default=None)


def callee_breakdown(stats: pstats.Stats, root: FuncKey, *, descend_into: str | None = None,
                     descend_share: float = 0.9, max_depth: int = 3) -> dict[str, Any]:
    """Cumulative time of each direct callee of `root` (as called from root), and root's own time.

    A root that only delegates (one callee in `descend_into` taking > descend_share of the time) is looked
    through, so a thin ``extract`` wrapper still shows the real stages.
    """
    raw: dict[FuncKey, tuple[Any, ...]] = stats.stats  # type: ignore[attr-defined]
    for _ in range(max_depth):
        total = raw[root][3]
        children = _children(raw, root)
        if not children or total <= 0:
            break
        top_key, top_seconds = max(children.items(), key=lambda item: item[1])
        if descend_into and descend_into in top_key[0] and top_seconds / total > descend_share:
            root = top_key
            continue
        break
    total = raw[root][3]
    children = _children(raw, root)
    parts = [
        {"function": label(key), "seconds": round(seconds, 6), "share": round(seconds / total, 4) if total else None}
        for key, seconds in sorted(children.items(), key=lambda item: -item[1])
    ]
    self_seconds = raw[root][2]
    parts.append({"function": f"{label(root)} (own code)", "seconds": round(self_seconds, 6),
                  "share": round(self_seconds / total, 4) if total else None})
    return {"root": label(root), "total_seconds": round(total, 6), "calls": raw[root][1], "parts": parts}


def _children(raw: dict[FuncKey, tuple[Any, ...]], root: FuncKey) -> dict[FuncKey, float]:
    children: dict[FuncKey, float] = {}
    for key, (_cc, _nc, _tt, _ct, callers) in raw.items():
        if root in callers and key != root:
            children[key] = callers[root][3]  # cumulative time of key when called from root
    return children


def classify_stage(function_label: str) -> str:
    """'extraction/entities.py:491(analyse)' -> 'entities': the module decides, else the function's name."""
    location, _, name = function_label.lower().partition("(")
    module = location.rsplit("/", 1)[-1].split(".py", 1)[0]
    for text in (module, name):
        for stage, words in STAGE_KEYWORDS:
            if any(word in text for word in words):
                return stage
    return "other"


def stage_totals(breakdown: dict[str, Any]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for part in breakdown["parts"]:
        stage = "other" if part["function"].endswith("(own code)") else classify_stage(part["function"])
        totals[stage] = round(totals.get(stage, 0.0) + part["seconds"], 6)
    return totals


def hot_spots(stats: pstats.Stats, *, path_part: str | None = None, top: int = 12) -> list[dict[str, Any]]:
    """Functions by own time (tottime), optionally only those in files whose path contains `path_part`."""
    raw: dict[FuncKey, tuple[Any, ...]] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values()) or 1.0
    rows = [(key, entry) for key, entry in raw.items() if path_part is None or path_part in key[0]]
    rows.sort(key=lambda row: -row[1][2])
    return [
        {"function": label(key), "own_seconds": round(entry[2], 6), "own_share": round(entry[2] / total, 4),
         "cumulative_seconds": round(entry[3], 6), "calls": entry[1]}
        for key, entry in rows[:top]
    ]


def stats_text(stats: pstats.Stats, *, sort: str = "cumulative", top: int = 40) -> str:
    stream = io.StringIO()
    stats.stream = stream  # type: ignore[attr-defined]
    stats.sort_stats(sort).print_stats(top)
    return stream.getvalue()
