"""Diplomatic visits: an official traveler, a foreign destination, a status, hosts and dates.

Only sentences with a visit trigger or host phrasing are read. The traveler must be an official (by title,
by the knowledge base, or a named delegation); the destination is the country of the places after the
trigger (or the dateline place abroad when the trigger names only a region, or "here"); domestic trips,
hoped-for visits, phone calls and non-official travelers give nothing. One event per (traveler, country).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from streamer.extraction.dates import resolve_dates
from streamer.extraction.entities import (Analysis, Ent, Hit, Mention, bisect_right_int, char_alnum, char_upper, ends_at,
                                          lower_at, matches_at_stems, starts_at, stem_match_at, upper_at)
from streamer.extraction.entities import actor_model, ent_key, trusted_model
from streamer.extraction.model import DiplomaticVisit, Evidence, Place, VisitDates
from streamer.extraction.resources import VisitTrigger
from streamer.extraction.sentences import occurrences

_STATUS_RANK: Final = {"cancelled": 4, "ongoing": 3, "completed": 2, "planned": 1}
_SUBJECT_WINDOW: Final = 160
_DEST_WINDOW: Final = 160
_PLACE_PREPS: Final = ("di ", "in ", "ke ", "at ")
# A place preposition as a whole word right before a place ("in Tokyo", not "that Japan" / "wheat Brazil").
_PREP_RX: Final = re.compile(r"(?<!\w)(?:di|in|ke|at) $")
_PREP_THE_RX: Final = re.compile(r"(?<!\w)(?:di|in|ke|at) (?:the )?$")


def _prep_before(text: str, pos: int, the: bool = False) -> bool:
    """A place preposition (or, with ``the``, 'in the' / 'at the') ends right at ``pos``."""
    return (_PREP_THE_RX if the else _PREP_RX).search(text[max(0, pos - 10):pos].lower()) is not None
# "be in" triggers ("Funaro was in Britain", "plans to be in Japan"): the place must follow at once.
_ADJACENT: Final = {"is in", "was in", "are in", "were in", "be in", "has been in", "have been in", "stop in",
             "sedang berada di", "masih berada di",
             # motion verbs with "for" and "on his way to": only a place right after ("heading for a crisis in X")
             "headed for", "heads for", "heading for", "head for", "set off for", "sets off for", "on his way to",
             "on her way to",
             # round 29: "set out for Tokyo", "is touring Japan and South Korea" (not "touring the plant")
             "set out for", "sets out for", "touring",
             # round 28: "left Lisbon after a two-day visit": only the place left, right after the verb
             "left", "meninggalkan"}
# round 28: "returned from its lows ... in Washington trading": after a return the place comes at once, unless a
# trip or meeting is named first ("returned from the IMF meeting in Washington", "returned from talks in Tokyo").
_RETURNS: Final = frozenset(("returned from", "returns from", "returning from", "return from", "returned home from",
                      "flew home from", "flies home from",  # round 29
                      "returning home from", "returns home from"))
_TRIP_GAP: Final = re.compile(r" (?:the |a |an |his |her |their )?(?:[\w'.-]+ ){0,4}?(?:visit|trip|tour|talks|meeting"
                       r"|meetings|conference|summit|session|mission|negotiations|consultations)\b")
# Nouns of a meeting whose place a later "attended the conference" / "menghadiri konferensi tersebut" refers to.
_MEETING_NOUNS: Final = ("ktt", "konferensi", "sidang", "pertemuan", "forum", "summit", "conference", "meeting",
                  "session", "talks")
_MEETING_RX: Final = re.compile(r"\b(?:" + "|".join(_MEETING_NOUNS) + r")\b")
_ANAPHORS: Final = ("tersebut", "itu", "ini", "the ", "that ")
_PAST_ID: Final = re.compile(r"\b(?:lalu|silam|sebelumnya|pernah)\b")  # a meeting dated before the story
# "menghadiri KTT ASEAN ke-31" / "hadir di Sidang Umum PBB": a meeting noun right after an attend verb (no anaphor
# after it).
_ATTEND_MEETING: Final = re.compile(r" (?:(?:acara|upacara) )?(?:ktt|konferensi|sidang|pertemuan|forum)\b(?! (?:tersebut|itu|ini)\b)")
_ANAPHORIC_NP: Final = re.compile(r"(?:the|that|this week's|last week's) (?:[\w-]+ ){1,2}(?:" + "|".join(_MEETING_NOUNS) + r")\b")
# What joins the places of one list ("in Britain, West Germany, France and Italy" / "di Jepang, Korea dan China").
_LIST_GAPS: Final = frozenset((", ", " and ", ", and ", " dan ", ", dan ", " serta ", ", serta ", " or ", " atau "))
# "after the summit" before a meeting-noun trigger dates the meeting, not the end of the trip.
_AFTER_WORDS: Final = frozenset(("after", "following", "setelah", "usai", "seusai"))
# Status cues that may follow the trigger: time words ("held talks in Paris last week").
_TIME_CUES: Final = frozenset(("last week", "last month", "next week", "next month", "tomorrow", "pekan depan",
                        "minggu depan", "bulan depan", "besok", "pekan lalu", "minggu lalu", "bulan lalu"))
# A minister heading a trade mission or business delegation is on official business (not its business people).
_MISSIONS: Final = frozenset(("trade mission", "business delegation", "misi dagang", "delegasi bisnis"))
_LEADS: Final = re.compile(r"\b(?:lead|leads|leading|led|head|heads|heading|headed|memimpin|dipimpin)(?: (?:a|an|the|his|her))?"
                    r"(?: [\w-]+){0,2} $")
# "X and other members of the Philippine delegation" / "with other members of the ... delegation".
_MEMBERS: Final = re.compile(r"\b(?:and|with|along with|together with) (?:the )?other members of the ((?:[A-Z][\w.]*\s){1,2})delegation\b")
# People of the dateline country met as a group ("met Japanese officials", "talks with Japanese bankers").
_DL_GROUP: Final = re.compile(r" (?:(?:government|senior|trade|finance|economic|foreign ministry|finance ministry|business|banking"
                       r"|government and business) )?(?:officials|leaders|ministers|counterparts?|bankers|businessmen"
                       r"|authorities|negotiators|government|industrialists|business leaders)\b")
_HERE_RX: Final = re.compile(r"\b(?:here|di sini)\b")
# Words joining two travelers of one trip ("Onodera bersama Menlu Taro Kono akan bertolak ke AS").
_COORD_GAPS: Final = frozenset(("and", "dan", "serta", "bersama", "beserta", "bersama dengan", "together with",
                         "along with"))
# A speech given at a meeting: the speaker is at the meeting last placed ("dalam sambutannya" after "KTT OKI di
# Astana"); read from the next words only, else from the meeting named in the previous two sentences.
_SPEECH: Final = frozenset(("dalam sambutannya", "dalam pidatonya", "in his speech", "in her speech", "in his address",
                     "in her address", "in a speech", "in an address"))
# "met X before the summit in Manila" / "bertemu dengan X sebelum acara ADMM Plus di Filipina": a time word that
# introduces the meeting itself does not end the destination.
_EVENT_STOPS: Final = frozenset(("sebelum", "setelah", "usai", "saat", "ketika", "before", "after", "during", "at"))
_EVENT_HEADS: Final = _MEETING_NOUNS + ("acara", "upacara", "rapat", "pertemuan", "sidelines", "sela-sela")
# Anaphoric meeting references ("pertemuan tersebut", "the meeting") and the words that list its participants.
_ID_MEETING_NOUNS: Final = ("pertemuan", "ktt", "konferensi", "sidang", "forum", "rapat")
_EN_MEETING_NOUNS: Final = ("meeting", "summit", "conference", "talks")


def _id_meeting_noun_before(low: str, i: int) -> bool:
    """low.endswith(_ID_MEETING_NOUNS, max(0, i - 12), i) (every noun is shorter than 12), without the generic method
    call (~2 K instructions an ' itu' / ' tersebut'): the last letter first, then each noun by str.find."""
    if i <= 0:
        return False
    c = ord(low[i - 1])
    if c != 110 and c != 116 and c != 105 and c != 103 and c != 109:  # n t i g m: the nouns' last letters
        return False
    for noun in _ID_MEETING_NOUNS:
        k = i - len(noun)
        if k >= 0 and low.find(noun, k, i) == k:
            return True
    return False


_PARTICIPANT_CUE: Final = re.compile(r",? (?:dengan|with|bersama|attended by|dihadiri(?: oleh)?|including|termasuk) ")
# Roles that live abroad: the object of a meeting with such a role is not a traveler.
_RESIDENT_ROLES: Final = ("ambassador", "envoy", "consul", "charge", "representative")
# Possessive before a noun trigger ("during his trip to X"): the owner is the subject, whatever stands between.
_POSSESSIVE_END: Final[tuple[str, ...]] = ("his ", "her ", "their ")


# round 28: the countries of the regions a trip names (generally true; a region missing here keeps the
# dateline fallback): "a tour of Africa" under a LONDON dateline does not put the traveler in Britain.
_REGION_COUNTRIES: Final[dict[str, frozenset[str]]] = {
    "Africa": frozenset(("DZ AO BJ BW BF BI CM CV CF TD KM CG CD CI DJ EG GQ ER ET GA GM GH GN GW KE LS "
                         "LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD SZ TZ TG TN UG "
                         "EH ZM ZW").split()),
    "North Africa": frozenset("DZ EG LY MA TN SD EH MR".split()),
    "Europe": frozenset(("AL AD AT BY BE BA BG HR CY CZ DK EE FI FR DE GR HU IS IE IT LV LI LT LU MT MD "
                         "MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH UA GB VA XK TR").split()),
    "Western Europe": frozenset("AT BE FR DE IE IT LU MC NL PT ES CH GB LI AD MT GR DK NO SE FI IS SM VA CY".split()),
    "Eastern Europe": frozenset("BY BG CZ HU MD PL RO RU SK UA EE LV LT AL BA HR ME MK RS SI XK DE".split()),
    "Scandinavia": frozenset("DK NO SE FI IS".split()),
    "Balkans": frozenset("AL BA BG HR GR ME MK RO RS SI XK TR".split()),
    "Asia": frozenset(("AF AM AZ BH BD BT BN KH CN CY GE IN ID IR IQ IL JP JO KZ KW KG LA LB MY MV MN "
                         "MM NP KP OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE HK MO RU").split()),
    "East Asia": frozenset("CN JP KR KP MN TW HK MO".split()),
    "Far East": frozenset("CN JP KR KP MN TW HK MO RU BN KH ID LA MY MM PH SG TH TL VN".split()),
    "Southeast Asia": frozenset("BN KH ID LA MY MM PH SG TH TL VN".split()),
    "South Asia": frozenset("AF BD BT IN MV NP PK LK".split()),
    "Central Asia": frozenset("KZ KG TJ TM UZ AF".split()),
    "Middle East": frozenset("BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE".split()),
    "Gulf": frozenset("BH KW OM QA SA AE IR IQ".split()),
    "Korean Peninsula": frozenset("KR KP".split()),
    "Caucasus": frozenset("AM AZ GE RU".split()),
    "Latin America": frozenset(("AR BO BR CL CO CR CU DO EC SV GT HN HT MX NI PA PY PE UY VE PR BZ GY SR JM TT").split()),
    "South America": frozenset("AR BO BR CL CO EC GY PY PE SR UY VE".split()),
    "Caribbean": frozenset("AG BS BB CU DM DO GD HT JM KN LC VC TT PR".split()),
    "North America": frozenset("US CA MX GL".split()),
}


@dataclass(frozen=True, slots=True)
class _Spec:
    status: str | None
    kind: str


# Trips whose verb and "to"/"in" are split by a span of time, or short motion verbs that need the place at once:
# "spent two days at the end of last week in Washington", "will be going next week to Washington",
# "went to Paris", "menghabiskan waktu tiga hari di Tokyo". The place must follow the match at once.
_TIME_EN: Final = (r"(?:(?:early |later |late )?(?:next|this|last) (?:week|month|weekend)|tomorrow|(?:later )?(?:today|tonight)|yesterday|soon"
            r"|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: morning| afternoon| evening| night)?)")
_NUM_EN: Final = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+|the)"
_SPENT: Final = _Spec("completed", "strong")
_DONE: Final = _Spec("completed", "strong")
_OPEN: Final = _Spec(None, "strong")
_LEFT: Final = _Spec("ongoing", "strong")
# (literal gates: the regex runs only when one of them is in the lower-cased text; the regex, group 1 the verb,
# a capital after it; specs by lower-cased verb, "" for the rest).
_RX_TRIGGERS: Final[dict[str, list[tuple[tuple[str, ...], re.Pattern[str], dict[str, _Spec]]]]] = {
    "en": [
        (("spen",), re.compile(r"(?i:\b(spent|spends|spend|spending) " + _NUM_EN + r" (?:\w+ )?(?:days?|weeks?|nights?"
                               r"|hours?|months?|weekend)\b[^.;\n\"]{0,50}? (?:in|at) )(?=[A-Z])"),
         {"spent": _SPENT, "": _OPEN}),
        # "after a week in Tokyo", "following three days of talks in Paris"
        (("after ", "following "), re.compile(r"(?i:\b(after|following) " + _NUM_EN + r" (?:\w+ )?(?:days?|weeks?|nights?)"
                                              r"(?: of (?:talks|meetings|negotiations))? (?:in|at) )(?=[A-Z])"),
         {"": _DONE}),
        ((" went to ", " goes to ", " going to ", " go to "), re.compile(r"(?i:\b(went|goes|going|go) to )(?=[A-Z])"),
         {"went": _DONE, "": _OPEN}),
        # "told a Nikkei conference on Tokyo markets", "addressed the OECD forum": speaking at an event (the dateline
        # place unless the sentence places it, kind "here"; the hit ends inside the event noun)
        # "before leaving Tripoli", "after leaving Moscow": the traveler was in the place just left
        (("leaving ",), re.compile(r"(?i:\b(before|after|upon|on) leaving )(?=[A-Z])"),
         {"": _DONE}),
        # round 30: "returned to Stockholm from Tokyo": the place after 'from' is the one visited (home comes first)
        (("returned to ", "returns to ", "returning to "),
         re.compile(r"\b(?:returned|returns|returning) to [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)? (from) (?=[A-Z])"),
         {"": _DONE}),
        (("told a ", "told an ", "told the ", "addressed a ", "addressed the ", "addressing a ", "addressing the "),
         re.compile(r"\b(told|addressed|addressing) (?:a|an|the) (?:[\w'-]+ ){0,3}?(?:conference|seminar|symposium|gathering"
                    r"|forum|luncheon|dinner|audience|convention|meeting|session)(?=\W)"),
         {"": _Spec("ongoing", "here")}),
        # round 48: a plan presented in person on the day to a committee or meeting ("outlined his plan today to the
        # bank advisory committee"): like 'told a conference', the dateline place unless the sentence places it
        (("outlined ", "outlines ", "presented ", "presents ", "unveiled ", "unveils "),
         re.compile(r"\b(outlined|outlines|presented|presents|unveiled|unveils) (?:his|her|the|a|an|its|their) (?:[\w'-]+ ){0,3}?"
                    r"(?:plan|proposals?|program|programme|package|offer|strategy) (?:today|yesterday|on (?:Mon|Tues|Wednes"
                    r"|Thurs|Fri|Satur|Sun)day) to (?:the|a|an) (?:[\w'-]+ ){0,3}?(?:committee|panel|conference|meeting"
                    r"|session|council|creditors|bankers)(?=\W)"),
         {"": _Spec("ongoing", "here")}),
    ],
    "id": [
        (("menghabiskan waktu",), re.compile(r"(?i:\b(menghabiskan) waktu(?: \w+){0,4}? di )(?=[A-Z])"), {"": _OPEN}),
        # "memimpin delegasi Indonesia ke Tokyo": the head of a delegation travels with it (not "mengirim delegasi ke")
        (("memimpin delegasi", "memimpin rombongan", "memimpin misi"),
         re.compile(r"(?i:\b(memimpin) (?:delegasi|rombongan|misi)(?: [\w-]+){0,4}? ke )(?=[A-Z])"), {"": _OPEN}),
        # "bertolak dari Bandara Halim Perdanakusuma menuju Sydney": the place left is named before the destination
        (("bertolak dari", "berangkat dari", "terbang dari"),
         re.compile(r"(?i:\b(bertolak|berangkat|terbang) dari [^.,;\n\"]{1,60}? (?:menuju|ke) )(?=[A-Z])"), {"": _OPEN}),
    ],
}
# Lower-case words every match of a trigger opens with (by pattern): the pattern is tried only where one of them
# stands in the lower-cased text, not at every offset (a speed-up; the same matches as finditer).
_RX_HEADS: Final[dict[str, tuple[str, ...]]] = {rx.pattern: heads for rx, heads in (
    (_RX_TRIGGERS["en"][0][1], ("spen",)),
    (_RX_TRIGGERS["en"][1][1], ("after", "following")),
    (_RX_TRIGGERS["en"][2][1], ("went", "go")),
    (_RX_TRIGGERS["en"][4][1], ("return",)),
    (_RX_TRIGGERS["en"][5][1], ("told", "address")),
    (_RX_TRIGGERS["en"][6][1], ("outline", "present", "unveil")),
)}


# The gates of each trigger grouped by an anchor literal each of them contains (a gate stands in the text only where
# its anchor does, at the gate's offset of the anchor): the text is scanned once an anchor, not once a gate, and a
# gate is tested only at its anchor's occurrences (same answer as ``any(g in low for g in gates)``).
_RX_ANCHORS: Final[dict[str, tuple[str, ...]]] = {
    "memimpin delegasi": ("memimpin ",), "bertolak dari": (" dari",),
    " went to ": (" to ",), "returned to ": ("return",), "told a ": ("told ", "address"),
    "outlined ": ("outline", "present", "unveil"),
}


def _anchor_groups(gates: tuple[str, ...]) -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    """``gates`` grouped under the anchors of _RX_ANCHORS (by the first gate), each gate with its anchor's offset in it;
    a gate with no anchor is its own."""
    anchors = _RX_ANCHORS.get(gates[0], ())
    groups: list[tuple[str, list[tuple[str, int]]]] = [(x, []) for x in anchors]
    for g in gates:
        for x, members in groups:
            if x in g:
                members.append((g, g.index(x)))
                break
        else:
            groups.append((g, [(g, 0)]))
    return tuple((x, tuple(members)) for x, members in groups)


_RX_GATE_GROUPS: Final[dict[str, list[tuple[tuple[str, tuple[tuple[str, int], ...]], ...]]]] = {
    lang: [_anchor_groups(gates) for gates, _, _ in triggers] for lang, triggers in _RX_TRIGGERS.items()}


def _gates_in(low: str, groups: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]) -> bool:
    """Some gate of ``groups`` (see _anchor_groups) occurs in ``low``."""
    for anchor, members in groups:
        i = low.find(anchor)
        while i >= 0:
            for g, off in members:
                if off == 0 and len(g) == len(anchor):
                    return True
                if i >= off and (off == 0 or ord(low[i - 1]) == ord(g[off - 1])) and starts_at(low, g, i - off):
                    return True  # (the character before the anchor first: ' dari' is common, its gates rare)
            i = low.find(anchor, i + 1)
    return False


def _matches_at_heads(rx: re.Pattern[str], text: str, low: str, heads: tuple[str, ...]) -> list[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match opens with one of ``heads`` (lower-cased; ``low`` is
    ``text`` lower-cased, offset for offset; ASCII text, where a case-blind pattern folds just as lower() does): the
    leftmost match at or after the last one's end is at the first
    head occurrence there where the pattern matches."""
    out: list[re.Match[str]] = []
    pos = 0
    for i in occurrences(low, heads):
        if i < pos:
            continue
        m = rx.match(text, i)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


