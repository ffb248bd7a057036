"""`vigie run`: start-up checks in order (settings, model, metrics port, broker, topics), then the Faust worker.

Every start-up problem stops the process with one line on stderr and a non-zero exit code, before the worker joins
the consumer group: 2 for bad configuration or model bundle, 3 for an unreachable broker.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import os
import signal
import sys
import threading
import time

import faust

from worker.ops.errors import BrokerUnavailable, VigieError
from worker.ops.logs import setup_logging
from worker.ops.metrics import Metrics, MetricsServer
from worker.ops.settings import Settings
from worker.pipeline.scoring import scorer_from_settings
from worker.stream.app import Runtime, create_app
from worker.stream.preflight import ensure_topics

log = logging.getLogger("worker.stream.run")


# A stop (Ctrl-C, SIGTERM) finishes the batch in flight: publish, acknowledge, commit. With the broker gone that never
# happens and Faust waits for it forever, ignoring further signals. Past this grace, or at a second signal, the
# worker exits without committing the batch, which is processed again after a restart (at-least-once). This is the
# default of ``VIGIE_STOP_GRACE``; keep it under the supervisor's kill timeout (Kubernetes' terminationGracePeriodSeconds).
STOP_GRACE = 30.0
# Ctrl-C in a terminal signals the whole foreground group, so a worker run under a supervisor (`make demo`, a shell
# script that traps INT and sends TERM) gets the terminal's SIGINT and then the supervisor's SIGTERM for one request.
# A signal of the other kind within this many seconds of the first is that same request, not "stop at once"; the
# same signal twice (Ctrl-C pressed again) still exits at once.
SAME_REQUEST_WITHIN = 2.0
M_ARENA_MAX = -8  # glibc's mallopt parameter
MALLOC_ARENAS = 2


def limit_malloc_arenas(arenas: int = MALLOC_ARENAS) -> bool:
    """Cap glibc's malloc arenas (as ``MALLOC_ARENA_MAX`` would), unless the operator set that variable.

    glibc gives threads that allocate their own arenas, up to 8 per core; the worker's threads (Faust's consumer,
    aiokafka, onnxruntime, the metrics server) each keep freed batch buffers in theirs, and peak RSS grows with them.
    Two arenas cost no measurable throughput here. Called before any thread starts; a no-op off glibc.
    """
    if os.environ.get("MALLOC_ARENA_MAX"):
        return False
    try:
        return bool(ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, arenas))
    except (OSError, AttributeError):
        return False


class _Worker(faust.Worker):
    """Faust's worker, with a bounded stop (``grace`` seconds, ``VIGIE_STOP_GRACE``; a second signal: at once)."""

    def __init__(self, *args: object, runtime: Runtime, grace: float = STOP_GRACE, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._runtime = runtime
        self._grace = grace
        self._first_stop: tuple[signal.Signals, float] | None = None

    def _schedule_shutdown(self, sig: signal.Signals) -> None:
        if self._signal_stop_time:  # a second signal while stopping
            if self._first_stop is not None and is_same_request(self._first_stop, sig, time.monotonic()):
                log.info("%s %.1f s after %s: the same stop request; still finishing the batch in flight",
                         signal.Signals(sig).name, time.monotonic() - self._first_stop[1],
                         signal.Signals(self._first_stop[0]).name)
                return
            self._give_up("a second stop signal")
            return
        self._first_stop = (sig, time.monotonic())
        timer = threading.Timer(self._grace, self._give_up, args=(f"{self._grace:g} s",))
        timer.daemon = True
        timer.start()
        super()._schedule_shutdown(sig)

    def _give_up(self, after: str) -> None:
        """Exit now, committing nothing more: with the reason the worker was stopping for, if it had one."""
        error = self._runtime.lifecycle.fatal or BrokerUnavailable(
            "the batch in flight was not published and committed after the stop signal (is the broker reachable?)"
        )
        logging.shutdown()
        print(f"{error.report('run')}; exited after {after} without committing the batch in flight (it is processed "
              "again after a restart)", file=sys.stderr, flush=True)
        os._exit(error.exit_code)


def is_same_request(first: tuple[signal.Signals, float], sig: signal.Signals, now: float,
                    within: float = SAME_REQUEST_WITHIN) -> bool:
    """Whether ``sig`` at ``now`` repeats the stop request ``first`` (its signal and time) rather than insisting."""
    first_sig, at = first
    return sig != first_sig and now - at <= within


def run_worker(settings: Settings) -> int:
    limit_malloc_arenas()
    setup_logging(settings.log_format, settings.log_level)
    log.info("settings: %s", settings.as_dict())
    scorer = scorer_from_settings(settings)
    log.info(
        "model %s %s (%s), thresholds review=%.3f remove=%.3f; %d lexicon terms",
        scorer.model.name, scorer.model.version, scorer.model.kind,
        scorer.policy.review, scorer.policy.remove, scorer.lexicon.size,
    )
    if scorer.encoder is None:
        log.info("cascade off: fast model only (no encoder bundle; VIGIE_ENCODER_MODEL=%s)", settings.encoder_model)
    else:
        enc = scorer.encoder
        log.info("cascade on: encoder %s %s re-scores fast scores in [%.2f, %.2f) and term-list matches",
                 enc.model.name, enc.model.version, enc.band.low, enc.band.high)
    if scorer.routing is not None:
        unsupported = settings.unsupported_topic or "off: decisions topic only"
        log.info("languages: %s (unsupported topic: %s)", scorer.routing.describe(), unsupported)
    metrics = Metrics(languages=settings.languages)
    metrics.set_model(scorer.model.name, scorer.model.version)
    runtime = Runtime.build(settings, scorer, metrics)
    server = MetricsServer(metrics.registry, settings.metrics_host, settings.metrics_port, runtime.health.readiness,
                           runtime.health.liveness)
    server.start()
    log.info("metrics on %s/metrics (health: /healthz, readiness: /readyz)", server.url)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        partitions = loop.run_until_complete(ensure_topics(settings))
        log.info("input topic %s has %d partitions; joining group %s", settings.input_topic, partitions, settings.group_id)
        app = create_app(settings, runtime, partitions)
        worker = _Worker(
            app, loop=loop, override_logging=False, quiet=True, redirect_stdouts=False, loglevel=settings.log_level,
            runtime=runtime, grace=settings.stop_grace,
        )
        try:
            worker.execute_from_commandline()
        except SystemExit as exc:
            fatal = runtime.lifecycle.fatal
            if fatal is not None:  # the watchdog, the monitor or a crashed agent stopped the worker
                raise fatal from None
            return int(exc.code or 0)
    except VigieError:
        server.stop()
        raise
    return 0
