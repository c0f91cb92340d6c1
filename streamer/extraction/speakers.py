"""Speaker consolidation: one speaker per person or body, under one canonical name, and no bogus names.

Runs once per article on the attributed statements (pure functions, no state). An article names a person in
several forms -- "Jose Mourinho", "Mourinho", the nickname "Mou"; "Djadjang Nurdjaman" and "Djanur, sapaan
Djadjang"; a one-letter misspelling "Erlida" for "Erlinda" -- and a body by its name and its acronym
("Shadow Open Market Committee", "SOMC"). Each form would otherwise be a speaker of its own. The rules, all
within one article and only when exactly one fuller speaker fits:

* a one-word form that is a word of a fuller name, or the start (3+ letters) of one of its words ("Pram" ->
  "Pramono Anung", "Mou" -> "Jose Mourinho");
* a one-word blend of the starts of two words of the fuller name ("Djanur" -> Djadjang Nurdjaman);
* a nickname the article introduces next to a word of the fuller name ("Djanur, sapaan Djadjang", "known as");
* the same words but one, which is one edit away (5+ letters: "Erlida"/"Erlinda", "Buchanan Snith"/
  "Buchanan-Smith"); the rarer form goes;
* an all-capital acronym of a body's words ("SOMC" -> Shadow Open Market Committee);
* a company's short form after its full name: the leading words of the full name, or its words after initials
  ("Circuit City" -> Circuit City Stores Inc, "Hutton" -> E.F. Hutton Group Inc), unless the full name's
  extra words mark another company (a place, "Financial", "Capital": "Texaco" is not Texaco Canada Inc); or
  one word one edit off the full name's first word ("Equitorial" -> Equatorial Communications Co).

Two people from the knowledge base are never merged (Reagan and Regan are two people).

Name sanity: a "person" whose phrase runs on, without punctuation, into a person's name is part of that
person's title ('Koordinator Pusat Pengendalian dan Operasi (Pusdalops) BPBD Sukabumi Yana Rusyana': not
"Operasi"); a "person" whose name holds a body's head word ('Perkeretaaapian Kementerian Perhubungan') is a
portfolio, and the name set off by a comma after it is the speaker. Failing that, the statement goes.
"""

from __future__ import annotations

import re
from typing import Final

from rapidfuzz.distance import OSA, Levenshtein

from streamer.extraction.entities import Analysis, Ent, Mention
from streamer.extraction.statements import RawStatement

_SPLIT: Final = re.compile(r"[\s\-]+")
_CALLED: Final = re.compile(r"\b(?:sapaan|disapa|dipanggil|panggilan|alias|dijuluki|julukan|known as|nicknamed|dubbed)\b")
_PHRASE_GAP: Final = re.compile(r"(?: +|\([A-Z][\w.&-]*\)|[A-Z][\w.'’&-]*|(?:of|de|the|van|von)\b)*")
_SMALL: Final = frozenset({"of", "and", "the", "for", "de", "du", "la", "le", "des", "dan", "untuk", "&", "on", "in"})
_NAME_WORD: Final = re.compile(r"^[A-Z][a-z'’-]+$")
RANKS_ID: Final = frozenset("""kompol akbp akp kombes iptu ipda irjen brigjen aiptu aipda bripka bripda briptu komjen letkol
kolonel mayjen letjen laksma laksda marsma marsda serka serda sertu praka kopda letda lettu pelda""".split())
_RUNS_ON: Final = re.compile(r" (?:[A-Z]|\()")  # 'Victor Krueger of the Gartner Group': a name, then its affiliation


def consolidate_speakers(a: Analysis, statements: list[RawStatement]) -> list[RawStatement]:
    """The statements with repaired speaker names and every person or body under one canonical entity."""
    if not statements:
        return statements
    repl: dict[int, Ent | None] = {}
    seen: set[int] = set()
    for r in statements:
        sp = r.speaker
        if id(sp) in seen or sp.type != "PERSON" or sp.id or sp.group or (r.mention is None and not sp.mentions):
            continue
        seen.add(id(sp))
        span = (r.mention.start, r.mention.end) if r.mention is not None else min(sp.mentions)
        fixed = _repair(a, sp, span)
        if fixed is not sp:
            repl[id(sp)] = fixed
    if repl:
        kept = []
        for r in statements:
            if id(r.speaker) in repl:
                new = repl[id(r.speaker)]
                if new is None:
                    continue
                r.speaker = new
                r.mention = None if r.mention is not None and r.mention.ent is not new else r.mention
            kept.append(r)
        statements = kept
    _merge(a, statements)
    return statements


