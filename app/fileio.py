"""Writing files so that a crash, a full disk or a second process never leaves half a file."""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from app.errors import DiskFullError


def refuse_special(target: Path) -> None:
    """An export never replaces a symlink, FIFO or device node (as root, writing to /dev/full
    replaced the device): only a regular file, or nothing yet, may be at ``target``."""
    import stat

    from app.errors import UsageError
    from app.i18n import translate
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise UsageError(translate("Files", "{path} is not a regular file (a link, pipe or device); "
                                            "choose another file name.").format(path=target))


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to a unique temporary file beside ``path``, flush it to disk, then rename
    it over ``path``. On any failure the temporary file is removed and the old file stays."""
    target = Path(path)
    refuse_special(target)
    # mkstemp creates the file readable by this user only (0600); the rename keeps that.
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        _raise_if_full(exc, target)
        raise
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            _raise_if_full(exc, target)
        raise


def _raise_if_full(exc: OSError, target: Path) -> None:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        from app.i18n import translate
        raise DiskFullError(translate("Files", "The disk holding {folder} is full; free some space "
                                      "there and try again. Nothing was written.")
                            .format(folder=target.resolve().parent)) from None
