from __future__ import annotations

import pytest

from dashboard.extraction.cleaning import BoilerplateMarkers, clean_text
from tests.conftest import ROOT

MARKERS = BoilerplateMarkers.from_file(ROOT / "corpus" / "boilerplate.toml")
CAPTION = "Officials look on in Hanoi. (Jane Doe/Example Wire)"
DATED_CAPTION = "Officials look on in Hanoi, Wednesday, Feb. 27, 2019. (Jane Doe/Example Wire)"


@pytest.mark.parametrize(
    "text,kept,removed",
    [
        (f"Body one.\n{CAPTION}\nBody two.", ["Body one.", "Body two."], [CAPTION]),
        ("Lead.\nA line printed twice here\nA line printed twice here\nEnd.",
         ["Lead.", "End."], ["printed twice"]),
        ("Story.\n\nRelated Articles\n\nTrump meets Kim in Hanoi\n\nMore links",
         ["Story."], ["Trump meets Kim", "More links"]),
        ("Story.\nRead more at Example News", ["Story."], ["Read more"]),
        ("Story.\nTags Donald Trump Mike Pompeo", ["Story."], ["Tags"]),
        ("Headline Without Period\n\nGetty Images\n\nStory.", ["Headline Without Period", "Story."],
         ["Getty Images"]),
        ("Story.\nAbout the author\nJane Doe", ["Story."], ["Jane Doe"]),
    ],
)  # fmt: skip
def test_furniture_is_masked(text, kept, removed):
    cleaned = clean_text(text, MARKERS)
    for piece in kept:
        assert piece in cleaned
    for piece in removed:
        assert piece not in cleaned


@pytest.mark.parametrize(
    "text,kept,removed",
    [
        # A caption that states a full date is a sentence of the text; its credit is not.
        (f"Body one.\n{DATED_CAPTION}\nBody two.",
         ["Officials look on in Hanoi, Wednesday, Feb. 27, 2019.", "Body two."],
         ["Jane Doe"]),
        # Printed twice, it is kept once.
        ("Lead.\nEnvoys shake hands in Geneva on 3 March 2019.\n"
         "Envoys shake hands in Geneva on 3 March 2019.\nEnd.",
         ["Envoys shake hands in Geneva on 3 March 2019.\n" + " " * 45 + "\nEnd."], []),
        # An undated photo "released" on a day shows nothing of that day.
        ("Lead.\nA leader inspects a factory in this undated photo released on May 2, 2019.\n"
         "A leader inspects a factory in this undated photo released on May 2, 2019.\nEnd.",
         ["Lead.", "End."], ["undated"]),
    ],
)  # fmt: skip
def test_a_dated_caption_is_kept_once_without_its_credit(text, kept, removed):
    cleaned = clean_text(text, MARKERS)
    assert len(cleaned) == len(text)
    for piece in kept:
        assert piece in cleaned
    for piece in removed:
        assert piece not in cleaned


def test_cleaning_keeps_every_offset():
    text = f"Body one.\n{CAPTION}\nBody two."
    cleaned = clean_text(text, MARKERS)
    assert len(cleaned) == len(text)
    assert cleaned.index("Body two.") == text.index("Body two.")