# Indonesian motion verbs split from "ke" by a time ("bertolak hari ini ke Tokyo", "berangkat Senin (27/3) ke ..."):
# found from the weekday / relative-date hits of the lexicon, then the verb read backwards.
_ID_TIME_TAIL: Final = re.compile(r"(?: \(\d{1,2}/\d{1,2}\))?,? (?:ke|menuju) (?=[A-Z])")
_ID_TIME_TAIL_HEADS: Final = frozenset((" (", ", ", " k", " m"))  # the two characters every match opens with
_ID_MOTION_HEAD: Final = re.compile(r"\b(bertolak|berangkat|terbang|bertandang|melawat|berkunjung) (?:pada )?$")
# A bare "menuju" / "ke" as the verb right after an official's name ("Menlu Retno menuju Dhaka", "Wiranto akan ke
# Malaysia", "Retno dijadwalkan ke Dhaka"): "ke" needs a tense or schedule word before it (not "surat X ke ...").
_BARE_FIRST: Final = frozenset("ajslkdtrm")  # first letters of the words _ID_BARE_GO allows after the name
_ID_BARE_GO: Final = re.compile(r" ((?:(?:akan|juga|langsung|segera|kemudian|lalu|dijadwalkan|direncanakan|rencananya|sudah|telah)"
                         r" )*)(menuju|ke) (?=[A-Z])")
# English motion verbs split from "to"/"for" by a time ("will be going next week to Washington"): found from each
# " to "/" for " whose previous word is a time word, then read backwards with an end-anchored regex.
_TO_FOR: Final = re.compile(r" (?:to|for) ")
_TIME_TAIL: Final[tuple[str, ...]] = ("week", "month", "weekend", "tomorrow", "today", "tonight", "yesterday", "soon", "day", "morning",
              "afternoon", "evening", "night", ",")
_MOTION_TIME: Final = re.compile(r"\b(went|go|goes|going|gone|travel|travels|travell?ed|travell?ing|fly|flies|flying|flew|head"
                          r"|heads|heading|headed|leave|leaves|leaving|left|trip|visit|journey) " + _TIME_EN + r",? (?:to|for)$")
_MOTION_SPECS: Final = {"went": _DONE, "gone": _DONE, "flew": _DONE, "traveled": _DONE, "travelled": _DONE,
                 "headed": _LEFT, "left": _LEFT}
_RX_SPECS: Final[dict[str, _Spec]] = {}
# Appositions that place the person just named (read right after an official's name): "X, in Tokyo for talks",
# "X, currently in Tokyo,", "X, speaking in Tokyo," (the place follows at once); "X, here for talks", "X, speaking
# here" (the dateline place); "X, who led the Jamaican delegation," / "X, head of the Malaysian delegation," (a named
# delegation's leader is where the dateline puts the talks). Gated by the literals.
_APPOS_PLACE: Final = re.compile(r",\s+(?:currently |now |who (?:is|was) (?:now |currently )?|speaking |while )?in (?=[A-Z])")
_APPOS_HERE: Final = re.compile(r",\s+(?:(?:currently |now |who (?:is|was) )?here (?:for|to|on|at|with)\b|speaking here\b)")
_APPOS_DELEG: Final = re.compile(r",\s+(?:who (?:led|leads|heads|headed|is leading|was leading) |(?:the )?(?:head|leader|chief) of )"
                          r"the ((?:[A-Z][\w.]*\s){1,2})delegation\b")
_APPOS_GATES: Final = (", in ", ", currently in ", ", now in ", ", who is in ", ", who was in ", ", speaking", ", while in ",
                ", here", ", who is here", ", who was here", "delegation", "visiting ")
# "said at a news conference in Tokyo": the conference words between the verb and the place.
_AT_CONFERENCE: Final = ("at a news conference ", "at a press conference ", "at a news briefing ", "at a press briefing ",
                  "dalam konferensi pers ", "saat konferensi pers ",
                  # round 29: "kata X kepada wartawan di Tokyo" (Indonesian press phrases before the place)
                  "kepada wartawan ", "kepada para wartawan ", "kepada awak media ", "kepada media ", "kepada pers ",
                  # round 29: "said in an interview in Tokyo", "told reporters in a speech in Tokyo"
                  "in an interview ", "in a speech ")
# "said at the IMF meeting in Paris", "told the GATT council session in Geneva": a meeting named before the place.
# round 29: the rest of an envoy's title after the title word itself ('Duta Besar| RI untuk |Jepang')
_POST_GAP: Final = re.compile(r"(?: [A-Z][\w.]*){0,3} (?:untuk|to|for) ")
_UNKNOWN_TOWN: Final = re.compile(r"(?<!\w)(?:di|in) [A-Z][\w'-]*(?:[ -][A-Z][\w'-]*){0,2}, $")
_AT_MEETING_ID: Final = re.compile(r"(?:pada|dalam|saat|ketika|di sela-sela|di sela) (?:acara )?(?:[\w'.-]+ ){0,2}?(?:pertemuan|konferensi"
                            r"|ktt|sidang|forum|seminar|kongres|dialog)(?: [\w'.()-]+){0,6}? (?=di )")
_AT_MEETING: Final = re.compile(r"(?:at |to )?(?:the|a|an|this week's|last week's) (?:[\w'.-]+ ){0,4}?(?:meeting|conference|session"
                         r"|talks|summit|gathering|forum|council|assembly|symposium|seminar)"
                         # round 29: "at a meeting of GATT ministers in Punta del Este"
                         r"(?: of (?:the )?(?:[\w'.-]+ ){0,3}?(?:ministers|officials|governors|leaders|delegates"
                         r"|heads of (?:state|government)|members|countries|nations|producers|consumers))? (?=in )"
                         # round 29: "told Japanese businessmen in Tokyo": an audience met in person
                         r"|(?:a (?:group|meeting|gathering|luncheon|dinner) of )?(?:[\w'.-]+ ){0,2}?(?:businessmen"
                         r"|bankers|industrialists|investors|businesspeople|executives|students|legislators|lawmakers"
                         r"|parliamentarians) (?=in )")
# "In Paris, Japanese Finance Minister X said ...": a place fronted before an official's clause (round 29:
# also "Speaking in Tokyo, X said", "Speaking to reporters in Tokyo, X said").
_FRONT_IN: Final = re.compile(r"[\"'\s]*(?:In|Di|(?:Speaking|Talking) (?:(?:to|with) (?:reporters|journalists) )?in"
                       r"|(?:Berbicara|Berpidato) (?:(?:kepada|di hadapan) (?:para )?(?:wartawan|jurnalis|media) )?di) (?=[A-Z])")


def _front_in(text: str, ss: int) -> re.Match[str] | None:
    """_FRONT_IN.match(text, ss), tried only when the first character can open a match (a quote or a space, or the
    capital of In/Di/Speaking/Talking/Berbicara/Berpidato): a regex call from compiled code costs ~4 K instructions."""
    if ss < len(text):
        c = ord(text[ss])
        if not (c == 34 or c == 39 or c == 73 or c == 68 or c == 83 or c == 84 or c == 66 or text[ss].isspace()):
            return None
    return _FRONT_IN.match(text, ss)


_FRONT_SPEAK_ID: Final = re.compile(r"[\"'\s]*(?:Berbicara|Berpidato) ")  # round 35: 'Berbicara di Bahrain dalam konferensi ..., X mengatakan'
_FRONT_TAIL_ID: Final = re.compile(r" (?:dalam|pada|di sela|di depan|di hadapan|saat|usai|seusai|setelah) [^,\"]{3,90}?, ")  # the event, then the comma
# round 35: "In an interview ..., transmitted from Rome, X said", "Speaking from Rome, X said": a
# fronted clause that puts the speaker's words on air from a named place abroad puts the speaker there.
_FRONT_FROM: Final = re.compile(r"[\"'\s]*(?:[^.;\"]{0,90}?,? )?(?:[Ss]peaking|[Tt]alking|[Tt]ransmitted|[Bb]roadcast|[Tt]elevised)"
                         r"(?: live)? from (?=[A-Z])")
