"""Score extracted events against a hand-made gold set, the way /work/shared/EVENTS.md says.

Pure: no Kafka, no network. The only I/O is reading the gold file, the optional corpus it refers to and an
optional predictions file; ``main`` is the thin shell (``python -m streamer.evaluation GOLD.jsonl``).

Gold format, one article per JSON line::

    {"id": "...", "language": "id"|"en", "source": "written"|"corpus:indosum-dev"|"corpus:reuters21578",
     "article": {"id", "title", "body", "language", "published"},   # only for articles we wrote
     "visits": [{"traveler": "Antony Blinken", "traveler_aliases": [...], "destination": "KZ",
                 "city": "Astana", "status": "ongoing"}],
     "statements": [{"speaker": "Antony Blinken", "aliases": [...]}],
     "notes": "why"}

Corpus references carry no text: the loader reads it from the corpus directory at run time and refuses ids
that are not in ``dev-ids.txt`` (every other corpus article is reserved for blind evaluation).

Scoring (EVENTS.md, "How an article is scored"): per article, visits are compared as (traveler, destination
country) pairs and statements as speakers, each speaker once per article; gold and predicted items are paired
one-to-one by a maximum bipartite matching under ``same_actor``; TP/FP/FN are summed over all articles
(micro), per language and overall. An undefined precision or recall (0/0) is reported as 0.0.

Name matching (``same_actor``), kept simple on purpose:

1. Normalise: casefold, strip accents, drop dots inside abbreviations ("U.S." -> "us"), other punctuation
   to spaces; strip a *leading* run of titles, role and portfolio words and country names/adjectives in
   Indonesian and English ("Menlu AS", "Menteri Luar Negeri", "U.S. Secretary of State", "Mr", "Bapak",
   "Presiden RI"...), keeping at least one token; drop trailing company suffixes ("Inc", "Corp", "Tbk").
2. Group speakers ("US officials", "para pejabat AS", "the Japanese government", a bare country "Japan"):
   a name that contains a group word (officials/pejabat/authorities/otoritas/government/pemerintah/
   diplomats) or is nothing but a country becomes a key (country code, kind, other tokens); kind is
   "officials" or "government", and a bare country counts as its government (metonymy "Indonesia
   menyatakan"). Two groups match when country and kind agree and one's other tokens are a subset of the
   other's (with a country or some token on both sides). A group never matches a person or organisation.
3. Persons and organisations match when the normalised token lists are equal, or one's token set is a
   subset of the other's and they share the last token ("Blinken" ~ "Antony Blinken"; "Retno Marsudi" ~
   "Retno LP Marsudi"; not "Joko Widodo" ~ "Joko Anwar"), or when the shorter, of two words or more, is the
   longer's leading words ("Sri Mulyani" ~ "Sri Mulyani Indrawati": names without a family name drop words
   from the end; not "Retno" ~ "Retno Marsudi"), or when any alias of one matches the other by the same
   rules (gold may list aliases such as "Jokowi").
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "CORPUS_FILES",
    "Counts",
    "EvaluationReport",
    "GoldError",
    "GoldItem",
    "GoldSet",
    "GoldStatement",
    "GoldVisit",
    "Mismatch",
    "default_corpus_dir",
    "evaluate",
    "evaluate_agreement",
    "evaluate_predictions",
    "extractor_predict",
    "load_gold",
    "load_predictions",
    "main",
    "normalize_name",
    "same_actor",
    "score_article",
]

LANGUAGES = ("id", "en")
SOURCES = ("written", "corpus:indosum-dev", "corpus:reuters21578")
CORPUS_FILES = {"corpus:indosum-dev": "indosum-dev.jsonl", "corpus:reuters21578": "reuters21578.jsonl"}
DEV_IDS_FILE = "dev-ids.txt"
CORPUS_ENV = "STREAMER_CORPUS_DIR"


class GoldError(ValueError):
    """The gold file is malformed or refers to an article it may not use."""


# ---------------------------------------------------------------------------------------------------------
# Name normalisation and matching

# Words that may precede a name as a title, role or portfolio ("Menteri Luar Negeri", "Treasury Secretary").
_ROLE_WORDS = frozenset(
    """
    menteri menlu mendag menkeu menhan mendagri menko wamenlu wamen koordinator luar dalam negeri keuangan
    perdagangan pertahanan perindustrian perekonomian bidang politik hukum keamanan energi pertanian
    kesehatan pendidikan presiden wakil wapres perdana pm raja ratu pangeran mahkota ketua kepala
    direktur dirut utama eksekutif gubernur duta besar dubes juru bicara jubir sekretaris jenderal sekjen
    panglima kapolri kapolda kapolres komisaris deputi asisten staf khusus anggota bapak ibu pak bu saudara
    sdr sang baginda yang mulia ym h hj kh dr drs ir prof profesor haji para
    minister ministers foreign affairs home interior finance trade economy economic defence defense energy
    agriculture treasury commerce state secretary undersecretary under assistant deputy chief vice
    president premier prime chancellor king queen prince crown emperor sultan chairman chairwoman chair
    director executive officer ceo cfo coo managing senior general governor ambassador envoy special
    spokesman spokeswoman spokesperson representative senator congressman rep sen gov mr mrs ms miss dr
    sir lord dame his her excellency majesty highness the of a an
    """.split()
)
_SUFFIX_CONNECTORS = frozenset({"and", "dan", "&"})
_COMPANY_SUFFIXES = frozenset("inc corp corporation co ltd limited plc llc tbk persero ag sa nv bhd".split())
_LEADING_COMPANY = frozenset("pt".split())
_OFFICIALS_WORDS = frozenset(
    "official officials pejabat authorities authority otoritas diplomats diplomat".split()
)
_GOVERNMENT_WORDS = frozenset("government pemerintah pemerintahan administration".split())
_GROUP_FILLER = frozenset("para the of dari a an senior top tinggi seorang sejumlah beberapa some one".split())
# Head nouns of bodies: a name containing one keeps its portfolio words ("U.S. Agriculture Department" must
# not reduce to "department" and match "State Department").
_ORG_NOUNS = frozenset(
    """
    department departemen ministry kementerian kemlu kemenlu office kantor agency badan bank council dewan
    committee komite komisi commission secretariat sekretariat federation association asosiasi union
    party partai embassy kedutaan house palace istana court pengadilan
    """.split()
)
_ARTICLES = frozenset("the a an".split())

# Country names, short forms and adjectives in Indonesian and English that pycountry does not know.
_EXTRA_COUNTRIES: dict[str, str] = {
    "us": "US", "usa": "US", "as": "US", "amerika": "US", "amerika serikat": "US", "american": "US",
    "united states": "US", "ri": "ID", "indonesia": "ID", "indonesian": "ID", "republik indonesia": "ID",
    "uk": "GB", "britain": "GB", "british": "GB", "inggris": "GB", "great britain": "GB",
    "united kingdom": "GB", "china": "CN", "chinese": "CN", "tiongkok": "CN", "cina": "CN", "rrt": "CN",
    "japan": "JP", "japanese": "JP", "jepang": "JP", "russia": "RU", "russian": "RU", "rusia": "RU",
    "soviet": "SU", "soviet union": "SU", "ussr": "SU", "uni soviet": "SU",
    "west germany": "DE", "west german": "DE", "germany": "DE", "german": "DE", "jerman": "DE",
    "france": "FR", "french": "FR", "prancis": "FR", "perancis": "FR", "italy": "IT", "italian": "IT",
    "italia": "IT", "canada": "CA", "canadian": "CA", "kanada": "CA", "australia": "AU",
    "australian": "AU", "malaysia": "MY", "malaysian": "MY", "singapore": "SG", "singapura": "SG",
    "singaporean": "SG", "thailand": "TH", "thai": "TH", "filipina": "PH", "philippines": "PH",
    "philippine": "PH", "vietnam": "VN", "vietnamese": "VN", "korea selatan": "KR", "korsel": "KR",
    "south korea": "KR", "south korean": "KR", "korea utara": "KP", "korut": "KP", "north korea": "KP",
    "north korean": "KP", "india": "IN", "indian": "IN", "pakistan": "PK", "pakistani": "PK",
    "saudi": "SA", "saudi arabia": "SA", "arab saudi": "SA", "iran": "IR", "iranian": "IR", "iraq": "IQ",
    "iraqi": "IQ", "irak": "IQ", "israel": "IL", "israeli": "IL", "palestina": "PS",
    "palestinian": "PS", "mesir": "EG", "egypt": "EG", "egyptian": "EG", "turki": "TR",
    "turkey": "TR", "turkish": "TR", "belanda": "NL", "netherlands": "NL", "dutch": "NL",
    "brazil": "BR", "brazilian": "BR", "brasil": "BR", "mexico": "MX", "mexican": "MX",
    "meksiko": "MX", "argentina": "AR", "argentine": "AR", "kazakhstan": "KZ", "kazakh": "KZ",
    "uzbekistan": "UZ", "uzbek": "UZ", "ukraina": "UA", "ukraine": "UA", "ukrainian": "UA",
    "selandia baru": "NZ", "new zealand": "NZ", "timor leste": "TL", "swiss": "CH", "switzerland": "CH",
    "spanyol": "ES", "spain": "ES", "spanish": "ES", "kuwait": "KW", "kuwaiti": "KW", "venezuela": "VE",
    "venezuelan": "VE", "nigeria": "NG", "nigerian": "NG", "ecuador": "EC", "ecuadorean": "EC",
    "belgia": "BE", "belgium": "BE", "belgian": "BE", "swedia": "SE", "sweden": "SE", "swedish": "SE",
    "norwegia": "NO", "norway": "NO", "norwegian": "NO", "yunani": "GR", "greece": "GR", "greek": "GR",
    "uea": "AE", "uae": "AE", "uni emirat arab": "AE", "qatar": "QA", "bangladesh": "BD", "myanmar": "MM",
    "kamboja": "KH", "cambodia": "KH", "laos": "LA", "brunei": "BN", "taiwan": "TW", "taiwanese": "TW",
    "hong kong": "HK", "uruguay": "UY", "uruguayan": "UY", "chile": "CL", "chili": "CL", "peru": "PE",
    "colombia": "CO", "kolombia": "CO", "zambia": "ZM", "afrika selatan": "ZA", "south africa": "ZA",
    "south african": "ZA", "uni eropa": "EU", "ue": "EU", "eu": "EU", "european union": "EU",
    "european community": "EU", "ec": "EU", "ee": "EU",
    # Adjectives pycountry lacks (its names are nouns).
    "hungarian": "HU", "polish": "PL", "czech": "CZ", "austrian": "AT", "danish": "DK", "finnish": "FI",
    "irish": "IE", "portuguese": "PT", "romanian": "RO", "bulgarian": "BG", "yugoslav": "YU", "cuban": "CU",
    "colombian": "CO", "peruvian": "PE", "chilean": "CL", "bolivian": "BO", "lebanese": "LB", "syrian": "SY",
    "jordanian": "JO", "libyan": "LY", "algerian": "DZ", "moroccan": "MA", "tunisian": "TN", "kenyan": "KE",
    "ethiopian": "ET", "ghanaian": "GH", "zimbabwean": "ZW", "sri lankan": "LK", "nepalese": "NP",
    "afghan": "AF", "burmese": "MM", "mongolian": "MN", "cambodian": "KH", "laotian": "LA", "bruneian": "BN",
    "new zealand's": "NZ", "kyrgyz": "KG", "tajik": "TJ", "turkmen": "TM", "qatari": "QA", "emirati": "AE",
}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _tokens(text: str) -> list[str]:
    """Casefolded, accent-free word tokens; dots inside abbreviations vanish ("U.S." -> "us")."""
    text = _strip_accents(text).casefold()
    text = text.replace("'", "").replace("\u2019", "").replace(".", "")
    cleaned = "".join(ch if ch.isalnum() else " " for ch in text)
    return cleaned.split()


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    table: dict[str, str] = {}
    import pycountry  # a project dependency

    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table[" ".join(_tokens(value))] = country.alpha_2
    table.update(_EXTRA_COUNTRIES)
    return table


def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-2 of a country name, short form or adjective in id/en ("AS", "Jepang"), else None."""
    return _country_table().get(" ".join(_tokens(text)))


