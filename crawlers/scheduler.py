"""Crawl each source when its cron schedule fires, never two crawls of one source at once.

Each crawl runs in its own child process (see crawlers.crawl) while holding the source's lock
file, so a crawl started by hand or from cron at the same moment is turned away rather than
run twice. Stopping (SIGTERM, Ctrl-C) asks running crawls to finish their open requests and
close their runs, then exits.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawlers.crawl import start_jobs
from crawlers.cron import CronSchedule
from crawlers.locks import SourceBusy, source_lock
from crawlers.sources import Source
from kb.store import close_abandoned_crawl_runs, crawl_run_totals, last_crawl_run_id, open_kb

# How long stopping waits for a crawl to close cleanly before killing it.
SHUTDOWN_GRACE = 30.0


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class RunningCrawl:
    source: str
    child: subprocess.Popen[bytes]
    locks: ExitStack
    before_run: int
    started: float = field(default_factory=time.monotonic)


class Scheduler:
    """`Scheduler(db, sources).run(stop_event)`: blocks until stop_event is set."""

    def __init__(
        self,
        db_path: str | Path,
        sources: list[Source],
        settings: dict[str, Any] | None = None,
        *,
        max_parallel: int = 2,
        run_now: bool = False,
        clock: Callable[[], dt.datetime] = utc_now,
        echo: Callable[[str], None] = print,
    ) -> None:
        self.db_path = str(db_path)
        self.sources = {source.name: source for source in sources}
        self.schedules = {source.name: CronSchedule.parse(source.schedule) for source in sources}
        self.settings = settings or {}
        self.max_parallel = max_parallel
        self.clock = clock
        self.echo = echo
        now = clock()
        self.next_at = {name: now if run_now else self._next(name, now) for name in self.sources}
        self.running: dict[str, RunningCrawl] = {}

    def _next(self, name: str, after: dt.datetime) -> dt.datetime:
        moment = self.schedules[name].next_after(after)
        assert moment is not None  # parse() rejects schedules that never fire
        return moment

    def due(self, now: dt.datetime) -> list[str]:
        """Sources whose time has come, earliest first."""
        return sorted(
            (n for n, at in self.next_at.items() if at <= now), key=lambda n: self.next_at[n]
        )

    def tick(self) -> None:
        """Reap finished crawls, then start those that are due (as far as max_parallel allows)."""
        self.reap()
        now = self.clock()
        for name in self.due(now):
            if name in self.running:
                self.echo(
                    f"{name}: previous crawl still running, skipping the {self.next_at[name]:%H:%M} run"
                )
                self.next_at[name] = self._next(name, now)
            elif len(self.running) < self.max_parallel:
                self.next_at[name] = self._next(name, now)
                self.start(name)

    def start(self, name: str) -> None:
        locks = ExitStack()
        try:
            locks.enter_context(source_lock(self.db_path, name))
        except SourceBusy as busy:
            self.echo(f"{name}: skipped, {busy}")
            locks.close()
            return
        db = open_kb(self.db_path)
        close_abandoned_crawl_runs(db, [name])
        before = last_crawl_run_id(db)
        child = start_jobs(self.db_path, self.sources[name].jobs(), self.settings)
        self.running[name] = RunningCrawl(name, child, locks, before)
        self.echo(f"{name}: crawl started (next at {self.next_at[name]:%Y-%m-%d %H:%M} UTC)")

    def reap(self) -> None:
        for name, crawl in list(self.running.items()):
            code = crawl.child.poll()
            if code is None:
                continue
            crawl.locks.close()
            del self.running[name]
            totals = crawl_run_totals(open_kb(self.db_path), crawl.before_run, name)
            self.echo(
                f"{name}: {totals['new']} new, {totals['changed']} changed, {totals['unchanged']} unchanged, "
                f"{totals['skipped']} skipped, {totals['failed']} failed "
                f"in {time.monotonic() - crawl.started:.1f}s"
                + ("" if code == 0 else f" (exit code {code})")
            )

    def seconds_to_next(self) -> float:
        """Sleep until the next source is due, but wake every second while crawls run (to reap them)."""
        now = self.clock()
        until = (
            min((at - now).total_seconds() for at in self.next_at.values())
            if self.next_at
            else 60.0
        )
        return max(0.05, min(until, 1.0 if self.running else 60.0))

    def run(self, stop: threading.Event) -> None:
        self.echo(f"Scheduling {len(self.sources)} source(s); stop with Ctrl-C or SIGTERM")
        while not stop.is_set():
            self.tick()
            stop.wait(self.seconds_to_next())
        self.shutdown()

    def shutdown(self, grace: float = SHUTDOWN_GRACE) -> None:
        """Ask running crawls to stop (they close their crawl runs as interrupted), then wait."""
        for crawl in self.running.values():
            crawl.child.terminate()
        deadline = time.monotonic() + grace
        for crawl in self.running.values():
            try:
                crawl.child.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                crawl.child.kill()
                crawl.child.wait()
        self.reap()
        self.echo("Scheduler stopped")
