"""Fixtures of the ops tests. Tests that need Prometheus's binaries skip, saying how to install them (in CI, where
they are installed, they fail instead)."""

from __future__ import annotations

import pytest
from ops_helpers import binary


@pytest.fixture(scope="session")
def promtool() -> str:
    return binary("promtool")


@pytest.fixture(scope="session")
def prometheus_bin() -> str:
    return binary("prometheus")
