"""Wire text cleaning: HTML, mojibake, datelines, boilerplate, tokenised spacing and hard line wraps.

The cleaned text is what every offset points into. Cleaning never looks at more than ``MAX_CHARS`` of input
(the first 100,000 characters of the body): wire items are far shorter, and the cap bounds the cost of
pathological input.
"""

from __future__ import annotations

import html
import re
from typing import Any, Final

from selectolax.lexbor import LexborHTMLParser as HTMLParser

MAX_CHARS: Final = 100_000

_BLOCK_TAGS: Final = re.compile(r"(?i)<\s*(?:br|/p|/div|/h[1-6]|/li|/tr|/blockquote|p|div|li|h[1-6])\b[^>]{0,500}>")
_MOJIBAKE_HINT: Final = re.compile("[ÃÂâ][\u0080-\u00bf\u2018-\u203a\u0152-\u017e\u02c6\u02dc\u20ac\u2122]")
_MOJIBAKE_TABLE: Final = {
    "â€™": "’", "â€˜": "‘", "â€œ": "“", "â€\x9d": "”", "â€�": "”", "â€“": "–", "â€”": "—", "â€¦": "…",
    "Ã©": "é", "Ã¨": "è", "Ã¡": "á", "Ã³": "ó", "Ã¶": "ö", "Ã¼": "ü", "Ã±": "ñ", "Ã§": "ç", "Ã­": "í",
    "Ã¤": "ä", "Ãº": "ú", "Â©": "©", "Â ": " ", "Â": "",
}
_MOJIBAKE_RE: Final = re.compile("|".join(re.escape(k) for k in sorted(_MOJIBAKE_TABLE, key=len, reverse=True)))

# A dateline: up to ~80 characters of head, then a dash. The head is judged afterwards (see _parse_dateline).
_DATELINE: Final = re.compile(r"^[ \t]*([^\n]{2,80}?)[ \t]+[-–—]{1,2}[ \t]+")
_AGENCY: Final = re.compile(r"\(([A-Za-z][A-Za-z .]{1,25})\)")
_SOURCE_TOKEN: Final = re.compile(r"(?i)\b[\w-]+\.(?:com|co\.id|net|id|org)\b|\b(?:ANTARA|Reuters|AFP|AP|Xinhua|Bernama|CNN Indonesia|Kumparan|Tempo|Suara|Kompas|Detik|Liputan6|Okezone|Tribunnews|Republika|VIVA|Sindonews|JPNN)\b")
_DATE_IN_HEAD: Final = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+([A-Z][a-z]{2,8})\b|\((\d{1,2})\s*/\s*(\d{1,2})\)")
_PLACE: Final = re.compile(r"^[A-Z][A-Za-z'’.-]*(?:[ ][A-Z][A-Za-z'’.-]*){0,3}$")

# A hard-wrapped line of running text that opens with the agency's name ("Reuters Holdings PLC's Reuters" /
# "Information Services Inc ...", "told" / "Reuters that ..."): text, not the 'REUTER' end mark or a credit line (round 45)
_AGENCY_IN_TEXT: Final = re.compile(r"Reuters?[ ,]+\S+ \S")

# A straight double quote keyed for an apostrophe between a word and its possessive 's' ('Indonesia"s staple food')
_QUOTE_APOSTROPHE: Final = re.compile(r'(?<=[A-Za-z])"(?=s\b)')
# Character references left in plain wire text ("Smith &amp; Co", "&quot;"). Reuters' escaped name and ticker
# markers ("&lt;AXP>", "&lt;Miller Tabak Hirsch and Co>") stay as they are: the statement stage reads them.
_CHAR_REF: Final = re.compile(r"&(?!lt;|gt;)(?:[a-zA-Z]{2,8}|#\d{1,5}|#x[0-9a-fA-F]{1,4});")


# "( x" -> "(x", "x ," -> "x,", "“ x" -> "“x", "x ”" -> "x”" (in this order: the order of the former regexes).
_SPACE_FIXES: Final = (("( ", "("), ("[ ", "["), *((" " + c, c) for c in ",.;:!?)]"), ("“ ", "“"), ("‘ ", "‘"),
                (" ”", "”"), (" ’", "’"))
