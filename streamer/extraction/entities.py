"""Entities with character offsets: gazetteer and knowledge-base hits, title/verb-marked names, coreference.

One pass of the language's Aho-Corasick automaton over the lower-cased text finds every known surface form;
one linear regex finds runs of capitalised words, which yield the names the gazetteers do not know when a
title or a verb of saying marks them. Later bare surnames and bare titles refer back to earlier people.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz.fuzz import ratio

from streamer.extraction.resources import LangResources, SharedResources, kb_role_at

_CAP_RUN = re.compile(
    r"[A-ZÀ-ÞŠŽČĆ][\w'’.\-]*(?:[ ](?:(?:bin|binti|van|von|de|der|da|del|al|el|la|le|of|for|&)[ ])?[A-ZÀ-ÞŠŽČĆ0-9][\w'’.\-]*){0,11}"
)
_TOKEN = re.compile(r"[^ ]+")
_CONNECTORS = frozenset({"bin", "binti", "van", "von", "de", "der", "da", "del", "al", "el", "la", "le", "of", "for", "&"})
_NAME_CONNECTORS = frozenset({"bin", "binti", "van", "von", "de", "der", "da", "del", "al", "el", "la", "le"})
_NOT_NAME_KINDS = frozenset({"unnamed", "group", "anaphor", "say_pre", "say_post", "according", "visit", "nonoff", "weekday", "month", "reldate", "host", "meet"})
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
NAME_KINDS = frozenset({"country", "demonym", "city", "region", "metonym", "person", "person_short", "org"})
_KIND_RANK = {"person": 0, "org": 1, "country": 2, "city": 3, "metonym": 4, "region": 5, "demonym": 6, "person_short": 7}


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
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    ent: Ent
    how: str  # name, short, metonym, demonym, coref, title, group


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    kind: str
    value: Any


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

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self.starts, start)
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
        i = bisect_left(self.hit_starts, start)
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


def scan(text: str, low: str, res: LangResources) -> tuple[list[tuple[int, int, str, Any]], list[Hit]]:
    """Every automaton match at word boundaries: (name candidates, lexicon hits).

    Names are matched case-sensitively on the text, lexicon words on the lower-cased text; a hyphen counts
    as part of a word for lexicon words ('kata-kata' is not the verb 'kata').
    """
    names: list[tuple[int, int, str, Any]] = []
    hits: list[Hit] = []
    n = len(text)
    for end_idx, (key, payloads) in res.names_automaton.iter(text):
        start = end_idx - len(key) + 1
        end = end_idx + 1
        if start > 0 and text[start - 1].isalnum() and key[0].isalnum():
            continue
        if end < n and text[end].isalnum() and key[-1].isalnum():
            continue
        for kind, value in payloads:
            names.append((start, end, kind, value))
    for end_idx, (key, payloads) in res.automaton.iter(low):
        start = end_idx - len(key) + 1
        end = end_idx + 1
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "-"):
            continue
        if end < n and (low[end].isalnum() or low[end] == "-"):
            continue
        for kind, value in payloads:
            hits.append(Hit(start, end, kind, value))
    hits.sort(key=lambda h: (h.start, -h.end))
    return names, hits


def _select_names(cands: list[tuple[int, int, str, Any]]) -> list[tuple[int, int, list[tuple[str, Any]]]]:
    """Longest non-overlapping name matches, keeping every reading of the chosen span."""
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0]), _KIND_RANK.get(c[2], 9)))
    out: list[tuple[int, int, list[tuple[str, Any]]]] = []
    last_end = -1
    for s, e, kind, value in cands:
        if out and s == out[-1][0] and e == out[-1][1]:
            out[-1][2].append((kind, value))
            continue
        if s < last_end:
            continue
        out.append((s, e, [(kind, value)]))
        last_end = e
    return out


class EntityBuilder:
    """Builds the entities of one article; the methods are the stages of entity finding."""

    def __init__(self, text: str, low: str, res: LangResources, shared: SharedResources, when: date | None):
        self.text, self.low, self.res, self.shared, self.when = text, low, res, shared, when
        self.ents: dict[str, Ent] = {}
        self.mentions: list[Mention] = []
        self.covered: list[tuple[int, int, Mention | None]] = []
        self.surnames: dict[str, Ent] = {}
        self._last_defaulted = False

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

    def person_kb_ent(self, pid: str) -> Ent:
        ent = self.ents.get(pid)
        if ent is None:
            p = self.shared.persons[pid]
            role = kb_role_at(p, self.when)
            country = None
            international = False
            if role is not None:
                if role.where.startswith("kb:org:"):
                    org = self.shared.orgs.get(role.where)
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
            o = self.shared.orgs[oid]
            ent = self.ents[oid] = Ent(oid, "ORG", o.name, id=oid, country=o.country, international=o.international,
                                       official=o.international)
        return ent

    def add_mention(self, start: int, end: int, ent: Ent, how: str) -> Mention:
        m = Mention(start, end, ent, how)
        self.mentions.append(m)
        ent.mentions.append((start, end))
        return m

    # -- stage 1: gazetteer and knowledge base ----------------------------------------------------------
    def add_known(self, names: list[tuple[int, int, str, Any]]) -> None:
        for s, e, readings in _select_names(names):
            kind, value = min(readings, key=lambda r: _KIND_RANK.get(r[0], 9))
            if kind == "person":
                m = self.add_mention(s, e, self.person_kb_ent(value), "name")
            elif kind == "person_short":
                m = self.add_mention(s, e, self.person_kb_ent(value), "short")
            elif kind == "org":
                m = self.add_mention(s, e, self.org_kb_ent(value), "name")
            elif kind == "country":
                m = self.add_mention(s, e, self.country_ent(value), "name")
            elif kind == "demonym":
                m = self.add_mention(s, e, self.country_ent(value), "demonym")
            elif kind == "city":
                metonym = next((v for k, v in readings if k == "metonym"), None)
                ent = self.city_ent(value)
                m = self.add_mention(s, e, ent, "metonym" if metonym else "name")
            elif kind == "metonym":
                ent = self.country_ent(value)
                m = self.add_mention(s, e, ent, "metonym")
            else:  # region
                key = f"region:{value}"
                ent = self.ents.get(key) or self.ents.setdefault(key, Ent(key, "LOC", value))
                m = self.add_mention(s, e, ent, "name")
            self.covered.append((s, e, m))

    # -- stage 2: names marked by titles and verbs of saying ---------------------------------------------
    def find_names(self, hits: list[Hit]) -> None:
        text = self.text
        title_at_end: dict[int, Hit] = {}
        title_spans: list[tuple[int, int]] = []
        say_pre_at: dict[int, Hit] = {}
        say_post_end: set[int] = set()
        for h in hits:
            if h.kind == "title":
                prev = title_at_end.get(h.end)
                if prev is None or prev.start > h.start:
                    title_at_end[h.end] = h
                title_spans.append((h.start, h.end))
            elif h.kind == "say_pre":
                say_pre_at[h.start] = h
            elif h.kind == "say_post" or h.kind == "according":
                say_post_end.add(h.end)
        covered_pos: set[int] = set()
        for cs, ce, _ in self.covered:
            covered_pos.update(range(cs, ce))
        for ts_, te_ in title_spans:
            covered_pos.update(range(ts_, te_))
        for h in hits:  # 'Traders said', 'Sumber mengatakan': lexicon words are not names
            if h.kind in _NOT_NAME_KINDS:
                covered_pos.update(range(h.start, h.end))
        name_stop = self.res.name_stop
        for run in _CAP_RUN.finditer(text):
            rs, re_ = run.span()
            toks = [(rs + t.start(), rs + t.end()) for t in _TOKEN.finditer(run.group(0))]
            cur: list[tuple[int, int]] = []
            for ts, te in toks + [(-1, -1)]:
                known = ts < 0
                if not known:
                    word = text[ts:te].rstrip(".,")
                    if word in name_stop or ts in covered_pos or (te - 1) in covered_pos:
                        known = True
                    elif word.lower() in _CONNECTORS and (not cur or word.lower() not in _NAME_CONNECTORS):
                        known = True
                if known:
                    if cur:
                        self._candidate(cur[0][0], cur[-1][1], title_at_end, say_pre_at, say_post_end)
                    cur = []
                else:
                    cur.append((ts, te))
        self.mentions.sort(key=lambda m: m.start)

    def _candidate(self, s: int, e: int, titles: dict[int, Hit], say_pre: dict[int, Hit], say_post: set[int]) -> None:
        text = self.text
        while e > s and text[e - 1] in ".,'’-":
            if text[e - 1] == "." and e - s >= 2 and text[e - 2].isupper() and (e - s == 2 or text[e - 3] in " ."):
                break  # an initial ("L.P.")
            e -= 1
        surf = text[s:e]
        pm = _POSSESSIVE.search(surf)
        if pm:
            e -= len(pm.group(0))
            surf = text[s:e]
        if len(surf) < 2:
            return
        words = surf.split()
        # A bare surname or first name of someone met earlier.
        if len(words) <= 2:
            ent = self.surnames.get(surf) or (self.surnames.get(words[-1]) if len(words) == 1 else None)
            if ent is not None:
                self.add_mention(s, e, ent, "coref")
                return
        if words[0] in self.res.org_heads or words[-1] in self.res.org_tails:
            self._org(s, e, surf)
            return
        # What precedes: title (with an optional country between), and what follows: a verb of saying.
        p0 = s - 1 if s > 0 and text[s - 1] == " " else s
        if p0 in self._titles_by_end or p0 in self._mention_by_end:
            role, country, official, tstart = self._title_before(s)
        else:
            role, country, official, tstart = None, None, False, s
        after = text[e:e + 3]
        j = e + (2 if after.startswith(", ") else 1 if after.startswith(" ") else 0)
        said_after = j in say_pre
        before = text[max(0, s - 2):s]
        said_before = (s - 1 in say_post and before.endswith(" ")) or (s - 2 in say_post and before == ", ")
        if role is None and not said_after and not said_before:
            fuzzy = self._fuzzy_country(s, e, surf)
            if fuzzy:
                self.add_mention(s, e, self.country_ent(fuzzy), "name")
            return
        if len(words) > 5:
            return
        key = "person:" + " ".join(words).lower()
        ent = self.ents.get(key)
        if ent is None:
            ent = self.ents[key] = Ent(key, "PERSON", surf, role=role, country=country, official=official,
                                       country_default=role is not None and self._last_defaulted)
        else:
            ent.role = ent.role or role
            ent.country = ent.country or country
            ent.official = ent.official or official
        self.add_mention(s, e, ent, "name")
        for w in words:
            if len(w) > 2 and w not in self.res.name_stop:
                self.surnames.setdefault(w, ent)

    def _org(self, s: int, e: int, surf: str) -> None:
        key = "org:" + surf.lower()
        ent = self.ents.get(key)
        if ent is None:
            ent = self.ents[key] = Ent(key, "ORG", surf)
            first = surf.split()[0]
            if first not in self.res.org_heads and len(first) > 2:
                self.surnames.setdefault(first, ent)
        self.add_mention(s, e, ent, "name")

    def _title_before(self, s: int) -> tuple[str | None, str | None, bool, int]:
        """Walk back from a name over 'Title [Country]' / '[Country] Title'; return (role, country, official, start)."""
        text = self.text
        pos = s
        role = country = None
        official = False
        tstart = s
        titles_by_end = self._titles_by_end
        for _ in range(4):
            while pos > 0 and text[pos - 1] == " ":
                pos -= 1
            t = titles_by_end.get(pos)
            if t is not None and role is None:
                spec = self.res.titles[t.value]
                role, official = spec.role, spec.official
                country = country or spec.country
                pos = tstart = t.start
                continue
            m = self._mention_by_end.get(pos)
            if m is not None and m.ent.type in ("GPE", "ORG") and (m.how in ("name", "demonym", "metonym") or m.ent.type == "ORG"):
                if country is None:
                    country = m.ent.country if m.ent.type == "GPE" else (m.ent.country or None)
                pos = m.start
                continue
            break
        if role is not None and country is None and official:
            country = self.res.lex.home_country
            self._last_defaulted = True
        else:
            self._last_defaulted = False
        return role, country, official, tstart

    def _fuzzy_country(self, s: int, e: int, surf: str) -> str | None:
        if " " in surf or len(surf) < 6:
            return None
        best, best_score = None, 0.0
        for name, iso in self.res.fuzzy_index.get(surf[:3].lower(), ()):
            score = ratio(surf, name)
            if score > best_score:
                best, best_score = iso, score
        return best if best_score >= 88 else None

    def prepare_lookups(self, hits: list[Hit]) -> None:
        self._titles_by_end: dict[int, Hit] = {}
        for h in hits:
            if h.kind == "title":
                prev = self._titles_by_end.get(h.end)
                if prev is None or h.start < prev.start:
                    self._titles_by_end[h.end] = h
        self._mention_by_end: dict[int, Mention] = {m.end: m for m in self.mentions}

    # -- stage 3: descriptors, groups and role attachment to known people ---------------------------------
    def attach_titles(self) -> None:
        """Give KB people and found people the role and country their title in this article states."""
        for m in self.mentions:
            if m.ent.type != "PERSON" or m.how not in ("name",):
                continue
            role, country, official, _ = self._title_before(m.start)
            if role is not None and m.ent.id is not None:
                if m.ent.role is None:
                    m.ent.role = role
                if country and m.ent.country is None:
                    m.ent.country = country
                m.ent.official = m.ent.official or official

    def bare_titles(self, hits: list[Hit]) -> None:
        """Official titles with no name: '<demonym> foreign minister' descriptors, or coref to a titled person."""
        text = self.text
        by_start = {m.start for m in self.mentions}
        for h in hits:
            if h.kind != "title":
                continue
            spec = self.res.titles[h.value]
            if not spec.official:
                continue
            # A title directly followed by a name (possibly after a country) is not bare.
            if self._titled_person_follows(h.end):
                continue
            _, country, _, _ = self._title_before(h.start)
            after = self._next_mention(h.end, 2)
            if country is None and after is not None and after.ent.type == "GPE" and after.how == "name":
                country = after.ent.country
            # Coref to the last person who holds that role, when no new country is given.
            prev = [m for m in self.mentions if m.end <= h.start and m.ent.type == "PERSON" and m.ent.role == spec.role
                    and (country is None or m.ent.country == country)]
            if prev and h.start not in by_start:
                self.add_mention(h.start, h.end, prev[-1].ent, "title")
                continue
            if country and spec.role:
                name = f"{country} {spec.role}"
                key = f"desc:{country}:{spec.role}"
                ent = self.ents.get(key) or self.ents.setdefault(
                    key, Ent(key, "PERSON", name, country=country, role=spec.role, official=True, descriptor=True))
                start = h.start
                self.add_mention(start, h.end, ent, "title")
        self.mentions.sort(key=lambda m: m.start)
        del text

    def _titled_person_follows(self, pos: int) -> bool:
        i = bisect_left([m.start for m in self.mentions], pos)
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
        i = bisect_left(starts, pos)
        if i < len(self.mentions) and self.mentions[i].start - pos <= window:
            return self.mentions[i]
        return None


def _only_places_between(b: EntityBuilder, s: int, e: int) -> bool:
    gap = b.text[s:e]
    for m in b.mentions:
        if s <= m.start and m.end <= e:
            gap = gap.replace(b.text[m.start:m.end], "")
    return not gap.strip(" ,")


def _covered(starts: list[int], covered: list[tuple[int, int, Mention | None]], s: int, e: int) -> bool:
    i = bisect_left(starts, s + 1) - 1
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


def analyse(text: str, res: LangResources, shared: SharedResources, when: date | None) -> Analysis:
    """Find every entity and lexicon hit of one article."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower()[0] for c in text)
    names, all_hits = scan(text, low, res)
    titles = longest_titles(all_hits)
    hits = [h for h in all_hits if h.kind != "title"] + titles
    hits.sort(key=lambda h: (h.start, -h.end))
    b = EntityBuilder(text, low, res, shared, when)
    b.add_known(names)
    b.mentions.sort(key=lambda m: m.start)
    b.prepare_lookups(hits)
    b.find_names(hits)
    b.prepare_lookups(hits)
    b.attach_titles()
    b.bare_titles(hits)
    return Analysis(text, low, res.lang, res, shared, when, b.ents, b.mentions, [m.start for m in b.mentions], hits,
                    [h.start for h in hits])
