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
        # the word-opening matches, from the shared scan of the lower-cased text (speed round speed11b)
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
        expected = _spans(list(statements._PASSIVE_SAY_LOW.finditer(text)))
        assert _spans(statements._passive_say_matches(text)) == expected, text
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


def test_called_parts_gate_every_nickname_cue() -> None:
    """speakers._introduced skips _CALLED's search when no literal of _CALLED_PARTS is in the article (speed11b)."""
    from streamer.extraction import speakers

    body = speakers._CALLED.pattern
    assert body.startswith(r"\b(?:") and body.endswith(r")\b")
    for alt in body[len(r"\b(?:"):-len(r")\b")].split("|"):
        assert any(part in alt for part in speakers._CALLED_PARTS), alt
    for text in _random_texts(17, 2_000, ["sapa", "an ", "di", "panggil", "alias", "juluk", "known ", "as", "x", " "], 12):
        if speakers._CALLED.search(text):
            assert speakers._called_in(text), text

