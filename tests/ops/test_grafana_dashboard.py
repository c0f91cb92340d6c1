"""The Grafana dashboard and its provisioning: generated from the script, valid against Grafana's dashboard
JSON schema (when /work/shared's copy is there), and structurally sound always."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import jsonschema
import pytest
import yaml

from tests.ops.promql import DASHBOARD_FILE, REPO, dashboard, panel_queries

GRAFANA_SCHEMA = REPO.parent / "shared" / "specs" / "grafana" / "dashboard.jsonschema.json"
PROVISIONING = REPO / "deploy" / "grafana" / "provisioning"
GENERATOR = REPO / "deploy" / "grafana" / "generate_dashboard.py"


def provisioned_datasource() -> dict:
    (source,) = yaml.safe_load((PROVISIONING / "datasources" / "prometheus.yml").read_text())["datasources"]
    return source


def test_dashboard_json_is_what_the_generator_writes() -> None:
    result = subprocess.run([sys.executable, str(GENERATOR), "--check"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def grafana_schema() -> dict:
    if not GRAFANA_SCHEMA.exists():
        pytest.skip(f"Grafana's dashboard schema is not at {GRAFANA_SCHEMA} (shared/ absent)")
    return json.loads(GRAFANA_SCHEMA.read_text())


def test_dashboard_is_valid_against_grafanas_schema(grafana_schema: dict) -> None:
    validator = jsonschema.Draft7Validator(grafana_schema)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(dashboard())]
    assert errors == []


def test_grafanas_schema_rejects_a_broken_dashboard(grafana_schema: dict) -> None:
    """The schema check above can fail: a misspelt panel key and a gridPos without height are refused."""
    broken = copy.deepcopy(dashboard())
    broken["panels"][0]["tagets"] = broken["panels"][0].pop("targets")
    del broken["panels"][1]["gridPos"]["h"]
    assert len(list(jsonschema.Draft7Validator(grafana_schema).iter_errors(broken))) >= 2


def test_every_panel_uses_the_provisioned_datasource_by_uid() -> None:
    uid = provisioned_datasource()["uid"]
    board = dashboard()
    for panel in board["panels"]:
        assert panel["datasource"] == {"type": "prometheus", "uid": uid}, panel["title"]
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == uid


def test_panels_have_unique_ids_and_do_not_overlap() -> None:
    panels = dashboard()["panels"]
    assert len({p["id"] for p in panels}) == len(panels)
    cells: set[tuple[int, int]] = set()
    for panel in panels:
        grid = panel["gridPos"]
        assert 0 <= grid["x"] and grid["x"] + grid["w"] <= 24, panel["title"]
        mine = {(x, y) for x in range(grid["x"], grid["x"] + grid["w"]) for y in range(grid["y"], grid["y"] + grid["h"])}
        assert not mine & cells, f"{panel['title']} overlaps another panel"
        cells |= mine
        ref_ids = [t["refId"] for t in panel["targets"]]
        assert len(set(ref_ids)) == len(ref_ids) and all(t["expr"].strip() for t in panel["targets"])


@pytest.mark.parametrize("needle", [
    "rate(streamer_articles_consumed_total",                      # articles in
    "rate(streamer_enriched_articles_published_total",            # articles out
    "sum by (type, language) (rate(streamer_events_published_total",  # events by type and language
    "histogram_quantile(0.5, sum by (le) (rate(streamer_processing_seconds_bucket",
    "histogram_quantile(0.95, sum by (le) (rate(streamer_processing_seconds_bucket",
    "histogram_quantile(0.99, sum by (le) (rate(streamer_processing_seconds_bucket",
    "streamer_event_lag_seconds_bucket",                          # end-to-end lag
    "sum by (reason) (rate(streamer_dead_letters_total",          # dead letters by reason
    "streamer_consumer_lag_messages",                             # consumer lag (workers' view)
    "kafka_consumergroup_lag",                                    # consumer lag (broker's view)
    'up{job="streamer"}',                                         # worker up
])
def test_dashboard_shows(needle: str) -> None:
    assert any(needle in q.expr for q in panel_queries()), f"no panel query contains {needle!r}"


def test_provisioning_points_at_the_compose_mounts() -> None:
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    grafana_volumes = compose["services"]["grafana"]["volumes"]
    (provider,) = yaml.safe_load((PROVISIONING / "dashboards" / "streamer.yml").read_text())["providers"]
    dashboards_dir = provider["options"]["path"]
    assert f"./deploy/grafana/dashboards:{dashboards_dir}:ro" in grafana_volumes
    assert "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro" in grafana_volumes
    source = provisioned_datasource()
    assert source["type"] == "prometheus" and source["url"] == "http://prometheus:9090"
    assert "prometheus" in compose["services"]
    home = compose["services"]["grafana"]["environment"]["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
    assert home == f"{dashboards_dir}/{DASHBOARD_FILE.name}"
