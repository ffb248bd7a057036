"""The layers of ``worker/`` and the one way their imports point: tools -> stream -> pipeline -> ops.

The pipeline (decode, normalise, score, decide, messages) is pure: no Kafka, no network, no reading of user files,
so it can be driven with in-memory records and reused by every tool. Stream runtime code may use the pipeline,
tools may use both, and operations (settings, metrics, logs, errors) use none of them. Read from the source with
``ast``, so a lazy import inside a function counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

WORKER = Path(__file__).resolve().parent.parent / "worker"
LAYERS = ("ops", "pipeline", "stream", "tools")  # each may import the ones before it, never the ones after
# What the pure pipeline must not import: brokers and stream runtimes, network clients and servers, processes,
# and the tools' file readers and progress bars.
PIPELINE_FORBIDS = frozenset({
    "faust", "aiokafka", "kafka", "mode", "asyncio", "socket", "ssl", "http", "urllib", "aiohttp", "requests",
    "subprocess", "multiprocessing", "threading", "shutil", "tempfile", "csv", "sqlite3", "tqdm", "prometheus_client",
})


def module_name(path: Path) -> str:
    parts = path.relative_to(WORKER.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in a file; ``from worker.stream import app`` names
    ``worker.stream.app``."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if base == "worker" or (base.startswith("worker.") and base.count(".") == 1):  # a package: name its modules
                found.extend((node.lineno, f"{base}.{alias.name}") for alias in node.names)
            else:
                found.append((node.lineno, base))
    return found


def layer_of(module: str) -> str | None:
    """The layer a ``worker`` module belongs to; None for the package root and ``python -m worker``."""
    parts = module.split(".")
    if parts[0] != "worker" or len(parts) < 2 or parts[1] in ("__main__", "__version__"):
        return None
    if parts[1] not in LAYERS:
        raise AssertionError(f"{module} is in no layer: worker/ holds only {', '.join(LAYERS)}")
    return parts[1]


def violations(path: Path) -> list[str]:
    own = layer_of(module_name(path))
    if own is None:
        return []
    problems = []
    for line, target in imports(path):
        where = f"{path.relative_to(WORKER.parent)}:{line}"
        theirs = layer_of(target) if target.split(".")[0] == "worker" else None
        if theirs is not None and LAYERS.index(theirs) > LAYERS.index(own):
            problems.append(f"{where}: {own} imports {target} ({theirs} is above it)")
        if own == "pipeline" and target.split(".")[0] in PIPELINE_FORBIDS:
            problems.append(f"{where}: the pipeline imports {target} (no Kafka, network or file tools there)")
    return problems


def test_worker_holds_only_the_four_layers() -> None:
    packages = sorted(p.name for p in WORKER.iterdir() if (p / "__init__.py").is_file())
    modules = sorted(p.name for p in WORKER.glob("*.py"))
    assert packages == sorted(LAYERS)
    assert modules == ["__init__.py", "__main__.py"]


def test_imports_point_one_way() -> None:
    problems = [problem for path in sorted(WORKER.rglob("*.py")) for problem in violations(path)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("layer", "source", "expected"),
    [
        ("pipeline", "from worker.stream.batch import Topics\n", "pipeline imports worker.stream.batch"),
        ("ops", "def f():\n    from worker.pipeline import scoring\n", "ops imports worker.pipeline.scoring"),
        ("stream", "from ..tools import cli\n", "stream imports worker.tools.cli"),
        ("pipeline", "import aiokafka.structs\n", "the pipeline imports aiokafka.structs"),
        ("pipeline", "from urllib.request import urlopen\n", "the pipeline imports urllib.request"),
    ],
)
def test_a_wrong_way_import_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, layer: str, source: str,
                                      expected: str) -> None:
    fake_worker = tmp_path / "worker"
    (fake_worker / layer).mkdir(parents=True)
    module = fake_worker / layer / "bad.py"
    module.write_text(source)
    monkeypatch.setitem(globals(), "WORKER", fake_worker)
    (problem,) = violations(module)
    assert expected in problem


def test_allowed_imports_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = tmp_path / "worker" / "tools" / "fine.py"
    module.parent.mkdir(parents=True)
    module.write_text("import asyncio\nfrom worker import __version__\nfrom worker.stream import app\n"
                      "from worker.pipeline.moderate import moderate\nfrom worker.ops.errors import VigieError\n")
    monkeypatch.setitem(globals(), "WORKER", tmp_path / "worker")
    assert violations(module) == []
