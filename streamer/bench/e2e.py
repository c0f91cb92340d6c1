"""End to end on the real broker: backfill, live latency, the pass-through ceiling, worker memory and start time.

Workers are real processes (`streamer worker`, or `python -m streamer.service.passthrough` for the ceiling)
on private topics of 3 partitions. A consumer in this process reads the output topics (enriched and dead
letters, so every input is accounted for) and notes when each key arrives; the producer notes when it sent
each key. Latency = arrival at the consumer - send time, both on this machine's clock.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streamer.bench.articles import BenchArticle, with_unique_id
from streamer.bench.core import rss_kib
from streamer.bench.stats import latency_summary_ms, percentile, rate

# Six partitions split evenly over the 1 and 2 worker processes the backfill runs: with 3, two workers got 2 and
# 1 partitions, and the second worker idled once its third of the articles was done (1.5x instead of up to 2x).
PARTITIONS = 6
WORKER_COMMANDS = {
    "streamer": ["-m", "streamer.cli", "worker"],
    "passthrough": ["-m", "streamer.service.passthrough"],
    # The real worker's output path with a zero-cost extractor: needs STREAMER_REPLAY_FILE (write_replay).
    "replay": ["-m", "streamer.service.replay"],
}
REPO = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------ topics and processes


@dataclass
class Names:
    """Private topic names of one measurement; the raw topic may be shared by several backfills."""

    prefix: str = field(default_factory=lambda: f"bench{uuid.uuid4().hex[:8]}")
    raw_topic: str | None = None

    @property
    def raw(self) -> str:
        return self.raw_topic or f"{self.prefix}.raw"

    @property
    def outputs(self) -> dict[str, str]:
        return {kind: f"{self.prefix}.{kind}" for kind in ("enriched", "visits", "statements", "dlq")}

    def env(self) -> dict[str, str]:
        out = self.outputs
        return {
            "STREAMER_APP_ID": f"{self.prefix}-app",
            "STREAMER_TOPIC_RAW": self.raw,
            "STREAMER_TOPIC_ENRICHED": out["enriched"],
            "STREAMER_TOPIC_VISITS": out["visits"],
            "STREAMER_TOPIC_STATEMENTS": out["statements"],
            "STREAMER_TOPIC_DLQ": out["dlq"],
            "STREAMER_TOPIC_PARTITIONS": str(PARTITIONS),
        }


async def create_topics(bootstrap: str, names: list[str]) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        new = [NewTopic(n, num_partitions=PARTITIONS, replication_factor=1) for n in names if n not in existing]
        if new:
            await admin.create_topics(new)
    finally:
        await admin.close()


async def delete_topics(bootstrap: str, names: list[str]) -> None:
    """Benchmarks write tens of MB per run; give the broker its disk back."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.delete_topics(names)
    except Exception:  # cleanup only: a topic already gone is fine
        pass
    finally:
        await admin.close()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class WorkerRun:
    kind: str
    process: subprocess.Popen[bytes]
    web_port: int
    log_path: Path
    spawned_at: float  # time.monotonic()

    def readyz(self) -> int:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.web_port}/readyz", timeout=1.0) as response:
                return int(response.status)
        except urllib.error.HTTPError as exc:
            return int(exc.code)

    async def wait_ready(self, timeout: float = 60.0) -> float:
        """Seconds from process spawn to /readyz 200 (what tests.support's wait_ready measures)."""
        while time.monotonic() - self.spawned_at < timeout:
            self.check_alive()
            try:
                if await asyncio.to_thread(self.readyz) == 200:
                    return time.monotonic() - self.spawned_at
            except OSError:
                pass
            await asyncio.sleep(0.05)
        raise RuntimeError(f"{self.kind} worker not ready after {timeout}s:\n{self.log_tail()}")

    def check_alive(self) -> None:
        if self.process.poll() is not None:
            raise RuntimeError(f"{self.kind} worker exited with {self.process.returncode}:\n{self.log_tail()}")

    def cpu_seconds(self) -> float | None:
        """User + system CPU time the worker has used so far (contention on a shared machine does not add to it)."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime

    def memory_mib(self) -> dict[str, float | None]:
        rss, hwm = rss_kib("VmRSS", self.process.pid), rss_kib("VmHWM", self.process.pid)
        return {"rss_mib": None if rss is None else round(rss / 1024, 1),
                "peak_rss_mib": None if hwm is None else round(hwm / 1024, 1)}

    async def stop(self, timeout: float = 30.0) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.to_thread(self.process.wait, timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                await asyncio.to_thread(self.process.wait)
        return self.process.returncode

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


def spawn_worker(kind: str, bootstrap: str, names: Names, log_dir: Path, *, profile_to: Path | None = None,
                 extra_env: dict[str, str] | None = None) -> WorkerRun:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMER_")}
    env.update(names.env())
    env.update(extra_env or {})
    # faust's data directory beside the logs, not 'streamer-data' in the repository the worker runs from
    env.update({"STREAMER_KAFKA_BOOTSTRAP": bootstrap, "STREAMER_WEB_PORT": str(port), "PYTHONUNBUFFERED": "1",
                "STREAMER_DATA_DIR": str(log_dir / f"faust-data-{names.prefix}-{kind}-{port}")})
    log_path = log_dir / f"{names.prefix}-{kind}-{port}.log"
    profiler = ["-m", "cProfile", "-o", str(profile_to)] if profile_to else []
    if profile_to and WORKER_COMMANDS[kind][0] == "-m":
        command = [sys.executable, *profiler, "-m", *WORKER_COMMANDS[kind][1:]]
    else:
        command = [sys.executable, *WORKER_COMMANDS[kind]]
    spawned = time.monotonic()
    with log_path.open("wb") as handle:
        process = subprocess.Popen(command, env=env, stdout=handle, stderr=subprocess.STDOUT, cwd=REPO)
    return WorkerRun(kind=kind, process=process, web_port=port, log_path=log_path, spawned_at=spawned)


# ------------------------------------------------------------------ arrivals


class Arrivals:
    """Notes the first arrival (this machine's wall clock) and the record timestamp of every key."""

    def __init__(self, bootstrap: str, topics: list[str]) -> None:
        self.bootstrap = bootstrap
        self.topics = topics
        self.arrived: dict[bytes, float] = {}
        self.record_ms: dict[bytes, int] = {}
        self.topic_of: dict[bytes, str] = {}
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task[None] | None = None
        self._changed = asyncio.Event()

    async def start(self) -> None:
        self._consumer = AIOKafkaConsumer(
            *self.topics, bootstrap_servers=self.bootstrap, group_id=None, auto_offset_reset="earliest",
            enable_auto_commit=False, metadata_max_age_ms=1000, fetch_max_wait_ms=20,
            max_partition_fetch_bytes=16 * 1024 * 1024,
        )
        await self._consumer.start()
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        assert self._consumer is not None
        while True:
            batch = await self._consumer.getmany(timeout_ms=100, max_records=5000)
            now = time.time()
            for records in batch.values():
                for record in records:
                    if record.key is not None and record.key not in self.arrived:
                        self.arrived[record.key] = now
                        self.record_ms[record.key] = record.timestamp
                        self.topic_of[record.key] = record.topic
            if batch:
                self._changed.set()

    async def wait_for(self, keys: set[bytes], timeout: float, *, alive: list[WorkerRun] = ()) -> bool:  # type: ignore[assignment]
        deadline = time.monotonic() + timeout
        while not keys.issubset(self.arrived.keys()):
            if self._task is not None and self._task.done():
                self._task.result()  # the consumer died: raise its error
            for worker in alive:
                worker.check_alive()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.5))
            except asyncio.TimeoutError:
                pass
        return True

    def dead_letters(self, keys: Any, dlq_topic: str) -> int:
        """How many of these keys came out as dead letters (their figures are not the extraction path's)."""
        return sum(1 for key in keys if self.topic_of.get(key) == dlq_topic)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        if self._consumer is not None:
            await self._consumer.stop()


