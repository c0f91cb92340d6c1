"""Hostile bytes into streamer.service.codec.decode_article: each input decodes or raises InvalidArticle with
a reason and a detail; no other exception ever escapes (property-based, hypothesis)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import get_args

import orjson
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from streamer.errors import DeadLetterReason, InvalidArticle
from streamer.schemas import Article
from streamer.service.codec import decode_article
from tests.faults.fuzz import CASES, FUZZ, dumps, JSON_VALUES, VALID_FORMS, article_with_one_wrong_field, deeply_nested

LIMIT = 64 * 1024
REASONS = set(get_args(DeadLetterReason))


def decodes_or_says_why(raw: bytes | None, *, max_bytes: int = LIMIT) -> Article | InvalidArticle:
    """The property itself: an Article, or an InvalidArticle with a known reason and a detail."""
    try:
        article = decode_article(raw, max_bytes=max_bytes)
    except InvalidArticle as exc:
        assert exc.reason in REASONS, exc.reason
        assert exc.detail.strip(), "a dead letter must say why"
        return exc
    assert isinstance(article, Article)
    assert article.document.id and article.document.body.strip()
    return article


@pytest.fixture(scope="module", autouse=True)
def report_cases() -> Iterator[None]:
    yield
    print(f"\nFAULTS fuzz-decoder cases={sum(v for k, v in CASES.items() if k.startswith('decoder'))} {dict(CASES)}")


@FUZZ
@given(st.binary(max_size=4096))
@example(b"\xff\xfe\x00")
@example(b"\xc3\x28")
@example(b"\xed\xa0\x80")
@example(b"")
@example(b"\x00" * 100)
def test_decoder_random_bytes(raw: bytes) -> None:
    CASES["decoder random bytes"] += 1
    decodes_or_says_why(raw)


@FUZZ
@given(st.binary(min_size=1, max_size=64).map(lambda b: b'{"id": "x", "body": "' + b + b'"}'))
def test_decoder_invalid_utf8_inside_an_article(raw: bytes) -> None:
    CASES["decoder invalid utf-8 in a body"] += 1
    result = decodes_or_says_why(raw)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        assert isinstance(result, InvalidArticle) and result.reason == "undecodable"


@FUZZ
@given(JSON_VALUES)
def test_decoder_any_json_value(value: object) -> None:
    CASES["decoder any JSON value"] += 1
    decodes_or_says_why(dumps(value))


@FUZZ
@given(article_with_one_wrong_field())
def test_decoder_wrong_type_in_every_field_of_each_form(raw: bytes) -> None:
    CASES["decoder wrong type in a field"] += 1
    decodes_or_says_why(raw)


@FUZZ
@given(st.sampled_from(sorted(VALID_FORMS)), st.sampled_from(["", " ", "\n\t", "<p></p>", "<br/>", "\u200b"]))
def test_decoder_empty_bodies(form: str, body: str) -> None:
    CASES["decoder empty bodies"] += 1
    article = dict(VALID_FORMS[form])
    if form == "minimal":
        article["body"] = body
    elif form == "ninjs1":
        # HTML goes where ninjs 1 puts HTML: body_text is plain text by definition.
        article["body_text"], article["body_html"] = (None, body) if "<" in body else (body, None)
    else:
        article["bodies"] = [{"value": body, "role": "main", "contentType": "text/html" if "<" in body else "text/plain"}]
    result = decodes_or_says_why(orjson.dumps(article))
    if not body.strip() or body in ("<p></p>", "<br/>"):
        assert isinstance(result, InvalidArticle) and result.reason == "empty_body"


@pytest.mark.parametrize("kind", ["list", "object", "inside an article"])
@pytest.mark.parametrize("depth", [100, 1_000, 100_000])
def test_decoder_deeply_nested_json(kind: str, depth: int) -> None:
    CASES["decoder deeply nested"] += 1
    decodes_or_says_why(deeply_nested(depth, kind=kind), max_bytes=1_000_000)


def test_decoder_enormous_bodies_are_rejected_by_size_before_parsing() -> None:
    CASES["decoder enormous"] += 1
    enormous = b'{"id": "big", "body": "' + b"kata " * 2_000_000 + b'"}'
    result = decodes_or_says_why(enormous, max_bytes=1_000_000)
    assert isinstance(result, InvalidArticle) and result.reason == "too_large"
    # Exactly at the limit it is still read.
    body = "x" * (LIMIT - len(b'{"id":"edge","body":""}'))
    at_limit = orjson.dumps({"id": "edge", "body": body})
    assert len(at_limit) == LIMIT
    assert isinstance(decodes_or_says_why(at_limit), Article)
    assert isinstance(decodes_or_says_why(at_limit + b" "), InvalidArticle)


def test_decoder_tombstone() -> None:
    CASES["decoder tombstone"] += 1
    result = decodes_or_says_why(None)
    assert isinstance(result, InvalidArticle) and result.reason == "not_an_article"
