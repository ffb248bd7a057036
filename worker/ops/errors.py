"""A small error hierarchy: callers decide retry, dead letter or exit by attribute, not by except lists."""

from __future__ import annotations


class VigieError(Exception):
    """Root of Vigie's errors.

    ``retriable``: the same operation may succeed later (broker away, transient I/O).
    ``exit_code``: the process exit code when this error stops the program at start-up.
    """

    retriable: bool = False
    exit_code: int = 1

    def one_line(self) -> str:
        """The message printed when this error stops the program: one line, no traceback."""
        return " ".join(str(self).split())

    def report(self, command: str) -> str:
        """The last line of a `vigie COMMAND` that this error stops."""
        return f"vigie {command}: error: {self.one_line()}"


class ConfigError(VigieError):
    """Invalid settings or flags: stop before joining the consumer group."""

    exit_code = 2


class BundleError(VigieError):
    """A model bundle that cannot be used (missing file, bad checksum, wrong shapes, unknown kind)."""

    exit_code = 2

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"model bundle {path}: {problem}")
        self.path = path
        self.problem = problem


class ScoringError(VigieError):
    """Inference failed for a batch; the batch is retried post by post."""

    retriable = True


class BrokerUnavailable(VigieError):
    """The Kafka broker does not answer (yet)."""

    retriable = True
    exit_code = 3


class InputError(VigieError):
    """A user-supplied file (for `score`, `eval`, `produce`) is unusable."""

    exit_code = 2


class TopicGone(VigieError):
    """The input topic vanished from the broker while the worker ran (e.g. a memory-storage broker restarted)."""

    exit_code = 4


class AgentCrashed(VigieError):
    """The moderation agent raised something unexpected: the worker stops (its batch uncommitted) to be restarted."""

    exit_code = 5
