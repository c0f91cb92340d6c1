"""The hand-written fast paths of stop 15 give exactly what the regular expressions they replace give.

Each fast path (RULES.md, "Speed: stop 15 ...") stands in for a pattern that stays in the source as its reference:
`cap_runs` for `_CAP_RUN.findall`, `matches_near` and the two `di-` passive scans for `finditer`; clean's space
runs and word after a hyphen are compared with the patterns they replaced, written out here. Seeded random
texts over the characters where the two could part (capitals, connectors, apostrophes, hyphens, non-ASCII capitals)
and sentences built from every verb word in the passive patterns, so a verb added to a pattern but not to its gate
fails here instead of losing its matches silently.
"""

from __future__ import annotations

import random
import re

import pytest

from streamer.extraction import entities, statements, visits
from streamer.extraction.clean import _collapse_spaces, _word_after
from streamer.extraction.resources import load_resources

# Characters at which a capitalised run can start, go on, or stop.
_EDGE_ALPHABET = list("AaBbdeflortsvnix&0'’.-_ ,") + ["À", "Þ", "×", "Š", "Ž", "Č", "Ć", "é", "ß", "  ", " al-", " van ",
                                                       " de ", " bin ", " of ", " & ", " dos ", " la "]


def _random_texts(seed: int, count: int, alphabet: list[str], max_len: int = 40) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, max_len))) for _ in range(count)]


def _as_runs(text: str, flat: list[int]) -> list[str]:
    return [text[flat[i]:flat[i + 1]] for i in range(0, len(flat), 2)]


@pytest.mark.parametrize("text", [
    "Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Jakarta.",
    "Menteri Luar Negeri Retno L.P. Marsudi dan Ban Ki-moon, Sekjen PBB.",
    "Orlando dos Santos met Hans van den Broek of the Bank of England & Co.",
    "Žan Čović, Šime and Ćiro O’Neill met Abdullah bin Zayed al-Nahyan.",
    "",
])
def test_cap_runs_match_the_reference_pattern_on_written_sentences(text: str) -> None:
    flat = entities.cap_runs(text)
    assert _as_runs(text, flat) == entities._CAP_RUN.findall(text)
    assert [flat[i] for i in range(0, len(flat), 2)] == [m.start() for m in entities._CAP_RUN.finditer(text)]


def test_cap_runs_match_the_reference_pattern_on_random_texts() -> None:
    for text in _random_texts(20261127, 20_000, _EDGE_ALPHABET):
        flat = entities.cap_runs(text)
        assert _as_runs(text, flat) == entities._CAP_RUN.findall(text), text
        assert [flat[i] for i in range(0, len(flat), 2)] == [m.start() for m in entities._CAP_RUN.finditer(text)], text


def test_cap_runs_marked_path_matches_the_reference_pattern() -> None:
    # texts without NUL, Š, Ž, Č or Ć take the marked-capitals path (bytes.translate(_CAP_MARK), a find of NUL)
    ascii_alphabet = [c for c in _EDGE_ALPHABET if c.isascii()] + ["\x00", "Z", "9", "\n"]
    latin_alphabet = [c for c in _EDGE_ALPHABET if c not in "ŠŽČĆ"] + ["\u00bf", "\u00df", "\u00c0\u00de", "\u2014", "\x00", "?"]
    for text in _random_texts(20261128, 20_000, ascii_alphabet) + _random_texts(20261129, 20_000, latin_alphabet):
        flat = entities.cap_runs(text)
        assert _as_runs(text, flat) == entities._CAP_RUN.findall(text), text
        assert [flat[i] for i in range(0, len(flat), 2)] == [m.start() for m in entities._CAP_RUN.finditer(text)], text


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


_NEAR_CASES = [
    (entities._ID_NICKNAME, ("disapa ", "dipanggil ", "dijuluki "), 22,
     ["Wahyu Widayat Jati, yang biasa disapa Cacing, datang.", "Budi atau akrab dipanggil Bubu", "X dijuluki Si Y"]),
    (entities._ID_INITIALS, ("inisial ",), 3,
     ["Polisi menahan pria berinisial DR dan AS.", "tersangka inisial AB, CD serta EF", "deinisial X"]),
    (entities._ID_NICK_POST, ("sapaan ", "panggilan "), -1,
     ["Ahmad Syaikhu, sapaan akrabnya Syaikhu, hadir.", "Kang Emil (panggilan Ridwan Kamil) hadir",
      "Budi — sapaan Bubu", "Budi -- panggilan Bubu"]),
]


