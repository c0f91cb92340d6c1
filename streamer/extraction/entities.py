"""Entities with character offsets: gazetteer and knowledge-base hits, title/verb-marked names, coreference.

One pass of the language's Aho-Corasick automaton over the lower-cased text finds every known surface form;
one linear regex finds runs of capitalised words, which yield the names the gazetteers do not know when a
title or a verb of saying marks them. Later bare surnames and bare titles refer back to earlier people.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from rapidfuzz.fuzz import ratio

from streamer.extraction.model import Actor, Entity, Span
from streamer.extraction.resources import (DATA_DIR, LangResources, SharedResources, kb_office_holder, kb_role_at,
                                          load_data_file, subdivision)

# (?=[bvdaelof&]): the connectors' first letters, checked once before the alternatives are tried. Possessive
# quantifiers (*+, {0,11}+): what follows a word is a space or the end, never a word character, so giving back
# characters can never find another match; the regex engine keeps no backtracking state (-7% instructions).
_CAP_RUN: Final = re.compile(
    r"[A-ZÀ-ÞŠŽČĆ][\w'’.\-]*+(?:[ ](?:(?=[bvdaelof&])(?:(?:bin|binti|van d[ae][nr]?|van|von|de|der|da|dos|das|du|del|al|el|la|le|of|for|&)[ ]|(?:al|el)-))?[A-ZÀ-ÞŠŽČĆ0-9][\w'’.\-]*+){0,11}+"
)
# The connectors _CAP_RUN allows between two words of a run, each with the space (or hyphen) after it, by first
# character: at most one of them matches at an offset (they differ before their ends), so their order is no matter.
_CAP_RUN_CONNECTORS: Final[dict[str, tuple[str, ...]]] = {
    "b": ("bin ", "binti "), "v": ("van de ", "van da ", "van den ", "van der ", "van dan ", "van dar ", "van ", "von "),
    "d": ("de ", "der ", "da ", "dos ", "das ", "du ", "del "), "a": ("al ", "al-"), "e": ("el ", "el-"),
    "l": ("la ", "le "), "o": ("of ",), "f": ("for ",), "&": ("& ",)}


def _cap_word_end(text: str, j: int, n: int) -> int:
    """The end of _CAP_RUN's [\\w'’.\\-]*+ from j (\\w: isalnum() or '_', as in the regex engine)."""
    while j < n:
        o = ord(text[j])
        if o < 128:
            if not (97 <= o <= 122 or 65 <= o <= 90 or 48 <= o <= 57 or o == 95 or o == 39 or o == 46 or o == 45):
                return j
        elif o != 0x2019 and not text[j].isalnum():
            return j
        j += 1
    return j


def _cap_run_start(o: int) -> bool:
    """_CAP_RUN's first character class [A-ZÀ-ÞŠŽČĆ] by its code."""
    return 65 <= o <= 90 or 0xC0 <= o <= 0xDE or o == 0x160 or o == 0x17D or o == 0x10C or o == 0x106


# Every capital of _CAP_RUN's first class within Latin-1 ([A-ZÀ-Þ]) to NUL (a bytes.translate table): on a text with no
# NUL, the text with its capitals marked (encoded to Latin-1, translated, decoded: ~12 instructions a character in C)
# and a find of NUL there (a memchr) give the next offset where a run can open, so cap_runs does not test every
# character in compiled code (~40 instructions a character; str.translate with a dict costs ~21).
_CAP_MARK: Final[bytes] = bytes(0 if 65 <= c <= 90 or 0xC0 <= c <= 0xDE else c for c in range(256))


def cap_runs(text: str) -> list[int]:
    """The runs _CAP_RUN.findall(text) finds, as flat offsets (start, end, start, end ...): one pass of the compiled
    core over the characters (the regex engine's scan tested each character against the class in ~40 instructions,
    ~200 K an Indonesian article). A run is a capitalised word, then up to 11 more words, each a space, maybe a
    connector, and a word opening with a capital or a digit; the search goes on from a run's end, as findall's.
    Without NUL (or Š Ž Č Ć) in the text the run starts are found by a find on the text with its capitals marked."""
    out: list[int] = []
    n = len(text)
    if "\x00" not in text and (text.isascii() or "Š" not in text and "Ž" not in text and "Č" not in text
                                 and "Ć" not in text):
        # (a character beyond Latin-1 becomes one '?', so the offsets hold; Š Ž Č Ć, the class's capitals beyond it,
        # take the loop below)
        marked = text.encode("latin-1", "replace").translate(_CAP_MARK).decode("latin-1")
        i = marked.find("\x00")
        while i >= 0:
            out.append(i)
            i = _cap_run_end(text, i, n)
            out.append(i)
            i = marked.find("\x00", i)
        return out
    i = 0
    while i < n:
        o = ord(text[i])
        if not (65 <= o <= 90 or o >= 0xC0 and _cap_run_start(o)):
            i += 1
            continue
        out.append(i)
        i = _cap_run_end(text, i, n)
        out.append(i)
    return out


def _cap_run_end(text: str, s: int, n: int) -> int:
    """The end of the run of cap_runs that opens at s (a run-opening capital)."""
    i = _cap_word_end(text, s + 1, n)
    k = 0
    while k < 11 and i + 1 < n and ord(text[i]) == 32:
        q = i + 1
        conns = _CAP_RUN_CONNECTORS.get(text[q])
        if conns is not None:
            for lit in conns:
                if text.find(lit, q, q + len(lit)) == q:
                    q += len(lit)
                    break
        if q >= n:
            break
        o = ord(text[q])
        if not (48 <= o <= 57 or 65 <= o <= 90 or o >= 0xC0 and _cap_run_start(o)):
            break
        i = _cap_word_end(text, q + 1, n)
        k += 1
    return i
_TOKEN: Final = re.compile(r"[^ ]+")
_CONNECTORS: Final = frozenset({"bin", "binti", "van", "von", "de", "der", "da", "del", "al", "el", "la", "le", "dos", "das", "of",
                         "for", "&", "den", "du"})
# 'dos'/'das' (Portuguese: 'Orlando dos Santos', round 25); 'den'/'du' ('Hans van den Broek', 'Pik du Toit', round 28)
_NAME_CONNECTORS: Final = frozenset({"bin", "binti", "van", "von", "de", "der", "da", "del", "al", "el", "la", "le", "dos", "das",
                              "den", "du"})
def _before_name_particle(w: str) -> bool:
    """round 41: an Arabic/European name particle ('bin', 'ibn', 'al', 'al-Sabah', 'van', 'de'): the word before it is
    a word of a person's name."""
    return w in _NAME_CONNECTORS or w in ("ibn", "bint", "abu") or w.startswith(("al-", "el-", "Al-", "El-"))


# round 57: a lower-case name particle (maybe two: 'van der') between two capitalised words of a person's name
_PARTICLE_AFTER: Final = re.compile(r" (?:dos|das|da|de|del|van|von|bin|al|du|den|der)(?: d[ae][nrs]?)? ([A-Z][a-z]+)(?![\w'-])")
_PARTICLE_BEFORE: Final = re.compile(r"(?<![\w.&'’-])([A-Z][a-z]+) (?:dos|das|da|de|del|van|von|bin|al|du|den|der)"
                              r"(?: d[ae][nrs]?)? $")
# round 57: a company's partners' names before 'and', or its capitalised words before a lower-case 'group'/'co', then
# the legal form (group 1: the capitalised words)
_EN_FIRM_WORDS_BEFORE: Final = re.compile(r"(?:(?<=&lt;)|(?<![\w'.&;-]))((?:[A-Z][\w'.-]* ){0,3}[A-Z][\w'.-]*) (?:and|group|co) $")
_COMMA_CAP: Final = re.compile(r", [A-Z]")
_CAP_WORD_JUST_BEFORE: Final = re.compile(r"(?<![\w.'’&-])([A-Z][A-Za-z-]+)[ \n]$")  # round 41: a capitalised word, then the name
_NOT_NAME_KINDS: Final = frozenset({"unnamed", "request", "group", "anaphor", "say_pre", "say_post", "according", "visit", "nonoff", "weekday", "month", "reldate", "host", "meet"})
_POSSESSIVE: Final = re.compile(r"(?:['’]s|['’])$")
NAME_KINDS: Final = frozenset({"country", "demonym", "city", "subdivision", "region", "metonym", "person", "person_short",
                        "org"})


@dataclass(slots=True)
class Ent:
    """An entity being built for one article (plain Python for speed; turned into models at the end)."""

    key: str
    type: str  # PERSON ORG GPE LOC
    name: str
    id: str | None = None
    country: str | None = None
    role: str | None = None
    geonames_id: int | None = None
    official: bool = False
    international: bool = False  # a person heading an international body, or the body itself
    descriptor: bool = False  # "the Uruguayan foreign minister": no proper name
    group: bool = False  # "US officials"
    country_default: bool = False  # country is the language's home country, assumed for an unqualified title
    text_country: str | None = None  # a body whose name in the text carries a country ('Kemlu Jepang')
    mentions: list[tuple[int, int]] = field(default_factory=list)

    # The constructors of these classes are written out: the compiled core compiles them, whereas the one the
    # dataclass decorator generates runs in the interpreter (1.5-6 K instructions per object). Same parameters.
    def __init__(self, key: str, type: str, name: str, id: str | None = None, country: str | None = None,
                 role: str | None = None, geonames_id: int | None = None, official: bool = False,
                 international: bool = False, descriptor: bool = False, group: bool = False,
                 country_default: bool = False, text_country: str | None = None,
                 mentions: list[tuple[int, int]] | None = None) -> None:
        self.key = key
        self.type = type
        self.name = name
        self.id = id
        self.country = country
        self.role = role
        self.geonames_id = geonames_id
        self.official = official
        self.international = international
        self.descriptor = descriptor
        self.group = group
        self.country_default = country_default
        self.text_country = text_country
        self.mentions = [] if mentions is None else mentions


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    ent: Ent
    how: str  # name, short, metonym, demonym, coref, title, group

    def __init__(self, start: int, end: int, ent: Ent, how: str) -> None:
        self.start = start
        self.end = end
        self.ent = ent
        self.how = how


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    kind: str
    value: Any

    def __init__(self, start: int, end: int, kind: str, value: Any) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value


@dataclass(slots=True)
class Analysis:
    """The per-article state shared by the event stages."""

    text: str
    low: str
    lang: str
    res: LangResources
    shared: SharedResources
    when: date | None
    ents: dict[str, Ent]
    mentions: list[Mention]  # sorted by start
    starts: list[int]
    hits: list[Hit]  # lexicon hits, sorted by start
    hit_starts: list[int]

    def __init__(self, text: str, low: str, lang: str, res: LangResources, shared: SharedResources,
                 when: date | None, ents: dict[str, Ent], mentions: list[Mention], starts: list[int], hits: list[Hit],
                 hit_starts: list[int]) -> None:
        self.text = text
        self.low = low
        self.lang = lang
        self.res = res
        self.shared = shared
        self.when = when
        self.ents = ents
        self.mentions = mentions
        self.starts = starts
        self.hits = hits
        self.hit_starts = hit_starts

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = _bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def hits_in(self, start: int, end: int, kind: str | None = None) -> list[Hit]:
        if kind in self.res.word_rx:
            rx, values = self.res.word_rx[kind]
            return [Hit(m.start(), m.end(), kind, values[m.group(0)]) for m in rx.finditer(self.low, start, end)]
        i = _bisect_left(self.hit_starts, start)
        out = []
        while i < len(self.hits) and self.hits[i].start < end:
            h = self.hits[i]
            if h.end <= end and (kind is None or h.kind == kind):
                out.append(h)
            i += 1
        return out


    def word_ending_at(self, pos: int, kind: str) -> Hit | None:
        """An on-demand word of ``kind`` ending exactly at ``pos`` ('he said' -> pronoun 'he')."""
        j = pos
        while j > 0 and self.low[j - 1].isalnum():
            j -= 1
        if j == pos:
            return None
        rx, values = self.res.word_rx[kind]
        m = rx.fullmatch(self.low, j, pos)
        return Hit(j, pos, kind, values[m.group(0)]) if m else None


# One automaton match of a name: (start, end, readings in file order, readings best kind first).
NameMatch = tuple[int, int, tuple[tuple[str, Any], ...], tuple[tuple[str, Any], ...]]


def scan_names(text: str, res: LangResources) -> list[NameMatch]:
    """Every known name at word boundaries, matched case-sensitively on the text; one entry per span."""
    names: list[NameMatch] = []
    n = len(text)
    if res.names_rs is not None:
        entries = res.names_entries
        # Typed, so that the compiled core unpacks the matches and entries natively (no generic iteration).
        found: list[tuple[int, int, int]] = res.names_rs.find_matches_as_indexes(text, overlapping=True)
        for idx, start, end in found:
            entry: tuple[str, tuple[tuple[str, Any], ...], tuple[tuple[str, Any], ...]] = entries[idx]
            key = entry[0]
            if start > 0 and text[start - 1].isalnum() and key[0].isalnum():
                continue
            if end < n and text[end].isalnum() and key[-1].isalnum():
                continue
            names.append((start, end, entry[1], entry[2]))
        return names
    for end_idx, (key, payloads, ranked) in res.names_automaton.iter(text):
        start = end_idx - len(key) + 1
        end = end_idx + 1
        if start > 0 and text[start - 1].isalnum() and key[0].isalnum():
            continue
        if end < n and text[end].isalnum() and key[-1].isalnum():
            continue
        names.append((start, end, payloads, ranked))
    return names


def scan_lexicon(low: str, res: LangResources, n: int, ordered: bool = True) -> list[Hit]:
    """Every lexicon word on the lower-cased text; a hyphen counts as part of a word ('kata-kata' is not the
    verb 'kata'). Sorted by (start, -end) when ``ordered`` (the readings of one word stay in file order)."""
    hits: list[Hit] = []
    matches: list[tuple[int, int, tuple[tuple[str, Any], ...]]]
    if res.lex_rs is not None:
        entries = res.lex_entries
        # Typed, so that the compiled core unpacks the matches and entries natively (no generic iteration).
        found: list[tuple[int, int, int]] = res.lex_rs.find_matches_as_indexes(low, overlapping=True)
        # (the matches read in place: no intermediate list of (start, end, payloads) tuples)
        for idx, start, end in found:
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "-"):
                continue
            if end < n and (low[end].isalnum() or low[end] == "-"):
                continue
            entry: tuple[str, tuple[tuple[str, Any], ...]] = entries[idx]
            for kind, value in entry[1]:
                hits.append(Hit(start, end, kind, value))
        matches = []
    else:
        matches = [(end_idx - len(key) + 1, end_idx + 1, payloads)
                   for end_idx, (key, payloads) in res.automaton.iter(low)]
    for start, end, payloads in matches:
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "-"):
            continue
        if end < n and (low[end].isalnum() or low[end] == "-"):
            continue
        for kind, value in payloads:
            hits.append(Hit(start, end, kind, value))
    if ordered:
        hits.sort(key=lambda h: (h.start << 32) - h.end)  # (start, -end) as one int: no tuple per hit (ends < 2**32)
    return hits


def scan(text: str, low: str, res: LangResources) -> tuple[list[tuple[int, int, str, Any]], list[Hit]]:
    """Every automaton match at word boundaries: (name candidates, lexicon hits).

    Names are matched case-sensitively on the text, lexicon words on the lower-cased text; a hyphen counts
    as part of a word for lexicon words ('kata-kata' is not the verb 'kata').
    """
    names = [(s, e, kind, value) for s, e, payloads, _ in scan_names(text, res) for kind, value in payloads]
    return names, scan_lexicon(low, res, len(text))


# Sorting a short list that is nearly in order (the lexicon's hits with the titles appended, the name matches
# of the automaton) by a stable insertion sort in the compiled core: list.sort with a key is a generic call with a key
# call per item (~6 K an article each); a long list goes to list.sort. (tests/extraction/test_fast_paths.py)
def _sort_hits(hits: list[Hit]) -> None:
    """``hits.sort(key=lambda h: (h.start << 32) - h.end)``: by start, the longest first, stable (ends < 2**32)."""
    n = len(hits)
    if n > 64:
        hits.sort(key=lambda h: (h.start << 32) - h.end)
        return
    for i in range(1, n):
        h = hits[i]
        s, e = h.start, h.end
        j = i
        while j > 0:
            g = hits[j - 1]
            if g.start < s or g.start == s and g.end >= e:
                break
            j -= 1
        if j < i:
            k = i
            while k > j:
                hits[k] = hits[k - 1]
                k -= 1
            hits[j] = h


def _sort_names(cands: list[NameMatch]) -> None:
    """``cands.sort(key=lambda c: (c[0] << 32) - c[1])``: by start, the longest first, stable (ends < 2**32)."""
    n = len(cands)
    if n > 64:
        cands.sort(key=lambda c: (c[0] << 32) - c[1])
        return
    for i in range(1, n):
        c = cands[i]
        s, e = c[0], c[1]
        j = i
        while j > 0:
            g = cands[j - 1]
            if g[0] < s or g[0] == s and g[1] >= e:
                break
            j -= 1
        if j < i:
            k = i
            while k > j:
                cands[k] = cands[k - 1]
                k -= 1
            cands[j] = c


def _select_names(cands: list[NameMatch]) -> list[tuple[int, int, tuple[tuple[str, Any], ...]]]:
    """Longest non-overlapping name matches, with every reading of the chosen span (best kind first)."""
    _sort_names(cands)  # (start, -length); one match per span: no tie to break
    out: list[tuple[int, int, tuple[tuple[str, Any], ...]]] = []
    last_end = -1
    for s, e, _, ranked in cands:
        if s < last_end:
            continue
        out.append((s, e, ranked))
        last_end = e
    return out


def no_check() -> None:
    """The deadline check of an extraction without a deadline (compiled, so calling it from the stages is cheap)."""


