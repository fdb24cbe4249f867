"""Read articles from files: .txt/.md with optional front matter, or JSON Lines.

Pure Python (no Django), so the formats are testable on their own. Every problem is reported
as a SourceError naming the file (and line, for JSON Lines); readable articles keep coming.

Front matter is a block of `key: value` lines between two `---` lines at the top of the file:

    ---
    title: Trump cancels Pompeo's trip
    outlet: Example News
    published: 2018-08-24
    ---
    Article text ...

A JSON Lines file holds one object per line: {"text": ..., "id": ..., "title": ..., ...}.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .extraction.limits import MAX_ARTICLE_BYTES

ARTICLE_SUFFIXES = {".txt", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
METADATA_KEYS = ("title", "outlet", "url", "published", "authors")


@dataclass
class ArticleInput:
    key: str  # unique source key: the file's path, or path#id for a JSON Lines record
    file: str  # the path as shown to users
    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: dt.date | None = None
    authors: str = ""


@dataclass
class SourceError:
    file: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.reason}"


class InputProblem(ValueError):
    pass


def load_manifest(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


def discover(paths: list[Path]) -> Iterator[Path | SourceError]:
    """Every article file under the given files and folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if _is_article_file(child):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield SourceError(str(path), "no such file or folder")


def _is_article_file(path: Path) -> bool:
    return (
        path.is_file()
        and path.suffix.lower() in ARTICLE_SUFFIXES | JSONL_SUFFIXES
        and not path.name.startswith((".", "_"))
        and path.stem.upper() != "README"
    )


def read_articles(
    paths: list[Path], base_dir: Path, manifest: dict[str, dict] | None = None
) -> Iterator[ArticleInput | SourceError]:
    manifest = manifest or {}
    for item in discover(paths):
        if isinstance(item, SourceError):
            yield item
            continue
        shown = display_path(item, base_dir)
        try:
            if item.suffix.lower() in JSONL_SUFFIXES:
                yield from _read_jsonl(item, shown)
                continue
            size = item.stat().st_size
            if size > MAX_ARTICLE_BYTES:
                yield SourceError(shown, _too_large(size))
                continue
            raw = item.read_bytes()
        except OSError as error:
            yield SourceError(shown, f"cannot read: {error.strerror}")
            continue
        else:
            try:
                yield _read_text_article(raw, shown, manifest.get(shown, {}))
            except InputProblem as problem:
                yield SourceError(shown, str(problem))


def display_path(path: Path, base_dir: Path) -> str:
    try:
        return path.resolve().relative_to(base_dir.resolve()).as_posix()
    except ValueError:
        return str(path)


def decode(raw: bytes) -> str:
    if b"\x00" in raw[:8192]:
        raise InputProblem("binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputProblem(f"not UTF-8 text (byte {error.start})") from None
    if not text.strip():
        raise InputProblem("empty file")
    return text


def _read_text_article(raw: bytes, shown: str, defaults: dict) -> ArticleInput:
    text = decode(raw)
    metadata, body = split_front_matter(text)
    merged = {**defaults, **metadata}
    if not body.strip():
        raise InputProblem("no article text after the front matter")
    return _article(shown, shown, body, merged)


def split_front_matter(text: str) -> tuple[dict, str]:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text
    metadata: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return metadata, "".join(lines[number:])
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep:
            raise InputProblem(f"front matter line {number}: expected 'key: value'")
        if key not in METADATA_KEYS:
            raise InputProblem(
                f"front matter line {number}: unknown key {key!r} "
                f"(expected one of {', '.join(METADATA_KEYS)})"
            )
        metadata[key] = value.strip().strip("\"'")
    raise InputProblem("front matter is not closed by a '---' line")


def _too_large(size: int) -> str:
    return (
        f"too large for one article ({size / 1e6:.1f} MB; the limit is "
        f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB)"
    )


def _read_jsonl(path: Path, shown: str) -> Iterator[ArticleInput | SourceError]:
    """One article per line, read line by line so that a corpus of any size streams."""
    with path.open("rb") as stream:
        if b"\x00" in stream.read(8192):
            yield SourceError(shown, "binary file, not text")
            return
        stream.seek(0)
        seen_text = False
        for number, raw_line in enumerate(stream, start=1):
            if len(raw_line) > MAX_ARTICLE_BYTES:
                yield SourceError(shown, _too_large(len(raw_line)), number)
                continue
            try:
                line = raw_line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                yield SourceError(shown, f"not UTF-8 text (byte {error.start})", number)
                continue
            if not line.strip():
                continue
            seen_text = True
            yield from _jsonl_record(line, number, shown)
        if not seen_text:
            yield SourceError(shown, "empty file")


def _jsonl_record(line: str, number: int, shown: str) -> Iterator[ArticleInput | SourceError]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        yield SourceError(shown, f"invalid JSON ({error.msg})", number)
        return
    if not isinstance(record, dict):
        yield SourceError(shown, "expected a JSON object", number)
        return
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        yield SourceError(shown, "'text' is required and must be a non-empty string", number)
        return
    record_id = record.get("id")
    key = f"{shown}#{record_id}" if record_id not in (None, "") else f"{shown}:{number}"
    try:
        yield _article(key, shown, body, {k: record.get(k) for k in METADATA_KEYS if record.get(k)})
    except InputProblem as problem:
        yield SourceError(shown, str(problem), number)


def _article(key: str, shown: str, body: str, metadata: dict) -> ArticleInput:
    published = metadata.get("published")
    if published is not None and not isinstance(published, dt.date):
        published = parse_date(str(published))
    authors = metadata.get("authors", "")
    if isinstance(authors, list):
        authors = ", ".join(str(a) for a in authors)
    return ArticleInput(
        key=key,
        file=shown,
        text=body,
        title=str(metadata.get("title", ""))[:500],
        outlet=str(metadata.get("outlet", ""))[:200],
        url=str(metadata.get("url", ""))[:1000],
        published=published,
        authors=str(authors)[:500],
    )


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputProblem(f"'published' is not a valid YYYY-MM-DD date: {value!r}") from None
