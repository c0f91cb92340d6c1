"""One frozen Settings object, read once from the environment (prefix STREAMER_) and passed down."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from streamer.errors import ConfigurationError

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]


class Settings(BaseSettings):
    """Every knob of the service; each field is the environment variable STREAMER_<FIELD>."""

    model_config = SettingsConfigDict(env_prefix="STREAMER_", frozen=True, extra="ignore")

    # Where the broker is.
    kafka_bootstrap: str = Field("127.0.0.1:9092", description="Comma-separated host:port list of the Kafka brokers")
    app_id: str = Field("streamer", description="Consumer group id and prefix of faust's internal topics")

    # Topics.
    topic_raw: str = Field("news.articles.raw", description="Input: one raw article per message")
    topic_enriched: str = Field("news.articles.enriched", description="Each article with its entities and events")
    topic_visits: str = Field("news.events.diplomatic-visit", description="diplomatic_visit CloudEvents")
    topic_statements: str = Field("news.events.statement", description="statement CloudEvents")
    topic_dlq: str = Field("news.articles.dlq", description="Dead letters: original bytes plus the reason in headers")
    topic_partitions: int = Field(3, ge=1, description="Partitions of the topics the worker creates when they are missing")
    topic_replication_factor: int = Field(1, ge=1, description="Replication factor of the topics the worker creates")
    create_topics: bool = Field(True, description="Create missing topics at worker start (needs the Create ACL)")

    # Security.
    security_protocol: SecurityProtocol = Field("PLAINTEXT", description="PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL")
    sasl_mechanism: SaslMechanism = Field("SCRAM-SHA-512", description="SASL mechanism for SASL_* protocols")
    sasl_username: str | None = Field(None, description="SASL user")
    sasl_password: SecretStr | None = Field(None, description="SASL password (never logged)")
    ssl_cafile: str | None = Field(None, description="PEM file of the CA that signed the brokers' certificates")
    ssl_certfile: str | None = Field(None, description="Client certificate (PEM) for mutual TLS")
    ssl_keyfile: str | None = Field(None, description="Client private key (PEM) for mutual TLS")
    ssl_key_password: SecretStr | None = Field(None, description="Password of the client key, if it has one")
    ssl_check_hostname: bool = Field(True, description="Verify the broker's host name against its certificate")

    # The worker's web port: /metrics, /healthz, /readyz.
    web_host: str = Field("127.0.0.1", description="Address the web server binds to (0.0.0.0 in containers)")
    web_port: int = Field(6066, ge=0, le=65535, description="Port of /metrics, /healthz and /readyz")

    # Limits.
    max_article_bytes: int = Field(1_000_000, ge=1024, description="Bigger messages become dead letters (too_large)")
    article_time_budget_seconds: float = Field(
        2.0, gt=0, description="Extraction of one article past this becomes a dead letter (extraction_timeout)"
    )
    source_name: str = Field(
        "urn:streamer", description="CloudEvents 'source' attribute of every event published"
    )
    broker_request_timeout_seconds: float = Field(30.0, gt=0, description="Produce/metadata request timeout")
    max_articles_in_flight: int = Field(
        256, ge=1, description="Articles whose outputs may await the broker's acknowledgement at once (1: wait after each)"
    )
    shutdown_grace_seconds: float = Field(10.0, gt=0, description="Time a stopping worker has to finish and commit")
    log_level: str = Field("INFO", description="Python logging level of the worker")
    data_dir: str = Field("streamer-data", description="Folder for faust's local state (nothing durable: tables are in memory)")

    @model_validator(mode="after")
    def _security_is_complete(self) -> Settings:
        if self.security_protocol.startswith("SASL") and not (self.sasl_username and self.sasl_password):
            raise ConfigurationError(
                f"security_protocol={self.security_protocol} needs STREAMER_SASL_USERNAME and STREAMER_SASL_PASSWORD"
            )
        if bool(self.ssl_certfile) != bool(self.ssl_keyfile):
            raise ConfigurationError("mutual TLS needs both STREAMER_SSL_CERTFILE and STREAMER_SSL_KEYFILE")
        return self

    @property
    def event_topics(self) -> tuple[str, str]:
        return (self.topic_visits, self.topic_statements)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
