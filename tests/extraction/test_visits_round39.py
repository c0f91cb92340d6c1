"""Visit recall (round 39): a fronted place before an international office holder who also holds a national one, an
act placed in a city abroad on a named day, seats of government as places, and the partner of a meeting placed
right after his name (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import visits, wire_visits

_LEAD = "Jakarta (ANTARA News) - Pemerintah menyiapkan bantuan baru. "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an international office holder placed by the national office he also holds
        ("In Kingston, OPEC President Adamu Bello, who is also Nigerian Oil Minister, said the group would keep "
         "its prices.", [("Adamu Bello", "JM")]),
        ("In London on Monday, Brazilian Finance Minister Joao Sayad said the country would not pay.",
         [("Joao Sayad", "GB")]),
        ("In London, Brazil's Finance Minister Joao Sayad told reporters the country would not pay.",
         [("Joao Sayad", "GB")]),
        # an act placed in a city abroad on a named day
        ("Brazilian Finance Minister Dilson Funaro met bankers last week. Brazil's Funaro heavily criticized the "
         "committees in London on Monday, charging that they were rigid.", [("Dilson Funaro", "GB")]),
        ("Brazilian Finance Minister Joao Sayad urged creditor banks in London yesterday to accept a new plan.",
         [("Joao Sayad", "GB")]),
        ("Brazilian Finance Minister Joao Sayad also said in London that the country would not pay.",
         [("Joao Sayad", "GB")]),
        # seats of government
        ("Brazilian President Jose Sarney met Reagan at the White House on Monday to discuss debt.",
         [("Jose Sarney", "US")]),
        ("British Prime Minister Margaret Thatcher met President Francois Mitterrand at the Elysee Palace on Monday.",
         [("Margaret Thatcher", "FR")]),
        ("British Prime Minister Margaret Thatcher met Chinese Premier Zhao Ziyang in the Great Hall of the People "
         "on Monday.", [("Margaret Thatcher", "CN")]),
        ("Japanese Prime Minister Yasuhiro Nakasone held talks with South Korean President Chun Doo-hwan at the "
         "Blue House today.", [("Yasuhiro Nakasone", "KR")]),
    ],
)
def test_en_round39_visits(run, body: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert wire_visits(run, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "In Washington, President Reagan said the deficit must be cut.",
        "In London, British Petroleum chairman Peter Walters said profits would rise.",
        "In Jamaica, the OPEC president said the group would keep its prices.",
        # no day ties the place to the act: the committees may merely sit in London
        "Brazilian Finance Minister Joao Sayad criticized the bank committees in London, saying they were rigid.",
        "Brazilian Finance Minister Joao Sayad criticized the bank committees in Brasilia on Monday.",
        "British Chancellor Nigel Lawson criticized the committees in London on Monday, saying they were rigid.",
        "Brazilian Finance Minister Joao Sayad criticized the banks in London in a telephone interview on Monday.",
        "Brazilian Finance Minister Joao Sayad reportedly said in London that the country would not pay.",
        "A White House spokesman said Reagan would meet Japanese Prime Minister Yasuhiro Nakasone soon.",
        "Japanese Prime Minister Yasuhiro Nakasone criticized the White House for its trade policy.",
        "Chinese Premier Zhao Ziyang met party elders in the Great Hall of the People on Monday.",
    ],
)
def test_en_round39_no_visit(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert wire_visits(run, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Pernyataan itu disampaikan Trump dalam pertemuan pertama dengan Presiden Palestina Mahmoud Abbas di Gedung "
         "Putih pada Rabu (3/5) waktu setempat.", [("Mahmoud Abbas", "US")]),
        ("Presiden Turki Recep Tayyip Erdogan bertemu Presiden Rusia Vladimir Putin di Kremlin, Rabu (3/5).",
         [("Recep Tayyip Erdogan", "RU")]),
        ("Presiden Prancis Emmanuel Macron bertemu Presiden AS Donald Trump di Gedung Putih, Senin (3/5).",
         [("Emmanuel Macron", "US")]),
        ("Perdana Menteri Cina Li Keqiang bertemu Presiden Joko Widodo di Istana Merdeka, Senin (3/5).",
         [("Li Keqiang", "ID")]),
        ("Presiden Joko Widodo bertemu Presiden Cina Xi Jinping di Aula Besar Rakyat, Senin (3/5).",
         [("Joko Widodo", "CN")]),
    ],
)
def test_id_round39_visits(run, body: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(_LEAD + body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Juru bicara Gedung Putih Sean Spicer mengatakan Trump akan bertemu Presiden Palestina Mahmoud Abbas.",
        "Presiden Palestina Mahmoud Abbas mengkritik Gedung Putih soal pemindahan kedutaan.",
        "Presiden AS Donald Trump bertemu dengan para penasihatnya di Gedung Putih, Senin (3/5).",
        "Presiden Palestina Mahmoud Abbas berharap dapat bertemu Trump di Gedung Putih.",
        "Presiden Joko Widodo memimpin rapat terbatas di Istana Merdeka, Senin (3/5).",
        "Di Jakarta, Menteri Luar Negeri Retno Marsudi mengatakan kerja sama akan ditingkatkan.",
    ],
)
def test_id_round39_no_visit(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert visits(run(_LEAD + body)) == []