# -- name sanity -------------------------------------------------------------------------------------------

def _repair(a: Analysis, sp: Ent, span: tuple[int, int]) -> Ent | None:
    """``sp`` when its name is sound, else the person its title phrase leads to, else None."""
    spans = [span]
    text = a.text
    if a.lang == "id":
        # 'Kapolsek Tanjung Kompol Haryanto', 'Brigjen Pol Agung Setya': a police or military rank never stands
        # inside a person's name; the name is the words after it (round 16)
        words = sp.name.split()
        r = -1  # the last rank's index (a loop: max() over a generator is a generic call)
        for i, w in enumerate(words):
            if w.lower() in RANKS_ID:
                r = i
        rest = words[r + 1:] if r >= 0 else []
        if rest and rest[0] == "Pol":
            rest = rest[1:]
        if rest and all(_NAME_WORD.match(w) for w in rest):
            return _person(a, " ".join(rest), span)
    for s, e in spans:
        # 'Koordinator ... dan Operasi (Pusdalops) BPBD Kabupaten Sukabumi Yana Rusyana': a capitalised phrase
        # running on into a person's name is that person's title.
        g = _PHRASE_GAP.match(text, e, min(len(text), e + 120)) if e + 1 < len(text) and text[e] == " " and (
            "A" <= text[e + 1] <= "Z" or text[e + 1] == "(") else None  # (what _RUNS_ON matches)
        seg = text[e:g.end()].rstrip() if g is not None else ""
        if len(seg) > 3:
            for other in a.ents.values():
                if other is sp or other.type != "PERSON" or other.group or len(other.name) < 3:
                    continue
                if seg.endswith(other.name) and seg[-len(other.name) - 1:-len(other.name)] == " ":
                    return other
            # the name closing the phrase, after its portfolio words, bodies and places
            end = e + len(seg)
            name: list[str] = []
            q = end
            for w in reversed(seg.split()):
                qs = text.rfind(w, e, q)
                if not _NAME_WORD.match(w) or w in a.res.name_stop or w in a.res.org_heads \
                        or w.lower() in a.res.title_words or a.mentions_in(qs, q):
                    break
                name.append(w)
                q = qs
            if 2 <= len(name) <= 4 and q > e:
                return _person(a, text[q:end], None, q)
    words = sp.name.split()
    org_heads = a.res.org_heads
    if not any(w in org_heads for w in words):
        return sp  # no body's head word: the test below would fail whatever the cut (the common case)
    cut = max((i for i, w in enumerate(words) if w in a.res.org_heads or w.lower() in a.res.title_words
               or (w.isupper() and len(w) > 1)), default=-1)
    if cut < 0 or not any(w in a.res.org_heads for w in words[:cut + 1]):
        return sp
    rest = words[cut + 1:]
    if rest:  # 'Otonomi Daerah Kemendagri Sumarsono': the name after the portfolio words
        return _person(a, " ".join(rest), span)
    # 'Direktur Jenderal Perkeretaaapian Kementerian Perhubungan, Prasetyo Boeditjahjono seperti ...'
    for s, e in spans:
        if not text.startswith(", ", e):
            continue
        p = e + 2
        m2 = next((m for m in a.mentions_in(p, min(len(text), p + 60)) if m.start == p), None)
        if m2 is not None:
            return m2.ent if m2.ent.type == "PERSON" else None
        name = []
        for w in text[p:p + 60].split():
            w0 = w.rstrip(",.;:")
            if not _NAME_WORD.match(w0) or w0 in a.res.name_stop or w0.lower() in a.res.title_words:
                break
            name.append(w0)
            if w0 != w:
                break
        if 1 < len(name) <= 4:
            return _person(a, " ".join(name), None, p)
    return None


def _person(a: Analysis, name: str, span: tuple[int, int] | None, start: int = -1) -> Ent:
    """The article's person called ``name`` (made when new), with the span it was read from."""
    key = "person:" + name.lower()
    ent = a.ents.get(key)
    if ent is None:
        ent = next((e for e in a.ents.values() if e.type == "PERSON" and not e.group and e.name == name), None)
    if ent is None:
        ent = a.ents[key] = Ent(key, "PERSON", name)
    if start < 0 and span is not None:
        start = a.text.rfind(name, span[0], span[1])
    if start >= 0 and (start, start + len(name)) not in ent.mentions:
        ent.mentions.append((start, start + len(name)))
    return ent