def _country_at(tokens: Sequence[str], start: int) -> tuple[str, int] | None:
    """The longest country phrase starting at ``start``: (code, length)."""
    table = _country_table()
    for length in (4, 3, 2, 1):
        if start + length <= len(tokens):
            code = table.get(" ".join(tokens[start : start + length]))
            if code is not None:
                return code, length
    return None


@dataclass(frozen=True, slots=True)
class NormalizedName:
    """A name reduced for matching: either a person/organisation (tokens) or a group key."""

    tokens: tuple[str, ...]
    group: tuple[str, str, frozenset[str]] | None = None  # (country or "", kind, other tokens)


def _group_key(tokens: list[str]) -> tuple[str, str, frozenset[str]] | None:
    has_officials = any(t in _OFFICIALS_WORDS for t in tokens)
    has_government = any(t in _GOVERNMENT_WORDS for t in tokens)
    country = ""
    rest: list[str] = []
    i = 0
    while i < len(tokens):
        found = _country_at(tokens, i)
        if found is not None and not country:
            country, length = found
            i += length
            continue
        token = tokens[i]
        if token not in _OFFICIALS_WORDS and token not in _GOVERNMENT_WORDS and token not in _GROUP_FILLER:
            rest.append(token)
        i += 1
    if has_officials:
        return country, "officials", frozenset(rest)
    if has_government or (country and not rest):
        return country, "government", frozenset(rest)
    return None


