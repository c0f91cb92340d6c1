"""The resources' plain classes (City, Subdivision, LangResources, SharedResources), compiled with the core.

The stages read these fields thousands of times an article; in the compiled core a field of a class compiled
with it is a direct read, where a class of an interpreted module is a generic attribute look-up each time
(README, Speed). They are defined here, not in ``resources`` (pydantic, interpreted), and re-exported by it:
import them from ``streamer.extraction.resources`` as before. LangResources also holds typed copies of the
lexicon fields the stages read per hit (the pydantic ``Lexicon``'s fields are generic look-ups), the word lists
as frozensets (membership is all the stages ask of them), and of the titles' fields (``title_facts``);
SharedResources the knowledge-base bodies' (``org_facts``).

LangResources and SharedResources are plain classes with an ``__init__`` of the former dataclasses' signature,
not dataclasses: mypyc evaluates a compiled dataclass's field types at import, and the pydantic models they name
live in ``resources``, which imports this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from streamer.extraction.resources import KBOrg, KBPerson, Lexicon, Places, TitleSpec, VisitTrigger


@dataclass(frozen=True, slots=True)
class City:
    geonames_id: int
    name: str
    country: str
    population: int
    capital: bool


@dataclass(frozen=True, slots=True)
class Subdivision:
    code: str  # ISO 3166-2, e.g. ID-JB
    name: str
    country: str


@dataclass(frozen=True, slots=True)
class TitleFacts:
    """A title's TitleSpec fields, read per title hit (a pydantic model's fields are generic look-ups)."""

    role: str | None
    official: bool
    country: str | None


@dataclass(frozen=True, slots=True)
class OrgFacts:
    """A knowledge-base body's KBOrg fields the entity stage reads per mention."""

    name: str
    country: str | None
    international: bool


class LangResources:
    """Everything one language needs at extraction time; built once and shared."""

    lang: str
    lex: Lexicon
    places: Places
    automaton: Any
    names_automaton: Any
    titles: dict[str, TitleSpec]
    visit_triggers: dict[str, VisitTrigger]
    name_stop: frozenset[str]
    stopwords: frozenset[str]
    abbreviations: frozenset[str]
    org_heads: frozenset[str]
    org_tails: frozenset[str]
    gap_words: frozenset[str]
    fuzzy_index: dict[str, list[tuple[str, str]]]
    fuzzy_cache: dict[str, str | None]
    word_flags: dict[str, int]  # per-surface cache for entities._word_flags
    org_block: frozenset[str]
    name_prev_block: frozenset[str]
    title_words: frozenset[str]
    org_run_words: frozenset[str]  # a capitalised run with one of these may hold a body's name
    word_rx: dict[str, tuple[re.Pattern[str], dict[str, str]]]
    # Capitalised words that may belong to a body's name: org heads and tails, and tails as capitalised words.
    org_words: frozenset[str]
    subdivision_words: frozenset[str]  # the names of places.subdivision_words_of's subdivisions
    # The same automata in ahocorasick_rs when it is installed (None otherwise): pattern i is entries[i], the
    # payload the pyahocorasick automaton stores for that key.
    names_rs: Any
    names_entries: tuple[Any, ...]
    lex_rs: Any
    lex_entries: tuple[Any, ...]
    # The lexicon's fields the stages read per word or hit, copied from `lex` (the same objects, or their words
    # as a frozenset): keep them in step with `lex` (set from it here, never changed after).
    home_country: str | None
    group_label: str
    months: dict[str, int]
    future_markers: list[str]
    according_to: frozenset[str]
    say_verbs_pre: frozenset[str]
    say_verbs_framed: frozenset[str]
    say_verbs_after_quote: frozenset[str]
    request_verbs: frozenset[str]
    title_facts: dict[str, TitleFacts]  # titles' fields (the same keys): set here from `titles`, never changed

    def __init__(self, lang: str, lex: Lexicon, places: Places, automaton: Any, names_automaton: Any,
                 titles: dict[str, TitleSpec], visit_triggers: dict[str, VisitTrigger], name_stop: frozenset[str],
                 stopwords: frozenset[str], abbreviations: frozenset[str], org_heads: frozenset[str],
                 org_tails: frozenset[str], gap_words: frozenset[str],
                 fuzzy_index: dict[str, list[tuple[str, str]]] | None = None,
                 fuzzy_cache: dict[str, str | None] | None = None, word_flags: dict[str, int] | None = None,
                 org_block: frozenset[str] = frozenset(), name_prev_block: frozenset[str] = frozenset(),
                 title_words: frozenset[str] = frozenset(), org_run_words: frozenset[str] = frozenset(),
                 word_rx: dict[str, tuple[re.Pattern[str], dict[str, str]]] | None = None,
                 org_words: frozenset[str] = frozenset(), subdivision_words: frozenset[str] = frozenset(),
                 names_rs: Any = None, names_entries: tuple[Any, ...] = (), lex_rs: Any = None,
                 lex_entries: tuple[Any, ...] = ()) -> None:
        self.lang = lang
        self.lex = lex
        self.places = places
        self.automaton = automaton
        self.names_automaton = names_automaton
        self.titles = titles
        self.visit_triggers = visit_triggers
        self.name_stop = name_stop
        self.stopwords = stopwords
        self.abbreviations = abbreviations
        self.org_heads = org_heads
        self.org_tails = org_tails
        self.gap_words = gap_words
        self.fuzzy_index = {} if fuzzy_index is None else fuzzy_index
        self.fuzzy_cache = {} if fuzzy_cache is None else fuzzy_cache
        self.word_flags = {} if word_flags is None else word_flags
        self.org_block = org_block
        self.name_prev_block = name_prev_block
        self.title_words = title_words
        self.org_run_words = org_run_words
        self.word_rx = {} if word_rx is None else word_rx
        self.org_words = org_words
        self.subdivision_words = subdivision_words
        self.names_rs = names_rs
        self.names_entries = names_entries
        self.lex_rs = lex_rs
        self.lex_entries = lex_entries
        self.home_country = lex.home_country
        self.group_label = lex.group_label
        self.months = lex.months
        self.future_markers = lex.future_markers
        self.according_to = frozenset(lex.according_to)
        self.say_verbs_pre = frozenset(lex.say_verbs_pre)
        self.say_verbs_framed = frozenset(lex.say_verbs_framed)
        self.say_verbs_after_quote = frozenset(lex.say_verbs_after_quote)
        self.request_verbs = frozenset(lex.request_verbs)
        self.title_facts = {t: TitleFacts(spec.role, spec.official, spec.country) for t, spec in titles.items()}

    def __repr__(self) -> str:
        return f"LangResources(lang={self.lang!r})"


