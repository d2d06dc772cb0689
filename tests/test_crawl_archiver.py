"""The archive writer process: pages handed over are stored whole and once, failures are
reported, and a crawler that dies (or a signal to its whole process group) loses nothing it
had already handed over."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from crawlers.archiver import ArchiveProcess, ArchiveWriterError
from kb.store import open_kb, page_html, record_crawl_error, start_crawl_run

ROOT = Path(__file__).resolve().parent.parent


def page(n: int, body: bytes | None, **fields: Any) -> dict[str, Any]:
    url = f"http://127.0.0.1/p{n}"
    item = {"url": url, "final_url": url, "source": "s", "status": 200,
            "headers": {"Content-Type": "text/html"}, "body": body, "elapsed_ms": 3.5,
            "canonical_url": None}
    item.update(fields)
    return item


def big_body(n: int, size: int) -> bytes:
    line = f"<p>page {n} says {n * 7} trillion tokens</p>\n".encode()
    return (line * (size // len(line) + 1))[:size]


def test_pages_bigger_than_the_pipe_are_stored_whole_and_bodies_once(db: Database, db_path: Path) -> None:
    run = start_crawl_run(db, "s", "feeds")
    writer = ArchiveProcess(str(db_path))
    bodies = [big_body(n, 3_000_000 + n) for n in range(4)]
    for n, body in enumerate(bodies):
        writer.submit(page(n, body), run)
    writer.submit(page(10, bodies[0]), run)  # same body under another URL
    writer.close()
    assert writer.counts == {"new": 5} and writer.errors == []
    rows = list(db.query("select url, content_hash from pages order by id"))
    assert [r["url"] for r in rows] == [f"http://127.0.0.1/p{n}" for n in (0, 1, 2, 3, 10)]
    for row, body in zip(rows, [*bodies, bodies[0]]):
        assert row["content_hash"] == hashlib.sha256(body).hexdigest()
        assert page_html(db, row["content_hash"]) == body
    assert db.execute("select count(*) from page_bodies").fetchone()[0] == 4


def test_inside_an_event_loop_pages_wait_in_a_buffer_not_on_the_loop(db: Database, db_path: Path) -> None:
    run = start_crawl_run(db, "s", "feeds")
    bodies = [big_body(n, 2_000_000) for n in range(12)]

    async def crawl() -> int:
        writer = ArchiveProcess(str(db_path))
        for n, body in enumerate(bodies):
            writer.submit(page(n, body), run)
        queued = writer._queued
        while writer._queue:  # the loop's writer callback empties it
            await asyncio.sleep(0.01)
        writer.close()
        assert writer.counts == {"new": 12}
        return queued

    queued = asyncio.run(crawl())
    assert queued > 0, "24 MB cannot all fit a 1 MiB pipe: some must have waited in the buffer"
    assert db.execute("select count(*) from pages").fetchone()[0] == 12
    assert page_html(db, hashlib.sha256(bodies[11]).hexdigest()) == bodies[11]


def test_a_page_that_cannot_be_stored_is_reported_and_the_rest_kept(db: Database, db_path: Path) -> None:
    run = start_crawl_run(db, "s", "feeds")
    writer = ArchiveProcess(str(db_path))
    writer.submit(page(1, b"<p>one</p>"), run)
    writer.submit(page(2, b"<p>two</p>", headers=None), run)  # not a mapping: archive_page fails
    writer.submit(page(1, None, status=304), run)  # refetched: not modified
    writer.close()
    assert writer.counts == {"new": 1, "unchanged": 1}
    [(url, message)] = writer.errors
    assert url == "http://127.0.0.1/p2" and "AttributeError" in message
    assert [r["url"] for r in db.query("select url from pages order by id")] == [
        "http://127.0.0.1/p1", "http://127.0.0.1/p1"]


def test_a_writer_that_cannot_open_the_kb_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    writer = ArchiveProcess(str(blocker / "kb.db"))
    told = "archive writer cannot start: KnowledgeBaseError: cannot open knowledge base"
    with pytest.raises(ArchiveWriterError, match=told):
        for n in range(20):  # the pipe breaks once the writer has gone
            writer.submit(page(n, big_body(n, 200_000)), 1)
    with pytest.raises(ArchiveWriterError, match=told):
        writer.close()  # and says it again, with no process or pipe left behind
    assert writer._process.returncode == 1


def test_two_writers_on_one_kb_take_turns(db: Database, db_path: Path) -> None:
    """Two spiders in one crawl each have a writer: neither may find the other's lock a failure."""
    run = start_crawl_run(db, "s", "feeds")
    first, second = ArchiveProcess(str(db_path)), ArchiveProcess(str(db_path))
    for n in range(40):
        (first if n % 2 else second).submit(page(n, big_body(n, 50_000)), run)
    first.close()
    second.close()
    assert first.errors == second.errors == []
    assert db.execute("select count(*) from pages").fetchone()[0] == 40