def normalize_name(name: str) -> NormalizedName:
    """Reduce a person, organisation or group name to the form ``same_actor`` compares."""
    tokens = _tokens(name)
    group = _group_key(tokens)
    if group is not None:
        return NormalizedName(tuple(tokens), group)
    # Strip a leading run of titles, roles and countries, but always keep the last token; a body's name keeps
    # its words (only a leading article goes).
    i = 0
    is_body = any(t in _ORG_NOUNS for t in tokens)
    while is_body and i < len(tokens) - 1 and tokens[i] in _ARTICLES:
        i += 1
    while not is_body and i < len(tokens) - 1:
        if tokens[i] in _ROLE_WORDS or tokens[i] in _LEADING_COMPANY:
            i += 1
            continue
        found = _country_at(tokens, i)
        if found is not None and i + found[1] < len(tokens):
            i += found[1]
            continue
        break
    core = tokens[i:]
    # 'Merrill Lynch and Co Inc', 'Wertheim Schroder & Co': the connector before a dropped suffix goes too.
    while len(core) > 1 and (core[-1] in _COMPANY_SUFFIXES or core[-1] in _SUFFIX_CONNECTORS and len(core) < len(tokens)):
        core = core[:-1]
    return NormalizedName(tuple(core))


def _match_normalized(a: NormalizedName, b: NormalizedName) -> bool:
    if not a.tokens or not b.tokens:
        return False
    if a.group is not None or b.group is not None:
        if a.group is None or b.group is None:
            return False
        (ca, ka, ra), (cb, kb, rb) = a.group, b.group
        if ca != cb or ka != kb:
            return False
        if not ca and not (ra and rb):  # "officials" alone names no body
            return False
        return ra <= rb or rb <= ra
    if a.tokens == b.tokens:
        return True
    sa, sb = set(a.tokens), set(b.tokens)
    if (sa <= sb or sb <= sa) and a.tokens[-1] == b.tokens[-1]:
        return True
    # Names without a family name (most Indonesian ones) drop words from the end: 'Sri Mulyani' is 'Sri Mulyani
    # Indrawati'. Two or more leading words in order are the same name; one word alone ('Retno') is not.
    short, long_ = (a.tokens, b.tokens) if len(a.tokens) <= len(b.tokens) else (b.tokens, a.tokens)
    return len(short) >= 2 and long_[: len(short)] == short


