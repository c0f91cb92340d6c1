"""Indonesian recall round: speakers named after descriptor words, honorifics and degrees (own sentences)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # lower-case descriptor words between a post-posed verb and the name
        ('"Jalan itu rusak parah sejak tahun lalu," ujar politisi lokal Sutrisno Hadiwijaya kepada wartawan.',
         ["Sutrisno Hadiwijaya"]),
        ('"Kebijakan ini terlalu terburu-buru," kata pengamat ekonomi Fadli Rahmatullah di Jakarta.',
         ["Fadli Rahmatullah"]),
        ("Menurut dia, harga beras akan naik, kata pakar pertanian Gunawan Wibisono.", ["Gunawan Wibisono"]),
        # honorifics: the name after them speaks, a degree after the name is no part of it
        ('"Hujan akan turun," kata ahli cuaca Dr. Hendra Wirasmana kepada wartawan di kantornya.',
         ["Hendra Wirasmana"]),
        ('"Pasien sebaiknya beristirahat," ujar dr Lestiani Kurniawati, SpPD dari RS Harapan Sehat, Senin (3/4).',
         ["Lestiani Kurniawati"]),
        ('"Saya tidak tahu," kata Prof. Bambang Sutejo dari Universitas Gadjah Mada.', ["Bambang Sutejo"]),
        ('"Situs itu harus dilindungi," kata Sejarawan Jawa Dr Bambang Purwanto MA di Yogyakarta.',
         ["Bambang Purwanto"]),
        # unnamed descriptors stay non-speakers
        ('"Harga beras naik," kata warga di pasar itu.', []),
        ('"Harga beras naik," ujar seorang pejabat kota Kartasura.', []),
        ('"Dia bermain sangat baik," kata peraih tiga gelar Piala Dunia itu.', []),
        # (round 12: the named holder set off by the comma speaks; the gallery's name is still no person)
        ('"Koleksi kami dipamerkan sebulan," kata pemilik Galeri Sinar Rupa, Hartono Wijaya.', ["Hartono Wijaya"]),
        ('"Kami senang," ujar salah satu akun Twitter.', []),
    ],
)
def test_id_recall_descriptor_and_honorific_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_id_recall_descriptor_rule_is_indonesian_only(run) -> None:  # type: ignore[no-untyped-def]
    x = run('"Prices will rise," said farm economist Daniel Whitmore in a statement.', language="en")
    assert speakers(x) == ["Daniel Whitmore"] or speakers(x) == []  # English keeps its own rules
