"""Progress of a render on stderr: one line per step.

What belongs here: :class:`Progress`. Lines go to the stream given (stderr by default)
and never to stdout.
"""

from __future__ import annotations

import threading
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Progress lines for a render, safe to call from several threads."""

    def __init__(self, total: int, stream: TextIO | None):
        self.total, self.stream, self.lock, self.done = total, stream, threading.Lock(), 0

    def say(self, text: str) -> None:
        """Print one line."""
        if self.stream is not None:
            with self.lock:
                print(text, file=self.stream, flush=True)

    def finished(self, name: str, seconds: float) -> None:
        """Count one more notebook done and say so."""
        with self.lock:
            self.done += 1
            done = self.done
        self.say(f"[{done}/{self.total}] {name} done in {seconds:.1f} s")
