"""Indonesian pronoun speakers, round 20: a third-person pronoun that speaks ('Dia menambahkan, ...', 'Ia
mengatakan ...') refers to the last person named before it, also when that person was named only where the
statement side read the name (a post-posed speaker after a long title and a comma) or where the entity stage built
no mention (the person is known from elsewhere in the article); never to a person named as an object. Every
sentence here is written for the tests."""

from __future__ import annotations

from tests.extraction.conftest import speakers


def _quotes_by(x, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.quote for e in x.events if e.type == "statement" and e.speaker.name == name]


def test_pronoun_after_a_post_posed_speaker_with_a_long_title(run) -> None:  # type: ignore[no-untyped-def]
    # the name after the title and the comma is read on the statement side only
    x = run('"Tiga orang bersenjata masuk lewat pintu belakang setelah melumpuhkan penjaga," kata Menteri Dalam '
            'Negeri Pakistan, Hamid Qureshani.\n\nDia menambahkan, salah satu pelaku masih berusia belasan tahun.',
            language="id")
    assert any("belasan tahun" in q for q in _quotes_by(x, "Hamid Qureshani"))


def test_pronoun_after_a_title_and_a_one_word_name(run) -> None:  # type: ignore[no-untyped-def]
    x = run('"Fokus ini kami pilih untuk mengingatkan kembali akar budaya kita," kata Ketua Komite Tari DKS '
            'Purwanti di Sukamaju, Kamis.\n\nIa mengatakan tari pesisir adalah salah satu produk budaya masyarakat '
            'di Nusantara.', language="id")
    assert any("tari pesisir" in q for q in _quotes_by(x, "Purwanti"))


def test_pronoun_after_a_person_named_without_a_mention(run) -> None:  # type: ignore[no-untyped-def]
    # the first naming ('Wulan Sarasvati, 47, datang') is not built as a mention; the person is known from the quote
    x = run("Dikutip dari AFP, Senin (3/4), Wulan Sarasvati, 47, datang membawa kupon undian dan berbicara "
            "kepada wartawan. Dia mengatakan ingin segera mengambil hadiahnya lalu pulang ke kampung halaman.\n\n"
            '"Saya hanya ingin hidup tenang bersama keluarga saya," kata Wulan Sarasvati.', language="id")
    assert any("kampung halaman" in q for q in _quotes_by(x, "Wulan Sarasvati"))
