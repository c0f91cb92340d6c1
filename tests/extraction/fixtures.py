"""Fixture articles written for these tests (not copied from any corpus)."""

# Published Monday 2022-05-16. A wire-style Indonesian item about a foreign minister's two-country trip.
ID_TRIP = """Tokyo (ANTARA) - Menteri Luar Negeri RI Retno LP Marsudi tiba di Jepang pada Senin untuk membahas kerja sama energi dan keamanan maritim, sehari setelah pertemuan para menteri ASEAN di Jakarta.

Lawatan Retno ke Asia Timur, tepatnya ke ibu kota Jepang, Tokyo, dan ibu kota Korea Selatan, Seoul, adalah yang pertama sejak pandemi.

Di Tokyo pada Senin, Retno mengatakan kepada Menlu Jepang Yoshimasa Hayashi bahwa Jakarta ingin memperluas investasi di sektor energi terbarukan.

"Kita tidak hanya berbicara soal angka, tetapi juga tentang kepercayaan antara dua bangsa yang sudah lama bersahabat," kata Retno.

Para pejabat Jepang mengatakan bahwa Tokyo siap membantu pembangunan pelabuhan di kawasan timur Indonesia.

Hayashi secara terbuka telah menyatakan dukungan terhadap kepemimpinan Indonesia di G20.

Sumber mengatakan bahwa kedua negara juga membahas pengadaan kapal patroli.

Baca juga: Menlu bahas kerja sama energi

Pewarta: Fulan
Editor: Fulanah
Copyright © ANTARA 2022"""

# The same style in English, with a host-side visit and hard negatives.
EN_HOST = """JAKARTA, May 16 (Reuters) - Indonesian President Joko Widodo received Uruguayan Foreign Minister Francisco Bustillo in Jakarta on Monday, the palace said.
    Bustillo told reporters the two countries would sign a trade pact by the end of the year.
    "We are ready to open our market to Indonesian products," Bustillo said.
    Analysts said the deal was small.
 (Reporting by Jane Doe; Editing by John Roe)"""
