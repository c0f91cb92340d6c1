"""The commands people and evaluation tools type."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson

from streamer.cli import iter_messages, main, sample_articles_path
from streamer.jsonschemas import check_schemas, default_dir, schema_documents

REPO = Path(__file__).resolve().parent.parent


def test_cli_extract_writes_one_enriched_line_per_article_and_reports_bad_lines(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        orjson.dumps({"id": "en-1", "title": "t", "body": "The minister said talks would resume."}) + b"\n"
        + b"{broken\n\n"
        + orjson.dumps({"uri": "urn:n3", "bodies": [{"value": "Badan berita."}]}) + b"\n"
    )
    out, letters = tmp_path / "out.jsonl", tmp_path / "dlq.jsonl"
    assert main(["extract", str(source), "-o", str(out), "--dead-letters", str(letters)]) == 0
    lines = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [line["id"] for line in lines] == ["en-1", "urn:n3"]
    assert all(isinstance(line["events"], list) and "language" in line for line in lines)
    dead = [orjson.loads(line)["dead_letter"] for line in letters.read_bytes().splitlines()]
    assert [(d["reason"], d["source_offset"], d["original"]) for d in dead] == [("invalid_json", 2, "{broken")]


def test_cli_extract_reads_standard_input_as_a_console_script() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "streamer.cli", "extract"], input=b'{"id": "s1", "body": "Hello."}\n',
        capture_output=True, check=True, cwd=REPO,
    )
    assert orjson.loads(result.stdout.splitlines()[0])["id"] == "s1"
    assert b"extracted 1 articles, 0 dead letters" in result.stderr


def test_cli_produce_reads_json_lines_and_json_files(tmp_path: Path) -> None:
    listing = tmp_path / "many.json"
    listing.write_bytes(orjson.dumps([{"id": "a", "body": "x"}, {"uri": "u", "bodies": [{"value": "y"}]}]))
    messages = list(iter_messages([str(sample_articles_path()), str(listing)]))
    keys = [key for key, _ in messages]
    assert keys[-2:] == [b"a", b"u"]
    assert None in keys, "a line that is not JSON is still published (it becomes a dead letter downstream)"
    assert len(messages) == 7


def test_cli_schema_files_match_the_code() -> None:
    assert check_schemas(default_dir()) == [], "run `make schema` and commit streamer/message_schemas"
    assert set(schema_documents()) >= {"input.ninjs3", "input.ninjs1", "input.minimal", "enriched-article",
                                        "event.diplomatic_visit", "event.statement", "dead-letter"}


def test_cli_schema_check_reports_drift(tmp_path: Path) -> None:
    assert main(["schema", "--write", str(tmp_path)]) == 0
    (tmp_path / "dead-letter.schema.json").write_text("{}")
    assert check_schemas(tmp_path) == ["dead-letter"]
    assert main(["schema", "--check", str(tmp_path)]) == 1
