from __future__ import annotations

from pathlib import Path

import pytest

from worker.ops.errors import ConfigError
from worker.ops.settings import Secret, Settings


def test_defaults_match_the_contract() -> None:
    s = Settings.from_env({})
    assert (s.bootstrap_servers, s.input_topic, s.flag_topic, s.deadletter_topic) == (
        "127.0.0.1:9092", "posts", "moderation.flags", "moderation.deadletter")
    assert s.decisions_topic is None and s.metrics_port == 9108 and s.group_id == "vigie"
    assert s.metrics_host == "127.0.0.1"  # metrics bind loopback by default


def test_flags_override_environment() -> None:
    s = Settings.from_env({"VIGIE_INPUT_TOPIC": "a"}, input_topic="b", metrics_port=None)
    assert s.input_topic == "b"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"VIGIE_INPUT_TOPC": "x"}, "unknown setting VIGIE_INPUT_TOPC"),
        ({"VIGIE_INPUT_TOPIC": "bad topic!"}, "invalid topic name"),
        ({"VIGIE_METRICS_PORT": "http"}, "VIGIE_METRICS_PORT='http' is invalid"),
        ({"VIGIE_METRICS_PORT": "70000"}, "not a TCP port"),
        ({"VIGIE_FLAG_TOPIC": "posts"}, "cannot also be an output topic"),
        ({"KAFKA_BOOTSTRAP_SERVERS": "nohost"}, "host:port"),
        ({"VIGIE_REVIEW_THRESHOLD": "1.5"}, "within [0, 1]"),
        ({"KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_SASL_MECHANISM": "PLAIN"}, "needs KAFKA_SASL_USERNAME"),
        ({"KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_SASL_MECHANISM": "GSSAPI"}, "KAFKA_SASL_MECHANISM"),
        ({"KAFKA_SECURITY_PROTOCOL": "TLS"}, "KAFKA_SECURITY_PROTOCOL"),
        ({"VIGIE_PROCESSING_GUARANTEE": "exactly_once"}, "exactly_once is refused"),
        ({"VIGIE_PROCESSING_GUARANTEE": "at_most_once"}, "must be at_least_once"),
        ({"VIGIE_LOG_LEVEL": "LOUD"}, "is not a log level"),
        ({"VIGIE_LANGUAGES": "french"}, "VIGIE_LANGUAGES='french' is invalid: expected two-letter ISO 639-1 codes"),
        ({"VIGIE_LANGUAGES": "fr;en"}, "VIGIE_LANGUAGES='fr;en' is invalid"),
        ({"VIGIE_LANGUAGES": " , "}, "VIGIE_LANGUAGES=' , ' is invalid"),
        ({"VIGIE_UNSUPPORTED": "drop"}, "VIGIE_UNSUPPORTED must be 'route'"),
        ({"VIGIE_UNSUPPORTED_TOPIC": "posts"}, "cannot also be an output topic"),
        ({"VIGIE_UNSUPPORTED_TOPIC": "bad topic"}, "invalid topic name"),
        ({"VIGIE_ENCODER_THREADS": "0"}, "VIGIE_ENCODER_THREADS must be between 1 and 256"),
        ({"VIGIE_STOP_GRACE": "0"}, "VIGIE_STOP_GRACE must be between 1 and 3600 seconds, got 0"),
        ({"KAFKA_SECURITY_PROTOCOL": "SSL", "KAFKA_SSL_CAFILE": "/nonexistent/ca.pem"}, "does not exist"),
    ],
)
def test_bad_configuration_is_one_clear_error(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        Settings.from_env(env)
    assert message in info.value.one_line()
    assert "\n" not in info.value.one_line()


def test_sasl_ssl_settings_build_client_options_and_never_show_the_password(tmp_path: Path) -> None:
    env = {"KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
           "KAFKA_SASL_USERNAME": "vigie", "KAFKA_SASL_PASSWORD": "hunter2"}
    s = Settings.from_env(env)
    assert isinstance(s.sasl_password, Secret)
    assert "hunter2" not in repr(s) and "hunter2" not in str(s.as_dict())
    assert s.as_dict(plaintext_secrets=True)["sasl_password"] == "hunter2"
    opts = s.kafka_security()
    assert opts["security_protocol"] == "SASL_SSL" and opts["sasl_mechanism"] == "SCRAM-SHA-512"
    assert opts["sasl_plain_username"] == "vigie" and opts["sasl_plain_password"] == "hunter2"
    assert opts["ssl_context"] is not None

    from worker.stream.app import faust_credentials

    creds = faust_credentials(s)
    assert creds.username == "vigie" and creds.password == "hunter2"


def test_plaintext_has_no_security_options() -> None:
    assert Settings.from_env({}).kafka_security() == {}


def test_languages_and_the_unsupported_topic() -> None:
    s = Settings.from_env({})
    assert (s.languages, s.unsupported_topic, s.unsupported) == (("fr",), "moderation.unsupported", "route")
    s = Settings.from_env({"VIGIE_LANGUAGES": "FR, en,fr", "VIGIE_UNSUPPORTED_TOPIC": "off", "VIGIE_UNSUPPORTED": "judge"})
    assert (s.languages, s.unsupported_topic, s.unsupported) == (("fr", "en"), None, "judge")
    assert Settings.from_env({"VIGIE_UNSUPPORTED_TOPIC": "other.langs"}).unsupported_topic == "other.langs"


def test_campaign_settings_default_to_the_contract() -> None:
    s = Settings.from_env({})
    assert s.campaigns is True
    assert (s.campaign_min_authors, s.campaign_window, s.offender_min_flags, s.offender_window) == (5, 600.0, 3, 86_400.0)
    assert s.campaign_update_interval == 60.0
    assert (s.campaign_max_posts, s.offender_max_authors) == (100_000, 100_000)
    assert (s.campaign_topic, s.offender_topic) == ("moderation.campaigns", "moderation.offenders")
    assert Settings.from_env({"VIGIE_CAMPAIGNS": "off"}).campaigns is False


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"VIGIE_CAMPAIGNS": "maybe"}, "VIGIE_CAMPAIGNS='maybe' is invalid"),
        ({"VIGIE_CAMPAIGN_MIN_AUTHORS": "1"}, "VIGIE_CAMPAIGN_MIN_AUTHORS must be between 2 and 10000"),
        ({"VIGIE_CAMPAIGN_WINDOW": "0"}, "VIGIE_CAMPAIGN_WINDOW must be between 1 and 2592000"),
        ({"VIGIE_CAMPAIGN_UPDATE_INTERVAL": "0.5"}, "VIGIE_CAMPAIGN_UPDATE_INTERVAL must be between 1 and 2592000"),
        ({"VIGIE_OFFENDER_MIN_FLAGS": "0"}, "VIGIE_OFFENDER_MIN_FLAGS must be between 1 and 1000"),
        ({"VIGIE_OFFENDER_WINDOW": "-5"}, "VIGIE_OFFENDER_WINDOW must be between 1 and 2592000"),
        ({"VIGIE_CAMPAIGN_MAX_POSTS": "10"}, "VIGIE_CAMPAIGN_MAX_POSTS must be between 1000 and 10000000"),
        ({"VIGIE_OFFENDER_MAX_AUTHORS": "1e9"}, "VIGIE_OFFENDER_MAX_AUTHORS='1e9' is invalid"),
        ({"VIGIE_CAMPAIGN_TOPIC": "bad topic"}, "invalid topic name 'bad topic' for campaign_topic"),
        ({"VIGIE_OFFENDER_TOPIC": "posts"}, "cannot also be an output topic"),
    ],
)
def test_campaign_settings_refuse_bad_values_in_one_line(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=None) as err:
        Settings.from_env(env)
    assert message in str(err.value) and "\n" not in str(err.value)