def same_actor(a: str, b: str, a_aliases: Iterable[str] = (), b_aliases: Iterable[str] = ()) -> bool:
    """True when two names denote the same person, body or group (see the module docstring)."""
    left = [a, *a_aliases]
    right = [b, *b_aliases]
    return any(_match_normalized(normalize_name(x), normalize_name(y)) for x in left for y in right)


# ---------------------------------------------------------------------------------------------------------
# Gold data


@dataclass(frozen=True, slots=True)
class GoldVisit:
    traveler: str
    destination: str
    traveler_aliases: tuple[str, ...] = ()
    city: str | None = None
    status: str | None = None


@dataclass(frozen=True, slots=True)
class GoldStatement:
    speaker: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldItem:
    id: str
    language: str
    source: str
    visits: tuple[GoldVisit, ...]
    statements: tuple[GoldStatement, ...]
    article: dict[str, Any] | None = None
    notes: str = ""

    @property
    def is_negative(self) -> bool:
        """Nothing to find: a hard negative (or an article without events)."""
        return not self.visits and not self.statements


@dataclass(slots=True)
class GoldSet:
    items: list[GoldItem]
    skipped: list[str] = field(default_factory=list)  # ids of corpus items left out
    warnings: list[str] = field(default_factory=list)


_VISIT_STATUSES = frozenset({"planned", "ongoing", "completed", "cancelled"})


