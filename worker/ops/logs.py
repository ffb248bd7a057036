"""Logging: readable text by default, one JSON object per line with --log-format json (for log shippers).

The libraries' loggers (aiokafka, faust, mode) repeat themselves: while a broker is away aiokafka logs about 90
ERROR lines a second. ``RepeatCollapser`` keeps one line per problem: the first record of a kind (same logger,
level and message template) is printed, later ones within ``window`` seconds are counted, and one line per window
says ``… repeated N times in the last Xs: <the last one>``. Vigie's own lines are never collapsed (one line per
start-up attempt, the periodic summary).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson

NOISY = ("faust", "mode", "aiokafka", "kafka")
REPEAT_WINDOW = 10.0  # seconds; at most one "repeated" line per kind of record per window

_Kind = tuple[str, int, str]  # (logger name, level, message template)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        body = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        extra = getattr(record, "fields", None)
        if isinstance(extra, dict):
            body.update(extra)
        if record.exc_info:
            body["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(body, default=str).decode()


@dataclass(slots=True)
class _Window:
    start: float  # when the window opened (the record's ``created``)
    repeats: int = 0  # records of this kind held back since ``start``
    last: logging.LogRecord | None = None  # the latest one held back, quoted in the "repeated" line


class RepeatCollapser:
    """Decides which records to print: plain state and arithmetic over ``record.created``, no I/O."""

    def __init__(self, window: float = REPEAT_WINDOW, loggers: tuple[str, ...] = NOISY) -> None:
        self.window = window
        self.loggers = frozenset(loggers)
        self._windows: dict[_Kind, _Window] = {}

    def admit(self, record: logging.LogRecord) -> list[logging.LogRecord]:
        """The records to print now because ``record`` arrived: itself, nothing, and/or "repeated" lines."""
        now = record.created
        out = self.expired(now)
        if record.name.split(".", 1)[0] not in self.loggers:
            return [*out, record]
        kind = (record.name, record.levelno, record.msg if isinstance(record.msg, str) else str(record.msg))
        window = self._windows.get(kind)
        if window is None:
            self._windows[kind] = _Window(start=now)
            return [*out, record]
        window.repeats += 1
        window.last = record
        return out

    def expired(self, now: float) -> list[logging.LogRecord]:
        """The "repeated" lines of windows that are over; forgets kinds that stayed quiet for a whole window."""
        out: list[logging.LogRecord] = []
        for kind, window in list(self._windows.items()):
            if now - window.start < self.window:
                continue
            if window.repeats and window.last is not None:
                out.append(self._repeated(window, now))
                self._windows[kind] = _Window(start=now)  # still flooding: keep holding back, one line a window
            else:
                del self._windows[kind]  # quiet for a window: the next one is printed again
        return out

    def _repeated(self, window: _Window, now: float) -> logging.LogRecord:
        last = window.last
        assert last is not None
        seconds = max(now - window.start, 0.0)
        message = f"… repeated {window.repeats} times in the last {seconds:.0f}s: {last.getMessage()}"
        summary = logging.makeLogRecord({
            "name": last.name, "levelno": last.levelno, "levelname": last.levelname, "msg": message, "args": None,
            "created": now, "msecs": (now - int(now)) * 1000, "pathname": last.pathname, "lineno": last.lineno,
            "fields": {"event": "repeated", "repeats": window.repeats, "seconds": round(seconds, 1)},
        })
        return summary


class CollapsingHandler(logging.Handler):
    """Passes records to ``target`` through a ``RepeatCollapser``; ``flush()`` prints the windows that are over."""

    def __init__(self, target: logging.Handler, collapser: RepeatCollapser | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__()
        self.target = target
        self.collapser = collapser or RepeatCollapser()
        self._clock = clock

    def emit(self, record: logging.LogRecord) -> None:
        for out in self.collapser.admit(record):
            self.target.handle(out)

    def flush(self) -> None:
        self.acquire()
        try:
            pending = self.collapser.expired(self._clock())
        finally:
            self.release()
        for out in pending:
            self.target.handle(out)
        self.target.flush()

    def close(self) -> None:
        self.flush()
        self.target.close()
        super().close()


def setup_logging(fmt: str = "text", level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S"))
    root = logging.getLogger()
    root.handlers[:] = [CollapsingHandler(handler)]
    root.setLevel(level.upper())
    # Faust, mode and aiokafka are chatty at INFO; keep their warnings and errors.
    for name in NOISY:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
