"""round 36 (Indonesian verbs and phrases of saying): light-verb speech phrases, passive agents after 'oleh' and
after an utterance noun, 'Ia menyebut' after an unbuilt name, 'belum' and refused light verbs, a city's name as a
first name after a post-posed verb, 'Penerbit' as a body head."""

from streamer.extraction import Extractor
from streamer.extraction.document import Document

_LEAD = "Rapat koordinasi digelar di balai kota pada pagi hari untuk membahas banjir yang melanda kawasan itu. "
_PAD = " Hal itu juga sudah dibicarakan oleh banyak orang di sana dan mereka tidak akan menunggu lama untuk itu."


def _speakers(text: str) -> list[str]:
    r = Extractor().extract(Document(id="t", body=_LEAD + text + _PAD))
    return sorted({e.speaker.name for e in r.events if getattr(e, "speaker", None) is not None})


def test_light_verb_comment_after_addressee_and_time() -> None:
    assert _speakers("Pelatih Persikota, Budi Santoso kepada awak media seusai laga memberikan komentarnya terkait "
                     "kekalahan timnya di kandang lawan.") == ["Budi Santoso"]


def test_light_verb_statement_with_complementizer() -> None:
    assert _speakers("Agen pemain itu, Rudi Hartono, sempat memberikan pernyataan bahwa kliennya akan pindah ke "
                     "klub lain musim depan.") == ["Rudi Hartono"]


def test_angkat_suara_is_speaking() -> None:
    assert _speakers("PT Maju Jaya juga telah angkat suara, meyakinkan akan memperbaiki layanan pelanggannya.") \
        == ["PT Maju Jaya"]


def test_refused_or_hoped_light_verb_is_no_utterance() -> None:  # (a guard for the new phrases)
    assert _speakers("Oleh karena itu, pengurus sekolah merasa lebih tenang setelah Bupati Slamet Riyadi memberi "
                     "tanggapan atas keberatan yang ada.") == []


def test_unbuilt_name_before_addressee_then_verb() -> None:
    assert _speakers("Pelatih Persikota, Budi Santoso kepada wartawan mengatakan timnya bermain buruk di kandang "
                     "lawan.") == ["Budi Santoso"]


def test_passive_agent_after_oleh_and_a_lower_case_role() -> None:
    assert _speakers("Informasi tersebut disampaikan oleh direktur proyek Hendra Gunawan melalui akun media sosial "
                     "miliknya.") == ["Hendra Gunawan"]


def test_passive_agent_apposed_after_the_roles_body() -> None:
    assert _speakers("Pendapat ini dikemukakan oleh mantan penyerang andalan Macan Kemayoran, Rudi Hartono. Meski "
                     "demikian, ia tetap setia kepada klub lamanya.") == ["Rudi Hartono"]


def test_utterance_noun_then_yang_then_passive_agent() -> None:
    assert _speakers("Pernyataan resmi mengenai jadwal liga yang disampaikan Komite Eksekutif Persatuan Sepak Bola "
                     "Seluruh Indonesia (PSSI) ditujukan kepada semua klub.") == ["Persatuan Sepak Bola Seluruh Indonesia"]


def test_thing_released_stays_no_statement() -> None:  # (a guard)
    assert _speakers("Data yang dirilis Badan Pusat Statistik menunjukkan bahwa harga beras naik bulan ini.") == []


def test_pronoun_menyebut_after_unbuilt_name_opening_previous_sentence() -> None:
    assert _speakers("Andi Wijaya yang masih melatih klub itu kala itu lantas kecewa. Ia menyebut persaingan di "
                     "liga makin tak masuk akal.") == ["Andi Wijaya"]


def test_belum_before_verb_of_saying_is_no_utterance() -> None:
    assert _speakers("Kepala Polres Bogor AKBP Andi Wijaya belum memastikan identitas korban karena kondisi "
                     "jenazah sudah rusak.") == []


def test_city_name_as_first_name_after_post_posed_verb() -> None:
    assert _speakers("\"Kami melihat bahwa mereka yang rajin minum teh lebih sehat,\" papar George Pounis, "
                     "peneliti dari Universitas Negeri Jakarta.") == ["George Pounis"]


def test_penerbit_heads_a_publishers_name() -> None:
    r = _speakers("Penulis itu tidak lagi menerbitkan buku lewat penerbit resmi. Dihubungi secara terpisah pada Rabu "
                  "(6/9), Penerbit Pelita Pustaka Utama menjelaskan bahwa harga buku akan naik tahun depan.")
    assert r == ["Penerbit Pelita Pustaka Utama"]