class EntityBuilder:
    """Builds the entities of one article; the methods are the stages of entity finding."""

    def __init__(self, text: str, low: str, res: LangResources, shared: SharedResources, when: date | None,
                 check: Callable[[], None] = no_check):
        self.text, self.low, self.res, self.shared, self.when = text, low, res, shared, when
        # Raises ExtractionTimeout past the deadline; the loops call it every few dozen items (a pathological
        # megabyte of capitalised names must not overrun its budget by a second between two stages).
        self.check = check
        self.ents: dict[str, Ent] = {}
        self.mentions: list[Mention] = []
        self.covered: list[tuple[int, int, Mention | None]] = []
        self.surnames: dict[str, Ent] = {}
        self.article_tokens: dict[str, Ent] = {}  # name words of people the article itself introduces
        self._mention_by_end: dict[int, Mention] = {}
        self._mention_by_start: dict[int, Mention] = {}
        self._live = False  # set once the lookups exist: later mentions keep them current
        self._start_marks: set[int] = set()
        self._employee_starts: set[int] = set()  # 'Jane Roe' in 'Jane Roe of Acme Inc said': a person's name
        self._title_ends: set[int] = set()  # ends of the title hits, known before add_known (round 25)
        self._office_titles: set[int] = set()  # round 57: starts of titles inside "<title>'s Office" (a body's name)
        self._org_words: frozenset[str] | set[str] = frozenset()
        self.runs: dict[str, tuple[str, int]] = {}  # word -> (the multi-word name it first appeared in, offset)
        self._cut_words: set[str] = set()  # words cut from a titled run's start: a body's or a place's (round 32)
        self._last_defaulted = False
        self._memo = _memo_for(res)
        self._plans = self._memo[0]
        # round 31: a wire lead set all in lower case ('finance minister cesar gaviria told reuters.'): where it
        # ends (the first capital letter), else 0; its words are no evidence that a word is a common noun
        self._lower_lead_end = 0
        if res.lang == "en" and text[:1].islower():
            cap = _FIRST_CAPITAL.search(text)
            self._lower_lead_end = cap.start() if cap is not None and cap.start() >= 60 else 0

    # -- entities ---------------------------------------------------------------------------------------
    def country_ent(self, iso: str) -> Ent:
        key = f"iso:{iso}"
        ent = self.ents.get(key)
        if ent is None:
            name = self.shared.countries.get(iso, iso)
            ent = self.ents[key] = Ent(key, "GPE", name, id=key, country=iso)
        return ent

    def city_ent(self, idx: int) -> Ent:
        city = self.shared.cities[idx]
        key = f"geonames:{city.geonames_id}"
        ent = self.ents.get(key)
        if ent is None:
            ent = self.ents[key] = Ent(key, "GPE", city.name, id=key, country=city.country, geonames_id=city.geonames_id)
        return ent

    def subdivision_ent(self, code: str) -> Ent:
        key = f"iso3166-2:{code}"
        ent = self.ents.get(key)
        if ent is None:
            sub = subdivision(code)
            assert sub is not None  # codes are checked when the resources are built
            ent = self.ents[key] = Ent(key, "GPE", sub.name, id=key, country=sub.country)
        return ent

    def person_kb_ent(self, pid: str) -> Ent:
        ent = self.ents.get(pid)
        if ent is None:
            p = self.shared.persons[pid]
            role = kb_role_at(p, self.when)
            country = None
            international = False
            if role is not None:
                if role.where.startswith("kb:org:"):
                    org = self.shared.org_facts.get(role.where)
                    international = bool(org and org.international)
                    country = org.country if org else None
                else:
                    country = role.where
            if country is None and not international:
                country = next((r.where for r in p.roles if not r.where.startswith("kb:")), None)
            official = role is not None and role.role not in ("governor", "senator", "police chief", "chief executive")
            ent = self.ents[pid] = Ent(
                pid, "PERSON", p.name, id=pid, country=country, role=role.role if role else None,
                official=official, international=international,
            )
            for tok in p.name.split():
                if len(tok) > 2 and tok[0].isupper():
                    self.surnames.setdefault(tok, ent)
            for s in p.short:
                self.surnames.setdefault(s, ent)
        return ent

    def org_kb_ent(self, oid: str) -> Ent:
        ent = self.ents.get(oid)
        if ent is None:
            o = self.shared.org_facts[oid]
            ent = self.ents[oid] = Ent(oid, "ORG", o.name, id=oid, country=o.country, international=o.international,
                                       official=o.international)
        return ent

    def add_mention(self, start: int, end: int, ent: Ent, how: str) -> Mention:
        m = Mention(start, end, ent, how)
        self.mentions.append(m)
        ent.mentions.append((start, end))
        if self._live:  # names found by the name stage are seen by later names
            self._mention_by_end[end] = m
            self._mention_by_start[start] = m
            self._start_marks.add(end + 1)
            if ent.type == "ORG" and self.res.lang == "id" and (am := _ACRONYM_AFTER.match(self.text, end)) is not None:
                self._start_marks.add(am.end() + 1)  # 'Kepala Badan Pusat Statistik (BPS) X' (round 23)
        return m

    # -- stage 1: gazetteer and knowledge base ----------------------------------------------------------
    def add_known(self, names: list[NameMatch]) -> None:
        selected = _select_names(names)
        self._known_at = {s for s, _, _ in selected}
        check = self.check
        text = self.text
        units_named: set[str] = set()
        parents_named: set[str] = set()
        for i, (s, e, readings) in enumerate(selected):
            if not i & 63:
                check()
            kind, value = readings[0]
            if kind == "person":
                if self.res.lang == "id" and text[e:e + 2] in (" J", " S") and _NAME_SUFFIX_ID.match(text, e) is not None:
                    continue  # 'Donald Trump Jr': a namesake, built with the suffix as one name (round 18)
                m = self.add_mention(s, e, self.person_kb_ent(value), "name")
            elif kind == "person_short":
                if self._name_continues(e) or self._other_given_name_precedes(s, value):
                    continue  # 'Gatot S. Dewa Broto' is not Gatot Nurmantyo, 'Agus Harimurti Yudhoyono' not SBY
                m = self.add_mention(s, e, self.person_kb_ent(value), "short")
            elif kind == "org":
                if value in units_named and value not in parents_named or _longer_firm_follows(text, e):
                    # 'Cargill U.K. Ltd', 'Bayer USA Inc': a unit with a name of its own, built later; a later
                    # bare 'Bayer' is that unit's short form, unless the article named the parent itself first.
                    units_named.add(value)
                    continue
                if self.res.lang == "en" and text[s:e].split(" ", 1)[0] in self.res.org_heads \
                        and (pw := _CAP_WORD_JUST_BEFORE.search(text, max(0, s - 30), s)) is not None \
                        and not self._after_known(pw.start()) \
                        and pw.group(1) not in self.res.name_stop and pw.group(1).lower() not in self.res.stopwords \
                        and pw.group(1).lower() not in self.res.title_words:
                    # round 41: 'Royal Bank of Canada', 'Industrial Bank of Japan': a capitalised word right before a
                    # known body's name that opens with a head word makes another body's name (built later)
                    continue
                if self._given_name_before_short_alias(s, e, value):
                    continue  # round 44: 'CEO Snap Evan Spiegel': a body's one-word short name as a person's surname
                parents_named.add(value)
                # (a pattern call only where a space and a legal form's first letter follow)
                lm = _LEGAL_FORM_NEXT.match(text, e) if text[e:e + 1] == " " and text[e + 1:e + 2] in _LEGAL_FORM_HEADS \
                    else None
                if lm is not None:
                    e = lm.end()  # 'Merrill Lynch and Co' + ' Inc': the legal form belongs to the known name
                m = self.add_mention(s, e, self.org_kb_ent(value), "name")
            elif kind == "country":
                m = self.add_mention(s, e, self.country_ent(value), "name")
            elif kind == "demonym":
                m = self.add_mention(s, e, self.country_ent(value), "demonym")
            elif kind == "city":
                if len(readings) == 1 and self._name_continues(e) and (
                        self._name_precedes(s) or self._coach_title_precedes(s)
                        or self.res.lang == "id" and self._rank_precedes_id(s)
                        or self.res.lang == "id" and _SAID_BEFORE_ID.search(self.low, max(0, s - 10), s) is not None
                        or self.res.lang == "id" and (sm := _SAID_NEXT_ID.match(text, e)) is not None
                        and sm.group(1) not in _PLACE_SUFFIX):
                    # ('Bima Sakti menjelaskan': a city's name as a first name, then a verb of saying; round 13)
                    continue  # 'CEO Tiket.com George Hendrata': a first name, not the city of George
                if len(readings) == 1 and self.res.lang == "en" and self._titled_given_name_before(s):
                    continue  # 'chairman Marvin Dallas', 'chief executive Kevin Houston': a surname (round 25)
                if self.res.lang == "en" and self._in_particle_name(s, e):
                    continue  # round 57: 'Orlando dos Santos', 'Florence van Dyke': one person's name, not places
                metonym = next((v for k, v in readings if k == "metonym"), None)
                ent = self.city_ent(value)
                m = self.add_mention(s, e, ent, "metonym" if metonym else "name")
            elif kind == "metonym":
                ent = self.country_ent(value)
                m = self.add_mention(s, e, ent, "metonym")
            elif kind == "subdivision":
                m = self.add_mention(s, e, self.subdivision_ent(value), "name")
            else:  # region
                key = f"region:{value}"
                ent = self.ents.get(key) or self.ents.setdefault(key, Ent(key, "LOC", value))
                m = self.add_mention(s, e, ent, "name")
            self.covered.append((s, e, m))

    def _title_place_before_initial(self, s: int) -> bool:
        """round 44: 'Bupati Bogor H. Ahmad': the words after a territorial title are its place, and 'H.' (Haji) opens the
        holder's name; no middle initial."""
        th = self._titles_by_end.get(s - 1)
        return th is not None and self.text[th.start:th.end].lower() in _ID_TERRITORIAL_TITLES

    def _after_known(self, s: int) -> bool:
        """round 41: a known name (a place, a person, a body) the gazetteer stage added covers the word at ``s``."""
        return bool(self.covered) and self.covered[-1][1] > s

    def _name_continues(self, e: int) -> bool:
        text = self.text
        if not text.startswith(" ", e) or e + 1 >= len(text) or not text[e + 1].isupper():
            return False
        j = e + 1
        while j < len(text) and not text[j].isspace():
            j += 1
        word = text[e + 1:j].rstrip(".,")
        if len(word) == 1 and text[e + 2:e + 3] == ".":
            return True  # an initial: 'Gatot S. Dewa Broto'
        if word in self.res.name_stop or word.lower() in self.res.title_words or word.isupper():
            return False
        return e + 1 not in self._known_at

    def _other_given_name_precedes(self, s: int, pid: str) -> bool:
        """A capitalised word right before a known person's surname that is none of their names, no title and
        no function word: a relative or namesake ('Agus Harimurti Yudhoyono', 'Nancy Reagan')."""
        j = self._word_start_before(s)
        if j < 0:
            return False
        word = self.text[j:s - 1]
        if len(word) < 2 or not word[0].isupper() or not word[1:].islower() or not word.isalpha():
            return False  # 'RI', 'Dr.', 'U.S.', '(': not a given name
        low = word.lower()
        if word in self.res.name_stop or word in self.res.org_words or low in self.res.title_words \
                or low in self.res.stopwords:
            return False
        return low not in self.shared.persons[pid].name.lower().split()

    def _given_name_before_short_alias(self, s: int, e: int, oid: str) -> bool:
        """round 44: a known body's short name that is the last word of its name ('Spiegel' for 'Der Spiegel'), right
        after a plain capitalised word that is no known name, title, body word or function word ('Evan Spiegel'): a
        person's surname."""
        text = self.text
        surf = text[s:e]
        full = self.shared.org_facts[oid].name
        if not _alpha_rest_lower(surf) or surf == full or not full.endswith(" " + surf):
            return False
        j = self._word_start_before(s)
        if j < 0 or j in self._known_at:
            return False
        word = text[j:s - 1]
        if len(word) < 3 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
            return False
        low = word.lower()
        return not (word in self.res.name_stop or word in self.res.org_words or low in self.res.title_words
                    or low in self.res.stopwords or low in self.res.name_prev_block)

    def _titled_given_name_before(self, s: int) -> bool:
        """English (round 25): a city's name right after a plain capitalised word that itself follows a title
        ('chairman Marvin Dallas', 'chairman elect Denys Henderson') is that person's surname: a title is followed
        by a person's name, and a given name is not followed by a city."""
        j = self._word_start_before(s)
        if j < 2 or j in self._known_at:
            return False
        text = self.text
        word = text[j:s - 1]
        if len(word) < 3 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
            return False
        low = word.lower()
        if word in self.res.name_stop or word in self.res.org_words or low in self.res.title_words \
                or low in self.res.stopwords:
            return False
        k = j - 1
        for tail in (" elect", " designate", "-elect", "-designate"):
            if text.endswith(tail, 0, k):
                k -= len(tail)
                break
        return k in self._title_ends

    def _in_particle_name(self, s: int, e: int) -> bool:
        """Round 57 (English): a one-word city's name joined by a lower-case name particle ('dos', 'da', 'de', 'van',
        'von', 'bin', 'al') to a plain capitalised word on either side ('Orlando dos Santos') is a word of one
        person's name: a particle never joins two places, and a body's word ('Banco de', 'Bolsa de') is no given
        name."""
        text = self.text
        if " " in text[s:e]:
            return False
        res = self.res

        def plain(w: str) -> bool:
            return w not in res.org_words and w not in res.name_stop and w.lower() not in res.title_words \
                and w.lower() not in res.stopwords

        if (am := _PARTICLE_AFTER.match(text, e)) is not None and plain(text[s:e]) and plain(am.group(1)):
            return True
        bm = _PARTICLE_BEFORE.search(text, max(0, s - 30), s)
        return bm is not None and plain(bm.group(1))

    def _en_firm_words_before(self, s: int) -> int:
        """Round 57 (English): where a company's name starts whose legal form ('Co', 'Inc') at ``s`` stands alone in
        its capitalised run: one to four partners' names before 'and' ('Miller Tabak Hirsch and Co', also inside
        Reuters' '&lt;...>' markup), or capitalised words before a lower-case 'group'/'co' ('Jacobs Engineering group
        Inc'); ``s`` itself when the words are not free (a name the article built, a comma list of partners)."""
        text = self.text
        wm = _EN_FIRM_WORDS_BEFORE.search(text, max(0, s - 60), s)
        if wm is None:
            return s
        start = wm.start()
        words = wm.group(1).split()
        res = self.res
        while words and (words[0] in res.name_stop or words[0].lower() in res.stopwords
                         or words[0].lower() in res.title_words):
            start += len(words[0]) + 1
            words = words[1:]
        if not words or _CAP_COMMA.search(text, max(0, start - 40), start) is not None:
            return s
        if any(m.start < s and start < m.end for m in self.mentions):
            return s  # ('Merrill Lynch and Co': a known body's name keeps its own reading)
        return start

    def _coach_title_precedes(self, s: int) -> bool:
        """A non-official title word right before ('asisten pelatih Bima Sakti'): a first name, not a city
        (official titles name places: 'Bupati Bima')."""
        j = self._word_start_before(s)
        if j < 0:
            return False
        spec = self.res.titles.get(self.low[j:s - 1])
        return spec is not None and not spec.official

    def _rank_precedes_id(self, s: int) -> bool:
        """'Kombes Pol Guntur Aryo Tejo': a city's name right after a police or military rank is a first name
        (round 18)."""
        j = self._word_start_before(s)
        return j >= 0 and self.low[j:s - 1].rstrip(".") in RANKS_ID

    def _name_precedes(self, s: int) -> bool:
        j = self._word_start_before(s)
        if j < 0:
            return False
        word = self.text[j:s - 1]
        return bool(word) and word[0].isupper() and word not in self.res.name_stop

    def _word_start_before(self, s: int) -> int:
        """Start of the word that ends one space before ``s``, or -1 when no space precedes ``s``."""
        text = self.text
        if s < 2 or text[s - 1] != " ":
            return -1
        j = s - 1
        while j > 0 and not text[j - 1].isspace():
            j -= 1
        return j

    # -- stage 2: names marked by titles and verbs of saying ---------------------------------------------
    def find_names(self, hits: list[Hit]) -> None:
        text = self.text
        n = len(text)
        say_pre_at: dict[int, Hit] = {}
        say_post_end: set[int] = set()
        # One flag per character: 1 where a known name, a title or a non-name lexicon word lies.
        # A list, not a bytearray: the compiled core reads a list item natively, a bytearray's through the generic
        # item protocol (~250 instructions a read, some 150 reads an article); filled by index loops
        # (compiled, a native store per character), not slices of a list of ones (a generic slice assignment each).
        mask = [0] * (n + 1)
        for cs, ce, _ in self.covered:
            for ci in range(cs, ce):
                mask[ci] = 1
        soft: set[int] = set()
        noun_surnames = {text[h.start:h.end] for h in hits if h.kind == "nonoff" and h.value in _EN_SURNAME_NOUNS
                    and self.res.lang == "en" and text[h.start].isupper()
                    and _EN_GIVEN_BEFORE.search(text, max(0, h.start - 16), h.start)} if self.res.lang == "en" else set()
        for h in hits:
            k = h.kind
            if k == "anaphor" and text.startswith(" of ", h.end) and text[h.end + 4:h.end + 5].isupper() \
                    and text[text.rfind(" ", h.start, h.end) + 1].isupper():
                continue  # 'the Bank of France', 'the Ministry of Agriculture': a body's name, not 'the bank'
            if k == "title" or k in _NOT_NAME_KINDS:  # 'Traders said', 'Sumber mengatakan': not names
                if noun_surnames and k == "nonoff" and text[h.start:h.end] in noun_surnames:
                    continue  # 'analyst Brian Singer', then 'Singer said': a capitalised person-noun after a given
                    # name is that person's surname, here and wherever else the article capitalises it (round 27)
                for ci in range(h.start, h.end):
                    mask[ci] = 1
                if (k == "group" or k == "unnamed" or k == "nonoff") and _upper_at(text, h.start):
                    soft.add(h.start)  # 'Moody's Investors Service Inc': a capitalised group noun inside a name
                if k == "say_pre":
                    say_pre_at[h.start] = h
                elif k == "say_post" or k == "according":
                    say_post_end.add(h.end)
        self._mask = mask
        self._say_pre_at = say_pre_at
        self._say_post_end = say_post_end
        self._soft_starts = soft
        # Offsets where a name may start because of what precedes it: after a title, a known name, a verb of
        # saying ('kata X', 'kata, X', 'mengutip The X') or 'pihak '.
        marks = {t + 1 for t in self._titles_by_end}
        for t in self._titles_by_end:
            if _at(text, " (", t) and (am := _ACRONYM_PAREN.match(text, t)) is not None:
                marks.add(am.end() + 1)  # 'Menteri Perhubungan (Menhub) Budi Karya Sumadi'
        marks.update(m + 1 for m in self._mention_by_end)
        # Offsets of every ' (' (a one-character find of '(' is a memchr; ' (' a full fastsearch scan, and the two
        # bracket passes below scanned the text for it again): read by _paren_matches.
        parens = _paren_offsets(text)
        self._parens: list[int] = parens
        paren = len(parens) > 0
        if self.res.lang == "id" and paren:
            for km in self.mentions:  # 'Kepala Badan Pusat Statistik (BPS) X': a known body's acronym (round 23)
                if km.ent.type == "ORG" and _upper_ascii_at(text, km.end + 2) and _at(text, " (", km.end) \
                        and (am := _ACRONYM_AFTER.match(text, km.end)) is not None:  # (the pattern's head first)
                    marks.add(am.end() + 1)
        for x in say_post_end:
            marks.update((x + 1, x + 2, x + 5))
        low = self.low
        i = low.find("pihak")  # ('pihak ' scans ~40 % slower: its space is common; neither overlaps itself)
        while i >= 0:
            if _at(low, " ", i + 5):
                marks.add(i + 6)
            i = low.find("pihak", i + 5)
        # '," kata pengamat ekonomi X Y', '," ujar dr X Y': a post-posed verb of saying that closes a quotation
        # or a clause, then lower-case descriptor words or an honorific, then the speaker's name (Indonesian).
        self._desc_starts: set[int] = set()
        if self.res.lang == "id":
            for h in hits:
                if h.kind == "say_post" and text[max(0, h.start - 2):h.start] in _DESC_VERB_OPENERS:
                    x = desc_name_start(text, h.end)
                    if x >= 0:
                        marks.add(x)
                        self._desc_starts.add(x)
                if (h.kind == "say_post" and text[max(0, h.start - 2):h.start] in _DESC_VERB_OPENERS
                        or h.kind == "according" and text[h.start + 1:h.end] == "enurut") \
                        and text[h.end + 1:h.end + 2].islower():
                    # '," kata ketua klub, Budi Santoso,', 'menurut pelatih Persib, Budi Santoso,' (round 12)
                    x = desc_comma_name_start(text, h.end)
                    if x >= 0:
                        marks.add(x)
                        self._desc_starts.add(x)
            # 'Dr. X Y', 'Prof. X Y', 'drg. X Y': an academic or medical honorific marks the name after it.
            # _HONORIFIC_NAME's look-behind checked by hand: a pattern that opens with one scans 3x slower.
            dr = "dr" in low  # ('Dr' and 'dr' both lower to it: one scan when neither occurs)
            for lit, rx in _HONORIFIC_SCANS:
                if lit[0] in "Dd" and not dr or lit not in text:
                    continue  # (the pattern's literal head is absent: no scan)
                for hm in rx.finditer(text):
                    hs = hm.start()
                    if hs and (text[hs - 1].isalnum() or text[hs - 1] in "._"):
                        continue
                    marks.add(hm.end())
                    self._desc_starts.add(hm.end())
        self._start_marks = marks
        res = self.res
        self._org_words = res.org_words
        name_stop = self.res.name_stop
        group_plans = self._memo[1]
        single_plans = self._memo[2]
        start_marks = marks
        surnames = self.surnames
        check = self.check
        # The runs of _CAP_RUN.findall with their offsets, found by cap_runs in one pass over the characters (the
        # regex's scan and a str.find per run to place it were ~240 K instructions an Indonesian article).
        spans = cap_runs(text)
        for tick in range(0, len(spans), 2):
            if not tick & 31:
                check()
            rs = spans[tick]
            re_ = spans[tick + 1]
            group = text[rs:re_]
            if " " not in group:
                # One word (most runs): a known word, or an unmarked word that can only be a misspelt country.
                # _quick_unmarked inlined, its parts that depend on the word alone memoised across articles.
                sp = single_plans.get(group)
                if sp is None:
                    sp = self._single_plan(group)
                    if len(single_plans) < 200_000:
                        single_plans[group] = sp
                stop, keep, e, word = sp
                if stop or mask[rs] or mask[re_ - 1]:
                    continue
                if not keep and rs not in start_marks and word not in surnames:
                    e += re_
                    if e >= n:
                        continue
                    nxt = text[e]
                    if nxt == " ":
                        if e + 1 not in say_pre_at and not _upper_at(text, e + 1):
                            if low[e + 1:e + 3] not in _NAME_GAP_HEADS:
                                continue
                            if not _word_at_in(low, e + 1, _NAME_GAP):
                                continue
                    elif nxt != "," or not self._said_after(e):
                        continue
                self._candidate(rs, re_, 1, "")
                continue
            gp = group_plans.get(group)
            if gp is None:
                gp = _group_plan(group, res)
                if len(group_plans) < 200_000:
                    group_plans[group] = gp
            orgy, plan = gp
            if orgy:
                self._run_orgs([(rs + off, rs + off + ln) for off, ln, _, _, _ in plan], mask)
            cur: list[tuple[int, int]] = []
            prev_word = ""
            for off, ln, kind, wl, send in plan:
                ts = rs + off
                te = ts + ln
                # kind 0: a name-stop word, 1: a connector, 2: a name connector ('bin'), 3: any other word.
                if kind == 3 and cur and mask[ts] and res.lang == "id" and te == rs + len(group) \
                        and self._city_as_surname(cur, ts, te):
                    cur.append((ts, te))  # 'Peter Jackson mengatakan': a city's name as the surname (round 26)
                    self._close(cur, prev_word)
                    cur = []
                    continue
                if kind < 2 or mask[ts] or mask[te - 1] or (kind == 2 and not cur) \
                        or (kind == 2 and ln == 2 and text[ts + 1] == "." and self._title_place_before_initial(cur[0][0])):
                    if cur:
                        self._close(cur, prev_word)
                    cur = []
                    prev_word = wl
                    continue
                cur.append((ts, te))
                if send:
                    # 'Kevin Rooney. Eckhart': a full stop after a word (not an initial) ends the name.
                    self._close(cur, prev_word)
                    cur = []
                    prev_word = "."
            if cur:
                self._close(cur, prev_word)
        if paren:
            self._acronym_bodies()
            if self.res.lang == "id":
                self._id_bracketed_bodies()  # round 40
        if self.res.lang == "en" and ("news" in text or "daily" in text or "weekly" in text or "magazine" in text
                                     or "trade paper" in text or "trade journal" in text):  # (round 25)
            # (the guard: a scan of the whole text costs 30 us an article; most name no outlet by its kind)
            for om in _OUTLET_NAMED.finditer(text):
                s, e = om.span(1)
                if text[s:e] not in self.res.name_stop and not any(m.start < e and s < m.end for m in self.mentions):
                    self._org(s, e, text[s:e])  # 'the official news agency MTI said', 'the newspaper Izvestia'
        if self.res.lang == "id":
            # (two scans of the whole text for the words' common stems, then the full words only where a stem is;
            # 'sap', not 'sapa', and the words without their trailing space first: a needle ending in a common
            # letter or a space skips less, 'sapa' scans ~30 % slower than 'sap', 'inisial ' ~70 % than 'inisial')
            sapa = "sap" in text
            panggil = "panggil" in text
            if sapa and "disapa " in text or panggil and "dipanggil " in text \
                    or "dijuluki" in text and "dijuluki " in text:
                self._id_nicknames()  # round 40
            if sapa and "sapaan " in text or panggil and "panggilan " in text:
                self._id_post_nicknames()  # round 49
            if "inisial" in text and "inisial " in text:
                self._id_initials()  # round 53
        if self.res.lang == "en":
            _sort_by_start(self.mentions)
            self._person_over_body_alias()
            self._en_speaker_names()  # names round 21, English
            self._en_body_prefix()
            self._en_head_word_bodies()  # round 59
        _sort_by_start(self.mentions)
        self._relink_short()
        self._kb_names_with_middle()  # round 63
        if self.res.lang == "id":
            self._id_body_prefix()  # round 49
            self._id_body_word()  # round 62
            self._id_head_word_bodies()  # round 65

    def _kb_names_with_middle(self) -> None:
        """Round 63: 'Gubernur Jakarta Anies Rasyid Baswedan' for the knowledge base's 'Anies Baswedan': a person
        built from the text whose last word is a KB person's surname, right after that person's given name, is that
        KB person named with a middle name (the given name alone had been read as the KB short form and dropped,
        leaving 'Rasyid Baswedan' a second person beside 'Anies Baswedan')."""
        index = self.shared.kb_given_surname
        text = self.text
        for m in list(self.mentions):
            ent = m.ent
            if ent.type != "PERSON" or ent.id is not None or m.start < 2 or text[m.start - 1] != " ":
                continue
            j = text.rfind(" ", 0, m.start - 1) + 1
            given = text[j:m.start - 1]
            if not given.isalpha() or not given[0].isupper():
                continue
            pid = index.get((given, text[m.start:m.end].rsplit(" ", 1)[-1]))
            if pid is None:
                continue
            before = self._mention_at(j)
            kb = self.person_kb_ent(pid)
            if before is not None:
                if before.ent is not kb or before.end != m.start - 1:
                    continue
                self.mentions.remove(before)  # the given name read as the short form: part of this name
                kb.mentions.remove((before.start, before.end))
            for x in [x for x in self.mentions if x.ent is ent]:
                self._relink(x, kb)
            kb.mentions.remove((m.start, m.end))
            m.start, m.how = j, "name"
            kb.mentions.append((j, m.end))
        _sort_by_start(self.mentions)

    def _mention_at(self, start: int) -> Mention | None:
        for x in self.mentions:
            if x.start == start:
                return x
        return None

    def _id_body_word(self) -> None:
        """Round 62, Indonesian: 'PT Garuda Indonesia Tbk' ... 'Garuda mengatakan', 'Bank Mandiri' ... 'Mandiri
        menyebutkan': one word of the name of a body the article named before, read as an unknown one-word person
        named nowhere else, is that body (not a head or legal word: 'Bank', 'PT', 'Tbk')."""
        text = self.text
        res = self.res
        bodies: list[tuple[int, list[str], Ent]] = []
        for m in self.mentions:
            t = m.ent.type
            if t == "ORG":
                if m.how == "name" and not m.ent.group and not m.ent.international:
                    words = text[m.start:m.end].split()
                    if len(words) >= 2:
                        bodies.append((m.end, words, m.ent))
                continue
            if t != "PERSON" or not bodies or m.ent.id is not None or m.how != "name" or " " in m.ent.name:
                continue
            w = text[m.start:m.end]
            if w != m.ent.name or len(w) < 3 or w in res.org_heads or w in res.org_tails or w in res.name_stop:
                continue
            first = min(m.ent.mentions)[0]
            got = next((ent for end, words, ent in reversed(bodies) if end <= first and w in words), None)
            if got is not None and any(_said_after(text, x.end, res) for x in self.mentions if x.ent is m.ent):
                for x in self.mentions:
                    if x.ent is m.ent:
                        self._relink(x, got)

    def _id_head_word_bodies(self) -> None:
        """Round 65, Indonesian: 'Mahkamah Konstitusi' ... 'Mahkamah menyatakan', 'Aliansi Nelayan Indonesia' ...
        'Aliansi juga mendesak', 'pihak Kementerian': a body's head word standing alone (capitalised, no capitalised
        word after it) is the last body named before it (within 3,000 characters) whose name opens with that word;
        not when two different such bodies were named in that window (the choice is ambiguous)."""
        text = self.text
        heads = self.res.org_heads
        bodies: list[tuple[int, int, str, Ent]] = []  # (start, end, head word, body) of bodies named by a head word
        for m in self.mentions:
            if m.ent.type == "ORG" and m.how == "name" and not m.ent.group and not m.ent.international:
                sp = text.find(" ", m.start, m.end)
                if sp > m.start and (w := text[m.start:sp]) in heads and w not in _ID_HEAD_WORD_SKIP:
                    bodies.append((m.start, m.end, w, m.ent))
        if not bodies:
            return
        added = False
        for w in {b[2] for b in bodies}:
            at = text.find(w, bodies[0][1])
            while at >= 0:
                e = at + len(w)
                nxt = text[e:e + 2]
                if (at == 0 or not text[at - 1].isalnum()) and nxt[:1] in _ID_HEAD_WORD_AFTER \
                        and (nxt[:1] != " " or not nxt[1:].isupper() and nxt[1:] != "(") \
                        and at - 1 not in self._titles_by_end and not self._id_name_word_before(at):
                    seen = [ent for st, en, hw, ent in bodies if hw == w and en <= at and at - en <= 3000]
                    if seen and all(x is seen[-1] for x in seen) \
                            and not any(x.start < at < x.end or x.start < e < x.end for x in self.mentions):
                        old = self._mention_at(at)
                        if old is None:
                            self.add_mention(at, e, seen[-1], "coref")
                            added = True
                        elif old.end == e and old.ent.type == "ORG" and old.ent.id is None and old.ent is not seen[-1] \
                                and old.ent.name == w:
                            self._relink(old, seen[-1])  # 'pihak Kementerian': the bare word made a body of its own
                at = text.find(w, e)
        if added:
            _sort_by_start(self.mentions)

    def _id_name_word_before(self, at: int) -> bool:
        """Round 65: a capitalised word right before ``at`` that does not open its sentence ('Ketua Komisi', 'Wakil
        Ketua Komisi', 'Sekretariat Komisi': a title or another name the word belongs to)."""
        text = self.text
        if at < 2 or text[at - 1] != " " or not text[at - 2].isalpha():
            return False
        j = text.rfind(" ", 0, at - 1) + 1
        if not text[j].isupper():
            return False
        k = j - 1
        while k > 0 and text[k - 1] == " ":
            k -= 1
        return k > 0 and text[k - 1] not in '.!?"”\n'

    def _id_body_prefix(self) -> None:
        """round 49, Indonesian: 'Daewoo Shipbuilding & Marine Engineering Co Ltd' ... 'Daewoo Shipbuilding memastikan':
        two or more capitalised words that open the name of a body the article named earlier (its name ending in a
        legal form or with '&') are that body's short form, not a person read from them."""
        text = self.text
        bodies: list[tuple[int, str, Ent]] = []
        for m in self.mentions:
            t = m.ent.type  # (the type first: most mentions are neither such a body nor an unknown person)
            if t == "ORG":
                if m.how == "name":
                    surf = text[m.start:m.end]
                    if surf.count(" ") >= 2 and (" & " in surf or surf.rsplit(" ", 1)[-1] in self.res.org_tails):
                        bodies.append((m.start, surf, m.ent))
            elif t == "PERSON" and bodies and m.ent.id is None:
                surf = text[m.start:m.end]
                if " " in surf:
                    got = next((ent for st, name, ent in bodies if st < m.start and name.startswith(surf + " ")), None)
                    if got is not None:
                        self._relink(m, got)

    def _acronym_bodies(self) -> None:
        """'the Palm Oil Registration and Licensing Authority (PORLA)', 'the Economist Intelligence Unit (EIU)',
        'the United Nations Conference on Trade and Development (UNCTAD)': capitalised words (with 'and', 'of',
        'for', 'on'... between them) whose initials spell the acronym in brackets after them are one body's name
        (English; Indonesian since round 14: 'Tim Pencari Fakta Gabungan (TPFG) menyatakan', never over a person's
        name: 'Andi Rahman Fauzi (ARF)'). The name the acronym spells is never a person or a place named whole by the
        gazetteers."""
        text = self.text
        links = _ACRONYM_LINKS if self.res.lang == "en" else _ACRONYM_LINKS_ID
        for am in self._paren_matches(_ACRONYM_DEF):
            acr = am.group(1)
            p = am.start()
            # the words right before the bracket, back to the first one that is neither capitalised nor a connector
            # (what _ACRONYM_WORD.finditer over the 160 characters before it and a walk back over its words kept;
            # found by walking back over the characters: _acronym_words)
            words = _acronym_words(text, max(0, p - 160), p, links)
            start = _acronym_start(text, words, acr)
            if start < 0:
                continue
            s, e = words[start][0], p
            if self.res.lang == "en" and (pm := _POSSESSIVE.search(text, s, e)) is not None and pm.start() > s:
                e = pm.start()  # "The Australian Wheat Board's (AWB) export program": the possessive is no part
            if text[s:e] in self.res.name_stop or text[s:e].split(" ", 1)[0] in self.res.org_block:
                continue
            inside = [m for m in self.mentions if m.start < e and s < m.end]
            if any(m.start < s or m.end > e or (m.start == s and m.end == e) for m in inside):
                continue
            if self.res.lang == "id" and all(w.lower() in self.res.title_words or w in links
                                             for w in text[s:e].split()):
                continue  # 'Menteri Energi dan Sumber Daya Mineral (ESDM) X': a portfolio, part of the title
            if self.res.lang == "id" and text[s:e].split(" ", 1)[0] not in self.res.org_heads \
                    and any(m.ent.type == "PERSON" for m in inside):
                continue  # 'Andi Rahman Fauzi (ARF)': a person's initials; 'Badan Anti Narkoba (BAN)': a body
            self._drop_inside(s, e)
            known = next((m for m in self.mentions if m.start == p + 2 and m.end == am.end() - 1), None)
            if known is not None and known.ent.type == "ORG":
                self.add_mention(s, e, known.ent, "name")  # 'the Organisation for ... Development (OECD)'
                if known.ent.id is None and known.ent.name in text[s:e]:
                    known.ent.name = text[s:e]  # a built name that was only a part of this one
                continue
            short = self.surnames.get(acr)
            if short is not None and not short.mentions:
                del self.surnames[acr]  # the acronym named a part of this name ('Licensing Authority')
            self._org(s, e, text[s:e])
            if self.res.lang == "en" and (bm := self._mention_by_start.get(s)) is not None and bm.end == e \
                    and bm.ent.type == "ORG" and ((ent := self.surnames.get(acr)) is None or ent is bm.ent
                                                  or ent.type == "ORG" and ent.name == acr):
                self.surnames[acr] = bm.ent  # (an acronym read on its own before: the body's now)
                self._later_acronyms(acr, am.end(), bm.ent)

    def _paren_matches(self, rx: re.Pattern[str]) -> list[re.Match[str]]:
        """What ``matches_from(rx, self.text, " (")`` gives, for a pattern that opens with ' (' and an ASCII capital
        (``_ACRONYM_DEF``, ``_ID_BODY_BRACKET``): tried only at find_names' ``_parens`` offsets whose bracket opens
        with a capital (a pattern call is ~2 K instructions; '(12/4)', '(foto)' need none)."""
        text = self.text
        out: list[re.Match[str]] = []
        nxt = 0
        for i in self._parens:
            if i < nxt or not _upper_ascii_at(text, i + 2):
                continue
            m = rx.match(text, i)
            if m is not None:
                out.append(m)
                nxt = m.end()
        return out

    def _place_of_title(self, th: Hit, s: int, e: int) -> bool:
        """Indonesian (round 40): the words ``s:e`` after a territorial title ``th`` ('Kapolsek', 'Lurah', 'Camat',
        'Bupati') are its place, not its holder, when the holder's name is apposed with a comma: after them
        ('Kapolsek Pancoran, Kompol Aswin, menerangkan') or before the title at a sentence's start ('Suharti, Lurah
        Tanah Sereal menjelaskan': the holder is built here)."""
        text = self.text
        if text.startswith(", ", e) and (nm := _ID_HOLDER_AFTER.match(text, e + 2)) is not None \
                and nm.group(1).split(" ", 1)[0] not in self.res.name_stop:
            self._title_place(s, e)
            return True
        bm = _ID_HOLDER_BEFORE.search(text, max(0, th.start - 60), th.start)
        if bm is None or not _ID_SAY_NEXT.match(text, e):
            return False
        hs, he = bm.span(1)
        name = text[hs:he]
        if any(w in self.res.name_stop or w.lower() in self.res.stopwords for w in name.split()) \
                or any(m.start < he and hs < m.end for m in self.mentions):
            return False
        key = "person:" + name.lower()
        ent = self.ents.get(key)
        if ent is None:
            spec = self.res.titles.get(text[th.start:th.end].lower())
            ent = self.ents[key] = Ent(key, "PERSON", name, role=spec.role if spec is not None else None,
                                       official=spec.official if spec is not None else False)
        self.add_mention(hs, he, ent, "name")
        self._title_place(s, e)
        return True

    def _title_place(self, s: int, e: int) -> None:
        key = "place:" + self.text[s:e].lower()
        self.add_mention(s, e, self.ents.get(key) or self.ents.setdefault(key, Ent(key, "LOC", self.text[s:e])), "name")

    def _id_nicknames(self) -> None:
        """Indonesian (round 40): 'Wahyu Widayat Jati, biasa disapa Cacing', 'X yang akrab dipanggil Y': the
        nickname is the person named right before it, wherever the article uses it ('kata Cacing')."""
        text = self.text
        for nm in matches_near(_ID_NICKNAME, text, ("disapa ", "dipanggil ", "dijuluki "), 22):
            ms = nm.start()
            pm = self._mention_by_end.get(ms)
            if pm is None and (om := _ID_NICK_OWNER.search(text, max(0, ms - 50), ms)) is not None \
                    and (om.start() - 1 in self._titles_by_end or text[om.start() - 2:om.start()] == ", ") \
                    and not any(w in self.res.name_stop for w in om.group(0).split()) \
                    and not any(m.start < ms and om.start() < m.end for m in self.mentions):
                # 'pelatih tim itu, Bambang Aji, biasa disapa Kancil': the name apposed before it, built here
                key = "person:" + om.group(0).lower()
                pm = self.add_mention(om.start(), ms, self.ents.get(key) or self.ents.setdefault(
                    key, Ent(key, "PERSON", om.group(0))), "name")
            if pm is None or pm.ent.type != "PERSON":
                continue
            person, nick = pm.ent, nm.group(1)
            self.surnames[nick] = person
            for x in self.mentions:
                if x.ent is not person and x.ent.type == "PERSON" and x.ent.id is None \
                        and text[x.start:x.end] == nick:
                    self._relink(x, person)

    def _id_initials(self) -> None:
        """Round 53: 'pelaku berinisial DR', 'tersangka berinisial R, SA, E dan RAJ': a person the press names only by
        initials; each one, standing alone wherever the article uses it ('DR mengaku ...'), is that person (not
        'AS' the United States, not an acronym). Not after a capitalised word ('Vitamin E', 'Grup E')."""
        text = self.text
        for im in matches_near(_ID_INITIALS, text, ("inisial ",), 3):
            for tok in _INITIALS_TOKEN.findall(im.group(1)):
                if tok.lower() in self.res.stopwords:
                    continue
                key = "person:initials:" + tok
                ent = self.ents.get(key) or self.ents.setdefault(key, Ent(key, "PERSON", tok))
                for s, e in _initials_spans(text, tok):
                    if _CAP_WORD_BEFORE.search(text, max(0, s - 30), s) is not None \
                            or any(m.start < e and s < m.end and not (s <= m.start and m.end <= e) for m in self.mentions):
                        continue  # 'Vitamin E', a word of a longer name
                    self._drop_inside(s, e)
                    self.add_mention(s, e, ent, "name")

    def _id_post_nicknames(self) -> None:
        """round 49: a post-posed nickname: 'Chacha, sapaan akrab Natasha Putri', 'Inyong (sapaan akrab Nazar)' (the
        name after it), 'kata Ani, sapaan akrabnya', 'Sheva -- sapaan akrabnya --' (no name: the person named
        before it); the nickname is that person wherever the article uses it."""
        text = self.text
        _sort_by_start(self.mentions)
        starts = [m.start for m in self.mentions]
        for nm in matches_near(_ID_NICK_POST, text, ("sapaan ", "panggilan "), -1):
            nick = nm.group(1)
            if nick in self.res.name_stop or nick.lower() in self.res.stopwords:
                continue
            if nm.group(2) is not None:
                i = _bisect_left(starts, nm.end(2))
                pm = self.mentions[i] if i < len(self.mentions) and self.mentions[i].start == nm.end(2) else None
            else:
                pm = next((m for m in reversed(self.mentions[:_bisect_left(starts, nm.start(1))])
                           if m.ent.type == "PERSON" and m.end <= nm.start(1) and text[m.start:m.end] != nick), None)
            if pm is None or pm.ent.type != "PERSON":
                continue
            person = pm.ent
            self.surnames[nick] = person
            for x in self.mentions:
                if x.ent is not person and x.ent.type == "PERSON" and x.ent.id is None and text[x.start:x.end] == nick:
                    self._relink(x, person)
            ns, ne = nm.span(1)
            if not any(m.start < ne and ns < m.end for m in self.mentions):
                self.add_mention(ns, ne, person, "coref")  # the nickname right here ('Chacha, sapaan akrab X, kata')

    def _id_bracketed_bodies(self) -> None:
        """Indonesian (round 40): a body's name with its acronym in brackets goes on past the bracket. (a) Linked
        words before a bracket carry on a body's name ('Dinas Pemadam Kebakaran dan Penanggulangan Bencana (Damkar
        PB)': a mixed-case acronym spells no initials); (b) a place right after the bracket ('Kabupaten Bogor', 'Kota
        X', 'Provinsi X', a known place) names the body's regional office: 'Badan Penanggulangan Bencana Daerah
        (BPBD) Kabupaten Bogor mengatakan' is the body 'Badan Penanggulangan Bencana Daerah Kabupaten Bogor'. Not
        when a title opens the body (the name after it is the title's holder) nor when a name follows the place."""
        text = self.text
        for bm in self._paren_matches(_ID_BODY_BRACKET):
            p, b = bm.start(), bm.end()
            m = self._mention_by_end.get(p)
            s = -1
            if m is not None and m.ent.type == "ORG" and m.how == "name":
                s = m.start
            elif (lm := _ID_LINKED_TAIL.search(text, max(0, p - 80), p)) is not None \
                    and (m := self._mention_by_end.get(lm.start())) is not None and m.ent.type == "ORG" \
                    and m.how == "name" and text[m.start:m.end].split(" ", 1)[0] in self.res.org_heads \
                    and bm.group(1)[0] == text[m.start] \
                    and not any(lm.start() < x.end and x.start < p and x.ent.type not in ("GPE", "LOC")
                                for x in self.mentions):
                # (the acronym opens with the body's initial, and no name lies between: 'di Pengadilan X dan
                # Hendra Kurniawan (HKU)' are a body and a person with his initials)
                s = m.start
            if s < 0 or (s - 1 if text[s - 1:s] == " " else s) in self._titles_by_end:
                continue
            assert m is not None
            place_end = -1
            pm = _ID_PLACE_AFTER.match(text, b)
            q = pm.end() + 1 if pm is not None else b + 1  # where the place's own name starts
            if (gm := self._mention_by_start.get(q)) is not None and gm.ent.type in ("GPE", "LOC"):
                place_end = gm.end  # a known place ('Provinsi Bali', 'Jawa Tengah'), and no name after it
                if _CAP_AFTER.match(text, place_end):
                    place_end = -1
            elif pm is not None and (nm := _ID_PLACE_NAME.match(text, q - 1)) is not None:
                place_end = nm.end()  # 'Kabupaten Sukaraja': a place the gazetteers do not know
            if place_end < 0 and m.end == p:
                continue
            name = text[s:p] + (" " + text[b + 1:place_end] if place_end > 0 else "")
            e = place_end if place_end > 0 else p
            old = m.ent
            self._drop_inside(s, max(e, b))
            self._org(s, e, name)
            ent = self._mention_by_start[s].ent
            self.surnames[bm.group(1)] = ent
            for x in self.mentions:
                if x.ent is old and x.start > e:
                    self._relink(x, ent)  # a later bare acronym or short form of the body

    def _later_acronyms(self, acr: str, pos: int, ent: Ent) -> None:
        """English (round 29): the name pass read the text before the acronym's body was built from its bracket
        ('the Presidential Board on Clean Trade (PBCT)' ... 'the PBCT said'), so the later bare uses of the acronym
        are that body, where no other name covers them."""
        text = self.text
        n = len(acr)
        i = text.find(acr, pos)
        while i >= 0:
            e = i + n
            if (i == 0 or not text[i - 1].isalnum()) and (e == len(text) or not text[e].isalnum()) \
                    and not any(m.start < e and i < m.end for m in self.mentions):
                self.add_mention(i, e, ent, "coref")
            i = text.find(acr, e)

    def _run_orgs(self, toks: list[tuple[int, int]], mask: list[int]) -> None:
        """Company and body names that span known words: 'Mutual Shares Corp', 'Unicorp Canada Corp',
        'Pitt-Des Moines Inc', 'Ministry of Trade', 'Monetary Authority of Singapore'."""
        text = self.text
        res = self.res
        heads, tails, block = res.org_heads, res.org_tails, res.org_block
        for i in range(1, len(toks)):  # "Cargill U.K. Ltd's Seaforth plant": the firm ends at its possessive tail
            a, b = toks[i]
            if text[b - 1] == "s" and (pm := _POSSESSIVE.search(text, a, b)) is not None and text[a:pm.start()] in tails:
                if res.lang == "en" and len(toks) - i > 2:
                    self._run_orgs(toks[i + 1:], mask)  # "Acme Holdings PLC's Acme Information Services Inc
                    # subsidiary": the unit's own name after the parent's possessive is read too (round 45)
                toks = toks[:i] + [(a, pm.start())]
                break
        words = [text[a:b].rstrip(".,") if text[b - 1] in ".," else text[a:b] for a, b in toks]
        # The org ends at a tail word, or at the word after 'of' that follows a head word.
        last = -1
        of_head = -1
        for i, w in enumerate(words):
            if (w in tails or _capitalize_in(w, tails)) and i > 0:
                last, of_head = i, -1
            elif w in ("of", "for") and i > 0 and words[i - 1] in heads and i + 1 < len(words) \
                    and not (res.lang == "en" and words[i - 1] in _FIRM_OF_CITY
                             and (self._firm_of_city(toks[max(0, i - 2)][0], toks[i - 1][1], toks[i + 1][0])
                                  or self._firm_of_country(toks[0][0], toks[i - 1][1], toks[i + 1][0]))):
                # (round 45: 'Acme Partnership of Philadelphia' ... 'Acme Partnership said': a firm's city, not its name)
                # 'Ministry of Trade', 'Monetary Authority of Singapore': at most two more words, never a title
                # word ('Department of Agriculture Deputy Administrator William Bailey' ends at 'Agriculture').
                j = i + 1
                while j + 1 < len(words) and j < i + 3 and words[j + 1] not in block \
                        and words[j + 1] not in ("of", "for", "&") and words[j + 1][:1].isupper() \
                        and (words[j + 1].lower() not in res.title_words
                             or words[j + 1] in heads and j + 2 == len(words)
                             or res.lang == "en" and toks[j + 1][0] not in self._title_starts
                             and (j + 2 == len(words) or text[toks[j + 1][1] - 1] in ".,")) \
                        and not (mask[toks[j + 1][0]] and not self._place_at(*toks[j + 1])):
                    j += 1
                if j > last:
                    last, of_head = j, i - 1
        i0 = next((i for i, w in enumerate(words) if w in heads), -1)
        if last < 1 and 0 <= i0 < len(words) - 1 and (i0 == 0 or mask[toks[i0 - 1][0]] or words[i0 - 1] in block
                                                      or words[i0 - 1] in res.name_stop):
            # 'Kedutaan Besar Belanda', 'Kementerian Luar Negeri Rusia', 'Kemlu Jepang': a head word opens a
            # body's name that runs over capitalised words up to a place (a country or city closes it, with
            # a direction word: 'Jakarta Pusat'); a known body's generic name followed by another country is
            # that country's body.
            known = next((m for m in self.mentions if m.start == toks[i0][0] and m.ent.type == "ORG"), None)
            known_end = known.end if known is not None else -1
            last = i0
            placed = False
            while last + 1 < len(words) and toks[last + 1][1] <= known_end:
                last += 1  # 'Kementerian Dalam Negeri Kuwait': the known name's own function words (round 26)
            while last + 1 < len(words) and words[last + 1] not in block and words[last + 1][:1].isupper():
                a, b = toks[last + 1]
                is_place = self._place_at(a, b)
                if placed and not is_place and words[last + 1] not in _PLACE_SUFFIX:
                    break
                if mask[a] and b > known_end and not is_place:
                    if not (res.lang == "id" and last > i0 and _SLOGAN_VERB_ID.fullmatch(words[last])
                            and (km := next((m for m in self.mentions if m.start == a and m.ent.type == "ORG"), None))):
                        break
                    while last + 1 < len(words) and toks[last + 1][1] <= km.end:
                        last += 1  # round 44: 'Koalisi Selamatkan Komnas HAM': a slogan's verb, then the body it names
                    break
                placed = placed or is_place
                last += 1
            s, e = toks[i0][0], toks[last][1]
            if text[e - 1] in ".,":
                e -= 1
            if last == i0 or (known is not None and e <= known_end):
                return
            if res.lang == "id" and known is None and not placed and last - i0 >= 2 \
                    and (toks[i0][0] - 1) in self._titles_by_end and (ps := self._titled_body_person(s, e)) > 0:
                e = ps  # 'Ketua Dewan Pers Budi Santoso': the titled person's name closes the run (round 23)
                while text[e - 1] in " ,":
                    e -= 1
            for m in self.mentions:
                if m.start < e and s < m.end and (m.ent.type == "PERSON" or m.start < s or m.end > e):
                    return
            country = next((m.ent.country for m in self.mentions if max(s, known_end) <= m.start and m.end <= e
                            and m.ent.type == "GPE" and m.ent.geonames_id is None), None)
            if known is not None and (country is None or country == known.ent.country):
                return
            if res.lang == "id" and known is None and not placed and last == len(words) - 1 \
                    and words[i0] not in _ID_GOVERNMENT_HEADS:
                e = self._id_and_portfolio(e)  # 'Kementerian Komunikasi dan Informasi' (probe round 19)
            self._drop_inside(s, e)
            self._org(s, e, text[s:e], country)
            mask[s:e] = b"\x01" * (e - s)
            return
        if last < 1:
            return
        # Walk back from the end over capitalised words (places and portfolio words included), not over
        # function words, titles or verbs of saying.
        first = last
        firm = words[last] in _FIRM_TAILS or words[last] in _PRESS_TAILS  # 'New York Times' keeps its place
        if not firm and res.lang == "en" and words[last] in _BUSINESS_TAILS_EN and (last > 1 or words[last] == "Works"):
            firm = True  # 'Houston Oil Trust', 'Georgia Power', 'Pacific Southwest Airlines' (round 17)
        while first > 0:
            w = words[first - 1]
            if w in block and len(w) == 1 and first > 1 and text[toks[first - 1][1] - 1] == "." \
                    and words[first - 2][:1].isupper() and words[first - 2][1:].isalpha() \
                    and words[first - 2][1:].islower() and words[first - 2] not in block:
                first -= 1  # round 44: 'Dalton A. Pryce Co Inc': a middle initial, not the article 'A'
                continue
            if w in block or (w.lower() in _CONNECTORS and w not in ("of", "for", "&")):
                break
            if w == "of" and self._person_of(words, toks, first - 1, mask):
                firm = True  # 'said Jane Roe of Acme Securities Inc': the person works for the company
                break
            if w[-1:] in "'’s" and _POSSESSIVE.search(w) and _POSSESSIVE.sub("", w) in _FIRM_TAILS:
                break  # "Delta Inc's Gamma Airlines": the parent's possessive is not part of the unit's name
            a, b = toks[first - 1]
            if mask[a] and not self._place_at(a, b) and not (a in self._soft_starts and first - 1 > 0):
                break
            first -= 1
        # A leading country or demonym qualifies the body; it is not part of its name. A company's or an
        # exchange's name keeps a leading place noun ('Georgia Power Co', 'New York Stock Exchange'), not a
        # demonym ('West German Dresdner Bank AG').
        while first < last and self._place_at(*toks[first]) and not (firm and self._place_noun_at(*toks[first])):
            if res.lang == "en" and all(_generic_body_word(x, res) for x in words[first + 1:last + 1]) \
                    and not self._place_at(*toks[first + 1]):
                break  # 'American Stock Exchange', 'Hungarian National Bank': only generic words follow (round 17b)
            first += 1
        placed = first < last and firm and self._place_at(*toks[first])
        if last - first < 1 or words[first] in ("of", "for", "&") or (of_head >= 0 and first > of_head):
            return
        qualifier = None
        for m in self.mentions:  # a country written inside or right before the name
            if m.ent.type == "GPE" and m.ent.geonames_id is None and toks[max(0, first - 1)][0] <= m.start \
                    and m.end <= toks[last][1]:
                qualifier = m.ent.country
                break
        s, e = toks[first][0], toks[last][1]
        if text[e - 1] in ".,":
            if not (words[last] in tails and text[e - 1] == "." and text[s:e].rstrip(".") + "." == text[s:e]
                    and words[last] + "." in tails):
                e -= 1
        # Known people, titles or verbs of saying inside mean it is not one name.
        for m in self.mentions:
            if m.start < e and s < m.end and (m.ent.type == "PERSON" or m.start < s or m.end > e):
                return
        joined = ""
        if first == 0 and text.endswith(" and ", 0, s) and (firm or words[last] in heads or of_head >= 0):
            s0 = s
            s = self._and_joined_start(s)
            if s < s0:
                joined = text[s:s0 - 5].split()[-1]
        self._drop_inside(s, e)
        self._org(s, e, text[s:e], qualifier)
        mask[s:e] = b"\x01" * (e - s)
        if joined and text[s:s + len(joined)] != joined:
            # 'Rochester Gas and Electric Co' ... 'Rochester Gas said': the line noun after the place names it
            self.surnames.setdefault(joined, self.ents["org:" + text[s:e].lower()])
        if placed:
            # 'Irvine Sensors Corp' ... 'Irvine Sensors said': the first word after the place names it too
            j = first + 1
            while j < last and self._place_at(*toks[j]):
                j += 1
            if j < last and words[j] not in self.res.name_stop and words[j] not in self.res.org_heads:
                self.surnames.setdefault(words[j], self.ents["org:" + text[s:e].lower()])

    def _en_speaker_names(self) -> None:
        """Names round 21, English: speakers' names the earlier stages leave unbuilt or typed as places.
        (1) Initials joined by 'and' ('S and P', 'AT and T': Reuters writes '&' as 'and') are one firm's name when
        the article has it speak once; (2) two capitalised words joined by 'and' (maybe after one partner and a
        comma: 'Woodhouse, Drake and Carey') before a verb of saying are one firm's name when no word of them is a
        place, a body, a person the article names, a portfolio or a stop word, and no capitalised word or
        'of'/'for' precedes ('Both Roe and Doe said', 'Office of Industry, Trade and Labour said' stay out);
        (3) a lone all-caps word of 2-6 letters that speaks ('GE said', 'the ABA said', 'an NPPC spokesman') is a
        body: the body named in the article whose initials it spells, else a body of that name; (4) a one-word
        place that speaks is the company the article named with that first word ('Warrington Inc' ...
        'Warrington said'); (5) a company followed by a country that speaks is its national unit ('Chrysler
        Canada said')."""
        text = self.text
        res = self.res
        spans = [(m.start, m.end) for m in self.mentions]

        def free(s: int, e: int) -> bool:
            return not any(a < e and s < b for a, b in spans)

        def speaks(s: int, e: int) -> bool:
            return self._said_after(e) or self._said_before(s) or _EN_SPOKESMAN.match(text, e) is not None

        def blocked(w: str) -> bool:
            lw = w.lower()
            return w in res.name_stop or lw in res.stopwords or lw in res.title_words or lw in res.titles \
                or w in self.surnames or w in self.article_tokens or w in res.org_tails \
                or lw in self.shared.city_by_name or w in res.subdivision_words

        self._en_listed_portfolios(spans)  # round 26
        self._en_bracketed_region_firms(spans)  # round 26
        ands = [am.start() for am in matches_from(_EN_AND_CAP, text, " and ")]
        if ands:
            inits = [am for am in (_EN_AND_INITIALS.match(text, max(0, p - 2)) or _EN_AND_INITIALS.match(text, p - 1)
                                   for p in ands if p > 0) if am is not None]
            found = [(am.start(), am.end()) for am in inits
                     if not (am.start() and (text[am.start() - 1] in _EN_NAME_CHARS or _CAP_WORD_BEFORE.search(
                         text, max(0, am.start() - 30), am.start()) is not None))]  # not 'Class A and B'
            if any(speaks(s, e) for s, e in found):
                for s, e in found:
                    if free(s, e):
                        known = self._ent_spelled(text[s:e].replace(" and ", ""), len(text))
                        if known is not None:  # "Standard and Poor's Corp" ... 'S and P said'
                            self.add_mention(s, e, known, "coref")
                        else:
                            self._org(s, e, text[s:e])
                        spans.append((s, e))
            for p in ands:
                wm = _EN_CAP_WORD_END.search(text, max(0, p - 30), p)
                am = None if wm is None else _EN_AND_PARTNERS_END.match(text, wm.start())
                if am is None:
                    continue
                s, e = am.span()
                if (s and text[s - 1] in _EN_NAME_CHARS) or not self._said_after(e):
                    continue
                partners = text[s:e].split(" and ")
                pm = _EN_PARTNER_BEFORE.search(text, max(0, s - 30), s)
                if pm is not None:  # 'Woodhouse, Drake and Carey'
                    s = pm.start()
                    partners.append(pm.group(1))
                if not free(s, e) or any(blocked(w) for w in partners):
                    continue
                bm = _EN_BEFORE_PARTNERS.search(text, max(0, s - 40), s)
                if bm is not None and not (bm.group() == "of " and any(
                        m.end == bm.start() - 1 and m.ent.type == "PERSON" for m in self.mentions)):
                    continue  # (but 'analyst Jane Roe of Smith and Jones said': the person's firm, round 26)
                self._org(s, e, text[s:e])
                spans.append((s, e))
        for am in _EN_ACRONYM_ALONE.finditer(text):
            s, e = am.span()
            acr = am.group()
            if (s and text[s - 1] in _EN_NAME_CHARS) or (s > 2 and text[s - 1] == " " and text[s - 3:s - 1].isalpha() and text[s - 3:s - 1].isupper()) \
                    or not speaks(s, e) or _ROMAN.match(acr) or not free(s, e):
                continue
            if blocked(acr) and not (acr.lower() in self.shared.city_by_name and self._ent_spelled(acr, s) is not None):
                continue  # (round 59: but 'the ABA said' after 'American Bankers Association' -- Aba is also a city)
            pm = _CAP_WORD_BEFORE.search(text, max(0, s - 30), s)
            if pm is not None and pm.group(1) not in ("The", "An", "A"):
                continue  # 'First Federal Savings of Arkansas FA said': the end of a longer name
            ent = self._ent_spelled(acr, s)
            if ent is not None:
                self.add_mention(s, e, ent, "coref")
            else:
                self._org(s, e, acr)
            spans.append((s, e))
        self._en_body_names()
        for i, m in enumerate(self.mentions):
            if m.ent.type not in ("GPE", "LOC") or m.how != "name":
                continue
            surf = text[m.start:m.end]
            if m.ent.geonames_id is not None and " " not in surf:
                org = self.surnames.get(surf)
                if org is None or org.type != "ORG" or not speaks(m.start, m.end) \
                        or not any(text.startswith(surf + " ", a) for a, _ in org.mentions):
                    continue
                self._relink(m, org)
            elif m.ent.geonames_id is None and i > 0 and self.mentions[i - 1].end == m.start - 1 \
                    and self.mentions[i - 1].ent.type == "ORG" and text[m.start - 1] == " " \
                    and self._said_after(m.end):
                s, e = self.mentions[i - 1].start, m.end
                self._drop_inside(s, e)
                self._org(s, e, text[s:e])
                return  # (the mentions changed under the loop; one national unit an article is enough)

    def _en_bracketed_region_firms(self, spans: list[tuple[int, int]]) -> None:
        """Round 26, English: a company's regional unit names its region in brackets before its legal form
        ('Nikko Securities Co (Europe) Ltd', 'Sigma Mines (Quebec) Ltd'): the words before the bracket, the bracket
        and the legal form are one company's name (not a bare 'Ltd'), when no name the article built reaches
        out of it."""
        text = self.text
        if ") " not in text or not matches_from(_EN_REGION_TAIL, text, " ("):
            return  # (the bracket and the legal form first: the whole pattern tries every capitalised word)
        res = self.res
        for fm in _EN_REGION_FIRM.finditer(text):
            s, e = fm.span()
            words = text[s:fm.start(1)].split(" ")
            while words and (words[0] in res.name_stop or words[0].lower() in res.stopwords):
                s += len(words[0]) + 1
                del words[0]
            if len(words) < 2:  # at least one word of the name before ' (Region)'
                continue
            if any(m.start < e and s < m.end and (m.start < s or m.end > e) for m in self.mentions):
                continue
            self._drop_inside(s, e)
            self._org(s, e, text[s:e])
            spans.append((s, e))

    def _run_ends_before_say(self) -> list[int]:
        """Where a name run right before a verb of saying ends ('... Industry said', '..., Trust, said'), in text
        order: the offset just before the space, or before ', ' when the verb is set off by a comma."""
        text = self.text
        ends: list[int] = []
        for p in sorted(self._say_pre_at):
            e = p - 2 if text[max(0, p - 2):p] == ", " else p - 1
            if self.res.lang == "en" and e > 0 and (rm := _EN_BODY_ROLE_END.search(text, max(0, e - 14), e + 1)):
                e = rm.start()  # round 44: 'a Ministry of Trade and Industry official said': the body before its official
            if e > 0 and text[e:e + 1] in (" ", ","):
                ends.append(e)
        return ends

    def _en_listed_portfolios(self, spans: list[tuple[int, int]]) -> None:
        """Round 26, English: a body named after a list of portfolios ('the Federal Office of Industry, Trade and
        Labour said', 'the Commodity Board for Margarine, Fats and Oils said') is one body up to the verb of
        saying: the body built up to the first portfolio ('Federal Office of Industry') goes on over the comma
        list and its 'and' when each item is one or two capitalised words that name nothing the article built
        (no place, person or other body) and no place, body head or function word."""
        text = self.text
        res = self.res
        for e in self._run_ends_before_say():
            lm = _EN_PORTFOLIO_LIST.search(text, max(0, e - 120), e)
            if lm is None:
                continue
            # 'Federal Office of Industry' (built up to the first item), 'House Agriculture Subcommittee' (up to 'on')
            body = next((m for m in self.mentions if m.start < lm.start(1) and (m.end == lm.end(1) or (
                m.end == lm.start(1) - 4 and text[m.end:lm.start(1)] == " on "))), None)
            if body is None or body.ent.type != "ORG":
                continue
            head = text[body.start:lm.start(1) - 1].rsplit(" ", 2)
            if len(head) < 3 or head[-1] not in ("of", "for", "on") or head[-2] not in res.org_heads:
                continue
            s = body.start
            words = [w for w in lm.group(2).replace(",", " ").split(" ") if w and w != "and"]
            if any(w.lower() in res.stopwords or w in res.org_heads
                   or w.lower() in self.shared.city_by_name or w in res.subdivision_words for w in words):
                continue
            if any(m.start < e and lm.start(1) < m.end and (m.start < lm.start(1) or m.end > e or m.ent.type != "ORG"
                                                             or m.how != "name")
                   for m in self.mentions if m is not body):
                continue  # a name the article built in the list (a place, a person, another body) stays
            self._drop_inside(s, e)
            self._org(s, e, text[s:e])
            spans.append((s, e))

    def _en_body_names(self) -> None:
        """Names round 22, English: a body's full name right before a verb of saying that earlier stages built
        only in pieces or not at all ('the Federal Reserve Bank of New York said': 'Federal Reserve' + 'Bank of
        New York'; 'Nomura Research Institute said'; 'the Department of Trade and Industry said') is one body:
        the capitalised run (with 'of'/'for'/'and') ends with a body's head word ('Bank', 'Institute', 'Board')
        or has one followed by 'of'/'for' and capitalised words; no title ('Minister'), no person the article
        names, and no second body after an 'and' ('Bank of Japan and Ministry of Finance said') may be in it."""
        text = self.text
        res = self.res
        heads = res.org_heads
        firms = [(text[m.start:m.end].split(" ")[:-1], m) for m in self.mentions
                 if m.ent.type == "ORG" and m.how == "name" and text[m.start:m.end].rsplit(" ", 1)[-1] in _EN_LEGAL_FORMS]
        for e in self._run_ends_before_say():
            rm = _EN_BODY_RUN.search(text, max(0, e - 90), e)
            if rm is None:
                continue
            s = rm.start()
            words = rm.group().split(" ")
            if firms and self._en_short_firm(s, e, words, firms):
                continue
            for k in range(len(words) - 1, 0, -1):
                if _POSSESSIVE.search(words[k - 1]):  # "Texas Air Corp's Eastern Airlines": the unit alone
                    s += len(" ".join(words[:k])) + 1
                    words = words[k:]
                    break
            while words and (words[0] in res.name_stop or words[0].lower() in res.stopwords):
                s += len(words[0]) + 1
                del words[0]
            if len(words) < 2 or words[0] in _EN_LEGAL_FORMS or text.endswith((" of ", " for "), 0, s):
                continue  # 'X, vice-president of GM Overseas Distribution Corporation said': X speaks
            if words[-1] in heads and words[-1] not in _EN_LEGAL_FORMS:
                pass  # 'Nomura Research Institute'
            elif not any(w in heads and words[k + 1] in ("of", "for")
                         and not (w in _FIRM_OF_CITY and (self._firm_of_city(
                             s + len(" ".join(words[:max(0, k - 1)])) + (k > 1), s + len(" ".join(words[:k + 1])),
                             s + len(" ".join(words[:k + 2])) + 1) or self._firm_of_country(
                             s, s + len(" ".join(words[:k + 1])), s + len(" ".join(words[:k + 2])) + 1)))
                         for k, w in enumerate(words[:-1])):
                continue  # (round 45: not 'Acme Partnership of Philadelphia said': the firm's city)
            if any(w.lower() in res.titles for w in words) \
                    or ("and" in words and any(w in heads for w in words[words.index("and") + 1:])):
                continue
            inside = [m for m in self.mentions if m.start < e and s < m.end]
            if not inside or any(m.start < s or m.end > e or m.ent.type == "PERSON" for m in inside) \
                    or (inside[-1].start == (s if len(inside) == 1 else inside[0].end + 1) and inside[-1].end == e
                        and (len(inside) == 1 or (len(inside) == 2 and inside[0].ent.key.startswith("iso:")))):
                continue  # nothing built (left to other rules), a name reaching out, or built whole already (maybe
                # after its country: 'the U.S. Department of Transportation said' keeps its department)
            self._drop_inside(s, e)
            self._org(s, e, text[s:e])

    def _en_short_firm(self, s: int, e: int, words: list[str], firms: list[tuple[list[str], Mention]]) -> bool:
        """Names round 22, English: the words before a verb of saying that open the name of a company the article
        gave earlier with its legal form are that company ('Pantera's Corp' ... 'Pantera's said', 'Premier
        Industrial Corp' ... 'Premier said', 'First Financial Management Corp' ... 'First Financial said'); the
        longest such run wins, a stop word alone never counts, and a mention already of that company is left."""
        res = self.res
        for i in range(len(words)):
            cand = words[i:]
            if cand[0].lower() in res.stopwords or len(cand[0]) < 3 or (len(cand) == 1 and cand[0] in res.name_stop):
                s += len(cand[0]) + 1
                continue
            for name, fm in firms:
                if fm.end > s or len(cand) > len(name) or name[:len(cand)] != cand:
                    continue
                inside = [m for m in self.mentions if m.start < e and s < m.end]
                if any(m.ent is fm.ent or m.start < s or m.end > e or (len(cand) == 1 and m.ent.type in ("GPE", "LOC"))
                       for m in inside):  # ('Japan Fund Inc' ... 'Japan said': the country)
                    return True  # already that company, or a name reaching out
                self._drop_inside(s, e)
                self.add_mention(s, e, fm.ent, "coref")
                return True
            s += len(cand[0]) + 1
        return False

    def _ent_spelled(self, acr: str, before: int) -> Ent | None:
        """The body named before ``before`` whose name's initials (with one capitalised word before its mention:
        'American' + 'Bankers Association') spell ``acr``, or whose name opens with it ('NL Industries')."""
        text = self.text
        for m in self.mentions:
            if m.start >= before or m.ent.type != "ORG":
                continue
            surf = text[m.start:m.end]
            if surf.startswith(acr + " "):
                return m.ent
            words = [w for w in surf.split() if w not in _EN_LEGAL_FORMS and w not in ("and", "the", "&")]
            ini = "".join(w[0] for w in words if w[:1].isupper())
            full = "".join(w[0] for w in surf.split() if w[:1].isupper())  # 'Chinese Petroleum Corp' ... 'CPC'
            if acr in (ini, full, "".join(w[0] for w in words).upper()) or (len(words) > 2 and acr in (
                    ini[1:], "".join(w[0] for w in words[1:]).upper())):
                return m.ent  # 'Department of Transportation' ... 'the DOT'; 'U.S. Federal Aviation Agency' ... 'FAA'
            pm = _CAP_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
            if pm is not None and pm.group(1)[0] + ini == acr:
                return m.ent
        return None

    def _id_and_portfolio(self, e: int) -> int:
        """An Indonesian body's name that goes on with 'dan' and one to three portfolio words ('Kementerian
        Komunikasi dan Informasi', 'Badan Meteorologi Klimatologi dan Geofisika'): each word a known portfolio
        word or a derived noun ('Perlindungan', 'Kebudayaan', 'Informasi', 'Geofisika', 'Teknologi'), none of
        them a head word, a title or part of a mention, and no capitalised word after them (probe round 19)."""
        m = _ID_AND_PORTFOLIO.match(self.text, e)
        if m is None:
            return e
        res = self.res
        for w in m.group(1).split():
            if w in res.org_heads or w in res.name_stop or w.lower() in res.titles \
                    or not (w.lower() in res.title_words or _ID_DERIVED_NOUN.match(w)):
                return e
        e2 = m.end(1)
        if any(mm.start < e2 and e < mm.end for mm in self.mentions):
            return e
        return e2

    def _and_joined_start(self, s: int) -> int:
        """'Rochester Gas and Electric Co', 'Food and Drug Administration', 'Savings and Loan Association': a
        line-of-business noun and 'and' before the body's name belong to it, with the capitalised words (places
        too) before that noun; not a known body or person ('IBM and Apple Computer Inc')."""
        a = s - 5
        wm = _AND_JOINED.search(self.text, max(0, a - 60), a)
        # 'Baring Brothers and Co Ltd', 'Kidder Peabody and Co': the partners' names before 'and Co' (en round 13)
        if wm is None or wm.group(1) not in _LINE_NOUNS and (not self.text.startswith(("Co ", "Co.", "Co,"), s)
                                                              or _CAP_COMMA.search(self.text, max(0, wm.start() - 40), wm.start())):
            return s  # ('Grant, Lowe and Co Inc': a comma list of partners is left alone)
        start = wm.start()
        words = wm.group(0).split()
        while len(words) > 1 and (words[0] in self.res.name_stop or words[0].lower() in self.res.stopwords):
            start += len(words[0]) + 1
            words = words[1:]
        for m in self.mentions:
            if m.start < a and start < m.end and (m.ent.id is not None and m.ent.type != "GPE" or m.start < start):
                return s
        return start

    def _person_of(self, words: list[str], toks: list[tuple[int, int]], i: int, mask: list[int]) -> bool:
        """words[i] is 'of' after a person's name that opens the run or follows a title: two or three name
        words ('Jane Roe', 'Jane K. Roe'), none of them a body's word ('Bank of Boston Corp')."""
        k = i - 1
        n = 0
        res = self.res
        while k >= 0 and n < 3:
            w = words[k]
            if not (len(w) == 2 and w[0].isupper() and w[1] == ".") \
                    and (_word_flags(w, res) != 3 and not (res.lang == "en" and _MIXED_SURNAME_EN.match(w))
                         or w in res.org_heads or w in res.org_tails):
                break
            n += 1
            k -= 1
        last_w = words[i - 1]
        if n == 1 and res.lang == "en" and (p := self.surnames.get(last_w)) is not None and p.type == "PERSON":
            n = 2  # 'said Williams of Bankers Trust': the surname of a person met earlier (round 17b)
        if n < 2 or not (len(last_w) > 2 and (_word_flags(last_w, res) == 3
                                              or res.lang == "en" and _MIXED_SURNAME_EN.match(last_w))):
            return False
        j = i + 1
        while j < len(words) and self._place_at(*toks[j]):
            j += 1
        if j > i + 1 and (j == len(words) or words[j] in _FIRM_TAILS):
            return False  # 'Range Rover of North America Inc': a company named after a place
        if k < 0 or bool(mask[toks[k][0]]) and not self._place_at(*toks[k]):
            self._employee_starts.add(toks[k + 1][0])
            self._start_marks.add(toks[k + 1][0])
            return True
        return False

    def _city_as_surname(self, cur: list[tuple[int, int]], ts: int, te: int) -> bool:
        """Indonesian (round 26): one or two plain given names, then a one-word city's name closing the run right
        before a verb of saying ('Hayao Miyazaki mengatakan', 'sutradara Peter Jackson mengungkapkan'): the city is
        the person's surname; its place mention is dropped."""
        text = self.text
        res = self.res
        if len(cur) > 2 or not (self._said_after(te) or _PERSON_APPOSED_ID.match(text, te) is not None):
            return False  # round 43: 'James Kennedy, seorang guru ...': only a person is described as 'seorang'
        for a, b in cur:
            w = text[a:b]
            if _PLAIN_NAME_WORD.fullmatch(w) is None or w in res.name_stop or w.lower() in res.title_words \
                    or w in res.org_words or w in _PLACE_SUFFIX or self._place_at(a, b) \
                    or w.lower() in res.name_prev_block or w.startswith("Pers") or f" {w.lower()} " in text:
                return False  # ('Tim Bandung', 'Persela Lamongan': a team; a word the article writes in lower case)
        city = next((m for m in self.mentions if m.start == ts and m.end == te), None)
        if city is None or city.ent.type != "GPE" or city.ent.geonames_id is None or city.how != "name" \
                or _PLAIN_NAME_WORD.fullmatch(text[ts:te]) is None:
            return False
        self._drop_inside(ts, te)
        self._mask[ts:te] = b"\x00" * (te - ts)
        return True

    def _place_noun_at(self, a: int, b: int) -> bool:
        """A country, region or city named as a noun at a..b (not a demonym, not a possessive)."""
        if self.text[b - 1] in "'’s" and self.text[b - 2:b] in ("'s", "’s") or self.text[b - 1] in "'’":
            return False
        for m in self.mentions:
            if m.start <= a and b <= m.end + 1 and m.ent.type in ("GPE", "LOC"):
                return m.how != "demonym"
        return False

    def _firm_of_country(self, a: int, b: int, c: int) -> bool:
        """Round 57 (English): 'of <country>' at ``c`` after a company's legal form ('Renouf Corp of New Zealand',
        'Brierley Investments Ltd of New Zealand') is where the company is, not part of its name; not after a known
        body's name ('Ford Motor Co of Canada': its national unit), nor 'of America' ('Electronic Mail Corp of
        America' is a name)."""
        m = self._mention_by_start.get(c)
        if m is None or m.ent.type != "GPE" or not m.ent.key.startswith("iso:") or m.how != "name" \
                or m.ent.key == "iso:US" or _COMMA_CAP.match(self.text, m.end) is not None:
            return False  # (not 'X Ltd of Guernsey, Channel Islands,': the place is written out further)
        return not any(k.ent.type == "ORG" and k.ent.id is not None and a <= k.start < b for k in self.mentions)

    def _firm_of_city(self, a: int, b: int, c: int) -> bool:
        """round 45: 'of <city>' at ``c`` after a firm's closing words ``a:b`` ('Financing Partnership') is where the
        firm is, not part of its name, when the article goes on to name the firm without it and never named it so
        before ('Acme Partnership of Philadelphia said ... Acme Partnership will'); not 'its subsidiary, Acme Co of
        New York' after 'Acme Co' (another firm), nor 'Ford Motor Co of Canada' (a country)."""
        m = self._mention_by_start.get(c)
        if m is None or m.ent.type != "GPE" or m.ent.key.startswith("iso:"):
            return False
        text = self.text
        base = text[a:b]
        if text.find(base, 0, a) >= 0:
            return False
        k = text.find(base, c)
        while k >= 0 and text.startswith(" of ", k + len(base)):
            k = text.find(base, k + 1)
        return k >= 0

    def _place_at(self, a: int, b: int) -> bool:
        for m in self.mentions:
            if m.start <= a and b <= m.end + 1 and m.ent.type in ("GPE", "LOC"):
                return True
        return False

    def _drop_inside(self, s: int, e: int) -> None:
        keep = []
        for m in self.mentions:
            if s <= m.start and m.end <= e:
                try:
                    m.ent.mentions.remove((m.start, m.end))
                except ValueError:
                    pass
                if self._mention_by_end.get(m.end) is m:
                    del self._mention_by_end[m.end]
                if self._mention_by_start.get(m.start) is m:
                    del self._mention_by_start[m.start]
                continue
            keep.append(m)
        self.mentions = keep

    def _relink_short(self) -> None:
        """A bare short form of a KB person ('Gatot') or a one-word city ('George') means the person the
        article introduced with that name ('Gatot S. Dewa Broto', 'George Hendrata'), when the KB person's
        full name never appears."""
        text = self.text
        check = self.check
        for i, m in enumerate(self.mentions):
            if not i & 15:
                check()
            if m.how == "short" or (m.how == "name" and m.ent.type == "GPE" and m.ent.geonames_id is not None):
                surf = text[m.start:m.end]
                if " " in surf:
                    continue
                other = self.article_tokens.get(surf)
                if other is not None and (not other.mentions or other.mentions[0][0] > m.start):
                    other = None
                if other is None and surf in self.runs and self.runs[surf][1] < m.start and m.how == "short":
                    name = self.runs[surf][0]
                    if name != m.ent.name:
                        key = "person:" + name.lower()
                        other = self.ents.get(key) or self.ents.setdefault(key, Ent(key, "PERSON", name))
                if other is None or other is m.ent:
                    continue
                if m.how == "short" and any(x.ent is m.ent and x.how == "name" for x in self.mentions):
                    continue
                self._relink(m, other)

    def _person_over_body_alias(self) -> None:
        """English (round 25): 'the Tower Commission' ... 'board chairman John Tower' ... 'Tower told reporters': a
        bare word that is both the first word of a non-firm body named '<Word> <Head>' (a body named after its
        chairman) and the surname of a person the article named in full before it is the person."""
        text = self.text
        persons: dict[str, Ent] | None = None
        for m in self.mentions:
            if m.how != "coref" or m.ent.type != "ORG" or m.end - m.start < 3 or text.find(" ", m.start, m.end) >= 0:
                continue
            bw = m.ent.name.split()
            if len(bw) >= 2 and bw[0] == text[m.start:m.end] and (bw[1] not in _CHAIRED_BODIES or len(bw) != 2):
                # round 41: 'Dean Foods Co' ... 'President Howard Dean said' ... 'Dean also said': a bare word that
                # opens a body's name is the person whose surname it is when the article named that person in
                # full after the body's last full name and before the word (the nearer antecedent)
                last_body = max((a for a, _ in m.ent.mentions if a < m.start and text.startswith(m.ent.name, a)),
                                default=-1)
                if last_body < 0:
                    continue
                for x in self.ents.values():
                    if x.type == "PERSON" and x.name.count(" ") == 1 and x.name.split()[-1] == bw[0] \
                            and any(last_body < a < m.start and b - a == len(x.name) for a, b in x.mentions):
                        self._relink(m, x)
                        break
                continue
            if len(bw) != 2 or bw[0] != text[m.start:m.end] or bw[1] not in _CHAIRED_BODIES:
                continue
            if persons is None:
                persons = {}
                for x in self.ents.values():
                    if x.type == "PERSON" and " " in x.name and x.mentions:
                        persons.setdefault(x.name.split()[-1], x)
            p = persons.get(bw[0])
            if p is not None and min(p.mentions)[0] < m.start:
                self._relink(m, p)

    def _en_head_word_bodies(self) -> None:
        """Round 59, English: a body's capitalised head word standing alone ('the Commission said', 'The Board
        said', 'Ministry sources said'), which the name pass made a body of its own, is the last body named before it
        (within 3,000 characters) whose name ends with that word or opens with it before 'of' ('European
        Commission', 'Federal Reserve Board', 'Ministry of Finance')."""
        text = self.text
        mentions = self.mentions
        for i, m in enumerate(mentions):
            if m.ent.type != "ORG" or m.ent.id is not None or m.ent.name not in _HEAD_WORD_BODIES \
                    or text[m.start:m.end] != m.ent.name:
                continue
            word = m.ent.name
            for j in range(i - 1, -1, -1):
                o = mentions[j]
                if m.start - o.end > 3000:
                    break
                if o.ent is m.ent or o.ent.type != "ORG" or o.end > m.start or o.ent.group:
                    continue
                surf = text[o.start:o.end]
                if surf.endswith(" " + word) or surf.startswith(word + " of "):
                    if not o.ent.international:  # (the EC Commission stays 'Commission', not the Community)
                        self._relink(m, o.ent)
                    break

    def _en_body_prefix(self) -> None:
        """round 41, English: 'Royal Bank of Canada' ... 'Royal Bank said': two or more capitalised words that open,
        before its 'of', the name of a body the article named earlier are that body's short form."""
        text = self.text
        bodies: dict[str, tuple[int, Ent]] = {}
        for m in sorted(self.mentions, key=lambda x: x.start):
            if m.ent.type != "ORG":
                continue
            surf = text[m.start:m.end]
            if " of " in surf and m.how == "name":
                head = surf.split(" of ", 1)[0]
                if " " in head and head not in bodies:
                    bodies[head] = (m.start, m.ent)
                continue
            got = bodies.get(surf)
            if got is not None and got[1] is not m.ent and m.ent.id is None and got[0] < m.start:
                self._relink(m, got[1])

    @staticmethod
    def _relink(m: Mention, ent: Ent) -> None:
        """Move a mention to another entity (a coreference found after the mention was made)."""
        try:
            m.ent.mentions.remove((m.start, m.end))
        except ValueError:
            pass
        m.ent, m.how = ent, "coref"
        ent.mentions.append((m.start, m.end))

    def _close(self, cur: list[tuple[int, int]], prev_word: str) -> None:
        s, e = cur[0][0], cur[-1][1]
        text = self.text
        if len(cur) == 1:
            word = text[s:e]
            if not self._quick_unmarked(s, e, word):
                self._candidate(s, e, 1, prev_word)
            return
        # The words are the run's tokens, one space apart (what text[s:e].split() gave): the first and the last are
        # sliced, and the run's memo is keyed by its text (the words joined by spaces), so a run met before is not
        # split at all.
        w0 = text[s:cur[0][1]]
        if len(cur) <= 6:
            key = text[s:e]
            if text[e - 1] in ".,:'’":
                key = key.rstrip(".,:'’")  # (the last word's: every token opens with a letter or a digit)
            last = key[cur[-1][0] - s:]
            self._remember_key(key, None, s)
        else:
            last = text[cur[-1][0]:e]
        if not self._quick_unmarked(s, e, last, w0):
            self._candidate(s, e, len(cur), prev_word, remembered=True)

    def _candidate(self, s: int, e: int, ntok: int, prev_word: str, remembered: bool = False) -> None:
        text = self.text
        lang = self.res.lang  # (a local: res is interpreted, each read a generic attribute look-up)
        run_at = s if remembered else -1  # where the run's words were remembered (round 32)
        while e > s and text[e - 1] in ".,'’-":
            if text[e - 1] == "." and e - s >= 2 and text[e - 2].isupper() and (e - s == 2 or text[e - 3] in " ."):
                break  # an initial ("L.P.")
            if lang == "id" and text[e - 1] == "." and e - s >= 4 and text[e - 4:e] in (" Jr.", " Sr."):
                break  # 'Robert Downey Jr.': the suffix's own stop (round 18)
            e -= 1
        surf = text[s:e]
        if surf[-1] in "'’s":
            pm = _POSSESSIVE.search(surf)
            if pm:
                e -= len(pm.group(0))
                surf = text[s:e]
        if len(surf) < 2:
            return
        words = surf.split() if ntok > 1 else [surf]
        res = self.res
        if lang == "id" and ntok <= 3 and (th := self._titles_by_end.get(s - 1)) is not None \
                and text[th.start:th.end].lower() in _ID_TERRITORIAL_TITLES and self._place_of_title(th, s, e):
            return  # round 40: 'Kapolsek Pancoran, Kompol Aswin', 'Suharti, Lurah Tanah Sereal': the title's place
        if lang == "id" and (ntok == 1 or all(_degree_word(w) for w in words)) and _degree_word(words[0]) \
                and (not surf.isupper() or text[max(0, s - 2):s] == ", "):
            return  # 'dr X Y, SpKK, M.Kes mengatakan': a degree after a name, no name itself (round 18)
        while len(words) > 2 and (words[-1] in _DEGREES or lang == "id" and _degree_word(words[-1])):
            # 'Husaini Ibrahim MA', 'Muki Partono SpOT': an academic or professional degree is no part of the name
            # (Indonesian, round 18: every degree, 'X Y SH MH', 'X Y M.Si')
            words = words[:-1]
            e = s + len(" ".join(words))
            surf = text[s:e]
        ranked = False
        rank_from = -1
        if len(words) > 2 and lang == "id" and "." in surf:
            k = max((i for i, w in enumerate(words[:-2]) if _WEB_DOMAIN.search(w)), default=-1)
            if k >= 0:
                # 'sambut Founder Tokoku.com Budi Santoso': a web address names a site, never a person (round 13);
                # the title or verb before the site marks the name after it
                ranked = s - 1 in self._titles_by_end or self._said_before(s)
                s = text.index(words[k + 1], text.index(words[k], s) + len(words[k]))
                words = words[k + 1:]
                surf = text[s:e]
        if lang == "id" and len(words) > 2 and words[0] not in res.org_heads \
                and (s - 1 if text[s - 1:s] == " " else s) in self._titles_by_end \
                and (i := next((i for i in range(1, len(words) - 1) if words[i][:1].isupper()
                                and words[i].lower().rstrip(".") in RANKS_ID), 0)) \
                and words[i + 1][:1].isupper() and not any(w.lower().rstrip(".") in RANKS_ID for w in words[:i]):
            # 'Kapolsek Koja Kompol Supriyanto', 'Kapolres Kotim AKBP X Y': the place between the title and the
            # rank belongs to the title; the rank opens the name's run (round 32)
            rank_from = s
            s = _start_of_word(text, words, i, s)
            words = words[i:]
            surf = text[s:e]
        if lang == "id" and len(words) > 1 and words[0].lower() in RANKS_ID \
                and text[max(0, s - 11):s].rstrip().rsplit(" ", 1)[-1].lower() not in _RANK_PART_OF:
            # 'kata Kombes Edi', 'Irjen Pol Sudjarno': a police or military rank is a title, never part of the
            # name (so the bare form finds the full name met earlier)
            k = 1
            while k < len(words) - 1 and words[k].lower().rstrip(".") in RANKS_ID:
                k += 1
            if k < len(words) and words[k][:1].isupper() and words[k].lower() not in res.title_words:
                ranked = True
                s = _start_of_word(text, words, k, s)
                words = words[k:]
                surf = text[s:e]
        if len(words) > 1 and words[-1] in self.surnames and words[-2][-1:] in "'’s" \
                and _POSSESSIVE.search(words[-2]) and self.surnames[words[-1]].type == "PERSON":
            # "Acme Resources' Roe", "Acme's Doe": a person met earlier, named with the employer's possessive
            self.add_mention(s, e, self.surnames[words[-1]], "coref")
            return
        # Remember multi-word names for later bare first names / surnames ('Heri Akhmadi' ... 'Heri').
        if 1 < len(words) <= 6 and not remembered:
            self._remember_run(words, s)
            run_at = s
        # A bare surname or first name of someone met earlier.
        if len(words) <= 2:
            ent = self.surnames.get(surf) or (self.surnames.get(words[-1]) if len(words) == 1 else None)
            if ent is None and len(words) == 2 and lang == "id":
                ent = self.ents.get("person:" + surf.lower())  # 'Baik Siti Rahma dan Budi mengaku': met before
            if ent is not None:
                self.add_mention(s, e, ent, "coref")
                return
        suffix_trimmed = False
        if len(words) > 1 and words[0] in _PLACE_SUFFIX and (s - 1) in self._mention_by_end:
            # 'Jakarta Pusat Tato J Hidyawn': the suffix belongs to the place before.
            s = text.index(words[1], s + len(words[0]))
            surf = text[s:e]
            words = words[1:]
            suffix_trimmed = True
        if lang == "id" and words[0] in res.org_heads and len(words) > 2 \
                and (s - 1 if text[s - 1:s] == " " else s) in self._titles_by_end \
                and (ps := self._titled_body_person(s, e)) > 0:
            # 'Ketua Dewan Pers Budi Santoso', 'Direktur PT Acme Jo Tjong Seng': the body, then its titled head (round 23)
            be = ps
            while text[be - 1] in " ,":
                be -= 1
            self._org(s, be, text[s:be])
            self._candidate(ps, e, len(text[ps:e].split()), text[s:be].rsplit(None, 1)[-1])
            return
        if lang == "en" and ntok == 1 and surf in ("Office", "Bureau") and text[s - 3:s] in ("'s ", "’s ") \
                and (th := self._titles_by_end.get(s - 3)) is not None and self.res.titles[th.value].official:
            # round 57: "the U.S. Trade Representative's Office", "the Prime Minister's Office": the office holder's
            # body (with the country written before the title), not a bare 'Office' and a person
            ps = th.start
            if (cm := self._mention_by_end.get(ps - 1)) is not None and cm.ent.type == "GPE" and text[ps - 1] == " ":
                ps = cm.start
            self._office_titles.add(th.start)
            self._drop_inside(ps, e)
            self._org(ps, e, text[ps:e])
            return
        if lang == "en" and ntok == 1 and surf in _EN_LEGAL_FORMS and (ps := self._en_firm_words_before(s)) < s:
            s, surf = ps, text[ps:e]  # round 57: 'Miller Tabak Hirsch and Co', 'Jacobs Engineering group Inc'
        if (words[0] in res.org_heads and len(words) > 1) or words[-1] in res.org_tails \
                or _capitalize_in(words[-1], res.org_tails):
            self._org(s, e, surf)
            return
        if lang == "en" and len(words) == 1 and text[s - 1:s] == " " and text[s - 2:s - 1].isalpha():
            pw = text[max(0, s - 16):s - 1].rsplit(None, 1)[-1]
            if pw in res.name_stop and pw[:1].isupper() and (full_firm := self._firm_named(pw + " " + surf)):
                # 'General Mills said' after 'General Mills Inc': the company, not General Mills (round 17b)
                firm_ent = self.ents.get("org:" + full_firm.lower())
                if firm_ent is not None:
                    self.add_mention(s - len(pw) - 1, e, firm_ent, "coref")
                else:
                    self._org(s - len(pw) - 1, e, pw + " " + surf)
                return
        if lang == "id" and len(words) > 1:
            if all(w.lower() in res.title_words for w in words):
                return  # 'Staf Umum', 'Bagian Penerangan Umum': portfolio words, no name (round 18)
            if any(w[0] in "12NPTA" and _YEAR_OR_ITEM_ID.fullmatch(w) for w in words):  # (its first characters)
                return  # 'RAPBN 2018', 'Pilkada 2018', 'Nomor 53': a year or a numbered item labels a document (round 18)
        # What precedes: title (with an optional country between), and what follows: a verb of saying.
        p0 = s - 1 if s > 0 and text[s - 1] == " " else s
        if text[p0 - 1:p0] == ")" and (am := _ACRONYM_BEFORE.search(text, max(0, p0 - 14), p0)) is not None \
                and (am.start() in self._titles_by_end or self._titled_body_acronym(am.start())):
            p0 = am.start()  # 'Menteri Perhubungan (Menhub) Budi Karya Sumadi': the title's short form in brackets
        if suffix_trimmed or p0 in self._titles_by_end or p0 in self._mention_by_end:
            role, country, official, _ = self._title_before(s)
        elif rank_from >= 0:
            role, country, official, _ = self._title_before(rank_from)
        else:
            role, country, official = None, None, False
        if role is None and text[max(0, s - 6):s].lower() == "pihak " and len(words) <= 4:
            self._org(s, e, surf)  # 'pihak FIA menyatakan', 'Pihak Formula One menyatakan'
            return
        if lang == "en" and role is None and len(words) == 1 and p0 == s - 1 and surf not in res.name_stop \
                and (gm := self._mention_by_end.get(p0)) is not None and gm.ent.type == "GPE" and gm.how == "name" \
                and ((cw := _CAP_WORD_BEFORE.search(text, max(0, gm.start - 30), gm.start)) is None
                     or cw.group(1) == "The") and text[max(0, gm.start - 2):gm.start] != ", " \
                and text.count(surf) == text.count(text[gm.start:e]) and (self._said_after(e) or self._said_before(s)):
            # 'Georgia Power said': a place's name and one word it is never written without name a company, not a
            # person from there (round 25); set off by a comma ('economist, Mary Olson, said') it is a person's name
            ps = gm.start
            self._drop_inside(ps, e)
            self._org(ps, e, text[ps:e])
            return
        # A verb of saying after or before the name matters only without a title (both checks are pure).
        desc = s in self._desc_starts and (ntok > 1 or text[max(0, s - 2):s] in (". ", "r ", "g ", "f "))
        if desc and (text.startswith((" itu", " ini", " tersebut"), e) or text.startswith(", ", e)
                     and text[e + 2:e + 3].isupper() and text[e + 2:e + 14].split(" ", 1)[0].rstrip(".,") not in _DEGREES
                     and (lang != "id" or not _degree_word(text[e + 2:e + 14].split(" ", 1)[0]))):
            desc = False  # 'kata kolektor tiga gelar Grand Slam itu', 'kata pemilik Museum X, Y Z': no name here
        if lang == "id" and text[e:e + 2] in (" D", " d", " P") and _HONORIFIC_NAME.match(text, e + 1):
            return  # 'kata Arkeolog Aceh Dr X Y': the words before the honorific describe X Y
        if role is None and not desc and not ranked and not self._said_after(e) and not self._said_before(s) \
                and s not in self._employee_starts and not (2 <= len(words) <= 3 and self._appositive_at(s, e) and self._plain_name_words(words)):
            if len(words) == 1 and len(surf) >= 6:
                fuzzy = self._fuzzy_country(surf)
                if fuzzy:
                    self.add_mention(s, e, self.country_ent(fuzzy), "name")
            return
        if len(words) > 5 or not any(c.isalpha() for c in surf):
            return
        if role is None and not desc:
            # Not a person: a place after a preposition ('di Hawaii'), a descriptor ('the Texas Democrat'),
            # the rest of a name ('Herald of Free Enterprise', 'Kelautan dan Perikanan'), a possessive
            # ('akun Twitternya').
            if prev_word in res.name_prev_block:
                return
            lw = text[max(0, s - 12):s].rstrip().rsplit(" ", 1)[-1].lower()
            if lw in res.name_prev_block:
                if lw in _PLACE_NOUNS_ID and len(words) >= 3 and lang == "id":
                    # 'kepala desa Sukamaju Budi Santoso mengatakan': the place's one-word name, then the holder's
                    # name (round 13)
                    self._candidate(text.index(words[1], s + len(words[0])), e, len(words) - 1, "")
                return
            if lw in ("dan", "and", "&"):
                prev = text[:s].rstrip()[: -len(lw)].rstrip()
                prev_tok = prev.rsplit(" ", 1)[-1]
                if prev_tok[:1].isupper() and len(prev) not in self._mention_by_end:
                    return
        if len(words) == 1:
            if lang == "id" and surf.endswith("nya") and len(surf) > 5:
                return
            if lang == "id" and len(surf) <= 4 and text.startswith(" - ", e) and text[e + 3:e + 4].isupper():
                return  # 'Kepala Sub - Direktorat II', 'Co - Founder': half of a hyphenated word (round 18)
            if e + 1 in self._title_starts:
                return  # 'kata Senior Manajer Humas ...': a word of the title
            if surf.lower() in res.title_words:
                return  # 'Menteri Kelautan dan Perikanan': a portfolio, not a name
            if role is None and (s == 0 or text[s - 1] == "\n" or text[max(0, s - 2):s] in (". ", '" ', "” ")) \
                    and text.find(" " + surf.lower() + " ", self._lower_lead_end) >= 0:  # (the scan last)
                return  # 'Militer juga mengatakan': a common noun that starts a sentence (not from a lower-case lead)
            if surf.isupper() and any(c.isalpha() for c in surf):
                # An acronym is a body ('PGI menyatakan'), unless it is two letters or part of a place name
                # ('AC Milan', 'DKI Jakarta').
                nxt = self._next_mention_at(e + 1)
                if len(surf) <= 2 or (nxt is not None and nxt.ent.type in ("GPE", "LOC")):
                    return
                self._org(s, e, surf)
                return
            nxt = self._next_mention_at(e + 1)
            if nxt is not None and nxt.ent.type == "PERSON":
                # 'Menlu Australi Julie Bishop': a word between a title and a known name qualifies it.
                fuzzy = self._fuzzy_country(surf) if len(surf) >= 6 else None
                if fuzzy:
                    self.add_mention(s, e, self.country_ent(fuzzy), "name")
                return
            if lang == "id" and role is not None and nxt is not None and nxt.ent.type == "GPE" \
                    and text.startswith(" ", nxt.end) and text[nxt.end + 1:nxt.end + 2].isupper():
                return  # 'kata Managing Director TokoPay Indonesia Budi Santoso': the body, not the holder (round 13)
        elif (role is not None or desc) and len(words) >= 3:
            # 'Menteri Pendidikan Fred Matiangi', 'Sekjen PGI Gomar Gultom': portfolio words and acronyms
            # between the title and the name are not the name.
            k = 0
            # 'Rha Woong Bae', 'Pak Sung Chol': three short syllables are one surname-first name, whose
            # surname is later used on its own.
            syllables = len(words) == 3 and all(2 <= len(w) <= 5 and w[0].isupper() and w[1:].islower()
                                                for w in words)
            # 'CEO Nusa Group X Y', 'Direktur Setara Institute X Y': a body's closing word ends the title (round 18)
            floor = max((i + 1 for i, w in enumerate(words[:-2]) if w in res.org_tails), default=0) \
                if lang == "id" else 0
            k = floor
            while len(words) - k > 2 and ((words[k].isupper() and (len(words[k].rstrip(".")) > 1 or lang != "id"))
                                          or words[k].lower() in res.title_words
                                          or (" " + words[k].lower() + " ") in text
                                          or (not syllables
                                              and text.count(words[k]) > text.count(words[k] + " " + words[k + 1])
                                              and not (lang == "en" and _before_name_particle(words[k + 1])))):
                k += 1  # an acronym, a portfolio or rank word, a common word, or a name used on its own
                # (English, round 41: not a word a name particle follows, 'Minister Ahmed bin Khalifa al-Thani' ...
                # 'Ahmed said': the given name before 'bin'/'al-' opens the name)
            if k > floor and lang == "id" and self._given_name_cut(words, k, s):
                k -= 1  # 'Gubernur Djarot Saiful Hidayat' ... 'kata Djarot': the given name stays (round 17)
            elif lang == "id" and not syllables and (j := self._company_before_given(words, k, s, e)) > k:
                k = j  # 'Direktur Acme Jaya Budi Santoso' ... 'kata Budi': the company's words are not the name (round 27)
            if k:
                s = text.index(words[k], s)
                surf = text[s:e]
                words = words[k:]
        if lang == "en" and role is None and not desc and len(words) >= 2 \
                and (full_firm := self._firm_named(surf)) and full_firm != surf:
            # 'K Mart Corp' ... 'K Mart said': the company the article named before with its legal form, not a
            # person (round 25)
            firm_ent = self.ents.get("org:" + full_firm.lower())
            if firm_ent is not None and firm_ent.mentions and min(firm_ent.mentions)[0] < s:
                self.add_mention(s, e, firm_ent, "coref")
                return
        if lang == "id" and s > run_at >= 0:
            self._forget_untrimmed(run_at, words, s)
        if len(words) == 1 and surf in self._cut_words:
            # 'CMO Jakmall Tommy Lim' ... 'layanan Jakmall', 'anggota Jakmall': the word between a title and its
            # holder's name names a body or a place, not a person (round 32); alone with no title, the body
            if role is None:
                self._org(s, e, surf)
            return
        full = None
        if len(words) == 1 and surf in self.runs and self.runs[surf][1] < s:
            full = self.runs[surf][0]
        name = full or surf
        key = "person:" + name.lower()
        ent = self.ents.get(key)
        if ent is None and lang == "id" and not full and len(words) >= 2:
            ent = self._titled_with_prefix(name)
        if ent is None:
            ent = self.ents[key] = Ent(key, "PERSON", name, role=role, country=country, official=official,
                                       country_default=role is not None and self._last_defaulted)
        else:
            ent.role = ent.role or role
            ent.country = ent.country or country
            ent.official = ent.official or official
        # (round 32: a rank cut keeps the mention from the place on, as the statement stage reads titles up to it)
        self.add_mention(rank_from if rank_from >= 0 and not full else s, e, ent, "coref" if full else "name")
        for w in name.split():
            if len(w) > 2 and w not in res.name_stop and not w.isupper():
                self.surnames.setdefault(w, ent)
                self.article_tokens.setdefault(w, ent)
        if lang == "id" and name.count(" ") == 2 and _FAMILY_NAME_2.fullmatch(name) is not None:
            self.surnames.setdefault(name[:2], ent)  # round 40: 'Ja Song Nam' ... 'Ja menulis' (family name first)

    def _titled_with_prefix(self, name: str) -> Ent | None:
        """Indonesian (round 32): the person met earlier as '<one or two words> <name>' right after a title or a
        body ('Bupati Halmahera Timur Rudi Erawan', 'KBRI Denhaag Azis Nurwahyudi'), now written with the full
        name alone: the words before were the place's or the body's; the person is renamed to the name."""
        tail = " " + name
        text = self.text
        for ent in self.ents.values():
            if ent.type != "PERSON" or not ent.name.endswith(tail) or ent.id is not None or not ent.mentions \
                    or ent.name.count(" ") - name.count(" ") > 2:
                continue
            s0, e0 = min(ent.mentions)
            if text[s0:e0] != ent.name:
                continue
            p0 = s0 - 1 if text[s0 - 1:s0] == " " else s0
            if ent.role is not None or p0 in self._titles_by_end or (
                    (m := self._mention_by_end.get(p0)) is not None and m.ent.type in ("ORG", "GPE")):
                ent.name = name
                return ent
        return None

    def _forget_untrimmed(self, run_at: int, words: list[str], s: int) -> None:
        """Indonesian (round 32): the run remembered at ``run_at`` lost its first words to the title ('CMO Jakmall
        Tommy Lim', 'Bupati Blora Abu Nafi', 'Kapolsek Koja Kompol Supriyanto'): the name is the trimmed one, so
        a later bare 'Tommy' or 'Jakmall' must not find the untrimmed run; the trimmed words are remembered."""
        runs = self.runs
        for w in [w for w, (_, at) in runs.items() if at == run_at]:
            del runs[w]
        if s - run_at < 40 and " " not in self.text[run_at:s].strip():
            self._cut_words.add(self.text[run_at:s].strip())
        if 1 < len(words) <= 6:
            self._remember_run(words, s)

    def _firm_named(self, name: str) -> str:
        """English (round 17b): the company '<name> Inc' / '<name> Corp' the article names somewhere ('' if none)."""
        text = self.text
        i = text.find(name + " ")
        while i >= 0:
            if (fm := _LEGAL_FORM_NEXT.match(text, i + len(name))) is not None:
                return text[i:fm.end()].rstrip(".")
            i = text.find(name + " ", i + 1)
        return ""

    def _titled_body_person(self, s: int, e: int) -> int:
        """Indonesian (round 23): after a title, a run opened by a body's head word ('Ketua Dewan Pers Budi Santoso',
        'Kepala Dinas Tata Air Teguh X', 'Direktur PT Acme Jo Tjong Seng') may end in the titled person's name.
        Returns where the name starts, else -1. The name is the longest run of one to three plain capitalised words
        (initials inside) at the end, leaving the body two words or more and not ending it at a head word, that no lexicon word or known name covers,
        with no portfolio, place-suffix or derived-noun word and nothing the article writes in lower case; the
        article must use its first or last word on its own elsewhere (a person's short name: 'kata Budi'), not
        after a capitalised word (but 'Menurut Budi') or a place/medium word ('di Ancol') and not next to the rest of the name. A run
        followed by an acronym in brackets or by a comma and a name is a body's whole name ('Yayasan X Y, Z')."""
        text, res, mask = self.text, self.res, self._mask
        if _BODY_NAME_AFTER.match(text, e):
            return -1
        spans = [(s + m.start(), s + m.end()) for m in _RUN_WORD.finditer(text[s:e])]
        n = len(spans)

        def namelike(i: int) -> bool:
            a, b = spans[i]
            w = text[a:b]
            if i < n - 1 and _INITIAL.fullmatch(w):
                return True
            return _PLAIN_NAME_WORD.fullmatch(w) is not None and not any(mask[a:b]) and w not in res.org_heads \
                and w not in res.org_tails and w not in res.name_stop and w.lower() not in res.title_words \
                and w not in _PLACE_SUFFIX and _ID_DERIVED_NOUN.fullmatch(w) is None \
                and (" " + w.lower() + " ") not in text

        def alone(i: int, k: int) -> bool:
            a, b = spans[i]
            w = text[a:b]
            if len(w) < 3:
                return False
            nxt = text[spans[i + 1][0]:spans[i + 1][1]] if i + 1 < n else ""
            prv = text[spans[i - 1][0]:spans[i - 1][1]] if i > k else ""
            # Every occurrence of the word on its own, within 4000 characters (no whole-text scan).
            lw = len(w)
            for ms in _standalone_at(text, w, max(0, s - 4000), min(len(text), e + 4000)):
                if not s <= ms < e:
                    pm = _PREV_WORD.search(text, max(0, ms - 40), ms)
                    pw = pm.group(1) if pm is not None else ""
                    if not (pw[:1].isupper() and pw.lower() not in res.stopwords or pw.lower() in res.name_prev_block
                            or (prv and pw == prv) or (nxt and text.startswith(" " + nxt, ms + lw))):
                        return True
            return False

        k = n
        while k > 2 and n - k < 3 and namelike(k - 1):
            k -= 1
        if k == n:
            return -1
        # the longest such name whose first word is used alone, else the last two words when the last one is
        j = next((j for j in range(k, n) if alone(j, j)), -1)
        if j < 0 and alone(n - 1, k):
            j = max(k, n - 2)
        while j > k and _INITIAL.fullmatch(text[spans[j - 1][0]:spans[j - 1][1]]):
            j -= 1  # 'AKP M Faruq': an initial opens the name
        if j < 0 or text[spans[j - 1][0]:spans[j - 1][1]] in res.org_heads:
            return -1
        return spans[j][0]

    def _company_before_given(self, words: list[str], k: int, s: int, e: int) -> int:
        """Indonesian (round 27): in a titled run ('Direktur Operasional Acme Jaya Budi Santoso'), the words before
        the person's short name are the company's, not the person's, when the article uses that word on its own
        ('kata Budi', 'Menurut Budi,', 'Budi mengklaim': not after a capitalised word, not before one, not next to
        the rest of the name), at least one word follows it, and each word before it is written elsewhere in the
        article ('PT Acme Jaya Tbk') but never so used on its own. Returns where the name starts, else -1."""
        text, res = self.text, self.res
        n = len(words)

        def alone(w: str, nxt: str) -> bool:
            lw = len(w)
            for ms in _standalone_at(text, w, max(0, s - 4000), min(len(text), e + 4000)):  # no whole-text scan
                if s <= ms < e:
                    continue
                pm = _PREV_WORD.search(text, max(0, ms - 40), ms)
                pw = pm.group(1) if pm is not None else ""
                if pw[:1].isupper() and pw.lower() not in res.stopwords or pw.lower() in res.name_prev_block \
                        or text.startswith(" " + nxt, ms + lw) or _CAP_AFTER.match(text, ms + lw):
                    continue
                return True
            return False

        for j in range(k + 1, n - 1):
            w0, w1 = words[j - 1], words[j]
            if _PLAIN_NAME_WORD.fullmatch(w0) is None or text.count(w0) < 2 or alone(w0, w1):
                return -1
            if _PLAIN_NAME_WORD.fullmatch(w1) is not None and len(w1) >= 3 and w1 not in res.name_stop \
                    and w1.lower() not in res.title_words and (" " + w1.lower() + " ") not in text \
                    and alone(w1, words[j + 1]):
                return j
        return -1

    def _given_name_cut(self, words: list[str], k: int, s: int) -> bool:
        """Indonesian (round 17): the last word cut from a titled name only because it is also used on its own
        is the person's given name, not a body, when it is a plain capitalised word and either an initial follows
        it ('Miryam S Haryani', 'Gatot S Dewa Broto') or the article names it here first and never uses the
        surname alone ('Komisioner KPU Pramono Ubaid Tanthowi' ... 'kata Pramono'; but 'pelatih Liverpool
        Juergen Klopp' ... 'Klopp')."""
        w = words[k - 1]
        text = self.text
        res = self.res
        if not (len(w) > 2 and w[0].isupper() and w[1:].isalpha() and w[1:].islower()) \
                or w.lower() in res.title_words or (" " + w.lower() + " ") in text \
                or (k >= 2 and (words[k - 2] in res.org_heads or words[k - 2].rstrip(".").upper() in ("PT", "PERUM", "CV"))):
            return False  # 'Perum Perumnas X Y': a company form names the company after it
        nxt = words[k]
        if len(nxt.rstrip(".")) == 1 and nxt[0].isupper():
            return True
        if k == 1 and s - 1 in self._titles_by_end and not self._speaks_alone(w, s, len(" ".join(words))):
            return False  # 'CEO Wudstay X Y', 'Bupati Ngada X Y': right after the title, the body or the place
        return text.find(w) >= s and text.count(words[-1]) <= text.count(" ".join(words[k:]))

    def _speaks_alone(self, w: str, s: int, n: int) -> bool:
        """Indonesian (round 31): the article uses ``w`` on its own as a speaker, right after a verb of saying
        ('kata Penny', 'ujar Budi,') or right before one ('Penny menambahkan'), away from the run text[s:s+n]:
        a person's short name, never a body's or a place's (within 4000 characters: no whole-text scan)."""
        text = self.text
        lw = len(w)
        for ms in _standalone_at(text, w, max(0, s - 4000), min(len(text), s + n + 4000)):
            if s <= ms < s + n:
                continue
            if self._said_before(ms) or (not _upper_at(text, ms + lw + 1) and self._said_after(ms + lw)):
                return True
        return False

    def _single_plan(self, group: str) -> SinglePlan:
        """For a one-word run: (a name-stop word, a name whatever its context, end of the word relative to the
        run's end, the word), what find_names and _quick_unmarked decide from the word alone."""
        word = group.rstrip(".,:") if group[-1] in ".,:" else group
        if word in self.res.name_stop:
            return True, False, 0, word
        cut = 0
        w = word
        if group[-1] in ".,:":
            cut = -1
            if w[-1:] in ".,:":
                w = w[:-1]
        e = len(group) + cut
        keep = not w or w[-1] in "'’" or group[max(0, e - 2):e] in ("'s", "’s") or w in self.res.org_words
        if not keep and len(w) >= 6 and w.isalpha():
            fz = self.res.fuzzy_cache.get(w, _MISSING)
            if fz is _MISSING:
                fz = self._fuzzy_country(w)
            keep = bool(fz)
        return False, keep, cut, w

    def _quick_unmarked(self, s: int, e: int, word: str, first: str | None = None) -> bool:
        """True when a run has nothing that could make it a name (no title before, no verb of saying around,
        not a known surname, not a body, not 'pihak X'); one long word may still be a misspelt country.
        ``word`` is the (last) word, ``first`` the first word of a longer run."""
        if s in self._start_marks:
            return False
        text = self.text
        if text[e - 1] in ".,:" and not (text[e - 1] == "." and e - s >= 4 and text[e - 4:e] in (" Jr.", " Sr.")
                                         and self.res.lang == "id"):  # (a slice, not endswith with a tuple: generic)
            e -= 1
            if word[-1:] in ".,:":
                word = word[:-1]
        if not word or word[-1] in "'’" or (text[e - 1] == "s" and text[e - 2:e] in ("'s", "’s")):
            return False
        surnames = self.surnames
        org_words = self._org_words
        if word in surnames or word in org_words:
            return False
        if first is not None and (first in org_words or first in _PLACE_SUFFIX or text[s:e] in surnames):
            return False
        if e < len(text):
            nxt = text[e]
            if nxt == " ":
                if e + 1 in self._say_pre_at or _upper_at(text, e + 1):
                    return False
                if first is not None and (_at(text, " di ", e) or _at(text, " kepada ", e)) \
                        and self.res.lang == "id" and first.lower() not in self.res.title_words \
                        and (lm := _WHERE_WHEN_AFTER.match(text, e)) is not None and lm.end() in self._say_pre_at:
                    return False  # 'X Y di Serang, Kamis mengatakan': where and when the name spoke, then the verb (round 26)
                low = self.low
                if low[e + 1:e + 3] in _NAME_GAP_HEADS:  # else the next word is no gap word: skip the regex
                    if _word_at_in(low, e + 1, _NAME_GAP):
                        return False
            elif nxt == ",":
                if self._said_after(e) or (first is not None and self._appositive_at(s, e)):
                    return False
        if first is None and len(word) >= 6 and word.isalpha():
            fz = self.res.fuzzy_cache.get(word, _MISSING)
            if fz is _MISSING:
                fz = self._fuzzy_country(word)
            if fz:
                return False
        return True

    def _remember_run(self, words: list[str], s: int) -> None:
        self._remember_key(" ".join(words), words, s)

    def _remember_key(self, key: str, words: list[str] | None, s: int) -> None:
        # What a run of words can teach (which word stands for which name) depends on the words alone: it is
        # worked out once per distinct run (names repeat a lot) and only the article's own state is applied here.
        # Keyed by the words joined by spaces (no word holds whitespace); ``words`` None: key.split(" ") on a miss.
        plan = self._plans.get(key)
        if plan is None:
            plan = _run_plan(words if words is not None else key.split(" "), self.res)
            if len(self._plans) < 200_000:
                self._plans[key] = plan
        if not plan:
            return
        runs = self.runs
        initial = None
        for w, name, surname in plan:
            if w in runs:
                continue
            if surname:
                if initial is None:
                    text = self.text
                    initial = s == 0 or text[s - 1] == "\n" or text[max(0, s - 2):s] in (". ", "? ", "! ", '" ', "- ")
                if initial:
                    continue
            runs[w] = (name, s)  # a surname: 'Francisco Gros' ... 'Gros'

    def _appositive_at(self, s: int, e: int) -> bool:
        """A run that opens a clause and is followed by ', <role>' ('Luigi Lucchini, president of ...',
        'Wong Kum Choon, head of the Malaysian delegation'): a full name set off by its role."""
        text = self.text
        if not _at(text, ", ", e):
            return False
        if e + 2 not in self._title_starts:
            if not _word_at_in(self.low, e + 2, _APPOSITIVE_ROLE) and (self.res.lang != "en" or (
                    a := _ADVISER_TO.match(self.low, e + 2)) is None or not text[a.end():a.end() + 1].isupper()):
                return False  # round 29: 'Franz-Josef Feiter, agricultural adviser to West German ...'
        if s >= 2 and text[s - 2:s] == ", " and self.res.lang == "en":
            # '..., Juan Perez, president of the exporters' association, told Reuters.': the appositive closes
            # on a verb of saying
            t = self._titles_by_start.get(e + 2)
            if t is not None and (t.end + 1 if text.startswith(" ", t.end) else t.end + 2 if text.startswith(
                    ", ", t.end) else -1) in self._say_pre_at:
                return True  # '..., Wu Kang, Minister of Agriculture, Animal Husbandry and Fisheries said' (round 27)
            c = text.find(", ", e + 2, e + 120)
            return c > 0 and c + 2 in self._say_pre_at
        return s == 0 or text[s - 1] == "\n" or text[max(0, s - 2):s] in _CLAUSE_OPENERS

    def _plain_name_words(self, words: list[str]) -> bool:
        """Every word looks like a personal name's word: capitalised, lower-case after, not a body's word, a
        title or portfolio word, a known place or a stop word."""
        res = self.res
        for w in words:
            if not (w[:1].isupper() and len(w) >= 2 and w[1:].replace("-", "").isalpha() and w[1:].islower()) \
                    and not (0 < w.count("-") < 3 and all(p[:1].isupper() and len(p) >= 2 and p[1:].isalpha()
                                                          and p[1:].islower() for p in w.split("-"))):
                return False  # round 29: 'Hans-Peter', 'Franz-Josef' (capitalised parts joined by hyphens)
            if w in res.org_words or w in res.name_stop or w.lower() in res.title_words:
                return False
        return True

    def _said_before(self, s: int) -> bool:
        text = self.text
        before = text[max(0, s - 2):s]
        say_post = self._say_post_end
        return (s - 1 in say_post and before.endswith(" ")) or (s - 2 in say_post and before == ", ") \
            or (text[max(0, s - 4):s] in ("The ", "the ") and s - 5 in say_post)

    def _said_after(self, e: int) -> bool:
        """A verb of saying follows the name, maybe after a comma and subject gap words, or after a short
        lower-case phrase set off by a comma ('Younger, sebagai sutradara mengatakan')."""
        # (no memo by offset: 98 % of the calls were misses, and the boxed-key get and set cost ~600 instructions each)
        return self._said_after_at(e)

    def _after_comma_run(self, e: int) -> bool:
        """The capitalised words ending at ``e`` follow a comma ('Jane Roe, Hakim Distrik'): an apposition (round 26)."""
        text = self.text
        j = e
        for _ in range(8):
            sp = text.rfind(" ", max(0, j - 40), j)
            if sp < 0:
                return False
            w = text[sp + 1:j]
            if w.endswith(","):
                return True
            if not w or not (w[0].isupper() or w[0] == "("):
                return False
            j = sp
        return False

    def _said_after_at(self, e: int) -> bool:
        text = self.text
        j = e
        c = text[e:e + 1]
        if c == " ":
            if e + 1 in self._say_pre_at:
                return True
            if (_at(text, " di ", e) or _at(text, " kepada ", e)) and self.res.lang == "id" \
                    and (lm := _WHERE_WHEN_AFTER.match(text, e)) is not None and lm.end() in self._say_pre_at \
                    and not self._after_comma_run(e):
                return True  # 'X di Serang, Kamis mengatakan': where and when the name spoke, then the verb (round 26)
            if _alpha_at(self.low, e + 1):
                if self.low[e + 1:e + 3] not in _NAME_GAP_HEADS:
                    return False  # the word after is no gap word (every gap word has 3+ letters)
                if not _word_at_in(self.low, e + 1, _NAME_GAP):
                    return False  # (the character at e + 1 is a letter: the pattern matched there)
        elif c != ",":
            return False
        comma = _at(text, ", ", j)
        free = 4 if comma else 0
        n = len(text)
        for _ in range(6):
            if _at(text, ", ", j):
                j += 2
            elif j < n and text[j] == " ":
                j += 1
            if j in self._say_pre_at:
                return True
            # The letters from j: what _WORD_AT ([^\W\d_]+) matches, cut at its first non-letter (a numeric letter
            # such as '²' is in the regex class, not isalpha): the run of isalpha characters either way.
            k = j
            while k < n and _alpha_at(text, k):
                k += 1
            if k == j:
                return False
            w = self.low[j:k]
            if w in _THEN and self.low.startswith(" itu", k):
                j = k + 4  # 'X, saat itu mengatakan', 'X ketika itu menegaskan': 'then' (round 13)
                continue
            if w in _DEMONSTRATIVES:
                return False  # 'Putusan tersebut menyatakan': a common noun
            if w not in _NAME_GAP:
                if free and char_lower(text[j]) and (free < 4 or w in _APPOSITION_LEAD):
                    free -= 1
                else:
                    return False
            j = k
        return False

    def _next_mention_at(self, pos: int) -> Mention | None:
        return self._mention_by_start.get(pos)

    def _org(self, s: int, e: int, surf: str, text_country: str | None = None) -> None:
        if (surf in self.res.org_tails or self.res.lang == "en" and " " in surf
                and all(w in _FIRM_TAILS for w in surf.split(" "))) and s > 0 and self.text[s - 1] == " " \
                and (pm := self._mention_by_end.get(s - 1)) is not None and pm.ent.type == "ORG" and pm.how != "coref":
            # 'manajemen Telkom Group menyampaikan': a body's closing word after a body's name closes that name (the
            # whole is the body: a group or a unit of its own), not a body of its own (round 25)
            ps = pm.start
            self._drop_inside(ps, e)
            self._org(ps, e, self.text[ps:e], text_country)
            return
        key = "org:" + surf.lower()
        ent = self.ents.get(key)
        if ent is None and self.res.lang == "en" and surf in self.res.org_heads and surf not in _EN_LEGAL_FORMS \
                and (self.text.endswith(("The ", "the "), 0, s)
                     or self.text.endswith(("a ", "an ", "A ", "An "), 0, s) and _GROUP_AFTER_HEAD.match(self.text, e)) \
                and len(self.ents) <= 400:
            # (round 45: also 'an Institute spokesman said' after 'the Rubber Research Institute (RRI)')
            # 'Taiwan Textile Federation' ... 'The Federation asked': the one body named earlier with that closing
            # word (round 25; the bound keeps a pathological text of many names linear)
            named = list({id(x): x for x in self.ents.values() if x.type == "ORG" and x.name.endswith(" " + surf)
                          and x.mentions and min(x.mentions)[0] < s}.values())
            if len(named) == 1:
                self.add_mention(s, e, named[0], "coref")
                return
        if ent is None:
            ent = self.ents[key] = Ent(key, "ORG", surf, country=text_country, text_country=text_country)
            first = surf.split()[0]
            if first not in self.res.org_heads and len(first) > 2:
                self.surnames.setdefault(first, ent)
                lead = first.split("-")[0]
                if lead != first and len(lead) > 2 and lead[:1].isupper():
                    self.surnames.setdefault(lead, ent)  # "Chesebrough-Pond's Inc" ... 'Chesebrough said'
        self.add_mention(s, e, ent, "name")
        acr = _ACRONYM_AFTER.match(self.text, e)
        if acr is not None:  # 'Formula One (F1)', 'Badan Survei Geologi Amerika Serikat (USGS)': a later 'F1' is it
            self.surnames.setdefault(acr.group(1), ent)

    def _titled_body_acronym(self, p: int) -> bool:
        """Indonesian (round 23): the bracketed acronym at ``p`` closes a body's name that a title opens ('Kepala
        Badan Pusat Statistik (BPS) X', 'Ketua Komisi Pemilihan Umum (KPU) X'): the name after it is the title's
        holder, before a verb of saying or after one ('kata Kepala BNPB (BNPB) X')."""
        if self.res.lang != "id":
            return False
        m = self._mention_by_end.get(p)
        if m is None or m.ent.type != "ORG":
            return False
        q = m.start - 1 if m.start > 0 and self.text[m.start - 1] == " " else m.start
        return q in self._titles_by_end

    def _title_before(self, s: int) -> tuple[str | None, str | None, bool, int]:
        """Walk back from a name over 'Title [Country]' / '[Country] Title'; return (role, country, official, start)."""
        text = self.text
        pos = s
        role = country = None
        official = intl = False
        tstart = s
        titles_by_end = self._titles_by_end
        for _ in range(4):
            while pos > 0 and text[pos - 1] == " ":
                pos -= 1
            if text[pos - 1:pos] == ")" and (am := _ACRONYM_BEFORE.search(text, max(0, pos - 14), pos)) is not None \
                    and (am.start() in titles_by_end or role is None and self._titled_body_acronym(am.start())):
                pos = am.start()  # the title's own short form; a body's ('Sekjen PBB (UN) X') is left to the body
                # (Indonesian: unless a title opens the body: 'Kepala Badan Pusat Statistik (BPS) X', round 23)
            t = titles_by_end.get(pos)
            if t is not None and role is None:
                spec = self.res.title_facts[t.value]
                role, official = spec.role, spec.official
                country = country or spec.country
                pos = tstart = t.start
                continue
            m = self._mention_by_end.get(pos)
            if m is not None and m.ent.type in ("GPE", "ORG") and (m.how in ("name", "demonym", "metonym") or m.ent.type == "ORG"):
                if country is None:
                    country = m.ent.country if m.ent.type == "GPE" else (m.ent.country or None)
                intl = intl or (m.ent.type == "ORG" and m.ent.international)
                if role is not None and official and m.ent.type == "ORG" \
                        and text[m.start:m.end].rstrip(".").rsplit(" ", 1)[-1] in _COMPANY_SUFFIX:
                    official = False  # round 29: 'Toyota Motor Corp president X' heads a company
                pos = m.start
                continue
            j = pos
            while j > 0 and _alpha_at(text, j - 1):
                j -= 1
            if j < pos and _upper_at(text, j) and text[j:pos] in _PLACE_SUFFIX and (j - 1) in self._mention_by_end:
                pos = j  # 'Jakarta Pusat'
                continue
            break
        if role in ("director", "head", "chief") and not official \
                and (gm := _GOV_BODY_HEAD.search(text, max(0, s - 90), s)) is not None \
                and _GOV_BODY_OWNER.search(text, max(0, gm.start() - 30), gm.start()) is None:
            official = True  # round 28: 'Board of Foreign Trade director X' (not 'Chicago Board of Trade')
        elif role == "leader" and country is not None and tstart < s and (dm := self._mention_by_end.get(tstart - 1)) \
                is not None and dm.how == "demonym" and dm.ent.type == "GPE":
            official = True  # round 28: 'Chinese leader X' (a country's leader; not 'union leader', 'rebel leader')
        # 'Sekjen PBB X': the head of an international body has no home country by default
        if role is not None and country is None and official and not intl:
            country = self.res.home_country
            self._last_defaulted = True
        else:
            self._last_defaulted = False
        return role, country, official, tstart

    def _fuzzy_country(self, surf: str) -> str | None:
        if " " in surf or len(surf) < 6:
            return None
        cache = self.res.fuzzy_cache
        if surf in cache:
            return cache[surf]
        best, best_score = None, 0.0
        for name, iso in self.res.fuzzy_index.get(surf[:3].lower(), ()):
            score = ratio(surf, name)
            if score > best_score:
                best, best_score = iso, score
        out = best if best_score >= 88 else None
        if len(cache) < 50000:
            cache[surf] = out
        return out

    def prepare_lookups(self, hits: list[Hit], titles: bool = True) -> None:
        """The offset lookups of titles and mentions; ``titles=False`` rebuilds only the mentions' (the hits
        have not changed since the first call)."""
        if titles:
            self._titles_by_end: dict[int, Hit] = {}
            for h in hits:
                if h.kind == "title":
                    prev = self._titles_by_end.get(h.end)
                    if prev is None or h.start < prev.start:
                        self._titles_by_end[h.end] = h
        self._mention_by_end = {m.end: m for m in self.mentions}
        self._mention_by_start = {m.start: m for m in self.mentions}
        self._live = True
        if titles:
            self._title_starts = {h.start for h in hits if h.kind == "title"}
            self._titles_by_start: dict[int, Hit] = {h.start: h for h in hits if h.kind == "title"}

    # -- stage 3: descriptors, groups and role attachment to known people ---------------------------------
    def attach_titles(self) -> None:
        """Give KB people and found people the role and country their title in this article states."""
        check = self.check
        for i, m in enumerate(self.mentions):
            if not i & 63:
                check()
            if m.ent.type != "PERSON" or m.how not in ("name",):
                continue
            role, country, official, _ = self._title_before(m.start)
            if role is not None and m.ent.id is not None:
                if m.ent.role is None:
                    m.ent.role = role
                if country and m.ent.country is None:
                    m.ent.country = country
                m.ent.official = m.ent.official or official
            elif role is None and m.ent.role is None and self.text.startswith(", ", m.end):
                self._title_after(m)

    def _title_after(self, m: Mention) -> None:
        """'Jon Doe, assistant U.S. trade representative and ...': an official title of a named state in apposition
        right after a name with no role of its own gives its role and country (rank words may open it)."""
        pos = m.end + 2
        adviser = _ADVISER_TO.match(self.low, pos)  # round 29: 'X, agricultural adviser to West German
        if adviser is not None:                      # Chancellor Y': an adviser to a state's official is an official
            pos = adviser.end()
        for _ in range(3):
            w = _WORD_AT.match(self.low, pos)
            if w is None or w.group(0) not in _APPOSITION_RANKS:
                break
            pos = w.end() + 1
        country = None
        g = self._mention_by_start.get(pos)
        if g is not None and g.ent.type == "GPE" and g.how in ("name", "demonym"):
            country, pos = g.ent.country, g.end + 1
            if self.text.startswith("'s ", g.end):
                pos += 3
        t = self._titles_by_start.get(pos)
        if t is None or country is None:  # 'X, president of NAWG': only a title of a named state is an office
            return
        spec = self.res.titles[t.value]
        if not spec.official or not spec.role:
            return
        m.ent.role = "adviser" if adviser is not None else spec.role
        m.ent.official = True
        if m.ent.country is None:
            m.ent.country = country

    def bare_titles(self, hits: list[Hit]) -> None:
        """Official titles with no name: '<demonym> foreign minister' descriptors, or coref to a titled person."""
        text = self.text
        by_start = {m.start for m in self.mentions}
        check = self.check
        for i, h in enumerate(hits):
            if not i & 7:
                check()  # each title looks over every mention: quadratic on a pathological text
            if h.kind != "title":
                continue
            spec = self.res.title_facts[h.value]
            if not spec.official or h.start in self._office_titles:
                continue  # (round 57: "the Trade Representative's Office" names a body)
            # A title directly followed by a name (possibly after a country) is not bare.
            if self._titled_person_follows(h.end):
                continue
            _, country, _, _ = self._title_before(h.start)
            after = self._next_mention(h.end, 2)
            if country is None and after is not None and after.ent.type == "GPE" and after.how == "name":
                country = after.ent.country
            # Coref to the last person who holds that role, when no new country is given.
            roles = _ROLE_FAMILY.get(spec.role or "", (spec.role,))  # 'Kepala Negara' is the president named before
            if h.start not in by_start:
                # the last such person (searched from the end: only the last one is used)
                ms = self.mentions
                k = len(ms) - 1
                while k >= 0:
                    m = ms[k]
                    if m.end <= h.start and m.ent.type == "PERSON" and m.ent.role in roles \
                            and (country is None or m.ent.country == country):
                        break
                    k -= 1
                if k >= 0:
                    self.add_mention(h.start, h.end, ms[k].ent, "title")
                    continue
            if country and spec.role and (pid := self._office_holder(h, spec.role, country)) is not None:
                self.add_mention(h.start, h.end, self.person_kb_ent(pid), "title")
                continue
            if country and spec.role:
                name = f"{country} {spec.role}"
                key = f"desc:{country}:{spec.role}"
                ent = self.ents.get(key) or self.ents.setdefault(
                    key, Ent(key, "PERSON", name, country=country, role=spec.role, official=True, descriptor=True))
                start = h.start
                self.add_mention(start, h.end, ent, "title")
        _sort_by_start(self.mentions)
        del text

    def _office_holder(self, h: Hit, role: str, country: str) -> str | None:
        """round 55: a bare title of a single-holder office names the knowledge base's holder on the article's date
        ('Menlu AS tiba' in May 2017 -> Rex Tillerson); not a former, future, acting or deputy holder."""
        if self.when is None or _NOT_SITTING_BEFORE.search(self.low, max(0, h.start - 40), h.start) is not None \
                or _NOT_SITTING_AFTER.match(self.low, h.end) is not None \
                or _APPOSED_NAME_AFTER.match(self.text, h.end) is not None:
            return None  # 'Staf Ahli Menteri Perhubungan, Dedi Kurniawan': the title is another's, or its holder is named
        p = h.start
        while p > 0 and self.text[p - 1] == " ":
            p -= 1
        if p in self._titles_by_end:
            return None  # a title inside a longer one ('Sekretaris Jenderal Kementerian Luar Negeri AS')
        return kb_office_holder(self.shared, role, country, self.when)

    def _titled_person_follows(self, pos: int) -> bool:
        i = _bisect_left([m.start for m in self.mentions], pos)
        while i < len(self.mentions) and self.mentions[i].start - pos <= 40:
            m = self.mentions[i]
            if not _only_places_between(self, pos, m.start):
                return False
            if m.ent.type == "PERSON":
                return True
            pos = m.end
            i += 1
        return False

    def _next_mention(self, pos: int, window: int) -> Mention | None:
        starts = [m.start for m in self.mentions]
        i = _bisect_left(starts, pos)
        if i < len(self.mentions) and self.mentions[i].start - pos <= window:
            return self.mentions[i]
        return None


