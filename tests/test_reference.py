"""Reference check: claims about a model's parameters, compute or release date against a reference table."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from claimwatch_cli import cli
from kb import store
from pipeline.reference import (
    ReferenceError,
    ReferenceIndex,
    check_claim,
    claimed_release_date,
    read_reference_csv,
)
from pipeline.runner import extract_claims_for_articles

CSV = '''Model,Organization,Publication date,Parameters,Training compute (FLOP),Link
DeepSeek-V3,DeepSeek,2024-12-24,671000000000.0,3.4078e+24,https://example.org/v3
Llama 2-7B,Meta AI,2023-07-18,7000000000.0,8.4e+22,
Llama 2-70B,Meta AI,2023-07-18,70000000000.0,8.1e+23,
"Acme
Large",Acme,2022,,,
'''


@pytest.fixture
def csv_path(tmp_path: Path) -> Path:
    path = tmp_path / "models.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def claim(subject: str, metric: str, value: float | None, unit: str | None = None, sentence: str = "") -> dict:
    return {"id": "c1", "kind": "numeric" if value else "qualitative", "subject": subject, "metric": metric,
            "value": value, "unit": unit or metric, "sentence": sentence}


def test_read_reference_csv(csv_path: Path) -> None:
    models = {m.name: m for m in read_reference_csv(csv_path)}
    assert set(models) == {"DeepSeek-V3", "Llama 2-7B", "Llama 2-70B", "Acme Large"}
    v3 = models["DeepSeek-V3"]
    assert (v3.parameters, v3.training_compute, v3.published, v3.organization) == (6.71e11, 3.4078e24, "2024-12-24",
                                                                                   "DeepSeek")
    assert models["Acme Large"].published == "2022" and models["Acme Large"].parameters is None
    assert v3.record()["entity"] == "deepseek-v3"  # linked to the gazetteer entity


def test_a_csv_without_model_column_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name_of_thing,size\nx,1\n", encoding="utf-8")
    with pytest.raises(ReferenceError, match="no model column"):
        read_reference_csv(bad)


def test_checks(csv_path: Path) -> None:
    index = ReferenceIndex.build(read_reference_csv(csv_path))
    # exact name, any spelling the gazetteer knows
    [agree] = check_claim(claim("DeepSeek V3", "parameters", 6.71e11), index)
    assert (agree.field, agree.agrees, agree.reference_value) == ("parameters", True, 6.71e11)
    [disagree] = check_claim(claim("DeepSeek-V3", "parameters", 1e12), index)
    assert disagree.agrees is False and disagree.difference == pytest.approx(1e12 / 6.71e11 - 1)
    # compute within a factor of 2
    assert check_claim(claim("DeepSeek-V3", "training_compute", 5e24, "FLOP"), index)[0].agrees is True
    assert check_claim(claim("DeepSeek-V3", "training_compute", 1e25, "FLOP"), index)[0].agrees is False
    # a family name is compared with the closest size, and only reported when one agrees
    [family] = check_claim(claim("Llama 2", "parameters", 7e10), index)
    assert family.reference.name == "Llama 2-70B" and family.agrees
    assert check_claim(claim("Llama 2", "parameters", 1.3e10), index) == []
    # figures of other kinds, or models not in the table, are not checked
    assert check_claim(claim("DeepSeek-V3", "context_length", 128000, "tokens"), index) == []
    assert check_claim(claim("Hanlin-3", "parameters", 6.71e11), index) == []


def test_release_dates(csv_path: Path) -> None:
    assert claimed_release_date("DeepSeek-V3, released in December 2024, has 671B parameters.") == "2024-12"
    assert claimed_release_date("Meta launched Llama 2 on July 18, 2023.") == "2023-07-18"
    assert claimed_release_date("GPT-3 was released in 2021.") == "2021"
    assert claimed_release_date("It has 671B parameters.") is None
    index = ReferenceIndex.build(read_reference_csv(csv_path))
    sentence = "DeepSeek-V3, released in December 2024, has 671B parameters."
    checks = {c.field: c for c in check_claim(claim("DeepSeek-V3", "parameters", 6.71e11, sentence=sentence), index)}
    assert checks["release_date"].agrees and checks["release_date"].reference_date == "2024-12-24"
    late = check_claim(claim("Llama 2", "other", None, sentence="Llama 2 was released in March 2024."), index)
    assert [(c.field, c.agrees) for c in late] == [("release_date", False)]


def _article(db: Database, text: str, url: str = "http://127.0.0.1/a") -> int:
    store.upsert_source(db, "s")
    page_id, _ = store.archive_page(db, url=url, final_url=url, source="s", crawl_run=None, status=200,
                                    headers={"Content-Type": "text/html"}, body=url.encode())
    page = {"id": page_id, "source": "s", "url": url, "final_url": url, "fetched_at": "2026-01-01T00:00:00+00:00"}
    return store.save_article(db, page=page, article={"title": "DeepSeek-V3 released", "text": text},
                              extractor_version="1")


def test_reference_load_command_checks_claims_in_a_real_kb(db: Database, db_path: Path, csv_path: Path) -> None:
    _article(db, "DeepSeek-V3 has 671 billion parameters. DeepSeek-V3 was trained with 9e24 FLOP of compute.")
    extract_claims_for_articles(db)
    result = CliRunner().invoke(cli, ["reference", "load", str(csv_path), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "Loaded 4 models" in result.output and "1 agree, 1 disagree" in result.output
    rows = {r["field"] + ":" + str(r["agrees"]) for r in Database(db_path)["claim_reference_checks"].rows}
    assert rows == {"parameters:1", "training_compute:0"}
    # loading again replaces the table and gives the same checks
    again = CliRunner().invoke(cli, ["reference", "load", str(csv_path), "--db", str(db_path)])
    assert again.exit_code == 0 and Database(db_path)["reference_models"].count == 4
    assert Database(db_path)["claim_reference_checks"].count == 2
    # articles processed after loading are checked as they are read
    _article(db, "Llama 2 comes in sizes up to 70 billion parameters.", url="http://127.0.0.1/b")
    extract_claims_for_articles(db)
    assert Database(db_path)["claim_reference_checks"].count == 3
    # re-extracting an article's claims replaces their checks (no dangling rows)
    store.clear_claims(db, 1)
    extract_claims_for_articles(db)
    assert Database(db_path)["claim_reference_checks"].count == 3


def test_reference_load_bad_file_is_one_line(tmp_path: Path, db_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["reference", "load", str(bad), "--db", str(db_path)])
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error:") and len(result.output.strip().splitlines()) == 1


def test_the_epoch_table_loads_as_it_is(shared: Path) -> None:
    path = shared / "data" / "reference" / "epoch-notable-ai-models.csv"
    if not path.exists():
        pytest.skip("the Epoch AI table is not in ../shared")
    models = read_reference_csv(path)
    assert len(models) > 900
    assert sum(1 for m in models if m.parameters) > 500 and sum(1 for m in models if m.training_compute) > 400
    index = ReferenceIndex.build(models)
    [check] = check_claim(claim("DeepSeek V3", "parameters", 6.71e11), index)
    assert check.agrees and check.reference.source == "Epoch AI"
    [llama] = check_claim(claim("Llama 3.1 405B", "parameters", 4.05e11), index)
    assert llama.agrees
