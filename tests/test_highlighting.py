"""The one highlighter: marks at character offsets in an escaped text."""

from __future__ import annotations

import pytest

from dashboard.highlighting import Mark, marked


def m(start: int, end: int, name: str, after: str = "") -> Mark:
    return Mark(start, end, f"<{name}>", f"</{name}>", after)


@pytest.mark.parametrize(
    ("text", "marks", "html"),
    [
        ("Pompeo met Kim.", [m(0, 6, "a"), m(11, 14, "a")], "<a>Pompeo</a> met <a>Kim</a>."),
        # A mark inside another is kept, the outer one opening first and closing last.
        (
            "Pompeo met Kim.",
            [m(11, 14, "a"), m(0, 15, "s")],
            "<s><a>Pompeo</a> met <a>Kim</a>.</s>" if False else "<s>Pompeo met <a>Kim</a>.</s>",
        ),
        # One that crosses a mark kept before it is dropped.
        ("abcdef", [m(0, 4, "x"), m(2, 6, "y")], "<x>abcd</x>ef"),
        # A mark repeated (one sentence evidencing two events) is kept once.
        ("abc", [m(0, 3, "s", "1"), m(0, 3, "s", "2")], "<s>abc</s>1"),
        # Text is escaped; what follows a close comes after it.
        ("<b>&", [m(0, 4, "s", "<i>↗</i>")], "<s>&lt;b&gt;&amp;</s><i>↗</i>"),
        ("abc", [m(1, 1, "e"), m(2, 9, "x")], "ab<x>c</x>"),
    ],
)
def test_marks_are_inserted_nested_and_never_crossing(text, marks, html):
    assert marked(text, marks) == html
