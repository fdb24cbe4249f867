"""A synthetic news corpus for scale tests and benchmarks, from our own templates and gazetteer.

Pure Python, deterministic for a given seed. The corpus imitates what a news feed about a
negotiation looks like to Parley: a pool of "world" events (meetings, summits, visits,
cancellations, postponements, sanctions, threats, agreements, tests), each reported by
several outlets on different days in different words, so articles repeat one another the
way real coverage does; known actors from the gazetteer and the world's states from
countries.tsv, plus invented officials (the actors the gazetteer does not know); background
sentences that carry no event; datelines, bylines and photo captions.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

OUTLETS = (
    "Parley Wire", "Example Times", "Harbour Herald", "Daily Ledger", "Capital Courier",
    "Morning Dispatch", "Evening Standard-Bearer", "Pacific Observer", "Northern Gazette",
    "Global Bulletin", "Riverside Post", "Continental Review",
)  # fmt: skip
FIRST_NAMES = (
    "Amara", "Tomas", "Lena", "Rafael", "Ingrid", "Kofi", "Mariam", "Pavel", "Sofia", "Diego",
    "Hana", "Omar", "Elena", "Jonas", "Aisha", "Mateo", "Nadia", "Viktor", "Yara", "Lucas",
    "Freya", "Idris", "Carmen", "Anders", "Leila", "Bruno", "Zofia", "Samir", "Greta", "Hugo",
    "Imani", "Felix", "Noor", "Emil", "Rosa", "Tariq", "Alma", "Oskar", "Selin", "Marco",
)  # fmt: skip
SURNAMES = (
    "Okafor", "Lindqvist", "Moreau", "Castellano", "Novak", "Haddad", "Petrov", "Andersen",
    "Mensah", "Kowalski", "Ferreira", "Nakamura", "Brennan", "Dubois", "Horvath", "Yilmaz",
    "Santos", "Virtanen", "Ibrahim", "Kovacs", "Rossi", "Jansen", "Duarte", "Abebe", "Larsen",
    "Marchetti", "Sokolov", "Quispe", "Ndiaye", "Halvorsen", "Becker", "Alvarez", "Osei",
    "Lambert", "Sandoval", "Karimi", "Fischer", "Wojcik", "Banda", "Esposito", "Hoffmann",
    "Mwangi", "Costa", "Nilsson", "Barros", "Eriksen", "Morales", "Vasquez", "Dimitrov", "Aziz",
)  # fmt: skip
OFFICE_TITLES = ("Foreign Minister", "Defense Minister", "Ambassador", "Envoy", "Minister")
MONTHS = (
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# {a}, {b}: actors; {place}: where; {when}: "on Tuesday" / "on March 3" (relative to the
# article's date); {what}: a missile or device. Several wordings per type, as outlets differ.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "meeting": (
        "{a} met {b} in {place} {when}.",
        "{a} held talks with {b} in {place} {when}, officials said.",
        "{when_cap}, {a} and {b} met in {place} for more than two hours.",
    ),
    "summit": (
        "{a} and {b} held a summit in {place} {when}.",
        "{a} met {b} at a summit in {place} {when}, the first such meeting in months.",
    ),
    "visit": (
        "{a} visited {place} {when} for talks with officials there.",
        "{a} arrived in {place} {when} on a two-day visit.",
    ),
    "cancellation": (
        "{a} canceled a planned meeting with {b} in {place} {when}.",
        "{when_cap}, {a} called off talks with {b} that had been set for {place}.",
    ),
    "postponement": (
        "{a} postponed talks with {b} in {place} {when}, citing scheduling problems.",
        "A meeting between {a} and {b} in {place} was postponed {when}.",
    ),
    "sanction": (
        "{a} imposed new sanctions on {b} {when}, targeting shipping and oil imports.",
        "{when_cap}, {a} announced sanctions against {b} over its weapons programs.",
    ),
    "threat": (
        "{a} threatened {b} with military action {when}.",
        "{when_cap}, {a} warned that {b} would face a forceful response.",
    ),
    "agreement": (
        "{a} and {b} signed an agreement in {place} {when} to reduce military tension.",
        "{a} and {b} agreed {when} to resume working-level talks in {place}.",
    ),
    "test": (
        "{a} tested {what} {when}, according to officials in {place}.",
        "{a} launched {what} {when}, its first launch in weeks.",
    ),
}
WEAPONS = ("a ballistic missile", "an intercontinental ballistic missile", "a short-range missile",
           "a new rocket engine", "a cruise missile")  # fmt: skip
BACKGROUND = (
    "Analysts said the prospects for an agreement remained uncertain.",
    "The two sides have disagreed for decades over the pace of disarmament.",
    "Diplomats in the region described the mood as cautious.",
    "The statement gave few details about what had been discussed.",
    "Experts cautioned that similar pledges had collapsed before.",
    "Markets in the region barely moved on the news.",
    "Officials declined to say when the next round would take place.",
)
# Context paragraphs that report no event, as most of a real story does: the seeds are
# 330-1,190 words with a handful of events; a synthetic article is about 500 words.
# {person}: one of the invented commentators; {state}: a state; {n}: a number; {city}: a capital.
CONTEXT = (
    "{person}, a researcher at the Institute for Regional Studies in {city}, said the gap "
    "between the two positions was wider than either government admitted.",
    "The economy of {state} has grown by about {n} percent a year since 2010, according to "
    "figures published by its central bank.",
    "Public opinion remains divided: in a recent poll, {n} percent of respondents said they "
    "trusted the process, while others expressed doubt.",
    "Critics argue that the approach rewards brinkmanship, and that verification has always "
    "been the hardest part of any deal.",
    "“There is a lot of distance still to cover,” {person}, who has followed the issue for "
    "two decades, said in an interview.",
    "The border region is home to roughly {n} thousand people, many of whom depend on trade "
    "that has dwindled in recent years.",
    "Historians note that earlier rounds of diplomacy stalled over the same questions of "
    "sequencing and trust.",
    "Officials in {city} spoke on condition of anonymity because they were not authorized "
    "to discuss internal deliberations.",
    "{person} of the Center for Security Policy said the coming months would show whether "
    "the pledges amounted to more than words.",
    "Shipping traffic through the strait has fallen by {n} percent since the spring, port "
    "records show.",
    "Humanitarian groups have long warned of food shortages in rural provinces, where "
    "harvests were poor for a second year.",
    "The foreign ministry of {state} issued a brief statement that repeated its long-held "
    "position without elaborating.",
    "Much of the detail remains classified, and independent experts have had little access "
    "to the sites in question.",
    "Lawmakers in {city} have asked for a fuller briefing, saying they learned of the "
    "developments from news reports.",
    "{person}, a former diplomat, cautioned against reading too much into gestures made for "
    "television cameras.",
    "The currency of {state} weakened slightly against the dollar in early trading before "
    "recovering by the afternoon.",
    "Satellite images reviewed by independent analysts showed construction continuing at "
    "several locations.",
    "The question of how to verify any commitment has divided experts for years, and no "
    "consensus has emerged.",
    "Some {n} delegates from smaller countries have urged patience, arguing that progress "
    "would be slow.",
    "{person} said the language used in recent statements was notably softer than a year earlier.",
)
CONTEXT_PERSONS = ("Dr.", "Prof.", "Ms.", "Mr.")
COMMENTATORS = 80
CAPTION = "A photo released by officials, {date}. ({first} {last}/{outlet})"


@dataclass(frozen=True)
class WorldEvent:
    kind: str
    day: dt.date
    a: str
    b: str
    place: str
    what: str


class CorpusGenerator:
    """Generate articles from a gazetteer file and a countries file with a seeded RNG."""

    def __init__(self, gazetteer: Path, countries: Path, seed: int = 1) -> None:
        self.random = random.Random(seed)
        data = tomllib.loads(gazetteer.read_text(encoding="utf-8"))
        entries = data.get("actor", [])
        self.persons = [e["name"] for e in entries if e.get("kind") == "person"]
        self.states, self.capitals = [], []
        for line in countries.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or line.startswith("code\t") or not line.strip():
                continue
            fields = line.split("\t")
            self.states.append(fields[1])
            if len(fields) > 3 and fields[3]:
                self.capitals.append(fields[3])
        # Invented officials of every state: the actors that no gazetteer knows.
        self.officials = [
            (f"{self.random.choice(OFFICE_TITLES)} {first} {last}", state)
            for first in FIRST_NAMES
            for last in SURNAMES
            for state in [self.random.choice(self.states)]
        ]
        # The commentators the context paragraphs quote: a pool that recurs, as real
        # coverage keeps quoting the same few dozen experts.
        self.commentators = [
            f"{self.random.choice(CONTEXT_PERSONS)} {self.random.choice(FIRST_NAMES)} "
            f"{self.random.choice(SURNAMES)}"
            for _ in range(COMMENTATORS)
        ]
        self.world: list[WorldEvent] = []

    @classmethod
    def from_corpus(cls, folder: Path, seed: int = 1) -> CorpusGenerator:
        """From a corpus folder holding gazetteer.toml and countries.tsv."""
        return cls(folder / "gazetteer.toml", folder / "countries.tsv", seed)

    def _actor(self) -> str:
        roll = self.random.random()
        if roll < 0.45:
            return self.random.choice(self.persons)
        if roll < 0.75:
            return self.random.choice(self.states)
        title, state = self.random.choice(self.officials)
        return f"{title} of {state}"

    def _world_event(self) -> WorldEvent:
        start = dt.date(2017, 1, 1)
        day = start + dt.timedelta(days=self.random.randrange(3 * 365))
        a, b = self._actor(), self._actor()
        while b == a:
            b = self._actor()
        return WorldEvent(
            kind=self.random.choice(list(TEMPLATES)),
            day=day,
            a=a,
            b=b,
            place=self.random.choice(self.capitals),
            what=self.random.choice(WEAPONS),
        )

    def articles(self, count: int) -> Iterator[dict]:
        # About one world event per two articles: each is reported about three times.
        self.world = [self._world_event() for _ in range(max(1, count // 2))]
        for number in range(1, count + 1):
            yield self._article(number)

    def _article(self, number: int) -> dict:
        events = self.random.sample(self.world, k=min(len(self.world), self.random.randint(1, 4)))
        events.sort(key=lambda e: e.day)
        published = events[-1].day + dt.timedelta(days=self.random.randint(0, 3))
        outlet = self.random.choice(OUTLETS)
        lines = []
        for event in events:
            template = self.random.choice(TEMPLATES[event.kind])
            when = self._when(event.day, published)
            when_cap = when[0].upper() + when[1:]
            fields = {"a": event.a, "b": event.b, "place": event.place, "what": event.what}
            lines.append(template.format(**fields, when=when, when_cap=when_cap))
            if self.random.random() < 0.5:
                lines.append(self.random.choice(BACKGROUND))
            # Paragraphs of context between the reports: ~500 words an article in all.
            for template in self.random.sample(CONTEXT, k=self.random.randint(4, 10)):
                lines.append(self._context(template))
        if self.random.random() < 0.2:
            photographer = (self.random.choice(FIRST_NAMES), self.random.choice(SURNAMES))
            caption = CAPTION.format(
                date=_long_date(published),
                first=photographer[0],
                last=photographer[1],
                outlet=outlet,
            )
            lines.insert(1, caption)
        dateline = f"{events[0].place.upper()} — "
        first = events[-1]
        title = f"{first.a} and {first.b}: {first.kind} in {first.place}"
        return {
            "id": f"synthetic-{number:07d}",
            "title": title,
            "outlet": outlet,
            "published": published.isoformat(),
            "url": f"https://news.example.org/{published:%Y/%m/%d}/{number}",
            "authors": [f"{self.random.choice(FIRST_NAMES)} {self.random.choice(SURNAMES)}"],
            "text": dateline + "\n".join(lines) + "\n",
        }

    def _context(self, template: str) -> str:
        return template.format(
            person=self.random.choice(self.commentators),
            state=self.random.choice(self.states),
            city=self.random.choice(self.capitals),
            n=self.random.randint(2, 90),
        )

    def _when(self, day: dt.date, published: dt.date) -> str:
        if (published - day).days < 7 and self.random.random() < 0.6:
            return f"on {WEEKDAYS[day.weekday()]}"
        return f"on {MONTHS[day.month - 1]} {day.day}" + (
            f", {day.year}" if day.year != published.year else ""
        )


def _long_date(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def write_jsonl(articles: Iterator[dict], out) -> int:
    """Write one JSON object per line; return how many."""
    count = 0
    for article in articles:
        out.write(json.dumps(article, ensure_ascii=False) + "\n")
        count += 1
    return count
