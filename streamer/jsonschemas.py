"""JSON Schemas of every message form, generated from the pydantic models and committed for consumers.

A test regenerates them and fails on drift, so the committed files always say what the code sends.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import orjson
from pydantic import BaseModel

from streamer.extraction.model import DiplomaticVisit, Statement
from streamer.schemas import DeadLetter, EnrichedArticle, EventPayload, MinimalArticle, NinjsV1Article, NinjsV3Article

MESSAGE_FORMS: dict[str, tuple[type[BaseModel], str]] = {
    "input.ninjs3": (NinjsV3Article, "validation"),
    "input.ninjs1": (NinjsV1Article, "validation"),
    "input.minimal": (MinimalArticle, "validation"),
    "enriched-article": (EnrichedArticle, "serialization"),
    "event-payload": (EventPayload, "serialization"),
    "event.diplomatic_visit": (DiplomaticVisit, "serialization"),
    "event.statement": (Statement, "serialization"),
    "dead-letter": (DeadLetter, "serialization"),
}


def schema_documents() -> dict[str, dict[str, Any]]:
    documents = {}
    for name, (model, mode) in MESSAGE_FORMS.items():
        schema = model.model_json_schema(mode=mode)  # type: ignore[arg-type]
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"urn:streamer:schema:{name}:1.0"
        documents[name] = schema
    return documents


def _render(schema: dict[str, Any]) -> bytes:
    return orjson.dumps(schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def default_dir() -> Path:
    return Path(str(resources.files("streamer") / "message_schemas"))


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, schema in schema_documents().items():
        path = directory / f"{name}.schema.json"
        path.write_bytes(_render(schema))
        paths.append(path)
    return paths


def check_schemas(directory: Path) -> list[str]:
    """Names of the forms whose committed schema differs from the code (or is missing)."""
    drift = []
    for name, schema in schema_documents().items():
        path = directory / f"{name}.schema.json"
        if not path.exists() or path.read_bytes() != _render(schema):
            drift.append(name)
    return drift
