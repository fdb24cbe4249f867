"""Trigger words and cue phrases for events, as data.

A trigger names the event type it signals. `noun` triggers ("the trip") can be objects of a
cancellation and can refer back to an event already told; `requires` lists words of which
one must appear in the sentence ("targeted" is a sanction only where sanctions are the topic).
Inflected forms are listed because the blank spaCy pipeline has no lemmatiser.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    phrase: str
    type: str
    noun: bool = False
    requires: tuple[str, ...] = ()
    followed_by: tuple[str, ...] = ()  # one of these within 4 words after ("agreed ... to")


def _forms(
    event_type: str,
    phrases: str,
    noun: bool = False,
    requires: tuple = (),
    followed_by: tuple = (),
) -> list:
    return [Trigger(p.strip(), event_type, noun, requires, followed_by) for p in phrases.split(",")]


SANCTION_WORDS = ("sanction", "sanctions", "treasury", "ofac", "designation", "penalties")

# fmt: off
TRIGGERS: tuple[Trigger, ...] = tuple(
    _forms("meeting", "meet, meets, met, meeting with, sat down with, shook hands, "
                      "shaking hands, held talks, hold talks, holds talks, hosted, hosts, hosting")
    + _forms("meeting", "meeting, meetings", noun=True)
    + _forms("meeting", "discuss, discussed, discusses", requires=("with",))
    + _forms("summit", "summit, summits, summit meeting, summitry", noun=True)
    + _forms("visit", "visited, traveled to, travelled to, travel to, travels to, traveling to, "
                      "travelling to, flew to, arrived in, went to")
    + _forms("visit", "visit, visits, trip, trips, journey", noun=True)
    + _forms("negotiation", "negotiated, negotiate, negotiating")
    + _forms("negotiation", "talks, negotiations, round of talks, working-level talks", noun=True)
    + _forms("cancellation", "cancel, cancels, canceled, cancelled, canceling, cancelling, "
                             "called off, call off, calls off, calling off, scrapped, scraps, "
                             "put a hold on, puts a hold on, pulled out of")
    + _forms("cancellation", "cancellation", noun=True)
    + _forms("postponement", "postpone, postpones, postponed, postponing, put off, delayed, "
                             "pushed back")
    + _forms("postponement", "postponement", noun=True)
    + _forms("sanction", "sanctioned, imposed sanctions, imposes sanctions, new sanctions, "
                         "designated, blacklisted, slapped sanctions")
    + _forms("sanction", "targeted, targets, penalized", requires=SANCTION_WORDS)
    + _forms("sanction", "designation, designations", noun=True, requires=SANCTION_WORDS)
    + _forms("sanction_relief", "lifted sanctions, eased sanctions, waived sanctions, "
                                "lifts sanctions, eases sanctions, sanctions relief")
    + _forms("agreement", "agreed to, signed, reached an agreement, struck a deal")
    # "Kazianis agreed" is an opinion; "officials agreed on Tuesday to ..." is an agreement.
    + _forms("agreement", "agreed", followed_by=("to", "on"))
    + _forms("agreement", "agreement, accord, joint statement", noun=True)
    + _forms("appointment", "named, appointed, nominated, appoints, names, tapped, announce, "
                            "announced")
    + _forms("threat", "threatened, threatens, threaten, warned, warns")
    + _forms("demand", "demanded, demands that, called for, calls for, pressed for, presses for, "
                       "urged, insisted")
    + _forms("weapons_test", "launched, fired, test-fired, test fired",
             followed_by=("missile", "missiles", "rocket", "rockets", "icbm"))
    + _forms("weapons_test", "tested, conducted a nuclear test, missile launch, missile test, "
                             "nuclear test")
    + _forms("military_exercise", "held exercises, joint exercises, military exercises, "
                                  "military drills, war games", noun=True)
    + _forms("letter", "letter, letters", noun=True)
    + _forms("statement", "said, says, told, wrote, tweeted, stated, declared, accused, lauding, "
                          "lauded, criticized, criticised, said in a statement")
    + _forms("statement", "statement, in a statement", noun=True)
)
# fmt: on

# An appointment is only an appointment when a role follows ("named X to be the envoy").
APPOINTMENT_ROLE_WORDS = (
    "envoy",
    "representative",
    "ambassador",
    "secretary",
    "adviser",
    "advisor",
    "minister",
    "director",
    "chief",
    "role",
    "post",
    "position",
    "negotiator",
)

# Cues read near a trigger (same clause).
NEGATION_BEFORE = (
    "didn't",
    "didn’t",
    "did not",
    "never",
    "not",
    "n't",
    "n’t",
    "no",
    "without",
    "failed to",
)
PLANNED_CUES = (
    "set for",
    "set to",
    "scheduled",
    "planned",
    "planning",
    "plans to",
    "plan for",
    "agreed",
    "prospects",
    "prospect",
    "hopes for",
    "chance of",
    "possible",
    "potential",
    "proposed",
    "will",
    "would",
    "is to",
    "are to",
    "was to",
    "were to",
    "supposed to",
    "expected to",
    "to make",
    "trying to arrange",
    "arrange",
    "looks forward to",
    "upcoming",
    "next",
    "future",
    "hoped to",
    "hopes to",
    "intended to",
    "prepare",
)
# "Afterward, the North accused ...": the narrative stays at the date it last told.
CONTINUING_CONNECTIVES = frozenset(
    {"afterward", "afterwards", "then", "later", "subsequently", "thereafter"}
)
# "the summit in June, at which the two leaders signed ...": the clause shares the date.
RELATIVE_WORDS = frozenset({"where", "when", "which", "during", "whereupon"})
HYPOTHETICAL_CUES = ("if", "could", "might", "should", "may", "unless", "whether")
# A sentence that only says the previous one did not happen.
DID_NOT_HAPPEN = (
    "never happened",
    "did not happen",
    "didn't happen",
    "never took place",
    "did not take place",
    "fell through",
)
SPEECH_VERBS = frozenset(
    [
        "said",
        "says",
        "announced",
        "announces",
        "told",
        "tweeted",
        "wrote",
        "stated",
        "declared",
        "confirmed",
        "reported",
        "according",
        "statement",
    ]
)
PASSIVE_AUXILIARIES = frozenset(["was", "were", "been", "be", "being", "is", "are", "get", "got"])
# Words that open a subordinate clause: a noun's phrase and a speech verb's words end there.
SUBORDINATORS = frozenset(
    {"because", "since", "after", "before", "prior", "while", "although", "though", "when",
     "where", "which", "who", "whom", "whose", "whether", "until", "unless", "but"}
)  # fmt: skip
# A noun's phrase also ends where a "that" clause begins.
WINDOW_STOPS = SUBORDINATORS | {"that"}
# "the same cancellation tactic": a cancellation noun modifying another noun is no event.
FUNCTION_WORDS = frozenset(
    {"of", "for", "to", "in", "on", "at", "by", "with", "was", "is", "were", "has", "had",
     "and", "or", "that", "which", "came", "leaves", "left", "itself", "as", "from"}
)  # fmt: skip
RECEIVING_VERBS = frozenset({"received", "receives", "receiving", "got", "gets"})
DETERMINERS = frozenset(["the", "this", "that", "these", "those", "its", "his", "her", "their"])
# "Trump's decision Friday to put a hold on ...": the possessor of such a noun acts.
LIGHT_NOUNS = frozenset(
    [
        "decision",
        "move",
        "plan",
        "order",
        "announcement",
        "choice",
        "refusal",
        "call",
    ]
)
# "was to make his fourth visit", "arrange a meeting": the verb's subject takes part.
LIGHT_VERBS = frozenset(
    [
        "make",
        "makes",
        "made",
        "making",
        "take",
        "takes",
        "took",
        "taking",
        "hold",
        "holds",
        "held",
        "holding",
        "arrange",
        "arranged",
        "host",
        "hosts",
        "hosted",
        "hosting",
        "attend",
        "attends",
        "attended",
        "attending",
        "have",
        "had",
        "seek",
        "seeking",
        "propose",
        "proposed",
        "discuss",
        "continue",
        "restart",
        "resume",
        "sign",
        "signs",
        "signed",
        "signing",
    ]
)
# Cancelling "talks" in general ("canceling talks won't help") is no event: a gerund or an
# infinitive trigger needs its own date to count.
NON_FINITE_PREFIXES = ("to",)
