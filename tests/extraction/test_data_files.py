"""The core's data files: a missing or broken one stops loading with an error that names it."""

from __future__ import annotations

from pathlib import Path

import pytest

from streamer.errors import ConfigurationError
from streamer.extraction.resources import load_data_file


def test_a_missing_data_file_is_a_configuration_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "degrees.json"
    with pytest.raises(ConfigurationError, match="degrees.json"):
        load_data_file(path)


def test_a_broken_data_file_is_a_configuration_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "degrees.json"
    path.write_text('{"degrees": ["SH", ', encoding="utf-8")
    with pytest.raises(ConfigurationError, match="cannot read data file .*degrees.json"):
        load_data_file(path)


def test_a_good_data_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "degrees.json"
    path.write_text('{"degrees": ["SH", "MBA"]}', encoding="utf-8")
    assert load_data_file(path) == {"degrees": ["SH", "MBA"]}
