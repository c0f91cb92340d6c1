"""Statements: direct quotations and reported speech attributed to a named speaker.

Only sentences with a verb of saying (or an "according to" phrase) and paragraphs with quotation marks are
looked at. The speaker is the named person, body, government or "officials of X" group in the subject (or,
after a post-posed verb like "kata"/"said", the object) position; unnamed sources give no event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Final

from streamer.extraction.entities import (RANKS_ID, Analysis, Ent, Hit, Mention, desc_comma_name_start, desc_name_start,
                                          bisect_right_int, char_alnum, char_alpha, char_lower, char_upper, ends_at, lower_at,
                                          matches_from, scan_names, starts_at, upper_at)
from streamer.extraction.entities import actor_model, ent_key, trusted_model
from streamer.extraction.model import Evidence, Statement
from streamer.extraction.visits import word_matches_at_di

# also mixed marks: '"...”' and '“..."'
_QUOTE: Final = re.compile(r"\"([^\"\n]{2,3000})[\"”]|“([^”\n]{2,3000})”|“([^”\"\n]{2,3000})\"")
_GAP_PUNCT: Final = re.compile(r"^[\s,:]*$")
_WORDS: Final = re.compile(r"[\w'’.-]+")
MAX_APPOSITIVE: Final = 120
# Up to three capitalised descriptor words, then an honorific: 'kata Arkeolog Aceh Dr X Y'.
_HONORIFIC_AFTER: Final = re.compile(r" (?:[A-Z][a-z]+ ){1,3}(?:Dr|dr|drg|Prof)\.? (?=[A-Z][a-z])")


_NO_HITS: Final[list[Hit]] = []  # no hits at an offset (shared: never changed)


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

    def __init__(self, speaker: Ent, mention: Mention | None, quote: str, kind: str, start: int,
                 sent: tuple[int, int], addressee: Mention | None, confidence: float) -> None:
        # (written out: the compiled core compiles it; the dataclass decorator's runs in the interpreter)
        self.speaker = speaker
        self.mention = mention
        self.quote = quote
        self.kind = kind
        self.start = start
        self.sent = sent
        self.addressee = addressee
        self.confidence = confidence


class _Speakers:
    """Resolves the speaker of a verb of saying from the subject or object position."""

    def __init__(self, a: Analysis):
        self.a = a
        self.by_end = {m.end: m for m in a.mentions}
        self.by_start = dict(zip(a.starts, a.mentions))  # a.starts[i] == a.mentions[i].start
        # The hits at an offset are found in a.hits (sorted by start, then longest first) by bisection, not through
        # two dicts over every hit (built for each article, most of them never looked up); a hit ending at an
        # offset starts at most the longest hit's length before it.
        longest = 0
        for h in a.hits:
            if h.end - h.start > longest:
                longest = h.end - h.start
        self.longest_hit = longest
        self.groups: dict[str, Ent] = {}
        self.made: list[Mention] = []  # names read on the statement side, in the order they were made (round 20)
        self._names: dict[str, Ent] = {}  # _person_names() as of _names_for entities
        self._names_for = -1

    def hits_starting(self, pos: int) -> list[Hit]:
        """The hits starting at ``pos``, in a.hits' order (the shared empty list when none: do not change it)."""
        hs = self.a.hit_starts
        i = bisect_right_int(hs, pos - 1)
        n = len(hs)
        if i >= n or hs[i] != pos:
            return _NO_HITS
        j = i + 1
        while j < n and hs[j] == pos:
            j += 1
        return self.a.hits[i:j]

    def hits_ending(self, pos: int) -> list[Hit]:
        """The hits ending at ``pos``, in a.hits' order (the shared empty list when none: do not change it)."""
        hs = self.a.hit_starts
        i = bisect_right_int(hs, pos - self.longest_hit - 1)
        j = bisect_right_int(hs, pos)
        hits = self.a.hits
        out = _NO_HITS
        while i < j:
            h = hits[i]
            if h.end == pos:
                if out is _NO_HITS:
                    out = [h]
                else:
                    out.append(h)
            i += 1
        return out

    def _hit_ending(self, pos: int, kind: str) -> Hit | None:
        wr = self.a.res.word_rx.get(kind)
        if wr is not None:
            # what a.word_ending_at(pos, kind) returns, without its regex: the letters and digits ending at pos,
            # when one of the kind's words (its pattern, '(?<!\w)(?:w1|w2...)(?!\w)', fullmatched there: the
            # word whole, no '_' before it)
            low = self.a.low
            j = pos
            while j > 0 and char_alnum(low[j - 1]):
                j -= 1
            if j == pos:
                return None
            w = low[j:pos]
            values = wr[1]
            if w not in values or j > 0 and low[j - 1] == "_":
                return None
            return Hit(j, pos, kind, values[w])
        for h in self.hits_ending(pos):
            if h.kind == kind:
                return h
        return None

    def _skip_back(self, pos: int, floor: int) -> int:
        """Move left over spaces and subject gap words ('juga', 'telah', 'also' ...)."""
        text = self.a.text
        gap = self.a.res.gap_words
        while pos > floor:
            while pos > floor and text[pos - 1] in " >":  # '<Renouf Corp Ltd> said': Reuters' company markup
                pos -= 1
            if pos < len(text) and text[pos] == ">" and not (pos in self.by_end and _MARKUP_NAME.search(
                    text, max(floor, self.by_end[pos].start - 9), self.by_end[pos].start)):
                # ('Dixie Yarns Inc and <Acme Inc> said': a name in the markup, after a conjunction)
                # 'British Aerospace Plc <BAEL.L> said': a stock ticker after the company's name
                lt = _ticker_start(text, pos, floor)
                if lt >= 0:
                    pos = lt
                    continue
            if pos > floor and (text[pos - 1] == "m" or text[pos - 1] == "r") and (
                    ends_at(text, " him", floor, pos) or ends_at(text, " her", floor, pos)
                    or ends_at(text, " them", floor, pos)) and (
                    am := _ACCOMPANYING.search(text, max(floor, pos - 30), pos)) is not None:
                pos = am.start()  # round 31: 'Iranian officials accompanying him said' (the company on a trip)
                continue
            # the word ending at pos: up to the space before it when it is all letters and digits (the common
            # case, one rfind), else scanned back over letters, digits, hyphens and apostrophes
            k = text.rfind(" ", floor, pos)
            j = k + 1 if k >= 0 else floor
            if not text[j:pos].isalnum():
                j = pos
                while j > floor and (char_alnum(text[j - 1]) or text[j - 1] in "-'’"):
                    j -= 1
            word = text[j:pos].lower()
            if j < pos and (word in gap or (self.a.lang == "en" and word.endswith("ly") and pos - j > 4
                                            and word not in _NOT_GAP_LY and text[j:pos].islower())) \
                    and pos not in self.by_end:
                pos = j  # (round 42: 'X heavily criticized', 'X strongly denied': an -ly manner adverb)
                continue
            break
        return pos

    def before(self, pos: int, floor: int) -> tuple[Ent | None, Mention | None]:
        """The speaker whose phrase ends right before ``pos`` (a verb of saying), or (None, None)."""
        text = self.a.text
        verb = pos
        if self.a.lang == "id" and self.a.low.find(" yang d", floor, pos) >= 0 \
                and _STUDY_SUBJECT_ID.fullmatch(self.a.low, floor, pos) is not None:
            return None, None  # round 53: 'Sebuah studi yang dilakukan di University of X mengklaim': research
            # narration; the study speaks, not the university or the journal named inside its relative clause
        if self.a.lang == "en" and text.find(" manag", max(0, text.find(" ", pos))) >= 0 \
                and _MANAGER_AFTER.match(text, text.find(" ", pos)):
            return None, None  # '..., said sole manager X': the speaker follows the verb
        if self.a.lang == "en" and pos > floor and text[pos - 2:pos] == ", " and self._person_after_said(pos):
            return None, None  # 'X, which ..., stands to lose ..., said (analyst) Jane Roe': she speaks (round 22)
        if self.a.lang == "en" and pos - floor < 260 and text.find(", ", floor, pos) >= 0:
            s0 = floor
            while s0 < pos and text[s0] in " \"“\n":
                s0 += 1
            pm = self.by_start.get(s0)
            if pm is not None and pm.ent.type == "PERSON" and starts_at(text, ", ", pm.end) \
                    and _EMPLOYER_APPOSITION.match(self.a.low, pm.end + 2, pos) is not None \
                    and not any(c in text[pm.end + 2:pos].replace("&lt;", "<") for c in ",;:\"“”()"):
                return pm.ent, pm  # round 47: 'Jane Roe, chairman of the survey committee at Acme Corp said': the
                # name opening the sentence speaks when its appositive runs up to the verb unclosed
        if self.a.lang == "en" and pos - floor > 6 and text[pos - 1] == " " and (lf := text.rfind(", ", floor, pos)) > floor \
                and text[lf + 2:pos - 1] in _FORMS_OR_SUFFIXES \
                and (lm := self.by_end.get(lf)) is not None and lm.ent.type == "ORG":
            return lm.ent, lm  # round 47: 'Acme de Venezuela, S.A. said': the legal form set off by a comma closes the name
        if self.a.lang == "en" and self.a.low.find("manager", max(floor, pos - 120), pos) >= 0:
            bm = _MANAGER_BEFORE.search(text, max(floor, pos - 120), pos)
            if bm is not None:
                m = self._body_phrase(bm.start(1), bm.end(1))  # '..., lead manager Credit Commercial de France said'
                if m is not None:
                    return m.ent, m
        if self.a.lang == "id" and _may_end_time(self.a.low, max(floor, pos - 40), pos) \
                and (tm := _TIME_BEFORE.search(self.a.low, max(floor, pos - 40), pos)) is not None:
            pos = tm.start()  # 'Uber pada hari Jumat mengatakan', 'X, Senin mengatakan', 'X dengan tegas mengatakan':
            # a time or manner adverbial between subject and verb
        elif self.a.lang == "id" and _may_end_set_off(text, max(floor, pos - 40), pos, ", ") \
                and _may_end_day(text, max(floor, pos - 40), pos) \
                and (tm := _COMMA_DAY_BEFORE.search(text, max(floor, pos - 40), pos)) is not None \
                and not _SOURCE_BEFORE.search(self.a.low, max(floor, pos - 80), tm.start(1)):
            pos = tm.start(1)
        elif self.a.lang == "id" and pos - 7 > floor and starts_at(self.a.low, " yang ", pos - 6) \
                and char_alpha(text[pos - 7]) and (yend := self._name_before_yang(pos - 6, floor)):
            pos = yend  # 'Budi Santoso yang mengatakan ...': the named head of the relative clause says it (round 18)
        lead_in = _LEAD_IN_BEFORE.search(text, max(floor, pos - 90), pos) \
            if self.a.lang == "id" and (_may_end_set_off(text, max(floor, pos - 90), pos, " di ")
                                        or _may_end_set_off(text, max(floor, pos - 90), pos, " kepada ")) else None
        if lead_in is not None:
            # 'X di Karangasem, Bali, Sabtu, menjelaskan', 'X kepada Antara, mengakui': the place and day, or the
            # addressee, stand between the subject and its verb; the addressee never speaks (round 15)
            subj = self.by_end.get(lead_in.start())
            if subj is not None and subj.ent.type in ("PERSON", "ORG"):
                pos = lead_in.start()
            elif starts_at(text, " kepada ", lead_in.start()):
                k0 = max(floor, text.rfind(" ", floor, lead_in.start()) + 1)
                if subj is not None or not char_upper(text[k0]) or not text[k0:lead_in.start()].isalpha():
                    return None, None
                pos = lead_in.start()  # round 36: 'Pelatih X, Budi Santoso kepada wartawan mengatakan': a name the
                # entity stage did not build closes the subject; the addressee still never speaks
        if self.a.lang == "id" and self.a.low.find(" di sela", max(floor, pos - 150), pos) >= 0:
            # 'X di sela rapat kerja (di Jakarta, Senin,) mengatakan': the occasion stands between the subject
            # and its verb (round 18)
            q = pos if lead_in is None else lead_in.start()
            am = _ASIDE_BEFORE_ID.search(self.a.low, max(floor, q - 80), q)
            if am is not None and (asm := self.by_end.get(am.start())) is not None and asm.ent.type in ("PERSON", "ORG"):
                pos = am.start()
        if self.a.lang == "id" and self.a.low.find("dalam ", max(floor, pos - 40), pos) >= 0 \
                and (spm := _SPEECH_OCCASION_ID.search(self.a.low, max(floor, pos - 40), pos)) is not None:
            pos = spm.start()  # 'X dalam sambutannya mengatakan': the speech the words were said in (round 28)
        elif self.a.lang == "id" and self.a.low.find(" dalam ", max(floor, pos - 130), pos) >= 0 \
                and (evm := _EVENT_OCCASION_ID.search(self.a.low, max(floor, pos - 130), pos)) is not None \
                and (evs := self.by_end.get(evm.start())) is not None and evs.ent.type in ("PERSON", "ORG"):
            pos = evm.start()  # round 53: 'X dalam peresmian Paviliun Y di Jakarta, Rabu (10/5), menyampaikan': the
            # occasion (with its place and day) stands between the named subject and its verb
        if self.a.lang == "id" and text.find(" selaku ", max(floor, pos - 90), pos) >= 0 \
                and (slm := _CAPACITY_BEFORE_ID.search(text, max(floor, pos - 90), pos)) is not None \
                and (slh := self.by_end.get(slm.start())) is not None and slh.ent.type in ("PERSON", "ORG") \
                and not self.a.mentions_in(slm.start() + 1, pos):
            pos = slm.start()  # round 43: 'X selaku ketua panitia (langsung) mengatakan': the capacity X speaks in
        named_before = pos  # where a name the entity stage did not build would end
        if self.a.lang == "id":
            d = self._descriptor_subject(pos, floor)
            if d is not None:
                return (d.value.ent, d.value) if d.kind == "called" else self._resolve_anaphor(d)
        if self.a.lang == "en" and text.find("'s ", max(floor, pos - 70), pos) >= 0:
            sm = _OWN_STATEMENT.search(text, max(floor, pos - 70), pos)
            if sm is not None:
                om = self.by_end.get(sm.start())  # "Acme Corp's statement on Monday said": Acme Corp speaks
                if om is not None and om.ent.type in ("PERSON", "ORG", "GPE"):
                    if om.ent.type != "GPE":
                        return self._from_mention(self._company_head(om, floor), floor, verb)
                    if om.how in ("name", "metonym") and om.ent.geonames_id is None:
                        return self.a_country(om.ent), om
        if self.a.lang == "en" and (bd := _BODY_DOC.search(text, max(floor, pos - 40), pos)) is not None \
                and (om := self.by_end.get(bd.start())) is not None and om.ent.type == "ORG" \
                and _ARTICLE_BEFORE.search(text, max(floor, om.start - 4), om.start) is not None:
            return self._from_mention(self._company_head(om, floor), floor, verb)  # round 59: 'the Treasury brief
            # said', 'an Acme statement said': a body's document speaks for the body (GUIDELINES: 'a statement from X')
        if self.a.lang == "en" and text.find("'s ", max(floor, pos - 120), pos) >= 0:
            p0 = self._skip_back(pos, floor)
            un = _UNIT_NOUN.search(text, max(floor, p0 - 14), p0)
            if un is not None:
                q = self._skip_back(un.start(), floor)
                m = self.by_end.get(q)
                if m is None and (um2 := _OWNED_UNIT_NAME.search(text, max(floor, q - 60), q)) is not None \
                        and (om2 := self.by_end.get(um2.start() - (text[um2.start() - 1] == ">"))) is not None \
                        and om2.ent.type == "ORG" and not self.a.mentions_in(um2.start(1), q):
                    # "<Acme Corp>'s Acme Pharmaceuticals division said": the unit's name the entity stage did not
                    # build, after its parent's possessive (round 38)
                    m = self._new_mention(um2.start(1), q, "ORG")
                if m is not None and m.ent.type == "ORG" and not m.ent.group \
                        and _POSSESSIVE_BEFORE.search(text, max(floor, m.start - 8), m.start):
                    pos = q  # "Acme Corp's Beta Steel Inc unit said": the unit named before its kind speaks (round 29)
        for it in range(4):
            p = self._skip_back(pos, floor)
            if it == 0 and p > floor and text[p - 1] != ",":
                ra = self._role_appositive(p, floor)
                if ra is None and self.a.lang == "id":
                    ra = self._lower_appositive(p, floor)
                if ra is not None:
                    return self._from_mention(ra, floor, verb)
            if p > floor and text[p - 1] == ")":
                # 'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mengimbau'
                o = text.rfind("(", max(floor, p - 40), p)
                if o > floor:
                    pos = o
                    continue
            m = self.by_end.get(p)
            if m is not None and self.a.lang == "en" and m.ent.type in ("PERSON", "ORG") and self._abbr_common(m):
                return None, None  # round 42: 'A U.S. Banker said' (a common noun capitalised after 'U.S.')
            if m is not None and m.ent.type in ("GPE", "LOC") and self._locative_before(m.start, floor):
                pos = self._locative_before(m.start, floor)  # 'Kedutaan Besar Belanda di Jakarta menyatakan'
                continue
            if m is not None and self.a.lang == "en" and m.ent.type in ("PERSON", "ORG") \
                    and _NOT_THE_SPEAKER.search(self.a.low, max(floor, m.start - 50), m.start):
                return None, None  # 'An investor group that includes X said' (round 16)
            if m is not None and self.a.lang == "en" and m.ent.type == "PERSON" \
                    and self.a.low.find(" to ", max(floor, m.start - 50), m.start) >= 0 \
                    and (aim := _AIDE_TO.search(self.a.low, max(floor, m.start - 50), m.start)) is not None \
                    and not self._principal_again(m, floor, aim.start(), pos):
                return None, None  # round 54: 'an aide to Lyng said the grain companies ...': the unnamed aide speaks
            if m is not None and m.ent.type == "ORG" and text[m.start - 4:m.start] == " of " and self.a.lang == "en":
                pm = self.by_end.get(m.start - 4)
                if pm is not None and pm.ent.type == "PERSON" and pm.start >= floor:
                    return self._from_mention(pm, floor, verb)  # 'Jane Roe of Acme Inc said': she speaks
                um = _NAMED_UNIT_OF.search(text, max(floor, m.start - 80), m.start)
                if um is not None:  # 'The Beta Airlines unit of Acme Corp said': the unit speaks, not its parent
                    s0, e0 = um.span(1)
                    m0 = self.by_start.get(s0)
                    return self._from_mention(m0 if m0 is not None and m0.end == e0
                                              else self._new_mention(s0, e0, "ORG"), floor, verb)
            if m is not None and m.ent.type == "GPE" and self.a.lang == "en" \
                    and (text[m.start - 8:m.start] == " of the " or text[m.start - 4:m.start] == " of "):
                # 'Philips of the Netherlands has said': the company of that country speaks
                o = m.start - (8 if text[m.start - 8:m.start] == " of the " else 4)
                pm = self.by_end.get(o)
                if pm is None and text[o - 1:o] == ">":
                    pm = self.by_end.get(o - 1)  # '<Acme Holding BV> of Rotterdam said': Reuters' markup (round 38)
                if pm is not None and pm.ent.type in ("PERSON", "ORG") and pm.start >= floor:
                    return self._from_mention(pm, floor, verb)  # 'Kiichi Miyazawa of Japan said'
                s0 = floor
                while s0 < o and text[s0] in " \"“\n":
                    s0 += 1
                word = text[s0:o]
                if word.isalpha() and upper_at(word, 0) and word[1:].islower() and len(word) > 2 \
                        and word not in self.a.res.name_stop and (" " + word.lower() + " ") not in self.a.low \
                        and self.by_start.get(s0) is None:
                    nm = self._new_mention(s0, o, "ORG")
                    return nm.ent, nm
            if m is not None and self.a.lang == "id" and text.find(" yang ", max(floor, m.start - 60), m.start) >= 0 \
                    and (rom := _REL_OBJECT.search(text, max(floor, m.start - 60), m.start)) is not None \
                    and self._name_before_yang(rom.start(), floor):
                # 'Capello yang pernah melatih Real Madrid mengatakan': the club is the object of the relative
                # clause; its head, before 'yang', is the subject (round 30)
                pos = named_before = rom.start()
                continue
            if m is not None:
                ym = _REL_AGENT.search(self.a.low, max(floor, m.start - 30), m.start) \
                    if self.a.low.find(" yang di", max(floor, m.start - 30), m.start) >= 0 else None
                if ym is not None and self.a.lang == "id":
                    # 'Wang Yi dalam pernyataan yang dirilis Kementerian Luar Negeri China menyatakan': the
                    # body is the agent of a relative clause; the subject stands before 'yang'.
                    m2 = self.by_end.get(self._skip_back(ym.start(), floor))
                    if m2 is not None and m2.ent.type in ("PERSON", "ORG") and self._subject_position(m2.start, floor):
                        return self._from_mention(m2, floor, verb)
                    return None, None
                if self.a.lang == "id" and (starts_at(self.a.low, "data ", m.start)
                                            or ends_at(self.a.low, "data ", max(floor, m.start - 5), m.start)):
                    return None, None  # 'Data BPS menyebutkan': statistics recorded, no utterance (round 13)
                if self.a.lang == "id" and m.ent.type == "ORG" \
                        and _may_end_with(self.a.low, max(floor, m.start - 12), m.start, _REPORTER_TAILS) \
                        and _REPORTER_OF.search(self.a.low, max(floor, m.start - 12), m.start):
                    return None, None  # 'Wartawan Antara di Cilegon melaporkan': the outlet's own narration
                if self.a.lang == "id" and m.ent.type == "ORG" and _STAFF_AT_BODY.search(
                        self.a.low, max(floor, m.start - 70), m.start) is not None:
                    return None, None  # round 46: 'seorang komentator di surat kabar X mengatakan': an unnamed writer there
                if self.a.lang == "id" and m.ent.type == "ORG" and m.start - 2 > floor and text[m.start - 1] == " ":
                    w0 = text.rfind(" ", floor, m.start - 1) + 1
                    if w0 > floor and self.a.low[w0:m.start - 1] in self.a.res.name_prev_block:
                        pos = w0  # 'X dalam pernyataannya di laman Facebook hari ini mengatakan': not Facebook
                        for ap in (" melalui ", " lewat "):
                            if ends_at(self.a.low, ap, floor, w0):
                                pos = w0 - len(ap)  # round 56: 'X melalui akun Twitter resminya menyatakan': the
                                break  # channel (a platform's name inside it) stands between X and its verb
                        continue
                if self.a.lang == "id" and (dm := self._described_head(m, floor)) is not None:
                    return self._from_mention(dm, floor, verb)  # 'X, pengelola Warung Y mengaku' (round 23)
                return self._from_mention(self._company_head(m, floor), floor, verb)
            g = self._hit_ending(p, "group")
            if g is not None:
                return self._group_before(g, floor)
            for kind in ("pronoun", "anaphor"):
                h = self._hit_ending(p, kind)
                if h is not None:
                    return self._resolve_anaphor(h)
            if self.a.lang == "id":
                for h in self.a.hits_in(max(floor, p - 30), pos, "anaphor"):
                    if h.start < p < h.end:  # 'Perusahaan tersebut mengatakan': the demonstrative is also a gap
                        return self._resolve_anaphor(h)  # word skipped above (round 21)
                if self.a.low[max(floor, p - 9):p] in ("pihaknya", " mereka") or self.a.low[floor:p] == "mereka":
                    return self._body_antecedent(p - (8 if self.a.low[p - 8:p] == "pihaknya" else 6))
                if p > floor and char_upper(text[max(floor, text.rfind(" ", floor, p) + 1)]) \
                        and (bh := self._bare_body_head(p, floor)) is not None:
                    return bh.ent, bh  # round 46: 'Polda Metro Jaya melarang ... Polda mengimbau': the one body so named
            lo2 = max(floor, p - 45)
            seg2 = text[lo2:p]
            k2 = _rfind_any(seg2, _ADVERBIAL_PREPS)
            if k2 >= 0 and not any(c in seg2[k2:] for c in ",.;:\"“”"):
                pos = lo2 + k2  # 'Pihak Formula One (F1) melalui situs resmi menyatakan'
                continue
            if p > floor and text[p - 1] == ",":
                # An appositive: 'Baka, head of Poland's National Bank, told' / 'Pemimpin redaksi X, Oscar
                # Cantu, mengatakan': the first comma-bounded segment that is one name is the subject.
                head = self._appositive_head(p - 1, floor)
                if head is not None:
                    return self._from_mention(head, floor, verb)
                break
            # A relative clause or an adverbial phrase between subject and verb: 'Pusat X yang berbasis di
            # Hawaii menyatakan', 'Lamothe, melalui akun Twitternya mengatakan'.
            lo = max(floor, p - 90)
            seg = text[lo:p]
            cut = _rfind_any(seg, _CLAUSE_MARKS)
            y = seg.rfind(" yang ")
            if self.a.lang == "id" and y > cut and y >= 0:
                m = self.by_end.get(self._skip_back(lo + y, floor))
                if m is not None and m.ent.type in ("PERSON", "ORG") and self._subject_position(m.start, floor):
                    return self._from_mention(m, floor, verb)
                break
            lead = seg[cut + 1:].split()[:1]
            if cut >= 0 and lead and lead[0] in _ADVERBIAL_LEAD and not self.a.mentions_in(lo + cut + 1, p):
                pos = lo + cut + 1
                continue
            break
        ent, m = self._bare_name_before(verb, floor)
        if ent is None and self.a.lang == "id" and named_before != verb:
            ent, m = self._bare_name_before(named_before, floor)
        if ent is None and self.a.lang == "en":
            return self._lower_head_body(verb, floor)
        return ent, m

    def _principal_again(self, m: Mention, floor: int, aide: int, pos: int) -> bool:
        """Round 54: the sentence of 'an aide to X said' names X again or refers to X ('he', 'the senator')."""
        sm = _SENTENCE_STOP.search(self.a.text, pos, pos + 400)
        end = sm.start() if sm is not None else min(len(self.a.text), pos + 400)
        last = m.ent.name.split()[-1]
        for lo, hi in ((floor, aide), (m.end, end)):
            if _PRINCIPAL_REF.search(self.a.low, lo, hi) \
                    or re.search(r"\b" + re.escape(last) + r"\b", self.a.text[lo:hi]):
                return True
        return False

    def _abbr_common(self, m: Mention) -> bool:
        """'A U.S. Banker said': the one word after 'U.S.'/'U.K.' is a common noun the article also writes in lower
        case ('bankers'), capitalised by the wire's style, not a name (round 42)."""
        text = self.a.text
        if not text.startswith(("U.S. ", "U.K. "), m.start):
            return False
        word = text[m.start + 5:m.end]
        if not (word.isalpha() and len(word) > 2 and upper_at(word, 0) and word[1:].islower()):
            return False
        lw = word.lower()
        lex = self.a.res.lex
        if not any(w in lex.unnamed_speakers or w in lex.group_nouns for w in (lw, lw + "s")):
            return False  # a speaker noun ('Banker', 'Official', 'Trader'), not 'U.S. Steel' in a steel story
        return re.search(r"(?<![\w-])" + word.lower() + r"s?(?![\w-])", text) is not None

    def _lower_head_body(self, verb: int, floor: int) -> tuple[Ent | None, Mention | None]:
        """English bodies written with a lower-case head: 'the Tower commission said', 'the Chinese foreign
        ministry said', 'the Japanese government said' (a country's government is the country)."""
        p = self._skip_back(verb, floor)
        lo = max(floor, p - 90)
        bm = _LOWER_BODY.search(self.a.text, lo, p)
        if bm is None:
            return None, None
        s0, e0 = bm.start(1), bm.end(1)
        res = self.a.res
        words = self.a.text[s0:e0].split()
        while words and words[0].rstrip("'’s") in res.name_stop and not self.by_start.get(s0):
            s0 += len(words[0]) + 1
            words = words[1:]
        if not words or not upper_at(words[0], 0):
            return None, None
        places = [m for m in self.a.mentions_in(s0, e0) if m.ent.type == "GPE" and m.ent.country]
        if bm.group(2) == "government":
            if len(places) == 1 and places[0].start == s0 and self.a.text[places[0].end:e0].strip() == "government":
                return self.a_country(places[0].ent), places[0]
            return None, None
        if any(m.ent.type == "PERSON" for m in self.a.mentions_in(s0, e0)):
            return None, None
        m = self._new_mention(s0, e0, "ORG")
        if places and m.ent.country is None:
            m.ent.country = places[0].ent.country
        return m.ent, m

    def _role_appositive(self, p: int, floor: int) -> Mention | None:
        """'Luigi Lucchini, president of the employers organisation Confindustria said' / 'Djoko Hariyanto, Kepala
        Unit Pelaksana Teknis Lokawisata Baturraden menyebut': a person's name, a comma, then a role phrase that
        runs, without a closing comma, into the verb; the speaker is the person, not the body of the role."""
        a = self.a
        text = a.text
        c = text.rfind(",", max(floor, p - 130), p)
        if a.lang == "en" and c > floor and (tc := next((t for t in a.hits_in(max(floor, p - 130), p, "title")
                                                         if t.start < c < t.end), None)) is not None:
            c = text.rfind(",", max(floor, p - 130), tc.start)  # a portfolio list inside the role (round 27)
        if c <= floor:
            return None
        s1 = c + 1
        while s1 < p and text[s1] == " ":
            s1 += 1
        sp1 = text.find(" ", s1, p)
        first = a.low[s1:sp1 if sp1 > 0 else p].strip("()")
        if not (first in _ROLE_NOUNS or first in a.res.title_words or first in _UNIT_LEAD or upper_at(text, s1)):
            return None
        seg = text[c + 1:p]
        words = seg.split()
        if not 1 <= len(words) <= 12 or any(ch in seg for ch in ';:"“”'):
            return None
        if a.low.find(" of ", s1) >= 0 and _UNIT_OF.match(a.low, s1):  # (every match holds ' of ')
            # 'NEC Electronics Inc, a unit of NEC Corp said': the unit speaks, not its parent
            head = self.by_end.get(c)
            if head is not None and head.ent.type == "ORG":
                return head
            k = c
            while k > floor and (char_alnum(text[k - 1]) or text[k - 1] in " &.'-"):
                k -= 1
            while k < c and text[k] == " ":
                k += 1
            nw = text[k:c].split()
            # ('Acme Canada, a wholly owned subsidiary of X said': a country's name closes a subsidiary's, round 16)
            if 2 <= len(nw) <= 6 and (nw[-1] in _COMPANY_SUFFIXES or nw[-1] in _LEGAL_FORMS or nw[-1] == "Canada") \
                    and all(upper_at(w, 0) or w in ("and", "&") for w in nw) \
                    and self._subject_position(k, floor):
                return self._new_mention(k, c, "ORG")
            return None
        org = self.by_start.get(s1)
        if not (self._hit_starting(s1, "title") is not None or first in a.res.title_words or first in _ROLE_NOUNS
                or (org is not None and org.ent.type == "ORG" and org.end == p)):
            return None
        if a.hits_in(s1, p, "say_pre") or a.hits_in(s1, p, "say_post") or " yang " in seg or " who " in seg:
            return None
        last = self.by_end.get(p)
        if last is not None and last.ent.type == "PERSON" and last.start > s1:
            lw = last.ent.name.split()
            if 2 <= len(lw) <= 3 and all(_NAME_WORD.fullmatch(w) and w not in a.res.org_words for w in lw):
                return None  # 'Jakarta, Kepala BNPB Willem Rampangilei mengatakan': the role runs into its holder
        if last is None and self.a.mentions_in(s1, p) and self.a.mentions_in(s1, p)[-1].ent.type == "PERSON":
            return None
        j = c
        head = self.by_end.get(j)
        if head is not None:
            if head.ent.type == "PERSON" and self._subject_position(head.start, floor):
                return head
            return None
        # a name the entity stage did not build: 2-4 capitalised words opening the clause
        names = self._unbuilt_name_before(j, floor, "-'’.", _NO_WORDS)
        if not 2 <= len(names) <= 4:
            return None
        s0 = j - len(" ".join(names))
        if text[s0:j] != " ".join(reversed(names)) or a.hits_in(s0, j) or a.mentions_in(s0, j) \
                or not self._subject_position(s0, floor):
            return None
        return self._new_mention(s0, j, "PERSON")

    def _unbuilt_name_before(self, end: int, floor: int, inner: str, stop: frozenset[str]) -> list[str]:
        """The words of a name the entity stage did not build, ending at `end`, nearest first: up to five
        capitalised name words joined by single spaces, walking back no further than `floor`. A word that is no
        name word, a name stop, a title, a stop word, a body word or (lower-cased) in `stop` ends the walk;
        `inner` lists the characters besides letters and digits a word may hold."""
        a = self.a
        text = a.text
        k = end
        names: list[str] = []
        while k > floor and len(names) < 5:
            i = k
            while i > floor and (char_alnum(text[i - 1]) or text[i - 1] in inner):
                i -= 1
            w = text[i:k]
            if not w or not _NAME_WORD.fullmatch(w) or w in a.res.name_stop or w.lower() in a.res.title_words \
                    or w.lower() in a.res.stopwords or w in a.res.org_words or w.lower() in stop:
                break
            names.append(w)
            k = i
            if k <= floor or text[k - 1] != " ":
                break
            k -= 1
        return names

    def _lower_appositive(self, p: int, floor: int) -> Mention | None:
        """'Sutrisno, salah satu pedagang cabai mengatakan', 'Leni, pembeli sayur menilai': a person named at the
        clause start, a comma, then a description in lower-case words only that runs, without a closing comma,
        into the verb; the person speaks (round 28). Not a plural or a body ('Budi, para pedagang'), nor a
        possessed noun ('Budi, istrinya mengatakan')."""
        a = self.a
        text = a.text
        c = text.rfind(",", max(floor, p - 80), p)
        if a.low.find(" salah s", max(floor, p - 100), p) >= 0 \
                and (om := _ONE_OF_ID.search(a.low, max(floor, c, p - 100), p)) and text[om.start() - 1] != ",":
            c = om.start()  # round 31: 'Sulaeman salah seorang warga di Kecamatan X mengatakan' (no comma)
        if c <= floor:
            return None
        words = text[c + 1:p].split()
        if not 1 <= len(words) <= 12 or not all(w.isalpha() and w.islower()
                                                and (not w.endswith("nya") or w == "tepatnya")
                                                or w.isalpha() and upper_at(w, 0) and _PLACE_AFTER_ID.search(
                                                    a.low, c, text.find(f" {w}", c) + 1) is not None
                                                for w in words):
            return None  # (capitalised words only in a place after 'di' / 'dari' / 'asal': 'warga di Kecamatan X')
        # 'salah satu pedagang'; round 31: 'salah seorang warga', 'seorang warga' (one of a group: a single person)
        one = 2 if words[:2] in (["salah", "satu"], ["salah", "seorang"]) else 1 if words[0] == "seorang" else 0
        lead = words[one] if len(words) > one else words[0]
        if lead in a.res.stopwords or lead in _ADVERBIAL_LEAD or lead in _CONNECTIVES \
                or lead in _NOT_APPOSITIVE_LEAD or lead in a.res.gap_words:
            return None
        if a.hits_in(c, p, "say_pre") or a.hits_in(c, p, "say_post") or a.hits_in(c, p, "pronoun") \
                or a.hits_in(c, p, "anaphor") or not one and a.hits_in(c, p, "group"):
            return None
        head = self.by_end.get(c)
        if head is not None:
            return head if head.ent.type == "PERSON" and (
                self._subject_position(head.start, floor)
                or one and ends_at(a.low, "sementara itu ", max(floor, head.start - 14), head.start)) else None
        # a name the entity stage did not build: 1-4 capitalised words opening the clause
        names = self._unbuilt_name_before(c, floor, "-'’", _CONNECTIVES)
        if not 1 <= len(names) <= 4 or len(names) == 1 and (len(names[0]) < 4 or names[0].endswith("nya")):
            return None  # ('Menurutnya, ...', 'Sayangnya, ...': a sentence adverb, not a name)
        s0 = c - len(" ".join(names))
        if s0 > floor and not text[s0 - 1].isspace():
            return None  # ('Ballon d"Or, datang ...': a word inside a name)
        if text[s0:c] != " ".join(reversed(names)) or a.hits_in(s0, c) or a.mentions_in(s0, c) \
                or not (self._subject_position(s0, floor)
                        or one and ends_at(a.low, "sementara itu ", max(floor, s0 - 14), s0)) \
                or f" {names[-1].lower()} " in text:
            return None  # (a word also written in lower case is not a name: 'Harga, ...')
        return self._new_mention(s0, c, "PERSON")

    def _bare_name_before(self, verb: int, floor: int) -> tuple[Ent | None, Mention | None]:
        """A name the entity stage did not build, right before a verb of saying: the holder closing a title
        phrase ('Menteri Pendidikan dan Kebudayaan Muhadjir Effendy menuturkan') or a 2-3-word capitalised name
        opening the clause ('Miles Teller said', 'Sementara itu, Jane Doe mengatakan')."""
        a = self.a
        text = a.text
        p = self._skip_back(verb, floor)
        if p <= floor or not char_alpha(text[p - 1]) or p in self.by_end:
            return None, None
        if self.a.lang == "en" and text.endswith(_OUTLET_AFTER, floor, p):
            e1 = p - next(len(x) for x in _OUTLET_AFTER if text.endswith(x, floor, p))
            k = e1
            while k > floor and (char_alnum(text[k - 1]) or text[k - 1] in " -'&."):
                k -= 1
            words = text[k:e1].split()
            while words and not upper_at(words[0], 0):
                words.pop(0)
            if 1 <= len(words) <= 3 and all(upper_at(w, 0) for w in words) and words[0] not in ("The", "A"):
                s1 = text.rfind(words[0], k, e1)
                mm = next((x for x in a.mentions_in(s1, e1) if x.start == s1 and x.end == e1), None)
                if mm is None and not a.mentions_in(s1, e1):
                    mm = self._new_mention(s1, e1, "ORG")
                if mm is not None and mm.ent.type == "ORG":
                    return mm.ent, mm
        # the run of capitalised words (and 'dan'/'and'/'of') ending at p
        starts: list[int] = []
        q = p
        while q > floor and len(starts) < 10:
            j = q
            while j > floor and (char_alnum(text[j - 1]) or text[j - 1] in "-'’."):
                j -= 1
            w = text[j:q]
            if not w or not (char_upper(w[0]) or w in ("dan", "and", "of", "&", "maupun")):
                break
            starts.append(j)
            if j <= floor or text[j - 1] != " ":
                break
            q = j - 1
        if not starts or text[starts[-1]].islower():
            return None, None
        if a.mentions_in(starts[-1], p) and any(m.ent.type == "PERSON" for m in a.mentions_in(starts[-1], p)):
            return None, None
        # 1. a title phrase running into the name
        for j in reversed(starts):
            if self._hit_starting(j, "title") is not None:
                tn = self._trailing_name(j, p)
                if tn is not None and tn.end == p and tn.start > j:
                    return tn.ent, tn
                break
        n = len(starts)
        s0 = starts[-1]
        # 2. a news outlet in its own voice: 'surat kabar resmi Korut Rodong Sinmun melaporkan', 'Der Spiegel
        # magazine said'
        s1 = s0
        km = _OUTLET_KIND_OPEN.match(a.low, s0, p) if self.a.lang == "id" and n >= 2 else None
        if km is not None:
            s1 = km.end()  # round 25: 'Media Inggris The Sun melaporkan' (the kind opens the run, the outlet follows)
        while s1 in self.by_start and self.by_start[s1].ent.type == "GPE" and self.by_start[s1].end < p:
            s1 = self.by_start[s1].end + 1  # 'Korut Rodong Sinmun': the country of the outlet
        if self.a.lang == "id" and n <= 5 and char_upper(text[s1]) and not a.hits_in(s1, p) \
                and not a.mentions_in(s1, p):
            om = km if km is not None else _OUTLET_BEFORE.search(a.low, max(floor, s1 - 45), s1)
            if om is not None:
                m = self._new_mention(s1, p, "ORG")
                return m.ent, m
        # 3. a company's bare name with its stock ticker ('Honda <HMC> said', round 14): a ticker marks a company
        if self.a.lang == "en" and n <= 3 and _TICKER_GAP.match(text, p, verb) and text[s0:p] not in ("The", "A") \
                and not a.hits_in(s0, p) and not a.mentions_in(s0, p) \
                and all(_TICKER_NAME_WORD.fullmatch(w) and w not in a.res.name_stop for w in text[s0:p].split()):
            pm = _PARTICLE_LEAD.search(text, max(floor, s0 - 40), s0)
            m = self._new_mention(pm.start() if pm is not None else s0, p, "ORG")  # 'Banca della Svizzera Italiana'
            return m.ent, m
        # 4a. two bare names of 2-3 words each joined by 'dan', opening the clause ('Budi Santoso dan Andi Wijaya
        # mengonfirmasikan', round 29): both speak (the first is found by `_coordinated`)
        if self.a.lang == "id" and 5 <= n <= 8:
            pair = self._unbuilt_pair(starts, p, floor)
            if pair is not None:
                return pair.ent, pair
        # 4. a bare name of 2-3 words opening the clause
        p_end, first = p, 0
        if self.a.lang == "id" and 2 <= n <= 3 and (a.mentions_in(s0, p) or a.hits_in(s0, p)):
            # Bodies round 20: a capitalised word that alone is an unnamed speaker ('media') closes a body's
            # name after name words ('Gun Media mengumumkan'; 'Media Inggris menyebut' stays unnamed)
            inner = a.hits_in(s0, p)
            last = inner[0] if inner else None
            if last is None or len(inner) != 1 or a.mentions_in(s0, p) or last.end != p \
                    or last.start != starts[0] or not char_upper(text[last.start]) or last.kind != "unnamed":
                return None, None
            first = 1  # the words before it are checked as name words below
        elif not 2 <= n <= 3 or a.hits_in(s0, p) or a.mentions_in(s0, p):
            return None, None
        lead = text[max(floor, s0 - 30):s0].rstrip()
        lw = lead.rsplit(" ", 1)[-1].lower() if lead else ""
        if lead and lead[-1] not in ',;:("“' and lw not in _CONNECTIVES and lw not in ("itu", "said", "but", "and",
                                                                                             "while", "however"):
            return None, None
        for k in range(first, n):
            w = text[starts[k]:starts[k - 1] - 1 if k else p]
            if not _NAME_WORD.fullmatch(w) or w in a.res.name_stop or w.lower() in a.res.title_words \
                    or w.lower() in a.res.stopwords or w in a.res.org_words or w.lower() in _NON_AGENTS:
                return None, None
        if first:
            m = self._new_mention(s0, p_end, "ORG")
            return m.ent, m
        m = self._new_mention(s0, p, "PERSON")
        return m.ent, m

    def _unbuilt_pair(self, starts: list[int], p: int, floor: int) -> Mention | None:
        """'Budi Santoso dan Andi Wijaya mengonfirmasikan' (round 29): a run of capitalised words ending at `p`
        (`starts`: the words' starts, nearest first) that is two names of 2-3 name words joined by one 'dan' and
        opens the clause; both names are read as people and the second (nearest the verb) is returned."""
        a = self.a
        text = a.text
        n = len(starts)
        words = [text[starts[k]:starts[k - 1] - 1 if k else p] for k in range(n)]  # nearest first
        both = words[-1] == "Baik"  # round 30: 'Baik A dan B mengaku', 'Baik A maupun B menegaskan' (both A and B)
        if both:
            starts, words, n = starts[:-1], words[:-1], n - 1
        if words.count("dan") + (words.count("maupun") if both else 0) != 1:
            return None
        d = words.index("dan") if "dan" in words else words.index("maupun")
        if not 2 <= d <= 3 or not 2 <= n - d - 1 <= 3:
            return None
        s0 = starts[-1]
        if a.hits_in(s0, p) or a.mentions_in(s0, p):
            return None
        lead = text[max(floor, s0 - 35 if both else s0 - 30):s0 - 5 if both else s0].rstrip()
        lw = lead.rsplit(" ", 1)[-1].lower() if lead else ""
        if lead and lead[-1] not in ',;:("“' and lw not in _CONNECTIVES:
            return None
        for k, w in enumerate(words):
            if k == d:
                continue
            if not _NAME_WORD.fullmatch(w) or w in a.res.name_stop or w.lower() in a.res.title_words \
                    or w.lower() in a.res.stopwords or w in a.res.org_words or w.lower() in _NON_AGENTS:
                return None
        self._new_mention(s0, starts[d] - 1, "PERSON")
        return self._new_mention(starts[d - 1], p, "PERSON")

    def _body_phrase(self, s0: int, e0: int) -> Mention | None:
        """The bank named by a capitalised phrase after 'lead manager' (a known body when it is one)."""
        while e0 > s0 and self.a.text[e0 - 1] in " .,":
            e0 -= 1
        for m in self.a.mentions_in(s0, e0):
            if m.start == s0 and m.end == e0 and m.ent.type == "ORG":
                return m
        if e0 - s0 < 3:
            return None
        return self._new_mention(s0, e0, "ORG")

    def outlet_after(self, pos: int, ceil: int) -> tuple[Ent | None, Mention | None]:
        """'Dilansir Independent UK,', 'menurut laporan Miami Herald,', 'Dikutip dari PhoneArena,', 'Dilansir
        people.com,': an outlet cited in its own voice whose name the entity stage did not build whole (a place
        word inside it, one camel-cased word, a lower-case web address). Only the whole name closing the phrase."""
        a = self.a
        om = _OUTLET_RUN.match(a.text, pos, min(len(a.text), ceil + 1))
        if om is None:
            return None, None
        s0, e0 = om.span(1)
        inside = a.mentions_in(s0, e0)
        if any(m.start == s0 and m.end == e0 for m in inside) or a.hits_in(s0, e0, "title") \
                or any(m.ent.type != "GPE" and (m.ent.id or " " in m.ent.name or not any(x.ent.type == "GPE" for x in inside))
                       for m in inside):
            return None, None  # a name already built, a person or a body: the ordinary path reads it
        words = a.text[s0:e0].split()
        if any(w.lower() in a.res.stopwords or w.lower() in a.res.title_words or w in a.res.name_stop for w in words):
            return None, None
        if not inside and len(words) == 1 and not (_SITE_DOMAIN.search(words[0]) or _CAMEL.fullmatch(words[0])):
            return None, None  # one plain word: the ordinary path (a known outlet or a bare name)
        if inside and len(words) < 2:
            return None, None
        m = self._new_mention(s0, e0, "ORG")
        return m.ent, m

    def _new_mention(self, s0: int, e0: int, kind: str, *, name: str | None = None,
                     country: str | None = None) -> Mention:
        """A name the entity stage did not build, read on the statement side: the article's PERSON or ORG of that
        name (made when new), with this mention registered for the later look-ups."""
        a = self.a
        name = a.text[s0:e0] if name is None else name
        key = ("person:" if kind == "PERSON" else "org:") + name.lower()
        ent = a.ents.get(key)
        if ent is None:
            ent = a.ents[key] = Ent(key, kind, name, country=country)
        ent.mentions.append((s0, e0))
        m = Mention(s0, e0, ent, "name")
        self.by_start[s0] = m
        self.by_end[e0] = m
        self.made.append(m)
        return m

    def _bare_name_after(self, p: int, ceil: int) -> tuple[Ent | None, Mention | None]:
        """'," terang Hariyanto.' / 'teriak Marshmello di tengah ...': a 1-3-word capitalised name the entity
        stage did not build, right after a post-posed verb and closing the clause."""
        a = self.a
        text = a.text
        words: list[tuple[int, int]] = []
        j = p
        end = min(len(text), ceil + 40)
        while j < end and len(words) < 4:
            k = j
            while k < end and (char_alnum(text[k]) or text[k] in "-'’"):
                k += 1
            if k == j or not char_upper(text[j]):
                break
            words.append((j, k))
            c = _NAME_LINK.match(text, k)
            if c is not None and len(words) == 2 and a.lang == "en" and starts_at(text, " of ", k) \
                    and self._firm_after_of(c.end(), ceil):
                break  # 'agreed Jane Roe of Smith Barney and Acme Securities Corp': a person of the firm (round 38)
            if c is not None and words:
                j = c.end()  # 'Travel and Leisure'
                continue
            if not starts_at(text, " ", k) or not upper_at(text, k + 1):
                break
            j = k + 1
        if not 1 <= len(words) <= 3:
            return None, None
        s0, e0 = words[0][0], words[-1][1]
        site = _SITE_DOMAIN.match(text, e0)
        if site is not None:
            e0 = site.end()  # 'mengutip dari Bisnis.com': an outlet's web address is its name
        rest = text[e0:e0 + 12]
        if a.lang == "en" and len(words) == 2 and starts_at(text, " of ", e0) and self._firm_after_of(e0 + 4, ceil):
            rest = ""  # (round 38: the firm after 'of' names the person's employer)
        if not (not rest.strip() or rest[0] in ",.;:" or _AFTER_NAME.match(rest)) or a.hits_in(s0, e0) \
                or a.mentions_in(s0, e0):
            return None, None
        described = len(words) == 1 and _DESCRIBED.match(rest) is not None  # 'kata Agung, pengendara.'
        for ws, we in words:
            w = text[ws:we]
            if not _NAME_WORD.fullmatch(w) or w in a.res.name_stop or w.lower() in a.res.title_words and not described \
                    or w.lower() in a.res.stopwords or w in a.res.org_words or w.lower() in _NON_AGENTS:
                return None, None
        if len(words) == 1 and e0 - s0 < 4:
            return None, None
        m = self._new_mention(s0, e0, "ORG" if site is not None or len(words) > 1
                              and " " in text[words[0][1]:words[1][0]].strip() else "PERSON")
        return m.ent, m

    def _firm_after_of(self, p: int, ceil: int) -> bool:
        """English (round 38): capitalised words from ``p`` (after 'of') lead to a body's name ending the clause
        ('of Donaldson Lufkin and Jenrette Securities Corp.')."""
        for m in self.a.mentions_in(p, min(len(self.a.text), ceil + 60)):
            if m.ent.type == "ORG" and _CAPS_LINKED.fullmatch(self.a.text, p, m.start) is not None:
                r = self.a.text[m.end:m.end + 2]
                return not r.strip() or r[0] in ",.;:"
            return False
        return False

    def _company_head(self, m: Mention, floor: int) -> Mention:
        """'Bankers Trust Co said' with only 'Trust Co' read as a body: the capitalised words opening the
        sentence before a company's name belong to it."""
        if m.ent.type != "ORG" or m.ent.id or m.ent.group or m.start <= floor or self.a.lang != "en":
            return m
        text = self.a.text
        if text[m.start - 1:m.start] == " " and text[m.start:m.end] in _FORMS_OR_SUFFIXES \
                and (rm := _REGION_IN_NAME.search(text, max(floor, m.start - 40), m.start)) is not None \
                and (om := self.by_end.get(rm.start())) is not None and om.ent.type == "ORG" and om.start >= floor:
            # 'Nikko Securities Co (Europe) Ltd said': a region in round brackets inside a company's name (round 19);
            # a known company keeps its entry (a second body would make 'a Nikko official' ambiguous)
            if om.ent.id is None:
                return self._new_mention(om.start, m.end, "ORG", country=om.ent.country)
            km = Mention(om.start, m.end, om.ent, "name")
            om.ent.mentions.append((om.start, m.end))
            self.by_start[om.start] = km
            self.by_end[m.end] = km
            return km
        s0 = floor
        while s0 < m.start and text[s0] in " \"“":
            s0 += 1
        if starts_at(text, "&lt;", s0):
            s0 += 4
        words = text[s0:m.start].split()
        inside = self.a.mentions_in(s0, m.start)
        if any(x.how not in ("demonym", "title") for x in inside):
            return m  # 'American President Cos Ltd said': a demonym or title word may open a company's name
        if len(words) == 2 and words[1] in ("and", "&") and m.ent.name.split()[-1] in _COMPANY_SUFFIXES:
            words = words[:1]  # 'Sahlen and Associates Inc said', 'Rodman and Renshaw Capital Group Inc said'
        elif len(words) == 3 and words[2] in ("and", "&") and all(w in _COMPANY_SUFFIXES for w in m.ent.name.split()):
            words = words[:2]  # 'Merrill Lynch and Co Inc said': only the legal-form words were read as a body
        if not 1 <= len(words) <= 3 or words[0] == "The" or not all(
                upper_at(w, 0) and w.replace("&", "").isalpha() and (inside or w not in self.a.res.name_stop)
                for w in words):
            return m
        return self._new_mention(s0, m.end, "ORG", country=m.ent.country)

    def _descriptor_subject(self, verb: int, floor: int) -> Hit | None:
        """'Mantan Kapolda Banten ini mengimbau', 'bos Persib itu mengaku', 'aktor berusia 29 tahun itu
        mengatakan': a description closed by a demonstrative refers back to someone already named; a pronoun-like
        hit at the description's start (resolved like 'dia'), or None when the subject is a name."""
        low = self.a.low
        near = low[max(floor, verb - 45):verb]
        if " itu" not in near and " ini" not in near and " tersebut" not in near:
            return None  # no demonstrative just before the verb (the common case)
        text = self.a.text
        gap = self.a.res.gap_words
        p = verb
        dem = -1
        while p > floor:
            while p > floor and text[p - 1] == " ":
                p -= 1
            j = p
            while j > floor and (char_alnum(text[j - 1]) or text[j - 1] == "-"):
                j -= 1
            w = low[j:p]
            if j == p or w not in gap or p in self.by_end:
                break
            if w in _DEMONSTRATIVES:
                dem = j
            p = j
        if dem < 0:
            return None
        q = dem
        while q > floor and text[q - 1] == " ":
            q -= 1
        if q > floor and text[q - 1] == ")":
            o = text.rfind("(", max(floor, q - 40), q)
            if o > floor:
                q = o
                while q > floor and text[q - 1] == " ":
                    q -= 1
        seg_lo = max(floor, q - 100)
        seg = text[seg_lo:q]
        cut = _rfind_any(seg, _DESC_MARKS)
        c0 = seg_lo + cut + 1
        while c0 < q and text[c0] == " ":
            c0 += 1
        words = text[c0:q].split()
        if words and words[0].lower() == "menurut":
            words = words[1:]  # 'Menurut mantan Direktur Bank Dunia itu menjelaskan' (round 17)
        # 'Pria yang juga menjabat Wakil Ketua Komisi III DPR RI itu menilai': a relative clause may be longer
        if not words or len(words) > (14 if len(words) > 1 and words[1] == "yang" and words[0].lower() in _DESCRIPTORS
                                      else 8):
            return None
        if cut >= 0 and seg[cut] == ",":
            b = seg_lo + cut
            while b > floor and text[b - 1] == " ":
                b -= 1
            if b in self.by_end and self.by_end[b].ent.type == "PERSON":
                return None  # 'M Taufik, politisi Gerindra itu, mengaku': an appositive of the name before it
        m = self.by_end.get(q)
        if m is not None and m.ent.type == "PERSON" and (m.ent.id or m.start <= c0):
            return None  # 'Retno itu mengatakan': a name
        # strip a leading connective ('Selain itu', 'Sementara itu', 'Namun')
        k = 0
        while k < len(words) - 1 and (words[k].lower() in _CONNECTIVES or words[k].lower() in gap):
            k += 1
        first = words[k].lower()
        titled = any(h.kind == "title" for h in self.hits_starting(text.find(words[k], c0)))
        if not (titled or first in _DESCRIPTORS or first.split("-")[0] in _DESCRIPTORS):  # 'Eks-striker X itu' (round 23)
            return None
        for mm in self.a.mentions_in(c0, q):
            if mm.ent.type == "PERSON" and mm.ent.id:
                return None  # 'pelatih Arsenal Arsene Wenger itu'
            if mm.ent.type == "PERSON" and _CALLED.search(low, max(c0, mm.start - 25), mm.start):
                return Hit(mm.start, mm.end, "called", mm)  # 'Pelatih yang akrab disapa Djanur itu'
        return Hit(c0, c0, "pronoun", None)

    def _described_head(self, m: Mention, floor: int) -> Mention | None:
        """'Ruth Subekti, pengelola Dawet Sari mengaku', 'Capello yang pernah melatih Real Madrid mengatakan': the
        name before the verb stands in the description (an appositive opened by a lower-case or title word, or a
        relative clause) of a person named at the clause start; that person is the subject (round 23)."""
        text = self.a.text
        lo = max(floor, m.start - 160)
        for pm in reversed(self.a.mentions_in(lo, m.start)):
            if pm.ent.type not in ("PERSON", "ORG") or pm.end > m.start:
                continue
            ok = self._describes(pm.end, m.start, pm.ent.type == "PERSON" or pm.ent.type == "ORG" and self.a.lang == "id"
                                 and _BODY_APPOSITIVE.match(self.a.low, pm.end) is not None)
            if ok is None:
                return None
            if ok and pm.ent is not m.ent and (self._subject_position(pm.start, floor) or pm.ent.type == "PERSON"
                                                and starts_at(text, " selaku ", pm.end)):
                return pm  # ('CEO Acme Rina Wulandari selaku ...': a titled name, round 28)
        s0 = floor
        while s0 < m.start and text[s0] in " \"“":
            s0 += 1
        # (both patterns open with an ASCII capital; _CAP_RUN's look-ahead needs ', ', ' yang ' or ' selaku ' and
        # _ONE_WORD_BODY's ', ' inside the window)
        cap0 = s0 < m.start and "A" <= text[s0] <= "Z"
        comma0 = cap0 and text.find(", ", s0, m.start) >= 0
        rm = _CAP_RUN.match(text, s0, m.start) if comma0 or cap0 and (
            text.find(" yang ", s0, m.start) >= 0 or text.find(" selaku ", s0, m.start) >= 0) else None
        if rm is not None and self._describes(rm.end(), m.start, True) \
                and f" {text[s0:rm.end()].split()[0].lower()} " not in text:  # not 'Pernyataan X yang ...'
            return self._new_name(s0, rm.end(), (rm.end(), m.start))  # a name the entity stage did not build
        om = _ONE_WORD_BODY.match(text, s0, m.start) if comma0 else None
        if om is not None and self._describes(om.end(1), m.start, True) and not self.a.mentions_in(s0, om.end(1)) \
                and not self.a.hits_in(s0, om.end(1)) and om.group(1) not in self.a.res.name_stop \
                and f" {om.group(1).lower()} " not in self.a.low:
            # round 30: 'Valve, pengembang game Dota 2 menyatakan': one unknown word heading an appositive that
            # opens with a company noun is the body speaking (not the game named in the appositive)
            return self._new_mention(s0, om.end(1), "ORG")
        return None

    def _describes(self, e: int, s: int, person: bool) -> bool | None:
        """Is text[e:s] a description of the name ending at e ('yang ...', or ', <lower-case or title word> ...');
        None when it crosses a clause end or a verb of saying."""
        gap = self.a.text[e:s]
        if any(c in gap for c in '.;:"“”()') or self.a.hits_in(e, s, "say_pre") or self.a.hits_in(e, s, "say_post"):
            return None
        if gap.startswith(" yang ") and "," not in gap and not _REL_CLOSED.search(gap):
            return True  # 'Capello yang juga pernah melatih Real Madrid mengatakan'
        if person and gap.startswith(" selaku ") and "," not in gap:
            return True  # 'Rina Wulandari selaku pendiri Tokoku.com menjelaskan': her capacity (round 28)
        first = gap[2:].split(" ", 1)[0].lower()
        if first in self.a.res.stopwords or first in _ADVERBIAL_LEAD or first in _CONNECTIVES:
            return False  # 'Ditambahkan Anies, dalam pertemuan itu Prabowo menyampaikan': not a description
        return person and gap.startswith(", ") and gap.count(",") == 1 and len(gap) > 3 and (
            char_lower(gap[2]) or any(h.kind == "title" for h in self.hits_starting(e + 2))
            or any(w.lower() in self.a.res.title_words for w in gap[2:].split()[:3]))

    def _person_after_said(self, pos: int) -> bool:
        """'..., said (analyst) Jane Roe': a person named right after a post-posed 'said' (up to three lower-case
        role words between) is its speaker, whatever comma-bounded clause stands before it (round 22)."""
        low = self.a.low
        if not starts_at(low, "said ", pos):
            return False
        j = pos + 5
        for _ in range(3):
            m = self.by_start.get(j)
            if m is not None:  # the name closes the clause: not 'said Gandhi's failure ...' (its subject)
                return m.ent.type == "PERSON" and (m.end >= len(low) or low[m.end] in ".,;")
            sp = low.find(" ", j, j + 20)
            if sp < 0 or not self.a.text[j:sp].isalpha() or not self.a.text[j:sp].islower():
                return False
            j = sp + 1
        return False

    def _locative_before(self, pos: int, floor: int) -> int:
        """The start of 'di'/'in'/'at' right before a place, else 0."""
        low = self.a.low
        j = pos
        while j > floor and low[j - 1] == " ":
            j -= 1
        for prep in _LOCATIVE:
            k = j - len(prep)
            if k > floor and low.startswith(prep, k) and low[k - 1] == " ":
                return k
        return 0

    def _appositive_head(self, comma: int, floor: int) -> Mention | None:
        text = self.a.text
        lo = max(floor, comma - 2 * MAX_APPOSITIVE)
        cuts = [lo - 1] + [i for i in range(lo, comma) if text[i] == ","] + [comma]
        segs = []
        for a, b in zip(cuts, cuts[1:]):
            s0, e0 = a + 1, b
            while s0 < e0 and text[s0] == " ":
                s0 += 1
            if e0 > s0 and text[e0 - 1] == ">":  # 'KLM Royal Dutch Airlines <KLM.AS>, in a move ..., said'
                lt = _ticker_start(text, e0 - 1, s0)
                if lt > s0:
                    e0 = lt
                    while e0 > s0 and text[e0 - 1] == " ":
                        e0 -= 1
            segs.append((s0, e0))
        if self.a.lang == "id" and len(segs) > 1 and (lm := self.by_end.get(segs[-1][1])) is not None \
                and text[segs[-1][0]:segs[-1][0] + 1].islower() \
                and _REL_OBJECT.search(text, max(segs[-1][0], lm.start - 60), lm.start):
            # 'Budi Santoso, bos Acme yang menjadi sponsor Persib, mengungkapkan': the name closing a description
            # set off after the subject is the object of its relative clause; the name before the comma speaks
            # (round 30)
            s0, e0 = segs[-2]
            pm = self.by_start.get(s0)
            if pm is not None and pm.end == e0 and pm.ent.type in ("PERSON", "ORG"):
                return pm
            ws = text[s0:e0].split()
            if pm is None and 2 <= len(ws) <= 4 and not self.a.hits_in(s0, e0) and not self.a.mentions_in(s0, e0) \
                    and all(w.isalpha() and upper_at(w, 0) and not w.isupper() and w not in self.a.res.name_stop
                            for w in ws):
                return self._new_mention(s0, e0, "PERSON")
            return None
        if self.a.lang == "id":
            # 'Budi Santoso yang merupakan ketua KONI, menyatakan', 'Kapolres X, AKBP Budi Santoso yang dikonfirmasi
            # wartawan, membenarkan': a name opening the last segment and followed by a relative clause is the
            # subject (round 14)
            s0, e0 = segs[-1]
            while (sp := text.find(" ", s0, e0)) > s0 and self.a.low[s0:sp].rstrip(".") in RANKS_ID:
                s0 = sp + 1
            m = self.by_start.get(s0)
            y = text.find(" yang ", s0, e0)
            if m is None and y > s0 and 2 <= len(ws := text[s0:y].split()) <= 4 and not self.a.hits_in(s0, y) \
                    and all(w.isalpha() and upper_at(w, 0) and not w.isupper() and w not in self.a.res.name_stop
                            for w in ws):
                m = self._new_mention(s0, y, "PERSON")  # a name the entity stage did not build (no title or verb)
            if m is not None and m.ent.type in ("PERSON", "ORG") and m.end == y:
                return m
        if self.a.lang == "en" and len(segs) >= 3 and _EMPLOYER_APPOSITION.match(self.a.low, segs[-1][0], segs[-1][1]):
            # '... the failure of the Coffee Council, CC, to agree, Jane Roe, president of X's exporters, said': the
            # person right before the role appositive speaks, not a name set off earlier in the reported clause (round 25)
            m = self.by_start.get(segs[-2][0])
            if m is not None and m.end == segs[-2][1] and m.ent.type == "PERSON":
                return m
        # 1. the first segment that is one name: 'Baka, head of ..., told' / 'Pemimpin redaksi X, Oscar Cantu,'
        for k, (s0, e0) in enumerate(segs):
            if self.a.text.startswith(("The ", "the "), s0):
                s0 += 4
            elif k == 0 and self.a.lang == "id":
                sp = text.find(" ", s0, e0)  # 'Sementara Yandi, yang ..., menjelaskan': a connective opens the clause
                if sp > s0 and text[s0:sp].lower() in _CONNECTIVES:
                    s0 = sp + 1
            if self.a.lang == "id" and k > 0:
                while (sp := text.find(" ", s0, e0)) > s0 and self.a.low[s0:sp].rstrip(".") in RANKS_ID:
                    s0 = sp + 1  # 'Kapolres X, AKBP Y Z, mengatakan': the rank is a title (round 13)
            m = self.by_start.get(s0)
            if m is not None and m.ent.type == "GPE" and m.end < e0 and k == 0 and self.a.lang == "en":
                # 'The Panama Canal Commission, a U.S. agency, said': a place qualifying the body's name
                m2 = self.by_start.get(m.end + 1)
                if m2 is not None and m2.end == e0 and m2.ent.type == "ORG" and text[m.end] == " ":
                    m = m2
            if m is not None and m.end == e0 and m.ent.type in ("PERSON", "ORG", "GPE"):
                if m.ent.type == "GPE" and k > 0:
                    continue  # 'Konsul Jenderal RI di Istanbul, Turki, Herry Sudradjat, mengatakan': a place's country
                return m
            if m is None and k == 0 and len(segs) > 1:
                m = self._new_name(s0, e0, segs[1])
                if m is not None:
                    return m
            if m is None and k > 0 and k == len(segs) - 2 and self.a.lang == "en" \
                    and 2 <= len(text[s0:e0].split(None, 4)) <= 4 and not any(w.isupper() for w in text[s0:e0].split()) \
                    and _ROLE_NOUNS.intersection(self.a.low[segs[-1][0]:segs[-1][1]].replace("'s ", " ").split()):
                # '..., Jane Roe, the exchange's general manager, told Reuters': a name set off after the clause
                # and followed by a role appositive that runs into the verb (round 19)
                m = self._new_name(s0, e0, segs[-1])
                if m is not None:
                    return m
        # A parent named in the appositive ('NEC Electronics Inc, a unit of NEC Corp, said', 'Ford Motor Co of
        # Canada, 90 pct-owned by Ford Motor Co, said'): the subject is the capitalised name opening the clause.
        last = self.by_end.get(segs[-1][1])
        if last is not None and last.ent.type == "GPE" and self.a.lang == "en" \
                and ends_at(text, " of ", 0, last.start):  # '..., a unit of Acme Ltd <ACM.N> of Canada,' (round 14)
            lt = last.start - 4
            if text[lt - 1] == ">" and (t := _ticker_start(text, lt - 1, segs[-1][0])) > segs[-1][0]:
                lt = t - 1 if text[t - 1] == " " else t
            last = self.by_end.get(lt)
        if len(segs) > 1 and last is not None and last.ent.type == "ORG" and _OWNED_BY.search(
                self.a.low, max(segs[-1][0], last.start - 40), last.start):
            s0, e0 = segs[0]
            if self.a.lang == "en":  # '<Beta GmbH>, a subsidiary of ...': the bracketed name (round 14)
                if starts_at(text, "&lt;", s0):
                    s0 += 4
                elif starts_at(text, "<", s0):
                    s0 += 1
                if e0 > s0 and text[e0 - 1] == ">":
                    e0 -= 1
            words = text[s0:e0].split()
            if 2 <= len(words) <= 7 and upper_at(words[0], 0) and (words[-1] in _COMPANY_SUFFIXES | {"Canada"}
                                                                    or words[-1] in _LEGAL_FORMS) \
                    or 2 <= len(words) <= 7 and upper_at(words[0], 0) and "of" in words \
                    and words[words.index("of") - 1] in _COMPANY_SUFFIXES:
                if all(upper_at(w, 0) or w in ("of", "and", "&") for w in words):
                    m0 = self.by_start.get(s0)
                    return m0 if m0 is not None and m0.end == e0 else self._new_mention(s0, e0, "ORG")
            return None
        if self.a.lang == "id" and len(segs) > 1 and (text[segs[0][1] - 1] == ")" or self.a.low.startswith(
                ("salah satu ", "salah seorang "), segs[1][0])):
            # 'Emiten ... PT Acme Tbk (ACME), salah satu pemegang saham X, mengumumkan': the name closing the
            # first segment (before its short form in brackets) is the subject
            o = text.rfind(" (", segs[0][0], segs[0][1])
            if o < 0 or not _ACRONYM_TAIL.fullmatch(text, o, segs[0][1]):
                o = segs[0][1]
            m = self.by_end.get(o) if o > segs[0][0] else None
            if m is not None and m.ent.type in ("PERSON", "ORG"):
                return m
        # 2. the first segment that ends with a person: 'Laos Prime Minister Sonexay Siphandone, the host, said'
        # -- not the agent of a participle ('A report, monitored by the BBC, said': the report speaks)
        for k, (s0, e0) in enumerate(segs):
            if k > 0 and self.a.lang == "id" and self.a.low.startswith(("salah satu ", "salah seorang "), s0):
                continue  # 'X, salah satu pemegang saham Y,': a description of the subject, Y does not speak
            m = self.by_end.get(e0)
            if m is not None and m.ent.type == "PERSON" and not _AGENT_SEGMENT.match(text, s0, e0):
                if m.how == "title" and k + 1 < len(segs) and (nm := self.by_end.get(segs[k + 1][1])) is not None \
                        and nm.ent.type == "PERSON" and nm.how in ("name", "short") and nm.ent is not m.ent:
                    return nm  # round 42: "Kuwait's Oil Minister, Sheikh Ali X, said": the name after the bare role
                    # speaks, not an earlier holder the role was resolved to
                return m
        if _AGENT_SEGMENT.match(text, segs[-1][0], segs[-1][1]):
            return None
        if len(segs) > 1 and self.a.lang == "en" and _EMPLOYER_APPOSITION.match(self.a.low, segs[-1][0], segs[-1][1]):
            # 'Pat Wilson, spokesperson for the Acme Exchange, said' / '<Beta GmbH>, 75 pct owned by <Acme AG>,
            # said': the name closing the appositive is the employer or the parent; the clause's opening name
            # speaks, and when it is not a plain capitalised name nobody named does (round 11)
            s0, e0 = segs[0]
            if starts_at(text, "&lt;", s0):
                s0 += 4
            elif text.startswith(("<", "The "), s0):
                s0 += 1 if text[s0] == "<" else 4
            if e0 > s0 and text[e0 - 1] == ">":
                e0 -= 1
            words = text[s0:e0].split()
            if not 1 <= len(words) <= 7 or not all(upper_at(w, 0) or w in ("of", "and", "&") for w in words) \
                    or words[0] in self.a.res.name_stop:
                return None
            m0 = self.by_start.get(s0)
            if m0 is not None and m0.end == e0 and m0.ent.type in ("PERSON", "ORG"):
                return m0
            if any(x.ent.type in ("PERSON", "ORG") for x in self.a.mentions_in(s0, e0)):
                return None
            is_person = len(words) <= 3 and words[-1] not in _COMPANY_SUFFIXES \
                and " by " not in self.a.low[segs[-1][0]:segs[-1][1]]
            return self._new_mention(s0, e0, "PERSON" if is_person else "ORG")
        m = self.by_end.get(self._skip_back(comma, floor))
        return m if m is not None and m.ent.type in ("PERSON", "ORG") else None

    def _new_name(self, s0: int, e0: int, appositive: tuple[int, int]) -> Mention | None:
        """'Nova, the Canadian company that owns ..., said': an unknown capitalised name heading an
        appositive is the subject; a company word in the appositive makes it a body."""
        a = self.a
        seg = a.text[s0:e0]
        if seg.endswith(")") and "(" in seg:  # 'Daniella Maina (16), seorang siswi ..., menuturkan'
            e0 = s0 + seg.rindex("(")
            while e0 > s0 and a.text[e0 - 1] == " ":
                e0 -= 1
        words = a.text[s0:e0].split()
        if not 1 <= len(words) <= 4 or e0 - s0 < 3:
            return None
        for w in words:
            if not upper_at(w, 0) or w in a.res.name_stop or not any(c.isalpha() for c in w):
                return None
        if a.hits_in(s0, e0) or a.mentions_in(s0, e0):
            return None
        apposition = a.low[appositive[0]:appositive[1]]
        is_body = any(f" {w} " in f" {apposition} " for w in _BODY_WORDS)
        return self._new_mention(s0, e0, "ORG" if is_body else "PERSON", name=" ".join(words))

    def after(self, pos: int, ceil: int) -> tuple[Ent | None, Mention | None]:
        """The speaker right after a post-posed verb ('kata Blinken', 'said Baker'), skipping a title/country."""
        text = self.a.text
        low = self.a.low
        if self.a.lang == "id" and ends_at(low, "nya", max(0, pos - 3), pos) \
                and not (ends_at(low, "tanya", max(0, pos - 5), pos) and (pos < 6 or not char_alpha(low[pos - 6]))):
            return None, None  # '," ucapnya di Pengadilan Tipikor': the suffix is the speaker, not what follows
            # (the bare verb 'tanya' only ends in the letters: '," tanya Rina' names its speaker)
        if self.a.lang == "id" and low.find(" yang ", pos, ceil) >= 0 and self._hit_starting(pos + 1, "title") is not None \
                and (ym := _ALSO_TITLE.search(low, pos, ceil)) is not None \
                and not any(c in text[pos:ym.start()] for c in ',.;:"“”') \
                and self._hit_starting(ym.end(), "title") is not None \
                and not any(x.ent.type == "PERSON" and (x.ent.id is not None or len(_NAME_WORD.findall(
                    text, x.start, x.end)) > 1) for x in self.a.mentions_in(pos, ym.start())):
            # '," kata Ketua Umum PON XIX yang juga Gubernur Jawa Barat Budi Santoso': two offices of one holder,
            # named after the second (round 30)
            e2, m2 = self.after(ym.end() - 1, ceil + 40)
            if e2 is not None and e2.type == "PERSON":
                return e2, m2
        if self.a.lang == "id" and starts_at(low, " dari ", pos) and low.endswith(_RECAP_NOUNS, max(0, pos - 20), pos):
            pos += 5  # 'demikian keterangan dari Bank X': the recap names its source after 'dari' (round 12)
        if self.a.lang == "id" and pos < ceil and text[pos] == " " and lower_at(text, pos + 1):
            # '," kata ketua klub, Budi Santoso, di ...', 'menurut pelatih Persib, Budi Santoso,': descriptor words
            # (and the body they describe) set off by a comma before the speaker's own name (round 12)
            # (a _DESC_COMMA_WALK match holds no comma before its ', ' and a capital follows that: the first comma
            # after pos must be it)
            c1 = text.find(",", pos)
            x = desc_comma_name_start(text, pos) if c1 >= 0 and starts_at(text, ", ", c1) and upper_at(text, c1 + 2) \
                else -1
            pm = self.by_start.get(x) if 0 <= x < ceil else None
            if pm is not None and pm.ent.type == "PERSON":
                return pm.ent, pm
            if pm is None and 0 <= x < ceil and (nm := self._set_off_name(x)) is not None:
                return nm.ent, nm  # 'menurut kepala strategi Dyn, Kyle York,': a name the entity stage missed
        if self.a.lang == "id" and pos < ceil \
                and (starts_at(low, " s", pos) or starts_at(low, " p", pos) or starts_at(low, " w", pos)) \
                and low.find("wakil", pos, pos + 24) >= 0 \
                and (rp := _REPRESENTATIVE_ID.match(self.a.low, pos, min(len(text), ceil + 60))) is not None \
                and (rb := _REP_BODY.match(text, rp.end(), min(len(text), ceil + 60))) is not None:
            # '," kata perwakilan Acme kepada wartawan': a representative speaks for the body (round 14)
            s0, e0 = rb.span(1)
            rep = self.by_start.get(s0)
            if rep is not None and rep.ent.type in ("ORG", "GPE") and rep.end <= e0:
                return (self.a_country(rep.ent), rep) if rep.ent.type == "GPE" else (rep.ent, rep)
            if rep is None and not self.a.mentions_in(s0, e0) and not self.a.hits_in(s0, e0) \
                    and text[s0:e0] not in self.a.res.name_stop:
                rep = self._new_mention(s0, e0, "ORG")
                return rep.ent, rep
        if self.a.lang == "id" and starts_at(low, " pemerintahan ", pos) \
                and (gm := self.by_start.get(pos + 14)) is not None and gm.ent.type == "PERSON" and gm.ent.official \
                and gm.ent.country:
            gc = self.a.ents.get(f"iso:{gm.ent.country}")  # round 46: 'menurut pemerintahan Kim Jong-un': a leader's
            return (gc, gm) if gc is not None else (None, None)  # administration is his country's, not he
        if self.a.lang == "id" and pos < ceil and text[pos] == " " and lower_at(text, pos + 1) \
                and text[pos + 1:max(pos + 1, text.find(" ", pos + 1, min(len(text), ceil + 40)))] in _LOWER_BODY_HEADS \
                and (lb := _LOWER_BODY_ID.match(text, pos, min(len(text), ceil + 40))) is not None:
            lm = self._lower_body_id(lb)  # 'menurut kementerian pertahanan Swiss', 'kata balai lelang Artcurial'
            if lm is not None:
                return lm.ent, lm
        if self.a.lang == "id" and pos < ceil and text[pos] == " " and upper_at(text, pos + 1) \
                and (th := self._hit_starting(pos + 1, "title")) is not None \
                and (tb := _TITLE_BODY_RUN_ID.match(text, th.end, ceil)) is not None \
                and not any(x.ent.type == "PERSON" for x in self.a.mentions_in(th.end, tb.end())) \
                and (ap := self._apposed_name(tb.end(), ceil, True)) is not None:
            # round 49: 'Menurut Project Officer Komunitas Indonesia Classic and Unique Bus, AM Fikri,': a title and the
            # capitalised words of its body (no person among them), then the holder set off by a comma
            return ap.ent, ap
        p = pos
        after_title = False
        rank_end = -1  # where a police or military rank right before the name ends (round 28)
        if self.a.lang == "en":
            bm = _MANAGER_AFTER.match(text, pos, min(len(text), ceil + 80)) \
                if text.find(" manag", pos, min(len(text), ceil + 80)) >= 0 else None
            if bm is not None:
                m = self._body_phrase(bm.start(1), bm.end(1))  # '..., said sole manager Donaldson, Lufkin and Jenrette'
                if m is not None:
                    return m.ent, m
        if self.a.lang == "id" and (" itu" in (near := self.a.low[pos:min(len(text), ceil + 40)])
                                    or " ini" in near or " tersebut" in near):
            dm = _DESC_AFTER.match(self.a.low, pos, min(len(text), ceil + 40))
            if dm is not None and (dm.group(1) in _DESCRIPTORS or self._hit_starting(dm.start(1), "title")):
                # 'kata mantan Ketua DKPP itu': the description refers to someone already named
                for mm in self.a.mentions_in(dm.start(), dm.end()):
                    if mm.ent.type == "PERSON" and (mm.ent.id or _CALLED.search(self.a.low, max(0, mm.start - 25), mm.start)):
                        return mm.ent, mm
                return self._resolve_anaphor(Hit(pos, pos, "pronoun", None))
        if self.a.lang == "id" and pos < ceil and text[pos] == " " and (
                lower_at(text, pos + 1) or text[pos + 1:pos + 3] in ("Dr", "Pr", "Ir")):
            # '," kata pengamat ekonomi X Y', '," ujar dr X Y': descriptor words or an honorific, then the name
            x = desc_name_start(text, pos)
            pm = self.by_start.get(x) if 0 <= x < ceil else None
            if pm is not None and pm.ent.type == "PERSON":
                return pm.ent, pm
        if self.a.lang == "id":
            hm = _HONORIFIC_AFTER.match(text, pos, min(len(text), ceil + 1)) \
                if starts_at(text, " ", pos) and upper_at(text, pos + 1) and (
                    text.find("Dr", pos, min(len(text), ceil + 1)) >= 0 or text.find("dr", pos, min(len(text), ceil + 1)) >= 0
                    or text.find("Prof", pos, min(len(text), ceil + 1)) >= 0) else None
            if hm is not None:
                # 'kata Arkeolog Aceh Dr X Y': the name after the honorific speaks, not the words before it
                pm = self.by_start.get(hm.end())
                if pm is not None and pm.ent.type == "PERSON":
                    return pm.ent, pm
        if self.a.lang == "en" and text[pos:pos + 1] == " " and upper_at(text, pos + 1):
            # 'said Acme Bank chief economist Jane Roe', 'said Treasury Secretary Jane Roe': the employer's
            # name and a role, then the role's holder speaks
            # (the employer's name may have been read as a person's: 'said Kleinwort Benson economist Jane Roe')
            for pm in self.a.mentions_in(pos + 1, min(len(text), ceil + 60))[:3]:
                if pm.ent.type == "PERSON" and pm.start > pos + 1 and self._title_ending(pm.start, pos) \
                        and _EMPLOYER_ROLE.fullmatch(text, pos + 1, pm.start):
                    return pm.ent, pm
            om = self.by_start.get(pos + 1)
            if om is not None and (rm := _ROLE_COMMA.match(text, om.end, min(len(text), ceil))) is not None \
                    and self._title_ending(rm.end(), om.end):
                # 'said Acme Bank Ltd chief economist, Jane Roe.': the employer, its role, and the role's holder
                ap = self._apposed_name(rm.end(), ceil)  # set off by a comma (round 15)
                if ap is not None:
                    return ap.ent, ap
        for _ in range(5):
            while p < ceil and text[p] == " ":
                p += 1
            if after_title and self.a.lang == "id" and (pa := _PAREN_ABBR.match(text, p - 1, ceil)) is not None:
                p = pa.end()  # 'kata Menteri Energi (ESDM) X': the title's abbreviation in brackets (round 21)
                continue
            if after_title and text.startswith(("& ", "dan "), p) and self.a.lang == "id" \
                    and self._hit_starting(p + (2 if text[p] == "&" else 4), "title") is not None:
                p += 2 if text[p] == "&" else 4  # 'ujar Co-Founder & CEO X', 'ujar CEO dan pendiri X': two titles
                continue  # of one holder ('dan': round 26)
            m = self.by_start.get(p)
            if m is not None and m.ent.type in ("ORG", "GPE") and after_title:
                # 'kata Gubernur DKI terpilih Anies Baswedan': the title's body, then its holder
                for m2 in self.a.mentions_in(m.end, min(ceil, m.end + 50)):
                    gap = text[m.end:m2.start] if self.a.lang == "en" else _PAREN_ABBR.sub("", text[m.end:m2.start + 1])
                    if m2.ent.type == "PERSON" and not any(c in gap for c in ',.;:"“”('):
                        # (Indonesian: 'kata Kepala Biro X (Karo X) Polri Brigjen Y': an abbreviation in brackets
                        # is part of the title phrase, not its end; round 21)
                        if m2.ent.id is None and " " not in m2.ent.name and self.a.lang == "id":
                            # 'ujar Ketua Golkar Sleman, Bambang Wiryawan,': one unknown word is the body's place
                            ap = self._apposed_name(m2.end, ceil)
                            if ap is not None:
                                return ap.ent, ap
                        return m2.ent, m2
            if m is not None and after_title and m.ent.type != "GPE" \
                    and (m.ent.id is None or m.ent.type == "ORG" and self.a.lang == "id"):
                # 'menurut Kapolsek Antang Kalang, Iptu Afif Hasan,': the title's holder is the name set off
                # by a comma after the title phrase, not the words of the title phrase; the phrase may run on
                # over bodies and places first ('ujar Ketua Golkar Purwakarta, Sarip Hidayat,').
                if rank_end >= 0 and m.ent.type == "PERSON" and not text[rank_end:m.start].strip() \
                        and starts_at(text, ", ", m.end) and self._hit_starting(m.end + 2, "title") is not None:
                    # '," kata Kompol Budi Santoso, Kapolsek Tanah Abang.': a rank opens its holder's own name; the
                    # title set off after it is that person's office, not a title phrase before a holder (round 28)
                    return m.ent, m
                ap = self._apposed_name(self._phrase_end(m), ceil)
                if ap is not None:
                    return ap.ent, ap
                if self.a.lang == "id" and m.ent.type == "PERSON" and starts_at(text, " dan ", m.end) \
                        and (cm := _CAP_WORDS.match(text, m.end + 5, min(len(text), ceil + 60))) is not None:
                    # 'kata Kasubdit Pembinaan dan Penegakan Hukum Polda X, AKBP Y': portfolio words joined by
                    # 'dan' after a title, then the holder set off by a comma (round 12)
                    ap = self._apposed_name(cm.end(), ceil)
                    if ap is not None:
                        return ap.ent, ap
            if m is not None and after_title and self.a.lang == "id" and m.ent.type == "PERSON" and m.ent.id is None \
                    and " " not in m.ent.name and starts_at(text, " ", m.end) and upper_at(text, m.end + 1) \
                    and (nh := self._hit_starting(m.end + 1, "unnamed")) is not None \
                    and text[nh.end:nh.end + 1] == " " and upper_at(text, nh.end + 1):
                # 'kata CEO Kreasi Media Nusantara Hendra Gunawan' (round 30): the entity stage stopped the firm's
                # name at a lexicon word ('Media') and read its first word as a person; the holder closes the phrase
                # (its last two words: the firm's name runs on after that word, 'Media Nusantara')
                tn = self._trailing_name(nh.end + 1, ceil)
                if tn is not None and tn.start > nh.end and text.find(" ", tn.start, tn.end) >= 0:
                    if text.count(" ", tn.start, tn.end) >= 2:
                        s2 = text.rfind(" ", tn.start, text.rfind(" ", tn.start, tn.end)) + 1
                        tn = self.by_start.get(s2) or self._new_mention(s2, tn.end, "PERSON")
                    return tn.ent, tn
            if m is not None and after_title and (m.ent.type in ("ORG", "GPE") or self._title_words_only(m)):
                # 'kata Direktur Jenderal Kerja Sama ASEAN Kementerian Luar Negeri Jose Tavares': portfolio words
                # and bodies after a title, then the holder's name closing the phrase.
                tn = self._trailing_name(m.start, ceil)
                if tn is not None:
                    return tn.ent, tn
                if self._title_words_only(m):
                    p = m.end
                    continue
            if m is not None and self.a.lang == "id" and not after_title and (
                    m.ent.type == "PERSON" and m.ent.id is None and starts_at(text, ", ", m.end)
                    and (th := self._hit_ending(m.end, "title")) is not None and th.start > m.start
                    or (m.ent.type == "ORG" or m.ent.type == "PERSON" and m.ent.id is None)
                    and (th := self._hit_starting(m.end + 1, "title")) is not None
                    and starts_at(text, ", ", th.end)):
                # '," kata Nordwagen Chief Design Officer, Peter Hansen.': a company and a title (read as one name or
                # not); the holder is set off after them (round 14)
                ap = self._apposed_name(max(m.end, th.end), ceil)
                if ap is not None:
                    return ap.ent, ap
            if m is not None and self.a.lang == "id" and m.how == "title" and not after_title:
                # '," ujar Perdana Menteri Bangladesh, Sheikh Hasina.': the bare title's holder is named after it
                ap = self._apposed_name(self._phrase_end(m), ceil)  # (round 13)
                if ap is not None:
                    return ap.ent, ap
            if m is not None and self.a.lang == "id" and m.ent.type in ("PERSON", "ORG") \
                    and (starts_at(text, " and ", m.end) or starts_at(text, " of ", m.end) or starts_at(text, " & ", m.end)) \
                    and (elm := _ENGLISH_LINKED.match(text, m.end)) is not None:
                # 'menurut Travel and Leisure,': English 'and' / 'of' inside a foreign name (round 13)
                em = self._new_mention(m.start, elm.end(), "ORG")
                return em.ent, em
            if m is not None and after_title and self.a.lang == "id" and m.ent.type == "PERSON" and m.ent.id is None \
                    and (cm := _COMPANY_THEN_NAME.match(text, m.start, min(len(text), ceil + 40))) is not None \
                    and not any(w in self.a.res.name_stop or w.lower() in self.a.res.title_words
                                for w in cm.group(1).split()) \
                    and _apposition_ends(text, cm.end(1)):
                # '," kata CEO Lumbung Media Works Budi Santoso': a company named with an English tail word, then
                # the holder of the title (round 30)
                nm = self.by_start.get(cm.start(1))
                if nm is not None and nm.ent.type == "PERSON" and nm.end == cm.end(1):
                    return nm.ent, nm
                if nm is None and not self.a.mentions_in(cm.start(1), cm.end(1)):
                    nm = self._new_mention(cm.start(1), cm.end(1), "PERSON")
                    return nm.ent, nm
            if m is not None:
                if m.ent.type == "PERSON" or m.ent.type == "ORG" and not self._followed_by_person(m, ceil):
                    if m.ent.type == "ORG" and self._hit_starting(m.end + 1, "group"):
                        return self._group(m.ent, m), m
                    return m.ent, m
                if m.ent.type == "GPE" and m.how == "name" and m.ent.geonames_id is not None and not after_title \
                        and not text[pos:p].strip() and self._clause_ends_after(m.end, ceil) \
                        and self.a.lang == "id" and " " not in m.ent.name:
                    m2 = self._new_mention(m.start, m.end, "PERSON")  # '," sambung Bima.': a person named like a city
                    return m2.ent, m2
                if m.ent.type == "GPE" and m.how in ("name", "metonym") and not self._followed_by_person(m, ceil) \
                        and (m.ent.geonames_id is None or m.how == "metonym") and self._clause_ends_after(m.end, ceil):
                    return self.a_country(m.ent), m  # '..., kata Jepang.' / 'according to Ecuador'
                p = m.end
                continue
            hs = self.hits_starting(p)
            h = next((x for x in hs if x.kind in ("title", "group", "anaphor")), None) or next(iter(hs), None)
            if h is not None and h.kind == "unnamed" and self.a.lang == "en" and not after_title \
                    and self.a.low[h.start:h.end].rsplit(" ", 1)[-1].startswith("spokes") \
                    and self.a.low.startswith(" for ", h.end):
                # round 50: '..., said a spokesman for Acme Corp.': the body speaks through its spokesman, as when
                # the verb follows ('a spokesman for Acme Corp said')
                q = h.end + (9 if self.a.low.startswith(" for the ", h.end) else 5)
                nm = self.by_start.get(q) or next((x for x in self.a.mentions_in(q, min(len(text), q + 60))), None)
                if nm is not None and nm.ent.type == "ORG" and not nm.ent.group and nm.start > q \
                        and nm.ent.id is None and 1 <= len(ws := text[q:nm.start].split()) <= 3 \
                        and all(w.isalpha() and upper_at(w, 0) for w in ws):
                    nm = self._new_mention(q, nm.end, "ORG")  # 'the Trade Ministry' read as 'Ministry' only
                if nm is not None and nm.ent.type == "ORG" and not nm.ent.group and nm.start == q:
                    return self._from_mention(nm, pos)
            if h is not None and h.kind == "unnamed" and self.a.low[h.start:h.end].split()[-1] in _OFFICIAL_WORDS:
                # 'kata seorang pejabat Kementerian Luar Negeri Rusia': an official of a named body speaks for it
                nm = self.by_start.get(h.end + 1)
                if nm is not None and nm.ent.type in ("GPE", "ORG"):
                    return self._group(nm.ent if nm.ent.type == "ORG" else self.a_country(nm.ent), nm), nm
                return None, None
            if h is not None and h.kind in ("title", "group"):
                if h.kind == "group":
                    nm = self.by_start.get(h.end + 1)
                    if nm is not None and nm.ent.type in ("GPE", "ORG"):
                        return self._group(nm.ent, nm), nm
                    if nm is not None and nm.ent.type == "PERSON" and self.a.lang == "en" \
                            and text[h.end:h.end + 1] == " " and not low.endswith("s", h.start, h.end):
                        return nm.ent, nm  # round 42: 'said (company) spokesman Jane Roe': the role's holder
                    return None, None
                # 'kata Kepala Dinas Sosial DKI': a body that starts inside the title's words
                p = next((x for x in range(h.start + 1, h.end) if x in self.by_start and text[x - 1] == " "
                          and self.by_start[x].end > h.end), h.end)
                after_title = True
                continue
            if h is not None and h.kind == "anaphor":
                return self._resolve_anaphor(h)
            j = p
            while j < ceil and char_alpha(text[j]):
                j += 1
            if self.a.lang == "id" and not after_title and j > p and char_upper(text[p]) and text[j:j + 1] == " " \
                    and self.a.low[p:j] in self.a.res.title_words and (q := self._title_after_words(j + 1, ceil)) > 0:
                p = q  # round 44: 'ujar Business Development Manager International, X': the title's own words first
                continue
            if self.a.lang == "en" and not after_title and j > p and char_lower(text[p]) and text[j:j + 1] == " " \
                    and any(x.kind in ("title", "group") for x in self.hits_starting(j + 1)) \
                    and self.a.low[p:j] in _BODY_WORDS:
                p = j + 1  # round 42: 'according to company spokesman Jane Roe': the employer's kind before the role
                continue
            if j > p and self.a.lang == "id" and char_upper(text[p]) and self.a.low[p:j] in RANKS_ID \
                    and text[j:j + 1] in (" ", "."):
                p = j + (text[j:j + 1] == ".")  # 'kata Kombes Edi', 'kata Irjen Pol. X': a rank is a title (round 13)
                after_title = True
                rank_end = p
                continue
            ph = self.a.word_ending_at(j, "pronoun") if j > p else None
            if ph is not None and ph.start == p:
                return self._resolve_anaphor(ph)
            if j > p and (self.a.low[p:j] in self.a.res.gap_words or text[p:j] == "The"):
                p = j  # 'menurut keterangan Kementerian Luar Negeri RI', 'mengutip The Hollywood Reporter'
                continue
            rm = _GATHERED.match(self.a.low, p) \
                if starts_at(self.a.low, "yang ", p) or starts_at(self.a.low, "oleh ", p) else None
            if rm is not None:
                p = rm.end()  # 'menurut laporan yang berhasil dihimpun Reuters', 'disampaikan oleh X'
                continue
            if after_title and p < ceil and text[p] == ",":
                ap = self._apposed_name(p, ceil)  # 'menurut Kepala Koki, Brad Carter,'
                if ap is not None:
                    return ap.ent, ap
            if after_title and j > p and char_upper(text[p]) and self.a.low[p:j] in self.a.res.title_words:
                tn = self._trailing_name(p, ceil)  # 'ujar Dirjen Bina Keuangan Daerah Kemendagri Sutarmanto'
                if tn is not None:
                    return tn.ent, tn
                if self.a.lang == "id" and starts_at(text, " ", j) and j + 1 in self.by_start:
                    # 'jelas Deputi Penindakan Badan X (BX), Irjen Y,': a portfolio word, then the body (round 14)
                    p = j + 1
                    continue
            elif after_title and j > p and char_upper(text[p]) and self.a.lang == "id":
                # 'ujar CEO Ruangguru Belva Devara': an unknown company's name, then a person the entity stage read
                tn = self._trailing_name(p, ceil)
                if tn is not None and tn.start > p and any(x.start == tn.start and x.end == tn.end and x.ent is tn.ent
                                                           for x in self.a.mentions_in(p, tn.end)):
                    return tn.ent, tn
                if (cm := _CAP_WORDS.match(text, p, min(len(text), ceil + 60))) is not None:
                    # 'kata Kepala BPBD Manado, Max Tatahede': an acronym body and its place, then the holder
                    ap = self._apposed_name(cm.end(), ceil)
                    if ap is not None:
                        return ap.ent, ap
            if j > p and char_upper(text[p]) and not after_title and not text[pos:p].strip() and self.a.lang == "id":
                q, nq = j, 0  # '," kata Nordwagen Chief Design Officer, Peter Hansen.': a company's name before the
                while nq < 3 and starts_at(text, " ", q) and q + 1 < ceil:  # title; its holder follows (round 14)
                    if self._hit_starting(q + 1, "title") is not None:
                        break
                    r = q + 1
                    while r < ceil and char_alpha(text[r]):
                        r += 1
                    if r == q + 1 or not char_upper(text[q + 1]):
                        break
                    q, nq = r, nq + 1
                if nq < 3 and starts_at(text, " ", q) and (th := self._hit_starting(q + 1, "title")) is not None \
                        and starts_at(text, ", ", th.end):
                    ap = self._apposed_name(th.end, ceil)
                    if ap is not None:
                        return ap.ent, ap
            if j > p and char_upper(text[p]) and not after_title and self.a.lang == "en" and text[pos:p].strip() in (
                    "", "the") and (lk := _LINKED_HEAD.match(text, p, min(len(text), ceil))) is not None \
                    and (om := self.by_start.get(lk.end())) is not None and om.ent.type == "ORG" \
                    and not self.a.mentions_in(p, lk.end()) and (text[om.end:om.end + 1] in ("", ".", ",", ";")):
                nm = self._new_mention(p, om.end, "ORG")  # '..., reported the Farm and Industrial Equipment
                return nm.ent, nm  # Institute.': the entity stage read the name from after 'and' (round 38)
            if j > p and char_upper(text[p]) and not after_title and not text[pos:p].strip() \
                    and not ends_at(self.a.low, "nya", 0, pos):
                return self._bare_name_after(p, ceil)
            break
        return None, None

    def _name_before_yang(self, y: int, floor: int) -> int:
        """``y`` (the space before 'yang') when a name ends there: a known person or body, or a capitalised word
        the subject rules may read as a name ('General Manager Bandara X, Suwarso yang mengatakan'); else 0."""
        m = self.by_end.get(y)
        if m is not None:
            return y if m.ent.type in ("PERSON", "ORG") else 0
        w = self.a.text.rfind(" ", floor, y) + 1
        if w == 0:  # the word opens the sentence (round 30)
            w = floor
            while w < y and self.a.text[w] in "\"“\n":
                w += 1
        word = self.a.text[w:y]
        if word.isalpha() and upper_at(word, 0) and word[1:].islower() and word not in self.a.res.name_stop \
                and not self.a.hits_in(w, y):
            if w > floor + 2 and self.a.text[w - 2:w] == ", " and any(
                    h.kind == "title" for h in self.a.hits_in(max(floor, w - 80), w - 2)):
                self._new_mention(w, y, "PERSON")  # one word set off after a title phrase: its holder
            return y
        return 0

    def _set_off_name(self, x: int) -> Mention | None:
        """A 2-4-word capitalised name at ``x`` set off by a comma after descriptor words and their body
        ('menurut kuasa hukum Kiswinar, Ferry Amahorseya,') that the entity stage did not build (round 18): no
        title or other hit in it, no stop word or acronym, no name inside but a place read in it ('Kyle York')."""
        a = self.a
        nm = _SET_OFF_NAME_ID.match(a.text, x)
        if nm is None or a.hits_in(x, nm.end()) or any(mm.ent.type != "GPE" for mm in a.mentions_in(x, nm.end())):
            return None
        if any(w in a.res.name_stop or w.isupper() for w in nm.group(0).split()):
            return None
        return self._new_mention(x, nm.end(), "PERSON")

    def _lower_body_id(self, lb: re.Match[str]) -> Mention | None:
        """A body written with a lower-case head after a post-posed verb or 'menurut' (round 12): 'kementerian
        pertahanan Swiss' → that country's body (its words capitalised), 'balai lelang Artcurial' → Artcurial."""
        a = self.a
        if any(w in _DESC_BLOCK_ID for w in lb.group(2).split()):
            return None
        s0, e0 = lb.span(3)
        inside = a.mentions_in(s0, e0)
        if lb.group(1) in _KIND_NOUNS_ID:
            # round 43: 'menurut perusahaan United Airlines', 'kata pihak Garuda Indonesia': a kind of body right before
            # its own name; the name speaks (only with nothing between, and never a place or a person)
            if lb.group(2) or any(m.ent.type in ("PERSON", "GPE", "LOC") for m in inside):
                return None
            if inside and inside[0].ent.type == "ORG" and inside[0].start == s0:
                return inside[0]
            return None if inside or a.hits_in(s0, e0) else self._new_mention(s0, e0, "ORG")
        if any(m.ent.type == "PERSON" for m in inside):
            return None
        gpe = inside[0] if len(inside) == 1 and inside[0].start == s0 and inside[0].end == e0 else None
        if gpe is not None and gpe.ent.type == "GPE" and gpe.ent.country and gpe.ent.geonames_id is None:
            head = "pemerintah" if lb.group(1) == "pemerintahan" else lb.group(1)  # round 46: the government
            name = " ".join(w.capitalize() for w in (head + lb.group(2)).split()) + " " + lb.group(3)
            return self._new_mention(lb.start(1), e0, "ORG", name=name, country=gpe.ent.country)
        if inside and inside[0].ent.type == "ORG" and inside[0].start == s0:
            return inside[0]
        if inside or lb.group(1) in ("kementerian", "angkatan darat", "angkatan laut", "angkatan udara"):
            return None
        return self._new_mention(s0, e0, "ORG")

    def _title_words_only(self, m: Mention) -> bool:
        tw = self.a.res.title_words
        return m.ent.type == "PERSON" and m.ent.id is None and all(
            w.lower() in tw for w in self.a.text[m.start:m.end].split())

    def _title_after_words(self, q: int, ceil: int) -> int:
        """round 44: where a title starts after capitalised title words from ``q`` ('Business Development Manager'),
        or -1."""
        text = self.a.text
        for _ in range(3):
            if any(x.kind == "title" for x in self.hits_starting(q)):
                return q
            k = q
            while k < ceil and char_alpha(text[k]):
                k += 1
            if k == q or not char_upper(text[q]) or text[k:k + 1] != " " or self.a.low[q:k] not in self.a.res.title_words:
                return -1
            q = k + 1
        return -1

    def _trailing_name(self, pos: int, ceil: int) -> Mention | None:
        """The capitalised words closing a title phrase that starts at ``pos`` and holds no person."""
        a = self.a
        text = a.text
        end = min(len(text), ceil + 80, pos + 160)
        j = pos
        while j < end:  # the phrase runs over capitalised words (and 'dan') to a comma, a full stop or a lower-case word
            k = j
            while k < end and not text[k].isspace() and text[k] not in ",;:()\"“”":
                k += 1
            w = text[j:k]
            if not w or not (char_upper(w[0]) or w == "dan" or w[0].isdigit()):
                break
            if w.endswith(".") and len(w) > 2:
                j = k  # a full stop after a word ends the phrase
                break
            if k < end and text[k] != " ":
                j = k
                break
            j = k + 1
        e0 = min(j, len(text))
        while e0 > pos and text[e0 - 1] in " .":
            e0 -= 1
        if e0 - pos > 150 or not _apposition_ends(text, e0):
            return None
        if a.lang == "id" and starts_at(text, ", ", e0):
            ap = self._apposed_name(e0, ceil)  # 'Ketua Bidang Hukmiyah Syariah, Lukman Hakim.': the holder
            if ap is not None:
                return ap
        if a.lang == "id" and starts_at(text, " (", e0) and (am := _ACRONYM_TAIL.match(text, e0)) is not None \
                and any(x.end == e0 and x.ent.type == "ORG" for x in a.mentions_in(pos, e0)):
            # 'Deputi Penindakan Badan Anti Narkoba (BAN), Irjen Budi Santoso,': the phrase ends in a body and its
            # short form; the holder is the name set off after them, never the body's last words (round 14)
            return self._apposed_name(am.end(), ceil)
        # the name: the last capitalised words after every title word, body and place
        s0 = e0
        for mm in a.mentions_in(pos, e0):
            if mm.ent.type == "PERSON" and not self._title_words_only(mm):
                if mm.end == e0:
                    return mm
                if mm.ent.id:
                    return None
            elif mm.ent.type == "ORG" and mm.end == e0 and mm.ent.country and _ends_in_country(text[mm.start:e0], a):
                return None  # round 44: 'kata juru bicara Kementerian Luar Negeri Inggris': the country is the body's
        words = text[pos:e0].split()
        names: list[str] = []
        q = e0
        # a word inside the name of a command or office named after its place is no name word ('kata Humas Polres
        # Bogor.': not 'Bogor', round 29)
        bodies = [(mm.start, mm.end) for mm in a.mentions_in(pos, e0)
                  if mm.ent.type == "ORG" and text[mm.start:mm.end].split(" ", 1)[0] in _PLACE_NAMED_BODIES] \
            if a.lang == "id" else []
        for w in reversed(words):
            w0 = w.rstrip(".")
            qs = text.rfind(w, pos, q)
            if any(bs <= qs < be for bs, be in bodies):
                break
            if w0.lower() in a.res.title_words or w0 in a.res.name_stop or w == "dan" or a.mentions_in(qs, q) \
                    or (w0.isupper() and len(w0) > 1) or not upper_at(w0, 0) \
                    or (w0 == "Polisi" and _RANK_BEFORE_POLISI.search(text, max(0, qs - 10), qs)):
                break  # ('Komisaris Besar Polisi X', 'Brigadir Jenderal Polisi X': the rank's last word, round 27)
            names.append(w)
            s0 = qs
            q = qs
        if not 1 <= len(names) <= 4 or e0 - s0 < 4 or (len(names) == 1 and len(names[0]) < 4):
            return None
        return self._new_mention(s0, e0, "PERSON")

    def _phrase_end(self, m: Mention) -> int:
        """The end of a title phrase's bodies and places that follow one another from ``m`` ('Golkar Purwakarta')."""
        q = m.end
        for _ in range(4):
            nxt = self.by_start.get(q + 1)
            if nxt is None or nxt.ent.type not in ("ORG", "GPE", "LOC"):
                break
            q = nxt.end
        if self.a.lang == "id" and starts_at(self.a.text, " (", q) and (am := _ACRONYM_TAIL.match(self.a.text, q)):
            q = am.end()  # 'Direktur PT Acme Jaya (AJ), Budi Santoso': the body's short form (round 13)
            if (pm := _PLACE_BEFORE_COMMA.match(self.a.text, q)) is not None:
                q = pm.end()  # 'Kepala Unit Pelaksana Teknis (UPT) Cikini, Budi Santoso': the unit's place (round 30)
        if self.a.lang == "id" and (bm := _BRANCH_TAIL.match(self.a.text, q)) is not None:
            q = bm.end()  # 'Humas PT Jasa Raya cabang Jakarta - Bekasi, Budi Santoso': the body's branch (round 29)
        return q

    def _apposed_name(self, pos: int, ceil: int, initials: bool = False) -> Mention | None:
        """', [rank words] Name,' right after a title phrase ending at ``pos``: the person holding the title
        (``initials``: a first word of two or three capitals before a name word is the holder's initials, 'AM Fikri')."""
        a = self.a
        text = a.text
        p = pos
        if not starts_at(text, ", ", p):
            return None
        p += 2
        end = min(len(text), ceil + 60)
        # rank and portfolio words before the name ('Iptu', 'Kombes Pol', 'Brigadir')
        while True:
            j = p
            while j < end and (char_alpha(text[j]) or text[j] == "."):
                j += 1
            w = text[p:j].rstrip(".").lower()
            if j > p and w in a.res.title_words and starts_at(text, " ", j):
                p = j + 1
                continue
            break
        if p > pos + 2 and a.lang == "id" and (link := _LIST_LINK.match(text, p - 1)) is not None:
            return self._listed_name(link.end(), ceil)  # ', Infrastruktur dan Keamanan Siber Bima Laga'
        m = self.by_start.get(p)
        if m is not None:
            if m.ent.type != "PERSON" or not _apposition_ends(text, m.end):
                return None
            return m
        j = p
        words: list[str] = []
        while j < end and len(words) < 5:
            k = j
            while k < end and (char_alnum(text[k]) or text[k] in "-'’."):
                k += 1
            w = text[j:k]
            if not w or not char_upper(w[0]):
                break
            words.append(w)
            if w.endswith(".") and len(w) > 2:
                j = k  # 'Gede Widiade. Rencananya': a full stop after a word ends the name
                break
            if not starts_at(text, " ", k):
                j = k
                break
            j = k + 1
            if not upper_at(text, j):
                j = k
                break
        e0 = min(j, len(text))
        while e0 > p and text[e0 - 1] in " .":
            e0 -= 1
        link = _LIST_LINK.match(text, e0)
        if link is not None and 1 <= len(words) <= 4 and a.lang == "id":
            return self._listed_name(link.end(), ceil)
        if not 1 <= len(words) <= 4 or e0 - p < 3 or not _apposition_ends(text, e0):
            return None  # 'Kepala Biro Hubungan Masyarakat, Data, dan Informasi': a list of portfolios
        for i, w in enumerate(words):
            if i > 0 and a.lang == "id" and w.lower() in a.res.months and not text[e0 + 1:e0 + 2].isdigit():
                continue  # 'kata Pelatih X, Tien Mei kepada wartawan': a month word inside a name (round 30)
            if w.rstrip(".") in a.res.name_stop or w.isupper() and len(w) > 1 \
                    and not (initials and i == 0 and len(w) <= 3 and len(words) > 1 and not words[1].isupper()):
                return None
        if a.hits_in(p, e0) or a.mentions_in(p, e0):
            return None
        return self._new_mention(p, e0, "PERSON")

    def _listed_name(self, pos: int, ceil: int) -> Mention | None:
        """A list of portfolios after a title ('Kepala Divisi Pajak, Infrastruktur dan Keamanan Siber Bima Laga'):
        the name closing its last member, after at least one portfolio word, holds the title."""
        tn = self._trailing_name(pos, ceil)
        return tn if tn is not None and tn.start > pos and tn.ent.type == "PERSON" else None

    def _clause_ends_after(self, pos: int, ceil: int) -> bool:
        rest = self.a.text[pos:min(ceil + 20, pos + 20)]
        return not rest.strip() or rest.lstrip()[:1] in ",.;:"

    def _hit_starting(self, pos: int, kind: str) -> Hit | None:
        for h in self.hits_starting(pos):
            if h.kind == kind:
                return h
        return None

    def _followed_by_person(self, m: Mention, ceil: int) -> bool:
        """'kata Kepala Kantor Imigrasi Jakarta Pusat Tato J Hidyawn': a body, places, then the person."""
        nxt = self.by_start.get(m.end + 1)
        for _ in range(3):
            if nxt is not None and nxt.ent.type in ("GPE", "LOC"):
                # 'Jakarta Pusat': a direction word after a place is part of it
                t = self.a.text
                j = nxt.end + 1
                k = j
                while k < len(t) and char_alpha(t[k]):
                    k += 1
                if t[j:k] in _PLACE_SUFFIXES:
                    nn = self.by_start.get(k + 1)
                    if nn is not None and nn.ent.type == "PERSON":
                        return True
            if nxt is None or nxt.start > ceil:
                return False
            if nxt.ent.type == "PERSON":
                return True
            if nxt.ent.type not in ("GPE", "LOC", "ORG"):
                return False
            nxt = self.by_start.get(nxt.end + 1)
        return False

    def _from_mention(self, m: Mention, floor: int, verb: int = -1) -> tuple[Ent | None, Mention | None]:
        ent = m.ent
        if verb >= 0 and (self._future_between(m.end, verb) or self._requested(m.start, floor)):
            return None, None
        if ent.name.lower() in _NON_AGENTS or self.a.low[max(floor, m.start - 8):m.start].split()[-1:] \
                in (["takdir"], ["nasib"], ["fate"]):
            return None, None  # 'takdir Tuhan berkata lain': a figure of speech, not a speaker
        if ent.type == "ORG" and all(w in _COMPANY_SUFFIXES for w in ent.name.split()):
            pm = _PARTNERS_AND.search(self.a.text, max(floor, m.start - 60), m.start) if self.a.lang == "en" else None
            if pm is not None and pm.group(1).split(" ", 1)[0] not in ("The", "A", "An") \
                    and not any(w.rstrip(",") in self.a.res.name_stop for w in pm.group(1).split()) \
                    and not self.a.hits_in(pm.start(1), m.start):
                # 'Goldman, Sachs and Co said', 'Smith Barney, Harris Upham and Co said': the partners' names and
                # the legal form are one company's name; a body named whole before 'and Co' keeps its own (round 25)
                whole = self.by_start.get(pm.start(1))
                if whole is not None and whole.end == pm.end(1) and whole.ent.type == "ORG":
                    return whole.ent, whole
                nm = self._new_mention(pm.start(1), m.end, "ORG")
                return nm.ent, nm
            if self.a.lang == "en" and (om := _OF_PARTNERS_AND.search(self.a.text, max(floor, m.start - 60), m.start)) \
                    is not None and (pm2 := self.by_end.get(om.start())) is not None and pm2.ent.type == "PERSON":
                return pm2.ent, pm2  # 'analyst Jane Roe of Kidder Peabody and Co said': the person, of her firm (round 27)
            return None, None  # 'Ryan, Beck and Co Inc said': only the legal-form words of a name were read
        if ent.type == "ORG" and m.how == "name" and self._title_ending(m.start, floor) \
                and not (self.a.lang == "id" and verb >= 0 and m.end >= verb - 12 and "," not in self.a.text[m.end:verb]
                         and self.a.low.endswith(_SPOKESMAN_ID, floor, self._skip_back(m.start, floor))
                         and "," not in self.a.text[max(floor, m.start - 24):m.start]):
            return None, None  # 'mantan Kepala Staf Angkatan Darat (KSAD) tersebut mengatakan': a person
            # (but 'Juru bicara Kementerian X India mengonfirmasi': the unnamed spokesperson speaks for the body
            # named right before the verb; round 21)
        if verb >= 0 and ent.type == "ORG" and self.a.lang == "id" \
                and self.a.low[max(floor, m.start - 4):m.start] == " di ":
            return None, None  # 'situs yang memonitor emoji di Twitter juga mengungkapkan': a place, not the subject
        if verb >= 0 and self.a.lang == "id" and m.end >= verb - 1 \
                and self.a.text.find("yang ", max(floor, m.start - 60), m.start) >= 0 \
                and _REL_OBJECT_ID.search(self.a.text, max(floor, m.start - 60), m.start) is not None:
            return None, None  # 'agensi yang menaungi Tae Hee mengonfirmasi': Tae Hee is the clause's object
        if verb >= 0 and ent.type == "PERSON" and self.a.lang == "id" and self._agent_of_named(m, floor):
            return None, None  # 'kuasa hukum Ahok menyatakan': the lawyer of a person named before speaks
        if verb >= 0 and self.a.lang == "id" and self.a.text.find(",", m.end, verb) >= 0 \
                and (ob := _OBJECT_BEFORE_ID.search(self.a.text, max(floor, m.start - 30), m.start)) is not None \
                and not self.a.hits_in(ob.start(1), ob.end(1), "say_pre") \
                and not self.a.hits_in(ob.start(1), ob.end(1), "say_post"):
            return None, None  # 'tidak pernah menangani Carey, hanya menjelaskan': an action's object (round 17)
        if verb >= 0 and self.a.lang == "id" and self.a.text.find(",", m.end, verb) >= 0 \
                and _RELAY_BEFORE_ID.search(self.a.low, max(floor, m.start - 40), m.start) is not None:
            return None, None  # 'X, seperti dikutip dari Antara, menilai': the outlet only relays (round 17)
        if ent.type == "PERSON" or ent.type == "ORG":
            # 'Para pejabat AS' is handled via the group noun before a place; 'pejabat PBB' too.
            g = self._hit_ending(self._skip_back(m.start, floor), "group")
            if g is not None and ent.type == "ORG" and self.a.lang == "en" and self.a.low[g.start:g.end] == "official" \
                    and ends_at(self.a.low, "the ", floor, g.start):
                return ent, m  # 'the official New China News Agency reported': an adjective, the body speaks (round 25)
            if g is not None and ent.type == "ORG":
                return self._group(ent, m), m
            if self._unnamed_before(m.start, floor, ent.type == "PERSON"):
                return None, None
            return ent, m
        if ent.type == "GPE":
            g = self._hit_ending(self._skip_back(m.start, floor), "group")
            if g is not None:
                return self._group(self.a_country(ent), m), m
            if self._unnamed_before(m.start, floor):
                return None, None
            if verb >= 0 and ent.geonames_id is not None and m.how == "name" \
                    and (body := self._body_of_city_word(m, floor)) is not None:
                return body, m  # round 62: 'Borussia Dortmund' ... 'Dortmund menyatakan': the club, not the city
            if m.how in ("metonym", "name") and (ent.geonames_id is None or m.how == "metonym") \
                    and self._subject_position(m.start, floor):
                # A country or a capital used for its government ("Washington said", "China said").
                return self.a_country(ent), m
            if self.a.lang == "id" and verb >= 0 and m.how == "name" and ent.geonames_id is not None \
                    and self.a.text[m.start:m.end].split(" ", 1)[0] in _REGION_GOVERNMENTS \
                    and self._subject_position(m.start, floor):
                return ent, m  # round 30: 'Kota Palembang menegaskan': a city or regency named as such speaks for
                # its government, as a bare country does for its own
            if self.a.lang == "id" and verb >= 0 and m.how == "name" and ent.geonames_id is not None \
                    and _REPORTS_ID.match(self.a.low, verb) and " " not in (w := self.a.text[m.start:m.end]) \
                    and m.end >= verb - 1 and self._subject_position(m.start, floor) \
                    and not re.search(rf"\b(?:di|ke|dari|kota|kabupaten|asal) {re.escape(w.lower())}\b", self.a.low):
                nm = self._new_mention(m.start, m.end, "ORG")  # round 32: 'Metro melaporkan': a one-word city name
                return nm.ent, nm  # the article never uses as a place, subject of 'reports': an outlet of that name
        return None, None

    def _body_of_city_word(self, m: Mention, floor: int) -> Ent | None:
        """Round 62: a city's one-word name, subject of a verb of saying, that is a word of the name of a body the
        article named before ('Borussia Dortmund', 'OGC Nice', 'Leicester City' ... '(kubu) Dortmund menyatakan') is
        that body: the body named in full wins over the city reading. Not a body opening with a head word of its kind
        ('Pemerintah Kota Surabaya', 'Universitas Negeri Malang', 'Bank of Tokyo'), where the city is its seat."""
        text = self.a.text
        w = text[m.start:m.end]
        if " " in w or not w.isalpha():
            return None
        if not self._subject_position(m.start, floor):
            k = m.start - 1
            while k > floor and text[k - 1] == " ":
                k -= 1
            if self.a.low[max(floor, self.a.low.rfind(" ", floor, k) + 1):k] not in ("pihak", "kubu"):
                return None  # ('pihak Dortmund', 'kubu Leicester': the body's side speaks)
        heads = self.a.res.org_heads
        got: Ent | None = None
        for o in self.a.mentions:
            if o.start >= m.start:
                break
            if o.ent.type != "ORG" or o.ent.group or o.ent.international:
                continue
            words = text[o.start:o.end].split()
            if len(words) >= 2 and w in words and words[0] not in heads and not (w == words[0] and words[1] == "of"):
                got = o.ent
        return got

    def _agent_of_named(self, m: Mention, floor: int) -> bool:
        """'(tim) kuasa hukum Ahok', 'juru bicara Agus', 'tim sukses Sylvi' before a verb: the person was named
        earlier in the article without that word, so the word is his lawyer, spokesman or team (not his title)."""
        if not _may_end_with(self.a.low, max(floor, m.start - 24), m.start, _AGENT_OF_TAILS):
            return False  # (what every match needs: the word, then a space, ending the window)
        pm = _AGENT_OF.search(self.a.low, max(floor, m.start - 24), m.start)
        if pm is None:
            return False
        word = pm.group(1)
        for o in self.a.mentions:
            if o.start >= pm.start():
                break
            if o.ent is m.ent:
                # named before with the same word ('kuasa hukum Hotman Sitompul'): it is his title
                return not self.a.low[max(0, o.start - len(word) - 1):o.start].startswith(word)
        # a short form of a name the article gave before ('Budi' after 'Budi Santoso')
        return m.how in ("coref", "short") and len(m.ent.name) > m.end - m.start

    def _title_ending(self, pos: int, floor: int) -> bool:
        p = self._skip_back(pos, floor)
        return any(h.kind == "title" for h in self.hits_ending(p))

    def _bare_body_head(self, p: int, floor: int) -> Mention | None:
        """round 46: a body's head word alone ('Polda', 'Pemprov') as the subject, after the article named exactly one
        body with that head in full ('Polda Metro Jaya'): that body (its latest mention before)."""
        w0 = max(floor, self.a.text.rfind(" ", floor, p) + 1)
        word = self.a.text[w0:p]
        if word not in _BARE_BODY_HEADS or not self._subject_position(w0, floor):
            return None
        found = [m for m in self.a.mentions[:bisect_right_int(self.a.starts, w0 - 1)]
                 if m.ent.type == "ORG" and starts_at(self.a.text, word + " ", m.start)]
        return found[-1] if found and all(m.ent is found[-1].ent for m in found) else None

    def _subject_position(self, pos: int, floor: int) -> bool:
        """A country speaks only as a subject: at the clause start, after a conjunction or 'pemerintah/the'
        (not 'pebalap asal Inggris itu', 'Kementerian Luar Negeri China')."""
        text = self.a.text
        j = pos
        while j > floor and text[j - 1] == " ":
            j -= 1
        if j <= floor or text[j - 1] in ',;:("“-—':
            return True
        k = j
        while k > floor and not text[k - 1].isspace():
            k -= 1
        word = text[k:j]
        if word.endswith(".") and word[:-1].lower() in _HONORIFICS:
            return self._subject_position(k, floor)  # 'Dr. Rina Sari, presiden X Club menuturkan' (round 25)
        return word.lower() in _SUBJECT_LEAD or word in ("AS", "RI") or (
            j in self.by_end and self.by_end[j].ent.type == "GPE")

    def _future_between(self, s: int, e: int) -> bool:
        if e - s > 60:
            return False
        low = self.a.low
        j = s
        while j < e and ord(low[j]) == 32:
            j += 1
        if j >= e:
            return False  # only spaces between: no marker (a word, never blank: a test checks the lexicons) is there
        seg = " " + self.a.low[s:e] + " "
        return any(w in seg for w in _padded_future(self.a.res.future_markers))

    def _requested(self, pos: int, floor: int) -> bool:
        """'meminta negara-negara ASEAN dan China memastikan': the addressee of a request does not speak."""
        lo = max(floor, pos - 80)
        seg = self.a.text[lo:pos]
        cut = _rfind_any(seg, _REQUEST_MARKS)
        return bool(self.a.hits_in(lo + cut + 1, pos, "request"))

    def a_country(self, ent: Ent) -> Ent:
        key = f"iso:{ent.country}"
        return self.a.ents.get(key) or ent

    def _unnamed_before(self, pos: int, floor: int, person: bool = False) -> bool:
        text = self.a.text
        lo = max(floor, pos - 40)
        seg = text[lo:pos]
        if "," in seg:
            lo = lo + seg.rfind(",") + 1
        if self.a.lang == "en" and _SPOKES_FOR_SECTOR.search(self.a.low, lo, pos):
            return False  # 'a spokesman for brokers James Capel said': a firm after its trade's word (even typed as
            # a person) speaks through its spokesman; 'brokers' is no unnamed source there (round 25)
        for h in self.a.hits_in(lo, pos, "unnamed"):
            if any(t.start < h.start and h.end <= t.end for t in self.a.hits_in(max(0, h.start - 60), pos, "title")):
                continue  # 'Menteri Energi dan Sumber Daya Mineral X mengatakan': a word of a title, no source (round 23)
            if person and not text[h.end:pos].strip() and self._title_ending(h.end, floor):
                continue  # 'Acme Bank economist Jane Roe said': a title word right before a name, not a source
            if not person and self.a.lang == "id" and self.a.low[h.start:h.end] == "media" \
                    and all(m.ent.type == "GPE" for m in self.a.mentions_in(h.end, pos)) \
                    and not _NON_GPE_GAP.search(text, h.end, pos):
                continue  # round 25: 'Media Inggris The Sun melaporkan': the outlet named after its kind speaks
            if self.a.lang == "id" and ends_at(self.a.low, "kepada ", max(0, h.start - 8), h.start):
                continue  # round 25: 'Kepada media CEO Acme X mengungkapkan': the addressee, not an unnamed source
            if not person and self.a.lang == "en" and self.a.low.find("spokes", h.start, h.end) >= 0 \
                    and (text[h.end:pos] in (" for ", " for the ") or _spokes_for_country(self.a, h.end, pos, _FOR_GAP)):
                continue  # 'a spokesman for the Acme Council said': the body speaks through its spokesman
                # (also after the country its name opens with: 'a spokesman for the Norland Textile Federation')
            return True
        return False

    def _group_before(self, g: Hit, floor: int) -> tuple[Ent | None, Mention | None]:
        """'<country|body> officials' (English order) or '<group> <country|body>' already handled by mentions."""
        p = g.start
        for _ in range(3):
            p2 = self._skip_back(p, floor)
            if self.a.lang == "en" and p2 - 15 >= floor and self.a.low.endswith(" administration", p2 - 15, p2) \
                    and (lm := self.by_end.get(p2 - 15)) is not None and lm.ent.type == "PERSON" \
                    and lm.ent.official and lm.ent.country \
                    and (ce := self.a.ents.get(f"iso:{lm.ent.country}")) is not None:
                # 'A Reagan administration official said': an official of a country's leader's administration is
                # an official of that country (round 38)
                ge = self._group(ce, Mention(lm.start, p2, ce, "anaphor"))
                return ge, Mention(lm.start, g.end, ge, "anaphor")
            m = self.by_end.get(p2)
            if m is None and self.a.lang == "en" and self.a.text[p2 - 2:p2] in ("'s", "’s") \
                    and (self.a.low.find("spokes", g.start, g.end) >= 0 or self.a.low[g.start:g.end] in _POST_HOLDERS):
                m = self.by_end.get(p2 - 2)  # "UNCTAD's spokesman said": the body's own spokesman (its
                # counselor: round 38)
                if m is not None and m.ent.type != "ORG":
                    m = None
                if m is not None and p == g.start and self.a.low.startswith("spokes", g.start) \
                        and not self.a.low.startswith("spokesmen", g.start):
                    return m.ent, m  # round 47: "UNCTAD's spokesman said": the body itself speaks (also an international
                    # one), not its officials
            if m is not None and m.ent.type == "ORG" and p != g.start and self.a.lang == "en" and m.ent.id is None \
                    and " " not in m.ent.name and (m.start <= floor or self.a.text[m.start - 1] in "\n\"“"):
                return None, None  # 'International monetary sources say': a capitalised adjective opening the
                # sentence before a lower-case one, not a body's name (round 38)
            if m is not None and m.ent.type == "ORG" and m.ent.international and not m.ent.group and p == g.start \
                    and self.a.lang == "en" and self.a.low.startswith("spokes", g.start) \
                    and not self.a.low.startswith("spokesmen", g.start):
                return m.ent, m  # round 50: 'a UNCTAD spokesman said': the international body itself speaks through its
                # one spokesman, as in "UNCTAD's spokesman said" (round 47); its officials stay 'IMF officials'
            if m is not None and m.ent.type in ("GPE", "ORG"):
                return self._group(m.ent if m.ent.type == "ORG" else self.a_country(m.ent), m), m
            # skip one adjective ("senior", "government")
            j = p2
            while j > floor and char_alpha(self.a.text[j - 1]):
                j -= 1
            if j == p2 or self.a.lang == "en" and char_upper(self.a.text[j]):
                break  # 'A New York Life spokesman': a capitalised word is a name's, not an adjective
            if self.a.lang == "en" and self.a.low[j:p2] in _CLAUSE_LINKS_EN:
                break  # round 30: '... on the Amsterdam route and a spokesman said': a new clause, no adjective
            if self.a.lang == "en" and p == g.start and self.a.low[j:p2] == "parliamentary" \
                    and not self.a.low.startswith("source", g.start) \
                    and (j == floor or self.a.text[j - 1] in " \"“") and not ends_at(self.a.low, "the ", floor, j) \
                    and self.by_end.get(self._skip_back(j, floor)) is None \
                    and (cc := self._article_country(g.start)) is not None \
                    and (ce := self.a.ents.get(f"iso:{cc}")) is not None:
                # '..., parliamentary officials said' with no country before: the parliament of the country the
                # article is about so far ('the government' likewise, round 11) (round 25)
                ge = self._group(ce, Mention(j, p2, ce, "anaphor"))
                return ge, Mention(j, g.end, ge, "anaphor")
            p = j
        if self.a.lang == "en" and self.a.low[g.start:g.end] == "authorities":
            # round 31: '..., (the) authorities said' with nothing named before: the authorities of the country the
            # article is about so far, as 'parliamentary officials' above (not 'local authorities')
            the = ends_at(self.a.low, " the ", floor, g.start) or g.start - 4 == floor and self.a.low.endswith(
                "the ", floor, g.start)
            j = g.start - 4 if the else g.start
            if (the or j <= floor or self.a.text[j - 1] in "\n\"“" or self.a.text[j - 2:j] in (", ", ". ")) \
                    and (cc := self._article_country(g.start)) is not None \
                    and (ce := self.a.ents.get(f"iso:{cc}")) is not None:
                ge = self._group(ce, Mention(j, g.end, ce, "anaphor"))
                return ge, Mention(j, g.end, ge, "anaphor")
        return None, None

    def _group(self, body: Ent, m: Mention) -> Ent:
        if body.type == "ORG" and not body.group and not body.international:
            if body.text_country is None or self.a.lang == "en" and (
                    body.name.rsplit(" ", 1)[-1] in _FIRM_TAILS
                    or self.a.res.places.demonyms.get(body.name.split(" ", 1)[0]) == body.text_country):
                # (round 45) 'an AWB spokesman' after 'the Australian Wheat Board (AWB)': a demonym kept in the
                # body's own name is part of a proper name, not a country qualifying a generic body
                # 'Finance Ministry sources', 'a State Department official': the body speaks; so does a company
                # whose name holds a country ('a KLM spokesman' after KLM Royal Dutch Airlines, round 14)
                return body
            # 'pejabat Kemenlu Jepang', 'an Indonesian Ministry of Trade official': officials of that country.
            body = self.a.ents.get(f"iso:{body.text_country}") or body
        label = self.a.res.group_label
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

    def _unnamed_spoke(self, lo: int, hi: int) -> tuple[bool, Ent | None]:
        """One unnamed person (not a name) was the subject of a verb of saying between ``lo`` and ``hi``: 'a
        spokesman said', 'one leading options analyst said' (a pronoun after it refers to him, round 17); with
        the body he speaks for when one is named ('a Capel-Cure official said')."""
        if hi - lo > 1500 or self.a.lang != "en":
            return False, None
        found: tuple[bool, Ent | None] = (False, None)
        last = -1
        for kind in ("unnamed", "group"):
            for u in self.a.hits_in(lo, hi, kind):
                w = self.a.low[u.start:u.end].split()
                if w[-1].endswith("s") or w[-1] in ("spokesmen", "people", "some", "someone") or w[0] in ("para", "sejumlah", "beberapa"):
                    continue  # plural: 'analysts said', 'para pejabat'
                j = u.end
                while j < hi and self.a.text[j] in " ,":
                    j += 1
                if any(x.start == j for x in self.a.hits_in(j, min(hi, j + 16)) if x.kind in ("say_pre", "say_post")):
                    if u.start >= last:  # the last such speaker
                        found, last = (True, self._group_before(u, lo)[0] if kind == "group" else None), u.start
        return found

    def _resolve_anaphor(self, h: Hit) -> tuple[Ent | None, Mention | None]:
        want = "PERSON" if h.kind == "pronoun" else "ORG"
        if want == "ORG" and isinstance(h.value, str):
            head = h.value.rsplit(" ", 1)[-1]
            if head in _GOVERNMENT_HEADS:
                # 'The government has denied ...': the government of the country the article is about so far
                counts: dict[str, float] = {}
                for m in self.a.mentions:
                    if m.end > h.start:
                        continue
                    if m.ent.type == "GPE" and m.ent.country and m.how in ("name", "demonym", "metonym"):
                        # the country named first (the lead's) breaks a tie
                        counts[m.ent.country] = counts.get(m.ent.country, 0) + (1 if counts else 1.5)
                if counts:
                    top = max(counts.values())
                    best = [c for c, n in counts.items() if n == top]
                    ent = self.a.ents.get(f"iso:{best[0]}") if len(best) == 1 else None
                    if ent is not None:
                        return ent, Mention(h.start, h.end, ent, "anaphor")
                return None, None
            if head in _BODY_HEADS:
                # 'the department reported': the last body named with that head word
                for i in range(bisect_right_int(self.a.starts, h.start) - 1, -1, -1):  # (see below)
                    m = self.a.mentions[i]
                    if m.end > h.start:
                        continue
                    if h.start - m.end > 1500:
                        break
                    if m.ent.type == "ORG" and not m.ent.group and head in m.ent.name.lower():
                        return m.ent, Mention(h.start, h.end, m.ent, "anaphor")
                if head in _PUBLIC_HEADS and self.a.lang == "en":
                    return None, None  # 'the department said' with no department named: not the last company (round 11)
                if h.value == "the central bank" and self.a.lang == "en":
                    return self._country_central_bank(h)
        if want == "ORG" and self.a.lang == "en" and isinstance(h.value, str) and h.value.lower() == "the group":
            led = self._group_leader(h.start)
            if led is not None:
                return led, Mention(h.start, h.end, led, "anaphor")
            for i in range(bisect_right_int(self.a.starts, h.start) - 1, -1, -1):
                m = self.a.mentions[i]
                if m.end > h.start or m.ent.type != "ORG" or m.ent.group:
                    continue
                if h.start - m.end > 1500:
                    break
                if m.ent.name.rsplit(" ", 1)[-1] in _MEMBER_BODY_TAILS:
                    return m.ent, Mention(h.start, h.end, m.ent, "anaphor")  # round 47: 'the group believes' after
                    # the Securities Industry Association and a bank named since: a members' body is the group
        # The walk back starts at the last mention starting by the hit (one ending by it starts by it), not at
        # the article's end.
        for i in range(bisect_right_int(self.a.starts, h.start) - 1, -1, -1):
            m = self.a.mentions[i]
            if m.end <= h.start and m.ent.type == want and not m.ent.group and not self._title_words_only(m):
                if want == "ORG" and m.ent.international and h.value in ("the company", "perusahaan itu"):
                    continue
                if want == "ORG" and h.value in ("the company", "the firm", "the group") \
                        and m.ent.name.rsplit(" ", 1)[-1].lower() in _PUBLIC_BODY_WORDS:
                    continue  # 'the company' is not the Securities and Exchange Commission named since (round 11)
                if want == "PERSON":
                    spoke, body = self._unnamed_spoke(m.end, h.start)
                    if spoke:  # '..., one analyst said. He said ...': 'he' is that analyst (round 17), or the
                        # body he speaks for ('A Capel-Cure official said ... He said')
                        return (body, Mention(h.start, h.end, body, "anaphor")) if body is not None else (None, None)
                return (self._later_made(h, m.end) if want == "PERSON" else None) or (m.ent, None)
            if m.end <= h.start and h.start - m.end > 1500:
                break
        return (self._later_made(h, -1) if want == "PERSON" else None) or (None, None)

    def _group_leader(self, pos: int) -> Ent | None:
        """English (round 30): 'the group said' after 'A group of investors led by X' names no body of its own: the
        leader who speaks for it (the last 'group ... led/headed by X' before ``pos``), not the last body named."""
        best: Ent | None = None
        for g in _GROUP_LED_BY.finditer(self.a.text, max(0, pos - 3000), pos):
            m = next(iter(self.a.mentions_in(g.end(), min(pos, g.end() + 60))), None)
            if m is not None and m.ent.type in ("PERSON", "ORG") and not m.ent.group:
                best = m.ent
        return best

    def _article_country(self, pos: int) -> str | None:
        """The one country the article has named most before ``pos`` (the lead's first breaks a tie), or None."""
        counts: dict[str, float] = {}
        for m in self.a.mentions:
            if m.end > pos:
                break
            if m.ent.type == "GPE" and m.ent.country and m.how in ("name", "demonym", "metonym"):
                counts[m.ent.country] = counts.get(m.ent.country, 0) + (1 if counts else 1.5)
        if not counts:
            return None
        top = max(counts.values())
        best = [c for c, n in counts.items() if n == top]
        return best[0] if len(best) == 1 else None

    def _country_central_bank(self, h: Hit) -> tuple[Ent | None, Mention | None]:
        """'..., the central bank said' / 'according to the central bank' with no bank named before: the central
        bank of the one country the article has named most so far (the lead's first breaks a tie), not the last
        company or ministry (round 25)."""
        cc = self._article_country(h.start)
        if cc is None:
            return None, None
        oid = self.a.shared.central_banks.get(cc)
        if oid is not None:  # the knowledge base's bank: its name and id ('the central bank' in Tokyo copy: BOJ)
            ent = self.a.ents.get(oid)
            if ent is None:
                o = self.a.shared.orgs[oid]
                ent = self.a.ents[oid] = Ent(oid, "ORG", o.name, id=oid, country=cc, official=True)
            return ent, Mention(h.start, h.end, ent, "anaphor")
        key = f"cbank:{cc}"
        ent = self.a.ents.get(key)
        if ent is None:
            cname = "U.S." if cc == "US" else self.a.shared.countries.get(cc, cc)
            ent = self.a.ents[key] = Ent(key, "ORG", f"{cname} central bank", country=cc, official=True)
        return ent, Mention(h.start, h.end, ent, "anaphor")

    def _body_antecedent(self, pos: int) -> tuple[Ent | None, Mention | None]:
        """id: 'Mereka'/'Pihaknya' as the subject of a verb of saying refers to a body (a company, a band, a court)
        when the nearest possible antecedent before it, within 400 characters, is a body named as the subject of
        its sentence ('Google belum puas ... Mereka menilai'); a person or an unnamed group of people named in
        between ('sejumlah warga ... Mereka mengatakan') gives no speaker (round 21)."""
        a = self.a
        lo = max(0, pos - 400)
        for m in reversed(a.mentions_in(lo, pos)):
            if m.ent.type == "PERSON":
                return None, None
            if m.ent.type != "ORG" or m.ent.international:
                continue
            if _PEOPLE_ID.search(a.low, m.end, pos):
                return None, None
            if len(_SENT_END_ID.findall(_QUOTED_ID.sub("", a.text[m.end:pos]))) > 1:
                return None, None  # the body is named before the previous sentence: another subject since
            k = max(a.text.rfind(". ", lo, m.start), a.text.rfind("\n", lo, m.start), a.text.rfind("” ", lo, m.start),
                    a.text.rfind('" ', lo, m.start))
            lead = a.low[k + 1:m.start].split()
            if k < 0 and lo > 0 or len(lead) > 3 or any(x.end > k + 1 for x in a.mentions_in(k + 1, m.start)):
                return None, None  # the body is not its sentence's subject
            ent = self._group(m.ent, m) if m.ent.group else m.ent
            return ent, Mention(pos, pos, ent, "anaphor")
        return None, None

    def _later_made(self, h: Hit, after: int) -> tuple[Ent, Mention | None] | None:
        """A person the statement side named (a post-posed speaker the entity stage did not build: '," kata Menteri
        Dalam Negeri X, Y.') after ``after`` and before the pronoun, within 1500 characters: the pronoun's
        antecedent, like a name the entity stage built (round 20)."""
        best = None
        for m in self.made:
            if after < m.end <= h.start and h.start - m.end <= 1500 and m.ent.type == "PERSON" \
                    and (best is None or m.end > best.end) \
                    and (" " in m.ent.name or self.a.text[:m.start].rstrip(" \"“")[-1:] not in ("", ".", "\n")):
                best = m  # (not one word opening a sentence: 'Adik menjawab' is a common noun)
        if self.a.lang == "id":
            again = self._named_again(h, best.end if best is not None else after)
            if again is not None:
                return again, None
        return (best.ent, None) if best is not None else None

    def _named_again(self, h: Hit, after: int) -> Ent | None:
        """id: the last person of the article named between ``after`` and the pronoun where the entity stage built
        no mention ('sang juru taktik Los Blancos Zinedine Zidane enggan ...', 'Mavis Wanczyk, 53, datang ...'),
        by the full name or one word of it (4+ letters) that no other person of the article shares (round 20)."""
        a = self.a
        lo = max(after, h.start - 1500, 0)
        if lo >= h.start:
            return None
        names = self._person_names()
        if not names:
            return None
        # The last match a left-to-right scan for the names (the longest first at each offset, a word boundary on
        # both sides) finds: by str.find per name, not a regex of the names built per call (that compile cost
        # more than the rest of the statements stage for some articles).
        text = a.text
        hi = h.start
        at: dict[int, str] = {}  # offset -> the name matched there (the first in order)
        for w in names:
            n = len(w)
            p = text.find(w, lo, hi)
            while p >= 0:
                if p not in at and not (p > 0 and _word_or_dash(text[p - 1])) \
                        and not (p + n < hi and _word_or_dash(text[p + n])):
                    at[p] = w
                p = text.find(w, p + 1, hi)
        if not at:
            return None
        start = end = -1
        for p in sorted(at):
            if p >= end:  # (a match inside the one before it is never reached)
                start, end = p, p + len(at[p])
        word = at[start]
        i = bisect_right_int(a.starts, start) - 1
        if i >= 0 and a.mentions[i].end > start and a.mentions[i].ent is not names[word]:
            return None  # inside another entity's name: 'Dewan Pers Imam ...'
        pw = a.low[max(0, start - 12):start]
        if pw.endswith(" ") and pw[-2:-1].isalpha() and pw[-2:-1].islower() and char_lower(a.text[start - 2]):
            # after a lower-case word the name is an object unless a predicate follows it: 'berperan sebagai
            # petinju Vinny P.', 'dokter pribadi Carlos, Juio Alves', 'kepada X'; not 'awalnya Lucky menolak'
            if pw.split()[-1] in _OBJECT_PREPS_ID or not _LOWER_NEXT.match(a.text[end:end + 2]):
                return None
        return names[word]

    def _person_names(self) -> dict[str, Ent]:
        """The names ``_named_again`` looks for, longest first (ties in the article's order): each person's full
        name and its words of 4+ letters that are not title words and that no other person shares. Cached per
        count of entities: the statement side only adds entities, never changes or removes one."""
        a = self.a
        if self._names_for == len(a.ents):
            return self._names
        names: dict[str, Ent | None] = {}
        tw = a.res.title_words
        for e in a.ents.values():
            if e.type != "PERSON" or e.group or e.descriptor:
                continue
            ws = e.name.split()
            if all(w.lower() in tw for w in ws):
                continue
            for w in {e.name, *(w for w in ws if len(w) >= 4 and w.lower() not in tw)}:
                if upper_at(w, 0) and len(w) >= 3:
                    names[w] = e if names.get(w, e) is e else None  # a word two persons share names neither
        kept = {w: e for w, e in names.items() if e is not None}
        self._names = {w: kept[w] for w in sorted(kept, key=len, reverse=True)}
        self._names_for = len(a.ents)
        return self._names