# round 55: words that make a bare title someone other than the office's holder of the day
_NOT_SITTING_BEFORE: Final = re.compile(
    r"\b(?:mantan|bekas|eks|former|ex|then|late|almarhum|mendiang|calon|outgoing|incoming|future|next|new|baru|wakil|deputy"
    r"|staf ahli|staf khusus|ajudan|juru bicara|jubir|sekretaris|penasihat|utusan|aide to|adviser to|advisor to|spokesman for"
    r"|vice|acting|plt|pelaksana tugas|para|sejumlah|beberapa|all|several|two|three|dua|tiga"
    # a predicate or an apposition: the office of someone named nearby ('who is also Nigerian Oil Minister')
    r"|is|was|also|as|named|appointed|became|become|adalah|ialah|merupakan|menjabat|sebagai|selaku|juga|menjadi"
    r"|diangkat|dilantik|jabatan)[- ](?:[\w.']+ ){0,3}$")
_APPOSED_NAME_AFTER: Final = re.compile(r"(?: [A-Z][\w.]*){0,2}, [A-Z][a-z]")
# ... and after it ('Ketua MPR RI tersebut': the one named before)
_NOT_SITTING_AFTER: Final = re.compile(
    r"s\b|(?: [\w.]+){0,2}?(?:-| )(?:elect|terpilih|baru|sebelumnya|terdahulu|saat itu|kala itu|ketika itu|waktu itu"
    r"|pertama|ke-?\d|at the time|who preceded|before him|before her|tersebut|itu|ini)\b")


