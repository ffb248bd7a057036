"""`vigie demo` (what `make demo` runs): embedded broker + worker + sample producer, flags shown live.

Ctrl-C stops the producer, the worker (SIGTERM: it finishes its batch and commits) and the broker, in that order.
The clean-up never depends on the terminal: with `make demo | tee demo.log`, Ctrl-C kills `tee` too, and every later
write to stdout fails (EPIPE); the messages are then dropped (``Console``) while the children are still stopped.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import deque
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer

from worker.ops.settings import Settings
from worker.tools.broker import DEFAULT_TOPICS, EmbeddedBroker, dies_with_this_process, free_port, port_open
from worker.tools.produce import produce_file

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "demo_posts.jsonl"
CLEANUP_SECONDS = 10.0  # the producer and the live view get this long to stop after Ctrl-C
FLAGS, DEAD, DECISIONS = "moderation.flags", "moderation.deadletter", "moderation.decisions"
UNSUPPORTED = "moderation.unsupported"
CAMPAIGNS = "moderation.campaigns"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--port", type=int, default=None, help="broker port (default 9092, or a free one if taken)")
    p.add_argument("--metrics-port", type=int, default=None, help="worker metrics port (default 9108, or a free one)")
    p.add_argument("--rate", type=float, default=4.0, help="sample posts per second (default 4)")
    p.add_argument("--file", type=Path, default=SAMPLES, help="posts to replay in a loop (default: the demo set)")
    p.add_argument("--model", type=Path, default=None, help="model bundle directory")
    p.add_argument("--duration", type=float, default=None, help="stop by itself after this many seconds")
    p.add_argument("--until-flags", type=int, default=None, help="stop by itself after this many flags")
    p.add_argument("--plain", action="store_true", help="one line per event instead of the live view")


class Console:
    """The demo's output: stdout while it can be written, then stderr, then nothing; a write never raises.

    Once stdout is found broken its descriptor is pointed at /dev/null, so the interpreter's last flush at exit
    cannot fail either (Python's advice for EPIPE).
    """

    def __init__(self) -> None:
        self.broken = False

    def __call__(self, *lines: str, flush: bool = True) -> None:
        self.write(" ".join(lines) + "\n", flush=flush)

    def write(self, text: str, *, flush: bool = True) -> None:
        if not self.broken:
            try:
                sys.stdout.write(text)
                if flush:
                    sys.stdout.flush()
                return
            except (OSError, ValueError):  # EPIPE (the reader is gone), or a closed file
                self._silence_stdout()
        with contextlib.suppress(OSError, ValueError):  # stderr may be the same broken pipe (`2>&1 | tee`)
            sys.stderr.write(text)
            sys.stderr.flush()

    def _silence_stdout(self) -> None:
        self.broken = True
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)


def _pick_port(wanted: int | None, default: int) -> int:
    if wanted is not None:
        return wanted
    return default if not port_open("127.0.0.1", default) else free_port()


def run(args: argparse.Namespace) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="vigie-demo-"))
    port = _pick_port(args.port, 9092)
    metrics_port = _pick_port(args.metrics_port, 9108)
    say = Console()
    say(f"▶ starting the embedded broker (Tansu) on 127.0.0.1:{port} …")
    broker = EmbeddedBroker(port, log_file=workdir / "broker.log").start()
    worker: subprocess.Popen[bytes] | None = None
    try:
        broker.create_topics(DEFAULT_TOPICS, 4)
        env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
        env.update({"KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap, "VIGIE_METRICS_PORT": str(metrics_port),
                    "VIGIE_DECISIONS_TOPIC": DECISIONS, "VIGIE_BATCH_WITHIN": "0.2", "PYTHONUNBUFFERED": "1"})
        if args.model:
            env["VIGIE_MODEL"] = str(args.model)
        worker_log = workdir / "worker.log"
        say(f"▶ starting the worker (logs: {worker_log}) …")
        with worker_log.open("wb") as log:
            worker = subprocess.Popen([sys.executable, "-m", "worker", "run"], env=env, stdout=log,
                                      stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                      preexec_fn=dies_with_this_process())  # noqa: PLW1509 - see there
        metrics_url = f"http://127.0.0.1:{metrics_port}"
        if not _wait_ready(worker, metrics_url, worker_log, say):
            return 1
        say(f"▶ worker ready. Metrics: {metrics_url}/metrics   health: {metrics_url}/healthz   readiness: {metrics_url}/readyz")
        say(f"▶ replaying {args.file.name} at {args.rate:g} posts/s; Ctrl-C to stop everything.\n")
        settings = Settings.from_env({"KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap})
        view = LiveView(broker.bootstrap, metrics_url, plain=args.plain or not sys.stdout.isatty(), say=say)
        with contextlib.suppress(KeyboardInterrupt):
            _run_bounded(_main(settings, args, view))
        say("\n▶ stopping: producer stopped; worker finishing its batch …")
        return 0
    except KeyboardInterrupt:  # Ctrl-C before the replay's own handler is installed is the same request: stop
        say("\n▶ stopping (Ctrl-C) …")
        return 0
    finally:
        # Children first, each step in its own finally: a second Ctrl-C while the worker finishes, or a failing
        # write, must not leave the broker running (it has its own session, so Ctrl-C never reaches it).
        try:
            _stop_worker(worker, say)
        finally:
            broker.stop()
            say("▶ all stopped.")


def _run_bounded(main: Coroutine[Any, Any, None]) -> None:
    """``asyncio.run(main)`` whose clean-up is bounded. ``asyncio.run`` cancels the tasks ``main`` left and then
    waits for them without limit, so ``_main``'s "leaving them" was not true: a Kafka client stuck in its own stop
    would keep the demo running after Ctrl-C. (A clean-clone run under load had the demo still running 90 s after
    Ctrl-C, with stdout a closed pipe; its worker's log shows the SIGINT and never the demo's SIGTERM, so the demo
    never reached ``_stop_worker``: this is the likely place.) Here what ``_main`` left gets one more second, then
    the loop is closed with it pending and the demo goes on to stop the worker and the broker."""
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(main)
    finally:
        try:
            left = [task for task in asyncio.all_tasks(loop) if not task.done()]
            for task in left:
                task.cancel()
            if left:  # ``main`` gave its own tasks CLEANUP_SECONDS already: what is left gets one more second
                _done, pending = loop.run_until_complete(asyncio.wait(left, timeout=1.0))
                if pending:
                    loop.set_exception_handler(lambda _loop, _context: None)  # no "Task was destroyed" noise
        finally:
            loop.close()


def _stop_worker(worker: subprocess.Popen[bytes] | None, say: Console) -> None:
    if worker is None or worker.poll() is not None:
        return
    worker.send_signal(signal.SIGTERM)
    try:
        code = worker.wait(20)
    except (subprocess.TimeoutExpired, KeyboardInterrupt):  # stuck, or Ctrl-C again: do not wait any longer
        worker.kill()
        code = worker.wait()
    say(f"▶ worker exited ({code}); stopping the broker.")


def _wait_ready(worker: subprocess.Popen[bytes], url: str, log: Path, say: Console, timeout: float = 120) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            say(f"✗ the worker exited with code {worker.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
            return False
        try:
            with urllib.request.urlopen(url + "/readyz", timeout=1) as resp:  # noqa: S310 - loopback
                if resp.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.3)
    say(f"✗ the worker was not ready after {timeout:.0f}s; see {log}")
    return False


async def _main(settings: Settings, args: argparse.Namespace, view: LiveView) -> None:
    # Ctrl-C sets an event the loop waits on (rather than relying on asyncio.run cancelling this task), and the
    # clean-up is bounded: a demo that keeps running after Ctrl-C is the one thing a demo must not do.
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGINT, stop.set)
    producer = asyncio.create_task(produce_file(settings, args.file, rate=args.rate, loop=True, progress=False))
    watcher = asyncio.create_task(view.watch())
    started = time.monotonic()
    try:
        while not producer.done() and not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 0.5)
            view.counters["produced"] = int((time.monotonic() - started) * args.rate)
            view.render()
            if args.duration and time.monotonic() - started > args.duration:
                break
            if args.until_flags and view.counters["flags"] >= args.until_flags:
                break
        if producer.done() and producer.exception():
            raise producer.exception()  # type: ignore[misc]
    finally:
        loop.remove_signal_handler(signal.SIGINT)
        producer.cancel()
        watcher.cancel()
        _done, pending = await asyncio.wait({producer, watcher}, timeout=CLEANUP_SECONDS)
        if pending:
            view.say(f"▶ producer/viewer did not stop within {CLEANUP_SECONDS:g}s; leaving them")


class LiveView:
    """A compact live view of flags and dead letters (a redrawn screen, or one line per event with --plain)."""

    def __init__(self, bootstrap: str, metrics_url: str, *, plain: bool, say: Console | None = None) -> None:
        self.bootstrap = bootstrap
        self.metrics_url = metrics_url
        self.plain = plain
        self.say = say or Console()
        self.counters = {"produced": 0, "flags": 0, "review": 0, "remove": 0, "dead": 0, "unsupported": 0}
        self.recent: deque[str] = deque(maxlen=8)
        self.dead: deque[str] = deque(maxlen=3)
        self.campaigns: dict[str, str] = {}  # campaign id -> its latest line
        self._last_render = 0.0

    async def watch(self) -> None:
        consumer = AIOKafkaConsumer(FLAGS, DEAD, UNSUPPORTED, CAMPAIGNS, bootstrap_servers=self.bootstrap, auto_offset_reset="earliest",
                                    enable_auto_commit=False, group_id=None)
        await consumer.start()
        try:
            async for msg in consumer:
                body = orjson.loads(msg.value)
                handler = {FLAGS: self.on_flag, DEAD: self.on_dead, CAMPAIGNS: self.on_campaign}.get(
                    msg.topic, self.on_unsupported)
                line = handler(body)
                if self.plain:
                    self.say(line)
        finally:
            await consumer.stop()

    def on_flag(self, flag: dict[str, Any]) -> str:
        self.counters["flags"] += 1
        self.counters[flag["decision"]] = self.counters.get(flag["decision"], 0) + 1
        reasons_all = flag.get("reasons", [])
        # the hate score, then what a moderator reads first: term-list matches and tricks undone, then the rule
        picked = [r for r in reasons_all if r["kind"] == "model"][:1]
        picked += [r for r in reasons_all if r["kind"] in ("language", "lexicon", "evasion", "tier")][:3]
        picked += [r for r in reasons_all if r["kind"] == "policy"][:1]
        reasons = " · ".join(r["message"] for r in picked)
        cats = ",".join(flag.get("categories") or []) or "-"
        text = flag.get("text") or ""
        text = text if len(text) <= 70 else text[:69] + "…"
        line = f"{flag['decision'].upper():6} {flag['post_id']:9} [{cats}] {reasons}\n         « {text} »"
        self.recent.appendleft(line)
        return line

    def on_unsupported(self, post: dict[str, Any]) -> str:
        """A post in a language Vigie does not judge (it is on the unsupported topic; a flagged one is on the flag
        topic too, shown there)."""
        self.counters["unsupported"] += 1
        text = post.get("text") or ""
        text = text if len(text) <= 70 else text[:69] + "…"
        line = f"OTHER  {post['post_id']:9} [{post.get('lang')} {post.get('lang_confidence', 0):.2f}] {post['decision']}: " \
               f"not judged, routed to {UNSUPPORTED}\n         « {text} »"
        self.recent.appendleft(line)
        return line

    def on_dead(self, dead: dict[str, Any]) -> str:
        self.counters["dead"] += 1
        line = f"DEAD   {dead['reason']:14} {dead.get('detail', '')[:80]}"
        self.dead.appendleft(line)
        return line

    def on_campaign(self, event: dict[str, Any]) -> str:
        text = event.get("sample_text") or ""
        text = text if len(text) <= 70 else text[:69] + "…"
        line = (f"CAMPAIGN {event['campaign_id']} {event['status']}: {event['post_count']} posts by "
                f"{event['author_count']} authors, {event['flagged_count']} flagged\n         « {text} »")
        self.campaigns[event["campaign_id"]] = line
        return line

    def consumed(self) -> int:
        try:
            with urllib.request.urlopen(self.metrics_url + "/metrics", timeout=1) as resp:  # noqa: S310 - loopback
                for raw in resp.read().decode().splitlines():
                    if raw.startswith("vigie_messages_consumed_total{"):
                        return int(float(raw.rsplit(" ", 1)[1]))
        except OSError:
            pass
        return 0

    def render(self) -> None:
        now = time.monotonic()
        if self.plain:
            if now - self._last_render >= 10:
                self._last_render = now
                self.say(self.summary())
            return
        screen = [
            "\x1b[2J\x1b[H\x1b[1mVigie demo\x1b[0m — flags arriving live  (Ctrl-C stops broker, worker and producer)",
            f"metrics: {self.metrics_url}/metrics   readiness: {self.metrics_url}/readyz",
            "",
            self.summary(),
            "",
            "\x1b[1mLast flags\x1b[0m",
            *(self.recent or ["  (waiting for the first flag …)"]),
            "",
            "\x1b[1mLast dead letters\x1b[0m",
            *(self.dead or ["  (none yet)"]),
            "",
            "\x1b[1mCampaigns\x1b[0m (near-duplicate posts of several authors)",
            *(list(self.campaigns.values())[-3:] or ["  (none yet: the sample feed ends with a small raid)"]),
        ]
        self.say.write("\n".join(screen) + "\n")

    def summary(self) -> str:
        c = self.counters
        return (f"produced ≈{c['produced']}  consumed {self.consumed()}  flagged {c['flags']} "
                f"(review {c['review']}, remove {c['remove']})  other languages {c['unsupported']}  "
                f"dead letters {c['dead']}")
