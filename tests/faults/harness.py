"""Load, observation and comparison helpers of the fault tests (crash, broker restart, graceful stop).

The test articles are generated here from templates (no corpus text enters the project); a run may use the
corpus files of /work/shared as opaque load when they are present (STREAMER_FAULTS_CORPUS=1).
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import time
import urllib.request
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from streamer.config import Settings
from streamer.errors import ExtractionError, InvalidArticle
from streamer.extraction import Extractor
from streamer.pipeline import process_message
from tests.support import Topics, WorkerProcess, read_records

PARTITIONS = 3  # more than one, so a restarted worker's rebalance and per-partition commits are exercised
# A generous time budget: a busy machine must not turn a slow article into a timeout dead letter, which would
# differ from the clean run for a reason that has nothing to do with delivery.
FAULT_ENV = {"STREAMER_TOPIC_PARTITIONS": str(PARTITIONS), "STREAMER_ARTICLE_TIME_BUDGET_SECONDS": "60"}

CORPUS_DIR = Path(os.environ.get("STREAMER_CORPUS_DIR", "/work/shared/corpus"))

_EN_PEOPLE = ["Foreign Minister Penny Wong", "Prime Minister Anthony Albanese", "President Joko Widodo",
              "Secretary of State Antony Blinken", "Chancellor Olaf Scholz", "Foreign Minister Wang Yi"]
_ID_PEOPLE = ["Menteri Luar Negeri Retno Marsudi", "Presiden Joko Widodo", "Wakil Presiden Ma'ruf Amin",
              "Menteri Pertahanan Prabowo Subianto"]
_PLACES = ["Jakarta", "Hanoi", "Canberra", "Tokyo", "Berlin", "Beijing", "Manila", "Kuala Lumpur", "Singapore"]
_EN_FILLER = ["Trade ministers met officials to discuss tariffs and shipping routes.",
              "The talks covered fisheries, climate finance and maritime security.",
              "Markets were little changed after the announcement.",
              "Officials said further meetings would be held later in the year."]
_ID_FILLER = ["Kedua negara membahas kerja sama perdagangan dan investasi.",
              "Pertemuan itu juga membahas keamanan maritim di kawasan.",
              "Para pejabat mengatakan pertemuan lanjutan akan digelar tahun depan."]


def generated_articles(count: int, *, seed: int = 5, bad_every: int = 50) -> list[tuple[bytes, bytes]]:
    """(key, value) pairs: English and Indonesian visit/statement stories; every `bad_every`-th is broken."""
    rng = random.Random(seed)
    out: list[tuple[bytes, bytes]] = []
    for index in range(count):
        ident = f"fault-{seed}-{index:06d}"
        if bad_every and index % bad_every == bad_every - 1:
            # A broken message in the stream, so dead letters are part of what must survive a crash.
            out.append((ident.encode(), rng.choice([b"{not json", b'{"id": "' + ident.encode() + b'", "body": " "}'])))
            continue
        place = rng.choice(_PLACES)
        if index % 3 == 0:
            who = rng.choice(_ID_PEOPLE)
            body = (f"JAKARTA - {who} melakukan kunjungan kerja ke {place} pada hari Senin. "
                    f"\"Kami ingin memperkuat hubungan kedua negara,\" kata {who.split()[-1]} kepada wartawan. "
                    + " ".join(rng.sample(_ID_FILLER, 2)))
            item = {"id": ident, "title": f"Kunjungan ke {place} {index}", "language": "id", "body": body,
                    "published": f"2023-0{1 + index % 9}-1{index % 9}T08:00:00Z"}
        else:
            who = rng.choice(_EN_PEOPLE)
            body = (f"{who} arrived in {place} on Tuesday for a two-day official visit. "
                    f"\"We are determined to deepen our partnership,\" {who.split()[-1]} told reporters. "
                    + " ".join(rng.sample(_EN_FILLER, 3)))
            item = {"id": ident, "title": f"Visit to {place} {index}", "language": "en", "body": body,
                    "published": f"2023-0{1 + index % 9}-2{index % 9}T08:00:00Z"}
        out.append((ident.encode(), orjson.dumps(item)))
    return out


def corpus_articles(count: int) -> list[tuple[bytes | None, bytes]] | None:
    """Whole lines of the shared corpus files as opaque load (never read for content), or None if absent."""
    files = sorted(CORPUS_DIR.glob("*.jsonl")) if CORPUS_DIR.is_dir() else []
    if not files:
        return None
    out: list[tuple[bytes | None, bytes]] = []
    for path in files:
        with path.open("rb") as handle:
            for line in handle:
                line = line.rstrip(b"\r\n")
                if line.strip():
                    out.append((None, line))
                    if len(out) >= count:
                        return out
    return out


# ---------------------------------------------------------------- what came out


_VOLATILE_ENRICHED = ("processed_at",)


@dataclass
class Outputs:
    """The records of one run, reduced to what must be identical between runs."""

    enriched: list[tuple[str, bytes]] = field(default_factory=list)  # (article id, stable value)
    events: list[tuple[str, str, bytes]] = field(default_factory=list)  # (topic kind, ce_id, value)
    dead: list[tuple[int, int, str, bytes]] = field(default_factory=list)  # (partition, offset, reason, value)

    @property
    def total(self) -> int:
        return len(self.enriched) + len(self.events) + len(self.dead)

    def unique(self) -> tuple[frozenset[Any], frozenset[Any], frozenset[Any]]:
        return frozenset(self.enriched), frozenset(self.events), frozenset(self.dead)

    def duplicates(self) -> int:
        """Records beyond the first of each id: what at-least-once delivery repeated."""
        return (len(self.enriched) - len({i for i, _ in self.enriched})
                + len(self.events) - len({c for _, c, _ in self.events})
                + len(self.dead) - len({(p, o) for p, o, _, _ in self.dead}))

    def covered(self, raw_positions: set[tuple[int, int]], id_of: dict[tuple[int, int], str]) -> int:
        """How many input messages have their enriched record or dead letter."""
        done = {i for i, _ in self.enriched}
        dead = {(p, o) for p, o, _, _ in self.dead}
        return sum(1 for pos in raw_positions if pos in dead or id_of.get(pos) in done)


def stable_enriched(value: bytes) -> tuple[str, bytes]:
    document = orjson.loads(value)
    for name in _VOLATILE_ENRICHED:
        document.pop(name, None)
    return document["id"], orjson.dumps(document, option=orjson.OPT_SORT_KEYS)


def reduce_records(records: Iterable[Any], topics: Topics) -> Outputs:
    kinds = {topics.visits: "visits", topics.statements: "statements"}
    out = Outputs()
    for record in records:
        headers = {k: v for k, v in (record.headers or [])}
        if record.topic == topics.enriched:
            out.enriched.append(stable_enriched(record.value))
        elif record.topic in kinds:
            out.events.append((kinds[record.topic], headers["ce_id"].decode(), record.value))
        elif record.topic == topics.dlq:
            out.dead.append((int(headers["dlq_source_partition"]), int(headers["dlq_source_offset"]),
                             headers["dlq_reason"].decode(), record.value))
    return out


def expected_outputs(raw_records: Iterable[Any], settings: Settings) -> Outputs:
    """The clean run: exactly what the worker computes (process_message is the whole of its logic)."""
    extractor = Extractor()
    out = Outputs()
    for record in raw_records:
        try:
            processed = process_message(record.value, extractor=extractor, settings=settings)
        except (InvalidArticle, ExtractionError) as exc:
            out.dead.append((record.partition, record.offset, exc.reason, record.value or b""))
            continue
        for outgoing in processed.records:
            headers = dict(outgoing.headers)
            if outgoing.topic == settings.topic_enriched:
                out.enriched.append(stable_enriched(outgoing.value))
            else:
                kind = "visits" if outgoing.topic == settings.topic_visits else "statements"
                out.events.append((kind, headers["ce_id"].decode(), outgoing.value))
    return out


def settings_for(topics: Topics, **overrides: Any) -> Settings:
    env = {k.removeprefix("STREAMER_").lower(): v for k, v in topics.env().items()}
    env.update(overrides)
    return Settings(**env)


async def read_outputs(bootstrap: str, topics: Topics, *, expect_covered: int, raw: list[Any],
                       timeout: float) -> tuple[Outputs, list[Any]]:
    """Read every output topic until each input message is covered (or timeout); returns reduced + raw records."""
    positions = {(r.partition, r.offset) for r in raw}
    id_of = {}
    for r in raw:
        try:
            id_of[(r.partition, r.offset)] = str(orjson.loads(r.value)["id"])
        except Exception:  # noqa: BLE001 - a broken message has no id; its dead letter covers it
            pass
    deadline = time.monotonic() + timeout
    while True:
        records = await read_records(bootstrap, [topics.enriched, topics.visits, topics.statements, topics.dlq],
                                     timeout=30, idle=2.0)
        outputs = reduce_records(records, topics)
        if outputs.covered(positions, id_of) >= expect_covered or time.monotonic() > deadline:
            # One more idle read so the events of the last articles are in too.
            return outputs, records
        await asyncio.sleep(1.0)


# ---------------------------------------------------------------- the worker's own counters


def metric(worker: WorkerProcess, name: str) -> float:
    """Sum of the samples of one metric family on the worker's /metrics (0 when not yet there)."""
    try:
        with urllib.request.urlopen(worker.base_url + "/metrics", timeout=2) as response:
            text = response.read().decode()
    except OSError:
        return 0.0
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name) and (line[len(name)] in " {"):
            total += float(line.rsplit(" ", 1)[1])
    return total


