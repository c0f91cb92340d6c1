"""Cleaning: HTML, datelines, boilerplate, mojibake and tokenised spacing."""

from __future__ import annotations

import pytest

from streamer.extraction.clean import clean, fix_mojibake, html_to_text

LINE = ("baca juga", "penerjemah:", "editor:", "copyright", "sumber:", "(reporting by", "(editing by", "pewarta:")
CUT = ("penerjemah:", "copyright", "(reporting by", "(editing by", "pewarta:")


def _clean(body: str, html: bool = False):  # type: ignore[no-untyped-def]
    return clean(body, is_html=html, boilerplate_line=LINE, boilerplate_cut=CUT)


@pytest.mark.parametrize(
    ("body", "place", "date", "starts"),
    [
        ("Astana (ANTARA) - Menlu tiba di sana.", "Astana", None, "Menlu tiba"),
        ("WASHINGTON, March 3 (Reuters) - The minister said no.", "Washington", "March 3", "The minister"),
        ("JAKARTA, KOMPAS.com - Presiden membuka acara.", "Jakarta", None, "Presiden membuka"),
        ("TOKYO, Feb 26 - Japan said it would act.", "Tokyo", "Feb 26", "Japan said"),
        ("The U.S. - Japan talks ended on Friday.", None, None, "The U.S."),
    ],
)
def test_clean_dateline(body: str, place: str | None, date: str | None, starts: str) -> None:
    c = _clean(body)
    assert c.dateline_place == place
    assert c.dateline_date == date
    assert c.text.startswith(starts)


def test_clean_trailing_boilerplate_removed() -> None:
    body = "Jakarta (ANTARA) - Menteri itu berbicara.\n\nBaca juga: Hal lain\n\nPenerjemah: A\nEditor: B\nCopyright © ANTARA 2023"
    assert _clean(body).text == "Menteri itu berbicara."


def test_clean_reuters_reporting_and_wraps() -> None:
    body = "The bank said profits\nrose sharply.\n    It added more.\n (Reporting by A; Editing by B)\n REUTER"
    assert _clean(body).text == "The bank said profits rose sharply.\n\nIt added more."


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [("Itâ€™s done", "It’s done"), ("cafÃ© au lait", "café au lait"), ("plain text", "plain text")],
)
def test_clean_mojibake(raw: str, fixed: str) -> None:
    assert fix_mojibake(raw) == fixed


@pytest.mark.parametrize(
    ("raw", "out"),
    [
        ("Pada Senin ( 27 / 3 ) , ia datang .", "Pada Senin (27/3), ia datang."),
        ('" Tidak ada masalah , " ucap Zulkifli . Lalu , dia pergi .', '"Tidak ada masalah," ucap Zulkifli. Lalu, dia pergi.'),
    ],
)
def test_clean_tokenised_spacing(raw: str, out: str) -> None:
    assert _clean(raw).text == out


def test_clean_html_paragraphs() -> None:
    html = "<html><body><p>First <b>bold</b> part.</p><script>var x=1;</script><p>Second.</p></body></html>"
    text = _clean(html, html=True).text
    assert text == "First bold part.\n\nSecond."
    assert "var x" not in html_to_text("<script>var x=1;</script><p>a</p>")


# -- round 3: the regex substitutions became plain replaces and one scan; the output must not change -----------


@pytest.mark.parametrize(
    ("raw", "out"),
    [
        # odd spaces and runs collapse to one space
        ("Menteri\u00a0itu  tiba\t di\u2009sana.", "Menteri itu tiba di sana."),
        # tokenised hyphens join only when the text is tokenised; a joined word is not joined again on its right
        ("Bandara Soekarno - Hatta , kata dia . Lalu , a - b - c .", "Bandara Soekarno-Hatta, kata dia. Lalu, a-b - c."),
        ("The U.S. - Japan talks ended.", "The U.S. - Japan talks ended."),
        # slashes of dates, one space either side or none; "1 / 2 / 2017" joins its first pair only, as before
        ("Senin ( 13 / 5 / 2017 ) .", "Senin (13/5 / 2017)."),
        ("Rasio 3 /4 dan 5/ 6 .", "Rasio 3/4 dan 5/6."),
        # curly quotes and brackets
        ("“ Kami siap , ” kata dia [ Reuters ] .", "“Kami siap,” kata dia [Reuters]."),
    ],
)
def test_clean_spacing_repairs(raw: str, out: str) -> None:
    assert _clean(raw).text == out


def test_clean_character_references_in_plain_text() -> None:
    out = clean("Smith &amp; Jones Co said it sold its &quot;small&quot; unit to &lt;Acme Corp>.", is_html=False,
                boilerplate_line=(), boilerplate_cut=()).text
    # "&amp;" and "&quot;" are decoded; Reuters' escaped name markers stay for the statement stage
    assert out == 'Smith & Jones Co said it sold its "small" unit to &lt;Acme Corp>.'


# -- issue 6 (speed): fixes skipped when their character is absent, one-pass space collapse, quotes by str.find ----


def _former_fixes(text: str) -> str:
    from streamer.extraction.clean import _SPACE_FIXES

    for a, b in _SPACE_FIXES:
        text = text.replace(a, b)
    return text


def _former_collapse(text: str) -> str:
    for c in ("\t", "\u00a0", "\u2009", "\u200b"):
        text = text.replace(c, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _former_quotes(par: str) -> str:
    import re

    out: list[str] = []
    pos = 0
    opening = True
    for m in re.finditer('"', par):
        i = m.start()
        chunk = par[pos:i]
        if not opening:
            chunk = chunk.rstrip(" ")
        out.append(chunk)
        out.append('"')
        pos = i + 1
        if opening:
            while pos < len(par) and par[pos] == " ":
                pos += 1
        opening = not opening
    out.append(par[pos:])
    return "".join(out)


_SPEED_SAMPLES = [
    "",
    " ",
    '"',
    '" "',
    'Dia berkata " kami siap , " lalu pergi .',
    '"   Ya   "  kata   dia  ,  " tidak "',
    "Senin ( 27 / 3 ) [ foto ] “ Halo ” ‘ hai ’ ; tanya ? seru ! titik : dua",
    "a\u00a0\u00a0b\t\tc\u2009 \u200bd      e",
    'Tiga " tanda " kutip " tanpa pasangan',
    "no fixes here at all",
]


@pytest.mark.parametrize("text", _SPEED_SAMPLES)
def test_clean_speed_helpers_match_former_ones(text: str) -> None:
    from streamer.extraction.clean import _SPACE_FIX_CHARS, _collapse_spaces, _fix_straight_quotes

    single = _former_collapse(text)
    assert _collapse_spaces(text) == single
    fixed = single
    for a, b, c in _SPACE_FIX_CHARS:
        if c in fixed:
            fixed = fixed.replace(a, b)
    assert fixed == _former_fixes(single)
    assert _fix_straight_quotes(text) == _former_quotes(text)
