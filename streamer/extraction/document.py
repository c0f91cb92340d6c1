"""The input of the extraction core: one article, already decoded from whatever form it arrived in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    body: str
    title: str = ""
    body_is_html: bool = False
    language: str | None = None  # a hint from the feed; the core detects its own
    published: datetime | None = None  # resolves relative dates when the dateline has none
    located: str | None = None  # the feed's dateline place, when it sends one
