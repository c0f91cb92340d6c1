"""Connection settings for every Kafka client streamer makes (faust, admin, CLI producer and consumer)."""

from __future__ import annotations

import logging
import ssl
from typing import Any

import faust
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError
from aiokafka.helpers import create_ssl_context

from streamer.config import Settings

log = logging.getLogger(__name__)


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    if settings.security_protocol not in ("SSL", "SASL_SSL"):
        return None
    context = create_ssl_context(
        cafile=settings.ssl_cafile,
        certfile=settings.ssl_certfile,
        keyfile=settings.ssl_keyfile,
        password=settings.ssl_key_password.get_secret_value() if settings.ssl_key_password else None,
    )
    context.check_hostname = settings.ssl_check_hostname
    return context  # type: ignore[no-any-return]  # aiokafka's helper is untyped


def client_kwargs(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for aiokafka producers, consumers and admin clients."""
    kwargs: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap,
        "security_protocol": settings.security_protocol,
        "request_timeout_ms": int(settings.broker_request_timeout_seconds * 1000),
    }
    context = ssl_context(settings)
    if context is not None:
        kwargs["ssl_context"] = context
    if settings.security_protocol.startswith("SASL"):
        kwargs["sasl_mechanism"] = settings.sasl_mechanism
        kwargs["sasl_plain_username"] = settings.sasl_username
        kwargs["sasl_plain_password"] = settings.sasl_password.get_secret_value() if settings.sasl_password else None
    return kwargs


def faust_credentials(settings: Settings) -> faust.types.auth.CredentialsT | None:
    context = ssl_context(settings)
    if settings.security_protocol.startswith("SASL"):
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password.get_secret_value() if settings.sasl_password else None,
            mechanism=settings.sasl_mechanism,
            ssl_context=context,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


async def ensure_topics(settings: Settings, *, partitions: int | None = None) -> list[str]:
    """Create the service's topics that do not exist yet; returns the names it created."""
    admin = AIOKafkaAdminClient(**client_kwargs(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        names = [settings.topic_raw, settings.topic_enriched, settings.topic_visits, settings.topic_statements, settings.topic_dlq]
        missing = [name for name in names if name not in existing]
        if not missing:
            return []
        count = partitions or settings.topic_partitions
        try:
            await admin.create_topics([NewTopic(name, num_partitions=count, replication_factor=settings.topic_replication_factor) for name in missing])
        except TopicAlreadyExistsError:
            pass  # another worker won the race
        except KafkaError as exc:
            log.warning("could not create topics %s: %s", missing, type(exc).__name__)
        return missing
    finally:
        await admin.close()
