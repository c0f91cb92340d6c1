"""The worker against a real broker that demands SASL_SSL (SCRAM-SHA-512) or mutual TLS: it processes
articles over each; bad credentials end it quickly with a clear message and no retry storm; no secret and no
article text reach its log or /metrics; its web port serves /metrics, /healthz and /readyz only."""

from __future__ import annotations

import asyncio
import re
import subprocess
import time
from pathlib import Path

import orjson
import pytest

from tests.security.conftest import SCRAM_USER, SecureBroker
from tests.support import Topics, WorkerProcess, create_topics, produce, read_records, start_worker

pytestmark = pytest.mark.broker

# Text no log line has any business containing: if it shows up there, article text leaked.
MARKER = "Quokka-Xylophone-7731"


def _articles() -> list[bytes]:
    good = orjson.dumps({"id": "sec-1", "title": f"{MARKER} title", "language": "en",
                         "body": f"Foreign Minister Penny Wong arrived in Hanoi on Monday. {MARKER} said nothing."})
    # Bad messages carrying the marker too: their dead-letter log lines must not quote them.
    bad_json = f'{{"id": "sec-2", "body": "{MARKER} unterminated'.encode()
    bad_type = orjson.dumps({"id": "sec-3", "title": {"nested": MARKER}, "body": [MARKER]})
    too_large = orjson.dumps({"id": "sec-4", "title": "t", "body": (MARKER + " ") * 500})
    return [good, bad_json, bad_type, too_large]


def _topics(broker: SecureBroker) -> Topics:
    names = Topics()
    asyncio.run(create_topics(broker.plaintext_bootstrap, [names.name(k) for k in ("raw", "enriched", "visits", "statements", "dlq")]))
    return names


def _run_and_check(broker: SecureBroker, protocol: str, tmp_path: Path) -> None:
    topics = _topics(broker)
    env = broker.worker_env(protocol, STREAMER_MAX_ARTICLE_BYTES="4096")
    worker = start_worker(broker.plaintext_bootstrap, topics, tmp_path, extra_env=env)
    try:
        worker.wait_ready(timeout=90)
        # Produced and read over the admin listener: only the worker's own traffic is under test.
        asyncio.run(produce(broker.plaintext_bootstrap, topics.raw, _articles()))
        enriched = asyncio.run(read_records(broker.plaintext_bootstrap, [topics.enriched], expect=1, timeout=60))
        letters = asyncio.run(read_records(broker.plaintext_bootstrap, [topics.dlq], expect=3, timeout=60))
        status, metrics = worker.get("/metrics")
        paths = {path: worker.get(path)[0] for path in (
            "/metrics", "/healthz", "/readyz", "/", "/router", "/table", "/graph", "/stats", "/performance",
            "/metrics/../healthz", "/debug", "/signal", "/robots.txt", "/%2e%2e/etc/passwd", "/metricsx")}
    finally:
        code = worker.stop()
    assert code == 0, worker.log_tail()
    assert [orjson.loads(r.value)["id"] for r in enriched] == ["sec-1"], worker.log_tail()
    assert sorted(dict(r.headers)["dlq_reason"].decode() for r in letters) == ["invalid_json", "not_an_article", "too_large"]
    assert_no_leaks(worker, metrics.decode(), broker.password)
    assert status == 200
    assert {p for p, s in paths.items() if s == 200} == {"/metrics", "/healthz", "/readyz"}
    assert all(s == 404 for p, s in paths.items() if p not in ("/metrics", "/healthz", "/readyz")), paths


def assert_no_leaks(worker: WorkerProcess, metrics_text: str, password: str) -> None:
    log_text = worker.log_path.read_text(errors="replace")
    for where, text in (("log", log_text), ("/metrics", metrics_text)):
        assert password not in text, f"the SASL password appears in the worker's {where}"
        assert MARKER not in text, f"article text appears in the worker's {where}"
        assert "Penny Wong arrived" not in text, f"article text appears in the worker's {where}"


def test_worker_processes_articles_over_sasl_ssl_scram(secure_broker: SecureBroker, tmp_path: Path) -> None:
    _run_and_check(secure_broker, "SASL_SSL", tmp_path)


def test_worker_processes_articles_over_mutual_tls(secure_broker: SecureBroker, tmp_path: Path) -> None:
    _run_and_check(secure_broker, "SSL", tmp_path)


def _failed_authentications(broker: SecureBroker) -> int:
    return len(re.findall(r"[Ff]ailed authentication", broker.server_log()))


def _run_refused(broker: SecureBroker, tmp_path: Path, env: dict[str, str], timeout: float = 90.0) -> tuple[WorkerProcess, float]:
    topics = _topics(broker)
    worker = start_worker(broker.plaintext_bootstrap, topics, tmp_path, extra_env=env)
    started = time.monotonic()
    try:
        worker.process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        worker.stop()
        pytest.fail(f"the worker kept trying for {timeout}s with refused credentials:\n{worker.log_tail()}")
    return worker, time.monotonic() - started


@pytest.mark.parametrize("create_topics_at_start", ["true", "false"])
def test_wrong_password_ends_the_worker_quickly_with_a_clear_message(secure_broker: SecureBroker, tmp_path: Path,
                                                                     create_topics_at_start: str) -> None:
    wrong = "wrong-" + secure_broker.password[::-1]
    before = _failed_authentications(secure_broker)
    env = secure_broker.worker_env("SASL_SSL", STREAMER_SASL_PASSWORD=wrong, STREAMER_CREATE_TOPICS=create_topics_at_start)
    worker, seconds = _run_refused(secure_broker, tmp_path, env)
    time.sleep(1.0)
    attempts = _failed_authentications(secure_broker) - before
    log_text = worker.log_path.read_text(errors="replace")
    print(f"\nSECURITY wrong-password create_topics={create_topics_at_start}: exit={worker.process.returncode} "
          f"after {seconds:.1f}s, {attempts} failed authentications at the broker")
    assert worker.process.returncode != 0
    assert re.search(r"authentication failed|Authentication failed|SaslAuthenticationError", log_text), log_text[-3000:]
    assert SCRAM_USER in log_text or "SASL" in log_text
    assert wrong not in log_text and secure_broker.password not in log_text
    assert attempts <= 10, "no retry storm"


def test_client_certificate_from_an_unknown_ca_is_refused(secure_broker: SecureBroker, tmp_path: Path) -> None:
    env = secure_broker.worker_env("SSL", STREAMER_SSL_CERTFILE=str(secure_broker.certs["rogue_cert"]),
                                   STREAMER_SSL_KEYFILE=str(secure_broker.certs["rogue_key"]))
    worker, seconds = _run_refused(secure_broker, tmp_path, env)
    log_text = worker.log_path.read_text(errors="replace")
    print(f"\nSECURITY rogue-certificate: exit={worker.process.returncode} after {seconds:.1f}s")
    assert worker.process.returncode != 0
    assert "cannot reach Kafka" in log_text or "SSL" in log_text, log_text[-3000:]
