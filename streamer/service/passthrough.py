"""A pass-through worker: the service's Kafka shell with no extraction, the ceiling the benchmark compares to.

It reads the raw topic and forwards every message's key, value and headers unchanged to the enriched topic,
with the real worker's semantics: the same faust App settings (at-least-once, acks=-1, concurrency 1) and the
same window of messages acked in order once the broker has acknowledged their outputs. What the real worker is slower by is
then the cost of decoding, extraction and encoding alone.

Run it like the worker, with the same STREAMER_* settings:

    python -m streamer.service.passthrough
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import faust
from prometheus_client import CollectorRegistry

from streamer.config import Settings
from streamer.service.app import AckWindow, ProducerTopic, WebServer, build_faust_app

log = logging.getLogger("streamer.passthrough")


class PassthroughService:
    """One agent that forwards raw records to the enriched topic, plus the same /readyz web server."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ready = False
        self.forwarded = 0
        # The real worker's App and output path: a change of producer acks, commit interval or session timeout
        # there must not silently make the ratio unfair.
        self.app = build_faust_app(settings)
        raw = self.app.topic(settings.topic_raw, key_serializer="raw", value_serializer="raw")
        self.output = ProducerTopic(self.app, settings.topic_enriched)
        self.acks = AckWindow(settings.max_articles_in_flight)
        self.agent = self.app.agent(raw, name="streamer.passthrough", concurrency=1)(self._forward)
        self.app.on_partitions_assigned.connect(self._on_assigned)  # type: ignore[arg-type]
        self.web = WebServer(settings=settings, registry=CollectorRegistry(), is_ready=lambda: self.ready)

    async def _forward(self, stream: faust.StreamT[bytes]) -> None:
        async for event in stream.noack().events():  # type: ignore[attr-defined]  # Stream has it, StreamT not
            message = event.message
            headers = list(message.headers.items()) if isinstance(message.headers, dict) else list(message.headers or [])
            # As the real agent: hand the record to the producer, let the window ack it once it is durable.
            pending = await self.output.send(key=message.key, value=message.value, headers=headers)
            self.acks.track(event, asyncio.gather(pending))
            await self.acks.wait_for_room()
            self.forwarded += 1

    async def _on_assigned(self, app: Any, *args: Any, signal: Any = None, **kwargs: Any) -> None:
        self.ready = True


def run_passthrough(settings: Settings) -> None:
    service = PassthroughService(settings)
    worker = faust.Worker(
        service.app, service.web, loglevel=settings.log_level, redirect_stdouts=False, override_logging=False,
    )
    worker.execute_from_commandline()


def main() -> None:
    from streamer.service.kafka import ensure_topics

    settings = Settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if settings.create_topics:
        asyncio.run(asyncio.wait_for(ensure_topics(settings), settings.broker_request_timeout_seconds))
    run_passthrough(settings)


if __name__ == "__main__":
    main()
