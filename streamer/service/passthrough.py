"""A pass-through worker: the service's Kafka shell with no extraction, the ceiling the benchmark compares to.

It reads the raw topic and forwards every message's key, value and headers unchanged to the enriched topic,
with the real worker's semantics: the same faust App settings (at-least-once, acks=-1, concurrency 1) and one
wait for the broker's acknowledgement per message before the next one. What the real worker is slower by is
then the cost of decoding, extraction and encoding alone.

Run it like the worker, with the same STREAMER_* settings:

    python -m streamer.service.passthrough
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

import faust
from prometheus_client import CollectorRegistry

from streamer.config import Settings
from streamer.service.app import StreamerService, WebServer

log = logging.getLogger("streamer.passthrough")


@dataclass(frozen=True)
class _SettingsOnly:
    """What StreamerService._build_app reads: reusing it keeps both workers' faust settings identical."""

    settings: Settings


def build_app(settings: Settings) -> faust.App:
    # Borrow the real worker's App construction rather than copying it: a change of producer acks, commit
    # interval or session timeout there would otherwise silently make the ratio unfair.
    return StreamerService._build_app(_SettingsOnly(settings))  # type: ignore[arg-type]  # noqa: SLF001


class PassthroughService:
    """One agent that forwards raw records to the enriched topic, plus the same /readyz web server."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ready = False
        self.forwarded = 0
        self.app = build_app(settings)
        raw = self.app.topic(settings.topic_raw, key_serializer="raw", value_serializer="raw")
        self.output = self.app.topic(settings.topic_enriched, key_serializer="raw", value_serializer="raw")
        self.agent = self.app.agent(raw, name="streamer.passthrough", concurrency=1)(self._forward)
        self.app.on_partitions_assigned.connect(self._on_assigned)  # type: ignore[arg-type]
        self.web = WebServer(settings=settings, registry=CollectorRegistry(), is_ready=lambda: self.ready)

    async def _forward(self, stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            message = event.message
            headers = list(message.headers.items()) if isinstance(message.headers, dict) else list(message.headers or [])
            # The real agent sends its records, then awaits every acknowledgement before the next article.
            pending = await self.output.send(key=message.key, value=message.value, headers=headers)
            await asyncio.gather(pending)
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
