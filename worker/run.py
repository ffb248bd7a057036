"""`vigie run`: start-up checks in order (settings, model, metrics port, broker, topics), then the Faust worker.

Every start-up problem stops the process with one line on stderr and a non-zero exit code, before the worker joins
the consumer group: 2 for bad configuration or model bundle, 3 for an unreachable broker.
"""

from __future__ import annotations

import asyncio
import logging

import faust

from worker.app import Pipeline, create_app
from worker.errors import VigieError
from worker.logs import setup_logging
from worker.metrics import Metrics, MetricsServer
from worker.preflight import ensure_topics
from worker.scoring import scorer_from_settings
from worker.settings import Settings

log = logging.getLogger("worker.run")


def run_worker(settings: Settings) -> int:
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
    metrics = Metrics()
    metrics.set_model(scorer.model.name, scorer.model.version)
    pipeline = Pipeline(settings, scorer, metrics)
    server = MetricsServer(metrics.registry, settings.metrics_host, settings.metrics_port, pipeline.readiness,
                           pipeline.liveness)
    server.start()
    log.info("metrics on %s/metrics (health: /healthz, readiness: /readyz)", server.url)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        partitions = loop.run_until_complete(ensure_topics(settings))
        log.info("input topic %s has %d partitions; joining group %s", settings.input_topic, partitions, settings.group_id)
        app = create_app(settings, pipeline)
        worker = faust.Worker(
            app, loop=loop, override_logging=False, quiet=True, redirect_stdouts=False, loglevel=settings.log_level
        )
        try:
            worker.execute_from_commandline()
        except SystemExit as exc:
            if pipeline.fatal is not None:  # the watchdog or a crashed agent stopped the worker
                raise pipeline.fatal from None
            return int(exc.code or 0)
    except VigieError:
        server.stop()
        raise
    return 0
