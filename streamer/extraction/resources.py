"""Language resources: data files validated on load and compiled once into one Aho-Corasick automaton per language.

Every surface form the core looks for (countries, cities, regions, knowledge-base people and organisations,
titles, verbs of saying, visit triggers, status cues, date words ...) goes into a single automaton keyed by
its lower-cased form. Each key carries payloads ``(kind, value, exact)``; ``exact`` payloads (names) only
count when the text has the same capitalisation as the surface form (or is all capitals), so the English
word "as" never becomes the Indonesian abbreviation "AS" (United States).
"""

from __future__ import annotations

import gettext
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import orjson

_ars: Any
try:  # the Rust Aho-Corasick: same matches, found ~3x faster than pyahocorasick's per-character walk
    import ahocorasick_rs as _ars
except ImportError:  # pragma: no cover - optional; pyahocorasick alone gives the same results
    _ars = None
import pycountry
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from streamer.errors import ConfigurationError
# The plain classes, compiled with the core (resource_types: why); every import of them from here keeps working.
from streamer.extraction.resource_types import City as City
from streamer.extraction.resource_types import LangResources as LangResources
from streamer.extraction.resource_types import SharedResources as SharedResources
from streamer.extraction.resource_types import Subdivision as Subdivision

DATA_DIR = Path(__file__).resolve().parent / "data"
# Which reading of a name wins when one surface has several (a KB person before a city called the same).
NAME_KIND_RANK = {"person": 0, "org": 1, "country": 2, "city": 3, "subdivision": 4, "metonym": 5, "region": 6,
                  "demonym": 7, "person_short": 8}
SUPPORTED_LANGUAGES = ("id", "en")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TitleSpec(_Strict):
    role: str | None
    official: bool
    country: str | None = None


class VisitTrigger(_Strict):
    pattern: str = Field(min_length=2)
    status: str | None
    kind: str = Field(pattern="^(strong|noun|weak|here)$")


class Lexicon(_Strict):
    """The per-language lexicon file (data/<lang>/lexicon.json)."""

    language: str = Field(min_length=2, max_length=3)
    home_country: str | None
    stopwords: list[str]
    name_stop: list[str]
    titles: dict[str, TitleSpec]
    say_verbs_pre: list[str]
    say_verbs_post: list[str]
    according_to: list[str]
    complementizers: list[str]
    addressee_preps: list[str]
    subject_gap_words: list[str]
    unnamed_speakers: list[str]
    group_nouns: list[str]
    group_label: str
    pronouns: list[str]
    company_anaphors: list[str]
    visit_triggers: list[VisitTrigger]
    host_triggers: list[str]
    host_passive: list[str]
    meet_verbs: list[str]
    status_cues: dict[str, str]
    visit_negatives: list[str]
    non_official_words: list[str]
    destination_stops: list[str]
    weekdays: dict[str, int]
    months: dict[str, int]
    relative_dates: dict[str, int]
    future_markers: list[str]
    boilerplate_line: list[str]
    boilerplate_cut: list[str]
    abbreviations: list[str]
    org_heads: list[str]
    org_tails: list[str]
    region_prefixes: list[str]
    accompany: list[str] = Field(default_factory=list)
    cities_extra: dict[str, str]
    # Statements and names (optional; see README-section.md).
    name_prev_block: list[str] = Field(default_factory=list)  # a word before a capitalised word that makes it no person
    title_words: list[str] = Field(default_factory=list)  # portfolio words between a title and a name
    request_verbs: list[str] = Field(default_factory=list)  # 'meminta X ...': X is addressed, not speaking
    speech_sources: list[str] = Field(default_factory=list)  # 'dilansir X', 'mengutip X': X speaks
    # verbs of saying that are also action verbs ('mengungkap kasus', 'proposed a tax'): an utterance only right
    # before 'bahwa'/'that', a colon or a quotation (and, in Indonesian, a comma); read as say_verbs_pre otherwise
    say_verbs_framed: list[str] = Field(default_factory=list)
    # words that are verbs of saying only right after a closing quotation (and its comma), before the speaker's
    # name ('"...," pesan X', '"...," buka X'): read nowhere else ('berbagi pesan WhatsApp' is a message)
    say_verbs_after_quote: list[str] = Field(default_factory=list)


