"""Every PromQL expression the operations files point at: the dashboard's panel queries and the rules'
expressions, plus small helpers to take an expression apart (metric selectors, threshold comparisons).

Shared by the offline tests and the live one (test_live_prometheus.py), so both look at the same list.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
RULES_FILE = REPO / "deploy" / "prometheus" / "rules" / "streamer.rules.yml"
RULES_TEST_FILE = REPO / "deploy" / "prometheus" / "tests" / "streamer.rules.test.yml"
PROMETHEUS_CONFIG = REPO / "deploy" / "prometheus" / "prometheus.yml"
DASHBOARD_FILE = REPO / "deploy" / "grafana" / "dashboards" / "streamer.json"

# Metrics that only kafka-exporter (danielqsj/kafka-exporter) exposes. They cannot exist in a test that runs a
# worker without the exporter, so the live test does not ask Prometheus for them; every expression that uses one
# must also hold a fallback on a streamer_* metric (checked by test_external_metrics_have_a_fallback), so the
# expression as a whole is still evaluated against real data.
EXTERNAL_METRIC_PREFIXES = ("kafka_",)

# Grafana's interval variables, replaced by a fixed range for Prometheus' own API.
GRAFANA_VARIABLES = {"$__rate_interval": "30s", "$__interval": "15s", "$__range": "1h"}

_PROMQL_WORDS = {
    "sum", "by", "without", "rate", "increase", "irate", "histogram_quantile", "and", "or", "unless", "on", "ignoring",
    "group_left", "group_right", "max", "min", "avg", "count", "absent", "bool", "offset", "le", "round", "topk",
    "bottomk", "quantile", "stddev", "clamp_min", "clamp_max", "time", "vector", "scalar", "label_replace", "delta",
    "deriv", "predict_linear", "avg_over_time", "max_over_time", "min_over_time", "sum_over_time", "count_over_time",
    "absent_over_time", "changes", "resets", "sort", "sort_desc", "inf", "nan",
}
# A metric name (not a function: no "(" after it), then optionally its {matchers}.
_SELECTOR = re.compile(r"(?<![\w:$\"'])([a-zA-Z_:][a-zA-Z0-9_:]*)(?![a-zA-Z0-9_:])(?!\s*\()\s*(\{[^}]*\})?")
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_RANGES = re.compile(r"\[[^\]]*\]")
# A comparison with a number on its right: the threshold of an alert condition.
_THRESHOLD = re.compile(r"\s*(?:==|!=|>=|<=|>|<)\s*(?:bool\s+)?-?[0-9][0-9.e+-]*\b")


@dataclass(frozen=True)
class Query:
    origin: str  # e.g. "panel 'Workers up' A" or "alert StreamerWorkerDown"
    expr: str
    kind: str  # "panel", "record" or "alert"


def dashboard() -> dict:
    return json.loads(DASHBOARD_FILE.read_text())


def rule_groups() -> list[dict]:
    return yaml.safe_load(RULES_FILE.read_text())["groups"]


def panel_queries() -> list[Query]:
    queries = []
    for panel in dashboard()["panels"]:
        for target in panel.get("targets", []):
            expr = target["expr"]
            for variable, value in GRAFANA_VARIABLES.items():
                expr = expr.replace(variable, value)
            queries.append(Query(f"panel {panel['title']!r} {target['refId']}", expr, "panel"))
    return queries


def rule_queries() -> list[Query]:
    queries = []
    for group in rule_groups():
        for rule in group["rules"]:
            if "record" in rule:
                queries.append(Query(f"record {rule['record']}", rule["expr"], "record"))
            else:
                queries.append(Query(f"alert {rule['alert']}", rule["expr"], "alert"))
    return queries


def all_queries() -> list[Query]:
    return panel_queries() + rule_queries()


def selectors(expr: str) -> list[str]:
    """The metric selectors of an expression, with their label matchers: `up{job="streamer"}`, `streamer_ready`."""
    # Label names in by (...) / on (...) and the [5m] of range vectors are not metrics: drop them first.
    text = _RANGES.sub("", _GROUPING.sub(" ", expr))
    found = [m.group(1) + (m.group(2) or "") for m in _SELECTOR.finditer(text) if m.group(1) not in _PROMQL_WORDS]
    return list(dict.fromkeys(found))


def metric_name(selector: str) -> str:
    return selector.split("{")[0]


def is_external(selector: str) -> bool:
    return metric_name(selector).startswith(EXTERNAL_METRIC_PREFIXES)


def without_thresholds(expr: str) -> str:
    """An alert condition's data part: `x > 1000` -> `x`; `a > 100 and b == 0` -> `a and b`.

    `absent(v)` fires when v is *missing*, so its data part is v itself (comparison inside stripped too)."""
    stripped = _THRESHOLD.sub("", expr).strip()
    absent = re.fullmatch(r"absent\((.*)\)", stripped, flags=re.S)
    return absent.group(1).strip() if absent else stripped
