"""Indonesian statement recall (round 23): a titled person's name at the end of an unknown body's name, a known
body's acronym in brackets between the title phrase and the name, and a ministry title spelt out with 'dan'."""

from streamer.extraction import Extractor
from streamer.extraction.document import Document

_PAD = " Hal itu juga sudah dibicarakan oleh banyak orang di sana dan mereka tidak akan menunggu lama untuk itu."


def _speakers(text: str) -> list[str]:
    r = Extractor().extract(Document(id="t", body=text + _PAD, language="id"))
    return [e.speaker.name for e in r.events if getattr(e, "speaker", None) is not None]


def _entities(text: str) -> set[tuple[str, str]]:
    r = Extractor().extract(Document(id="t", body=text + _PAD, language="id"))
    return {(e.type, e.name) for e in r.entities}


def test_titled_name_closes_unknown_body_run() -> None:
    text = ("Anggota Dewan Wartawan Lokal Rudi Hartanto menyatakan media palsu adalah musuh kebebasan pers. "
            '"Kami tidak akan melindungi mereka," ujar Rudi.')
    assert set(_speakers(text)) == {"Rudi Hartanto"}
    assert ("ORG", "Dewan Wartawan Lokal") in _entities(text)


def test_titled_name_closes_company_run() -> None:
    text = ('"Kereta baru itu akan berangkat bulan depan," kata Direktur Utama PT Kereta Wisata Nusantara '
            "Totok Wiryawan di Jakarta. Menurut Totok, tiketnya sudah habis terjual.")
    assert set(_speakers(text)) == {"Totok Wiryawan"}


def test_body_run_without_a_short_name_stays_whole() -> None:
    # no word of the would-be name is used on its own: the run is the body's whole name, no person
    text = "Ketua Yayasan Pendidikan Pelita Harapan Bangsa mengatakan sekolah baru akan dibuka tahun depan di kota itu."
    assert not any(t == "PERSON" for t, _ in _entities(text))


def test_body_run_followed_by_comma_and_name_keeps_the_body() -> None:
    text = ('"Sekolah itu dibuka tahun ini," kata Direktur Yayasan Pendidikan Cahaya Harapan, Wiginy Sutanto, di '
            "Bogor. Harapan para orang tua sudah lama ada.")
    assert _speakers(text) == ["Wiginy Sutanto"]


def test_known_body_acronym_between_title_and_name() -> None:
    assert _speakers('"Harga beras tidak akan naik tahun ini," kata Kepala Badan Pusat Statistik (BPS) '
                     "Budi Santoso di Jakarta.") == ["Budi Santoso"]
    assert _speakers('"Rekapitulasi suara selesai pekan ini," ujar Ketua Komisi Pemilihan Umum (KPU) '
                     "Rina Wulandari di kantornya.") == ["Rina Wulandari"]


def test_energy_ministry_title_with_sumber_daya() -> None:
    # 'Sumber' inside the title is no unnamed source
    assert _speakers("Menteri Energi dan Sumber Daya Mineral Budi Santoso mengatakan harga listrik tidak akan naik "
                     "tahun ini.") == ["Budi Santoso"]
    assert _speakers('"Harga listrik tidak naik," kata Menteri Energi dan Sumber Daya Mineral (ESDM) Budi Santoso '
                     "di Jakarta.") == ["Budi Santoso"]


def test_agrarian_ministry_title() -> None:
    assert _speakers("Menteri Agraria dan Tata Ruang Budi Santoso mengatakan sertifikat tanah akan dibagikan "
                     "tahun ini.") == ["Budi Santoso"]


def test_far_alternate_city_name_is_no_city() -> None:
    # 'Wuling' is a GeoNames alternate name of Changde: in Indonesian text it is the car maker
    text = "Meski belum ada jadwal resmi, pihak Wuling mengaku sudah siap memproduksi mobil itu pada kuartal kedua."
    assert _speakers(text) == ["Wuling"]
    assert not any(t == "GPE" for t, _ in _entities(text))


def test_anda_is_no_name() -> None:
    text = "Jika Anda ingin membeli ponsel itu, Anda harus menunggu sampai bulan depan karena stoknya masih terbatas."
    assert _entities(text) == set()


def test_east_jerusalem_in_indonesian() -> None:
    text = "Menteri Luar Negeri Budi Santoso akan berkunjung ke Yerusalem Timur pekan depan untuk bertemu pejabat setempat."
    assert ("GPE", "East Jerusalem") in _entities(text)
