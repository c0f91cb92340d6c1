"""Throughput of the extraction core over whole corpus files, per language and per stage.

    .venv/bin/python -m streamer.extraction.bench_core [--runs N] [CORPUS.jsonl ...]

Speed only: it reads every article of the files given (allowed for benchmarks) but prints no text. With
``--runs N`` each file is read N times in a row and the CPU-time throughput of every run is printed, with the
best and the median (a shared machine is noisy: quote the best and the spread).
"""

from __future__ import annotations

import argparse
import gc
import resource
import time
from datetime import datetime
from pathlib import Path

import orjson

from streamer.extraction import Document, Extractor

CORPUS_FILES = ("indosum-dev.jsonl", "reuters21578.jsonl")


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
    # As run_worker after start-up: the loaded extractor and documents are kept out of the collector's passes.
    gc.freeze()
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
    # The evaluation module knows where the corpus lives ($STREAMER_CORPUS_DIR or ../shared/corpus).
    from streamer.evaluation import default_corpus_dir

    parser = argparse.ArgumentParser(prog="python -m streamer.extraction.bench_core", description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path,
                        help="corpus JSONL files (default: both corpus files in $STREAMER_CORPUS_DIR or ../shared/corpus)")
    parser.add_argument("--runs", type=int, default=1, help="passes over each file (default 1)")
    args = parser.parse_args(argv)
    files = args.files or [default_corpus_dir() / name for name in CORPUS_FILES]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        parser.error(f"not found: {', '.join(missing)}")
    t0 = time.perf_counter()
    extractor = Extractor()
    print(f"Extractor() load: {time.perf_counter() - t0:.3f} s")
    for f in files:
        bench(str(f), extractor, max(1, args.runs))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
