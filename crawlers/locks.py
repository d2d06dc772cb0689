"""One crawl of a source at a time: an advisory lock file per source, beside the knowledge base.

fcntl locks die with the process that holds them, so a crashed crawl never leaves a stale lock.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path


class SourceBusy(Exception):
    """Another process is crawling this source right now."""


def lock_path(db_path: str | Path, source: str) -> Path:
    """<db>.locks/<source>.lock; the source name is made safe for a file name."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", source)
    return Path(f"{db_path}.locks") / f"{safe}.lock"


@contextmanager
def source_lock(db_path: str | Path, source: str) -> Iterator[Path]:
    """Hold the source's lock for the block; raise SourceBusy at once if someone else holds it."""
    path = lock_path(db_path, source)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SourceBusy(f"source {source!r} is already being crawled (lock {path})") from None
        os.ftruncate(handle, 0)
        os.write(handle, f"{os.getpid()}\n".encode())
        yield path
    finally:
        os.close(handle)


@contextmanager
def source_locks(db_path: str | Path, sources: list[str]) -> Iterator[tuple[list[str], list[str]]]:
    """Lock every source that is free; yield (locked, busy) and release them all afterwards."""
    locked: list[str] = []
    busy: list[str] = []
    with ExitStack() as stack:
        for source in sources:
            try:
                stack.enter_context(source_lock(db_path, source))
                locked.append(source)
            except SourceBusy:
                busy.append(source)
        yield locked, busy
