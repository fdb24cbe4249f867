"""The export schema's pieces (dashboard/exports.py): which addresses may be links, how a
source is named, and which CSV cells are written as text. The API, the CSV download and
export_events: tests/views/test_api_events.py, test_events_csv.py, test_export_events.py."""

from __future__ import annotations

import pytest

from dashboard.exports import csv_cell, source_label, web_url


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("HTTP://example.org/a", "HTTP://example.org/a"),
        ("  https://example.org/a ", "https://example.org/a"),
        ("javascript:alert(1)", ""),
        ("JavaScript:alert(1)", ""),
        (" javascript:alert(1)", ""),
        ("java\tscript:alert(1)", ""),
        ("data:text/html,<script>alert(1)</script>", ""),
        ("vbscript:msgbox(1)", ""),
        ("//evil.example/x", ""),
        ("https:evil", ""),
        ("ftp://example.org/a", ""),
        ("http://[::1", ""),  # not a URL at all
        ("", ""),
        (None, ""),
    ],
)
def test_only_http_and_https_addresses_pass(url, shown):
    assert web_url(url) == shown


@pytest.mark.parametrize(
    ("source", "label"),
    [
        ({"article": 12, "title": "Talks", "outlet": "The Hill", "published": "2018-08-25",
          "url": "https://example.org/t"},
         "[12] The Hill: Talks (2018-08-25) <https://example.org/t>"),
        ({"article": 12, "title": "", "outlet": "", "published": None, "url": None},
         "[12] Article 12"),
        ({"article": None, "title": "Cited page", "outlet": "Wire", "published": None,
          "url": None}, "Wire: Cited page"),
    ],
)  # fmt: skip
def test_a_source_is_named_by_its_article_id_outlet_title_date_and_address(source, label):
    assert source_label(source) == label


@pytest.mark.parametrize(
    ("value", "cell"),
    [("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"),
     ("\rx", "'\rx"), ("a=1", "a=1"), (-1.5, -1.5), (None, ""), ("", "")],
)  # fmt: skip
def test_text_that_would_start_a_formula_gets_a_leading_apostrophe(value, cell):
    assert csv_cell(value) == cell
