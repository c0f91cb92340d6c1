"""Names round 32 (Indonesian): a trimmed titled name is the one remembered; a rank inside the run is a title."""
from streamer.extraction import Document, Extractor

_X = Extractor()


def _persons(text: str) -> dict[str, str | None]:
    r = _X.extract(Document(id="t", body=text, title=""))
    return {e.name: e.role for e in r.entities if e.type == "PERSON"}


def test_company_word_cut_from_titled_name_is_not_remembered() -> None:
    p = _persons("CMO Jakmall Tommy Lim mengatakan target tahun ini besar. Anggota Jakmall terus bertambah. "
                 "\"Kami siap,\" kata Tommy.")
    assert "Jakmall Tommy Lim" not in p
    assert p["Tommy Lim"] == "chief marketing officer"


def test_rank_after_place_is_a_title() -> None:
    p = _persons("\"Dia dipukul,\" kata Kapolsek Koja Kompol Supriyanto. \"Kami dalami,\" ujar Supriyanto.")
    assert p == {"Supriyanto": "police chief"}


def test_rank_after_two_word_place_is_a_title() -> None:
    p = _persons("\"Dia ditangkap,\" ujar Kapolres Kotim AKBP Johanes Panghutan Siboro. Menurut Johanes, motifnya "
                 "cemburu.")
    assert p == {"Johanes Panghutan Siboro": "police chief"}


def test_rank_cut_speaker_keeps_the_title() -> None:
    text = ("Seorang pria ditangkap polisi setelah mencuri sepeda motor milik tetangganya pada hari Rabu malam. "
            "\"Pelaku kami tangkap di rumahnya,\" ujar Kapolres Kobar AKBP Budi Hartono SH, SIK kepada wartawan.")
    r = _X.extract(Document(id="t", body=text, title=""))
    assert [(e.speaker.name, e.speaker.role) for e in r.events if e.type == "statement"] == \
        [("Budi Hartono", "police chief")]


def test_word_cut_from_titled_name_alone_is_no_person() -> None:
    p = _persons("CEO Kasurku Dani Hartawan mengatakan penjualan naik. \"Kami senang,\" kata Dani. Sebagai startup, "
                 "Kasurku menjual kasur termurah. Jumlah anggota Kasurku terus bertambah.")
    assert p == {"Dani Hartawan": "chief executive"}


def test_later_full_name_drops_the_place_before_it() -> None:
    p = _persons("Mantan Wakil Bupati Rembang Abu Nafi ikut mendaftar ke partai. Ia pernah maju sebagai Calon Bupati "
                 "Rembang. \"Kami siap,\" kata Abu Nafi.")
    assert "Rembang Abu Nafi" not in p
    assert p.get("Abu Nafi") == "regent"
