"""The agent through faust's test_context: real app and agent, mocked topic sends, no broker."""

from __future__ import annotations

import asyncio
from typing import Any
from unittest.mock import AsyncMock

import orjson
import pytest
from prometheus_client import CollectorRegistry

from streamer.config import Settings
from streamer.extraction import Extractor
from streamer.extraction.document import Document
from streamer.extraction.model import Actor, Evidence, Extraction, Statement
from streamer.service.app import ProducerTopic, StreamerService


def _delivered(*args: Any, **kwargs: Any) -> asyncio.Future[None]:
    future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    future.set_result(None)
    return future


class ScriptedExtractor(Extractor):
    """A stand-in core: one statement per article, or a failure when the body asks for one."""

    def extract(self, doc: Document, *, deadline: float | None = None) -> Extraction:
        if "EXPLODE" in doc.body:
            raise RuntimeError("boom")
        statement = Statement(key=f"statement:s:{len(doc.body)}", speaker=Actor(name="Penny Wong"), quote=doc.body,
                              kind="reported", evidence=[Evidence(start=0, end=len(doc.body), sentence=doc.body)],
                              confidence=0.9)
        return Extraction(language="en", text=doc.body, entities=[], events=[statement])


@pytest.fixture
def service(registry: CollectorRegistry) -> StreamerService:
    settings = Settings(kafka_bootstrap="127.0.0.1:1", max_article_bytes=2048)
    built = StreamerService(settings, extractor=ScriptedExtractor(), registry=registry)
    for topic in built.handler.topics.values():
        topic.send = AsyncMock(side_effect=_delivered)  # type: ignore[method-assign]
    return built


def _sent(service: StreamerService, topic: str) -> list[dict[str, Any]]:
    return [call.kwargs for call in service.handler.topics[topic].send.call_args_list]


async def test_agent_emits_the_enriched_article_and_its_events(service: StreamerService) -> None:
    async with service.agent.test_context() as agent:
        await agent.put(orjson.dumps({"id": "a1", "title": "t", "body": "Wong said the embassy reopens."}), key=b"a1")

    settings = service.settings
    enriched = _sent(service, settings.topic_enriched)
    statements = _sent(service, settings.topic_statements)
    assert [orjson.loads(e["value"])["id"] for e in enriched] == ["a1"]
    assert len(statements) == 1 and dict(statements[0]["headers"])["ce_subject"] == b"a1"
    assert _sent(service, settings.topic_dlq) == []
    assert service.registry.get_sample_value("streamer_articles_consumed_total") == 1
    assert service.registry.get_sample_value("streamer_events_published_total", {"type": "statement", "language": "en"}) == 1


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xc3\x28", "undecodable"),
        (b"{", "invalid_json"),
        (b"42", "not_an_article"),
        (b'{"id": "e", "body": ""}', "empty_body"),
        (orjson.dumps({"id": "big", "body": "x" * 4096}), "too_large"),
        (b'{"id": "x", "body": "EXPLODE here"}', "extraction_failed"),
    ],
)
async def test_agent_dead_letters_bad_messages_and_processes_the_next(service: StreamerService, raw: bytes, reason: str) -> None:
    async with service.agent.test_context() as agent:
        await agent.put(raw, key=b"k")
        await agent.put(orjson.dumps({"id": "next", "body": "Wong said so."}))

    letters = _sent(service, service.settings.topic_dlq)
    assert len(letters) == 1
    assert letters[0]["value"] == raw and letters[0]["key"] == b"k"
    assert dict(letters[0]["headers"])["dlq_reason"] == reason.encode()
    assert service.registry.get_sample_value("streamer_dead_letters_total", {"reason": reason}) == 1
    assert [orjson.loads(e["value"])["id"] for e in _sent(service, service.settings.topic_enriched)] == ["next"]


async def test_agent_appends_records_to_faust_s_current_aiokafka_producer() -> None:
    class FakeAiokafka:
        def __init__(self) -> None:
            self.sent: list[tuple[Any, ...]] = []

        async def send(self, topic: str, value: bytes, *, key: bytes | None, headers: list[tuple[str, bytes]]) -> str:
            self.sent.append((topic, key, value, headers))
            return "future"

    class FakeFaustProducer:
        def __init__(self) -> None:
            self.current = FakeAiokafka()

        def _ensure_producer(self) -> FakeAiokafka:
            return self.current

    faust_producer = FakeFaustProducer()

    class FakeApp:
        async def maybe_start_producer(self) -> FakeFaustProducer:
            return faust_producer

    topic = ProducerTopic(FakeApp(), "out")  # type: ignore[arg-type]
    first = faust_producer.current
    assert await topic.send(key=b"k", value=b"v", headers=[("h", b"1")]) == "future"
    faust_producer.current = FakeAiokafka()  # faust restarted its producer service: the new one is used
    await topic.send(key=None, value=b"w", headers=[])
    assert first.sent == [("out", b"k", b"v", [("h", b"1")])]
    assert faust_producer.current.sent == [("out", None, b"w", [])]
