"""The one limit on an article's size, shared by every way an article comes in.

Pure Python: the extraction pipeline checks it as a backstop, and dashboard/sources.py, the
admin's Add article form and `manage.py extract` check it first, so that a too-long article
is one clear error wherever it enters, never spaCy's own refusal (E088).
"""

from __future__ import annotations

# The longest news story runs to about 100 KB; a text twenty times that is not one article.
# Measured in bytes of UTF-8, so a text within it has at most this many characters, which is
# what spaCy's tokenizer counts (text.py sets its max_length to this).
MAX_ARTICLE_BYTES = 2_000_000


class ArticleTooLong(ValueError):
    """An article's text is over MAX_ARTICLE_BYTES (raised before any work is done on it)."""

    def __init__(self, size: int, limit: int = MAX_ARTICLE_BYTES) -> None:
        self.size = size
        self.limit = limit
        super().__init__(
            f"too large for one article ({_size_against(size, limit)}; the limit is "
            f"{limit / 1e6:g} MB)"
        )

    def __reduce__(self):  # picklable, for extraction in worker processes
        return type(self), (self.size, self.limit)


def utf8_size(text: str) -> int:
    """Bytes of `text` in UTF-8 (a lone surrogate counted as its three bytes, never raising)."""
    return len(text.encode("utf-8", "surrogatepass"))


def check_article_size(text: str, limit: int = MAX_ARTICLE_BYTES) -> None:
    """Raise ArticleTooLong if `text` takes more than `limit` bytes of UTF-8."""
    if len(text) * 4 <= limit:
        return  # no character takes more than four bytes: no need to encode
    size = utf8_size(text)
    if size > limit:
        raise ArticleTooLong(size, limit)


def _size_against(size: int, limit: int) -> str:
    shown = f"{size / 1e6:.1f} MB"
    # "2.0 MB; the limit is 2 MB" would read as within the limit: give the bytes instead.
    return shown if round(size / 1e6, 1) > limit / 1e6 else f"{size:,} bytes"