class Places(_Strict):
    """The per-language place file (data/<lang>/places.json)."""

    country_aliases: dict[str, str]
    demonyms: dict[str, str]
    ambiguous_lower: list[str]
    regions: dict[str, str]
    metonyms: dict[str, str]
    # Countries whose ISO 3166-2 subdivisions (provinces, states; names from pycountry) are GPEs in this language,
    # and other surface forms of them ('Jabar', 'DKI Jakarta') by ISO 3166-2 code.
    subdivisions_of: list[str] = Field(default_factory=list)
    subdivision_aliases: dict[str, str] = Field(default_factory=dict)
    # Countries whose subdivisions' names are known as place words only (no entities): 'Kansas and California
    # reported' names no firm.
    subdivision_words_of: list[str] = Field(default_factory=list)


class KBRole(_Strict):
    role: str
    where: str  # ISO2 country or kb:org:... id
    start: date | None
    end: date | None


class KBPerson(_Strict):
    id: str = Field(pattern=r"^kb:[a-z0-9-]+$")
    name: str
    aliases: list[str]
    short: list[str]
    roles: list[KBRole]


class KBOrg(_Strict):
    id: str = Field(pattern=r"^kb:org:[a-z0-9-]+$")
    name: str
    aliases: dict[str, list[str]]
    country: str | None
    international: bool
    central_bank: bool = False


@lru_cache(maxsize=1)
def _subdivision_file() -> dict[str, list[tuple[str, str, str]]]:
    """Country -> (code, name, type) of its subdivisions, from data/shared/subdivisions.json: the countries some
    language reads provinces of, cut from pycountry's whole table, which takes 0.13 s to load
    (regenerate with ``python -m streamer.extraction.tools.gen_subdivisions``)."""
    path = DATA_DIR / "shared" / "subdivisions.json"
    data = load_data_file(path)
    try:
        return {cc: [(r["code"], r["name"], r["type"]) for r in rows] for cc, rows in data["countries"].items()}
    except (KeyError, TypeError) as exc:
        raise ConfigurationError(f"invalid data file {path}: {exc}") from exc


def _subdivisions_of(cc: str) -> list[tuple[str, str, str]]:
    rows = _subdivision_file().get(cc)
    if rows is None:  # a country the file does not hold: pycountry's table
        found = pycountry.subdivisions.get(country_code=cc)  # type: ignore[no-untyped-call]
        rows = [(s.code, s.name, s.type) for s in found or ()]
    return rows


@lru_cache(maxsize=None)
def subdivision(code: str) -> Subdivision | None:
    """An ISO 3166-2 subdivision by code."""
    for sub_code, name, _ in _subdivisions_of(code.split("-", 1)[0]):
        if sub_code == code:
            return Subdivision(sub_code, name, code.split("-", 1)[0])
    return None


@lru_cache(maxsize=None)
def _subdivision_names(countries: tuple[str, ...]) -> dict[str, str]:
    """Name -> ISO 3166-2 code of the subdivisions of these countries. A province wins over a larger
    geographical unit of the same name (Papua the province, not the Papua region)."""
    out: dict[str, str] = {}
    for cc in countries:
        for sub_code, name, _ in sorted(_subdivisions_of(cc), key=lambda r: (r[2] == "Geographical unit", r[0])):
            out.setdefault(name, sub_code)
    return out


def load_data_file(path: Path) -> Any:
    """A JSON data file of the core; a missing or broken file is a ConfigurationError that names it."""
    try:
        return orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise ConfigurationError(f"cannot read data file {path}: {exc}") from exc


def _validate(model: type[BaseModel], data: Any, path: Path) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigurationError(f"invalid data file {path}: {exc}") from exc


def _country_names(lang: str) -> dict[str, str]:
    """Surface -> ISO2 from pycountry (English names, official and common) and its gettext translation."""
    out: dict[str, str] = {}
    translate = None
    if lang != "en":
        try:
            translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
        except OSError:
            translate = None
    for c in pycountry.countries:
        names = [c.name, getattr(c, "common_name", None)]
        if lang == "en":
            names.append(getattr(c, "official_name", None))
        for n in names:
            if n and "," not in n:
                out.setdefault(n, c.alpha_2)
        if translate is not None:
            t = translate(c.name)
            if t and t != c.name and "," not in t:
                out.setdefault(t, c.alpha_2)
    return out


_LATINISH = re.compile(r"^[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’. -]+$")