def test_the_writer_never_holds_the_write_lock_while_waiting_for_the_crawler(db: Database, db_path: Path) -> None:
    """A page half in the pipe, half in the crawler's buffer: the crawler must still be able to write."""
    run = start_crawl_run(db, "s", "feeds")

    async def crawl() -> float:
        writer = ArchiveProcess(str(db_path))
        writer.submit(page(1, b"<p>small</p>"), run)
        await asyncio.sleep(0.5)  # the writer is up and has stored page 1
        writer.submit(page(2, big_body(2, 3_000_000)), run)  # more than the pipe holds
        started = time.monotonic()
        record_crawl_error(db, run, "http://127.0.0.1/missing", "http_error", "HTTP 404")  # as log_failure does
        waited = time.monotonic() - started
        writer.close()
        return waited

    assert asyncio.run(crawl()) < 5
    assert db.execute("select count(*) from pages").fetchone()[0] == 2


def test_a_disk_that_fills_mid_batch_loses_no_count(tmp_path: Path, db_path: Path) -> None:
    """SQLite rolls back the whole batch on a full disk: those pages are reported lost, not stored."""
    db = open_kb(db_path)
    run = start_crawl_run(db, "s", "feeds")
    db.conn.close()
    script = textwrap.dedent(f"""
        import json, os, resource, sys
        sys.path.insert(0, {str(ROOT)!r})
        from crawlers.archiver import ArchiveProcess, ArchiveWriterError
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, resource.RLIM_INFINITY))  # inherited
        writer, outcome = ArchiveProcess({str(db_path)!r}), "finished"
        try:
            for n in range(200):
                url = f"http://127.0.0.1/p{{n}}"
                writer.submit({{"url": url, "final_url": url, "source": "s", "status": 200,
                               "headers": {{}}, "body": os.urandom(20_000)}}, {run})
        except ArchiveWriterError as error:
            outcome = str(error)
        try:
            writer.close()
        except ArchiveWriterError as error:
            outcome = str(error)
        print(json.dumps({{"outcome": outcome, "counts": writer.counts, "errors": len(writer.errors),
                          "submitted": writer.submitted}}))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    told = json.loads(done.stdout.strip().splitlines()[-1])
    assert told["outcome"].startswith("archive writer failed:") and "\n" not in told["outcome"]
    db = open_kb(db_path)
    stored = db.execute("select count(*) from pages").fetchone()[0]
    assert told["counts"].get("new", 0) == stored  # what it says it committed is what the kb holds
    assert told["errors"] > 0 and stored < told["submitted"]
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_a_writer_killed_mid_crawl_says_how(db: Database, db_path: Path) -> None:
    run = start_crawl_run(db, "s", "feeds")
    writer = ArchiveProcess(str(db_path))
    writer.submit(page(1, b"<p>one</p>"), run)
    time.sleep(0.5)
    os.kill(writer._process.pid, signal.SIGKILL)
    writer._process.wait()
    with pytest.raises(ArchiveWriterError, match="archive writer was killed by SIGKILL"):
        for n in range(2, 40):
            writer.submit(page(n, big_body(n, 200_000)), run)
    with pytest.raises(ArchiveWriterError, match="killed by SIGKILL"):
        writer.close()


@pytest.mark.parametrize("how", ["killed", "group terminated"])
def test_a_crawler_that_dies_loses_no_page_it_handed_over(db_path: Path, how: str) -> None:
    db = open_kb(db_path)
    run = start_crawl_run(db, "s", "feeds")
    script = textwrap.dedent(f"""
        import os, signal, sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from crawlers.archiver import ArchiveProcess
        writer = ArchiveProcess({str(db_path)!r})
        for n in range(30):
            url = f"http://127.0.0.1/p{{n}}"
            writer.submit({{"url": url, "final_url": url, "source": "s", "status": 200,
                           "headers": {{}}, "body": (b"<p>%d</p>" % n) * 50_000}}, {run})
        writer._drain()  # all in the pipe, none committed yet (the writer batches)
        if {how!r} == "killed":
            os.kill(os.getpid(), signal.SIGKILL)
        else:
            os.killpg(os.getpgid(0), signal.SIGTERM)  # as `kill -TERM -PGID` or systemd would
        time.sleep(30)
    """)
    crawler = subprocess.run([sys.executable, "-c", script], check=False, start_new_session=True, timeout=60)
    assert crawler.returncode in (-signal.SIGKILL, -signal.SIGTERM)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        stored = db.execute("select count(*) from pages where crawl_run = ?", [run]).fetchone()[0]
        if stored == 30:
            break
        time.sleep(0.1)
    assert stored == 30
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_a_writer_that_cannot_be_started_leaves_no_open_pipe(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(3):
        with pytest.raises(ArchiveWriterError, match="cannot start the archive writer"):
            ArchiveProcess(str(db_path))
    assert len(os.listdir("/proc/self/fd")) == before