# -- merging ---------------------------------------------------------------------------------------------

def _merge(a: Analysis, statements: list[RawStatement]) -> None:
    ents: dict[int, Ent] = {}
    for r in statements:
        ents.setdefault(id(r.speaker), r.speaker)
    if len(ents) < 2:
        return  # one speaker: nothing to merge
    people = [e for e in ents.values() if e.type == "PERSON" and not e.group]
    bodies = [e for e in ents.values() if e.type == "ORG" and not e.group]
    target: dict[int, Ent] = {}
    if len(people) > 1:
        toks_of = {id(e): [t.lower() for t in _tokens(e.name)] for e in people}
        for e in people:
            t = _person_target(a, e, people, toks_of)
            if t is not None:
                target[id(e)] = t
    all_orgs = [o for o in a.ents.values() if o.type == "ORG"] if bodies else []
    if len(bodies) > 1:
        for e in bodies:
            t = _acronym_target(e, bodies) or _short_body_target(e, bodies, all_orgs) or _ticker_target(a, e, bodies)
            if t is not None:
                target[id(e)] = t
    if bodies and people and a.lang == "en":
        for e in bodies:
            if id(e) not in target and not e.id:
                t = _acronym_target(e, [], people, a.res.org_heads)
                if t is not None:
                    target[id(e)] = t
    if bodies:  # 'Hutton said' read as a person after 'E.F. Hutton Group Inc said'
        for e in people:
            if id(e) not in target and not e.role and not e.official:
                t = _short_body_target(e, bodies, all_orgs)
                if t is not None:
                    target[id(e)] = t
    if not target:
        return
    for r in statements:
        t = r.speaker
        for _ in range(3):  # follow a chain 'Djanur' -> 'Djadjang' -> 'Djadjang Nurdjaman'
            nxt = target.get(id(t))
            if nxt is None or nxt is r.speaker:
                break
            t = nxt
        r.speaker = t


_TOKENS_MEMO: Final[dict[str, list[str]]] = {}  # a name's tokens (a function of the name alone; never changed)


def _tokens(name: str) -> list[str]:
    t = _TOKENS_MEMO.get(name)
    if t is None:
        if len(_TOKENS_MEMO) > 20000:
            _TOKENS_MEMO.clear()
        t = [w for w in _SPLIT.split(name.replace(".", ". ").strip()) if w]
        _TOKENS_MEMO[name] = t
    return t


def _person_target(a: Analysis, e: Ent, people: list[Ent], toks_of: dict[int, list[str]]) -> Ent | None:
    """The one fuller speaker ``e`` is another form of, or None (``toks_of``: each person's lower-case tokens)."""
    toks = toks_of[id(e)]
    if not toks:
        return None
    cands: list[Ent] = []
    for b in people:
        if b is e or (e.id and b.id and e.id != b.id):
            continue
        btoks = toks_of[id(b)]
        if _same_person(a, e, toks, b, btoks):
            cands.append(b)
    if len(cands) != 1:
        return None
    return cands[0]


def _same_person(a: Analysis, e: Ent, toks: list[str], b: Ent, btoks: list[str]) -> bool:
    if len(toks) == 1 and len(btoks) > 1 and not e.id:
        w = toks[0]
        if len(w) < 3:
            return False
        if w in btoks or any(t.startswith(w) for t in btoks):
            return True  # 'Pramono' / 'Pram' -> 'Pramono Anung', 'Mou' -> 'Jose Mourinho'
        if len(w) >= 4 and _blend(w, btoks):
            return True  # 'Djanur' -> 'Djadjang Nurdjaman'
        if _introduced(a, e, btoks):
            return True
    # one edit away: same words but one, that one 5+ letters long and one edit off
    if len(toks) == len(btoks) and not (e.id and b.id) and len(toks) <= 4:
        diff = [(x, y) for x, y in zip(toks, btoks) if x != y]
        if len(diff) == 1 and min(len(diff[0][0]), len(diff[0][1])) >= 5 \
                and Levenshtein.distance(diff[0][0], diff[0][1]) == 1:
            return _rarer(e, b)
    if 1 < len(toks) < len(btoks) and not e.id and a.lang == "en":
        # round 27: the full name's last words with one of them one letter off ('Buchanan Snith' after 'Alick
        # Buchanan-Smith')
        diff = [(x, y) for x, y in zip(toks, btoks[-len(toks):]) if x != y]
        if len(diff) == 1 and min(len(diff[0][0]), len(diff[0][1])) >= 5 \
                and Levenshtein.distance(diff[0][0], diff[0][1]) == 1:
            return True
    if len(toks) == 1 and len(btoks) > 1 and len(toks[0]) >= 5 and not e.id:
        if any(len(t) >= 5 and Levenshtein.distance(toks[0], t) == 1 for t in btoks):
            return True  # 'Erlida' -> 'KPAI Erlinda'
        if a.lang == "id" and any(len(t) >= 4 and _doubled_letter(toks[0], t) for t in btoks):
            return True  # round 30: a name word spelt with a doubled letter ('Rossa' after 'Rosa Rai Djalal')
        if a.lang == "en" and len(toks[0]) >= 6 and OSA.distance(toks[0], btoks[-1]) == 1:
            return True  # round 30: two letters swapped in the surname ('Carlsson' after 'Ingvar Calrsson')
    return False


