"""Typed results of the extraction core: entities, events and the evidence behind them.

These models are the contract between the pure core and everything around it (the Kafka shell, the CLI,
the evaluation). Offsets are character offsets into ``Extraction.text``, the cleaned article text.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["PERSON", "ORG", "GPE", "LOC"]
VisitStatus = Literal["planned", "ongoing", "completed", "cancelled"]
StatementKind = Literal["direct", "reported"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Model):
    """A half-open character range [start, end) of ``Extraction.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Entity(_Model):
    """A person, organisation or place found in the article, with every mention of it."""

    id: str | None = Field(None, description="Knowledge-base id (kb:...), 'iso:XX' for countries, 'geonames:N' for cities")
    type: EntityType
    name: str = Field(description="Canonical name")
    mentions: list[Span]
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 the entity belongs to or is")
    role: str | None = Field(None, description="For people: the role read from the article or the knowledge base")
    geonames_id: int | None = None


class Actor(_Model):
    """An event argument that names a person, body or group ('US officials')."""

    name: str
    entity_id: str | None = None
    type: EntityType | None = None
    role: str | None = None
    country: str | None = None
    mention: Span | None = None


class Place(_Model):
    country: str = Field(description="ISO 3166-1 alpha-2")
    country_name: str | None = None
    city: str | None = None
    geonames_id: int | None = None


class VisitDates(_Model):
    start: date | None = None
    end: date | None = None
    text: str | None = Field(None, description="The words the dates were read from")


class Evidence(_Model):
    """The sentence an event was read from."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: str


class DiplomaticVisit(_Model):
    type: Literal["diplomatic_visit"] = "diplomatic_visit"
    key: str = Field(description="Stable key of the event within the article (traveler + destination)")
    traveler: Actor
    destination: Place
    hosts: list[Actor] = Field(default_factory=list)
    status: VisitStatus
    dates: VisitDates | None = None
    evidence: list[Evidence]
    cameo: str = Field(description="042 make a visit, 043 host a visit")
    plover: dict[str, str] = Field(default_factory=lambda: {"event_type": "CONSULT", "mode": "visit"})
    confidence: float = Field(ge=0.0, le=1.0)


class Statement(_Model):
    type: Literal["statement"] = "statement"
    key: str = Field(description="Stable key of the event within the article (speaker + position)")
    speaker: Actor
    addressee: Actor | None = None
    quote: str
    kind: StatementKind
    evidence: list[Evidence]
    cameo: str = "010"
    confidence: float = Field(ge=0.0, le=1.0)


Event = DiplomaticVisit | Statement


class Extraction(_Model):
    """Everything the core read from one article."""

    language: str = Field(description="ISO 639-1 code of a supported language, or 'other'")
    text: str = Field(description="The cleaned body; every offset points into it")
    entities: list[Entity]
    events: list[DiplomaticVisit | Statement]
