"""Runs worker.stream.fastpath's consumer in a real Faust worker (as `vigie run` wires it) and writes what the agent received
as JSON: ``python tests/fastpath_probe.py BOOTSTRAP TOPIC GROUP EXPECTED OUT.json``. Used by
tests/test_fastpath_contract.py; a separate process because a Faust worker owns its event loop and signals."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import tempfile
from pathlib import Path
from typing import Any

import faust
from faust.streams import Stream

from worker.stream import fastpath

# what BatchConsumer reads or writes on Faust's consumer, its thread and aiokafka's consumer, besides methods
CONSUMER_ATTRIBUTES = ("_read_offset", "_commit_every", "_n_acked", "_unacked_messages", "suspend_flow", "callback",
                       "flow_active", "diag", "_stopped", "should_stop", "transport", "app", "_thread")


def main(bootstrap: str, topic: str, group: str, expected: int, out: Path) -> None:
    report: dict[str, Any] = {"events": [], "missing_attributes": [], "fetch_max_wait_ms": None}
    app = faust.App(
        group, broker=f"kafka://{bootstrap}", value_serializer="raw", key_serializer="raw",
        datadir=tempfile.mkdtemp(prefix="fastpath-probe-"), web_enabled=False, topic_disable_leader=True,
        topic_allow_declare=False, consumer_auto_offset_reset="earliest", broker_rebalance_timeout=5.0,
        broker_session_timeout=6.0, broker_heartbeat_interval=1.0, broker_commit_interval=1.0, producer_acks=-1,
        broker_max_poll_records=128, stream_buffer_maxsize=fastpath.BATCH_QUEUE, broker_commit_every=expected,
    )
    fastpath.install(app, [topic])
    source = app.topic(topic, schema=fastpath.BatchSchema())
    seen = 0

    @app.agent(source, name="contract.collect")
    async def collect(stream: faust.StreamT) -> None:
        nonlocal seen
        assert isinstance(stream, Stream)
        async for batches in stream.noack_take(fastpath.TAKE, within=0.2):
            for event in batches:
                message = event.message
                records = getattr(message, "messages", (message,))
                report["events"].append({
                    "type": type(message).__name__, "partition": message.partition, "offset": message.offset,
                    "first_offset": getattr(message, "first_offset", None),
                    "offsets": [r.offset for r in records], "values": [r.value.decode() for r in records],
                    "value_is_the_records": event.value == tuple(records),
                    "records_of": [r.offset for r in fastpath.records_of([event])],
                })
                seen += len(records)
                await stream.ack(event)
            if seen >= expected:
                consumer = app.consumer
                report["missing_attributes"] = [a for a in CONSUMER_ATTRIBUTES if not hasattr(consumer, a)]
                kafka_consumer = getattr(getattr(consumer, "_thread", None), "_consumer", None)
                fetcher = getattr(kafka_consumer, "_fetcher", None)
                report["fetch_max_wait_ms"] = getattr(fetcher, "_fetch_max_wait_ms", None)
                os.kill(os.getpid(), signal.SIGTERM)  # a graceful stop: Faust commits what was acked

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    worker = faust.Worker(app, loop=loop, override_logging=False, quiet=True, redirect_stdouts=False,
                          loglevel="WARNING")
    try:
        worker.execute_from_commandline()
    except SystemExit:
        pass
    out.write_text(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), Path(sys.argv[5]))
