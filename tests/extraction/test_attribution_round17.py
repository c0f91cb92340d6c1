"""Speaker attribution, round 17 (wrong referents counted in an audit of 150 fresh articles per language): a
descriptor with a relative clause ('Pria yang juga menjabat ... itu') refers back to the person named before, not
to the body inside it; a name after a transitive verb is that verb's object; an outlet after 'seperti dikutip
dari' only relays; supporters are unnamed people; an English pronoun after an unnamed speaker ('a spokesman
said. He added') is that speaker, not the last person named. Every sentence here is written for the tests."""

from __future__ import annotations

from tests.extraction.conftest import speakers, wire_speakers


def test_long_descriptor_refers_back(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Politikus Partai Maju, Bambang Sutrisno Wijaya, menilai usulan itu wajar. Pria yang juga menjabat "
            "sebagai Wakil Ketua Komisi II DPR RI itu menilai dari sisi aturan usulan tersebut sudah tepat.")
    assert speakers(run(body, language="id")) == ["Bambang Sutrisno Wijaya"]


def test_menurut_descriptor_refers_back(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Menteri Keuangan Ratna Dewi Kusuma menegaskan pajak akan dikejar. Menurut mantan Direktur Pelaksana "
            "Bank Dunia itu menjelaskan upaya pemerintah sudah berjalan.")
    assert speakers(run(body, language="id")) == ["Ratna Dewi Kusuma"]


def test_object_of_action_does_not_speak(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run("Dokter itu tidak pernah menangani Carey, hanya menjelaskan prosedur kepada wartawan.",
                        language="id")) == []
    assert speakers(run("Bobby pun sambil menjabat tangan Jokowi, mengucapkan terima kasih kepada warga.",
                        language="id")) == []


def test_title_is_not_a_verb(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run("Menteri Agus Salim, seperti dilansir Kompas.com, mengatakan harga beras akan turun.",
                        language="id")) == ["Agus Salim"]


def test_relaying_outlet_does_not_speak(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Ketua Komisi Budi Santoso dalam keterangan tertulisnya, Senin, seperti dikutip dari Antara, menilai "
            "kebijakan itu keliru.")
    assert "Antara" not in speakers(run(body, language="id"))


def test_supporters_are_unnamed(run) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run("Para pendukung Fiorentina tidak menganggap kekalahan itu sebagai akhir musim.",
                        language="id")) == []
    assert speakers(run("Pendukung Prabowo, Budi Hartono, mengatakan aksi itu damai.",
                        language="id")) == ["Budi Hartono"]


def _statement_speakers(run, body: str) -> list[str]:  # type: ignore[no-untyped-def]
    from tests.extraction.conftest import WIRE_PAD, WIRE_PUBLISHED
    x = run(body + WIRE_PAD, published=WIRE_PUBLISHED)
    return [e.speaker.name for e in x.events if e.type == "statement"]


def test_pronoun_after_unnamed_speaker(run) -> None:  # type: ignore[no-untyped-def]
    body = ("The exchange will double its options range by 1988, committee chairman John Harlow said. \"The plans "
            "are conservative,\" one leading options analyst said. He said much of the growth came from hedging.")
    assert _statement_speakers(run, body) == ["John Harlow"]


def test_pronoun_after_named_speaker_still_resolves(run) -> None:  # type: ignore[no-untyped-def]
    body = ("The bank's chief economist, Mary Olson, said rates would rise. Analysts said the move was expected. "
            "She said inflation was the main risk.")
    assert len(_statement_speakers(run, body)) == 2
    assert wire_speakers(run, "Treasury Secretary James Walker said the accord was only a start. He added that "
                              "talks would continue.") == ["James Walker"]


def test_pronoun_after_body_spokesman_is_the_body(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Sales rose 20 pct, analyst Tom Reed said. A Baxter Trading Co official told reporters the market was "
            "more competitive. He said the firm had set low commissions.")
    assert "Tom Reed" not in _statement_speakers(run, body)[1:]
