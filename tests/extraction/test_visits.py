"""Diplomatic visits: positives in both languages and the hard negatives EVENTS.md names."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.extraction.conftest import visits
from tests.extraction.fixtures import EN_HOST, ID_TRIP


def test_visits_fixture_trip_one_event_per_country(run) -> None:  # type: ignore[no-untyped-def]
    x = run(ID_TRIP)
    assert visits(x) == [("Retno Marsudi", "JP"), ("Retno Marsudi", "KR")]
    by_country = {e.destination.country: e for e in x.events if e.type == "diplomatic_visit"}
    jp = by_country["JP"]
    assert jp.destination.city == "Tokyo" and jp.destination.geonames_id == 1850147
    assert by_country["KR"].destination.city == "Seoul"
    assert jp.status == "ongoing" and by_country["KR"].status == "ongoing"
    assert jp.dates is not None and jp.dates.start == date(2022, 5, 16)
    assert jp.traveler.country == "ID" and jp.traveler.entity_id == "kb:retno-marsudi"
    assert jp.key == "visit:kb:retno-marsudi:JP"
    assert jp.cameo == "042"
    assert all(x.text[ev.start:ev.end] == ev.sentence for ev in jp.evidence)


def test_visits_host_side_is_one_event_for_the_guest(run) -> None:  # type: ignore[no-untyped-def]
    x = run(EN_HOST)
    assert visits(x) == [("Francisco Bustillo", "ID")]
    v = next(e for e in x.events if e.type == "diplomatic_visit")
    assert v.cameo == "043"
    assert v.traveler.country == "UY"
    assert [h.name for h in v.hosts] == ["Joko Widodo"]


@pytest.mark.parametrize(
    ("body", "expected", "status"),
    [
        ("Presiden Joko Widodo akan melakukan kunjungan kenegaraan ke Australia pekan depan.", ("Joko Widodo", "AU"), "planned"),
        ("Perdana Menteri Malaysia Anwar Ibrahim tiba di Jakarta pada Senin.", ("Anwar Ibrahim", "ID"), "ongoing"),
        ("Menlu Retno Marsudi telah mengunjungi Kairo, Mesir, untuk bertemu dengan para pejabat di sana.", ("Retno Marsudi", "EG"), "completed"),
        ("Menteri Luar Negeri Jepang Yoko Kamikawa batal berkunjung ke Filipina karena badai.", ("Yoko Kamikawa", "PH"), "cancelled"),
        ("Secretary of State Antony Blinken will visit Vietnam on Friday, the State Department said.", ("Antony Blinken", "VN"), "planned"),
        ("Japanese Prime Minister Fumio Kishida arrived in Manila on Monday for talks.", ("Fumio Kishida", "PH"), "ongoing"),
        ("French President Emmanuel Macron postponed his visit to Germany.", ("Emmanuel Macron", "DE"), "cancelled"),
    ],
)
def test_visits_positive(run, body: str, expected: tuple[str, str], status: str) -> None:  # type: ignore[no-untyped-def]
    x = run(body)
    assert visits(x) == [expected]
    assert next(e for e in x.events if e.type == "diplomatic_visit").status == status


@pytest.mark.parametrize(
    "body",
    [
        # domestic working visit
        "Presiden Joko Widodo melakukan kunjungan kerja ke Medan, Sumatera Utara, pada Selasa.",
        # football team
        "Tim nasional Argentina tiba di Jakarta pada Senin untuk laga persahabatan.",
        # a CEO's business trip
        "CEO Tesla Elon Musk berkunjung ke Jakarta untuk membahas investasi baterai.",
        # hoped to visit
        "Menlu Retno Marsudi berharap bisa berkunjung ke Korea Utara suatu hari nanti.",
        # phone call
        "Presiden Joko Widodo berbicara melalui telepon dengan Presiden Prancis Emmanuel Macron yang berada di Paris.",
        # English: tourists and invitation
        "Thousands of tourists visited Bali last year.",
        "Prime Minister Fumio Kishida hoped to visit China next year.",
        # a meeting whose place is not known
        "Foreign Minister Wang Yi met Antony Blinken on Tuesday.",
    ],
)
def test_visits_hard_negatives(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(body)) == []


def test_visits_dateline_abroad_with_region_trigger(run) -> None:  # type: ignore[no-untyped-def]
    body = "Astana (ANTARA) - Menteri Luar Negeri Jepang Yoko Kamikawa tiba di Asia Tengah pada Selasa."
    x = run(body)
    assert visits(x) == [("Yoko Kamikawa", "KZ")]


# -- round 2 rules ----------------------------------------------------------------------------------------


def test_visits_coordinated_travelers_share_the_trip(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Chilean Finance Minister Hernan Buchi and Mexican Finance Minister Gustavo Petricioli "
            "will visit Japan next week.")
    assert visits(run(body)) == [("Gustavo Petricioli", "JP"), ("Hernan Buchi", "JP")]


def test_visits_accompanied_by_companion_joins_the_lead(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Peruvian Foreign Minister Allan Wagner arrived in Madrid on Monday. "
            "Wagner, who is accompanied by Peruvian Trade Minister Carlos Ferrero, will meet Spanish officials.")
    assert visits(run(body)) == [("Allan Wagner", "ES"), ("Carlos Ferrero", "ES")]


def test_visits_be_in_needs_the_place_at_once(run) -> None:  # type: ignore[no-untyped-def]
    assert visits(run("Peruvian Foreign Minister Allan Wagner, who plans to be in Japan April 4-7, said trade was key.")) == [
        ("Allan Wagner", "JP")]
    # "in charge of ... in Japan": the place does not follow the 'is in' at once
    assert visits(run("Peruvian Foreign Minister Allan Wagner is in charge of the trade talks held in Japan.")) == []


def test_visits_meeting_object_is_not_the_traveler(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Chinese Premier Li Qiang will hold talks with New Zealand Prime Minister Christopher Luxon in Wellington "
            "before travelling to Canberra, the ministry said.")
    assert visits(run(body)) == [("Li Qiang", "AU"), ("Li Qiang", "NZ")]


def test_visits_told_reporters_under_a_dateline_abroad(run) -> None:  # type: ignore[no-untyped-def]
    body = "Peruvian Foreign Minister Allan Wagner told reporters the debt talks had gone well."
    x = run(body, located="BRUSSELS, March 9 -")
    assert visits(x) == [("Allan Wagner", "BE")]
    # the same words under a home dateline, or placed elsewhere, or with no dateline: nothing
    assert visits(run(body, located="LIMA, March 9 -")) == []
    assert visits(run(body)) == []
    placed = "Peruvian Foreign Minister Allan Wagner told reporters in Lima the debt talks had gone well."
    assert visits(run(placed, located="BRUSSELS, March 9 -")) == []


def test_visits_meeting_under_dateline_needs_a_host_official(run) -> None:  # type: ignore[no-untyped-def]
    met = ("Peruvian Foreign Minister Allan Wagner met Japanese Prime Minister Yasuhiro Nakasone on Tuesday and "
           "the two men discussed the debt of the country, officials said.")
    assert visits(run(met, located="TOKYO, March 3 -")) == [("Allan Wagner", "JP")]
    talks = ("Peruvian Foreign Minister Allan Wagner has been critical of the talks in the past and he said that "
             "the debt of the country was too high.")
    assert visits(run(talks, located="TOKYO, March 3 -")) == []


def test_visits_speaking_at_a_place_abroad(run) -> None:  # type: ignore[no-untyped-def]
    body = '"Reformasi harus efisien," kata Menlu Retno Marsudi di Markas Besar PBB di New York, Senin.'
    assert visits(run(body)) == [("Retno Marsudi", "US")]
    assert visits(run('"Reformasi harus efisien," kata Menlu Retno Marsudi di Jakarta, Senin.')) == []
    assert visits(run("Peruvian Foreign Minister Allan Wagner said in a statement that trade was key.")) == []


def test_visits_attending_the_meeting_named_before(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Krisis itu dibahas dalam KTT OKI di Astana, Minggu. "
            "Wakil Presiden RI Jusuf Kalla yang menghadiri konferensi tersebut mengatakan Indonesia siap membantu.")
    assert visits(run(body)) == [("Jusuf Kalla", "KZ")]
    en = ("Leaders met at the East Asia Summit in the Laotian capital on Thursday. "
          "Japan's new Prime Minister Shigeru Ishiba also attended, his first trip abroad.")
    assert visits(run(en)) == [("Shigeru Ishiba", "LA")]


def test_visits_no_schedule_is_not_planned(run) -> None:  # type: ignore[no-untyped-def]
    body = "Hingga kini belum ada jadwal resmi kunjungan Menlu Papua Nugini Justin Tkatchenko ke Indonesia."
    assert visits(run(body)) == []


# -- round 3 rules ----------------------------------------------------------------------------------------


def test_visits_bersama_joins_two_travelers(run) -> None:  # type: ignore[no-untyped-def]
    body = "Menteri Perdagangan Jepang Yoji Muto bersama Menlu Yoko Kamikawa akan bertolak ke Kanada pekan ini."
    assert visits(run(body)) == [("Yoji Muto", "CA"), ("Yoko Kamikawa", "CA")]


def test_visits_meeting_placed_by_the_event_it_precedes(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Menhan AS Lloyd Austin bertemu dengan Menhan Prabowo Subianto sebelum acara pertemuan menteri pertahanan "
            "ASEAN di Kamboja pekan lalu.")
    # the meeting is in Cambodia: the subject and the official met there are both visitors
    assert visits(run(body, published=None)) == [("Lloyd Austin", "KH"), ("Prabowo Subianto", "KH")]
    en = "Prime Minister Fumio Kishida met Chinese President Xi Jinping after the summit in Lima on Monday."
    assert visits(run(en)) == [("Fumio Kishida", "PE"), ("Xi Jinping", "PE")]


def test_visits_meeting_object_posted_abroad_is_not_a_traveler(run) -> None:  # type: ignore[no-untyped-def]
    body = "Menlu Retno Marsudi bertemu dengan Dubes Jepang Kenji Kanasugi di Ottawa, Kanada, pekan lalu."
    assert visits(run(body)) == [("Retno Marsudi", "CA")]
    minister = "Menlu Retno Marsudi bertemu dengan Menlu Jepang Yoko Kamikawa di Ottawa, Kanada, pekan lalu."
    assert visits(run(minister)) == [("Retno Marsudi", "CA"), ("Yoko Kamikawa", "CA")]


def test_visits_speech_at_the_meeting_named_before(run) -> None:  # type: ignore[no-untyped-def]
    body = ("KTT G20 digelar di Hamburg, Jerman, Jumat. "
            "Presiden Turki Recep Tayyip Erdogan dalam sambutannya mendorong kerja sama ekonomi.")
    assert visits(run(body)) == [("Recep Tayyip Erdogan", "DE")]
    # a speech with no meeting placed just before: nothing
    alone = "Presiden Turki Recep Tayyip Erdogan dalam sambutannya mendorong kerja sama ekonomi."
    assert visits(run(alone)) == []


def test_visits_during_his_trip_whatever_stands_between(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Bankers said Brazilian Finance Minister Dilson Funaro will not meet commercial bankers during his trip "
            "to Washington on Friday.")
    assert visits(run(body)) == [("Dilson Funaro", "US")]


@pytest.mark.parametrize(
    ("body", "expected", "status"),
    [
        ("Peruvian Finance Minister Gustavo Saberbein spent two days at the end of last week in Tokyo talking to bankers.",
         [("Gustavo Saberbein", "JP")], "completed"),
        ("Japanese Foreign Minister Taro Kono went to Paris on Monday.", [("Taro Kono", "FR")], "completed"),
        ("Japanese Foreign Minister Taro Kono left on Monday for Paris.", [("Taro Kono", "FR")], "ongoing"),
        ("Presiden Joko Widodo bertolak hari ini ke Sydney, Australia.", [("Joko Widodo", "AU")], "ongoing"),
        ("Presiden Joko Widodo menghabiskan waktu dua hari di Sydney, Australia.", [("Joko Widodo", "AU")], "ongoing"),
        ("Menlu Retno Marsudi bertandang ke Tokyo, Jepang, Senin.", [("Retno Marsudi", "JP")], "ongoing"),
        ("Japanese Prime Minister Fumio Kishida landed in Manila on Monday.", [("Fumio Kishida", "PH")], "ongoing"),
    ],
)
def test_visits_time_split_and_new_verbs(run, body: str, expected: list, status: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    x = run(body)
    assert visits(x) == expected
    assert next(e for e in x.events if e.type == "diplomatic_visit").status == status


@pytest.mark.parametrize(
    "body",
    [
        # a possessor after "went to" is not the place gone to
        "President Joko Widodo went to Japan's embassy in Jakarta.",
        # "going to" as a future marker: no place follows at once
        "Prime Minister Fumio Kishida is going to raise taxes in Japan, he said in Tokyo.",
    ],
)
def test_visits_time_split_negatives(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(body)) == []


def test_visits_bare_title_and_pronoun_in_the_next_sentence(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Brazil's central bank president Francisco Gros said on Friday that exports were rising. "
            "The central bank president said he will be going next week to Washington to attend a meeting.")
    x = run(body)
    assert visits(x) == [("Francisco Gros", "US")]
    assert next(e for e in x.events if e.type == "diplomatic_visit").status == "planned"


def test_visits_meeting_here_under_a_dateline(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Speakers at a conference on world farm markets here called for reform. "
            "Agriculture Secretary Richard Lyng said his attendance at the two-day meeting showed U.S. goodwill.")
    assert visits(run(body, located="PARIS, March 5 -")) == [("Richard Lyng", "FR")]
    assert visits(run(body)) == []  # no dateline: "here" is nowhere


def test_visits_participants_listed_at_the_meeting_named_before(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Sidang Majelis Umum PBB digelar di New York, Amerika Serikat, Senin. "
            "Menlu Retno Marsudi memimpin pertemuan tersebut dengan tokoh dunia seperti Presiden AS Joe Biden "
            "dan Menlu Jepang Yoko Kamikawa.")
    # the host country's president is at home; the Japanese minister is a visitor (Retno is listed before the cue)
    assert visits(run(body)) == [("Yoko Kamikawa", "US")]
    # the same list with no meeting placed before: nothing
    alone = ("Menlu Retno Marsudi memimpin pertemuan tersebut dengan tokoh dunia seperti Presiden AS Joe Biden "
             "dan Menlu Jepang Yoko Kamikawa.")
    assert visits(run(alone)) == []


# -- round 5 rules (generalisation) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "located", "expected"),
    [
        # an apposition placing the official just named
        ("Chilean Finance Minister Hernan Buchi, in Tokyo for talks with bankers, said the debt plan was sound.",
         None, [("Hernan Buchi", "JP")]),
        ("Chilean Finance Minister Hernan Buchi, currently in Tokyo, said the debt plan was sound.",
         None, [("Hernan Buchi", "JP")]),
        # "here for talks" and "the visiting X": the dateline place
        ("Chilean Finance Minister Hernan Buchi, here for talks with bankers, said the debt plan was sound.",
         "TOKYO, March 9 -", [("Hernan Buchi", "JP")]),
        ("The visiting Chilean Finance Minister Hernan Buchi said the debt plan was sound and would be kept.",
         "TOKYO, March 9 -", [("Hernan Buchi", "JP")]),
        # the head of a named national delegation is at the dateline place
        ("Prime Minister Hernan Buchi, who led the Chilean delegation, called the terms very favourable.",
         "NEW YORK, March 9 -", [("Hernan Buchi", "US")]),
        ("Finance Minister Hernan Buchi, head of the Chilean delegation, said he was cautiously optimistic.",
         "GENEVA, March 9 -", [("Hernan Buchi", "CH")]),
    ],
)
def test_visits_appositions_place_the_official(run, body: str, located: str | None, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert visits(run(body, located=located)) == expected


@pytest.mark.parametrize(
    ("body", "located"),
    [
        # an apposition at home, or with no country for the person (a company president): nothing
        ("Treasury Secretary James Baker, in Washington for the budget talks, said the deficit would fall.", None),
        ("Mobil president Richard Tucker, currently in Peking, said he was optimistic about investment.", None),
        # "here for talks" with no dateline, and "the visiting" under a home dateline
        ("Chilean Finance Minister Hernan Buchi, here for talks with bankers, said the debt plan was sound.", None),
        ("The visiting Chilean Finance Minister Hernan Buchi said the debt plan was sound and would be kept.",
         "SANTIAGO, March 9 -"),
        # a delegation head at home
        ("Prime Minister Hernan Buchi, who led the Chilean delegation, called the terms very favourable.",
         "SANTIAGO, March 9 -"),
    ],
)
def test_visits_appositions_negatives(run, body: str, located: str | None) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(body, located=located)) == []


@pytest.mark.parametrize(
    ("body", "expected", "status"),
    [
        ("Chilean Finance Minister Hernan Buchi was to leave later today for Ottawa for trade talks.",
         [("Hernan Buchi", "CA")], "planned"),
        ("Chilean Finance Minister Hernan Buchi will go to Tokyo next month to meet bankers.",
         [("Hernan Buchi", "JP")], "planned"),
        ("A commission headed by Chilean Mining Minister Hernan Buchi and including officials of the state copper "
         "company will travel to Peru on Tuesday.", [("Hernan Buchi", "PE")], "planned"),
        ("Talks between Chilean Finance Minister Hernan Buchi and Japanese Finance Minister Kiichi Miyazawa in "
         "Tokyo ended on Monday.", [("Hernan Buchi", "JP")], "ongoing"),
        ("Chilean Finance Minister Hernan Buchi said at a news conference in Tokyo that the debt plan was sound.",
         [("Hernan Buchi", "JP")], "ongoing"),
        ("During a visit to Tokyo, Chilean Finance Minister Hernan Buchi said the debt plan was sound.",
         [("Hernan Buchi", "JP")], "ongoing"),
        ("Saat berkunjung ke Tokyo, Jepang, Menlu Retno Marsudi bertemu dengan Menlu Jepang Taro Kono untuk membahas "
         "kerja sama kedua negara.", [("Retno Marsudi", "JP")], "ongoing"),
    ],
)
def test_visits_round5_verbs_and_fronted_clauses(run, body: str, expected: list, status: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    x = run(body)
    assert visits(x) == expected
    assert next(e for e in x.events if e.type == "diplomatic_visit").status == status


def test_visits_held_separate_meetings_under_a_dateline(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Chilean Finance Minister Hernan Buchi held separate meetings with French Finance Minister Edouard "
            "Balladur and central bank governor Jacques de Larosiere, officials said.")
    assert visits(run(body, located="PARIS, March 3 -")) == [("Hernan Buchi", "FR")]
    assert visits(run(body)) == []  # no dateline: the place is unknown


def test_visits_talks_between_at_home_is_nothing(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Talks between Japanese Finance Minister Kiichi Miyazawa and Japanese bankers in Tokyo ended on Monday "
            "without an agreement, officials said.")
    assert visits(run(body)) == []


def _status_of(x, country: str) -> str:  # type: ignore[no-untyped-def]
    return next(e.status for e in x.events if e.type == "diplomatic_visit" and e.destination.country == country)


def test_visits_region_trip_then_listed_countries_inherit_in(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Chilean Finance Minister Hernan Buchi later left Santiago for a tour of Europe and talks with officials "
            "in Spain, Portugal, Belgium and Austria.")
    assert visits(run(body)) == [("Hernan Buchi", c) for c in ("AT", "BE", "ES", "PT")]
    body = ("Menlu Retno Marsudi bertemu dengan para menteri di Jepang, Korea Selatan dan China untuk membahas "
            "perdagangan.")
    assert visits(run(body)) == [("Retno Marsudi", c) for c in ("CN", "JP", "KR")]
    # a possessor after the comma is not a listed place
    body = "Chilean Finance Minister Hernan Buchi met Japanese officials in Tokyo, China's Xinhua news agency said."
    assert visits(run(body)) == [("Hernan Buchi", "JP")]


def test_visits_list_place_before_a_new_sentence_is_not_a_title(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Chilean Finance Minister Hernan Buchi will travel to Spain and Italy.\n\nBrazil's central bank "
            "President Francisco Gros said he sent a telex.")
    assert visits(run(body)) == [("Hernan Buchi", "ES"), ("Hernan Buchi", "IT")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Australian Trade Minister John Dawkins will lead a trade mission to Japan next month.", [("John Dawkins", "JP")]),
        ("Japanese Trade Minister Hajime Tamura will head a business delegation to China next week.",
         [("Hajime Tamura", "CN")]),
        ("Japanese Trade Minister Hajime Tamura, who is leading a trade mission of 40 companies, will visit Seoul "
         "next week.", [("Hajime Tamura", "KR")]),
        ("Menteri Perdagangan Enggartiasto Lukita yang memimpin misi dagang akan berkunjung ke Jepang pekan depan.",
         [("Enggartiasto Lukita", "JP")]),
        # the mission travels, not the minister who announces it; business people alone are never travelers
        ("Japanese Trade Minister Hajime Tamura said a trade mission will visit Seoul next week.", []),
        ("A trade mission of businessmen will visit China next week.", []),
    ],
)
def test_visits_minister_led_trade_missions(run, body: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert visits(run(body)) == expected


def test_visits_trade_mission_here_and_guest_of_honour(run) -> None:  # type: ignore[no-untyped-def]
    body = "Japanese Trade Minister Hajime Tamura made his remarks at the end of a two-week trade mission here."
    x = run(body, located="WASHINGTON, March 11 -")
    assert visits(x) == [("Hajime Tamura", "US")] and _status_of(x, "US") == "ongoing"
    body = ("Menteri Luar Negeri Retno Marsudi menjadi tamu kehormatan pada acara jamuan makan malam di sebuah kapal, "
            "yang tengah berlabuh di pelabuhan.")
    assert visits(run(body, located="ROMA")) == [("Retno Marsudi", "IT")]
    assert visits(run(body)) == []  # no place known


def test_visits_other_members_of_the_delegation_under_a_dateline(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Chilean Finance Minister Hernan Buchi said he was optimistic. He said he had spent the weekend studying "
            "the offer with other members of the Chilean delegation.")
    assert visits(run(body, located="NEW YORK, March 15 -")) == [("Hernan Buchi", "US")]
    assert visits(run(body)) == []
    # a member of a delegation of another country is not placed by it
    body = "Chilean Finance Minister Hernan Buchi met bankers and other members of the Peruvian delegation."
    assert visits(run(body, located="NEW YORK, March 15 -")) == []


@pytest.mark.parametrize(
    ("body", "country", "status"),
    [
        ("Secretary of State George Shultz met Chinese Foreign Minister Wu Xueqian after the summit in Lima.", "PE",
         "ongoing"),
        ("Secretary of State George Shultz wrapped up a visit to China on Friday.", "CN", "completed"),
        ("Secretary of State George Shultz returned home on Friday from a visit to China.", "CN", "completed"),
        ("Secretary of State George Shultz held talks with officials in Britain and France last week.", "FR",
         "completed"),
        ("Menlu Retno Marsudi bertemu dengan para menteri di Jepang pekan lalu untuk membahas perdagangan.", "JP",
         "completed"),
        ("Secretary of State George Shultz postponed his visit to Japan because of the crisis.", "JP", "cancelled"),
        ("Kunjungan Presiden Joko Widodo ke Australia yang dijadwalkan pekan depan ditunda, kata juru bicara Istana.",
         "AU", "cancelled"),
        ("Presiden Joko Widodo batal berkunjung ke Australia pekan depan karena banjir di Jakarta.", "AU", "cancelled"),
    ],
)
def test_visits_round6_statuses(run, body: str, country: str, status: str) -> None:  # type: ignore[no-untyped-def]
    assert _status_of(run(body), country) == status


@pytest.mark.parametrize(
    ("dateline", "status"),
    [
        ("Hanoi (ANTARA) - ", "ongoing"),  # filed from the destination on the day of the meeting: already there
        ("Jakarta (ANTARA) - ", "planned"),  # filed from home: still only planned
    ],
)
def test_visits_a_meeting_planned_for_today_at_the_dateline_is_under_way(run, dateline: str, status: str) -> None:  # type: ignore[no-untyped-def]
    body = (dateline + "Menteri Luar Negeri Jepang Yoko Kamikawa akan bertemu Perdana Menteri Vietnam Pham Minh "
            "Chinh di Hanoi pada Senin untuk membahas kerja sama maritim.")
    x = run(body, published=datetime(2023, 5, 15, 9, 0))
    assert visits(x) == [("Yoko Kamikawa", "VN")]
    assert _status_of(x, "VN") == status