# Generic titles that refer back to the holder of a specific office: 'Kepala Negara' / 'head of state' after 'Presiden
# Joko Widodo', 'kepala pemerintahan' after a prime minister.
_ROLE_FAMILY: Final[dict[str, tuple[str | None, ...]]] = {
    "head of state": ("head of state", "president", "king", "queen", "emir", "sultan"),
    "head of government": ("head of government", "prime minister", "premier", "president"),
}


# Per-surface decisions that depend on the language's word lists alone, memoised across articles (names
# repeat a lot): run words -> ((word, the name it stands for, only-if-not-sentence-initial), ...), and a
# capitalised run -> (may hold a body's name, ((offset, length, kind, lower-case word, ends a sentence), ...)).
RunPlan = tuple[tuple[str, str, bool], ...]
GroupPlan = tuple[bool, tuple[tuple[int, int, int, str, bool], ...]]
SinglePlan = tuple[bool, bool, int, str]
_Memo = tuple[dict[str, RunPlan], dict[str, GroupPlan], dict[str, SinglePlan]]
_MEMOS: Final[dict[tuple[Any, ...], tuple[Any, _Memo]]] = {}


def _memo_for(res: LangResources) -> _Memo:
    """The memo of the word lists ``res`` holds (the fuzzy index by identity: the entry keeps it alive)."""
    key = (res.name_stop, res.title_words, res.org_run_words, res.org_tails, res.org_words, id(res.fuzzy_index))
    entry = _MEMOS.get(key)
    if entry is None or entry[0] is not res.fuzzy_index:
        if len(_MEMOS) > 16:
            _MEMOS.clear()
        entry = _MEMOS[key] = (res.fuzzy_index, ({}, {}, {}))
    return entry[1]


