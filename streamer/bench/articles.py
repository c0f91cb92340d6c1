"""The articles the benchmarks run over: the shared corpora when present, generated articles otherwise.

Articles are kept as raw message bytes in the service's minimal input form, so every benchmark (core,
pipeline, broker) sees exactly what a producer would send. Corpus text is read at run time and never
written anywhere but the benchmark's own Kafka topics.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parents[2]
# `make bench` runs from the checkout; the shared corpora sit beside it (../shared/corpus).
DEFAULT_CORPUS_DIR = Path(os.environ.get("STREAMER_BENCH_CORPUS", REPO.parent / "shared" / "corpus"))
CORPUS_FILES = {"id": "indosum-dev.jsonl", "en": "reuters21578.jsonl"}


@dataclass(frozen=True, slots=True)
class BenchArticle:
    key: bytes
    value: bytes  # the raw message: minimal-form JSON
    language: str  # the language of the file it came from (what "per language" groups by)


@dataclass(frozen=True)
class ArticleSet:
    source: str  # "corpus" or "generated"
    note: str
    by_language: dict[str, list[BenchArticle]]

    def all(self) -> list[BenchArticle]:
        """Every article, languages interleaved, so a prefix of any length is a mixed stream."""
        lists = list(self.by_language.values())
        mixed: list[BenchArticle] = []
        for index in range(max((len(items) for items in lists), default=0)):
            mixed.extend(items[index] for items in lists if index < len(items))
        return mixed


def load_articles(corpus_dir: Path | None = None, *, limit_per_language: int | None = None,
                  generated_per_language: int = 1000) -> ArticleSet:
    corpus_dir = corpus_dir or DEFAULT_CORPUS_DIR
    paths = {lang: corpus_dir / name for lang, name in CORPUS_FILES.items()}
    if all(path.is_file() for path in paths.values()):
        by_language = {lang: list(_read_jsonl(path, lang, limit_per_language)) for lang, path in paths.items()}
        note = ", ".join(f"{lang}: {CORPUS_FILES[lang]} ({len(items)} articles)" for lang, items in by_language.items())
        return ArticleSet(source="corpus", note=f"corpus at {corpus_dir} — {note}", by_language=by_language)
    count = min(generated_per_language, limit_per_language or generated_per_language)
    return ArticleSet(
        source="generated",
        note=f"{corpus_dir} not found: GENERATED articles ({count} per language), figures are not comparable to corpus runs",
        by_language={lang: generate_articles(lang, count) for lang in CORPUS_FILES},
    )


def _read_jsonl(path: Path, language: str, limit: int | None) -> Iterator[BenchArticle]:
    with path.open("rb") as handle:
        for count, line in enumerate(handle):
            if limit is not None and count >= limit:
                return
            line = line.strip()
            if not line:
                continue
            item = orjson.loads(line)
            # Only the fields of the minimal form travel; provenance fields stay behind.
            message = {k: item[k] for k in ("id", "title", "body", "language", "published", "source") if k in item}
            yield BenchArticle(key=str(item["id"]).encode(), value=orjson.dumps(message), language=language)


# Generated articles: made-up sentences with the shapes the core looks for (titles, names, visits, quotes),
# so the fallback still exercises every stage. Deterministic for a given seed.
_WORDS = {
    "en": {
        "who": ["President Arlen Voss", "Foreign Minister Dana Kiro", "Prime Minister Ilse Marn", "the trade minister"],
        "where": ["Jakarta", "Canberra", "Tokyo", "Nairobi", "Lima", "Ottawa"],
        "verb": ["will visit", "arrived in", "travelled to", "met officials in"],
        "say": ["said", "told reporters", "added"],
        "filler": ["Output rose", "Prices of cocoa fell", "The bank raised rates", "Exports grew", "Shares closed higher"],
    },
    "id": {
        "who": ["Presiden Arlen Voss", "Menteri Luar Negeri Dana Kiro", "Perdana Menteri Ilse Marn", "menteri perdagangan"],
        "where": ["Jakarta", "Canberra", "Tokyo", "Nairobi", "Lima", "Ottawa"],
        "verb": ["akan berkunjung ke", "tiba di", "bertolak ke", "bertemu pejabat di"],
        "say": ["kata", "ujar", "menurut"],
        "filler": ["Produksi naik", "Harga kakao turun", "Bank menaikkan suku bunga", "Ekspor tumbuh", "Saham ditutup menguat"],
    },
}


def generate_articles(language: str, count: int, *, seed: int = 7) -> list[BenchArticle]:
    words = _WORDS[language]
    rng = random.Random(f"{seed}:{language}")
    articles = []
    for number in range(count):
        sentences = []
        for _ in range(rng.randint(6, 18)):
            if rng.random() < 0.3:
                sentences.append(f"{rng.choice(words['who'])} {rng.choice(words['verb'])} {rng.choice(words['where'])} "
                                 f"on {rng.randint(1, 28)} March.")
            elif rng.random() < 0.3:
                sentences.append(f"\"{rng.choice(words['filler'])} by {rng.randint(2, 40)} percent,\" "
                                 f"{rng.choice(words['who'])} {rng.choice(words['say'])}.")
            else:
                sentences.append(f"{rng.choice(words['filler'])} in {rng.choice(words['where'])} by "
                                 f"{rng.randint(1, 90)}.{rng.randint(0, 9)} percent last quarter.")
        ident = f"generated-{language}-{number}"
        message = {
            "id": ident,
            "title": f"{rng.choice(words['where'])} {rng.choice(words['filler'])}",
            "body": " ".join(sentences),
            "language": language,
            "published": f"2024-03-{rng.randint(1, 28):02d}T08:00:00Z",
            "source": "generated",
        }
        articles.append(BenchArticle(key=ident.encode(), value=orjson.dumps(message), language=language))
    return articles


def with_unique_id(article: BenchArticle, suffix: str) -> BenchArticle:
    """The same article under a new id (and key), so repeated sends are told apart by the consumer."""
    item = orjson.loads(article.value)
    item["id"] = f"{item['id']}~{suffix}"
    return BenchArticle(key=item["id"].encode(), value=orjson.dumps(item), language=article.language)