@pytest.mark.parametrize("pattern,literals,back,sentences", _NEAR_CASES)
def test_matches_near_gives_what_finditer_gives(pattern: re.Pattern[str], literals: tuple[str, ...], back: int,
                                                sentences: list[str]) -> None:
    alphabet = ["Budi ", "Ani ", "DR ", "AS", ", ", " dan ", " (", ") ", " - ", "—", "’", "yang ", "biasa ", "akrab ",
                "ber", "atau ", "x", " ", "akrab", "nya ", "karib ", "Budi, sapaan akrabnya ", " Ani (panggilan akrab ", "Budi, biasa disapa "] + list(literals)
    texts = sentences + _random_texts(7, 5_000, alphabet, 12)
    found = 0
    for text in texts:
        expected = _spans(list(pattern.finditer(text)))
        assert _spans(entities.matches_near(pattern, text, literals, back)) == expected, text
        found += bool(expected)
    assert found >= 10  # the texts do reach matches, so the comparison is not vacuous


def _pattern_words(pattern: re.Pattern[str]) -> set[str]:
    """The lower-case words in a pattern's source: every verb of its alternation, and some other words."""
    return set(re.findall(r"[a-z]+", pattern.pattern))


def test_passive_act_scan_finds_every_verb_of_its_pattern() -> None:
    words = _pattern_words(visits._PASSIVE_ACT)
    texts = [f"Kesepakatan itu di{w} Menteri Budi di Jeddah, dan di{w} oleh Menteri Ani." for w in words]
    texts += [f"MoU itu di{w} langsung oleh Presiden X" for w in words]
    texts += _random_texts(11, 3_000, ["di", "ditandatangani ", "dibuka ", "digelar ", "oleh ", "Menteri ", "x ", " ", "x", "Di", "é"], 10)
    for text in texts:
        expected = _spans(list(visits._PASSIVE_ACT.finditer(text)))
        assert _spans(visits._passive_act_matches(text)) == expected, text
        # the word-opening matches, from the shared scan of the lower-cased text (stop 16)
        words_only = [m for m in visits._PASSIVE_ACT.finditer(text) if not (m.start() > 0 and text[m.start() - 1].isalnum())]
        assert _spans(visits._passive_act_word_matches(text, text.lower())) == _spans(words_only), text
        assert _spans(visits._passive_act_word_matches(text, text.lower() + "x")) == _spans(words_only), text  # (fallback)
    # the verb sentences do reach matches, so the comparison is not vacuous
    hits = {w for w in words if visits._PASSIVE_ACT.search(f"itu di{w} Menteri Budi")}
    assert {"tandatangani", "resmikan", "buka", "saksikan", "luncurkan"} <= hits


def test_passive_say_scan_finds_every_verb_of_its_pattern() -> None:
    words = _pattern_words(statements._PASSIVE_SAY_LOW)
    texts = [f"hal itu di{w} oleh menteri budi, seperti di{w} kantor berita, sebagaimana di{w} dia." for w in words]
    texts += _random_texts(13, 3_000, ["di", "dikatakan ", "ditulis ", "seperti ", "oleh ", "x ", " ", "x", "é", "("], 10)
    for text in texts:
        words_only = [m for m in statements._PASSIVE_SAY_LOW.finditer(text) if not (m.start() > 0 and text[m.start() - 1].isalnum())]
        assert _spans(statements._passive_say_word_matches(text)) == _spans(words_only), text
    # every verb word of the pattern yields a match in its sentence
    hits = {w for w in words if statements._PASSIVE_SAY_LOW.search(f"hal itu di{w} oleh x")}
    assert {"sampaikan", "katakan", "bantah", "tambahkan"} <= hits