# Each fix with its non-space character: a fix whose character is absent is skipped without scanning for its pair
# (a one-character `in` is a memchr; most of the fifteen are absent from most texts).
_SPACE_FIX_CHARS: Final = tuple((a, b, a[1] if a[0] == " " else a[0]) for a, b in _SPACE_FIXES)
_WORD_BEFORE: Final = re.compile(r"(?<![\w.'’-])[A-Za-z]+$")
_ARABIC_ARTICLES: Final = frozenset({"al", "Al", "el", "El"})


def _word_before(text: str, lo: int, i: int) -> str | None:
    """What _WORD_BEFORE.search(text, lo, i) matches, or None. After a letter the only start it can match at is
    where the letters before ``i`` begin (inside them its look-behind fails), so they are walked back by hand
    instead of the regex trying every offset of the window; after a newline ('$' before it) the regex decides."""
    if i <= lo:
        return None
    c = ord(text[i - 1])  # (by code: a one-character string compare is a generic rich comparison)
    if c == 10:
        lm = _WORD_BEFORE.search(text, lo, i)
        return lm.group(0) if lm is not None else None
    if not (97 <= c <= 122 or 65 <= c <= 90):
        return None
    j = i - 1
    while j > lo:
        c = ord(text[j - 1])
        if not (97 <= c <= 122 or 65 <= c <= 90):
            break
        j -= 1
    if j > 0:
        b = text[j - 1]
        if b.isalnum() or b in "_.'’-":
            return None  # (also a letter before lo: the window cut a longer word)
    return text[j:i]


def _word_after(text: str, j: int) -> str | None:
    """What ``re.match(r"[A-Za-z]\\w*", text[j:])`` matches, or None: an ASCII letter, then word characters
    (``\\w`` is ``isalnum()`` or ``_``, as in the regex engine), walked by hand (a regex call with a position
    costs ~4 K instructions from the compiled core)."""
    n = len(text)
    if j >= n:
        return None
    c = ord(text[j])
    if not (97 <= c <= 122 or 65 <= c <= 90):
        return None
    k = j + 1
    while k < n and (text[k].isalnum() or text[k] == "_"):
        k += 1
    return text[j:k]


def _join_name_hyphens(text: str) -> str:
    """'Lee Jung - Jin' -> 'Lee Jung-Jin', 'al - Sabah' -> 'al-Sabah', 'Myong - nam' -> 'Myong-nam' (see clean)."""
    out: list[str] = []
    pos = 0
    i = text.find(" - ")
    while i != -1:
        left = _word_before(text, max(pos, i - 40), i)
        right = _word_after(text, i + 3) if left is not None else None
        if left is not None and right is not None:
            if right[0].islower() and not right.startswith(left.lower()) or left in _ARABIC_ARTICLES or (
                    2 <= len(left) <= 5 and len(right) <= 5 and left[0].isupper() and right[0].isupper()):
                out.append(text[pos:i])
                out.append("-")
                pos = i + 3
        i = text.find(" - ", i + 3)
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


_ODD_SPACES: Final = ("\t", "\u00a0", "\u2009", "\u200b")


def _collapse_spaces(text: str) -> str:
    """Runs of spaces, tabs, no-break, thin and zero-width spaces become one space."""
    if not text.isascii():  # (O(1): a flag of the string) the three odd spaces past "\t" are not ASCII
        for c in _ODD_SPACES:
            if c in text:
                text = text.replace(c, " ")
    elif "\t" in text:
        text = text.replace("\t", " ")
    i = text.find("  ")
    if i == -1:
        return text
    # What re.sub(r"  +", " ", text) does, with str.find: the regex call cost ~65 K instructions an article that
    # has a double space (a third of IndoSum), the runs are few.
    out: list[str] = []
    pos = 0
    n = len(text)
    while i != -1:
        j = i + 2
        while j < n and text[j] == " ":
            j += 1
        out.append(text[pos:i + 1])
        pos = j
        i = text.find("  ", j)
    out.append(text[pos:])
    return "".join(out)


_MARKER_HEADS: Final[dict[tuple[tuple[str, ...], tuple[str, ...]], frozenset[str] | None]] = {}
# The last call's (line, cut, heads), matched by identity: hashing the two tuples of markers cost ~4 K instructions
_LAST_MARKERS: Final[list[Any]] = []


