"""Reading responses in the page, API and admin tests."""

from __future__ import annotations

import csv
import io

from django.db import connection
from django.test.utils import CaptureQueriesContext


def get_counting_queries(client, url: str, data=None) -> tuple[object, int]:
    """The response to GET `url` (a 200) and the number of SQL statements it took."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, data)
    assert response.status_code == 200, url
    return response, len(queries)


def listed(response) -> list[int]:
    """The ids of the events on the events page, in the table's order."""
    return [event.pk for event in response.context["page"].object_list]


def body(response) -> str:
    """The text of a response, streamed or not."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode()


def csv_rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body(response))))
