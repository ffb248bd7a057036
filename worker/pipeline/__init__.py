"""The pure pipeline: records in, verdicts and dead letters out (decode, normalise, score, decide, messages).

No Kafka, no network, no user files: every stage is a plain function or object over in-memory batches, used alike by
the stream runtime and the tools. Imports only ``worker.ops``.
"""
