"""Read articles from files: .txt/.md with optional front matter, or JSON Lines.

Pure Python (no Django), so the formats are testable on their own. Every problem is reported
as a SourceError naming the file (and line, for JSON Lines) and the reason in plain words;
readable articles keep coming. Nothing here raises on bad input.

Front matter is a block of `key: value` lines between two `---` lines at the top of the file:

    ---
    title: Trump cancels Pompeo's trip
    outlet: Example News
    published: 2018-08-24
    ---
    Article text ...

A JSON Lines file holds one object per line: {"text": ..., "id": ..., "title": ..., ...}.

Rules every article meets, however it comes in (article_from): a text of at most
MAX_ARTICLE_BYTES (extraction/limits.py); metadata that are strings (`authors` may be a list
of strings, a JSON Lines `id` a string or an integer); no NUL character anywhere; a URL that
is an http(s) address with a host; `published` as YYYY-MM-DD.

An article's identity (its key): its URL if it has one (`url:` + the URL with scheme and host
in lower case, without fragment), so one story from two files is one article; otherwise its
file, resolved (links, "..", the working directory) and shown relative to the project when
inside it; `file#id` for a JSON Lines record with an id, `file:line` without one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from .extraction.limits import MAX_ARTICLE_BYTES, ArticleTooLong, check_article_size

ARTICLE_SUFFIXES = {".txt", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
METADATA_KEYS = ("title", "outlet", "url", "published", "authors", "negotiation")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# A file or a JSON line holds more than the article's text: front matter, the other fields,
# JSON's escapes (an exporter that writes "\u2014" spends six bytes on a three-byte dash). So
# the raw input may take twice the article limit; beyond that it is refused without being
# read (a file, from its size) or held (a line, read in pieces to its end). The text itself
# is then held to MAX_ARTICLE_BYTES.
MAX_INPUT_BYTES = 2 * MAX_ARTICLE_BYTES
READ_PIECE = 64 * 1024  # a line is read in pieces of this size at most
SNIFF_BYTES = 8192  # a NUL byte in the first ones: a binary file
# The columns the article is stored in (dashboard/models.py, Article).
MAX_KEY_LENGTH = 500  # source_key, source_file
MAX_URL_LENGTH = 1000  # url
MAX_LENGTHS = {"title": 500, "outlet": 200, "authors": 500}  # longer values are cut
SHOWN_VALUE_LENGTH = 60  # a value quoted in a message is cut to this

ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
NOT_IN_URL = re.compile(r"[\s\x00-\x1f\x7f]")
WEB_SCHEMES = ("http", "https")


@dataclass
class ArticleInput:
    key: str  # unique source key: url:<URL>, or the file's path, or path#id / path:line
    file: str  # the file's path as shown to users (its identity, see source_path)
    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: dt.date | None = None
    authors: str = ""
    negotiation: str = ""  # a negotiation's slug (corpus/negotiations.toml), or ""
    line: int | None = None  # for a JSON Lines record
    record_id: str | int | None = None  # a JSON Lines record's `id`, as written


@dataclass
class SourceError:
    file: str
    reason: str
    line: int | None = None
    record_id: str | int | None = None  # a JSON Lines record's `id`, when it could be read

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.reason}"


class InputProblem(ValueError):
    pass


def load_manifest(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------- files and folders
def discover(paths: list[Path], base_dir: Path | None = None) -> Iterator[Path | SourceError]:
    """Every article file under the given files and folders, in a stable order, each once
    however many times it is reached. A folder is walked in the order of its sorted paths,
    without following links to folders inside it; there a file counts by its name (a known
    suffix, no leading dot or underscore, not a README). A folder that cannot be read, a link
    that leads nowhere, a path that does not exist: each is a SourceError where it occurs.
    `base_dir` is the folder paths are shown relative to (see source_path)."""
    base = _resolved(base_dir) if base_dir is not None else None
    seen: set[Path] = set()
    for path in paths:
        for item in _under(path, base):
            if isinstance(item, Path):
                real = _resolved(item)
                if real in seen:
                    continue
                seen.add(real)
            yield item


def _under(path: Path, base: Path | None) -> Iterator[Path | SourceError]:
    try:
        mode = path.stat().st_mode  # through links
    except FileNotFoundError:
        if os.path.islink(path):
            yield SourceError(_shown_link(path, base), _broken_link(path))
        else:
            yield SourceError(str(path), "no such file or folder")
        return
    except OSError as error:
        yield SourceError(_shown(path, base), f"cannot read: {error.strerror}")
        return
    if stat.S_ISDIR(mode):
        yield from _walk(path, base)
    elif stat.S_ISREG(mode):
        yield path
    else:
        yield SourceError(_shown(path, base), "not a file or a folder")


def _walk(top: Path, base: Path | None) -> Iterator[Path | SourceError]:
    """Depth first, each folder's entries in name order: the order of sorted full paths.
    An explicit stack rather than recursion, so that no depth of folders is too deep."""
    stack: list[Path | SourceError | tuple[Path]] = [(top,)]  # (folder,) is still to read
    while stack:
        item = stack.pop()
        if not isinstance(item, tuple):
            yield item
            continue
        folder = item[0]
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            yield SourceError(_shown(folder, base), f"cannot read folder: {error.strerror}")
            continue
        found: list[Path | SourceError | tuple[Path]] = []
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_dir(follow_symlinks=False):
                    found.append((path,))
                elif not _is_article_name(entry.name):
                    continue
                elif entry.is_file():
                    found.append(path)
                elif entry.is_symlink() and not os.path.exists(path):
                    found.append(SourceError(_shown_link(path, base), _broken_link(path)))
            except OSError as error:  # a link that loops, a file gone meanwhile
                found.append(SourceError(_shown(path, base), f"cannot read: {error.strerror}"))
        stack.extend(reversed(found))


def _is_article_name(name: str) -> bool:
    path = Path(name)
    return (
        path.suffix.lower() in ARTICLE_SUFFIXES | JSONL_SUFFIXES
        and not name.startswith((".", "_"))
        and path.stem.upper() != "README"
    )


def _broken_link(path: Path) -> str:
    try:
        return f"broken link to {os.readlink(path)}"
    except OSError:
        return "broken link"


def source_path(path: Path, base_dir: Path) -> str:
    """A file's identity, however its path was spelled: the path resolved (links, "..", the
    working directory), relative to `base_dir` when inside it, else absolute."""
    real = _resolved(path)
    try:
        return real.relative_to(_resolved(base_dir)).as_posix()
    except ValueError:
        return str(real)


def _shown(path: Path, base: Path | None) -> str:
    return source_path(path, base) if base is not None else str(path)


def _shown_link(path: Path, base: Path | None) -> str:
    """A link by its own name (in its folder, resolved), not by where it points."""
    if base is None:
        return str(path)
    return f"{source_path(path.parent, base)}/{path.name}".removeprefix("./")


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a link loop (Python 3.11 raises RuntimeError)
        return Path(os.path.abspath(path))


def read_articles(
    paths: list[Path], base_dir: Path, manifest: dict[str, dict] | None = None
) -> Iterator[ArticleInput | SourceError]:
    """Every article under `paths`, or the reason it cannot be read, in a stable order. An
    article whose URL was already read in this run is a duplicate: reported, not yielded."""
    manifest = manifest or {}
    base = _resolved(base_dir)
    urls = FirstSeen()  # url key -> where it was first read, for this run
    for path in discover(paths, base):
        if isinstance(path, SourceError):
            yield path
            continue
        shown = source_path(path, base)
        for item in _read_file(path, shown, manifest.get(shown, {})):
            if isinstance(item, ArticleInput) and item.key.startswith("url:"):
                first = urls.claim(item.key, (item.file, item.line))
                if first is not None:
                    where = _first_place(first, item.file)
                    reason = f"duplicate URL {_quoted(item.url)} (first {where}); skipped"
                    yield SourceError(item.file, reason, item.line, item.record_id)
                    continue
            yield item


def _first_place(first: tuple[str, int | None], file: str) -> str:
    first_file, first_line = first
    if first_file == file:
        return f"on line {first_line}"
    return f"in {first_file}:{first_line}" if first_line else f"in {first_file}"


def _read_file(path: Path, shown: str, defaults: dict) -> Iterator[ArticleInput | SourceError]:
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            with path.open("rb") as stream:
                yield from read_jsonl(stream, shown)
        else:
            yield read_text_file(path, shown, defaults)
    except InputProblem as problem:
        yield SourceError(shown, str(problem))
    except OSError as error:
        yield SourceError(shown, f"cannot read: {error.strerror}")


# ---------------------------------------------------------------------- text files
def read_text_file(path: Path, shown: str, defaults: dict | None = None) -> ArticleInput:
    """One article from a .txt/.md file; a file over MAX_INPUT_BYTES is refused unread.
    Raises InputProblem (or OSError)."""
    with path.open("rb") as stream:
        raw = read_limited(stream, os.fstat(stream.fileno()).st_size)
    return read_text_article(raw, shown, defaults or {})


def read_limited(stream: BinaryIO, size: int | None = None) -> bytes:
    """At most MAX_INPUT_BYTES from `stream`; InputProblem if there is more (from `size`, when
    known, before reading anything)."""
    if size is not None and size > MAX_INPUT_BYTES:
        raise InputProblem(str(ArticleTooLong(size)))
    raw = stream.read(MAX_INPUT_BYTES + 1)
    if len(raw) > MAX_INPUT_BYTES:
        raise InputProblem(f"too large for one article (over {MAX_INPUT_BYTES / 1e6:g} MB)")
    return raw


def read_text_article(raw: bytes, shown: str, defaults: dict) -> ArticleInput:
    """The article in a text file's bytes; `defaults` are metadata its front matter overrides
    (from corpus/manifest.toml). Raises InputProblem."""
    text = decode(raw)
    metadata, body = split_front_matter(text)
    if not body.strip():
        raise InputProblem("no article text after the front matter")
    return article_from(shown, shown, body, {**defaults, **metadata})


def decode(raw: bytes) -> str:
    if b"\x00" in raw[:SNIFF_BYTES]:
        raise InputProblem("binary file, not text")
    if b"\x00" in raw:
        raise InputProblem("contains a NUL character")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputProblem(f"not UTF-8 text (byte {error.start})") from None
    if not text.strip():
        raise InputProblem("empty file")
    return text


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
                f"front matter line {number}: unknown key {_quoted(key)} "
                f"(expected one of {', '.join(METADATA_KEYS)})"
            )
        metadata[key] = value.strip().strip("\"'")
    raise InputProblem("front matter is not closed by a '---' line")


# ---------------------------------------------------------------------- JSON Lines
def read_jsonl(stream: BinaryIO, shown: str) -> Iterator[ArticleInput | SourceError]:
    """One article (or SourceError) per non-blank line of a seekable binary stream, read line
    by line in bounded pieces, so that a corpus of any size streams and no line, however
    long, is held whole. An `id` seen on an earlier line makes the later line an error."""
    if b"\x00" in stream.read(SNIFF_BYTES):
        yield SourceError(shown, "binary file, not text")
        return
    stream.seek(0)
    ids = FirstSeen()  # id -> its first line
    seen_text = False
    for number, line, size in bounded_lines(stream, MAX_INPUT_BYTES):
        if line is None:
            seen_text = True
            yield SourceError(shown, str(ArticleTooLong(size)), number)
            continue
        item = _jsonl_record(line, number, shown, ids)
        if item is not None:
            seen_text = True
            yield item
    if not seen_text:
        yield SourceError(shown, "empty file")


def bounded_lines(
    stream: BinaryIO, limit: int
) -> Iterator[tuple[int, bytes | bytearray | None, int]]:
    """(number, line, size) for each line of a binary stream; `size` counts the line's bytes
    without its line break, `line` keeps it. A line over `limit` bytes comes as
    (number, None, size): it is read to its end in pieces of READ_PIECE bytes, never held
    whole, and the next line follows as usual."""
    number = 0
    while piece := stream.readline(READ_PIECE):
        number += 1
        size = len(piece)
        held: bytes | bytearray | None = piece
        end = piece[-2:]  # the line's last two bytes, for its line break
        if not piece.endswith(b"\n"):  # the line goes on past this piece
            held = bytearray(piece)
            while not piece.endswith(b"\n") and (piece := stream.readline(READ_PIECE)):
                size += len(piece)
                end = (end + piece)[-2:]
                if held is not None and size > limit + 2:  # over, even with a CRLF
                    held = None  # let it go; read on to the line's end
                elif held is not None:
                    held += piece
        size -= 2 if end == b"\r\n" else 1 if end.endswith(b"\n") else 0
        yield number, (held if size <= limit else None), size


def _jsonl_record(
    line: bytes | bytearray, number: int, shown: str, ids: FirstSeen
) -> ArticleInput | SourceError | None:
    """The article on one line, the reason it cannot be read, or None for a blank line."""

    def failure(reason: str, record_id: str | int | None = None) -> SourceError:
        return SourceError(shown, reason, number, record_id)

    if b"\x00" in line:
        return failure("contains a NUL character")
    try:
        text = line.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as error:
        return failure(f"not UTF-8 text (byte {error.start})")
    if not text.strip():
        return None
    try:
        record = json.loads(text)
    except RecursionError:  # [[[[... a thousand deep and more
        return failure("JSON nested too deeply")
    except ValueError as error:  # JSONDecodeError, or an integer of over 4,300 digits
        return failure(f"invalid JSON ({getattr(error, 'msg', error)})")
    if not isinstance(record, dict):
        return failure("expected a JSON object")
    record_id = record.get("id")
    if record_id == "":
        record_id = None
    if record_id is not None:
        if isinstance(record_id, bool) or not isinstance(record_id, str | int):
            return failure(f"'id' must be a string or an integer, not {_json_type(record_id)}")
        try:
            _check_string("'id'", str(record_id))
        except InputProblem as problem:
            return failure(str(problem))
        first = ids.claim(str(record_id), number)
        if first is not None:
            shown_id = _quoted(record_id) if isinstance(record_id, str) else str(record_id)
            return failure(f"duplicate id {shown_id} (first on line {first}); skipped", record_id)
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return failure("'text' is required and must be a non-empty string", record_id)
    key = f"{shown}#{record_id}" if record_id is not None else f"{shown}:{number}"
    metadata = {name: record.get(name) for name in METADATA_KEYS}
    try:
        return article_from(key, shown, body, metadata, line=number, record_id=record_id)
    except InputProblem as problem:
        return failure(str(problem), record_id)


# ---------------------------------------------------------------------- every article
def article_from(
    key: str,
    shown: str,
    body: str,
    metadata: dict,
    *,
    line: int | None = None,
    record_id: str | int | None = None,
) -> ArticleInput:
    """An article from its text and metadata, checked against the rules every article meets
    (see the module's docstring); `key` is its identity unless it has a URL. Raises
    InputProblem naming what is wrong."""
    _check_string("the text", body)
    _check_string("its name", key + shown)  # an uploaded file's name, a JSON id
    try:
        check_article_size(body)
    except ArticleTooLong as too_long:
        raise InputProblem(str(too_long)) from None
    values: dict[str, str] = {}
    for name in METADATA_KEYS:
        value = metadata.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue  # absent (JSON's null and blank strings included)
        if name == "published" and type(value) is dt.date:  # a TOML date, in the manifest
            value = value.isoformat()
        if name == "authors" and isinstance(value, list):
            if not all(isinstance(author, str) for author in value):
                held = next(_json_type(a) for a in value if not isinstance(a, str))
                raise InputProblem(
                    f"'authors' must be a string or a list of strings, not a list holding {held}"
                )
            value = ", ".join(value)
        if not isinstance(value, str):
            raise InputProblem(f"{name!r} must be {_EXPECTED[name]}, not {_json_type(value)}")
        _check_string(repr(name), value)
        values[name] = value
    url = web_address(values["url"]) if values.get("url") else ""
    negotiation = values.get("negotiation", "").strip()
    if negotiation and not SLUG.fullmatch(negotiation):
        raise InputProblem(
            f"'negotiation' is a negotiation's slug, such as us-dprk, not {_quoted(negotiation)}"
        )
    published = parse_date(values["published"]) if values.get("published") else None
    if url:
        key = url_key(url)
    if len(key) > MAX_KEY_LENGTH or len(shown) > MAX_KEY_LENGTH:
        raise InputProblem(
            f"its path (or path and id) is longer than the {MAX_KEY_LENGTH} characters an "
            "article's key may take"
        )
    return ArticleInput(
        key=key,
        file=shown,
        text=body,
        title=values.get("title", "")[: MAX_LENGTHS["title"]],
        outlet=values.get("outlet", "")[: MAX_LENGTHS["outlet"]],
        url=url,
        published=published,
        authors=values.get("authors", "")[: MAX_LENGTHS["authors"]],
        negotiation=negotiation,
        line=line,
        record_id=record_id,
    )


_EXPECTED = {
    "title": "a string",
    "outlet": "a string",
    "url": "a string",
    "published": "a YYYY-MM-DD string",
    "authors": "a string or a list of strings",
    "negotiation": "a string",
}


def _check_string(what: str, value: str) -> None:
    if "\x00" in value:
        raise InputProblem(f"{what} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:  # "\ud800" in JSON: half a character
        raise InputProblem(
            f"{what} is not valid Unicode (a lone surrogate {value[error.start]!a})"
        ) from None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__}"  # from the manifest (TOML): a date or a time


def parse_date(value: str) -> dt.date:
    """A YYYY-MM-DD date (and only that: not 20180824, not 2018-W34-5)."""
    text = value.strip()
    if ISO_DAY.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise InputProblem(f"'published' is not a valid YYYY-MM-DD date: {_quoted(value)}")


# ---------------------------------------------------------------------- URLs
def web_address(value: str) -> str:
    """`value` (stripped) if it is an http:// or https:// address with a host; else
    InputProblem. No javascript:, data:, vbscript:, ftp: or scheme-less links are stored."""
    url = value.strip()
    if len(url) > MAX_URL_LENGTH:
        raise InputProblem(f"'url' is longer than {MAX_URL_LENGTH:,} characters: {_quoted(url)}")
    try:
        parts = urlsplit(url)
        scheme, host = parts.scheme.lower(), parts.hostname
    except ValueError:  # "http://[::1"
        scheme, host = "", None
    if NOT_IN_URL.search(url) or scheme not in WEB_SCHEMES or not host:
        raise InputProblem(
            f"'url' must be an http:// or https:// address with a host, not {_quoted(url)}"
        )
    return url


def url_key(url: str) -> str:
    """The identity of an article with a URL (from web_address): `url:` and the URL with its
    scheme and host in lower case and its fragment dropped; nothing else changes. A key too
    long for its column keeps its start and ends with a digest of the whole."""
    parts = urlsplit(url)
    written = len(parts.scheme) + len("://") + len(parts.netloc)
    userinfo, at, host_and_port = parts.netloc.rpartition("@")
    rest = url.partition("#")[0][written:]
    key = f"url:{parts.scheme.lower()}://{userinfo}{at}{host_and_port.lower()}{rest}"
    if len(key) > MAX_KEY_LENGTH:
        digest = hashlib.blake2b(key.encode(), digest_size=8).hexdigest()
        key = f"{key[: MAX_KEY_LENGTH - len(digest) - 1]}#{digest}"
    return key


# ---------------------------------------------------------------------- helpers
class FirstSeen:
    """Where each key was first seen. Keys are kept as 64-bit digests, so that a file of a
    million ids costs about 100 MB at most whatever the ids' length; two different keys
    share a digest with a chance of about one in 30 million for a million keys."""

    def __init__(self) -> None:
        self._first: dict[int, object] = {}  # `where` is never None

    def claim(self, key: str, where: object) -> object | None:
        """None if `key` is new (and note it was seen at `where`), else where it was first."""
        digest = int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest())
        first = self._first.get(digest)
        if first is None:
            self._first[digest] = where
        return first


def _quoted(value: object) -> str:
    """A value for a message: quoted on one line, cut if long."""
    text = str(value)
    if len(text) > SHOWN_VALUE_LENGTH:
        text = text[: SHOWN_VALUE_LENGTH - 1] + "…"
    return repr(text)