def _doubled_letter(w: str, t: str) -> bool:
    """``w`` is ``t`` with one of its letters doubled ('rossa' / 'rosa')."""
    if len(w) != len(t) + 1:
        return False
    i = next((k for k in range(len(t)) if w[k] != t[k]), len(t))
    return i > 0 and w[i] == w[i - 1] and w[:i] + w[i + 1:] == t


def _rarer(e: Ent, b: Ent) -> bool:
    """Of two forms one letter apart, the one the article uses less (the later one on a tie) goes."""
    ne, nb = len(set(e.mentions)), len(set(b.mentions))
    if ne != nb:
        return ne < nb
    fe = min(e.mentions, default=(0, 0))[0]
    fb = min(b.mentions, default=(0, 0))[0]
    return fe > fb


def _blend(w: str, btoks: list[str]) -> bool:
    for i in range(len(btoks) - 1):
        t1 = btoks[i]
        for k in range(2, min(len(t1), len(w) - 1) + 1):
            if not w.startswith(t1[:k]):
                break
            rest = w[k:]
            if len(rest) >= 2 and any(t.startswith(rest) for t in btoks[i + 1:]):
                return True
    return False


_CALLED_PARTS: Final = ("sapa", "panggil", "alias", "juluk", "known as", "nicknamed", "dubbed")  # one in every _CALLED match
_CALLED_LOW: Final[list[str]] = [""]  # the last text _called_in scanned (held, so its identity names it) ...
_CALLED_IN: Final[list[bool]] = [False]  # ... and whether a literal of _CALLED_PARTS is in it


def _called_in(low: str) -> bool:
    """Some literal of _CALLED_PARTS (every _CALLED match holds one; keep them in step) stands in ``low``: when none
    does, no window of it holds a nickname cue. Once an article (the last text remembered by identity)."""
    if _CALLED_LOW[0] is not low:
        _CALLED_LOW[0] = low
        _CALLED_IN[0] = any(w in low for w in _CALLED_PARTS)
    return _CALLED_IN[0]


def _introduced(a: Analysis, e: Ent, btoks: list[str]) -> bool:
    """'Djanur, sapaan akrab Djadjang' / 'yang akrab disapa Djanur': a nickname next to a word of the name."""
    low = a.low
    if not _called_in(low):
        return False  # (no window of the article holds a nickname cue: _CALLED's regex call per mention skipped)
    for s, en in e.mentions[:6]:
        win = low[max(0, s - 60):en + 60]
        if _CALLED.search(win) and any(len(t) >= 3 and t in win and re.search(rf"\b{re.escape(t)}\b", win)
                                         for t in btoks):
            return True
    return False


def _ticker_target(a: Analysis, e: Ent, bodies: list[Ent]) -> Ent | None:
    """Round 54: 'Acme Zentralbank AG <AZB> said ...' then 'AZB said ...': the short form the wire put in angle
    brackets right after a body's name is that body's own (its ticker or short name)."""
    acro = e.name
    if not (2 <= len(acro) <= 8 and acro.isalpha() and acro.isupper()):
        return None
    marks = (" &lt;" + acro + ">", " <" + acro + ">")
    if a.text.find(marks[0]) < 0 and a.text.find(marks[1]) < 0:
        return None
    cands = [b for b in bodies if b is not e and any(a.text.startswith(marks, me) for _ms, me in b.mentions)]
    return cands[0] if len(cands) == 1 else None


