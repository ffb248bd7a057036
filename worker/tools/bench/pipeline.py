"""The pipeline measurements: (a) raw aiokafka, (b) a minimal Faust agent, (c) the Vigie worker, on one broker.

Every repetition runs on fresh topics and a fresh consumer group: preload N posts, start the pipeline's process(es),
wait until the group has committed all N, read the outputs back. Throughput is the steady drain rate taken from
the outputs' own timestamps (the producer's CreateTime, set when the pipeline sent them): the middle 90 % of the
outputs, so process start-up, the group join and the final partial batch are left out, the same way for all three.
CPU time per post is the process's user + system time over that same window (all threads), and memory its peak
resident set (VmHWM).

Latency (worker only): a fresh worker, a producer at a fixed rate (a share of the worker's measured maximum) for a
fixed time; each output is matched to its input record by ``source`` (partition, offset) and its latency is the
output's timestamp minus the input's. The worker's own histogram (``vigie_processing_latency_seconds``: record
timestamp to acknowledged publish) is reported beside it.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from worker.ops.settings import as_bool
from worker.tools.bench import corpus, kafkaio, procs
from worker.tools.broker import free_port

Say = Callable[[str], None]
KINDS = ("raw", "raw-stages", "faust", "faust-consume", "vigie-fast", "vigie", "vigie-no-campaigns")
LABELS = {"raw": "(a) aiokafka pass-through", "raw-stages": "(a+) Vigie's stages on the aiokafka loop",
          "faust": "(b) Faust take() pass-through",
          "faust-consume": "(b0) Faust take(), consume only", "vigie-fast": "(c) Vigie worker, fast tier only, campaigns off",
          "vigie": "(c+) Vigie worker, default (cascade)",
          "vigie-no-campaigns": "(c-) Vigie worker, default with campaigns and offenders off"}
# The worker under test: its default configuration (the cascade: the encoder's second opinion on uncertain or
# term-matching posts; campaigns and offenders on), the fast tier alone (VIGIE_ENCODER_MODEL=off, the mode for very
# large volumes), and the default with campaigns and offenders off, so one run gives their cost (c+/c-). The fast-tier
# row is the per-post path alone (campaigns off): what the pass-throughs and (a+) are compared with.
WORKER_KINDS: dict[str, dict[str, str]] = {"vigie-fast": {"VIGIE_ENCODER_MODEL": "off", "VIGIE_CAMPAIGNS": "off"},
                                           "vigie": {}, "vigie-no-campaigns": {"VIGIE_CAMPAIGNS": "off"}}
# The campaign and offender stores the worker reports (``vigie_state_entries``; the band index is in memory only).
STATE_TABLES = ("campaign_band_posts", "campaign_members", "campaign_clusters", "offenders", "campaign_bands")
# Vigie's stages without Faust: the settings of the fast-tier row, so (c)/(a+) is the framework's share of the cost.
STAGES_ENV = WORKER_KINDS["vigie-fast"]
# The rows whose outputs are Vigie's flags and dead letters, timed by the source offsets they name.
OFFSET_TIMED = {*WORKER_KINDS, "raw-stages"}


@dataclass(frozen=True, slots=True)
class Options:
    posts: int = 200_000
    repeat: int = 3
    partitions: int = 4
    load: float = 0.5  # offered load of the latency run, as a share of the worker's measured maximum
    latency_rate: float | None = None  # or this many posts/s for every row (two builds compared at one rate)
    latency_seconds: float = 20.0
    timeout: float = 600.0  # per repetition
    max_seconds: float = 20.0  # a repetition stops after this long draining, even if the backlog is not empty
    kinds: tuple[str, ...] = KINDS
    scaling_kind: str = "vigie-fast"  # the partition engine, not the encoder: fast tier by default
    overload_kind: str = "vigie-fast"  # a 1,000,000-post backlog at the cascade's rate would take most of an hour
    worker_env: Mapping[str, str] = field(default_factory=dict)  # extra VIGIE_* settings for the worker
    tweets: Path | None = None  # the shared data directory: real tweets instead of the generated feed
    authors: int = corpus.AUTHORS  # distinct authors of the generated feed


@dataclass(frozen=True, slots=True)
class Topics:
    input: str
    outputs: tuple[str, ...]
    group: str

    @property
    def all(self) -> list[str]:
        return [self.input, *self.outputs]


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile of ``values`` (``q`` in [0, 1])."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def progress_points(kind: str, outputs: Sequence[kafkaio.OutRecord]) -> list[tuple[float, float]]:
    """(time, posts processed so far) from the outputs' timestamps.

    Pass-through: one output per post. Consume-only Faust: each output carries the running count. The worker: its
    flags and dead letters name their source (partition, offset); the posts processed by time t are, per
    partition, everything up to the highest offset published so far (ordering holds per partition).
    """
    ordered = sorted(outputs, key=lambda o: o.timestamp)
    if kind not in OFFSET_TIMED and kind != "faust-consume":
        return [(o.timestamp, float(i + 1)) for i, o in enumerate(ordered)]
    if kind == "faust-consume":
        return [(o.timestamp, float(o.value.decode())) for o in ordered]
    highest: dict[int, int] = {}
    points = []
    total = 0
    for o in ordered:
        source = orjson.loads(o.value).get("source") or {}
        partition, offset = source.get("partition"), source.get("offset")
        if isinstance(partition, int) and isinstance(offset, int) and offset > highest.get(partition, -1):
            total += offset - highest.get(partition, -1)
            highest[partition] = offset
            points.append((o.timestamp, float(total)))
    return points


def steady_window(points: Sequence[tuple[float, float]]) -> tuple[float, float, float] | None:
    """(start, end, posts processed in between) over the middle 90 % of the progress: start-up, the group join and
    the last partial batch are left out."""
    if len(points) < 3:
        return None
    final = points[-1][1]
    inside = [p for p in points if 0.05 * final <= p[1] <= 0.95 * final]
    if len(inside) < 2 or inside[-1][0] <= inside[0][0]:
        return None
    (t0, c0), (t1, c1) = inside[0], inside[-1]
    return t0, t1, c1 - c0


class PipelineBench:
    """One broker, one log directory, the generated posts; runs repetitions of each pipeline."""

    def __init__(self, bootstrap: str, options: Options, say: Say, log_dir: Path | None = None) -> None:
        self.bootstrap = bootstrap
        self.options = options
        self.say = say
        self.log_dir = log_dir or Path(tempfile.mkdtemp(prefix="vigie-bench-"))
        self._records: list[tuple[bytes, bytes]] | None = None
        self.worker_info: dict[str, dict[str, str]] = {}

    @property
    def records(self) -> list[tuple[bytes, bytes]]:
        if self._records is None:
            if self.options.tweets is not None:
                self.say(f"reading {self.options.posts:,} posts from the shared training tweets")
                self._records = list(corpus.tweet_records(self.options.posts, self.options.tweets))
            else:
                self.say(f"generating {self.options.posts:,} posts (realistic French mix, ~20 % hateful)")
                self._records = list(corpus.records(self.options.posts, authors=self.options.authors))
        return self._records

    # -- processes ---------------------------------------------------------------------------------------------

    def _fresh(self, kind: str) -> Topics:
        outputs: tuple[str, ...]
        if kind in OFFSET_TIMED:
            outputs = (kafkaio.new_name("bench-flags"), kafkaio.new_name("bench-dead"))
        else:
            outputs = (kafkaio.new_name(f"bench-{kind}-out"),)
        return Topics(kafkaio.new_name(f"bench-{kind}-in"), outputs, kafkaio.new_name(f"bench-{kind}-group"))

    def worker_env(self, topics: Topics, metrics_port: int, kind: str = "vigie") -> dict[str, str]:
        env = {
            "KAFKA_BOOTSTRAP_SERVERS": self.bootstrap,
            "VIGIE_INPUT_TOPIC": topics.input,
            "VIGIE_FLAG_TOPIC": topics.outputs[0],
            "VIGIE_DEADLETTER_TOPIC": topics.outputs[1],
            "VIGIE_GROUP_ID": topics.group,
            "VIGIE_METRICS_PORT": str(metrics_port),
            "VIGIE_DATA_DIR": str(self.log_dir / f"data-{metrics_port}"),
            "VIGIE_SUMMARY_INTERVAL": "5",
        }
        env.update(WORKER_KINDS[kind])
        env.update(self.options.worker_env)
        return env

    def _start(self, kind: str, topics: Topics, index: int, count: int) -> tuple[procs.Proc, int | None]:
        name = f"{kind}-{topics.group}-{index}"
        if kind in WORKER_KINDS:
            port = free_port()
            proc = procs.start(name, ["-m", "worker", "run"], self.log_dir, self.worker_env(topics, port, kind))
            return proc, port
        args = ["-m", "worker.tools.bench.passthrough", kind, "--bootstrap", self.bootstrap, "--input", topics.input,
                "--output", topics.outputs[0], "--group", topics.group, "--count", str(count)]
        if kind == "raw-stages":
            args += ["--deadletter", topics.outputs[1]]
            env = {**STAGES_ENV, **self.options.worker_env, "VIGIE_DATA_DIR": str(self.log_dir / f"data-{name}")}
            return procs.start(name, args, self.log_dir, env), None
        return procs.start(name, args, self.log_dir), None

    async def _wait_committed(self, topics: Topics, total: int, running: Sequence[procs.Proc], label: str,
                              limit: float, cap: float | None = None) -> list[tuple[float, int]]:
        """Poll the group's committed offsets until ``total`` (or ``cap`` seconds after the first commit); returns
        the (time, committed) timeline."""
        deadline = time.monotonic() + limit
        group = kafkaio.GroupOffsets(self.bootstrap, topics.group)
        try:
            return await self._poll(group, topics, total, running, label, deadline, cap)
        finally:
            await group.close()

    async def _poll(self, group: kafkaio.GroupOffsets, topics: Topics, total: int, running: Sequence[procs.Proc],
                    label: str, deadline: float, cap: float | None) -> list[tuple[float, int]]:
        timeline: list[tuple[float, int]] = []
        last_say = 0.0
        started: float | None = None
        while True:
            for p in running:
                p.sample()
            done = await group.total(topics.input, self.options.partitions)
            now = time.time()
            timeline.append((now, done))
            if done >= total:
                return timeline
            if done and started is None:
                started = now
            if started is not None and cap is not None and now - started > cap:
                self.say(f"  {label}: stopping after {cap:.0f}s of draining ({done:,}/{total:,} committed)")
                return timeline
            dead = [p for p in running if p.popen.poll() not in (None, 0)]
            if dead:
                raise RuntimeError(f"{dead[0].name} exited with {dead[0].popen.returncode}:\n{dead[0].log_tail()}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"{label}: {done:,}/{total:,} committed before the time limit")
            if now - last_say >= 3:
                self.say(f"  {label}: {done:,}/{total:,} committed")
                last_say = now
            await asyncio.sleep(0.25)

    # -- one drain ---------------------------------------------------------------------------------------------

    async def drain(self, kind: str, *, workers: int = 1, label: str = "") -> dict[str, Any]:
        """Preload N posts on fresh topics, run the pipeline until all are committed, measure."""
        opts = self.options
        topics = self._fresh(kind)
        label = label or LABELS[kind]
        await kafkaio.create_topics(self.bootstrap, topics.all, opts.partitions)
        try:
            started = time.monotonic()
            await kafkaio.preload(self.bootstrap, topics.input, self.records)
            self.say(f"  {label}: preloaded {len(self.records):,} posts in {time.monotonic() - started:.1f}s")
            started_procs = [self._start(kind, topics, i, len(self.records)) for i in range(workers)]
            running = [p for p, _ in started_procs]
            try:
                await self._wait_committed(topics, len(self.records), running, label, opts.timeout,
                                           opts.max_seconds)
                for p in running:
                    p.sample()
                behind = await internal_backlog(self.bootstrap, topics.group, opts.partitions)
                metrics = [procs.scrape(port) for _, port in started_procs if port]
                if kind in WORKER_KINDS:
                    self._note_worker(kind, running[0])
            finally:
                codes = [p.stop() for p in running]
            outputs = [r for t in topics.outputs for r in await kafkaio.read_all(self.bootstrap, t)]
        finally:
            await kafkaio.delete_topics(self.bootstrap, topics.all)
        result = drain_result(kind, len(self.records), outputs, running, codes)
        result.update(behind)
        if metrics:
            result.update(worker_counts(metrics))
        return result

    def _note_worker(self, kind: str, proc: procs.Proc) -> None:
        """What the worker said at start-up about its model and cascade (from its log)."""
        info = self.worker_info.setdefault(kind, {})
        for line in proc.log_tail(200_000).splitlines():
            if "worker.stream.run: cascade " in line:
                info["cascade"] = line.split("worker.stream.run: ", 1)[1].strip()[:240]
            elif "worker.stream.run: model " in line:
                info["model"] = line.split("worker.stream.run: model ", 1)[1].strip()[:160]

    async def repeated(self, kind: str, *, workers: int = 1, label: str = "") -> dict[str, Any]:
        """``repeat`` drains; the median and every run."""
        runs = []
        for rep in range(self.options.repeat):
            lab = f"{label or LABELS[kind]} [{rep + 1}/{self.options.repeat}]"
            self.say(f"{lab}: start")
            run = await self.drain(kind, workers=workers, label=lab)
            rate = run.get("posts_per_s")
            self.say(f"{lab}: {rate:,.0f} posts/s" if rate else f"{lab}: {run.get('error')}")
            runs.append(run)
        return summarize(kind, runs)

    # -- latency at a steady load ------------------------------------------------------------------------------

    async def latency(self, kind: str, rate: float) -> dict[str, Any]:
        """A fresh worker; posts at a fixed ``rate`` for ``latency_seconds``; latency of every output."""
        opts = self.options
        topics = self._fresh(kind)
        n = max(100, int(rate * opts.latency_seconds))
        await kafkaio.create_topics(self.bootstrap, topics.all, opts.partitions)
        try:
            proc, port = self._start(kind, topics, 0, n)
            assert port is not None
            try:
                await self._wait_ready(proc, port)
                self.say(f"latency {LABELS[kind]}: worker ready; producing {n:,} posts at {rate:,.0f}/s")
                proc.sample()
                sent, seconds = await kafkaio.produce_paced(
                    self.bootstrap, topics.input, corpus.records(n, seed=99, prefix="lat", authors=opts.authors), rate)
                await self._wait_committed(topics, sent, [proc], f"latency {LABELS[kind]}", opts.timeout)
                text = procs.scrape(port)
                peak = proc.memory_mb()
            finally:
                proc.stop()
            inputs = {(r.partition, r.offset): r.timestamp
                      for r in await kafkaio.read_all(self.bootstrap, topics.input)}
            outputs = [r for t in topics.outputs for r in await kafkaio.read_all(self.bootstrap, t)]
        finally:
            await kafkaio.delete_topics(self.bootstrap, topics.all)
        return latency_result(rate, sent, seconds, inputs, outputs, text, peak)

    async def _wait_ready(self, proc: procs.Proc, port: int, limit: float = 120.0) -> None:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if not proc.alive():
                raise RuntimeError(f"worker exited with {proc.popen.returncode}:\n{proc.log_tail()}")
            try:
                if procs.http_get(f"http://127.0.0.1:{port}/readyz")[0] == 200:
                    return
            except OSError:
                pass
            await asyncio.sleep(0.2)
        raise TimeoutError(f"worker not ready after {limit:.0f}s:\n{proc.log_tail()}")

    # -- overload: a large backlog ---------------------------------------------------------------------------

    async def overload(self, posts: int) -> dict[str, Any]:
        """A backlog of ``posts`` preloaded, then one worker drains it: memory over time, latency histogram."""
        opts = self.options
        kind = opts.overload_kind
        topics = self._fresh(kind)
        await kafkaio.create_topics(self.bootstrap, topics.all, opts.partitions)
        try:
            started = time.monotonic()
            self.say(f"overload: preloading {posts:,} posts")
            await kafkaio.preload(self.bootstrap, topics.input, corpus.records(posts, seed=5, prefix="ovl", authors=opts.authors),
                                  progress=lambda n: self.say(f"  overload: {n:,}/{posts:,} preloaded")
                                  if n % 100_000 == 0 else None)
            self.say(f"overload: preloaded in {time.monotonic() - started:.0f}s; starting {LABELS[kind]}")
            proc, port = self._start(kind, topics, 0, posts)
            rss: list[tuple[float, float]] = []
            try:
                timeline = await self._watch_overload(topics, posts, proc, rss, opts.timeout * 4)
                behind = await internal_backlog(self.bootstrap, topics.group, opts.partitions)
                text = procs.scrape(port) if port else ""
                peak = proc.memory_mb()
                alive = proc.alive()
            finally:
                code = proc.stop()
        finally:
            await kafkaio.delete_topics(self.bootstrap, topics.all)
        label = worker_label(kind, opts.worker_env)
        return {"kind": kind, "label": label, "worker_env": dict(opts.worker_env), "authors": opts.authors,
                "state_entries": {t: int(procs.sample_value(text, "vigie_state_entries", {"table": t}))
                                  for t in STATE_TABLES} if text else None,
                } | behind | overload_result(posts, timeline, rss, text, peak, alive, code)

    async def _watch_overload(self, topics: Topics, posts: int, proc: procs.Proc, rss: list[tuple[float, float]],
                              limit: float) -> list[tuple[float, int]]:
        task = asyncio.ensure_future(self._wait_committed(topics, posts, [proc], "overload", limit))
        while not task.done():
            now_rss = proc.memory_mb("VmRSS")
            if now_rss is not None:
                rss.append((time.time(), now_rss))
            await asyncio.sleep(1.0)
        return task.result()


def campaigns_on(kind: str, worker_env: Mapping[str, str]) -> bool:
    """Whether the worker of a row keeps campaign state: its kind's settings, then ``--worker-env``."""
    value = {**WORKER_KINDS.get(kind, {}), **worker_env}.get("VIGIE_CAMPAIGNS", "on")
    try:
        return as_bool(value)
    except ValueError:
        return True  # the worker itself refuses the value at start-up, in one line


