"""End to end: the seeds loaded by the real command, then what a reader sees of one happening
they report (Trump calling off Pompeo's August 2018 trip, reported by three of them) on the
events page, in the API and in the CSV download. The one test outside extraction and loading
that reads what extraction finds; every other page test builds its own rows."""

from __future__ import annotations

import csv
import io

import pytest

pytestmark = pytest.mark.django_db

THE_DAY = {"type": "cancellation", "date_after": "2018-08-24", "date_before": "2018-08-24"}
REPORTED_BY = [
    ("The New York Times", "Pompeo's meeting with Kim Yong-chol is called off (description)"),
    ("United States Institute of Peace",
     "Frank Aum on the cancellation of Pompeo's trip to North Korea (description)"),
    ("The Hill", "North Korea talks draw fresh scrutiny after canceled meeting"),
]  # fmt: skip


def test_the_seeds_loaded_by_load_corpus_show_on_the_page_in_the_api_and_in_the_csv(seeds, client):
    page = client.get("/events/", THE_DAY)
    [event] = page.context["page"].object_list
    html = page.content.decode()
    assert "1 event where type is cancellation, 2018-08-24 to 2018-08-24." in html
    assert f'<a href="/events/{event.pk}/">' in html and '<td class="num">3</td>' in html
    assert '<a href="/actors/donald-trump/">Donald Trump</a>' in html

    [listed] = client.get("/api/events", THE_DAY).json()["events"]
    assert (listed["id"], listed["date"], listed["negotiation"]) == (
        event.pk, "2018-08-24", "us-dprk",
    )  # fmt: skip
    assert {"name": "Donald Trump", "slug": "donald-trump", "role": "initiator"} in listed["actors"]
    assert "Mike Pompeo" in {actor["name"] for actor in listed["actors"]}
    reported = {(source["outlet"], source["title"]) for source in listed["sources"]}
    assert reported == set(REPORTED_BY)
    trip = client.get(f"/events/{listed['related_event']}/").content.decode()
    assert "<dd>Visit (PLOVER" in trip and "Cancelled" in trip

    download = client.get("/events.csv", THE_DAY)
    [row] = csv.DictReader(io.StringIO(b"".join(download.streaming_content).decode()))
    assert (row["id"], row["type"], row["date"]) == (str(event.pk), "cancellation", "2018-08-24")
    assert row["cameo"] == "161"  # a cancelled trip
    assert (
        "The Hill: North Korea talks draw fresh scrutiny after canceled meeting (2018-08-25)"
        in (row["sources"])
    )
