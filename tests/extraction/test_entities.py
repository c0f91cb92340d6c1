"""Entities: countries (names, Indonesian names, abbreviations, demonyms, near misses), cities, metonymy, KB, coref."""

from __future__ import annotations

from datetime import date

import pytest

from streamer.extraction.entities import analyse
from streamer.extraction.resources import load_resources


def _ents(text: str, lang: str, when: date | None = date(2023, 2, 28)):  # type: ignore[no-untyped-def]
    shared = load_resources()
    return analyse(text, shared.languages[lang], shared, when)


def _countries(text: str, lang: str) -> list[str]:
    a = _ents(text, lang)
    return sorted({m.ent.country for m in a.mentions if m.ent.type == "GPE" and m.ent.country})


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Kerja sama dengan Amerika Serikat dan Tiongkok terus tumbuh.", "id", ["CN", "US"]),
        ("Delegasi AS bertemu pejabat Korsel dan Korut.", "id", ["KP", "KR", "US"]),
        ("Hubungan RI dengan Britania Raya membaik.", "id", ["GB", "ID"]),
        ("Pengaruh mereka di Kyrgyztan semakin kecil.", "id", ["KG"]),
        ("The U.S. and the UK signed a pact with Japan.", "en", ["GB", "JP", "US"]),
        ("American and Chinese negotiators met Russian officials.", "en", ["CN", "RU", "US"]),
        ("They talked as friends about the issue.", "en", []),
        ("Jerman dan Prancis mendukung Ukraina.", "id", ["DE", "FR", "UA"]),
    ],
)
def test_entities_countries(text: str, lang: str, expected: list[str]) -> None:
    assert _countries(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "city", "geonames", "country"),
    [
        ("Menteri itu tiba di Tashkent pada Rabu.", "id", "Tashkent", 1512569, "UZ"),
        ("Delegasi itu terbang ke Moskow kemarin.", "id", "Moscow", 524901, "RU"),
        ("The envoy arrived in Astana on Monday.", "en", "Astana", 1526273, "KZ"),
    ],
)
def test_entities_cities_with_geonames(text: str, lang: str, city: str, geonames: int, country: str) -> None:
    a = _ents(text, lang)
    cities = [m.ent for m in a.mentions if m.ent.geonames_id]
    assert [(c.name, c.geonames_id, c.country) for c in cities] == [(city, geonames, country)]


def test_entities_regions_are_loc() -> None:
    a = _ents("Ia berkunjung ke Asia Tengah dan Timur Tengah.", "id")
    assert sorted(m.ent.name for m in a.mentions if m.ent.type == "LOC") == ["Central Asia", "Middle East"]


@pytest.mark.parametrize(
    ("when", "role"),
    [(date(2023, 2, 28), "secretary of state"), (date(2016, 6, 1), "deputy secretary of state")],
)
def test_entities_kb_role_by_date(when: date, role: str) -> None:
    a = _ents("Antony Blinken berbicara di forum itu.", "id", when)
    ent = a.ents["kb:antony-blinken"]
    assert (ent.role, ent.country) == (role, "US")


def test_entities_kb_aliases_and_surname_coref() -> None:
    a = _ents("Menlu Retno L.P. Marsudi tiba. Retno lalu bertemu wartawan. Marsudi tersenyum.", "id")
    retno = [m for m in a.mentions if m.ent.id == "kb:retno-marsudi"]
    assert len(retno) == 3
    assert retno[0].ent.country == "ID"


def test_entities_title_marks_unknown_person_with_role_and_country() -> None:
    a = _ents("Menlu Kazakhstan Nurlan Abdrakhmanov bertemu wartawan. Abdrakhmanov lalu pergi.", "id")
    person = a.ents["person:nurlan abdrakhmanov"]
    assert (person.role, person.country) == ("foreign minister", "KZ")
    assert len(person.mentions) == 2


def test_entities_unqualified_indonesian_title_defaults_home_country() -> None:
    a = _ents("Menteri Perdagangan Budi Santoso mengatakan harga stabil.", "id")
    assert a.ents["person:budi santoso"].country == "ID"


