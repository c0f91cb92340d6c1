"""Speaker attribution, round 18: a name set off by commas after descriptor words and a body ('menurut kuasa
hukum X, Y Z,') speaks even when the entity stage did not build it; a statement's channel or occasion and a day
between subject and verb ('dalam keterangan tertulisnya, Senin, menilai', 'dalam siaran persnya', 'di sela rapat
kerja') do not hide the subject; the named head of 'yang mengatakan' says it. Every sentence here is written for
the tests."""

from __future__ import annotations

from tests.extraction.conftest import speakers

LEAD = "Rapat itu digelar di gedung DPR pada pekan lalu dan berlangsung alot. "


def test_set_off_name_after_body_speaks(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Serangan itu melumpuhkan banyak situs di kota itu pada hari Jumat. Menurut kepala strategi Dyn, Kyle York, "
            "pelaku menggunakan ratusan ribu perangkat.")
    assert speakers(run(body, language="id")) == ["Kyle York"]


def test_set_off_name_before_another_name(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Sarwono Wijaya melaporkan kasus itu ke polisi pekan lalu. Menurut kuasa hukum Sarwono, Hendra Kalalo, "
            "Mario Teguh telah melakukan pencemaran nama baik.")
    assert speakers(run(body, language="id")) == ["Hendra Kalalo"]


def test_written_statement_and_day_between_subject_and_verb(run) -> None:  # type: ignore[no-untyped-def]
    body = LEAD + "Anggota Komisi III DPR Budi Santoso dalam keterangan tertulisnya, Senin, menilai kebijakan itu keliru."
    assert speakers(run(body, language="id")) == ["Budi Santoso"]
    body = LEAD + "Anggota Komisi III DPR Budi Santoso dalam siaran persnya mengatakan kebijakan itu keliru."
    assert speakers(run(body, language="id")) == ["Budi Santoso"]


def test_occasion_between_subject_and_verb(run) -> None:  # type: ignore[no-untyped-def]
    body = LEAD + ("Anggota Komisi III DPR Budi Santoso di sela rapat kerja di Jakarta, Senin, mengatakan kebijakan "
                   "itu keliru.")
    assert speakers(run(body, language="id")) == ["Budi Santoso"]


def test_named_head_of_yang_mengatakan(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Rapat evaluasi digelar di Batam pada pekan lalu dan dihadiri banyak pihak. Kepala Dinas Perhubungan "
            "Batam, Suryadi yang mengatakan akan segera memperbaiki mesin.")
    assert speakers(run(body, language="id")) == ["Suryadi"]
    body = ("Rapat evaluasi digelar di Batam pada pekan lalu dan dihadiri banyak pihak. Warga membantah kabar yang "
            "mengatakan mesin itu rusak.")
    assert speakers(run(body, language="id")) == []
