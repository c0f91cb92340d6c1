"""Writes deploy/grafana/dashboards/streamer.json, the Grafana dashboard of the streamer worker.

Written as plain Python data rather than hand-edited JSON so panels stay uniform (one datasource, one grid) and
the PromQL is easy to review; tests/ops/test_grafana_dashboard.py fails when the JSON file and this script
disagree, and tests/ops/test_live_prometheus.py runs every query below against a real worker's metrics.

    python deploy/grafana/generate_dashboard.py            # rewrite the JSON
    python deploy/grafana/generate_dashboard.py --check    # exit 1 if the JSON is stale
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).resolve().parent / "dashboards" / "streamer.json"
# Must equal the uid in provisioning/datasources/prometheus.yml: panels reference the datasource by uid.
DATASOURCE = {"type": "prometheus", "uid": "streamer-prometheus"}
DASHBOARD_UID = "streamer-overview"
WIDTH = 24

# Broker-side lag from kafka-exporter where it is scraped, else the workers' own per-partition gauge: the same
# labels (topic, partition) on both sides, so `or` keeps the broker's number for every partition it knows.
CONSUMER_LAG_BY_PARTITION = (
    'sum by (topic, partition) (kafka_consumergroup_lag{consumergroup="streamer"})'
    " or sum by (topic, partition) (streamer_consumer_lag_messages)"
)
CONSUMER_LAG_TOTAL = 'sum(kafka_consumergroup_lag{consumergroup="streamer"}) or sum(streamer_consumer_lag_messages)'


def quantiles(metric: str) -> list[tuple[str, str]]:
    return [
        (f"histogram_quantile({q}, sum by (le) (rate({metric}_bucket[$__rate_interval])))", f"p{round(q * 100)}")
        for q in (0.5, 0.95, 0.99)
    ]


# (title, kind, unit, width, height, [(expr, legend)], description)
PANELS: list[tuple[str, str, str, int, int, list[tuple[str, str]], str]] = [
    ("Workers up", "stat", "none", 6, 4, [('sum(up{job="streamer"})', "up")],
     "Worker targets Prometheus scrapes successfully."),
    ("Workers consuming", "stat", "none", 6, 4, [("sum(streamer_ready)", "ready")],
     "Workers with partitions assigned; more workers than raw-topic partitions leaves some idle."),
    ("Consumer lag", "stat", "short", 6, 4, [(CONSUMER_LAG_TOTAL, "messages")],
     "Raw articles not yet processed (broker's view via kafka-exporter, else the workers' own)."),
    ("Dead letters, last hour", "stat", "short", 6, 4, [("sum(increase(streamer_dead_letters_total[1h]))", "dead letters")],
     "Messages routed to the dead-letter topic in the last hour."),
    ("Articles in and out per second", "timeseries", "ops", 12, 8, [
        ("sum(rate(streamer_articles_consumed_total[$__rate_interval]))", "in: consumed"),
        ("sum(rate(streamer_enriched_articles_published_total[$__rate_interval]))", "out: enriched"),
        ("sum(rate(streamer_dead_letters_total[$__rate_interval]))", "out: dead letters"),
    ], "Consumed from the raw topic vs. written as enriched articles or dead letters."),
    ("Events per second by type and language", "timeseries", "ops", 12, 8, [
        ("sum by (type, language) (rate(streamer_events_published_total[$__rate_interval]))", "{{type}} ({{language}})"),
    ], "diplomatic_visit and statement events published, by detected language of the article."),
    ("Articles processed per second by language", "timeseries", "ops", 12, 8, [
        ("sum by (language) (rate(streamer_articles_processed_total[$__rate_interval]))", "{{language}}"),
    ], "Articles extracted and published, by detected language."),
    ("Dead letters per second by reason", "timeseries", "ops", 12, 8, [
        ("sum by (reason) (rate(streamer_dead_letters_total[$__rate_interval]))", "{{reason}}"),
    ], "Why messages were routed to the dead-letter topic (see the runbook of StreamerDeadLetterRatioHigh)."),
    ("Processing time per article (p50 / p95 / p99)", "timeseries", "s", 12, 8,
     quantiles("streamer_processing_seconds"),
     "From taking a message to every output being acknowledged by Kafka."),
    ("Extraction time per article (p50 / p95 / p99)", "timeseries", "s", 12, 8,
     quantiles("streamer_extraction_seconds"),
     "Time in the extraction core only."),
    ("End-to-end lag: article time to event (p50 / p95 / p99)", "timeseries", "s", 12, 8,
     quantiles("streamer_event_lag_seconds"),
     "From the article's own publication time to its events' publication; days when replaying old articles."),
    ("Consumer lag by partition", "timeseries", "short", 12, 8, [(CONSUMER_LAG_BY_PARTITION, "{{topic}} [{{partition}}]")],
     "Raw articles waiting, per partition."),
    ("Worker up and consuming", "timeseries", "none", 24, 6, [
        ('up{job="streamer"}', "up {{instance}}"),
        ("streamer_ready", "consuming {{instance}}"),
    ], "1 = scraped / has partitions, per worker."),
]


def panel(panel_id: int, x: int, y: int, spec: tuple[str, str, str, int, int, list[tuple[str, str]], str]) -> dict[str, Any]:
    title, kind, unit, width, height, queries, description = spec
    targets = [
        {"refId": chr(ord("A") + i), "datasource": DATASOURCE, "expr": expr, "legendFormat": legend, "range": True}
        for i, (expr, legend) in enumerate(queries)
    ]
    options: dict[str, Any]
    if kind == "stat":
        options = {"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
                   "colorMode": "value", "graphMode": "area", "textMode": "auto"}
    else:
        options = {"legend": {"displayMode": "list", "placement": "bottom", "showLegend": True},
                   "tooltip": {"mode": "multi", "sort": "desc"}}
    return {
        "id": panel_id,
        "type": kind,
        "title": title,
        "description": description,
        "datasource": DATASOURCE,
        "gridPos": {"x": x, "y": y, "w": width, "h": height},
        "targets": targets,
        "options": options,
        "fieldConfig": {
            "defaults": {
                "unit": unit,
                "thresholds": {"mode": "absolute", "steps": [{"value": None, "color": "green"}]},
            },
            "overrides": [],
        },
    }


def build() -> dict[str, Any]:
    panels, x, y, row_height = [], 0, 0, 0
    for panel_id, spec in enumerate(PANELS, start=1):
        width, height = spec[3], spec[4]
        if x + width > WIDTH:  # next grid row
            x, y, row_height = 0, y + row_height, 0
        panels.append(panel(panel_id, x, y, spec))
        x, row_height = x + width, max(row_height, height)
    return {
        "uid": DASHBOARD_UID,
        "title": "streamer",
        "description": "Wire articles in, diplomatic_visit and statement events out: throughput, latency, dead letters, lag.",
        "tags": ["streamer", "kafka"],
        "timezone": "browser",
        "editable": True,
        "graphTooltip": 1,
        "time": {"from": "now-1h", "to": "now"},
        "refresh": "10s",
        "schemaVersion": 39,
        "version": 1,
        "templating": {"list": []},
        "annotations": {"list": []},
        "links": [],
        "panels": panels,
    }


def render() -> str:
    return json.dumps(build(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUTPUT.exists() or OUTPUT.read_text() != text:
            print(f"{OUTPUT} is stale: run python {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text)
    print(OUTPUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
