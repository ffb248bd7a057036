"""Start-up failures (issue 5, item 7 and bad configuration): `vigie run` stops with one clear line and a non-zero
exit code (2 for a bad bundle or configuration) before it touches the broker, let alone joins the consumer group.

The worker is pointed at a port where nothing listens: a check that happened after the broker preflight would show
as retry lines ("not reachable") instead of the expected error.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from kafka_helpers import ROOT, WorkerHandle

from worker.pipeline.model import default_bundle_path
from worker.tools.broker import free_port

pytestmark = pytest.mark.integration

_BUNDLE_REMOVE = json.loads((ROOT / "models" / "vigie-fr-default" / "manifest.json")
                            .read_text(encoding="utf-8"))["thresholds"]["remove"]



def run_worker(env: dict[str, str], timeout: float = 60.0) -> tuple[int, str]:
    """``vigie run`` on a dead broker address with ``env`` on top of a test worker's environment."""
    handle = WorkerHandle(f"127.0.0.1:{free_port()}")
    full = {**handle.env(), "VIGIE_STARTUP_TIMEOUT": "5", **env}
    proc = subprocess.run([sys.executable, "-m", "worker", "run"], env=full, cwd=ROOT, capture_output=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)
    return proc.returncode, (proc.stdout + proc.stderr).decode(errors="replace")


def assert_one_clear_line(code: int, output: str, expected_code: int, *fragments: str) -> None:
    lines = [line for line in output.strip().splitlines() if line.strip()]
    last = lines[-1] if lines else ""
    assert code == expected_code, output[-2000:]
    assert last.startswith("vigie run: error: "), output[-2000:]
    for fragment in fragments:
        assert fragment in last, (fragment, last)
    assert "Traceback" not in output, output[-2000:]
    assert "not reachable" not in output and "joining group" not in output, output[-2000:]


def copy_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    shutil.copytree(default_bundle_path(), bundle)
    return bundle


def set_sha256(bundle: Path, name: str) -> None:
    manifest = json.loads((bundle / "manifest.json").read_text())
    manifest["files"][name]["sha256"] = hashlib.sha256((bundle / name).read_bytes()).hexdigest()
    (bundle / "manifest.json").write_text(json.dumps(manifest))


def flip_a_byte(bundle: Path) -> None:
    path = bundle / "model.onnx"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def model_not_onnx(bundle: Path) -> None:
    (bundle / "model.onnx").write_bytes(os.urandom(4096))
    set_sha256(bundle, "model.onnx")  # the checksum passes: onnxruntime must be the one to refuse it


def truncated_onnx(bundle: Path) -> None:
    path = bundle / "model.onnx"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    set_sha256(bundle, "model.onnx")


def other_file_missing(bundle: Path) -> None:
    manifest = json.loads((bundle / "manifest.json").read_text())
    others = sorted(name for name in manifest["files"] if name != "model.onnx")
    assert others, "the default bundle lists a file besides model.onnx"
    (bundle / others[0]).unlink()


def manifest_not_json(bundle: Path) -> None:
    (bundle / "manifest.json").write_text('{"name": "vigie-fr-default", "kind": ')


CORRUPTIONS: dict[str, tuple[Callable[[Path], None], tuple[str, ...]]] = {
    "bad sha256": (flip_a_byte, ("model.onnx", "sha256")),
    "missing model.onnx": (lambda b: (b / "model.onnx").unlink(), ("model.onnx", "missing file")),
    "another file missing": (other_file_missing, ("missing file",)),
    "garbage ONNX": (model_not_onnx, ("model.onnx", "not a loadable ONNX model")),
    "truncated ONNX": (truncated_onnx, ("model.onnx", "not a loadable ONNX model")),
    "manifest not JSON": (manifest_not_json, ("manifest.json", "invalid JSON")),
}


@pytest.mark.parametrize("corruption", list(CORRUPTIONS))
def test_a_corrupt_bundle_stops_start_up_with_exit_2_and_one_line(corruption: str, tmp_path: Path) -> None:
    corrupt, fragments = CORRUPTIONS[corruption]
    bundle = copy_bundle(tmp_path)
    corrupt(bundle)
    code, output = run_worker({"VIGIE_MODEL": str(bundle)})
    assert_one_clear_line(code, output, 2, str(bundle), *fragments)


def test_a_missing_model_directory_stops_start_up(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-bundle"
    code, output = run_worker({"VIGIE_MODEL": str(missing)})
    assert_one_clear_line(code, output, 2, str(missing))


@pytest.mark.parametrize(
    ("env", "fragments"),
    [
        ({"VIGIE_BATCHSIZE": "64"}, ("unknown setting VIGIE_BATCHSIZE",)),
        ({"VIGIE_INPUT_TOPIC": "posts du jour"}, ("invalid topic name", "'posts du jour'")),
        ({"VIGIE_FLAG_TOPIC": "x" * 250}, ("invalid topic name",)),
        ({"VIGIE_BATCH_SIZE": "beaucoup"}, ("VIGIE_BATCH_SIZE",)),
        ({"VIGIE_METRICS_PORT": "70000"}, ("VIGIE_METRICS_PORT",)),
        ({"KAFKA_SECURITY_PROTOCOL": "SASL_SSL"}, ("KAFKA_SASL_MECHANISM",)),
        ({"VIGIE_LOG_LEVEL": "LOUD"}, ("VIGIE_LOG_LEVEL='LOUD'", "DEBUG, INFO, WARNING, ERROR, CRITICAL")),
        # the bundle's remove threshold (0.80) is only known once the manifest is read: checked there
        ({"VIGIE_REVIEW_THRESHOLD": "0.9"}, ("review threshold 0.9", f"above the remove threshold {_BUNDLE_REMOVE:g}")),
        ({"VIGIE_PROCESSING_GUARANTEE": "exactly_once"}, ("exactly_once is refused",)),
        ({"VIGIE_LANGUAGES": "fr,french"}, ("VIGIE_LANGUAGES='fr,french' is invalid", "got 'french'")),
        # well formed but unknown to the identifier: checked where the identifier is loaded
        ({"VIGIE_LANGUAGES": "fr,zz"}, ("VIGIE_LANGUAGES: 'zz' is not a language the identifier knows",)),
        ({"VIGIE_UNSUPPORTED": "drop"}, ("VIGIE_UNSUPPORTED must be 'route'",)),
    ],
    ids=["unknown setting", "topic with spaces", "topic too long", "not a number", "not a port", "SASL half set",
         "unknown log level", "review above the bundle's remove", "exactly_once", "malformed language",
         "unknown language", "unsupported mode"],
)
def test_bad_configuration_stops_start_up(env: dict[str, str], fragments: tuple[str, ...]) -> None:
    code, output = run_worker(env)
    assert_one_clear_line(code, output, 2, *fragments)


def test_a_busy_metrics_port_stops_start_up() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code, output = run_worker({"VIGIE_METRICS_PORT": str(port)})
    assert_one_clear_line(code, output, 2, f"cannot serve metrics on 127.0.0.1:{port}")


def test_an_unreachable_broker_stops_start_up_with_exit_3_after_the_start_up_timeout() -> None:
    code, output = run_worker({"VIGIE_STARTUP_TIMEOUT": "3"})
    lines = [line for line in output.strip().splitlines() if line.strip()]
    assert code == 3, output[-2000:]
    assert lines[-1].startswith("vigie run: error: Kafka broker ") and "unreachable after" in lines[-1], lines[-1]
    assert "Traceback" not in output and "joining group" not in output
