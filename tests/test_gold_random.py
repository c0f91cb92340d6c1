"""Validity of tests/gold/dev-random.jsonl, the randomly sampled real-article gold set.

The file holds ~70 corpus references (no text) chosen with ``random.Random(20261127).sample`` from the ids in
``dev-ids.txt`` only (35 indosum-dev, 35 reuters21578, minus the ids already in dev.jsonl), so its scores
estimate real-world precision and recall. This test guards the file's shape, not the extractor's scores.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streamer.evaluation import CORPUS_FILES, LANGUAGES, default_corpus_dir, load_gold, read_dev_ids

GOLD_DIR = Path(__file__).parent / "gold"
RANDOM_GOLD = GOLD_DIR / "dev-random.jsonl"
DEV_GOLD = GOLD_DIR / "dev.jsonl"


def test_gold_random_file_is_valid_and_disjoint_from_dev(tmp_path: Path) -> None:
    # An empty corpus dir: the loader then checks the format only, without dev-ids or article text, exactly as
    # on a fresh checkout without ../shared.
    gold = load_gold(RANDOM_GOLD, tmp_path / "no-corpus", resolve=False)
    items = gold.items
    raw_lines = [line for line in RANDOM_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) == len(raw_lines) >= 60  # every line parsed into one item

    ids = [it.id for it in items]
    assert len(set(ids)) == len(ids), "duplicate ids"
    dev_ids = {json.loads(line)["id"] for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not set(ids) & dev_ids, "items already annotated in dev.jsonl"

    # Real articles only, referenced by id, and both languages present.
    assert all(it.source in CORPUS_FILES and it.article is None for it in items)
    assert {it.language for it in items} == set(LANGUAGES)
    for it in items:
        expected_language = "id" if it.source == "corpus:indosum-dev" else "en"
        assert it.language == expected_language, it.id
        assert it.notes, f"{it.id}: every annotation explains itself in notes"

    corpus_dir = default_corpus_dir()
    if not (corpus_dir / "dev-ids.txt").is_file():
        pytest.skip(f"format checks passed; corpus checks need {corpus_dir} (absent on a fresh checkout)")
    allowed = read_dev_ids(corpus_dir)
    reserved = sorted(set(ids) - allowed)
    assert not reserved, f"ids reserved for blind evaluation: {reserved[:5]}"
    # Every reference resolves to an article in the corpus (only dev articles are read).
    resolved = load_gold(RANDOM_GOLD, corpus_dir)
    assert not resolved.skipped, f"articles not found in the corpus: {resolved.skipped[:5]}"
    assert all(it.article and it.article.get("body") for it in resolved.items)
