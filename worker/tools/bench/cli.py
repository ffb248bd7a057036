"""`vigie bench` (what `make bench` runs): the pipeline measurements and the other engineers' sections, one report.

    vigie bench [--posts N] [--repeat R] [--sections pipeline,scaling,...] [--json] [--json-out FILE] [--quick]

Sections: ``pipeline`` ((a) aiokafka, (b) minimal Faust, (b0) Faust consume-only, (c) the worker; latency at 50 %
load), ``scaling`` (1 and 2 worker processes in one group), ``model``, ``normalizer``, ``languages`` (identification),
``robustness``, ``cascade``
(each owned by its module in ``worker.tools.bench``), ``overload`` (a 1,000,000-post backlog; several minutes, so not in
the default run). A section that is missing or fails is reported as such; the others still run.
Progress goes to stderr; the table to stdout (to stderr with ``--json``, which prints the JSON on stdout).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import os
import platform
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from worker.tools.bench import corpus, pipeline, procs, report

SECTIONS = ("pipeline", "scaling", "model", "normalizer", "languages", "robustness", "cascade", "overload")
DEFAULT_SECTIONS = ("pipeline", "scaling", "model", "normalizer", "languages", "robustness", "cascade")
OTHER_MODULES = {"model": "worker.tools.bench.model_speed", "normalizer": "worker.tools.bench.normalizer",
                 "robustness": "worker.tools.bench.robustness", "cascade": "worker.tools.bench.cascade",
                 "languages": "worker.tools.bench.language_speed"}
QUICK_POSTS = 2000  # --quick: posts per run, one run each, short latency and drain windows
QUICK_SECONDS = 3.0
QUICK_OVERLOAD = 5000


def _sections(value: str) -> list[str]:
    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in SECTIONS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown section {unknown[0]!r} (choose from {', '.join(SECTIONS)})")
    return names


def _pipelines(value: str) -> tuple[str, ...]:
    kinds = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [k for k in kinds if k not in pipeline.KINDS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown pipeline {unknown[0]!r} (choose from {', '.join(pipeline.KINDS)})")
    return kinds


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--posts", type=int, default=200_000, help="posts preloaded per pipeline run (default 200,000)")
    p.add_argument("--repeat", type=int, default=3, help="runs per pipeline, median reported (>= 3; default 3)")
    p.add_argument("--sections", type=_sections, action="extend", default=None, metavar="NAME[,NAME...]",
                   help=f"what to run (default: {','.join(DEFAULT_SECTIONS)}; also: overload)")
    p.add_argument("--json", action="store_true", help="print the results as JSON on stdout")
    p.add_argument("--json-out", type=Path, default=None, help="also write the JSON results to this file")
    p.add_argument("--quick", action="store_true", help="tiny sizes and one run each: a smoke test, not a measurement")
    p.add_argument("--partitions", type=int, default=4, help="partitions of the input topic (default 4)")
    p.add_argument("--max-seconds", type=float, default=20.0,
                   help="stop a run after this long draining, backlog left or not (default 20)")
    p.add_argument("--latency-seconds", type=float, default=20.0, help="length of the steady-load run (default 20)")
    p.add_argument("--load", type=float, default=0.5, help="offered load of the latency run, share of (c)'s max")
    p.add_argument("--overload-posts", type=int, default=1_000_000, help="backlog of the overload section")
    p.add_argument("--latency-rate", type=float, default=None,
                   help="offered posts/s of every latency run instead of --load (to compare two builds at one rate)")
    p.add_argument("--authors", type=int, default=corpus.AUTHORS,
                   help=f"distinct authors of the generated feed (default {corpus.AUTHORS:,})")
    p.add_argument("--section-posts", type=int, default=None, help="posts for the model/normaliser sections")
    p.add_argument("--bootstrap-servers", default=None,
                   help="measure on this broker instead of starting the embedded one (topics are created)")
    p.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared data (cascade section)")
    p.add_argument("--corpus", choices=("generated", "tweets"), default="generated",
                   help="posts of the pipeline runs: the generated French mix (default) or the shared training "
                        "tweets read from --data (real lengths, emoji, placeholders, and real uncertain posts)")
    p.add_argument("--worker-env", action="append", default=[], metavar="VIGIE_VAR=VALUE",
                   help="a setting for the worker under test, e.g. VIGIE_BATCH_SIZE=2048 (repeatable)")
    p.add_argument("--pipelines", type=_pipelines, default=pipeline.KINDS, metavar="KIND[,KIND...]",
                   help=f"pipeline rows to run (default: all of {','.join(pipeline.KINDS)})")
    p.add_argument("--scaling-kind", choices=sorted(pipeline.WORKER_KINDS), default="vigie-fast",
                   help="worker configuration of the scaling rows (default: vigie-fast, the fast tier alone)")
    p.add_argument("--overload-kind", choices=sorted(pipeline.WORKER_KINDS), default="vigie-fast",
                   help="worker configuration of the overload section (default: vigie-fast)")


class Progress:
    """Progress lines on stderr, stamped with the time since the start."""

    def __init__(self) -> None:
        self.started = time.monotonic()

    def __call__(self, message: str) -> None:
        print(f"[{time.monotonic() - self.started:7.1f}s] {message}", file=sys.stderr, flush=True)


def _call(fn: Callable[..., Any], **candidates: Any) -> Any:
    """Call a section's ``run`` with the arguments it declares among ``candidates``."""
    params = inspect.signature(fn).parameters
    return fn(**{k: v for k, v in candidates.items() if k in params})