def test_entities_speaker_marked_by_verb_without_title() -> None:
    a = _ents('"Kami siap," kata Hendra Wijaya di Bandung.', "id")
    assert a.ents["person:hendra wijaya"].type == "PERSON"


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [("Washington menolak usulan itu.", "id", "US"), ("The Kremlin said talks would go on.", "en", "RU")],
)
def test_entities_metonymy(text: str, lang: str, iso: str) -> None:
    a = _ents(text, lang)
    m = a.mentions[0]
    assert m.how == "metonym" or m.ent.id == "kb:org:kremlin"
    assert m.ent.country == iso


@pytest.mark.parametrize(
    ("text", "lang", "org_id"),
    [("PBB menyerukan gencatan senjata.", "id", "kb:org:un"), ("Uni Eropa dan NATO bertemu.", "id", "kb:org:eu"),
     ("The World Bank said growth would slow.", "en", "kb:org:world-bank")],
)
def test_entities_orgs(text: str, lang: str, org_id: str) -> None:
    a = _ents(text, lang)
    assert org_id in a.ents and a.ents[org_id].type == "ORG"


def test_entities_org_by_suffix_and_company_name() -> None:
    a = _ents("Brambleton Systems Corp said it would sell the unit. Brambleton added that prices fell.", "en")
    org = a.ents["org:brambleton systems corp"]
    assert org.type == "ORG" and len(org.mentions) == 2


def test_entities_bare_first_name_takes_the_full_name_of_the_article() -> None:
    a = _ents("Duta Besar RI untuk Jepang Heri Akhmadi membuka pameran itu.\n\n\"Permintaan terus tumbuh,\" kata Heri.", "id")
    heri = [m for m in a.mentions if a.text[m.start:m.end] == "Heri"]
    assert heri and heri[0].ent.name == "Heri Akhmadi"


def test_entities_city_that_is_a_first_name_links_to_the_person() -> None:
    a = _ents("Hadir CEO Tiket.com George Hendrata di acara itu.\n\nGeorge menambahkan, kerja sama itu baik.", "id")
    george = [m for m in a.mentions if a.text[m.start:m.end] == "George"]
    assert george and all(m.ent.type == "PERSON" for m in george)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Monetary Authority of Singapore said reserves rose.", "en", "Monetary Authority of Singapore"),
        ("Pitt-Des Moines Inc said it will receive a qualified opinion.", "en", "Pitt-Des Moines Inc"),
        ("Kedutaan Besar Belanda menyatakan kerja sama tetap berjalan.", "id", "Kedutaan Besar Belanda"),
        ("Pejabat Kemlu Jepang mengatakan rapat ditunda.", "id", "Kemlu Jepang"),
    ],
)
def test_entities_body_names_spanning_known_words(text: str, lang: str, name: str) -> None:
    a = _ents(text, lang)
    assert any(e.type == "ORG" and e.name == name for e in a.ents.values())


@pytest.mark.parametrize(
    ("text", "lang", "bad"),
    [
        ("Eckhart memerankan pelatih Pazienza, Kevin Rooney. Eckhart mengaku tertekan.", "id", "Kevin Rooney. Eckhart"),
        ("Menteri Pendidikan Fred Matiangi mengatakan api muncul pukul 02.00.", "id", "Pendidikan Fred Matiangi"),
        ("Sekretaris Jenderal PGI Gomar Gultom mengatakan izin itu wajib.", "id", "PGI Gomar Gultom"),
        ("Pada laga itu AC Milan mengatakan siap.", "id", "AC"),
    ],
)
def test_entities_no_fragment_person_names(text: str, lang: str, bad: str) -> None:
    a = _ents(text, lang)
    assert all(e.name != bad for e in a.ents.values() if e.type == "PERSON")


def test_entities_acronym_in_parentheses_is_an_alias() -> None:
    a = _ents("Pihak Formula One (F1) menyatakan protes. Kini, pihak F1 memastikan protes dicabut.", "id")
    f1 = [m for m in a.mentions if a.text[m.start:m.end] == "F1"]
    assert f1 and all(m.ent.name == "Formula One" for m in f1)


