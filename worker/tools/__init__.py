"""The tools around the worker: the `vigie` command line, demo, producer, embedded broker, offline scoring and
evaluation, input files, benchmarks. May import every other layer; nothing imports it."""