def parse_gold_line(raw: dict[str, Any], where: str = "") -> GoldItem:
    """Validate one gold record and turn it into a ``GoldItem``."""
    prefix = f"{where}: " if where else ""

    def fail(message: str) -> GoldError:
        return GoldError(f"{prefix}{message}")

    if not isinstance(raw, dict):
        raise fail("a gold line must be a JSON object")
    known = {"id", "language", "source", "article", "visits", "statements", "notes"}
    unknown = set(raw) - known
    if unknown:
        raise fail(f"unknown fields {sorted(unknown)}")
    item_id = raw.get("id")
    if not isinstance(item_id, str) or not item_id:
        raise fail("missing id")
    language = raw.get("language")
    if language not in LANGUAGES:
        raise fail(f"{item_id}: language must be one of {LANGUAGES}, got {language!r}")
    source = raw.get("source")
    if source not in SOURCES:
        raise fail(f"{item_id}: source must be one of {SOURCES}, got {source!r}")
    article = raw.get("article")
    if source == "written":
        if not isinstance(article, dict) or not isinstance(article.get("body"), str) or not article["body"]:
            raise fail(f"{item_id}: a written item needs an article with a body")
        if article.get("id", item_id) != item_id:
            raise fail(f"{item_id}: article.id differs from id")
    elif article is not None:
        raise fail(f"{item_id}: corpus references must not carry article text")
    visits = []
    for v in raw.get("visits", []):
        if not isinstance(v, dict) or not v.get("traveler") or not v.get("destination"):
            raise fail(f"{item_id}: a visit needs traveler and destination")
        dest = str(v["destination"])
        if len(dest) != 2 or not dest.isupper():
            raise fail(f"{item_id}: destination must be ISO 3166-1 alpha-2, got {dest!r}")
        status = v.get("status")
        if status is not None and status not in _VISIT_STATUSES:
            raise fail(f"{item_id}: unknown visit status {status!r}")
        visits.append(
            GoldVisit(
                traveler=str(v["traveler"]),
                destination=dest,
                traveler_aliases=tuple(v.get("traveler_aliases", ())),
                city=v.get("city"),
                status=status,
            )
        )
    statements = []
    for s in raw.get("statements", []):
        if not isinstance(s, dict) or not s.get("speaker"):
            raise fail(f"{item_id}: a statement needs a speaker")
        statements.append(GoldStatement(speaker=str(s["speaker"]), aliases=tuple(s.get("aliases", ()))))
    return GoldItem(
        id=item_id,
        language=language,
        source=source,
        visits=tuple(visits),
        statements=tuple(statements),
        article=dict(article) if isinstance(article, dict) else None,
        notes=str(raw.get("notes", "")),
    )


def default_corpus_dir() -> Path:
    """$STREAMER_CORPUS_DIR, else ../shared/corpus next to the repository."""
    env = os.environ.get(CORPUS_ENV)
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def read_dev_ids(corpus_dir: Path) -> frozenset[str]:
    return frozenset(
        line.strip() for line in (corpus_dir / DEV_IDS_FILE).read_text(encoding="utf-8").splitlines() if line.strip()
    )


def _read_corpus_articles(path: Path, wanted: set[str]) -> dict[str, dict[str, Any]]:
    """Only the wanted (dev) articles; every other line is dropped unread beyond its id."""
    found: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("id") in wanted:
                # The whole line, as `streamer extract` would receive it (a Reuters dateline is a field of its own).
                found[record["id"]] = record
    return found


def load_gold(
    path: str | Path,
    corpus_dir: str | Path | None = None,
    *,
    resolve: bool = True,
) -> GoldSet:
    """Read a gold JSONL file; with ``resolve``, fetch the text of corpus references from ``corpus_dir``.

    Corpus ids missing from dev-ids.txt raise ``GoldError``. When the corpus directory is absent, corpus items
    are skipped and the skip is counted in ``warnings``; without ``resolve`` they are kept without text (enough
    to score a predictions file).
    """
    path = Path(path)
    items: list[GoldItem] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{lineno}: not JSON: {exc}") from exc
            item = parse_gold_line(raw, f"{path}:{lineno}")
            if item.id in seen:
                raise GoldError(f"{path}:{lineno}: duplicate id {item.id}")
            seen.add(item.id)
            items.append(item)

    gold = GoldSet(items=[])
    corpus_items = [it for it in items if it.source in CORPUS_FILES]
    cdir = Path(corpus_dir) if corpus_dir is not None else default_corpus_dir()
    dev_ids_path = cdir / DEV_IDS_FILE
    if corpus_items and dev_ids_path.is_file():
        dev_ids = read_dev_ids(cdir)
        reserved = sorted(it.id for it in corpus_items if it.id not in dev_ids)
        if reserved:
            raise GoldError(
                f"{path}: {len(reserved)} corpus id(s) are not in {dev_ids_path} (reserved for blind "
                f"evaluation): {', '.join(reserved[:5])}"
            )
    if not resolve or not corpus_items:
        gold.items = items
        return gold
    if not dev_ids_path.is_file():
        gold.items = [it for it in items if it.source not in CORPUS_FILES]
        gold.skipped = [it.id for it in corpus_items]
        gold.warnings.append(
            f"skipped {len(corpus_items)} of {len(items)} gold items that reference the corpus: "
            f"{cdir} not found (set ${CORPUS_ENV} or --corpus-dir)"
        )
        return gold
    texts: dict[str, dict[str, Any]] = {}
    for source, filename in CORPUS_FILES.items():
        wanted = {it.id for it in corpus_items if it.source == source}
        if wanted and (cdir / filename).is_file():
            texts.update(_read_corpus_articles(cdir / filename, wanted))
    for it in items:
        if it.source in CORPUS_FILES:
            if it.id not in texts:
                gold.skipped.append(it.id)
                continue
            it = GoldItem(
                id=it.id, language=it.language, source=it.source, visits=it.visits,
                statements=it.statements, article=texts[it.id], notes=it.notes,
            )
        gold.items.append(it)
    if gold.skipped:
        gold.warnings.append(
            f"skipped {len(gold.skipped)} corpus-referenced gold items whose article was not found in {cdir}"
        )
    return gold