# people named without a name between a body and 'mereka' (round 21): 'sejumlah warga', 'para petani', 'kedua anak'
_PEOPLE_ID: Final = re.compile(r"\b(?:para|sejumlah|beberapa|kedua|ketiga|banyak|warga|masyarakat|massa|orang|mahasiswa|"
                        r"petani|pekerja|buruh|karyawan|pegawai|penonton|suporter|pendukung|penggemar|korban|keluarga|"
                        r"pemain|anggota|aktivis|demonstran|pengunjuk|siswa|pelajar|anak-anak|pejabat|menteri|juru|"
                        r"petugas|[a-z]+-[a-z]+wan)\b")
_QUOTED_ID: Final = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_SENT_END_ID: Final = re.compile(r"[.!?][\"”’)]?\s|\n+")
_OBJECT_PREPS_ID: Final = frozenset({"kepada", "dengan", "sebagai", "untuk", "dari", "bersama", "melawan", "atas", "terhadap",
                              "tentang", "pada", "bagi", "seperti", "ke", "menemui", "antara"})
_DESC_AFTER: Final = re.compile(r" *([a-z-]+)(?: [^\s,.;:\"“”]+){0,7}? (?:itu|ini|tersebut)"
                         r"(?=[,.;:]| *$| (?:dilansir|dikutip|seperti|sebagaimana|kepada|saat|ketika|di|dalam)\b)")