def worker_label(kind: str, worker_env: Mapping[str, str]) -> str:
    """The row's label as the worker ran: ``--worker-env`` overrides the kind's own settings, so a fast-tier row
    run with ``VIGIE_CAMPAIGNS=on`` says « campaigns on » (it said « campaigns off, then VIGIE_CAMPAIGNS=on »)."""
    label = LABELS.get(kind, kind)
    rest = dict(worker_env)
    given = rest.pop("VIGIE_CAMPAIGNS", None)
    before, after = campaigns_on(kind, {}), campaigns_on(kind, worker_env)
    if after and not before:
        label = label.replace("campaigns and offenders off", "campaigns and offenders on").replace(
            "campaigns off", "campaigns on")
    elif before and not after:
        label += ", campaigns and offenders off"
    elif given is not None and given.strip().lower() not in ("on", "off"):
        rest["VIGIE_CAMPAIGNS"] = given  # an unusual spelling: say it as given
    if rest:
        label += " (--worker-env " + ", ".join(f"{k}={v}" for k, v in sorted(rest.items())) + ")"
    return label


async def internal_backlog(bootstrap: str, group: str, partitions: int) -> dict[str, int]:
    """When the input is committed: how many messages of the worker's internal campaign and offender topics
    (``{group}-campaign-bands``, ``{group}-campaign-links``, ``{group}-offender-items``) its group has not committed yet.

    A drain is timed on the input; this says whether the campaign side kept pace or was left behind (an input
    backlog once starved it: the rows with campaigns on then timed a worker that deferred that work). Empty when
    the worker keeps no campaign state. On Tansu the end offsets read low by up to a record batch."""
    # (campaign-items: the single-partition route of builds before the band partitions)
    wanted = {f"{group}-campaign-items": 1, f"{group}-campaign-bands": partitions, f"{group}-campaign-links": 1,
              f"{group}-offender-items": partitions}
    existing = await kafkaio.topic_names(bootstrap)
    topics = {t: n for t, n in wanted.items() if t in existing}
    if not topics:
        return {}
    ends = await kafkaio.end_offsets(bootstrap, list(topics))
    offsets = kafkaio.GroupOffsets(bootstrap, group)
    try:
        committed = {t: await offsets.total(t, n) for t, n in topics.items()}
    finally:
        await offsets.close()
    return {"internal_messages": sum(ends.values()),
            "internal_behind": sum(max(0, ends[t] - committed[t]) for t in topics)}


