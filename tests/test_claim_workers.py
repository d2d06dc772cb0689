"""Claims read in worker processes: the same claims as one process, in input order, from the library, the
`extract-claims` command and the kb runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language
from sqlite_utils import Database

from claimwatch_cli import cli
from kb import store
from pipeline import claim_workers
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
    two = CliRunner().invoke(cli, ["extract-claims", "--batch-size", "8", "--processes", "0"], input=stdin)  # one per core
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    assert two.stdout == one.stdout
    out = [json.loads(line) for line in two.stdout.splitlines()]
    assert len(out) == 62
    assert "error" in out[25] and "error" in out[40]
    assert [o["id"] for o in out if "error" not in o] == list(range(60))


def _kb(path: Path) -> Database:
    """A real kb of six articles of real sentences, none of them read for claims yet."""
    db = store.open_kb(path)
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


def test_batches_are_read_in_other_processes(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    def pid_of_reader(texts: list[str], nlp: Language | None, contexts: list[str | None] | None = None) -> list[list[int]]:
        return [[os.getpid()] for _ in texts]

    monkeypatch.setattr(claim_workers, "extract_claims_batch", pid_of_reader)  # forked workers inherit the patch
    readers = {pid for batch in extract_claims_stream(((["x"] * 3, None) for _ in range(8)), 2, nlp) for [pid] in batch}
    assert readers and os.getpid() not in readers


def _die(texts: list[str], contexts: list[str | None] | None) -> list[list[object]]:
    os._exit(1)  # a worker killed mid-batch (out of memory, kill -9)


def test_a_dead_worker_is_one_line_and_says_where_output_stops(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(claim_workers, "_extract", _die)
    stdin = "\n".join(json.dumps({"id": i, "text": text}) for i, text in enumerate(_sentences(20))) + "\n"
    result = CliRunner().invoke(cli, ["extract-claims", "-p", "2", "--batch-size", "4"], input=stdin)
    assert result.exit_code == 1
    assert "a worker process died" in result.output and "complete up to input line 0" in result.output
    assert "Traceback" not in result.output
    db_path = tmp_path / "kb.db"
    _kb(db_path)
    result = CliRunner().invoke(cli, ["process", "--db", str(db_path), "-p", "2"])
    assert result.exit_code == 1
    assert "a worker process died" in result.output and "Traceback" not in result.output


def test_claims_tool_imports_no_torch_and_torch_still_works_after() -> None:
    """thinc would import torch (3 s, 190 MB) for nothing; hidden while spaCy loads, torch can still be imported later."""
    script = (
        "import sys; import claimwatch_cli as c; c._import_spacy_without_torch()\n"
        "assert 'torch' not in sys.modules and 'spacy' in sys.modules\n"
        "import torch; print(float(torch.ones(2).sum()))"
    )
    done = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2.0"


def test_runner_with_two_processes_stores_the_same_claims(tmp_path: Path) -> None:
    one, two = _kb(tmp_path / "one.db"), _kb(tmp_path / "two.db")
    count = extract_claims_for_articles(one)
    assert count > 40
    assert extract_claims_for_articles(two, processes=2) == count
    columns = "article, subject, metric, value, unit, start, end, surface"
    query = f"select {columns} from claims order by article, start, end, metric"
    assert list(two.query(query)) == list(one.query(query))


@pytest.mark.skipif(sys.platform != "linux", reason="workers are tied to their parent with a Linux prctl")
def test_workers_end_when_their_parent_is_killed() -> None:
    """A killed `extract-claims -p 2` leaves no worker behind waiting on its pipe (and holding memory)."""
    import signal
    import time

    command = [sys.executable, "-c", "from claimwatch_cli import cli; cli()", "extract-claims", "-p", "2", "--batch-size", "2"]
    parent = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              cwd=Path(__file__).parent.parent, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert parent.stdin is not None
    parent.stdin.write(("\n".join(json.dumps({"id": i, "text": t}) for i, t in enumerate(_sentences(8))) + "\n").encode())
    parent.stdin.flush()  # stdin stays open: the parent waits for more lines, its workers for more batches

    def children() -> list[int]:
        path = Path(f"/proc/{parent.pid}/task/{parent.pid}/children")
        return [int(pid) for pid in path.read_text().split()] if path.exists() else []

    deadline = time.monotonic() + 120
    while len(children()) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    workers = children()
    assert len(workers) == 2
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 20
    while any(Path(f"/proc/{pid}").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text()
              for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(Path(f"/proc/{pid}").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text() for pid in workers)