def _group_plan(group: str, res: LangResources) -> GroupPlan:
    """The words of a capitalised run of several words, as EntityBuilder.find_names reads them."""
    parts = group.split(" ")
    org_run_words = res.org_run_words  # (a loop of set tests: compiled, isdisjoint was a generic method call)
    orgy = any(p in org_run_words for p in parts) or (group[-1] in ".," and parts[-1][:-1] in res.org_tails) \
        or ("'s" in group or "’s" in group) and any(_POSSESSIVE.sub("", p) in res.org_tails for p in parts[1:])
    out: list[tuple[int, int, int, str, bool]] = []
    off = 0
    name_stop = res.name_stop  # (locals: res is interpreted, each read a generic attribute look-up)
    lang = res.lang
    for i, part in enumerate(parts):
        word = part.rstrip(".,") if part[-1] in ".," else part
        wl = word.lower()
        stop = word in name_stop
        if stop and not (lang == "id" and wl in res.months and out and out[-1][2] == 3
                         and not out[-1][4] and _month_as_name(wl, res)
                         and (i + 1 == len(parts) or parts[i + 1][:1].isalpha())) \
                and not (lang == "en" and word == "Jan" and 0 < i < len(parts) - 1 and parts[i - 1][-1:].isalpha()
                         and parts[i + 1][:1].isalpha() and parts[i + 1].lower() not in res.months):
            # round 28: 'Minister Jan de Vries', 'Minister Jan Pronk': inside a run, after a word and before a name
            # word, 'Jan' is a first name, not January
            kind = 0
        elif stop:
            kind = 3  # round 25: 'Pelatih Elektrik, Tien Mei': a full month word right after a name word is a name
        elif wl in _CONNECTORS:
            kind = 2 if wl in _NAME_CONNECTORS else 1
        else:
            kind = 3
        if kind == 0 and len(part) == 2 and part[1] == "." and 0 < i < len(parts) - 1 and out[-1][2] == 3 \
                and not out[-1][4] and parts[i - 1][-1].isalpha() and parts[i + 1][:1].isupper() \
                and parts[i + 1][1:2].islower() and parts[i + 1].rstrip(".,") not in name_stop \
                and parts[i + 1].lower() not in res.stopwords:
            # round 44: 'Agus H. Canny', 'Emmett A. Larkin': a capital letter and a stop between two name words is a
            # middle initial, not the title 'H.' (Haji) or the article 'A'; it continues a name, never opens one
            kind = 2
        out.append((off, len(part), kind, wl, part[-1] == "." and _sentence_end_word(word)))
        off += len(part) + 1
    return orgy, tuple(out)


