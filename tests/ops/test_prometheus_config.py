"""The Prometheus side, offline: promtool checks the rules and the scrape config and runs the rules' unit tests;
structural checks make sure every alert carries what an on-call person needs."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.ops.promql import (
    PROMETHEUS_CONFIG,
    RULES_FILE,
    RULES_TEST_FILE,
    all_queries,
    is_external,
    rule_groups,
    selectors,
    without_thresholds,
)


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=cwd)


def alerts() -> list[dict]:
    return [rule for group in rule_groups() for rule in group["rules"] if "alert" in rule]


def test_promtool_accepts_the_rules(promtool: str) -> None:
    result = run(promtool, "check", "rules", str(RULES_FILE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {sum(len(g['rules']) for g in rule_groups())} rules found" in result.stdout


def test_rules_unit_tests_pass(promtool: str) -> None:
    result = run(promtool, "test", "rules", RULES_TEST_FILE.name, cwd=RULES_TEST_FILE.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_every_alert_is_unit_tested_firing() -> None:
    tests = yaml.safe_load(RULES_TEST_FILE.read_text())["tests"]
    fired = {
        case["alertname"]
        for test in tests
        for case in test.get("alert_rule_test", [])
        if case.get("exp_alerts")
    }
    assert {a["alert"] for a in alerts()} <= fired


def test_promtool_accepts_the_scrape_config_with_its_rules(promtool: str, tmp_path: Path) -> None:
    # The config names the rules by their path inside the Prometheus container; point it at the repository's
    # file so promtool checks the config and the rules it loads together.
    config = yaml.safe_load(PROMETHEUS_CONFIG.read_text())
    config["rule_files"] = [str(RULES_FILE)]
    local = tmp_path / "prometheus.yml"
    local.write_text(yaml.safe_dump(config))
    result = run(promtool, "check", "config", str(local))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout and "rules found" in result.stdout


def test_scrape_config_discovers_every_scaled_worker_through_compose_dns() -> None:
    config = yaml.safe_load(PROMETHEUS_CONFIG.read_text())
    (job,) = [j for j in config["scrape_configs"] if j["job_name"] == "streamer"]
    assert "static_configs" not in job, "static targets would miss the replicas of --scale worker=N"
    (dns,) = job["dns_sd_configs"]
    assert dns["names"] == ["worker"] and dns["type"] == "A" and dns["port"] == 6066
    # The rules select job="streamer": the job's name is that label.
    assert all('job="streamer"' in q.expr for q in all_queries() if "up{" in q.expr)
    # The rules are mounted where rule_files looks for them (docker-compose.yml).
    assert config["rule_files"] == ["/etc/prometheus/rules/*.rules.yml"]
    assert RULES_FILE.name.endswith(".rules.yml")


@pytest.mark.parametrize("alert", alerts(), ids=lambda a: a["alert"])
def test_alert_carries_for_severity_and_runbook(alert: dict) -> None:
    assert re.fullmatch(r"\d+[smh]", alert.get("for", "")), "an alert without `for` pages on a single bad scrape"
    assert alert["labels"]["severity"] in {"warning", "critical"}
    annotations = alert["annotations"]
    for key in ("summary", "description", "runbook"):
        assert len(annotations.get(key, "").strip()) > 10, f"{key} missing or empty"


def test_recording_rules_follow_the_naming_convention() -> None:
    for group in rule_groups():
        for rule in group["rules"]:
            if "record" in rule:
                assert re.fullmatch(r"job:streamer_[a-z_]+:[a-z0-9_]+", rule["record"]), rule["record"]


def test_selectors_and_threshold_stripping_take_expressions_apart() -> None:
    expr = 'histogram_quantile(0.99, sum by (job, le) (rate(a_bucket{le!="1"}[5m]))) > 1e3 and on (job) b_total == 0'
    assert selectors(expr) == ['a_bucket{le!="1"}', "b_total"]
    assert without_thresholds(expr) == 'histogram_quantile(0.99, sum by (job, le) (rate(a_bucket{le!="1"}[5m]))) and on (job) b_total'
    assert without_thresholds('absent(up{job="streamer"} == 1)') == 'up{job="streamer"}'


def test_external_metrics_always_have_a_streamer_fallback() -> None:
    """kafka-exporter may not be there (and is not in the live test): an expression that reads its metrics must
    `or` them with a streamer_* one, so the panel or alert still works, and is still checked, without it."""
    for query in all_queries():
        found = selectors(query.expr)
        if any(is_external(s) for s in found):
            assert " or " in query.expr, query.origin
            assert any(not is_external(s) for s in found), query.origin
