"""Remove page furniture (captions, related-link blocks, tag lines, author boxes) from a text.

The cleaner masks furniture with spaces instead of cutting it out, so the cleaned text has the
same length as the original and every character offset found later points into the text the
article is stored with.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# "(Doug Mills/The New York Times)", "(AP Photo/Ahn Young-joon)": a photo credit ends a caption.
PHOTO_CREDIT = re.compile(r"\(\s*[A-Z][^()/]{1,60}/[^()]{1,80}\)\s*$")
SENTENCE_END = re.compile(r"[.!?:;\"”’)]\s*$")
# A caption that states a full date ("..., Thursday, April 11, 2019, in Washington.") dates
# what it shows, and the guide reads captions as sentences of the text: it is kept, once,
# without its credit (kp4-007_embassy…txt s4: the Oval Office meeting; kp3-015_voa…txt s9,
# printed twice: the Singapore handshake; issue 14, point 3). An "undated photo released
# ... Sept. 3" is dated by its release only, not by what it shows (kp1-008_voa…txt s2).
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
FULL_DATE = re.compile(
    rf"\b(?:{_MONTH_NAME}\s+[0-3]?\d,?\s+(?:19|20)\d\d|[0-3]?\d\s+{_MONTH_NAME}\s+(?:19|20)\d\d)\b"
)
UNDATED = re.compile(r"\bundated\b", re.IGNORECASE)
MIN_REPEATED_WORDS = 4
MAX_STRAY_WORDS = 3
BYLINE_REACH = 4  # the lines after the headline where a transcript's byline stands


@dataclass(frozen=True)
class BoilerplateMarkers:
    block_start: tuple[str, ...] = ()
    line_start: tuple[str, ...] = ()

    @classmethod
    def from_file(cls, path: Path | str) -> BoilerplateMarkers:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        return cls(tuple(data.get("block_start", ())), tuple(data.get("line_start", ())))


def clean_text(text: str, markers: BoilerplateMarkers | None = None) -> str:
    """Return `text` with furniture lines replaced by spaces (newlines kept)."""
    markers = markers or BoilerplateMarkers()
    lines = text.splitlines(keepends=True)
    stripped = [line.strip() for line in lines]
    counts = Counter(s for s in stripped if len(s.split()) >= MIN_REPEATED_WORDS)
    first_text_line = next((i for i, s in enumerate(stripped) if s), 0)
    byline = _byline(stripped, first_text_line)

    out: list[str] = []
    in_block = False
    dated_captions: set[str] = set()
    for index, (line, s) in enumerate(zip(lines, stripped, strict=True)):
        if s and s.startswith(markers.block_start):
            in_block = True
        if index in byline:
            out.append(line)
        elif in_block or not s or not _is_furniture(s, counts, markers, index == first_text_line):
            out.append(_blank(line) if in_block else line)
        elif _dated_caption(s, counts, markers) and s not in dated_captions:
            dated_captions.add(s)
            out.append(_without_credit(line))
        else:
            out.append(_blank(line))
    return "".join(out)


def _byline(stripped: list[str], first: int) -> tuple[int, ...]:
    """The lines of a transcript's byline: a short line of capitalised words just under the
    headline that names the speaker, and the line of the speaker's office under it ("Rodney
    Hunter" over "Political Coordinator", af-002_usun… s2-s3; "Ambassador Nikki Haley" over
    "U.S. Permanent Representative to the United Nations", kp1-006_haley… s2-s3). Short lines
    are otherwise blanked as labels; these tell who says "I" and "we" in the text, and the
    office tells the speaker's state ("U.S. Mission to the United Nations" below it)."""
    from .vocabulary import BYLINE_OFFICES

    lines = [i for i, s in enumerate(stripped) if s and i > first][: BYLINE_REACH + 1]
    for here, after in itertools.pairwise(lines):
        words = stripped[here].split()
        if not 2 <= len(words) <= MAX_STRAY_WORDS or SENTENCE_END.search(stripped[here]):
            continue
        if not all(
            w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words
        ):
            continue
        if any(w.strip(",") in BYLINE_OFFICES for w in stripped[after].split()):
            return here, after
    return ()


def _dated_caption(line: str, counts: Counter, markers: BoilerplateMarkers) -> bool:
    """A caption (printed twice, or ending in a photo credit) that states a full date."""
    if line.startswith(markers.line_start) or not FULL_DATE.search(line):
        return False
    if UNDATED.search(line):
        return False
    return counts[line] > 1 or PHOTO_CREDIT.search(line) is not None


def _without_credit(line: str) -> str:
    credit = PHOTO_CREDIT.search(line.rstrip("\r\n"))
    if credit is None:
        return line
    return line[: credit.start()] + _blank(line[credit.start() :])


def _is_furniture(line: str, counts: Counter, markers: BoilerplateMarkers, is_first: bool) -> bool:
    # A caption or teaser printed twice is furniture; a headline printed again below the
    # page's own header is not, its first copy is the headline (kp4-003_wh… s1: the remarks
    # before the leaders' expanded meeting, repeated above the date line).
    if counts[line] > 1 and not is_first:
        return True
    if line.startswith(markers.line_start):
        return True
    if PHOTO_CREDIT.search(line):
        return True
    # A stray short line without punctuation ("Getty Images", "Type: Fact Sheet") is a label,
    # unless it is the headline.
    return not is_first and len(line.split()) <= MAX_STRAY_WORDS and not SENTENCE_END.search(line)


def _blank(line: str) -> str:
    return "".join(ch if ch in "\r\n" else " " for ch in line)
