"""Statements: direct quotations and reported speech attributed to a named speaker.

Only sentences with a verb of saying (or an "according to" phrase) and paragraphs with quotation marks are
looked at. The speaker is the named person, body, government or "officials of X" group in the subject (or,
after a post-posed verb like "kata"/"said", the object) position; unnamed sources give no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from streamer.extraction.entities import Analysis, Ent, Hit, Mention

_QUOTE = re.compile(r"\"([^\"\n]{2,3000})\"|“([^”\n]{2,3000})”")
_GAP_PUNCT = re.compile(r"^[\s,:]*$")
_WORDS = re.compile(r"[\w'’.-]+")
MAX_APPOSITIVE = 120


@dataclass(slots=True)
class RawStatement:
    speaker: Ent
    mention: Mention | None
    quote: str
    kind: str  # direct / reported
    start: int  # offset of the utterance
    sent: tuple[int, int]
    addressee: Mention | None
    confidence: float


class _Speakers:
    """Resolves the speaker of a verb of saying from the subject or object position."""

    def __init__(self, a: Analysis):
        self.a = a
        self.by_end = {m.end: m for m in a.mentions}
        self.by_start = {m.start: m for m in a.mentions}
        self.hit_by_end: dict[int, list[Hit]] = {}
        for h in a.hits:
            self.hit_by_end.setdefault(h.end, []).append(h)
        self.hit_by_start: dict[int, list[Hit]] = {}
        for h in a.hits:
            self.hit_by_start.setdefault(h.start, []).append(h)
        self.groups: dict[str, Ent] = {}

    def _hit_ending(self, pos: int, kind: str) -> Hit | None:
        if kind in self.a.res.word_rx:
            return self.a.word_ending_at(pos, kind)
        for h in self.hit_by_end.get(pos, ()):
            if h.kind == kind:
                return h
        return None

    def _skip_back(self, pos: int, floor: int) -> int:
        """Move left over spaces and subject gap words ('juga', 'telah', 'also' ...)."""
        text = self.a.text
        gap = self.a.res.gap_words
        while pos > floor:
            while pos > floor and text[pos - 1] == " ":
                pos -= 1
            j = pos
            while j > floor and (text[j - 1].isalnum() or text[j - 1] in "-'’"):
                j -= 1
            word = text[j:pos].lower()
            if j < pos and word in gap and pos not in self.by_end:
                pos = j
                continue
            break
        return pos

    def before(self, pos: int, floor: int) -> tuple[Ent | None, Mention | None]:
        """The speaker whose phrase ends right before ``pos`` (a verb of saying), or (None, None)."""
        text = self.a.text
        for _ in range(2):
            p = self._skip_back(pos, floor)
            m = self.by_end.get(p)
            if m is not None:
                return self._from_mention(m, floor)
            g = self._hit_ending(p, "group")
            if g is not None:
                return self._group_before(g, floor)
            for kind in ("pronoun", "anaphor"):
                h = self._hit_ending(p, kind)
                if h is not None:
                    return self._resolve_anaphor(h)
            # An appositive: "Blinken, who arrived on Monday, said" / "Abdalla Yousef, mengatakan".
            if p > floor and text[p - 1] == ",":
                q = text.rfind(",", max(floor, p - MAX_APPOSITIVE), p - 1)
                m = self.by_end.get(self._skip_back(p - 1, floor))
                if m is not None:
                    return self._from_mention(m, floor)
                if q > floor:
                    pos = q
                    continue
            break
        return None, None

    def after(self, pos: int, ceil: int) -> tuple[Ent | None, Mention | None]:
        """The speaker right after a post-posed verb ('kata Blinken', 'said Baker'), skipping a title/country."""
        text = self.a.text
        p = pos
        for _ in range(5):
            while p < ceil and text[p] == " ":
                p += 1
            m = self.by_start.get(p)
            if m is not None:
                if m.ent.type == "PERSON" or m.ent.type == "ORG" and not self._followed_by_person(m, ceil):
                    if m.ent.type == "ORG" and self._hit_starting(m.end + 1, "group"):
                        return self._group(m.ent, m), m
                    return m.ent, m
                p = m.end
                continue
            h = next(iter(self.hit_by_start.get(p, ())), None)
            if h is not None and h.kind in ("title", "group"):
                if h.kind == "group":
                    nm = self.by_start.get(h.end + 1)
                    if nm is not None and nm.ent.type in ("GPE", "ORG"):
                        return self._group(nm.ent, nm), nm
                    return None, None
                p = h.end
                continue
            if h is not None and h.kind == "anaphor":
                return self._resolve_anaphor(h)
            j = p
            while j < ceil and text[j].isalpha():
                j += 1
            ph = self.a.word_ending_at(j, "pronoun") if j > p else None
            if ph is not None and ph.start == p:
                return self._resolve_anaphor(ph)
            break
        return None, None

    def _hit_starting(self, pos: int, kind: str) -> Hit | None:
        for h in self.hit_by_start.get(pos, ()):
            if h.kind == kind:
                return h
        return None

    def _followed_by_person(self, m: Mention, ceil: int) -> bool:
        nxt = self.by_start.get(m.end + 1)
        return nxt is not None and nxt.ent.type == "PERSON"

    def _from_mention(self, m: Mention, floor: int) -> tuple[Ent | None, Mention | None]:
        ent = m.ent
        if ent.type == "PERSON" or ent.type == "ORG":
            # "Para pejabat AS" handled via the group noun before a place; "pejabat PBB" too.
            g = self._hit_ending(self._skip_back(m.start, floor), "group")
            if g is not None and ent.type == "ORG":
                return self._group(ent, m), m
            if self._unnamed_before(m.start, floor):
                return None, None
            return ent, m
        if ent.type == "GPE":
            g = self._hit_ending(self._skip_back(m.start, floor), "group")
            if g is not None:
                return self._group(self.a_country(ent), m), m
            if self._unnamed_before(m.start, floor):
                return None, None
            if m.how in ("metonym", "name") and (ent.geonames_id is None or m.how == "metonym"):
                # A country or a capital used for its government ("Washington said", "China said").
                return self.a_country(ent), m
        return None, None

    def a_country(self, ent: Ent) -> Ent:
        key = f"iso:{ent.country}"
        return self.a.ents.get(key) or ent

    def _unnamed_before(self, pos: int, floor: int) -> bool:
        text = self.a.text
        lo = max(floor, pos - 40)
        seg = text[lo:pos]
        if "," in seg:
            lo = lo + seg.rfind(",") + 1
        for h in self.a.hits_in(lo, pos, "unnamed"):
            return True
        return False

    def _group_before(self, g: Hit, floor: int) -> tuple[Ent | None, Mention | None]:
        """'<country|body> officials' (English order) or '<group> <country|body>' already handled by mentions."""
        p = g.start
        for _ in range(3):
            p2 = self._skip_back(p, floor)
            m = self.by_end.get(p2)
            if m is not None and m.ent.type in ("GPE", "ORG"):
                return self._group(m.ent if m.ent.type == "ORG" else self.a_country(m.ent), m), m
            # skip one adjective ("senior", "government")
            j = p2
            while j > floor and self.a.text[j - 1].isalpha():
                j -= 1
            if j == p2:
                break
            p = j
        return None, None

    def _group(self, body: Ent, m: Mention) -> Ent:
        label = self.a.res.lex.group_label
        if body.type == "GPE":
            cname = "US" if body.country == "US" else self.a.shared.countries.get(body.country or "", body.name)
            name = f"{cname} {label}"
            key = f"group:{body.country}"
        else:
            name = f"{body.name if len(body.name) < 12 or not body.mentions else self.a.text[m.start:m.end]} {label}"
            key = f"group:{body.key}"
        ent = self.a.ents.get(key)
        if ent is None:
            ent = self.a.ents[key] = Ent(key, "ORG", name, country=body.country, group=True, official=True)
        return ent

    def _resolve_anaphor(self, h: Hit) -> tuple[Ent | None, Mention | None]:
        want = "PERSON" if h.kind == "pronoun" else "ORG"
        for m in reversed(self.a.mentions):
            if m.end <= h.start and m.ent.type == want and not m.ent.group:
                if want == "ORG" and m.ent.international and h.value in ("the company", "perusahaan itu"):
                    continue
                return m.ent, None
            if m.end <= h.start and h.start - m.end > 1500:
                break
        return None, None


def _clean_clause(s: str) -> str:
    s = s.strip(" ,.:;\"“”")
    return s


def find_statements(a: Analysis, sentences: list[tuple[int, int]], check) -> list[RawStatement]:  # type: ignore[no-untyped-def]
    """Every attributed utterance of the article, in text order."""
    text = a.text
    sp = _Speakers(a)
    out: list[RawStatement] = []
    used_verbs: set[int] = set()
    sent_starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        from bisect import bisect_right

        i = bisect_right(sent_starts, pos) - 1
        return sentences[max(i, 0)]

    # Direct quotations with an attribution right after or right before the quote.
    if '"' in text or "“" in text:
        for qm in _QUOTE.finditer(text):
            qs, qe = qm.span()
            inner = qm.group(1) if qm.group(1) is not None else qm.group(2)
            inner_start = qs + 1
            if len(inner.split()) < 3:
                continue
            ent = mention = None
            verb_at = -1
            # After: '"...," kata Blinken' / '"...," Blinken said' / '", said Baker'.
            p = qe
            while p < len(text) and text[p] in " ,":
                p += 1
            for h in sp.hit_by_start.get(p, ()):
                if h.kind in ("say_post", "say_pre"):
                    ent, mention = sp.after(h.end, min(len(text), h.end + 80))
                    verb_at = h.start
                    break
            if ent is None and verb_at < 0:
                # '"..." Blinken said' : a speaker then a verb of saying.
                m = sp.by_start.get(p)
                if m is not None:
                    q = m.end
                    while q < len(text) and text[q] == " ":
                        q += 1
                    for h in sp.hit_by_start.get(q, ()):
                        if h.kind in ("say_pre", "say_post"):
                            ent, mention = sp.before(h.start, qe)
                            verb_at = h.start
                            break
            if ent is None and verb_at < 0:
                # Before: 'Blinken mengatakan: "..."' / 'Blinken said, "..."'.
                p = qs
                while p > 0 and text[p - 1] in " ,:":
                    p -= 1
                for h in sp.hit_by_end.get(p, ()):
                    if h.kind in ("say_pre", "say_post"):
                        ss, _ = sentence_of(h.start)
                        ent, mention = sp.before(h.start, ss)
                        verb_at = h.start
                        break
            if verb_at >= 0:
                used_verbs.add(verb_at)
            if ent is None:
                continue
            s = sentence_of(qs)
            out.append(RawStatement(ent, mention, inner.strip(" ,"), "direct", inner_start, s, None, 0.9))

    # Reported speech, sentence by sentence, only where a verb of saying occurs.
    for ss, se in sentences:
        check()
        verbs = [h for h in a.hits_in(ss, se) if h.kind in ("say_pre", "say_post", "according")]
        if not verbs:
            continue
        for h in verbs:
            if h.start in used_verbs:
                continue
            used_verbs.add(h.start)
            if _inside_quote(text, ss, h.start):
                continue
            ent = mention = addressee = None
            quote = ""
            start = h.start
            if h.kind == "according":
                ent, mention = sp.after(h.end, min(se, h.end + 80))
                if ent is None:
                    continue
                after_name = (mention.end if mention else h.end)
                comma = text.find(",", after_name, se)
                if comma >= 0 and comma - after_name < 80:
                    quote = text[comma + 1:se]
                    start = comma + 1
                else:
                    quote = text[ss:h.start]
                    start = ss
            else:
                if h.kind == "say_pre":
                    ent, mention = sp.before(h.start, ss)
                if ent is None and h.kind == "say_post":
                    # '<clause>, kata Blinken.' : the verb follows a comma.
                    j = h.start
                    while j > ss and text[j - 1] == " ":
                        j -= 1
                    if j > ss and text[j - 1] in ",\"”":
                        ent, mention = sp.after(h.end, min(se, h.end + 80))
                        if ent is not None:
                            quote = text[ss:j - 1]
                            start = ss
                    elif h.kind == "say_post" and h.value in a.res.lex.say_verbs_pre:
                        ent, mention = sp.before(h.start, ss)
                if ent is None:
                    continue
                if not quote:
                    p = h.end
                    addr_hit = next((x for x in a.hits_in(p, min(se, p + 12), "addr")), None)
                    if addr_hit is not None:
                        am = next((m for m in a.mentions_in(addr_hit.end, min(se, addr_hit.end + 60)) if m.ent.type == "PERSON"), None)
                        if am is not None:
                            addressee = am
                            p = am.end
                    elif h.value in ("told",):
                        am = next((m for m in a.mentions_in(p, min(se, p + 40))), None)
                        if am is not None and am.ent.type in ("PERSON", "ORG") and not text[p:am.start].strip(" ,"):
                            addressee = am
                            p = am.end
                        elif comp_hit := next(iter(a.hits_in(p, min(se, p + 40), "comp")), None):
                            p = comp_hit.start
                        else:  # 'told reporters ...', 'told a news conference ...'
                            nxt = text.find(" ", p + 1, se)
                            p = nxt if nxt > 0 else p
                    comp = next((x for x in a.hits_in(p, min(se, p + 40), "comp")), None)
                    if comp is not None:
                        p = comp.end
                    quote = text[p:se]
                    start = p
            quote = _clean_clause(quote)
            if len(quote.split()) < 2:
                continue
            while start < se and text[start] in " ,:":
                start += 1
            out.append(RawStatement(ent, mention, quote, "reported", start, (ss, se), addressee,
                                    0.8 if ent.type == "PERSON" else 0.7))
    out.sort(key=lambda r: r.start)
    return out


def _inside_quote(text: str, ss: int, pos: int) -> bool:
    seg = text[ss:pos]
    return seg.count('"') % 2 == 1 or seg.count("“") > seg.count("”")
