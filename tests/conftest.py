"""Shared fixtures. One real Kafka-protocol broker per test session, chosen in this order:
``KAFKA_BOOTSTRAP_SERVERS`` if set; testcontainers' Kafka if a Docker engine answers; else the embedded Tansu broker.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kafka_helpers import WorkerHandle, create_topics, new_name

from worker.tools.broker import EmbeddedBroker


def _docker_answers() -> bool:
    if not shutil.which("docker"):
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        yield configured
        return
    if _docker_answers():
        from testcontainers.kafka import KafkaContainer

        with KafkaContainer() as kafka:
            yield kafka.get_bootstrap_server()
        return
    log_file = tmp_path_factory.mktemp("broker") / "tansu.log"
    with EmbeddedBroker(log_file=log_file) as broker:
        yield broker.bootstrap


@pytest.fixture
def topic_factory(kafka_bootstrap: str) -> Callable[..., str]:
    def make(partitions: int = 4, prefix: str = "t") -> str:
        name = new_name(prefix)
        create_topics(kafka_bootstrap, [name], partitions)
        return name

    return make


@pytest.fixture
def start_worker(kafka_bootstrap: str, tmp_path: Path) -> Iterator[Callable[..., WorkerHandle]]:
    """``start_worker(partitions=4, **env)`` -> a running worker subprocess on fresh topics; stopped at teardown."""
    handles: list[WorkerHandle] = []

    def start(partitions: int = 4, create: bool = True, launch: bool = True, **env: str) -> WorkerHandle:
        """``launch=False``: topics and handle only; the test sets more up, then calls ``handle.start(tmp_path)``."""
        handle = WorkerHandle(kafka_bootstrap, partitions, env_overrides=env)
        if create:
            handle.create_topics()
        handles.append(handle.start(tmp_path) if launch else handle)
        return handle

    yield start
    for handle in handles:
        handle.stop()
