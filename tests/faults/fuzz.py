"""Strategies of hostile input shared by the fuzz tests, and a counter of the cases they ran."""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

import json

import orjson
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# How many examples each property runs: small for the always-on suite, larger with STREAMER_FUZZ_EXAMPLES.
EXAMPLES = int(os.environ.get("STREAMER_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # time bounds are asserted explicitly, per article, where they matter
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=os.environ.get("STREAMER_FUZZ_RANDOM") != "1",  # reproducible in CI; random on demand
    database=None,
)

CASES: Counter[str] = Counter()  # test name -> examples run, reported at the end of the module

# ---------------------------------------------------------------- JSON values of every type

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=10**30, max_value=10**40),
    st.floats(allow_nan=False), st.text(max_size=50), st.just(""), st.just("   "),
)
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                             st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                           max_leaves=12)

# ---------------------------------------------------------------- the three input forms, valid

VALID_FORMS: dict[str, dict[str, Any]] = {
    "minimal": {"id": "m-1", "title": "t", "body": "Penny Wong arrived in Hanoi on Monday.", "language": "en",
                "published": "2023-05-15T08:00:00Z", "source": "wire", "url": "https://example.org/a", "version": "2",
                "dateline": "HANOI", "located": "Hanoi"},
    "ninjs1": {"uri": "urn:x:1", "version": "1", "versioncreated": "2023-05-15T08:00:00Z",
               "firstcreated": "2023-05-15T07:00:00Z", "language": "en", "headline": "h",
               "body_text": "Penny Wong arrived in Hanoi on Monday.", "body_html": "<p>x</p>", "located": "Hanoi"},
    "ninjs3": {"uri": "urn:x:3", "version": "3", "versionCreated": "2023-05-15T08:00:00Z",
               "firstCreated": "2023-05-15T07:00:00Z", "language": "id",
               "headlines": [{"value": "h", "role": "main"}],
               "bodies": [{"value": "Retno Marsudi berkunjung ke Hanoi.", "role": "main", "contentType": "text/plain"}],
               "located": {"name": "Hanoi"}},
}


def dumps(value: Any) -> bytes:
    """The stdlib encoder: unlike orjson it writes integers beyond 64 bits, which a hostile producer may send."""
    return json.dumps(value, ensure_ascii=False).encode()


@st.composite
def article_with_one_wrong_field(draw: st.DrawFn) -> bytes:
    """A valid article of some form with one field (top level or nested) replaced by any JSON value."""
    form = draw(st.sampled_from(sorted(VALID_FORMS)))
    article = orjson.loads(orjson.dumps(VALID_FORMS[form]))
    field = draw(st.sampled_from(sorted(article)))
    mode = draw(st.sampled_from(["replace", "delete", "nested"]))
    if mode == "delete":
        del article[field]
    elif mode == "nested" and form == "ninjs3":
        which = draw(st.sampled_from(["bodies", "headlines"]))
        key = draw(st.sampled_from(["value", "role", "contentType"]))
        article[which][0][key] = draw(JSON_VALUES)
    else:
        article[field] = draw(JSON_VALUES)
    return dumps(article)


def deeply_nested(depth: int, *, kind: str) -> bytes:
    if kind == "list":
        return b"[" * depth + b"]" * depth
    if kind == "object":
        return b'{"a":' * depth + b"1" + b"}" * depth
    return b'{"id": "deep", "body": "x", "extra": ' + b"[" * depth + b"]" * depth + b"}"


# ---------------------------------------------------------------- pathological article text

_PIECES = st.sampled_from([
    "kata ", '"', "'", "\u201c", "\u201d", "\u00ab", "\u00bb", "Foreign Minister ", "Menteri Luar Negeri ",
    "Presiden Joko Widodo ", "Penny Wong ", "said ", "kata ", "berkunjung ke ", "arrived in ", "Hanoi ", "Jakarta ",
    "\n", "\n\n\n", "\r", "\t", "\x00", "\x07", "\x1b[31m", "\u200f", "\u202e", "\u200b", "\ufeff", "\u0645\u0631\u062d",
    "\U0001F600", "\U0001F1EE\U0001F1E9", "Dr. ", "U.S. ", "...", "!", "?", ";", "(", ")", "<p>", "</p>", "&amp;",
    "12.000 ", "2023 ", "Senin ", "Monday ", "\ud7ff", "A" * 40 + " ",
])


@st.composite
def pathological_text(draw: st.DrawFn) -> str:
    """Text built from pieces that stress sentence splitting, quote pairing, name matching and cleaning,
    each piece repeated up to thousands of times."""
    parts = draw(st.lists(st.tuples(_PIECES, st.integers(min_value=1, max_value=3000)), min_size=1, max_size=8))
    noise = draw(st.text(max_size=200))
    return "".join(piece * times for piece, times in parts) + noise


def fit(unit: str, limit: int) -> str:
    """`unit` repeated so the JSON-escaped body stays just under `limit` bytes."""
    one = len(orjson.dumps(unit)) - 2
    return unit * max(1, limit // one)


def big_pathological_bodies(limit: int) -> dict[str, str]:
    """Each about `limit` bytes once JSON-encoded: the largest an article may be before the size cap."""
    return {
        "a megabyte with no full stop": fit("kata tanpa titik ", limit),
        "thousands of quotation marks": fit('"" kata "', limit),
        "long runs of capitalised words (en)": fit("Foreign Minister Penny Wong Said ", limit),
        "long runs of capitalised words (id)": fit("Menteri Luar Negeri Retno Marsudi Presiden Joko ", limit),
        "newlines": fit("\n", limit - 100) + "Retno berkunjung ke Hanoi.",
        "control characters": fit("".join(chr(i) for i in range(32)) + " Retno ", limit),
        "RTL marks": fit("\u200f\u202e \u0645\u0631\u062d\u0628\u0627 Retno \u202c visited \u200e Hanoi. ", limit),
        "emoji": fit("\U0001F600\U0001F1EE\U0001F1E9 Presiden Joko Widodo \U0001F44D berkunjung ke Tokyo. ", limit),
        "one enormous word": fit("a", limit),
        "every sentence a visit": fit("Foreign Minister Penny Wong arrived in Hanoi on Monday. ", limit),
        "every sentence a quote": fit('"Kami senang," kata Retno. ', limit),
        "unclosed quote chain": fit('Retno said "', limit),
        "unclosed tags": fit("<p><div><span>", limit),
    }


def fuzz_settings(**overrides: Any) -> settings:
    return settings(FUZZ, **overrides)
