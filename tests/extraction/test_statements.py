"""Statements: direct and reported speech, speakers, addressees, unnamed sources, officials of a country."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers
from tests.extraction.fixtures import EN_HOST, ID_TRIP


def test_statements_fixture_article(run) -> None:  # type: ignore[no-untyped-def]
    x = run(ID_TRIP)
    assert speakers(x) == ["Japan officials", "Retno Marsudi", "Yoshimasa Hayashi"]
    st = [e for e in x.events if e.type == "statement"]
    reported = next(s for s in st if s.kind == "reported" and s.speaker.name == "Retno Marsudi")
    assert reported.addressee is not None and reported.addressee.name == "Yoshimasa Hayashi"
    assert reported.quote.startswith("Jakarta ingin memperluas")
    direct = next(s for s in st if s.kind == "direct")
    assert direct.speaker.name == "Retno Marsudi" and direct.quote.startswith("Kita tidak hanya")
    assert direct.key == f"statement:kb:retno-marsudi:{x.text.index('Kita tidak')}"
    assert all(s.cameo == "010" for s in st)


def test_statements_english_told_and_direct(run) -> None:  # type: ignore[no-untyped-def]
    x = run(EN_HOST)
    st = [e for e in x.events if e.type == "statement"]
    assert {(s.speaker.name, s.kind) for s in st} == {("Francisco Bustillo", "reported"), ("Francisco Bustillo", "direct")}
    assert next(s for s in st if s.kind == "reported").quote.startswith("the two countries")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('" Tidak ada rencana itu , " ucap Zulkifli Hasan di Jakarta .', ["Zulkifli Hasan"]),
        ("Menurut Sri Mulyani, defisit anggaran tetap terkendali tahun ini.", ["Sri Mulyani Indrawati"]),
        ("Para pejabat AS mengatakan bahwa sanksi baru sedang disiapkan.", ["US officials"]),
        ("U.S. officials said the talks would resume in March.", ["US officials"]),
        ("Brambleton Systems Corp said it expects higher earnings. The company said sales rose.", ["Brambleton Systems Corp"]),
        ("The Kremlin said the talks had been useful.", ["Kremlin"]),
        ("China said it opposed the new tariffs.", ["China"]),
    ],
)
def test_statements_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Sumber mengatakan bahwa kedua negara akan menandatangani perjanjian itu.",
        "Analysts said the market would recover by the end of the year.",
        "Traders said prices were steady in quiet dealings on Monday.",
        "Officials said the plan was still under review by the committee.",
        "Harga minyak naik tajam pada perdagangan hari Senin karena pasokan menurun.",
    ],
)
def test_statements_unnamed_or_narration_negative(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body)) == []


# --- Round 2: speaker resolution rules (fixture sentences written for these tests) -------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A bare given name after the full name introduced earlier (even unmarked) -> the full name.
        ("Menteri Pekerjaan Umum dan Perumahan Rakyat Darmawan Sutejo meninjau bendungan itu.\n\n"
         "Darmawan menjelaskan bendungan itu selesai tahun depan.", ["Darmawan Sutejo"]),
        # A KB short form followed by more of a name is someone else's first name.
        ("Sesmenpora Gatot S. Dewa Broto hadir di Jakarta.\n\n\"Kami siap sekali,\" kata Gatot.",
         ["Gatot S. Dewa Broto"]),
        # ... and a KB surname after another given name is a relative or namesake, not the KB person.
        ("Putra sulung mantan presiden, Agus Harimurti Yudhoyono, hadir di Jakarta.\n\n"
         "\"Kami siap bekerja,\" kata Agus.", ["Agus Harimurti Yudhoyono"]),
        ("Nancy Reagan said she would attend the ceremony in Los Angeles.", ["Nancy Reagan"]),
        # A byline line is not a mention: the writer must not take a later bare first name.
        ("Seleksi tim nasional berakhir pekan ini.\n\nPenulis: Indra Wijaya Kusuma\n\nPelatih tim, Indra Sjafri, "
         "puas dengan hasilnya.\n\n\"Mereka bekerja keras,\" ujar Indra.", ["Indra Sjafri"]),
        # A body plus 'sources' / 'spokesman' / 'official' is that body.
        ("Finance Ministry sources said the new tax would be delayed until June.", ["Finance Ministry"]),
        ("A Ministry of Trade official said the quota would not be changed this year.", ["Ministry of Trade"]),
        # ... but officials of a body of a named country are officials of that country.
        ("Kunjungan itu batal, kata seorang pejabat Kementerian Luar Negeri Rusia kepada wartawan.",
         ["Russian Federation officials"]),
        # Company names that contain known words, and the company anaphor.
        ("Mutual Shares Corp said it sold 60,000 shares. The company said it may sell more.", ["Mutual Shares Corp"]),
        ("Unicorp Canada Corp said it cut its stake in the firm to 3.7 pct.", ["Unicorp Canada Corp"]),
        # The clause before ', <speaker> said.' is the utterance.
        ("Blinken will travel on to Moldova on Wednesday, U.S. officials said.", ["US officials"]),
        # Coordinated subjects all speak.
        ("Amerika Serikat, Australia dan Jepang menegaskan bahwa hukum internasional harus ditegakkan.",
         ["Australia", "Japan", "United States"]),
        # An appositive names the subject at its head.
        ("Nova, the Canadian company that owns 56 pct of Harbour Oil Ltd, said it received approval.", ["Nova"]),
        ("Tomasz Kowalski, head of Poland's National Bank, told reporters the talks were useful.", ["Tomasz Kowalski"]),
        # 'di <place>' and a parenthesis between subject and verb; a relative clause's agent is not the subject.
        ("Kedutaan Besar Belanda di Jakarta dalam keterangan tertulisnya menyatakan kerja sama tetap berjalan.",
         ["Kedutaan Besar Belanda"]),
        ("Wang Yi dalam pernyataan yang dirilis Kementerian Luar Negeri China menyatakan Beijing siap bekerja sama.",
         ["Wang Yi"]),
        # After a title, a body and a place: the title holder.
        ('"Petugas menemukan sembilan orang," kata Kepala Kantor Imigrasi Kelas I Jakarta Pusat Tato J Hidyawn.',
         ["Tato J Hidyawn"]),
        ('"Kami siap," kata Gubernur DKI terpilih Anies Baswedan di Jakarta.', ["Anies Baswedan"]),
        # 'pihak X' is a body; 'menurut keterangan X'.
        ("Pihak Formula One (F1) melalui situs resmi menyatakan protes itu sudah dicabut.", ["Formula One"]),
        ("Belum ada jadwal kunjungan, menurut keterangan Kementerian Luar Negeri RI.", ["Kementerian Luar Negeri RI"]),
        # A pronoun after a quote is the person quoted just before.
        ('"Kami menghormati keputusan itu," ujar Simon Petrus.\n\nMenurut dia, penahanan itu sah secara hukum.',
         ["Simon Petrus"]),
    ],
)
def test_statements_round2_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        # Fragments and non-speakers.
        "Dalam sambutannya Menteri Kelautan dan Perikanan menyampaikan harapannya bahwa kapal itu datang.",
        '"In my judgment there is no other way to cut the deficit," the Texas Democrat told reporters.',
        "Pusat peringatan yang berbasis di Hawaii menyatakan gempa tidak memicu tsunami.",
        "Sementara itu, Lamothe melalui akun Twitternya mengatakan dunia menyaksikan pernyataan itu.",
        "Putusan tersebut menyatakan China tidak punya hak atas wilayah itu.",
        "Militer juga mengatakan bahwa hanya target militer yang dihancurkan.",
        # Requests, future intentions and countries that are not subjects.
        "Jepang akan meminta penegasan Amerika Serikat terkait komitmen pertahanannya.",
        "Para menteri meminta negara-negara Asia Tenggara dan China memastikan kode etik itu mengikat.",
        "Hamilton, pebalap asal Inggris itu menganggap insiden tersebut sudah tidak penting lagi.",
        # An outlet cited with 'dilansir' before someone's quoted words only relays them.
        'Dilansir Reuters, api muncul pukul 02.00 pagi. "Api muncul di asrama," ujar seorang saksi.',
    ],
)
def test_statements_round2_negatives(run, body: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers(run(body))
    assert not any(s in got for s in ("Perikanan", "Texas Democrat", "Hawaii", "Twitternya", "Putusan", "Militer",
                                      "Japan", "China", "United Kingdom", "Reuters")), got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Two top German officials, State Secretaries Karl Brenner and Hans Tietmeyer, told reporters Bonn saw no need "
         "for action.", ["Hans Tietmeyer", "Karl Brenner"]),
        ('"The walls of protection climb higher," U.S. Department of Agriculture Deputy Administrator Walter Beale said.',
         ["Walter Beale"]),
        ("Ostrava Holding agreed this past weekend to be acquired by its managers.", []),
        ("Ostrava Holding chairman Petr Novak agreed it was another option to be looked at.", ["Petr Novak"]),
    ],
)
def test_statements_round2_titles_coordination_and_actions(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body)) == expected


def test_statements_apposition_is_not_coordination(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Manajer Persebaya, Chairul Basalamah mengungkapkan, pemain sangat antusias menghadapi laga itu.")
    assert speakers(x) == ["Chairul Basalamah"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A title phrase, then the holder's name set off by commas (rank words before it are not the name).
        ("Menurut Kapolsek Sukamaju Hilir, Iptu Darmo Santoso, kebakaran itu terjadi pada Selasa malam.",
         ["Darmo Santoso"]),
        ("Menurut Kepala Koki, Rendra Wiguna, bumbu itu dibuat dari rempah lokal.", ["Rendra Wiguna"]),
        # Portfolio words and a body after the title, then the holder's name closing the phrase.
        ('"Bantuan segera dikirim ke lokasi," kata Direktur Jenderal Kerja Sama ASEAN Kementerian Luar Negeri '
         'Bima Aryasatya.', ["Bima Aryasatya"]),
        # A body that starts inside the title's words.
        ('"Jumlah penghuni panti terus bertambah," kata Kepala Dinas Sosial DKI, Surono Hadi, di Jakarta.',
         ["Surono Hadi"]),
        # 'Demikian disampaikan X': the sentence before is X's.
        ("Indonesia siap membantu Myanmar menyelesaikan krisis di Rakhine. Demikian disampaikan Menlu Retno Marsudi "
         "di Jakarta, Senin.", ["Retno Marsudi"]),
        # 'menurut laporan yang berhasil dihimpun X'.
        ("Menurut laporan yang berhasil dihimpun Reuters, korban tewas mencapai 20 orang.", ["Reuters"]),
        # A description closed by a demonstrative refers back to the person named before.
        ("Pelatih Darsono Wibisono memuji timnya. Pria berusia 54 tahun itu mengatakan bahwa pemainnya disiplin.",
         ["Darsono Wibisono"]),
        ('Pelatih Darsono Wibisono memuji timnya. "Kami bermain disiplin," tutur pria berusia 54 tahun itu.',
         ["Darsono Wibisono"]),
        ("Gubernur Hendra Kusuma hadir. Selain itu, mantan Kapolda Maluku ini mengimbau warga tetap tenang.",
         ["Hendra Kusuma"]),
        # 'yang akrab disapa X itu': the name given.
        ("Pelatih Darsono Wibisono memuji timnya. Pelatih yang akrab disapa Darsono itu menambahkan, kunci "
         "kemenangan adalah disiplin.", ["Darsono Wibisono"]),
        # A one-word speaker that is a word of a fuller speaker's name is that speaker.
        ('"Anggaran itu kami coret," ujar Dirjen Bina Keuangan Daerah Kementerian Dalam Negeri Sutarmanto. '
         "Sutar menuturkan bantuan itu tidak berdasar hukum.", ["Sutarmanto"]),
        # A request for someone to act is a statement; an apology too.
        ("Menlu Retno Marsudi meminta negara-negara ASEAN memastikan bantuan sampai.", ["Retno Marsudi"]),
        ("Menlu Retno Marsudi meminta maaf kepada para korban atas keterlambatan itu.", ["Retno Marsudi"]),
    ],
)
def test_statements_round3_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        # A demand for a thing is no utterance.
        "Klub Garuda Muda meminta tebusan sebesar 80 juta euro untuk pemain itu.",
        # Words of a title phrase are not a speaker.
        '"Produksi mobil itu sudah dihentikan," ujar Direktur Pemasaran dan Layanan Purna Jual PT Maju Motor.',
        # A list of portfolios is not a name.
        '"Kami hanya berhubungan dengan biro itu," ujar Kepala Biro Hubungan Masyarakat, Data, dan Informasi Kemenag.',
        # 'Sebelumnya', 'Kini' and 'Meski' open a sentence; they are no names.
        "Sebelumnya, pengacara itu menyatakan bahwa pengadilan ini terlalu dipaksakan.",
        # An outlet after 'dikutip' only relays what the pronoun's speaker said.
        '"Potensi itu tersebar di 16 titik di pulau ini," ujarnya dikutip Antara Kupang, Sabtu.',
        # 'Hal itu disampaikan X' does not take a sentence that already has its speaker.
        '"Kami siap," kata Gubernur Hendra Kusuma. Hal itu disampaikan Direktur Utama Persija, Gede Wirawan.',
    ],
)
def test_statements_round3_negatives(run, body: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers(run(body))
    assert not any(s in got for s in ("Garuda Muda", "Pemasaran", "Sukamaju Hilir", "Kapolsek Sukamaju Hilir", "Data",
                                      "Sebelumnya", "Antara", "Antara Kupang", "Gede Wirawan")), got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A title phrase running into a name the entity stage did not build.
        ("Menanggapi itu, Menteri Pendidikan dan Kebudayaan Hartono Wibisana menuturkan, ujian tetap digelar.",
         ["Hartono Wibisana"]),
        # A bare two-word name opening the clause.
        ("Sementara itu, Corwin Maddox said the film would open in June.", ["Corwin Maddox"]),
        # A one-word name after a post-posed verb, a mixed '"...”' quote, a new verb ('teriak').
        ('"Kami akan bekerja keras untuk acara ini,” terang Wiryono.', ["Wiryono"]),
        ("“Mari tunjukkan suara kalian semua,” teriak Zedlando di tengah pertunjukan.", ["Zedlando"]),
        # An outlet named with 'and'.
        ("Dikutip dari Lakes and Rivers, tiga danau itu paling sering dicari wisatawan tahun ini.", ["Lakes and Rivers"]),
        # A person whose name is also a city's, after a post-posed verb.
        ('"Kami sudah bicara panjang lebar dengan dia," sambung Bima.', ["Bima"]),
        # A company's name opened by a demonym and a title word.
        ("American President Cos Ltd said its shipping unit will lease four new ships from Kolbe Marine Co. "
         "The company said it will lease the ships for three years.", ["American President Cos Ltd"]),
        # 'The government' is the government of the country the article is about.
        ("Taiwan's exports to the United States rose. Taiwan wants stable rates. "
         "The government has denied local press reports of pressure on the currency.", ["Taiwan"]),
        # 'the department' is the department named before.
        ("The U.S. Commerce Department released new figures on Monday. "
         "Later the department reported the index fell 1.0 pct in January.", ["Commerce Department"]),
        # Bond issues: the managing bank speaks, not the issuer.
        ("Kestrel Finance Corp, a unit of Kestrel Inc, is raising 100 mln dlrs through an offering of bonds, "
         "said sole manager Harwood, Pell and Quist Securities Corp.", ["Harwood, Pell and Quist Securities Corp"]),
        ("Norrland Industri AB is issuing a 500 mln franc bond with warrants, lead manager Banque Verte de Lyon said.",
         ["Banque Verte de Lyon"]),
    ],
)
def test_statements_round5_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    got = speakers(run(body))
    assert all(any(e in g for g in got) for e in expected), got


@pytest.mark.parametrize(
    ("body", "bad"),
    [
        # A figure of speech is no speaker.
        ("Namun sayangnya, takdir Tuhan berkata lain.", "Tuhan"),
        # 'katanya' carries its speaker: the show after it is no speaker.
        ('"Tentu saja dia ingin piala itu," katanya dalam acara Late Night Tonight.', "Late Night Tonight"),
        # A firm before a job title is no speaker: the analyst named after it is.
        ("Shares rose sharply yesterday, according to Halvorsen market strategist Michael Brandt.", "Halvorsen"),
        # 'told X': X is the addressee, even after an appositive comma.
        ("A small group led by Melvin Garsh, a surgeon, told the Securities and Exchange Commission it bought shares.",
         "Securities and Exchange Commission"),
        # The issuer before a lead manager does not speak.
        ("Kestrel Finance Corp, a unit of Kestrel Inc, is raising 100 mln dlrs through an offering of bonds, "
         "said sole manager Harwood, Pell and Quist Securities Corp.", "Kestrel Finance Corp"),
    ],
)
def test_statements_round5_negatives(run, body: str, bad: str) -> None:  # type: ignore[no-untyped-def]
    assert bad not in speakers(run(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A description closed by 'itu' after the verb, then the outlet that relays it.
        ('Gelandang Belanda Wouter Vandijk resmi bergabung. "Saya sangat gembira berada di sini," tukas eks kapten '
         "timnas Belanda itu dilansir Gulf Times.", ["Wouter Vandijk"]),
        # News outlets in their own voice.
        ("Surat kabar resmi Korut Minju Sinbo melaporkan jutaan warga telah mendaftar sebagai sukarelawan.",
         ["Minju Sinbo"]),
        ("Die Woche magazine said controllers discovered the losses in February.", ["Die Woche"]),
        # Someone the quoted speaker reports as speaking speaks too.
        ('Ketua DPD itu, Sutrisno Hadi, berbicara kepada wartawan. "Pak Ketua Umum Darmawan Sukirno menyarankan agar '
         'kami menampung dulu nama-nama calon," kata Sutrisno.', ["Sutrisno Hadi", "Darmawan Sukirno"]),
        # 'accused' is a verb of saying.
        ("But the keynote speaker, Prince Faisal al-Rahman, accused businessmen of investing abroad.",
         ["Rahman"]),
    ],
)
def test_statements_round5_outlets_and_reported(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    got = speakers(run(body))
    assert all(any(e in g for g in got) for e in expected), got


@pytest.mark.parametrize(
    ("body", "bad"),
    [
        # Filing a complaint with the police is no utterance.
        ("Komisi Perlindungan Warga (KPW) melaporkan video itu ke polisi pada Kamis.", "Komisi Perlindungan Warga"),
        # A journalist's work, not an utterance.
        ("Jurnalis itu, Carmen Velasco, melaporkan secara ekstensif hubungan antara politisi dan kartel.",
         "Carmen Velasco"),
        # Inside a quote, a pronoun's verb is the quoted speaker's own words.
        ('"Dia mengatakan bahwa semuanya baik-baik saja," kata Sutrisno Hadi.', "Dia"),
    ],
)
def test_statements_round5_more_negatives(run, body: str, bad: str) -> None:  # type: ignore[no-untyped-def]
    assert bad not in speakers(run(body))


# --- Round 6: appositives without a closing comma, tickers, passive agents (own fixture sentences) ----------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A person, a comma, then a role phrase running into the verb: the person speaks, not the role's body.
        ("Maria Kessler, president of the growers association Agrofed said on Monday that prices were too low.",
         ["Maria Kessler"]),
        ("Prices will rise this year, Tom Walden, vice-president of Harbor Freight Lines Corporation told reporters.",
         ["Tom Walden"]),
        ("Rudi Santoso, Kepala Unit Pelaksana Teknis Taman Wisata Cibodas menyebut wahana baru itu aman.",
         ["Rudi Santoso"]),
        # ... but a role that runs into its holder's name keeps the holder.
        ("Sementara itu, Kepala BNPB Willem Rampangilei mengatakan banjir sudah surut.", ["Willem Rampangilei"]),
        # A Reuters stock ticker between a company's name and its verb.
        ("Northwind Trading Plc &lt;NWT.L> said it raised its stake in the brewer to 12 pct.", ["Northwind Trading Plc"]),
        ("Keystone Mills Ltd &lt;KMS.TO>, in a move that surprised traders, said it would close two plants.",
         ["Keystone Mills Ltd"]),
        # Company names joined by 'and'; a unit speaks, not its parent.
        ("Barlow and Pierce Inc said it completed the purchase of a courier firm.", ["Barlow and Pierce Inc"]),
        ("Lakeside Electronics Inc, a unit of Orbital Holdings Corp &lt;ORB> said a court denied the motion.",
         ["Lakeside Electronics Inc"]),
        # A passive verb of saying with its agent named after it.
        ("Festival itu, seperti yang dikatakan Menteri Pariwisata Arief Yahya, didukung penuh pemerintah daerah.",
         ["Arief Yahya"]),
        ("Kabar mengejutkan itu dirilis Tuttosport pada Senin pagi.", ["Tuttosport"]),
    ],
)
def test_statements_round6_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        # A thing released, an utterance handed to someone, a list of portfolios: no agent speaks.
        "Data yang dirilis Badan Pusat Statistik menunjukkan inflasi naik tipis bulan lalu.",
        "Bantuan itu disampaikan kepada warga korban banjir di Bekasi pada Minggu.",
        # Only the legal-form words of a co-manager's name.
        "Lead managers Harbor Securities Inc &lt;HSI> and Grant, Lowe and Co Inc &lt;GLC> said the offering was priced.",
    ],
)
def test_statements_round6_negative(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body)) == []


def test_statements_sentence_closing_an_earlier_quote(run) -> None:  # type: ignore[no-untyped-def]
    # 'Memutuskan menyatakan ...' is a sentence inside the judge's quotation, not a speaker named 'Memutuskan'.
    x = run('Majelis hakim membacakan putusan sela. " Menyatakan keberatan itu tidak dapat diterima. Memutuskan '
            'menyatakan eksepsi kuasa hukum terdakwa tidak dapat diterima, " ujar Ketua Majelis Hakim Sutrisno Adi.')
    assert "Memutuskan" not in speakers(x)


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Fumio Kishida will visit Washington next week for talks, the White House said on Monday.",
        "Prime Minister Fumio Kishida will visit Washington next week for talks, the White House said in a statement.",
    ],
)
def test_statements_a_time_or_place_after_a_postposed_verb_is_not_the_utterance(run, body: str) -> None:  # type: ignore[no-untyped-def]
    statement = next(e for e in run(body).events if e.type == "statement")
    assert statement.speaker.name == "White House"
    assert statement.quote == "Prime Minister Fumio Kishida will visit Washington next week for talks"


def test_statements_id_closing_verb_tutup(run) -> None:  # type: ignore[no-untyped-def]
    """'"...," tutup X': 'tutup' (closed) ends a quote like 'pungkas'; the shop sense is no statement."""
    body = ('Pemain itu kembali berlatih bersama timnya di Bandung pada Senin pagi. '
            '"Jadi kami harus terus bekerja keras sampai akhir musin ini," tutup Rahmat Hidayat.')
    assert speakers(run(body)) == ["Rahmat Hidayat"]
    assert speakers(run("Toko milik Rahmat Hidayat itu tutup pada hari Minggu karena libur.")) == []