_WEEKDAY_ID: Final = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)"  # the weekday in the patterns below
_TIME_BEFORE: Final = re.compile(r"(?<=\w) (?:pada )?(?:hari )?" + _WEEKDAY_ID +
                          r"(?: ?\(\d{1,2} ?/ ?\d{1,2}\))?,? +$|(?<=\w) dengan [a-z]{4,} +$"
                          r"|(?<=[\w,]) (?:saat|ketika|kala|waktu) itu,? +$")  # 'X, saat itu mengatakan' (round 13)
# 'X dalam keterangannya, Senin mengungkapkan': a weekday set off by one comma after a lower-case word (not after a
# name or an outlet: 'X, Hakim Distrik di Hawaii, Rabu (29/3), menyatakan', 'seperti dilansir CNN.com, Jumat ...')
_COMMA_DAY_BEFORE: Final = re.compile(r"(?<![\w.])[a-z]+(, (?:hari )?(?i:" + _WEEKDAY_ID + ")"
                               r"(?: ?\(\d{1,2} ?/ ?\d{1,2}\))?,? +)$")  # (or two: 'tertulisnya, Senin, menilai', round 18)
# a named subject's place and weekday, or whom it spoke to, between it and its verb (round 15)
_LEAD_IN_BEFORE: Final = re.compile(r"(?: di [A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}(?:, [A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}){0,2}, "
                             r"(?:hari )?(?i:" + _WEEKDAY_ID + ")"
                             r"(?: ?\([\d /]{3,12}\))?,?"
                             r"| kepada (?:[a-z]+(?: media)?|[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})"
                             r"(?: (?:seusai|usai|selepas|setelah|sesudah) [a-z]+)?,?) +$")