def wait_consumed(worker: WorkerProcess, count: float, timeout: float) -> float:
    """Wait until the worker has consumed `count` messages since it started; returns the count seen."""
    deadline = time.monotonic() + timeout
    seen = 0.0
    while time.monotonic() < deadline:
        if worker.process.poll() is not None:
            raise AssertionError(f"worker died with {worker.process.returncode}:\n{worker.log_tail()}")
        seen = metric(worker, "streamer_articles_consumed_total")
        if seen >= count:
            return seen
        time.sleep(0.05)
    raise AssertionError(f"worker consumed {seen} < {count} in {timeout}s:\n{worker.log_tail()}")


def secrets_in(text: str, needles: Iterable[str]) -> list[str]:
    return [n for n in needles if n and re.search(re.escape(n), text)]


def count_by(items: Iterable[Any]) -> Counter[Any]:
    return Counter(items)


def describe_difference(got: Outputs, want: Outputs) -> str:
    """A short account of how two runs differ, for assertion messages."""
    lines = []
    for name, g, w in zip(("enriched", "events", "dead letters"), got.unique(), want.unique(), strict=True):
        missing, extra = w - g, g - w
        if missing or extra:
            lines.append(f"{name}: {len(missing)} missing, {len(extra)} unexpected; "
                         f"e.g. missing {sorted(missing)[:2]!r:.600} unexpected {sorted(extra)[:2]!r:.600}")
    return "\n".join(lines) or "no difference"


def start_patched_worker(bootstrap: str, topics: Topics, tmp_path: Path, *, fault: str,
                         extra_env: dict[str, str] | None = None) -> WorkerProcess:
    """Like tests.support.start_worker, but the process is tests.faults.patched_worker with `fault`."""
    import subprocess
    import sys

    from tests.support import REPO, free_port

    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMER_")}
    env.update(topics.env())
    env.update({"STREAMER_KAFKA_BOOTSTRAP": bootstrap, "STREAMER_WEB_PORT": str(port),
                "STREAMER_TOPIC_PARTITIONS": "1", "PYTHONUNBUFFERED": "1", "STREAMER_TEST_FAULT": fault})
    env.update(extra_env or {})
    log_path = tmp_path / f"patched-worker-{port}.log"
    handle = log_path.open("wb")
    process = subprocess.Popen([sys.executable, "-m", "tests.faults.patched_worker"], env=env, stdout=handle,
                               stderr=subprocess.STDOUT, cwd=REPO)
    return WorkerProcess(process=process, web_port=port, log_path=log_path)
