"""The ceiling is only fair if the pass-through worker runs faust exactly as the real worker does."""

from __future__ import annotations

from streamer.config import Settings
from streamer.service.app import StreamerService
from streamer.service.passthrough import PassthroughService

COMPARED = (
    "processing_guarantee", "producer_acks", "producer_linger", "producer_max_batch_size", "broker_commit_interval",
    "broker_session_timeout", "broker_heartbeat_interval", "broker_request_timeout", "consumer_auto_offset_reset",
    "topic_partitions", "stream_publish_on_commit",
)


def test_passthrough_uses_the_real_workers_faust_settings() -> None:
    settings = Settings(kafka_bootstrap="127.0.0.1:1", app_id="bench-settings-check")
    real = StreamerService(settings).app.conf
    ceiling = PassthroughService(settings).app.conf
    assert {name: getattr(ceiling, name) for name in COMPARED} == {name: getattr(real, name) for name in COMPARED}
    assert str(ceiling.broker) == str(real.broker)


def test_passthrough_has_one_agent_of_concurrency_one_reading_raw_and_writing_enriched() -> None:
    settings = Settings(kafka_bootstrap="127.0.0.1:1", topic_raw="in.raw", topic_enriched="out.enriched")
    service = PassthroughService(settings)
    agents = list(service.app.agents.values())
    assert len(agents) == 1
    assert agents[0].concurrency == 1
    assert agents[0].channel.get_topic_name() == "in.raw"
    assert service.output.name == "out.enriched"
