"""Validity of the gold sets made of real corpus articles (references only, no text).

* ``dev-random.jsonl``: 70 ids drawn with ``random.Random(20261127).sample`` (35 indosum-dev, 35 reuters21578).
* ``dev-random-2.jsonl``: 80 ids drawn with ``random.Random(99173).sample`` (40 + 40; no visit came up).
* ``dev-random-3.jsonl``: 50 + 50 ids drawn with ``random.Random(5150).sample`` after the second held-out set,
  annotated blind (before the extractor ran on them), then used for tuning.
* ``dev-random-4.jsonl``: 50 + 50 ids drawn with ``random.Random(6262).sample`` the same way, annotated blind,
  then used for tuning.
* ``dev-former-holdout.jsonl``: held out (never tuned on) until the second held-out set existed, then opened
  for tuning because it holds the most real English visits (9). 30 + 30 ids drawn with ``random.Random(7741).sample``, 10 more per
  language drawn with the same generator from dev articles holding a visit cue, and every remaining dev
  article (4 per language) where such a cue and a foreign country share a sentence, so visits get scored.
* ``dev-holdout-2.jsonl``: annotated blind (before the extractor ran on it) and never tuned on until the sixth
  held-out set existed, then opened for tuning. 35 + 35 ids drawn with
  ``random.Random(20261127).sample``, then 15 Indonesian and 16 English ids drawn with the same generator
  from dev articles holding a visit cue. Real wire text rarely holds a visit: the draw found one.
* ``dev-random-5.jsonl``: 50 + 50 ids drawn with ``random.Random(20261127).sample`` from the dev articles
  without a visit cue, annotated blind, scored once as found, then used for tuning.
* ``dev-visits-2.jsonl``: every remaining Indonesian dev article with a visit cue (63; none held a diplomatic
  visit, many are hard negatives) and 37 English ones: the 12 with a strong cue ("visited", "talks with",
  ...) and 25 drawn with ``random.Random(7).sample`` from those naming a minister. Annotated blind, scored once
  as found, then used for tuning.
* ``dev-holdout-3.jsonl``: annotated blind, never tuned on until dev-holdout-7 existed, then opened for tuning
  like dev-holdout-2. 50 Indonesian and 35 English ids drawn with
  ``random.Random(31337).sample`` from dev articles without an English visit cue, then 15 drawn with the same
  generator from the English ones naming a minister or a trip.
* ``dev-holdout-4.jsonl``: annotated blind, never tuned on until dev-holdout-8 existed, then opened for tuning.
  50 + 50 ids drawn with ``random.Random(40404).sample`` from the dev articles left after all the files above.
* ``dev-random-6.jsonl``: 50 + 50 ids drawn with ``random.Random(60606).sample`` from the dev articles left after
  all the files above, annotated blind, scored once as found, then used for tuning.
* ``dev-holdout-5.jsonl``: annotated blind, never tuned on until dev-holdout-9 existed, then opened for tuning.
  50 + 50 ids drawn with ``random.Random(20261127).sample`` from the dev articles left after all the files above
  and the id lists of earlier audits.
* ``dev-holdout-6.jsonl``: never tuned on, annotated blind. 50 + 50 ids drawn with ``random.Random(20261128).sample``
  from the dev articles left after all the files above and the id lists of earlier audits. Only its scores are
  looked at.
* ``dev-holdout-7.jsonl``: never tuned on, annotated blind. 50 + 50 ids drawn with ``random.Random(20261129).sample``
  the same way, after dev-holdout-6. Only its scores are looked at.
* ``dev-holdout-8.jsonl``: never tuned on, annotated blind. 50 + 50 ids drawn with ``random.Random(20261130).sample``
  the same way, after dev-holdout-7. Only its scores are looked at.
* ``dev-holdout-9.jsonl``: never tuned on, annotated blind. 50 + 50 ids drawn with ``random.Random(20261201).sample``
  the same way, after dev-holdout-8. Only its scores are looked at.
* ``dev-random-7.jsonl``: 50 + 50 ids drawn with ``random.Random(20261202).sample`` the same way, after
  dev-holdout-9, annotated blind, scored once as found, then used for tuning.
* ``dev-holdout-10.jsonl``: never tuned on, annotated blind. 50 Indonesian ids drawn with
  ``random.Random(20261203).sample`` and 50 English with ``random.Random(20261204).sample`` from the sorted dev
  articles left after dev-random-7. Only its scores are looked at.

Every draw is from the ids in ``dev-ids.txt`` only, after removing the ids of the gold files before it. These
tests guard each file's shape and its separation from the others, not the extractor's scores.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streamer.evaluation import CORPUS_FILES, LANGUAGES, default_corpus_dir, load_gold, read_dev_ids

GOLD_DIR = Path(__file__).parent / "gold"
ALL_GOLD = ("dev.jsonl", "dev-random.jsonl", "dev-random-2.jsonl", "dev-random-3.jsonl", "dev-random-4.jsonl",
            "dev-former-holdout.jsonl", "dev-holdout-2.jsonl", "dev-random-5.jsonl", "dev-visits-2.jsonl",
            "dev-holdout-3.jsonl", "dev-holdout-4.jsonl", "dev-random-6.jsonl", "dev-holdout-5.jsonl",
            "dev-holdout-6.jsonl", "dev-holdout-7.jsonl",
            "dev-holdout-8.jsonl", "dev-holdout-9.jsonl",
            "dev-random-7.jsonl", "dev-holdout-10.jsonl")
CORPUS_ONLY = {"dev-random.jsonl": 30, "dev-random-2.jsonl": 35, "dev-random-3.jsonl": 50, "dev-random-4.jsonl": 50,
                "dev-former-holdout.jsonl": 40, "dev-holdout-2.jsonl": 50,
                "dev-random-5.jsonl": 50, "dev-visits-2.jsonl": 37, "dev-holdout-3.jsonl": 50,
                "dev-holdout-4.jsonl": 50, "dev-random-6.jsonl": 50, "dev-holdout-5.jsonl": 50,
                "dev-holdout-6.jsonl": 50, "dev-holdout-7.jsonl": 50,
                "dev-holdout-8.jsonl": 50, "dev-holdout-9.jsonl": 50,
                "dev-random-7.jsonl": 50, "dev-holdout-10.jsonl": 50}  # least items per language


def _ids_of(name: str) -> set[str]:
    lines = (GOLD_DIR / name).read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["id"] for line in lines if line.strip()}


@pytest.mark.parametrize(("name", "least_per_language"), sorted(CORPUS_ONLY.items()))
def test_gold_sets_are_valid_corpus_references_disjoint_from_each_other(
    name: str, least_per_language: int, tmp_path: Path
) -> None:
    path = GOLD_DIR / name
    # An empty corpus dir: the loader checks the format only, exactly as on a fresh checkout without ../shared.
    items = load_gold(path, tmp_path / "no-corpus", resolve=False).items
    raw_lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) == len(raw_lines), "every line parses into one item"

    ids = [it.id for it in items]
    assert len(set(ids)) == len(ids), "duplicate ids"
    for other in ALL_GOLD:
        if other != name:
            overlap = sorted(set(ids) & _ids_of(other))
            assert not overlap, f"already annotated in {other}: {overlap[:5]}"

    assert all(it.source in CORPUS_FILES and it.article is None for it in items), "references only, no text"
    per_language = {lang: sum(1 for it in items if it.language == lang) for lang in LANGUAGES}
    assert min(per_language.values()) >= least_per_language, per_language
    for it in items:
        assert it.language == ("id" if it.source == "corpus:indosum-dev" else "en"), it.id
        assert it.notes, f"{it.id}: every annotation explains itself in notes"

    corpus_dir = default_corpus_dir()
    if not (corpus_dir / "dev-ids.txt").is_file():
        pytest.skip(f"format checks passed; corpus checks need {corpus_dir} (absent on a fresh checkout)")
    reserved = sorted(set(ids) - read_dev_ids(corpus_dir))
    assert not reserved, f"ids reserved for blind evaluation: {reserved[:5]}"
    resolved = load_gold(path, corpus_dir)
    assert not resolved.skipped, f"articles not found in the corpus: {resolved.skipped[:5]}"
    assert all(it.article and it.article.get("body") for it in resolved.items)
