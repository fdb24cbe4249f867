"""Who takes part in an event and in which role, read from its clause.

A mixin of events._ArticleEvents: the methods read the article's state (its mentions,
words and the events told so far) and never keep state of their own.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from . import clauses
from . import vocabulary as lexicon
from .clauses import PHRASE_BREAKS
from .ontology import EVENT_TYPES, MEETING_TYPES, SPOKEN_TYPES
from .records import ActorMention, Event, Participant

# Parties acting as sides: their officials' states are parties too ("Armenian Prime Minister
# Nikol Pashinyan and Azerbaijani President Ilham Aliyev agreed on ..." is also an agreement
# of Armenia and Azerbaijan, as a meeting of theirs is).
AGREEING_TYPES = (MEETING_TYPES - {"visit"}) | {"agreement"}
DIRECTED_TYPES = frozenset(
    {"cancellation", "postponement", "sanction", "sanction_relief", "threat", "demand",
     "appointment", "letter", "visit", "statement", "weapons_test"}
)  # fmt: skip
# What ends a quote or a clause before a speech verb put ahead of its speaker.
INVERSION_MARKS = frozenset({",", "”", '"', "’", "'"})
# Articles and determiners: "a statement by X" is a report; a heading has none.
NOUN_OPENERS = lexicon.DETERMINERS | {"a", "an"}
TITLE_REACH = 4  # "said Secretary of State Mike Pompeo": title words before the speaker
ATTRIBUTION_REACH = 4  # "according to the official KCNA": the preposition to the source
ISSUE_REACH = 9  # "issued a statement early Wednesday morning saying" (kp3-016 s2)
LETTER_ENDS = frozenset({"from", "to"})  # "a letter from X to Y": its sender and addressee
LETTER_SPEECH_REACH = 5  # "told him in a letter": the speech verb to the letter noun
OWNED_NAME_WORDS = 6  # "South Korea’s Joint Chiefs of Staff said" (kp4-018 s8): the body's words
OWNERS = lexicon.PERSON_OWNERS  # "his meeting with X": the meeting of a person
FRONTED_NOUN_REACH = 5  # "In a trilateral meeting", "During the same conversation"
FRONTED_SUBJECT_REACH = 14  # "the foreign ministers of France, Germany, Russia and Ukraine"
# "During a visit to X, Y said", "Ahead of his trip to X, Y told": phrases whose trip noun is
# the main clause subject's (roles._fronted_traveller).
FRONTED_TRIP_OPENERS = lexicon.FRONTED_MEETING_OPENERS | lexicon.TIME_CLAUSE_OPENERS
SUBJECT_JOINS = frozenset({"and", ",", "the", "two", "both", "of", "'s", "’s", "-"})
OWN_DECISION_REACH = 24  # "announced his decision to cease ... and begin reimposing" (ir-001 s13)
PARTY_PREPOSITIONS = lexicon.PARTY_PREPOSITIONS
# a state's ministry, department or office: its statement is its state's (_speakers_states)
MINISTRY_WORDS = frozenset({"ministry", "department", "office"})
SANCTION_LIKE = frozenset({"sanction", "sanction_relief", "threat"})
# Happenings done by a state's forces: "the Iranian army test-fired", "Russian warships drilled".
FORCE_TYPES = frozenset({"weapons_test", "military_exercise"})
FORCE_REACH = 4
MEASURE_TYPES = frozenset({"sanction", "sanction_relief"})
# "announced on Friday that it would impose": how far after its verb an announced measure
# may stand and still be the announcer's own.
OWN_MEASURE_REACH = 8
# "imposed sanctions on seven of Venezuela's officials": how far after the measure's trigger
# a state owning what it hits may stand.
OWNED_TARGET_REACH = 6
# What stands before the state or body a measure is put on, in the passive ("were imposed on
# Syria", "were lifted against X"); `over` as in kp1-022 s5 ("imposed ... over North Korea").
SANCTIONED_MARKS = frozenset({"on", "against", "over"})
# SPOKEN_TYPES are said on behalf of a state: its speaker's state, named in the article, speaks
# too (add_states; kp3-015_voa… s4: a leader "is warning that" the goodwill could end, the gold
# listing his state beside him).
SPEECH_VERBS = lexicon.SPEECH_VERBS
# kp3-001_jmh… s8 "DOS spokesperson"; kp2-029_voa… s21 "spokeswoman"; kp3-019_voa… s17
# "spokesman"; kp2-010_dod… s9 "chief Pentagon spokesperson".
SPOKESPERSON_WORDS = lexicon.SPOKESPERSON_WORDS
# One-word statement nouns of the trigger list ("statement", "speech"): what is issued.
STATEMENT_NOUNS = frozenset(
    e.phrase for e in lexicon.TRIGGERS if e.type == "statement" and e.noun and " " not in e.phrase
)
# Words after which a meeting noun's topic has ended and its parties may follow again.
TOPIC_ENDS = lexicon.TOPIC_ENDS
TOPIC_REACH = 8  # tokens from a meeting noun to a mention its topic may hold


def main_actors(participants: list[Participant]) -> set[str]:
    return {p.actor for p in participants if p.role != "announcer"}


def add_participants(event: Event, participants: list[Participant]) -> None:
    known = {p.actor for p in event.participants}
    event.participants.extend(p for p in participants if p.actor not in known)


def is_council(name: str) -> bool:
    return name.split()[-1].lower() in lexicon.COUNCIL_WORDS


def confidence(event: Event) -> float:
    """A documented heuristic: an own date, several parties and a clear initiator add trust."""
    score = 0.45
    if event.date_text:
        score += 0.25
    if len(main_actors(event.participants)) >= 2:
        score += 0.1
    if any(p.role == "initiator" for p in event.participants):
        score += 0.05
    if event.location:
        score += 0.05
    if EVENT_TYPES[event.type].group != "other":
        score += 0.05
    return round(min(score, 0.95), 2)


def enough_parties(event: Event) -> bool:
    """A meeting, summit or round of talks needs two parties, or a place, or a council that
    sits as its members (a session of the Security Council: ir-010 s12); others one."""
    main = main_actors(event.participants)
    parties = len(main)
    if event.type in MEETING_TYPES and event.type != "visit":
        return parties >= 2 or (parties == 1 and (bool(event.location) or is_council(*main)))
    return parties >= 1


if TYPE_CHECKING:
    from .events import TriggerHit


class RoleReading:
    # ------------------------------------------------------------------ event parts
    def _participants(
        self,
        hit: TriggerHit,
        event_type: str,
        start_at: int | None = None,
        stop_at: TriggerHit | None = None,
    ) -> list[Participant]:
        low, high = self._window(hit)
        if start_at is not None:  # the cancelled thing: from the cancelling verb on
            low = min(start_at, hit.start)
        if stop_at is not None:
            high = min(high, stop_at.start)
        if event_type in MEETING_TYPES - {"visit"} and not hit.entry.noun:
            high = min(high, self._topic_meeting(hit, high))
            if self._titled_discussion(hit) and not any(
                self.lower[i] in lexicon.DISCUSSION_PARTNERS for i in range(hit.end, high)
            ):
                # "X and Y discussed trade and North Korea": with no partner after the
                # verb, what follows is the topic; the parties are its subject
                high = hit.start
        elif event_type in MEETING_TYPES - {"visit"} and start_at is None:
            high = self._fronted_subject(hit, high)
        traveller = (0, 0)
        if (
            event_type == "visit"
            and hit.entry.noun
            and hit.dated
            and start_at is None
            and stop_at is None
        ):
            traveller = self._fronted_traveller(hit)
            high = traveller[1] or high
        found: dict[tuple[str, str], Participant] = {}
        kinds: dict[str, tuple[str, str]] = {}
        for start, end, mention in self._mentions_in(low, high):
            if traveller[0] < start < traveller[1]:
                role = "initiator"  # the subject after the opening phrase, and its title's state
            else:
                role = self._role(hit, event_type, start, end, mention)
            if role:
                found.setdefault((mention.key, role), Participant(mention.key, role))
                kinds[mention.key] = (mention.kind, mention.country)
        owner = self._owner(hit, low, high) if event_type in MEETING_TYPES else None
        if owner is not None and owner.key not in {k for k, _ in found}:
            found[(owner.key, "participant")] = Participant(owner.key, "participant")
            kinds[owner.key] = (owner.kind, owner.country)
        # "The State Department announced early Wednesday that it had been canceled": the
        # speaker of the main clause announces the event of the subordinate one.
        for _, end, mention in self._mentions_in(hit.clause[0], low):
            if (
                set(self.lower[end : end + 2]) & lexicon.SPEECH_VERBS
                or self._speaks_through(end)
                or self._issues_statement(end, hit.start)
            ):
                role = (
                    "initiator"
                    if self._announces_own_measure(hit, event_type, end, mention)
                    else "announcer"
                )
                found.setdefault((mention.key, role), Participant(mention.key, role))
                kinds[mention.key] = (mention.kind, mention.country)
        # An actor named twice keeps its strongest role.
        best: dict[str, Participant] = {}
        order = ["initiator", "target", "participant", "announcer"]
        for p in found.values():
            if p.actor not in best or order.index(p.role) < order.index(best[p.actor].role):
                best[p.actor] = p
        participants = list(best.values())
        if event_type == "visit" and not any(p.role == "initiator" for p in participants):
            traveller = self._clause_subject(hit)
            if traveller is not None and traveller.key not in best:
                participants.insert(0, Participant(traveller.key, "initiator"))
                kinds[traveller.key] = (traveller.kind, traveller.country)
        if event_type in MEETING_TYPES:
            # "Pompeo met Kim Yong-chol" already says the United States met North Korea: the
            # states come back once the event is dated (add_states).
            represented = {kinds[p.actor][1] for p in participants if kinds[p.actor][0] != "state"}
            participants = [
                p
                for p in participants
                if kinds[p.actor][0] != "state"
                or kinds[p.actor][1] not in represented
                or p.role == "target"
            ]
        return participants

    def _clause_subject(self, hit: TriggerHit):
        """ "Lavrov met Mnatsakanyan on Tuesday ahead of a visit to Baku next week", "arrived
        in Moscow after a trip to Beijing" (kp2-029 s1 "ahead of more talks Thursday"): a
        trip noun opened by a time clause, with no owner of its own, is the trip of the main
        clause's subject, the first person or body its clause names."""
        lower = self.lower
        at = hit.start - 1
        if at < 1 or lower[at] not in {"a", "an"}:
            return None
        opener = lower[at - 1]
        if opener == "of" and at > 1:
            opener = lower[at - 2]
        if opener not in lexicon.TIME_CLAUSE_OPENERS:
            return None
        for _, _, mention in self._mentions_in(hit.clause[0], at):
            if mention.how == "place":
                continue
            return mention if mention.kind in {"person", "body"} else None
        return None

    def add_states(self) -> None:
        """The states whose officials meet, visit, talk or make a statement, when the article
        names the state (docs/annotation.md: "a person and their state may both be listed"):
        "Secretary Pompeo met with Japanese Foreign Minister Kono" is also a meeting of the United
        States and Japan (kp2-025_state-readout… s1, kp1-005_wh-readout… s1). Only for an
        event of two parties or more dated finer than a year: a state beside its own
        official must neither make a meeting of one look whole nor count as a second
        shared party when undated reports are merged."""
        for event in self.events:
            if event.type in AGREEING_TYPES and event.date.precision != "year":
                event.participants += self._their_states(event.participants)
            elif event.type in SPOKEN_TYPES and event.date.precision != "year":
                event.participants += self._speakers_states(event.participants)

    def _speakers_states(self, participants: list[Participant]) -> list[Participant]:
        """The states of a dated statement's speakers, where the article names them: "Defense
        Minister Kono told the press" in a story naming Japan is Japan's word too (kp4-018_jmh…
        s13; kp1-020_voa…, a leader's New Year address: the gold lists both). Unlike a meeting's,
        one speaker is enough: a statement has one side. A state the article names only by
        the demonym of a speaker's title counts as named: "South Korean President Moon said"
        is South Korea's word too (kp1-008_voa… s11: the gold lists Germany and France beside
        "German Chancellor Angela Merkel and French President Emmanuel Macron")."""
        added = self._states_beside(participants, {"initiator"}, self.titled_state_of)
        named = {p.actor for p in participants} | {p.actor for p in added}
        for p in participants:
            # "North Korea's foreign ministry said in a statement", "the Azerbaijani Foreign
            # Ministry said": a state's ministry names its state, whether or not the article
            # names it apart (kp4-016 s13: the gold lists North Korea beside the DPRK
            # Ministry of Foreign Affairs, Japan beside its Ministry of Defense).
            # Only a ministry or department: the White House speaks as the President's
            # office, and the gold lists no state beside it (kp3-026 e1).
            kind, country = self.kind_of.get(p.actor, ("", ""))
            state = self.country_states.get(country)
            ministry = MINISTRY_WORDS.intersection(p.actor.lower().split())
            if (
                kind == "body"
                and ministry
                and p.role == "initiator"
                and state
                and state not in named
            ):
                named.add(state)
                added.append(Participant(state, "initiator"))
        return added

    def _their_states(self, participants: list[Participant]) -> list[Participant]:
        if len(main_actors(participants)) < 2:
            return []
        # "Secretary Pompeo met with Japanese Foreign Minister Kono" (kp2-025 s1): the
        # title's demonym names Japan, as for a speaker (gold lists it).
        return self._states_beside(participants, {"participant", "initiator"}, self.titled_state_of)

    def _states_beside(
        self, participants: list[Participant], roles: set[str], titled: dict[str, str] | None = None
    ) -> list[Participant]:
        """The states, named in the article (or by a title's demonym: `titled`), of the people
        and bodies taking one of `roles`, in that role, where the event does not name them
        already."""
        named = {p.actor for p in participants}
        added: dict[str, Participant] = {}
        for p in participants:
            kind, country = self.kind_of.get(p.actor, ("", ""))
            state = self.state_of.get(country) or (titled or {}).get(country)
            if kind == "state" or state is None or state in named or state in added:
                continue
            if p.role in roles:
                added[state] = Participant(state, p.role)
        return list(added.values())

    def _topic_meeting(self, hit: TriggerHit, high: int) -> int:
        """Where a meeting noun after a meeting verb begins: "the foreign minister and I
        discussed the outcome of the President's summit with Chairman Kim" (kp2-008_trilateral…
        s11): the noun's phrase is what was talked about, and whom it names met at that other
        meeting, not at this one. A visit keeps them ("traveled to X for talks with Y")."""
        later = [
            other.start
            for other in self.candidates
            if other.entry.noun
            and other.entry.type in MEETING_TYPES
            and hit.end <= other.start < high
        ]
        return min(later, default=high)

    def _mentions_in(self, low: int, high: int) -> list[tuple[int, int, ActorMention]]:
        """Actor mentions starting at tokens low..high-1 (mentions are in document order)."""
        first = bisect.bisect_left(self.mention_starts, low)
        return self.mentions[first : bisect.bisect_left(self.mention_starts, high)]

    def _window(self, hit: TriggerHit) -> tuple[int, int]:
        return clauses.window(self.lower, hit, self.words)

    def _modifier(self, hit: TriggerHit) -> bool:
        return clauses.modifier(self.words, hit.end)

    def _gerund(self, hit: TriggerHit) -> bool:
        return clauses.gerund(self.lower, hit.start)

    def _role(self, hit: TriggerHit, event_type: str, start: int, end: int, mention) -> str:
        doc = self.doc
        following = self.lower[end : end + 2]
        if (
            mention.how == "adjective"
            and event_type not in {*SANCTION_LIKE, "demand"}
            and not (event_type in FORCE_TYPES and self._names_forces(end))
        ):
            # "sanctions on Chinese firms" and their lifting alike (cn-010 s19 lifts tariffs
            # on China): the demonym names the state the measure is aimed at.
            return ""
        if event_type in MEETING_TYPES - {"visit"} and self._topic_of(hit, start):
            return ""
        if end < len(self.words) and self.words[end] in {"’s", "'s"}:
            possessed = self.lower[end + 1] if end + 1 < len(doc) else ""
            if (
                not 0 <= hit.start - end <= 4
                and possessed not in lexicon.LIGHT_NOUNS
                and not self._owns_body(end + 1)
                # "launched by Iran's navy": the owner fires or drills through its forces
                # ("South Korea's military said" only tells of it)
                and not (
                    event_type in FORCE_TYPES
                    and possessed in lexicon.FORCE_NOUNS
                    and not set(self.lower[end + 2 : end + 3]) & lexicon.SPEECH_VERBS
                )
                and not self._owns_sanctioned(hit, event_type, start, mention)
            ):
                return ""  # "Mr. Kim's top compatriots": the possessor is not a party
        if event_type == "letter" and self._writes_letter(hit, end):
            # "Kim told him in a letter on Thursday" (kp4-016_jmh… s6): who tells in a
            # letter sends it; it is no report of someone else's letter.
            return "initiator"
        if event_type == "letter" and self._told_in_letter(hit, start, following):
            return "initiator"
        if (
            (
                any(w in lexicon.SPEECH_VERBS for w in following)
                and not self._passive_after(following)
            )
            or self._speaks_through(end)
            or self._issues_statement(end, hit.start)
        ):
            # "Trump wrote", "the State Department announced": the speaker of a statement,
            # the announcer of any other event; so is the owner of a body that speaks.
            if event_type == "statement" or self._own_decision(hit, end):
                return "initiator"
            if self._announces_own_measure(hit, event_type, end, mention):
                return "initiator"
            return "announcer"
        if event_type != "statement" and self._spokesperson(start, end, mention):
            # "DOS spokesperson Nauert read a statement ... the postponement of Pompeo's
            # visit" (kp3-001_jmh… s8): a spokesperson only announces what others do.
            return "announcer"
        if self._attributed(start):
            return "announcer"
        if mention.how == "place" and event_type in SANCTION_LIKE and self._goods_from(start):
            return "target"  # "a tariff on $50 billion of goods from China" (cn-002 s7)
        if mention.how == "place" and not self._people_from(start):
            return "target" if event_type == "visit" and start >= hit.end else ""
        if event_type == "letter":
            return self._letter_role(hit, start, end)
        if event_type == "statement" and self._inverted_speaker(hit, start):
            return "initiator"
        if start > hit.end and self._after_inverted_speech(start):
            # "North Korea fired two missiles on Wednesday, said Defense Minister X": who
            # tells of the event only announces it (docs/annotation.md)
            return "announcer"
        if event_type == "statement" and hit.entry.noun and self._agent(hit, start):
            # "remarks made in Cairo on Monday by Secretary Tillerson" (kp1-026_embassy…
            # s2, kp3-026_jmh… s2): the agent of a statement noun's participle is its
            # speaker. A heading's "Press Conference by President X" (kp2-009_trump… s1) has
            # no participle: the text's own occasion, no statement it reports.
            return "initiator"
        if event_type == "visit" and self._presence_phrase(hit):
            # "X is in Thailand for an ASEAN summit" (kp4-014 s3): who is where, no more;
            # the rest of the sentence tells of other happenings.
            if end == hit.start and mention.kind == "person":
                return "initiator"
            return "target" if start == hit.end and mention.kind == "state" else ""
        if event_type == "visit":
            # The traveller is a person or body; the state visited is the target.
            if mention.kind == "state":
                if start >= hit.end and self.lower[start - 1 : start] == ["by"]:
                    # "a visit to Islamabad by Indian Foreign Minister X": the agent's state
                    # travels with X, as "by" names the agent of a launch (kp4-014 s3)
                    return "initiator"
                return "target" if start >= hit.end else "initiator"
            if start >= hit.end and "with" in self.lower[max(start - 2, hit.end) : start]:
                # "arrived ... for talks with Kim Yong-chol": who is met is no traveller
                # (kp3-003 s10: the host met on the visit is its participant in the gold).
                return "participant"
            if start >= hit.end and self._met_on_trip(hit, start):
                return "participant"
            return "initiator"
        if event_type in DIRECTED_TYPES:
            before = start < hit.start
            if self._succession(hit):
                # "McMaster would be succeeded by Bolton" (kp4-023 s12): the successor is
                # appointed; the one who leaves the post is no party to it.
                return "" if before else "target"
            by = start > 0 and self.lower[start - 1] == "by"
            # "were imposed by the European Union": the agent after "by" and an article,
            # as after a bare "by" (kp1-022 s5 "imposed by the UN Security Council").
            by_the = (
                not by
                and start > 1
                and self.lower[start - 1] in lexicon.DETERMINERS
                and self.lower[start - 2] == "by"
            )
            by = by or by_the
            if by and start - 1 == hit.end and self.lower[hit.end - 1].endswith("ed"):
                # "those designated by OFAC" (kp1-012_treasury… s13): a participle's agent
                return "initiator"
            if by and event_type == "weapons_test" and start > hit.start:
                # "the second launch by Pyongyang" (kp4-014 s3), "a nuclear test was
                # carried out by X": a test is done by its agent, never to it.
                return "initiator"
            if (
                by
                and event_type in SANCTION_LIKE
                and start >= hit.end
                and self.lower[start - 2] in lexicon.SPEECH_VERBS
            ):
                # "new sanctions ... were announced by the Treasury", the passive of "the
                # Treasury announced ... sanctions" (kp1-019 s9, cn-003 s4): who announces a
                # measure as decided takes it (docs/annotation.md, sanctions and tariffs).
                return "initiator"
            if self._passive(hit):  # "Biegun was named", "the firm was sanctioned by Treasury"
                if (
                    not by
                    and not before
                    and event_type in SANCTION_LIKE
                    and self.lower[start - 1] in SANCTIONED_MARKS
                ):
                    # "sanctions were imposed on Syria by X", "were lifted against X": in
                    # the passive, who the measure is put on is still its target (kp1-022
                    # s5: sanctions imposed by the Security Council "over" North Korea).
                    return "target"
                return "initiator" if by else ("target" if before else "participant")
            return "initiator" if before else "target"
        return "participant"

    def _inverted_speaker(self, hit: TriggerHit, start: int) -> bool:
        """ "..., said Treasury Secretary Steven T. Mnuchin" (kp1-012_treasury… s6): after a
        quote or a clause, a speech verb put before its speaker; the person or body named
        right after it (at most a capitalised title between) speaks, no one is spoken to."""
        if hit.entry.noun or hit.start == 0 or hit.entry.phrase not in SPEECH_VERBS:
            return False
        if self.words[hit.start - 1] not in INVERSION_MARKS:
            return False
        between = self.words[hit.end : start]
        return len(between) <= TITLE_REACH and all(w[:1].isupper() or w == "of" for w in between)

    def _after_inverted_speech(self, start: int) -> bool:
        """The mention starting at `start` follows ", said" (at most a capitalised title
        between): the speaker of an inverted report."""
        i = start - 1
        while (
            i > 0
            and start - i <= TITLE_REACH
            and (self.words[i][:1].isupper() or self.lower[i] == "of")
        ):
            i -= 1
        return i > 0 and self.lower[i] in SPEECH_VERBS and self.words[i - 1] in INVERSION_MARKS

    def _attributed(self, start: int) -> bool:
        """The mention starting at `start` is the source a report is attributed to: "according
        to X" (ua-007 s35), "carried by X", with a few lower-case words between ("according
        to the official X news agency", "carried by state media X")."""
        i = start - 1
        while i >= 1 and start - i <= ATTRIBUTION_REACH:
            word = self.lower[i]
            if word == "to" and self.lower[i - 1] == "according":
                return True
            if word == "by" and self.lower[i - 1] in lexicon.CARRYING_PARTICIPLES:
                return True
            if not ((word.isalpha() and self.words[i].islower()) or word == "-"):
                return False
            i -= 1
        return False

    @staticmethod
    def _passive_after(following: list[str]) -> bool:
        """ "new sanctions on Iran were announced by X": an auxiliary and a past form after
        a mention make it the subject of a passive, who says nothing ("is warning" is no
        passive)."""
        return (
            len(following) == 2
            and following[0] in lexicon.PASSIVE_AUXILIARIES
            and not following[1].endswith("ing")
        )

    def _met_on_trip(self, hit: TriggerHit, start: int) -> bool:
        """ "X will travel to Pyongyang on Sunday to meet Kim", "flew to Pyongyang ... for
        talks with Kim Yong-chol" (kp3-002 s2 "will visit Pyongyang ... to discuss", kp4-006
        s15 "made a trip to Pyongyang, where ... discussions took place"): a meeting trigger
        between the trip's and the actor's says the actor is met on the trip, no traveller
        (kp3-003 s10: the host met on the visit is its participant in the gold)."""
        return any(
            other.entry.type in MEETING_TYPES
            and other.entry.type != "visit"
            and hit.end <= other.start < start
            for other in self.candidates
        )

    def _presence_phrase(self, hit: TriggerHit) -> bool:
        return " ".join(self.lower[hit.start : hit.end]) in lexicon.PRESENCE_PHRASES

    def _present_in_state(self, hit: TriggerHit) -> bool:
        """ "Secretary of State Mike Pompeo is in Thailand" (kp4-014 s3): a person's mention
        ends just before the phrase and a state's begins just after it."""
        before = self._mentions_in(max(0, hit.start - 6), hit.start)
        person = any(m.kind == "person" and end == hit.start for _, end, m in before)
        after = self._mentions_in(hit.end, hit.end + 1)
        return person and (any(m.kind == "state" for _, _, m in after) or self._place_at(hit.end))

    def _place_at(self, token: int) -> bool:
        """A place of a known state begins at `token`: "X is in Cairo for talks", as
        "is in Thailand" (kp4-014 s3) with the capital for its state."""
        at = bisect.bisect_left(self.place_tokens, token)
        return (
            at < len(self.places)
            and self.place_tokens[at] == token
            and bool(self.places[at][1].country)
        )

    def _succession(self, hit: TriggerHit) -> bool:
        return " ".join(self.lower[hit.start : hit.end]) in lexicon.SUCCESSION_PHRASES

    def _agent(self, hit: TriggerHit, start: int) -> bool:
        """The mention starting at `start` is the agent of a participle in or after the noun
        `hit`: "by X", "by Secretary of State X" (at most a capitalised title between "by"
        and the mention) after "made", "issued", …; or of a relative clause without its
        "that": "the speech you made today" (kp1-024 s16), X just after the noun (at most a
        capitalised title between) and a participle of delivering just after X. A statement
        "by" or "from" X, the preposition right after the noun, is X's too: "read a statement
        by the Secretary on Tuesday" (kp3-001_jmh… s8), "a statement from the minister"."""
        if hit.end <= start < hit.end + 4 and all(
            word[:1].isupper() for word in self.words[hit.end : start]
        ):  # at most a title between: "the speech President X made"
            mention_end = next(
                (end for first, end, _ in self._mentions_in(start, start + 1) if first == start),
                start,
            )
            following = self.lower[mention_end : mention_end + 1]
            if set(following) & lexicon.DELIVERY_PARTICIPLES:
                return True
        if start <= hit.end:
            return False
        by = None
        for i in range(start - 1, max(start - 6, hit.end) - 1, -1):
            if self.lower[i] in lexicon.SOURCE_PREPOSITIONS:
                by = i
                break
            if not (self.words[i][:1].isupper() or self.lower[i] in {"of", "the"}):
                return False
        if by is not None and by == hit.end:
            # "a statement by/from X"; a heading's "Press Conference by President X"
            # (kp2-009_trump… s1), with no determiner, is the text's own occasion
            return bool(set(self.lower[max(hit.start - 2, 0) : hit.start]) & NOUN_OPENERS)
        return (
            by is not None
            and self.lower[by] == "by"
            and any(
                w.endswith("ed") or w in lexicon.PARTICIPLES | lexicon.DELIVERY_PARTICIPLES
                for w in self.lower[hit.start : by]
            )
        )

    def _fronted_subject(self, hit: TriggerHit, high: int) -> int:
        """ "During the same conversation, the two leaders also agreed" (kp1-022 s7), "In a
        trilateral meeting in the margins of the summit, Prime Minister May met with ..."
        (ir-003 s4): a meeting noun in a phrase that opens the sentence ("In a phone call on
        Monday, X and Y discussed ...") is the meeting of the main clause's subject, which
        follows the phrase's comma: names, "and", "the two leaders", "the ministers of A, B
        and C". The subject ends at the first other lower-case word (its verb)."""
        start, end = hit.clause
        if self.lower[start] not in lexicon.FRONTED_MEETING_OPENERS:
            return high
        if hit.start - start > FRONTED_NOUN_REACH:
            return high
        comma = next((k for k in range(hit.end, min(high + 1, end)) if self.lower[k] == ","), None)
        if comma is None:
            return high
        return max(high, self._subject_end(comma, end))

    def _subject_end(self, comma: int, end: int) -> int:
        """Where the main clause's subject after an opening phrase's comma ends: names,
        "and", "the two leaders", "the ministers of A, B and C", up to the first other
        lower-case word (its verb) or FRONTED_SUBJECT_REACH words."""
        k = comma + 1
        while k < end and k - comma <= FRONTED_SUBJECT_REACH:
            word, following = self.lower[k], self.lower[k + 1] if k + 1 < end else ""
            if not (
                self.words[k][:1].isupper()
                or word in SUBJECT_JOINS
                or word in lexicon.OFFICIAL_NOUNS
                or following in lexicon.OFFICIAL_NOUNS
            ):
                break
            k += 1
        return k

    def _fronted_traveller(self, hit: TriggerHit) -> tuple[int, int]:
        """ "During a working trip to the Luhansk region, President of Ukraine Volodymyr
        Zelenskyy visited ..." (ua-008 s4), "During a visit to Belgrade on Tuesday, Hungarian
        Foreign Minister X said ...", "Ahead of his trip to Beijing, X told ...": a trip noun
        in a phrase that opens the sentence is the trip of the main clause's subject, who
        travels whatever the main verb is (a saying makes him no mere announcer), with the
        state of his title; what he says names no party of the trip. Only for a phrase with a
        time of its own: undated ("During a working trip to the Luhansk region", ua-008 s4),
        the main clause's own verb tells the trip. The comma that ends the phrase and the end
        of the subject (`_subject_end`), or (0, 0)."""
        start, end = hit.clause
        if self.lower[start] not in FRONTED_TRIP_OPENERS or hit.start - start > FRONTED_NOUN_REACH:
            return 0, 0
        comma = next((k for k in range(hit.end, end) if self.lower[k] == ","), None)
        if comma is None or comma - hit.end > FRONTED_SUBJECT_REACH:
            return 0, 0
        k = self._subject_end(comma, end)
        return (comma, k) if k > comma + 1 else (0, 0)

    def _owner(self, hit: TriggerHit, low: int, high: int) -> ActorMention | None:
        """ "following his meeting with South Korean Defense Minister Jeong ..., Secretary of
        Defense Esper told the press" (kp4-019_jmh… s2): a clause opened by "his meeting"
        belongs to the person the main clause then names. (A person named before "his" is
        left alone: "Trump ... his summit with Kim" made summits of every such sentence
        and more wrong merges.)"""
        if not hit.entry.noun or hit.start == 0:
            return None
        if self.lower[hit.start - 1] not in OWNERS and not self._fronted(hit):
            return None
        if any(m.kind == "person" for _, _, m in self._mentions_in(hit.clause[0], low)):
            return None
        after = [m for _, _, m in self._mentions_in(high, hit.clause[1]) if m.kind == "person"]
        return after[0] if after else None

    def _fronted(self, hit: TriggerHit) -> bool:
        """ "Following a meeting with X on Monday, Y said ...", "After talks with X in Cairo,
        Y said ...": a meeting noun with no owner that opens its sentence's time clause is
        the meeting of the person the main clause names, as "following his meeting"
        (kp4-019 s2)."""
        at = hit.start - 1
        if self.lower[at] in {"a", "an"}:
            at -= 1
        return (
            at == hit.clause[0]
            and self.lower[at] in lexicon.TIME_CLAUSE_OPENERS
            and self.lower[at] != "ahead"
        )

    def _goods_from(self, start: int) -> bool:
        """ "goods from China", "imports from China" (cn-002_wh… s7, cn-003_wh… s4): the
        state whose goods are taxed."""
        return (
            start > 1
            and self.lower[start - 1] == "from"
            and self.lower[start - 2] in lexicon.GOODS_WORDS
        )

    def _people_from(self, start: int) -> bool:
        """ "leaders from France, Germany, Russia, and Ukraine met" (ua-014_wikipedia… s12):
        a state after "from" and a noun for its people is a party, not a place."""
        return (
            start > 1
            and self.lower[start - 1] == "from"
            and self.lower[start - 2] in lexicon.LEADER_WORDS | lexicon.OFFICIAL_NOUNS
        )

    def _speaks_through(self, end: int) -> bool:
        """The mention ending at `end` owns a body that speaks: "South Korea's Joint Chiefs
        of Staff said that Pyongyang fired ..." (kp4-018_jmh… s8): the state announces
        through its body (named or not in the gazetteer), as the body itself does."""
        if end >= len(self.words) or self.words[end] not in {"’s", "'s"}:
            return False
        k = end + 1
        while k < len(self.words) and k - end <= OWNED_NAME_WORDS:
            if not (self.words[k][:1].isupper() or (k > end + 1 and self.lower[k] == "of")):
                break
            k += 1
        return k > end + 1 and k < len(self.lower) and self.lower[k] in lexicon.SPEECH_VERBS

    def _names_forces(self, end: int) -> bool:
        """A demonym before its state's forces, alone or in a list of demonyms: "the Iranian
        army", "Russian and Chinese warships" (kp3-019 s17 "North Korean troops", kp4-018
        s15 "the South Korean military"): the state fires or drills through them."""
        adjectives = {
            s for s, _, m in self._mentions_in(end, end + FORCE_REACH) if m.how == "adjective"
        }
        i = end
        while i < min(end + FORCE_REACH, len(self.lower)):
            word = self.lower[i]
            if word in lexicon.FORCE_NOUNS:
                # "…, the South Korean military said": forces that only tell of it
                return self.lower[i + 1 : i + 2] != [] and not (
                    set(self.lower[i + 1 : i + 2]) & lexicon.SPEECH_VERBS
                )
            if word not in {"and", ","} and i not in adjectives:
                return False
            i += 1
        return False

    def _owns_body(self, token: int) -> bool:
        """A body's or organisation's name starts at `token`: "the Treasury's Office of
        Foreign Assets Control" (kp1-012_treasury… s2), "Japan's Defense Ministry": the
        owner acts through it and takes its role."""
        return any(
            m.kind in {"body", "organisation"} for _, _, m in self._mentions_in(token, token + 1)
        )

    def _letter_role(self, hit: TriggerHit, start: int, end: int) -> str:
        """Who sends, receives or carries a letter, by the words that tie the mention to
        the letter noun."""
        lower = self.lower
        if start > hit.end and lower[start - 1] == "by":
            # "a letter sent to the Secretary by Kim" (kp3-001… s3) sends it; "a message
            # delivered by Moon" (kp3-002… s5) only carries it.
            carried = set(lower[hit.end : start]) & lexicon.CARRYING_VERBS
            return "participant" if carried else "initiator"
        # "received a letter from North Korea's Kim Yong Chul"; "a secret message from Kim,
        # the North Korean leader, to President Trump" (kp3-024… s19): the last of "from"
        # and "to" before the mention says which end of the letter it is.
        marks = [w for w in lower[max(start - 5, hit.end) : start] if w in LETTER_ENDS]
        if marks:
            return "initiator" if marks[-1] == "from" else "target"
        addressed = lower[max(start - 2, 0) : start]
        if set(addressed[-1:]) & SPEECH_VERBS or addressed == ["wrote", "to"]:
            return "target"  # "Kim told him in a letter", "wrote to Trump"
        if start < hit.start:
            between = lower[end : hit.start]
            if set(addressed) & lexicon.SENDING_VERBS and len(between) <= 3:
                # "Kim may have sent the President the letter" (kp3-026… s4): the first
                # object of a sending verb receives it.
                return "target"
            if set(between[:4]) & lexicon.CARRYING_VERBS:
                # "Moon ... was going to deliver a secret message from Kim" (kp3-024… s19),
                # "I bring the message from our President" (cn-007… s28): the envoy.
                return "participant"
            received = set(between) & lexicon.RECEIVING_VERBS
            return "target" if received else "initiator"
        if hit.start > 0 and lower[hit.start - 1] in lexicon.POSSESSIVE_PRONOUNS:
            # "In his letter to Kim last week, Trump called off the summit": whose letter
            # it is, named after it (the addressee took "to" above).
            return "initiator"
        return "target"

    def _told_in_letter(self, hit: TriggerHit, start: int, following: list[str]) -> bool:
        """ "In a letter sent on Thursday, Kim told Trump ...": a speaker named after a
        letter the sentence opens with "in a letter" tells it in that letter, as "Kim told
        him in a letter" (kp4-016… s6) does."""
        return (
            start > hit.end
            and bool(set(following) & SPEECH_VERBS)
            and "in" in self.lower[max(hit.clause[0], hit.start - 3) : hit.start]
        )

    def _writes_letter(self, hit: TriggerHit, end: int) -> bool:
        """A speech verb right after the mention ending at `end`, and "in a/his letter"
        right after that verb's object: "X told him in a letter", "X wrote in a letter"."""
        verbs = [i for i in range(end, min(end + 2, hit.start)) if self.lower[i] in SPEECH_VERBS]
        return (
            bool(verbs)
            and "in" in self.lower[verbs[0] + 1 : hit.start]
            and (hit.start - verbs[0] <= LETTER_SPEECH_REACH)
        )

    def _spokesperson(self, start: int, end: int, mention: ActorMention) -> bool:
        """A spokesperson, or a spokesperson's office, by the office the gazetteer or the
        text gives them ("spokeswoman Sarah Sanders", "Nauert, the department's
        spokesperson", "the White House spokeswoman")."""
        if SPOKESPERSON_WORDS & set(mention.description.lower().split()):
            return True
        if "spokes" in mention.key.lower():
            return True
        before = self.lower[max(start - 3, 0) : start]
        after = self.lower[end : end + 5]
        if SPOKESPERSON_WORDS & set(after[:2]) and not set(after[:1]) & {",", "and"}:
            return True  # "State Department spokesperson X": the spokesperson's office
        return bool(SPOKESPERSON_WORDS & set(before)) or (
            bool(after) and after[0] == "," and bool(SPOKESPERSON_WORDS & set(after[1:]))
        )

    def _passive(self, hit: TriggerHit) -> bool:
        return clauses.passive(self.lower, hit.start)

    def _announces_own_measure(self, hit: TriggerHit, event_type: str, end: int, mention) -> bool:
        """ "the U.S. Treasury Department announced that it had imposed sanctions on ..."
        (kp1-019 s9: the gold has the Treasury as initiator), "Beijing announced retaliatory
        tariffs on ...": a state or body that announces a measure with no other party named
        between its verb and the measure takes it (docs/annotation.md: who imposes it
        initiates; a person who only announces it stays its announcer)."""
        if event_type not in MEASURE_TYPES or mention.kind == "person" or end >= hit.start:
            return False
        verb = end if self.lower[end] in SPEECH_VERBS else end + 1
        if self.lower[verb] not in lexicon.MEASURE_ANNOUNCING_VERBS:
            return False
        if not verb < hit.start <= verb + OWN_MEASURE_REACH:
            return False  # (its "that" clause is a clause of its own: no clause test)
        if set(self.lower[verb + 1 : hit.start]) & PHRASE_BREAKS:
            return False
        between = self._mentions_in(verb + 1, hit.start)
        # "that it had imposed": the pronoun is the announcer again, no other party
        return all(m.how == "pronoun" or m.key == mention.key for _, _, m in between)

    def _owns_sanctioned(self, hit: TriggerHit, event_type: str, start: int, mention) -> bool:
        """ "sanctioned Venezuela's state oil company", "approved sanctions against South
        Sudan's leaders": the state whose firm, officials or leaders a measure hits is its
        target (docs/annotation.md: each sanctioned state), as "seven individuals and three
        entities of the North Korean regime" make North Korea the target (kp1-012 s2)."""
        return (
            event_type in SANCTION_LIKE
            and mention.kind == "state"
            and hit.end <= start <= hit.end + OWNED_TARGET_REACH
        )

    def _own_decision(self, hit: TriggerHit, end: int) -> bool:
        """ "the Secretary announced his intent to designate ..." (ir-006_state… s6), "Trump
        announced his decision to ... begin reimposing sanctions" (ir-001_state… s13): the
        speech verb is followed by a possessive, a decision word and "to", and the trigger
        comes after it in the same clause; who announces his own decision takes the act."""
        verb = end if end < hit.start and self.lower[end] in SPEECH_VERBS else end + 1
        phrase = self.lower[verb + 1 : verb + 4]
        return (
            verb + 2 <= hit.start <= verb + OWN_DECISION_REACH
            and hit.clause[0] <= verb
            and len(phrase) == 3
            and phrase[0] in lexicon.POSSESSIVE_PRONOUNS
            and phrase[1] in lexicon.OWN_DECISIONS
            and phrase[2] == "to"
        )

    def _topic_of(self, hit: TriggerHit, start: int) -> bool:
        """The mention starting at `start` names what the meeting `hit` is about: "a
        meeting on Iran" (kp3-007_state… s7), "a briefing on the DPRK", "held talks on North
        Korea". A topic preposition is the last one between the trigger and the mention;
        "talks on trade with China" still meets China."""
        if not hit.end <= start <= hit.end + TOPIC_REACH:
            return False
        for word in reversed(self.lower[hit.end : start]):
            if word in lexicon.TOPIC_PREPOSITIONS:
                return True
            if word in PARTY_PREPOSITIONS or word in TOPIC_ENDS:
                return False
        return False

    def _issues_statement(self, end: int, limit: int) -> bool:
        """The mention ending at `end` issues a statement that tells what follows: "The State
        Department issued a statement early Wednesday morning saying the meeting will now
        take place at a later date" (kp3-016_voa… s2): a verb, a statement noun and, before
        `limit` and within a few words with no punctuation between, "saying"."""
        words = self.lower[end : min(end + ISSUE_REACH, limit)]
        nouns = [i for i, w in enumerate(words) if w in STATEMENT_NOUNS]
        said = [i for i, w in enumerate(words) if w in lexicon.REPORT_PARTICIPLES]
        if not nouns or not said or not 1 <= nouns[0] <= 4 or said[0] < nouns[0]:
            return False
        return all(w.isalpha() for w in words[: said[0]])