def _acronym_target(e: Ent, bodies: list[Ent], people: list[Ent] = [],
                    heads: frozenset[str] | set[str] = frozenset()) -> Ent | None:
    """'SOMC' -> 'Shadow Open Market Committee': the one body whose capitalised words give the acronym."""
    acro = e.name.replace(".", "")
    if not (2 <= len(acro) <= 8 and acro.isalpha() and acro.isupper()):
        return None
    cands = []
    for b in bodies:
        if b is e or (e.id and b.id):
            continue
        words = [w for w in _tokens(b.name) if w.lower() not in _SMALL]
        if len(words) >= 2 and "".join(w[0] for w in words).upper() == acro.upper():
            cands.append(b)
    if not cands and len(acro) >= 3:
        # round 30: a body's name read as a person's ('<Scandinavian Airline System> said' ... 'SAS said'): three
        # or more capitalised words whose initials spell the acronym and one of them a body's head word
        for b in people:
            words = [w for w in _tokens(b.name) if w.lower() not in _SMALL]
            if len(words) == len(acro) and "".join(w[0] for w in words) == acro \
                    and any(w in heads or w + "s" in heads for w in words):
                cands.append(b)
    return cands[0] if len(cands) == 1 else None


# Words that make a longer company name another company than its short form: a subsidiary or arm
# ('Texaco Canada Inc', 'General Motors Acceptance Corp', 'Chrysler Financial Corp').
_ARM_WORDS: Final = frozenset("""
    acceptance financial finance capital credit leasing securities trust international overseas america american
    europe european canada canadian japan australia australian u.s. usa uk u.k. britain british international
    realty properties pacific atlantic north south east west northern southern eastern western energy oil gas
""".split())
_INITIALS: Final = re.compile(r"[A-Z](?:\.[A-Z])+\.?|[A-Z]")
_LEGAL: Final = frozenset({"inc", "corp", "co", "ltd", "plc", "ag", "sa", "nv", "ab", "cos", "llc", "bhd", "spa", "gmbh",
                    "corporation", "company", "limited", "and", "&"})


def _core_words(name: str) -> list[str]:
    words = [w.rstrip(".,") for w in name.split()]
    while len(words) > 1 and words[-1].lower() in _LEGAL:
        words.pop()
    return words


def _short_body_target(e: Ent, bodies: list[Ent], all_orgs: list[Ent]) -> Ent | None:
    """'Circuit City' -> 'Circuit City Stores Inc', 'Hutton' -> 'E.F. Hutton Group Inc', 'Equitorial' ->
    'Equatorial Communications Co': the one fuller company speaker ``e`` is a short form (or a one-letter
    misspelling) of, named first in the article."""
    if e.id:
        return None
    short = _core_words(e.name)
    if not short or not short[0][:1].isupper() or short[0].lower() in _SMALL \
            or len(short[0]) < 3 and not (len(short) > 1 and short[0].isupper()):  # 'AW Computer' (round 14)
        return None
    first_e = min(e.mentions, default=(1 << 30, 0))[0]
    cands = []
    for b in bodies:
        if b is e or (e.id and b.id) or len(b.name) <= len(e.name):
            continue
        full = _core_words(b.name)
        if len(full) < len(short) or min(b.mentions, default=(1 << 30, 0))[0] > first_e:
            continue
        lead = 0
        while lead < len(full) - 1 and _INITIALS.fullmatch(full[lead]):
            lead += 1  # initials: 'E.F.'
        if len(full) == len(short) and lead:
            continue
        if len(full) > len(short) and full[lead:lead + len(short)] == short:
            extra = full[lead + len(short):]
            if any(w.lower() in _ARM_WORDS for w in extra):
                continue
            cands.append(b)
        elif len(short) == 1 and len(short[0]) >= 5 and len(full[0]) >= 5 and short[0] != full[0] \
                and Levenshtein.distance(short[0].lower(), full[0].lower()) == 1:
            cands.append(b)
        elif len(short) >= 2 and full[lead:lead + len(short) - 1] == short[:-1] and len(short[-1]) >= 5 \
                and len(full) == lead + len(short) and short[-1][:1].isupper() \
                and Levenshtein.distance(short[-1], full[-1]) == 1:
            cands.append(b)  # round 30: the last word one letter off ('Diamant Board' after 'Diamant Boart SA')
    if len(cands) != 1:
        return None
    for o in all_orgs:  # 'Bond Corp' after both 'Bond Corp International Ltd' and 'Bond Corp Holdings Ltd'
        if o is not cands[0] and o is not e and o.name != cands[0].name and not o.group \
                and _core_words(o.name)[:len(short)] == short and len(_core_words(o.name)) > len(short):
            return None
    return cands[0]
