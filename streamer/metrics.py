"""Every metric of the service, declared in one place, in base units (seconds), on a registry passed in.

Tests build a fresh CollectorRegistry each; the worker uses its own registry rather than the process-wide
default, so nothing imported by accident leaks into /metrics.
"""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

# Per-article processing is sub-millisecond to a few milliseconds; the tail matters for the p99 alert.
PROCESSING_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
# From an article's own time to its events' publication: seconds for live wires, days for a backfill.
LAG_BUCKETS = (0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 6 * 3600, 86400, 7 * 86400, 30 * 86400)

EVENT_TYPES = ("diplomatic_visit", "statement")
DEAD_LETTER_REASONS = (
    "undecodable", "invalid_json", "not_an_article", "empty_body", "too_large",
    "extraction_failed", "extraction_timeout",
)


@dataclass(frozen=True)
class StreamerMetrics:
    registry: CollectorRegistry
    articles_consumed: Counter
    articles_processed: Counter
    enriched_published: Counter
    events_published: Counter
    dead_letters: Counter
    processing_seconds: Histogram
    extraction_seconds: Histogram
    event_lag_seconds: Histogram
    consumer_lag: Gauge
    ready: Gauge
    build: Info

    @classmethod
    def create(cls, registry: CollectorRegistry, *, languages: tuple[str, ...] = ("id", "en", "other")) -> StreamerMetrics:
        metrics = cls(
            registry=registry,
            articles_consumed=Counter(
                "streamer_articles_consumed", "Messages read from the raw-article topic", registry=registry
            ),
            articles_processed=Counter(
                "streamer_articles_processed",
                "Articles decoded, extracted and published as enriched articles, by detected language",
                ["language"], registry=registry,
            ),
            enriched_published=Counter(
                "streamer_enriched_articles_published", "Enriched articles written to the enriched topic",
                registry=registry,
            ),
            events_published=Counter(
                "streamer_events_published", "Events written to the event topics, by event type and language",
                ["type", "language"], registry=registry,
            ),
            dead_letters=Counter(
                "streamer_dead_letters", "Messages routed to the dead-letter topic, by reason",
                ["reason"], registry=registry,
            ),
            processing_seconds=Histogram(
                "streamer_processing_seconds",
                "Time from taking a message to its outputs being acknowledged by the broker",
                buckets=PROCESSING_BUCKETS, registry=registry,
            ),
            extraction_seconds=Histogram(
                "streamer_extraction_seconds", "Time spent in the extraction core per article",
                buckets=PROCESSING_BUCKETS, registry=registry,
            ),
            event_lag_seconds=Histogram(
                "streamer_event_lag_seconds",
                "Time from an article's own publication time to the publication of its events",
                buckets=LAG_BUCKETS, registry=registry,
            ),
            consumer_lag=Gauge(
                "streamer_consumer_lag_messages",
                "Messages on the raw topic not yet processed by this worker, per assigned partition",
                ["topic", "partition"], registry=registry,
            ),
            ready=Gauge("streamer_ready", "1 when the worker consumes its partitions, else 0", registry=registry),
            build=Info("streamer_build", "Version of the service and of its extractor", registry=registry),
        )
        # Pre-create the label sets so dashboards and rate() see zeros, not missing series.
        for event_type in EVENT_TYPES:
            for language in languages:
                metrics.events_published.labels(type=event_type, language=language)
        for language in languages:
            metrics.articles_processed.labels(language=language)
        for reason in DEAD_LETTER_REASONS:
            metrics.dead_letters.labels(reason=reason)
        return metrics