_FRONT_VERB_KINDS: Final = frozenset(("say_pre", "meet", "visit"))
# round 39: a meeting noun or verb and its partner: 'pertemuan (pertama) dengan X di', 'talks with X in', 'met with X at'
_PARTNER_HEAD: Final = re.compile(r"\b(?:pertemuan|pembicaraan|perundingan|bertemu|berunding|talks|meeting|meetings|met|meet|meets)"
                           r"(?: [a-z][\w-]*){0,2}?$")


def _partner_ends(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """Ends of 'pertemuan (pertama) dengan ' / 'talks with ' between ``start`` and ``end`` (a literal search
    for the preposition first: a regex scan of the whole text cost 40 us an article)."""
    out: list[tuple[int, int]] = []
    for lit in (" dengan ", " with "):
        p = low.find(lit, start, end)
        while p >= 0:
            w = max(start, p - 40)
            # (a head word's literal in the window first: ' dengan ' is common, a head before it rare)
            if (low.find("temu", w, p) >= 0 or low.find("bicara", w, p) >= 0 or low.find("runding", w, p) >= 0
                    or low.find("met", w, p) >= 0 or low.find("meet", w, p) >= 0 or low.find("talks", w, p) >= 0) \
                    and (hd := _PARTNER_HEAD.search(low, w, p)) is not None:
                out.append((hd.start(), p + len(lit)))
            p = low.find(lit, p + 1, end)
    out.sort()
    return out
_PARTNER_PLACE: Final = re.compile(r" (?:di|in|at) (?:the )?")


def _possessive_at(text: str, pos: int) -> bool:
    """A possessive right after ``pos`` ('in Tokyo's ...')."""
    return starts_at(text, "'s", pos) or starts_at(text, "’s", pos)
# round 39: seats of government the knowledge base reads as bodies (other seats are place metonyms in places.json)
_SEATS: Final = frozenset(("kb:org:white-house", "kb:org:kremlin", "kb:org:elysee"))
_FRONT_DAY: Final = re.compile(r" (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday), ")
# round 39: 'Funaro heavily criticized the panels in London on Monday': an adverb between the official and his verb, a
# short object with no preposition of its own, then 'in <place>' and a day that dates the act
_ADVERB_GAP: Final = re.compile(r"(?:also |again )?(?!(?:reported|alleged|supposed|apparent|previous|formal)ly)[a-z]+ly|also|again")
_ACT_OBJECT_IN: Final = re.compile(r" (?:(?!(?:of|from|to|for|with|by|against|on|at|that|about|over|into)\b)[a-z][\w'-]* ){1,4}in (?=\w)")
_ACT_DAY: Final = re.compile(r",? (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday|tonight"
                      r"|this (?:morning|afternoon|evening)|earlier today)\b")
# round 39: ', who is also Nigerian Oil Minister,' / ', yang juga Menteri Perminyakan Nigeria,': the national office an
# international office holder also holds, set off by commas right after his name
_ALSO_NATIONAL: Final = re.compile(r", (?:who is (?:also )?|yang (?:juga )?(?:merupakan |menjabat (?:sebagai )?)?|also )[^,;\"]{3,60}, ")
# "... last month": a meeting dated well before the story is not placed by the dateline.
_PAST_RX: Final = re.compile(r"\b(?:last (?:month|year)|ago|earlier this (?:month|year)|previously|in (?:january|february|march|april"
                      r"|may|june|july|august|september|october|november|december))\b")
# "told reporters last week": press words dated before the story do not place the speaker at the dateline.
_PRESS_TRIGGERS: Final[tuple[str, ...]] = ("told ", "talking to ", "speaking to ")
_PRESS_PAST: Final = re.compile(r"\s(?:reporters |journalists |a news conference |a press conference )?(?:last (?:week|month|year)"
                         r"|earlier this (?:week|month|year)|(?:\w+ )?(?:days|weeks|months) ago)\b")
# A country's government as the host: 'pemerintah Jepang menyambut ...', 'the Japanese government welcomed ...'.
_GOV_BEFORE: Final = re.compile(r"\b(?:pemerintah|pemerintahan|government of) $")
_GOV_AFTER: Final = re.compile(r" government\b")
_GOV_ORG: Final = re.compile(r"(?:pemerintah(?:an)? |government of ).*|.* government")
_AUX_GAP: Final = re.compile(r"\s*(?:(?:sedang|telah|sudah|akan|juga|resmi|secara resmi|has|had|have|will|also|formally|officially"
                      r"|warmly)\s+)*")
# Words that put a speaker's words in print, on air, on the phone or in writing (not in the dateline place).
_RELAYED_RX: Final = re.compile(r"\b(?:quoted|quoting|newspaper|daily|weekly|magazine|paper|interview|published|publication|statement"
                         r"|telephone|phone|telex|radio|television|broadcast|agency|letter|message|cable|communique|report"
                         r"|reported|reports|wrote|writing|article|speech|address|testimony|testified|according|released)\b")
# round 29: Indonesian relays of someone's words, and the day between an Indonesian speaker and the verb
_RELAYED_ID: Final = re.compile(r"\b(?:dikutip|mengutip|dilansir|melansir|dilaporkan|melaporkan|laporan|kantor berita|surat kabar"
                         r"|harian|majalah|wawancara|pernyataan|telepon|televisi|radio|siaran|surat|pesan|cuitan|twitter"
                         r"|akun|menurut|pidato|tulis|menulis|rilis|keterangan tertulis)\b")
_ID_DAY_GAP: Final = re.compile(r"(?:pada )?(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)(?: \(\d{1,2}/\d{1,2}\))?|juga|hari ini")
_LED_BY: Final = re.compile(r"\b(?:headed|led|chaired) by (?:[\w.'-]+ ){0,5}$")
# A trip clause opening the sentence, its traveler named after the comma: "Saat berkunjung ke Tokyo, Menlu X ...",
# "During a visit to Tokyo, X said"; "Talks between X and Y in Tokyo ..." names its travelers after the trigger.
_LEAD_CLAUSE: Final = frozenset(("saat", "ketika", "selama", "dalam", "during", "while", "on", "during his", "during her",
                          "during a", "on a", "on his", "on her", "while on a",
                          # round 28: 'Di sela kunjungannya ke X, Menlu Y ...'
                          "di sela", "di sela-sela", "di tengah", "dalam rangkaian"))
_REGION_INCLUDES: Final = re.compile(r"\b(?:(?:that|which) (?:will )?(?:include[sd]?|take[sn]? (?:him|her|them) to"
                              r"|took (?:him|her|them) to)|including|yang (?:meliputi|mencakup)|meliputi) ")
# round 28: a fronted arrival participle is its own lead clause: "Setibanya di Roma, Menlu X bertemu ..."
_SELF_LEAD: Final = frozenset(("setibanya di", "setiba di", "sesampainya di", "arriving in", "upon arriving in",
                        "sepulang dari"))  # round 29
_DL_ACTS: Final = frozenset(("menandatangani", "meresmikan", "membuka", "menyaksikan", "menyerahkan", "meninjau",
                      "mempromosikan", "memimpin delegasi", "memimpin pertemuan", "memimpin sidang", "bertemu", "menemui", "bertemu dengan", "melakukan pertemuan",
                      "mengadakan pertemuan", "menggelar pertemuan", "pertemuan bilateral", "melakukan pembicaraan",
                      "mengadakan pembicaraan", "menggelar pembicaraan", "pembicaraan bilateral", "menjadi pembicara"))
_ID_AFTER_LEAD: Final = frozenset(("usai", "seusai", "setelah", "sesudah", "sebelum", "ketika sedang", "saat sedang"))
_BETWEEN: Final = frozenset(("talks between", "meeting between", "pertemuan antara", "pembicaraan antara"))
# "the visiting Argentine Economy Minister X": a capitalised title run between "visiting" and the name.
# Also after a meeting or host verb without the article: "Nakasone met visiting Brazilian Finance Minister X".
_VISITING: Final = re.compile(r"\b(?:[Tt]he|met|meet|meets|meeting|with|received|receives|welcomed|greeted|told) visiting "
                       r"((?:[A-Z][\w.'-]*\s){0,5})$")
_VISITING_GATES: Final = ("he visiting ", "met visiting ", "meet visiting ", "meets visiting ", "meeting visiting ", "with visiting ",
                   "received visiting ", "receives visiting ", "welcomed visiting ", "greeted visiting ", "told visiting ")
# round 33: the end of an event noun, and its description ('a conference on Tokyo financial markets')
_WORD_END: Final = re.compile(r"[\w'-]*")
_MEETING_TAIL: Final = re.compile(r" (?:on|about|of|for) (?:[\w'.-]+ ){0,5}?[\w'.-]+(?=[,;.\"]| (?:he|she|they|it|that|yesterday|today"
                           r"|last|this|on|in|when|where|which|who)\b|$)")
_PLACED: Final = _Spec("ongoing", "strong")
_HERE: Final = _Spec("ongoing", "here")


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


# Lexicon hit kinds a visit rule starts from; a sentence with none of them (and no regex trigger) is skipped.
_RULE_KINDS: Final = frozenset(("visit", "host", "host_passive", "accompany", "meet", "say_pre", "say_post"))


def _rx_hit(start: int, end: int, spec: _Spec) -> Hit:
    key = f"~{spec.status}:{spec.kind}"
    _RX_SPECS.setdefault(key, spec)
    return Hit(start, end, "visit", key)


# round 29: a lead sentence reporting a meeting held at the dateline ('a conference on farm trade here'),
# and the words allowed between a later speaker and the verb (nothing, a time word, or one comma apposition)
_CONF_HERE: Final = re.compile(r"\b(?:conference|meeting|seminar|symposium|forum|session|gathering)s? (?:[\w'.-]+ ){0,6}?here\b")
_CONF_GAP: Final = re.compile(r"(?: today| yesterday| also|, [^,;\"“”()]{3,90},)? ?")
# round 29: the official an apposition's subject serves ('X, agricultural adviser to Chancellor Y,')
_AIDE_TO: Final = re.compile(r", (?:an? |the )?(?:[\w-]+ ){0,2}(?:adviser|advisor|aide|assistant|spokesman|spokeswoman"
                      r"|secretary|envoy) (?:to|for) (?:the )?(?:[\w'.-]+ ){0,5}$")
# round 29: verbs whose object is the meeting or audience addressed ('told the GATT council in Geneva')
_OBJECT_SAY: Final = frozenset(("told", "tells", "telling", "addressed", "addresses", "addressing", "briefed", "briefing"))
_LAST_WEEK: Final = re.compile(r"\b(?:last|earlier this) (?:week|weekend)\b")
# round 29: a trip noun whose traveler follows as an agent ('a visit to Washington by U.S. officials');
# not a means of travel or a date ('by air', 'by Friday'), not a generic agent ('the first visit to China by a
# Swedish leader' is the subject's)
_BY_AGENT: Final = re.compile(r" (?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2},? by (?:(?:the|his|her|its|their) )?"
                       r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
                       r"|May|June|July|August|September|October|November|December)\b)[A-Z]")
# a participial aside set off by commas after a meeting noun: ', convened by the ICCO,', ', hosted by the bank,'
_BY_ASIDE: Final = re.compile(r", (?:[a-z]+ed|held|run|led) by [^,;.\"“”]{1,80},(?= (?:in|at) )")
# round 48: an official act in the passive, its agents named right after the verb and the act placed by 'di' right
# after them ('Kesepakatan itu ditandatangani Menteri X dan Menteri Arab Saudi Y di Jeddah', 'Penandatanganan MoU
# dilakukan oleh Menteri X ... di Tokyo'; 'dilakukan' / 'digelar' / 'diadakan' only after an act noun). Group 1: those.
# (a literal 'di' opens the pattern so that the engine scans for it; the word start is checked in the loop, which
# is cheaper than literal gates over the text)
_PASSIVE_ACT: Final = re.compile(r"di(?:tandatangani|tanda(?: - | |-)tangani|teken|resmikan|buka|saksikan"
                          r"|luncurkan|(lakukan|gelar|adakan))(?: (?:langsung|bersama|pula|secara resmi))? (?:oleh )?(?=[A-Z])")
# the literal each _PASSIVE_ACT match opens with, by its third character: the pattern is tried only where one stands
# (found with str.find from each 'di'), not by the engine's scan at every 'd' (the same matches as finditer)
_PASSIVE_ACT_STEMS: Final[dict[str, tuple[str, ...]]] = {
    "t": ("ditanda", "diteken"), "r": ("diresmikan",), "b": ("dibuka",), "s": ("disaksikan",),
    "l": ("diluncurkan", "dilakukan"), "g": ("digelar",), "a": ("diadakan",)}


def _passive_act_matches(text: str) -> list[re.Match[str]]:
    """``_PASSIVE_ACT.finditer(text)``, tried only at the openings of _PASSIVE_ACT_STEMS."""
    return matches_at_stems(_PASSIVE_ACT, text, "di", _PASSIVE_ACT_STEMS)


_DI_LOW: Final[list[str]] = [""]  # the last text di_offsets scanned (held, so its identity names it) ...
_DI_AT: Final[list[list[int]]] = [[]]  # ... and its offsets


def di_offsets(low: str) -> list[int]:
    """Every offset of 'di' in ``low``, found once an article: the visit stage's passive acts and the statement
    stage's passive verbs of saying both open with 'di' (one whole-text scan, not two; the last text is
    remembered by identity). Never change the list returned."""
    if _DI_LOW[0] is low:
        return _DI_AT[0]
    out: list[int] = []
    # (the pieces of one split give the offsets: one C scan, not a find call for each of the ~21 'di's an
    # Indonesian article holds; 'di' cannot overlap itself, so split's occurrences are find's)
    pieces = low.split("di")
    i = 0
    for k in range(len(pieces) - 1):
        i += len(pieces[k])
        out.append(i)
        i += 2
    _DI_LOW[0] = low
    _DI_AT[0] = out
    return out


def _passive_act_word_matches(text: str, low: str) -> list[re.Match[str]]:
    """The matches of ``_PASSIVE_ACT.finditer(text)`` that open a word (no letter or digit before them), the only ones
    _passive_acts reads (``low`` is ``text`` lower-cased, offset for offset, unless a character lowered to several)."""
    if len(low) != len(text):
        return [m for m in _passive_act_matches(text) if not (m.start() > 0 and text[m.start() - 1].isalnum())]
    return word_matches_at_di(_PASSIVE_ACT, text, low, _PASSIVE_ACT_STEMS)


def word_matches_at_di(rx: re.Pattern[str], text: str, low: str,
                       stems: dict[str, tuple[str, ...]]) -> list[re.Match[str]]:
    """The matches of ``rx.finditer(text)`` that open a word (no letter or digit before them), for a ``di-`` passive
    pattern whose every match opens with one of ``stems`` (by the character after 'di'): tried only at the
    word-opening 'di's of di_offsets(low) (``low``: ``text`` lower-cased, offset for offset), never at the
    preposition 'di '. (No match holds another 'di', so a match inside a word hides no later one.)"""
    out: list[re.Match[str]] = []
    n = len(text)
    for i in di_offsets(low):
        if i > 0 and char_alnum(text[i - 1]) or i + 2 < n and ord(text[i + 2]) == 32:
            continue  # (a word ending after 'di', the preposition: no literal opens there)
        m = stem_match_at(rx, text, i, 2, stems)
        if m is not None:
            out.append(m)
    return out


_ACT_NOUN: Final = re.compile(r"\b(?:penandatanganan|peresmian|pembukaan|peluncuran|pertemuan|pembicaraan|perundingan"
                       r"|penyerahan)\b[^.;\"“”]{0,80}$")
_AGENT_PLACE: Final = re.compile(r"(?:,? (?:pada )?(?i:senin|selasa|rabu|kamis|jumat|sabtu|minggu)(?: \([\d/ ]+\))?,?)? di (?=[A-Z])")
# the words an agents' run may hold besides names, titles and places ('Menteri X dan Menteri Arab Saudi Ali bin Y')
_AGENT_SPEC: Final = _Spec(None, "weak")
_AGENT_WORDS: Final = frozenset(("dan", "serta", "bersama", "dengan", "untuk", "bin", "binti", "al", "el", "van", "de",
                          "der", "-", ","))


def _kb_national_role(a: Analysis, ent: Ent) -> str | None:
    """The country of a national office the knowledge base gives a person who holds an international one at
    the time ('Rilwanu Lukman': OPEC president and Nigeria's oil minister), or None."""
    p = a.shared.persons.get(ent.id) if ent.id and ent.international else None
    if p is None:
        return None
    when = a.when
    for r in p.roles:
        if not r.where.startswith("kb:") and (when is None or (r.start is None or r.start <= when)
                                               and (r.end is None or when <= r.end)):
            return r.where
    return None


def _is_traveler(ent: Ent) -> bool:
    return ent.type == "PERSON" and (ent.official or ent.descriptor) and not ent.group


class _Visits:
    def __init__(self, a: Analysis, dateline: Dateline, ref: date | None):
        self.a, self.dateline, self.ref = a, dateline, ref
        self.out: dict[tuple[str, str], RawVisit] = {}
        self._last_traveler: Ent | None = None
        self._traveler_sent = -1  # index of the sentence _last_traveler was read from
        self._title_places_cache: set[int] | None = None
        self.companions: list[tuple[Mention, Ent, tuple[int, int]]] = []
        self.all_sents: list[tuple[int, int]] = []
        self.sents: list[tuple[int, int]] = []  # sentences read so far (for the meeting last placed)
        self._meeting_cache: dict[int, tuple[str, Ent | None] | None] = {}
        self.has_place = False
        self._conf_here: bool | None = None  # round 29: the lead reports a conference held at the dateline
        self._saw_region = False
        self._regions: list[str] = []
        self.dest_explicit = False
        self.delegations: list[tuple[Mention, str, int, int]] = []
        self.rx_hits = self._rx_hits()
        low = a.low  # round 39: meeting partners ('pertemuan dengan X di Gedung Putih'), read even with no rule word
        self.partner_starts: list[int] = [hs for hs, _ in _partner_ends(low, 0, len(low))]
        self._members_of = low.find("members of the") >= 0  # (looked for in each sentence read only when so)

    def _rx_hits(self) -> list[Hit]:
        """Regex triggers (see _RX_TRIGGERS), as hits ending before the space that precedes the place."""
        out: list[Hit] = []
        low, text = self.a.low, self.a.text
        n = len(text)
        ascii_text = text.isascii()
        gate_groups = _RX_GATE_GROUPS.get(self.a.lang, [])
        for k, (gates, rx, specs) in enumerate(_RX_TRIGGERS.get(self.a.lang, ())):
            if not _gates_in(low, gate_groups[k]):
                continue
            heads = _RX_HEADS.get(rx.pattern) if ascii_text else None  # (any other letter may fold otherwise)
            for m in (rx.finditer(text) if heads is None else _matches_at_heads(rx, text, low, heads)):
                out.append(_rx_hit(m.start(1), m.end() - 1, specs.get(m.group(1).lower()) or specs[""]))
        if self.a.lang == "id":
            for pm in self.a.mentions:
                # cheap test first: the word after the name is a tense word, 'menuju' or 'ke'
                if pm.ent.type == "PERSON" and text[pm.end + 1:pm.end + 2] in _BARE_FIRST and _is_traveler(pm.ent):
                    bare = _ID_BARE_GO.match(text, pm.end)
                    if bare is not None and (bare.group(2) == "menuju" or bare.group(1)):
                        out.append(_rx_hit(bare.start(2), bare.end() - 1, _OPEN))
            for h in self.a.hits:
                if (h.kind == "weekday" or h.kind == "reldate") and text[h.end:h.end + 2] in _ID_TIME_TAIL_HEADS:
                    tail = _ID_TIME_TAIL.match(text, h.end)
                    if tail is not None:
                        head = _ID_MOTION_HEAD.search(low, max(0, h.start - 30), h.start)
                        if head is not None:
                            out.append(_rx_hit(head.start(1), tail.end() - 1, _OPEN))
            out.extend(self._passive_acts())
        elif self.a.lang == "en":
            if any(g in low for g in _APPOS_GATES):
                out.extend(self._appositions())
            for t in _TO_FOR.finditer(low):
                e = t.end()
                cap = e + 4 if starts_at(low, "the ", e) else e  # "a trip tomorrow to the U.S."
                if cap < n and char_upper(text[cap]) and low.endswith(_TIME_TAIL, max(0, t.start() - 10), t.start()):
                    verb = _MOTION_TIME.search(low, max(0, t.start() - 70), e - 1)
                    if verb is not None:
                        out.append(_rx_hit(verb.start(1), e - 1, _MOTION_SPECS.get(verb.group(1), _OPEN)))
        if len(out) > 1:
            out.sort(key=lambda h: h.start)
        return out

    def _passive_acts(self) -> list[Hit]:
        """round 48: 'ditandatangani Menteri X dan Menteri Arab Saudi Y di Jeddah': a hit from the last official agent
        named after a passive act verb to the place that follows the agents at once (only names, titles, places
        and linking words between them); the agent before it joined by 'dan' travels too (_coordinated)."""
        a = self.a
        text, low = a.text, a.low
        n = len(text)
        out: list[Hit] = []
        for pm in _passive_act_word_matches(text, low):
            if pm.group(1) is not None and _ACT_NOUN.search(low, max(0, pm.start() - 100), pm.start()) is None:
                continue  # 'dilakukan' / 'digelar' need an act noun as subject ('Penandatanganan MoU itu dilakukan oleh')
            start = pm.end()
            dm = _AGENT_PLACE.search(text, start, min(n, start + 220))
            if dm is None or "\n" in text[start:dm.start()]:
                continue
            persons = [m for m in a.mentions_in(start, dm.start()) if m.ent.type == "PERSON"]
            trav = next((m for m in reversed(persons) if _is_traveler(m.ent)), None)
            if trav is None or not self._agents_only(start, dm.start()):
                continue
            out.append(_rx_hit(trav.end, dm.end() - 1, _AGENT_SPEC))
        return out

    def _agents_only(self, start: int, end: int) -> bool:
        """The span holds only names, titles, places and the linking words of a list of agents."""
        a = self.a
        spans = [(h.start, h.end) for h in a.hits_in(start, end, "title")]
        spans += [(m.start, m.end) for m in a.mentions_in(start, end)]
        spans.sort()
        parts: list[str] = []
        pos = start
        for s0, e0 in spans:
            if s0 >= pos:
                parts.append(a.text[pos:s0])
            pos = max(pos, e0)
        parts.append(a.text[pos:end])
        words = " ".join(parts).replace(",", " , ").split()
        if len(words) > 30:
            return False
        return all(w[:1].isupper() or w.lower() in _AGENT_WORDS for w in words)

    def _appositions(self) -> list[Hit]:
        """Hits right after (or, for 'the visiting', right at the end of) an official's name; see _APPOS_*."""
        out: list[Hit] = []
        text = self.a.text
        visiting = "visiting " in text and any(g in text for g in _VISITING_GATES)  # (each gate holds 'visiting ')
        for m in self.a.mentions:
            if m.ent.type != "PERSON" or m.how == "coref" or m.ent.group:
                continue
            e = m.end
            if starts_at(text, ",", e):
                hit = _APPOS_PLACE.match(text, e)
                if hit is not None:
                    if _is_traveler(m.ent) and m.ent.country is not None:  # else a domestic stay cannot be told apart
                        out.append(_rx_hit(e, hit.end() - 1, _PLACED))
                    continue
                hit = _APPOS_HERE.match(text, e)
                if hit is not None:
                    if _is_traveler(m.ent):
                        out.append(_rx_hit(e, hit.end(), _HERE))
                    continue
                hit = _APPOS_DELEG.match(text, e)
                if hit is not None:
                    self.delegations.append((m, hit.group(1).strip(), e, hit.end()))
                    continue
            if visiting and _is_traveler(m.ent) and _VISITING.search(text, max(0, m.start - 70), m.start) is not None:
                out.append(_rx_hit(e, e, _HERE))
        return out

    @property
    def title_places(self) -> set[int]:
        if self._title_places_cache is None:
            self._title_places_cache = self._title_places()
        return self._title_places_cache

    def _title_places(self) -> set[int]:
        """Starts of place mentions that only qualify a person's title ('Presiden Kazakhstan X')."""
        text = self.a.text
        out: set[int] = set()
        ms = self.a.mentions
        for i, m in enumerate(ms):
            if m.ent.type == "GPE" or m.how == "demonym":
                for nxt in ms[i + 1:i + 3]:
                    if nxt.start - m.end <= 45 and nxt.ent.type == "PERSON" and any(c.isalpha() for c in nxt.ent.name):
                        between = text[m.end:nxt.start]
                        if "," not in between and ".\n" not in between and ". " not in between and not any(
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
                if self._is_meet_object(m, ss):
                    continue  # "Li will hold talks with Luxon in Wellington before travelling to ...": Li travels
                if starts_at(self.a.text, ",", m.end) \
                        and _AIDE_TO.search(self.a.low, max(ss, m.start - 70), m.start) is not None:
                    continue  # round 29: 'X, an adviser to Chancellor Kohl, arrived': Kohl does not travel
                return m if _is_traveler(m.ent) else None
        lo = max(ss, pos - 60)
        for h in self.a.hits_in(lo, pos, "pronoun"):
            last = self.last_traveler()
            if last is not None:
                return Mention(h.start, h.end, last, "coref")
        return None

    def last_traveler(self) -> Ent | None:
        """The first official of the latest sentence (this one included) that names one; read on demand, going
        back from the current sentence (sentences without any rule words are skipped unread)."""
        cur = len(self.sents)
        for i in range(cur, self._traveler_sent, -1):
            ss, se = self.all_sents[i]
            for m in self.a.mentions_in(ss, se):
                if m.ent.type == "PERSON" and _is_traveler(m.ent):
                    self._last_traveler, self._traveler_sent = m.ent, i
                    return m.ent
        return self._last_traveler

    def _local_country(self, m: Mention, ss: int) -> None:
        """'Japan's new Prime Minister Shigeru Ishiba': a country heading the person's own noun phrase."""
        if m.ent.country is not None or m.how == "coref" or not m.ent.official:
            return
        text = self.a.text
        for g in reversed(self.a.mentions_in(max(ss, m.start - 50), m.start)):
            if g.ent.type != "GPE" or not g.ent.country:
                return
            gap = text[g.end:m.start]
            if "," in gap or len(gap.split(None, 5)) > 5 or any(c.islower() for w in gap.split()[1:2] for c in w[:1]) and not gap.startswith("'s"):
                return
            if gap.startswith(("'s", "’s")) or g.how == "demonym" or gap[:1] == " ":
                m.ent.country = g.ent.country
            return

    def _is_meet_object(self, m: Mention, ss: int) -> bool:
        """The person is the object of a meeting verb ('talks with X', 'bertemu dengan X') and an earlier
        person in the sentence is its subject."""
        before = [p for p in self.a.mentions_in(max(ss, m.start - 60), m.start) if p.ent.type == "PERSON"]
        for h in self.a.hits_in(max(before[-1].end if before else ss, m.start - 60), m.start, "meet"):
            gap = self.a.text[h.end:m.start]
            for t in self.a.hits_in(h.end, m.start, "title"):
                gap = gap.replace(self.a.text[t.start:t.end], "")
            if "," not in gap and len(gap.split(None, 4)) <= 4:
                return True
        return False

    def _coordinated(self, m: Mention, ss: int) -> list[Mention]:
        """'Funaro and Gros will visit ...': the officials joined to the subject by 'and' / 'dan'."""
        out = []
        cur = m
        for prev in reversed([p for p in self.a.mentions_in(max(ss, m.start - 120), m.start) if p.ent.type == "PERSON"]):
            gap = self.a.low[prev.end:cur.start]
            for t in self.a.hits_in(prev.end, cur.start, "title"):
                gap = gap.replace(self.a.low[t.start:t.end], "")
            for g in self.a.mentions_in(prev.end, cur.start):
                if g.ent.type == "GPE":
                    gap = gap.replace(self.a.low[g.start:g.end], "")
            # (round 28: 'X and his Japanese counterpart Y': the possessive before a title joins too)
            gap = " ".join(w for w in gap.split() if w not in ("'s", "’s", "his", "her", "their"))
            if gap.strip(" ,") == "" or gap.strip(" ,") in _COORD_GAPS:
                if _is_traveler(prev.ent) and prev.ent is not m.ent:
                    out.append(prev)
                cur = prev
                continue
            break
        return out

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
    def _destinations(self, h: Hit, trig_kind: str, se: int, traveler: Ent, ss: int = 0) -> tuple[list[tuple[str, Ent | None]], bool]:
        end = min(se, h.end + _DEST_WINDOW)
        stops = [x.start for x in self.a.hits_in(h.end, end) if x.kind in ("say_pre", "say_post")]
        dstops = self.a.hits_in(h.end, end, "dstop")
        if trig_kind == "noun" and dstops and dstops[0].start == h.end + 1 and starts_at(self.a.low, " to ", h.end):
            dstops = dstops[1:]  # "an official visit to Japan", "a delegation to Moscow": the 'to' names the place
        if trig_kind == "weak":  # "held talks with X in Wellington": 'with' names the partner, not the end
            low = self.a.low
            dstops = [x for x in dstops if low[x.start:x.end] not in ("with", "dengan") and not (
                low[x.start:x.end] in _EVENT_STOPS and self._introduces_event(x.end)) and not (
                # round 33: 'made a presentation to creditor banks in New York': 'to' names the audience
                x.start == h.end + 1 and low[x.start:x.end] == "to" and h.value.endswith(" presentation"))]
            am = _BY_ASIDE.search(low, h.end, end) if dstops else None
            if am is not None:  # 'attend the talks, convened by the ICCO, in London': the aside names no end
                dstops = [x for x in dstops if not am.start() < x.start < am.end()]
        stops += [x.start for x in dstops[:1]]
        stop = min(stops, default=end)
        # "a tour of Europe and debt discussions with officials in Britain, France and Italy": a trip to a region
        # reads on past a "with" / "dengan" to the countries then placed with "in" / "di".
        region_with = (trig_kind in ("noun", "strong") and dstops and stop == dstops[0].start
                       and self.a.low[dstops[0].start:dstops[0].end] in ("with", "dengan"))
        if h.value in _SPEECH:  # the place of the speech follows at once ("dalam pidatonya di Sidang Umum PBB di ...")
            stop = min(stop, h.end + 70) if self.a.low.startswith((" di ", " in ", " at ", " to "), h.end) else h.end
        adjacent = h.value in _ADJACENT or (h.value[:1] == "~" and not h.value.endswith(":here")) \
            or (h.value in _RETURNS and _TRIP_GAP.match(self.a.low, h.end) is None)
        self.dest_explicit = False
        out: list[tuple[str, Ent | None]] = []
        self._regions = []
        self._scan_places(h, trig_kind, stop, adjacent, out)
        saw_region = self._saw_region
        if region_with and not out and saw_region:
            far = min(se, h.end + 2 * _DEST_WINDOW)  # a list of five countries runs long
            tail = min([x.start for x in self.a.hits_in(stop + 1, far) if x.kind in ("dstop", "say_pre", "say_post")] + [far])
            self._scan_places(h, "weak", tail, False, out, start=dstops[0].end)
        if not out and saw_region and trig_kind in ("noun", "strong") \
                and (inc := _REGION_INCLUDES.search(self.a.low, h.end, min(se, h.end + _DEST_WINDOW))) is not None:
            # round 28: "a tour of Africa that includes Kenya": the countries the region trip takes in
            far = min(se, inc.end() + _DEST_WINDOW)
            tail = min([x.start for x in self.a.hits_in(inc.end() + 1, far)
                        if x.kind in ("dstop", "say_pre", "say_post")] + [far])
            self._scan_places(h, "noun", tail, False, out, start=inc.end())
            self._saw_region = saw_region
        self.dest_explicit = bool(out)
        if not out and not adjacent and self._dateline_applies(h, trig_kind, saw_region, ss, se, traveler):
            out.append((self.dateline.country, self.dateline.city))  # type: ignore[arg-type]
        if not out and trig_kind == "weak":
            place = self._anaphoric_meeting(h, se)
            if place is not None:
                out.append(place)
            elif self._attends_at_dateline(h, ss, se, traveler):
                out.append((self.dateline.country, self.dateline.city))  # type: ignore[arg-type]
        if not out and trig_kind == "here" and h.start == h.end and not self.dateline.country and traveler.country:
            # round 30: 'The visiting Japanese Foreign Minister X met Secretary of State Shultz' with no dateline:
            # the visitor is in the country of the official he meets right after his name
            mhs = self.a.hits_in(h.end, min(se, h.end + 40), "meet")
            mh_end = mhs[0].end if mhs else se
            host = next((m for m in self.a.mentions_in(mh_end, min(se, mh_end + 60)) if m.ent.type == "PERSON"), None)
            if host is not None and host.ent.official and not host.ent.international and host.ent.country \
                    and host.ent.country != traveler.country and self._title_gap(mh_end, host.start):
                out.append((host.ent.country, None))
        return out, saw_region

    def _attends_at_dateline(self, h: Hit, ss: int, se: int, traveler: Ent) -> bool:
        """'Manila (ANTARA) - Presiden Joko Widodo menghadiri KTT ASEAN ke-31': an Indonesian story filed from
        abroad, an official attending a meeting it names with no place of its own, is at the dateline place (not
        English wire copy, whose London or New York desk files stories about meetings elsewhere)."""
        dl = self.dateline.country
        if self.a.lang != "id" or not dl or (h.value not in ("menghadiri", "hadir di", "hadir dalam", "hadir pada")
                                             and h.value not in _DL_ACTS):
            return False
        if traveler.country is None or traveler.country == dl or traveler.international:
            return False
        if h.value in _DL_ACTS:
            # round 29: the lead sentence of a story filed from abroad, an official act with no place of its own
            # ('Kuala Lumpur (ANTARA) - Menaker X meresmikan ...', 'Paris (ANTARA) - Menteri X bertemu ...')
            # (a home dateline, 'Jakarta -' over foreign news, places nobody)
            return (not self.sents and dl != self.a.res.home_country and not self._placed_elsewhere(ss, se, dl)
                    and _PAST_ID.search(self.a.low, ss, se) is None)
        mt = _ATTEND_MEETING.match(self.a.low, h.end)
        if mt is None or any(m.ent.type == "GPE" for m in self.a.mentions_in(h.end, mt.end())):
            return False  # 'menghadiri konferensi tersebut' is the meeting named before; 'KTT Paris' names a place
        if dl == self.a.res.home_country and not any(
                m.ent.country == dl and m.ent is not traveler for m in self.a.mentions_in(h.end, se)):
            # round 30: 'Jakarta (ANTARA) - Menlu AS X menghadiri sidang Kongres': the home desk files foreign news;
            # the meeting is in Indonesia only when someone or something of Indonesia takes part in it
            return False
        return not self._placed_elsewhere(ss, se, dl) and _PAST_ID.search(self.a.low, ss, se) is None

    def _scan_places(self, h: Hit, trig_kind: str, stop: int, adjacent: bool, out: list[tuple[str, Ent | None]],
                     start: int = -1) -> None:
        """The countries named between the trigger (or ``start``) and ``stop``. For inferred trips ('weak',
        'here') a place needs 'in' / 'di' / 'at' before it, or must continue a list of such places ('talks in
        Britain, West Germany and Italy': the later places inherit the first one's preposition)."""
        text = self.a.text
        saw_region = False
        last_end = h.end if start < 0 else start
        listed = -1  # end of the last place accepted behind a preposition (or by the list it opened)
        for m in self.a.mentions_in(last_end, stop):
            if adjacent and text[last_end:m.start].strip(" ,").lower() not in ("", "and", "dan", "the", "serta"):
                break
            if m.ent.type == "LOC":
                saw_region = True
                self._regions.append(m.ent.name)
                last_end = m.end
                continue
            capital = m.how == "demonym" and text.startswith((" capital", " ibu kota"), m.end)
            if m.ent.type == "ORG" and m.ent.id in _SEATS and _prep_before(text, m.start, True) \
                    and not text.startswith(("'s", "’s"), m.end):
                # round 39: 'met Abbas at the White House', 'bertemu Putin di Kremlin': a head of government's seat
                # (known bodies read as organisations) is a place of its country after 'at' / 'in' / 'di'
                listed = last_end = m.end
                out.append((m.ent.country, None))  # type: ignore[arg-type]
                continue
            if m.ent.type != "GPE" or (m.how == "demonym" and not capital) or m.start in self.title_places:
                if adjacent:
                    break
                continue
            if trig_kind in ("weak", "here") and not adjacent:
                if not _prep_before(text, m.start, capital or m.how == "metonym" and text.find(" ", m.start, m.end) >= 0) and not (
                        listed >= 0 and text[listed:m.start].lower() in _LIST_GAPS
                        and not text.startswith(("'s", "’s"), m.end)) and (  # "in Tokyo, China's Xinhua said"
                        # round 29: 'di Baden-Baden, Jerman': a town the gazetteer lacks, then its country
                        m.ent.geonames_id is not None or (ut := _UNKNOWN_TOWN.search(text, max(0, m.start - 50), m.start)) is None
                        or self.a.mentions_in(ut.start(), m.start)):
                    continue
                listed = m.end
            if adjacent and text.startswith(("'s", "’s"), m.end):
                break  # "went to Japan's embassy in Jakarta": a possessor, not the place gone to
            last_end = m.end
            country = m.ent.country
            if not country:
                continue
            city = m.ent if m.ent.geonames_id is not None else None
            out.append((country, city))
        self._saw_region = saw_region

    def _introduces_event(self, pos: int) -> bool:
        """'sebelum acara ADMM Plus', 'before the summit', 'di sela-sela KTT': the stop word opens the meeting."""
        after = self.a.low[pos:pos + 40].lstrip()
        for art in ("the ", "a ", "an "):
            if after.startswith(art):
                after = after[len(art):]
                break
        return after.startswith(_EVENT_HEADS)

    def _dateline_applies(self, h: Hit, trig_kind: str, saw_region: bool, ss: int, se: int, traveler: Ent) -> bool:
        """The dateline place stands in for a missing destination only when the sentence places the traveler
        there: 'arrived here', 'told reporters' (here), a region named ('tiba di Asia Tengah'), or a meeting
        with an official of the dateline country ('Yeutter met Nakasone' under a TOKYO dateline)."""
        dl = self.dateline.country
        if not dl or traveler.country is None or traveler.country == dl or traveler.international:
            return False
        if saw_region and trig_kind != "here" and self._regions \
                and all(dl not in _REGION_COUNTRIES.get(r, (dl,)) for r in self._regions):
            return False  # round 28: the regions named do not hold the dateline country
        if saw_region or trig_kind == "here":
            if h.value.startswith(_PRESS_TRIGGERS) and _PRESS_PAST.match(self.a.low, h.end) is not None:
                return False  # 'told reporters last week': said before the story, not known to be at the dateline
            if trig_kind == "here" and h.end > h.start and self._own_place_meeting(h, traveler):
                return False
            return not self._placed_elsewhere(ss, se, dl)
        if trig_kind != "weak" or self._placed_elsewhere(ss, se, dl):
            return False
        low = self.a.low
        if low.find(" here", ss, se) >= 0 or low.find("di sini", ss, se) >= 0:
            return True
        for m in self.a.mentions_in(h.end, min(se, h.end + 90)):
            if m.ent.type == "PERSON" and m.ent.official and m.ent.country == dl:
                return True
            if m.ent.type == "GPE" and m.ent.country == dl and _DL_GROUP.match(low, m.end) is not None:
                return True  # 'met Japanese officials' / 'talks with Japanese bankers' under a TOKYO dateline
        return False

    def _own_place_meeting(self, h: Hit, traveler: Ent) -> bool:
        """Round 33: 'LONDON - Japanese Vice Minister X told a conference on Tokyo financial markets' (or 'told the
        conference', that conference named before): a meeting described by a place of the traveler's own country
        may be held there; its place is not known to be abroad for him, so the dateline does not place him."""
        low = self.a.low
        if not low.startswith(("told ", "addressed ", "addressing ", "outlined ", "outlines ", "presented ", "presents ",
                               "unveiled ", "unveils "), h.start) or traveler.country is None:
            return False
        noun_end = _WORD_END.match(low, h.end).end()  # type: ignore[union-attr]
        spans = [(h.start, noun_end)]
        if low.startswith(" the ", low.find(" ", h.start)):
            noun = low[low.rfind(" ", 0, noun_end) + 1:noun_end]
            prev = None
            for prev in re.compile(r"\b(?:a|an) (?:[\w'-]+ ){0,3}?" + re.escape(noun) + r"\b").finditer(low, 0, h.start):
                pass
            if prev is not None:
                spans.append((prev.start(), prev.end()))
        for s0, e0 in spans:
            tail = _MEETING_TAIL.match(low, e0)
            end = tail.end() if tail is not None else e0
            if any(m.ent.type == "GPE" and m.ent.country == traveler.country for m in self.a.mentions_in(s0, end)):
                return True
        return False

    def _placed_elsewhere(self, ss: int, se: int, country: str) -> bool:
        """The sentence puts its action in another named place ('told reporters in Washington')."""
        text = self.a.text
        for m in self.a.mentions_in(ss, se):
            if m.ent.type == "GPE" and m.how != "demonym" and m.ent.country and m.ent.country != country:
                if _prep_before(text, m.start):
                    return True
        return False

    def _anaphoric_meeting(self, h: Hit, se: int) -> tuple[str, Ent | None] | None:
        """'yang menghadiri konferensi tersebut' / 'attended the summit': the meeting last placed abroad."""
        after = self.a.low[h.end:min(se, h.end + 40)].lstrip()
        if h.value in _SPEECH:  # "Presiden Turki Erdogan dalam sambutannya ..." right after "KTT OKI di Astana"
            found = self._last_meeting()
            return found[0] if found is not None and len(self.sents) - found[1] <= 2 else None
        ok = h.value in ("attended", "menghadiri") and (after == "" or after[0] in ",.;")  # "Ishiba also attended."
        if not ok:
            for noun in _MEETING_NOUNS:
                if after.startswith(noun) and after[len(noun):].lstrip().startswith(_ANAPHORS[:3]):
                    ok = True
                    break
                if after.startswith("the " + noun) or after.startswith("that " + noun):
                    ok = True
                    break
            else:
                # "the two-day meeting", "this week's conference": one or two modifiers before the noun
                ok = _ANAPHORIC_NP.match(after) is not None
        if not ok:
            return None
        found = self._last_meeting()
        return found[0] if found is not None else None

    def _last_meeting(self) -> tuple[tuple[str, Ent | None], int] | None:
        """The place of the meeting last named in an earlier sentence, and that sentence's index."""
        for i in range(len(self.sents) - 1, -1, -1):
            if i not in self._meeting_cache:
                self._meeting_cache[i] = self._meeting_place(*self.sents[i])
            place = self._meeting_cache[i]
            if place is not None:
                return place, i
        return None

    def _meeting_place(self, ss: int, se: int) -> tuple[str, Ent | None] | None:
        """The place of a meeting named in the sentence ('KTT OKI di Astana', or 'a conference on farm markets
        here' under a dateline). Read only on demand, going back from the sentence of an anaphoric trigger."""
        low = self.a.low
        if _MEETING_RX.search(low, ss, se) is None:
            return None
        if self.dateline.country:
            here = _HERE_RX.search(low, ss, se)
            if here is not None and _MEETING_RX.search(low, max(ss, here.start() - 60), here.start()) is not None:
                return self.dateline.country, self.dateline.city
        text = self.a.text
        for m in self.a.mentions_in(ss, se):
            capital = m.how == "demonym" and text.startswith((" capital", " ibu kota"), m.end)
            if m.ent.type == "GPE" and (m.how != "demonym" or capital) and m.ent.country and m.start not in self.title_places:
                if _prep_before(text, m.start, True):
                    if _MEETING_RX.search(low, max(ss, m.start - 80), m.start) is not None:
                        return m.ent.country, (m.ent if m.ent.geonames_id is not None else None)
        return None

    def _status(self, h: Hit, ss: int, default: str | None, noun: bool = False, se: int = 0) -> str | None:
        """Status cues in the few words before the trigger; a cancellation cue anywhere near wins; else a time
        word right after it ('held talks in Paris last week', 'bertemu ... pekan depan')."""
        low = self.a.low
        cues = [c for c in self.a.hits_in(max(ss, h.start - 40), h.start, "status")]
        if cues and h.value in _MEETING_NOUNS and cues[-1].value == "completed" and \
                low[cues[-1].start:cues[-1].end] in _AFTER_WORDS and not low[cues[-1].end:h.start].strip(" thea"):
            cues.pop()  # "met X after the summit in Lima": the summit is over, not the trip
        after = self.a.hits_in(h.end, min(h.end + 40, len(self.a.text)) if not noun else se, "status")
        if any(c.value == "cancelled" for c in cues + after):
            return "cancelled"
        if default is not None and default != "ongoing":
            return default
        if cues:
            return str(cues[-1].value)
        if default is None:
            for c in self.a.hits_in(h.end, min(se, h.end + 120) if se else h.end + 40, "status"):
                if low[c.start:c.end] in _TIME_CUES:
                    return str(c.value)
        return default

    def _negated(self, h: Hit, ss: int, se: int) -> bool:
        low = self.a.low
        for n in self.a.hits_in(ss, se, "neg"):
            if starts_at(low, " off", n.end) and low[n.start:n.end] == "called":
                continue  # "called off a trip": a cancellation (status), not a phone call
            if self._quoted(ss, n.start) and not self._quoted(ss, h.start):
                continue  # round 29: '"Kami ingin ...," kata X di Tokyo': a wish quoted, the narration placed
            return True
        return False

    def _quoted(self, ss: int, pos: int) -> bool:
        """Inside a direct quotation opened in the sentence before ``pos`` (odd count of quote marks)."""
        seg = self.a.text[ss:pos]
        return (seg.count('"') + seg.count("\u201c") + seg.count("\u201d")) % 2 == 1

    def _non_official_subject(self, ss: int, pos: int, trav: Mention | None = None) -> bool:
        """A team, CEO, banker... between the official subject and the trigger ('Retno's team visited')."""
        lo = trav.end if trav is not None and trav.how != "coref" and trav.start < pos else ss
        if trav is not None and trav.how != "coref" and _LED_BY.search(self.a.low, max(ss, trav.start - 60), trav.start):
            return False  # "a commission headed by X and including company officials will travel": X leads it
        low = self.a.low
        for h in self.a.hits_in(lo, pos, "nonoff"):
            if low[h.start:h.end] in _MISSIONS and _LEADS.search(low, max(lo, h.start - 40), h.start):
                continue  # "Minister X, who is leading a trade mission, will visit Seoul": X is on official business
            return True
        return False

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
        if ent.role and any(r in ent.role for r in _RESIDENT_ROLES) and self._posted_to(traveler, country):
            return  # round 29: 'Duta Besar RI untuk Jepang X ... di Tokyo': an envoy at his post does not travel
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

    def _accompany_to(self, acc: Hit, lead: Mention, ss: int, se: int) -> None:
        """Round 29: 'X saat mendampingi Presiden Y ke Jepang': the place the lead is accompanied to, at once after
        the lead's name (the companion shares it through the companions list)."""
        a = self.a
        if not starts_at(a.low, " ke ", lead.end) or self._negated(acc, ss, se):
            return
        for m in a.mentions_in(lead.end + 4, min(se, lead.end + 60)):
            if m.ent.type == "GPE" and m.how != "demonym" and m.ent.country and m.start == lead.end + 4:
                city = m.ent if m.ent.geonames_id is not None else None
                self.add(lead, m.ent.country, city, self._status(acc, ss, None), (ss, se), "042", True, [])
            break

    def _posted_to(self, m: Mention, country: str) -> bool:
        """The envoy's title names the country of the post ('Duta Besar RI untuk Jepang', 'ambassador to Japan')."""
        a = self.a
        if m.how == "coref":
            return False
        for g in a.mentions_in(max(0, m.start - 70), min(len(a.text), m.end + 40)):
            if g.ent.type == "GPE" and g.ent.country == country and \
                    a.low.endswith(("untuk ", "to ", "di ", "in ", "for "), max(0, g.start - 7), g.start) \
                    and (g.start < m.start or starts_at(a.text, ",", m.end)
                         or _POST_GAP.fullmatch(a.text, m.end, g.start) is not None):
                return True  # after the name only in apposition (not 'envoy X arrived in Peking')
        return False

    def _met_travelers(self, h: Hit, se: int, subject: Ent, countries: set[str]) -> list[Mention]:
        """'Mattis bertemu dengan Ryamizard sebelum acara ADMM Plus di Filipina': an official met in a place
        abroad (for them) is there too; envoys posted there are not travelers."""
        out: list[Mention] = []
        mh = next(iter(self.a.hits_in(h.start, min(se, h.end + 20), "meet")), None)
        if mh is None:
            return out
        for m in self.a.mentions_in(mh.end, min(se, mh.end + 120)):
            if m.ent.type == "GPE" and m.ent.country in countries:
                break  # the place of the meeting: people after it are not its objects
            if m.ent.type != "PERSON" or m.ent is subject or not _is_traveler(m.ent) or not m.ent.official:
                continue
            if m.ent.country is None or m.ent.country in countries or m.ent.international:
                continue
            if m.ent.role and any(r in m.ent.role for r in _RESIDENT_ROLES):
                continue
            out.append(m)
        return out

    def participants(self, sentences: list[tuple[int, int]]) -> None:
        """'... memimpin pertemuan tersebut dengan tokoh dunia seperti Presiden AS X dan Menlu Inggris Y' / 'the
        meeting, attended by X and Y': officials listed at a meeting placed in one of the three sentences before
        are there."""
        low = self.a.low
        for m in self.a.mentions:
            ent = m.ent
            if ent.type == "PERSON" and _is_traveler(ent) and ent.official and not ent.international \
                    and ent.country is not None:
                break
        else:
            return  # no official the rule below could place: the two whole-text scans for references skipped
        refs: list[int] = []  # ends of anaphoric meeting references
        if self.a.lang == "id":
            for anaphor in (" tersebut", " itu"):
                i = low.find(anaphor)
                while i != -1:
                    if _id_meeting_noun_before(low, i):
                        refs.append(i + len(anaphor))
                    i = low.find(anaphor, i + 1)
        else:
            for noun in _EN_MEETING_NOUNS:
                i = low.find(noun)
                while i != -1:
                    # low.endswith(("the ", "that "), max(0, i - 5), i), without a generic method call
                    if i >= 4 and low.find("the ", i - 4, i) == i - 4 or i >= 5 and low.find("that ", i - 5, i) == i - 5:
                        refs.append(i + len(noun))
                    i = low.find(noun, i + 1)
        if not refs:
            return
        refs.sort()
        starts = [ss for ss, _ in sentences]
        for r in refs:
            cue = _PARTICIPANT_CUE.match(low, r)
            if cue is None:
                continue
            idx = bisect_right_int(starts, r) - 1
            if idx < 1:
                continue
            ss, se = sentences[idx]
            place = None
            for j in range(idx - 1, max(-1, idx - 4), -1):
                if j not in self._meeting_cache:
                    self._meeting_cache[j] = self._meeting_place(*sentences[j])
                place = self._meeting_cache[j]
                if place is not None:
                    break
            if place is None:
                continue
            for m in self.a.mentions_in(cue.end(), se):
                ent = m.ent
                if m.ent.type != "PERSON" or not _is_traveler(ent) or not ent.official or ent.international:
                    continue
                if ent.country is None or ent.country == place[0]:
                    continue
                if ent.role and any(x in ent.role for x in _RESIDENT_ROLES):
                    continue
                self.add(m, place[0], place[1], None, (ss, se), "042", False, [])

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
        self._sentence(ss, se)
        self.sents.append((ss, se))

    def _sentence(self, ss: int, se: int) -> None:
        a = self.a
        hits = a.hits_in(ss, se)
        triggers = [h for h in hits if h.kind == "visit"]
        if self.rx_hits:
            triggers += [rh for rh in self.rx_hits if ss <= rh.start < se]
        hosts_hits = [h for h in hits if h.kind in ("host", "host_passive")]
        ments = a.mentions_in(ss, se)
        persons = [m for m in ments if m.ent.type == "PERSON" and _is_traveler(m.ent)]
        self.has_place = any(m.ent.type == "GPE" for m in ments)
        for acc in (h for h in hits if h.kind == "accompany"):
            before = next((m for m in reversed(a.mentions_in(max(ss, acc.start - _SUBJECT_WINDOW), acc.start))
                           if m.ent.type == "PERSON"), None)
            after = next((m for m in a.mentions_in(acc.end, min(se, acc.end + 100)) if m.ent.type == "PERSON"), None)
            if before is not None and after is not None and before.ent is not after.ent:
                passive = acc.value.startswith("didampingi") or starts_at(a.low, " by", acc.end)
                companion, lead = (after, before) if passive else (before, after)
                # a titled companion named as accompanying an official is on the trip (a rear admiral, a governor)
                if _is_traveler(companion.ent) or (companion.ent.role is not None and not companion.ent.group
                                                   and _is_traveler(lead.ent)):
                    self.companions.append((companion, lead.ent, (ss, se)))
                    if not passive and _is_traveler(lead.ent) and a.lang == "id":
                        self._accompany_to(acc, after, ss, se)
        if persons and self.partner_starts and bisect_right_int(self.partner_starts, se - 1) > bisect_right_int(self.partner_starts, ss - 1):
            self._meeting_partner(ss, se)
        if self.has_place and persons:
            self._said_at(ss, se, hits)
            if _front_in(a.text, ss) is not None or a.lang == "en" and a.text.find(" from ", ss, min(se, ss + 140)) >= 0:
                self._fronted_place(ss, se, hits)
        if persons and self.dateline.country:
            if len(persons) > 1:
                self._dateline_guests(ss, se, hits)
            if not self.sents and (a.lang == "en" or self.dateline.country != a.res.home_country):
                self._dateline_speaker(ss, se, hits)  # wire datelines are where the story was filed (id: abroad)
            elif a.lang == "en" and self._conference_lead():
                self._conference_speaker(ss, se, hits)
        if self.delegations:
            self._delegation_heads(ss, se)
        if self._members_of and a.low.find("members of the", ss, se) >= 0:
            self._delegation_members(ss, se)
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
            spec = _RX_SPECS[h.value] if h.value[:1] == "~" else a.res.visit_triggers[h.value]
            if h.value in _BETWEEN:
                self._fronted(h, spec, ss, se)
                continue
            if spec.kind == "noun":
                agent = _BY_AGENT.match(a.text, h.end, min(se, h.end + 60))
                if agent is not None:  # round 29: 'said a visit to Tokyo by Japan's trade minister': the agent's
                    trav = next((m for m in a.mentions_in(agent.end() - 1, min(se, agent.end() + 60))
                                 if m.ent.type == "PERSON"), None)
                    if trav is None or not _is_traveler(trav.ent) or not self._title_gap(agent.end() - 1, trav.start):
                        continue
                else:
                    trav = self._noun_owner(h, ss, se)
            elif h.value[:1] == "~" and h.start > ss and not a.text[h.start - 1].isspace():
                # an apposition read right after the name ("X, in Tokyo for talks", "met visiting X")
                trav = next((m for m in a.mentions_in(max(ss, h.start - 80), h.start)
                             if m.end == h.start and m.ent.type == "PERSON"), None) or self._subject(ss, h.start)
            else:
                trav = self._subject(ss, h.start)
            if trav is None:
                self._fronted(h, spec, ss, se)
                continue
            possessive = spec.kind == "noun" and (a.low.endswith(_POSSESSIVE_END, max(ss, h.start - 6), h.start)
                                                  or h.value.endswith("nya"))
            if not possessive and self._non_official_subject(ss, h.start, trav):
                continue
            self._local_country(trav, ss)
            if spec.kind == "weak" and trav.how != "coref" and trav.start < h.start and trav.ent.country \
                    and trav.ent.country == self.dateline.country:
                # round 30: 'Sydney - Menlu X dan Menlu Australia Y memimpin ...': the host, the nearest subject,
                # is at home; the foreign co-subject joined to it by 'dan' / 'and' is the traveler
                for co in self._coordinated(trav, ss):
                    self._local_country(co, ss)
                    if co.ent.country and co.ent.country != trav.ent.country:
                        trav = co
                        break
            home = trav.ent.country or (_kb_national_role(a, trav.ent) if spec.kind == "weak" else None)
            if spec.kind in ("weak", "here") and home is None:
                continue  # an inferred trip needs the traveler's country to tell it from a domestic one
            dests, _ = self._destinations(h, spec.kind, se, trav.ent, ss)
            if trav.ent.country is None:  # 'OPEC president (and Nigerian oil minister) Lukman was in Kingston'
                dests = [(c, city) for c, city in dests if c != home]
            if not dests:
                if spec.kind == "weak":
                    self._attach_hosts(ss, se, hits)
                continue
            status: str | None
            if spec.kind == "here" and spec.status is not None:
                status = "cancelled" if self._status(h, ss, None) == "cancelled" else spec.status
            else:
                status = self._status(h, ss, spec.status, spec.kind == "noun", se)
            hosts = self._meet_objects(ss, se, ss)
            travelers = [trav]
            if trav.how != "coref" and trav.start < h.start:
                travelers += self._coordinated(trav, ss)
            if spec.kind == "weak" and self.dest_explicit:
                travelers += self._met_travelers(h, se, trav.ent, {c for c, _ in dests})
            for t in travelers:
                for country, city in dests:
                    self.add(t, country, city, status, (ss, se), "042", spec.kind in ("strong", "here"), hosts)

    def _delegation_heads(self, ss: int, se: int) -> None:
        """'X, who led the Jamaican delegation, said ...' under a NEW YORK dateline: the head of a named national
        delegation is at the dateline place (unless the sentence places the action elsewhere)."""
        dl = self.dateline.country
        for m, _group, s0, e0 in self.delegations:
            if not ss <= s0 < se or not dl:
                continue
            g = next((x for x in self.a.mentions_in(s0, e0) if x.ent.type == "GPE" and x.ent.country), None)
            if g is None:  # no visit verb here, so the sentence's hope / phone words do not apply
                continue
            ent = m.ent
            if ent.country is None or ent.country_default:
                if ent.official and ent.country is not None and ent.country != g.ent.country:
                    continue
                ent.country = g.ent.country
                ent.country_default = False
            elif ent.country != g.ent.country:
                continue
            if ent.country == dl or ent.international or self._placed_elsewhere(ss, se, dl):
                continue
            self.add(m, dl, self.dateline.city, "ongoing", (ss, se), "042", False, [])

    def _delegation_members(self, ss: int, se: int) -> None:
        """'X and other members of the Philippine delegation met ...' / 'he spent the weekend evaluating it with
        other members of the Philippine delegation': X belongs to that national delegation, which is at the
        dateline place (unless the sentence places the action elsewhere)."""
        dl = self.dateline.country
        m = _MEMBERS.search(self.a.text, ss, se)
        if m is None or not dl:
            return
        g = next((x for x in self.a.mentions_in(m.start(1), m.end(1)) if x.ent.type == "GPE" and x.ent.country), None)
        trav = self._subject(ss, m.start())
        if trav is None and self.a.hits_in(ss, m.start(), "pronoun"):
            last = self.last_traveler()
            trav = Mention(ss, ss, last, "coref") if last is not None else None
        if g is None or trav is None or trav.ent.country != g.ent.country or trav.ent.international:
            return
        if trav.ent.country == dl or self._placed_elsewhere(ss, se, dl) or self.a.hits_in(ss, se, "neg"):
            return
        self.add(trav, dl, self.dateline.city, "ongoing", (ss, se), "042", False, [])

    def _fronted(self, h: Hit, spec: _Spec | VisitTrigger, ss: int, se: int) -> None:
        """Travelers named after the trigger: a fronted trip clause ('Saat berkunjung ke Tokyo, Jepang, Menlu X
        bertemu ...') gives the first official after its comma; 'Talks between X and Y in Tokyo' gives every
        official named before the place."""
        a = self.a
        prefix = a.low[ss:h.start].strip(" \"'")
        between = h.value in _BETWEEN and prefix in ("", "the")
        # round 29: an Indonesian lead clause with an inferred trip ('Ketika berada di Ottawa, Menteri X ...',
        # 'Usai menghadiri KTT APEC di Da Nang, Vietnam, Presiden X ...'): the place needs its own 'di'
        weak_lead = (not between and spec.kind == "weak" and a.lang == "id"
                     and (prefix in _LEAD_CLAUSE or prefix in _ID_AFTER_LEAD))
        if not between and not weak_lead and (prefix not in _LEAD_CLAUSE and (prefix or h.value not in _SELF_LEAD)
                                              or spec.kind not in ("strong", "noun")):
            return
        travelers: list[Mention] = []
        comma = a.text.find(",", h.end, se)
        for m in a.mentions_in(h.end, se):
            if m.ent.type == "GPE" and m.how != "demonym" and between:
                break
            if m.ent.type != "PERSON" or not _is_traveler(m.ent) or (not between and (comma < 0 or m.start < comma)):
                continue
            travelers.append(m)
            if not between:
                break
        for t in travelers:
            self._local_country(t, ss)
            if t.ent.country is None and (between or weak_lead):
                continue
            dests, _ = self._destinations(h, "weak" if between or weak_lead else "strong", se, t.ent, ss)
            status = self._status(h, ss, spec.status, spec.kind == "noun", se)
            for country, city in dests:
                self.add(t, country, city, status, (ss, se), "042", not between, [])

    def _said_at(self, ss: int, se: int, hits: list[Hit]) -> None:
        """An official speaking at a named place abroad is there: 'kata Menlu Retno di Markas Besar PBB di New
        York', 'Baker said in Tokyo', 'told reporters in Paris'."""
        a = self.a
        for h in hits:
            if h.kind == "say_post":
                sp = next((m for m in a.mentions_in(h.end, min(se, h.end + 60)) if m.ent.type == "PERSON"), None)
                if sp is None or a.text[h.end:sp.start].strip(" ,") and not a.hits_in(h.end, sp.start, "title"):
                    continue
                at = sp.end
            elif h.kind == "say_pre":
                sp = next((m for m in reversed(a.mentions_in(max(ss, h.start - 40), h.start)) if m.ent.type == "PERSON"), None)
                if sp is None:
                    continue
                gap = a.text[sp.end:h.start].strip(" ,")
                if gap and not (a.lang == "en" and _ADVERB_GAP.fullmatch(gap) is not None):
                    continue
                at = h.end
                if a.lang == "en" and (obj := _ACT_OBJECT_IN.match(a.low, at, min(se, at + 60))) is not None:
                    # round 39: 'Funaro heavily criticized the panels in London on Monday': an act placed in a city
                    # abroad on a named day puts the official there (the day ties the place to the act)
                    pm = next(iter(a.mentions_in(obj.end(), min(se, obj.end() + 40))), None)
                    if pm is not None and pm.start == obj.end() and pm.ent.type == "GPE" and pm.how != "demonym" \
                            and pm.ent.country and _ACT_DAY.match(a.low, pm.end) is not None \
                            and _is_traveler(sp.ent) and sp.ent.country and not sp.ent.international \
                            and not self._negated(h, ss, se) and _RELAYED_RX.search(a.low, ss, se) is None:
                        city = pm.ent if pm.ent.geonames_id is not None else None
                        self.add(sp, pm.ent.country, city, "ongoing", (ss, se), "042", False, [])
                        continue
            else:
                continue
            if not _is_traveler(sp.ent) or sp.ent.country is None or sp.ent.international:
                continue
            tail = a.low[at:min(se, at + 70)]
            lead = tail.lstrip(" ,")
            conf = next((c for c in _AT_CONFERENCE if lead.startswith(c)), "")
            if not conf:
                mt = _AT_MEETING.match(lead)  # "said at the IMF meeting in Paris"
                if mt is None and a.lang == "id":  # round 29: 'disampaikan X pada pertemuan tahunan IMF di Washington'
                    mt = _AT_MEETING_ID.match(lead)
                conf = mt.group(0) if mt is not None else ""
                if conf and a.lang == "en" and not conf.startswith(("at ", "to ")) and a.low[h.start:h.end] not in _OBJECT_SAY:
                    conf = ""  # round 29: 'said the OPEC meeting in Vienna would ...' is its topic
            lead = lead[len(conf):]
            if not lead.startswith(("di ", "in ")) or lead.startswith(("in a ", "in an ", "di dalam")):
                continue
            p0 = at + (len(tail) - len(lead)) + 3
            for m in a.mentions_in(p0, min(se, p0 + 50)):
                if a.text.find(",", p0, m.start) >= 0 or '"' in a.text[p0:m.start]:
                    break
                if m.ent.type == "GPE" and m.how != "demonym" and m.ent.country:
                    if _prep_before(a.text, m.start) and not self._negated(h, ss, se):
                        city = m.ent if m.ent.geonames_id is not None else None
                        self.add(sp, m.ent.country, city, "ongoing", (ss, se), "042", False, [])
                    break

    def _meeting_partner(self, ss: int, se: int) -> None:
        """round 39: 'dalam pertemuan pertama dengan Presiden Palestina X di Gedung Putih', 'talks with Soviet Foreign
        Minister X in Geneva': the official met is at the place named right after his name (abroad for him)."""
        a = self.a
        for hs, pe in _partner_ends(a.low, ss, se):
            sp = next((m for m in a.mentions_in(pe, min(se, pe + 60)) if m.ent.type == "PERSON"), None)
            if sp is None or not self._title_gap(pe, sp.start):
                continue
            self._local_country(sp, pe)
            ent = sp.ent
            if not _is_traveler(ent) or not ent.official or not ent.country or ent.international \
                    or ent.role and any(r in ent.role for r in _RESIDENT_ROLES):
                continue
            pp = _PARTNER_PLACE.match(a.low, sp.end, se)
            g = next(iter(a.mentions_in(pp.end(), min(se, pp.end() + 40))), None) if pp is not None else None
            if g is None or pp is None or g.start != pp.end() or g.start in self.title_places:
                continue
            if g.ent.type == "ORG" and g.ent.id in _SEATS or g.ent.type == "GPE" and g.how != "demonym":
                if not g.ent.country or g.ent.country == ent.country or _possessive_at(a.text, g.end):
                    continue
                h = Hit(hs, pe - 1, "visit", "partner")
                if self._negated(h, ss, se):
                    continue
                city = g.ent if g.ent.geonames_id is not None else None
                self.add(sp, g.ent.country, city, self._status(h, ss, None, True, se), (ss, se), "042", False, [])

    def _fronted_place(self, ss: int, se: int, hits: list[Hit]) -> None:
        """'In Paris, Japanese Finance Minister X said ...': an official whose clause opens with a place abroad
        (for them) is there. The official must be the subject (only titles and nationalities before the name)."""
        a = self.a
        m0 = _front_in(a.text, ss)
        if m0 is None and a.lang == "en":
            m0 = _FRONT_FROM.match(a.text, ss, se)
        if m0 is None:
            return
        g = next(iter(a.mentions_in(m0.end(), min(se, m0.end() + 40))), None)
        if g is None or g.start != m0.end() or g.ent.type != "GPE" or g.how == "demonym" or not g.ent.country:
            return
        gap_end = g.end + 2
        if a.lang == "en" and (fd := _FRONT_DAY.match(a.text, g.end, se)) is not None:
            gap_end = fd.end()  # round 39: 'In London on Monday, Brazilian Finance Minister X said'
        elif not starts_at(a.text, ", ", g.end) and _FRONT_SPEAK_ID.match(a.text, ss) is not None:
            tail = _FRONT_TAIL_ID.match(a.text, g.end, se)  # id: the meeting spoken at sits between place and comma
            gap_end = tail.end() if tail is not None else gap_end
        elif not starts_at(a.text, ", ", g.end):
            return
        if gap_end == g.end + 2 and not starts_at(a.text, ", ", g.end) or g.start in self.title_places:
            return
        sp = next((m for m in a.mentions_in(gap_end, min(se, gap_end + 90)) if m.ent.type == "PERSON"), None)
        if sp is None or not self._title_gap(gap_end, sp.start):
            return
        self._local_country(sp, gap_end)  # round 39: 'In London, Brazil's Finance Minister X said'
        ent = sp.ent
        home, verb_from = ent.country, sp.end
        if home is None and _is_traveler(ent):
            # round 39: 'In Jamaica, OPEC President X, who is also Nigerian Oil Minister, said': an international
            # office holder is placed by the national office he also holds (knowledge base or the apposition)
            home = _kb_national_role(a, ent)
            ap = _ALSO_NATIONAL.match(a.low, sp.end, se)
            if ap is not None:
                verb_from = ap.end()
                if home is None:
                    home = next((m.ent.country for m in a.mentions_in(sp.end, ap.end()) if m.ent.type == "PERSON"
                                 and m.ent.official and not m.ent.international and m.ent.country), None)
            if home is None or home == g.ent.country:
                return
        elif not _is_traveler(ent) or ent.country is None or ent.international or ent.country == g.ent.country:
            return
        if ent.role and any(r in ent.role for r in _RESIDENT_ROLES):
            return
        if not any(h.kind in _FRONT_VERB_KINDS and sp.end <= h.start <= verb_from + 40 for h in hits) or self._negated(hits[0], ss, se):
            return
        city = g.ent if g.ent.geonames_id is not None else None
        self.add(sp, g.ent.country, city, "ongoing", (ss, se), "042", False, [])

    def _dateline_speaker(self, ss: int, se: int, hits: list[Hit]) -> None:
        """'PARIS, March 3 - Japanese Finance Minister X said today ...': a foreign official speaking in the lead of a
        story filed from abroad (for them) is there, unless the words came in print, by phone or in a statement."""
        a = self.a
        dl = self.dateline.country
        low = a.low
        if not dl or _RELAYED_RX.search(low, ss, se) is not None or self._placed_elsewhere(ss, se, dl):
            return
        if a.lang == "id" and _RELAYED_ID.search(low, ss, se) is not None:
            return  # round 29: 'seperti dikutip kantor berita ...', 'dalam wawancara', 'melalui telepon'
        for h in hits:
            if h.kind not in ("say_pre", "say_post"):
                continue
            if h.kind == "say_pre":
                sp = next((m for m in reversed(a.mentions_in(max(ss, h.start - 40), h.start)) if m.ent.type == "PERSON"), None)
                gap = a.text[sp.end:h.start].strip(" ,").lower() if sp is not None else ""
                if sp is None or gap not in ("", "today", "yesterday", "also") and (
                        a.lang != "id" or _ID_DAY_GAP.fullmatch(gap) is None):
                    sp = self._appositive_subject(ss, h.start) if a.lang == "en" else None
                    if sp is None:
                        continue
            else:
                sp = next((m for m in a.mentions_in(h.end, min(se, h.end + 80)) if m.ent.type == "PERSON"), None)
                if sp is None or not self._title_gap(h.end, sp.start):
                    continue
            if _PRESS_PAST.match(low, h.end) is not None:
                return  # 'X told reporters last week ...': said before the story, not known to be at the dateline
            ent = sp.ent
            if h.kind == "say_pre" and a.lang == "en" and ent.country == dl and ent.official \
                    and low[h.start:h.end] in ("told", "tells"):
                # round 30: 'TOKYO - Nakasone told Swedish Foreign Minister X that ...': the host told a foreign
                # official in person (the lead, nothing relayed): the guest is at the dateline
                obj = next((m for m in a.mentions_in(h.end, min(se, h.end + 80)) if m.ent.type == "PERSON"), None)
                if obj is not None and self._title_gap(h.end, obj.start) and _is_traveler(obj.ent) \
                        and obj.ent.official and obj.ent.country and obj.ent.country != dl and not obj.ent.international \
                        and not (obj.ent.role and any(r in obj.ent.role for r in _RESIDENT_ROLES)) \
                        and not self._negated(h, ss, se):
                    self.add(obj, dl, self.dateline.city, "ongoing", (ss, se), "042", False, [])
                return

            if not _is_traveler(ent) or not ent.official or ent.country is None or ent.country == dl or ent.international:
                return
            if ent.role and any(r in ent.role for r in _RESIDENT_ROLES) or self._negated(h, ss, se):
                return
            if any(rh.start == h.start and self._own_place_meeting(rh, ent) for rh in self.rx_hits):
                return  # round 33: 'told a conference on Tokyo markets': its place is not known to be abroad
            self.add(sp, dl, self.dateline.city, "ongoing", (ss, se), "042", False, [])
            return

    def _appositive_subject(self, ss: int, pos: int) -> Mention | None:
        """Round 29: 'X, speaking at a news conference at the end of a three-day visit, said': the person
        opening the sentence, one comma apposition with no other person in it before the verb at ``pos``."""
        a = self.a
        sp = next((m for m in a.mentions_in(ss, min(pos, ss + 80)) if m.ent.type == "PERSON"), None)
        if sp is None or sp.how == "coref" or not self._title_gap(ss, sp.start) or not _CONF_GAP.fullmatch(a.text, sp.end, pos):
            return None
        if any(m.ent.type == "PERSON" for m in a.mentions_in(sp.end, pos)) or _PAST_RX.search(a.low, sp.end, pos) \
                or _LAST_WEEK.search(a.low, sp.end, pos):
            return None  # 'X, who visited Japan last month, said': an earlier trip, not where he speaks
        return sp

    def _conference_lead(self) -> bool:
        """One of the story's first two sentences reports a meeting held 'here' ('Speakers at a conference on
        world agricultural markets here ...'), not in print or by phone."""
        if self._conf_here is None:
            low = self.a.low
            self._conf_here = any(_CONF_HERE.search(low, s0, e0) is not None and _RELAYED_RX.search(low, s0, e0) is None
                                  for s0, e0 in self.all_sents[:2])
        return self._conf_here

    def _conference_speaker(self, ss: int, se: int, hits: list[Hit]) -> None:
        """Round 29: a story whose lead reports a conference or meeting held 'here' (the dateline place):
        a foreign official opening a later sentence and speaking in it ('X, agricultural adviser to Chancellor Y,
        agreed ...', 'X said ...') is a speaker at it, so there (not in print, by phone or dated before)."""
        a = self.a
        dl = self.dateline.country
        low = a.low
        if not dl or _RELAYED_RX.search(low, ss, se) is not None or self._placed_elsewhere(ss, se, dl) \
                or _PAST_RX.search(low, ss, se) is not None:
            return
        sp = next((m for m in a.mentions_in(ss, min(se, ss + 80)) if m.ent.type == "PERSON"), None)
        if sp is None or sp.how == "coref" or not self._title_gap(ss, sp.start):
            return
        h = next((h for h in hits if h.kind == "say_pre" and h.start >= sp.end), None)
        if h is None or not _CONF_GAP.fullmatch(a.text, sp.end, h.start) or _PRESS_PAST.match(low, h.end) is not None:
            return
        ent = sp.ent
        if not _is_traveler(ent) or not ent.official or ent.country is None or ent.country == dl or ent.international:
            return
        if ent.role and any(r in ent.role for r in _RESIDENT_ROLES) or self._negated(h, ss, se):
            return
        self.add(sp, dl, self.dateline.city, "ongoing", (ss, se), "042", False, [])

    def _title_gap(self, start: int, end: int) -> bool:
        """Only titles, places, nationalities and capitalised words between ``start`` and ``end``."""
        a = self.a
        gap = a.text[start:end]
        spans = [(t.start, t.end) for t in a.hits_in(start, end, "title")] + [(m.start, m.end) for m in a.mentions_in(start, end)]
        for s0, e0 in spans:
            gap = gap.replace(a.text[s0:e0], " ")
        return "," not in gap and all(upper_at(w, 0) or w in ("'s", "’s", "of", "the") for w in gap.split())

    def _dateline_guests(self, ss: int, se: int, hits: list[Hit]) -> None:
        """'Nakasone met Brazilian Finance Minister X' / 'In a 30-minute meeting, Tanaka told Brazilian Finance Minister
        X ...' under a TOKYO dateline: the foreign official met by an official of the dateline country is there
        (unless the sentence places the meeting elsewhere or well before the story; envoys posted there are not)."""
        a = self.a
        dl = self.dateline.country
        if not dl:
            return
        low = a.low
        for h in hits:
            if h.kind != "meet" and not (h.kind == "say_pre" and starts_at(low, "told", h.start)
                                         and _MEETING_RX.search(low, ss, se) is not None):
                continue
            host = next((m for m in reversed(a.mentions_in(max(ss, h.start - 80), h.start)) if m.ent.type == "PERSON"), None)
            if host is None or not host.ent.official or host.ent.country != dl or a.text.find(",", host.end, h.start) >= 0:
                continue
            guest = next((m for m in a.mentions_in(h.end, min(se, h.end + 80)) if m.ent.type == "PERSON"), None)
            if guest is None or not self._title_gap(h.end, guest.start):
                continue
            ent = guest.ent
            if not _is_traveler(ent) or not ent.official or ent.country is None or ent.country == dl or ent.international:
                continue
            if ent.role and any(r in ent.role for r in _RESIDENT_ROLES):
                continue
            if self._placed_elsewhere(ss, se, dl) or self._negated(h, ss, se) or _PAST_RX.search(low, ss, se):
                continue
            self.add(guest, dl, self.dateline.city, "ongoing", (ss, se), "043", False, [host.ent])

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
        if host_m is None and guest is not None and h.kind == "host":
            host_m = self._government_host(ss, h, guest)
        if host_m is None or guest is None or not _is_traveler(guest.ent) or not (host_m.ent.official
                                                                                or host_m.ent.type != "PERSON"):
            return False
        country = None
        city = None
        for m in a.mentions_in(ss, se):
            if m.ent.type == "GPE" and m.how != "demonym" and m.start not in self.title_places:
                if _prep_before(a.text, m.start) and not ends_at(a.low, "ke ", 0, m.start):
                    country, city = m.ent.country, (m.ent if m.ent.geonames_id else None)
                    break
        if country is None:
            country = host_m.ent.country
        if country is None or guest.ent.country == country:
            return False
        # round 28: a time word anywhere after the host verb ('will host X next week'); 'will host' is planned
        status = self._status(h, ss, None, se=se) or ("planned" if h.value.startswith("will ") else "ongoing")
        self.add(guest, country, city, status, (ss, se), "043", True, [host_m.ent])
        return True

    def _government_host(self, ss: int, h: Hit, guest: Mention) -> Mention | None:
        """'pemerintah Jepang menyambut kehadiran Presiden X', 'the Japanese government welcomed Finance Minister
        X': a named country's government hosts the guest named right after the verb (only title words between,
        so 'menyambut baik usulan ...' / 'welcomed the decision by ...' are no visits)."""
        a = self.a
        gap = a.text[h.end:guest.start]
        if any(lower_at(w, 0) and w != "visiting" for w in gap.split()) \
                or a.text.startswith(("'s", "’s"), guest.end):
            return None  # (round 28) 'welcomed Minister X's proposal': the guest's words, not the guest
        low = a.low
        for m in reversed(a.mentions_in(max(ss, h.start - 60), h.start)):
            if m.ent.type == "ORG" and m.ent.country and _GOV_ORG.fullmatch(low, m.start, m.end) is not None:
                rest = m.end  # the body 'Pemerintah Malaysia' / 'Malaysian Government'
            elif m.ent.type != "GPE" or not m.ent.country or m.how not in ("name", "demonym", "metonym"):
                continue
            elif _GOV_BEFORE.search(low, max(ss, m.start - 16), m.start) is not None:
                rest = m.end
            elif (g := _GOV_AFTER.match(low, m.end)) is not None:
                rest = g.end()
            elif m.how in ("name", "metonym") and not a.text[ss:m.start].strip(" \"'“"):
                rest = m.end  # round 28: the country opens the sentence: 'Japan will host Foreign Minister X'
            else:
                return None
            return m if _AUX_GAP.fullmatch(low, rest, h.start) is not None else None
        return None

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
    v.all_sents = sentences
    # Only sentences holding a rule word (trigger, host, companion, meeting or speech verb) or a regex trigger
    # are read; the others are only counted (the pronoun and meeting look-backs read them on demand).
    starts = sorted([h.start for h in a.hits if h.kind in _RULE_KINDS] + [h.start for h in v.rx_hits]
                    + [d[2] for d in v.delegations] + v.partner_starts)
    k, n = 0, len(starts)
    check()
    for ss, se in sentences:
        while k < n and starts[k] < ss:
            k += 1
        if k < n and starts[k] < se:
            check()
            v.sentence(ss, se)
        else:
            v.sents.append((ss, se))
    v.participants(sentences)
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
        # "Blinken will meet the ministers in Astana on Tuesday", filed from Astana that Tuesday: the traveler is
        # already there, so the leg is under way, not merely planned.
        if (x.status == "planned" and dateline.country == x.country and ref is not None and x.start == ref
                and by_traveler.get(x.traveler.key) in ("ongoing", "planned")):
            x.status = "ongoing"
    return visits


# -- the output models of the visits (built in the compiled core, as entities.entity_models) ----------------------
_VISIT_FIELDS_SET: Final[set[str]] = set(DiplomaticVisit.model_fields)
_PLACE_FIELDS_SET: Final[set[str]] = set(Place.model_fields)
_DATES_FIELDS_SET: Final[set[str]] = set(VisitDates.model_fields)
_EVIDENCE_FIELDS_SET: Final[set[str]] = set(Evidence.model_fields)


def visit_models(a: Analysis, visits: list[RawVisit], countries: dict[str, str]) -> list[Any]:
    """The DiplomaticVisit models, in order."""
    out: list[Any] = []
    text = a.text
    for v in visits:
        ev = [trusted_model(Evidence, {"start": s, "end": e, "sentence": text[s:e]}, _EVIDENCE_FIELDS_SET)
              for s, e in sorted(v.evidence)]
        conf = 0.55 + (0.15 if v.traveler.id else 0.0) + (0.1 if v.strong else 0.0) + (0.1 if v.city else 0.0)
        dates = (trusted_model(VisitDates, {"start": v.start, "end": v.end, "text": v.date_text}, _DATES_FIELDS_SET)
                 if v.start else None)
        place = trusted_model(Place, {
            "country": v.country,
            "country_name": countries.get(v.country),
            "city": v.city.name if v.city else None,
            "geonames_id": v.city.geonames_id if v.city else None,
        }, _PLACE_FIELDS_SET)
        out.append(trusted_model(DiplomaticVisit, {
            "type": "diplomatic_visit",
            "key": f"visit:{ent_key(v.traveler)}:{v.country}",
            "traveler": actor_model(text, v.traveler, v.mention),
            "destination": place,
            "hosts": [actor_model(text, h, None) for h in v.hosts],
            "status": v.status or "ongoing",
            "dates": dates,
            "evidence": ev,
            "cameo": v.cameo,
            "plover": {"event_type": "CONSULT", "mode": "visit"},
            "confidence": round(min(conf, 0.95), 2),
        }, _VISIT_FIELDS_SET))
    return out
