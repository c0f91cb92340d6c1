"""English statements (round 14, from an audit of fresh wire text): a bracketed company heading an appositive that
names its parent, a company whose name holds a country speaking through its spokesman, an exchange's spokesman, a
bare company name with its stock ticker, and two-letter initials opening a company's short form; sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bracketed company heading an appositive that names its parent (with the parent's ticker and country,
        # or a '-based' adjective before the parent) is the subject, not the parent
        ("&lt;Vortag Kunststoffwerke GmbH>, a subsidiary of Marlow Plastics Ltd &lt;MRP.N> of Canada, said it "
         "will close its plant in Bremen next year.",
         ["Vortag Kunststoffwerke GmbH"]),
        ("&lt;Quill Harbour International Ltd>, a subsidiary of the Sydney-based Quill Harbour Holdings Ltd "
         "&lt;QHH.S>, said it would delay its share issue until June.",
         ["Quill Harbour International Ltd"]),
        # a company whose name holds a country speaks through its spokesman (not that country's officials)
        ("Zelmar Royal Dutch Airlines &lt;ZEL.AS> said it bought two jets. A Zelmar spokesman said the jets "
         "will fly from Rotterdam in May.",
         ["Zelmar Royal Dutch Airlines"]),
        # an exchange spokesman: the last exchange named, not the securities commission named after it
        ("The Lisbon Stock Exchange suspended trading in the shares after the Securities and Exchange Commission "
         "opened an inquiry. An exchange spokesman said trading would resume on Monday.",
         ["Lisbon Stock Exchange"]),
        # a company's bare name with its stock ticker before the verb
        ("Car sales fell in May. Among the smaller makers, Kestrava &lt;KSV> said its sales rose 12 pct.",
         ["Kestrava"]),
        ("Banca della Valle Bruna &lt;BVB.MI> said it expected profits to rise again this year.",
         ["Banca della Valle Bruna"]),
        # two-letter initials opening a company's short form
        ("QX Widget Systems Inc said it signed a supply deal. Under the deal, QX Widget said it will build "
         "the controllers.",
         ["QX Widget Systems Inc"]),
    ],
)
def test_round14_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)


def test_ticker_needs_a_name(run) -> None:  # type: ignore[no-untyped-def]
    # a sentence opener before a ticker is no company
    assert _speakers(run, "The &lt;ACM> said its sales rose 12 pct in the first quarter.") == []
