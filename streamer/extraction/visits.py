"""Diplomatic visits: an official traveler, a foreign destination, a status, hosts and dates.

Only sentences with a visit trigger or host phrasing are read. The traveler must be an official (by title,
by the knowledge base, or a named delegation); the destination is the country of the places after the
trigger (or the dateline place abroad when the trigger names only a region, or "here"); domestic trips,
hoped-for visits, phone calls and non-official travelers give nothing. One event per (traveler, country).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from streamer.extraction.dates import resolve_dates
from streamer.extraction.entities import Analysis, Ent, Hit, Mention

_STATUS_RANK = {"cancelled": 4, "ongoing": 3, "completed": 2, "planned": 1}
_SUBJECT_WINDOW = 160
_DEST_WINDOW = 160


@dataclass(slots=True)
class RawVisit:
    traveler: Ent
    mention: Mention | None
    country: str
    city: Ent | None
    status: str | None
    hosts: list[Ent] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    start: date | None = None
    end: date | None = None
    date_text: str | None = None
    cameo: str = "042"
    strong: bool = False


@dataclass(slots=True)
class Dateline:
    country: str | None
    city: Ent | None


def _is_traveler(ent: Ent) -> bool:
    return ent.type == "PERSON" and (ent.official or ent.descriptor) and not ent.group


class _Visits:
    def __init__(self, a: Analysis, dateline: Dateline, ref: date | None):
        self.a, self.dateline, self.ref = a, dateline, ref
        self.out: dict[tuple[str, str], RawVisit] = {}
        self.last_traveler: Ent | None = None
        self.title_places = self._title_places()
        self.companions: list[tuple[Mention, Ent, tuple[int, int]]] = []

    def _title_places(self) -> set[int]:
        """Starts of place mentions that only qualify a person's title ('Presiden Kazakhstan X')."""
        text = self.a.text
        out: set[int] = set()
        ms = self.a.mentions
        for i, m in enumerate(ms):
            if m.ent.type == "GPE" or m.how == "demonym":
                for nxt in ms[i + 1:i + 3]:
                    if nxt.start - m.end <= 45 and nxt.ent.type == "PERSON":
                        between = text[m.end:nxt.start]
                        if "," not in between and not any(
                            h.kind in ("visit", "meet") for h in self.a.hits_in(m.end, nxt.start)
                        ) and not self.a.hits_in(m.end, nxt.start, "dstop"):
                            out.add(m.start)
                        break
        return out

    # -- traveler ------------------------------------------------------------------------------------------
    def _subject(self, ss: int, pos: int) -> Mention | None:
        """The nearest official person before ``pos`` in the sentence (the subject of the trigger)."""
        for m in reversed(self.a.mentions_in(max(ss, pos - _SUBJECT_WINDOW), pos)):
            if m.ent.type == "PERSON":
                return m if _is_traveler(m.ent) else None
        lo = max(ss, pos - 60)
        for h in self.a.hits_in(lo, pos, "pronoun"):
            if self.last_traveler is not None:
                return Mention(h.start, h.end, self.last_traveler, "coref")
        if self.a.text[ss:pos].strip() == "" and self.last_traveler is not None:
            return None
        return None

    def _noun_owner(self, h: Hit, ss: int, se: int) -> Mention | None:
        """'Kunjungan Blinken ke ...' / 'Blinken's visit to ...' / 'visit by X'."""
        text = self.a.text
        pos = h.end
        for m in self.a.mentions_in(h.end, min(se, h.end + 80)):
            gap = text[pos:m.start]
            for t in self.a.hits_in(pos, m.start, "title"):
                gap = gap.replace(text[t.start:t.end], "")
            if gap.strip().lower() not in ("", "by", "of", "oleh", "dari", "the", "by the"):
                break
            if m.ent.type == "PERSON":
                return m if _is_traveler(m.ent) else None
            pos = m.end
        return self._subject(ss, h.start)

    # -- destination ---------------------------------------------------------------------------------------
    def _destinations(self, h: Hit, trig_kind: str, se: int, traveler: Ent) -> tuple[list[tuple[str, Ent | None]], bool]:
        text = self.a.text
        end = min(se, h.end + _DEST_WINDOW)
        stops = [x.start for x in self.a.hits_in(h.end, end) if x.kind in ("say_pre", "say_post")]
        stops += [x.start for x in self.a.hits_in(h.end, end, "dstop")[:1]]
        stop = min(stops, default=end)
        out: list[tuple[str, Ent | None]] = []
        saw_region = False
        for m in self.a.mentions_in(h.end, stop):
            if m.ent.type == "LOC":
                saw_region = True
                continue
            if m.ent.type != "GPE" or m.how == "demonym" or m.start in self.title_places:
                continue
            if trig_kind == "weak":
                prev = text[max(0, m.start - 4):m.start].lower()
                if not (prev.endswith("di ") or prev.endswith("in ") or prev.endswith("ke ") or prev.endswith("at ")):
                    continue
            country = m.ent.country
            if not country:
                continue
            city = m.ent if m.ent.geonames_id is not None else None
            out.append((country, city))
        if not out and (trig_kind in ("here", "weak") or saw_region) and self.dateline.country:
            out.append((self.dateline.country, self.dateline.city))
        del traveler
        return out, saw_region

    def _status(self, h: Hit, ss: int, default: str | None, noun: bool = False, se: int = 0) -> str | None:
        """Status cues in the few words before the trigger; a cancellation cue anywhere near wins."""
        cues = [c for c in self.a.hits_in(max(ss, h.start - 40), h.start, "status")]
        after = self.a.hits_in(h.end, min(h.end + 40, len(self.a.text)) if not noun else se, "status")
        if any(c.value == "cancelled" for c in cues + after):
            return "cancelled"
        if default is not None and default != "ongoing":
            return default
        if cues:
            return str(cues[-1].value)
        return default

    def _negated(self, h: Hit, ss: int, se: int) -> bool:
        for n in self.a.hits_in(ss, se, "neg"):
            return True
        del h
        return False

    def _non_official_subject(self, ss: int, pos: int) -> bool:
        return bool(self.a.hits_in(ss, pos, "nonoff"))

    def _delegation_country(self, ent: Ent, ss: int, se: int) -> None:
        """'Delegasi China yang dipimpin Wakil Presiden X' / 'a Chinese delegation led by X': X is Chinese."""
        if not ent.country_default:
            return
        low = self.a.low
        for word in ("delegasi", "delegation"):
            i = low.find(word, ss, se)
            if i < 0:
                continue
            for m in self.a.mentions_in(max(ss, i - 25), min(se, i + len(word) + 25)):
                if m.ent.type == "GPE" and m.ent.country:
                    ent.country = m.ent.country
                    ent.country_default = False
                    return

    def add(self, traveler: Mention, country: str, city: Ent | None, status: str | None, sent: tuple[int, int],
            cameo: str, strong: bool, hosts: list[Ent]) -> None:
        ent = traveler.ent
        self._delegation_country(ent, sent[0], sent[1])
        if ent.country == country or (ent.country is None and ent.international is False and ent.descriptor):
            return
        key = (ent.key, country)
        v = self.out.get(key)
        if v is None:
            v = self.out[key] = RawVisit(ent, traveler if traveler.how != "coref" else None, country, city, status,
                                         cameo=cameo, strong=strong)
        else:
            if v.city is None and city is not None:
                v.city = city
            if status and (v.status is None or _STATUS_RANK[status] > _STATUS_RANK[v.status]):
                v.status = status
            v.strong = v.strong or strong
            if v.mention is None and traveler.how != "coref":
                v.mention = traveler
        if sent not in v.evidence:
            v.evidence.append(sent)
        for host in hosts:
            if host is not ent and host not in v.hosts and host.country != ent.country:
                v.hosts.append(host)
        if v.start is None:
            d1, d2, words = resolve_dates(self.a, sent[0], sent[1], self.ref, forward=(status == "planned"))
            v.start, v.end, v.date_text = d1, d2, words

    def _meet_objects(self, ss: int, se: int, after: int) -> list[Ent]:
        hosts = []
        for mh in self.a.hits_in(after, se, "meet"):
            for m in self.a.mentions_in(mh.end, min(se, mh.end + 120)):
                if m.ent.type == "PERSON" and m.ent not in hosts:
                    hosts.append(m.ent)
            break
        return hosts

    # -- sentences -----------------------------------------------------------------------------------------
    def sentence(self, ss: int, se: int) -> None:
        a = self.a
        hits = a.hits_in(ss, se)
        triggers = [h for h in hits if h.kind == "visit"]
        hosts_hits = [h for h in hits if h.kind in ("host", "host_passive")]
        persons = [m for m in a.mentions_in(ss, se) if m.ent.type == "PERSON" and _is_traveler(m.ent)]
        for acc in (h for h in hits if h.kind == "accompany"):
            before = next((m for m in reversed(a.mentions_in(max(ss, acc.start - _SUBJECT_WINDOW), acc.start))
                           if m.ent.type == "PERSON"), None)
            after = next((m for m in a.mentions_in(acc.end, min(se, acc.end + 60)) if m.ent.type == "PERSON"), None)
            if before is not None and after is not None and before.ent is not after.ent:
                companion, lead = (after, before) if acc.value in ("didampingi oleh",) else (before, after)
                if _is_traveler(companion.ent):
                    self.companions.append((companion, lead.ent, (ss, se)))
        if persons:
            self.last_traveler = persons[0].ent
        if not triggers and not hosts_hits:
            # Hosts for a trip already known: "Blinken juga akan bertemu Presiden Kazakhstan Tokayev".
            self._attach_hosts(ss, se, hits)
            return
        if self._negated(triggers[0] if triggers else hosts_hits[0], ss, se):
            return
        done = False
        for h in hosts_hits:
            done = self._host_side(h, ss, se) or done
        if done:
            return
        # Longest trigger per position ("kunjungan kerja" over "kunjungan").
        chosen: list[Hit] = []
        for h in sorted(triggers, key=lambda h: (h.start, -h.end)):
            if chosen and h.start < chosen[-1].end:
                continue
            chosen.append(h)
        for h in chosen:
            spec = a.res.visit_triggers[h.value]
            if spec.kind == "noun":
                trav = self._noun_owner(h, ss, se)
            else:
                trav = self._subject(ss, h.start)
            if trav is None or self._non_official_subject(ss, h.start):
                continue
            dests, _ = self._destinations(h, spec.kind, se, trav.ent)
            if not dests:
                if spec.kind == "weak":
                    self._attach_hosts(ss, se, hits)
                continue
            status = self._status(h, ss, spec.status, spec.kind == "noun", se)
            hosts = self._meet_objects(ss, se, ss)
            for country, city in dests:
                self.add(trav, country, city, status, (ss, se), "042", spec.kind in ("strong", "here"), hosts)

    def _host_side(self, h: Hit, ss: int, se: int) -> bool:
        """'Jokowi menerima kunjungan Menlu Uruguay X di Jakarta' -> traveler X, destination ID."""
        a = self.a
        if h.kind == "host":
            host_m = next((m for m in reversed(a.mentions_in(max(ss, h.start - _SUBJECT_WINDOW), h.start))
                           if m.ent.type == "PERSON"), None)
            guest = next((m for m in a.mentions_in(h.end, min(se, h.end + 120)) if m.ent.type == "PERSON"), None)
        else:
            guest = next((m for m in reversed(a.mentions_in(max(ss, h.start - _SUBJECT_WINDOW), h.start))
                          if m.ent.type == "PERSON"), None)
            host_m = next((m for m in a.mentions_in(h.end, min(se, h.end + 120)) if m.ent.type == "PERSON"), None)
        if host_m is None or guest is None or not _is_traveler(guest.ent) or not host_m.ent.official:
            return False
        country = None
        city = None
        for m in a.mentions_in(ss, se):
            if m.ent.type == "GPE" and m.how != "demonym" and m.start not in self.title_places:
                prev = a.text[max(0, m.start - 4):m.start].lower()
                if prev.endswith(("di ", "in ", "at ")):
                    country, city = m.ent.country, (m.ent if m.ent.geonames_id else None)
                    break
        if country is None:
            country = host_m.ent.country
        if country is None or guest.ent.country == country:
            return False
        status = self._status(h, ss, None) or "ongoing"
        self.add(guest, country, city, status, (ss, se), "043", True, [host_m.ent])
        return True

    def _attach_hosts(self, ss: int, se: int, hits: list[Hit]) -> None:
        if not self.out or not any(h.kind == "meet" for h in hits):
            return
        subj = None
        meet = next((h for h in hits if h.kind == "meet"), None)
        if meet is None:
            return
        subj = self._subject(ss, meet.start)
        if subj is None:
            return
        for m in self.a.mentions_in(meet.end, min(se, meet.end + 120)):
            if m.ent.type == "PERSON" and m.ent is not subj.ent and m.ent.country:
                v = self.out.get((subj.ent.key, m.ent.country))
                if v is not None and m.ent not in v.hosts:
                    v.hosts.append(m.ent)
                    if (ss, se) not in v.evidence:
                        v.evidence.append((ss, se))


def find_visits(a: Analysis, sentences: list[tuple[int, int]], dateline: Dateline, ref: date | None, check) -> list[RawVisit]:  # type: ignore[no-untyped-def]
    """Every diplomatic visit of the article, one per (traveler, destination country)."""
    v = _Visits(a, dateline, ref)
    for ss, se in sentences:
        check()
        v.sentence(ss, se)
    for companion, lead, sent in v.companions:
        for x in [x for x in v.out.values() if x.traveler is lead]:
            v.add(companion, x.country, x.city, x.status, sent, "042", x.strong, [])
    visits = list(v.out.values())
    # A trip's status is the traveler's: an arrival anywhere makes the noun-only legs ongoing too.
    by_traveler: dict[str, str] = {}
    for x in visits:
        if x.status and (x.traveler.key not in by_traveler or _STATUS_RANK[x.status] > _STATUS_RANK[by_traveler[x.traveler.key]]):
            by_traveler[x.traveler.key] = x.status
    for x in visits:
        if x.status is None:
            x.status = by_traveler.get(x.traveler.key, "ongoing")
    return visits
