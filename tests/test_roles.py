"""Roles from the clause: who acts, who is acted on, who only announces. The sentences are
ours; each row names the dev construction it reproduces (file and outlet) and asserts the
exact parties and roles of the event of the given type."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.text import parse

DAY = dt.date(2019, 8, 11)


def parties(pipeline, text: str, event_type: str, published: dt.date = DAY) -> set:
    events = [e for e in pipeline.extract(text, published).events if e.type == event_type]
    assert len(events) == 1, [(e.type, e.participants) for e in events]
    return {(p.actor, p.role) for p in events[0].participants}


@pytest.mark.parametrize(
    "text,event_type,expected",
    [
        # kp4-016 (Japanese outlet): who tells someone "in a letter" sends it; the object
        # pronoun is the person named before the subject, the letter's addressee.
        ("The president wrote on Sunday that Kim Jong Un had told him in a letter on Friday "
         "that the tests would end.", "letter",
         {("Kim Jong-un", "initiator"), ("Donald Trump", "target")}),
        # kp2-007 (VOA): the base form "receive" after "set to": the receiver is the target.
        ("Donald Trump is set to receive a handwritten letter on Monday from Kim Jong Un.",
         "letter", {("Donald Trump", "target"), ("Kim Jong-un", "initiator")}),
        # kp1-012 (Treasury): a department's own office imposes; the department with it.
        ("The U.S. Department of the Treasury's Office of Foreign Assets Control on Monday "
         "sanctioned two shipping firms of North Korea.", "sanction",
         {("U.S. Department of the Treasury", "initiator"),
          ("Office of Foreign Assets Control", "initiator"), ("North Korea", "target")}),
        # kp1-012 s10: a participle's agent after "by", without an auxiliary.
        ("On Monday the assets of the firms designated by OFAC were frozen.", "sanction",
         {("Office of Foreign Assets Control", "initiator")}),
        # kp2-025 (State Department readout), cn-008 (White House statement): an
        # attribution line hands the release's events to its spokesperson.
        ("The following is attributable to Spokesperson Heather Nauert:\nOn May 2, "
         "Secretary Pompeo met with Japanese Foreign Minister Taro Kono in Washington.",
         "meeting", {("Mike Pompeo", "participant"), ("Taro Kono", "participant"),
                     # the title names Japan (kp2-025's gold lists it beside Kono)
                     ("Japan", "participant"), ("Heather Nauert", "announcer")}),
        # ua-014 (Wikipedia): "leaders from France, ..." are the states' own.
        ("On 4 May 2016, leaders from France, Germany and Ukraine met in Berlin.", "summit",
         {("France", "participant"), ("Germany", "participant"), ("Ukraine", "participant")}),
        # kp2-007 (VOA) s13: "he" in what a person is reported to say
        # is the speaker, not the last person the report names.
        ("President Trump said Sunday that Kim Yong Chol was a fine man and that he would "
         "hold a summit with Kim Jong Un on August 30.", "summit",
         {("Donald Trump", "participant"), ("Kim Jong-un", "participant"),
          ("Kim Yong-chol", "participant")}),
        # kp4-019 (Japanese outlet): a fronted "following his meeting with X" belongs to
        # the person the main clause names.
        ("Following his meeting with Defense Minister Jeong in Bangkok on Sunday, Secretary "
         "of Defense Esper told the press that the drills were off.", "meeting",
         {("Jeong", "participant"), ("Esper", "participant")}),
        # ua-013 (VOA): a list of states that runs past the noun's reach.
        ("On Monday a summit of the heads of state of Ukraine, Russia, Germany and France was "
         "held in Paris.", "summit",
         {("Ukraine", "participant"), ("Russia", "participant"), ("Germany", "participant"),
          ("France", "participant")}),
        # kp4-023 (Wikipedia): words between a passive auxiliary and its participle.
        ("On May 3, 2019, Stephen Biegun was in turn named special envoy for the talks.",
         "appointment", {("Stephen Biegun", "target")}),
    ],
)  # fmt: skip
def test_roles(pipeline, text, event_type, expected):
    assert parties(pipeline, text, event_type) == expected


def test_a_thing_named_after_a_person_is_not_the_person(pipeline):
    """ua-007 (Wikipedia) s7, s35: "the Steinmeier Formula" names a plan, not its author."""
    text = (
        "The Gruber Plan is named after Austrian foreign minister Karl-Heinz Gruber. Critics said "
        "the Gruber Plan was a surrender. In 2015, Gruber proposed a vote."
    )
    mentions = pipeline.actors.recognize(parse(text), DAY).mentions
    assert [(m.text, m.key) for m in mentions if m.key == "Karl-Heinz Gruber"] == [
        ("Karl-Heinz Gruber", "Karl-Heinz Gruber"),
        ("Gruber", "Karl-Heinz Gruber"),
    ]


def test_a_meeting_s_parties_end_where_its_topic_begins(pipeline):
    """ir-003 (UK Prime Minister's Office) s4: leaders by title and surname; "to discuss"
    opens the meeting's topic, where the state named is no party of the meeting."""
    text = (
        "On Thursday Chancellor Merkel met President Macron in Sofia to discuss the "
        "withdrawal of the US from the deal."
    )
    [met] = [e for e in pipeline.extract(text, DAY).events if e.evidence[0].trigger == "met"]
    assert {(p.actor, p.role) for p in met.participants} == {
        ("Angela Merkel", "participant"),
        ("Emmanuel Macron", "participant"),
    }


@pytest.mark.parametrize(
    "text,event_type,expected",
    [
        # kp2-025 (State Department readout), kp1-005 (White House readout): officials of
        # two states that the article names meet: the states are parties beside them.
        ("Japan and the United States are allies. On Thursday Secretary Pompeo met Japanese "
         "Foreign Minister Taro Kono in Tokyo.", "meeting",
         {("Mike Pompeo", "participant"), ("Taro Kono", "participant"),
          ("United States", "participant"), ("Japan", "participant")}),
        # Only the states the article names: here neither is named.
        ("On Thursday Secretary Pompeo met Foreign Minister Taro Kono in Tokyo.", "meeting",
         {("Mike Pompeo", "participant"), ("Taro Kono", "participant")}),
    ],
)  # fmt: skip
def test_states_stand_beside_their_officials_at_meetings(pipeline, text, event_type, expected):
    assert parties(pipeline, text, event_type) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # kp1-018, kp1-006 (U.S. Mission to the UN): a byline of a known envoy over her office
        # line; she speaks at the Council's session the heading names, her state with her.
        (
            "Remarks at a UN Security Council Meeting on Nonproliferation\n\n"
            "Ambassador Nikki Haley\n"
            "U.S. Permanent Representative to the United Nations\nNew York City\n\n"
            "Thank you. We have asked the Council to act, and the United States will keep at it.",
            {
                ("United Nations Security Council", "participant"),
                ("Nikki Haley", "participant"),
                ("United States", "participant"),
            },
        ),
        # kp4-021 (U.S. Mission to the UN): a byline of a person new to the gazetteer, whose
        # title makes her a name; she speaks at the session; the mission line under her
        # office gives her state.
        (
            "Remarks at a UN Security Council Briefing on Peacekeeping\n\nAmbassador Jane Doerr\n"
            "Permanent Representative\nU.S. Mission to the United Nations\n\n"
            "We welcome the briefers and we thank them for their reports.",
            {
                ("United Nations Security Council", "participant"),
                ("Jane Doerr", "participant"),
                ("United States", "participant"),
            },
        ),
        # af-002 (U.S. Mission to the UN): a byline without a title: the office line under
        # the two words makes them a person's name.
        (
            "Remarks at a UN Security Council Briefing on Peacekeeping\n\nJohn Roe\n"
            "Political Coordinator\nU.S. Mission to the United Nations\n\n"
            "We thank the briefers who briefed us today.",
            {
                ("United Nations Security Council", "participant"),
                ("John Roe", "participant"),
                ("United States", "participant"),
            },
        ),
        # Without a byline nobody speaks: the session keeps the Council alone.
        (
            "Remarks at a UN Security Council Briefing on Peacekeeping\n\n"
            "We welcome the briefers and we thank them for their reports.",
            {("United Nations Security Council", "participant")},
        ),
    ],
)
def test_a_byline_speaker_takes_part_in_the_council_session(pipeline, text, expected):
    assert parties(pipeline, text, "meeting") == expected


