"""docker-compose.yml, the worker image and the Kubernetes manifests, validated against their published schemas
(compose-spec via check-jsonschema; Kubernetes via kubernetes-validate; KEDA via the vendored CRD schema) and
against the worker itself (its settings must accept the environment they give it)."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml
from ops_helpers import DEPLOY, ROOT, load_yaml, load_yaml_all

from worker.ops.settings import Settings

COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = DEPLOY / "Dockerfile"
K8S = DEPLOY / "k8s"
KEDA_SCHEMA = DEPLOY / "schemas" / "keda-scaledobject-v1alpha1.json"
K8S_VERSION = "1.30"  # oldest Kubernetes release the manifests are checked against (and the newest, below)
INPUT_PARTITIONS = 4  # partitions of the input topic: compose's kafka-init creates 4, `vigie broker` too


def check_compose(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec", str(path)],
        capture_output=True, text=True, timeout=120,
    )


def compose() -> dict[str, Any]:
    return load_yaml(COMPOSE)


def k8s_docs() -> list[dict[str, Any]]:
    return [doc for path in sorted(K8S.glob("*.yaml")) for doc in load_yaml_all(path)]


def k8s(kind: str) -> dict[str, Any]:
    (doc,) = [d for d in k8s_docs() if d["kind"] == kind]
    return doc


# ------------------------------------------------------------------------------------------------ compose


def test_compose_file_matches_the_compose_spec_schema() -> None:
    result = check_compose(COMPOSE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_schema_check_rejects_a_misspelt_key(tmp_path: Path) -> None:
    doc = compose()
    doc["services"]["worker"]["enviroment"] = doc["services"]["worker"].pop("environment")
    bad = tmp_path / "docker-compose.yml"
    bad.write_text(yaml.safe_dump(doc))
    result = check_compose(bad)
    assert result.returncode != 0
    assert "enviroment" in result.stdout + result.stderr


def test_compose_has_the_whole_stack() -> None:
    services = compose()["services"]
    assert set(services) >= {"kafka", "kafka-init", "worker", "producer", "prometheus", "grafana"}
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert "controller" in services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"]  # KRaft, no ZooKeeper
    assert services["worker"]["build"] == {"context": ".", "dockerfile": "deploy/Dockerfile"}
    assert services["worker"]["command"] == ["vigie", "run"]
    assert services["producer"]["image"] == services["worker"]["image"]
    assert services["producer"]["command"][:3] == ["vigie", "produce", "/app/worker/samples/demo_posts.jsonl"]
    assert (ROOT / "worker" / "samples" / "demo_posts.jsonl").is_file()
    assert services["worker"]["depends_on"]["kafka-init"]["condition"] == "service_completed_successfully"


def test_compose_creates_every_topic_the_worker_uses() -> None:
    services = compose()["services"]
    script = services["kafka-init"]["command"][0]
    assert f"--partitions {INPUT_PARTITIONS}" in script
    topics = re.search(r"for topic in ([^;]+);", script)
    assert topics is not None
    created = set(topics.group(1).split())
    env = services["worker"]["environment"]
    wanted = {env[k] for k in ("VIGIE_INPUT_TOPIC", "VIGIE_FLAG_TOPIC", "VIGIE_DEADLETTER_TOPIC", "VIGIE_DECISIONS_TOPIC")}
    assert wanted <= created


@pytest.mark.parametrize("service", ["worker", "producer"])
def test_compose_environment_is_accepted_by_the_worker_settings(service: str) -> None:
    env = {k: str(v) for k, v in compose()["services"][service]["environment"].items()}
    settings = Settings.from_env(env)  # raises ConfigError on an unknown VIGIE_* variable or a bad value
    assert settings.bootstrap_servers == "kafka:9092"
    if service == "worker":
        assert settings.metrics_host == "0.0.0.0"  # reachable from the Prometheus container  # noqa: S104
        assert settings.model == Path("/app/models/vigie-fr-default")
        assert (ROOT / "models" / "vigie-fr-default" / "manifest.json").is_file()


def test_compose_mounts_exist_and_prometheus_scrapes_the_worker_service() -> None:
    services = compose()["services"]
    for name in ("prometheus", "grafana"):
        for volume in services[name]["volumes"]:
            if volume.startswith("./"):
                assert (ROOT / volume.split(":", 1)[0]).exists(), volume
    scrape = load_yaml(DEPLOY / "prometheus" / "prometheus.yml")["scrape_configs"]
    (job,) = [j for j in scrape if j["job_name"] == "vigie"]
    (sd,) = job["dns_sd_configs"]
    assert sd["names"] == ["worker"] and sd["port"] == int(services["worker"]["environment"]["VIGIE_METRICS_PORT"])


# ------------------------------------------------------------------------------------------------ image


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    """A .dockerignore pattern as a regex: `**` crosses directories, `*` and `?` do not."""
    out = ""
    for token in re.split(r"(\*\*/?|\*|\?)", pattern):
        if token.startswith("**"):
            out += "(?:.*/)?" if token.endswith("/") else ".*"
        elif token == "*":
            out += "[^/]*"
        elif token == "?":
            out += "[^/]"
        else:
            out += re.escape(token)
    return re.compile(out)


def _dockerignore_includes(rel: str) -> bool:
    """Docker's rule: the last pattern matching the path or one of its parents decides; `!` re-includes."""
    lines = (ROOT / ".dockerignore").read_text().splitlines()
    patterns = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    parts = rel.strip("/").split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    included = True
    for pattern in patterns:
        regex = _pattern_regex(pattern.lstrip("!").strip("/"))
        if any(regex.fullmatch(prefix) for prefix in prefixes):
            included = pattern.startswith("!")
    return included