class SharedResources:
    countries: dict[str, str]  # ISO2 -> English name
    cities: list[City]
    city_by_name: dict[str, int]  # lower name -> index into cities
    persons: dict[str, KBPerson]
    orgs: dict[str, KBOrg]
    languages: dict[str, LangResources]
    central_banks: dict[str, str]  # ISO2 -> the knowledge base id of that country's central bank
    # (role, ISO2) -> (person id, start, end) of each holder of a single-holder office (data/shared/offices.json)
    office_holders: dict[tuple[str, str], list[tuple[str, date | None, date | None]]]
    same_office: dict[str, dict[str, str]]  # ISO2 -> title role -> KB role
    # (given name, surname) -> person id of the KB's names of two or more words ('Anies', 'Baswedan')
    kb_given_surname: dict[tuple[str, str], str]
    org_facts: dict[str, OrgFacts]  # orgs' fields (the same keys): set here from `orgs`, never changed

    def __init__(self, countries: dict[str, str], cities: list[City], city_by_name: dict[str, int],
                 persons: dict[str, KBPerson], orgs: dict[str, KBOrg], languages: dict[str, LangResources],
                 central_banks: dict[str, str],
                 office_holders: dict[tuple[str, str], list[tuple[str, date | None, date | None]]] | None = None,
                 same_office: dict[str, dict[str, str]] | None = None,
                 kb_given_surname: dict[tuple[str, str], str] | None = None) -> None:
        self.countries = countries
        self.cities = cities
        self.city_by_name = city_by_name
        self.persons = persons
        self.orgs = orgs
        self.languages = languages
        self.central_banks = central_banks
        self.office_holders = {} if office_holders is None else office_holders
        self.same_office = {} if same_office is None else same_office
        self.kb_given_surname = {} if kb_given_surname is None else kb_given_surname
        self.org_facts = {oid: OrgFacts(o.name, o.country, o.international) for oid, o in orgs.items()}
