"""A writer process that hashes, compresses and stores the pages a crawl fetches.

Archiving a page (SHA-256, gzip, SQLite) costs about as much CPU as downloading it from a fast
server. In a thread it shared the crawler's GIL: each page took the lock back about nine times,
and every hand-off stalled the event loop for longer than the work itself (measured in
BENCHMARKS.md). A writer process has its own interpreter, so the crawler only writes each page
into a pipe, which costs about what writing the body to a file would. The pipe is written
without blocking: what does not fit waits in a buffer that the event loop flushes when the pipe
has room, so a large page or a slow commit never stalls downloading (past BUFFER_BYTES the
crawler does wait, which keeps memory bounded when the disk is slower than the network).

The writer outlives a crawler that is killed: it stores and commits every page already in the
pipe when the pipe closes, then exits. It runs in its own session and ignores SIGINT and
SIGTERM, so Ctrl-C or a signal to the crawler's process group stops the crawl but not the
storing of what was fetched.
"""

from __future__ import annotations

import asyncio
import collections
import fcntl
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

_PROJECT = Path(__file__).resolve().parent.parent
# Linux's F_SETPIPE_SZ: a pipe of 1 MiB (the unprivileged maximum) holds a few pages.
_F_SETPIPE_SZ = 1031
_PIPE_BYTES = 1 << 20
# A frame: length of the pickled fields, length of the body (NO_BODY for none), then both.
_HEADER = struct.Struct("!QQ")
NO_BODY = (1 << 64) - 1

PAGE_FIELDS = ("url", "final_url", "source", "status", "headers", "elapsed_ms", "canonical_url")


class ArchiveWriterError(RuntimeError):
    """The writer process stopped and cannot take more pages; the message says why."""


class ArchiveProcess:
    """Hands fetched pages to a writer process and collects its counts at the end.

    The writer commits pages together, every BATCH_PAGES pages or BATCH_SECONDS after the
    first uncommitted one, whichever comes first, and when the pipe runs dry: a commit per
    page cost as much as the inserts themselves.
    """

    BATCH_PAGES = 32
    BATCH_SECONDS = 0.1
    BUFFER_BYTES = 32 << 20

    def __init__(self, db_path: str) -> None:
        pages_in, self._pages = os.pipe()
        self._results, results_out = os.pipe()
        _grow_pipe(self._pages)
        self.counts: Counter[str] = Counter()
        self.errors: list[tuple[str, str]] = []  # (url, message) of pages that could not be stored
        self._queue: collections.deque[memoryview] = collections.deque()
        self._queued = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._broken: str | None = None
        self._closed = False
        # A fresh interpreter rather than a fork: a forked child would share the crawler's
        # memory copy-on-write, and every page the crawler then touched would be copied
        # (10,000 more page faults per 300-page crawl). Its own session keeps a Ctrl-C or a
        # signal to the crawler's process group from killing it before it has stored all.
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            filter(None, [str(_PROJECT), os.environ.get("PYTHONPATH")])))
        self._process = subprocess.Popen(
            [sys.executable, "-m", "crawlers.archiver", str(pages_in), str(results_out), db_path],
            pass_fds=(pages_in, results_out),
            stdin=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
        os.close(pages_in)
        os.close(results_out)
        os.set_blocking(self._pages, False)

    def submit(self, item: Any, run: int) -> None:
        """Queue one fetched page for the writer; raise ArchiveWriterError if it has stopped."""
        if self._broken is not None:
            raise ArchiveWriterError(self._broken)
        body = item.get("body")
        fields = pickle.dumps((run, *(item.get(name) for name in PAGE_FIELDS)), protocol=5)
        self._append(_HEADER.pack(len(fields), NO_BODY if body is None else len(body)), fields, body or b"")
        self._flush()
        if self._queue:
            if self._queued > self.BUFFER_BYTES:
                self._drain()
            else:
                self._watch()
        if self._broken is not None:
            raise ArchiveWriterError(self._broken)

    def close(self) -> None:
        """Wait until every page sent is stored and committed, then take the writer's counts."""
        if self._closed:
            return
        self._closed = True
        self._append(_HEADER.pack(0, NO_BODY))  # the sentinel: no more pages
        self._drain()
        os.close(self._pages)
        report = self._read_report()
        os.close(self._results)
        self._process.wait()
        self.counts.update(report.get("counts", {}))
        self.errors.extend(report.get("errors", []))
        if "fatal" in report:
            raise ArchiveWriterError(report["fatal"])

    def _append(self, *chunks: bytes) -> None:
        for chunk in chunks:
            if chunk:
                self._queue.append(memoryview(chunk))
                self._queued += len(chunk)

    def _flush(self) -> None:
        """Write what the pipe takes now; called on submit and by the event loop when writable."""
        try:
            while self._queue:
                chunk = self._queue[0]
                written = os.write(self._pages, chunk)
                self._queued -= written
                if written < len(chunk):
                    self._queue[0] = chunk[written:]
                    return
                self._queue.popleft()
        except BlockingIOError:
            return
        except OSError as error:  # BrokenPipeError: the writer is gone
            self._broken = self._stopped_reason() or f"archive writer stopped: {error}"
            self._queue.clear()
            self._queued = 0
        finally:
            if not self._queue:
                self._unwatch()

    def _drain(self) -> None:
        """Block until the queue is written (back-pressure, and at close)."""
        self._unwatch()
        while self._queue and self._broken is None:
            select.select([], [self._pages], [], 1.0)
            self._flush()

    def _watch(self) -> None:
        if self._loop is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not inside an event loop: write it out now
            self._drain()
            return
        loop.add_writer(self._pages, self._flush)
        self._loop = loop

    def _unwatch(self) -> None:
        if self._loop is not None:
            self._loop.remove_writer(self._pages)
            self._loop = None

    def _read_report(self) -> dict[str, Any]:
        data = _read_all(self._results)
        if not data:
            return {"fatal": self._broken or "archive writer exited without a report (killed?)"}
        report: dict[str, Any] = pickle.loads(data)
        return report

    def _stopped_reason(self) -> str | None:
        if not select.select([self._results], [], [], 1.0)[0]:
            return None
        data = _read_all(self._results)
        if not data:
            return None
        return str(pickle.loads(data).get("fatal") or "") or None


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)


