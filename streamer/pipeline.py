"""One message in, its outputs decided: the pure middle of the service, shared by the worker and the CLI.

bytes -> codec -> Article -> extraction -> EnrichedArticle + events -> records. Nothing is sent here;
the caller emits what this returns (compute, then emit).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from streamer.config import Settings
from streamer.errors import ExtractionError, ExtractionTimeout, StreamerError
from streamer.extraction import Extractor
from streamer.extraction.model import Extraction
from streamer.schemas import Article, EnrichedArticle
from streamer.service.codec import OutgoingRecord, decode_article, encode_enriched, encode_event


@dataclass(frozen=True, slots=True)
class Processed:
    article: Article
    extraction: Extraction
    enriched: EnrichedArticle
    records: list[OutgoingRecord]  # the enriched article first, then one record per event
    extraction_seconds: float


def extract_article(article: Article, extractor: Extractor, *, time_budget: float) -> tuple[Extraction, float]:
    """Run the core on one article; any failure inside it becomes an ExtractionError for this article alone."""
    started = time.monotonic()
    try:
        extraction = extractor.extract(article.document, deadline=started + time_budget)
    except ExtractionError:
        raise
    except StreamerError as exc:
        raise ExtractionError(str(exc)) from exc
    except Exception as exc:  # the core's bug must not stall the partition: report it and go on
        raise ExtractionError(f"{type(exc).__name__}: {exc}"[:500]) from exc
    elapsed = time.monotonic() - started
    if elapsed > time_budget:
        # A core that ignores its deadline still must not publish late results as if nothing happened.
        raise ExtractionTimeout(f"took {elapsed:.3f}s, budget {time_budget:.3f}s")
    return extraction, elapsed


def enrich(article: Article, extraction: Extraction, extractor: Extractor) -> EnrichedArticle:
    document = article.document
    return EnrichedArticle(
        id=document.id,
        version=article.version,
        title=document.title,
        language=extraction.language,
        published=document.published,
        source=article.source,
        url=article.url,
        text=extraction.text,
        entities=extraction.entities,
        events=extraction.events,
        extractor_version=extractor.version,
    )


def process_message(raw: bytes | None, *, extractor: Extractor, settings: Settings) -> Processed:
    """Decide every output of one raw message. Raises InvalidArticle or ExtractionError (dead letters)."""
    article = decode_article(raw, max_bytes=settings.max_article_bytes)
    extraction, seconds = extract_article(article, extractor, time_budget=settings.article_time_budget_seconds)
    enriched = enrich(article, extraction, extractor)
    records = [encode_enriched(enriched, topic=settings.topic_enriched)]
    for event in extraction.events:
        topic = settings.topic_visits if event.type == "diplomatic_visit" else settings.topic_statements
        records.append(
            encode_event(event, article=article, language=extraction.language, topic=topic, source=settings.source_name)
        )
    return Processed(article=article, extraction=extraction, enriched=enriched, records=records, extraction_seconds=seconds)