def _marker_heads(line: tuple[str, ...], cut: tuple[str, ...]) -> frozenset[str] | None:
    """The first two characters (one for a one-character marker), in every case, of the ASCII starts of the
    boilerplate markers; None when a marker is empty (every line starts with it).

    A line whose first two characters are ASCII lowers them to exactly the first two of its lowered text, so it can
    start with a marker only when they are in this set; other lines are neither lowered nor matched (most
    paragraphs). A line with a non-ASCII character among its first two is always matched as before."""
    last = _LAST_MARKERS
    if last and last[0] is line and last[1] is cut:  # the Extractor passes the same two tuples every time
        return last[2]  # type: ignore[no-any-return]
    key = (line, cut)
    if key in _MARKER_HEADS:
        out0 = _MARKER_HEADS[key]
        _LAST_MARKERS[:] = [line, cut, out0]
        return out0
    heads: set[str] | None = set()
    for m in line + cut:
        if not m:
            heads = None
            break
        h = m[:2]
        if h.isascii() and heads is not None:
            variants = [""]
            for c in h:
                variants = [v + x for v in variants for x in {c, c.upper(), c.lower()}]
            heads.update(variants)
    out = frozenset(heads) if heads is not None else None
    if len(_MARKER_HEADS) < 64:
        _MARKER_HEADS[key] = out
    return out


def _has_pair(text: str, pair: str, c: str) -> bool:
    """Whether ``pair`` (a space and ``c``, in either order) occurs in ``text``."""
    before = pair[0] == " "
    i = text.find(c)
    while i != -1:
        if before:
            if i > 0 and text[i - 1] == " ":
                return True
        elif text[i + 1:i + 2] == " ":
            return True
        i = text.find(c, i + 1)
    return False


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _join_around(text: str, sep: str, ok, glue: str) -> str:  # type: ignore[no-untyped-def]
    """Take the single spaces off around ``sep`` ('/' in '27 / 3', ' - ' in 'Soekarno - Hatta') when ``ok``
    holds for the characters either side: what ``(X)[ ]*sep[ ]*(X)`` -> ``X glue X`` would do, matches not
    overlapping (a character joined on the right is not joined again on its own right)."""
    out: list[str] = []
    pos = last = 0
    n = len(text)
    core = sep.strip()
    i = text.find(sep)
    while i != -1:
        if core == sep:  # "/": an optional space either side
            left = i - 1 - (text[i - 1:i] == " ")
            right = i + 1 + (text[i + 1:i + 2] == " ")
        else:
            left, right = i - 1, i + len(sep)
        if left >= last and left >= 0 and right < n and ok(text[left]) and ok(text[right]):
            out.append(text[pos:left + 1])
            out.append(glue)
            pos = right
            last = right + 1
        i = text.find(sep, i + 1)
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


