"""The faust app: topics, the one agent, and the web server of /metrics, /healthz and /readyz.

The agent reads like a paragraph: take a message, process it (pure), emit its records, count. Any message
that cannot be processed becomes a dead letter and the partition moves on.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from typing import Any

import faust
import faust.tables
from aiohttp import web
from mode import Service
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from streamer import __version__
from streamer.config import Settings
from streamer.errors import ExtractionError, InvalidArticle
from streamer.extraction import Extractor
from streamer.metrics import StreamerMetrics
from streamer.pipeline import process_message
from streamer.service.codec import OutgoingRecord, dead_letter_headers, fingerprint
from streamer.service.kafka import faust_credentials

log = logging.getLogger("streamer.worker")

class ProducerTopic:
    """One output topic, written straight through the app's producer.

    faust's ``Topic.send`` yields to the event loop on every call (``maybe_start_producer`` is a stampede
    wrapper), so an article's first record went to the broker alone and the rest waited for its
    acknowledgement. Appending every record to the producer first puts them in one request: measured 13 %
    less worker CPU per article and a worker that keeps up at 200 articles/s (README, Speed). The records go
    to the aiokafka producer inside faust's, the one faust flushes before committing offsets, so the
    at-least-once contract is unchanged; faust's own ``send`` around it cost 7 µs per record (a signal sent
    for its live-check feature, unused here), seven times the append itself.
    """

    def __init__(self, app: faust.App, name: str) -> None:
        self.app = app
        self.name = name
        self._producer: Any = None

    async def send(self, *, key: bytes | None, value: bytes, headers: list[tuple[str, bytes]]) -> Awaitable[Any]:
        if self._producer is None:
            self._producer = await self.app.maybe_start_producer()
        # Looked up on every send: faust replaces its aiokafka producer when its producer service restarts.
        return await self._producer._ensure_producer().send(self.name, value, key=key, headers=headers)  # type: ignore[no-any-return]


class ArticleHandler:
    """What the agent does with one message; the I/O is the `topics` it is given, so tests can mock them."""

    def __init__(
        self, *, settings: Settings, extractor: Extractor, metrics: StreamerMetrics, topics: dict[str, Any]
    ) -> None:
        self.settings = settings
        self.extractor = extractor
        self.metrics = metrics
        self.topics = topics
        self.last_offsets: dict[tuple[str, int], int] = {}
        # Labelled counters looked up once: `labels()` takes a lock and builds a key on every call (3.6 against
        # 0.9 µs per count), and an article counts 3 times on average. The keys are few (languages x types).
        self._counters: dict[tuple[str, str], Any] = {}

    def _counter(self, kind: str, language: str) -> Any:
        counter = self._counters.get((kind, language))
        if counter is None:
            if kind == "articles_processed":
                counter = self.metrics.articles_processed.labels(language=language)
            else:
                counter = self.metrics.events_published.labels(type=kind, language=language)
            self._counters[(kind, language)] = counter
        return counter

    async def handle(
        self, raw: bytes | None, *, key: bytes | None, topic: str, partition: int, offset: int
    ) -> asyncio.Future[Any]:
        """Process one message and hand its records to the producer; the returned future completes when the
        broker has acknowledged every one of them (the message may be acked then, not before)."""
        started = time.perf_counter()
        self.metrics.articles_consumed.inc()
        try:
            processed = process_message(raw, extractor=self.extractor, settings=self.settings)
        except (InvalidArticle, ExtractionError) as exc:
            reason = exc.reason
            detail = exc.detail if isinstance(exc, InvalidArticle) else str(exc)
            durable = await self._dead_letter(raw, key, reason, detail, topic=topic, partition=partition, offset=offset)
        else:
            self.metrics.extraction_seconds.observe(processed.extraction_seconds)
            durable = await self._emit(processed.records)
            language = processed.extraction.language
            self._counter("articles_processed", language).inc()
            self.metrics.enriched_published.inc()
            for event in processed.extraction.events:
                self._counter(event.type, language).inc()
            published = processed.article.document.published
            if published is not None and processed.extraction.events:
                if published.tzinfo is None:
                    published = published.replace(tzinfo=timezone.utc)
                lag = (datetime.now(timezone.utc) - published).total_seconds()
                self.metrics.event_lag_seconds.observe(max(lag, 0.0))
        self.last_offsets[(topic, partition)] = offset
        # Processing time runs until the broker has acknowledged every output, as before the window existed.
        durable.add_done_callback(lambda _: self.metrics.processing_seconds.observe(time.perf_counter() - started))
        return durable

    async def _emit(self, records: list[OutgoingRecord]) -> asyncio.Future[Any]:
        # Append every record to the producer first, so they travel in one request; the caller decides when
        # to wait for the acknowledgements.
        pending = [
            await self.topics[record.topic].send(key=record.key, value=record.value, headers=record.headers)
            for record in records
        ]
        return asyncio.gather(*pending)

    async def _dead_letter(
        self, raw: bytes | None, key: bytes | None, reason: str, detail: str, *, topic: str, partition: int,
        offset: int,
    ) -> asyncio.Future[Any]:
        # Log the reason and a digest, never the article text.
        log.warning(
            "dead letter %s at %s[%d]@%d (%s, sha256:%s): %s",
            reason, topic, partition, offset, f"{len(raw or b'')} bytes", fingerprint(raw or b""), detail[:200],
        )
        headers = dead_letter_headers(reason, detail, topic=topic, partition=partition, offset=offset)
        pending = await self.topics[self.settings.topic_dlq].send(key=key, value=raw or b"", headers=headers)
        self.metrics.dead_letters.labels(reason=reason).inc()
        return asyncio.gather(pending)


PRODUCER_WAKE_TURNS = 3


class AckWindow:
    """Acks consumed messages in consumption order once all their outputs are durable, while the agent goes on
    with the next articles.

    Waiting for the broker after every article left the worker idle for one round trip per article, and sent
    each article's records in a request of their own. Here a done-callback acks the oldest messages whose
    outputs the broker has acknowledged, strictly in order, so faust (which commits only consecutive acked
    offsets, after flushing the producer) never commits past an article whose outputs could still be lost.
    The callback also runs while the agent is paused for a rebalance, so faust's wait for unacked messages
    ends. At most `limit` articles wait at once. A failed send stops all acking; the agent raises it, and the
    unacked messages are consumed again after the restart (at least once).
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._waiting: deque[tuple[Any, asyncio.Future[Any]]] = deque()
        self._failure: BaseException | None = None

    def __len__(self) -> int:
        return len(self._waiting)

    def track(self, event: Any, durable: asyncio.Future[Any]) -> None:
        self._waiting.append((event, durable))
        durable.add_done_callback(self._ack_durable_prefix)

    def _ack_durable_prefix(self, _: object = None) -> None:
        while self._waiting and self._failure is None:
            event, durable = self._waiting[0]
            if not durable.done():
                return
            if durable.cancelled():
                self._failure = asyncio.CancelledError("an output send was cancelled")
                return
            failure = durable.exception()
            if failure is not None:
                self._failure = failure
                return
            self._waiting.popleft()
            event.ack()

    async def wait_for_room(self) -> None:
        """Let the producer write what it was handed; raise a failed send; return once fewer than `limit`
        articles await acknowledgement."""
        # aiokafka's sender needs three turns of the event loop to put appended records on the wire (the
        # accumulator wakes the sender, the sender starts a produce task, the task writes). Without them an
        # article's outputs would wait while the next article runs through the synchronous core, as long as
        # its time budget when it is a slow one.
        for _ in range(PRODUCER_WAKE_TURNS):
            await asyncio.sleep(0)
        while self._failure is None and len(self._waiting) >= self.limit:
            await asyncio.wait([self._waiting[0][1]])
            self._ack_durable_prefix()  # callbacks run after waiters; do not wait for the loop's next turn
        if self._failure is not None:
            raise self._failure


