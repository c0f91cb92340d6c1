"""Validity of tests/gold/dev-random-2.jsonl, a second randomly sampled real-article gold set.

The file holds 80 corpus references (no text): 40 indosum-dev and 40 reuters21578 ids drawn with
``random.Random(99173).sample`` (indosum first, then reuters, each pool sorted) from the ids in ``dev-ids.txt``
only, after removing the ids already in dev.jsonl, dev-random.jsonl and dev-holdout.jsonl. It is a second,
independent estimate of real-world precision and recall. This test guards the file's shape, not the
extractor's scores.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streamer.evaluation import CORPUS_FILES, LANGUAGES, default_corpus_dir, load_gold, read_dev_ids

GOLD_DIR = Path(__file__).parent / "gold"
RANDOM2_GOLD = GOLD_DIR / "dev-random-2.jsonl"
# Every other gold file: an article annotated twice would be counted twice when the sets are pooled.
OTHER_GOLD = ("dev.jsonl", "dev-random.jsonl", "dev-holdout.jsonl")


def _ids_of(path: Path) -> set[str]:
    return {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def test_gold_random2_file_is_valid_and_disjoint_from_other_gold(tmp_path: Path) -> None:
    # An empty corpus dir: the loader then checks the format only, without dev-ids or article text, exactly as
    # on a fresh checkout without ../shared.
    gold = load_gold(RANDOM2_GOLD, tmp_path / "no-corpus", resolve=False)
    items = gold.items
    raw_lines = [line for line in RANDOM2_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) == len(raw_lines) >= 70  # every line parsed into one item

    ids = [it.id for it in items]
    assert len(set(ids)) == len(ids), "duplicate ids"
    for name in OTHER_GOLD:
        other = GOLD_DIR / name
        if other.is_file():
            overlap = sorted(set(ids) & _ids_of(other))
            assert not overlap, f"items already annotated in {name}: {overlap[:5]}"

    # Real articles only, referenced by id, both languages in about equal numbers.
    assert all(it.source in CORPUS_FILES and it.article is None for it in items)
    assert {it.language for it in items} == set(LANGUAGES)
    per_language = {lang: sum(1 for it in items if it.language == lang) for lang in LANGUAGES}
    assert min(per_language.values()) >= 35, per_language
    for it in items:
        expected_language = "id" if it.source == "corpus:indosum-dev" else "en"
        assert it.language == expected_language, it.id
        assert it.notes, f"{it.id}: every annotation explains itself in notes"
        speakers = [s.speaker for s in it.statements]
        assert len(set(speakers)) == len(speakers), f"{it.id}: a speaker is listed once per article"

    corpus_dir = default_corpus_dir()
    if not (corpus_dir / "dev-ids.txt").is_file():
        pytest.skip(f"format checks passed; corpus checks need {corpus_dir} (absent on a fresh checkout)")
    allowed = read_dev_ids(corpus_dir)
    reserved = sorted(set(ids) - allowed)
    assert not reserved, f"ids reserved for blind evaluation: {reserved[:5]}"
    # Every reference resolves to an article in the corpus (only dev articles are read).
    resolved = load_gold(RANDOM2_GOLD, corpus_dir)
    assert not resolved.skipped, f"articles not found in the corpus: {resolved.skipped[:5]}"
    assert all(it.article and it.article.get("body") for it in resolved.items)
