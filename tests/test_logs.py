"""The repeat-collapsing log handler: one line per kind of library record, then one "repeated" line per window."""

from __future__ import annotations

import io
import logging

import orjson

from worker.ops.logs import CollapsingHandler, JsonFormatter, RepeatCollapser


def record(name: str, msg: str, *args: object, at: float, level: int = logging.ERROR) -> logging.LogRecord:
    rec = logging.LogRecord(name, level, __file__, 1, msg, args, None)
    rec.created = at
    return rec


def messages(records: list[logging.LogRecord]) -> list[str]:
    return [r.getMessage() for r in records]


def test_a_flood_prints_the_first_record_then_one_repeated_line_per_window() -> None:
    collapser = RepeatCollapser(window=10.0)
    printed: list[logging.LogRecord] = []
    for i in range(250):  # 25 s at 10 records a second, the node id varies (same template)
        printed += collapser.admit(record("aiokafka.conn", "Unable connect to node with id %s: %s", i % 2, "refused",
                                          at=1000.0 + i / 10))
    assert messages(printed) == [
        "Unable connect to node with id 0: refused",
        "… repeated 99 times in the last 10s: Unable connect to node with id 1: refused",  # the last one held back
        "… repeated 100 times in the last 10s: Unable connect to node with id 1: refused",
    ]
    assert all(r.levelno == logging.ERROR and r.name == "aiokafka.conn" for r in printed)


def test_kinds_are_told_apart_by_logger_level_and_template() -> None:
    collapser = RepeatCollapser(window=10.0)
    printed = []
    for i in range(3):
        at = 1000.0 + i
        printed += collapser.admit(record("aiokafka", "Unable connect to node %s", i, at=at))
        printed += collapser.admit(record("aiokafka", "Unable connect to node %s", i, at=at, level=logging.WARNING))
        printed += collapser.admit(record("aiokafka", "Failed fetch messages from %s", i, at=at))
        printed += collapser.admit(record("aiokafka.cluster", "Unable connect to node %s", i, at=at))
    assert messages(printed) == ["Unable connect to node 0", "Unable connect to node 0",
                                 "Failed fetch messages from 0", "Unable connect to node 0"]


def test_vigie_own_lines_are_never_collapsed() -> None:
    collapser = RepeatCollapser(window=10.0)
    printed = []
    for attempt in range(1, 6):
        printed += collapser.admit(record("worker.stream.preflight", "broker %s not reachable (attempt %d)", "b:9092",
                                          attempt, at=1000.0 + attempt, level=logging.WARNING))
    assert len(printed) == 5


def test_a_kind_quiet_for_a_whole_window_is_printed_again_and_pending_counts_come_out_with_any_record() -> None:
    collapser = RepeatCollapser(window=10.0)
    printed = collapser.admit(record("aiokafka", "Heartbeat failed", at=1000.0))
    printed += collapser.admit(record("aiokafka", "Heartbeat failed", at=1001.0))
    printed += collapser.admit(record("aiokafka", "Heartbeat failed", at=1002.0))
    assert messages(printed) == ["Heartbeat failed"]
    # the outage is over; Vigie's periodic summary 12 s later brings the held-back count out, before itself
    printed = collapser.admit(record("worker.stream.app", "consumed=%d", 5, at=1012.0, level=logging.INFO))
    assert messages(printed) == ["… repeated 2 times in the last 12s: Heartbeat failed", "consumed=5"]
    # no repeat in the next window: the kind is forgotten, its next record is printed as a first one
    assert messages(collapser.admit(record("aiokafka", "Heartbeat failed", at=1023.0))) == ["Heartbeat failed"]


def test_the_handler_prints_through_its_target_and_flush_prints_windows_that_are_over() -> None:
    stream = io.StringIO()
    target = logging.StreamHandler(stream)
    target.setFormatter(JsonFormatter())
    now = [1000.0]
    handler = CollapsingHandler(target, RepeatCollapser(window=10.0), clock=lambda: now[0])
    for i in range(5):
        handler.handle(record("aiokafka", "Failed fetch messages from %s: %s", 1, "NodeNotReadyError", at=1000.0 + i))
    now[0] = 1010.5
    handler.flush()
    lines = [orjson.loads(line) for line in stream.getvalue().splitlines()]
    assert [line["message"] for line in lines] == [
        "Failed fetch messages from 1: NodeNotReadyError",
        "… repeated 4 times in the last 10s: Failed fetch messages from 1: NodeNotReadyError",
    ]
    assert lines[1]["event"] == "repeated" and lines[1]["repeats"] == 4 and lines[1]["level"] == "error"