# (round 36: 'X kepada awak media seusai laga memberikan komentarnya': the addressee, then when it was said)
_TIME_TAILS: Final[tuple[str, ...]] = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", ")", "itu")


# Tuples passed to a `tuple[str, ...]` parameter (or to endswith / startswith) are typed so: a fixed-length tuple,
# a constant or a literal, is a native C struct in the compiled core, boxed into a new tuple at each such use.
_CLAUSE_MARKS: Final[tuple[str, ...]] = (",", ";", ":", '"', "”")
_DESC_MARKS: Final[tuple[str, ...]] = (",", ";", '"', "“", "”", ":")
_REQUEST_MARKS: Final[tuple[str, ...]] = (",", ".", ";", '"')
_YANG_TAIL: Final[tuple[str, ...]] = (" yang ",)
_TENTANG_TAIL: Final[tuple[str, ...]] = (" tentang ",)


def _rfind_any(seg: str, marks: tuple[str, ...]) -> int:
    """``max(seg.rfind(m) for m in marks)`` (-1 when none is in ``seg``), as a native loop: ``max`` of more than
    two values, or of a generator, is a generic call from compiled code."""
    best = -1
    for m in marks:
        k = seg.rfind(m)
        if k > best:
            best = k
    return best


def _window_tail(text: str, lo: int, hi: int) -> str:
    """text[lo:hi] without the one newline a '$' may stand before."""
    return text[lo:hi - 1] if hi > lo and text[hi - 1] == "\n" else text[lo:hi]


def _may_end_time(low: str, lo: int, hi: int) -> bool:
    """What every match of _TIME_BEFORE in low[lo:hi] needs (spaces at the end; 'dengan ', or a weekday, a
    bracketed date or 'itu' before them): most windows fail it without the regex engine trying every offset."""
    t = _window_tail(low, lo, hi)
    if not t.endswith(" "):
        return False
    return "dengan " in t or t.rstrip(" ").rstrip(",").endswith(_TIME_TAILS)


def _may_end_with(low: str, lo: int, hi: int, tails: tuple[str, ...]) -> bool:
    """What a search of a pattern ending in one of ``tails`` then '$' in low[lo:hi] needs: one of them ending the
    window (before the one newline '$' may stand before). Checked first, the regex runs only where it may match."""
    return _window_tail(low, lo, hi).endswith(tails)


_WEEKDAY_TAILS: Final[tuple[str, ...]] = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu")  # _WEEKDAY_ID's


def _may_end_day(text: str, lo: int, hi: int) -> bool:
    """What a _COMMA_DAY_BEFORE match in text[lo:hi] needs: before the closing spaces (and one comma) a bracketed
    date's ')' or a weekday in any case (a tail with a non-ASCII character is left to the regex: its case-insensitive
    match knows other letters)."""
    t = _window_tail(text, lo, hi).rstrip(" ")
    if t.endswith(","):
        t = t[:-1]
    if t.endswith(")"):
        return True
    t6 = t[-6:]
    return not t6.isascii() or t6.lower().endswith(_WEEKDAY_TAILS)


def _may_end_set_off(text: str, lo: int, hi: int, opener: str) -> bool:
    """What a match of _COMMA_DAY_BEFORE (opener ', ') or of a _LEAD_IN_BEFORE branch (' di ', ' kepada ') in
    text[lo:hi] needs: spaces at the end and the branch's literal opener inside."""
    e = hi - 1 if hi > lo and ord(text[hi - 1]) == 10 else hi  # (what _window_tail keeps, without the slice)
    return e > lo and ord(text[e - 1]) == 32 and text.find(opener, lo, e) >= 0


_ASIDE_BEFORE_ID: Final = re.compile(r" di sela(?:-sela)?(?: [^\s,.;:\"“”]+){1,6} ?$")
_SET_OFF_NAME_ID: Final = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}(?=[,.]| (?:dalam|saat|ketika|kepada|usai)\b)")
_SOURCE_BEFORE: Final = re.compile(r"\b(?:dilansir|dikutip|mengutip|melansir|diberitakan|dilaporkan)\b")
_REPORTER_OF: Final = re.compile(r"\b(?:wartawan|jurnalis|pewarta|koresponden) $")
# round 46: an unnamed writer at an outlet (not its spokesman), a few words (the outlet's kind) before its name
_STAFF_AT_BODY: Final = re.compile(r"(?<!kepada )(?<!pertanyaan )\b(?:komentator|kolumnis|penulis kolom|wartawan|jurnalis"
                            r"|koresponden|redaktur)(?: (?:di|dari|pada))?(?: [a-z][\w-]*| [A-Z][a-z]+){0,5} $")
