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
storing of what was fetched. Pages still in the crawler's own buffer when it is killed outright
(SIGKILL) are lost; the next crawl fetches them again.
"""

from __future__ import annotations

import asyncio
import collections
import fcntl
import os
import pickle
import select
import signal
import sqlite3
import struct
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

_PROJECT = Path(__file__).resolve().parent.parent
# Linux's F_SETPIPE_SZ: a pipe of 1 MiB (the unprivileged maximum) holds a few pages.
_F_SETPIPE_SZ = 1031
_PIPE_BYTES = 1 << 20
# A frame: length of the pickled fields, length of the body (NO_BODY for none), then both.
_HEADER = struct.Struct("!QQ")
NO_BODY = (1 << 64) - 1
MAX_REPORTED_ERRORS = 1000

PAGE_FIELDS = ("url", "final_url", "source", "status", "headers", "elapsed_ms", "canonical_url")


class ArchiveWriterError(RuntimeError):
    """The writer process stopped and cannot take more pages; the message says why."""


class ArchiveProcess:
    """Hands fetched pages to a writer process and collects what it could not store.

    The writer commits pages together, every BATCH_PAGES pages or BATCH_SECONDS after the
    first uncommitted one, whichever comes first, and whenever it would otherwise wait for the
    crawler: a commit per page cost as much as the inserts themselves, and an open transaction
    must never wait on the crawler, which may need the kb's write lock itself.
    """

    BATCH_PAGES = 32
    BATCH_SECONDS = 0.1
    BUFFER_BYTES = 32 << 20

    def __init__(self, db_path: str) -> None:
        pages_in, self._pages = os.pipe()
        self._results, results_out = os.pipe()
        _grow_pipe(self._pages)
        self.submitted = 0
        self.counts: Counter[str] = Counter()  # committed pages by change, as the writer reports them
        self.errors: list[tuple[str, str]] = []  # (url, message) of pages that could not be stored
        self._queue: collections.deque[memoryview] = collections.deque()
        self._queued = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._broken: str | None = None
        self._report: dict[str, Any] | None = None
        self._closed = False
        # A fresh interpreter rather than a fork: a forked child would share the crawler's
        # memory copy-on-write, and every page the crawler then touched would be copied
        # (10,000 more page faults per 300-page crawl). Its own session keeps a Ctrl-C or a
        # signal to the crawler's process group from killing it before it has stored all.
        # -P: the current directory must not shadow the installed code.
        env = dict(os.environ)
        if (_PROJECT / "pyproject.toml").exists():  # a source checkout, maybe not installed
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_PROJECT), os.environ.get("PYTHONPATH")]))
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-P", "-m", "crawlers.archiver", str(pages_in), str(results_out), db_path],
                pass_fds=(pages_in, results_out),
                stdin=subprocess.DEVNULL,
                env=env,
                start_new_session=True,
            )
        except BaseException as error:
            for fd in (pages_in, self._pages, self._results, results_out):
                os.close(fd)
            raise ArchiveWriterError(f"cannot start the archive writer: {error}") from error
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
        self.submitted += 1
        self._flush()
        if self._queue:
            if self._queued > self.BUFFER_BYTES:
                self._drain()
            else:
                self._watch()
        if self._broken is not None:
            raise ArchiveWriterError(self._broken)

    def close(self) -> None:
        """Wait until every page sent is stored and committed, then take the writer's report."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._broken is None:
                self._append(_HEADER.pack(0, NO_BODY))  # the sentinel: no more pages
                self._drain()
        finally:
            self._unwatch()
            os.close(self._pages)
            try:
                report = self._report if self._report is not None else self._read_report()
            finally:
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
        except OSError:  # BrokenPipeError: the writer is gone
            self._writer_gone()
        finally:
            if not self._queue:
                self._unwatch()

    def _drain(self) -> None:
        """Block until the queue is written (back-pressure, and at close), or the writer is gone."""
        self._unwatch()
        while self._queue and self._broken is None:
            select.select([], [self._pages], [], 1.0)
            self._flush()
            if self._queue and self._process.poll() is not None:
                self._writer_gone()

    def _writer_gone(self) -> None:
        self._report = self._read_report()
        self._broken = str(self._report.get("fatal") or "archive writer stopped")
        self._queue.clear()
        self._queued = 0

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
        """The writer's last word, read until it closes the pipe (it exits right after)."""
        data = _read_all(self._results)
        if data:
            report: dict[str, Any] = pickle.loads(data)
            return report
        code = self._process.wait()
        if code < 0:
            return {"fatal": f"archive writer was killed by {signal.Signals(-code).name}"}
        return {"fatal": f"archive writer exited with code {code} without a report"}


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _grow_pipe(fd: int) -> None:
    try:
        fcntl.fcntl(fd, _F_SETPIPE_SZ, _PIPE_BYTES)
    except OSError:  # not Linux, or a lower system limit: the default pipe still works
        pass


def _one_line(error: BaseException) -> str:
    return " ".join(f"{type(error).__name__}: {error}".split())[:500]


class _BatchLost(Exception):
    """SQLite rolled back the whole open transaction (disk full, I/O error): the batch is gone."""


