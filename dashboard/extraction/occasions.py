"""The occasion a text is about: headings that name a meeting, honours, transcript
speakers and release attributions.

A mixin of events._ArticleEvents: the methods read the article's state and add the
events they find through it.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from . import vocabulary as lexicon
from .ontology import MEETING_TYPES
from .records import DateValue, Event, Participant
from .roles import add_participants, confidence, is_council

ATTRIBUTION_TOKENS = 16  # a release's attribution line is short


class OccasionReading:
    def _heading_meeting(self, sentence: Span, hits: list | None = None) -> None:
        """A text's heading that names its occasion and the parties to it tells their meeting,
        held the day the text was published (docs/annotation.md: an occasion that is itself
        a meeting is a happening): "Remarks by President X and Chairman Y Before Expanded
        Bilateral Meeting" (kp4-003_wh… s1), "Remarks With Chairman Y and President Z ... in
        Panmunjom" (kp4-011_trump… s1, the text's speaker beside them), "The President's
        News Conference With President Z" (kp1-014_trump… s1), "X, Y, and Z at a Press
        Availability" (kp2-006_trilateral… s1), "Explanation of Vote at the Adoption of UN
        Security Council Resolution ..." (kp1-018_usun… s1, a session of the Council). Only
        people of two states or more, or a council, make it a meeting; what follows "on" is
        the topic ("Remarks by X on Y's order"), and a heading that already told a meeting
        through a trigger of its own is left as it is."""
        text = self._text(sentence).rstrip()
        if not text or text[-1] in ".!?":
            return
        occasion = self._heading_occasion(sentence)
        if occasion is None:
            return
        told = self._told_meeting(sentence)
        end = next(
            (
                i
                for i in range(sentence.start, sentence.end)
                if self.lower[i] in lexicon.HEADING_TOPICS
            ),
            sentence.end,
        )
        parties = [
            m.key
            for _, _, m in self._mentions_in(sentence.start, end)
            if m.kind == "person" or (m.kind != "state" and is_council(m.key))
        ]
        # "Remarks at a UN Security Council Briefing" over a byline (kp4-021_usun… s1-s2,
        # kp1-018_usun… s1): who gives the remarks at a council's session takes part in it.
        session = bool(parties) and all(is_council(key) for key in parties)
        if session or self._in_company(occasion[1], end):
            speaker = self._first_speaker(sentence.end, set(parties))
            if speaker is not None:
                parties.append(speaker)
        parties = list(dict.fromkeys(parties))
        if told:
            # "Remarks in a Meeting With Chairman X" (kp4-002_trump… s1): the trigger told
            # the meeting from the words around it; the speaker is its other party.
            for event in told:
                add_participants(event, [Participant(key, "participant") for key in parties])
            return
        if self._heading_visit(sentence, occasion, end, parties):
            return
        countries = {
            self.kind_of[key][1]
            for key in parties
            if self.kind_of.get(key, ("", ""))[0] == "person" and self.kind_of[key][1]
        }
        if (
            len(countries) < 2
            and not any(is_council(key) for key in parties)
            and not self._unplaced_meeting(parties, countries, hits or [])
        ):
            return
        event = Event(
            type="meeting",
            status="occurred",
            date=self._heading_day(sentence),
            date_text="",
            participants=[Participant(key, "participant") for key in parties],
            evidence=[self._evidence(sentence, *occasion)],
            location=self._heading_place(sentence),
            date_from_context=True,
        )
        event.confidence = confidence(event)
        self._register(event)

    def _unplaced_meeting(self, parties: list[str], countries: set[str], hits: list) -> bool:
        """ "Remarks by President X and Prime Minister Y Before Their Meeting" with people
        the text gives no state: the heading that names its meeting (kp4-003 s1: "Before
        Expanded Bilateral Meeting", a meeting trigger of its own) tells the meeting of two
        people, at least one of whose states is unknown, as it does of two known states'."""
        if not any(h.entry.type in MEETING_TYPES for h in hits):
            return False
        unplaced = [
            key
            for key in parties
            if self.kind_of.get(key, ("", ""))[0] == "person" and not self.kind_of[key][1]
        ]
        return bool(unplaced) and len(countries) + len(unplaced) >= 2

    def _titled_meeting(self, sentence: Span, text: str, hits: list) -> None:
        """A title that names a meeting by a noun — "Readout of X's Telephone Call with Y"
        (kp1-005_wh-readout… s1), "Joint Statement on the Call between X and Y"
        (af-005_joint… s1), "Secretary X's Meeting with Foreign Minister Y" (kp2-025_state…
        s1), "PM trilateral meeting with X and Y: <day>" (ir-003_uk-pm… s1) — is a release
        whose occasion is that meeting: readouts and joint statements are written the day
        of the call or meeting they record. Its day is a day the title states, else the
        publication day (docs/annotation.md: the text's date dates its "today"). A headline
        telling a meeting by a verb ("X meets Y") is news, not a release: left alone."""
        stripped = text.rstrip()
        if not stripped or stripped[-1] in ".!?:":
            return
        if any(h.entry.type in MEETING_TYPES and self._names_meeting(sentence, h) for h in hits):
            self.titled_day = self._heading_day(sentence)

    def _titled_discussion(self, hit) -> bool:
        """ "The Secretary and Foreign Minister also discussed ..." (kp2-025 s11),
        "President X and Prime Minister Y also discussed ..." (kp1-005 s6): in the lead
        of a release whose title names its meeting (`titled_day`), what the two discussed
        they discussed at that meeting, with or without a "with <partner>" after the verb.
        Only the past form: a release reports its meeting as done; and only the verb right
        after its subject ("X and Y discussed"), not a second predicate ("X affirmed ... and
        discussed trade", whose subject stands before the first verb)."""
        return (
            self.titled_day is not None
            and hit.entry.requires == lexicon.DISCUSSION_PARTNERS
            and self.lower[hit.start].endswith("ed")
            and self.lower[hit.start - 1] not in lexicon.SENTENCE_OPENERS
            and self._in_lead()
        )

    def _names_meeting(self, sentence: Span, hit) -> bool:
        """The title's trigger names the meeting as a noun with its counterpart after "with"
        or "between": a noun or phrase entry ("Call with"), or a verb's -ing form first in
        the title or after a possessive, a determiner or a kind of meeting ("Secretary X's
        Meeting with Y", kp2-025 s1; "PM trilateral meeting with", ir-003 s1)."""
        after = self.lower[min(hit.end, sentence.end - 1)]
        if not {self.lower[hit.end - 1], after} & lexicon.MEETING_COUNTERPARTS and not (
            # "Meeting of President X with President Y": its owner, then its counterpart
            after == "of"
            and any(
                self.lower[i] in lexicon.MEETING_COUNTERPARTS for i in range(hit.end, sentence.end)
            )
        ):
            return False  # "Talks Stumble", "after canceled meeting": a headline's news
        if not hit.entry.verb:
            return True
        if not self.lower[hit.start].endswith("ing"):
            return False
        if hit.start == sentence.start:
            return True
        before = self.lower[hit.start - 1]
        return (
            before in lexicon.POSSESSIVE_MARKS
            or before in lexicon.DETERMINERS
            or before in lexicon.MEETING_KINDS
        )

    def _heading_visit(
        self, sentence: Span, occasion: tuple[int, int], end: int, parties: list[str]
    ) -> bool:
        """A heading that places an official's remarks, briefing or press availability in a
        site of another state than his own tells his visit there, on the day of the text
        (docs/annotation.md: an occasion that is itself a visit is a happening): "Remarks to
        Press in Kabul by Secretary of State X" (af-004_pompeo… s1), "Remarks by Secretary X
        and Min. Y at the DMZ, South Korea" (kp1-013_dod… s1, the state after the comma is
        the host). The official is the heading's first person, else the transcript's first
        speaker; the heading's people of another state are the ones he meets, and so are the
        host's people the transcript says he met (`_visit_company`). "Remarks With X in
        Berlin" is a joint appearance, left to the meeting rule."""
        if self._in_company(occasion[1], end):
            return False
        first = bisect.bisect_left(self.place_tokens, sentence.start)
        last = bisect.bisect_left(self.place_tokens, end)
        place = next(
            (p for _, p in self.places[first:last] if p.preposition in lexicon.HEADING_SITES),
            None,
        )
        if place is None:
            return False
        host_country, host = place.country, ""
        after = self._token(place.end - 1) + 1
        if after + 1 < sentence.end and self.lower[after] == ",":
            # "at the DMZ, South Korea": the state named after the site is its host
            state = next(
                (m for s, _, m in self._mentions_in(after + 1, after + 2) if m.kind == "state"),
                None,
            )
            if state is not None and state.country:
                host_country, host = state.country, state.key
        if not host_country:
            return False
        people = [key for key in parties if self.kind_of.get(key, ("", ""))[0] == "person"]
        official = people[0] if people else self._first_speaker(sentence.end, set())
        own = self.kind_of.get(official or "", ("", ""))[1]
        if official is None or not own or own == host_country:
            return False
        participants = [Participant(official, "initiator")]
        participants += [
            Participant(key, "participant")
            for key in people[1:]
            if self.kind_of[key][1] != own and key != official
        ]
        if host:
            participants.append(Participant(host, "target"))
        event = Event(
            type="visit",
            status="occurred",
            date=self._heading_day(sentence),
            date_text="",
            participants=participants,
            evidence=[self._evidence(sentence, *occasion)],
            location=place.name,
            date_from_context=True,
        )
        event.confidence = confidence(event)
        self._register(event)
        self.heading_visit = (event, host_country)
        return True

    def _visit_company(self, sentence: Span, hits: list) -> None:
        """ "In my meeting with President X and Chief Executive Y, we agreed …" (af-004… s9):
        during a visit the heading tells, the host's people a transcript's speaker names
        beside a meeting word are the ones the official met on it."""
        if self.heading_visit is None or not any(hit.entry.type in MEETING_TYPES for hit in hits):
            return
        if self._speaker_at(sentence) is None:
            return
        event, host_country = self.heading_visit
        known = {p.actor for p in event.participants}
        guests = [
            m.key
            for _, _, m in self._mentions_in(sentence.start, sentence.end)
            if m.kind == "person" and m.country == host_country and m.key not in known
        ]
        add_participants(event, [Participant(key, "participant") for key in guests])

    def _honour_meeting(self, sentence: Span) -> None:
        """ "It is my honor to welcome Foreign Minister X to Washington" (kp2-002_pompeo… s7),
        "It's a great honor to be with X" (cn-007_wh… s5): in a transcript, the speaker
        says they are in X's company now, a meeting on the day of the text. The speaker is
        the "my" of the sentence, else the last one the turns gave "I" or "we" to; the guests
        are the people named after the verb, of another state than the speaker's."""
        low = sentence.start
        frame = None
        for i in range(low, sentence.end - 2):
            if self.lower[i] in lexicon.HONOUR_NOUNS and self.lower[i + 1] == "to":
                rest = " ".join(self.lower[i + 2 : i + 4])
                verb = next(
                    (v for v in lexicon.COMPANY_VERBS if (rest + " ").startswith(v + " ")), None
                )
                if verb is not None:
                    frame = (i, i + 2 + len(verb.split()))
                    break
        if frame is None or self._told_meeting(sentence):
            return
        speaker = self._speaker_at(sentence)
        if speaker is None:
            return
        speaker_country = self.kind_of.get(speaker, ("", ""))[1]
        guests = [
            m.key
            for _, _, m in self._mentions_in(frame[1], sentence.end)
            if m.kind == "person"
            and m.how != "speaker"
            and self.kind_of[m.key][1] not in {"", speaker_country}
        ]
        if not guests:
            return
        parties = list(dict.fromkeys([speaker, *guests]))
        event = Event(
            type="meeting",
            status="occurred",
            date=DateValue(self.published, "day"),
            date_text="",
            participants=[Participant(key, "participant") for key in parties],
            evidence=[self._evidence(sentence, *frame)],
            date_from_context=True,
        )
        event.confidence = confidence(event)
        self._register(event)

    def _speaker_at(self, sentence: Span) -> str | None:
        """The transcript's speaker at this sentence: its own "my", "we", else the last one
        before it (actors.py gives these pronouns to whoever's turn it is)."""
        last = bisect.bisect_left(self.mention_starts, sentence.end)
        for _, _, mention in reversed(self.mentions[:last]):
            if mention.how == "speaker":
                return mention.key
        return None

    def _in_company(self, start: int, end: int) -> bool:
        """ "Remarks With X", "Remarks in a Meeting With X": "with" between the occasion
        phrase and the heading's first party makes the text's speaker a party as well."""
        for i in range(start, end):
            if self.lower[i] in lexicon.HEADING_COMPANY:
                return True
            if any(s <= i < e for s, e, _ in self._mentions_in(start, i + 1)):
                return False
        return False

    def _told_meeting(self, sentence: Span) -> list[Event]:
        """The meetings a trigger of this sentence already told."""
        return [
            event
            for event in self.events
            if event.type in MEETING_TYPES
            and any(sentence.start_char <= e.start < sentence.end_char for e in event.evidence)
        ]

    def _heading_occasion(self, sentence: Span) -> tuple[int, int] | None:
        """Where the heading's occasion phrase stands ("Remarks", "News Conference")."""
        for phrase in lexicon.HEADING_OCCASIONS:
            size = len(phrase.split())
            for i in range(sentence.start, sentence.end - size + 1):
                if " ".join(self.lower[i : i + size]) == phrase:
                    return i, i + size
        return None

    def _first_speaker(self, after: int, named: set[str]) -> str | None:
        """The first person the transcript's turns give "I" or "we" to (actors.py), after
        the heading, who is not one of the heading's people."""
        for _, _, mention in self.mentions[bisect.bisect_left(self.mention_starts, after) :]:
            if mention.how == "speaker" and mention.key not in named:
                return mention.key
        return None

    def _heading_day(self, sentence: Span) -> DateValue:
        """A day the heading states ("...: 17 May 2018"), else the publication day."""
        first = bisect.bisect_left(self.time_tokens, sentence.start)
        last = bisect.bisect_left(self.time_tokens, sentence.end)
        days = [t.date for _, t in self.times[first:last] if t.date.precision == "day"]
        return days[0] if days else DateValue(self.published, "day")

    def _heading_place(self, sentence: Span) -> str:
        first = bisect.bisect_left(self.place_tokens, sentence.start)
        last = bisect.bisect_left(self.place_tokens, sentence.end)
        places = [p.name for _, p in self.places[first:last] if p.preposition in {"in", "at"}]
        return places[0] if places else ""

    def _attribution(self, sentence: Span, text: str) -> None:
        """A release's line that hands what follows to its speaker: "The below is
        attributable to Spokesperson X:" (kp2-025_state-readout… s5), "From White House
        Press Secretary X:" (cn-008_wh-press-secretary… s6). The people it names announce
        every event the release goes on to tell."""
        if not text.rstrip().endswith(":") or len(sentence) > ATTRIBUTION_TOKENS:
            return
        line = " ".join(self.lower[sentence.start : sentence.end])
        if not (line.startswith("from ") or "attributable to" in line):
            return
        self.attributed = [
            m.key
            for _, _, m in self._mentions_in(sentence.start, sentence.end)
            if m.kind == "person"
        ]
