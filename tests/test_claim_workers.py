"""Claims read in worker processes: the same claims as one process, in input order, from the library, the
`extract-claims` command and the kb runner."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner
from spacy.language import Language
from sqlite_utils import Database

from claimwatch_cli import cli
from kb import store
from pipeline.claim_workers import Batch, extract_claims_parallel, extract_claims_stream
from pipeline.claims import claim_to_record, extract_claims_batch
from pipeline.runner import extract_claims_for_articles

DATA = Path(__file__).parent / "data"


def _sentences(n: int = 120) -> list[str]:
    lines = (DATA / "ai-claims-dev10.jsonl").read_text(encoding="utf-8").splitlines()
    lines += (DATA / "ai-claims-dev11.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines][:n]


def _records(found: list[list]) -> list[list[dict]]:
    return [[claim_to_record(c) for c in claims] for claims in found]


def test_workers_give_the_claims_of_one_process_in_order(nlp: Language) -> None:
    texts = _sentences()
    texts[7] = ""  # empty and claim-free texts keep their places
    contexts = ["DeepSeek-V3 technical report" if i % 3 == 0 else None for i in range(len(texts))]
    alone = extract_claims_batch(texts, nlp, contexts=contexts)
    assert sum(map(len, alone)) > 50
    together = extract_claims_parallel(texts, processes=2, nlp=nlp, contexts=contexts, batch_size=7)
    assert _records(together) == _records(alone)
    assert together[7] == []


def test_stream_reads_ahead_only_a_few_batches(nlp: Language) -> None:
    texts = _sentences(40)
    pulled: list[int] = []

    def batches() -> Iterator[Batch]:
        for i in range(0, len(texts), 2):
            pulled.append(i)
            yield texts[i : i + 2], None

    stream = extract_claims_stream(batches(), processes=2, nlp=nlp)
    first = next(stream)
    assert len(pulled) <= 2 * 2 + 1  # bounded: a long stdin is not read into memory ahead of the output
    rest = list(stream)
    assert len(pulled) == 20
    assert _records([first, *rest][3]) == _records(extract_claims_batch(texts[6:8], nlp))


def test_extract_claims_command_with_two_processes_matches_one() -> None:
    lines = [json.dumps({"id": i, "text": text}) for i, text in enumerate(_sentences(60))]
    lines.insert(25, "{not json")
    lines.insert(40, json.dumps({"id": "no text"}))
    stdin = "\n".join(lines) + "\n"
    one = CliRunner().invoke(cli, ["extract-claims", "--batch-size", "8"], input=stdin)
    two = CliRunner().invoke(cli, ["extract-claims", "--batch-size", "8", "--processes", "2"], input=stdin)
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    assert two.stdout == one.stdout
    out = [json.loads(line) for line in two.stdout.splitlines()]
    assert len(out) == 62
    assert "error" in out[25] and "error" in out[40]
    assert [o["id"] for o in out if "error" not in o] == list(range(60))


def test_runner_with_two_processes_stores_the_same_claims(tmp_path: Path) -> None:
    def kb(name: str) -> Database:
        db = store.open_kb(tmp_path / name)
        store.upsert_source(db, "s")
        texts = _sentences(90)
        for n in range(6):
            url = f"http://127.0.0.1/{n}"
            page_id, _ = store.archive_page(db, url=url, final_url=url, source="s", crawl_run=None, status=200,
                                            headers={"Content-Type": "text/html"}, body=f"<p>{n}</p>".encode())
            page = {"id": page_id, "source": "s", "url": url, "final_url": url, "fetched_at": "2026-01-01T00:00:00+00:00"}
            store.save_article(db, page=page, article={"title": f"Report {n}", "text": "\n".join(texts[n * 15 : n * 15 + 15])},
                               extractor_version="1")
        return db

    one, two = kb("one.db"), kb("two.db")
    count = extract_claims_for_articles(one)
    assert count > 40
    assert extract_claims_for_articles(two, processes=2) == count
    columns = "article, subject, metric, value, unit, start, end, surface"
    query = f"select {columns} from claims order by article, start, end, metric"
    assert list(two.query(query)) == list(one.query(query))