def test_dockerignore_rule_matcher_is_not_trivial() -> None:
    assert not _dockerignore_includes(".venv/bin/python")
    assert not _dockerignore_includes("tests/conftest.py")
    assert not _dockerignore_includes("worker/__pycache__/app.cpython-311.pyc")
    assert _dockerignore_includes("worker/stream/app.py")


def test_dockerfile_copies_only_what_the_build_context_has() -> None:
    text = DOCKERFILE.read_text()
    sources = [s for line in re.findall(r"^COPY (?!--from)(.+)$", text, re.M) for s in line.split()[:-1]]
    assert sources
    for src in sources:
        assert (ROOT / src).exists(), src
        assert _dockerignore_includes(src), f"{src} is excluded by .dockerignore"
    for needed in ("pyproject.toml", "requirements.lock", "README.md", "worker/stream/app.py", "worker/samples/demo_posts.jsonl",
                   "models/vigie-fr-default/model.onnx", "models/vigie-fr-encoder/model.onnx"):
        assert _dockerignore_includes(needed), needed


def test_dockerfile_is_slim_non_root_and_runs_the_worker() -> None:
    text = DOCKERFILE.read_text()
    assert all(base.endswith("-slim") for base in re.findall(r"^FROM (\S+)", text, re.M))
    assert "pip install ." in text
    assert re.search(r"pip install \. -c requirements\.lock$", text, re.M), "the image installs the locked versions"
    (user,) = re.findall(r"^USER (\S+)", text, re.M)
    assert not user.startswith(("0", "root"))
    assert 'CMD ["vigie", "run"]' in text
    assert "VIGIE_METRICS_HOST=0.0.0.0" in text
    # Both tiers of the default configuration are in the image, where its settings point.
    for var, bundle in (("VIGIE_MODEL", "vigie-fr-default"), ("VIGIE_ENCODER_MODEL", "vigie-fr-encoder")):
        assert f"{var}=/app/models/{bundle}" in text
        assert f"COPY models/{bundle} /app/models/{bundle}" in text


# ------------------------------------------------------------------------------------------------ Kubernetes


@pytest.mark.parametrize("version", [K8S_VERSION, kubernetes_validate.utils.latest_version()])
def test_kubernetes_manifests_match_the_api_schemas(version: str) -> None:
    docs = [d for d in k8s_docs() if d["apiVersion"] != "keda.sh/v1alpha1"]
    assert {d["kind"] for d in docs} >= {"Deployment", "Service", "PodDisruptionBudget", "ConfigMap"}
    for doc in docs:  # strict: unknown fields are errors; a kind without a schema raises too
        kubernetes_validate.validate(doc, version, strict=True)


