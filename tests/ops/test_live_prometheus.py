"""Live: a real Prometheus scrapes a real worker that processes real articles from the real broker, with the
project's rules loaded; then every dashboard query and every rule expression is run through Prometheus' HTTP
API and must return at least one series. The point: no panel or alert points at a metric (or a label value)
that does not exist.

How conditions are handled: an alert such as `x > 1000` is (rightly) empty on a healthy worker, so its data
part is evaluated instead, with the threshold comparisons stripped (`x`; `a > 100 and b == 0` -> `a and b`;
`absent(v == 1)` -> `v`), and the full expression must still evaluate without error. Every metric selector
of every expression is also queried on its own, with its label matchers. kafka-exporter's metrics
(kafka_consumergroup_lag) cannot exist here: they are not queried alone, and every expression using them
carries an `or` fallback on streamer_consumer_lag_messages (test_prometheus_config checks that), which is
what returns the series here.

Prometheus runs with scrape and evaluation intervals of 1 s; the recording-rule groups' own 30 s interval is
rewritten to 1 s in the copy it loads (timing only; the expressions are untouched).
"""

from __future__ import annotations

import asyncio
import io
import json
import re
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest
import yaml

from streamer.alerting import Watchlist, consume
from streamer.cli import sample_articles_path
from streamer.config import Settings
from tests.ops.promql import RULES_FILE, Query, all_queries, is_external, selectors, without_thresholds
from tests.support import Topics, WorkerProcess, free_port, produce, read_records

pytestmark = pytest.mark.broker


@dataclass
class Prometheus:
    process: subprocess.Popen[bytes]
    url: str
    log_path: Path

    def get(self, path: str, **params: str) -> dict:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        try:
            with urllib.request.urlopen(f"{self.url}{path}{query}", timeout=10) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:  # 400 on a bad query: the body says why
            return json.loads(exc.read())

    def query(self, expr: str) -> dict:
        return self.get("/api/v1/query", query=expr)

    def series_count(self, expr: str) -> int:
        answer = self.query(expr)
        assert answer["status"] == "success", f"{expr}: {answer.get('error')}"
        return len(answer["data"]["result"])


def generated_articles(count: int) -> list[bytes]:
    """Articles made here (not copied from anywhere): a few visits and statements, English and Indonesian."""
    lines = []
    for i in range(count):
        if i % 2:
            body = (f"JAKARTA (ops-test {i}) - Indonesian Foreign Minister Retno Marsudi arrived in Tokyo on Monday "
                    "for a two-day official visit to Japan, where she will meet her Japanese counterpart. "
                    '"Our partnership is strategic," Retno told reporters in Tokyo.')
            language = "en"
        else:
            body = (f"Jakarta (ops-test {i}) - Presiden Joko Widodo tiba di Canberra pada Selasa untuk kunjungan "
                    "kenegaraan ke Australia. \"Kami ingin memperkuat kerja sama ekonomi,\" kata Presiden Jokowi.")
            language = "id"
        lines.append(orjson.dumps({"id": f"ops-test-{i}", "title": f"ops test article {i}", "body": body,
                                   "language": language, "published": "2024-03-04T05:06:07+00:00"}))
    return lines


# One of each way a message can fail, so the dead-letter series by reason are there.
BAD_MESSAGES = [
    b"{ not json",                                              # invalid_json
    b"\xff\xfe\xfd",                                            # undecodable
    b"[1, 2, 3]",                                               # not_an_article
    orjson.dumps({"id": "ops-empty", "title": "empty", "body": "   "}),  # empty_body
    orjson.dumps({"id": "ops-big", "title": "big", "body": "kata " * 6000}),  # too_large (> 20000 bytes)
]