# ---------------------------------------------------------------------------------------------------------
# Scoring


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class Mismatch:
    kind: str  # "FN" (a miss) or "FP" (a false hit)
    task: str  # "visits" or "statements"
    article_id: str
    language: str
    what: str  # "Antony Blinken -> KZ" or "Antony Blinken"


@dataclass(slots=True)
class EvaluationReport:
    counts: dict[str, dict[str, Counts]]  # language ("id", "en", "all") -> task -> counts
    mismatches: list[Mismatch]
    articles: dict[str, int]  # language -> number of articles scored
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "scores": {lang: {task: c.as_dict() for task, c in tasks.items()} for lang, tasks in self.counts.items()},
            "mismatches": [
                {"kind": m.kind, "task": m.task, "id": m.article_id, "language": m.language, "what": m.what}
                for m in self.mismatches
            ],
            "warnings": self.warnings,
        }


@dataclass(frozen=True, slots=True)
class _Actor:
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None  # destination, for visits

    def label(self) -> str:
        return f"{self.name} -> {self.country}" if self.country else self.name


def _same(a: _Actor, b: _Actor) -> bool:
    return a.country == b.country and same_actor(a.name, b.name, a.aliases, b.aliases)


def _dedupe(actors: Iterable[_Actor]) -> list[_Actor]:
    """One entry per distinct actor (and destination): a speaker counts once per article."""
    kept: list[_Actor] = []
    for actor in actors:
        for i, other in enumerate(kept):
            if _same(actor, other):
                if len(actor.name) > len(other.name):  # keep the fullest form for the report
                    kept[i] = _Actor(actor.name, actor.aliases + other.aliases, actor.country)
                break
        else:
            kept.append(actor)
    return kept


def _max_matching(gold: Sequence[_Actor], pred: Sequence[_Actor]) -> dict[int, int]:
    """Maximum bipartite matching gold index -> pred index (Kuhn's augmenting paths; lists are tiny)."""
    edges = [[j for j, p in enumerate(pred) if _same(g, p)] for g in gold]
    match_pred: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for j in edges[g]:
            if j in seen:
                continue
            seen.add(j)
            if j not in match_pred or augment(match_pred[j], seen):
                match_pred[j] = g
                return True
        return False

    for g in range(len(gold)):
        augment(g, set())
    return {g: j for j, g in match_pred.items()}


def _score_sets(gold: Sequence[_Actor], pred: Sequence[_Actor]) -> tuple[Counts, list[_Actor], list[_Actor]]:
    gold_u, pred_u = _dedupe(gold), _dedupe(pred)
    matched = _max_matching(gold_u, pred_u)
    misses = [g for i, g in enumerate(gold_u) if i not in matched]
    used = set(matched.values())
    false_hits = [p for j, p in enumerate(pred_u) if j not in used]
    return Counts(tp=len(matched), fp=len(false_hits), fn=len(misses)), misses, false_hits


def _predicted_actors(events: Iterable[dict[str, Any]]) -> tuple[list[_Actor], list[_Actor], int]:
    visits: list[_Actor] = []
    speakers: list[_Actor] = []
    malformed = 0
    for ev in events:
        try:
            if ev.get("type") == "diplomatic_visit":
                visits.append(_Actor(str(ev["traveler"]["name"]), country=str(ev["destination"]["country"]).upper()))
            elif ev.get("type") == "statement":
                speakers.append(_Actor(str(ev["speaker"]["name"])))
        except (KeyError, TypeError, AttributeError):
            malformed += 1
    return visits, speakers, malformed