def _month_as_name(wl: str, res: LangResources) -> bool:
    """A month's full Indonesian name ('mei', 'juni'), not a short form ('jun', 'des') that names no person."""
    num = res.months[wl]
    return not any(k != wl and k.startswith(wl) and v == num for k, v in res.months.items()) \
        and len(wl) >= max(len(k) for k, v in res.months.items() if v == num) - 1


def _run_plan(words: list[str], res: LangResources) -> RunPlan:
    """The (word, name) pairs a run of words may remember, in order (see EntityBuilder._remember_run)."""
    nw = len(words)
    flags_of = res.word_flags
    flags = []
    for w in words:
        f = flags_of.get(w)
        if f is None:
            f = _word_flags(w, res)
            if len(flags_of) < 200_000:
                flags_of[w] = f
        flags.append(f)
    out: list[tuple[str, str, bool]] = []
    for i, w in enumerate(words):
        if flags[i] != 3:
            continue
        if i + 1 < nw:
            j = nw if nw - i <= 4 else i + 2
            if all(f & 1 for f in flags[i:j]):
                out.append((w, " ".join(words[i:j]), False))
        elif nw == 2 and flags[0] & 1 and not words[0].isupper():
            out.append((w, " ".join(words), True))
    return tuple(out)


def _word_flags(w: str, res: LangResources) -> int:
    """1: the word can be part of a person's name; 2: it can also stand for that name on its own."""
    ok = w[:1].isupper() and w not in res.name_stop and w.lower() not in res.title_words \
        and not ("." in w and res.lang == "id" and _WEB_DOMAIN.search(w))  # round 25: 'Jurnal.id' names a site, never a person
    key = ok and len(w) >= 3 and not w.isupper() and w[1:].islower()
    return (1 if ok else 0) | (2 if key else 0)


def _start_of_word(text: str, words: list[str], k: int, s: int) -> int:
    """Where words[k] starts in text, reading the run's words from position s on (the words before it are skipped)."""
    for w in words[:k]:
        s = text.index(w, s) + len(w)
    return text.index(words[k], s)


def _bisect_left(a: list[int], x: int) -> int:
    """What bisect.bisect_left(a, x) returns: compiled, a loop over native ints (the C function is a generic call)."""
    lo = 0
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right_int(a: list[int], x: int) -> int:
    """What bisect.bisect_right(a, x) returns (compiled: a loop over native ints, not a generic call)."""
    lo = 0
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _is_word_char(c: str) -> bool:
    """A character of [\\w'’-] (re's \\w on str: alphanumeric or '_')."""
    return c.isalnum() or c in "_'’-"


# Compiled, str.startswith with an offset and str.isupper/isalpha are generic method calls (~0.5-1 K instructions
# each: mypyc has no primitive for them); str.find with a window and ord(text[i]) are primitives. The helpers below
# give the same answers in the hot per-run checks.
def _at(text: str, lit: str, pos: int) -> bool:
    """text.startswith(lit, pos). Compared by the codes (compiled, a native compare a character and most calls
    fail on the first): a bounded str.find was ~350 instructions a call, its setup, some 80 calls an article."""
    if pos < 0:
        return text.startswith(lit, pos)
    m = len(lit)
    if pos + m > len(text):
        return False
    for k in range(m):
        if ord(text[pos + k]) != ord(lit[k]):
            return False
    return True


