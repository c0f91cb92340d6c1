"""Pydantic models of everything that crosses a topic, each carrying a schema version.

Input articles arrive in one of three forms (IPTC ninjs 3.x, ninjs 1.x as AP-style feeds send it, or a
minimal form); all of them become one ``Document`` for the extraction core. Unknown fields are ignored.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator

from streamer.extraction.document import Document
from streamer.extraction.model import DiplomaticVisit, Entity, Statement

SCHEMA_VERSION: Literal["1.0"] = "1.0"


class _Input(BaseModel):
    # Feeds add fields all the time; what we do not read must not reject the article.
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


def _located_name(value: Any) -> str | None:
    """ninjs says 'located' is a string; some feeds send an object with a name."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, dict):
        name = value.get("name")
        return name if isinstance(name, str) and name else None
    return None


class NinjsText(_Input):
    value: str
    role: str | None = None
    content_type: str | None = Field(None, validation_alias=AliasChoices("contentType", "contenttype"))


class NinjsV3Article(_Input):
    """IPTC ninjs 3.x (also 2.x, which shares headlines[] and bodies[])."""

    uri: str = Field(min_length=1)
    version: str | None = None
    version_created: datetime | None = Field(None, validation_alias=AliasChoices("versionCreated", "versioncreated"))
    first_created: datetime | None = Field(None, validation_alias=AliasChoices("firstCreated", "firstcreated"))
    language: str | None = None
    headlines: list[NinjsText] = Field(default_factory=list)
    bodies: list[NinjsText] = Field(min_length=1)
    located: Any = None

    def to_document(self) -> Document:
        body = _pick_body(self.bodies)
        headline = next((h.value for h in self.headlines if h.role in (None, "main")), "")
        return Document(
            id=self.uri,
            title=headline,
            body=body.value,
            body_is_html=_is_html(body.content_type, body.value),
            language=self.language,
            published=self.version_created or self.first_created,
            located=_located_name(self.located),
        )


class NinjsV1Article(_Input):
    """ninjs 1.x as AP-style feeds send it: headline, body_text or body_html, versioncreated."""

    uri: str = Field(min_length=1)
    version: str | int | None = None
    versioncreated: datetime | None = None
    firstcreated: datetime | None = None
    language: str | None = None
    headline: str = ""
    body_text: str | None = None
    body_html: str | None = None
    located: Any = None

    def to_document(self) -> Document:
        is_html = not self.body_text and bool(self.body_html)
        return Document(
            id=self.uri,
            title=self.headline,
            body=(self.body_text or self.body_html or ""),
            body_is_html=is_html,
            language=self.language,
            published=self.versioncreated or self.firstcreated,
            located=_located_name(self.located),
        )


class MinimalArticle(_Input):
    """The smallest form: {id, title, body, language?, published?, source?, url?}."""

    id: str = Field(min_length=1)
    title: str = ""
    body: str
    language: str | None = None
    published: datetime | None = None
    source: str | None = None
    url: str | None = None
    version: str | int | None = None
    dateline: str | None = Field(None, description="A dateline sent apart from the body ('SALVADOR, Feb 26 -')")
    located: str | None = None

    def to_document(self) -> Document:
        return Document(
            id=self.id,
            title=self.title,
            body=self.body,
            body_is_html=_is_html(None, self.body),
            language=self.language,
            published=self.published,
            located=self.dateline or self.located,
        )

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value


ArticleForm = Literal["ninjs3", "ninjs1", "minimal"]


class Article(BaseModel):
    """A decoded input article: the document for the core plus what the shell needs to name events."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    form: ArticleForm
    document: Document
    version: str | None = None
    source: str | None = None
    url: str | None = None


def _pick_body(bodies: list[NinjsText]) -> NinjsText:
    """Prefer plain text (it needs no HTML cleaning), then the main body, then the first one."""
    for body in bodies:
        if body.content_type in ("text/plain", "plain") and body.value.strip():
            return body
    for body in bodies:
        if body.role in (None, "main") and body.value.strip():
            return body
    return bodies[0]


def _is_html(content_type: str | None, value: str) -> bool:
    if content_type:
        return "html" in content_type
    head = value.lstrip()[:200].lower()
    return head.startswith("<") and any(tag in head for tag in ("<p", "<div", "<html", "<br", "<body", "<span"))


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


# ---------------------------------------------------------------- outputs


class EnrichedArticle(BaseModel):
    """news.articles.enriched: one per input article, with its entities and events."""

    model_config = ConfigDict(frozen=True)

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    id: str = Field(description="The input's id (minimal form) or uri (ninjs)")
    version: str | None = None
    title: str
    language: str
    published: datetime | None = None
    source: str | None = None
    url: str | None = None
    text: str = Field(description="The cleaned body; entity and evidence offsets point into it")
    entities: list[Entity]
    events: list[DiplomaticVisit | Statement]
    extractor_version: str
    processed_at: datetime = Field(default_factory=_utc_now)


class EventPayload(BaseModel):
    """The data of a CloudEvent on an event topic: the event plus the article it came from."""

    model_config = ConfigDict(frozen=True)

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    article_id: str
    article_version: str | None = None
    language: str
    published: datetime | None = None
    event: DiplomaticVisit | Statement = Field(discriminator="type")


class DeadLetter(BaseModel):
    """How a dead letter reads. On Kafka the value is the original bytes and these fields ride in headers
    (dlq_reason, dlq_detail, dlq_source_topic, dlq_source_partition, dlq_source_offset, dlq_failed_at), so
    the message can be replayed as it came; ``streamer extract`` prints this model as JSON."""

    model_config = ConfigDict(frozen=True)

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    reason: str
    detail: str
    source_topic: str | None = None
    source_partition: int | None = None
    source_offset: int | None = None
    original: str = Field(description="The original message: text when it was UTF-8, else base64")
    original_encoding: Literal["utf-8", "base64"] = "utf-8"
    failed_at: datetime = Field(default_factory=_utc_now)


INPUT_FORMS: dict[str, type[_Input]] = {
    "ninjs3": NinjsV3Article,
    "ninjs1": NinjsV1Article,
    "minimal": MinimalArticle,
}