class WebServer(Service):
    """Serves exactly /metrics, /healthz and /readyz; faust's own web server stays off."""

    def __init__(self, *, settings: Settings, registry: CollectorRegistry, is_ready: Callable[[], bool], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.settings = settings
        self.registry = registry
        self.is_ready = is_ready
        self._runner: web.AppRunner | None = None

    async def on_start(self) -> None:
        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.settings.web_host, self.settings.web_port)
        await site.start()
        log.info("web server on http://%s:%d (/metrics /healthz /readyz)", self.settings.web_host, self.settings.web_port)

    async def on_stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _metrics(self, request: web.Request) -> web.Response:
        body = generate_latest(self.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def _healthz(self, request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def _readyz(self, request: web.Request) -> web.Response:
        if self.is_ready():
            return web.json_response({"status": "ready"})
        return web.json_response({"status": "starting"}, status=503)


class TableManager(faust.tables.TableManager):
    """faust's table manager without the one-second sleep that starts it.

    faust 0.15.3 sleeps 1 s before it registers the tables, so that tables defined after start-up are still
    included; the consumer does not subscribe (and the worker is not ready) until then. This app defines no
    tables, so the sleep was only a wait: 1.05 of the 1.1 s from faust's App starting to started, in every
    one of seven timed starts. The rest is faust's own on_start, unchanged (re-check it when upgrading faust).
    """

    async def on_start(self) -> None:
        if not self.should_stop:
            await self._update_channels()
            await self.recovery.start()


def build_faust_app(s: Settings) -> faust.App:
    """The faust App of a worker; the benchmark's pass-through worker uses the same one, so the ratio is fair."""
    return faust.App(
        s.app_id,
        broker=[f"kafka://{server.strip()}" for server in s.kafka_bootstrap.split(",")],
        broker_credentials=faust_credentials(s),
        processing_guarantee="at_least_once",
        store="memory://",
        datadir=s.data_dir,
        topic_partitions=s.topic_partitions,
        topic_replication_factor=s.topic_replication_factor,
        consumer_auto_offset_reset="earliest",
        web_enabled=False,
        web_router_enabled=False,
        web_tables_enabled=False,
        web_stats_enabled=False,
        web_graph_enabled=False,
        web_metrics_enabled=False,
        producer_acks=-1,
        # A SIGKILLed worker's partitions move to the survivors after the session timeout: keep it short.
        broker_session_timeout=10.0,
        broker_heartbeat_interval=3.0,
        broker_request_timeout=max(s.broker_request_timeout_seconds, 10.0),
        broker_commit_interval=1.0,
        worker_redirect_stdouts=False,
        loghandlers=[],
        TableManager=TableManager,
    )


class StreamerService:
    """Builds the faust app, its topics and agent, the metrics and the web server from one Settings."""

    def __init__(
        self, settings: Settings, *, extractor: Extractor | None = None, registry: CollectorRegistry | None = None
    ) -> None:
        self.settings = settings
        self.registry = registry or CollectorRegistry()
        self.metrics = StreamerMetrics.create(self.registry)
        self.metrics.build.info({"version": __version__, "extractor": Extractor.version})
        self.extractor = extractor or Extractor()
        self.ready = False
        self.app = build_faust_app(settings)
        raw = self.app.topic(settings.topic_raw, key_serializer="raw", value_serializer="raw")
        outputs = {
            name: ProducerTopic(self.app, name)
            for name in (settings.topic_enriched, settings.topic_visits, settings.topic_statements, settings.topic_dlq)
        }
        self.handler = ArticleHandler(settings=settings, extractor=self.extractor, metrics=self.metrics, topics=outputs)
        self.acks = AckWindow(settings.max_articles_in_flight)
        self.agent = self.app.agent(raw, name="streamer.process_articles", concurrency=1)(self._process)
        self.app.timer(5.0)(self._update_consumer_lag)
        # faust's signal type wants a plain function; a bound coroutine method is what it calls in practice.
        self.app.on_partitions_assigned.connect(self._on_assigned)  # type: ignore[arg-type]
        self.web = WebServer(settings=settings, registry=self.registry, is_ready=lambda: self.ready)

    async def _process(self, stream: faust.StreamT[bytes]) -> None:
        # Manual acks: a message is acked by the window once its outputs are durable, not when the loop moves on.
        # (`noack` is missing from faust's StreamT protocol; the Stream class has it.)
        async for event in stream.noack().events():  # type: ignore[attr-defined]
            message = event.message
            try:
                durable = await self.handler.handle(
                    message.value, key=message.key, topic=message.topic, partition=message.partition,
                    offset=message.offset,
                )
                self.acks.track(event, durable)
                await self.acks.wait_for_room()
            except Exception as exc:  # noqa: BLE001 (bad input never gets here: it is a dead letter in handle)
                await self._stop_on_lost_output(exc)
                return

    async def _stop_on_lost_output(self, exc: BaseException) -> None:
        # An output the broker refused (record too large for the topic, authorisation revoked, topic deleted).
        # faust's supervisor would restart the agent on the next message, and the refused article would never
        # be committed nor retried; stopping the worker (exit 1) leaves it and everything after it uncommitted,
        # so they are consumed again once the cause is fixed and the worker restarted.
        log.critical("could not write an article's output, stopping the worker (nothing after it is committed): %r", exc)
        await self.app.crash(exc)

    async def _on_assigned(self, app: Any, *args: Any, signal: Any = None, **kwargs: Any) -> None:
        self.ready = True
        self.metrics.ready.set(1)

    async def _update_consumer_lag(self) -> None:
        consumer = self.app.consumer
        for tp in consumer.assignment():
            if tp.topic != self.settings.topic_raw:
                continue
            try:
                highwater = consumer.highwater(tp)
            except Exception:  # not known until the first fetch
                continue
            if highwater is None:
                continue
            last = self.handler.last_offsets.get((tp.topic, tp.partition))
            # faust has no public accessor for the committed offset of a partition.
            committed = getattr(consumer, "_committed_offset", {}).get(tp) if last is None else None
            position = last + 1 if last is not None else (committed or 0)
            self.metrics.consumer_lag.labels(topic=tp.topic, partition=str(tp.partition)).set(max(highwater - position, 0))


SHUTDOWN_OVERRUN_EXIT_CODE = 75  # EX_TEMPFAIL: stopped without a clean commit; redelivery covers the rest


class GracefulWorker(faust.Worker):
    """faust's Worker with a hard bound on shutdown: SIGTERM/SIGINT arm a watchdog thread that ends the
    process `grace` seconds later if faust has not finished by then.

    faust stops cleanly by itself (it waits for the in-flight article, commits acked offsets and leaves the
    group), but it waits without limit, and its signal callback only runs when the event loop is free: an
    article stuck in the synchronous extraction core would delay it. The watchdog is a thread, armed from the
    Python-level signal handler (which runs even while the loop is busy), so the bound holds in that case
    too. Forcing the exit is safe under at-least-once: uncommitted offsets are redelivered.
    """

    def __init__(self, *services: Any, grace: float, **kwargs: Any) -> None:
        super().__init__(*services, **kwargs)
        self.grace = grace
        self._watchdog: threading.Timer | None = None

    def install_signal_handlers(self) -> None:
        super().install_signal_handlers()
        # asyncio keeps its wakeup fd whatever Python-level handler is set, so faust's own loop callback
        # (_on_sigterm) still runs after this one.
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._arm_watchdog)

    def _arm_watchdog(self, signum: int, frame: Any) -> None:
        if self._watchdog is not None:
            return
        log.info("%s received: stopping, at most %.1fs", signal.Signals(signum).name, self.grace)
        self._watchdog = threading.Timer(self.grace, self._overrun)
        self._watchdog.daemon = True
        self._watchdog.start()

    def _overrun(self) -> None:
        log.error(
            "shutdown took longer than STREAMER_SHUTDOWN_GRACE_SECONDS=%.1f: exiting now; "
            "uncommitted articles will be redelivered", self.grace,
        )
        logging.shutdown()
        os._exit(SHUTDOWN_OVERRUN_EXIT_CODE)


def run_worker(settings: Settings) -> None:
    """Run the worker until SIGTERM/SIGINT; faust commits what it acked on the way out, within the grace."""
    service = StreamerService(settings)
    # What the imports and the knowledge base left for the cycle collector (about 99,000 objects) lives as long as
    # the process; in the oldest generation every full collection walked it again: a 4,000-article backfill had two
    # such collections while processing, pausing the loop 46-155 ms each. Frozen, they took 8-11 ms.
    gc.freeze()
    worker = GracefulWorker(
        service.app, service.web, grace=settings.shutdown_grace_seconds, loglevel=settings.log_level,
        redirect_stdouts=False, override_logging=False,
    )
    worker.execute_from_commandline()
