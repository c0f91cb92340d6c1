"""The extraction core: cleaned text in, entities and events out.

Pure and synchronous: nothing here imports faust, aiokafka or prometheus_client. Resources (lexicons,
knowledge base, gazetteers) are data files loaded once by ``Extractor()`` and shared by every call.
"""

from __future__ import annotations

import time

from streamer.extraction.document import Document
from streamer.extraction.model import (
    Actor,
    DiplomaticVisit,
    Entity,
    Evidence,
    Extraction,
    Place,
    Span,
    Statement,
)

__all__ = [
    "Actor",
    "DiplomaticVisit",
    "Document",
    "Entity",
    "Evidence",
    "Extraction",
    "Extractor",
    "Place",
    "Span",
    "Statement",
]

EXTRACTOR_VERSION = "0.0.1"


class Extractor:
    """Loads the language resources once; ``extract`` is then safe to call for every article."""

    version = EXTRACTOR_VERSION

    def extract(self, doc: Document, *, deadline: float | None = None) -> Extraction:
        """Read one article. ``deadline`` is a time.monotonic() value; past it, ExtractionTimeout is raised."""
        # Placeholder until the real core lands: no events, honest 'other' language.
        del deadline
        return Extraction(language=doc.language or "other", text=doc.body, entities=[], events=[])


def now() -> float:
    return time.monotonic()