def starts_at(text: str, lit: str, pos: int) -> bool:
    """text.startswith(lit, pos) (the statement and visit rules' many offset checks), by the codes as _at."""
    if pos < 0:
        return text.startswith(lit, pos)
    m = len(lit)
    if pos + m > len(text):
        return False
    for k in range(m):
        if ord(text[pos + k]) != ord(lit[k]):
            return False
    return True


_SAY_AFTER_SKIP: Final = frozenset({"juga", "pun", "sendiri", "telah", "sudah", "kembali", "pun,", "sendiri,"})


def _said_after(text: str, e: int, res: LangResources) -> bool:
    """Round 62: the words after ``e`` open with a one-word verb of saying ('Garuda juga mengatakan')."""
    for w in text[e:e + 48].split()[:3]:
        if w not in _SAY_AFTER_SKIP:
            return w.rstrip(",") in res.say_verbs_pre
    return False


def ends_at(text: str, lit: str, lo: int, hi: int) -> bool:
    """text.endswith(lit, lo, hi)."""
    if lo < 0 or hi < 0 or hi > len(text):
        return text.endswith(lit, lo, hi)
    s = hi - len(lit)
    return s >= lo and text.find(lit, s, hi) == s


def char_alpha(c: str) -> bool:
    """c.isalpha() for one character (text[i]): ASCII by its code, the method only beyond."""
    o = ord(c)
    if o < 128:
        return 65 <= o <= 90 or 97 <= o <= 122
    return c.isalpha()


def char_alnum(c: str) -> bool:
    """c.isalnum() for one character (text[i]): ASCII by its code, the method only beyond (compiled, the method is
    a generic call)."""
    o = ord(c)
    if o < 128:
        return 48 <= o <= 57 or 65 <= o <= 90 or 97 <= o <= 122
    return c.isalnum()


def char_upper(c: str) -> bool:
    """c.isupper() for one character."""
    o = ord(c)
    if o < 128:
        return 65 <= o <= 90
    return c.isupper()


def char_lower(c: str) -> bool:
    """c.islower() for one character."""
    o = ord(c)
    if o < 128:
        return 97 <= o <= 122
    return c.islower()


def upper_at(text: str, i: int) -> bool:
    """text[i:i + 1].isupper() (the statement and visit rules; entities has its own _upper_at)."""
    if i < 0 or i >= len(text):
        return text[i:i + 1].isupper()
    return char_upper(text[i])


def lower_at(text: str, i: int) -> bool:
    """text[i:i + 1].islower()."""
    if i < 0 or i >= len(text):
        return text[i:i + 1].islower()
    return char_lower(text[i])


def _upper_at(text: str, i: int) -> bool:
    """text[i:i + 1].isupper()."""
    if i < 0 or i >= len(text):
        return text[i:i + 1].isupper()
    o = ord(text[i])
    if o < 128:
        return 65 <= o <= 90
    return text[i].isupper()


def _alpha_at(text: str, i: int) -> bool:
    """text[i:i + 1].isalpha()."""
    if i < 0 or i >= len(text):
        return text[i:i + 1].isalpha()
    o = ord(text[i])
    if o < 128:
        return 65 <= o <= 90 or 97 <= o <= 122
    return text[i].isalpha()


def _standalone_at(text: str, w: str, lo: int, hi: int) -> list[int]:
    """Where `w` stands as a word of its own in text[lo:hi]: the starts that (?<![\\w'’-])WORD(?![\\w'’-]) finds
    with finditer(text, lo, hi) (its look-behind sees before the window, its look-ahead not past it), by str.find:
    a pattern compiled per word costs ~2 M instructions whenever re's cache misses."""
    starts: list[int] = []
    lw = len(w)
    if lw == 0:
        return starts
    ms = text.find(w, lo, hi)
    while ms >= 0:
        me = ms + lw
        if ms > 0 and _is_word_char(text[ms - 1]) or me < hi and _is_word_char(text[me]):
            ms = text.find(w, ms + 1, hi)
            continue
        starts.append(ms)
        ms = text.find(w, me, hi)
    return starts


def _sentence_end_word(word: str) -> bool:
    """A word followed by a full stop that ends a sentence, not an initial or an abbreviation ('S.', 'Corp.')."""
    return len(word) >= 3 and word[-1].islower() and word not in _ABBREV_DOT


_MISSING: Final = object()
# A post-posed verb of saying after these two characters closes a quotation or a clause: '," kata', '”, ujar'.
_DESC_VERB_OPENERS: Final = frozenset({'" ', "” ", ", ", "' ", "’ "})
# Lower-case descriptor words (1-3: 'pengamat ekonomi', 'politisi lokal', 'ahli cephalopoda') or honorifics
# ('Dr.', 'dr', 'Prof.', 'drg.', 'Ir.') between such a verb and a capitalised name.
_DESC_WALK: Final = re.compile(r"(?: (?:[a-z][a-z-]{1,19}|(?:[Dd]r|[Dd]rg|Prof|Ir)\.?)){1,4} (?=[A-Z][a-z])")
_DESC_HONORIFIC: Final = frozenset({"dr", "dr.", "Dr", "Dr.", "drg", "drg.", "Drg.", "Prof", "Prof.", "Ir", "Ir."})
# Words that end a descriptor: the verb's complement, a pronoun, a time or a place phrase ('kata dia', 'ujarnya
# saat', 'ucap warga di'), a relative clause or a conjunction.
_DESC_BLOCK: Final = frozenset({
    "di", "ke", "dari", "kepada", "pada", "saat", "ketika", "seperti", "sebagaimana", "yang", "dan", "atau", "dalam",
    "usai", "sambil", "seraya", "dengan", "bahwa", "karena", "untuk", "oleh", "melalui", "lewat", "kemarin", "hari",
    "ini", "itu", "tersebut", "dia", "ia", "beliau", "mereka", "kami", "kita", "saya", "aku", "anda", "sang", "si",
    "para", "sejumlah", "beberapa", "banyak", "semua", "seluruh", "tentang", "soal", "terkait", "mengenai",
    "jumat", "sabtu", "minggu", "senin", "selasa", "rabu", "kamis", "pukul", "tadi", "sebelum", "setelah", "sesudah",
    "menjelang", "jelang", "kala", "tatkala", "lagi", "pula", "juga", "pun", "lalu", "kemudian", "namun", "tapi",
    "tetapi", "sedangkan", "sementara", "bagi", "antara", "atas", "bersama", "menurut", "kata", "ujar", "ucap",
    "bahkan", "sembari", "sekaligus", "secara", "sebagai", "selaku", "mewakili", "seorang", "salah", "satu", "dua",
    "tiga", "empat", "lima", "sebuah", "pihak",
})


# Police and military ranks (Indonesian), and the words before 'Jenderal' that make it part of a civil title.
RANKS_ID: Final = frozenset({"irjen", "kombes", "akbp", "akp", "kompol", "brigjen", "mayjen", "letjen", "jenderal", "kolonel",
                       "letkol", "mayor", "kapten", "ipda", "iptu", "aiptu", "aipda", "bripka", "brigadir", "bripda",
                       "briptu", "marsekal", "laksamana", "laksda", "laksma", "marsda", "marsma", "komjen", "pol",
                       "tni", "letnan", "lettu", "letda", "serka", "sertu", "serda", "pelda", "praka", "kopda"})
_RANK_PART_OF: Final = frozenset({"direktur", "sekretaris", "inspektur", "jaksa", "dirjen", "sekjen", "irjen", "kepala", "wakil"})
_DEGREES: Final = frozenset(load_data_file(DATA_DIR / "shared" / "degrees.json")["degrees"])
_SPECIALIST: Final = re.compile(r"Sp[A-Z][A-Za-z]{0,3}")
_NAME_SUFFIX_ID: Final = re.compile(r" (?:Jr|Sr)\b")
_LEGAL_FORM_HEADS: Final = frozenset("ICLPASNGBKOT")  # the first letters of _LEGAL_FORM_NEXT's forms
_YEAR_OR_ITEM_ID: Final = re.compile(r"(?:19|20)\d\d|Nomor|No\.?|Pasal|Tahun|Ayat")


def _degree_word(w: str) -> bool:
    """'M.Kes', 'S.H.', 'Sp.B', 'SpKK', 'PhD': an academic or professional degree (round 18, data/shared/degrees.json)."""
    if w.endswith(","):  # (str.rstrip and fullmatch are generic calls compiled: each only where it can matter)
        w = w.rstrip(",")
    if "." in w:
        w = w.replace(".", "")
    return w in _DEGREES or w.startswith("Sp") and _SPECIALIST.fullmatch(w) is not None
_HONORIFIC_NAME: Final = re.compile(r"(?<![\w.])(?:Dr|dr|drg|Prof)\.? (?=[A-Z][a-z])")
# '(?:Dr|dr|drg|Prof)\.? (?=[A-Z][a-z])' as three scans that open with a literal (re finds a literal prefix
# fast; a branch is tried at every D, d and P): the same matches (no two overlap), 2.5x faster in all.
# \w before: isalnum() or '_'
_HONORIFIC_SCANS: Final = (("Dr", re.compile(r"Dr\.? (?=[A-Z][a-z])")), ("dr", re.compile(r"drg?\.? (?=[A-Z][a-z])")),
                    ("Prof", re.compile(r"Prof\.? (?=[A-Z][a-z])")))


def desc_name_start(text: str, end: int) -> int:
    """Offset of a capitalised name after lower-case descriptor words or an honorific that follow a verb of
    saying ending at ``end``, or -1."""
    m = _DESC_WALK.match(text, end)
    if m is None:
        return -1
    words = m.group(0).split()
    if not words:
        return -1
    for w in words:
        if w not in _DESC_HONORIFIC and (w in _DESC_BLOCK or not w.islower()):
            return -1
    return m.end()


# Statements round 12 (Indonesian): lower-case descriptor words, the body they belong to, a comma, then a name of
# two to four capitalised words closed by a comma or a full stop ('," kata anggota tim peneliti, Budi Santoso, di
# ...', 'menurut pelatih Persib, Budi Santoso,'). Not a source noun ('menurut laporan Reuters, Presiden X, ...').
_DESC_COMMA_WALK: Final = re.compile(r"((?: [a-z][a-z-]{1,19}){1,3})(?: [A-Z][\w&.-]*){0,3}, "
                              r"(?=(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+(?:[,.]| (?:dalam|saat|ketika|kepada|usai)\b))")
_DESC_SOURCE: Final = frozenset({"laporan", "data", "catatan", "hasil", "keterangan", "rilis", "siaran", "situs", "laman",
                          "akun", "media", "sumber", "survei", "penelitian", "riset", "studi", "informasi", "berita",
                          "pernyataan", "analisis", "perhitungan", "pantauan", "kabar"})


def desc_comma_name_start(text: str, end: int) -> int:
    """Offset of a name set off by a comma after descriptor words (and their body) that follow a verb of saying
    or 'menurut' ending at ``end``, or -1."""
    m = _DESC_COMMA_WALK.match(text, end)
    if m is None:
        return -1
    ws = m.group(1).split()
    for i, w in enumerate(ws):
        if w == "dari" and i == len(ws) - 1 and i > 0 and m.end(1) + 2 < m.end():
            continue  # 'kata pengamat dari Universitas X, Y Z' (round 13)
        if w in _DESC_BLOCK or w in _DESC_SOURCE:
            return -1
    return m.end()
_UPPER_NEXT: Final = re.compile(r" [A-Z]")  # (round 45)
_ACRONYM_AFTER: Final = re.compile(r" \(([A-Z][A-Z0-9&-]{1,9})\)")
# a spokesman / official / source word after a capitalised head word ('an Institute spokesman said')
_GROUP_AFTER_HEAD: Final = re.compile(r" (?:spokes(?:man|woman|person)|officials?|sources?)\b")
_ACRONYM_DEF: Final = re.compile(r" \(([A-Z]{3,8})\)")
_ACRONYM_WORD: Final = re.compile(r"[A-Za-z][\w'’.\-]*")
# an outlet's name after its kind: 'news agency MTI', 'the newspaper Izvestia', 'the weekly Der Spiegel'
_OUTLET_NAMED: Final = re.compile(r"\b(?:news agency|newspaper|daily|weekly|magazine|trade paper|trade journal|newsletter) ((?:[A-Z][\w'’-]*|de|der|al)(?: (?:[A-Z][\w'’-]*|de|der|al)){0,2}?)(?= (?:said|reported|quoted|says)\b|[,.;:])")
_ACRONYM_LINKS: Final = frozenset({"and", "of", "for", "on", "the", "in", "&"})
_ACRONYM_LINKS_ID: Final = _ACRONYM_LINKS | {"dan", "untuk"}


def _acronym_start(text: str, words: list[tuple[int, int]], acr: str) -> int:
    """The index of the first of ``words`` from which their initials spell ``acr``: each capitalised word gives
    its initial, a connector ('and', 'of'...) may give its own or nothing ('Trade and Development' = TAD or TD);
    -1 when no run of the words spells it."""
    n = len(words)
    for i in range(max(0, n - 2 * len(acr)), n - 1):
        if not text[words[i][0]].isupper() or text[words[i][0]] != acr[0]:
            continue
        # positions in acr reachable after each word (a small set: at most len(acr) + 1 values)
        reach = {0}
        for a, b in words[i:]:
            c = text[a]
            nxt = set()
            for r in reach:
                if r < len(acr) and c.upper() == acr[r]:
                    nxt.add(r + 1)
                if not c.isupper():
                    nxt.add(r)
            reach = nxt
            if not reach:
                break
        if len(acr) in reach:
            return i
    return -1
_ID_NICKNAME: Final = re.compile(r",? (?:(?:yang|atau yang|atau) )?(?:(?:biasa|akrab|karib|kerap|sering|lebih)(?: di)? )?"
                          r"(?:disapa|dipanggil|dijuluki) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?![\w'’-])")
# round 49: 'Ani, sapaan akrabnya', 'Chacha, sapaan akrab Natasha', 'Inyong (sapaan akrab Nazar)'
_ID_NICK_POST: Final = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?:,| \(| -+| —) (?:yang merupakan )?(?:sapaan|panggilan) "
                           r"(?:akrab|karib)(?:nya(?![\w'’-])|( (?=[A-Z])))")


def _initials_spans(text: str, tok: str) -> list[tuple[int, int]]:
    """The spans re.finditer(r"(?<![\\w.'’&-])" + tok + r"(?![\\w'’&-]|\\.\\w)", text) yields for a token of capital
    letters, found by str.find: a pattern opening with a look-behind runs the regex engine at every offset (~300
    instructions a character). A start inside a rejected occurrence follows one of its letters: never a match."""
    out: list[tuple[int, int]] = []
    n = len(text)
    k = len(tok)
    i = text.find(tok)
    while i >= 0:
        e = i + k
        if i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_.'’&-") \
                or e < n and (text[e].isalnum() or text[e] in "_'’&-"
                              or text[e] == "." and e + 1 < n and (text[e + 1].isalnum() or text[e + 1] == "_")):
            i = text.find(tok, i + 1)
            continue
        out.append((i, e))
        i = text.find(tok, e)
    return out


# round 53: 'berinisial DR', 'dengan inisial R, SA, E dan RAJ' (initials the press names a person by)
_ID_INITIALS: Final = re.compile(r"(?<![\w-])(?:ber)?inisial ([A-Z]{1,4}(?:(?:, | dan | serta |, dan )[A-Z]{1,4})*)(?![\w.'’-])")
_INITIALS_TOKEN: Final = re.compile(r"[A-Z]{1,4}")
_ID_NICK_OWNER: Final = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}$")
_FAMILY_NAME_2: Final = re.compile(r"[A-Z][a-z] [A-Z][a-z]+ [A-Z][a-z]+")  # round 40: 'Ja Song Nam', 'Ri Yong Ho'
# round 40: titles whose holder is named after the place they serve ('Kapolsek Pancoran', 'Lurah Tanah Sereal')
_ID_TERRITORIAL_TITLES: Final = frozenset({"kapolsek", "kapolres", "kapolresta", "kapolda", "wakapolsek", "wakapolres",
                                    "lurah", "camat", "bupati", "wakil bupati", "wali kota", "walikota",
                                    "wakil wali kota", "gubernur", "wakil gubernur", "kades", "kepala desa",
                                    "danramil", "dandim", "kajari", "kajati"})
_ID_HOLDER_AFTER: Final = re.compile(r"(?:(?:[A-Z][A-Za-z]{1,6}|[A-Z]{2,5}) (?=[A-Z]))?([A-Z][a-z]+(?: [A-Z][a-z]+){0,3})(?=[,.]| [a-z])")
_ID_HOLDER_BEFORE: Final = re.compile(r"(?:^|(?<=[.!?\"”] ))([A-Z][a-z]+(?: [A-Z][a-z]+){0,3}), $")
_ID_SAY_NEXT: Final = re.compile(r",? (?:me|men|meng|meny|mem)[a-z]+(?:kan|i)?\b")
def _alpha_rest_lower(w: str) -> bool:
    """``w.isalpha() and w[1:].islower()``: by the characters' codes on ASCII (the methods are generic calls)."""
    n = len(w)
    i = 0
    while i < n:
        o = ord(w[i])
        if o >= 128:
            return w.isalpha() and w[1:].islower()
        if not (97 <= o <= 122 or i == 0 and 65 <= o <= 90):
            return False  # not a letter, or a capital after the first
        i += 1
    return n >= 2


def _sort_by_start(ms: list[Mention]) -> None:
    """``ms.sort(key=lambda m: m.start)``, skipped when the mentions are in that order already (a stable sort leaves
    them as they are; the check is a native loop, the sort a generic call with a key call per mention)."""
    prev = -1
    for m in ms:
        if m.start < prev:
            ms.sort(key=lambda m: m.start)
            return
        prev = m.start


def _capitalize_in(w: str, words: frozenset[str]) -> bool:
    """``w.capitalize() in words`` without the generic method call when ``w`` is ASCII and capitalised already
    (an ASCII capital, then no ASCII capital: capitalize() gives ``w`` itself)."""
    n = len(w)
    if n:
        o = ord(w[0])
        if 65 <= o <= 90:
            i = 1
            while i < n:
                o = ord(w[i])
                if o >= 128 or 65 <= o <= 90:
                    return w.capitalize() in words
                i += 1
            return w in words
    return w.capitalize() in words


def _word_at_in(low: str, i: int, words: frozenset[str]) -> bool:
    """``_WORD_AT.match(low, i)`` matched and its word is in ``words`` (a set of ASCII-letter words): the ASCII
    letters from ``i``; a letter of the pattern's class beyond ASCII (``[^\\W\\d_]``: isalnum() and not isdecimal())
    makes the pattern's word one the set cannot hold (no regex call: ~2.5 K instructions each from the compiled
    core; tests/extraction/test_fast_paths.py compares the two)."""
    n = len(low)
    j = i
    while j < n:
        o = ord(low[j])
        if 97 <= o <= 122 or 65 <= o <= 90:
            j += 1
            continue
        if o >= 128:
            c = low[j]
            if c.isalnum() and not c.isdecimal():
                return False
        break
    return j > i and low[i:j] in words


def _paren_offsets(text: str) -> list[int]:
    """The offsets of every ' (' in ``text``, in order (each '(' found by a one-character find: a memchr)."""
    out: list[int] = []
    i = text.find("(", 1)
    while i >= 0:
        if text[i - 1] == " ":
            out.append(i - 1)
        i = text.find("(", i + 1)
    return out


def _upper_ascii_at(text: str, i: int) -> bool:
    """An ASCII capital at ``i`` (False past the end)."""
    if i >= len(text):
        return False
    o = ord(text[i])
    return 65 <= o <= 90


def _acronym_word_char(c: str) -> bool:
    """``c`` is in _ACRONYM_WORD's ``[\\w'’.\\-]`` (``\\w``: isalnum() or '_', as in the regex engine)."""
    o = ord(c)
    if o < 128:
        return 48 <= o <= 57 or 65 <= o <= 90 or 97 <= o <= 122 or o == 95 or o == 39 or o == 46 or o == 45
    return o == 0x2019 or c.isalnum()