_REPORTER_TAILS: Final[tuple[str, ...]] = ("wartawan ", "jurnalis ", "pewarta ", "koresponden ")  # how a _REPORTER_OF match ends
_MEMBERS_OF: Final = re.compile(r"\b(?:warga|penduduk|keluarga|kerabat|pendukung|simpatisan|penggemar|suku|etnis|"
                         r"rakyat|umat|(?:diterbitkan|dipublikasikan|dimuat|terbit) (?:di|dalam)(?: jurnal| journal(?: of)?)?) $")
# every way a _MEMBERS_OF match can end ('journal of ' in ' of ')
_MEMBERS_TAILS: Final[tuple[str, ...]] = ("warga ", "penduduk ", "keluarga ", "kerabat ", "pendukung ", "simpatisan ", "penggemar ", "suku ",
                  "etnis ", "rakyat ", "umat ", " di ", " dalam ", " jurnal ", " journal ", " of ")
_JURISDICTION_TITLE: Final = re.compile(r"(?:^|[^a-z])(?:kapolres|kapolresta|kapolrestabes|kapolsek|kapolda|kalapas|karutan|"
                                 r"kajari|kajati|kakanwil|dandim|danrem|danramil|pangdam) $")
_JURISDICTION_TAILS: Final = tuple(w + " " for w in ("kapolres", "kapolresta", "kapolrestabes", "kapolsek", "kapolda", "kalapas",
                                              "karutan", "kajari", "kajati", "kakanwil", "dandim", "danrem", "danramil",
                                              "pangdam"))  # how a _JURISDICTION_TITLE match ends
_COMPANY_THEN_NAME: Final = re.compile(
    r"(?:[A-Z][\w&'’-]* ){1,3}(?:Works|Media|Studios?|Labs?|Digital|Technologies|Technology|Systems|Entertainment|Games|"
    r"Interactive|Holdings|Ventures|Capital|Partners|Networks?|Solutions|Group|Pictures|Records|Software) "
    r"((?:[A-Z][a-z'’-]+ ){0,3}[A-Z][a-z'’-]+)")
_REL_OBJECT: Final = re.compile(r" yang (?:[a-z]+ ){0,4}(?:me|ber)[a-z]+ (?:[a-z]+ ){0,2}$")
_ALSO_TITLE: Final = re.compile(r" yang (?:juga|sekaligus|merangkap)(?: sebagai| menjabat(?: sebagai)?)? ")
_PLACE_BEFORE_COMMA: Final = re.compile(r"(?: [A-Z][a-z]+){1,2}(?=, )")
_CALLED: Final = re.compile(r"(?:disapa|dipanggil|bernama|berjuluk|dijuluki|alias|sapaan) (?:akrab )?$")
_DESCRIBED: Final = re.compile(r", (?:seorang |salah satu |salah seorang )?[a-z]{4,}\b")  # 'X, pengendara': a name, then who
# round 49: the capitalised words of a body after a title, up to the comma before its holder's name
_TITLE_BODY_RUN_ID: Final = re.compile(r"(?: (?:[A-Z][\w'’&-]*|and|&|of))+(?=, [A-Z])")
_LIST_LINK: Final = re.compile(r",? (?:dan|serta|and|&) ")
_SITE_DOMAIN: Final = re.compile(r"\.(?:co\.id|com|net|org|id|tv)\b")
# An outlet's name after 'dilansir'/'menurut laporan' (optionally 'yang berhasil dihimpun'), closing the phrase.
_OUTLET_RUN: Final = re.compile(r" (?:yang (?:berhasil |sempat )?(?:dihimpun|dikutip|diterima|diperoleh) (?:oleh |dari )?)?"
                         r"((?:The )?[A-Z][A-Za-z0-9&'’-]*(?: [A-Z][A-Za-z0-9&'’-]*){0,3}|[a-z][a-z0-9-]+\.(?:co\.id|com|net|org|tv))"
                         r"(?=[,;]|\.(?:\s|$)|$| pada | \()")
_CAMEL: Final = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]+")
_ACRONYM_TAIL: Final = re.compile(r" \([A-Z][A-Za-z0-9&-]{1,9}\)")
_RANK_BEFORE_POLISI: Final = re.compile(r"(?:Komisaris|Besar|Jenderal) $")  # a police rank spelled out (round 27)
_PRONOUN_SET_OFF: Final = re.compile(r" (?:dia|ia|beliau), ")  # 'Namun, kata dia, ...' (round 27)
_ADJECTIVE_FORMS: Final = frozenset({"terang", "jelas", "tegas", "tambah", "lanjut", "tutup", "sebut", "tandas"})
_ENGLISH_LINKED: Final = re.compile(r"(?: (?:and|of|&) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})+(?=[,.;:]|$)")
_DEGREE_BEFORE: Final = re.compile(r"\b(?:yang|lebih|sangat|semakin|makin|cukup|kurang|paling|begitu|amat|sama|tak|tidak) $")
_DEGREE_TAILS: Final[tuple[str, ...]] = ("yang ", "lebih ", "sangat ", "semakin ", "makin ", "cukup ", "kurang ", "paling ", "begitu ",
                        "amat ", "sama ", "tak ", "tidak ")  # how a _DEGREE_BEFORE match ends: keep in step
_CAP_WORDS: Final = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,5}(?=, )")
_SPOKESMAN_ID: Final[tuple[str, ...]] = ("juru bicara", "jubir", "humas")
# A sentence opening with an agreement it reports the terms of ('Dalam pakta tersebut, ...', round 29)
_IN_AGREEMENT_ID: Final = re.compile(r"\W*(?:dalam|menurut|berdasarkan) (?:pakta|perjanjian|kesepakatan|traktat|kontrak|nota "
                              r"kesepahaman|memorandum)\b")
# A body's branch named after its place, before the holder set off by a comma (round 29)
_BRANCH_TAIL: Final = re.compile(r" (?:cabang|wilayah|regional|area|unit) [A-Z][\w.'’-]*(?: (?:-|[A-Z][\w.'’-]*)){0,4}(?=, )")
# Bodies whose name is their head and a place ('Polres Bogor', 'Kejati Jambi'): no person's name inside (round 29)
def _ends_in_country(name: str, a: Analysis) -> bool:
    """round 44: a body's name closing with a country's name ('Kementerian Luar Negeri Inggris')."""
    n = len(name)
    return any(m[1] == n and m[0] > 0 and any(k == "country" for k, _ in m[2]) for m in scan_names(name, a.res))


_BARE_BODY_HEADS: Final = frozenset(("Polda", "Polres", "Polresta", "Polrestabes", "Polsek", "Pemprov", "Pemkot", "Pemkab",
                              "Kejati", "Kejari", "Kodam", "Kodim", "Korem"))  # round 46: used alone for the body named
_PLACE_NAMED_BODIES: Final = frozenset(("Polres", "Polda", "Polsek", "Polresta", "Polrestabes", "Kodim", "Korem", "Kodam",
                                 "Lanud", "Pemkab", "Pemkot", "Pemprov", "Kejari", "Kejati", "Kanwil", "Lapas",
                                 "Rutan", "Polisi"))
_PAREN_ABBR: Final = re.compile(r" \([A-Z][A-Za-z.&/ -]{0,24}\)(?= [A-Z])")  # ' (ESDM)', ' (Kabag Penum)' before a name
_DEMONSTRATIVES: Final = frozenset({"itu", "ini", "tersebut"})
_REL_CLOSED: Final = re.compile(r" (?:ini|itu|tersebut|merupakan|adalah|ialah) ")  # a relative clause closed before the name
# 'Ruth Tulus Subekti, ...' (round 23); 'Rina Wulandari selaku ...' (round 28)
_CAP_RUN: Final = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3}(?=, [a-zA-Z]| yang | selaku )")
_NO_WORDS: Final[frozenset[str]] = frozenset()
_CONNECTIVES: Final = frozenset({"selain", "sementara", "namun", "kemudian", "lalu", "setelah", "usai", "karena", "sedangkan",
                          "adapun", "bahkan", "akhirnya", "kini", "saat", "ketika", "dan", "tapi", "tetapi"})
# Common nouns that describe a person already named ('pria berusia 29 tahun itu', 'bos Persib itu').
_DESCRIPTORS: Final = frozenset({"mantan", "eks", "bos", "pria", "wanita", "perempuan", "lelaki", "laki-laki", "sosok",
                          "pemuda", "pemudi", "gadis", "bocah", "remaja", "aktor", "aktris", "artis", "penyanyi",
                          "pemain", "penggawa", "pelatih", "juru", "manajer", "politisi", "politikus", "kandidat",
                          "calon", "pebalap", "pembalap", "petenis", "pebulutangkis", "atlet", "bintang", "striker",
                          "penyerang", "gelandang", "bek", "kiper", "kapten", "pesepakbola", "pemilik", "pengusaha",
                          "jenderal", "purnawirawan", "jebolan", "lulusan", "suami", "istri", "ayah", "ibu", "anak",
                          "kakak", "adik", "komedian", "presenter", "model", "musisi", "rapper", "sutradara",
                          "produser", "penulis", "pendiri", "ketua", "menteri", "tokoh",
                          "ulama", "pengacara", "terdakwa", "tersangka", "dokter", "ilmuwan",
                          "peneliti", "pakar", "ahli", "legenda", "pria", "miliarder", "taipan", "mahasiswa",
                          "pelajar", "siswa", "siswi", "guru", "dosen", "direktur", "pemimpin", "pentolan",
                          "vokalis", "gitaris", "drummer", "politisi", "wakil"})
_GATHERED: Final = re.compile(r"yang (?:berhasil |sempat )?(?:dihimpun|dikutip|diterima|diperoleh|dirilis|dikeluarkan)"
                       r"(?: oleh| dari)? |oleh ")


def _word_or_dash(c: str) -> bool:
    """A character the regex class [\\w-] matches (a letter, digit or underscore of any script, or '-')."""
    return c.isalnum() or c == "_" or c == "-"


_LOWER_NEXT: Final = re.compile(r" [a-z]")


def _apposition_ends(text: str, pos: int) -> bool:
    """A name set off by commas: what follows is a comma, a full stop, the clause end or a lower-case word."""
    rest = text[pos:pos + 3]
    return not rest.strip() or rest[0] in ",.;:)" or rest.startswith(" (") or (rest[:1] == " " and rest[1:2].islower())


_BODY_WORDS: Final = ("company", "firm", "group", "bank", "unit", "subsidiary", "maker", "producer", "operator",
               "perusahaan", "produsen", "operator", "lembaga", "badan", "organisasi")
_PLACE_SUFFIXES: Final = frozenset({"Pusat", "Selatan", "Utara", "Timur", "Barat", "Tengah", "Raya", "Tenggara"})
# 'X dalam sambutannya / pidatonya / orasinya mengatakan': the occasion between the subject and its verb (round 28)
_CAPACITY_BEFORE_ID: Final = re.compile(r" selaku [a-z][\w'’-]*(?: [\w'’-]+){0,7} $")  # round 43: ' selaku ketua panitia '
# round 53: the occasion a named subject spoke at, with its place and day, before the verb ('X dalam peresmian Paviliun Y
# di Jakarta, Rabu (10/5), menyampaikan', 'X dalam jumpa pers di kantornya mengatakan')
_EVENT_OCCASION_ID: Final = re.compile(r" dalam (?:acara |kegiatan )?(?:peresmian|pembukaan|penutupan|peluncuran|jumpa pers"
                                r"|konferensi pers|keterangan pers|diskusi|seminar|lokakarya|rapat|pertemuan|upacara"
                                r"|acara|kegiatan)(?![a-z])[^.;:\"“”]{0,110}$")
_SPEECH_OCCASION_ID: Final = re.compile(r" dalam (?:sambutan|pidato|orasi|ceramah|paparan|presentasi)(?:nya)? *$")
# round 31: 'X salah seorang / salah satu warga ... mengatakan': one of a group described right after a name, and the
# place phrase such a description may end in ('di utara Kabupaten X')
_ONE_OF_ID: Final = re.compile(r" (?=salah (?:seorang|satu) [a-z])")
_PLACE_AFTER_ID: Final = re.compile(r" (?:di|dari|asal) ")
_ADVERBIAL_PREPS: Final[tuple[str, ...]] = (" melalui ", " lewat ", " via ", " through ")
_REL_AGENT: Final = re.compile(r" yang di\w+ (?:oleh )?$")
# lower-case words that open a plural, a body or the speaker's own clause, not a description of the name before
# the comma ('Budi, para pedagang mengatakan'; round 28)
_NOT_APPOSITIVE_LEAD: Final = frozenset({"para", "sebagian", "banyak", "semua", "beberapa", "sejumlah", "seluruh", "kedua",
                                  "ketiga", "pihak", "pemerintah", "polisi", "kepolisian", "kami", "kita", "mereka",
                                  "saya", "aku", "dia", "ia", "beliau", "kalian", "anda", "pengadilan", "hakim",
                                  "jaksa", "majelis", "tim", "panitia", "keluarga", "perusahaan", "manajemen",
                                  "ikut", "turut", "langsung", "sempat", "pernah", "kembali", "bahkan", "hanya", "tak",
                                  "tidak", "belum", "masih", "secara", "dengan", "sambil", "seraya"})
_ADVERBIAL_LEAD: Final = frozenset({"melalui", "lewat", "via", "dalam", "di", "sebagai", "selaku", "saat", "ketika", "usai",
                             "through", "in", "at", "as", "during", "after", "speaking", "when", "which", "who",
                             "yang"})
_ACTION_BEFORE_TO: Final = frozenset({"agreed", "sepakat"})
# Verbs round 20: after a verb of saying that is also an action verb (lexicon 'say_verbs_framed'), the frame of
# reported speech -- 'mengungkap bahwa', 'bercerita, ...', 'proposed that', 'concluded: "..."'.
_FRAMED_NEXT: Final = {"id": re.compile(r",|:| :| bahwa\b| ?[\"“]"), "en": re.compile(r" that\b|:|,? ?[\"“]")}
# Lower-case role nouns that open an appositive after a person's name ('X, president of Y said').
# The name right before the verb is not its subject: 'An investor group that includes X said' (the group speaks)
_NOT_THE_SPEAKER: Final = re.compile(r"\b(?:that|which) (?:also )?includes? $")
# round 54: 'an aide to (Agriculture Secretary) X said': the aide speaks, not X, unless what the aide says is X's own
# stance, X named again or referred to ('X does not intend ...', 'the congressman's first choice is ...')
_AIDE_TO: Final = re.compile(r"\b(?:aides?|advis[eo]rs?|assistants?) to (?:the )?(?:(?!and |or )[a-z.'-]+ ){0,3}$")
_PRINCIPAL_REF: Final = re.compile(r"\b(?:he|she|his|her|him|the (?:congress(?:man|woman)|senator|secretary|minister|president"
                            r"|chairman|governor|premier|prime minister|leader))\b")
_SENTENCE_STOP: Final = re.compile(r"\.\s+[\"“A-Z]")
_UNIT_LEAD: Final = frozenset({"a", "an", "the", "unit", "subsidiary", "division", "affiliate", "arm"})
_UNIT_OF: Final = re.compile(r"(?:an? |the )?(?:[\w-]+ ){0,2}(?:unit|subsidiary|division|affiliate|arm) of ")
# 'The Beta Airlines unit of ' right before the parent's name: the unit's own capitalised name (round 11)
_NAMED_UNIT_OF: Final = re.compile(r"(?:^|(?<=[\s\"“]))[Tt]he ((?:[A-Z][\w&.'-]*|and|of)(?: (?:[A-Z][\w&.'-]*|and|of)){0,5}) "
                      r"(?:unit|subsidiary|division|affiliate|arm) of $")
# An appositive that names the subject's employer or parent: 'spokesperson for the X', '75 pct owned by X'
_EMPLOYER_APPOSITION: Final = re.compile(
    r"(?:an? |the |its )?(?:[a-z-]+ ){0,2}(?:spokes(?:man|woman|person)|official|director|officer|executive|"
    r"president|chairman|head|manager|economist|analyst|secretary|counsel|partner) (?:for|of|at|with) "
    r"|(?:an? |the |its )?(?:\d[\d.]* (?:pct|percent|per cent)[ -])?(?:wholly[ -])?(?:owned|controlled) by ")
_OWNED_BY: Final = re.compile(r"\b(?:unit|subsidiary|division|affiliate|arm|owned|controlled|part|parent|owner) (?:of|by) (?:the )?"
                       r"(?:[\w.]+-based )?$")
# Foreign legal forms closing a company's name ('<Beta GmbH>, a subsidiary of ...', round 14)
_LEGAL_FORMS: Final = frozenset({"GmbH", "AB", "BV", "B.V.", "N.V.", "S.A.", "SpA", "S.p.A.", "KK", "Oy", "ASA", "A/S", "Bhd",
                          "Pty", "LP", "L.P.", "Plc.", "Cie", "AG."})
_REGION_IN_NAME: Final = re.compile(r" \((?:[A-Z][\w.]*)(?: [A-Z][\w.]*)?\) $")  # ' (Europe) ' before 'Ltd' (round 19)
_ROLE_NOUNS: Final = frozenset({"president", "vice-president", "vice", "chairman", "chairwoman", "head", "chief", "director",
                         "spokesman", "spokeswoman", "secretary", "governor", "minister", "manager", "executive",
                         "founder", "leader", "member", "partner", "analyst", "economist", "general", "senior",
                         "kepala", "ketua", "direktur", "pemimpin", "pimpinan", "juru", "bos", "pendiri", "anggota",
                         "sekretaris", "wakil", "pelatih", "manajer", "presiden", "menteri", "gubernur", "komisaris"})
# the partners' names before 'and Co' / '& Co' (group 1), opening the clause: 'Goldman, Sachs and ' (round 25)
_PARTNERS_AND: Final = re.compile(r"(?:^|(?<=[\n\"“(])|(?<=[a-z0-9”\"]\. ))([A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3}) (?:and|&) $")
_COMPANY_SUFFIXES: Final = frozenset({"Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "AG", "SA", "NV", "AB", "Cos", "Inc.", "Corp.",
                               "Co.", "Ltd."})
_FORMS_OR_SUFFIXES: Final = _LEGAL_FORMS | _COMPANY_SUFFIXES  # (built once, not by every test that reads both)
_NAME_WORD: Final = re.compile(r"[A-Z][a-z'’-]+")
# a word of a company's bare name before its stock ticker; a hyphen may join two capitalised parts
# ('Rhone-Poulenc <RHON.PA> said', round 25)
_TICKER_NAME_WORD: Final = re.compile(r"[A-Z][a-z'’-]+|[A-Z][a-z'’]+-[A-Z][a-z'’]+")
# Bond issues: 'lead manager X said' / 'said sole manager X': the managing bank speaks, not the issuer.
_BANK_PHRASE: Final = r"((?:[A-Z][\w.&'-]*|and|de|du|of|et|&)(?:,? (?:[A-Z][\w.&'-]*|and|de|du|of|et|&)){0,7})"
# (round 45: not after another lower-case word: 'AWB general manager Jane Roe said' is a person's job title)
_MANAGER_BEFORE: Final = re.compile(r"(?:\b(?:sole |lead |co-lead |joint lead |joint )|(?<![a-z] )\b)manag(?:er|ers) "
                             + _BANK_PHRASE + r" ?$")
_MANAGER_AFTER: Final = re.compile(r" *(?:the )?(?:sole|lead|co-lead|joint lead|joint) manag(?:er|ers) " + _BANK_PHRASE
                            + r"(?=[.;]?(?:\s|$))")
# English verbs that also follow their speaker ('..., said sole manager X'); not 'told' (X is the addressee).
_POST_TOO: Final = frozenset({"said", "says", "added", "stated", "noted", "agreed", "reported"})  # (agreed, reported: round 38)
# (round 38) these two are inverted only before their speaker's name: not '..., reported in The Lancet, ...'
_POST_ONLY_SET_OFF: Final = frozenset({"agreed", "reported"})
_NAMED_NEXT: Final = re.compile(r" (?:the )?[A-Z]")
_OUTLET_BEFORE: Final = re.compile(r"\b(?:surat kabar|koran|harian|majalah|tabloid|kantor berita|situs|laman|portal|stasiun "
                            r"televisi)(?: [\w-]+){0,3} $")
# round 25: a capitalised outlet kind opening the subject run ('Media Inggris The Sun melaporkan'); the outlet follows.
_OUTLET_KIND_OPEN: Final = re.compile(r"media (?=\S)")
_NON_GPE_GAP: Final = re.compile(r"[^A-Za-z ]|\b[a-z]")  # punctuation or a lower-case word between 'media' and the outlet
_OUTLET_AFTER: Final[tuple[str, ...]] = (" magazine", " newspaper", " daily", " weekly", " news agency", " television", " radio")
_COMPLAINT_VERBS: Final = frozenset({"melaporkan", "reported"})
_ATTACK_CLAIMED_ID: Final = re.compile(r" (?:(?:aksi|serangan) )?(?:serangan|bom|pengeboman|ledakan|penembakan|penyerangan|"
                                r"teror|penculikan)\b")  # round 43: what 'mengklaim' a deed takes as its object
_CLAIM_PREDICATE_ID: Final = re.compile(r"\b(?:tidak|tak|bukan|belum|adalah|merupakan|telah|sudah|akan|sedang|hanya|"
                                 r"me[a-z]{3,}|ber[a-z]{3,}|di[a-z]{4,}|ter(?!sebut\b)[a-z]{3,})\b")


def _clause_end(low: str, pos: int, end: int) -> int:
    """round 43: where the clause from ``pos`` ends (a comma, semicolon or full stop), at most ``end``."""
    ends = [i for i in (low.find(",", pos, end), low.find(";", pos, end), low.find(".", pos, end)) if i >= 0]
    return min(ends) if ends else end


_COMPLAINT_TO: Final = re.compile(r"(?: [\w-]+){0,6}? (?:ke|kepada|to) (?:pihak )?(?:polisi|kepolisian|polda|polres|polsek|"
                           r"bareskrim|mabes|kpk|the police)\b")
# Inside a quote these describe the quoted speaker's own thoughts, not someone else's speech.
_HONORIFICS: Final = frozenset({"dr", "drs", "dra", "prof", "ir", "h", "hj", "kh", "mr", "mrs", "ms"})
# A quotation closed after a verb: '... penyebabnya," kata X' / '... penyebabnya,” pernyataan X' (round 25)
_QUOTE_CLOSE: Final = re.compile(r"[,.!?][\"”] ")
_NOT_REPORTED_IN_QUOTE: Final = frozenset({"berharap", "menilai", "menganggap", "mengaku", "mengakui", "believes", "expects",
                                    "estimated", "forecast", "projected", "agreed", "welcomed", "menanggapi"})
_GOVERNMENT_HEADS: Final = frozenset({"government"})
_BODY_HEADS: Final = frozenset({"department", "ministry", "agency", "commission", "committee", "airline", "utility", "bank",
                         "union"})
_PUBLIC_HEADS: Final = frozenset({"department", "ministry", "agency", "commission", "committee", "union"})  # (round 45: union)
# The last word of a public body's name: never what 'the company' / 'the firm' points back to
_PUBLIC_BODY_WORDS: Final = frozenset({"commission", "department", "ministry", "agency", "administration", "bureau",
                                "committee", "council", "court", "parliament", "congress", "senate", "government"})
# round 64: 'the company' / 'the firm' in a statement's sentence, and a public body (a regulator, an agency) by
# its name's last word
_COMPANY_ANAPHOR: Final = re.compile(r"\b[Tt]he (?:company|firm)\b")


def _is_public_body(e: Ent) -> bool:
    return e.name.rsplit(" ", 1)[-1].lower() in _PUBLIC_BODY_WORDS or e.name.endswith(" Authority")


_NAME_LINK: Final = re.compile(r" (?:and|dan|of|de|&) (?=[A-Z])")
# capitalised words, joined by 'and' / '&' / 'of', before a body's name: 'Farm and ', 'Donaldson Lufkin and ' (round 38)
_LINKED_HEAD: Final = re.compile(r"(?:[A-Z][a-z][\w'’-]* ){1,2}(?:and|&) ")  # 'Farm and ' before a body's name (round 38)
_CAPS_LINKED: Final = re.compile(r"(?:[A-Z][\w&.'’-]*(?: (?:and|&|of))? ){0,4}")
_AFTER_NAME: Final = re.compile(r" (?:di|dalam|saat|ketika|kepada|pada|in|at|on|to|during|dilansir|seperti)\b")
# Subjects of 'berkata'/'said' that are figures of speech, never speakers ('takdir Tuhan berkata lain').
# 'according to Census Bureau figures / data': numbers a body recorded, not its words.
_FIGURES_AFTER: Final = re.compile(r"(?:'s|’s)? (?:figures|data|statistics|estimates|records|survey|tables)\b")
# A body named by capitalised words and a lower-case head ('Tower commission', 'Chinese foreign ministry').
_LOWER_BODY: Final = re.compile(
    r"(?<![\w.'’-])((?:[A-Z][\w.'’&-]* ){1,3}(?:(?:foreign|finance|trade|economy|economics|defence|defense|interior|justice"
    r"|agriculture|farm|health|labour|labor|energy|information|industry|education|transport|commerce|economic|oil"
    r"|planning|central|national|federal|military|investigating|presidential|congressional|parliamentary|electoral"
    r"|supreme|appeals|district|advisory|steering|budget|banking|news) ){0,3}(commission|committee|subcommittee|ministry"
    r"|department|council|panel|agency|government|cabinet|bureau|court|embassy|administration|secretariat"
    r"|parliament|legislature|junta|federation|association|radio|television))$")
# 'untuk/demi memastikan ...' (purpose), 'memastikan X menjadi miliknya' (a result made sure of): 'memastikan' in the
# sense 'to ensure, to secure' (round 25)
_ENSURE_BEFORE: Final = re.compile(r"\b(?:untuk|demi|guna|agar|supaya|berupaya|ingin|perlu|harus) $")
_ENSURE_AFTER: Final = re.compile(r"(?: (?!bahwa\b|jika\b|kalau\b)[\w-]+){1,4} menjadi milik\w*\b")
_SECURED: Final = re.compile(r" (?:diri|dirinya|tiket|tempat|satu tempat|posisi|gelar|titel|trofi|kemenangan|kemenangannya"
                      r"|kelolosan|langkah|lolos|juara|status|medali|poin|satu poin|tiga poin|keunggulan)\b")
_AGENT_OF: Final = re.compile(r"\b(kuasa hukum|penasihat hukum|pengacara|juru bicara|jubir|tim sukses|timses|tim hukum"
                       r"|agensi|istri|suami) $")
_AGENT_OF_TAILS: Final[tuple[str, ...]] = ("hukum ", "pengacara ", "bicara ", "jubir ", "sukses ", "timses ", "agensi ", "istri ",
                          "suami ")
# a transitive verb (or 'menjabat tangan', 'bertemu dengan') right before a name: the name is its object (round 17)
_OBJECT_BEFORE_ID: Final = re.compile(r"(?<![\w-])((?!(?:menteri|mentri|mentari|memori|melati|merpati|mesti|medali)\b)"
                               r"me(?:m|n|ng|ny)?[a-z]{3,}(?:i|kan)|menjabat tangan|bertemu(?: dengan)?) $")
# 'agensi yang menaungi (Rain dan) Tae Hee mengonfirmasi': the name closes a relative clause as its object; the
# clause's head speaks (round 20)
_REL_OBJECT_ID: Final = re.compile(r"\byang (?:(?:telah|sudah|selama ini|juga) )?me(?:m|n|ng|ny)?[a-z]{3,}(?:i|kan) "
                            r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2},? (?:dan|serta) )?$")
# ', seperti dikutip dari Antara, ' between a subject and its verb: the outlet relays what the subject said (round 17)
_RELAY_BEFORE_ID: Final = re.compile(r"(?:,? |(?<![\w-]))(?:seperti |sebagaimana )?(?:dikutip|dilansir|diberitakan|dilaporkan|melansir"
                              r"|mengutip)(?: dari| oleh)? $")  # (round 23: also at the sentence start, 'melansir')
_NON_AGENTS: Final = frozenset({"tuhan", "allah", "god", "takdir", "nasib", "fate", "destiny", "sejarah", "history",
                         "produsen", "pabrikan"})  # round 30: 'Produsen menjanjikan ...' (a common noun opening the sentence)
_TO_INFINITIVE: Final = re.compile(r"(?: [a-z]+){0,3}? (?:to|untuk) ")
_LOCATIVE: Final = ("di", "in", "at", "from", "dari")
_OFFICIAL_WORDS: Final = frozenset({"pejabat", "official", "officials", "diplomat", "diplomats"})
_VERB_KINDS: Final = frozenset({"say_pre", "say_post", "according"})
_SUBJECT_LEAD: Final = frozenset({"dan", "serta", "and", "the", "pemerintah", "pemerintahan", "negara", "bahwa", "that",
                           "but", "namun", "tetapi", "sementara", "while", "said", "kata", "ujar"})


_PADDED_FUTURE: Final[dict[int, tuple[list[str], tuple[str, ...]]]] = {}


def _padded_future(markers: list[str]) -> tuple[str, ...]:
    """' w ' for each future marker but 'to'/'next'/'depan', made once per lexicon (kept with it: ids are reused)."""
    got = _PADDED_FUTURE.get(id(markers))
    if got is None or got[0] is not markers:
        got = _PADDED_FUTURE[id(markers)] = (markers, tuple(f" {w} " for w in markers
                                                            if w not in ("to", "next", "depan")))
    return got[1]


_BOTH_NAME: Final = re.compile(r"(?:^|(?<=[\s,;:(]))[Bb]aik ((?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+)$")


_REGION_GOVERNMENTS: Final = frozenset({"Kota", "Kabupaten", "Provinsi"})
_SOURCE_DOC_ID: Final = re.compile(r"(?i:(?: dari)? (?:postingan|unggahan|rilis|siaran pers|situs|laman|akun)(?: resmi)?"
                            r"(?: (?:instagram|twitter|facebook|youtube))?(?: resmi)?)(?= [A-Z@])")
_INTENT_AFTER: Final = re.compile(r" (?:(?:pun|juga|masih|tetap|sendiri|mengaku) )?(?:berniat|ingin|berencana|bertekad|berambisi"
                           r"|enggan|berharap|bermimpi)(?![a-z])")
_NAME_INTENT: Final = re.compile(r", ((?:[A-Z][a-z'’-]+ ){1,3})(?:(?:pun|juga|masih|tetap|sendiri|mengaku) )?(?:berniat|ingin"
                          r"|berencana|bertekad|berambisi|enggan|berharap|bermimpi)(?![a-z])")
# round 49: 'menurut The Guardian via SBS,': an outlet that took the report from another outlet
_VIA_RELAY_ID: Final = re.compile(r" +[A-Z][^\s,.;:]*(?: [A-Z][^\s,.;:]*){0,4} via [A-Z]")
_RELAY_VERB_ID: Final = re.compile(r"(?<![a-z])(?:dilansir|dikutip|diberitakan|dilaporkan|melansir|mengutip)(?![a-z])")
_UTTERANCE_NOUN: Final = re.compile(r"(?<![a-z])(?:ucapan|pernyataan|perkataan|komentar|pengakuan|kata-kata)(?![a-z])")
_PASSIVE_SAID_BY: Final = re.compile(r"(?<![a-z])di(?:ungkap|ungkapkan|sampaikan|katakan|jelaskan|tegaskan|utarakan|kemukakan"
                              r"|tuturkan|paparkan|nyatakan) (?:oleh )?$")
_OWN_REPORT_NEXT: Final = re.compile(r"(?:,| bahwa\b)")  # 'X melansir, ...' / 'X melansir bahwa ...': X reports (round 30)
# round 61: 'Seperti dilansir X, Selasa (18/10).': a bare source credit (at most a day and date after the outlet)
_CREDIT_ONLY_ID: Final = re.compile(r"\s*(?:,\s*(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\s*"
                             r"(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?)?\s*\.?\s*")
# round 61: 'Pasal 73 UU No 12 Tahun 2011 tentang Pembentukan ... menyebutkan': the title of a law, not a speaker
_LAW_TITLE_ID: Final = re.compile(r"\b(?:uu|undang-undang|undang - undang|perppu|perpu|perpres|permen[a-z]*|perda|pp|"
                           r"peraturan|pasal|keputusan|instruksi|surat edaran|qanun)\b[^.]{0,80}? tentang $")
# round 30: an appositive opening with a company noun after a body's name ('Google, perusahaan teknologi asal X')
_BODY_APPOSITIVE: Final = re.compile(r", (?:sebuah |salah satu )?(?:pengembang|perusahaan|produsen|pembuat|penyedia|pabrikan"
                              r"|penerbit|raksasa|startup|developer|operator)\b")
_ONE_WORD_BODY: Final = re.compile(r"([A-Z][\w'’-]+)(?=, (?:sebuah |salah satu )?(?:pengembang|perusahaan|produsen|pembuat|penyedia"
                            r"|pabrikan|penerbit|raksasa|startup|developer|operator)\b)")
_RECEIVED_BY: Final = re.compile(r"(?<![a-z])yang diterima (?:oleh )?$")
# 'menjanjikan' as an adjective (round 30): after a degree word or a copula, or with no object after it
_PROMISING_BEFORE: Final = re.compile(r"\b(?:yang|cukup|sangat|amat|begitu|lebih|kurang|tidak|tak|terlihat|tampak|nampak|makin"
                               r"|semakin|masih|paling|tampil|bermain|sama|juga) $")
_PROMISING_AFTER: Final = re.compile(r"(?:[,.;:!?)\"”]| *$| (?:dengan|di|pada|untuk|bagi|sejak|saat|ketika|namun|tetapi|dan|karena|sebab)\b)")


def _both_first_name(sp: _Speakers, j: int, floor: int) -> Mention | None:
    """'Baik Siti Aminah maupun Doan Thi Huong mengaku' (round 30): the first of two people joined by 'baik ...
    dan/maupun', a name of 2-3 words the entity stage did not build, speaks with the second."""
    a = sp.a
    bm = _BOTH_NAME.search(a.text, max(floor, j - 60), j)
    if bm is None or a.mentions_in(bm.start(1), j) or a.hits_in(bm.start(1), j):
        return None
    for w in bm.group(1).split():
        if not _NAME_WORD.fullmatch(w) or w in a.res.name_stop or w.lower() in a.res.title_words \
                or w.lower() in a.res.stopwords or w in a.res.org_words or w.lower() in _NON_AGENTS:
            return None
    return sp._new_mention(bm.start(1), j, "PERSON")


def _title_open(sp: _Speakers, j: int, floor: int) -> int:
    """Where the title phrase running into a person's name at `j` opens ('Gubernur Jawa Barat Joko': the start of
    'Gubernur'), or `j` when none does: a title word followed only by capitalised words up to the name (round 31)."""
    text = sp.a.text
    for h in sp.a.hits_in(max(floor, j - 60), j, "title"):
        if h.start < j and char_upper(text[h.start]) and all(upper_at(w, 0) for w in text[h.start:j].split()):
            return h.start
    return j


def _opens_clause_en(text: str, floor: int, pos: int) -> bool:
    """A clause opens right before ``pos`` (English, round 34): the sentence start or a comma, colon or quote,
    with an optional article ('The A and the B said', '..., the A and the B said')."""
    j = pos
    while j > floor and text[j - 1] == " ":
        j -= 1
    if text.endswith((" the", " The"), floor, j) or j - 3 == floor and text.startswith(("the", "The"), floor):
        j -= 3
        while j > floor and text[j - 1] == " ":
            j -= 1
    return j <= floor or text[j - 1] in ',;:"“'


def _coordinated_gap(sp: _Speakers, s: int, m: Mention) -> bool:
    """'..., the Acme Council and the Widget Institute said.' (English, round 34): between the comma and the
    body's name only the bodies joined to it (each may take an article)."""
    if sp.a.lang != "en" or m.ent.type != "ORG":
        return False
    co = _coordinated(sp, m, s)
    return bool(co) and sp.a.text[s:co[-1][1].start].strip().lower() in ("", "the")


def _bare_word_person(m: Mention) -> bool:
    """Round 56: a one-word PERSON with no role and no knowledge-base id (a name read on the statement side)."""
    return m.ent.type == "PERSON" and " " not in m.ent.name and m.ent.role is None and m.ent.id is None


def _coordinated(sp: _Speakers, m: Mention, floor: int) -> list[tuple[Ent, Mention]]:
    """'Amerika Serikat, Australia dan Jepang meminta': the other subjects joined to the speaker's name."""
    text = sp.a.text
    out: list[tuple[Ent, Mention]] = []
    cur = m
    for k in range(4):
        j = cur.start
        if ends_at(text, "&lt;", floor, j):
            j -= 4  # 'Dixie Yarns Inc and <Acme Inc> said': Reuters' company markup
        if sp.a.lang == "id" and cur.ent.type == "PERSON":
            j = _title_open(sp, j, floor)  # round 31: 'Presiden A X dan Presiden B Y dalam sambutannya'
        while j > floor and text[j - 1] == " ":
            j -= 1
        the = sp.a.lang == "en" and text.endswith(" the", floor, j)
        if the:
            j -= 4  # round 34: 'the Canadian Wheat Board and the Australian Wheat Board said': each with its article
        # the link nearest the verb is a conjunction ('A, B dan C'); a bare comma there is an apposition
        # ('baik A maupun B': both A and B, round 13)
        for conj in ((",", " dan", " serta", " maupun", " and", " &") if k else (" dan", " serta", " maupun", " and", " &")):
            if ends_at(text, conj, floor, j):
                j -= len(conj)
                break
        else:
            break
        while j > floor and text[j - 1] == " ":
            j -= 1
        if sp.a.lang == "en" and m.ent.type == "ORG" and (un := _UNIT_NOUN.search(text, max(floor, j - 14), j)) \
                and (um := sp.by_end.get(un.start())) is not None \
                and _POSSESSIVE_BEFORE.search(text, max(floor, um.start - 8), um.start):
            j = un.start()  # "Acme PLC's Beta Services Inc subsidiary and Gamma Partnership said": the unit (round 45)
        markup = j > floor and text[j - 1] == ">"
        prev = sp.by_end.get(j - 1 if markup else j)
        if prev is None and sp.a.lang == "id" and m.ent.type == "PERSON" and not k:
            prev = _both_first_name(sp, j, floor)  # round 30: 'Baik Siti Aminah maupun Doan Thi Huong mengaku'
        if markup and prev is not None and not _MARKUP_NAME.search(text, max(floor, prev.start - 9), prev.start):
            break  # '... to <British Holdings PLC> and Acme Corp said': the name in the markup is an object
        if prev is not None and sp.a.lang == "id" and {prev.ent.type, m.ent.type} == {"PERSON", "ORG"} \
                and _bare_word_person(prev if prev.ent.type == "PERSON" else m) \
                and not ends_at(sp.a.low, "data ", floor, prev.start):  # ('Data A dan B menyebutkan': figures)
            out.append((prev.ent, prev))  # round 56: 'LBH Pers dan SAFEnet menyesalkan': a one-word name with no
            cur = prev  # role or known person beside a body is one more body; both speak
            continue
        if prev is None or prev.ent.type != m.ent.type or prev.ent is m.ent \
                or all(w in _COMPANY_SUFFIXES for w in prev.ent.name.split()):
            break
        if the and not _opens_clause_en(text, floor, prev.start):
            break  # ('sold it to Acme Inc and the Widget Co said': the first one is an object, not a subject)
        if prev.ent.type == "GPE":
            if prev.how not in ("name", "metonym") or prev.ent.geonames_id is not None:
                break
            out.append((sp.a_country(prev.ent), prev))
        else:
            out.append((prev.ent, prev))
        cur = prev
    if out and m.ent.type == "GPE" and not sp._subject_position(cur.start, floor):
        return []
    return out