def _read_exactly(fd: int, size: int) -> bytearray | None:
    """`size` bytes from the pipe, or None at its end (the crawler is gone).

    Read in place and not copied to `bytes`: hashing and compressing take any buffer.
    """
    buffer = bytearray(size)
    view, got = memoryview(buffer), 0
    while got < size:
        n = os.readv(fd, [view[got:]])
        if n == 0:
            return None
        got += n
    return buffer


def _grow_pipe(fd: int) -> None:
    try:
        fcntl.fcntl(fd, _F_SETPIPE_SZ, _PIPE_BYTES)
    except OSError:  # not Linux, or a lower system limit: the default pipe still works
        pass


def _serve(db_path: str, pages: int, results: int, batch_pages: int, batch_seconds: float) -> None:
    """The writer's loop: store pages until the sentinel or the end of the pipe, then report."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    from kb.store import open_kb, use_fast_commits

    def report(message: dict[str, Any]) -> None:
        os.write(results, pickle.dumps(message))  # small: fits the pipe in one write
        os.close(results)

    try:
        db = open_kb(db_path)
        use_fast_commits(db)
    except Exception as error:
        report({"fatal": f"archive writer cannot open the knowledge base: {error}"})
        raise
    counts: Counter[str] = Counter()
    errors: list[tuple[str, str]] = []
    uncommitted, deadline = 0, 0.0
    try:
        while True:
            if uncommitted and not select.select([pages], [], [], max(0.0, deadline - time.monotonic()))[0]:
                db.conn.commit()  # a quiet spell: commit what is waiting
                uncommitted = 0
                continue
            message = _read_page(pages)
            if message is None:  # the sentinel, or the crawler died: keep what it fetched
                break
            if not uncommitted:
                deadline = time.monotonic() + batch_seconds
            try:
                counts[_store(db, message)] += 1
            except Exception as error:  # noqa: BLE001 - one page lost, reported, the crawl goes on
                errors.append((str(message[1]), f"{type(error).__name__}: {error}"))
            uncommitted += 1
            if uncommitted >= batch_pages or time.monotonic() >= deadline:
                db.conn.commit()
                uncommitted = 0
        db.conn.commit()
    except Exception as error:
        db.conn.commit()
        report({"fatal": f"archive writer failed: {type(error).__name__}: {error}",
                "counts": dict(counts), "errors": errors})
        raise
    finally:
        db.conn.close()
    report({"counts": dict(counts), "errors": errors})


def _read_page(fd: int) -> tuple[Any, ...] | None:
    """One page's fields with its body last, or None at the sentinel or the end of the pipe."""
    header = _read_exactly(fd, _HEADER.size)
    if header is None:
        return None
    fields_size, body_size = _HEADER.unpack(header)
    if fields_size == 0:
        return None
    fields = _read_exactly(fd, fields_size)
    body = None if body_size == NO_BODY else _read_exactly(fd, body_size)
    if fields is None or (body_size != NO_BODY and body is None):
        return None  # cut off mid-page by a crash: that page was never complete
    return (*pickle.loads(fields), body)


def _store(db: Any, message: tuple[Any, ...]) -> str:
    """Hash, compress and store one fetch; return whether it was new, changed or unchanged."""
    from kb.store import archive_page, prepare_body

    run, url, final_url, source, status, headers, elapsed_ms, canonical_url, body = message
    _, change = archive_page(
        db,
        url=url,
        final_url=final_url,
        source=source,
        crawl_run=run,
        status=status,
        headers=headers,
        body=body,
        elapsed_ms=elapsed_ms,
        prepared=prepare_body(body) if body is not None else None,
        canonical_url=canonical_url,
        commit=False,
    )
    return change


def _main(argv: list[str]) -> int:
    """`python -m crawlers.archiver PAGES_FD RESULTS_FD DB`: the writer, started by ArchiveProcess."""
    pages, results, db_path = int(argv[0]), int(argv[1]), argv[2]
    try:
        _serve(db_path, pages, results, ArchiveProcess.BATCH_PAGES, ArchiveProcess.BATCH_SECONDS)
    except Exception:  # noqa: BLE001 - already reported to the crawler through the results pipe
        return 1
    return 0


if __name__ == "__main__":
    # Everything is committed and reported: skip the interpreter's teardown, which the crawler
    # would otherwise wait for (tens of milliseconds).
    sys.stderr.flush()
    os._exit(_main(sys.argv[1:]))
