"""The README documents every setting the service reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from streamer.config import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_readme_documents_every_setting(field: str) -> None:
    assert f"`STREAMER_{field.upper()}`" in README