def drain_result(kind: str, n_in: int, outputs: Sequence[kafkaio.OutRecord], running: Sequence[procs.Proc],
                 codes: Sequence[int]) -> dict[str, Any]:
    """Throughput, CPU time per post and peak memory of one drain."""
    result: dict[str, Any] = {"kind": kind, "workers": len(running), "posts": n_in, "outputs": len(outputs),
                              "exit_codes": list(codes)}
    points = progress_points(kind, outputs)
    window = steady_window(points)
    if window is None:
        result["error"] = f"too few outputs ({len(outputs)}) to time the drain"
        return result
    lo, hi, processed = window
    result["processed"] = int(points[-1][1])
    result["posts_per_s"] = processed / (hi - lo)
    cpu = sum((p.at(hi) or 0.0) - (p.at(lo) or 0.0) for p in running)
    waited = sum((p.at(hi, 2) or 0.0) - (p.at(lo, 2) or 0.0) for p in running)
    result["cpu_us_per_post"] = 1e6 * cpu / processed
    result["cpu_share"] = cpu / (hi - lo)  # cores busy on average while draining
    result["runqueue_wait_share"] = waited / (hi - lo)  # runnable but waiting for a CPU (the machine is shared)
    peaks = [p.peak_mb for p in running if p.peak_mb is not None]
    result["peak_rss_mb"] = max(peaks) if peaks else None
    return result