def other_section(name: str, args: argparse.Namespace, say: Progress) -> tuple[Any, Any]:
    """Import and run a section kept in its own module; (result, its table function or None). Never raises."""
    try:
        module = importlib.import_module(OTHER_MODULES[name])
    except ImportError as exc:
        return {"error": f"not available: {exc}"}, None
    n = args.section_posts or (QUICK_POSTS if args.quick else None)
    candidates: dict[str, Any] = {"data_dir": args.data, "quick": args.quick}
    if n is not None:
        candidates["n_posts"] = n
    if args.quick:
        candidates["repeats"] = 1
    try:
        return _call(module.run, **candidates), getattr(module, "table", None)
    except Exception as exc:
        say(f"{name}: failed: {type(exc).__name__}: {exc}")
        return {"error": f"{type(exc).__name__}: {exc}"[:500]}, None


@contextmanager
def broker(args: argparse.Namespace, say: Progress) -> Iterator[str]:
    if args.bootstrap_servers:
        yield args.bootstrap_servers
        return
    from worker.tools.broker import EmbeddedBroker

    with EmbeddedBroker() as embedded:
        say(f"embedded broker (Tansu) on {embedded.bootstrap}")
        yield embedded.bootstrap


def options(args: argparse.Namespace) -> pipeline.Options:
    env = dict(item.split("=", 1) for item in args.worker_env if "=" in item)
    quick = args.quick
    return pipeline.Options(
        posts=QUICK_POSTS if quick and args.posts == 200_000 else args.posts,
        repeat=1 if quick else args.repeat,
        partitions=args.partitions,
        load=args.load,
        latency_seconds=QUICK_SECONDS if quick else args.latency_seconds,
        max_seconds=3 * QUICK_SECONDS if quick else args.max_seconds,
        worker_env=env,
        kinds=args.pipelines,
        scaling_kind=args.scaling_kind,
        overload_kind=args.overload_kind,
        tweets=args.data if args.corpus == "tweets" else None,
        authors=args.authors,
        latency_rate=args.latency_rate,
    )


def kafka_section(name: str, bootstrap: str, opts: pipeline.Options, args: argparse.Namespace,
                  say: Progress) -> Any:
    try:
        if name == "pipeline":
            return asyncio.run(pipeline.run(bootstrap, opts, say))
        if name == "scaling":
            return asyncio.run(pipeline.run_scaling(bootstrap, opts, say))
        posts = QUICK_OVERLOAD if args.quick else args.overload_posts
        return asyncio.run(pipeline.run_overload(bootstrap, opts, say, posts))
    except Exception as exc:
        say(f"{name}: failed: {type(exc).__name__}: {exc}")
        return {"error": f"{type(exc).__name__}: {exc}"[:2000]}


def run(args: argparse.Namespace) -> int:
    say = Progress()
    if args.repeat < 3 and not args.quick:
        print("vigie bench: error: --repeat must be at least 3 (the median of 3 or more runs)", file=sys.stderr)
        return 2
    names = args.sections or list(DEFAULT_SECTIONS)
    names = [n for n in SECTIONS if n in names]  # run order: the Kafka sections first
    opts = options(args)
    results: dict[str, Any] = {"meta": {
        "started": datetime.now(UTC).isoformat(timespec="seconds"), "argv": sys.argv[1:], "quick": args.quick,
        "python": platform.python_version(), "load_before": procs.machine_load(), "sections": names,
        "posts": opts.posts, "corpus": args.corpus, "repeat": opts.repeat, "omp_num_threads": os.environ.get("OMP_NUM_THREADS"),
    }, "sections": {}}
    tables: dict[str, Any] = {}
    kafka = [n for n in names if n in ("pipeline", "scaling", "overload")]
    if "overload" in kafka and not args.bootstrap_servers:
        from worker.tools.broker import backlog_warnings

        campaigns = pipeline.campaigns_on(opts.overload_kind, opts.worker_env)
        for warning in backlog_warnings(QUICK_OVERLOAD if args.quick else args.overload_posts, campaigns=campaigns):
            say(f"warning: {warning}")
    if kafka:
        with broker(args, say) as bootstrap:
            results["meta"]["broker"] = "given: " + bootstrap if args.bootstrap_servers else "embedded Tansu"
            for name in kafka:
                say(f"section {name}")
                results["sections"][name] = kafka_section(name, bootstrap, opts, args, say)
    for name in names:
        if name in OTHER_MODULES:
            say(f"section {name}")
            results["sections"][name], tables[name] = other_section(name, args, say)
    results["meta"]["load_after"] = procs.machine_load()
    results["meta"]["seconds"] = round(time.monotonic() - say.started, 1)
    text = report.table(results, tables)
    print(text, file=sys.stderr if args.json else sys.stdout, flush=True)
    if args.json:
        import json

        print(json.dumps(results, default=str))
    if args.json_out:
        report.write_json(results, args.json_out)
        say(f"results written to {args.json_out}")
    failed = [n for n, r in results["sections"].items() if isinstance(r, dict) and "error" in r and n in kafka]
    return 1 if failed else 0
