"""The periodic summary line never prints a stale lag as if it were current (a rough edge found in a newcomer's
trial: with the broker stopped, the lines before the silence threshold still said « lag=0 »)."""

from __future__ import annotations

import logging
import time

import pytest
from prometheus_client import CollectorRegistry

from worker.ops.metrics import Metrics
from worker.ops.settings import Settings
from worker.stream.lifecycle import LAG_FRESH, Health, Lifecycle
from worker.stream.monitor import BROKER_SILENCE, PartitionMonitor
from worker.stream.progress import PartitionProgress


def _health(answered_ago: float) -> Health:
    settings = Settings.from_env({})
    lifecycle = Lifecycle()
    progress = PartitionProgress()
    progress.assign([("posts", 0)])
    progress.set_highwater(("posts", 0), 40, 30)
    monitor = PartitionMonitor(settings, Metrics(CollectorRegistry(), process_collectors=False), progress, lifecycle)
    monitor.broker_answered = time.monotonic() - answered_ago
    return Health(settings, lifecycle, monitor, {"consumed": 7, "flagged": 1, "deadletters": 0})


def _summary(health: Health, caplog: pytest.LogCaptureFixture) -> logging.LogRecord:
    with caplog.at_level(logging.INFO, logger="worker.stream.lifecycle"):
        health.log_summary()
    return caplog.records[-1]


def test_a_fresh_lag_is_printed(caplog: pytest.LogCaptureFixture) -> None:
    record = _summary(_health(0.5), caplog)
    assert " lag=10 " in record.getMessage() and record.fields["lag"] == 10  # type: ignore[attr-defined]


def test_a_lag_not_refreshed_for_a_while_is_unknown_before_the_broker_counts_as_silent(
    caplog: pytest.LogCaptureFixture,
) -> None:
    ago = (LAG_FRESH + min(BROKER_SILENCE, Settings.from_env({}).stall_seconds)) / 2
    record = _summary(_health(ago), caplog)
    message = record.getMessage()
    assert " lag=? " in message and "no end offsets for" in message, message
    assert record.fields["lag"] is None  # type: ignore[attr-defined]


def test_a_silent_broker_says_so(caplog: pytest.LogCaptureFixture) -> None:
    record = _summary(_health(BROKER_SILENCE + 60), caplog)
    message = record.getMessage()
    assert " lag=? " in message and "broker silent for" in message, message
