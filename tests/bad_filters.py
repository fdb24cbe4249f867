"""Filter values that cannot be read, with the field and the message each is refused with:
the events page, the CSV download, /api/events and export_events refuse them alike."""

from __future__ import annotations

from dashboard.filters import ARTICLE_ID_ERROR, MAX_ID

BAD_FILTERS = [
    ({"actor": "nobody"}, "actor", "No actor is called nobody."),
    ({"date_after": "2018-02-30"}, "date", "Enter a valid date."),
    ({"type": "meetings"}, "type",
     "Select a valid choice. meetings is not one of the available choices."),
    ({"article": "abc"}, "article", ARTICLE_ID_ERROR),
    ({"article": "99999999999999999999"}, "article", ARTICLE_ID_ERROR),
    ({"article": str(MAX_ID + 1)}, "article", ARTICLE_ID_ERROR),
    ({"article": "0"}, "article", ARTICLE_ID_ERROR),
    ({"article": "-4"}, "article", ARTICLE_ID_ERROR),
    ({"date_after": "2018-06-02", "date_before": "2018-06-01"}, "date",
     "The start date 2018-06-02 is after the end date 2018-06-01."),
    ({"country": "USA"}, "country", "A country is a two-letter ISO code, such as US."),
    ({"negotiation": "us-mars"}, "negotiation",
     "No negotiation is called us-mars (see corpus/negotiations.toml)."),
    ({"role": "boss"}, "role",
     "Select a valid choice. boss is not one of the available choices."),
    ({"actor_match": "some"}, "actor_match",
     "Select a valid choice. some is not one of the available choices."),
    ({"country": "U1"}, "country", "A country is a two-letter ISO code, such as US."),
]  # fmt: skip
BAD_FILTER_IDS = [
    next(iter(query)) + "=" + next(iter(query.values())) for query, _, _ in BAD_FILTERS
]
