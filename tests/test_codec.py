"""The codec: every input form decodes, every bad input says why, events go out as CloudEvents."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import orjson
import pytest
from cloudevents.core.bindings.kafka import to_binary
from cloudevents.core.formats.json import JSONFormat
from cloudevents.core.v1.event import CloudEvent

from streamer.errors import InvalidArticle
from streamer.extraction.model import Actor, DiplomaticVisit, Evidence, Place, Statement
from streamer.schemas import Article, EventPayload
from streamer.service.codec import (
    EVENT_ID_NAMESPACE,
    EVENT_TYPES,
    dead_letter,
    dead_letter_headers,
    decode_article,
    event_id,
    encode_event,
    record_key,
)

LIMIT = 100_000


def test_codec_decodes_the_minimal_form() -> None:
    article = decode_article(
        orjson.dumps({"id": 42, "title": "T", "body": "Badan.", "language": "id", "published": "2023-02-28T10:00:00+07:00",
                      "source": "ANTARA", "url": "https://x/1", "unknown": {"ignored": True}}),
        max_bytes=LIMIT,
    )
    assert article.form == "minimal"
    assert article.document.id == "42"
    assert article.document.body == "Badan."
    assert article.document.published is not None and article.document.published.utcoffset().total_seconds() == 7 * 3600
    assert article.source == "ANTARA" and article.url == "https://x/1"


def test_codec_decodes_ninjs3_and_prefers_the_plain_text_body() -> None:
    value = {
        "uri": "urn:x:1", "version": "3", "versionCreated": "2023-06-12T14:05:00Z", "language": "en",
        "headlines": [{"role": "main", "value": "Headline"}],
        "bodies": [{"role": "richtext", "contentType": "text/html", "value": "<p>Rich</p>"},
                   {"role": "main", "contentType": "text/plain", "value": "Plain body."}],
        "located": "Jakarta",
    }
    article = decode_article(orjson.dumps(value), max_bytes=LIMIT)
    assert article.form == "ninjs3"
    assert (article.document.id, article.version, article.document.title) == ("urn:x:1", "3", "Headline")
    assert article.document.body == "Plain body." and not article.document.body_is_html
    assert article.document.located == "Jakarta"


def test_codec_decodes_ninjs1_with_an_html_body() -> None:
    value = {"uri": "urn:ap:1", "version": 2, "versioncreated": "2023-04-18T08:00:00Z", "headline": "H",
             "body_html": "<p>Body <b>text</b></p>"}
    article = decode_article(orjson.dumps(value), max_bytes=LIMIT)
    assert article.form == "ninjs1"
    assert article.document.body_is_html and article.version == "2"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xff\xfe\x00", "undecodable"),
        (b"{not json", "invalid_json"),
        (b"", "invalid_json"),
        (b"[1, 2, 3]", "not_an_article"),
        (b'"just a string"', "not_an_article"),
        (b'{"headline": "no body"}', "not_an_article"),
        (b'{"id": "a", "body": 17}', "not_an_article"),
        (b'{"uri": "u", "bodies": []}', "not_an_article"),
        (b'{"id": "a", "body": " \\n\\t "}', "empty_body"),
        (b'{"id": "a", "body": "<p> </p><br/>"}', "empty_body"),
        (b"[" * 5000 + b"]" * 5000, "invalid_json"),
        (None, "not_an_article"),
    ],
)
def test_codec_rejects_bad_input_with_a_reason(raw: bytes | None, reason: str) -> None:
    with pytest.raises(InvalidArticle) as caught:
        decode_article(raw, max_bytes=LIMIT)
    assert caught.value.reason == reason
    assert caught.value.detail


def test_codec_rejects_articles_over_the_size_limit_before_parsing() -> None:
    raw = orjson.dumps({"id": "big", "body": "x" * 2000})
    with pytest.raises(InvalidArticle) as caught:
        decode_article(raw, max_bytes=1024)
    assert caught.value.reason == "too_large"
    assert str(len(raw)) in caught.value.detail


def _visit() -> DiplomaticVisit:
    return DiplomaticVisit(
        key="visit:kb:antony-blinken:KZ",
        traveler=Actor(name="Antony Blinken", entity_id="kb:antony-blinken", role="foreign minister", country="US"),
        destination=Place(country="KZ", city="Astana"),
        status="ongoing",
        evidence=[Evidence(start=0, end=10, sentence="Blinken ...")],
        cameo="042",
        confidence=0.9,
    )


def test_codec_event_ids_are_deterministic_and_distinct() -> None:
    first = event_id("a1", "2", "visit:x:KZ")
    assert first == event_id("a1", "2", "visit:x:KZ")
    assert uuid.UUID(first).version == 5
    assert len({first, event_id("a1", "3", "visit:x:KZ"), event_id("a2", "2", "visit:x:KZ"), event_id("a1", "2", "visit:x:UZ")}) == 4


def test_codec_encodes_an_event_as_a_binary_mode_cloudevent() -> None:
    article = decode_article(orjson.dumps({"id": "art-1", "body": "b", "published": "2023-02-28T03:00:00Z"}), max_bytes=LIMIT)
    record = encode_event(_visit(), article=article, language="id", topic="visits", source="urn:test")
    headers = dict(record.headers)
    assert record.topic == "visits"
    assert record.key == b"kb:antony-blinken"
    assert headers["ce_specversion"] == b"1.0"
    assert headers["ce_id"].decode() == event_id("art-1", None, "visit:kb:antony-blinken:KZ")
    assert headers["ce_type"].decode() == EVENT_TYPES["diplomatic_visit"]
    assert headers["ce_source"] == b"urn:test"
    assert headers["ce_subject"] == b"art-1"
    assert headers["ce_time"] == b"2023-02-28T03:00:00Z"
    assert headers["content-type"] == b"application/json"
    payload = orjson.loads(record.value)
    assert payload["article_id"] == "art-1" and payload["language"] == "id"
    assert payload["event"]["destination"] == {"country": "KZ", "country_name": None, "city": "Astana", "geonames_id": None}


def test_codec_record_key_falls_back_to_the_speakers_name() -> None:
    statement = Statement(key="statement:x:10", speaker=Actor(name="US Officials"), quote="q", kind="reported",
                          evidence=[], confidence=0.5)
    assert record_key(statement) == b"us officials"


def test_codec_dead_letter_keeps_undecodable_bytes_as_base64() -> None:
    letter = dead_letter(b"\xff\x00", "undecodable", "not UTF-8", topic="raw", partition=1, offset=7)
    assert letter.original_encoding == "base64" and letter.original == "/wA="
    headers = dict(dead_letter_headers("undecodable", "why", topic="raw", partition=1, offset=7))
    assert headers["dlq_source_offset"] == b"7" and headers["dlq_source_partition"] == b"1"


def test_codec_event_id_is_the_standard_uuid5_of_its_name() -> None:
    names = [("a1", None, "visit:x:KZ"), ("", "", ""), ("berita-ü-7", "12", "statement:kb:x:\u4e2d:99"), ("x" * 300, "1", "k")]
    for article_id, version, key in names:
        name = f"{article_id}\x1f{version or ''}\x1f{key}"
        assert event_id(article_id, version, key) == str(uuid.uuid5(EVENT_ID_NAMESPACE, name))


def _sdk_record(event: DiplomaticVisit | Statement, article: Article, *, language: str, source: str) -> tuple[bytes | None, bytes, list[tuple[str, bytes]]]:
    """The record the cloudevents SDK builds (CloudEvent + to_binary), what encode_event writes by hand."""
    document = article.document
    payload = EventPayload(article_id=document.id, article_version=article.version, language=language,
                           published=document.published, event=event)
    when = document.published or datetime.now(timezone.utc)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    cloud_event = CloudEvent(
        attributes={
            "id": str(uuid.uuid5(EVENT_ID_NAMESPACE, f"{document.id}\x1f{article.version or ''}\x1f{event.key}")),
            "source": source, "type": EVENT_TYPES[event.type],
            "subject": document.id, "time": when, "datacontenttype": "application/json",
            "dataschema": f"urn:streamer:schema:{event.type}:1.0",
        },
        data=payload.model_dump_json().encode("utf-8"),
    )
    message = to_binary(cloud_event, JSONFormat(), key_mapper=lambda _: record_key(event))
    key = message.key.encode("utf-8") if isinstance(message.key, str) else message.key
    return key, message.value, sorted(message.headers.items())


@pytest.mark.parametrize("published", ["2023-02-28T03:00:00Z", "2023-02-28T10:00:00+07:00", "2023-02-28T03:00:00", None])
@pytest.mark.parametrize("version", [None, "3"])
def test_codec_event_records_are_byte_identical_to_the_cloudevents_sdk(published: str | None, version: str | None) -> None:
    message: dict[str, object] = {"id": "art-\u00e9-1", "body": "b"}
    if published:
        message["published"] = published
    article = decode_article(orjson.dumps(message), max_bytes=LIMIT)
    if version:
        article = article.model_copy(update={"version": version})
    statement = Statement(key="statement:x:10", speaker=Actor(name="Juru Bicara"), quote="kami \u201csiap\u201d", kind="direct",
                          evidence=[Evidence(start=0, end=4, sentence="kami")], confidence=0.5)
    for event in (_visit(), statement):
        record = encode_event(event, article=article, language="id", topic="t", source="urn:test")
        key, value, headers = _sdk_record(event, article, language="id", source="urn:test")
        if published is None:  # both stamp the current time: compare its form, not the second it fell in
            assert dict(record.headers)["ce_time"].endswith(b"Z")
            headers = [h for h in headers if h[0] != "ce_time"]
            record_headers = [h for h in record.headers if h[0] != "ce_time"]
        else:
            record_headers = record.headers
        assert (record.key, record.value, record_headers) == (key, value, headers)


def test_codec_refuses_an_empty_event_source_as_the_sdk_did() -> None:
    article = decode_article(orjson.dumps({"id": "a", "body": "b"}), max_bytes=LIMIT)
    with pytest.raises(ValueError):
        encode_event(_visit(), article=article, language="id", topic="t", source="")