async def produce_all(bootstrap: str, topic: str, articles: list[BenchArticle]) -> float:
    """Put articles on a topic as fast as the broker takes them; returns the seconds it took."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5, max_request_size=16 * 1024 * 1024)
    await producer.start()
    started = time.perf_counter()
    try:
        pending = [await producer.send(topic, value=a.value, key=a.key) for a in articles]
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return time.perf_counter() - started


# ------------------------------------------------------------------ measurements


def write_replay(articles: list[BenchArticle], path: Path) -> dict[str, Any]:
    """The records the real worker writes for each article, computed here by its own pure function, to a file the
    replay worker loads (`streamer.service.replay`). The settings are the worker's defaults, as spawn_worker gives
    it no other STREAMER_* variable than the topic names (stored by role, so any names fit)."""
    from streamer.config import Settings
    from streamer.extraction import Extractor
    from streamer.service import replay

    started = time.perf_counter()
    # Every field at its default, whatever STREAMER_* this process has (keyword arguments win over the environment).
    settings = Settings(**{name: field.default for name, field in Settings.model_fields.items()})
    entries = replay.record_replay([a.value for a in articles], extractor=Extractor(), settings=settings)
    replay.write_replay_file(path, entries)
    ok = [e for e in entries.values() if e[0] == "ok"]
    records = sum(len(e[4]) for e in ok)
    return {
        "file": str(path),
        "articles": len(entries),
        "dead_letters": len(entries) - len(ok),
        "records": records,
        "records_per_article": round(records / len(ok), 3) if ok else None,
        "bytes_per_article": round(sum(len(r[2]) for e in ok for r in e[4]) / len(ok), 1) if ok else None,
        "raw_bytes_per_article": round(sum(len(a.value) for a in articles) / max(len(articles), 1), 1),
        "seconds": round(time.perf_counter() - started, 1),
    }


async def backfill(bootstrap: str, raw_topic: str, articles: list[BenchArticle], *, kind: str, workers: int,
                   log_dir: Path, timeout: float, extra_env: dict[str, str] | None = None) -> dict[str, Any]:
    """N articles already on the raw topic; spawn the workers; time until every article has its output."""
    names = Names(raw_topic=raw_topic)
    outputs = list(names.outputs.values())
    await create_topics(bootstrap, outputs)
    arrivals = Arrivals(bootstrap, [names.outputs["enriched"], names.outputs["dlq"]])
    await arrivals.start()
    keys = {a.key for a in articles}
    spawned_wall = time.time()
    runs = [spawn_worker(kind, bootstrap, names, log_dir, extra_env=extra_env) for _ in range(workers)]
    try:
        async def ready_and_cpu(run: WorkerRun) -> tuple[float, float]:
            seconds = await run.wait_ready()
            return seconds, run.cpu_seconds() or 0.0  # each at its own ready: the first may start well before

        ready_cpu = await asyncio.gather(*(ready_and_cpu(run) for run in runs))
        ready = [seconds for seconds, _ in ready_cpu]
        cpu_at_ready = [cpu for _, cpu in ready_cpu]
        complete = await arrivals.wait_for(keys, timeout, alive=runs)
        cpu_at_end = [run.cpu_seconds() or 0.0 for run in runs]
        memory = [run.memory_mib() for run in runs]
    finally:
        for run in runs:
            await run.stop()
        await arrivals.stop()
        await delete_topics(bootstrap, outputs)
    got = [k for k in keys if k in arrivals.arrived]
    first_ms = min(arrivals.record_ms[k] for k in got) if got else 0
    last_ms = max(arrivals.record_ms[k] for k in got) if got else 0
    last_arrival = max(arrivals.arrived[k] for k in got) if got else spawned_wall
    processing_seconds = (last_ms - first_ms) / 1000.0
    throughput = rate(len(got) - 1, processing_seconds)  # n outputs span n-1 intervals
    # CPU from each process's ready to done, all processes: a per-article cost the machine's other load does not
    # inflate (start-up work, imports and the knowledge base, is left out).
    busy = sum(end - start for start, end in zip(cpu_at_ready, cpu_at_end))
    return {
        "kind": kind,
        "workers": workers,
        "articles": len(keys),
        "outputs": len(got),
        "dead_letters": arrivals.dead_letters(got, names.outputs["dlq"]),
        "complete": complete,
        "ready_seconds": [round(r, 3) for r in ready],
        "spawn_to_last_output_seconds": round(last_arrival - spawned_wall, 3),
        "first_to_last_output_seconds": round(processing_seconds, 3),
        "articles_per_second": None if throughput is None else round(throughput, 1),
        "articles_per_second_including_startup": round(len(got) / max(last_arrival - spawned_wall, 1e-9), 1),
        "worker_cpu_ms_per_article": round(busy * 1000 / len(got), 3) if got else None,
        "worker_memory": memory,
    }


async def live(bootstrap: str, pool: list[BenchArticle], *, kind: str, rates: list[tuple[float, float]],
               log_dir: Path, drain_timeout: float) -> dict[str, Any]:
    """One worker, ready and idle; a producer at each fixed rate for a bounded time; latency per article."""
    names = Names()
    all_topics = [names.raw, *names.outputs.values()]
    await create_topics(bootstrap, all_topics)
    arrivals = Arrivals(bootstrap, [names.outputs["enriched"], names.outputs["dlq"]])
    await arrivals.start()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=0, max_request_size=16 * 1024 * 1024)
    await producer.start()
    worker = spawn_worker(kind, bootstrap, names, log_dir)
    results: list[dict[str, Any]] = []
    try:
        ready_seconds = await worker.wait_ready()
        # Warm-up: the first records pay for metadata look-ups and connection set-up on every topic.
        warm = [with_unique_id(a, f"warm{i}") for i, a in enumerate(pool[:30])]
        for article in warm:
            await producer.send(names.raw, value=article.value, key=article.key)
        await arrivals.wait_for({a.key for a in warm}, 60.0, alive=[worker])
        cursor = 0
        for run_index, (offered, duration) in enumerate(rates):
            count = max(1, int(offered * duration))
            batch = [with_unique_id(pool[(cursor + i) % len(pool)], f"r{run_index}n{i}") for i in range(count)]
            cursor += count
            sent_at: dict[bytes, float] = {}
            pending = []
            cpu_before = worker.cpu_seconds() or 0.0
            started = time.perf_counter()
            for index, article in enumerate(batch):
                delay = started + index / offered - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                sent_at[article.key] = time.time()
                pending.append(await producer.send(names.raw, value=article.value, key=article.key))
            send_seconds = time.perf_counter() - started
            await asyncio.gather(*pending)
            complete = await arrivals.wait_for(set(sent_at), drain_timeout, alive=[worker])
            busy_wall = time.perf_counter() - started
            busy_cpu = (worker.cpu_seconds() or 0.0) - cpu_before
            arrived = [k for k in sent_at if k in arrivals.arrived]
            latencies = [arrivals.arrived[k] - sent_at[k] for k in arrived]
            first_sent = min(sent_at.values())
            last_arrival = max((arrivals.arrived[k] for k in arrived), default=first_sent)
            achieved = rate(len(arrived), last_arrival - first_sent)
            results.append({
                "offered_per_second": offered,
                "duration_seconds": duration,
                "sent": count,
                "send_rate_achieved": round(count / send_seconds, 1) if send_seconds > 0 else None,
                "arrived": len(arrived),
                "dead_letters": arrivals.dead_letters(arrived, names.outputs["dlq"]),
                "complete": complete,
                "throughput_per_second": None if achieved is None else round(achieved, 1),
                # A worker that falls behind while far from 100 % of a core is being starved by other processes.
                "worker_cpu_ms_per_article": round(busy_cpu * 1000 / count, 3),
                "worker_cpu_utilisation": round(busy_cpu / busy_wall, 3) if busy_wall > 0 else None,
                "load_average_1m": round(os.getloadavg()[0], 2),
                "latency": latency_summary_ms(latencies),
                "latencies_ms": [round(x * 1000, 3) for x in latencies],  # for the plots; dropped from the JSON summary
            })
            await asyncio.sleep(1.0)
        memory = worker.memory_mib()
    finally:
        await producer.stop()
        await worker.stop()
        await arrivals.stop()
        await delete_topics(bootstrap, all_topics)
    return {"kind": kind, "ready_seconds": round(ready_seconds, 3), "worker_memory": memory, "rates": results}


async def start_to_ready(bootstrap: str, *, repeats: int, log_dir: Path) -> dict[str, Any]:
    """Spawn the real worker on fresh topics with no backlog; seconds until /readyz answers 200."""
    samples = []
    for _ in range(repeats):
        names = Names()
        topics = [names.raw, *names.outputs.values()]
        await create_topics(bootstrap, topics)
        worker = spawn_worker("streamer", bootstrap, names, log_dir)
        try:
            samples.append(await worker.wait_ready())
            memory = worker.memory_mib()
        finally:
            await worker.stop()
            await delete_topics(bootstrap, topics)
    return {
        "samples_seconds": [round(s, 3) for s in samples],
        "median_seconds": round(percentile(samples, 50), 3),
        "max_seconds": round(max(samples), 3),
        "idle_worker_memory": memory,
    }


async def profile_worker(bootstrap: str, raw_topic: str, articles: list[BenchArticle], *, log_dir: Path,
                         out_dir: Path, timeout: float) -> dict[str, Any]:
    """The real worker under cProfile through a backfill: how its time splits between processing and Kafka."""
    import pstats

    from streamer.bench import profiling

    names = Names(raw_topic=raw_topic)
    outputs = list(names.outputs.values())
    await create_topics(bootstrap, outputs)
    arrivals = Arrivals(bootstrap, [names.outputs["enriched"], names.outputs["dlq"]])
    await arrivals.start()
    profile_path = out_dir / "profile-worker.pstats"
    profile_path.unlink(missing_ok=True)
    worker = spawn_worker("streamer", bootstrap, names, log_dir, profile_to=profile_path)
    try:
        await worker.wait_ready()
        complete = await arrivals.wait_for({a.key for a in articles}, timeout, alive=[worker])
    finally:
        await worker.stop()
        await arrivals.stop()
        await delete_topics(bootstrap, outputs)
    if not profile_path.exists():
        return {"error": "the profiled worker wrote no profile (it did not exit normally)"}
    stats = pstats.Stats(str(profile_path))
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values()) or 1.0

    def cumulative(name: str, path_part: str) -> float:
        root = profiling.find_root(stats, name, path_part)
        return raw[root][3] if root else 0.0

    idle = sum(entry[2] for key, entry in raw.items() if key[2] in ("<method 'poll' of 'select.epoll' objects>",
                                                                      "<method 'select' of 'select.epoll' objects>"))
    process = cumulative("process_message", "streamer/pipeline")
    handle = cumulative("handle", "streamer/service/app")
    (out_dir / "profile-worker.txt").write_text(
        profiling.stats_text(stats, sort="tottime", top=40) + profiling.stats_text(stats, sort="cumulative", top=40)
    )
    return {
        "articles": len(articles),
        "complete": complete,
        "profiled_seconds": round(total, 3),
        "share_waiting_in_epoll": round(idle / total, 4),
        "share_process_message": round(process / total, 4),
        "share_handle_total": round(handle / total, 4),
        "share_handle_minus_process_message": round((handle - process) / total, 4),
        "hot_spots": profiling.hot_spots(stats, top=15),
        "note": "cProfile's main thread only; shares are of the profiled time, which includes waiting for acks",
    }
