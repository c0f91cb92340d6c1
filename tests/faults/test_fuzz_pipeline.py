"""Pathological article text through the pure pipeline and through the agent (faust test_context, mocked
sends): nothing raises out, every bad message becomes a dead letter with a reason, each article takes a
bounded time, and memory stays bounded over many of them."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any, get_args
from unittest.mock import AsyncMock

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from prometheus_client import CollectorRegistry

from streamer.config import Settings
from streamer.errors import DeadLetterReason, ExtractionError, ExtractionTimeout, InvalidArticle
from streamer.extraction import Extractor
from streamer.pipeline import process_message
from streamer.service.app import StreamerService
from tests.faults.fuzz import CASES, FUZZ, big_pathological_bodies, dumps, pathological_text

REASONS = set(get_args(DeadLetterReason))
BUDGET = 2.0  # the default STREAMER_ARTICLE_TIME_BUDGET_SECONDS
# How far past its deadline one article may run: the core checks the deadline between stages, so a stage
# over a body at the size cap may finish first. Measured worst case here ~1.1 s at 1 MB (see the README section).
OVERRUN_ALLOWANCE = 2.0


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module", autouse=True)
def report_cases() -> Iterator[None]:
    yield
    print(f"\nFAULTS fuzz-pipeline cases={sum(v for k, v in CASES.items() if not k.startswith('decoder'))} "
          f"{ {k: v for k, v in CASES.items() if not k.startswith('decoder')} }")


def processed_or_dead_letter(raw: bytes, extractor: Extractor, settings: Settings) -> tuple[str, float]:
    """The property: process_message returns, or raises a dead-letter error with a reason, in bounded time."""
    started = time.monotonic()
    try:
        processed = process_message(raw, extractor=extractor, settings=settings)
        outcome = "processed"
        assert processed.records and processed.records[0].topic == settings.topic_enriched
        for record in processed.records:  # every record must be sendable bytes
            assert isinstance(record.value, bytes)
    except (InvalidArticle, ExtractionError) as exc:
        assert exc.reason in REASONS
        outcome = exc.reason
    elapsed = time.monotonic() - started
    assert elapsed < settings.article_time_budget_seconds + OVERRUN_ALLOWANCE, f"{elapsed:.2f}s for one article"
    return outcome, elapsed


@FUZZ
@given(pathological_text(), st.sampled_from(["minimal", "ninjs1", "ninjs3"]), st.sampled_from([None, "en", "id", "xx"]))
def test_pipeline_never_raises_on_pathological_text(extractor: Extractor, body: str, form: str,
                                                    language: str | None) -> None:
    CASES["pipeline pathological text"] += 1
    if form == "minimal":
        article: dict[str, Any] = {"id": "p", "title": body[:80], "body": body, "language": language}
    elif form == "ninjs1":
        article = {"uri": "urn:p", "headline": body[:80], "body_html": body, "language": language}
    else:
        article = {"uri": "urn:p", "bodies": [{"value": body, "contentType": "text/html"}], "language": language}
    processed_or_dead_letter(dumps(article), extractor, Settings(article_time_budget_seconds=BUDGET))


@FUZZ
@given(st.text(min_size=1, max_size=3000))
def test_pipeline_never_raises_on_arbitrary_unicode(extractor: Extractor, body: str) -> None:
    CASES["pipeline arbitrary unicode"] += 1
    processed_or_dead_letter(dumps({"id": "u", "title": "", "body": body}), extractor, Settings())


BIG = big_pathological_bodies(990_000)


@pytest.mark.parametrize("name", sorted(BIG))
def test_pipeline_bounds_the_time_of_a_pathological_article_at_the_size_cap(extractor: Extractor, name: str) -> None:
    CASES["pipeline 1 MB pathological"] += 1
    raw = orjson.dumps({"id": name, "title": name, "body": BIG[name]})
    assert len(raw) <= Settings().max_article_bytes
    outcome, elapsed = processed_or_dead_letter(raw, extractor, Settings())
    print(f"\nFAULTS big {name!r}: {outcome} in {elapsed:.2f}s")


@pytest.mark.parametrize("name", ["long runs of capitalised words (id)", "every sentence a visit", "emoji"])
def test_pipeline_stops_an_overrunning_article_near_its_deadline(extractor: Extractor, name: str) -> None:
    """With a budget far below what the article needs, the outcome is extraction_timeout, soon after it."""
    CASES["pipeline deadline"] += 1
    settings = Settings(article_time_budget_seconds=0.05)
    raw = orjson.dumps({"id": name, "title": name, "body": BIG[name]})
    started = time.monotonic()
    with pytest.raises(ExtractionTimeout):
        process_message(raw, extractor=extractor, settings=settings)
    elapsed = time.monotonic() - started
    assert elapsed < 0.05 + OVERRUN_ALLOWANCE
    print(f"\nFAULTS deadline {name!r}: timeout after {elapsed:.2f}s with a 0.05s budget")


def rss_kib() -> int:
    """Resident set size of this process, from /proc/self/status (no psutil needed)."""
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def test_memory_stays_bounded_over_many_pathological_articles(extractor: Extractor) -> None:
    settings = Settings()
    bodies = [orjson.dumps({"id": n, "title": n, "body": b[:300_000]}) for n, b in sorted(BIG.items())]
    for raw in bodies:  # warm up: caches, interned strings, allocator arenas
        processed_or_dead_letter(raw, extractor, settings)
    before = rss_kib()
    rounds = 4
    for _ in range(rounds):
        for raw in bodies:
            processed_or_dead_letter(raw, extractor, settings)
            CASES["pipeline memory"] += 1
    growth_mib = (rss_kib() - before) / 1024
    print(f"\nFAULTS memory: {rounds * len(bodies)} articles of 300 KB after warm-up, RSS growth {growth_mib:.1f} MiB")
    # A leak of even one article's worth per message would be ~15 MiB over this run.
    assert growth_mib < 64


# ---------------------------------------------------------------- the agent, in process


def _delivered(*args: Any, **kwargs: Any) -> asyncio.Future[None]:
    future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    future.set_result(None)
    return future


@st.composite
def hostile_messages(draw: st.DrawFn) -> list[bytes | None]:
    one = st.one_of(
        st.binary(max_size=300),
        pathological_text().map(lambda body: dumps({"id": "agent-p", "title": "t", "body": body})),
        st.text(max_size=300).map(lambda body: dumps({"id": "agent-t", "body": body})),
        st.just(None),
        st.just(b'{"id": "ok", "title": "t", "body": "Penny Wong arrived in Hanoi on Monday."}'),
    )
    return draw(st.lists(one, min_size=1, max_size=6))


@pytest.fixture(scope="module")
def agent_service(extractor: Extractor) -> StreamerService:
    settings = Settings(kafka_bootstrap="127.0.0.1:1", max_article_bytes=200_000)
    service = StreamerService(settings, extractor=extractor, registry=CollectorRegistry())
    for topic in service.handler.topics.values():
        topic.send = AsyncMock(side_effect=_delivered)  # type: ignore[method-assign]
    return service


@FUZZ
@given(hostile_messages())
def test_agent_turns_every_hostile_message_into_an_output_or_a_dead_letter(agent_service: StreamerService,
                                                                          messages: list[bytes | None]) -> None:
    service = agent_service
    settings = service.settings
    for topic in service.handler.topics.values():
        topic.send.reset_mock()

    async def feed() -> None:
        async with service.agent.test_context() as agent:
            for value in messages:
                await agent.put(value, key=b"k")

    asyncio.run(feed())
    CASES["agent hostile messages"] += len(messages)
    sends = {name: topic.send.call_args_list for name, topic in service.handler.topics.items()}
    enriched, letters = sends[settings.topic_enriched], sends[settings.topic_dlq]
    # Exactly one outcome per message: an enriched article or a dead letter (events only with an enriched one).
    assert len(enriched) + len(letters) == len(messages)
    for call in letters:
        headers = dict(call.kwargs["headers"])
        assert headers["dlq_reason"].decode() in REASONS
        assert headers["dlq_detail"]
    originals = {m or b"" for m in messages}
    assert all(call.kwargs["value"] in originals for call in letters), "a dead letter keeps the original bytes"
