"""The `vigie` command line (also `python -m worker`)."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import signal
import sys
from pathlib import Path
from typing import Any

from worker import __version__
from worker.ops.errors import VigieError

EPILOG = "Settings come from the environment (see README: Configuration); flags override them."


def _settings_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("connection and topics (override the environment)")
    g.add_argument("--bootstrap-servers", dest="bootstrap_servers", help="Kafka bootstrap servers (KAFKA_BOOTSTRAP_SERVERS, default 127.0.0.1:9092)")
    g.add_argument("--input-topic", dest="input_topic", help="posts topic (VIGIE_INPUT_TOPIC, default posts)")


def _model_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", type=Path, help="model bundle directory (VIGIE_MODEL; default: the bundle under models/)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigie", description="Vigie: streaming moderation of French hate speech on Kafka.", epilog=EPILOG
    )
    parser.add_argument("--version", action="version", version=f"vigie {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("run", help="run the worker (Faust agents on the input topic)", epilog=EPILOG)
    _settings_flags(p)
    _model_flag(p)
    p.add_argument("--flag-topic", dest="flag_topic", help="VIGIE_FLAG_TOPIC (moderation.flags)")
    p.add_argument("--deadletter-topic", dest="deadletter_topic", help="VIGIE_DEADLETTER_TOPIC (moderation.deadletter)")
    p.add_argument("--decisions-topic", dest="decisions_topic", help="VIGIE_DECISIONS_TOPIC (every verdict; off when unset)")
    p.add_argument("--unsupported-topic", dest="unsupported_topic",
                   help="VIGIE_UNSUPPORTED_TOPIC (moderation.unsupported; 'off': posts in other languages on the "
                        "decisions topic only)")
    p.add_argument("--languages", dest="languages", help="VIGIE_LANGUAGES (fr): judged languages, e.g. fr,en")
    p.add_argument("--group-id", dest="group_id", help="consumer group and Faust app id (VIGIE_GROUP_ID, vigie)")
    p.add_argument("--metrics-port", dest="metrics_port", type=int, help="VIGIE_METRICS_PORT (9108)")
    p.add_argument("--metrics-host", dest="metrics_host", help="VIGIE_METRICS_HOST (127.0.0.1)")
    p.add_argument("--review-threshold", dest="review_threshold", type=float, help="override the bundle's review threshold")
    p.add_argument("--remove-threshold", dest="remove_threshold", type=float, help="override the bundle's remove threshold")
    p.add_argument("--batch-size", dest="batch_size", type=int, help="VIGIE_BATCH_SIZE (512)")
    p.add_argument("--encoder", dest="encoder_model", help="encoder bundle for the cascade, 'auto' or 'off' (VIGIE_ENCODER_MODEL)")
    p.add_argument("--log-format", dest="log_format", choices=["text", "json"], help="VIGIE_LOG_FORMAT (text)")
    p.add_argument("--log-level", dest="log_level", help="VIGIE_LOG_LEVEL (INFO)")

    p = sub.add_parser("broker", help="start the embedded Kafka-compatible broker (Tansu) on 127.0.0.1")
    p.add_argument("--port", type=int, default=9092, help="port (default 9092)")
    p.add_argument("--partitions", type=int, default=4, help="partitions of the default topics (default 4)")
    p.add_argument("--topic", action="append", default=[], help="an extra topic to create (repeatable)")

    p = sub.add_parser("produce", help="replay a .jsonl (posts) or .csv (text column) file to the input topic")
    p.add_argument("file", type=Path)
    _settings_flags(p)
    p.add_argument("--rate", type=float, default=None, help="posts per second (default: as fast as possible)")
    p.add_argument("--loop", action="store_true", help="start again at the end of the file, until stopped")
    p.add_argument("--limit", type=int, default=None, help="stop after this many posts")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")

    p = sub.add_parser("score", help="score a CSV (text column, optional id) or JSONL of posts offline")
    p.add_argument("file", type=Path)
    _model_flag(p)
    p.add_argument("--output", "-o", type=Path, default=None, help="JSONL output (default stdout)")
    p.add_argument("--review-threshold", type=float, default=None)
    p.add_argument("--remove-threshold", type=float, default=None)
    p.add_argument("--lexicon", action="append", type=Path, default=[], help="an extra term list (repeatable)")
    p.add_argument("--encoder", dest="encoder_model", help="encoder bundle for the cascade, 'auto' or 'off' (VIGIE_ENCODER_MODEL)")
    p.add_argument("--no-progress", action="store_true")

    p = sub.add_parser("eval", help="metrics of a model on a labelled CSV")
    _lazy(p, "worker.tools.evaluate")

    p = sub.add_parser("bench", help="the benchmark of `make bench`")
    _lazy(p, "worker.tools.bench.cli")

    p = sub.add_parser("demo", help="broker + worker + sample producer, flags shown live (what `make demo` runs)")
    _lazy(p, "worker.tools.demo")
    return parser


def _lazy(p: argparse.ArgumentParser, module: str) -> None:
    """Commands implemented in their own module: it adds its arguments and runs them."""
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:
        p.set_defaults(_unavailable=f"{module} is not available: {exc}")
        return
    mod.add_arguments(p)
    p.set_defaults(_run=mod.run)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _dispatch(args)
    except VigieError as exc:
        print(exc.report(args.command), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


def _overrides(args: argparse.Namespace, *names: str) -> dict[str, Any]:
    return {n: getattr(args, n) for n in names if getattr(args, n, None) is not None}


def _dispatch(args: argparse.Namespace) -> int:
    from worker.ops.settings import Settings

    if getattr(args, "_unavailable", None):
        print(f"vigie {args.command}: {args._unavailable}", file=sys.stderr)
        return 2
    if getattr(args, "_run", None):
        return int(args._run(args))
    if args.command == "run":
        from worker.stream.preflight import check_versions

        check_versions()  # before importing the Faust wiring, which an untested release can break at import
        from worker.stream.run import run_worker

        names = ("bootstrap_servers", "input_topic", "flag_topic", "deadletter_topic", "decisions_topic", "group_id",
                 "metrics_port", "metrics_host", "review_threshold", "remove_threshold", "batch_size", "log_format",
                 "log_level", "encoder_model", "unsupported_topic", "languages")
        overrides = _overrides(args, *names)
        if args.model is not None:
            overrides["model"] = args.model
        return run_worker(Settings.from_env(**overrides))
    if args.command == "broker":
        return _broker(args)
    if args.command == "produce":
        from worker.tools.produce import produce_file

        settings = Settings.from_env(**_overrides(args, "bootstrap_servers", "input_topic"))
        produced = asyncio.run(produce_file(settings, args.file, rate=args.rate, loop=args.loop,
                                            progress=not args.no_progress, limit=args.limit))
        print(f"vigie produce: {produced.summary(settings)}", file=sys.stderr)
        return 1 if produced.failed else 0
    if args.command == "score":
        return _score(args)
    raise AssertionError(args.command)


def _score(args: argparse.Namespace) -> int:
    from worker.pipeline.scoring import scorer_from_settings
    from worker.tools.offline import score_file, scoring_settings

    settings = scoring_settings(args, review_threshold=args.review_threshold, remove_threshold=args.remove_threshold)
    scorer = scorer_from_settings(settings)
    progress = not args.no_progress and sys.stderr.isatty()
    if args.output:
        with args.output.open("wb") as out:
            counts = score_file(args.file, scorer, out, max_bytes=settings.max_record_bytes, progress=progress)
    else:
        counts = score_file(args.file, scorer, sys.stdout.buffer, max_bytes=settings.max_record_bytes, progress=progress)
        sys.stdout.flush()
    print(f"scored {counts['posts']} posts: {counts['flagged']} flagged, {counts['invalid']} invalid, "
          f"{counts['unsupported']} in a language not judged", file=sys.stderr)
    return 0


def _broker(args: argparse.Namespace) -> int:
    from worker.ops.logs import setup_logging
    from worker.tools.broker import DEFAULT_TOPICS, EmbeddedBroker

    setup_logging()
    if args.partitions < 1:
        print("vigie broker: error: --partitions must be >= 1", file=sys.stderr)
        return 2
    broker = EmbeddedBroker(args.port)

    # SIGTERM (a supervisor, `kill`, a test) and Ctrl-C stop Tansu too, from the start: Tansu runs in its own session,
    # so a wrapper killed before its handler was in place left it running on the port (found as orphans after the
    # suite). The handler only signals Tansu (a second request kills it); what runs here then sees it exit. It used to
    # raise KeyboardInterrupt, which could land inside asyncio.run's machinery during start-up and hang the exit.
    def request_stop(*_: object) -> None:
        broker.terminate(kill=broker.stopping)

    # once stopping, aiokafka's « Unable connect to node » lines from a start-up or topic creation cut short are noise
    class Quiet(logging.Filter):
        def filter(self, record: logging.LogRecord) -> bool:
            return not (broker.stopping and record.name.startswith("aiokafka"))

    for handler in logging.getLogger().handlers:
        handler.addFilter(Quiet())

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    try:
        broker.start()
        if not broker.stopping:
            broker.create_topics([*DEFAULT_TOPICS, *args.topic], args.partitions)
            print(f"broker ready on {broker.bootstrap} (topics: {', '.join([*DEFAULT_TOPICS, *args.topic])}, "
                  f"{args.partitions} partitions); Ctrl-C to stop", flush=True)
        code = broker.wait()
        if broker.stopping:
            return 0
        print(f"vigie broker: Tansu exited with code {code}", file=sys.stderr)
        return 1
    except Exception:
        if broker.stopping:  # the stop came while starting or creating topics: Tansu's exit failed them
            return 0
        raise
    finally:
        broker.stop()
