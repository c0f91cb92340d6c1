"""The compiled core is used only when it matches the sources, and gives the same output as the pure-Python one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from streamer.extraction import COMPILED_CORE, Extractor, native
from streamer.extraction.document import Document
from streamer.service.codec import decode_article

SAMPLES = Path(__file__).resolve().parents[2] / "streamer" / "samples" / "articles.jsonl"

# Our own sentences in both languages, beside the bundled samples: quotes, visits, hosts, coreference.
SENTENCES = [
    ("id", "Menteri Luar Negeri Retno Marsudi tiba di Hanoi pada Senin untuk kunjungan dua hari. \"Kami ingin "
           "perundingan segera selesai,\" kata Retno kepada wartawan."),
    ("id", "Gubernur Jawa Barat Surya Adinata mengatakan jalan tol itu dibuka pekan depan, ujar dia."),
    ("en", "TOKYO, March 3 - U.S. Treasury Secretary James Baker will visit Tokyo next week for talks with Finance "
           "Minister Kiichi Miyazawa, a spokesman for the ministry said. \"We expect progress,\" Baker said."),
    ("en", "Jane Roe of Acme Securities Inc said the bank would cut rates, according to a statement from the firm."),
]


def _fake_build(root: Path, digest: str, modules: tuple[str, ...] = native.COMPILED_MODULES) -> Path:
    (root / "streamer" / "extraction").mkdir(parents=True)
    for module in modules:
        (root / "streamer" / "extraction" / f"{module}.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    (root / native.DIGEST_FILE).write_text(digest + "\n")
    return root


def test_a_build_is_used_only_when_its_digest_matches_the_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STREAMER_PURE_PYTHON", raising=False)
    current = native.source_digest()
    assert native.fresh_build(_fake_build(tmp_path / "fresh", current)) == tmp_path / "fresh"
    assert native.fresh_build(_fake_build(tmp_path / "stale", "0" * 64)) is None, "a source changed since the build"
    assert native.fresh_build(_fake_build(tmp_path / "partial", current, modules=("entities",))) is None
    assert native.fresh_build(tmp_path / "nothing-here") is None
    monkeypatch.setenv("STREAMER_PURE_PYTHON", "1")
    assert native.fresh_build(tmp_path / "fresh") is None, "STREAMER_PURE_PYTHON forces the pure core"


def test_the_digest_covers_every_source_of_the_package(tmp_path: Path) -> None:
    copy = tmp_path / "streamer"
    shutil.copytree(native.PACKAGE_DIR.parent, copy, ignore=shutil.ignore_patterns("__pycache__", "*.so", "data"))
    before = native.source_digest(copy / "extraction")
    for name in ("resources.py", "model.py", "statements.py"):  # built against, or built
        path = copy / "extraction" / name
        original = path.read_bytes()
        path.write_bytes(original + b"\n# changed\n")
        assert native.source_digest(copy / "extraction") != before, name
        path.write_bytes(original)
    (copy / "errors.py").write_bytes((copy / "errors.py").read_bytes() + b"\n")
    assert native.source_digest(copy / "extraction") != before, "errors.py"


def _extract_all(extractor: Extractor) -> list[str]:
    docs = [Document(id=f"s{i}", title="", body=body, language=lang) for i, (lang, body) in enumerate(SENTENCES)]
    for line in SAMPLES.read_bytes().splitlines():
        try:
            docs.append(decode_article(line, max_bytes=1_000_000).document)
        except Exception:  # noqa: BLE001 (the samples hold one broken message on purpose)
            continue
    out = []
    for doc in docs:
        data = extractor.extract(doc).model_dump(mode="json")
        out.append(json.dumps(data, sort_keys=True))
    return out


def test_compiled_and_pure_cores_give_identical_output() -> None:
    if not COMPILED_CORE:
        if os.environ.get("CI") and shutil.which("cc"):
            pytest.fail("CI has a C compiler but the compiled core is not in use: make install builds it")
        pytest.skip("no fresh compiled core (python -m streamer.extraction.tools.build_native builds it)")
    assert native.is_compiled()
    compiled = _extract_all(Extractor())
    script = (
        "import json, sys; sys.path.insert(0, %r); from tests.extraction.test_native import _extract_all; "
        "from streamer.extraction import Extractor, native; assert not native.is_compiled(); "
        "print(json.dumps(_extract_all(Extractor())))" % str(Path(__file__).resolve().parents[2])
    )
    env = {**os.environ, "STREAMER_PURE_PYTHON": "1"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    pure = json.loads(done.stdout)
    assert len(compiled) == len(pure) >= len(SENTENCES)
    assert compiled == pure
