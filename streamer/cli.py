"""The `streamer` command: worker, produce, extract, tail, schema, eval, demo."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import IO, Any

import orjson

from streamer.config import Settings
from streamer.errors import ConfigurationError, ExtractionError, InvalidArticle

log = logging.getLogger("streamer")


def _settings() -> Settings:
    try:
        return Settings()
    except ConfigurationError as exc:
        raise SystemExit(f"streamer: configuration error: {exc}") from None


def sample_articles_path() -> Path:
    return Path(str(resources.files("streamer") / "samples" / "articles.jsonl"))


# ---------------------------------------------------------------- worker


def cmd_worker(args: argparse.Namespace) -> int:
    from streamer.service.app import run_worker
    from streamer.service.kafka import ensure_topics

    settings = _settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if settings.create_topics:
        created = asyncio.run(_bounded(ensure_topics(settings), settings.broker_request_timeout_seconds))
        if created:
            log.info("created topics %s", ", ".join(created))
    run_worker(settings)
    return 0


async def _bounded(coro: Any, seconds: float) -> Any:
    try:
        return await asyncio.wait_for(coro, seconds)
    except asyncio.TimeoutError:
        raise SystemExit(f"streamer: the broker at {_settings().kafka_bootstrap} did not answer in {seconds:.0f}s") from None
    except Exception as exc:  # aiokafka's errors: say what failed once, without a traceback storm
        what = "Kafka refused the credentials" if "Authentication" in type(exc).__name__ else "cannot reach Kafka"
        raise SystemExit(f"streamer: {what}: {type(exc).__name__}: {exc}") from None


# ---------------------------------------------------------------- produce


def iter_messages(paths: Sequence[str]) -> Iterator[tuple[bytes | None, bytes]]:
    """(key, value) for each article in JSON-lines or JSON files; lines go out as they are, bad ones included."""
    for name in paths:
        path = Path(name)
        if path.suffix == ".json":
            value = orjson.loads(path.read_bytes())
            for item in value if isinstance(value, list) else [value]:
                yield _key_of(item), orjson.dumps(item)
            continue
        with path.open("rb") as handle:
            for line in handle:
                line = line.rstrip(b"\r\n")
                if line.strip():
                    yield _key_of_line(line), line


def _key_of_line(line: bytes) -> bytes | None:
    try:
        return _key_of(orjson.loads(line))
    except orjson.JSONDecodeError:
        return None


def _key_of(item: Any) -> bytes | None:
    if isinstance(item, dict):
        ident = item.get("id") or item.get("uri")
        if isinstance(ident, (str, int)):
            return str(ident).encode()
    return None


def cmd_produce(args: argparse.Namespace) -> int:
    settings = _settings()
    topic = args.topic or settings.topic_raw
    messages = list(iter_messages(args.files))
    if args.limit:
        messages = messages[: args.limit]
    sent = asyncio.run(produce_messages(settings, topic, messages, rate=args.rate, quiet=args.quiet))
    print(f"published {sent} messages to {topic}", file=sys.stderr)
    return 0


async def produce_messages(settings: Settings, topic: str, messages: list[tuple[bytes | None, bytes]], *, rate: float | None, quiet: bool) -> int:
    from aiokafka import AIOKafkaProducer
    from tqdm import tqdm

    from streamer.service.kafka import client_kwargs

    producer = AIOKafkaProducer(**client_kwargs(settings), acks="all", linger_ms=5, max_request_size=8 * 1024 * 1024)
    await _bounded(producer.start(), settings.broker_request_timeout_seconds)
    try:
        interval = 1.0 / rate if rate else 0.0
        started = time.perf_counter()
        pending = []
        with tqdm(total=len(messages), unit="msg", disable=quiet, file=sys.stderr) as bar:
            for index, (key, value) in enumerate(messages):
                if interval:
                    delay = started + index * interval - time.perf_counter()
                    if delay > 0:
                        await asyncio.sleep(delay)
                headers = [("produced_at", str(time.time()).encode())]
                pending.append(await producer.send(topic, value=value, key=key, headers=headers))
                bar.update(1)
        await asyncio.gather(*pending)
        return len(pending)
    finally:
        await producer.stop()


# ---------------------------------------------------------------- extract


def cmd_extract(args: argparse.Namespace) -> int:
    from streamer.extraction import Extractor
    from streamer.pipeline import enrich, extract_article
    from streamer.service.codec import dead_letter, decode_article

    settings = _settings()
    extractor = Extractor()
    gc.freeze()  # as run_worker: the loaded knowledge base stays out of the collector's full passes over a long file
    source: IO[bytes] = sys.stdin.buffer if args.file in (None, "-") else open(args.file, "rb")
    out: IO[bytes] = sys.stdout.buffer if args.output in (None, "-") else open(args.output, "wb")
    errors: IO[bytes] = open(args.dead_letters, "wb") if args.dead_letters else sys.stderr.buffer
    good = bad = 0
    try:
        for number, line in enumerate(source, start=1):
            line = line.rstrip(b"\r\n")
            if not line.strip():
                continue
            try:
                article = decode_article(line, max_bytes=settings.max_article_bytes)
                extraction, _ = extract_article(article, extractor, time_budget=settings.article_time_budget_seconds)
            except (InvalidArticle, ExtractionError) as exc:
                detail = exc.detail if isinstance(exc, InvalidArticle) else str(exc)
                letter = dead_letter(line, exc.reason, detail, topic=args.file or "-", offset=number)
                errors.write(b'{"dead_letter":' + letter.model_dump_json().encode() + b"}\n")
                bad += 1
                continue
            out.write(enrich(article, extraction, extractor).model_dump_json().encode() + b"\n")
            good += 1
        out.flush()
    finally:
        if out is not sys.stdout.buffer:
            out.close()
    print(f"extracted {good} articles, {bad} dead letters", file=sys.stderr)
    return 0


# ---------------------------------------------------------------- tail


def cmd_tail(args: argparse.Namespace) -> int:
    settings = _settings()
    try:
        asyncio.run(_tail(settings, args.topics, from_beginning=args.from_beginning, limit=args.max, idle=args.idle_timeout))
    except KeyboardInterrupt:
        pass
    return 0


def render_record(record: Any) -> bytes:
    """A consumed record as one JSON line: JSON values are embedded, other bytes shown as text."""
    value: Any
    try:
        value = orjson.loads(record.value) if record.value else None
    except orjson.JSONDecodeError:
        value = record.value.decode("utf-8", "replace")
    return orjson.dumps({
        "topic": record.topic,
        "partition": record.partition,
        "offset": record.offset,
        "key": record.key.decode("utf-8", "replace") if record.key else None,
        "headers": {k: v.decode("utf-8", "replace") for k, v in (record.headers or [])},
        "value": value,
    })


async def _tail(settings: Settings, topics: list[str], *, from_beginning: bool, limit: int | None, idle: float | None) -> None:
    from aiokafka import AIOKafkaConsumer

    from streamer.service.kafka import client_kwargs

    consumer = AIOKafkaConsumer(
        *topics, **client_kwargs(settings), group_id=None,
        auto_offset_reset="earliest" if from_beginning else "latest", enable_auto_commit=False,
    )
    await _bounded(consumer.start(), settings.broker_request_timeout_seconds)
    seen = 0
    try:
        while limit is None or seen < limit:
            batch = await consumer.getmany(timeout_ms=int((idle or 3600) * 1000))
            if not batch:
                if idle is not None:
                    return
                continue
            for records in batch.values():
                for record in records:
                    sys.stdout.buffer.write(render_record(record) + b"\n")
                    seen += 1
            sys.stdout.flush()
    finally:
        await consumer.stop()


# ---------------------------------------------------------------- schema


def cmd_schema(args: argparse.Namespace) -> int:
    from streamer.jsonschemas import check_schemas, schema_documents, write_schemas

    if args.write:
        for path in write_schemas(Path(args.write)):
            print(path)
        return 0
    if args.check:
        drift = check_schemas(Path(args.check))
        for name in drift:
            print(f"drift: {name}", file=sys.stderr)
        return 1 if drift else 0
    sys.stdout.buffer.write(orjson.dumps(schema_documents(), option=orjson.OPT_INDENT_2) + b"\n")
    return 0


# ---------------------------------------------------------------- eval


def cmd_eval(args: argparse.Namespace, rest: list[str]) -> int:
    from streamer import evaluation

    return int(evaluation.main(rest))


# ---------------------------------------------------------------- demo


def cmd_demo(args: argparse.Namespace) -> int:
    from streamer.demo import run_demo

    return run_demo(_settings(), exit_after=args.exit_after)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="streamer", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("worker", help="run the stream processor (settings from STREAMER_* variables)")

    produce = sub.add_parser("produce", help="publish articles (JSON lines or JSON files) to the raw topic")
    produce.add_argument("files", nargs="+")
    produce.add_argument("--topic", help="default: STREAMER_TOPIC_RAW")
    produce.add_argument("--rate", type=float, help="articles per second (default: as fast as possible)")
    produce.add_argument("--limit", type=int, help="publish at most this many")
    produce.add_argument("--quiet", action="store_true", help="no progress bar")

    extract = sub.add_parser("extract", help="process JSON lines with no broker: one enriched line per article")
    extract.add_argument("file", nargs="?", help="JSON lines file, or - for standard input (default)")
    extract.add_argument("-o", "--output", help="output file (default: standard output)")
    extract.add_argument("--dead-letters", help="write dead letters here (default: standard error)")

    tail = sub.add_parser("tail", help="print records of topics as they arrive, one JSON line each")
    tail.add_argument("topics", nargs="+")
    tail.add_argument("--from-beginning", action="store_true")
    tail.add_argument("--max", type=int, help="stop after this many records")
    tail.add_argument("--idle-timeout", type=float, help="stop after this many seconds with no record")

    schema = sub.add_parser("schema", help="print the JSON Schema of every message form")
    group = schema.add_mutually_exclusive_group()
    group.add_argument("--write", metavar="DIR", help="write one file per form into DIR")
    group.add_argument("--check", metavar="DIR", help="exit 1 if the files in DIR differ from the code")

    sub.add_parser("eval", help="score a gold file: streamer eval GOLD.jsonl [--help for options]", add_help=False)
    sub.add_parser("alerts", help="example alerting consumer of the event topics [--help for options]", add_help=False)

    demo = sub.add_parser("demo", help="run a worker, publish the bundled samples and print their events")
    demo.add_argument("--exit-after", type=float, help="stop this many seconds after the last sample's events")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if argv and argv[0] == "eval":
        return cmd_eval(argparse.Namespace(), argv[1:])
    if argv and argv[0] == "alerts":
        from streamer import alerting

        return int(alerting.main(argv[1:]) or 0)
    args = parser.parse_args(argv)
    commands = {
        "worker": cmd_worker, "produce": cmd_produce, "extract": cmd_extract, "tail": cmd_tail,
        "schema": cmd_schema, "demo": cmd_demo,
    }
    return commands[args.command](args)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