# 'diungkapkan oleh Dirjen ... I Gusti Putu', 'seperti yang dikatakan Kapolri', 'kabar itu dirilis Tuttosport': a
# passive verb of saying with its agent named right after it.
_PASSIVE_SAY_LOW: Final = re.compile(r"di(?:sampaikan|ungkapkan|katakan|jelaskan|tegaskan|umumkan|rilis|utarakan|"
                              r"kemukakan|tuturkan|paparkan|nyatakan|beberkan|kabarkan|lontarkan|bantah|tambahkan"
                              r"|(?:(?<=seperti di)|(?<=sebagaimana di))tulis) (?:oleh )?")
# the literal each _PASSIVE_SAY_LOW match opens with, by its third character: the pattern is tried only where one
# stands (found with str.find from each 'di'), not by the engine's scan at every 'd' (the same matches as finditer)
_PASSIVE_SAY_STEMS: Final[dict[str, tuple[str, ...]]] = {
    "s": ("disampaikan",), "u": ("diungkapkan", "diumumkan", "diutarakan"), "k": ("dikatakan", "dikemukakan", "dikabarkan"),
    "j": ("dijelaskan",), "t": ("ditegaskan", "dituturkan", "ditambahkan", "ditulis"), "r": ("dirilis",),
    "l": ("dilontarkan",), "p": ("dipaparkan",), "n": ("dinyatakan",), "b": ("dibeberkan", "dibantah")}


def _passive_say_word_matches(low: str) -> list[re.Match[str]]:
    """The matches of ``_PASSIVE_SAY_LOW.finditer(low)`` that open a word, the only ones _passive_agents reads
    (visits.word_matches_at_di: the word-opening 'di's of the visit stage's scan of the same text)."""
    return word_matches_at_di(_PASSIVE_SAY_LOW, low, low, _PASSIVE_SAY_STEMS)


_REPORTS_ID: Final = re.compile(r"(?:melaporkan|memberitakan|mewartakan)\b")
# round 32: a lower-case role opening the agent ('seperti yang dikatakan warga Kecamatan X Y', 'disampaikan warga
# setempat Y', 'disampaikan petugas jaga Y'): the person named after it, in the same clause, speaks
_PASSIVE_LOW_ROLE: Final = re.compile(r"(?:warga|penduduk|petugas|saksi|pengamat|pakar|ahli|pengacara|kuasa hukum|"
                               r"juru bicara|pedagang|pengunjung|pengemudi|sopir|guru|dokter|tokoh|(?:salah )?seorang"
                               r") ")
# (round 13: 'juga dikabarkan X', 'seperti ditulis X'; not 'diungkap': 'kasus itu diungkap polisi' is solved)


def _passive_agents(a: Analysis, sp: _Speakers, out: list[RawStatement], sentence_of) -> None:  # type: ignore[no-untyped-def]
    text = a.text
    for pm in _passive_say_word_matches(a.low):
        p = pm.end()
        if p < len(text) and (pm.start() == 0 or not char_alnum(a.low[pm.start() - 1])) \
                and (_PASSIVE_LOW_ROLE.match(a.low, p) or a.low.endswith(" oleh ", pm.start(), p) and char_lower(text[p])):
            # (round 36: after 'oleh' any lower-case role: 'disampaikan oleh direktur proyek Budi Santoso')
            _passive_role_agent(a, sp, out, sentence_of, pm.start(), p, a.low.endswith(" oleh ", pm.start(), p))
            continue
        if p >= len(text) or not char_upper(text[p]) or (pm.start() > 0 and char_alnum(a.low[pm.start() - 1])):
            continue  # 'disampaikan kepada ...', 'dikatakan sebagai ...': no agent named
        if starts_at(a.low, "ditambahkan", pm.start()) and not (char_upper(text[pm.start()]) and (
                pm.start() == 0 or text[sentence_of(pm.start())[0]:pm.start()].strip(' "“”') == "")):
            continue  # round 64: 'Ditambahkan X, ...' only opening its sentence ('garam ditambahkan Ibu Rina' is
            # no saying; after a quotation the post-quote rule reads it)
        before = a.low[max(0, pm.start() - 16):pm.start()]
        if before.endswith(" yang ") and not before.endswith(("seperti yang ", "sebagaimana yang ")) \
                and not _UTTERANCE_HEAD_REL.fullmatch(a.low, sentence_of(pm.start())[0], pm.start()):
            continue  # 'data yang dirilis BPS': a relative clause about a thing released (round 36: but not
            # 'Pernyataan (khusus mengenai X) yang disampaikan Y ...', an utterance noun opening the sentence)
        if "demikian" in before or " hal " in f" {before}":
            continue  # 'Hal itu disampaikan X': the recap rule's
        ss, se = sentence_of(pm.start())
        if _inside_quote(text, ss, pm.start()):
            continue
        ent, mention = sp.after(p, min(se, p + 80))
        if ent is None or mention is None or mention.start - p > 70:
            continue
        gap = text[p:mention.start]
        if any(c in gap for c in '.;:"“”'):
            continue
        if ("," in gap or "(" in gap) and (sp._hit_starting(p, "title") is None or ent.type != "PERSON"
                                           or " " not in ent.name or starts_at(text, ",", mention.end)):
            continue  # 'diungkapkan oleh Dirjen Industri Logam, Mesin, ...': a list of portfolios, not a name
        if ent.type not in ("PERSON", "ORG") and not ent.country:
            continue
        if ent.type == "ORG" and _ORGAN_OF_BODY.fullmatch(text, mention.start, mention.end) \
                and (bm := sp.by_start.get(mention.end + 1)) is not None and bm.ent.type == "ORG":
            ent, mention = bm.ent, bm  # round 36: 'Komite Eksekutif Komite Olimpiade Indonesia': the body's organ speaks for it
        quote = _clean_clause(text[ss:se])
        if len(quote.split(None, 2)) < 3:
            continue
        out.append(RawStatement(ent, mention, quote, "reported", ss, (ss, se), None,
                                0.7 if ent.type == "PERSON" else 0.6))


# round 36: a body's organ named before the body ('Komite Eksekutif Komite Olimpiade Indonesia') speaks for it; an
# utterance noun opening the sentence, a few words about it, then 'yang' (before a passive verb of saying)
_ORGAN_OF_BODY: Final = re.compile(r"(?:Komite|Dewan|Badan) (?:Eksekutif|Pengurus|Pengawas|Direksi|Pimpinan)|Pengurus Pusat|Direksi")
_UTTERANCE_HEAD_REL: Final = re.compile(r"[\"“]?(?:(?:namun|sementara itu|selain itu),? )?(?:pernyataan|keterangan|penjelasan|ucapan"
                                 r"|perkataan|komentar|imbauan|himbauan|tanggapan|klarifikasi)(?: [\w-]+){0,4} yang ")


def _passive_role_agent(a: Analysis, sp: _Speakers, out: list[RawStatement], sentence_of,  # type: ignore[no-untyped-def]
                        v: int, p: int, oleh: bool = False) -> None:
    """Round 32: 'seperti yang dikatakan warga Kecamatan X Y', 'disampaikan warga setempat Y': a lower-case role
    (a few words, a place in capitals) then a person's name, with no punctuation between, is the agent."""
    text = a.text
    before = a.low[max(0, v - 16):v]
    if before.endswith(" yang ") and not before.endswith(("seperti yang ", "sebagaimana yang ")) \
            or "demikian" in before or " hal " in f" {before}":
        return
    ss, se = sentence_of(v)
    if _inside_quote(text, ss, v):
        return
    q = p
    while q < se and q - p < 40 and text[q].islower():  # the role's lower-case words ('warga setempat')
        q = text.find(" ", q, se) + 1
        if q <= 0:
            return
    if q >= se or not text[q].isupper() or any(c in text[p:q] for c in ',.;:()"“”'):
        return
    ent, m = sp.after(q - 1, min(se, q + 70)) if not oleh or _PASSIVE_LOW_ROLE.match(a.low, p) else (None, None)
    if ent is None and a.low.startswith(("kecamatan ", "desa ", "kelurahan ", "kampung ", "dusun "), q) \
            and (m := sp._trailing_name(q, min(se, q + 70))) is not None:
        if text.count(" ", m.start, m.end) >= 2:  # 'warga Kecamatan Citra Budi Santoso': the place's name, then
            s2 = text.rfind(" ", m.start, text.rfind(" ", m.start, m.end)) + 1  # the person (its last two words)
            m = sp.by_start.get(s2) or sp._new_mention(s2, m.end, "PERSON")
        ent = m.ent
    apposed = False
    if ent is None and oleh and (m := sp._trailing_name(q, min(se, q + 70))) is not None:
        # round 36: 'disampaikan oleh direktur proyek Budi Santoso': the agent's name right after its role, or set off
        # after the body the role belongs to ('dikemukakan oleh eks striker andalan Setan Merah, Andy Cole')
        apposed = m.start > q and _APPOSED_BODY.fullmatch(text, q, m.start) is not None
        if apposed or m.start == q and text.find(" ", m.start, m.end) >= 0 and not _APPOSED_NEXT.match(text, m.end):
            ent = m.ent
    if ent is None or m is None or ent.type != "PERSON" or m.start < q or not apposed and any(
            c in text[q:m.start] for c in ',.;:()"“”'):
        return
    quote = _clean_clause(text[ss:se])
    if len(quote.split(None, 2)) < 3:
        return
    out.append(RawStatement(ent, m, quote, "reported", ss, (ss, se), None, 0.7))


# round 31: 'X dalam sambutannya mendorong ...': what a speaker does in a speech is said (the guidelines count
# 'dalam sambutannya'); group 1 the verb after the occasion
_OCCASION_VERB_ID: Final = re.compile(r" dalam (?:sambutan|pidato)nya (?:juga |pun |kembali |turut )?(me[a-z]{3,}|ber[a-z]{3,}) ")


def _speech_occasion_verbs(a: Analysis, sp: _Speakers, out: list[RawStatement], sentence_of) -> None:  # type: ignore[no-untyped-def]
    """'Presiden A X dan Presiden B Y dalam sambutannya mendorong ...': the speaker (and those joined to them) of a
    verb that is no verb of saying, said in a speech (round 31)."""
    text = a.text
    for om in matches_from(_OCCASION_VERB_ID, a.low, " dalam "):
        v = om.start(1)
        if any(h.kind in _VERB_KINDS for h in sp.hits_starting(v)):
            continue  # a verb of saying: the main rule's
        ss, se = sentence_of(om.start())
        if _inside_quote(text, ss, om.start()):
            continue
        ent, m = sp.before(v, ss)
        if ent is None or m is None or m.end > om.start() or ent.type not in ("PERSON", "ORG"):
            continue
        quote = _clean_clause(text[v:se])
        if len(quote.split(None, 2)) < 3:
            continue
        out.append(RawStatement(ent, m, quote, "reported", v, (ss, se), None, 0.7 if ent.type == "PERSON" else 0.6))
        for ent2, m2 in _coordinated(sp, m, ss):
            out.append(RawStatement(ent2, m2, quote, "reported", v, (ss, se), None,
                                    0.7 if ent2.type == "PERSON" else 0.6))


def _saying_participles(a: Analysis, sp: _Speakers, out: list[RawStatement], sentence_of) -> None:  # type: ignore[no-untyped-def]
    """English 'saying': 'Acme Corp cut its dividend, saying earnings fell' (the subject that opens the sentence
    speaks, when no other verb of saying comes first) and 'the agency quoted Jane Roe as saying ...' (the person
    quoted speaks; the relaying outlet does not)."""
    text = a.text
    found = list(_SAYING.finditer(text))
    if "quoted" in text:
        found += _QUOTED_PASSIVE.finditer(text)
    for pm in found:
        ss, se = sentence_of(pm.start())
        if _inside_quote(text, ss, pm.start()):
            continue
        quote = _clean_clause(text[pm.end():se])
        if len(quote.split(None, 2)) < 3:
            continue
        if pm.re is _SAYING and pm.group(1) is not None:  # ', saying'
            if any(h.kind in _VERB_KINDS for h in a.hits_in(ss, pm.start())):
                continue
            om = _opening_subject(a, sp, ss, pm.start())
            if om is None:
                continue  # the name must be the subject of a finite verb, not part of a longer phrase
            m: Mention | None = om
            ent: Ent | None = om.ent
        elif pm.re is _QUOTED_PASSIVE or starts_at(text, "quoted by ", pm.start()):
            if pm.re is _SAYING and text.endswith(_AUX_BEFORE, max(0, pm.start() - 6), pm.start()):
                continue  # ('was quoted by': read from the auxiliary, below)
            # round 60: 'Jane Roe was quoted by the agency as saying', 'He was quoted as saying': the subject
            # speaks, the agency after 'by' only relays
            ent, m0 = sp.before(pm.start(), ss)
            if ent is None or ent.type not in ("PERSON", "ORG"):
                continue
            m = m0
        else:  # 'quoted X as saying'
            ms = [x for x in a.mentions_in(pm.start(), pm.end()) if x.ent.type in ("PERSON", "ORG")]
            if not ms and text.startswith(("him as saying", "her as saying"), pm.start() + 7):
                # round 60: 'the agency quoted him as saying': the person last named
                ent, m1 = sp._resolve_anaphor(Hit(pm.start() + 7, pm.start() + 10, "pronoun", None))
                if ent is not None and any(x.ent is ent for x in a.mentions_in(pm.end(), se)):
                    # '... where he met Oil Minister Jane Roe. The agency quoted him as saying his talks with Roe
                    # ...': the person his words name is not 'him'; the person named before that one
                    named = ent
                    ent = next((x.ent for x in reversed(a.mentions_in(max(0, pm.start() - 1500), pm.start()))
                                if x.ent.type == "PERSON" and not x.ent.group and x.ent is not named), None)
                    m1 = None
                if ent is None or ent.type != "PERSON":
                    continue
                m = m1
            elif not ms or not text[ms[-1].end:pm.end()].startswith(" as saying"):
                continue
            else:
                m = ms[-1]
                ent = m.ent
        if ent is None:
            continue
        out.append(RawStatement(ent, m, quote, "reported", pm.end(), (ss, se), None,
                                0.7 if ent.type == "PERSON" else 0.6))


# round 50: 'Today, Acme Corp rejected the offer and said ...': the sentence's subject, before its first verb, is the
# speaker of a verb of saying coordinated with that verb ('and said', 'and added', 'and told')
_AND_SAID_VERBS: Final = frozenset({"said", "added", "told", "stated"})
_OPENER_EN: Final = re.compile(r"[\"“]?(?:(?:Today|Yesterday|Earlier|Later|Meanwhile|Separately|However|In addition|"
                        r"(?:Earlier|Later) (?:today|this week|this month)|(?:On|Last) (?:Monday|Tuesday|Wednesday|"
                        r"Thursday|Friday|Saturday|Sunday)|Last (?:week|month)), )?(?:[Tt]he )?")
_SUBJECT_VERB_EN: Final = re.compile(r"(?: &lt;[A-Z.]+>| \([A-Z][\w.&-]*\))?(?: (?:[a-z]+ly|first|also|then|again|today|yesterday))?"
                              r" (?:[a-z]{2,}ed|has|had|is|was|cut|set|put|made|took|sold|won|lost|held|paid|bought|quit|"
                              r"withdrew|gave|saw|met|left|sees|expects|believes|plans|wants|hopes|predicts|thinks|feels|"
                              r"remains|continues|intends|forecasts)\b")
_CLAUSE_MID_EN: Final = re.compile(r"[;:]|\b(?:who|which|whose|whom|after|because|while|when|but|if|although|though|where)\b")


def _and_said_subject(a: Analysis, sp: _Speakers, ss: int, verb: int) -> tuple[Ent | None, Mention | None]:
    """round 50: the subject opening the sentence (after a time adverbial, a title) of the first of two coordinated
    verbs, the second one of saying: 'Today, Acme Corp rejected the bid and said it was too low', 'Finance
    Minister Jane Roe resigned and said ...', 'He described it as ... and said ...'. No other clause (a semicolon,
    a relative 'who', 'which', a subordinate 'after', 'because', 'while', 'but') may stand between them."""
    text = a.text
    om = _OPENER_EN.match(text, ss, verb)
    s0 = om.end() if om is not None else ss
    if ends_at(a.low, "the ", ss, s0):
        if not char_upper(text[s0:s0 + 1]):
            return None, None  # 'the company posted ...' (a body named by its kind: not read here)
    sv = _SUBJECT_VERB_EN
    m = next((x for x in a.mentions_in(s0, min(verb, s0 + 80)) if x.ent.type in ("PERSON", "ORG")), None)
    if m is not None and m.start > s0:
        t = next((t for t in a.hits_in(s0, m.start, "title") if t.end + 1 == m.start), None)
        if m.ent.type != "PERSON" or t is None or not all(char_upper(w[0]) for w in text[s0:t.start].split()):
            m = None  # 'Assistant Defense Secretary Jane Roe resigned': only a title before the name
    if m is not None:
        m = sp._company_head(m, ss)
        if m.ent.group or not sv.match(text, m.end):
            return None, None
        end = m.end
        ent: Ent | None = m.ent
    else:
        w = text.find(" ", s0, verb)
        ph = sp._hit_ending(w, "pronoun") if w > s0 and text[s0:w] in ("He", "She") else None
        if ph is None or ph.start != s0 or not sv.match(text, w):
            return None, None
        ent, m = sp._resolve_anaphor(ph)
        end = w
    if ent is None or _CLAUSE_MID_EN.search(a.low, end, verb):
        return None, None
    return ent, m


def _opening_subject(a: Analysis, sp: _Speakers, ss: int, end: int) -> Mention | None:
    """The name that opens the sentence as the subject of a finite verb ('Acme Corp cut', "Japan's Finance
    Ministry auctioned", 'Merrill Lynch and Co Inc fired'), or None."""
    text = a.text
    s0 = ss
    while s0 < end and text[s0] in ' "“\n':
        s0 += 1
    if starts_at(text, "&lt;", s0):
        s0 += 4
    elif starts_at(text, "The ", s0) and s0 + 4 in sp.by_start:
        s0 += 4
    m = sp.by_start.get(s0)
    if m is None:  # 'Merrill Lynch and Co Inc fired': only the legal-form words were read as a body
        m = next((x for x in a.mentions_in(s0, min(end, s0 + 40)) if x.ent.type == "ORG"), None)
        if m is None or sp._company_head(m, ss).start != s0:
            return None
        m = sp._company_head(m, ss)
    if m.ent.type == "GPE" and starts_at(text, "'s ", m.end):
        m = sp.by_start.get(m.end + 3)  # "Japan's Finance Ministry auctioned"
        if m is None or m.ent.type != "ORG":
            return None
    if m.ent.type not in ("PERSON", "ORG") or m.ent.group or not _FINITE_AFTER.match(text, m.end):
        return None
    return sp._company_head(m, ss)


# a legal form right after a company's mention: 'American Express Co' (a known firm named without it) (round 45)
_LEGAL_FORM_AFTER: Final = re.compile(r" (?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|Cos)\b")


def _body_spokesmen(a: Analysis, sp: _Speakers, out: list[RawStatement], sentence_of) -> None:  # type: ignore[no-untyped-def]
    """'..., company officials said', 'a ministry spokesman said' (the body named last with that head word),
    and 'Acme Corp cut its dividend, a spokesman said' (a bare spokesman speaks for the body that opens the
    sentence as its subject), when the sentence has no speaker yet."""
    text = a.text
    done = {r.sent for r in out}
    for bm in _SPOKES_VERB.finditer(text):
        ss, se = sentence_of(bm.start())
        if (ss, se) in done or _inside_quote(text, ss, bm.start()):
            continue
        hm = _SPOKES_HEAD.search(text, max(ss, bm.start() - 12), bm.start())
        head = hm.group(1) if hm is not None else None
        s0 = hm.start() if hm is not None else bm.start()
        ent: Ent | None = None
        named = _named_before(a, ss, bm.start()) if hm is None else None
        if head is not None:
            if text[max(ss, s0 - 5):s0].endswith((" and ", " or ")):
                continue  # 'bankers and company officials said': unnamed people of several kinds
            if head == "union":  # the last body ('the transport union, FNV, ...'), as before 'the union' was
                # an anaphor of its own (round 45)
                ent = next((m.ent for m in reversed(a.mentions) if m.end <= s0 and m.ent.type == "ORG"
                            and not m.ent.group), None)
            else:
                ent, _m = sp._resolve_anaphor(Hit(s0, s0, "anaphor", "the " + head))
            if head == "exchange":  # 'an exchange spokesman': the last exchange named, not the SEC (round 14)
                ent = next((m.ent for m in reversed(a.mentions) if m.end <= s0 and m.ent.type == "ORG"
                            and m.ent.name.endswith(" Exchange") and not m.ent.group), None)
            if ent is None or ent.type != "ORG" or ent.group:
                continue
            last = ent.name.split()[-1]
            if head in ("company", "firm") and last not in _COMPANY_SUFFIXES and last not in _FIRM_WORDS \
                    and not any(_LEGAL_FORM_AFTER.match(text, me) or text[ms:me].rsplit(" ", 1)[-1] in _COMPANY_SUFFIXES
                                for ms, me in ent.mentions) \
                    or head not in ("company", "firm") and head not in ent.name.lower() \
                    and not _set_off_after(text, ent, head):
                continue  # 'a bank spokesman' is no news agency's; 'company officials' are no ministry's
        elif named is not None:  # 'a Hutton spokesman said': the body named right before
            ent, s0 = named.ent, named.start
        elif (pm := _PARTY_ADJ_BEFORE.search(text, max(ss, bm.start() - 30), bm.start())) is not None:
            # round 31: 'A Socialist spokesman said': the party named by its adjective (the article's body of that
            # name when it has one; a new one has no mention, so it is named '<Adjective> Party', not 'Socialist')
            s0 = pm.start(1)
            pname = pm.group(1) + " Party"
            ent = a.ents.get("org:" + pname.lower())
            if ent is None:
                ent = a.ents["org:" + pname.lower()] = Ent("org:" + pname.lower(), "ORG", pname)
        elif text[bm.start():bm.start() + 4] == "aide":
            continue  # 'an aide said', 'an aide to Lyng said': no body's
        else:
            pre = text[max(ss, s0 - 6):s0].lower()
            if not (pre.endswith((", a ", ", an ", ", the ")) or pre.endswith(", ")):
                continue
            om = _opening_subject(a, sp, ss, s0)
            if om is None or om.ent.type != "ORG":
                continue
            ent = om.ent
        after = _clean_clause(text[bm.end():se])
        if len(after.split(None, 1)) >= 2 and not _ADVERBIAL_ONLY.fullmatch(after):
            quote, start = after, bm.end()
        else:
            c = text.rfind(",", ss, s0 + 1)
            quote, start = _clean_clause(text[ss:c]) if c > ss else "", ss
        if len(quote.split(None, 2)) < 3:
            continue
        done.add((ss, se))
        out.append(RawStatement(ent, Mention(s0, bm.start(1) - 1, ent, "anaphor"), quote, "reported", start,
                                (ss, se), None, 0.6))


# round 31: a participle phrase between a speaker and the verb: 'officials accompanying him said', 'a State
# Department official travelling with him said'
# round 42: -ly words that are no manner adverb between a subject and its verb (hearsay, nouns, outlets, adjectives)
_NOT_GAP_LY: Final = frozenset({"reportedly", "allegedly", "supposedly", "purportedly", "apparently", "family", "assembly",
                         "supply", "monopoly", "rally", "anomaly", "reply", "daily", "weekly", "monthly", "quarterly",
                         "yearly", "biweekly", "likely", "unlikely", "only", "friendly", "elderly", "italy", "july",
                         "bully", "jelly", "belly", "holy", "lonely", "costly", "timely", "deadly", "orderly"})
_ACCOMPANYING: Final = re.compile(r" (?:accompanying|travell?ing with) (?:him|her|them)$")
_OF_PARTNERS_AND: Final = re.compile(r" of (?:[A-Z][\w.'’-]*,? ){1,3}(?:and|&) $")
_STATEMENT_FROM: Final = re.compile(r"\b(?:[Aa]n?|[Tt]he) (?:joint |written )?(?:statement|communique) (?:from|by|issued by|released by) "
                             r"(?:the )?")
_SAID_AFTER: Final = re.compile(r",? (?:said|says|stated|added)\b")


def _named_after_intro(  # type: ignore[no-untyped-def]
    a: Analysis, intro: re.Pattern[str], done: set[tuple[int, int]], sentence_of
) -> Iterator[tuple[re.Match[str], tuple[int, int], Mention]]:
    """Each match of a document intro ('a statement from', 'according to a report by') in a sentence with no
    speaker yet and outside quotes, with its sentence and the named person, body or country right after it."""
    text = a.text
    for im in intro.finditer(text):
        ss, se = sentence_of(im.start())
        if (ss, se) in done or _inside_quote(text, ss, im.start()):
            continue
        m = next((m for m in a.mentions_in(im.end(), min(se, im.end() + 80)) if m.start == im.end()), None)
        if m is None or m.ent.type not in ("ORG", "PERSON", "GPE") or m.ent.group:
            continue
        yield im, (ss, se), m


def _statements_from(a: Analysis, out: list[RawStatement], sentence_of) -> None:  # type: ignore[no-untyped-def]
    """'..., a statement from Acme Corp said.', 'A statement issued by the ministry said ...' (English, round 27): the
    body or person named right after 'a statement from/by/issued by' speaks, when the sentence has no speaker yet."""
    text = a.text
    done = {r.sent for r in out}
    for sm, (ss, se), m in _named_after_intro(a, _STATEMENT_FROM, done, sentence_of):
        vm = _SAID_AFTER.match(text, m.end)
        if vm is None:
            continue
        after = _clean_clause(text[vm.end():se])
        if len(after.split(None, 1)) >= 2 and not _ADVERBIAL_ONLY.fullmatch(after):
            quote, start = after, vm.end()
        else:
            c = text.rfind(",", ss, sm.start() + 1)
            quote, start = _clean_clause(text[ss:c]) if c > ss else "", ss
        if len(quote.split(None, 2)) < 3:
            continue
        done.add((ss, se))
        out.append(RawStatement(m.ent, m, quote, "reported", start, (ss, se), None, 0.7))


# round 29 (English): 'according to a (monthly) survey / report / statement by X' -- X speaks in its own voice
# (not 'figures' / 'data' / 'statistics': numbers a body recorded; not 'a report in X' nor 'a survey of X').
_ACCORDING_DOC: Final = re.compile(r"\b[Aa]ccording to (?:an?|the|its|their) (?:[a-z][\w-]* ){0,3}?(?:survey|report|study|statement"
                            r"|communique|announcement|analysis|assessment|review|forecast|newsletter|bulletin)"
                            r" (?:by|from|issued by|released by|published by|prepared by|conducted by) (?:the )?")
# round 29 (English): 'The two companies announced ...' after 'A and B' named as two bodies: both speak.
_TWO_BODIES: Final = re.compile(r"\b[Tt]he (?:two (?:companies|firms|banks|groups|concerns|carriers|airlines|utilities|partners"
                         r"|organizations|organisations|associations|unions)|companies|firms)"
                         r"(?: also| jointly| have| had)? (?:said|say|says|announced|stated|confirmed|added|reported|disclosed)\b")
_LOWER_WORD_NEXT: Final = re.compile(r" [a-z]")
# round 29 (English): 'declared' as an act: a dividend or split, bankruptcy, force majeure, war, an emergency; or
# '<someone> in default'
_DECLARED_ACT: Final = re.compile(r"(?: (?:a|an|the|its|their|his|her|total|regular|quarterly|special|final|interim|stock|cash"
                           r"|extra|initial|annual|semi-annual|year-end|[\w-]+-for-[\w-]+|\d[\d.]*|pct|cts?|dlrs?|per"
                           r"|share|a share|shares)){0,5}? (?:dividends?|distributions?|stock split|split|bankruptcy"
                           r"|insolvency|force majeure|martial law|war|state of (?:emergency|siege|war|disaster)"
                           r"|(?:[\w'’&.-]+ ){1,4}in default)\b")
# round 29 (English): "<Parent>'s <Unit name> unit / subsidiary said": the kind of body after the unit's name
_UNIT_NOUN: Final = re.compile(r" (?:unit|units|subsidiary|subsidiaries|division|affiliate|arm)$")
_POST_HOLDERS: Final = frozenset({"counselor", "counsellor", "attache"})  # a body's staff at a post abroad (round 38)
_POSSESSIVE_BEFORE: Final = re.compile(r"(?:'s|’s) (?:&lt;)?$")
_OWNED_UNIT_NAME: Final = re.compile(r"(?:'s|’s) ([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})$")  # (round 38)
_PAIR_GAP: Final = re.compile(r">?(?: &lt;[^>\n]{1,14}>| \([A-Z][\w.]{0,9}\))?,? (?:and|&) (?:[A-Za-z][\w-]* ){0,3}?(?:&lt;)?$")


def _according_docs(a: Analysis, out: list[RawStatement], sentence_of) -> None:  # type: ignore[no-untyped-def]
    """'..., according to a monthly survey by the Confederation of X.', 'According to a report by Acme Corp, ...'
    (English, round 29): the body or person who issued the document speaks, when the sentence has no speaker yet."""
    text = a.text
    done = {r.sent for r in out}
    for dm, (ss, se), m in _named_after_intro(a, _ACCORDING_DOC, done, sentence_of):
        if _FIGURES_AFTER.match(text, m.end):
            continue  # 'a report by the Census Bureau's figures' reads as figures
        if m.ent.type == "GPE" and _LOWER_WORD_NEXT.match(text, m.end):
            continue  # 'a report from the U.S. agriculture counselor': the country only qualifies the author
        c = text.rfind(",", ss, dm.start() + 1)
        if c > ss and text[ss:c].strip():
            quote, start = _clean_clause(text[ss:c]), ss  # '<clause>, according to a survey by X.'
        else:
            c2 = text.find(",", m.end, se)  # 'According to a report by X, <clause>.'
            if c2 < 0 or c2 - m.end > 80:
                continue
            quote, start = _clean_clause(text[c2 + 1:se]), c2 + 1
        if len(quote.split(None, 2)) < 3:
            continue
        done.add((ss, se))
        out.append(RawStatement(m.ent, m, quote, "reported", start, (ss, se), None, 0.7))


def _two_bodies(a: Analysis, out: list[RawStatement], sentence_of) -> None:  # type: ignore[no-untyped-def]
    """'Acme Corp and Belgian group Beta SA have agreed ... . The two companies announced that ...' (English, round
    29): 'the two companies' is the pair of bodies named last, joined by 'and' in this or the previous two
    sentences, and both speak, when the sentence has no speaker yet."""
    text = a.text
    done = {r.sent for r in out}
    for tm in _TWO_BODIES.finditer(text):
        ss, se = sentence_of(tm.start())
        if (ss, se) in done or _inside_quote(text, ss, tm.start()):
            continue
        floor = ss
        for _ in range(2):
            if floor > 0:
                floor = sentence_of(floor - 1)[0]
        ms = [m for m in a.mentions_in(floor, tm.start()) if m.end <= tm.start() and m.ent.type == "ORG"]
        pair = None
        for i in range(len(ms) - 1, 0, -1):
            m1, m2 = ms[i - 1], ms[i]
            if m1.ent.type == "ORG" and m2.ent.type == "ORG" and m1.ent is not m2.ent and not m1.ent.group \
                    and not m2.ent.group and m2.start - m1.end <= 60 and _PAIR_GAP.fullmatch(text, m1.end, m2.start):
                pair = (m1, m2)
                break
        if pair is None:
            continue
        quote, start = _clean_clause(text[tm.end():se]), tm.end()
        if quote.startswith("that "):
            quote = quote[5:]
        if len(quote.split(None, 2)) < 3:  # '<clause>, the companies said.'
            c = text.rfind(",", ss, tm.start() + 1)
            quote, start = (_clean_clause(text[ss:c]), ss) if c > ss else ("", ss)
        if len(quote.split(None, 2)) < 3:
            continue
        done.add((ss, se))
        for m in pair:
            out.append(RawStatement(m.ent, Mention(tm.start(), tm.end(), m.ent, "anaphor"), quote, "reported",
                                    start, (ss, se), None, 0.6))


_FIRM_WORDS: Final = frozenset({"Group", "Bank", "Airlines", "Airways", "Motors", "Industries", "Holdings", "Bancorp"})
_FIRM_TAILS: Final = _COMPANY_SUFFIXES | _FIRM_WORDS | _LEGAL_FORMS


def _named_before(a: Analysis, ss: int, pos: int) -> Mention | None:
    """'a Hutton spokesman said', 'an IBM spokeswoman told': the body whose name stands right before the
    spokesman (the body's own mention, ending one space before ``pos``), or None."""
    if pos - ss < 3 or a.text[pos - 1] != " ":
        return None
    m = next((m for m in a.mentions_in(max(ss, pos - 80), pos - 1) if m.end == pos - 1), None)
    if m is None:
        # 'a Hutton spokesman' after 'E.F. Hutton LBO Inc': a short form, the words of exactly one body's name
        w = _SHORT_BEFORE.search(a.text, max(ss, pos - 60), pos)
        if w is None:
            return None
        words = w.group(1).split()
        hits = [e for e in a.ents.values() if e.type == "ORG" and not e.group and e.mentions
                and _contains_run(e.name.split(), words)]
        if len(hits) != 1:
            return None
        return Mention(w.start(1), w.end(1) - 1, hits[0], "short")
    if m.ent.type != "ORG" or m.ent.group or not a.text.endswith((" a ", " an ", " the "), ss, m.start + 1):
        return None
    return m


# a Reuters stock ticker between a bare name and its verb: ' <HMC> ', ' &lt;TOYOY> also ' (round 14)
_PARTICLE_LEAD: Final = re.compile(r"(?<![\w.])(?:[A-Z][\w&'-]* ){1,2}(?:della|delle|del|de|di|du|des|do|da|dos|van|von|der) $")
_TICKER_GAP: Final = re.compile(r"\s(?:&lt;|<)[A-Z][A-Z0-9]*(?:\.[A-Z]{1,2})?>\s(?:[a-z]+\s)?$")
_SHORT_BEFORE: Final = re.compile(r"(?<![\w.])(?:[Aa]n?|[Tt]he) ((?:[A-Z][\w&.'-]* ){1,3})$")


def _contains_run(name: list[str], words: list[str]) -> bool:
    n = len(words)
    return len(name) > n and any(name[i:i + n] == words for i in range(len(name) - n + 1))


def _set_off_after(text: str, ent: Ent, head: str) -> bool:
    """'the port and transport union, FNV, ...': the body's name set off right after the head word."""
    for s, _e in ent.mentions[:4]:
        if text.endswith((head + ", ", head + " "), 0, s):
            return True
    return False
# '..., a spokesman for the Acme Council said.': the body speaks, the utterance is the clause before
# a firm's trade word between 'for' and its name: 'for brokers James Capel', 'for merchant bankers Acme' (round 25)
_SECTOR: Final = r"(?:(?:stock|ship)?brokers?|brokerage(?: house| firm)?|(?:merchant |investment )?bank(?:ers)?|accountants|consultants)"
_SPOKES_FOR_SECTOR: Final = re.compile(r"spokes(?:man|woman|person) for (?:the )?" + _SECTOR + " $")
_SPOKES_FOR_GAP: Final = re.compile(r" *(?:an? |the |its )?spokes(?:man|woman|person) for (?:the )?(?:" + _SECTOR + " )?")
# 'spokesman said', 'officials told' (group 1: the verb); the body's head word may stand before ('company officials')
_SPOKES_VERB: Final = re.compile(r"(?:spokes(?:man|woman|person)|officials?|executives?|aides?)(?: also)? "
                          r"(said|told|added|confirmed)\b")
_SPOKES_HEAD: Final = re.compile(r"\b(company|firm|ministry|bank|agency|department|commission|airline|utility|union|committee"
                          r"|council|institute|exchange|board|association|authority) $")  # board..: round 27
# round 31: a party named by its adjective before its spokesman ('A Socialist spokesman said'): group 1
_PARTY_ADJ_BEFORE: Final = re.compile(r"(?<![\w.])(?:[Aa]n?|[Tt]he) (Socialist|Conservative|Liberal|Communist|Labour|Labor|Gaullist"
                               r"|Liberal Democratic|Social Democratic|Christian Democratic|Free Democratic) $")


