"""The worker's lifecycle and health: started, stopping with a reason and exit code, /healthz, /readyz and the
periodic summary line."""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
import traceback
from typing import TYPE_CHECKING

from worker.ops.errors import AgentCrashed, VigieError
from worker.ops.settings import Settings

if TYPE_CHECKING:
    from worker.stream.monitor import PartitionMonitor

log = logging.getLogger("worker.stream.lifecycle")


class Lifecycle:
    """Whether the worker has started, and why it is stopping (``fatal``: `vigie run` exits with it)."""

    def __init__(self) -> None:
        self.started = False  # set once the app has started and the model is loaded
        self.fatal: VigieError | None = None

    @property
    def stopping(self) -> bool:
        return self.fatal is not None

    def stop(self, error: VigieError, *, commit: bool = True) -> None:
        """Stop the worker with ``error`` as the reason and exit code.

        ``commit``: through the graceful path (SIGTERM: Faust commits what was acked; `vigie run` then exits with
        ``error``). Without: exit at once, committing nothing: after the log went backwards, offsets acked on the
        old log would point into the new one and make a restart skip its first records. At-least-once holds:
        whatever was not committed is processed again.
        """
        if self.fatal is not None:  # already stopping: the first reason stands
            return
        self.fatal = error
        if commit:
            os.kill(os.getpid(), signal.SIGTERM)
            return
        logging.shutdown()  # flush the log lines so far
        print(error.report("run"), file=sys.stderr, flush=True)
        os._exit(error.exit_code)

    def agent_crashed(self, exc: Exception) -> None:
        """The agent raised something unexpected: say so in one line and stop the worker non-zero.

        The line names the exception's type and where it was raised, not its message, which may quote a post; the
        traceback is logged at DEBUG. The failed batch was not acked, so its offsets are not committed and the
        restarted worker (or the partitions' next owner) processes it again: nothing is lost.
        """
        frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f" at {os.path.basename(frame.filename)}:{frame.lineno} in {frame.name}" if frame else ""
        error = AgentCrashed(
            f"the moderation agent failed: {type(exc).__name__}{where}; stopping the worker (exit "
            f"{AgentCrashed.exit_code}), its batch uncommitted: a restart processes it again "
            f"(traceback with VIGIE_LOG_LEVEL=DEBUG)"
        )
        log.error(error.one_line())
        log.debug("agent failure", exc_info=exc)
        self.stop(error)


# The partitions timer reads end offsets every second: a lag older than this is not printed as if it were current
# (before the broker counts as silent for /readyz, BROKER_SILENCE, the summary would otherwise repeat its last value).
LAG_FRESH = 5.0


class Health:
    """What /healthz, /readyz and the summary line report, read from the lifecycle, the partitions and the totals."""

    def __init__(self, settings: Settings, lifecycle: Lifecycle, monitor: PartitionMonitor,
                 totals: dict[str, int]) -> None:
        self.settings = settings
        self.lifecycle = lifecycle
        self.monitor = monitor
        self.totals = totals
        self._last_summary = (time.monotonic(), 0)

    def liveness(self) -> tuple[bool, dict[str, object]]:
        """/healthz: alive unless the worker hit a fatal error and is stopping."""
        fatal = self.lifecycle.fatal
        if fatal is None:
            return True, {}
        return False, {"error": fatal.one_line()}

    def readiness(self) -> tuple[bool, dict[str, object]]:
        progress = self.monitor.progress
        assigned = progress.assigned
        stalled = progress.stalled(self.settings.stall_seconds)
        silent = self.monitor.broker_silent()
        started = self.lifecycle.started
        detail: dict[str, object] = {
            "model_loaded": started,
            "partitions_assigned": len(assigned),
            "stalled_partitions": [f"{t}[{p}]" for t, p in stalled],
            "broker_silent_seconds": round(self.monitor.broker_silence(), 1),
        }
        if silent:
            detail["broker"] = (f"no answer from {self.settings.bootstrap_servers} for "
                                f"{self.monitor.broker_silence():.0f}s")
        return started and bool(assigned) and not stalled and not silent, detail

    def log_summary(self) -> None:
        """The periodic one-line summary: consumed, flagged, dead letters, rate, lag."""
        now = time.monotonic()
        totals = self.totals
        last_t, last_n = self._last_summary
        rate = (totals["consumed"] - last_n) / (now - last_t) if now > last_t else 0.0
        self._last_summary = (now, totals["consumed"])
        lag: int | None = self.monitor.total_lag()
        lag_text = str(lag)
        broker = ""
        silence = self.monitor.broker_silence()
        if self.monitor.broker_silent():  # the last lag read is stale: say so rather than print it
            lag, lag_text = None, "?"
            broker = f" (broker silent for {silence:.0f}s)"
        elif silence > LAG_FRESH:  # not yet silent for /readyz, but the lag is no longer today's either
            lag, lag_text = None, "?"
            broker = f" (no end offsets for {silence:.0f}s)"
        log.info(
            "consumed=%d flagged=%d deadletters=%d rate=%.0f/s lag=%s partitions=%d%s",
            totals["consumed"], totals["flagged"], totals["deadletters"], rate, lag_text,
            len(self.monitor.progress.assigned), broker,
            extra={"fields": {"event": "summary", **totals, "rate": round(rate, 1), "lag": lag}},
        )
