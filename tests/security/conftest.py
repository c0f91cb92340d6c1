"""A real broker with SASL_SSL (SCRAM-SHA-512) and mutual-TLS listeners, and the certificates it needs.

One broker per test module (it takes ~15 s to start): kafka.sh on free ports with its own data dir, three
listeners — PLAINTEXT (only for this fixture's own setup: SCRAM user, probes), SASL_SSL and SSL with
ssl.client.auth=required — and PEM key/trust stores made here with the openssl CLI.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support import REPO, free_port

SCRAM_USER = "streamer-svc"


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def make_certificates(directory: Path) -> dict[str, Path]:
    """A CA, a broker certificate for 127.0.0.1/localhost and a client certificate, all PEM."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "broker.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
             "-subj", "/CN=streamer-test-ca", cwd=directory)
    for name, extra in (("broker", ["-extfile", "broker.ext"]), ("client", [])):
        _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.rsa.key", "-out", f"{name}.csr",
                 "-subj", f"/CN=streamer-test-{name}", cwd=directory)
        _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                 "-out", f"{name}.pem", "-days", "2", *extra, cwd=directory)
        # Kafka's PEM key store wants PKCS#8.
        _openssl("pkcs8", "-topk8", "-nocrypt", "-in", f"{name}.rsa.key", "-out", f"{name}.key", cwd=directory)
    keystore = directory / "broker-keystore.pem"
    keystore.write_text((directory / "broker.key").read_text() + (directory / "broker.pem").read_text())
    # A client certificate from another CA: mutual TLS must refuse it.
    rogue = directory / "rogue"
    rogue.mkdir()
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "rogue.key", "-out", "rogue.pem", "-days", "2",
             "-subj", "/CN=rogue", cwd=rogue)
    return {"ca": directory / "ca.pem", "keystore": keystore, "client_cert": directory / "client.pem",
            "client_key": directory / "client.key", "rogue_cert": rogue / "rogue.pem", "rogue_key": rogue / "rogue.key"}


@dataclass
class SecureBroker:
    plaintext_port: int
    sasl_ssl_port: int
    ssl_port: int
    controller_port: int
    data_dir: Path
    certs: dict[str, Path]
    password: str

    @property
    def plaintext_bootstrap(self) -> str:
        return f"127.0.0.1:{self.plaintext_port}"

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update({
            "KAFKA_PORT": str(self.plaintext_port),
            "KAFKA_CONTROLLER_PORT": str(self.controller_port),
            "KAFKA_DATA_DIR": str(self.data_dir),
            "KAFKA_LISTENERS": (f"PLAINTEXT://127.0.0.1:{self.plaintext_port},"
                                f"SASL_SSL://127.0.0.1:{self.sasl_ssl_port},SSL://127.0.0.1:{self.ssl_port}"),
            "KAFKA_INTER_BROKER_LISTENER_NAME": "PLAINTEXT",
            "KAFKA_EXTRA_PROPERTIES": str(self.data_dir.parent / "secure.properties"),
        })
        return env

    def server_log(self) -> str:
        texts = []
        for name in ("server.log", "stdout.log"):
            path = self.data_dir / "logs" / name
            if path.exists():
                texts.append(path.read_text(errors="replace"))
        return "\n".join(texts)

    def worker_env(self, protocol: str, **overrides: str) -> dict[str, str]:
        env = {"STREAMER_SSL_CAFILE": str(self.certs["ca"])}
        if protocol == "SASL_SSL":
            env.update({"STREAMER_KAFKA_BOOTSTRAP": f"127.0.0.1:{self.sasl_ssl_port}", "STREAMER_SECURITY_PROTOCOL": "SASL_SSL",
                        "STREAMER_SASL_MECHANISM": "SCRAM-SHA-512", "STREAMER_SASL_USERNAME": SCRAM_USER,
                        "STREAMER_SASL_PASSWORD": self.password})
        else:
            env.update({"STREAMER_KAFKA_BOOTSTRAP": f"127.0.0.1:{self.ssl_port}", "STREAMER_SECURITY_PROTOCOL": "SSL",
                        "STREAMER_SSL_CERTFILE": str(self.certs["client_cert"]),
                        "STREAMER_SSL_KEYFILE": str(self.certs["client_key"])})
        env.update(overrides)
        return env


def _secure_properties(certs: dict[str, Path]) -> str:
    return "\n".join([
        "ssl.keystore.type=PEM",
        f"ssl.keystore.location={certs['keystore']}",
        "ssl.truststore.type=PEM",
        f"ssl.truststore.location={certs['ca']}",
        "ssl.endpoint.identification.algorithm=",
        "sasl.enabled.mechanisms=SCRAM-SHA-512",
        "listener.name.sasl_ssl.sasl.enabled.mechanisms=SCRAM-SHA-512",
        "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config="
        "org.apache.kafka.common.security.scram.ScramLoginModule required;",
        "listener.name.ssl.ssl.client.auth=required",
        # The broker logs each failed authentication; the tests count them to see the client's retry rate.
        "",
    ])


@pytest.fixture(scope="module")
def secure_broker(tmp_path_factory: pytest.TempPathFactory, bootstrap: str) -> Iterator[SecureBroker]:
    del bootstrap  # only so a run with no broker at all skips these tests like the other broker tests
    if shutil.which("openssl") is None:
        pytest.fail("the security tests need the openssl CLI (Debian package openssl)")
    base = tmp_path_factory.mktemp("secure-kafka")
    certs = make_certificates(base / "certs")
    (base / "secure.properties").write_text(_secure_properties(certs))
    broker = SecureBroker(plaintext_port=free_port(), sasl_ssl_port=free_port(), ssl_port=free_port(),
                          controller_port=free_port(), data_dir=base / "data", certs=certs,
                          password="pw-" + secrets.token_hex(12))
    env = broker.env()
    started = time.monotonic()
    result = subprocess.run(["bash", "deploy/kafka/kafka.sh", "up"], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=180)
    if result.returncode != 0:
        pytest.fail(f"secure broker did not start:\n{result.stderr[-3000:]}")
    try:
        # The SCRAM credential, stored in the KRaft metadata through the PLAINTEXT admin listener.
        subprocess.run(
            ["bash", "deploy/kafka/kafka.sh", "tool", "kafka.admin.ConfigCommand", "--bootstrap-server",
             broker.plaintext_bootstrap, "--alter", "--entity-type", "users", "--entity-name", SCRAM_USER,
             "--add-config", f"SCRAM-SHA-512=[iterations=4096,password={broker.password}]"],
            cwd=REPO, env=env, check=True, capture_output=True, timeout=120,
        )
        time.sleep(1.0)  # the credential reaches the broker's cache through the metadata log
        print(f"\nsecure broker up in {time.monotonic() - started:.1f}s")
        yield broker
    finally:
        subprocess.run(["bash", "deploy/kafka/kafka.sh", "down"], cwd=REPO, env=env, capture_output=True, timeout=120)