class Cleaned:
    """The cleaned text and the dateline taken off it (read-only: Final). A plain class, not a frozen dataclass:
    the compiled core builds it natively (the dataclass's generated __init__ ran interpreted, ~7 K instructions)."""

    def __init__(self, text: str, dateline_place: str | None, dateline_date: str | None, truncated: bool) -> None:
        self.text: Final = text
        self.dateline_place: Final = dateline_place
        self.dateline_date: Final = dateline_date  # raw words, e.g. "March 3" or "27/3"
        self.truncated: Final = truncated

    def __repr__(self) -> str:
        return (f"Cleaned(text={self.text!r}, dateline_place={self.dateline_place!r}, "
                f"dateline_date={self.dateline_date!r}, truncated={self.truncated!r})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Cleaned):
            return NotImplemented
        return (self.text, self.dateline_place, self.dateline_date, self.truncated) == (
            other.text, other.dateline_place, other.dateline_date, other.truncated)

    def __hash__(self) -> int:
        return hash((self.text, self.dateline_place, self.dateline_date, self.truncated))


def html_to_text(html: str) -> str:
    """Block elements become paragraph breaks; scripts and styles are dropped."""
    html = _BLOCK_TAGS.sub("\n\n", html)
    tree = HTMLParser(html)
    for node in tree.css("script, style, noscript"):
        node.decompose()
    root = tree.body or tree.root
    return root.text(separator="") if root is not None else ""


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 read as cp1252 ("â€™" -> "’"); whole-text round trip first, table as a fallback."""
    if text.isascii() or ("Ã" not in text and "Â" not in text and "â" not in text) or not _MOJIBAKE_HINT.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return _MOJIBAKE_RE.sub(lambda m: _MOJIBAKE_TABLE[m.group(0)], text)


_HEAD_CUT: Final = re.compile(r"[,(]")  # compiled once: re.split(pattern, ...) looks the pattern up on every call


_DATELINE_HEADS: Final[dict[str, tuple[str | None, str | None] | None]] = {}


def _parse_dateline(head: str) -> tuple[str | None, str | None] | None:
    """Return (place, date words) when ``head`` looks like a dateline, else None (memoised: a function of the
    head alone, and a few heads -- 'Jakarta, CNN Indonesia', 'Suara.com' -- open most articles of a source)."""
    if head in _DATELINE_HEADS:
        return _DATELINE_HEADS[head]
    out = _read_dateline(head)
    if len(_DATELINE_HEADS) < 4096:
        _DATELINE_HEADS[head] = out
    return out


def _read_dateline(head: str) -> tuple[str | None, str | None] | None:
    if len(head.split(None, 9)) > 9 or head.endswith((".", "?", "!")):
        return None
    agency = _AGENCY.search(head)
    source = _SOURCE_TOKEN.search(head)
    first = _HEAD_CUT.split(head, maxsplit=1)[0].strip()
    place = first if _PLACE.match(first) and not _SOURCE_TOKEN.fullmatch(first) else None
    is_caps = bool(place) and place == place.upper() and len(place) > 2  # type: ignore[union-attr]
    if not (agency or source or is_caps or (place and "," in head)):
        return None
    dm = _DATE_IN_HEAD.search(head[len(first):]) if place else _DATE_IN_HEAD.search(head)
    date_words = dm.group(0).strip("()") if dm else None
    if place and place.isupper():
        place = place.title()
    return place, date_words


def _fix_straight_quotes(par: str) -> str:
    """Pair straight double quotes in a paragraph: no space after an opener, none before a closer (a paragraph holds
    no break, so the whole-text form reads it as one)."""
    return _fix_straight_quotes_text(par)


def _fix_straight_quotes_text(text: str) -> str:
    """Straight double quotes paired on each paragraph of ``text`` (stripped, non-empty paragraphs separated by "\n\n"):
    a quote after a paragraph break opens again."""
    i = text.find('"')
    if i < 0:
        return text
    out: list[str] = []
    pos = 0
    n = len(text)
    opening = True
    brk = text.find("\n\n")  # the first break after the last quote read
    while i >= 0:
        if 0 <= brk < i:
            opening = True
            brk = text.find("\n\n", i)
        chunk = text[pos:i]
        if not opening:
            chunk = chunk.rstrip(" ")
        out.append(chunk)
        out.append('"')
        pos = i + 1
        if opening:
            while pos < n and text[pos] == " ":
                pos += 1
        opening = not opening
        i = text.find('"', pos)
    out.append(text[pos:])
    return "".join(out)


def clean(body: str, *, is_html: bool, boilerplate_line: tuple[str, ...], boilerplate_cut: tuple[str, ...]) -> Cleaned:
    """Turn a raw body into the cleaned text the core reads, with the dateline taken off and kept apart."""
    truncated = len(body) > MAX_CHARS * 2
    text = body[: MAX_CHARS * 2]
    if is_html:
        text = html_to_text(text)
    elif "&" in text and _CHAR_REF.search(text) is not None:
        text = _CHAR_REF.sub(lambda m: html.unescape(m.group(0)), text)
    text = fix_mojibake(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # One pass over the lines: drop boilerplate lines, cut at a hard end marker, and rebuild paragraphs.
    # Hard-wrapped wire copy (Reuters 1987): an indented line starts a paragraph, other single newlines wrap.
    paras: list[str] = []
    cur: list[str] = []
    heads = _marker_heads(boilerplate_line, boilerplate_cut)
    # The lines as text.split("\n") gives them, found by str.find (a memchr; split tests every character in a loop).
    end_text = len(text)
    pos = 0
    while pos <= end_text:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = end_text
        line = text[pos:nl]
        pos = nl + 1
        stripped = line.strip()
        if not stripped:
            if cur:
                paras.append(" ".join(cur))
                cur = []
            continue
        head = stripped[:2]
        # (characters compared by code: a one-character string compare is a generic rich comparison)
        if heads is None or head in heads or head[:1] in heads or ord(head[0]) > 127 or ord(head[-1]) > 127:
            low = stripped.lower()
            if low.startswith(boilerplate_cut) and (paras or cur):
                break
            if low.startswith(boilerplate_line) and _AGENCY_IN_TEXT.match(stripped) is None:
                if cur:
                    paras.append(" ".join(cur))
                    cur = []
                continue
        if cur and (ord(line[0]) == 32 or ord(line[0]) == 9):
            paras.append(" ".join(cur))
            cur = []
        if cur and cur[-1][-1:] == "-" and cur[-1][-2:-1].isalpha() and stripped[0].isalpha():
            cur[-1] += stripped  # 'vice-' / 'president' (a word hard-wrapped at its hyphen): one word (round 26)
            continue
        cur.append(stripped)
    if cur:
        paras.append(" ".join(cur))
    text = "\n\n".join(paras)
    tail = text.rstrip()
    if tail.endswith(("REUTER", "REUTERS")):
        text = tail[: tail.rfind("REUTER")].rstrip()
    text = _collapse_spaces(text)
    place = date_words = None
    m = _DATELINE.match(text)
    if m:
        parsed = _parse_dateline(m.group(1).strip())
        if parsed is not None:
            place, date_words = parsed
            text = text[m.end():]
    # Tokenised spacing (IndoSum): "Senin ( 27 / 3 )", "kata Zulkifli ." and '" Tidak ... , "'. Spaces come
    # single from here on (_collapse_spaces), so plain replaces do what "[ ]+X" -> "X" substitutions would.
    # A fix's pair is looked for at its character's occurrences (a memchr each; scanning for the pair, as replace
    # does, costs ~5 instructions a character). A replace only removes pairs, so a pair absent before the loop stays
    # absent (and a replace of an absent pair changes nothing): the flags are read once.
    comma = _has_pair(text, " ,", ",")
    dot = _has_pair(text, " .", ".")
    tokenised = (comma or dot) and " - " in text and text.count(" , ") + text.count(" . ") >= 2
    for a, b, c in _SPACE_FIX_CHARS:
        if comma if c == "," else dot if c == "." else _has_pair(text, a, c):
            text = text.replace(a, b)
    if "/" in text and (" /" in text or "/ " in text):  # a memchr first: two-character scans cost ~5 a character
        text = _join_around(text, "/", str.isdecimal, "/")
    if tokenised and " - " in text:
        text = _join_around(text, " - ", _is_word, "-")
    elif " - " in text and " yang " in text:
        # An Indonesian text that spaces its hyphens (IndoSum) but not its commas: rejoin the hyphens that cannot
        # be a dash -- an Arabic article ('al - Sabah'), two short name syllables ('Lee Jung - Jin'), a lower-case second
        # part ('Choe Myong - nam'); 'Jakarta - Presiden', '26 - Stephan' stay dashes, reduplications
        # ('Gereja - gereja') as they were.
        text = _join_name_hyphens(text)
    if '"' in text and '"s' in text:
        text = _QUOTE_APOSTROPHE.sub("'", text)  # 'Indonesia"s' (Reuters keying): an apostrophe, no quote (round 25)
    if '"' in text:
        if text.isascii() and not text[0].isspace() and not text[-1].isspace():
            # The paragraphs are the stripped, non-empty lines joined above, and every step since removes spaces
            # or cuts the text's ends (checked here): none has an edge space, none is empty, and only "\n\n"
            # separates them (ASCII: no zero-width space became a space), so the quotes are paired over the
            # whole text, restarting at each break, without splitting and joining it.
            text = _fix_straight_quotes_text(text)
        else:
            text = "\n\n".join(_fix_straight_quotes(p.strip()) for p in text.split("\n\n") if p.strip())
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        truncated = True
    return Cleaned(text=text, dateline_place=place, dateline_date=date_words, truncated=truncated)
