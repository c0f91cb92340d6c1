"""The Kubernetes base (deploy/k8s/base), validated offline against JSON schemas, not just parsed as YAML.

Built-in kinds: the Kubernetes JSON schemas shipped by the `kubernetes-validate` PyPI package, in strict mode
(unknown fields rejected). CRDs (PodMonitor, PrometheusRule, ScaledObject, TriggerAuthentication): no package
reachable here ships their JSON schemas, so tests/ops/schemas/ holds minimal ones we wrote from the CRDs'
documented fields, strict as well.

Rendering: `kubectl kustomize` when kubectl is installed (it embeds kustomize); otherwise the resources list of
kustomization.yaml is read and its two transformations (labels without selectors, images) are applied in Python.
When kubectl is there, both renderings are compared, so the Python one cannot silently drift.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate  # test dependency (pyproject [test]): ships the Kubernetes JSON schemas
import pytest
import yaml

from streamer.config import Settings
from tests.ops.promql import REPO, RULES_FILE

BASE = REPO / "deploy" / "k8s" / "base"
SCHEMAS = Path(__file__).resolve().parent / "schemas"
CRD_SCHEMAS = {
    ("monitoring.coreos.com/v1", "PodMonitor"): "podmonitor.schema.json",
    ("monitoring.coreos.com/v1", "PrometheusRule"): "prometheusrule.schema.json",
    ("keda.sh/v1alpha1", "ScaledObject"): "scaledobject.schema.json",
    ("keda.sh/v1alpha1", "TriggerAuthentication"): "triggerauthentication.schema.json",
}
# The oldest Kubernetes minor the base is meant for; kubernetes-validate picks its schemas.
KUBERNETES_VERSION = "1.30"


def render_in_python() -> list[dict[str, Any]]:
    kustomization = yaml.safe_load((BASE / "kustomization.yaml").read_text())
    documents = []
    for resource in kustomization["resources"]:
        documents += [d for d in yaml.safe_load_all((BASE / resource).read_text()) if d]
    images = {i["name"]: i for i in kustomization.get("images", [])}
    for document in documents:
        for entry in kustomization.get("labels", []):
            assert entry.get("includeSelectors") is False, "only label pairs without selectors are rendered here"
            document["metadata"].setdefault("labels", {}).update(entry["pairs"])
            template = document.get("spec", {}).get("template")
            if entry.get("includeTemplates") and template:
                template["metadata"].setdefault("labels", {}).update(entry["pairs"])
        for container in document.get("spec", {}).get("template", {}).get("spec", {}).get("containers", []):
            name, _, tag = container["image"].partition(":")
            if name in images:
                image = images[name]
                container["image"] = f"{image.get('newName', name)}:{image.get('newTag', tag)}"
    return documents


def render_with_kubectl() -> list[dict[str, Any]] | None:
    if not shutil.which("kubectl"):
        return None
    result = subprocess.run(["kubectl", "kustomize", str(BASE)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return [d for d in yaml.safe_load_all(result.stdout) if d]


@pytest.fixture(scope="module")
def manifests() -> list[dict[str, Any]]:
    return render_with_kubectl() or render_in_python()


def one(manifests: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    (found,) = [m for m in manifests if m["kind"] == kind]
    return found


def crd_validator(api_version: str, kind: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / CRD_SCHEMAS[(api_version, kind)]).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def validate(manifest: dict[str, Any]) -> None:
    key = (manifest["apiVersion"], manifest["kind"])
    if key in CRD_SCHEMAS:
        crd_validator(*key).validate(manifest)
    else:
        kubernetes_validate.validate(manifest, KUBERNETES_VERSION, strict=True)


def test_python_rendering_matches_kubectl_kustomize() -> None:
    rendered = render_with_kubectl()
    if rendered is None:
        pytest.skip("kubectl is not installed: the Python rendering is used alone")
    key = lambda m: (m["kind"], m["metadata"]["name"])  # noqa: E731
    assert sorted(rendered, key=key) == sorted(render_in_python(), key=key)


def test_the_base_has_every_expected_resource(manifests: list[dict[str, Any]]) -> None:
    kinds = sorted(m["kind"] for m in manifests)
    assert kinds == sorted([
        "ConfigMap", "Secret", "Deployment", "Service", "PodMonitor", "PrometheusRule", "TriggerAuthentication",
        "ScaledObject",
    ])


def test_every_manifest_is_valid_against_its_schema(manifests: list[dict[str, Any]]) -> None:
    failures = []
    for manifest in manifests:
        try:
            validate(manifest)
        except Exception as exc:  # kubernetes_validate and jsonschema errors alike: collect them all
            failures.append(f"{manifest['kind']}/{manifest['metadata']['name']}: {str(exc)[:300]}")
    assert failures == []


@pytest.mark.parametrize("kind, path, bad_value", [
    ("Deployment", ["spec", "template", "spec", "containers", 0, "readinesProbe"], {}),   # misspelt field
    ("Deployment", ["spec", "replicas"], "two"),                                          # wrong type
    ("ScaledObject", ["spec", "triggers", 0, "metadata", "lagThreshold"], 500),           # number, not string
    ("ScaledObject", ["spec", "maxReplicas"], 3),                                         # not a ScaledObject field
    ("PodMonitor", ["spec", "podMetricsEndpoints", 0, "relabelings", 0, "action"], "rename"),
    ("PrometheusRule", ["spec", "groups", 1, "rules", 0, "summary"], "misplaced annotation"),
    ("TriggerAuthentication", ["spec", "secretTargetRef", 0, "secret"], "x"),
])
def test_the_schemas_reject_a_broken_manifest(manifests: list[dict[str, Any]], kind: str, path: list, bad_value: Any) -> None:
    broken = copy.deepcopy(one(manifests, kind))
    target = broken
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = bad_value
    with pytest.raises((jsonschema.ValidationError, kubernetes_validate.ValidationError)):
        validate(broken)


def test_deployment_probes_resources_and_settings(manifests: list[dict[str, Any]]) -> None:
    deployment = one(manifests, "Deployment")
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    port = {p["name"]: p["containerPort"] for p in container["ports"]}["metrics"]
    assert port == 6066
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "metrics"}
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "metrics"}
    assert {"cpu", "memory"} <= set(container["resources"]["requests"]) and "memory" in container["resources"]["limits"]
    # faust writes its data dir into the working directory: with a read-only root it must be a volume.
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert "/var/lib/streamer" in {m["mountPath"] for m in container["volumeMounts"]}
    assert "WORKDIR /var/lib/streamer" in (REPO / "deploy" / "Dockerfile").read_text()
    assert container["image"] == "streamer:0.1.0"
    assert deployment["spec"]["template"]["spec"]["terminationGracePeriodSeconds"] > Settings().shutdown_grace_seconds


def test_configmap_keys_are_settings_fields_and_valid_values(manifests: list[dict[str, Any]]) -> None:
    data = one(manifests, "ConfigMap")["data"]
    fields = set(Settings.model_fields)
    unknown = [k for k in data if not k.startswith("STREAMER_") or k.removeprefix("STREAMER_").lower() not in fields]
    assert unknown == [], "keys the worker would silently ignore"
    # The values parse as Settings (with the Secret's placeholder credentials, as the pod would see them).
    settings = Settings(**{k.removeprefix("STREAMER_").lower(): v for k, v in data.items()},
                        sasl_username="placeholder", sasl_password="placeholder")
    assert settings.security_protocol == "SASL_SSL" and settings.web_host == "0.0.0.0"


def test_sasl_credentials_come_from_the_secret(manifests: list[dict[str, Any]]) -> None:
    secret = one(manifests, "Secret")
    (container,) = one(manifests, "Deployment")["spec"]["template"]["spec"]["containers"]
    env = {e["name"]: e["valueFrom"] for e in container["env"]}
    for variable, key in (("STREAMER_SASL_USERNAME", "username"), ("STREAMER_SASL_PASSWORD", "password")):
        assert env[variable]["secretKeyRef"] == {"name": secret["metadata"]["name"], "key": key}
        assert secret["stringData"][key] == "CHANGE-ME", "the example Secret holds placeholders only"
    assert env["STREAMER_SECURITY_PROTOCOL"]["configMapKeyRef"]["key"] == "STREAMER_SECURITY_PROTOCOL"


def test_service_and_podmonitor_select_the_worker_pods(manifests: list[dict[str, Any]]) -> None:
    pod_labels = one(manifests, "Deployment")["spec"]["template"]["metadata"]["labels"]
    service = one(manifests, "Service")
    monitor = one(manifests, "PodMonitor")
    assert service["spec"]["selector"].items() <= pod_labels.items()
    assert monitor["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()
    (endpoint,) = monitor["spec"]["podMetricsEndpoints"]
    assert endpoint["port"] == "metrics" and endpoint["path"] == "/metrics"
    # The rules select job="streamer": the PodMonitor must produce that label.
    assert {"action": "replace", "targetLabel": "job", "replacement": "streamer"} in endpoint["relabelings"]


def test_prometheusrule_is_generated_from_the_rules_file(manifests: list[dict[str, Any]]) -> None:
    generator = REPO / "deploy" / "k8s" / "generate_prometheusrule.py"
    check = subprocess.run([sys.executable, str(generator), "--check"], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stderr
    rule = one(manifests, "PrometheusRule")
    assert rule["spec"]["groups"] == yaml.safe_load(RULES_FILE.read_text())["groups"]


def test_scaledobject_scales_the_worker_on_raw_topic_lag(manifests: list[dict[str, Any]]) -> None:
    scaled = one(manifests, "ScaledObject")
    config = one(manifests, "ConfigMap")["data"]
    defaults = Settings()
    assert scaled["spec"]["scaleTargetRef"]["name"] == one(manifests, "Deployment")["metadata"]["name"]
    # More replicas than partitions would sit idle: the maximum is the raw topic's partition count.
    assert scaled["spec"]["maxReplicaCount"] == defaults.topic_partitions
    (trigger,) = scaled["spec"]["triggers"]
    assert trigger["type"] == "kafka"
    assert trigger["metadata"]["topic"] == defaults.topic_raw
    assert trigger["metadata"]["consumerGroup"] == config["STREAMER_APP_ID"]
    assert trigger["metadata"]["bootstrapServers"] == config["STREAMER_KAFKA_BOOTSTRAP"]
    auth = one(manifests, "TriggerAuthentication")
    assert trigger["authenticationRef"]["name"] == auth["metadata"]["name"]
    secret = one(manifests, "Secret")
    for ref in auth["spec"]["secretTargetRef"]:
        assert ref["name"] == secret["metadata"]["name"] and ref["key"] in secret["stringData"]
