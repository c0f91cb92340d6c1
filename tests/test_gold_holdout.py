"""Validity of tests/gold/dev-holdout.jsonl, the held-out real-article gold set.

The file exists to report honest scores: nobody tunes the extractor on it (tuning uses dev.jsonl and
dev-random.jsonl), so it must never overlap them. It holds corpus references only (no text), chosen from the ids
in ``dev-ids.txt`` after removing every id of the two other gold files:

* 30 indosum-dev and 30 reuters21578 ids drawn with ``random.Random(7741).sample`` (id pool first, then en);
* 10 more per language drawn with the same generator from the dev articles that contain a visit cue
  (kunjungan/berkunjung/lawatan/tiba di; visit/arrived/trip/talks in), so that visits get scored at all;
* every remaining dev article (4 per language) where such a cue and a foreign country name share a sentence.

This test guards the file's shape and its separation from the tuning sets, not the extractor's scores.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streamer.evaluation import CORPUS_FILES, LANGUAGES, default_corpus_dir, load_gold, read_dev_ids

GOLD_DIR = Path(__file__).parent / "gold"
HOLDOUT_GOLD = GOLD_DIR / "dev-holdout.jsonl"
TUNING_GOLD_FILES = (GOLD_DIR / "dev.jsonl", GOLD_DIR / "dev-random.jsonl")


def _ids_in(path: Path) -> set[str]:
    return {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def test_gold_holdout_file_is_valid_and_disjoint_from_tuning_sets(tmp_path: Path) -> None:
    # An empty corpus dir: the loader then checks the format only, without dev-ids or article text, exactly as
    # on a fresh checkout without ../shared.
    gold = load_gold(HOLDOUT_GOLD, tmp_path / "no-corpus", resolve=False)
    items = gold.items
    raw_lines = [line for line in HOLDOUT_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) == len(raw_lines) >= 60  # every line parsed into one item

    ids = [it.id for it in items]
    assert len(set(ids)) == len(ids), "duplicate ids"
    for other in TUNING_GOLD_FILES:
        overlap = sorted(set(ids) & _ids_in(other))
        assert not overlap, f"held-out items also in {other.name} (used for tuning): {overlap[:5]}"

    # Real articles only, referenced by id, both languages present in comparable numbers.
    assert all(it.source in CORPUS_FILES and it.article is None for it in items)
    assert {it.language for it in items} == set(LANGUAGES)
    for lang in LANGUAGES:
        assert sum(it.language == lang for it in items) >= 30, f"too few {lang} articles"
    for it in items:
        expected_language = "id" if it.source == "corpus:indosum-dev" else "en"
        assert it.language == expected_language, it.id
        assert it.notes, f"{it.id}: every annotation explains itself in notes"
    # The set was enriched with visit-cue articles so that visits are scored, not only statements.
    assert sum(len(it.visits) for it in items) > 0

    corpus_dir = default_corpus_dir()
    if not (corpus_dir / "dev-ids.txt").is_file():
        pytest.skip(f"format checks passed; corpus checks need {corpus_dir} (absent on a fresh checkout)")
    allowed = read_dev_ids(corpus_dir)
    reserved = sorted(set(ids) - allowed)
    assert not reserved, f"ids reserved for blind evaluation: {reserved[:5]}"
    # Every reference resolves to an article in the corpus (only dev articles are read).
    resolved = load_gold(HOLDOUT_GOLD, corpus_dir)
    assert not resolved.skipped, f"articles not found in the corpus: {resolved.skipped[:5]}"
    assert all(it.article and it.article.get("body") for it in resolved.items)