def _build_language(lang: str, shared: SharedResources) -> LangResources:
    lex_path = DATA_DIR / lang / "lexicon.json"
    places_path = DATA_DIR / lang / "places.json"
    lex: Lexicon = _validate(Lexicon, load_data_file(lex_path), lex_path)
    places: Places = _validate(Places, load_data_file(places_path), places_path)
    if lex.language != lang:
        raise ConfigurationError(f"{lex_path} declares language {lex.language!r}")
    table: dict[str, list[tuple[str, Any]]] = {}  # lexicon: lower-cased key, matched on lower-cased text
    names: dict[str, list[tuple[str, Any]]] = {}  # names: exact surface (and ALL CAPS), matched on the text

    def add(surface: str, kind: str, value: Any, exact: bool) -> None:
        surface = surface.strip()
        if not surface:
            return
        if exact:
            forms = {surface}
            if len(surface) > 3:
                forms.add(surface.upper())
            for f in forms:
                if len(f) == len(surface):
                    names.setdefault(f, []).append((kind, value))
            return
        key = surface.lower()
        if len(key) == len(surface):
            table.setdefault(key, []).append((kind, value))

    # Places: pycountry names, curated aliases, demonyms, regions, metonyms, cities.
    ambiguous = set(places.ambiguous_lower)
    for name, iso in _country_names(lang).items():
        if _LATINISH.match(name):
            add(name, "country", iso, True)
    for name, iso in places.country_aliases.items():
        add(name, "country", iso, True)
    for name, iso in places.demonyms.items():
        add(name, "demonym", iso, True)
    for name, canon in places.regions.items():
        add(name, "region", canon, True)
    for name, iso in places.metonyms.items():
        add(name, "metonym", iso, True)
    for name, code in _subdivision_names(tuple(places.subdivisions_of)).items():
        add(name, "subdivision", code, True)
    for name, code in places.subdivision_aliases.items():
        if subdivision(code) is None:
            raise ConfigurationError(f"places of {lang!r}: {name!r} names an unknown ISO 3166-2 code {code!r}")
        add(name, "subdivision", code, True)
    stop_lower = {w.lower() for w in lex.stopwords} | {w.lower() for w in lex.name_stop} | ambiguous
    country_keys = set(table)
    for idx, city in enumerate(shared.cities):
        for n in (city.name, *_CITY_ALTS.get(idx, ())):
            low = n.lower()
            if low in stop_lower or low in country_keys or len(n) < 4:
                continue
            if lang == "id" and n is not city.name and not {_INITIAL_SOUND.get(w[0], w[0]) for w in low.split()} \
                    & {_INITIAL_SOUND.get(w[0], w[0]) for w in city.name.lower().split()}:
                continue  # 'Anda' (Daqing), 'Wuling' (Changde), 'Temasek': a far alternate name (round 23)
            add(n, "city", idx, True)
    for surface, canon in lex.cities_extra.items():
        idx2 = shared.city_by_name.get(canon.lower())
        if idx2 is not None:
            add(surface, "city", idx2, True)
    # Knowledge base.
    for p in shared.persons.values():
        for n in (p.name, *p.aliases):
            add(n, "person", p.id, True)
        for n in p.short:
            add(n, "person_short", p.id, True)
    for o in shared.orgs.values():
        for n in (o.name, *o.aliases.get("any", ()), *o.aliases.get(lang, ())):
            add(n, "org", o.id, True)
    # Lexicon (any case).
    titles = dict(lex.titles)
    if lang == "id":
        # round 30: 'Kepala BKPM X', 'Kepala Badan Intelijen Negara X': the head of a national state agency (a
        # 'Badan' / 'Lembaga' of the knowledge base with a country) is an official; a firm's or a village's 'kepala' is not
        for o in shared.orgs.values():
            if o.country and not o.international and o.name.startswith(("Badan ", "Lembaga ")):
                for n in (o.name, *o.aliases.get("any", ()), *o.aliases.get(lang, ())):
                    titles.setdefault("kepala " + n.lower(), TitleSpec(role="head of " + o.name, official=True,
                                                                       country=o.country))
    for t in titles:
        add(t, "title", t, False)
    for v in lex.say_verbs_pre:
        add(v, "say_pre", v, False)
    for v in lex.say_verbs_framed:
        add(v, "say_pre", v, False)
    for v in lex.say_verbs_post:
        add(v, "say_post", v, False)
    for v in lex.according_to:
        add(v, "according", v, False)
    for v in lex.speech_sources:
        add(v, "according", v, False)
    for v in lex.request_verbs:
        add(v, "request", v, False)
    for v in lex.unnamed_speakers:
        add(v, "unnamed", v, False)
    for v in lex.group_nouns:
        add(v, "group", v, False)
    for v in lex.company_anaphors:
        add(v, "anaphor", v, False)
    for trig in lex.visit_triggers:
        add(trig.pattern, "visit", trig.pattern, False)
    for v in lex.host_triggers:
        add(v, "host", v, False)
    for v in lex.host_passive:
        add(v, "host_passive", v, False)
    for v in lex.meet_verbs:
        add(v, "meet", v, False)
    for v in lex.accompany:
        add(v, "accompany", v, False)
    for v in lex.visit_negatives:
        add(v, "neg", v, False)
    for v in lex.non_official_words:
        add(v, "nonoff", v, False)
    for k, num in lex.weekdays.items():
        add(k, "weekday", num, False)
    for k, num in lex.months.items():
        if len(k) > 3:  # 'jan', 'mar' ... would match inside words everywhere; datelines parse them apart
            add(k, "month", num, False)
    for k, num in lex.relative_dates.items():
        add(k, "reldate", num, False)
    A = ahocorasick.Automaton()
    for key, payloads in table.items():
        A.add_word(key, (key, tuple(payloads)))
    A.make_automaton()
    N = ahocorasick.Automaton()
    for key, payloads in names.items():
        # (key, readings in file order, the same readings best kind first): the name stage takes the first
        # of the ranked readings without sorting them per match.
        ranked = payloads if len(payloads) == 1 else sorted(payloads, key=lambda r: NAME_KIND_RANK.get(r[0], 9))
        N.add_word(key, (key, tuple(payloads), tuple(ranked)))  # (most names have one reading: no sort at load)
    N.make_automaton()
    names_rs = lex_rs = None
    names_entries: tuple[Any, ...] = ()
    lex_entries: tuple[Any, ...] = ()
    if _ars is not None:
        names_entries = tuple(N.values())
        lex_entries = tuple(A.values())
        # Names: a contiguous NFA (a DFA of 27,000 names would take ~130 MB); the lexicon: a small DFA.
        names_rs = _ars.AhoCorasick([e[0] for e in names_entries], implementation=_ars.Implementation.ContiguousNFA)
        lex_rs = _ars.AhoCorasick([e[0] for e in lex_entries], implementation=_ars.Implementation.DFA)

    stop_words = frozenset(w.lower() for w in lex.stopwords)
    # Very common function words are not in the automaton (they would match everywhere); the rules look
    # for them on demand, in small windows, with one regex per kind.
    word_rx = {
        "comp": _words_rx({w: w for w in lex.complementizers}),
        "addr": _words_rx({w: w for w in lex.addressee_preps}),
        "pronoun": _words_rx({w: w for w in lex.pronouns}),
        "dstop": _words_rx({w: w for w in lex.destination_stops}),
        "status": _words_rx(dict(lex.status_cues)),
    }
    # Near-miss country spellings: index English + local names by their first three letters.
    fuzzy: dict[str, list[tuple[str, str]]] = {}
    for name, iso in {**_country_names(lang), **places.country_aliases}.items():
        if len(name) >= 6 and " " not in name:
            fuzzy.setdefault(name[:3].lower(), []).append((name, iso))
    return LangResources(
        lang=lang,
        lex=lex,
        places=places,
        automaton=A,
        names_automaton=N,
        titles=titles,
        visit_triggers={t.pattern: t for t in lex.visit_triggers},
        name_stop=frozenset(lex.name_stop),
        stopwords=frozenset(w.lower() for w in lex.stopwords),
        abbreviations=frozenset(lex.abbreviations),
        org_heads=frozenset(lex.org_heads),
        org_tails=frozenset(lex.org_tails),
        gap_words=frozenset(lex.subject_gap_words),
        fuzzy_index=fuzzy,
        word_rx=word_rx,
        names_rs=names_rs,
        names_entries=names_entries,
        lex_rs=lex_rs,
        lex_entries=lex_entries,
        org_words=frozenset(lex.org_heads) | frozenset(lex.org_tails) | {w.lower().capitalize() for w in lex.org_tails},
        org_block=frozenset(w for w in lex.name_stop if w.lower() in stop_words) | {"The", "A", "An"},
        name_prev_block=frozenset(w.lower() for w in lex.name_prev_block),
        org_run_words=frozenset(lex.org_tails) | frozenset(lex.org_heads) | {"of", "for"},
        title_words=frozenset(w.lower() for t in lex.titles for w in t.split()) | {w.lower() for w in lex.title_words}
        | {w.lower() for w in lex.org_heads},
        subdivision_words=frozenset(_subdivision_names(tuple(places.subdivision_words_of))),
    )


