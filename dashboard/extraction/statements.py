"""Statements: who said what, when a saying is news of its own, and what it judges.

A mixin of events._ArticleEvents: the methods read the article's state and never keep
state of their own.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from spacy.tokens import Span

from . import vocabulary as lexicon
from .ontology import SPOKEN_TYPES, merge_group
from .records import DateValue, Event, Participant

JUDGED_REACH = 4  # "a statement condemning the North's launch": participle to the actor
TITLE_WORDS_BETWEEN = 4  # "White House Press Secretary Sanders" (kp3-026 s2)
OCCASION_REACH = 5  # "said at a joint press conference": the preposition and four words
# "quoted X as saying that ...": a saying as a speech verb is, announcing what it tells
QUOTING_PHRASES = frozenset({"as saying"})
QUOTED_REACH = 8  # "quoted Russian Deputy Foreign Minister Sergei Ryabkov as saying"
SPOKEN_ACTS = SPOKEN_TYPES - {"statement"}  # acts of speech typed apart from statements
SUBJECT_REACH = 6  # "South Korea's President Moon Jae-in said": where the speaker's name starts


if TYPE_CHECKING:
    from .events import TriggerHit


class StatementReading:
    def _build_statement(
        self, sentence: Span, hit: TriggerHit, participants: list[Participant]
    ) -> Event | None:
        """A dated public statement by a known actor ("Biegun said Thursday", "In a statement
        on Monday, Heather Nauert ..."). A speech verb whose words report another event is
        that event's announcement, not a statement of its own."""
        if self._occasion_of_spoken(hit):
            return None
        complement_start, complement_end = hit.end, hit.end
        while complement_end < sentence.end and (
            self.lower[complement_end] not in lexicon.SUBORDINATORS
        ):
            complement_end += 1
        if hit.entry.phrase in QUOTING_PHRASES and lexicon.REPORT_NOUNS.intersection(
            self.lower[max(sentence.start, hit.start - QUOTED_REACH) : hit.start]
        ):
            # "cited a news agency report on Sunday as saying that a senior official ..."
            # (kp4-016 s11): a report quoted names its speaker in what it says, not before.
            return None
        inverted = self._inverted_speakers(hit, sentence)
        if inverted:
            # "..., said X": what X says stands before the verb
            complement_start, complement_end = sentence.start, hit.start
        reported = [
            other
            for other in self.sentence_hits
            if complement_start <= other.start < complement_end
            and other.entry.type != "statement"
            and not (self._generic_plural(other) and not other.times)
            # "said Tuesday that officials want to meet ... in one week" (kp1-020 s4): a
            # happening only wished for is no news the saying announces; the saying is
            and not self._wished(other)
        ]
        # A speech verb's words about an event told judge it; a statement noun's still tell
        # news of it ("a statement ... saying the meeting will take place later", kp3-016 s2,
        # puts the meeting off).
        about = [] if hit.entry.noun else [self._told_event(other) for other in reported]
        reports_event = any(told is None for told in about) if about else bool(reported)
        if (
            reports_event
            and not hit.entry.noun
            and (hit.entry.phrase in lexicon.SPEECH_VERBS or hit.entry.phrase in QUOTING_PHRASES)
            and not self._medium(hit)
        ):
            # "said that North Korea launched ...": the report only announces the launch; but
            # "condemned North Korea for its nuclear test" is a statement of its own as well
            # (kp1-008 s7, kp4-018 s3).
            return None
        if (
            reports_event
            and hit.entry.noun
            and set(self.lower[hit.end : hit.end + 6]) & lexicon.CONTENT_OPENERS
        ):
            return None  # "issued a statement ... saying the meeting will ..." (kp3-016 s2)
        speakers = [
            Participant(p.actor, "initiator")
            for p in participants
            if p.role in {"announcer", "initiator"} and p.actor in self.speakers
        ]
        lately = not hit.times and self._said_lately(hit)
        segment = self._segment(hit.start, sentence)
        before_in_segment = [m.key for _, _, m in self._mentions_in(segment[0], hit.start)]
        # "..., according to the official KCNA news agency": the source announces
        sources = {
            mention.key: None
            for start, _, mention in self._mentions_in(sentence.start, sentence.end)
            if self._attributed(start) and mention.key in self.known_actors
        }
        readers = [Participant(key, "announcer") for key in sources]
        speakers = [p for p in speakers if p.actor not in sources]
        authors = self._authors(hit, sentence)
        if inverted:
            speakers = [p for p in speakers if p.actor in inverted]
        elif authors:
            # "Nauert read a statement by the Secretary" (kp3-001_jmh… s2): the words are the
            # author's; who reads or passes them on only announces them.
            readers += [
                Participant(p.actor, "announcer") for p in speakers if p.actor not in authors
            ]
            speakers = [p for p in speakers if p.actor in authors]
        elif before_in_segment:  # "Biegun said", "Pompeo himself told"
            speakers = [p for p in speakers if p.actor in before_in_segment] or speakers
        elif speakers:  # "Trump, who ... Kim ..., accused": the clause's subject speaks
            speakers = speakers[:1] + self._titled_speaker(speakers, hit, sentence)
        if not speakers:
            return None
        if lately and {p.actor for p in speakers} <= self._spoken_only(hit):
            # "We have said many times before that ..." (kp4-021 s11), "I’ve told that to my
            # colleagues" (kp3-008 s10): the speaker restating a position is no news.
            return None
        # a date shared with a trigger of its own sentence that frames it ("a news conference
        # after his summit with ..., Feb. 28", kp4-004 s2) is the statement's own
        shared = hit.inherited is not None
        self._inherit_from_context(sentence, hit, {p.actor for p in speakers})
        judged = self._judged(hit)
        if not hit.times and judged is not None:
            hit.inherited = judged.date
        elif not hit.times and self._adopted_in_heading(sentence, hit):
            # "Remarks Following the Adoption of a UN Security Council Statement Condemning
            # ..." (kp1-006_usun… s1): the statement the occasion adopts is made that day.
            hit.inherited = DateValue(self.published, "day")
        elif (
            not hit.times
            and not shared
            and not lately
            and (
                hit.inherited is None
                or not (
                    self._continues(sentence) or self._framed_by_speakers_event(sentence, speakers)
                )
            )
        ):
            hit.inherited = self._occasion_date(sentence, hit, speakers)
            if hit.inherited is None:
                return None  # statements need a date of their own or "Afterward" to be events
        addressed = {  # "accused the U.S.", "lauding Pompeo", "told lawmakers"
            mention.key
            for _, _, mention in self._mentions_in(hit.end, hit.end + 3)
            if mention.key in self.known_actors
        }
        others = [p for p in participants if p.role == "target" and p.actor in addressed]
        others += self._judged_party(hit, {p.actor for p in speakers + others})
        # Who did what the statement judges is its target (kp4-018: the launch's state).
        for told in [judged, *about]:
            for p in told.participants if told is not None else []:
                known = {q.actor for q in speakers + others}
                if p.role == "initiator" and p.actor not in known:
                    others.append(Participant(p.actor, "target"))
        # A speaker's own state is no target of his words ("Moon said Seoul backs the
        # dialogue"): it speaks through him (roles.add_states lists it beside him).
        own = {self.kind_of.get(p.actor, ("", ""))[1] for p in speakers} - {""}
        others = [
            p
            for p in others
            if not (
                self.kind_of.get(p.actor, ("", ""))[0] == "state"
                and p.actor in self.states
                and self.kind_of[p.actor][1] in own
            )
        ]
        event = self._new_event(sentence, hit, speakers + others + readers, status="occurred")
        if lately:
            # "Kim has said he is ready ..." (kp3-007 s16): said lately, so the publication
            # month, no finer (docs/annotation.md, "just done, undated").
            event.date = DateValue(self.published.replace(day=1), "month")
            event.date_from_context = True
        return event

    def _occasion_of_spoken(self, hit: TriggerHit) -> bool:
        """A press occasion named right after a threat or demand verb is where
        that one act was made: "warned at a news conference on Monday that ...", "demanded
        during a press conference that ..." are the threat or demand, not a statement
        besides it (docs/annotation.md: one row per speaker and occasion). The occasion of
        "said at a joint press conference" (kp3-025_voa… s6) is the saying's own already."""
        if not hit.entry.noun:
            return False
        low = max(hit.clause[0], hit.start - OCCASION_REACH)
        for k in range(hit.start - 1, low - 1, -1):
            if self.lower[k] in lexicon.OCCASION_PREPOSITIONS:
                return any(
                    other.end == k and not other.entry.noun and other.entry.type in SPOKEN_ACTS
                    for other in self.sentence_hits
                )
            if not self.lower[k].isalpha():
                return False
        return False

    def _inverted_speakers(self, hit: TriggerHit, sentence: Span) -> set[str]:
        """ "'We are moving forward,' said Secretary of State X" (roles._inverted_speaker):
        the speakers named right after a speech verb put before them."""
        if hit.entry.noun:
            return set()
        return {
            mention.key
            for start, _, mention in self._mentions_in(hit.end, min(hit.end + 6, sentence.end))
            if mention.key in self.speakers and self._inverted_speaker(hit, start)
        }

    def _authors(self, hit: TriggerHit, sentence: Span) -> set[str]:
        """The speakers a statement noun names as its source right after it: "a statement
        by/from X" (roles._agent)."""
        if (
            not hit.entry.noun
            or hit.end >= sentence.end
            or self.lower[hit.end] not in lexicon.SOURCE_PREPOSITIONS
        ):
            return set()
        return {
            mention.key
            for start, _, mention in self._mentions_in(hit.end, min(hit.end + 7, sentence.end))
            if mention.key in self.speakers and self._agent(hit, start)
        }

    def _judged(self, hit: TriggerHit) -> Event | None:
        """ "Prime Minister Abe condemned the launch by saying ..." (kp4-018_jmh… s3, after
        the dated launch of s2): a verb of judgment (a statement verb that is no reporting
        word) whose object names, by a definite event noun of its type, an event dated in the
        sentence just before is the reaction to it, told as of that event's day."""
        if hit.entry.noun or hit.entry.phrase in lexicon.SPEECH_VERBS:
            return None
        if self._pronoun_object(hit):
            # "X called it very positive", "Y condemned it": the reaction to what the
            # sentence before told and dated (kp3-008_state… s18, after the week's news of
            # s17), of that event's time.
            dated = [e for e in self.previous_sentence_events if e.date_text]
            return dated[-1] if dated else None
        for other in self.candidates:
            if not (hit.end < other.start <= hit.end + 2) or not self._definite(other):
                continue
            group = merge_group(other.entry.type)
            for event in reversed(self.previous_sentence_events):
                if merge_group(event.type) == group and event.date_text:
                    return event
        return None

    def _pronoun_object(self, hit: TriggerHit) -> bool:
        """The verb of judgement takes "it" as its object, in the trigger ("called it") or
        right after it ("condemned it"), and is not a phrasal verb ("called it off")."""
        at = hit.end - 1 if self.lower[hit.end - 1] in lexicon.EVENT_PRONOUNS else hit.end
        if at >= len(self.lower) or self.lower[at] not in lexicon.EVENT_PRONOUNS:
            return False
        return at + 1 >= len(self.lower) or self.lower[at + 1] not in lexicon.PARTICLES

    def _told_event(self, other: TriggerHit) -> Event | None:
        """ "told the press this morning that the missile launch posed a serious threat"
        (kp4-018_jmh… s13): words about an event the article has already told, named by an
        undated definite noun, do not report it again; they judge it, and the saying is a
        statement of its own. The event told last of the noun's group, if any."""
        if other.times or not self._definite(other):
            return None  # a verb, or a noun dated anew, tells news
        group = merge_group(other.entry.type)
        return next((e for e in reversed(self.events) if merge_group(e.type) == group), None)

    def _said_lately(self, hit: TriggerHit) -> bool:
        """A speech verb in the present perfect ("X has said") in an interview or briefing
        with a publication day: a saying of late, which the exchange takes up as news
        (kp3-007_state… s15-16). In a news story's prose the same words set a claim against
        what followed ("Mr. Trump has said ..., the reality is otherwise", a seed), no news."""
        return (
            self.first_question is not None
            and not self.published_inferred
            and not hit.entry.noun
            and hit.entry.phrase in lexicon.SPEECH_VERBS
            and self._just_done(hit)
        )

    def _medium(self, hit: TriggerHit) -> bool:
        """A saying that names its medium is an occasion of its own: "tweeted on Saturday that
        ..." (kp4-016_jmh… s6), "stated in a public address that ..." (kp2-014_wikipedia…
        s17). The gold rows it as a statement besides the happening it reports."""
        if hit.entry.phrase in lexicon.MEDIUM_VERBS:
            # what it says, not what it shows: "tweeted a photo ... showing him shaking hands
            # with Kim" (kp2-029_voa… s2) only announces the meeting
            return "that" in self.lower[hit.end : hit.end + 5]
        after = self.lower[hit.end : hit.end + 4]
        return bool(after) and after[0] == "in" and bool(set(after[1:]) & lexicon.MEDIUM_NOUNS)

    def _press_occasion(self, hit: TriggerHit, sentence: Span) -> bool:
        """A saying made at a press occasion or to the press: "said at a news conference"
        (kp2-007_voa… s7), "said at a joint press conference" (kp3-025_voa… s6), "told
        reporters" (kp4-014_voa… s13). The words name a public occasion of their own, which
        the gold rows as a statement even when the sentence gives no date."""
        if hit.entry.noun or hit.entry.phrase not in lexicon.SPEECH_VERBS:
            return False
        after = self.lower[hit.end : min(hit.end + OCCASION_REACH, sentence.end)]
        if not after:
            return False
        if after[0] in lexicon.PRESS_OCCASIONS:
            return True  # "told reporters"
        at_one = after[0] in lexicon.OCCASION_PREPOSITIONS
        return at_one and bool(set(after[1:]) & lexicon.PRESS_OCCASIONS)

    def _occasion_date(
        self, sentence: Span, hit: TriggerHit, speakers: list[Participant]
    ) -> DateValue | None:
        """The date of an undated saying at a press occasion: the event of the sentence before
        that shares its speaker (`_inherit_from_context` found it), else the time the sentence
        before names ("Kim said on Wednesday ... Moon said at a joint press conference ...",
        kp3-025_voa… s5-6; "a day after Pompeo said ... Pompeo said at a news conference",
        kp2-007_voa… s6-7), else, in a dated report, its month: the press is told of the
        news a report carries (kp4-014_voa… s13; docs/annotation.md, "just done, undated").
        None for any other undated saying, and for one whose speaker is not the person or
        body named right before the verb: "..., the president of Argentina, earlier told
        reporters" (cn-004_voa… s4) leaves the speaker to the quote before it."""
        if hit.times or not self._press_occasion(hit, sentence):
            return None
        if not self._occasion_speaker(hit, {p.actor for p in speakers}):
            return None
        told = [hit.inherited] if hit.inherited is not None else []
        before = self.last_sentence
        if before is not None:
            told += [
                time.date
                for token, time in reversed(self.times[: self.time_cursor])
                if before.start <= token < before.end
            ]
        for date in told:
            # a saying told in the past is not of the plan the sentence before dates ("to
            # revive the potential June 12 summit", kp2-007_voa… s6)
            if self.published is None or date.value <= self.published:
                return date
        if self.published_inferred or self.published is None:
            return None
        return DateValue(self.published.replace(day=1), "month")

    def _occasion_speaker(self, hit: TriggerHit, voices: set[str]) -> bool:
        """A speaker (a person or body, not a state) named right before the verb."""
        before = self._mentions_in(hit.start - SUBJECT_REACH, hit.start)
        if not before:
            return False
        _, end, mention = before[-1]
        return end == hit.start and mention.kind != "state" and mention.key in voices

    def _titled_speaker(
        self, speakers: list[Participant], hit: TriggerHit, sentence: Span
    ) -> list[Participant]:
        """ "remarks made ... by White House Press Secretary Sanders" (kp3-026_jmh… s2): the
        first speaker is a body that begins the title of the person named right after it,
        and the two speak together (the gold lists both)."""
        mentions = [(s, e, m) for s, e, m in self._mentions_in(hit.end, sentence.end)]
        for (_, end, first), (start, _, second) in itertools.pairwise(mentions):
            if first.key != speakers[0].actor or first.kind not in {"body", "organisation"}:
                continue
            between = self.words[end:start]
            if (
                second.kind == "person"
                and 0 < len(between) <= TITLE_WORDS_BETWEEN
                and all(w[:1].isupper() for w in between)
            ):
                return [p for p in speakers[1:] if p.actor == second.key]
            return []
        return []

    def _spoken_only(self, hit: TriggerHit) -> set[str]:
        """The actors the hit's window names only as the transcript's speaker ("I", "we")."""
        low, high = self._window(hit)
        hows: dict[str, set[str]] = {}
        for _, _, mention in self._mentions_in(low, high):
            hows.setdefault(mention.key, set()).add(mention.how)
        return {key for key, how in hows.items() if how == {"speaker"}}

    def _judged_party(self, hit: TriggerHit, known: set[str]) -> list[Participant]:
        """ "a Statement Condemning North Korea's ... Launch" (kp1-006_usun… s1), "a
        statement criticizing Washington's decision": after a statement noun, a participle of
        judgement and the actor named right after it, whom the statement judges: its
        target."""
        if not hit.entry.noun or hit.end >= len(self.lower):
            return []
        if self.lower[hit.end] not in lexicon.JUDGEMENT_PARTICIPLES:
            return []
        mentions = self._mentions_in(hit.end + 1, hit.end + 1 + JUDGED_REACH)
        if not mentions:
            return []
        start, _, mention = mentions[0]  # right after the participle or its determiner
        next_to = start == hit.end + 1 or self.lower[start - 1] in lexicon.DETERMINERS
        if next_to and mention.key in self.known_actors and mention.key not in known:
            return [Participant(mention.key, "target")]
        return []

    def _framed_by_speakers_event(self, sentence: Span, speakers: list[Participant]) -> bool:
        """ "Mattis welcomes the Omani minister ..., July 27, 2018. Before he welcomed the
        senior Omani official, Mattis told reporters ..." (kp2-027_dod… s7-8, a caption): a
        saying framed by an event the sentence before dated, one of whose parties speaks,
        is of that event's day (the date `_inherit_from_context` found)."""
        if not self._framed_opening(sentence):
            return False
        voices = {p.actor for p in speakers}
        return any(
            (event.date_text or event.date_from_context) and voices & event.actor_keys()
            for event in self.previous_sentence_events
        )
