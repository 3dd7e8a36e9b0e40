"""The reports folder of a render: its lock, the staging folder and the swap into place.

What belongs here: :class:`OutputLock` (one render at a time into one folder; a second
one fails at once with a one-line message), :func:`check_output` (only an empty folder
or an earlier render's output is replaced), :func:`clean_stale` (staging folders that
killed runs left behind, and a swap that was cut short), :func:`make_staging` (the
folder a render writes into, with the user's normal permissions) and :func:`swap`
(staging and reports exchanged in one atomic step where the system can, otherwise two
renames under the lock). Every failure of the file system is one
:class:`~karabakh_nb.UsageError` line naming ``-o DIR``.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import re
import shutil
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO

from ..errors import UsageError

__all__ = [
    "MARKER",
    "OutputLock",
    "check_output",
    "clean_stale",
    "failed_folder",
    "make_staging",
    "output_error",
    "swap",
]

#: Written into every reports folder; only such a folder (or an empty one) is replaced.
MARKER = ".karabakh-nb-reports"
MSG_BUSY = (
    "another karabakh-nb render is writing into this folder (process {pid}); "
    "wait for it to finish or choose another -o DIR"
)
MSG_CANNOT_WRITE = "cannot write the reports here ({reason}); choose a folder you can write to"
_RENAME_EXCHANGE = 2  # renameat2 flag (Linux 3.15+)
_AT_FDCWD = -100


def output_error(output: Path, exc: OSError) -> UsageError:
    """The one-line error for a failure of the file system under ``-o DIR``."""
    reason = exc.strerror or type(exc).__name__
    if exc.errno == errno.ENOSPC:
        reason += "; free some space"
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        reason += "; the folder or its parent is read-only or not yours"
    elif exc.errno == errno.EBUSY:
        reason += "; a mount point cannot be replaced, choose a folder inside it"
    return UsageError(MSG_CANNOT_WRITE.format(reason=reason), f"-o {output}")


def check_output(output: Path) -> None:
    """Refuse to replace anything but an empty folder or an earlier render's output."""
    for parent in output.parents:
        if parent.exists():
            if not parent.is_dir():
                raise UsageError(f"{parent} is a file; choose a folder for the reports")
            break
    if not output.exists():
        return
    if not output.is_dir():
        raise UsageError(
            f"-o {output}: exists and is not a folder; choose a folder for the reports"
        )
    if os.path.ismount(output):
        raise UsageError(
            f"-o {output}: is a mount point, which cannot be replaced; choose a folder inside it"
        )
    try:
        foreign = any(output.iterdir()) and not (output / MARKER).is_file()
    except OSError as exc:
        raise output_error(output, exc) from None
    if foreign:
        raise UsageError(
            f"-o {output}: folder holds files that karabakh-nb did not write; "
            "choose an empty or new folder (e.g. -o reports)"
        )


def failed_folder(output: Path) -> Path:
    """Where a failed run is kept: ``DIR.failed`` beside the reports."""
    return output.with_name(output.name + ".failed")


def _lock_path(output: Path) -> Path:
    return output.with_name(f".{output.name}.lock")


class OutputLock:
    """An exclusive lock on one reports folder, held for a whole render.

    The lock is ``flock`` on ``.DIR.lock`` beside the folder: the system releases it
    when the process ends, however it ends, so a killed render never blocks the next.
    """

    def __init__(self, output: Path):
        self.output = output
        self.path = _lock_path(output)
        self.file: IO[str] | None = None

    def __enter__(self) -> OutputLock:
        import fcntl

        try:
            self.output.parent.mkdir(parents=True, exist_ok=True)
            while True:
                handle = open(self.path, "a+", encoding="ascii")
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    handle.seek(0)
                    pid = handle.read().strip() or "unknown"
                    handle.close()
                    raise UsageError(MSG_BUSY.format(pid=pid), f"-o {self.output}") from None
                # The file may have been removed by the render that held it: lock anew.
                if (
                    os.path.exists(self.path)
                    and os.stat(self.path).st_ino == os.fstat(handle.fileno()).st_ino
                ):
                    break
                handle.close()
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
        except OSError as exc:
            raise output_error(self.output, exc) from None
        self.file = handle
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.file is None:
            return
        with contextlib.suppress(OSError):
            os.remove(self.path)  # while still locked: a waiting render locks anew
        self.file.close()
        self.file = None


def _staging_pattern(output: Path) -> re.Pattern[str]:
    # tempfile.mkdtemp's names: the prefix, then 8 of [a-z0-9_]
    return re.compile(rf"\.{re.escape(output.name)}\.[a-z0-9_]{{8}}")


def clean_stale(output: Path) -> list[Path]:
    """Remove what killed renders into ``output`` left behind (call under the lock).

    Staging folders (``.DIR.xxxxxxxx``) are removed; a swap cut short between its two
    renames (``.DIR.old`` without ``DIR``) is completed backwards, so the previous
    reports come back. Returns the folders removed.
    """
    old = output.with_name(f".{output.name}.old")
    removed = []
    try:
        if old.is_dir() and not output.exists():
            old.rename(output)
        elif old.is_dir():
            shutil.rmtree(old)
            removed.append(old)
        pattern = _staging_pattern(output)
        for entry in output.parent.iterdir():
            if pattern.fullmatch(entry.name) and entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
                removed.append(entry)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise output_error(output, exc) from None
    return removed


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def make_staging(output: Path) -> Path:
    """Create the folder a render writes into, beside ``output``, with normal permissions."""
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
        os.chmod(staging, 0o777 & ~_umask())  # mkdtemp makes it 0700
    except OSError as exc:
        raise output_error(output, exc) from None
    return staging


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux ``renameat2``); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False  # an old kernel or a file system without it (some network mounts)
    raise OSError(code, os.strerror(code), str(b))


def swap(staging: Path, output: Path) -> None:
    """Put ``staging`` in the place of ``output`` (call under the lock).

    Where the system can, the two folders are exchanged atomically, so ``output`` is
    never missing nor mixed; elsewhere the old folder is renamed aside first, and a
    swap cut short there is undone by the next render (:func:`clean_stale`).
    """
    try:
        if not output.exists():
            staging.rename(output)
        elif _exchange(staging, output):
            shutil.rmtree(staging)  # now the previous reports
        else:
            old = output.with_name(f".{output.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            output.rename(old)
            staging.rename(output)
            shutil.rmtree(old)
        shutil.rmtree(failed_folder(output), ignore_errors=True)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)  # when the swap failed, the new reports
        raise output_error(output, exc) from None
