"""Throughput of the extraction core over whole corpus files, per language and per stage.

    .venv/bin/python -m streamer.extraction.bench_core [--runs N] [/work/shared/corpus/indosum-dev.jsonl ...]

Speed only: it reads every article of the files given (allowed for benchmarks) but prints no text. With
``--runs N`` each file is read N times in a row and the CPU-time throughput of every run is printed, with the
best and the median (a shared machine is noisy: quote the best and the spread).
"""

from __future__ import annotations

import resource
import sys
import time
from datetime import datetime
from pathlib import Path

import orjson

from streamer.extraction import Document, Extractor

DEFAULT_FILES = ("/work/shared/corpus/indosum-dev.jsonl", "/work/shared/corpus/reuters21578.jsonl")


def _published(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def bench(path: str, extractor: Extractor, runs: int = 1) -> None:
    docs = []
    for line in Path(path).read_bytes().splitlines():
        d = orjson.loads(line)
        # As the CLI reads a corpus line: Reuters' separate dateline field is the document's place.
        docs.append(Document(id=d["id"], body=d["body"], title=d.get("title", ""), language=d.get("language"),
                             published=_published(d.get("published")), located=d.get("dateline") or None))
    rates = []
    for _ in range(runs):
        rates.append(_run(path, docs, extractor))
    if runs > 1:
        ordered = sorted(rates)
        print(f"    {runs} runs, CPU articles/s per core: {' '.join(f'{r:.0f}' for r in rates)}; best {ordered[-1]:.0f},"
              f" median {ordered[len(ordered) // 2]:.0f}")


def _run(path: str, docs: list[Document], extractor: Extractor) -> float:
    extractor.timings = {}
    events = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for doc in docs:
        events += len(extractor.extract(doc).events)
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0
    n = len(docs)
    chars = sum(len(d.body) for d in docs) / max(n, 1)
    print(f"{Path(path).name}: {n} articles (mean {chars:.0f} chars) in {elapsed:.2f} s = {n / elapsed:.0f} articles/s"
          f" ({elapsed / n * 1e3:.3f} ms/article), {events} events")
    print(f"    CPU time {cpu:.2f} s = {n / cpu:.0f} articles/s per core (use this on a shared, loaded machine)")
    for stage, secs in extractor.timings.items():
        print(f"    {stage:<11} {secs / n * 1e6:8.1f} us/article  {secs / elapsed * 100:5.1f} %")
    extractor.timings = None
    return n / cpu if cpu else 0.0


def main(argv: list[str] | None = None) -> int:
    args = list(argv if argv is not None else sys.argv[1:])
    runs = 1
    if args[:1] == ["--runs"] and len(args) >= 2:
        runs = max(1, int(args[1]))
        args = args[2:]
    files = args or list(DEFAULT_FILES)
    t0 = time.perf_counter()
    extractor = Extractor()
    print(f"Extractor() load: {time.perf_counter() - t0:.3f} s")
    for f in files:
        bench(f, extractor, runs)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
