"""One settings object, read from the environment (and CLI flags) in one place at start-up, validated, passed down."""

from __future__ import annotations

import logging
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from worker.ops.errors import ConfigError

ENV_PREFIX = "VIGIE_"
_TOPIC_RE = re.compile(r"^[A-Za-z0-9._-]{1,249}$")
_LANG_RE = re.compile(r"^[a-z]{2}$")
_SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
_SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")


class Secret:
    """A string that never shows itself in logs, reprs or settings dumps."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def _env(name: str, default: Any = None, *, cast: Any = str) -> Any:
    """Spec of one setting: the environment variable it is read from, its default and its type."""
    return field(default=default, metadata={"env": name, "cast": cast})


def as_bool(value: str) -> bool:
    """A boolean setting as Vigie reads it (1/true/yes/on, 0/false/no/off/empty); ValueError otherwise."""
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"expected true/false, got {value!r}")


def _floats(value: str) -> tuple[float, ...]:
    return tuple(float(p) for p in value.split(",") if p.strip())


def _ints(value: str) -> tuple[int, ...]:
    return tuple(int(p) for p in value.split(",") if p.strip())


def _languages(value: str) -> tuple[str, ...]:
    codes = tuple(dict.fromkeys(p.strip().lower() for p in value.split(",") if p.strip()))
    bad = [c for c in codes if not _LANG_RE.match(c)]
    if bad or not codes:
        raise ValueError(f"expected two-letter ISO 639-1 codes separated by commas (fr,en), got {bad[0] if bad else value!r}")
    return codes


def _optional_topic(value: str) -> str | None:
    return None if value.strip().lower() in ("off", "none") else value.strip()


def _paths(value: str) -> tuple[Path, ...]:
    return tuple(Path(p) for p in value.split(os.pathsep) if p)


@dataclass(frozen=True, slots=True)
class Settings:
    bootstrap_servers: str = _env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
    input_topic: str = _env("VIGIE_INPUT_TOPIC", "posts")
    flag_topic: str = _env("VIGIE_FLAG_TOPIC", "moderation.flags")
    deadletter_topic: str = _env("VIGIE_DEADLETTER_TOPIC", "moderation.deadletter")
    decisions_topic: str | None = _env("VIGIE_DECISIONS_TOPIC", None)
    # Posts in another language than these get the decision "unsupported" (term lists only, no model) and go to the
    # unsupported topic ("off": not published apart); VIGIE_UNSUPPORTED=judge judges every language anyway.
    languages: tuple[str, ...] = _env("VIGIE_LANGUAGES", ("fr",), cast=_languages)
    unsupported_topic: str | None = _env("VIGIE_UNSUPPORTED_TOPIC", "moderation.unsupported", cast=_optional_topic)
    unsupported: str = _env("VIGIE_UNSUPPORTED", "route")
    group_id: str = _env("VIGIE_GROUP_ID", "vigie")
    model: Path | None = _env("VIGIE_MODEL", None, cast=Path)
    # The cascade's encoder bundle: "auto" (default: the committed models/vigie-fr-encoder), a path, or "off" (the
    # fast tier alone, for volumes beyond what the encoder's share of posts allows; docs/performance.md).
    encoder_model: str = _env("VIGIE_ENCODER_MODEL", "auto")
    cascade_band: tuple[float, ...] = _env("VIGIE_CASCADE_BAND", (), cast=_floats)
    # onnxruntime threads of the encoder (the fast model keeps one). One by default: the encoder runs one short post
    # at a time, where a second thread costs more in hand-offs than it computes (the cascade bench measures both);
    # more cores are better used by more workers in the group.
    encoder_threads: int = _env("VIGIE_ENCODER_THREADS", 1, cast=int)
    lexicons: tuple[Path, ...] = _env("VIGIE_LEXICONS", (), cast=_paths)
    review_threshold: float | None = _env("VIGIE_REVIEW_THRESHOLD", None, cast=float)
    remove_threshold: float | None = _env("VIGIE_REMOVE_THRESHOLD", None, cast=float)
    metrics_host: str = _env("VIGIE_METRICS_HOST", "127.0.0.1")
    metrics_port: int = _env("VIGIE_METRICS_PORT", 9108, cast=int)
    batch_size: int = _env("VIGIE_BATCH_SIZE", 512, cast=int)
    batch_within: float = _env("VIGIE_BATCH_WITHIN", 0.05, cast=float)
    max_record_bytes: int = _env("VIGIE_MAX_RECORD_BYTES", 1_000_000, cast=int)
    stall_seconds: float = _env("VIGIE_STALL_SECONDS", 120.0, cast=float)
    summary_interval: float = _env("VIGIE_SUMMARY_INTERVAL", 10.0, cast=float)
    log_format: str = _env("VIGIE_LOG_FORMAT", "text")
    log_level: str = _env("VIGIE_LOG_LEVEL", "INFO")
    processing_guarantee: str = _env("VIGIE_PROCESSING_GUARANTEE", "at_least_once")
    data_dir: Path = _env("VIGIE_DATA_DIR", Path(tempfile.gettempdir()) / "vigie-data", cast=Path)
    startup_timeout: float = _env("VIGIE_STARTUP_TIMEOUT", 300.0, cast=float)
    # A stop finishes the batch in flight; past this many seconds (the broker gone) the worker exits 3 without
    # committing it (worker.stream.run). Keep it under the supervisor's kill timeout.
    stop_grace: float = _env("VIGIE_STOP_GRACE", 30.0, cast=float)
    session_timeout: float = _env("VIGIE_SESSION_TIMEOUT", 6.0, cast=float)
    rebalance_timeout: float = _env("VIGIE_REBALANCE_TIMEOUT", 5.0, cast=float)
    heartbeat_interval: float = _env("VIGIE_HEARTBEAT_INTERVAL", 1.0, cast=float)
    # Fault injection for tests and chaos drills: stop fetching these input partitions (comma-separated numbers),
    # as Faust users report partitions silently doing. Never set in production.
    fault_pause_partitions: tuple[int, ...] = _env("VIGIE_FAULT_PAUSE_PARTITIONS", (), cast=_ints)
    # Fault injection for tests and drills only: the batch that takes the worker past this many records raises an
    # unexpected exception in the agent (the worker must stop non-zero, nothing lost). Never set in production.
    fault_raise_after: int | None = _env("VIGIE_FAULT_RAISE_AFTER", None, cast=int)
    security_protocol: str = _env("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")
    sasl_mechanism: str | None = _env("KAFKA_SASL_MECHANISM", None)
    sasl_username: str | None = _env("KAFKA_SASL_USERNAME", None)
    sasl_password: Secret | None = _env("KAFKA_SASL_PASSWORD", None, cast=Secret)
    ssl_cafile: Path | None = _env("KAFKA_SSL_CAFILE", None, cast=Path)
    ssl_certfile: Path | None = _env("KAFKA_SSL_CERTFILE", None, cast=Path)
    ssl_keyfile: Path | None = _env("KAFKA_SSL_KEYFILE", None, cast=Path)
    ssl_keyfile_password: Secret | None = _env("KAFKA_SSL_KEY_PASSWORD", None, cast=Secret)
    # Campaigns and repeat offenders (worker.stream.state): near-duplicate posts of many authors, authors flagged again
    # and again. Off: the worker runs exactly as without them (no internal topics, no tables).
    campaigns: bool = _env("VIGIE_CAMPAIGNS", True, cast=as_bool)
    campaign_min_authors: int = _env("VIGIE_CAMPAIGN_MIN_AUTHORS", 5, cast=int)
    campaign_window: float = _env("VIGIE_CAMPAIGN_WINDOW", 600.0, cast=float)
    # An open campaign's ``updated`` events: at most one per this many seconds of event time, unless its post count
    # doubled (worker.pipeline.campaigns, ClusterBook).
    campaign_update_interval: float = _env("VIGIE_CAMPAIGN_UPDATE_INTERVAL", 60.0, cast=float)
    offender_min_flags: int = _env("VIGIE_OFFENDER_MIN_FLAGS", 3, cast=int)
    offender_window: float = _env("VIGIE_OFFENDER_WINDOW", 86_400.0, cast=float)
    # Memory bounds of the state, per worker (worker.pipeline.campaigns: MAX_POSTS, MAX_OFFENDER_AUTHORS): the posts
    # the band index keeps whatever the window (the oldest go first), and the authors with a flag in the window
    # (the least recently flagged go first). Lower them where memory is short, at the cost of grouping and counting
    # over the whole window when a backlog or a flood puts more than that in it.
    campaign_max_posts: int = _env("VIGIE_CAMPAIGN_MAX_POSTS", 100_000, cast=int)
    offender_max_authors: int = _env("VIGIE_OFFENDER_MAX_AUTHORS", 100_000, cast=int)
    campaign_topic: str = _env("VIGIE_CAMPAIGN_TOPIC", "moderation.campaigns")
    offender_topic: str = _env("VIGIE_OFFENDER_TOPIC", "moderation.offenders")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read the environment, apply flag overrides (None = not given), validate. Raises ConfigError."""
        env = os.environ if env is None else env
        known = {f.metadata["env"] for f in fields(cls)}
        unknown = sorted(k for k in env if k.startswith(ENV_PREFIX) and k not in known)
        if unknown:
            raise ConfigError(f"unknown setting {unknown[0]} (known: {', '.join(sorted(k for k in known if k.startswith(ENV_PREFIX)))})")
        values: dict[str, Any] = {}
        for f in fields(cls):
            name = f.metadata["env"]
            raw = overrides.get(f.name)
            if raw is None and env.get(name, "") != "":
                raw = env[name]
            if raw is None:
                continue
            try:
                values[f.name] = f.metadata["cast"](raw) if isinstance(raw, str) else raw
            except ValueError as exc:
                raise ConfigError(f"{name}={raw!r} is invalid: {exc}") from None
        unknown_flags = set(overrides) - {f.name for f in fields(cls)}
        if unknown_flags:
            raise ConfigError(f"unknown setting {sorted(unknown_flags)[0]}")
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        for name in ("input_topic", "flag_topic", "deadletter_topic", "decisions_topic", "unsupported_topic"):
            topic = getattr(self, name)
            if topic is not None and not _TOPIC_RE.match(topic):
                raise ConfigError(f"invalid topic name {topic!r} for {name} (letters, digits, '.', '_', '-'; 1-249 chars)")
        outputs = [self.flag_topic, self.deadletter_topic, self.decisions_topic, self.unsupported_topic]
        if self.input_topic in outputs:
            raise ConfigError(f"the input topic {self.input_topic!r} cannot also be an output topic")
        if self.unsupported not in ("route", "judge"):
            raise ConfigError(f"VIGIE_UNSUPPORTED must be 'route' (other languages get 'unsupported') or 'judge' "
                              f"(the model judges every language), got {self.unsupported!r}")
        if not self.bootstrap_servers.strip() or any(":" not in s for s in self.bootstrap_servers.split(",")):
            raise ConfigError(f"KAFKA_BOOTSTRAP_SERVERS={self.bootstrap_servers!r} must be host:port[,host:port...]")
        if not 0 < self.metrics_port < 65536:
            raise ConfigError(f"VIGIE_METRICS_PORT={self.metrics_port} is not a TCP port")
        if self.fault_raise_after is not None and self.fault_raise_after < 0:
            raise ConfigError(f"VIGIE_FAULT_RAISE_AFTER must be >= 0, got {self.fault_raise_after}")
        if self.batch_size < 1 or self.batch_within <= 0:
            raise ConfigError("VIGIE_BATCH_SIZE must be >= 1 and VIGIE_BATCH_WITHIN > 0")
        for name in ("review_threshold", "remove_threshold"):
            value = getattr(self, name)
            if value is not None and not 0.0 <= value <= 1.0:
                raise ConfigError(f"{name} must be within [0, 1], got {value}")
        # With one of the pair unset, the bundle's value counts: checked where the bundle is read (Policy).
        if self.cascade_band and (len(self.cascade_band) != 2 or not 0 <= self.cascade_band[0] <= self.cascade_band[1] <= 1):
            raise ConfigError(f"VIGIE_CASCADE_BAND must be 'low,high' with 0 <= low <= high <= 1, got {self.cascade_band}")
        if not 1 <= self.stop_grace <= 3600:
            raise ConfigError(f"VIGIE_STOP_GRACE must be between 1 and 3600 seconds, got {self.stop_grace:g}")
        if not 1 <= self.encoder_threads <= 256:
            raise ConfigError(f"VIGIE_ENCODER_THREADS must be between 1 and 256, got {self.encoder_threads}")
        if self.log_level.upper() not in logging.getLevelNamesMapping():
            raise ConfigError(f"VIGIE_LOG_LEVEL={self.log_level!r} is not a log level (DEBUG, INFO, WARNING, ERROR, "
                              "CRITICAL)")
        if self.log_format not in ("text", "json"):
            raise ConfigError(f"log format must be 'text' or 'json', got {self.log_format!r}")
        if self.processing_guarantee == "exactly_once":
            # Faust's exactly_once runs on Kafka transactions, which the embedded broker lacks: untested, so refused.
            raise ConfigError("VIGIE_PROCESSING_GUARANTEE=exactly_once is refused: it has not been tested on a real "
                              "Kafka (transactions); use at_least_once")
        if self.processing_guarantee != "at_least_once":
            raise ConfigError("VIGIE_PROCESSING_GUARANTEE must be at_least_once")
        if self.security_protocol not in _SECURITY_PROTOCOLS:
            raise ConfigError(f"KAFKA_SECURITY_PROTOCOL must be one of {', '.join(_SECURITY_PROTOCOLS)}")
        if self.security_protocol.startswith("SASL"):
            if self.sasl_mechanism not in _SASL_MECHANISMS:
                raise ConfigError(f"KAFKA_SASL_MECHANISM must be one of {', '.join(_SASL_MECHANISMS)} with SASL")
            if not self.sasl_username or self.sasl_password is None:
                raise ConfigError("SASL needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD")
        for name in ("ssl_cafile", "ssl_certfile", "ssl_keyfile"):
            path = getattr(self, name)
            if path is not None and not path.is_file():
                raise ConfigError(f"{name} {path} does not exist")
        self.validate_campaigns()

    def validate_campaigns(self) -> None:
        for name in ("campaign_topic", "offender_topic"):
            if not _TOPIC_RE.match(getattr(self, name)):
                raise ConfigError(f"invalid topic name {getattr(self, name)!r} for {name} (letters, digits, '.', '_', '-'; "
                                  "1-249 chars)")
        if self.input_topic in (self.campaign_topic, self.offender_topic):
            raise ConfigError(f"the input topic {self.input_topic!r} cannot also be an output topic")
        if not 2 <= self.campaign_min_authors <= 10_000:
            raise ConfigError(f"VIGIE_CAMPAIGN_MIN_AUTHORS must be between 2 and 10000, got {self.campaign_min_authors}")
        if not 1 <= self.offender_min_flags <= 1_000:
            raise ConfigError(f"VIGIE_OFFENDER_MIN_FLAGS must be between 1 and 1000, got {self.offender_min_flags}")
        for env, count in (("VIGIE_CAMPAIGN_MAX_POSTS", self.campaign_max_posts),
                           ("VIGIE_OFFENDER_MAX_AUTHORS", self.offender_max_authors)):
            if not 1_000 <= count <= 10_000_000:
                raise ConfigError(f"{env} must be between 1000 and 10000000, got {count}")
        for env, value in (("VIGIE_CAMPAIGN_WINDOW", self.campaign_window),
                           ("VIGIE_CAMPAIGN_UPDATE_INTERVAL", self.campaign_update_interval),
                           ("VIGIE_OFFENDER_WINDOW", self.offender_window)):
            if not 1 <= value <= 30 * 86_400:
                raise ConfigError(f"{env} must be between 1 and 2592000 seconds, got {value:g}")

    def as_dict(self, *, plaintext_secrets: bool = False) -> dict[str, Any]:
        """The settings for logging: secrets masked unless asked otherwise."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Secret):
                value = value.reveal() if plaintext_secrets else "********"
            elif isinstance(value, Path):
                value = str(value)
            elif isinstance(value, tuple):
                value = [str(v) for v in value]
            out[f.name] = value
        return out

    def kafka_security(self) -> dict[str, Any]:
        """Keyword arguments for aiokafka clients (SASL/TLS)."""
        if self.security_protocol == "PLAINTEXT":
            return {}
        out: dict[str, Any] = {"security_protocol": self.security_protocol}
        if self.security_protocol.endswith("SSL"):
            import ssl

            context = ssl.create_default_context(cafile=str(self.ssl_cafile) if self.ssl_cafile else None)
            if self.ssl_certfile:
                context.load_cert_chain(
                    str(self.ssl_certfile),
                    str(self.ssl_keyfile) if self.ssl_keyfile else None,
                    self.ssl_keyfile_password.reveal() if self.ssl_keyfile_password else None,
                )
            out["ssl_context"] = context
        if self.security_protocol.startswith("SASL"):
            out["sasl_mechanism"] = self.sasl_mechanism
            out["sasl_plain_username"] = self.sasl_username
            out["sasl_plain_password"] = self.sasl_password.reveal() if self.sasl_password else None
        return out