def summarize(kind: str, runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    ok = [r for r in runs if "posts_per_s" in r]
    out: dict[str, Any] = {"kind": kind, "label": LABELS.get(kind, kind), "runs": list(runs)}
    if not ok:
        out["error"] = "; ".join(str(r.get("error")) for r in runs)
        return out
    for key in ("posts_per_s", "cpu_us_per_post", "cpu_share", "runqueue_wait_share", "flagged_share",
                "escalated_share", "state_entries", "internal_behind", "internal_messages"):
        values = [r[key] for r in ok if r.get(key) is not None]
        out[key] = statistics.median(values) if values else None
    out["runs_posts_per_s"] = [round(r["posts_per_s"]) for r in ok]
    peaks = [r["peak_rss_mb"] for r in ok if r.get("peak_rss_mb") is not None]
    out["peak_rss_mb"] = max(peaks) if peaks else None
    out["workers"] = ok[0]["workers"]
    return out


def latency_result(rate: float, sent: int, seconds: float, inputs: Mapping[tuple[int, int], float],
                   outputs: Iterable[kafkaio.OutRecord], metrics_text: str, peak: float | None) -> dict[str, Any]:
    latencies = []
    for out in outputs:
        source = orjson.loads(out.value).get("source") or {}
        start = inputs.get((int(source.get("partition", -1)), int(source.get("offset", -1))))
        if start is not None:
            latencies.append(max(0.0, out.timestamp - start))
    buckets = procs.histogram(metrics_text, "vigie_processing_latency_seconds")
    result: dict[str, Any] = {
        "offered_posts_per_s": rate, "achieved_posts_per_s": sent / seconds if seconds else None, "posts": sent,
        "matched_outputs": len(latencies), "peak_rss_mb": peak,
        "worker_histogram": {f"p{int(q * 100)}_ms": _ms(procs.bucket_quantile(buckets, q)) for q in (0.5, 0.95, 0.99)},
    }
    for q in (0.5, 0.95, 0.99):
        result[f"p{int(q * 100)}_ms"] = _ms(percentile(latencies, q))
    result["max_ms"] = _ms(max(latencies)) if latencies else None
    return result


def overload_result(posts: int, timeline: Sequence[tuple[float, int]], rss: Sequence[tuple[float, float]],
                    metrics_text: str, peak: float | None, alive: bool, code: int) -> dict[str, Any]:
    started = next((t for t, n in timeline if n > 0), timeline[0][0])
    seconds = timeline[-1][0] - started
    buckets = procs.histogram(metrics_text, "vigie_processing_latency_seconds")
    return {
        "posts": posts, "drain_seconds": round(seconds, 1), "posts_per_s": posts / seconds if seconds else None,
        "peak_rss_mb": peak, "rss_mb_over_time": [(round(t - started, 1), round(m, 1)) for t, m in rss],
        "alive_at_end": alive, "exit_code": code,
        "latency_histogram": [(bound, int(count)) for bound, count in buckets],
        "latency_p50_s": procs.bucket_quantile(buckets, 0.5), "latency_p99_s": procs.bucket_quantile(buckets, 0.99),
        "consumed": procs.sample_value(metrics_text, "vigie_messages_consumed_total"),
    }


def ratios(rows: Mapping[str, Mapping[str, Any]]) -> dict[str, float]:
    """Each worker row over each reference row: ``vigie-fast/b`` is c/b, ``vigie/b`` is c+/b, and so on."""
    out = {}
    for worker in WORKER_KINDS:
        for ref, name in (("raw", "a"), ("raw-stages", "a+"), ("faust", "b"), ("faust-consume", "b0")):
            top, bottom = rows.get(worker, {}).get("posts_per_s"), rows.get(ref, {}).get("posts_per_s")
            if top and bottom:
                out[f"{worker}/{name}"] = top / bottom
    on, off = rows.get("vigie", {}).get("posts_per_s"), rows.get("vigie-no-campaigns", {}).get("posts_per_s")
    if on and off:
        out["vigie/c-"] = on / off  # campaigns and offenders on over off (issue 15: >= 0.70)
    return out


def worker_counts(texts: Sequence[str]) -> dict[str, Any]:
    """What the worker(s) counted: records consumed, flagged, dead-lettered, escalated to the encoder."""
    consumed = sum(procs.sample_value(t, "vigie_messages_consumed_total") for t in texts)
    counts = {name: sum(procs.sample_value(t, metric) for t in texts) for name, metric in (
        ("flagged", "vigie_messages_flagged_total"), ("deadletters", "vigie_deadletter_total"),
        ("escalated", "vigie_escalated_total"))}
    # Entries of the campaign and offender tables at the end (0 with them off).
    counts_state = sum(procs.sample_value(t, "vigie_state_entries") for t in texts)
    out: dict[str, Any] = {"consumed": int(consumed), "state_entries": int(counts_state)}
    for name, value in counts.items():
        out[f"{name}_share"] = value / consumed if consumed else None
    return out


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(1000 * seconds, 1)


async def run(bootstrap: str, options: Options, say: Say, *, latency: bool = True) -> dict[str, Any]:
    """(a), (b), (c) side by side, then the worker's latency at ``load`` of its measured maximum."""
    bench = PipelineBench(bootstrap, options, say)
    out: dict[str, Any] = {"posts": options.posts, "repeat": options.repeat, "partitions": options.partitions,
                           "load_before": procs.machine_load()}
    rows = {kind: await bench.repeated(kind) for kind in options.kinds}
    out["rows"] = rows
    out["worker"] = dict(bench.worker_info)
    out["ratios"] = ratios(rows)
    out["latency"] = {}
    for kind in WORKER_KINDS:
        c = rows.get(kind, {}).get("posts_per_s")
        if latency and c:  # each row at half of its own maximum (campaigns off: the latency they add)
            rate = options.latency_rate or options.load * c
            say(f"latency of {LABELS[kind]}: {rate:,.0f} posts/s ({rate / c:.0%} of its {c:,.0f} posts/s)")
            try:
                out["latency"][kind] = await bench.latency(kind, rate)
            except Exception as exc:  # the throughput rows stand on their own
                out["latency"][kind] = {"error": f"{type(exc).__name__}: {exc}"[:500]}
    out["load_after"] = procs.machine_load()
    out["logs"] = str(bench.log_dir)
    return out


async def run_scaling(bootstrap: str, options: Options, say: Say) -> dict[str, Any]:
    """The full worker with 1 and with 2 processes in one group (an extra row; never the headline)."""
    bench = PipelineBench(bootstrap, options, say)
    rows = {}
    for workers in (1, 2):
        label = f"scaling, {LABELS[options.scaling_kind]}: {workers} worker(s)"
        rows[str(workers)] = await bench.repeated(options.scaling_kind, workers=workers, label=label)
    return {"kind": options.scaling_kind, "label": LABELS[options.scaling_kind], "partitions": options.partitions,
            "rows": rows, "worker": bench.worker_info, "load_after": procs.machine_load()}


async def run_overload(bootstrap: str, options: Options, say: Say, posts: int = 1_000_000) -> dict[str, Any]:
    bench = PipelineBench(bootstrap, options, say)
    return await bench.overload(posts)
