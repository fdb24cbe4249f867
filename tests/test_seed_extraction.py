"""The seeds, loaded by the real command, hold the dated events a reader finds in them."""

from __future__ import annotations

import pytest

from dashboard.models import Event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeds")]


def actors(event: Event, *roles: str) -> set[str]:
    participants = event.participants.all()
    return {p.actor.name for p in participants if not roles or p.role in roles}


def sources(event: Event) -> set[str]:
    return set(event.mentions.values_list("article__source_file", flat=True))


def test_trumps_cancellation_of_pompeos_august_trip_is_one_event_from_three_articles():
    [event] = Event.objects.filter(event_type="cancellation", date="2018-08-24")
    assert event.date_precision == "day"
    assert "Donald Trump" in actors(event, "initiator")
    assert "Mike Pompeo" in actors(event)
    assert sources(event) == {
        "seeds/000_ea8c22ae733595af.txt",  # "A month later, in August, Mr. Trump abruptly canceled"
        "seeds/001_c1bd6e5c87d5b890.txt",
        "seeds/002_8dec2069f99c670a.txt",
    }
    trip = event.related_event
    assert trip.event_type == "visit" and trip.status == "cancelled"
    assert "Mike Pompeo" in actors(trip) and trip.location == "North Korea"


def test_the_november_meeting_with_kim_yong_chol_was_cancelled_the_day_before():
    [meeting] = Event.objects.filter(event_type="meeting", date="2018-11-08")
    assert meeting.status == "cancelled"
    assert {"Mike Pompeo", "Kim Yong-chol"} <= actors(meeting)
    [cancellation] = meeting.consequences.all()
    assert (cancellation.event_type, cancellation.date.isoformat()) == (
        "cancellation",
        "2018-11-07",
    )
    assert "U.S. Department of State" in actors(cancellation, "announcer")


def test_the_treasury_sanction_is_dated_and_attributed():
    [sanction] = Event.objects.filter(event_type="sanction", date="2018-08-22")
    assert actors(sanction, "initiator") == {"U.S. Department of the Treasury"}
    assert "China" in actors(sanction, "target")


def test_pompeos_july_meeting_with_kim_yong_chol_in_pyongyang():
    [meeting] = Event.objects.filter(
        event_type="meeting", date="2018-07-01", date_precision="month", status="occurred"
    )
    assert meeting.location == "Pyongyang"
    # 004's "U.S.-North Korea talks" in Pyongyang with Pompeo are the same happening.
    assert (
        {"Mike Pompeo", "Kim Yong-chol"}
        <= actors(meeting)
        <= {"Mike Pompeo", "Kim Yong-chol", "North Korea", "United States"}
    )
    assert len(sources(meeting)) >= 3


def test_the_singapore_summit_is_one_event_reported_by_all_four_seeds():
    [summit] = Event.objects.filter(event_type="summit", location="Singapore")
    # 004's "on June 12" refines the others' "in June", "two months ago" and "Singapore".
    assert summit.date.isoformat() == "2018-06-12" and summit.date_precision == "day"
    assert {"Donald Trump", "Kim Jong-un"} <= actors(summit)
    assert len(sources(summit)) == 4


def test_the_meeting_that_never_happened():
    [meeting] = Event.objects.filter(
        status="did_not_occur", participants__actor__name="Choe Son-hui"
    )
    assert actors(meeting) == {"Stephen Biegun", "Choe Son-hui"}


def test_every_mention_quotes_its_article_exactly():
    for event in Event.objects.prefetch_related("mentions__article"):
        for mention in event.mentions.all():
            assert mention.article.text[mention.start : mention.end] == mention.sentence
            trigger = mention.article.text[mention.trigger_start : mention.trigger_end]
            assert trigger == mention.trigger


def test_furniture_of_the_seeds_yields_no_evidence():
    sentences = " ".join(Event.objects.values_list("mentions__sentence", flat=True))
    assert "Related Research" not in sentences
    assert "hypersonic" not in sentences  # from the related-analysis teasers of 001
    assert "Doug Mills" not in sentences  # a photo caption printed twice
