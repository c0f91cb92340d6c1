"""Settings: environment in, one frozen object out; impossible combinations refused up front."""

from __future__ import annotations

import pytest

from streamer.config import Settings
from streamer.errors import ConfigurationError
from streamer.service.kafka import client_kwargs


def test_config_reads_the_streamer_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STREAMER_KAFKA_BOOTSTRAP", "k1:9093,k2:9093")
    monkeypatch.setenv("STREAMER_TOPIC_RAW", "in")
    monkeypatch.setenv("STREAMER_WEB_PORT", "7000")
    settings = Settings()
    assert (settings.kafka_bootstrap, settings.topic_raw, settings.web_port) == ("k1:9093,k2:9093", "in", 7000)
    with pytest.raises(Exception):
        settings.topic_raw = "other"  # type: ignore[misc]


def test_config_refuses_sasl_without_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STREAMER_SECURITY_PROTOCOL", "SASL_SSL")
    with pytest.raises(ConfigurationError, match="SASL_USERNAME"):
        Settings()


def test_config_refuses_half_a_client_certificate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STREAMER_SECURITY_PROTOCOL", "SSL")
    monkeypatch.setenv("STREAMER_SSL_CERTFILE", "/tmp/cert.pem")
    with pytest.raises(ConfigurationError, match="KEYFILE"):
        Settings()


def test_config_keeps_the_sasl_password_out_of_its_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STREAMER_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("STREAMER_SASL_USERNAME", "alice")
    monkeypatch.setenv("STREAMER_SASL_PASSWORD", "s3cret-value")
    settings = Settings()
    assert "s3cret-value" not in repr(settings)
    kwargs = client_kwargs(settings)
    assert kwargs["sasl_plain_username"] == "alice" and kwargs["sasl_plain_password"] == "s3cret-value"
    assert kwargs["sasl_mechanism"] == "SCRAM-SHA-512" and "ssl_context" not in kwargs