def _acronym_words(text: str, lo: int, p: int, links: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the words right before a bracket at ``p`` that _acronym_bodies reads: the words of
    ``_ACRONYM_WORD.finditer(text, lo, p)``, from the last back to the first that does not end one character before
    the next (the last must end at ``p``) or is neither capitalised nor in ``links``. The pattern's matches are the
    maximal runs of its word characters within [lo, p), each from its first ASCII letter; walking back over the
    characters finds the same spans without matching every word of the window.
    (tests/extraction/test_fast_paths.py compares it with the pattern.)"""
    out: list[tuple[int, int]] = []
    q = p
    while q > lo:
        j = q
        while j > lo and _acronym_word_char(text[j - 1]):
            j -= 1
        f = j
        while f < q:
            o = ord(text[f])
            if 65 <= o <= 90 or 97 <= o <= 122:
                break
            f += 1
        if f == q:
            break  # no word ends at q
        o = ord(text[f])
        if not (65 <= o <= 90) and text[f:q] not in links:
            break
        out.append((f, q))
        if f > j:
            break  # the run went on before the word's first letter: no word ends one character before it
        q = j - 1
    out.reverse()
    return out


def matches_from(rx: re.Pattern[str], text: str, lit: str) -> list[re.Match[str]]:
    """What ``rx.finditer(text)`` yields for a pattern that opens with the literal ``lit`` (and looks at nothing
    before it) and never matches empty: str.find skips to each occurrence of the literal, the pattern is tried only
    there (faster than the regex engine's own prefix scan)."""
    out: list[re.Match[str]] = []
    i = text.find(lit)
    while i >= 0:
        m = rx.match(text, i)
        if m is None:
            i = text.find(lit, i + 1)
        else:
            out.append(m)
            i = text.find(lit, m.end())
    return out


def matches_near(rx: re.Pattern[str], text: str, lits: tuple[str, ...], back: int) -> list[re.Match[str]]:
    """What ``rx.finditer(text)`` yields for a pattern that never matches empty and whose every match holds one of
    ``lits`` at most ``back`` characters after its start: the pattern is tried only at the offsets up to ``back``
    before an occurrence of a literal (found by str.find), left to right, as finditer would (the other offsets
    cannot start a match). For patterns the regex engine cannot skip ahead for (a leading look-behind or optional
    words): finditer tried every offset of the text. ``back`` -1: _ID_NICK_POST, whose words before the literal
    have no bounded length; every character a match holds before the literal is a word character or one of
    ``'’- ,(—``, so its start lies in the stretch of such characters before the literal."""
    starts: set[int] = set()
    for lit in lits:
        i = text.find(lit)
        while i >= 0:
            j = i - back
            if back < 0:
                j = i
                while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "_'’- ,(—"):
                    j -= 1
            starts.update(range(max(0, j), i + 1))
            i = text.find(lit, i + 1)
    out: list[re.Match[str]] = []
    pos = 0
    for p in sorted(starts):
        if p < pos:
            continue
        m = rx.match(text, p)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def matches_at_stems(rx: re.Pattern[str], text: str, head: str, stems: dict[str, tuple[str, ...]]) -> list[re.Match[str]]:
    """What ``rx.finditer(text)`` yields for a pattern whose every match opens with one of the literals in
    ``stems`` (keyed by the character after ``head``, which each literal opens with): the pattern is tried only
    where such a literal stands, found by str.find of ``head``, not by the engine's scan at every occurrence of
    the head's first character. A literal missing from ``stems`` loses its matches silently: keep them in step
    with the pattern (tests/extraction/test_fast_paths.py checks every verb word of the two ``di-`` patterns)."""
    out: list[re.Match[str]] = []
    pos = 0
    k = len(head)
    i = text.find(head)
    while i >= 0:
        if i >= pos:
            m = stem_match_at(rx, text, i, k, stems)
            if m is not None:
                out.append(m)
                pos = m.end()
        i = text.find(head, i + 1)
    return out


def stem_match_at(rx: re.Pattern[str], text: str, i: int, k: int,
                  stems: dict[str, tuple[str, ...]]) -> re.Match[str] | None:
    """``rx.match(text, i)`` where one of ``stems`` (by the character ``k`` after ``i``) opens at ``i``, else None:
    the pattern is tried only where a literal every match opens with stands."""
    found = stems.get(text[i + k:i + k + 1])
    if found is not None:
        for stem in found:
            if starts_at(text, stem, i):
                return rx.match(text, i)
    return None


_ID_BODY_BRACKET: Final = re.compile(r" \(([A-Z][\w&-]*(?: [A-Z][\w&-]*)?)\)")  # round 40: '(BPBD)', '(Damkar PB)'
_ID_LINKED_TAIL: Final = re.compile(r" (?:dan|serta|untuk) [A-Z][a-z]+(?: (?:dan |serta |untuk )?[A-Z][a-z]+){0,4}$")
_ID_PLACE_AFTER: Final = re.compile(r" (?:Kabupaten|Kab\.|Kota|Provinsi|Prov\.|Kecamatan)(?= [A-Z])")
_ID_PLACE_NAME: Final = re.compile(r" [A-Z][\w-]*(?: [A-Z][\w-]*)?(?![\w-]| [A-Z0-9(])")
_ACRONYM_BEFORE: Final = re.compile(r" \([A-Z][A-Za-z0-9&-]{1,9}\)$")
_ACRONYM_PAREN: Final = re.compile(r" \([A-Z][A-Za-z0-9&-]{1,9}\)")
_WORD_AT: Final = re.compile(r"[^\W\d_]+")
_FIRST_CAPITAL: Final = re.compile(r"[A-Z]")
_APPOSITION_LEAD: Final = frozenset({"sebagai", "selaku", "melalui", "lewat", "dalam", "di", "saat", "usai", "as", "in",
                              "through", "via", "at"})
_APPOSITIVE_ROLE: Final = frozenset({"head", "leader", "chief", "chairman", "president", "director", "secretary",
                               "spokesman", "spokeswoman", "ketua", "kepala", "pimpinan", "assistant", "deputy"})
# round 29: 'X, (senior) economic adviser to (the) <state's official title> ...' in apposition
_ADVISER_TO: Final = re.compile(r"(?:[a-z]+ ){0,2}(?:adviser|advisor) to (?:the )?")
# Rank words that may open a title in apposition ('X, assistant U.S. trade representative').
_APPOSITION_RANKS: Final = frozenset({"assistant", "deputy", "acting", "senior", "principal", "chief", "special"})
_CLAUSE_OPENERS: Final = frozenset({". ", '" ', "“ ", "; ", "- ", "? ", "! ", "\n"})
_DEMONSTRATIVES: Final = frozenset({"tersebut", "itu", "ini", "tadi"})
_THEN: Final = frozenset({"saat", "ketika", "kala", "waktu"})  # ... 'itu': 'then'
_WEB_DOMAIN: Final = re.compile(r"\w\.(?:com|co\.id|id|net|org|tv|io)$", re.I)
# Lower-case place nouns before a name ('kawasan Tanah Abang', 'desa Sukamaju'): a place's name follows (round 13).
_PLACE_NOUNS_ID: Final = frozenset({"kawasan", "daerah", "wilayah", "desa", "kampung", "kelurahan", "kecamatan", "dusun",
                             "pulau", "gunung", "sungai", "danau", "stasiun", "pelabuhan", "stadion"})
# round 36: a post-posed verb of saying right before a city's name that runs on into another name: '," papar George
# Pounis', '," kata Bima Arya': a first name, not the city
_SAID_BEFORE_ID: Final = re.compile(r"(?<![a-z])(?:kata|ujar|ucap|ungkap|tutur|jelas|tegas|papar|terang|imbuh|tambah|sebut|"
                             r"lanjut|pungkas|tukas|tandas|kilah|sambung|timpal|beber|urai|seloroh) $")
_SAID_NEXT_ID: Final = re.compile(r" ([A-Z][a-z]+) (?:mengatakan|menjelaskan|menuturkan|menyatakan|mengungkapkan|menegaskan|"
                           r"menambahkan|berkata|mengaku|menyebut|menyebutkan)\b")
_NAME_GAP: Final = frozenset({"juga", "pun", "telah", "sudah", "kembali", "sebelumnya", "kemudian", "pula", "sempat", "konon", "sendiri",
                       "langsung", "bahkan", "justru", "also", "has", "have", "had", "earlier", "later", "today",
                       "yesterday", "again", "recently", "then", "already", "previously", "separately", "jointly"})
_NAME_GAP_HEADS: Final = frozenset(w[:2] for w in _NAME_GAP)  # every gap word is 3+ letters: its first two letters
# Indonesian (round 26): ' (kepada Antara) di Serang, (Banten,) Kamis (12/4), ' between a name and its verb of saying.
_WHERE_WHEN_AFTER: Final = re.compile(r" (?:kepada [A-Z][\w.]*(?: [A-Z][\w.]*)? )?di [A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
                               r"(?:, [A-Z][\w-]*(?: [A-Z][\w-]*){0,2}){0,2}, (?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)"
                               r"(?: \(\d{1,2} ?/ ?\d{1,2}(?: ?/ ?\d{2,4})?\))?,? ")
# 'dan' and one to three capitalised words closing a body's name, nothing capitalised after (probe round 19).
_ID_GOVERNMENT_HEADS: Final = frozenset({"Pemerintah", "Pemprov", "Pemkot", "Pemkab"})  # 'Pemerintah Daerah dan ...': a list
_ID_AND_PORTFOLIO: Final = re.compile(r" dan ([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2})(?![\w'’-]| [A-Z0-9(])")
# An Indonesian derived noun: 'ke-/pe(r|m|n|ng)- ... -an', or a loan noun in '-si', '-ika', '-logi', '-tas'.
_ID_DERIVED_NOUN: Final = re.compile(r"(?:(?:Ke|Pe|Per|Pem|Pen|Peng|Peny)[a-z]{3,}an|[A-Z][a-z]+(?:si|ika|logi|tas))$")
# A titled body run's words, and a plain capitalised word that may be a person's name in it (round 23).
_RUN_WORD: Final = re.compile(r"\S+")
_INITIAL: Final = re.compile(r"[A-Z]\.?")
_PREV_WORD: Final = re.compile(r"(\S+)\s+$")
_BODY_NAME_AFTER: Final = re.compile(r" ?\([A-Z][\w&-]+\)|, [A-Z][a-z]")
_PERSON_APPOSED_ID: Final = re.compile(r", (?:salah )?seorang [a-z]")  # round 43: 'X, (salah) seorang <who>': a person
_PLAIN_NAME_WORD: Final = re.compile(r"[A-Z][a-z]+(?:['’][a-z]+)?")
_CAP_AFTER: Final = re.compile(r" [A-Z]")  # round 27: a capitalised word right after
# round 28: 'Board of Foreign Trade director X': the director or head of a government body named
# 'Board/Bureau/Ministry/Department/Office/Agency of ...' is an official (a bare 'director' is not)
_GOV_BODY_HEAD: Final = re.compile(r"\b(?:Board|Bureau|Ministry|Department|Office|Agency|Administration) of "
                            r"(?:[A-Z][\w&-]*\s(?:(?:and|for|of) )?){1,5}(?:director|head|chief)\s+$")
# round 29: the legal-form last word of a company's name ('Toyota Motor Corp', 'Siemens AG')
_COMPANY_SUFFIX: Final = frozenset({"Corp", "Corporation", "Inc", "Co", "Ltd", "Plc", "PLC", "AG", "SA", "NV", "GmbH", "Bhd",
                             "SpA", "AB", "ASA", "Cos", "Industries", "Motors"})
_GOV_BODY_OWNER: Final = re.compile(r"(?<![\w'])(?!The )[A-Z][\w.&-]*(?<!'s) $")
_PLACE_SUFFIX: Final = frozenset({"Pusat", "Selatan", "Utara", "Timur", "Barat", "Tengah", "Raya", "Tenggara", "Daya"})
# '(Rochester) Gas' before ' and Electric Co': up to three capitalised words ending in a line-of-business noun
_CAP_COMMA: Final = re.compile(r"(?<![\w'.&;-])[A-Z][\w'.-]*, $")
_AND_JOINED: Final = re.compile(r"(?<![\w'.&;-])(?:[A-Z][\w'.-]* ){0,3}([A-Z][a-z]+)$")
_LINE_NOUNS: Final = frozenset({"Gas", "Power", "Light", "Electric", "Water", "Resources", "Chemical", "Chemicals", "Mining",
                         "Smelting", "Savings", "Loan", "Food", "Foods", "Drug", "Drugs", "Oil", "Steel", "Iron", "Coal",
                         "Telephone", "Telegraph", "Land", "Cattle", "Investment", "Development", "Research",
                         "Engineering", "Manufacturing", "Supply", "Equipment", "Realty", "Finance", "Insurance",
                         "Marine", "Industrial", "Commerce", "Trade", "Transport", "Shipping", "Rubber", "Tire",
                         "Paper", "Pulp", "Lumber", "Exploration", "Production", "Refining", "Marketing", "Energy",
                         "Electronics", "Machinery", "Metals", "Minerals", "Mines", "Trust", "Banking", "Building",
                         "Mortgage", "Warehouse", "Terminal", "Railroad", "Railway", "Navigation", "Sugar", "Grain"})
# Legal-form tails of a company's name, and 'Exchange': a leading place noun belongs to such a name.
# Names round 21, English (_en_speaker_names): 'S and P', 'AT and T'; 'Duff and Phelps', 'Woodhouse, Drake and
# Carey'; a lone all-caps word ('GE', 'the ABA'); what may follow a body's name that speaks ('an NPPC spokesman').
# round 44: a slogan's imperative verb inside a campaign body's name ('Koalisi Selamatkan Komnas HAM', 'Gerakan Bela X')
_SLOGAN_VERB_ID: Final = re.compile(r"[A-Z][a-z]{3,}kan|Tolak|Bela|Lawan|Kawal|Save")
_EN_BODY_ROLE_END: Final = re.compile(r"(?<=[a-z]) (?:officials?|spokes(?:man|woman|person)|sources?) $")  # round 44
_EN_AND_CAP: Final = re.compile(r" and [A-Z]")  # (a literal prefix: the scan is fast)
_EN_AND_INITIALS: Final = re.compile(r"[A-Z]{1,2} and [A-Z]{1,2}(?![\w&-]|\.\w)")
_EN_AND_PARTNERS_END: Final = re.compile(r"[A-Z][a-z]{2,} and [A-Z][a-z]{2,}(?![\w&'-])")
_EN_CAP_WORD_END: Final = re.compile(r"[A-Z][a-z]{2,}$")
_EN_PARTNER_BEFORE: Final = re.compile(r"(?<![\w.&'-])([A-Z][a-z]{2,}), $")
_EN_NAME_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.&'-/")
_EN_BEFORE_PARTNERS: Final = re.compile(r"(?:\b[A-Z][\w.'-]*|\b[Bb]oth|\bof|\bfor|\band|&) $")
_EN_ACRONYM_ALONE: Final = re.compile(r"[A-Z]{2,6}(?![\w.&'/-]| [A-Z]{2})")
# 'Nikko Securities Co (Europe) Ltd': a name, its region in brackets, a legal form (group 1: the bracket; round 26)
_EN_REGION_TAIL: Final = re.compile(r" \([A-Z][\w.]*(?: [A-Z][\w.]*)?\) (?:Ltd|Inc|Corp|Co|Plc|PLC|AG|SA|NV|Pty|Bhd|Limited|BV|GmbH)\b")
_EN_REGION_FIRM: Final = re.compile(r"(?<![\w.&'-])[A-Z][\w&.'-]*(?: (?:and |of |& )?[A-Z][\w&.'-]*){0,5}( \([A-Z][\w.]*(?: [A-Z][\w.]*)?\)) "
                             r"(?:Ltd|Inc|Corp|Co|Plc|PLC|AG|SA|NV|Pty|Bhd|Limited|BV|GmbH)\b")
# '... of Industry, Trade and Labour' (group 1 the first portfolio, group 2 the rest) up to a verb of saying (round 26)
_EN_PORTFOLIO_LIST: Final = re.compile(r"(?<= )([A-Z][a-z]+)((?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)+,? and [A-Z][a-z]+(?: [A-Z][a-z]+)?)$")
_EN_BODY_RUN: Final = re.compile(r"(?<![\w.&'-])[A-Z][\w.'-]*(?: (?:(?:of|for|and) )?[A-Z][\w.'-]*){0,7}$")
_EN_SPOKESMAN: Final = re.compile(r" (?:spokesman|spokeswoman|spokesperson|official|officials|statement) ")
_ROMAN: Final = re.compile(r"[IVXLC]+$")
# round 59: capitalised head words a body is called by on its own after its full name ('the Commission said')
_HEAD_WORD_BODIES: Final = frozenset({"Commission", "Board", "Fund", "Bank", "Council", "Committee", "Organization",
                               "Organisation", "Agency", "Institute", "Association", "Federation", "Authority", "Union",
                               "Department", "Ministry", "Office", "Bureau", "Administration", "Secretariat", "Court",
                               "Exchange", "Community", "Tribunal", "Commissioner", "Corporation"})
_EN_LEGAL_FORMS: Final = frozenset({"Inc", "Corp", "Co", "Ltd", "Cos", "Plc", "PLC", "AG", "SA", "NV", "Inc.", "Corp.", "Co.",
                             "Ltd."})  # no initial of an acronym ('Trelco Industries Inc' ... 'TI')
# a firm's closing words after which 'of <city>' is where the firm is, not its name (round 45)
_FIRM_OF_CITY: Final = _EN_LEGAL_FORMS | {"Partnership", "Partners", "LP", "PLC", "Plc"}
_CAP_WORD_BEFORE: Final = re.compile(r"\b([A-Z][a-z]+) $")  # (one definition: an earlier one was shadowed)
# Bodies often named after the person who chairs them ('Tower Commission', 'Warren Committee') (round 25)
# round 65: Indonesian head words that stand alone for something else ('Pemerintah': the government of the
# country; 'Perusahaan': a company anaphor; legal forms)
_ID_HEAD_WORD_SKIP: Final = frozenset({"Pemerintah", "Perusahaan", "PT", "Tbk", "LBH"})
_ID_HEAD_WORD_AFTER: Final = frozenset({" ", ",", ".", ";", ":", ")", '"', "”"})
_CHAIRED_BODIES: Final = frozenset({"Commission", "Committee", "Panel", "Board", "Inquiry"})
_FIRM_TAILS: Final = frozenset({"Inc", "Corp", "Co", "Ltd", "Cos", "Plc", "PLC", "AG", "SA", "NV", "Bancorp", "Corporation",
                         "Company", "Holdings", "Inc.", "Corp.", "Co.", "Ltd.", "Exchange"})
# A known body's name followed by more capitalised words and a legal form: another company of its own name.
_LONGER_FIRM: Final = re.compile(r"((?: (?:[A-Z][\w.&'-]*|and|of|de|&)){1,4}?) (?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|GmbH|BV|"
                          r"SpA|Inc\.|Corp\.|Co\.|Ltd\.|S\.A\.|N\.V\.|B\.V\.|L\.P\.|LP|Bhd|Berhad|KK|AB|Oy|A/S|ASA)"
                          r"(?![\w-])")


# The knowledge base lists names without their legal forms ('Toyota Motor'): one or two written after a known name
# belong to it ('Toyota Motor Corp', 'Toyota Motor Co Ltd', 'PT Telkom Indonesia Tbk').
_LONGER_FIRM_LINK_HEADS: Final = frozenset({"a", "o", "d", "&"})  # the first letters of _LONGER_FIRM's 'and', 'of', 'de', '&'
_LEGAL_FORM_NEXT: Final = re.compile(r"(?: (?:(?:Inc|Corp|Co|Ltd)\.?|Plc|PLC|AG|SA|NV|GmbH|BV|SpA|LP|Bhd|Berhad|KK|AB|Oy|ASA|Tbk)"
                              r"(?![\w-])){1,2}")


def _longer_firm_follows(text: str, end: int) -> bool:
    """'Cargill U.K. Ltd', 'Bayer USA Inc', 'Viacom International Inc' after a known 'Cargill', 'Bayer', 'Viacom';
    not 'Merrill Lynch and Co Inc' (only a connector and legal forms follow)."""
    # (it opens with a space, then a capital or a connector: a pattern call only where one follows)
    m = _LONGER_FIRM.match(text, end) if text[end:end + 1] == " " and (
        upper_at(text, end + 1) or text[end + 1:end + 2] in _LONGER_FIRM_LINK_HEADS) else None
    if m is None:
        return False
    return any(w[:1].isupper() and w not in _FIRM_TAILS for w in m.group(1).split())


_MIXED_SURNAME_EN: Final = re.compile(r"(?:Mc|Mac|O'|O’|D'|De|Di|Du|La|Le)[A-Z][a-z]+$")  # 'McGroarty', 'O'Neill'
# Round 17 (English): a business name ending in one of these keeps a leading place noun as a firm's does.
_BUSINESS_TAILS_EN: Final = frozenset({"Trust", "Airlines", "Airways", "Lines", "Power", "Works", "Railroad", "Railway"})
# Generic words of a body's name (round 17b): a body named only with these and title/org words keeps the
# nationality or place before it ('American Stock Exchange', 'American Meat Institute').
_GENERIC_BODY_EN: Final = frozenset({
    "Stock", "Stocks", "Bankers", "Banking", "Banks", "Meat", "Grain", "Grains", "Importers", "Exporters",
    "Importers'", "Textile", "Textiles", "Information", "Services", "Metropolitan", "Cocoa", "Coffee", "Sugar",
    "Wheat", "Soybean", "Cotton", "Rubber", "Tin", "Steel", "Iron", "Coal", "Gas", "Electric", "Electricity",
    "Mining", "Chemical", "Chemicals", "Insurance", "Investment", "Investors", "Farmers", "Farm", "Dairy",
    "Livestock", "Cattle", "Pork", "Poultry", "Food", "Foods", "Manufacturers", "Producers", "Dealers",
    "Brokers", "Traders", "Exporters'", "Shipping", "Shipowners", "Shipbuilding", "Automobile", "Motor",
    "Bar", "Medical", "Mortgage", "Savings", "Credit", "Loan", "Housing", "Home", "Building", "Builders",
    "Futures", "Commodity", "Commodities", "Options", "Monetary", "Postal", "Telecommunications", "Telephone",
    "Broadcasting", "Petroleum", "Industrial", "Agricultural", "Economic", "Municipal", "Regional", "Public",
    "Government", "Overseas", "Export", "Import", "Development", "Research", "Retail", "Business", "Trade",
    "Labour", "Labor", "Workers", "Employers", "Industry", "Industries", "Securities", "Stock-Exchange"})


def _generic_body_word(w: str, res: LangResources) -> bool:
    return w in _GENERIC_BODY_EN or w in res.org_words or w.lower() in res.title_words
_PRESS_TAILS: Final = frozenset({"Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Globe", "Chronicle", "Daily",
                          "News"})  # round 47: 'the official China Legal News reported'
_ABBREV_DOT: Final = frozenset({"Corp", "Inc", "Ltd", "Bros", "Jr", "Sr", "Gen", "Col", "Capt", "Lt", "Sgt", "Gov", "Sen",
                         "Rep", "Mrs", "Messrs", "Prof", "Dr", "St", "Mt", "Ft", "Adm", "Cmdr", "Maj", "Brig", "Co"})


def _only_places_between(b: EntityBuilder, s: int, e: int) -> bool:
    gap = b.text[s:e]
    for m in b.mentions:
        if s <= m.start and m.end <= e:
            gap = gap.replace(b.text[m.start:m.end], "")
    return not gap.strip(" ,")


def _covered(starts: list[int], covered: list[tuple[int, int, Mention | None]], s: int, e: int) -> bool:
    i = _bisect_left(starts, s + 1) - 1
    if i >= 0 and covered[i][1] > s:
        return True
    j = i + 1
    return j < len(covered) and covered[j][0] < e


def _in_spans(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    for a, b in spans:
        if a < e and s < b:
            return True
    return False


def longest_titles(hits: list[Hit]) -> list[Hit]:
    """Title hits without the shorter titles nested in longer ones ('menteri' inside 'perdana menteri')."""
    out: list[Hit] = []
    for h in sorted((h for h in hits if h.kind == "title"), key=lambda h: (h.start, -h.end)):
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


# round 27: a minister's or director general's portfolio named in full after the title ('Minister of Industry and
# Trade', 'Minister of State for Textiles', 'Director General of Mineral and Energy Affairs', 'Minister of Agriculture,
# Animal Husbandry and Fisheries'): one to three capitalised words per item, items joined by commas and one 'and'.
_EN_SURNAME_NOUNS: Final = frozenset({"singer", "actor", "player", "tourist"})
_EN_GIVEN_BEFORE: Final = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+ $")
_EN_TITLE_PORTFOLIO: Final = re.compile(r"(?: (?:of|for) (?:State for )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?=[ ,]))?"
                                 r"(?:, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})*,? and [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}?"
                                 r"(?= [A-Z]|,? (?:said|says|told|added|announced|stated|noted)\b)")
_EN_TITLE_PORTFOLIO_OF: Final = re.compile(r" (?:of|for) (?:State for )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}?"
                                    r"(?= [A-Z][\w.]*(?: [A-Z][\w.-]*){0,2},? (?:said|says|told|added|announced|stated|noted)\b)")
_EN_PORTFOLIO_ROLES: Final = frozenset({"minister", "deputy minister", "vice minister", "state minister", "director general",
                                 "director-general"})


def _en_title_portfolios(text: str, titles: list[Hit], res: LangResources) -> list[Hit]:
    """A minister's title goes on over its portfolio when the lexicon's title ends inside it: 'minister of industry'
    (+ ' and Trade'), 'minister' (+ ' of State for Textiles'), 'director general' (+ ' of Mineral and Energy
    Affairs'). A bare role takes 'of/for X' only with the list, or right before a name and a verb of saying; no
    word of the portfolio may be a head word of a body or a title ('Minister of Finance and Bank Indonesia')."""
    out: list[Hit] = []
    for h in titles:
        v = h.value
        if isinstance(v, str) and text[h.start:h.start + 1].isupper() and \
                (v in _EN_PORTFOLIO_ROLES or v.startswith("minister of ") or v.startswith("minister for ")):
            m = _EN_TITLE_PORTFOLIO.match(text, h.end)
            if m is not None and (" of " in v or " for " in v) == m.group().startswith((" of ", " for ")):
                m = None  # 'minister of finance' takes no second 'of'; a bare 'minister' takes no list without
                # one ('The Minister and Jo Park said': two people)
            if m is None and v in _EN_PORTFOLIO_ROLES:
                m = _EN_TITLE_PORTFOLIO_OF.match(text, h.end)
            if m is not None and m.end() > h.end:
                words = m.group().replace(",", " ").split()
                if not any(w in res.org_heads or w.lower() in res.titles
                           for w in words if w not in ("of", "for", "and", "State")):
                    h = Hit(h.start, m.end(), h.kind, v)
        out.append(h)
    return out


def analyse(text: str, res: LangResources, shared: SharedResources, when: date | None,
            check: Callable[[], None] = no_check, lowered: str | None = None) -> Analysis:
    """Find every entity and lexicon hit of one article. ``check`` raises past the deadline (called every few
    dozen items of each loop); ``lowered`` is text.lower() when the caller has it."""
    low = text.lower() if lowered is None else lowered
    if len(low) != len(text):
        low = "".join(c.lower()[0] for c in text)
    names = scan_names(text, res)
    all_hits = scan_lexicon(low, res, len(text), ordered=False)  # sorted below, with the longest titles
    titles = longest_titles(all_hits)
    if res.lang == "en":
        titles = _en_title_portfolios(text, titles, res)  # round 27
    hits = [h for h in all_hits if h.kind != "title"] + titles
    if res.lang == "en" and "nion " in text:
        # round 45: 'The Union Pacific Corp', 'the Union Bank': a capitalised 'Union' before another capitalised word
        # opens a name; it is not 'the union' (the last union named); 'the union official(s)' are the group's
        hits = [h for h in hits if not (h.kind == "anaphor" and h.value == "the union" and (
            text[h.end - 5] == "U" and _UPPER_NEXT.match(text, h.end) or _GROUP_AFTER_HEAD.match(text, h.end)))]
    _sort_hits(hits)  # (start, -end)
    check()
    b = EntityBuilder(text, low, res, shared, when, check)
    if res.lang == "en":
        b._title_ends = {h.end for h in titles}
    b.add_known(names)
    _sort_by_start(b.mentions)
    b.prepare_lookups(hits)
    b.find_names(hits)
    check()
    b.prepare_lookups(hits, titles=False)
    b.attach_titles()
    b.bare_titles(hits)
    return Analysis(text, low, res.lang, res, shared, when, b.ents, b.mentions, [m.start for m in b.mentions], hits,
                    [h.start for h in hits])


# -- the output models of the entities --------------------------------------------------------------------
# Built here, in the compiled core, rather than in the Extractor (interpreted): no validation (the core built
# the values itself) and no model_construct (its per-call overhead is most of the cost for hundreds of spans per
# article). tests/extraction/test_robustness.py re-validates every output of the test articles against model.py.
_new: Final[Any] = object.__new__
# BaseModel's four slots are set with `object.__setattr__(inst, "<literal>", value)`, as pydantic's model_construct
# does: mypyc compiles that form to one direct C call (PyObject_GenericSetAttr: a cached type look-up and the slot's
# setter, ~150 instructions), where calling the slot descriptor's bound `__set__` went through a method-wrapper
# and an argument tuple (~600 a call, four an instance).
# One fields-set per model class, shared by its instances: every field is in it, so pydantic's only mutation
# (adding an assigned field's name) leaves it unchanged.
_SPAN_FIELDS_SET: Final[set[str]] = set(Span.model_fields)
_ENTITY_FIELDS_SET: Final[set[str]] = set(Entity.model_fields)
_ACTOR_FIELDS_SET: Final[set[str]] = set(Actor.model_fields)
_KEY_SAFE: Final = re.compile(r"[^a-z0-9]+")


def entity_models(a: Analysis, check: Callable[[], None]) -> list[Entity]:
    """The Entity models of an article's entities with mentions, in the order they were found."""
    out: list[Any] = []
    text = a.text
    span_fields, entity_fields = _SPAN_FIELDS_SET, _ENTITY_FIELDS_SET
    # Module globals read once: the compiled core looks each up in the module's dict at every use.
    new = _new
    span_cls: Any = Span
    entity_cls: Any = Entity
    i = 0
    for ent in a.ents.values():
        if not i & 63:
            check()
        i += 1
        mentions = ent.mentions
        if not mentions:
            continue
        spans: list[Any] = []
        j = 0
        if len(mentions) > 1:
            # sorted(set(mentions)) is the list itself when it already rises strictly (most entities): a set and a
            # sort of boxed tuples only otherwise
            ps, pe = mentions[0]
            for k in range(1, len(mentions)):
                s, e = mentions[k]
                if s < ps or (s == ps and e <= pe):
                    mentions = sorted(set(mentions))
                    break
                ps, pe = s, e
        for s, e in mentions:
            if j & 511 == 511:
                check()  # a pathological text: thousands of mentions of one name
            j += 1
            span = new(span_cls)
            object.__setattr__(span, "__dict__", {"start": s, "end": e, "text": text[s:e]})
            object.__setattr__(span, "__pydantic_fields_set__", span_fields)
            object.__setattr__(span, "__pydantic_extra__", None)
            object.__setattr__(span, "__pydantic_private__", None)
            spans.append(span)
        model = new(entity_cls)
        object.__setattr__(model, "__dict__", {
            "id": ent.id, "type": ent.type, "name": ent.name, "mentions": spans,
            "country": ent.country, "role": ent.role, "geonames_id": ent.geonames_id,
        })
        object.__setattr__(model, "__pydantic_fields_set__", entity_fields)
        object.__setattr__(model, "__pydantic_extra__", None)
        object.__setattr__(model, "__pydantic_private__", None)
        out.append(model)
    return out


def trusted_model(cls: Any, values: dict[str, Any], fields_set: set[str]) -> Any:
    """A model instance of `cls` from values the core built itself (every field given, types already right)."""
    inst = _new(cls)
    object.__setattr__(inst, "__dict__", values)
    object.__setattr__(inst, "__pydantic_fields_set__", fields_set)
    object.__setattr__(inst, "__pydantic_extra__", None)
    object.__setattr__(inst, "__pydantic_private__", None)
    return inst


def ent_key(ent: Ent) -> str:
    """An entity's key in event keys: its id, else its name as a slug."""
    return ent.id or _KEY_SAFE.sub("-", ent.name.lower()).strip("-")


def actor_model(text: str, ent: Ent, mention: Mention | None) -> Any:
    """The Actor model of an event argument (the statement and visit models are built in the compiled core too)."""
    span: Any = None
    if mention is not None:
        span = trusted_model(Span, {"start": mention.start, "end": mention.end, "text": text[mention.start:mention.end]},
                             _SPAN_FIELDS_SET)
    elif ent.mentions:
        s, e = ent.mentions[0]
        span = trusted_model(Span, {"start": s, "end": e, "text": text[s:e]}, _SPAN_FIELDS_SET)
    name = ent.name
    if ent.type == "ORG" and not ent.group and ent.mentions:
        # Bodies are named as the article names them ("Kementerian Luar Negeri", "Agriculture Department"): the
        # longest mention, the first of equal ones.
        s0, e0 = ent.mentions[0]
        for s, e in ent.mentions:
            if e - s > e0 - s0:
                s0, e0 = s, e
        name = text[s0:e0]
        if name.startswith(("pemerintahan ", "Pemerintahan ")) and ent.name.startswith("Pemerintah "):
            name = ent.name  # round 46: 'menurut pemerintahan Korea Selatan': the government
    return trusted_model(Actor, {"name": name, "entity_id": ent.id, "type": ent.type, "role": ent.role,
                                 "country": ent.country, "mention": span}, _ACTOR_FIELDS_SET)
