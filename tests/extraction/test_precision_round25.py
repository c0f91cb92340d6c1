"""Statement precision (round 25, from an audit of fresh English and Indonesian text): a place and the one word it is
never written without name a company; a body named after its chairman does not take his bare surname; the person
before a role appositive speaks, not a name set off in the reported clause; 'memastikan' in the sense 'to ensure';
a request inside someone's quotation; a generic noun at a sentence start; a body's closing word after a body's
name; portfolio words of unit titles; an honorific before the subject. Every sentence here is written for the
tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers, wire_speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Southern Co said its unit Georgia Power owns half of the full-power plant. Georgia Power said the "
         "license allows testing to begin.", ["Georgia Power", "Southern Co"]),
        ("Growers will need a new joint plan now that the International Coffee Organization, ICO, has failed to "
         "set quotas, John Smith, head of Peru's coffee growers' federation, said.", ["John Smith"]),
    ],
)
def test_english_speaker_names(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert wire_speakers(run, body) == expected


def test_surname_of_a_chairman_is_the_person(run) -> None:  # type: ignore[no-untyped-def]
    body = ("The Brock Commission said the policy had failed. Board chairman John Brock, a former senator, said it "
            "was a sad day. \"This is a sad story,\" Brock told reporters.")
    x = run(body + " It was not clear what would happen next.", published=None)
    told = [e.speaker.name for e in x.events if e.type == "statement" and "sad story" in e.evidence[0].sentence]
    assert told == ["John Brock"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Petenis Budi Santoso memenangi gim berikutnya. Budi Santoso kemudian memastikan set ini menjadi miliknya "
         "setelah berjuang selama 40 menit.", []),
        ("Demi memastikan produk mereka laris di pasar, perusahaan itu menurunkan harga jual sepanjang tahun.", []),
        ('"Kepergiannya sangat mendadak. Keluarga Santoso pun telah meminta privasi sementara dokter memeriksa '
         'penyebabnya," pernyataan perwakilan keluarga itu.', []),
        ("Serangan itu menewaskan tiga orang. Militer juga mengatakan bahwa hanya sasaran bersenjata yang dihantam "
         "dalam operasi itu.", []),
    ],
)
def test_indonesian_non_statements(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Layanan internet dari Telkom terganggu di banyak kota. Oleh sebab itu, manajemen Telkom Group "
         "menyampaikan permohonan maaf atas gangguan yang dialami pelanggan.", ["Telkom Group"]),
        ("Dr. Rina Irene Sumarni, presiden Rotary Club Jakarta Centennial Cendrawasih menuturkan bantuan itu "
         "sangat berarti bagi para penyintas.", ["Rina Irene Sumarni"]),
        ('"Sukuk global dimulai dengan roadshow," kata Direktur Jenderal Pengelolaan Pembiayaan dan Risiko '
         "Kementerian Keuangan Budi Hartono di Jakarta.", ["Budi Hartono"]),
    ],
)
def test_indonesian_speaker_names(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_unit_title_words_are_no_name(run) -> None:  # type: ignore[no-untyped-def]
    body = ('"Korban sempat ditolong," kata Kepala Subbagian Data Evaluasi Pelaporan dan Humas Taman Nasional Gunung '
            "Lawu (TNGL) Budi Hartono saat dihubungi dari Solo.")
    assert not any(s.startswith("Subbagian") for s in speakers(run(body, language="id")))
