"""The extraction core: cleaned text in, entities and events out.

Pure and synchronous: nothing here imports faust, aiokafka or prometheus_client. Resources (lexicons,
knowledge base, gazetteers) are data files loaded once by ``Extractor()`` and shared by every call.

Stages of ``Extractor.extract`` (each checks the deadline):

    clean -> language -> entities (automaton + names + coref) -> sentences -> visits -> statements -> models
"""

from __future__ import annotations

import time
from datetime import date
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from streamer.errors import ExtractionError, ExtractionTimeout
from streamer.extraction import native

# Before any stage is imported: a fresh mypyc build of the stages (build/mypyc) goes in front of this package's
# search path; a stale or missing one is ignored (native.py).
COMPILED_CORE = native.activate(__path__)

from streamer.extraction.clean import MAX_CHARS, Cleaned, clean  # noqa: E402 (after the compiled core's path)
from streamer.extraction.dates import reference_date
from streamer.extraction.document import Document
from streamer.extraction.entities import Analysis, Ent, no_check, analyse, entity_models, scan_names
from streamer.extraction.language import SAMPLE_CHARS, detect_language
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
from streamer.extraction.resources import LangResources, SharedResources, load_resources
from streamer.extraction.sentences import split_sentences
from streamer.extraction.speakers import consolidate_speakers
from streamer.extraction.statements import find_statements, statement_models
from streamer.extraction.visits import Dateline, find_visits, visit_models

