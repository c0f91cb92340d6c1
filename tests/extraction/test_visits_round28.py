"""Visit recall, round 28 (visits2): heads of government bodies, a country's 'leader' and a 'counterpart' as
officials, buying missions, fronted Indonesian arrival and visit clauses, trips to a region (its countries,
never a dateline place outside it) and Dutch / French name particles (own test sentences)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD, WIRE_PUBLISHED, visits, wire_visits


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Board of Foreign Trade director Lin Chao returned from Washington on Friday after talks on quotas.",
         [("Lin Chao", "US")]),
        ("Taiwan's Bureau of Mines director Lin Chao told reporters he returned from Tokyo on Friday.",
         [("Lin Chao", "JP")]),
        ("Swedish Foreign Minister Lars Berg was received by Chinese leader Wei Ming in Beijing on Tuesday.",
         [("Lars Berg", "CN")]),
        ("Chinese leader Wei Ming arrived in Stockholm on Tuesday for a three-day visit.",
         [("Wei Ming", "SE")]),
        ("Spanish Prime Minister Luis Moreno hosted his Portuguese counterpart Pedro Alves in Madrid on Monday.",
         [("Pedro Alves", "ES")]),
        ("Korean Trade Minister Kim Dae-ho will lead a buying mission to the United States next month.",
         [("Kim Dae-ho", "US")]),
        ("LONDON, March 3 - Japanese Foreign Minister Taro Sato will begin a tour of Africa next week that includes "
         "Kenya and Nigeria, officials said.",
         [("Taro Sato", "KE"), ("Taro Sato", "NG")]),
        ("Greek Foreign Minister Nikos Andreou left Lisbon on Monday after a two-day visit.",
         [("Nikos Andreou", "PT")]),
        ("Japanese Trade Minister Taro Sato left Washington on Monday for talks elsewhere.",
         [("Taro Sato", "US")]),
        ("Portugal will host Greek Foreign Minister Nikos Andreou next week for talks on fisheries.",
         [("Nikos Andreou", "PT")]),
        ("Mexican Finance Minister Carlos Ruiz returned from the IMF meeting in Washington on Friday.",
         [("Carlos Ruiz", "US")]),
        # guard: the counterpart joined by "and his" is a co-subject at home, the subject still travels
        ("Greek Foreign Minister Nikos Andreou and his Japanese counterpart Taro Sato held talks in Tokyo on Monday.",
         [("Nikos Andreou", "JP")]),
        ("Dutch Foreign Minister Hans van den Broek arrived in Tokyo on Monday for talks on trade.",
         [("Hans van den Broek", "JP")]),
        ("Dutch Economics Minister Jan de Vries arrived in Tokyo on Monday for talks on trade.",
         [("Jan de Vries", "JP")]),
        ("South African Foreign Minister Pik du Toit arrived in Bonn on Monday for talks.",
         [("Pik du Toit", "DE")]),
    ],
)
def test_en_visit_phrasings_round28(run, body: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert wire_visits(run, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # an exchange's or a company's director is no official
        "Chicago Board of Trade director Lin Chao returned from Washington on Friday after talks on quotas.",
        "Acme Corp director Lin Chao returned from Washington on Friday after talks on quotas.",
        # a leader of a union or of rebels is not a country's leader
        "Union leader Wei Ming arrived in Stockholm on Tuesday for a three-day visit.",
        "Chinese rebel leader Wei Ming arrived in Stockholm on Tuesday for a three-day visit.",
        # a company chairman's counterpart at home
        "Ford chairman Don Peters met his Japanese counterpart Ken Sato in Tokyo on Monday.",
        "General Motors chairman Roger Smith left Tokyo on Monday after talks with Toyota executives.",
        "Labour Party leader Neil Kinnock arrived in Washington on Monday for talks with congressmen.",
        # "left" with anything but a place right after it
        "Japanese Trade Minister Taro Sato left the meeting in Washington early on Monday.",
        "The decision left Brazil isolated, Japanese Trade Minister Taro Sato said on Monday.",
        # a return from something other than a place or a trip
        "Mexican Finance Minister Carlos Ruiz said the peso returned from its lows in Washington trading on Friday.",
        # the guest's words, not the guest
        "Japan welcomed Greek Foreign Minister Nikos Andreou's proposal for talks on fisheries.",
        "The Japanese government welcomed Greek Foreign Minister Nikos Andreou's proposal for talks on fisheries.",
        # a country named later in the sentence is not the host
        "Greek Foreign Minister Nikos Andreou said Portugal will host the fisheries talks next week.",
        # a trip to a region does not put the traveler at a dateline outside it
        "LONDON, March 3 - Japanese Foreign Minister Taro Sato will begin a tour of Africa next week, officials said.",
    ],
)
def test_en_visit_negatives_round28(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert wire_visits(run, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Setibanya di Roma, Menteri Luar Negeri Retno Marsudi langsung bertemu Menteri Luar Negeri Italia.",
         [("Retno Marsudi", "IT")]),
        ("Menteri Luar Negeri Retno Marsudi setibanya di Roma langsung bertemu Menteri Luar Negeri Italia.",
         [("Retno Marsudi", "IT")]),
        ("Di sela kunjungannya ke Seoul, Menteri Perindustrian Agus Gumiwang bertemu sejumlah investor.",
         [("Agus Gumiwang", "KR")]),
        ("Di tengah kunjungan kerjanya di Seoul, Menteri Perindustrian Agus Gumiwang bertemu sejumlah investor.",
         [("Agus Gumiwang", "KR")]),
        ("Dalam rangkaian kunjungannya di Kanada, Menteri Perdagangan Budi Santoso bertemu pengusaha setempat.",
         [("Budi Santoso", "CA")]),
        ("Presiden Joko Widodo pulang dari Jepang, Selasa, setelah tiga hari berada di sana.",
         [("Joko Widodo", "JP")]),
        ("Presiden Joko Widodo meninggalkan Tokyo, Selasa, setelah kunjungan kenegaraan tiga hari.",
         [("Joko Widodo", "JP")]),
        ("Presiden Joko Widodo mengadakan pembicaraan bilateral dengan Perdana Menteri Jepang Taro Sato di Tokyo.",
         [("Joko Widodo", "JP")]),
        ("Menteri Luar Negeri Retno Marsudi saat ditemui di Tokyo, Jepang, Senin, mengatakan kerja sama meningkat.",
         [("Retno Marsudi", "JP")]),
        ("Menteri Dalam Negeri Andi Wirawan melakukan studi banding ke Jepang untuk mempelajari sistem pemilu.",
         [("Andi Wirawan", "JP")]),
        ("Menteri Luar Negeri Retno Marsudi menjadi pembicara dalam forum ekonomi di Tokyo, Jepang, Senin.",
         [("Retno Marsudi", "JP")]),
        ("Menteri Luar Negeri Retno Marsudi memulai lawatan ke Afrika yang meliputi Kenya dan Nigeria, Senin.",
         [("Retno Marsudi", "KE"), ("Retno Marsudi", "NG")]),
    ],
)
def test_id_visit_phrasings_round28(run, body: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert visits(run(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a domestic arrival
        "Setibanya di Surabaya, Menteri Luar Negeri Retno Marsudi langsung bertemu Gubernur Jawa Timur.",
        "Di sela kunjungan kerjanya di Surabaya, Menteri Perindustrian Agus Gumiwang bertemu sejumlah investor.",
        "Menteri Luar Negeri Retno Marsudi saat ditemui di Gedung DPR, Jakarta, Senin, mengatakan kerja sama meningkat.",
        "Presiden Joko Widodo pulang dari kunjungan kerja di Surabaya, Selasa.",
        "Presiden Joko Widodo meninggalkan Jakarta pada Selasa pagi.",
        "Menteri Luar Negeri Retno Marsudi menjadi pembicara dalam seminar di Surabaya, Senin.",
        "Sejumlah mahasiswa melakukan studi banding ke Jepang, pekan lalu.",
        "Bupati Sleman Sri Purnomo melakukan studi banding ke Surabaya, Senin.",
        # teams, coaches, executives and tourists are no officials
        "Tim nasional Indonesia pulang dari Vietnam, Selasa, setelah kalah di final.",
        "Pelatih tim nasional Luis Milla saat ditemui di Hanoi, Vietnam, Senin, mengatakan timnya siap.",
        "Direktur Utama maskapai Garuda Ari Askhara meninggalkan Tokyo, Selasa, setelah kunjungan bisnis.",
        "Wisatawan asal Jepang meninggalkan Bali, Selasa, setelah berlibur seminggu.",
    ],
)
def test_id_visit_negatives_round28(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(body)) == []


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Portugal will host Greek Foreign Minister Nikos Andreou next week for talks on fisheries.", "planned"),
        ("Spanish Prime Minister Luis Moreno will host Greek Foreign Minister Nikos Andreou in Madrid.", "planned"),
        ("Spanish Prime Minister Luis Moreno hosted Greek Foreign Minister Nikos Andreou in Madrid last week.",
         "completed"),
    ],
)
def test_en_host_status_round28(run, body: str, status: str) -> None:  # type: ignore[no-untyped-def]
    x = run(body + WIRE_PAD, published=WIRE_PUBLISHED)
    assert [e.status for e in x.events if e.type == "diplomatic_visit"] == [status]
