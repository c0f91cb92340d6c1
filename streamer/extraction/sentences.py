"""Sentence and paragraph splitting: candidate ends found with str.find, an abbreviation check at each."""

from __future__ import annotations

import re
from typing import Final

# Candidate ends: the maximal runs of these characters (what '[.!?\n]+' matches), found by _runs.
_STOPS: Final = (".", "!", "?", "\n")
_CLOSERS: Final = "\"”’)"
_OPENERS: Final = "\"“("
MAX_SENTENCE: Final = 1500  # longer stretches are cut: the event rules never look at more than this at once


def split_sentences(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Half-open (start, end) spans of sentences; paragraph breaks always end a sentence.

    A sentence ends at '.', '!' or '?' (plus closing quotes) followed by space and a capital, digit or
    opening quote, unless the word before a full stop is a known abbreviation or an initial.
    """
    out: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    # (characters read by ord: an int compare each, not a one-character string and a containment call)
    pos = occurrences(text, _STOPS)
    p = 0
    n_pos = len(pos)
    while p < n_pos:
        s = pos[p]  # the run of stops at s (as _runs finds it), read in place: no tuple a run
        e = s + 1
        p += 1
        while p < n_pos and pos[p] == e:
            e += 1
            p += 1
        c = ord(text[s])
        if e - s > 1 and "\n\n" in text[s:e]:
            g = text[s:e]
            _emit(text, start, s + len(g) - len(g.lstrip(".!?")), out)
            start = e
            continue
        if c == 10:
            continue
        j = e
        while j < n:
            cj = ord(text[j])
            if cj != 34 and cj != 0x201D and cj != 0x2019 and cj != 41:  # _CLOSERS
                break
            j += 1
        if j >= n:
            continue
        cj = ord(text[j])
        if cj != 32 and cj != 10:
            continue
        k = j + 1
        while k < n:
            ck = ord(text[k])
            if ck != 32 and ck != 10:
                break
            k += 1
        if k < n:
            ck = ord(text[k])
            if ck == 34 or ck == 0x201C or ck == 40:  # _OPENERS
                k += 1
        if k >= n or not (text[k].isupper() or text[k].isdigit()):
            continue
        if c == 33 and e - s == 1 and s > start and text[s - 1].isalpha():
            # round 32: a name written with '!' ('E! News', 'Yahoo! Japan'), listed with the abbreviations
            tok = text[max(start, s - 20):s].rsplit(None, 1)[-1].lower().lstrip(_OPENERS)
            if f"{tok}!" in abbreviations:
                continue
        if c == 46:
            w0 = max(start, s - 20)  # the last token before the stop, as (\S+)$ would find it in text[w0:s]
            if s > w0 and not _space_at(text, s - 1):
                i = s - 2
                while i >= w0 and not _space_at(text, i):
                    i -= 1
                tok = text[i + 1:s].lower()
                if tok:
                    c0 = ord(tok[0])
                    if c0 == 34 or c0 == 0x201C or c0 == 40:
                        tok = tok.lstrip(_OPENERS)
                if tok in abbreviations or (len(tok) <= 3 and "." in tok) or _initials(tok):
                    continue
        _emit(text, start, j, out)
        start = j
    _emit(text, start, n, out)
    return out


def occurrences(text: str, needles: tuple[str, ...]) -> list[int]:
    """The start of every occurrence of each needle in ``text``, sorted (a needle's occurrences found with str.find,
    which is far cheaper than a regex scan testing every character)."""
    pos: list[int] = []
    for w in needles:
        i = text.find(w)
        while i >= 0:
            pos.append(i)
            i = text.find(w, i + 1)
    pos.sort()
    return pos


def _runs(text: str) -> list[tuple[int, int]]:
    """The spans of '[.!?\n]+' matches (the maximal runs of '.', '!', '?' and newlines), found with str.find: the
    regex engine's scan tests every character against the class (~130,000 instructions an article)."""
    pos = occurrences(text, _STOPS)
    out: list[tuple[int, int]] = []
    k = 0
    n = len(pos)
    while k < n:
        s = pos[k]
        e = s + 1
        k += 1
        while k < n and pos[k] == e:
            e += 1
            k += 1
        out.append((s, e))
    return out


def _initials(tok: str) -> bool:
    """'r.j.r' or 'u.s.a' (the stop itself excluded): single letters joined by dots, as in a company's initials."""
    n = len(tok)
    if n <= 3 or not n & 1 or ord(tok[1]) != 46:  # (most tokens: no slices built)
        return False
    return tok[1::2] == "." * (n // 2) and tok[::2].isalpha()


def _space_at(text: str, i: int) -> bool:
    """``text[i].isspace()``, by code for ASCII (no one-character string and method call for most characters)."""
    c = ord(text[i])
    if 32 < c < 127:
        return False
    if c == 32 or c == 10:
        return True
    return text[i].isspace()


def _emit(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and (ord(text[start]) == 32 or ord(text[start]) == 10):
        start += 1
    while end > start and (ord(text[end - 1]) == 32 or ord(text[end - 1]) == 10):
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append((start, cut))
        start = cut + 1 if text[cut:cut + 1] == " " else cut
    if end > start:
        out.append((start, end))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs (separated by blank lines)."""
    out = []
    start = 0
    for m in re.finditer(r"\n\n+", text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out