# ', saying' after a clause (group 1), or 'quoted <speaker> as saying'
_SAYING: Final = re.compile(r"(, saying(?: that)? )|\bquoted [^,.;:\"“”]{2,90}? as saying(?: that)? ")
# round 60: 'X was quoted (by the agency) as saying': the subject speaks (scanned only when 'quoted' occurs)
_QUOTED_PASSIVE: Final = re.compile(r"\b(?:was|were|is|are|has been|have been|had been) quoted(?: by [^,.;:\"“”]{2,80}?)?"
                             r" as saying(?: that)? ")
_AUX_BEFORE: Final[tuple[str, ...]] = (" was ", " were ", " is ", " are ", " been ")
# a finite verb right after a sentence-opening name: '<Acme Corp> cut', 'Jane Roe has', '<Acme Inc> <ACME> said'
_FINITE_AFTER: Final = re.compile(r"(?: &lt;[A-Z.]+>| <[A-Z.]+>)?(?: [a-z]+ly)? (?:[a-z]+ed|has|had|is|was|were|are|cut|"
                           r"set|put|made|took|sold|won|lost|held|paid|bought|quit|withdrew|rejected|said)\b")


def _ticker_start(text: str, gt: int, floor: int) -> int:
    """Where a Reuters stock ticker ('<BAEL.L>', '&lt;KLM.AS>') closing at ``text[gt] == '>'`` opens, or -1."""
    lt = text.rfind("&lt;", max(floor, gt - 16), gt)
    if lt < 0:
        lt = text.rfind("<", max(floor, gt - 13), gt)
    if lt <= floor or text[lt - 1] != " " or len(text[lt:gt].split(None, 2)) > 2:
        return -1
    return lt


def _first_hit(a: Analysis, start: int, end: int, kind: str) -> Hit | None:
    """``next(iter(a.hits_in(start, end, kind)), None)`` without building the hits after the first."""
    wr = a.res.word_rx.get(kind)
    if wr is None:
        return next(iter(a.hits_in(start, end, kind)), None)
    if len(wr[1]) == 1 and a.low.find(next(iter(wr[1])), start, end) < 0:
        return None  # one word ('bahwa', 'kepada', 'that', 'to'), not in the window: no regex search
    m = wr[0].search(a.low, start, end)
    return Hit(m.start(), m.end(), kind, wr[1][m.group(0)]) if m is not None else None


def _quotes(text: str) -> list[tuple[int, int, str]]:
    """``_QUOTE.finditer(text)`` as (start, end, quoted words), matched only where a quotation mark opens (str.find
    is far quicker than the regex engine's scan, which tries both alternatives at every offset)."""
    out: list[tuple[int, int, str]] = []
    i = text.find('"')
    j = text.find("“")
    while i >= 0 or j >= 0:
        k = j if i < 0 or 0 <= j < i else i
        q = _quote_at(text, k)
        if q is not None:
            out.append((k, q[0], q[1]))
            pos = q[0]
        else:
            pos = k + 1
        if 0 <= i < pos:
            i = text.find('"', pos)
        if 0 <= j < pos:
            j = text.find("“", pos)
    return out


def _first_of(a: int, b: int) -> int:
    """The smaller of two str.find results, -1 when neither found anything."""
    return a if b < 0 or 0 <= a < b else b


def _quote_at(text: str, k: int) -> tuple[int, str] | None:
    """``_QUOTE.match(text, k)`` as (end, quoted words), by str.find: a straight quote runs to the next straight
    quote (at most 3,000 characters, no newline), else back to the last curly close quote within that reach; a
    curly open quote to the first curly close quote, else to a straight one, with nothing in between that stops
    it. (The compiled core spent ~30 K instructions an article in the regex engine here.)"""
    n = len(text)
    s = k + 1
    lim = min(n, s + 3001)
    nl = text.find("\n", s, lim)
    if text[k] == '"':
        e = _first_of(text.find('"', s, lim), nl)
        if e < 0:
            e = lim
        elif text[e] == '"' and e - s >= 2:
            return e + 1, text[s:e]
        r = text.rfind("”", s + 2, e)
        return (r + 1, text[s:r]) if r >= 0 else None
    c = text.find("”", s, lim)
    e = _first_of(c, nl)
    if e >= 0 and e == c and e - s >= 2:
        return e + 1, text[s:e]
    q = text.find('"', s, lim)
    e = _first_of(e, q)
    if e >= 0 and e == q and e - s >= 2:
        return e + 1, text[s:e]
    return None


# '"...," a Bank of Japan spokesman said': an article, a body's capitalised name, then its spokesman (round 45)
_A_BODY_SPOKESMAN: Final = re.compile(r"(?:an?|An?) [A-Z][\w.&'’-]* (?:(?:[A-Z][\w.&'’-]*|of|for|and) ){0,5}(?:spokes(?:man|woman|person)|officials?|sources?)"
                               r" (?:said|says|told|added)\b"
                               # round 47: '"...," a spokesman for the Trade Ministry told Reuters': the body after 'for'
                               r"|(?:an?|An?) spokes(?:man|woman|person) for (?:the )?[A-Z][\w.&'’-]*"
                               r" (?:(?:[A-Z][\w.&'’-]*|of|for|and) ){0,6}(?:said|says|told|added)\b")


_AFTER_QUOTE_RX: Final[dict[str, tuple[object, re.Pattern[str] | None]]] = {}
# round 60: '"...," he was quoted (by the agency) as saying.': the attribution after a quotation
_WAS_QUOTED_AFTER: Final = re.compile(r"(?:[Hh]e|[Ss]he|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}) ((?:was|were) quoted)"
                               r"(?: by [^,.;:\"“”]{2,80}?)? as saying[.,]")


def _after_quote_verbs(a: Analysis) -> re.Pattern[str] | None:
    """round 60: the lexicon's say_verbs_after_quote as one pattern (compiled once per lexicon)."""
    lex = a.res.lex
    got = _AFTER_QUOTE_RX.get(a.lang)
    if got is None or got[0] is not lex:
        words = sorted(lex.say_verbs_after_quote, key=len, reverse=True)
        got = (lex, re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")(?:nya\b|(?= ))") if words else None)
        # (round 64: also the word with the suffix '-nya' as its speaker: '"...," pesannya.')
        _AFTER_QUOTE_RX[a.lang] = got
    return got[1]


# round 64: '-nya' forms after a quotation that are not in the lexicon's say_verbs_after_quote as stems
_NYA_AFTER_QUOTE_EXTRA: Final = frozenset({"akunya"})


def _nya_after_quote(a: Analysis, at: int) -> int:
    """round 64: the end of a '-nya' attribution after a quotation whose stem is a word of saying only there
    ('pesannya', 'imbaunya', 'cetusnya', 'keluhnya', 'akunya'), else -1 ('ujarnya' keeps its own reading)."""
    # what _NYA_WORD.match(a.low, at) matches, by hand: the run of a-z from ``at`` ending in 'nya' with no word
    # character after it (\w: isalnum() or '_')
    low = a.low
    n = len(low)
    j = at
    while j < n and "a" <= low[j] <= "z":
        j += 1
    if j - at < 4 or not ends_at(low, "nya", at, j) or j < n and (char_alnum(low[j]) or low[j] == "_"):
        return -1
    w = low[at:j]
    return j if w in _NYA_AFTER_QUOTE_EXTRA or w[:-3] in a.res.say_verbs_after_quote else -1


_NYA_WORD: Final = re.compile(r"[a-z]+nya\b")


def _nya_speaker(sp: _Speakers, sentence_of, qs: int, at: int, end: int) -> tuple[Ent | None, Mention | None]:  # type: ignore[no-untyped-def]
    """round 64: the suffix is the person the quotation's sentence, or the one before it, is about: the
    person named last before the quotation (as 'kata dia' is resolved), when named there."""
    ent, _ = sp._resolve_anaphor(Hit(qs, qs, "pronoun", None))
    if ent is None or ent.type != "PERSON":
        return None, None
    ss = sentence_of(qs)[0]
    ps = sentence_of(ss - 1)[0] if ss > 0 else ss
    if not any(ps <= s and e <= qs for s, e in ent.mentions):
        return None, None
    return ent, Mention(at, end, ent, "anaphor")


def _after_quote_maybe(a: Analysis) -> bool:
    """round 60: a word that attributes a quotation only after it ('pesan', 'demikian') occurs at all."""
    aq = _after_quote_verbs(a)
    return aq is not None and (aq.search(a.low) is not None or a.lang == "id" and "demikian " in a.low)


def _clean_clause(s: str) -> str:
    s = s.strip(" ,.:;\"“”")
    return s


def _sentence_at(sentences: list[tuple[int, int]], sent_starts: list[int], pos: int) -> tuple[int, int]:
    """find_statements' sentence_of(pos), called natively (the compiled core calls a nested function generically)."""
    i = bisect_right_int(sent_starts, pos) - 1
    return sentences[i if i > 0 else 0]


def find_statements(a: Analysis, sentences: list[tuple[int, int]], check) -> list[RawStatement]:  # type: ignore[no-untyped-def]
    """Every attributed utterance of the article, in text order."""
    text = a.text
    verb_hits = [h for h in a.hits if h.kind in _VERB_KINDS]
    if a.lang == "id":
        # 'sinar yang terang', 'lebih jelas': a bare post-posed verb form after a degree word is an adjective
        verb_hits = [h for h in verb_hits if not (h.kind == "say_post" and h.value in _ADJECTIVE_FORMS
                                                  and _may_end_with(a.low, max(0, h.start - 9), h.start, _DEGREE_TAILS)
                                                  and _DEGREE_BEFORE.search(a.low, max(0, h.start - 9), h.start))]
    if not verb_hits and not (a.lang == "id" and (_PASSIVE_SAY_LOW.search(a.low) or _OCCASION_VERB_ID.search(a.low))) \
            and not (a.lang == "en" and " saying" in a.low) \
            and not (('"' in text or "“" in text) and _after_quote_maybe(a)):
        return []  # no verb of saying: neither quotes nor reported speech can be attributed
    sp = _Speakers(a)
    res = a.res  # its word lists as frozensets (resource_types.LangResources)
    out: list[RawStatement] = []
    used_verbs: set[int] = set()
    sent_starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        i = bisect_right_int(sent_starts, pos) - 1
        return sentences[i if i > 0 else 0]

    # Direct quotations with an attribution right after or right before the quote.
    spans: list[tuple[int, int]] = []  # every quotation's span
    if '"' in text or "“" in text:
        for qs, qe, inner in _quotes(text):
            spans.append((qs, qe))
            inner_start = qs + 1
            if len(inner.split(None, 2)) < 3:
                continue
            ent = mention = None
            verb_at = -1
            # After: '"...," kata Blinken' / '"...," Blinken said' / '", said Baker'.
            p = qe
            while p < len(text) and text[p] in " ,":
                p += 1
            recap = -1
            if a.lang == "id" and (starts_at(a.low, "demikian ", p) or starts_at(a.low, "begitu ", p)) \
                    and not any(h.kind in ("say_post", "say_pre") for h in sp.hits_starting(p)):
                recap = p
                p += 9 if starts_at(a.low, "demikian ", p) else 7
                # '"...," demikian tulis X', '"...," begitu kata X': the recap word before a post-posed verb
            for h in sp.hits_starting(p):
                if h.kind in ("say_post", "say_pre"):
                    ent, mention = sp.after(h.end, min(len(text), h.end + 80))
                    verb_at = h.start
                    break
            if verb_at < 0 and p < len(text) and char_lower(text[p]) and (aq := _after_quote_verbs(a)) is not None \
                    and (vm := aq.match(a.low, p)) is not None:
                # round 60: '"...," pesan X', '"...," buka X', '"...," ditambahkan X': words that are verbs of
                # saying only here, between a closing quotation and the speaker (lexicon say_verbs_after_quote)
                ent, mention = sp.after(vm.end(), min(len(text), vm.end() + 80))
                verb_at = vm.start()
            if ent is None and verb_at >= 0 and a.lang == "id" and (ne := _nya_after_quote(a, verb_at)) > 0:
                ent, mention = _nya_speaker(sp, sentence_of, qs, verb_at, ne)  # round 64: '"...," pesannya.'
                if ent is None and (ss0 := _sentence_at(sentences, sent_starts, qs)[0]) == qs:
                    # (a quotation opening its sentence after one opening with a name the entity stage did not
                    # build, as for 'Dia menyatakan' there)
                    um = _unbuilt_previous_subject(a, sp, sentences, sent_starts, ss0)
                    ent, mention = (um.ent, Mention(verb_at, ne, um.ent, "anaphor")) if um is not None else (None, None)
            if verb_at < 0 and recap >= 0 and p < len(text) and char_lower(text[recap]) and char_upper(text[p]) \
                    and not any(h.kind == "according" for h in sp.hits_starting(p)):
                # round 60: '"...," demikian Presiden Jokowi.', '"...," demikian Anggun menuliskan': the recap
                # word alone, then the speaker's name (not a new sentence: 'Begitu ...' after a full stop)
                ent, mention = sp.after(p - 1, min(len(text), p + 80))
                if mention is not None and mention.start > p + 40:
                    ent = mention = None
            if ent is None and verb_at < 0:
                # '"..." Blinken said' : a speaker then a verb of saying.
                m = sp.by_start.get(p)
                if m is not None:
                    q = m.end
                    while q < len(text) and text[q] == " ":
                        q += 1
                    for h in sp.hits_starting(q):
                        if h.kind in ("say_pre", "say_post"):
                            ent, mention = sp.before(h.start, qe)
                            verb_at = h.start
                            break
                if verb_at < 0 and (m is not None or (a.hits_in(p, p + 40, "title") and next(
                        (x.ent.type for x in a.mentions_in(p, p + 80)), None) == "PERSON")
                        or a.lang == "en" and _A_BODY_SPOKESMAN.match(text, p) is not None
                        or a.lang == "en" and _THE_SPEAKER_AFTER_QUOTE.match(text, p) is not None):
                    # (round 59: also '"...," the EIU said', '"...," the Treasury brief said', 'the company said')
                    # (round 45: also '"...," an Institute spokesman said', '"...," a Bank of Japan official said')
                    # (also when a title opens it: '"...," Finance Minister X said', 'central bank president X')
                    # '"...," U.S. Department of Agriculture Deputy Administrator Walter Beale said.': the
                    # attribution is a longer noun phrase ending in a verb of saying.
                    end = min(p + 120, _sentence_at(sentences, sent_starts, p)[1])
                    cut = min((i for i in (text.find('"', p, end), text.find("“", p, end)) if i >= 0), default=end)
                    for h in a.hits_in(p, cut):
                        if h.kind in ("say_pre", "say_post"):
                            ent, mention = sp.before(h.start, qe)
                            if ent is not None:
                                verb_at = h.start
                            break
            if ent is None and verb_at < 0 and a.lang == "en" \
                    and (wq := _WAS_QUOTED_AFTER.match(text, p, min(len(text), p + 160))) is not None:
                # round 60: '"...," he was quoted as saying.', '"...," Jane Roe was quoted by the agency as
                # saying.': the subject speaks, the agency after 'by' only relays
                ent, mention = sp.before(wq.start(1), qe)
                if ent is not None and ent.type not in ("PERSON", "ORG"):
                    ent = mention = None
            if ent is None and verb_at < 0:
                # Before: 'Blinken mengatakan: "..."' / 'Blinken said, "..."'.
                p = qs
                while p > 0 and text[p - 1] in " ,:":
                    p -= 1
                for h in sp.hits_ending(p):
                    if h.kind in ("say_pre", "say_post"):
                        ss, _ = _sentence_at(sentences, sent_starts, h.start)
                        ent, mention = sp.before(h.start, ss)
                        verb_at = h.start
                        break
            if verb_at >= 0:
                used_verbs.add(verb_at)
            if ent is None:
                continue
            s = _sentence_at(sentences, sent_starts, qs)
            out.append(RawStatement(ent, mention, inner.strip(" ,"), "direct", inner_start, s, None, 0.9))

    # Reported speech, sentence by sentence, only where a verb of saying occurs.
    relay_pending: set[int] = set()  # 'Dilansir X, ...' with another verb of saying in its sentence (round 30)
    pending: list[RawStatement] = []
    by_sentence: dict[tuple[int, int], list[Hit]] = {}
    for h in verb_hits:
        sent = _sentence_at(sentences, sent_starts, h.start)
        if h.end <= sent[1]:
            bs = by_sentence.get(sent)
            if bs is None:
                by_sentence[sent] = [h]
            else:
                bs.append(h)
    for (ss, se), verbs in by_sentence.items():
        check()
        for h in verbs:
            if h.start in used_verbs:
                continue
            if a.lang == "id" and h.kind == "say_pre" \
                    and _may_end_with(a.low, max(ss, h.start - 24), h.start, _NOT_YET_TAILS) \
                    and _NOT_YET_ID.search(a.low, max(ss, h.start - 24), h.start):
                used_verbs.add(h.start)
                continue  # round 36: 'tim Dokkes belum memastikan identitas korban': not yet said, no utterance
            if a.lang == "id" and h.value.startswith("memberi") \
                    and _LIGHT_NOT_SAID_ID.search(a.low, max(ss, h.start - 50), h.start):
                used_verbs.add(h.start)
                continue  # round 36: 'tak memberikan komentar', 'setelah Jokowi memberi tanggapan': no comment given
            if a.lang == "id" and h.value == "berjanji" and _IN_AGREEMENT_ID.match(a.low, ss, h.start):
                used_verbs.add(h.start)
                continue  # 'Dalam pakta tersebut, AS berjanji membela ...': a term of the agreement, not an utterance
                # (round 29)
            if h.value in _ACTION_BEFORE_TO and _TO_INFINITIVE.match(a.low, h.end):
                used_verbs.add(h.start)
                continue  # 'Purolator agreed to be acquired': an action, not an utterance
            if h.kind == "say_pre" and h.value in res.say_verbs_framed \
                    and not _FRAMED_NEXT[a.lang].match(a.low, h.end):
                used_verbs.add(h.start)
                continue  # 'Polisi mengungkap kasus', 'Hughes proposed a merger': an act, not an utterance (round 20)
            if a.lang == "en" and h.value in ("declared", "declares", "declare") and _DECLARED_ACT.match(a.low, h.end):
                used_verbs.add(h.start)
                continue  # 'declared a quarterly dividend', 'declared bankruptcy', 'declared the company in default':
                # an act done by declaring, not an utterance (round 29)
            if a.lang == "en" and h.kind == "say_pre" and h.value == "wrote" and a.low.startswith((" off", " down"), h.end):
                used_verbs.add(h.start)
                continue  # 'the bank wrote off its loans': an accounting act, not an utterance (round 11)
            if a.lang == "en" and h.kind == "say_pre" and h.value in _WEAK_SAY and _attributed_later(text, h, verbs, se):
                continue  # 'Jamaica agreed to ..., the agency said': inside another speaker's report (round 11)
            if a.lang == "en" and h.kind != "according" and a.low.find(" that ", ss, h.start) >= 0 \
                    and any(v.start < h.start and v.kind != "according" and a.low.find(" that ", v.end, h.start) >= 0
                            for v in verbs) \
                    and sp._hit_ending(sp._skip_back(h.start, ss), "pronoun") is not None:
                continue  # 'The Post said X was ready to testify that he told Y ...': the pronoun's words are
                # inside the earlier speaker's report (round 38)
            if a.lang == "en" and h.value == "agreed" and a.low.find(" and ", max(ss, h.start - 150), h.start) >= 0 \
                    and sum(1 for x in a.mentions_in(max(ss, h.start - 150), h.start)
                            if x.ent.type in ("GPE", "ORG") and text[x.end:x.end + 2] in (", ", " a")) >= 3:
                continue  # 'the United States, Japan, France and Canada agreed that ...': several parties' joint
                # agreement at a meeting is an act, not one speaker's utterance (round 38)
            if h.value == "informed" and (_INFORMED_ADJ.search(a.low, max(ss, h.start - 9), min(se, h.end + 11))
                                          or any(v.start < h.start for v in verbs)):
                used_verbs.add(h.start)
                continue  # 'well informed sources said', 'they said X had informed Y': not X's own utterance
            if h.kind == "according" and h.value not in res.according_to and _relays(text, ss, se, verbs):
                if a.lang != "id" or _quotes_relayed_id(text, ss, se) \
                        or any(v.kind == "say_post" and v.end <= h.start for v in verbs):
                    continue  # 'Dilansir AFP, ...' before someone's quoted words: the outlet only relays them
            if h.kind == "according" and a.lang == "id" and (h.value not in res.according_to
                                                              or text.find(" via ", h.end, se) >= 0
                                                              and _VIA_RELAY_ID.match(text, h.end, se) is not None):
                relay_pending.add(h.start)  # round 30: settled once the sentence's speakers are known
                # (round 49: 'menurut The Guardian via SBS, X berkata ...': a chain of outlets relays like 'dilansir')
            if h.kind == "according" and any(v.kind == "say_post" and v.end <= h.start for v in verbs) \
                    and ('"' in text[ss:h.start] or text.find("“", ss, h.start) >= 0) \
                    and not starts_at(a.low, " penuturan", h.end):  # not 'menurut penuturan X': her own account
                continue  # '"...," tutur X, ..., menurut Goalnews': X's quote relayed by the outlet (round 23)
            used_verbs.add(h.start)
            quoted = _inside_quote(text, ss, h.start) or _closes_quote(a, ss, h.start, se) \
                or a.lang == "en" and any(qs < ss and h.start < qe for qs, qe in spans if qe > ss)
            # (a quotation opened in an earlier sentence runs on over this one: '... said: "We grow. Whether
            # ..., as the Kiel Institute forecast, remains open."' -- the institute is quoted, not speaking; round 15)
            if quoted and (h.kind != "say_pre" or h.value in _NOT_REPORTED_IN_QUOTE):
                continue
            if a.lang == "id" and h.value in res.request_verbs and _QUOTE_CLOSE.search(text, h.end, se) \
                    and not any(c in text[ss:h.start] for c in '"“”'):
                continue  # '"... Keluarga X telah meminta privasi," pernyataan Y': a request the quoted speaker reports (round 25)
            if h.kind == "say_pre" and _may_end_with(a.low, max(ss, h.start - 24), h.start, _PASSIVE_TAILS) \
                    and _PASSIVE.search(a.low, max(ss, h.start - 24), h.start):
                continue  # 'as has been widely reported': a passive verb of saying has no speaker before it
            if h.value == "mengklaim" and (acm := _ATTACK_CLAIMED_ID.match(a.low, h.end)) is not None \
                    and _CLAIM_PREDICATE_ID.search(a.low, acm.end(), _clause_end(a.low, acm.end(), se)) is None:
                continue  # round 43: 'ISIS mengklaim serangan itu': an attack claimed as the group's deed, no words
                # (not 'mengklaim serangan itu tidak terjadi': a clause about the attack)
            if h.value in _COMPLAINT_VERBS and (_COMPLAINT_TO.match(a.low, h.end, min(se, h.end + 80))
                                                or starts_at(a.low, " secara ", h.end)):
                continue  # 'melaporkan kasus itu ke polisi' (a complaint), 'melaporkan secara ekstensif' (a job)
            if h.value == "memastikan" and _SECURED.match(a.low, h.end):
                continue  # 'memastikan tiket ke final', 'memastikan gelar juara': securing a result, not an utterance
            if h.value == "memastikan" and (_ENSURE_BEFORE.search(a.low, max(ss, h.start - 10), h.start)
                                            or _ENSURE_AFTER.match(a.low, h.end, min(se, h.end + 90))):
                continue  # 'Demi memastikan ...', 'memastikan set itu menjadi miliknya': making sure of something,
                # not a report (round 25)
            if h.value == "menjanjikan" and (_PROMISING_BEFORE.search(a.low, max(ss, h.start - 12), h.start)
                                             or _PROMISING_AFTER.match(a.low, h.end)):
                continue  # 'prospek yang menjanjikan', 'tampil menjanjikan dengan ...': promising, not a promise
                # (round 30)
            if h.kind == "say_pre" and h.value in res.request_verbs and not _request_clause(a, h.end, se):
                continue  # 'Juventus meminta tebusan 80 juta euro': a demand for a thing, not an utterance
            ent = mention = addressee = None
            quote = ""
            start = h.start
            if h.kind == "according":
                report_yang = a.lang == "id" and _may_end_with(a.low, max(ss, h.start - 24), h.start, _YANG_TAIL) \
                    and _REPORT_YANG_ID.search(a.low, max(ss, h.start - 24), h.start) is not None
                if a.lang == "id" and h.value not in res.according_to and ends_at(a.low, "yang ", ss, h.start) \
                        and not report_yang:  # (round 37: 'kabar yang dilansir X', 'penelitian yang dilansir dari X')
                    continue  # 'Menurut X yang dikutip dari Y': Y (a known outlet) only relays X's words
                if a.lang == "id" and (h.value not in res.according_to or starts_at(a.low, " laporan ", h.end)) \
                        and (not ends_at(a.low, "yang ", ss, h.start) or report_yang):  # ('menurut X yang dikutip dari Y': Y relays)
                    o = h.end + 8 if starts_at(a.low, " laporan ", h.end) else h.end  # 'menurut laporan X'
                    ent, mention = sp.outlet_after(o, min(se, h.end + 80))
                if ent is None:
                    ent, mention = sp.after(h.end, min(se, h.end + 80))
                if ent is None and a.lang == "id" and h.value not in res.according_to \
                        and (dn := _SOURCE_DOC_ID.match(text, h.end)) is not None \
                        and "demikian" not in a.low[ss:h.start]:  # ('Demikian dilansir laman X.': a closing credit)
                    # round 30: 'Dilansir dari postingan X', 'Dikutip dari rilis X', 'dari laman resmi X': the
                    # owner of the post, release or site named after it
                    ent, mention = sp.outlet_after(dn.end(), min(se, dn.end() + 80))
                    if ent is None:
                        ent, mention = sp.after(dn.end(), min(se, dn.end() + 80))
                if ent is None and a.lang == "id" and h.value == "melansir" and _OWN_REPORT_NEXT.match(text, h.end):
                    ent, mention = sp.before(h.start, ss)  # round 30: 'Reuters pada Rabu melansir, Abedi lahir ...'
                    if ent is not None and ent.type not in ("ORG",):
                        ent = mention = None  # (an outlet's own report: a body, not a person or a country)
                if ent is None:
                    continue
                if a.lang == "id" and mention is not None and h.value not in res.according_to \
                        and a.low[ss:h.start].strip(' "“') in ("", "seperti", "sebagaimana") \
                        and _CREDIT_ONLY_ID.fullmatch(a.low, mention.end, se) is not None:
                    continue  # round 61: 'Seperti dilansir X, Selasa (18/10).': a source credit, no utterance
                if a.lang == "id" and mention is not None and ent.type == "PERSON" and " " not in ent.name \
                        and ent.role is None and h.value.endswith(" laporan") and mention.start == h.end + 1:
                    mention = sp._new_mention(mention.start, mention.end, "ORG")  # round 25: 'Berdasarkan laporan
                    ent = mention.ent  # People,': a report's one-word author with no role or full name is an outlet
                if mention is not None and a.lang == "en" and _FIGURES_AFTER.match(text, mention.end):
                    continue  # 'according to Census Bureau figures': statistics recorded, not an utterance
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
                    if h.value == "say" and a.lang == "en" \
                            and sp._hit_ending(sp._skip_back(h.start, ss), "group") is None:
                        continue  # plural 'say' only after a group noun: 'U.S. officials say', 'union officials
                        # say' (not 'Proponents say': a plural subject the speaker rules do not read) (round 15)
                    ent, mention = sp.before(h.start, ss)
                    if ent is None and a.lang == "id" and _may_open_pronoun(a.low, ss) \
                            and (po := _PRONOUN_OPEN.match(a.low, ss)) is not None \
                            and sp._skip_back(h.start, ss) == po.end() - 1:
                        mention = _unbuilt_previous_subject(a, sp, sentences, sent_starts, ss)  # round 36
                        ent = mention.ent if mention is not None else None
                if quoted:
                    # '"Pak Ketua Umum Airlangga Hartarto menyarankan agar ..."': someone the speaker reports as
                    # saying something speaks too -- when named (a pronoun there is the quoted speaker's 'he')
                    if ent is None or mention is None or mention.how != "name" or ent.type != "PERSON" \
                            or (" " not in ent.name and not ent.id):
                        continue
                if ent is None and h.value.startswith(_RECAP) and not text[ss:h.start].strip(' "“'):
                    # 'Demikian disampaikan Menlu Retno di Jakarta.': the utterance is the sentence before.
                    ent, mention = sp.after(h.end, min(se, h.end + 80))
                    if ent is None or ss == 0:
                        continue
                    ps = _sentence_at(sentences, sent_starts, ss - 1)
                    if (any(x.kind in _VERB_KINDS for x in a.hits_in(ps[0], ps[1])) or '"' in text[ps[0]:ps[1]]
                            or "“" in text[ps[0]:ps[1]]) and not h.value.endswith(_RECAP_REPORTED):
                        continue  # the sentence before already has its speaker (round 46: but 'Demikian dilaporkan
                        # KCNA.' after it: the article attributes the report to the outlet, which speaks too)
                    quote, start = text[ps[0]:ps[1]], ps[0]
                if ent is None and (h.kind == "say_post" or a.lang == "en" and h.value in _POST_TOO
                                    and (h.value not in _POST_ONLY_SET_OFF or _NAMED_NEXT.match(text, h.end))):
                    # '<clause>, kata Blinken.' : the verb follows a comma.
                    j = h.start
                    while j > ss and text[j - 1] == " ":
                        j -= 1
                    if j > ss and text[j - 1] in ",\"”":
                        ent, mention = sp.after(h.end, min(se, h.end + 80))
                        if ent is None and a.lang == "id" and text[j - 1] == "," and ends_at(a.low, "nya", ss, h.end) \
                                and h.end < se and text[h.end] in " ,." and h.value not in res.say_verbs_pre:
                            # '<clause>, katanya, <clause>.' outside quotation marks: the suffix is the speaker
                            # named before, as in 'kata dia', when that person has spoken already (round 27)
                            ent, mention = sp._resolve_anaphor(Hit(h.start, h.end, "pronoun", None))
                            if ent is not None and not any(r.speaker is ent and r.start < h.start for r in out):
                                ent = mention = None
                        if mention is not None and a.lang == "en" and _SUBJECT_NEXT.match(a.low, mention.end):
                            ent = mention = None  # 'The paper, ..., said Ford plans to ...': Ford is reported on
                        if ent is not None:
                            quote = text[ss:j - 1]
                            start = ss
                            pe = mention.end if mention is not None else (
                                pm.end() - 2 if (pm := _PRONOUN_SET_OFF.match(a.low, h.end)) is not None else -1)
                            if a.lang == "id" and pe > 0 and len(quote.split(None, 1)) < 2 and pe + 2 < se and (
                                    starts_at(text, ", ", pe) or mention is not None and text[pe] == " "
                                    and char_lower(text[pe + 1])):
                                # 'Sebaliknya, kata Ella, tanpa ...', 'Namun, kata dia, ...', 'Padahal, kata Heri
                                # sebelumnya tidak ...': one opening word, the verb set off inside the sentence; the
                                # utterance runs on after the speaker (round 27)
                                quote = quote + " " + text[pe + 1:se].lstrip(" ")
                    elif h.kind == "say_post" and h.value in res.say_verbs_pre:
                        ent, mention = sp.before(h.start, ss)
                if ent is None and a.lang == "en" and h.value in _IT_VERBS and _IT_OPEN.fullmatch(text, ss, h.start):
                    ent, settled = _it_antecedent(a, sp, out, sentences, sent_starts, ss)  # 'It said ...' (round 20)
                    i0 = ss + (text[ss] in "\"“")
                    mention = Mention(i0, i0 + 2, ent, "anaphor") if ent is not None and settled else None
                if ent is None and a.lang == "en" and h.kind == "say_pre" and h.value in _AND_SAID_VERBS \
                        and not quoted and ends_at(a.low, " and ", ss, sp._skip_back(h.start, ss) + 1):
                    ent, mention = _and_said_subject(a, sp, ss, h.start)  # round 50: 'X rejected it and said ...'
                if ent is None:
                    continue
                if a.lang == "id" and mention is not None \
                        and _may_end_with(a.low, max(ss, mention.start - 120), mention.start, _TENTANG_TAIL) \
                        and _LAW_TITLE_ID.search(a.low, max(ss, mention.start - 120), mention.start) is not None:
                    continue  # round 61: 'UU No 12 Tahun 2011 tentang Pembentukan ... menyebutkan': a law's title
                if not quote:
                    p = h.end
                    addr_hit = _first_hit(a, p, min(se, p + 12), "addr")
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
                        elif comp_hit := _first_hit(a, p, min(se, p + 40), "comp"):
                            p = comp_hit.start
                        else:  # 'told reporters ...', 'told a news conference ...'
                            nxt = text.find(" ", p + 1, se)
                            p = nxt if nxt > 0 else p
                    comp = _first_hit(a, p, min(se, p + 40), "comp")
                    if comp is not None:
                        p = comp.end
                    quote = text[p:se]
                    start = p
                    content = _clean_clause(quote)
                    if mention is not None and (len(content.split(None, 1)) < 2
                                                or (a.lang == "en" and _ADVERBIAL_ONLY.fullmatch(content))):
                        # '..., U.S. officials said.': the utterance is the clause before the speaker.
                        c = text.rfind(",", ss, mention.start)
                        if a.lang == "en" and c > ss and (tc := next((t for t in a.hits_in(ss, mention.start, "title")
                                                                      if t.start < c < t.end), None)) is not None:
                            c = text.rfind(",", ss, tc.start)  # 'Minister of Agriculture, Forestry and Fisheries X' (round 27)
                        if c > ss and (not text[c + 1:mention.start].strip(" ").lower().strip("the a")
                                       or _ROLE_GAP.fullmatch(text, c + 1, mention.start)
                                       or _SPOKES_FOR_GAP.fullmatch(text, c + 1, mention.start)
                                       or _spokes_for_country(a, c + 1, mention.start)
                                       or _possessor_gap(a, c + 1, mention)
                                       or _country_gap(a, c + 1, mention)
                                       or _coordinated_gap(sp, c + 1, mention)
                                       or a.lang == "en" and mention.ent.type == "ORG"
                                       and _RANK_GAP_EN.fullmatch(text, c + 1, mention.start) is not None
                                       or _title_gap(a, c + 1, mention)
                                       or _DEMONYM_GAP.fullmatch(text, c + 1, mention.start)
                                       and any(x.how == "demonym" for x in a.mentions_in(c + 1, mention.start))
                                       or _employer_gap(a, c + 1, mention)
                                       or _place_role_gap(a, c + 1, mention)
                                       or _BASED_GAP.fullmatch(text, c + 1, mention.start)):
                            quote, start = text[ss:c], ss  # '..., lead manager Societe Generale said.'
            if a.lang == "id" and h.kind == "say_pre" and mention is not None and mention.end <= h.start \
                    and text[h.end:se].strip() == ":" and "\n" in text[se:se + 4]:
                # 'X kepada DailySocial menjelaskan:' closing its paragraph, the next paragraph opening with the
                # quotation: the words quoted are the utterance (round 28)
                nq = se
                while nq < len(text) and text[nq] in " \n":
                    nq += 1
                if text[nq:nq + 1] in ("\"", "“"):
                    ns, ne = _sentence_at(sentences, sent_starts, nq)
                    if ns >= nq - 1:
                        quote, start = text[ns:ne], ns
            quote = _clean_clause(quote)
            if len(quote.split(None, 1)) < 2:
                continue
            while start < se and text[start] in " ,:":
                start += 1
            out.append(RawStatement(ent, mention, quote, "reported", start, (ss, se), addressee,
                                    0.8 if ent.type == "PERSON" else 0.7))
            if h.start in relay_pending:
                pending.append(out[-1])
            if mention is not None and h.kind == "say_pre" and mention.end <= h.start:
                for ent2, m2 in _coordinated(sp, mention, ss):
                    out.append(RawStatement(ent2, m2, quote, "reported", start, (ss, se), None,
                                            0.8 if ent2.type == "PERSON" else 0.7))
    if a.lang == "id" and " di" in a.low:
        _passive_agents(a, sp, out, sentence_of)
    if a.lang == "id" and (" dalam sambutan" in a.low or " dalam pidato" in a.low):
        _speech_occasion_verbs(a, sp, out, sentence_of)  # round 31
    if a.lang == "en" and " saying" in a.low:
        _saying_participles(a, sp, out, sentence_of)
    if a.lang == "en" and ("spokes" in a.low or "official" in a.low or "executive" in a.low):
        _body_spokesmen(a, sp, out, sentence_of)
    if a.lang == "en" and (" statement " in a.low or " communique " in a.low):
        _statements_from(a, out, sentence_of)
    if a.lang == "en" and "ccording to " in text:
        _according_docs(a, out, sentence_of)  # round 29
    if a.lang == "en" and ("he two " in text or "he companies " in text or "he firms " in text):
        _two_bodies(a, out, sentence_of)  # round 29
    if a.lang == "id":
        out = [r for r in out if r.mention is None or not _unnamed_by_context(a, r.mention)]  # round 30
        if len(out) > 1:
            out = [r for r in out if not _body_in_persons_clause(text, r, out)]  # round 33
    if pending:
        _drop_relaying_outlets(a, out, pending)
    if a.lang == "id" and len(out) > 0:
        _drop_closing_credits(a, out)  # round 37
    out.sort(key=lambda r: r.start)
    _merge_short_names(out)
    # 'kata dia' / 'the company said': the last named speaker of that kind, when one spoke just before.
    for i, r in enumerate(out):
        if r.mention is not None:
            continue
        if a.lang == "id" and r.speaker.type == "PERSON":
            subj = _previous_subject(a, sentences, sent_starts, r.sent[0])
            if subj is not None:
                r.speaker = subj  # 'Wakil Presiden X sudah angkat bicara. Dia menyatakan ...': that sentence's subject
                continue
        for prev in reversed(out[:i]):
            if prev.start < r.start - 1200:
                break
            if prev.speaker.type == r.speaker.type and not prev.speaker.group:
                if a.lang == "en" and r.speaker.type == "ORG" and _is_public_body(prev.speaker) \
                        and not _is_public_body(r.speaker) and _COMPANY_ANAPHOR.search(text, r.sent[0], r.sent[1]):
                    continue  # round 64: '"...," the firm said' after 'The SEC charged ...': a company word
                    # takes the last company (as the anaphor resolved it), not a regulator or agency that spoke since
                if a.lang == "en":  # 'Acme said a group led by Beta Corp said it agreed ... The company said':
                    # the main clause's speaker of that sentence, not the one its report names (round 38)
                    prev = next((q for q in out[:i] if q.sent == prev.sent and q.speaker.type == r.speaker.type
                                 and not q.speaker.group), prev)
                r.speaker = prev.speaker
                break
    return out