def _annotated_actors(item: GoldItem) -> tuple[list[_Actor], list[_Actor]]:
    visits = [_Actor(v.traveler, v.traveler_aliases, v.destination) for v in item.visits]
    speakers = [_Actor(s.speaker, s.aliases) for s in item.statements]
    return visits, speakers


def _compare(
    item: GoldItem, pred_visits: list[_Actor], pred_speakers: list[_Actor]
) -> tuple[dict[str, Counts], list[Mismatch]]:
    gold_visits, gold_speakers = _annotated_actors(item)
    counts: dict[str, Counts] = {}
    mismatches: list[Mismatch] = []
    for task, gold, pred in (("visits", gold_visits, pred_visits), ("statements", gold_speakers, pred_speakers)):
        c, misses, false_hits = _score_sets(gold, pred)
        counts[task] = c
        mismatches += [Mismatch("FN", task, item.id, item.language, a.label()) for a in misses]
        mismatches += [Mismatch("FP", task, item.id, item.language, a.label()) for a in false_hits]
    return counts, mismatches


def score_article(
    item: GoldItem, events: Iterable[dict[str, Any]]
) -> tuple[dict[str, Counts], list[Mismatch], int]:
    """Counts per task for one article, the misses and false hits, and the number of malformed events."""
    pred_visits, pred_speakers, malformed = _predicted_actors(events)
    counts, mismatches = _compare(item, pred_visits, pred_speakers)
    return counts, mismatches, malformed


def _empty_counts() -> dict[str, dict[str, Counts]]:
    return {lang: {"visits": Counts(), "statements": Counts()} for lang in (*LANGUAGES, "all")}


def _score_all(
    items: Iterable[GoldItem], events_of: Callable[[GoldItem], list[dict[str, Any]]]
) -> EvaluationReport:
    report = EvaluationReport(counts=_empty_counts(), mismatches=[], articles={"id": 0, "en": 0, "all": 0})
    malformed = 0
    for item in items:
        counts, mismatches, bad = score_article(item, events_of(item))
        malformed += bad
        for lang in (item.language, "all"):
            report.articles[lang] += 1
            for task, c in counts.items():
                report.counts[lang][task].add(c)
        report.mismatches += mismatches
    if malformed:
        report.warnings.append(f"ignored {malformed} malformed predicted events")
    return report


Predict = Callable[[dict[str, Any]], list[dict[str, Any]]]


def evaluate(gold_items: Iterable[GoldItem], predict: Predict) -> EvaluationReport:
    """Run ``predict`` (article dict -> event dicts in the ``streamer extract`` shape) on every gold article."""
    items = list(gold_items)
    missing = [it.id for it in items if it.article is None]
    report = _score_all((it for it in items if it.article is not None), lambda it: predict(dict(it.article or {})))
    if missing:
        report.warnings.append(f"skipped {len(missing)} gold items without article text")
    return report


