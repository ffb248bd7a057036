"""The stream runtime: the Faust app and its wiring, the batching consumer, publishing and acking, partition
progress, lag and rewind checks, start-up checks. Imports ``worker.pipeline`` and ``worker.ops``."""