def _words_rx(words: dict[str, str]) -> tuple[re.Pattern[str], dict[str, str]]:
    alts = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)"), {k.lower(): v for k, v in words.items()}


_CITY_ALTS: dict[int, tuple[str, ...]] = {}
# Initial letters that sound alike across spellings of a city's name ('Kopenhagen' / 'Copenhagen', 'Jenewa' /
# 'Geneva', 'Wina' / 'Vienna'): an Indonesian alternate name must share one word's initial sound with the name.
_INITIAL_SOUND = {"k": "c", "q": "c", "y": "j", "g": "j", "i": "j", "w": "v", "b": "v", "f": "p"}


@lru_cache(maxsize=1)
def load_resources() -> SharedResources:
    """Load and compile every data file once per process (cached; Extractor() instances share it)."""
    cities_path = DATA_DIR / "shared" / "cities.json"
    rows = load_data_file(cities_path)
    cities: list[City] = []
    city_by_name: dict[str, int] = {}
    for idx, (gid, name, cc, pop, cap, alts) in enumerate(rows):
        cities.append(City(int(gid), str(name), str(cc), int(pop), bool(cap)))
        city_by_name.setdefault(name.lower(), idx)
        if alts:
            _CITY_ALTS[idx] = tuple(alts)
    persons_path = DATA_DIR / "shared" / "kb_persons.json"
    orgs_path = DATA_DIR / "shared" / "kb_orgs.json"
    persons_raw = load_data_file(persons_path)["persons"]
    persons: dict[str, KBPerson] = {}
    for p in persons_raw:
        p = dict(p)
        p["roles"] = [{"role": r[0], "where": r[1], "start": r[2], "end": r[3]} for r in p["roles"]]
        person: KBPerson = _validate(KBPerson, p, persons_path)
        persons[person.id] = person
    orgs: dict[str, KBOrg] = {}
    for o in load_data_file(orgs_path)["orgs"]:
        org: KBOrg = _validate(KBOrg, o, orgs_path)
        orgs[org.id] = org
    countries = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    central_banks = {o.country: o.id for o in orgs.values() if o.central_bank and o.country is not None}
    shared = SharedResources(countries, cities, city_by_name, persons, orgs, {}, central_banks)
    offices = load_data_file(DATA_DIR / "shared" / "offices.json")
    single = set(offices["single_holder"])
    for person in persons.values():
        for r in person.roles:
            if r.role in single and not r.where.startswith("kb:"):
                shared.office_holders.setdefault((r.role, r.where), []).append((person.id, r.start, r.end))
    shared.same_office = {cc: dict(m) for cc, m in offices["same_office"].items()}
    for person in persons.values():
        for full in (person.name, *person.aliases):
            words = full.split()
            if len(words) >= 2:
                shared.kb_given_surname.setdefault((words[0], words[-1]), person.id)
    for lang in SUPPORTED_LANGUAGES:
        shared.languages[lang] = _build_language(lang, shared)
    return shared


def kb_office_holder(shared: SharedResources, role: str, country: str, when: date) -> str | None:
    """The knowledge base's one holder of a single-holder office of a country on a date ('foreign minister' of
    US on 2017-05-16 -> Rex Tillerson), or None when it knows none or several."""
    role = shared.same_office.get(country, {}).get(role, role)
    found = [pid for pid, start, end in shared.office_holders.get((role, country), ())
             if (start is None or start <= when) and (end is None or when <= end)]
    return found[0] if len(found) == 1 else None


def kb_role_at(person: KBPerson, when: date | None) -> KBRole | None:
    """The person's role on a date (the latest-starting one that covers it), else their most recent role."""
    if not person.roles:
        return None
    if when is not None:
        covering = [
            r for r in person.roles if (r.start is None or r.start <= when) and (r.end is None or when <= r.end)
        ]
        if covering:
            return max(covering, key=lambda r: r.start or date.min)
        return None
    return max(person.roles, key=lambda r: r.start or date.min)
