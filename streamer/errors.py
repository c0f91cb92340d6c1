"""Every error streamer raises on purpose.

    StreamerError
     ├── InvalidArticle          a message that cannot become an article; carries a dead-letter reason
     │    └── ArticleTooLarge
     ├── ExtractionError         the core failed on one article (becomes a dead letter, never a stuck partition)
     │    └── ExtractionTimeout  the article exceeded its time budget
     └── ConfigurationError      settings that cannot work together
"""

from __future__ import annotations

from typing import Literal

DeadLetterReason = Literal[
    "undecodable",  # bytes are not UTF-8
    "invalid_json",  # UTF-8 but not JSON
    "not_an_article",  # JSON, but no article form fits it
    "empty_body",  # an article with no text to read
    "too_large",  # over STREAMER_MAX_ARTICLE_BYTES
    "extraction_failed",  # the core raised on this article
    "extraction_timeout",  # the core ran out of its time budget
]


class StreamerError(Exception):
    """Root of streamer's own exceptions."""


class InvalidArticle(StreamerError):
    """A message that cannot be turned into an article."""

    def __init__(self, reason: DeadLetterReason, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason: DeadLetterReason = reason
        self.detail = detail


class ArticleTooLarge(InvalidArticle):
    def __init__(self, size: int, limit: int) -> None:
        super().__init__("too_large", f"{size} bytes is over the limit of {limit} bytes")


class ExtractionError(StreamerError):
    """The extraction core failed on one article."""

    reason: DeadLetterReason = "extraction_failed"


class ExtractionTimeout(ExtractionError):
    """The extraction of one article ran past its time budget."""

    reason: DeadLetterReason = "extraction_timeout"


class ConfigurationError(StreamerError):
    """Settings that cannot work together."""