@pytest.mark.parametrize(
    "text,kept",
    [
        # af-002 (U.S. Mission to the UN): a name over an office line is a byline, kept
        # with the office line.
        (
            "Remarks on Syria\n\nJohn Roe\nPolitical Coordinator\nNew York City\n",
            ["John Roe", "Political Coordinator"],
        ),
        # A short label with no office line under it is still furniture.
        ("Remarks on Syria\n\nGetty Images\nNew York City\n", []),
        # An office line alone is not a name: only the line above it is kept.
        (
            "Remarks on Syria\n\nPermanent Representative\nU.S. Mission to the United Nations\n",
            ["U.S. Mission to the United Nations"],
        ),
    ],
)
def test_cleaning_keeps_a_byline_name(text, kept):
    from dashboard.extraction.cleaning import clean_text

    lines = [line.strip() for line in clean_text(text).splitlines()[1:] if line.strip()]
    assert lines == kept


@pytest.mark.parametrize(
    "text,expected",
    [
        # kp2-008 (State Department transcript): the people of a summit that is the topic
        # of a discussion did not take part in the discussion.
        (
            "On Monday, Mike Pompeo and Kang Kyung-wha discussed the results of the "
            "President's summit with Chairman Kim Jong Un.",
            {("Mike Pompeo", "participant"), ("Kang Kyung-wha", "participant")},
        ),
        # Whom the discussion is held "with", before any other meeting is named, still
        # takes part.
        (
            "On Monday, Mike Pompeo discussed sanctions with Kang Kyung-wha in Seoul.",
            {("Mike Pompeo", "participant"), ("Kang Kyung-wha", "participant")},
        ),
        # A meeting verb whose object is another meeting's people: "met" then "talks".
        (
            "On Monday, Mike Pompeo met Kang Kyung-wha to prepare the talks with Kim Yong Chol.",
            {("Mike Pompeo", "participant"), ("Kang Kyung-wha", "participant")},
        ),
    ],
)
def test_a_meeting_named_as_topic_keeps_its_people(pipeline, text, expected):
    assert parties(pipeline, text, "meeting", dt.date(2018, 6, 14)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # kp4-018 (Japanese outlet): a state speaks through its military body, a name the
        # gazetteer lacks; the state announces the launch, it does not launch.
        (
            "South Korea’s Joint Chiefs of Staff said that North Korea fired two missiles "
            "on Wednesday.",
            {("North Korea", "initiator"), ("South Korea", "announcer")},
        ),
        # kp1-019 (VOA): a ministry owned by its state ("X's Foreign Ministry said"), here
        # without "that": the state announces beside its ministry.
        (
            "Japan's Defense Ministry said North Korea fired a ballistic missile on Wednesday.",
            {
                ("North Korea", "initiator"),
                ("Japan", "announcer"),
                ("Japanese Ministry of Defense", "announcer"),
            },
        ),
    ],
)
def test_the_owner_of_a_speaking_body_announces(pipeline, text, expected):
    assert parties(pipeline, text, "weapons_test", dt.date(2019, 10, 2)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # kp4-018 (Japanese outlet): the launch told in the lead, then retold undated, a
        # paragraph on, with the body that reports it: the reporter joins the launch.
        (
            "North Korea fired a ballistic missile on Wednesday morning.\n"
            "The prime minister called the act a breach of the resolutions.\n\n"
            "Meanwhile, South Korea’s Joint Chiefs of Staff said that Pyongyang apparently "
            "fired a submarine-launched missile.",
            {("North Korea", "initiator"), ("South Korea", "announcer")},
        ),
        # A retelling about another state's launch adds nobody to this one.
        (
            "North Korea fired a ballistic missile on Wednesday morning.\n"
            "The prime minister called the act a breach of the resolutions.\n\n"
            "Meanwhile, South Korea’s Joint Chiefs of Staff said that Russia apparently "
            "fired a submarine-launched missile.",
            {("North Korea", "initiator")},
        ),
    ],
)
def test_an_undated_retelling_adds_its_announcer(pipeline, text, expected):
    assert parties(pipeline, text, "weapons_test", dt.date(2019, 10, 2)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # kp3-026 (Japanese outlet): the body that opens a spokesperson's title speaks with
        # her.
        (
            "The papers covered remarks made to reporters on Monday by White House Press "
            "Secretary Sarah Sanders on the trade talks.",
            {("White House", "initiator"), ("Sarah Sanders", "initiator")},
        ),
        # A body and a person named apart are not one speaker: the first one speaks.
        (
            "The papers covered remarks made to reporters on Monday by the White House, "
            "and Sarah Sanders was not there.",
            {("White House", "initiator")},
        ),
    ],
)
def test_a_body_and_its_titled_spokesperson_speak_together(pipeline, text, expected):
    assert parties(pipeline, text, "statement", dt.date(2018, 9, 11)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # kp3-007 (State Department interview): whoever chairs a meeting takes part in it,
        # also when a report tells it ("tweeted that he is going to chair").
        (
            "The President tweeted that he is going to chair a meeting of the Security Council "
            "next week.",
            {("Donald Trump", "participant"), ("United Nations Security Council", "participant")},
        ),
        # What the meeting is "on" is its topic, not one of its parties.
        (
            "President Trump will chair a meeting of the Security Council on Iran next week.",
            {("Donald Trump", "participant"), ("United Nations Security Council", "participant")},
        ),
        (
            "Secretary Pompeo will hold a meeting on Iran and North Korea with Foreign Minister "
            "Taro Kono on Friday.",
            {("Mike Pompeo", "participant"), ("Taro Kono", "participant")},
        ),
        # kp4-021 (US Mission heading, "Briefing on ... the DPRK"): the same after a verb.
        (
            "Foreign ministers of South Korea and Japan held talks on North Korea in Seoul on "
            "Monday.",
            {("South Korea", "participant"), ("Japan", "participant")},
        ),
        # A party named behind "with" after the topic still takes part.
        (
            "Secretary Pompeo will hold a meeting on trade with Vice Premier Liu He on Friday.",
            {("Mike Pompeo", "participant"), ("Liu He", "participant")},
        ),
    ],
)
def test_a_meetings_chair_takes_part_and_its_topic_does_not(pipeline, text, expected):
    assert parties(pipeline, text, "meeting", dt.date(2018, 9, 20)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # kp2-011 (White House transcript): a "Q" with one space before the question is a
        # journalist's turn too, so "you"/"your" there is the person who answers it.
        (
            "THE PRESIDENT: Thank you all. It went well.\n"
            "Q You questioned their good faith in your letter to Kim Jong Un last week. "
            "Has that changed?\nTHE PRESIDENT: No.",
            {("Donald Trump", "initiator"), ("Kim Jong-un", "target")},
        ),
        (
            "SECRETARY POMPEO: Good morning.\n"
            "Q You told him in a letter on Monday that talks would resume. When?\n"
            "SECRETARY POMPEO: Soon.",
            {("Mike Pompeo", "initiator")},
        ),
    ],
)
def test_a_one_space_q_opens_a_question_turn(pipeline, text, expected):
    assert parties(pipeline, text, "letter", dt.date(2018, 6, 1)) == expected