class _Writer:
    """The writer's state: its connection, the open batch, and what it has committed."""

    def __init__(self, db_path: str, batch_pages: int, batch_seconds: float) -> None:
        from kb.store import open_kb, use_fast_commits

        self.db = open_kb(db_path)
        use_fast_commits(self.db)
        self.batch_pages, self.batch_seconds = batch_pages, batch_seconds
        self.counts: Counter[str] = Counter()
        self.batch: list[tuple[str, str]] = []  # (url, change) stored but not committed
        self.errors: list[tuple[str, str]] = []
        self.more_errors = 0
        self.deadline = 0.0

    def store(self, message: tuple[Any, ...]) -> None:
        """Store one page inside the open batch; a page that fails is undone alone and reported."""
        conn = self.db.conn
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")  # the write lock now, or a stale read snapshot cannot write
            self.deadline = time.monotonic() + self.batch_seconds
        conn.execute("SAVEPOINT page")
        try:
            change = _store(self.db, message)
        except Exception as error:
            if not conn.in_transaction:
                raise _BatchLost(_one_line(error)) from error
            conn.execute("ROLLBACK TO page")
            conn.execute("RELEASE page")
            self.error(str(message[1]), _one_line(error))
            return
        conn.execute("RELEASE page")
        self.batch.append((str(message[1]), change))
        if len(self.batch) >= self.batch_pages or time.monotonic() >= self.deadline:
            self.commit()

    def commit(self) -> None:
        if self.db.conn.in_transaction:
            self.db.conn.commit()
        self.counts.update(change for _, change in self.batch)
        self.batch.clear()

    def idle(self) -> float | None:
        """Seconds to wait for the next page before committing, or None to wait for ever."""
        return max(0.0, self.deadline - time.monotonic()) if self.db.conn.in_transaction else None

    def error(self, url: str, message: str) -> None:
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append((url, message))
        else:
            self.more_errors += 1

    def abandon(self, reason: str) -> None:
        """The open batch could not be committed: report its pages as lost, not as stored."""
        try:
            self.db.conn.rollback()
        except sqlite3.Error:
            pass
        for url, _ in self.batch:
            self.error(url, f"not stored, its batch was rolled back: {reason}")
        self.batch.clear()

    def report(self, **extra: Any) -> dict[str, Any]:
        errors = self.errors + ([("", f"... and {self.more_errors} more")] if self.more_errors else [])
        return {"counts": dict(self.counts), "errors": errors, **extra}


def _serve(db_path: str, pages: int, results: int, batch_pages: int, batch_seconds: float) -> int:
    """The writer's loop: store pages until the sentinel or the end of the pipe, then report.

    Returns the exit code: 1 after a failure it has reported to the crawler (which logs it).
    """
    writer: _Writer | None = None
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        writer = _Writer(db_path, batch_pages, batch_seconds)
        while True:
            wait = writer.idle()
            if wait is not None and not select.select([pages], [], [], wait)[0]:
                writer.commit()  # a quiet spell: commit what is waiting
                continue
            # Commit before waiting on a page still on its way: the crawler may need the write lock.
            message = _read_page(pages, before_block=writer.commit)
            if message is None:  # the sentinel, or the crawler died: keep what it fetched
                break
            writer.store(message)
        writer.commit()
    except BaseException as error:  # noqa: BLE001 - reported to the crawler, which stops and says so
        reason = _one_line(error.__cause__ or error) if isinstance(error, _BatchLost) else _one_line(error)
        if writer is not None:
            writer.abandon(reason)
        os.close(pages)  # first, so a crawler still sending gets a broken pipe, not a full one
        fatal = f"archive writer failed: {reason}" if writer is not None else f"archive writer cannot start: {reason}"
        _write_all(results, pickle.dumps(writer.report(fatal=fatal) if writer else {"fatal": fatal}))
        os.close(results)
        return 1
    finally:
        if writer is not None:
            writer.db.conn.close()
    try:
        _write_all(results, pickle.dumps(writer.report()))
    except BrokenPipeError:
        pass  # the crawler is gone; everything it sent is committed
    os.close(results)
    return 0


def _read_exactly(fd: int, size: int, before_block: Callable[[], None]) -> bytearray | None:
    """`size` bytes from the pipe, or None at its end (the crawler is gone).

    Read in place and not copied to `bytes`: hashing and compressing take any buffer.
    """
    buffer = bytearray(size)
    view, got = memoryview(buffer), 0
    while got < size:
        if not select.select([fd], [], [], 0)[0]:
            before_block()
        n = os.readv(fd, [view[got:]])
        if n == 0:
            return None
        got += n
    return buffer


def _read_page(fd: int, before_block: Callable[[], None]) -> tuple[Any, ...] | None:
    """One page's fields with its body last, or None at the sentinel or the end of the pipe."""
    header = _read_exactly(fd, _HEADER.size, before_block)
    if header is None:
        return None
    fields_size, body_size = _HEADER.unpack(header)
    if fields_size == 0:
        return None
    fields = _read_exactly(fd, fields_size, before_block)
    body = None if body_size == NO_BODY else _read_exactly(fd, body_size, before_block)
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
    try:
        pages, results, db_path = int(argv[0]), int(argv[1]), argv[2]
        return _serve(db_path, pages, results, ArchiveProcess.BATCH_PAGES, ArchiveProcess.BATCH_SECONDS)
    except BaseException as error:  # noqa: BLE001 - could not even report it: one line for the log
        print(f"claimwatch archive writer: {_one_line(error)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    # Everything is committed and reported: skip the interpreter's teardown, which the crawler
    # would otherwise wait for (tens of milliseconds).
    code = _main(sys.argv[1:])
    sys.stderr.flush()
    os._exit(code)
