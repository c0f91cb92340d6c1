"""bench_core's command line: a corpus file that is not there is a clear usage error before anything loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from streamer.extraction import bench_core


def test_a_missing_corpus_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no-such-corpus.jsonl"
    with pytest.raises(SystemExit) as stop:
        bench_core.main([str(missing)])
    assert stop.value.code == 2
    assert f"not found: {missing}" in capsys.readouterr().err