_SCAN_TEXTS = [
    "Menteri Luar Negeri RI Retno Marsudi tiba di Papua Nugini, Senin (27/3), kata-kata AS dan U.S. di Jakarta.",
    "Mr. Smith said the U.S. and the State of Palestine met in 's-Hertogenbosch; von der Leyen went to 6th of October City.",
    "İstanbul'da ŞEHİR 𝐀 😀 Jakarta😀Bandung Singapura Singapur SINGAPURA Kyrgyztan mengatakan.",
    "",
    "A",
]


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_entities_rust_automata_find_what_pyahocorasick_finds(text: str) -> None:
    """ahocorasick_rs (when installed) and pyahocorasick give the same name matches and lexicon hits, with
    character offsets, on ASCII, accented and astral-plane text."""
    from streamer.extraction.entities import scan_lexicon, scan_names

    for res in load_resources().languages.values():
        if res.names_rs is None:
            pytest.skip("ahocorasick_rs not installed")
        low = text.lower()
        if len(low) != len(text):
            low = "".join(c.lower()[0] for c in text)
        fast_names, fast_hits = sorted(scan_names(text, res)), scan_lexicon(low, res, len(text))
        names_rs, lex_rs = res.names_rs, res.lex_rs
        try:
            res.names_rs = res.lex_rs = None
            assert sorted(scan_names(text, res)) == fast_names
            assert scan_lexicon(low, res, len(text)) == fast_hits
        finally:
            res.names_rs, res.lex_rs = names_rs, lex_rs


def test_entities_analyse_checks_the_deadline_inside_the_name_loop() -> None:
    """The name stage calls ``check`` every few dozen runs, so a long text stops soon after its deadline."""
    calls = []

    class Stop(Exception):
        pass

    def check() -> None:
        calls.append(1)
        if len(calls) > 3:
            raise Stop

    text = " ".join(["Budi Santoso mengatakan Joko Widodo"] * 2_000)
    with pytest.raises(Stop):
        analyse(text, load_resources().languages["id"], load_resources(), None, check)
    assert len(calls) == 4


def _persons(text: str, lang: str) -> list[str]:
    a = _ents(text, lang)
    return sorted({m.ent.name for m in a.mentions if m.ent.type == "PERSON"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marco Bellini, president of the steel federation, told reporters the plan was sound.", ["Marco Bellini"]),
        ("Talks went on. Tan Boon Keat, head of the Malaysian delegation, expected a deal.", ["Tan Boon Keat"]),
        # not at a clause start, or a body's words: no person
        ("He met General Motors, the largest carmaker, in Detroit.", []),
        ("Talks went on. Pacific Holdings, head of the group, gained.", []),
    ],
)
def test_entities_untitled_name_before_comma_role_is_a_person(text: str, expected: list[str]) -> None:
    assert _persons(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "name", "typ"),
    [
        ("Mercedes said it would appeal the ruling.", "en", "Mercedes-Benz", "ORG"),
        ("Confindustria said the decree hurt industry.", "en", "Confindustria", "ORG"),
        ("British Airways said fares would rise.", "en", "British Airways", "ORG"),  # a KB body
    ],
)
def test_entities_bodies_are_not_persons(text: str, lang: str, name: str, typ: str) -> None:
    a = _ents(text, lang)
    assert not [m for m in a.mentions if m.ent.type == "PERSON"]
    assert any(m.ent.name == name and m.ent.type == typ for m in a.mentions)


def test_entities_assistant_coach_title_and_first_name_not_a_city() -> None:
    a = _ents('" Kami siap, " ujar asisten pelatih Bima Sakti.', "id")
    people = [m.ent for m in a.mentions if m.ent.type == "PERSON"]
    assert [(p.name, p.role, p.official) for p in people] == [("Bima Sakti", "assistant coach", False)]
    assert not [m for m in a.mentions if m.ent.type == "GPE"]


def test_entities_surname_first_three_syllable_name_is_whole() -> None:
    text = "South Korean Trade Minister Pak Sung Chol said exports rose. Pak added that imports fell."
    a = _ents(text, "en")
    people = [(text[m.start:m.end], m.ent.name) for m in a.mentions if m.ent.type == "PERSON" and m.how != "title"]
    assert people == [("Pak Sung Chol", "Pak Sung Chol"), ("Pak", "Pak Sung Chol")]