def test_clean_space_runs_and_word_after_match_their_reference_patterns() -> None:
    alphabet = ["  ", " ", "   ", "a", "Z", "_", "7", "é", "-", " - ", "x"]
    for text in _random_texts(17, 20_000, alphabet, 16):
        assert _collapse_spaces(text) == re.sub(r"  +", " ", text), text
        for j in range(len(text) + 1):
            m = re.compile(r"[A-Za-z]\w*").match(text, j)
            assert _word_after(text, j) == (m.group(0) if m else None), (text, j)


# -- stop 16: the bracket passes' fast paths ---------------------------------------------------------------------

def _acronym_words_reference(text: str, lo: int, p: int, links: frozenset[str]) -> list[tuple[int, int]]:
    """What _acronym_bodies computed before: every word of the window, then the walk back over them."""
    words = [w.span() for w in entities._ACRONYM_WORD.finditer(text, lo, p)]
    k = len(words)
    while k > 0 and words[k - 1][1] == (words[k][0] - 1 if k < len(words) else p) \
            and (text[words[k - 1][0]].isupper() or text[words[k - 1][0]:words[k - 1][1]] in links):
        k -= 1
    return words[k:]


_ACRONYM_ALPHABET = list("AaBbZz09_'’.-&, (") + ["é", "É", "²", "ß", "  ", " and ", " of ", " dan ", " untuk ", "\n", "×"]


@pytest.mark.parametrize("links", [entities._ACRONYM_LINKS, entities._ACRONYM_LINKS_ID])
def test_acronym_words_match_the_reference_pattern(links: frozenset[str]) -> None:
    rng = random.Random(7)
    for text in _random_texts(20261128, 20_000, _ACRONYM_ALPHABET, 60):
        for p in {len(text), rng.randint(0, len(text))}:
            for lo in {0, max(0, p - rng.randint(0, 20)), p}:
                assert entities._acronym_words(text, lo, p, links) == _acronym_words_reference(text, lo, p, links), \
                    (text, lo, p)


def test_paren_offsets_and_matches_match_matches_from() -> None:
    texts = _random_texts(20261129, 20_000, list("( )ABCxyz0&-") + [" (", " (BPS)", " (Damkar PB)", "(("], 50)
    texts += ["Badan Pusat Statistik (BPS) dan Organisation for Economic Co-operation and Development (OECD) (12/4)"]
    shared = load_resources()
    for text in texts:
        offsets = entities._paren_offsets(text)
        assert offsets == [m.start() for m in re.finditer(r"(?= \()", text)], text
        for rx in (entities._ACRONYM_DEF, entities._ID_BODY_BRACKET):
            # Built through its constructor: the compiled core's native class has no bare __new__.
            b = entities.EntityBuilder(text, text.lower(), shared.languages["id"], shared, None)
            b._parens = offsets
            assert _spans(b._paren_matches(rx)) == _spans(entities.matches_from(rx, text, " (")), text


def test_word_at_in_matches_the_reference_pattern() -> None:
    for words in (entities._NAME_GAP, entities._APPOSITIVE_ROLE):
        assert all(w.isascii() and w.isalpha() for w in words)
    alphabet = list("ajugpnhead _-,.0²") + ["é", "ß", "Ⅻ", "٣", "juga", "head", "pun", "chief", "JUGA", " "]
    rng = random.Random(11)
    for text in _random_texts(20261130, 30_000, alphabet, 30):
        i = rng.randint(0, len(text) + 1)
        m = entities._WORD_AT.match(text, i)
        for words in (entities._NAME_GAP, entities._APPOSITIVE_ROLE):
            assert entities._word_at_in(text, i, words) == (m is not None and m.group(0) in words), (text, i)


def test_capitalize_in_matches_capitalize() -> None:
    words = frozenset({"Inc", "Corp", "Tbk", "Ltd", "Bank", "Co", "İnc", "Ǆa"})
    alphabet = list("IiNnCcOoRrPpTtBbKkLlDdAa.-'") + ["İ", "ǆ", "Ǆ", "ß", "é", "É"]
    for w in _random_texts(20261131, 30_000, alphabet, 5) + sorted(words) + ["inc", "INC", "iNC", "corp", "", "ǆa"]:
        assert entities._capitalize_in(w, words) == (w.capitalize() in words), w


