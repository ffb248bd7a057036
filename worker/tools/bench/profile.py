"""Where a pipeline spends its time: py-spy samples the process while it drains a preloaded backlog.

    pip install py-spy
    python -m worker.tools.bench.profile vigie --posts 60000 [--out profile.txt] [--rate 250]

Starts the embedded broker, preloads the generated posts, runs the pipeline (``vigie``, ``vigie-fast``, ``faust``,
``faust-consume`` or ``raw``, as in ``vigie bench``) under ``py-spy record --format raw`` until its group has
committed everything, then prints each thread's samples grouped into the stages that matter for the worker
(scoring, Faust's consumer-to-agent hand-off, publishing, the event loop waiting). The raw profile (folded stacks,
one line per stack) is kept for flame graphs. py-spy pauses the process to sample, so the run is slower than
the benchmark; the shares, not the rate, are the result.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from worker.tools.bench import kafkaio, pipeline
from worker.tools.broker import EmbeddedBroker, free_port

# (stage, substring of a frame): the first stage whose marker appears in a stack gets the sample.
STAGES = (
    ("start-up (imports, model load)", "_find_and_load"),
    ("start-up (imports, model load)", "load_bundle"),
    ("scoring: process_batch", "process_batch"),
    ("fast path: records_of", "records_of"),
    ("publishing and acks: BatchPublisher", "stream/publisher.py"),
    ("Faust consumer -> agent hand-off", "_drain_messages"),
    ("Faust stream iteration", "_passive_drainer"),
    ("Faust stream iteration", "_c_aiter"),
    ("Faust stream iteration", "_py_aiter"),
    ("pass-through agent", "faust_app.<locals>.passthrough"),
    ("pass-through agent", "faust_app.<locals>.consume"),
    ("pass-through agent", "raw (worker/tools/bench/passthrough.py"),
    ("event loop waiting (select)", "select"),
)


def stage_of(stack: str) -> str:
    for stage, marker in STAGES:
        if marker in stack:
            return stage
    return "other: " + stack.rsplit(";", 1)[-1].split(" (", 1)[0]


def summarize(path: Path, rate: int) -> str:
    """Samples per thread and stage, as shares of that thread's samples."""
    threads: dict[str, Counter[str]] = {}
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        root = stack.split(";", 1)[0]
        name = "main thread" if root.startswith("_run_module_as_main") else "other threads"
        threads.setdefault(name, Counter())[stage_of(stack)] += int(count)
    lines = []
    for name, stages in threads.items():
        total = sum(stages.values())
        lines.append(f"{name}: {total} samples (~{total / rate:.1f} s sampled)")
        lines.extend(f"  {100 * n / total:5.1f}%  {stage}" for stage, n in stages.most_common(14))
    return "\n".join(lines)


async def drain_under_pyspy(bootstrap: str, kind: str, posts: int, out: Path, rate: int) -> float:
    bench = pipeline.PipelineBench(bootstrap, pipeline.Options(posts=posts, repeat=1), lambda m: None)
    topics = bench._fresh(kind)
    await kafkaio.create_topics(bootstrap, topics.all, bench.options.partitions)
    await kafkaio.preload(bootstrap, topics.input, bench.records)
    if kind in pipeline.WORKER_KINDS:
        env = {**os.environ, **bench.worker_env(topics, free_port(), kind), "OMP_NUM_THREADS": "1"}
        args = ["-m", "worker", "run"]
    else:
        env = dict(os.environ)
        args = ["-m", "worker.tools.bench.passthrough", kind, "--bootstrap", bootstrap, "--input", topics.input,
                "--output", topics.outputs[0], "--group", topics.group]
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    cmd = [spy, "record", "--rate", str(rate), "--format", "raw", "--output", str(out), "--", sys.executable, *args]
    log = out.with_suffix(".log").open("wb")
    proc = await asyncio.create_subprocess_exec(*cmd, env=env, stdout=log, stderr=subprocess.STDOUT,
                                                cwd=pipeline.procs.ROOT)
    group = kafkaio.GroupOffsets(bootstrap, topics.group)
    started = time.monotonic()
    try:
        while await group.total(topics.input, bench.options.partitions) < posts:
            if proc.returncode is not None:
                raise RuntimeError(f"py-spy exited with {proc.returncode}; see {log.name}")
            await asyncio.sleep(0.5)
    finally:
        await group.close()
        for child in _children(proc.pid):  # the profiled Python process: SIGINT makes py-spy write the profile
            os.kill(child, signal.SIGINT)
        await asyncio.wait_for(proc.wait(), 120)
        log.close()
    return time.monotonic() - started


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="py-spy profile of a pipeline draining a backlog.")
    ap.add_argument("kind", choices=pipeline.KINDS)
    ap.add_argument("--posts", type=int, default=60_000)
    ap.add_argument("--out", type=Path, default=Path("profile.txt"))
    ap.add_argument("--rate", type=int, default=250, help="samples per second (py-spy --rate)")
    args = ap.parse_args(argv)
    with EmbeddedBroker() as broker:
        seconds = asyncio.run(drain_under_pyspy(broker.bootstrap, args.kind, args.posts, args.out, args.rate))
    print(f"{args.kind}: {args.posts:,} posts drained in {seconds:.1f} s under py-spy; raw profile: {args.out}")
    print(summarize(args.out, args.rate))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