@pytest.mark.parametrize(
    "text,event_type,expected",
    [
        # kp3-016 (VOA): who "issued a statement ... saying" the meeting is off announces it,
        # also when the statement only takes up the meeting told the sentence before.
        (
            "Secretary Pompeo's planned meeting with Kim Yong Chol on Thursday in New York has "
            "been postponed.\nThe State Department issued a statement early Wednesday saying "
            "the meeting will now take place at a later date.",
            "meeting",
            {("Mike Pompeo", "participant"), ("Kim Yong-chol", "participant"),
             ("U.S. Department of State", "announcer")},
        ),
        (
            "The White House released a statement on Monday saying President Trump would meet "
            "President Moon Jae-in on Friday.",
            "summit",
            {("Donald Trump", "participant"), ("Moon Jae-in", "participant"),
             ("White House", "announcer")},
        ),
        (
            "The State Department put out a short statement on Wednesday saying that Secretary "
            "Pompeo's meeting with Kim Yong Chol on Thursday had been postponed.",
            "postponement",
            {("Mike Pompeo", "participant"), ("Kim Yong-chol", "participant"),
             ("U.S. Department of State", "announcer")},
        ),
    ],
)  # fmt: skip
def test_who_issues_a_statement_saying_announces(pipeline, text, event_type, expected):
    assert parties(pipeline, text, event_type, dt.date(2018, 11, 7)) == expected