def test_sort_by_start_matches_the_sort() -> None:
    rng = random.Random(5)
    for _ in range(2_000):
        ent = entities.Ent("person:x", "PERSON", "X")
        ms = [entities.Mention(rng.randint(0, 5), k, ent, "test") for k in range(rng.randint(0, 8))]
        ref = sorted(ms, key=lambda m: m.start)
        entities._sort_by_start(ms)
        assert [id(m) for m in ms] == [id(m) for m in ref]


@pytest.mark.parametrize("size", [0, 1, 2, 5, 20, 64, 65, 150])
def test_insertion_sorts_match_the_keyed_sorts(size: int) -> None:
    rng = random.Random(size)
    for _ in range(300):
        hits = [entities.Hit(rng.randint(0, 9), rng.randint(0, 9), str(k), None) for k in range(size)]
        if rng.random() < 0.5:  # nearly in order, as in an article: the titles appended at the end
            hits.sort(key=lambda h: (h.start << 32) - h.end)
            hits += [entities.Hit(rng.randint(0, 9), rng.randint(0, 9), "t", None) for _ in range(rng.randint(0, 4))]
        ref = sorted(hits, key=lambda h: (h.start << 32) - h.end)
        entities._sort_hits(hits)
        assert [id(h) for h in hits] == [id(h) for h in ref]
        names = [(rng.randint(0, 9), rng.randint(0, 9), (), (("k", k),)) for k in range(size)]
        nref = sorted(names, key=lambda c: (c[0] << 32) - c[1])
        entities._sort_names(names)
        assert names == nref


def test_alpha_rest_lower_matches_the_methods() -> None:
    alphabet = list("AaZzbQ1-_ .'") + ["é", "É", "ß", "ǅ", "ª", "²"]
    for w in _random_texts(20261132, 30_000, alphabet, 6) + ["", "A", "a", "Ab", "AB", "ab", "Éa", "aé"]:
        assert entities._alpha_rest_lower(w) == (w.isalpha() and w[1:].islower()), w


def test_word_char_is_the_regex_word_class() -> None:
    from streamer.extraction.language import _is_word_char

    word = re.compile(r"\w")
    for code in range(0x10000):
        c = chr(code)
        assert _is_word_char(c) == (word.match(c) is not None), hex(code)


def _detect_whole_sample(low: str, profiles: dict[str, frozenset[str]], hint: str | None) -> str:
    """detect_language's reading of the whole sample (the reference for its head-then-tail reading)."""
    words = re.findall(r"\w+", low)
    if not words:
        return "other"
    best, best_hits = "other", 0
    for lang, stop in profiles.items():
        hits = sum(w in stop for w in words)
        if hits > best_hits or (hits == best_hits and lang == hint):
            best, best_hits = lang, hits
    if best_hits < 2 or best_hits / len(words) < 0.12:
        return "other"
    return best


def test_language_head_and_tail_counts_give_the_whole_samples_answer() -> None:
    from streamer.extraction import language

    profiles = {"en": frozenset({"the", "of", "and", "said", "é"}), "id": frozenset({"yang", "dan", "di", "itu"})}
    alphabet = ["the ", "of ", "yang ", "dan ", "di ", "itu ", "said ", "x ", "word ", "é ", "“", "’s ", ", ", "_",
                "7", "-", "\n", " "]
    for text in _random_texts(23, 3_000, alphabet, 400):
        low = text[:language.SAMPLE_CHARS]
        for hint in (None, "en", "id"):
            got = language.detect_language(text, profiles, hint, low)
            if len(low) > 500:
                # the quick head decides alone only on overwhelming evidence; otherwise the whole sample's answer
                words = re.findall(r"\w+", low[:500])
                counts = sorted(((sum(w in s for w in words), g) for g, s in profiles.items()), reverse=True)
                if len(words) >= 40 and counts[0][0] >= 0.24 * len(words) and counts[0][0] >= 4 * max(counts[1][0], 1):
                    assert got == counts[0][1], text
                    continue
            assert got == _detect_whole_sample(low, profiles, hint), (text, hint)


