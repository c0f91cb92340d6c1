"""Tests of streamer.evaluation: the name matcher, the scorer, the gold loader and the gold file itself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from streamer import evaluation as ev
from streamer.evaluation import (
    GoldError,
    GoldItem,
    GoldStatement,
    GoldVisit,
    evaluate,
    evaluate_agreement,
    evaluate_predictions,
    load_gold,
    load_predictions,
    main,
    normalize_name,
    same_actor,
)

GOLD_DIR = Path(__file__).parent / "gold"
DEV_GOLD = GOLD_DIR / "dev.jsonl"
SHARED_CORPUS = Path("/work/shared/corpus")


# --- name matching -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Blinken", "Antony Blinken"),
        ("Antony Blinken", "Menlu AS Antony Blinken"),
        ("Blinken", "Menteri Luar Negeri AS Antony Blinken"),
        ("U.S. Secretary of State Antony Blinken", "Menlu AS Antony Blinken"),
        ("Retno Marsudi", "Retno LP Marsudi"),
        ("Retno L.P. Marsudi", "Menlu RI Retno Marsudi"),
        ("Presiden Kazakhstan Kassym-Jomart Tokayev", "Tokayev"),
        ("Kassym-Jomart Tokayev", "Kassym Jomart Tokayev"),
        ("Mr. Baker", "James Baker"),
        ("U.S. Treasury Secretary James Baker", "Baker"),
        ("Bapak Pratikno", "Pratikno"),
        ("Recep Tayyip Erdoğan", "Erdogan"),
        ("Texaco Inc", "Texaco"),
        ("PT Pertamina (Persero)", "Pertamina"),
        ("US officials", "para pejabat AS"),
        ("U.S. officials", "Para pejabat Amerika Serikat"),
        ("US officials", "senior U.S. officials"),
        ("Chinese officials", "pejabat China"),
        ("Japan", "the Japanese government"),
        ("Pemerintah Indonesia", "Indonesian government"),
        ("Indonesia", "pemerintah RI"),
        ("Sri Mulyani", "Sri Mulyani Indrawati"),  # no family name: words drop from the end
        ("Menkeu Sri Mulyani", "Sri Mulyani Indrawati"),
    ],
)
def test_evaluation_same_actor_matches(a: str, b: str) -> None:
    assert same_actor(a, b)
    assert same_actor(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Joko Widodo", "Joko Anwar"),
        ("Joko Widodo", "Jokowi"),  # needs an alias
        ("Antony Blinken", "Anthony Albanese"),
        ("Retno Marsudi", "Retno"),  # the surname must be shared
        ("Sri Mulyani Indrawati", "Sri"),  # one leading word alone is not a name
        ("Sri Mulyani", "Mulyani Indrawati"),
        ("US officials", "Chinese officials"),
        ("US officials", "US government"),
        ("US officials", "Antony Blinken"),
        ("officials", "US officials"),  # no body named
        ("Japan", "Bank of Japan"),
        ("Kementerian Perdagangan", "Kementerian Keuangan"),
        ("Wang Yi", "Li Qiang"),
    ],
)
def test_evaluation_same_actor_rejects(a: str, b: str) -> None:
    assert not same_actor(a, b)
    assert not same_actor(b, a)


def test_evaluation_same_actor_uses_aliases() -> None:
    assert same_actor("Joko Widodo", "Jokowi", a_aliases=["Jokowi"])
    assert same_actor("Presiden Jokowi", "Joko Widodo", b_aliases=["Jokowi"])


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("Menteri Luar Negeri AS Antony Blinken", ("antony", "blinken")),
        ("Menlu RI Retno L.P. Marsudi", ("retno", "lp", "marsudi")),
        ("Secretary of State George Shultz", ("george", "shultz")),
        ("Blinken", ("blinken",)),
        ("Presiden", ("presiden",)),  # never strips everything
        ("Wertheim Schroder and Co Inc", ("wertheim", "schroder")),  # the connector before a suffix goes too
        ("Procter and Gamble", ("procter", "and", "gamble")),  # but not one inside the name
    ],
)
def test_evaluation_normalize_name_strips_titles(name: str, tokens: tuple[str, ...]) -> None:
    normalized = normalize_name(name)
    assert normalized.group is None
    assert normalized.tokens == tokens


def test_evaluation_normalize_name_groups() -> None:
    assert normalize_name("Para pejabat AS").group == ("US", "officials", frozenset())
    assert normalize_name("Japan").group == ("JP", "government", frozenset())
    assert normalize_name("Bank of Japan").group is None


# --- scoring ---------------------------------------------------------------------------------------------


def _visit(name: str, country: str) -> dict[str, Any]:
    return {"type": "diplomatic_visit", "traveler": {"name": name}, "destination": {"country": country}}


def _stmt(name: str) -> dict[str, Any]:
    return {"type": "statement", "speaker": {"name": name}, "quote": "..."}


def _item(id_: str, lang: str, visits=(), speakers=(), body: str = "text") -> GoldItem:
    return GoldItem(
        id=id_,
        language=lang,
        source="written",
        visits=tuple(GoldVisit(t, d) for t, d in visits),
        statements=tuple(GoldStatement(s) for s in speakers),
        article={"id": id_, "body": body, "language": lang},
    )


GOLD = [
    _item("a1", "id", [("Antony Blinken", "KZ"), ("Antony Blinken", "UZ")], ["Antony Blinken", "US officials"]),
    _item("a2", "id", [], ["Retno LP Marsudi"]),
    _item("b1", "en", [("Lloyd Austin", "PH")], ["Lloyd Austin", "Gilberto Teodoro"]),
    _item("b2", "en", [], []),
]

PREDICTIONS = {
    # visits: KZ right, UZ missed, a wrong-country PH -> TP1 FP1 FN1; speakers: Blinken twice counts once,
    # "para pejabat AS" = US officials -> TP2
    "a1": [
        _visit("Menlu AS Antony Blinken", "KZ"),
        _visit("Blinken", "PH"),
        _stmt("Blinken"),
        _stmt("Antony Blinken"),
        _stmt("para pejabat AS"),
    ],
    # Retno matched; a speaker not in gold -> TP1 FP1
    "a2": [_stmt("Retno Marsudi"), _stmt("Joko Widodo")],
    # Austin visit right; Teodoro missed -> visits TP1; statements TP1 FN1
    "b1": [_visit("Austin", "PH"), _stmt("Defense Secretary Lloyd Austin")],
    # a hard negative with a false visit and a false speaker
    "b2": [_visit("Elon Musk", "ID"), _stmt("analysts")],
}


def test_evaluation_scores_hand_computed_counts() -> None:
    report = evaluate_predictions(GOLD, PREDICTIONS)
    c = report.counts
    assert (c["id"]["visits"].tp, c["id"]["visits"].fp, c["id"]["visits"].fn) == (1, 1, 1)
    assert (c["id"]["statements"].tp, c["id"]["statements"].fp, c["id"]["statements"].fn) == (3, 1, 0)
    assert (c["en"]["visits"].tp, c["en"]["visits"].fp, c["en"]["visits"].fn) == (1, 1, 0)
    assert (c["en"]["statements"].tp, c["en"]["statements"].fp, c["en"]["statements"].fn) == (1, 1, 1)
    assert (c["all"]["visits"].tp, c["all"]["visits"].fp, c["all"]["visits"].fn) == (2, 2, 1)
    assert (c["all"]["statements"].tp, c["all"]["statements"].fp, c["all"]["statements"].fn) == (4, 2, 1)
    # all visits: P = 2/4, R = 2/3, F1 = 2PR/(P+R) = 4/7
    assert c["all"]["visits"].precision == pytest.approx(0.5)
    assert c["all"]["visits"].recall == pytest.approx(2 / 3)
    assert c["all"]["visits"].f1 == pytest.approx(4 / 7)
    # all statements: P = 4/6, R = 4/5, F1 = 8/11
    assert c["all"]["statements"].f1 == pytest.approx(8 / 11)
    assert report.articles == {"id": 2, "en": 2, "all": 4}


def test_evaluation_lists_misses_and_false_hits() -> None:
    report = evaluate_predictions(GOLD, PREDICTIONS)
    found = {(m.kind, m.task, m.article_id, m.what) for m in report.mismatches}
    assert ("FN", "visits", "a1", "Antony Blinken -> UZ") in found
    assert ("FP", "visits", "a1", "Blinken -> PH") in found
    assert ("FN", "statements", "b1", "Gilberto Teodoro") in found
    assert ("FP", "statements", "a2", "Joko Widodo") in found
    assert ("FP", "visits", "b2", "Elon Musk -> ID") in found
    assert ("FP", "statements", "b2", "analysts") in found
    assert len(found) == 6
    assert sum(m.kind == "FN" for m in report.mismatches) == 2
    assert sum(m.kind == "FP" for m in report.mismatches) == 4


def test_evaluation_perfect_and_empty_predictions() -> None:
    perfect = {
        "a1": [_visit("Antony Blinken", "KZ"), _visit("Antony Blinken", "UZ"), _stmt("Antony Blinken"),
               _stmt("US officials")],
        "a2": [_stmt("Retno LP Marsudi")],
        "b1": [_visit("Lloyd Austin", "PH"), _stmt("Lloyd Austin"), _stmt("Gilberto Teodoro")],
    }
    report = evaluate_predictions(GOLD, perfect)
    for task in ("visits", "statements"):
        assert report.counts["all"][task].f1 == 1.0
    empty = evaluate_predictions(GOLD, {})
    assert empty.counts["all"]["visits"].fn == 3
    assert empty.counts["all"]["visits"].precision == 0.0  # 0/0 is reported as 0.0
    assert empty.counts["all"]["statements"].f1 == 0.0
    assert any("no line in the predictions" in w for w in empty.warnings)


def test_evaluation_one_to_one_matching_of_one_surname() -> None:
    # Two gold speakers share a surname; one bare "Smith" can match only one of them.
    gold = [_item("x", "en", [], ["John Smith", "Jane Smith"])]
    report = evaluate_predictions(gold, {"x": [_stmt("Smith")]})
    c = report.counts["all"]["statements"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 1)


def test_evaluation_visit_needs_same_country() -> None:
    gold = [_item("x", "id", [("Retno Marsudi", "CN")], [])]
    report = evaluate_predictions(gold, {"x": [_visit("Retno Marsudi", "cn"), _visit("Retno Marsudi", "JP")]})
    c = report.counts["all"]["visits"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)


def test_evaluation_ignores_malformed_events() -> None:
    gold = [_item("x", "en", [], ["Joe Biden"])]
    report = evaluate_predictions(gold, {"x": [{"type": "statement", "speaker": None}, _stmt("Biden")]})
    assert report.counts["all"]["statements"].tp == 1
    assert any("malformed" in w for w in report.warnings)


def test_evaluation_evaluate_runs_predict_on_articles() -> None:
    seen: list[str] = []

    def predict(article: dict[str, Any]) -> list[dict[str, Any]]:
        seen.append(article["id"])
        return PREDICTIONS.get(article["id"], [])

    no_text = GoldItem(id="c1", language="en", source="corpus:reuters21578", visits=(), statements=())
    report = evaluate([*GOLD, no_text], predict)
    assert seen == ["a1", "a2", "b1", "b2"]
    assert report.counts["all"]["statements"].tp == 4
    assert any("without article text" in w for w in report.warnings)


# --- gold loading ----------------------------------------------------------------------------------------


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def fake_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write_jsonl(
        corpus / "reuters21578.jsonl",
        [
            {"id": "reuters21578-1", "title": "T1", "body": "Minister X said.", "language": "en", "published": "1987-03-01"},
            {"id": "reuters21578-2", "title": "T2", "body": "Reserved text.", "language": "en", "published": "1987-03-01"},
        ],
    )
    _write_jsonl(
        corpus / "indosum-dev.jsonl",
        [{"id": "indosum-1", "title": "J", "body": "Menlu X mengatakan.", "language": "id", "published": "2017-01-01"}],
    )
    (corpus / "dev-ids.txt").write_text("reuters21578-1\nindosum-1\n", encoding="utf-8")
    return corpus


def _written(id_: str = "w1", lang: str = "en") -> dict[str, Any]:
    return {
        "id": id_, "language": lang, "source": "written",
        "article": {"id": id_, "title": "t", "body": "Blinken said.", "language": lang, "published": "2024-01-01"},
        "visits": [], "statements": [{"speaker": "Antony Blinken"}], "notes": "",
    }


def _ref(id_: str, source: str = "corpus:reuters21578", lang: str = "en") -> dict[str, Any]:
    return {"id": id_, "language": lang, "source": source, "visits": [], "statements": [], "notes": "n"}


def test_evaluation_load_gold_resolves_corpus_references(tmp_path: Path, fake_corpus: Path) -> None:
    gold_path = _write_jsonl(
        tmp_path / "g.jsonl", [_written(), _ref("reuters21578-1"), _ref("indosum-1", "corpus:indosum-dev", "id")]
    )
    gold = load_gold(gold_path, fake_corpus)
    assert [it.id for it in gold.items] == ["w1", "reuters21578-1", "indosum-1"]
    assert gold.items[1].article is not None and gold.items[1].article["body"] == "Minister X said."
    assert gold.items[2].article is not None and gold.items[2].article["title"] == "J"
    assert not gold.skipped and not gold.warnings


def test_evaluation_load_gold_refuses_reserved_ids(tmp_path: Path, fake_corpus: Path) -> None:
    gold_path = _write_jsonl(tmp_path / "g.jsonl", [_written(), _ref("reuters21578-2")])
    with pytest.raises(GoldError, match="reuters21578-2"):
        load_gold(gold_path, fake_corpus)
    with pytest.raises(GoldError, match="reserved"):
        load_gold(gold_path, fake_corpus, resolve=False)


def test_evaluation_load_gold_skips_when_corpus_absent(tmp_path: Path) -> None:
    gold_path = _write_jsonl(tmp_path / "g.jsonl", [_written(), _ref("reuters21578-1"), _ref("reuters21578-9")])
    gold = load_gold(gold_path, tmp_path / "nowhere")
    assert [it.id for it in gold.items] == ["w1"]
    assert gold.skipped == ["reuters21578-1", "reuters21578-9"]
    assert len(gold.warnings) == 1 and "skipped 2 of 3" in gold.warnings[0]
    # Unresolved loading keeps the references (enough to score a predictions file).
    assert len(load_gold(gold_path, tmp_path / "nowhere", resolve=False).items) == 3


def test_evaluation_load_gold_corpus_dir_from_env(
    tmp_path: Path, fake_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STREAMER_CORPUS_DIR", str(fake_corpus))
    assert ev.default_corpus_dir() == fake_corpus
    gold = load_gold(_write_jsonl(tmp_path / "g.jsonl", [_ref("reuters21578-1")]))
    assert gold.items[0].article is not None


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({**_written(), "language": "fr"}, "language"),
        ({**_written(), "source": "web"}, "source"),
        ({**_written(), "article": None}, "article"),
        ({**_ref("reuters21578-1"), "article": {"body": "copied text"}}, "must not carry"),
        ({**_written(), "visits": [{"traveler": "X", "destination": "Kazakhstan"}]}, "alpha-2"),
        ({**_written(), "visits": [{"traveler": "X", "destination": "KZ", "status": "maybe"}]}, "status"),
        ({**_written(), "statements": [{"aliases": ["x"]}]}, "speaker"),
        ({**_written(), "extra": 1}, "unknown fields"),
    ],
)
def test_evaluation_load_gold_rejects_bad_lines(tmp_path: Path, row: dict[str, Any], message: str) -> None:
    with pytest.raises(GoldError, match=message):
        load_gold(_write_jsonl(tmp_path / "g.jsonl", [row]), tmp_path / "nowhere")


def test_evaluation_load_gold_rejects_duplicates(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="duplicate"):
        load_gold(_write_jsonl(tmp_path / "g.jsonl", [_written(), _written()]), tmp_path / "nowhere")


def _annotated(id_: str, lang: str, speakers: list[tuple[str, tuple[str, ...]]], visits=()) -> GoldItem:
    return GoldItem(
        id=id_, language=lang, source="written",
        visits=tuple(GoldVisit(t, d) for t, d in visits),
        statements=tuple(GoldStatement(name, aliases) for name, aliases in speakers),
        article=None,
    )


def test_evaluation_agreement_uses_both_sides_aliases_and_is_symmetric() -> None:
    # The second annotator wrote the body by its short name and gave the long one as an alias; a scorer that
    # dropped the second side's aliases would count a disagreement here.
    first = [
        _annotated("a", "id", [("Kementerian Luar Negeri", ()), ("Retno Marsudi", ())], [("Retno Marsudi", "KZ")]),
        _annotated("b", "en", [("Texaco Inc", ())]),
        _annotated("only-first", "en", [("Someone", ())]),
    ]
    second = [
        _annotated("a", "id", [("Kemlu", ("Kementerian Luar Negeri",)), ("Joko Widodo", ())],
                   [("Retno LP Marsudi", "KZ"), ("Retno LP Marsudi", "UZ")]),
        _annotated("b", "en", [("Texaco", ()), ("Reuters", ())]),
    ]
    forward = evaluate_agreement(first, second)
    c = forward.counts
    assert (c["id"]["statements"].tp, c["id"]["statements"].fp, c["id"]["statements"].fn) == (1, 1, 1)
    assert (c["id"]["visits"].tp, c["id"]["visits"].fp, c["id"]["visits"].fn) == (1, 1, 0)
    assert (c["en"]["statements"].tp, c["en"]["statements"].fp, c["en"]["statements"].fn) == (1, 1, 0)
    assert forward.articles == {"id": 1, "en": 1, "all": 2}
    assert any("1 articles are annotated in one file only" in w for w in forward.warnings)
    backward = evaluate_agreement(second, first)
    for lang in ("id", "en", "all"):
        for task in ("visits", "statements"):
            f, b = forward.counts[lang][task], backward.counts[lang][task]
            assert (f.tp, f.fp, f.fn) == (b.tp, b.fn, b.fp)
            assert f.f1 == pytest.approx(b.f1)


def test_evaluation_agreement_refuses_an_article_in_two_languages() -> None:
    with pytest.raises(GoldError, match="annotated as id once and as en once"):
        evaluate_agreement([_annotated("a", "id", [])], [_annotated("a", "en", [])])


def test_evaluation_main_second_annotation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = _write_jsonl(tmp_path / "a.jsonl", [_written("w1"), _ref("reuters21578-7")])
    second_rows = [_written("w1"), {**_ref("reuters21578-7"), "statements": [{"speaker": "Reuters"}]}]
    second = _write_jsonl(tmp_path / "b.jsonl", second_rows)
    assert main([str(first), "--second-annotation", str(second), "--corpus-dir", str(tmp_path / "x")]) == 0
    out = capsys.readouterr().out
    assert "FP statements [en] reuters21578-7: Reuters" in out
    assert "FN = only in the first annotation" in out
    assert main([str(first), "--second-annotation", str(second), "--predictions", str(second)]) == 2
    assert "exclude each other" in capsys.readouterr().err


# --- the command line ------------------------------------------------------------------------------------


def test_evaluation_main_scores_predictions_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold_path = _write_jsonl(tmp_path / "g.jsonl", [_written("w1"), _ref("reuters21578-7")])
    pred_path = _write_jsonl(
        tmp_path / "p.jsonl",
        [{"id": "w1", "events": [_stmt("Blinken")]}, {"id": "reuters21578-7", "events": [_stmt("Someone Else")]}],
    )
    assert load_predictions(pred_path)["w1"][0]["speaker"]["name"] == "Blinken"
    assert main([str(gold_path), "--predictions", str(pred_path), "--corpus-dir", str(tmp_path / "x")]) == 0
    out = capsys.readouterr().out
    assert "statements" in out and "FP statements [en] reuters21578-7: Someone Else" in out
    assert main([str(gold_path), "--predictions", str(pred_path), "--json", "--corpus-dir", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scores"]["all"]["statements"]["tp"] == 1
    assert data["scores"]["en"]["statements"]["fp"] == 1


def test_evaluation_main_runs_extractor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold_path = _write_jsonl(tmp_path / "g.jsonl", [_written("w1"), _ref("reuters21578-7")])
    assert main([str(gold_path), "--corpus-dir", str(tmp_path / "absent")]) == 0
    out = capsys.readouterr().out
    assert "articles: id=0 en=1 all=1" in out
    assert "skipped 1 of 2" in out


def test_evaluation_main_reports_bad_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    assert main([str(bad)]) == 2
    assert "not JSON" in capsys.readouterr().err


# --- the gold file itself --------------------------------------------------------------------------------


def _dev_rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_evaluation_dev_gold_is_valid() -> None:
    gold = load_gold(DEV_GOLD, resolve=False)  # validates every line; refuses reserved ids when the corpus exists
    items = gold.items
    assert len(items) >= 60
    by_lang = {lang: [it for it in items if it.language == lang] for lang in ("id", "en")}
    assert len(by_lang["id"]) >= 30 and len(by_lang["en"]) >= 30
    negatives = [it for it in items if not it.visits]
    assert len([it for it in items if it.is_negative]) >= 5
    assert len(negatives) >= 15
    for it in negatives:
        assert it.notes, f"{it.id}: a negative needs a note saying why"
    assert any(it.visits for it in by_lang["id"]) and any(it.visits for it in by_lang["en"])
    assert {it.source for it in items} == {"written", "corpus:indosum-dev", "corpus:reuters21578"}


def test_evaluation_dev_gold_references_carry_no_text() -> None:
    for row in _dev_rows():
        if row["source"] != "written":
            assert "article" not in row, row["id"]
            assert row["id"].startswith("indosum-" if row["language"] == "id" else "reuters21578-")
        else:
            assert row["article"]["id"] == row["id"]
            assert row["article"]["language"] == row["language"]


@pytest.mark.skipif(not (SHARED_CORPUS / "dev-ids.txt").is_file(), reason="/work/shared corpus absent")
def test_evaluation_dev_gold_corpus_ids_are_dev_ids() -> None:
    dev_ids = ev.read_dev_ids(SHARED_CORPUS)
    refs = [row["id"] for row in _dev_rows() if row["source"] != "written"]
    assert refs and set(refs) <= dev_ids


def test_evaluation_dev_gold_scores_itself_perfectly() -> None:
    # Predicting exactly the gold names must give F1 = 1: no two gold actors of one article are merged by the
    # matcher, and every gold entry can be matched.
    items = load_gold(DEV_GOLD, resolve=False).items
    oracle = {
        it.id: [_visit(v.traveler, v.destination) for v in it.visits] + [_stmt(s.speaker) for s in it.statements]
        for it in items
    }
    report = evaluate_predictions(items, oracle)
    for task in ("visits", "statements"):
        c = report.counts["all"][task]
        assert (c.fp, c.fn) == (0, 0), [m for m in report.mismatches if m.task == task]