# Statements round 12 (Indonesian): a body with a lower-case head, its lower-case portfolio words, then a capitalised
# country or name closing it ('menurut kementerian pertahanan Swiss,', 'kata balai lelang Artcurial.').
# '," kata perwakilan Acme kepada wartawan': a representative of a body speaks for it (round 14)
_REPRESENTATIVE_ID: Final = re.compile(r" (?:seorang |salah seorang )?(?:perwakilan|wakil resmi) (?:dari )?")
_REP_BODY: Final = re.compile(r"([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})(?=[,.;]| (?:di|pada|dalam|seperti|kepada|saat|ketika|"
                       r"melalui|lewat|yang)\b)")
_LOWER_BODY_ID: Final = re.compile(r" (kementerian|badan|komisi|dewan|biro|balai lelang|kantor berita|lembaga|kepolisian|pemerintah(?:an)?"
                            r"|kejaksaan|pengadilan|angkatan darat|angkatan laut|angkatan udara|militer|kedutaan besar"
                            r"|perusahaan|pihak|maskapai|organisasi|produsen|operator)"
                            r"((?: [a-z]{3,}){0,3}) ([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2})"
                            r"(?=[,.;]| (?:di|pada|dalam|seperti|kepada|saat|ketika)\b)")
# the first words of _LOWER_BODY_ID's heads (a match has a space after its head): keep in step with the pattern
_LOWER_BODY_HEADS: Final = frozenset({"kementerian", "badan", "komisi", "dewan", "biro", "balai", "kantor", "lembaga",
                                      "kepolisian", "pemerintah", "pemerintahan", "kejaksaan", "pengadilan", "angkatan",
                                      "militer", "kedutaan", "perusahaan", "pihak", "maskapai", "organisasi",
                                      "produsen", "operator"})
_KIND_NOUNS_ID: Final = frozenset({"perusahaan", "pihak", "maskapai", "organisasi", "produsen", "operator"})  # round 43
_DESC_BLOCK_ID: Final = frozenset({"itu", "ini", "tersebut", "yang", "dan", "atau", "dari", "untuk", "kepada", "bahwa", "telah",
                            "sudah", "akan", "juga"})
_RECAP: Final[tuple[str, ...]] = ("demikian ", "begitu ", "hal itu ", "hal tersebut ", "hal ini ")
_RECAP_REPORTED: Final[tuple[str, ...]] = (" dilaporkan", " diberitakan", " diwartakan")  # round 46: 'Demikian dilaporkan X': X reports
_RECAP_NOUNS: Final[tuple[str, ...]] = ("demikian keterangan", "demikian pernyataan", "demikian laporan", "bunyi pernyataan")
_PRONOUN_OPEN: Final = re.compile(r"(?:(?:namun|sementara|selain itu|kemudian|lalu|bahkan),? )?(?:dia|ia|beliau) ")


def _may_open_pronoun(low: str, ss: int) -> bool:
    """What a _PRONOUN_OPEN match at ss needs: 'dia '/'ia ' or 'beliau ' within its first 19 characters (after
    'selain itu, ' at the longest)."""
    return low.find("ia ", ss, ss + 19) >= 0 or low.find("au ", ss, ss + 19) >= 0


_PRONOUN_ANTECEDENT_LEAD: Final = frozenset({"akan", "tetapi", "namun", "sementara", "itu", "kemudian", "lalu", "bahkan",
                                      "sedangkan", "adapun", "sebelumnya", "kini", "di", "sisi", "lain"})


def _previous_subject(a: Analysis, sentences: list[tuple[int, int]], sent_starts: list[int], ss: int) -> Ent | None:
    """A sentence opening with 'Dia'/'Ia' right after a sentence whose subject is a named person: that person
    ('Akan tetapi, Wakil Presiden X sudah angkat bicara. Dia menyatakan ...')."""
    if not _may_open_pronoun(a.low, ss) or _PRONOUN_OPEN.match(a.low, ss) is None:
        return None
    i = bisect_right_int(sent_starts, ss) - 1
    if i <= 0 or sentences[i][0] != ss:
        return None
    ps, pe = sentences[i - 1]
    for m in a.mentions_in(ps, pe):
        if m.ent.type != "PERSON" or m.ent.group:
            return None
        for w in a.text[ps:m.start].replace(",", " ").split():
            if not (char_upper(w[0]) or w.lower() in _PRONOUN_ANTECEDENT_LEAD):
                return None
        if _JUDGED_BY.search(a.text, m.end, pe):
            return None  # 'Sedangkan X, pemain itu dinilai Teco ... Ia melanjutkan': the one who judges X may go
            # on speaking; left to the last speaker (round 28)
        return m.ent
    return None


_APPOSED_BODY: Final = re.compile(r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}, ")  # round 36: 'Setan Merah, ' before the apposed name
_APPOSED_NEXT: Final = re.compile(r", (?:[A-Z]|\()")  # round 36: ', Andy Cole' after the name read: an apposition follows
# round 36: a light verb of saying ('memberikan komentar') refused, negated, to come or hoped for: no utterance
_LIGHT_NOT_SAID_ID: Final = re.compile(r"(?<![a-z])(?:(?:tidak|tak|tanpa|enggan|menolak|akan|bakal|segera|ingin|mau|bisa|dapat)"
                                r"(?: [a-z]+)? |(?:setelah|sebelum|jika|kalau|apabila|bila|hingga|sampai|agar|supaya|untuk"
                                r"|menunggu)(?: [\w.-]+){1,4} )$")
# round 36: 'belum' (not yet) before a verb of saying ('belum memastikan', 'juga belum mau mengomentari'): nothing said
_NOT_YET_ID: Final = re.compile(r"(?<![a-z])belum (?:(?:juga|pernah|sempat|bisa|dapat|mau|ingin|berani|secara resmi|resmi) )?$")
_NOT_YET_TAILS: Final[tuple[str, ...]] = ("belum ", "juga ", "pernah ", "sempat ", "bisa ", "dapat ", "mau ", "ingin ", "berani ",
                         "resmi ")
# round 36: the capitalised name opening a sentence (after a connective or an honorific), then a relative clause or
# a verb: 'Sir Alex Ferguson yang masih menangani United ... kecewa. Ia menyebut ...'
_OPENING_NAME_ID: Final = re.compile(r"(?:(?:namun|sementara itu|kemudian|lalu|bahkan),? )?(?:Sir |Dr\.? |Prof\.? )?"
                              r"((?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+) (?:yang|juga|pun|sempat|lantas|kemudian|telah|"
                              r"sudah|pernah|masih|mengaku|merasa|tampak|terlihat|mulai|baru|[a-z]+(?:kan|i)) ")


def _unbuilt_previous_subject(a: Analysis, sp: _Speakers, sentences: list[tuple[int, int]], sent_starts: list[int],
                              ss: int) -> Mention | None:
    """round 36: 'Ia/Dia menyebut ...' right after a sentence opening with a two- or three-word name the entity stage did
    not build (no person named in that sentence): that name, as a person."""
    i = bisect_right_int(sent_starts, ss) - 1
    if i <= 0 or sentences[i][0] != ss:
        return None
    ps, pe = sentences[i - 1]
    if any(m.ent.type == "PERSON" for m in a.mentions_in(ps, pe)):
        return None
    om = _OPENING_NAME_ID.match(a.text, ps, pe)
    if om is None or a.mentions_in(om.start(1), om.end(1)) or a.hits_in(om.start(1), om.end(1)):
        return None
    res = a.res
    for w in om.group(1).split():
        if w in res.name_stop or w.lower() in res.title_words or w.lower() in res.stopwords or w in res.org_words \
                or f" {w.lower()} " in a.text:
            return None  # (a word the article also writes in lower case is no name)
    return sp._new_mention(om.start(1), om.end(1), "PERSON")


# a passive verb of judging or saying with its named agent ('dinilai Teco', 'disebut Budi'; round 28)
_JUDGED_BY: Final = re.compile(r" di(?:nilai|sebut|anggap|katakan|akui|ungkapkan|jelaskan|puji|kritik) (?:oleh )?[A-Z]")
# '..., the White House said on Monday.': what follows the verb is only when or where it was said (a short
# English adverbial; Indonesian reported speech often opens with 'saat ini' and has no complementizer), so the
# utterance is the clause before the speaker.
_ADVERBIAL_ONLY: Final = re.compile(
    r"(?i:on|in|at|late|early|last|this|yesterday|today|tonight|earlier|later|here|there|during)"
    r"(?:(?: [\w'-]+){0,5})"
)
_ROLE_GAP: Final = re.compile(r" *(?!(?:and|but|while|as|so|or|because|although|though|when|if|dan|tapi|namun)\b)"
                       r"[a-z][a-z-]+(?: [a-z][a-z-]+){0,3} ")
# round 59: '<the|an> <body> brief / statement / report ... said': the body's document (no possessive)
_BODY_DOC: Final = re.compile(r" (?:statement|announcement|release|analysis|report|letter|communique|brief|study|survey|"
                       r"review|newsletter|bulletin|memorandum|forecast)(?: also| today| yesterday)? +$")
_ARTICLE_BEFORE: Final = re.compile(r"(?:^|\b)(?:[Tt]he|[Aa]n?) $")
# round 59: '"...," the EIU said', '"...," the Acme Research Unit said', '"...," the company said': 'the' and up to
# five words, then a verb of saying, right after a quotation
_THE_SPEAKER_AFTER_QUOTE: Final = re.compile(r"[Tt]he (?:[\w.&'-]+ ){1,5}?(?:said|says|told|added|stated|declared|announced|"
                                      r"noted|warned|explained|commented|insisted|argued|concluded)\b")
# "'s statement at midday today " before a verb of saying: the owner of the statement speaks
_OWN_STATEMENT: Final = re.compile(r"'s (?:[a-z]+ )?(?:statement|announcement|release|analysis|report|letter|communique)"
                            r"(?: [a-z]+){0,4} +$")
# 'Acme Bank chief economist ': capitalised words of an employer's name (and title), then lower-case role words
_ROLE_COMMA: Final = re.compile(r"(?: [a-z][a-z-]+){1,3}(?=, [A-Z])")  # ' chief economist' before ', Jane Roe' (round 15)
_EMPLOYER_ROLE: Final = re.compile(r"(?:[A-Z][\w&'.-]*(?: (?:of|and|&|de|for|the))? ){1,6}(?:[a-z][a-z-]+ ){0,3}")
# A finite verb right after the name that follows 'said': the name opens the reported clause
_SUBJECT_NEXT: Final = re.compile(r"(?: [a-z]+ly)? (?:will|would|could|can|may|might|should|must|has|have|had|is|are|was|were|plans|planned"
                           r"|expects|expected|intends|intended|wants|wanted|agreed|hopes|needs|does|did) ")
# '... and <Acme Inc> said', '<Acme Inc> said': a company's name in Reuters' markup opening a subject
_MARKUP_NAME: Final = re.compile(r"(?:^|(?<=\n)|(?<=[\"“])|\b(?:and|&) )&lt;$|^&lt;$")
# 'well informed sources', 'informed circles': 'informed' as an adjective
_INFORMED_ADJ: Final = re.compile(r"(?:well|better|fully|poorly|ill|reliably)[ -]informed|informed (?:sources|circles|quarters"
                           r"|officials|observers|people|diplomats|bankers|traders)")
# 'monitored by X', 'quoted by X', 'as reported by X': an appositive naming the agent of a participle (not
# 'led by X', 'headed by X': the leader speaks for the group)
_CLAUSE_LINKS_EN: Final = frozenset({"and", "or", "but", "nor", "while", "whereas", "as", "that", "which", "who", "of", "to",
                              "in", "on", "at", "for", "with", "by", "from", "after", "before", "when"})
_GROUP_LED_BY: Final = re.compile(r"\b[Gg]roup\b[^.;\n]{0,80}? (?:led|headed) by ")
# round 47: the head words of a members' body that 'the group' refers back to before any company named since
_MEMBER_BODY_TAILS: Final = frozenset({"Association", "Federation", "Council", "Coalition", "Alliance", "League", "Society",
                                "Confederation", "Organization", "Organisation", "Union"})
_AGENT_SEGMENT: Final = re.compile(r"(?:as )?(?!led |headed |chaired )[a-z]+(?:ed|en|wn) by ")
# ', the American Bureau of Mines said.': an article and a nationality word before the body's name
# '..., a senior USDA official said.' (round 34): an article and a rank word before the body whose official speaks
_RANK_GAP_EN: Final = re.compile(r" *(?:an?|one|the) (?:senior|top|high-ranking|high-level|ranking|junior|leading|chief|"
                          r"second-ranking) ")
_DEMONYM_GAP: Final = re.compile(r" (?:the|an?) [A-Z][a-z]+ ")
# '..., the Bahrain-based Gulf News Agency (GNA) said.': where the body is based, before its name (round 25)
_BASED_GAP: Final = re.compile(r" *(?:the |an? )?[A-Z][\w.]*(?: [A-Z][\w.]*)?-based (?:[a-z][a-z-]+ ){0,2}")
# capitalised words before a title in a clause-final attribution: ' the U.S. ', ' Queensland Primary Industries '
_CAPS_GAP: Final = re.compile(r" *(?:(?:the|an?) )?(?:[A-Z][\w.&'’-]* +){0,4}")
# "..., the government's / Chile's National Statistics Institute said.": the body's owner before its name
_POSSESSOR_GAP: Final = re.compile(r" *(?:the (government|state)|([A-Z][\w.-]*(?: [A-Z][\w.-]*)?))['’]s ")


_PERSON_LEAD_GAP_ID: Final = re.compile(r"(?: [a-z]+)?,? (?:pihak )?")


def _body_in_persons_clause(text: str, r: RawStatement, out: list[RawStatement]) -> bool:
    """(Indonesian, round 33) 'Ratu melanjutkan, PSSI sudah melaporkan ...', 'Menurut Alvin, pihak Lion Air telah
    melaporkan ...': a body opening the clause a named person reports is the person's report, not the body's words."""
    m = r.mention
    if m is None or r.speaker.type != "ORG":
        return False
    for p in out:
        pm = p.mention
        if p is r or pm is None or p.speaker.type != "PERSON" or p.sent != r.sent or p.kind != "reported" \
                or pm.end > m.start or p.start > m.start:
            continue
        if _PERSON_LEAD_GAP_ID.fullmatch(text, pm.end, m.start) \
                and not _RELAY_VERB_ID.search(text[r.sent[0]:pm.start].lower()):  # ('Dilansir X, Y ...': an outlet)
            return True
    return False


def _unnamed_by_context(a: Analysis, m: Mention) -> bool:
    """(Indonesian, round 30) The words before a name show it names no speaker: 'warga Sampang', 'keluarga Wijaya'
    (unnamed people of a place or a family), 'diterbitkan di Journal of X' (where a study appeared), or
    'Kapolres Cipinang' / 'Kalapas Cipinang' (a one-word name right after a jurisdiction title is the post's place;
    the holder, unnamed, follows with a rank or set off by a comma when named)."""
    low = a.low
    if _may_end_with(low, max(0, m.start - 40), m.start, _MEMBERS_TAILS) \
            and _MEMBERS_OF.search(low, max(0, m.start - 40), m.start):
        return True
    return m.ent.type == "PERSON" and m.ent.id is None and " " not in a.text[m.start:m.end].strip() \
        and _may_end_with(low, max(0, m.start - 16), m.start, _JURISDICTION_TAILS) \
        and _JURISDICTION_TITLE.search(low, max(0, m.start - 16), m.start) is not None \
        and not a.text[m.end:m.end + 2].startswith((",", " ("))


def _country_gap(a: Analysis, s: int, mention: Mention) -> bool:
    """'..., the U.K. Intervention Board said.' (English, round 34): between the comma and a body's name only
    an article and the country (not a city) the body belongs to."""
    if a.lang != "en" or mention.ent.type != "ORG":
        return False
    inside = a.mentions_in(s, mention.start)
    if len(inside) != 1 or inside[0].ent.type != "GPE" or inside[0].ent.geonames_id is not None:
        return False
    o = inside[0]
    return a.text[s:o.start].strip().lower() in ("", "the") and not a.text[o.end:mention.start].strip()


def _possessor_gap(a: Analysis, s: int, mention: Mention) -> bool:
    """The text from ``s`` to the speaker's name is 'the government's' or a country's possessive (English),
    and the speaker is a body."""
    if a.lang != "en" or mention.ent.type != "ORG":
        return False
    pm = _POSSESSOR_GAP.fullmatch(a.text, s, mention.start)
    if pm is None:
        return False
    return pm.group(1) is not None or any(x.ent.type == "GPE" and x.start == pm.start(2)
                                          for x in a.mentions_in(pm.start(2), pm.end(2)))
_PASSIVE: Final = re.compile(r"\b(?:been|being|was|were|is|are|be)(?: [a-z]+ly)? $")
_PASSIVE_TAILS: Final[tuple[str, ...]] = ("been ", "being ", "was ", "were ", "is ", "are ", "be ", "ly ")  # how a _PASSIVE match ends
_CLAUSE_OPENERS: Final = frozenset({"agar", "supaya", "bahwa", "untuk", "kepada", "pada", "semua", "seluruh", "para", "segenap",
                             "masyarakat", "warga", "pemerintah", "publik", "dia", "ia", "mereka", "kita", "kami",
                             "maaf", "that", "the", "all", "for", "to"})
_ACTIVE_VERB: Final[tuple[str, ...]] = ("mem", "men", "meng", "meny", "ber")


def _title_gap(a: Analysis, s: int, m: Mention) -> bool:
    """'..., Trade Minister Jane Roe said.', '..., Queensland Primary Industries Minister Jane Roe said.' (English):
    between the comma and a person's name only a title, and capitalised words (its body, its place) before it."""
    if a.lang != "en" or m.ent.type != "PERSON":
        return False
    e = m.start
    while e > s and a.text[e - 1] == " ":
        e -= 1
    t = next((h for h in a.hits_in(s, e, "title") if h.end == e), None)
    return t is not None and _CAPS_GAP.fullmatch(a.text, s, t.start) is not None


def _employer_gap(a: Analysis, s: int, m: Mention) -> bool:
    """'..., Acme Bank economist Jane Roe said.': between the comma and a person's name only the employer's
    name (one body) and lower-case role words."""
    if m.ent.type != "PERSON":
        return False
    inside = a.mentions_in(s, m.start)
    if len(inside) != 1 or inside[0].ent.type != "ORG":
        return False
    o = inside[0]
    lead = a.text[s:o.start].strip().lower()
    return lead in ("", "the", "a", "an") and _ROLE_GAP.fullmatch(a.text, o.end, m.start) is not None


def _place_role_gap(a: Analysis, s: int, m: Mention) -> bool:
    """'..., London shipbroker Jane Roe said.' (English, round 25): between the comma and a person's name only one
    place (a city or country, as the person's base) and lower-case role words."""
    if a.lang != "en" or m.ent.type != "PERSON":
        return False
    inside = a.mentions_in(s, m.start)
    if len(inside) != 1 or inside[0].ent.type not in ("GPE", "LOC"):
        return False
    o = inside[0]
    lead = a.text[s:o.start].strip().lower()
    return lead in ("", "the", "a", "an") and _ROLE_GAP.fullmatch(a.text, o.end, m.start) is not None


def _request_clause(a: Analysis, pos: int, se: int) -> bool:
    """After a request verb: someone asked to do something ('meminta masyarakat agar ...', 'meminta Jepang
    memastikan ...', 'urged Japan to ...'), not a thing demanded ('meminta tebusan 80 juta euro')."""
    text = a.text
    while pos < se and text[pos] == " ":
        pos += 1
    if pos >= se or text[pos] in ':"“,':
        return True
    if char_upper(text[pos]) or pos in {m.start for m in a.mentions_in(pos, min(se, pos + 60))}:
        return True
    rest = a.low[pos:se].split()
    if not rest:
        return False
    if rest[0].strip(",") in _CLAUSE_OPENERS:
        return True
    return any(w in ("agar", "supaya", "bahwa", "to") or w.startswith(_ACTIVE_VERB) for w in rest[1:6])


# Verbs of saying that also report a stance or an act ('agreed', 'indicated', 'expects'): inside a clause that
# another speaker's clause-final attribution closes, they are that speaker's report (round 11)
_WEAK_SAY: Final = frozenset({"agreed", "indicated", "welcomed", "expects", "believes", "estimated", "estimates",
                       "reaffirmed", "reaffirms",  # reaffirming a commitment: a stance (round 33)
                       "forecast", "projected", "suggested", "maintained"})
_FINAL_SAY: Final = frozenset({"said", "says", "told", "added", "reported", "stated", "announced"})


def _attributed_later(text: str, h: Hit, verbs: list[Hit], se: int) -> bool:
    """A clause-final attribution ('..., Acme said.' / '..., said Acme.') closes the sentence after ``h``."""
    for v in verbs:
        if v.start <= h.end or v.value not in _FINAL_SAY:
            continue
        c = text.rfind(",", h.end, v.start)
        if c < 0 or v.start - c > 70 or len(text[v.end:se].split(None, 6)) > 6:
            continue
        if any(upper_at(w, 0) for w in (text[c + 1:v.start] + " " + text[v.end:se]).split()):
            return True  # a named speaker ('..., an aide said' names nobody: the stance stays the subject's)
    return False


def _merge_short_names(out: list[RawStatement]) -> None:
    """'Syarif menuturkan' after '..., ujar Dirjen ... Syarifuddin': a one-word speaker that is a word (or the
    start of the one word) of exactly one fuller speaker's name is that speaker."""
    people = {id(r.speaker): r.speaker for r in out if r.speaker.type == "PERSON"}
    if len(people) < 2:
        return
    for r in out:
        a = r.speaker
        if a.type != "PERSON" or a.id or " " in a.name or len(a.name) < 3:
            continue
        cands = [b for b in people.values() if b is not a and len(b.name) > len(a.name) and any(
            t == a.name or (len(a.name) >= 5 and t.startswith(a.name) and " " not in b.name) for t in b.name.split())]
        if len(cands) == 1:
            r.speaker = cands[0]


def _relays(text: str, ss: int, se: int, verbs: list[Hit]) -> bool:
    """A source cited with 'dilansir'/'mengutip' relays when its sentence, or the next one, carries someone's
    quoted words or another verb of saying."""
    nxt = text[se:se + 300].split(". ", 1)[0]
    seg = text[ss:se] + nxt
    # another outlet's report ('Diberitakan Reuters, ... Rodong Sinmun melaporkan') is no one's words relayed
    return '"' in seg or "“" in seg or sum(1 for v in verbs if v.kind != "according" and v.value not in _COMPLAINT_VERBS) > 0


def _quotes_relayed_id(text: str, ss: int, se: int) -> bool:
    """Round 30 (Indonesian): an outlet cited with 'dilansir'/'diberitakan' relays quoted words in its own sentence
    or in the next sentence of its paragraph; a quotation in the next paragraph is not its report's."""
    nxt = text[se:se + 300].split(". ", 1)[0].split("\n", 1)[0]
    seg = text[ss:se] + nxt
    return '"' in seg or "“" in seg


def _drop_relaying_outlets(a: Analysis, out: list[RawStatement], pending: list[RawStatement]) -> None:
    """Round 30 (Indonesian, the Xinhua rule of the guidelines): 'Dilansir BBC, Presiden X mengatakan ...' -- the
    outlet only relays a person's words (also 'aktor itu mengatakan') and is dropped; 'Diberitakan E!, sumber ...
    menyebut ...' (an unnamed source) or 'Dilansir Chicago Tribune, Starbucks mengumumkan ...' (a body's
    announcement) is the outlet's own report and stays."""
    drop: set[int] = set()
    held = {id(r) for r in pending}
    text = a.text
    for r in pending:
        ss, se = r.sent
        others = [o for o in out if id(o) not in held and o.sent == r.sent and o.speaker is not r.speaker]
        if r.mention is not None and (starts_at(text, " dari ", r.mention.end)
                                      or _RECEIVED_BY.search(a.low, max(ss, r.mention.start - 40), r.mention.start)):
            drop.add(id(r))  # 'Dilansir JUARA.net dari Motorsport.com': X took it from Y; 'dilansir dari keterangan
            continue  # resmi yang diterima CNNIndonesia.com': the outlet received someone's release
        rv = _RELAY_VERB_ID.search(a.low, ss, r.mention.start) if r.mention is not None else None
        if rv is not None and _UTTERANCE_NOUN.search(a.low, ss, rv.start()) or any(
                m.ent.type == "PERSON" and (_PASSIVE_SAID_BY.search(a.low, max(ss, m.start - 24), m.start)
                                            or _INTENT_AFTER.match(a.low, m.end))
                for m in a.mentions_in(ss, se)) or (ni := _NAME_INTENT.search(text, ss, se)) is not None and any(
                e.type == "PERSON" and ni.group(1).split()[0] in e.name.split() for e in a.ents.values()):
            drop.add(id(r))  # 'Ucapan perpisahan itu dilansir oleh X': words relayed; 'Hal itu diungkap oleh Chan ...,
            continue  # melansir NME': a person's words, said in the passive; 'Dikutip dari situs X, Tony berniat ...':
            # the intention of a person the article names, known from his own words
        if any(h.kind == "say_pre" and h.value not in _COMPLAINT_VERBS
               and (any(m.ent.type == "PERSON" and m is not r.mention for m in a.mentions_in(ss, h.start))
                    or a.hits_in(ss, h.start, "title")) for h in a.hits_in(ss, se)):
            drop.add(id(r))  # 'Dilansir BBC, Nasrat Rahimi, wakil juru bicara ..., mengatakan': a person named or
            continue  # titled before the verb of saying, even when the appositive kept his words from being read
        if any(o.speaker.type == "PERSON" for o in others) or any(
                p.sent == r.sent and p.start < r.start and p.speaker is not r.speaker for p in pending) \
                or not others and not a.hits_in(ss, se, "unnamed") \
                and any(h.kind == "say_pre" and h.value not in _COMPLAINT_VERBS for h in a.hits_in(ss, se)):
            drop.add(id(r))  # (nobody read and no unnamed source: 'aktor itu mengatakan', a person described;
            # 'Menurut laporan X, seperti dilansir dari Y': the second outlet relays the first one's report)
    if drop:
        out[:] = [r for r in out if id(r) not in drop]


# round 37: 'Menurut kabar yang dilansir X', 'Sebuah penelitian yang dilansir dari X': the news or study the outlet
# carries is its own report (X speaks), unlike 'Menurut Budi yang dikutip dari X' (X relays Budi's words)
# round 53: a study, research or experiment opening the sentence with the place or body that made it in a relative
# clause ('Sebuah studi yang dilakukan oleh X, menyebutkan'): research narration, no speaker
_STUDY_SUBJECT_ID: Final = re.compile(r"[\s\"“]*(?:(?:bahkan|namun|selain itu|sementara itu),? )?(?:sebuah |hasil |salah satu )?"
                               r"(?:studi|penelitian|riset|kajian|eksperimen|percobaan)(?: (?:terbaru|baru|lain|terkini))?"
                               r" yang (?:dilakukan|digelar|dilaksanakan|dipimpin|diterbitkan|dipublikasikan) (?:di|oleh) "
                               r"[^;:\"“”]*")
_REPORT_YANG_ID: Final = re.compile(r"(?<![a-z])(?:kabar|berita|laporan|informasi|penelitian|studi|riset|survei|kajian) yang $")
# round 37: a sentence-final credit to an outlet: ', lapor Reuters.', ', demikian sebagaimana dikutip dari AFP.'
_CLOSING_CREDIT_ID: Final = re.compile(r",\s*(?:demikian\s+)?(?:(?:seperti|sebagaimana)\s+)?(?:lapor|melaporkan|dilaporkan|dikutip|"
                                r"dilansir|diberitakan|melansir|mengutip|ditulis|tulis)(?:\s+(?:dari|oleh))?\s+"
                                r"(?:(?:kantor berita|situs|laman|portal|harian|surat kabar|media)\s+)?$")
_CREDIT_TAIL_ID: Final = re.compile(r"\s*(?:,\s*(?:\w+\s*)?\(\s*[\d /.-]+\s*\)\s*)?[.\"”]*\s*$")


def _drop_closing_credits(a: Analysis, out: list[RawStatement]) -> None:
    """round 37 (Indonesian): 'Sharapova ... mengatakan ..., lapor Reuters.', '..., menurut polisi, ..., demikian
    sebagaimana dikutip dari AFP.': an outlet credited at the end of a sentence that already gives the words to
    a speaker through another verb of saying only relays them (the Xinhua rule of the guidelines)."""
    text, low = a.text, a.low
    drop: set[int] = set()
    for r in out:
        m = r.mention
        if m is None or r.speaker.type == "PERSON":
            continue
        ss, se = r.sent
        cm = _CLOSING_CREDIT_ID.search(low, max(ss, m.start - 60), m.start)
        if cm is None or not _CREDIT_TAIL_ID.match(text, m.end, se):
            continue
        if any(h.kind in ("say_pre", "say_post", "according") and h.value not in _COMPLAINT_VERBS
               for h in a.hits_in(ss, cm.start())):
            drop.add(id(r))
    if drop:
        out[:] = [r for r in out if id(r) not in drop]


def _closes_quote(a: Analysis, ss: int, pos: int, se: int) -> bool:
    """'... dilanjutkan. Mengadili menyatakan keberatan ... diterima," ujar Ketua majelis hakim Yanto': a sentence
    inside a quotation opened in an earlier sentence, which it closes before a post-posed verb of saying."""
    text = a.text
    q1, q2 = text.find('"', pos, se), text.find("”", pos, se)
    if q1 < 0 and q2 < 0:
        return False
    q = q1 if q2 < 0 or 0 <= q1 < q2 else q2
    if text[q - 1] not in ",.!?" or '"' in text[ss:pos] or text.find("“", ss, pos) >= 0 or text.find("”", ss, pos) >= 0 or text[pos:se].count('"') + text[pos:se].count("”") \
            - text[pos:se].count("“") != 1 and text[pos:se].count('"') % 2 != 1:
        return False
    p = q + 1
    while p < se and text[p] == " ":
        p += 1
    return any(h.kind == "say_post" for h in a.hits_in(p, min(se, p + 12)))


def _spokes_for_country(a: Analysis, s: int, e: int, rx: re.Pattern[str] | None = None) -> bool:
    """', a spokesman for the Norland Textile Federation said': the gap before the body's mention ends in the
    country its name opens with (the entity stage keeps the country out of the name) (round 15)."""
    g = (rx or _SPOKES_FOR_GAP).match(a.text, s, e)
    return g is not None and g.end() < e and a.text[e - 1] == " " \
        and any(m.start == g.end() and m.end == e - 1 and m.ent.type == "GPE" for m in a.mentions_in(g.end(), e))


_FOR_GAP: Final = re.compile(r" for (?:the )?")


def _inside_quote(text: str, ss: int, pos: int) -> bool:
    seg = text[ss:pos]
    n = seg.count('"')
    if n % 2 == 1 and not (n == 1 and seg.count("”") == 1 and seg.index('"') < seg.index("”")):
        return True  # (a '"...”' pair with mixed marks is closed)
    return seg.count("“") > seg.count("”")


# 'It said' round 20 (English): a sentence opening with 'It' as the subject of a verb of saying ('It said',
# 'It also said', 'It added') speaks for the company, body or government that is the subject of the sentence
# before: the one body (not a person) whose statement that sentence reports, else the body or country named first,
# at the sentence start and before its verb ('Acme Corp raised its dividend. It said ...'). Not when that subject is
# a person, a document ('The report ...'), a possessor ("Acme's unit said"), a pair, or nothing named.
_IT_OPEN: Final = re.compile(r"[\"“]?It (?:also |further |later |earlier |again |today |yesterday )?")
_IT_VERBS: Final = frozenset({"said", "says", "added", "told", "stated"})
_IT_LEAD: Final = re.compile(r"[\"“(]?(?:The |the )?(?:&lt;|<|\()?")  # what may stand before the subject's name
_IT_SAID_GAP: Final = re.compile(r"(?:>|\))?(?:, [^,.;:\"“”]{1,80},)? (?:(?:also|today|yesterday|earlier|later|has|had) ){0,2}")
# after the subject's name: a possessive, a pair, or a noun it qualifies ('The Acme report', 'The Boeing 767s')
_IT_AFTER_SUBJECT: Final = re.compile(r"(?:>|\))?(?:'s|’s| and | & | or |-| of | [^a-z,(&]| (?:unit|subsidiary|division|affiliate"
                               r"|report|study|survey|statement|analysis|review|bulletin|paper|letter|document|plan"
                               r"|proposal|offer|shares|stock|board|index|figures|data|official|spokesman|chairman"
                               r"|president)\b)")


def _it_antecedent(a: Analysis, sp: _Speakers, out: list[RawStatement], sentences: list[tuple[int, int]],
                   sent_starts: list[int], ss: int) -> tuple[Ent | None, bool]:
    """The body 'It' stands for, and whether it is resolved (False: it shares the unresolved speaker of a
    'the company said' just before, which the closing pass of find_statements settles for both)."""
    i = bisect_right_int(sent_starts, ss) - 1
    if i <= 0 or sentences[i][0] != ss:
        return None, True
    k = i - 1
    while True:
        ps, pe = sentences[k]
        spoke = [r for r in out if ps <= r.start < pe or r.sent[0] <= ps < r.sent[1]]
        ms = a.mentions_in(ps, pe)
        if spoke or ms or k == 0 or i - k >= 3:
            break
        # 'Acme Corp said it bought Dalton Inc. Terms were not disclosed. It said ...': a sentence between that
        # names nothing leaves the subject as it was (up to two such sentences; round 25)
        k -= 1
    if spoke:  # '..., the Mineral Resources Department said. It said ...': the body that spoke just before
        if len({id(r.speaker) for r in spoke}) > 1 or spoke[0].speaker.type not in ("ORG", "GPE") \
                or spoke[0].speaker.group:
            return None, True
        return spoke[0].speaker, spoke[0].mention is not None
    if not ms:
        return None, True
    m = ms[0]
    said = next((h for h in a.hits_in(ps, pe) if h.kind in _VERB_KINDS), None)
    if said is not None and (said.start < m.end or _IT_SAID_GAP.fullmatch(a.text, m.end, said.start) is None):
        return None, True  # '..., it said.': reported speech whose speaker was not read; its subject is reported on
        # (but '<Acme Inc>, a toy maker, said ...' whose speaker was not read: Acme)
    if _IT_LEAD.fullmatch(a.text, ps, m.start) is None or _IT_AFTER_SUBJECT.match(a.text, m.end) is not None \
            or a.text.endswith(("'s", "’s"), m.start, m.end):
        return None, True
    if m.ent.type == "ORG" and not m.ent.group and m.how in ("name", "short") and not sp._title_words_only(m):
        return m.ent, True
    if m.ent.type == "GPE" and m.how in ("name", "metonym") and (m.ent.geonames_id is None or m.how == "metonym"):
        return sp.a_country(m.ent), True  # 'Brazil suspended interest payments. It said ...': its government
    return None, True


# -- the output models of the statements (built in the compiled core, as entities.entity_models) -------------------
_STATEMENT_FIELDS_SET: Final[set[str]] = set(Statement.model_fields)
_EVIDENCE_FIELDS_SET: Final[set[str]] = set(Evidence.model_fields)


_SLUG_MEMO: Final[dict[str, str]] = {}  # ent_key of an entity with no id, by its name


def statement_models(a: Analysis, statements: list[RawStatement], check: Callable[[], None]) -> list[Any]:
    """The Statement models, in order; of two statements with the same key (two verbs of one sentence giving the
    same utterance) the first."""
    out: list[Any] = []
    seen_keys: set[str] = set()
    text = a.text
    for i, st in enumerate(statements):
        if not i & 63:
            check()
        sp = st.speaker
        ek = sp.id
        if not ek:  # ent_key of an entity with no id is a slug of its name alone: memoised across articles
            ek = _SLUG_MEMO.get(sp.name)
            if ek is None:
                if len(_SLUG_MEMO) > 20000:
                    _SLUG_MEMO.clear()
                ek = ent_key(sp)
                _SLUG_MEMO[sp.name] = ek
        key = f"statement:{ek}:{st.start}"
        if key in seen_keys:
            continue
        seen_keys.add(key)
        ss, se = st.sent
        addressee = st.addressee
        out.append(trusted_model(Statement, {
            "type": "statement",
            "key": key,
            "speaker": actor_model(text, st.speaker, st.mention),
            "addressee": actor_model(text, addressee.ent, addressee) if addressee is not None else None,
            "quote": st.quote,
            "kind": st.kind,
            "evidence": [trusted_model(Evidence, {"start": ss, "end": se, "sentence": text[ss:se]}, _EVIDENCE_FIELDS_SET)],
            "cameo": "010",
            "confidence": st.confidence,
        }, _STATEMENT_FIELDS_SET))
    return out
