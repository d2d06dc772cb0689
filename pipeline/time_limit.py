"""A wall-clock limit on a block of Python code, in any thread.

Signals (SIGALRM) only reach the main thread, but extraction also runs in worker threads
(batch runners, servers). One watchdog thread keeps the deadlines and, when one passes,
raises the given exception inside the thread that is over time, as a signal handler would:
at the next Python instruction. Like a signal, it cannot stop a single long call into C;
the input size caps bound those.
"""

from __future__ import annotations

import ctypes
import heapq
import itertools
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

_set_async_exc: Any = getattr(ctypes.pythonapi, "PyThreadState_SetAsyncExc", None)


@dataclass(order=True)
class _Deadline:
    at: float
    order: int
    thread_id: int = field(compare=False)
    exception: type[BaseException] = field(compare=False)
    done: bool = field(default=False, compare=False)
    fired: bool = field(default=False, compare=False)


class _Watchdog:
    """Sleeps until the earliest deadline and interrupts the thread that missed it."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._lock = threading.Condition()
        self._heap: list[_Deadline] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def start(self, seconds: float, exception: type[BaseException]) -> _Deadline:
        deadline = _Deadline(
            time.monotonic() + seconds, next(self._order), threading.get_ident(), exception
        )
        with self._lock:
            heapq.heappush(self._heap, deadline)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="time-limit-watchdog", daemon=True
                )
                self._thread.start()
            elif self._heap[0] is deadline:
                self._lock.notify()
        return deadline

    def finish(self, deadline: _Deadline) -> None:
        with self._lock:
            deadline.done = True
            fired = deadline.fired
        if fired:
            # The exception may still be pending in this thread: withdraw it.
            _set_async_exc(ctypes.c_ulong(deadline.thread_id), None)

    def _run(self) -> None:
        with self._lock:
            while True:
                while self._heap and self._heap[0].done:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._lock.wait(60)
                    if not self._heap:
                        self._thread = None
                        return
                    continue
                first = self._heap[0]
                wait = first.at - time.monotonic()
                if wait > 0:
                    self._lock.wait(wait)
                    continue
                heapq.heappop(self._heap)
                first.fired = True
                _set_async_exc(ctypes.c_ulong(first.thread_id), ctypes.py_object(first.exception))


_WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):
    # A forked child has no watchdog thread and may inherit the lock mid-use: start afresh.
    os.register_at_fork(after_in_child=_WATCHDOG._reset)


@contextmanager
def time_limit(seconds: float, exception: type[BaseException]) -> Iterator[None]:
    """Raise `exception` in this thread if the block runs longer than `seconds`.

    The exception should derive from BaseException, so that library code catching
    Exception cannot swallow it. Without CPython's thread API the block runs unlimited.
    """
    if _set_async_exc is None or seconds <= 0:
        yield
        return
    deadline = _WATCHDOG.start(seconds, exception)
    try:
        yield
    finally:
        _WATCHDOG.finish(deadline)