__all__ = [
    "EXTRACTOR_VERSION",
    "MAX_CHARS",
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

EXTRACTOR_VERSION = "0.1.0"
# Generic (language-independent) boilerplate markers, added to each language's own.
_BOILERPLATE_ANY = ("copyright", "©")


class Extractor:
    """Loads the language resources once; ``extract`` is then safe to call for every article."""

    version = EXTRACTOR_VERSION

    def __init__(self) -> None:
        self._shared: SharedResources = load_resources()
        self._profiles = {lang: r.stopwords for lang, r in self._shared.languages.items()}
        self._boiler_line = tuple(sorted({m for r in self._shared.languages.values() for m in r.lex.boilerplate_line}
                                         | set(_BOILERPLATE_ANY)))
        self._boiler_cut = tuple(sorted({m for r in self._shared.languages.values() for m in r.lex.boilerplate_cut}))
        self.timings: dict[str, float] | None = None  # set to {} to collect per-stage seconds (benchmarks)

    def extract(self, doc: Document, *, deadline: float | None = None) -> Extraction:
        """Read one article. ``deadline`` is a time.monotonic() value; past it, ExtractionTimeout is raised."""
        try:
            return self._extract(doc, deadline)
        except ExtractionError:
            raise
        except Exception as exc:  # a bug on one article must become a dead letter, not a stuck partition
            raise ExtractionError(f"extraction failed on {doc.id}: {type(exc).__name__}: {exc}") from exc

    def _extract(self, doc: Document, deadline: float | None) -> Extraction:
        timings = self.timings
        clock = time.process_time  # per-stage CPU time: steady on a shared, loaded machine
        t0 = clock() if timings is not None else 0.0

        def past_deadline() -> None:
            if deadline is not None and time.monotonic() > deadline:
                raise ExtractionTimeout(f"extraction of {doc.id} ran past its deadline")

        # Without a deadline, the stages' checks call the compiled no-op (an interpreted closure costs ~1.2 K
        # instructions per call from the compiled core, some 30 calls an article).
        check: Callable[[], None] = past_deadline if deadline is not None else no_check

        def lap(stage: str) -> None:
            nonlocal t0
            if timings is not None:
                t1 = clock()
                timings[stage] = timings.get(stage, 0.0) + (t1 - t0)
                t0 = t1

        check()
        cleaned: Cleaned = clean(doc.body, is_html=doc.body_is_html, boilerplate_line=self._boiler_line,
                                 boilerplate_cut=self._boiler_cut)
        text = cleaned.text
        lap("clean")
        check()
        # Lowered once for the language and entity stages. Its head is the language sample's lowering when every
        # character lowers to one character and no capital sigma (the one context-dependent lowering) occurs.
        lowered = text.lower()
        sample = lowered[:SAMPLE_CHARS] if len(lowered) == len(text) and "\u03a3" not in text else None
        lang = detect_language(text, self._profiles, doc.language, sample)
        lap("language")
        if lang not in self._shared.languages:
            return Extraction(language="other", text=text, entities=[], events=[])
        res: LangResources = self._shared.languages[lang]
        ref = reference_date(doc.published, cleaned.dateline_date, res.lex.months)
        a = analyse(text, res, self._shared, ref, check, lowered)
        lap("entities")
        check()
        sentences = split_sentences(text, res.abbreviations)
        lap("sentences")
        dateline = self._dateline(cleaned, doc, res)
        visits = find_visits(a, sentences, dateline, ref, check)
        lap("visits")
        raw_statements = find_statements(a, sentences, check)
        check()
        statements = consolidate_speakers(a, raw_statements)
        lap("statements")
        check()
        # Someone a traveler speaks to in the destination country is someone they met there.
        for i, st in enumerate(statements):
            if not i & 63:
                check()
            if st.addressee is None or st.addressee.ent.type != "PERSON":
                continue
            for v in visits:
                if v.traveler is st.speaker and st.addressee.ent.country == v.country and st.addressee.ent not in v.hosts:
                    v.hosts.append(st.addressee.ent)
        # Built in the compiled core, without validation (visits.py, statements.py; as entity_models).
        events: list[DiplomaticVisit | Statement] = visit_models(a, visits, self._shared.countries)
        events += statement_models(a, statements, check)
        entities = self._entity_models(a, check)
        out = _trusted(Extraction, {"language": lang, "text": text, "entities": entities, "events": events},
                       _EXTRACTION_FIELDS)  # what model_construct sets, without its per-field loop
        lap("models")
        return out

    # -- helpers ---------------------------------------------------------------------------------------
    def _dateline(self, cleaned: Cleaned, doc: Document, res: LangResources) -> Dateline:
        place = cleaned.dateline_place or doc.located
        if not place:
            return Dateline(None, None)
        # Names only (no lexicon scan); the first reading, in file order, of the leftmost longest name first.
        matches = sorted(scan_names(place, res), key=lambda n: (n[0], n[0] - n[1]))
        for kind, value in (r for m in matches for r in m[2]):
            if kind == "city":
                city = self._shared.cities[value]
                ent = Ent(f"geonames:{city.geonames_id}", "GPE", city.name, id=f"geonames:{city.geonames_id}",
                          country=city.country, geonames_id=city.geonames_id)
                return Dateline(city.country, ent)
            if kind in ("country", "metonym"):
                return Dateline(str(value), None)
        return Dateline(None, None)

    @staticmethod
    def _entity_models(a: Analysis, check: Callable[[], None]) -> list[Entity]:
        return entity_models(a, check)  # built in the compiled core (entities.py)


_EXTRACTION_FIELDS = frozenset(Extraction.model_fields)
_M = TypeVar("_M", bound=BaseModel)
_new = object.__new__
# BaseModel's slots, set through their descriptors (cheaper than object.__setattr__'s lookup over the MRO).
_SET_DICT = BaseModel.__dict__["__dict__"].__set__
_SET_FIELDS_SET = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_SET_EXTRA = BaseModel.__dict__["__pydantic_extra__"].__set__
_SET_PRIVATE = BaseModel.__dict__["__pydantic_private__"].__set__
# One fields-set per model class, shared by its instances: every field is in it, so pydantic's only mutation
# (adding an assigned field's name) leaves it unchanged.
_FIELDS_SETS: dict[frozenset[str], set[str]] = {}


def _trusted(cls: type[_M], values: dict[str, Any], fields_set: frozenset[str]) -> _M:
    """A model instance from values the core built itself (every field given, types already right).

    tests/extraction/test_robustness.py re-validates every output of the test articles against model.py."""
    inst = _new(cls)
    _SET_DICT(inst, values)
    shared = _FIELDS_SETS.get(fields_set)
    if shared is None:
        shared = _FIELDS_SETS[fields_set] = set(fields_set)
    _SET_FIELDS_SET(inst, shared)
    _SET_EXTRA(inst, None)
    _SET_PRIVATE(inst, None)
    return inst


def now() -> float:
    return time.monotonic()


del date