@pytest.fixture(scope="module")
def prometheus(ops_worker: WorkerProcess, prometheus_binary: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prometheus]:
    directory = tmp_path_factory.mktemp("prometheus")
    rules = yaml.safe_load(RULES_FILE.read_text())
    for group in rules["groups"]:
        group["interval"] = "1s"
    (directory / "rules.yml").write_text(yaml.safe_dump(rules, sort_keys=False))
    config = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(directory / "rules.yml")],
        # Same job name as deploy/prometheus/prometheus.yml; a static target stands in for compose's DNS.
        "scrape_configs": [{"job_name": "streamer", "static_configs": [{"targets": [f"127.0.0.1:{ops_worker.web_port}"]}]}],
    }
    (directory / "prometheus.yml").write_text(yaml.safe_dump(config))
    port = free_port()
    log_path = directory / "prometheus.log"
    process = subprocess.Popen(
        [prometheus_binary, f"--config.file={directory / 'prometheus.yml'}", f"--storage.tsdb.path={directory / 'data'}",
         f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn"],
        stdout=log_path.open("wb"), stderr=subprocess.STDOUT,
    )
    server = Prometheus(process, f"http://127.0.0.1:{port}", log_path)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert process.poll() is None, f"prometheus exited:\n{log_path.read_text()[-3000:]}"
            try:
                if server.series_count('up{job="streamer"} == 1') == 1:
                    break
            except OSError:
                pass
            time.sleep(0.3)
        else:
            raise AssertionError(f"prometheus never scraped the worker:\n{log_path.read_text()[-3000:]}")
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def consumed_count(worker: WorkerProcess) -> float:
    body = worker.get("/metrics")[1].decode()
    match = re.search(r"^streamer_articles_consumed_total (\S+)$", body, flags=re.M)
    return float(match.group(1)) if match else 0.0


@pytest.fixture(scope="module")
def traffic(bootstrap: str, ops_topics: Topics, ops_worker: WorkerProcess, prometheus: Prometheus) -> int:
    """Articles produced after Prometheus' first scrape, so every counter visibly increases; all processed."""
    messages = sample_articles_path().read_bytes().splitlines()
    messages = [m for m in messages if m.strip()] + generated_articles(12) + BAD_MESSAGES
    asyncio.run(produce(bootstrap, ops_topics.raw, messages))
    deadline = time.monotonic() + 60
    while consumed_count(ops_worker) < len(messages):
        assert time.monotonic() < deadline, f"worker consumed {consumed_count(ops_worker)} of {len(messages)}:\n{ops_worker.log_tail()}"
        time.sleep(0.3)
    return len(messages)


def data_expression(query: Query) -> str:
    return without_thresholds(query.expr) if query.kind == "alert" else query.expr


def test_every_panel_and_rule_expression_returns_series(prometheus: Prometheus, traffic: int) -> None:
    queries = all_queries()
    checks: dict[str, str] = {}  # label -> expression that must return >= 1 series
    for query in queries:
        checks[f"{query.origin}: {data_expression(query)}"] = data_expression(query)
        for selector in selectors(query.expr):
            if not is_external(selector):
                checks[f"{query.origin}: selector {selector}"] = selector
    # Scrapes and rule evaluations catch up within seconds (1 s intervals); poll rather than sleep a fixed time.
    deadline = time.monotonic() + 30
    while True:
        empty = [label for label, expr in checks.items() if prometheus.series_count(expr) == 0]
        if not empty or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert empty == [], "expressions with no series:\n" + "\n".join(empty)
    # The full alert conditions evaluate (an empty result is fine: a healthy worker fires nothing but these).
    for query in queries:
        answer = prometheus.query(query.expr)
        assert answer["status"] == "success", f"{query.origin}: {answer.get('error')}"
    # The data behind the dead-letter panels is real: every reason we provoked was counted.
    for reason in ("invalid_json", "undecodable", "not_an_article", "empty_body", "too_large"):
        value = prometheus.query(f'sum(streamer_dead_letters_total{{reason="{reason}"}})')["data"]["result"]
        assert value and float(value[0]["value"][1]) >= 1, reason
    consumed = prometheus.query("sum(streamer_articles_consumed_total)")["data"]["result"]
    assert float(consumed[0]["value"][1]) == traffic


def test_prometheus_loaded_every_rule(prometheus: Prometheus) -> None:
    groups = prometheus.get("/api/v1/rules")["data"]["groups"]
    loaded = {rule["name"] for group in groups for rule in group["rules"] if rule.get("health") != "err"}
    expected = {q.origin.split(" ", 1)[1] for q in all_queries() if q.kind in {"alert", "record"}}
    assert expected <= loaded


def test_worker_metrics_pass_promtool_check_metrics(ops_worker: WorkerProcess, promtool: str, traffic: int) -> None:
    status, body = ops_worker.get("/metrics")
    assert status == 200
    result = subprocess.run([promtool, "check", "metrics"], input=body, capture_output=True, timeout=60)
    assert result.returncode == 0, (result.stdout + result.stderr).decode()


def test_alerting_consumer_prints_one_alert_per_distinct_event(bootstrap: str, ops_topics: Topics, traffic: int) -> None:
    records = asyncio.run(read_records(bootstrap, [ops_topics.visits, ops_topics.statements], idle=3.0, timeout=20))
    if not records:
        pytest.skip("the extractor found no event in the test articles: nothing to alert on")
    distinct = {dict(r.headers)["ce_id"] for r in records}
    settings = Settings(kafka_bootstrap=bootstrap, topic_visits=ops_topics.visits, topic_statements=ops_topics.statements)
    out = io.StringIO()
    alerts = asyncio.run(consume(settings, Watchlist(), group_id=f"{ops_topics.prefix}-alerting", from_beginning=True,
                                 idle=2.0, out=out))
    lines = out.getvalue().splitlines()
    assert alerts == len(lines) == len(distinct)
    assert all(line.startswith(("ALERT VISIT", "ALERT STATEMENT")) for line in lines)