def load_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Read a predictions JSONL file: one ``{"id": ..., "events": [...]}`` per line."""
    predictions: dict[str, list[dict[str, Any]]] = {}
    with Path(path).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                raise GoldError(f"{path}:{lineno}: a prediction line needs an id")
            events = record.get("events", [])
            if not isinstance(events, list):
                raise GoldError(f"{path}:{lineno}: events must be a list")
            predictions.setdefault(record["id"], []).extend(events)
    return predictions


def evaluate_predictions(
    gold_items: Iterable[GoldItem], predictions: dict[str, list[dict[str, Any]]]
) -> EvaluationReport:
    """Score stored predictions (id -> events) against gold; a gold article without predictions has none."""
    items = list(gold_items)
    report = _score_all(items, lambda it: predictions.get(it.id, []))
    absent = sum(1 for it in items if it.id not in predictions)
    if absent:
        report.warnings.append(f"{absent} gold articles have no line in the predictions (scored as no events)")
    return report


def evaluate_agreement(first: Iterable[GoldItem], second: Iterable[GoldItem]) -> EvaluationReport:
    """Inter-annotator agreement: the second annotation of the same articles scored against the first, with
    the aliases of both sides (so F1 does not depend on which one is called gold). FN = only in the first,
    FP = only in the second. Articles annotated once only are skipped and counted in a warning."""
    by_id = {it.id: it for it in second}
    report = EvaluationReport(counts=_empty_counts(), mismatches=[], articles={"id": 0, "en": 0, "all": 0})
    unpaired = 0
    for item in first:
        other = by_id.pop(item.id, None)
        if other is None:
            unpaired += 1
            continue
        if other.language != item.language:
            raise GoldError(f"{item.id}: annotated as {item.language} once and as {other.language} once")
        counts, mismatches = _compare(item, *_annotated_actors(other))
        for lang in (item.language, "all"):
            report.articles[lang] += 1
            for task, c in counts.items():
                report.counts[lang][task].add(c)
        report.mismatches += mismatches
    unpaired += len(by_id)
    report.warnings.append("agreement: FN = only in the first annotation, FP = only in the second")
    if unpaired:
        report.warnings.append(f"{unpaired} articles are annotated in one file only (skipped)")
    return report


# ---------------------------------------------------------------------------------------------------------
# The in-process extractor and the command line


def extractor_predict() -> Predict:
    """A ``predict`` that runs ``streamer.extraction.Extractor`` in process, on the article decoded exactly as
    ``streamer extract`` and the worker decode it (so a dateline field or an HTML body is read the same way)."""
    from streamer.extraction import Extractor
    from streamer.service.codec import article_from_json

    extractor = Extractor()

    def predict(article: dict[str, Any]) -> list[dict[str, Any]]:
        doc = article_from_json(article).document
        return [event.model_dump(mode="json") for event in extractor.extract(doc).events]

    return predict


def format_report(report: EvaluationReport) -> str:
    """The human-readable report: a score table, then every miss and false hit."""
    lines = [
        f"articles: id={report.articles['id']} en={report.articles['en']} all={report.articles['all']}",
        "",
        f"{'lang':<5} {'task':<11} {'TP':>5} {'FP':>5} {'FN':>5} {'P':>7} {'R':>7} {'F1':>7}",
    ]
    for lang in (*LANGUAGES, "all"):
        for task in ("visits", "statements"):
            c = report.counts[lang][task]
            lines.append(
                f"{lang:<5} {task:<11} {c.tp:>5} {c.fp:>5} {c.fn:>5} "
                f"{c.precision:>7.3f} {c.recall:>7.3f} {c.f1:>7.3f}"
            )
    for kind, title in (("FN", "misses (in gold, not predicted)"), ("FP", "false hits (predicted, not in gold)")):
        found = [m for m in report.mismatches if m.kind == kind]
        lines += ["", f"{title}: {len(found)}"]
        lines += [f"  {m.kind} {m.task:<10} [{m.language}] {m.article_id}: {m.what}" for m in found]
    if report.warnings:
        lines += [""] + [f"warning: {w}" for w in report.warnings]
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="streamer eval", description="Score extracted events against a gold JSONL file (EVENTS.md)."
    )
    parser.add_argument("gold", type=Path, help="gold JSONL file, e.g. tests/gold/dev.jsonl")
    parser.add_argument(
        "--predictions", type=Path, help='score this JSONL ({"id", "events"} per line) instead of running the extractor'
    )
    parser.add_argument(
        "--second-annotation", type=Path,
        help="inter-annotator agreement: score this second gold file of the same articles against GOLD",
    )
    parser.add_argument(
        "--corpus-dir", type=Path, default=None,
        help=f"corpus directory for corpus references (default ${CORPUS_ENV} or ../shared/corpus)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    """``streamer eval GOLD.jsonl [--predictions P | --second-annotation B] [--corpus-dir D] [--json]``; exit 0 unless input is bad."""
    args = build_parser().parse_args(argv)
    try:
        if args.predictions is not None and args.second_annotation is not None:
            raise GoldError("--predictions and --second-annotation exclude each other")
        if args.second_annotation is not None:
            gold = load_gold(args.gold, args.corpus_dir, resolve=False)
            second = load_gold(args.second_annotation, args.corpus_dir, resolve=False)
            report = evaluate_agreement(gold.items, second.items)
            gold.warnings += second.warnings
        elif args.predictions is not None:
            gold = load_gold(args.gold, args.corpus_dir, resolve=False)
            report = evaluate_predictions(gold.items, load_predictions(args.predictions))
        else:
            gold = load_gold(args.gold, args.corpus_dir)
            report = evaluate(gold.items, extractor_predict())
    except (GoldError, OSError, json.JSONDecodeError) as exc:
        print(f"streamer eval: {exc}", file=sys.stderr)
        return 2
    report.warnings[:0] = gold.warnings
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
