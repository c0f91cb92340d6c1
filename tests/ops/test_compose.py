"""docker-compose.yml and the image: the file is accepted by `docker compose config` (when a compose client is
installed), its topics agree with streamer's Settings, workers can scale, and the image holds what it runs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from streamer.config import Settings
from tests.ops.promql import REPO

COMPOSE_FILE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "deploy" / "Dockerfile"


def compose_command() -> list[str] | None:
    """`docker compose` (the v2 plugin) if the docker client has it, else Debian's `docker-compose`, else None."""
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True, timeout=30)
        if probe.returncode == 0:
            return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())


def test_docker_compose_config_accepts_the_file(tmp_path: Path) -> None:
    command = compose_command()
    if command is None:
        pytest.skip("no compose client: neither `docker compose` nor docker-compose is installed")
    # No engine is needed for `config`: it parses, interpolates and validates against the compose schema.
    quiet = subprocess.run([*command, "-f", str(COMPOSE_FILE), "config", "-q"], capture_output=True, text=True,
                           timeout=60, cwd=REPO)
    assert quiet.returncode == 0, quiet.stderr
    rendered = subprocess.run([*command, "-f", str(COMPOSE_FILE), "config"], capture_output=True, text=True,
                              timeout=60, cwd=REPO)
    assert rendered.returncode == 0, rendered.stderr
    services = yaml.safe_load(rendered.stdout)["services"]
    # The YAML anchors were resolved the way the file intends.
    worker_env = services["worker"]["environment"]
    assert worker_env["STREAMER_KAFKA_BOOTSTRAP"] == "kafka:9092" and worker_env["STREAMER_WEB_HOST"] == "0.0.0.0"
    assert services["producer"]["environment"]["STREAMER_KAFKA_BOOTSTRAP"] == "kafka:9092"
    assert services["alerting"]["environment"]["STREAMER_KAFKA_BOOTSTRAP"] == "kafka:9092"


def test_topic_init_creates_the_settings_default_topics(compose: dict) -> None:
    defaults = Settings()
    init = compose["services"]["topic-init"]
    assert init["environment"]["TOPICS"].split() == [
        defaults.topic_raw, defaults.topic_enriched, defaults.topic_visits, defaults.topic_statements, defaults.topic_dlq,
    ]
    assert int(init["environment"]["PARTITIONS"]) == defaults.topic_partitions
    assert init["restart"] == "no" and "kafka-topics.sh" in init["command"][0]


def test_kafka_is_the_official_image_in_kraft_mode_with_a_healthcheck(compose: dict) -> None:
    kafka = compose["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    assert kafka["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert "kafka-broker-api-versions.sh" in " ".join(kafka["healthcheck"]["test"])
    for name in ("worker", "producer", "alerting", "topic-init", "kafka-exporter"):
        assert compose["services"][name]["depends_on"]["kafka"]["condition"] == "service_healthy", name


def test_worker_can_scale(compose: dict) -> None:
    worker = compose["services"]["worker"]
    # A fixed name or host port would make the second replica of `--scale worker=3` fail to start.
    assert "container_name" not in worker and "ports" not in worker
    assert worker["build"] == {"context": ".", "dockerfile": "deploy/Dockerfile"}
    assert worker["command"] == ["worker"]
    assert worker["environment"]["STREAMER_KAFKA_BOOTSTRAP"] == "kafka:9092"
    assert worker["environment"]["STREAMER_WEB_HOST"] == "0.0.0.0"
    assert worker["depends_on"]["topic-init"]["condition"] == "service_completed_successfully"


def test_observability_services(compose: dict) -> None:
    services = compose["services"]
    assert services["kafka-exporter"]["image"].startswith("danielqsj/kafka-exporter:")
    assert "--kafka.server=kafka:9092" in services["kafka-exporter"]["command"]
    prometheus_volumes = services["prometheus"]["volumes"]
    assert "./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro" in prometheus_volumes
    assert "./deploy/prometheus/rules:/etc/prometheus/rules:ro" in prometheus_volumes
    for volume in prometheus_volumes + services["grafana"]["volumes"]:
        source = volume.split(":")[0]
        if source.startswith("./"):
            assert (REPO / source).exists(), f"{source} is mounted but does not exist"


def test_producer_replays_the_samples_the_image_ships(compose: dict) -> None:
    producer = compose["services"]["producer"]
    script = producer["command"][0]
    copied = re.search(r"^COPY streamer/samples/articles.jsonl (\S+)$", DOCKERFILE.read_text(), flags=re.M)
    assert copied, "the Dockerfile must copy the samples to a fixed path"
    assert f"streamer produce --quiet --rate 2 {copied.group(1)}" in script


def test_alerting_consumer_runs_a_module_of_the_package(compose: dict) -> None:
    entrypoint = compose["services"]["alerting"]["entrypoint"]
    assert entrypoint[:2] == ["python", "-m"]
    __import__(entrypoint[2])  # streamer.alerting


def test_dockerfile_builds_the_worker_image() -> None:
    text = DOCKERFILE.read_text()
    assert re.search(r"^FROM python:3\.11-slim\b", text, flags=re.M)
    assert 'ENTRYPOINT ["streamer"]' in text and 'CMD ["worker"]' in text
    assert re.search(r"^USER 10001$", text, flags=re.M)
    for source in re.findall(r"^COPY (?!--from)(\S+)", text, flags=re.M):
        assert (REPO / source).exists(), f"COPY {source}: not in the repository"
    ignore = (REPO / "deploy" / "Dockerfile.dockerignore").read_text()
    for source in ("pyproject.toml", "README.md", "streamer/", "deploy/docker/"):
        assert f"!{source}" in ignore, f"{source} is excluded from the build context"


def test_the_wheel_the_image_installs_holds_every_data_file(tmp_path: Path) -> None:
    """The image runs from a wheel, not from the source tree: every data file the package reads must be in it."""
    # Build from a copy of what the Dockerfile copies, so no build/ or egg-info lands in the work tree.
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    shutil.copytree(REPO / "streamer", source / "streamer", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    (wheel,) = tmp_path.glob("streamer-*.whl")
    packaged = set(zipfile.ZipFile(wheel).namelist())
    package = REPO / "streamer"
    data_files = [
        p.relative_to(REPO).as_posix() for p in package.rglob("*")
        if p.is_file() and p.suffix in {".json", ".jsonl", ".txt", ".tsv"} and "__pycache__" not in p.parts
    ]
    assert data_files, "expected the package's data files"
    missing = sorted(set(data_files) - packaged)
    assert missing == [], f"missing from the wheel (pyproject.toml [tool.setuptools.package-data]): {missing}"