def test_kubernetes_validation_rejects_a_misspelt_field() -> None:
    doc = copy.deepcopy(k8s("Deployment"))
    probe = doc["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]
    probe["httpGet"]["paht"] = probe["httpGet"].pop("path")
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(doc, K8S_VERSION, strict=True)


def _keda_errors(doc: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft202012Validator(json.loads(KEDA_SCHEMA.read_text()))
    return [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(doc)]


def test_scaledobject_matches_the_keda_crd_schema() -> None:
    assert _keda_errors(k8s("ScaledObject")) == []


@pytest.mark.parametrize(
    "breakage",
    ["typo", "string count", "no triggers"],
)
def test_keda_schema_rejects_broken_scaledobjects(breakage: str) -> None:
    doc = copy.deepcopy(k8s("ScaledObject"))
    spec = doc["spec"]
    if breakage == "typo":
        spec["maxReplicaCont"] = spec.pop("maxReplicaCount")
    elif breakage == "string count":
        spec["maxReplicaCount"] = "4"
    else:
        del spec["triggers"]
    assert _keda_errors(doc) != []


def test_scaledobject_agrees_with_the_worker_config_and_partitions() -> None:
    so = k8s("ScaledObject")
    config = k8s("ConfigMap")["data"]
    (trigger,) = so["spec"]["triggers"]
    assert trigger["type"] == "kafka"
    meta = trigger["metadata"]
    assert meta["consumerGroup"] == config["VIGIE_GROUP_ID"]
    assert meta["topic"] == config["VIGIE_INPUT_TOPIC"]
    assert meta["bootstrapServers"] == config["KAFKA_BOOTSTRAP_SERVERS"]
    assert meta["allowIdleConsumers"] == "false"
    assert so["spec"]["scaleTargetRef"]["name"] == k8s("Deployment")["metadata"]["name"]
    assert 1 <= so["spec"]["minReplicaCount"] <= so["spec"]["maxReplicaCount"] <= INPUT_PARTITIONS
    assert "partition" in (K8S / "scaledobject.yaml").read_text()  # the cap is explained where it is set


def test_configmap_is_accepted_by_the_worker_settings() -> None:
    settings = Settings.from_env(k8s("ConfigMap")["data"])
    assert settings.metrics_host == "0.0.0.0"  # noqa: S104 - probes reach the pod IP


def test_the_worker_gives_up_on_its_batch_before_the_kubelet_kills_it() -> None:
    """Past its stop grace the worker exits 3 with one line saying why; a SIGKILL at the same moment would hide it."""
    settings = Settings.from_env(k8s("ConfigMap")["data"])
    pod = k8s("Deployment")["spec"]["template"]["spec"]
    assert settings.stop_grace < pod["terminationGracePeriodSeconds"]
    worker = compose()["services"]["worker"]
    grace = Settings.from_env({k: str(v) for k, v in worker["environment"].items()}).stop_grace
    assert grace < int(worker["stop_grace_period"].rstrip("s"))


def test_deployment_probes_ports_and_security() -> None:
    deploy = k8s("Deployment")
    pod = deploy["spec"]["template"]
    (container,) = pod["spec"]["containers"]
    port = int(k8s("ConfigMap")["data"]["VIGIE_METRICS_PORT"])
    assert container["ports"] == [{"name": "metrics", "containerPort": port, "protocol": "TCP"}]
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "metrics"}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "metrics"}
    assert container["startupProbe"]["httpGet"]["path"] == "/healthz"
    assert {"configMapRef": {"name": k8s("ConfigMap")["metadata"]["name"]}} in container["envFrom"]
    assert deploy["spec"]["strategy"]["rollingUpdate"]["maxSurge"] == 0
    security = pod["spec"]["securityContext"]
    assert security["runAsNonRoot"] is True
    assert f"USER {security['runAsUser']}:{security['runAsGroup']}" in DOCKERFILE.read_text()
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert "/var/lib/vigie" in {m["mountPath"] for m in container["volumeMounts"]}  # Faust's writable workdir


def test_selectors_match_the_pods() -> None:
    labels = k8s("Deployment")["spec"]["template"]["metadata"]["labels"]
    selectors = [
        k8s("Deployment")["spec"]["selector"]["matchLabels"],
        k8s("PodDisruptionBudget")["spec"]["selector"]["matchLabels"],
        k8s("Service")["spec"]["selector"],
    ]
    for selector in selectors:
        assert selector.items() <= labels.items()
    namespaces = {d["metadata"].get("namespace") for d in k8s_docs() if d["kind"] != "Namespace"}
    assert namespaces == {k8s("Namespace")["metadata"]["name"]}