def test_clean_whole_text_quote_pairing_matches_the_paragraph_one() -> None:
    from streamer.extraction.clean import _fix_straight_quotes, _fix_straight_quotes_text

    alphabet = ['"', ' "', '" ', " ", "a", "Zb", ",", "."]
    rng = random.Random(29)
    for _ in range(20_000):
        paras = [p.strip() for p in _random_texts(rng.randint(0, 10**6), rng.randint(1, 5), alphabet, 12)]
        paras = [p for p in paras if p]
        if not paras:
            continue
        text = "\n\n".join(paras)
        expected = "\n\n".join(_fix_straight_quotes(p.strip()) for p in text.split("\n\n") if p.strip())
        assert _fix_straight_quotes_text(text) == expected, text


def test_sentence_helpers_match_their_reference_forms() -> None:
    from streamer.extraction.sentences import _initials, _space_at

    for code in range(0x10000):
        c = chr(code)
        assert _space_at("x" + c, 1) == c.isspace(), hex(code)
    for tok in _random_texts(31, 30_000, ["a", ".", "b", "7", "é", "..", "-"], 9):
        half = len(tok) // 2
        expected = len(tok) > 3 and len(tok) % 2 == 1 and tok[1::2] == "." * half and tok[::2].isalpha()
        assert _initials(tok) == expected, tok


def test_called_parts_gate_every_nickname_cue() -> None:
    """speakers._introduced skips _CALLED's search when no literal of _CALLED_PARTS is in the article (stop 16)."""
    from streamer.extraction import speakers

    body = speakers._CALLED.pattern
    assert body.startswith(r"\b(?:") and body.endswith(r")\b")
    for alt in body[len(r"\b(?:"):-len(r")\b")].split("|"):
        assert any(part in alt for part in speakers._CALLED_PARTS), alt
    for text in _random_texts(17, 2_000, ["sapa", "an ", "di", "panggil", "alias", "juluk", "known ", "as", "x", " "], 12):
        if speakers._CALLED.search(text):
            assert speakers._called_in(text), text


def test_at_and_starts_at_are_startswith() -> None:
    # _at / starts_at compare the codes instead of a bounded str.find: the same answer as str.startswith at any offset
    rng = random.Random(20261130)
    alphabet = ["a", "b", " ", ",", "é", "’", "Ž", "\U0001F600"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        lit = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3)))
        pos = rng.randint(-10, 10)
        assert entities._at(text, lit, pos) == text.startswith(lit, pos), (text, lit, pos)
        assert entities.starts_at(text, lit, pos) == text.startswith(lit, pos), (text, lit, pos)



def test_event_stage_scans_match_their_reference_forms() -> None:
    """di_offsets by one split, _may_end_set_off without its slice, and _future_between's only-spaces
    answer (the lexicons' future markers are words, never blank)."""

    def di_ref(low: str) -> list[int]:
        out: list[int] = []
        i = low.find("di")
        while i >= 0:
            out.append(i)
            i = low.find("di", i + 2)
        return out

    words = ["di", "d", "i", "dengan", " with ", "pertemuan", "bertemu", "talks", "meet", "met", "x", " ", "\n", ","]
    for text in _random_texts(41, 5_000, words, 14):
        visits._DI_LOW[0] = "".join(["#", "?"])  # (a fresh object: no cached answer)
        assert visits.di_offsets(text) == di_ref(text), text
    for text in _random_texts(43, 5_000, ["a", " ", ", ", " di ", " kepada ", "\n", "x"], 12):
        for lo in range(0, 4):
            for hi in range(lo, len(text) + 1):
                t = statements._window_tail(text, lo, hi)
                for opener in (", ", " di ", " kepada "):
                    assert statements._may_end_set_off(text, lo, hi, opener) == (t.endswith(" ") and opener in t)
    # (the loaded lexicons: under the compiled core the modules' files are in the build, away from the data)
    languages = load_resources().languages
    for lang in ("en", "id"):
        markers = languages[lang].lex.future_markers
        assert markers and all(w.strip() for w in markers), lang
