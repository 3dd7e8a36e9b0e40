"""Progress of a render on stderr: one line per step, a live line on a terminal.

What belongs here: :class:`Progress`. Lines go to the stream given (stderr by default)
and never to stdout; on a terminal a long step shows a line that counts the seconds
while it runs, elsewhere (a log, a pipe) each step is one line when it ends.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Progress lines for a render, safe to call from several threads."""

    def __init__(self, stream: TextIO | None):
        self.stream = stream
        self.lock = threading.Lock()
        self.live = bool(stream is not None and getattr(stream, "isatty", lambda: False)())
        self._status = ""

    def say(self, text: str) -> None:
        """Print one line (above the live line, if one is showing)."""
        if self.stream is None:
            return
        with self.lock:
            clear = "\r\033[K" if self.live and self._status else ""
            print(f"{clear}{text}", file=self.stream, flush=True)
            if self.live and self._status:
                print(self._status, end="", file=self.stream, flush=True)

    def _show(self, text: str) -> None:
        if self.stream is None or not self.live:
            return
        with self.lock:
            self._status = text
            print(f"\r\033[K{text}", end="", file=self.stream, flush=True)

    @contextlib.contextmanager
    def step(self, label: str) -> Iterator[None]:
        """Show ``label`` with a running count of seconds while the block runs (terminal)."""
        if not self.live:
            yield
            return
        started = time.perf_counter()
        done = threading.Event()

        def tick() -> None:
            while not done.wait(0.5):
                self._show(f"{label} {time.perf_counter() - started:.0f} s")

        ticker = threading.Thread(target=tick, daemon=True)
        self._show(f"{label} 0 s")
        ticker.start()
        try:
            yield
        finally:
            done.set()
            ticker.join()
            with self.lock:
                if self.stream is not None:
                    print("\r\033[K", end="", file=self.stream, flush=True)
                self._status = ""
