"""Rotating logs with secrets masked: tokens, license keys and bearer headers never land.

Reading them back (``qbdlink connector logs``): ``last_lines`` (across rotated files),
``follow`` (new lines as they are written, through rotation) and ``open_folder`` (the OS file
browser; the opener is injectable, tests pass their own).
"""

from __future__ import annotations

import codecs
import logging
import logging.handlers
import os
import re
import shutil
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final

LOG_FILE: Final = "connector.log"
BACKUP_COUNT: Final = 5

_SECRETS: Final = (
    re.compile(r"qbt_[A-Za-z0-9_\-]{8,}"),
    re.compile(r"qbk_[A-Za-z0-9_\-]{8,}"),
    re.compile(r"lease_[A-Za-z0-9_\-]{8,}"),
    re.compile(r"(?i)bearer\s+[A-Za-z0-9_\-\.~+/]+=*"),  # RFC 6750 b64token
    re.compile(r"(?i)QBD-(US|CA)-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{1}(?=[0-9A-Z]{4})"),
)


def redact(text: str) -> str:
    """``text`` with every secret replaced (license keys keep their last four symbols)."""
    for pattern in _SECRETS:
        text = pattern.sub("[redacted]", text)
    return text


class RedactingFilter(logging.Filter):
    """Masks secrets in every record before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            # The formatter would render the traceback later, unmasked; render it now, masked.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def setup_logging(folder: Path, *, verbose: bool = False) -> Path:
    """Log to ``folder/connector.log`` (1 MB x 5, rotating); return the file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    logger = logging.getLogger("qbdlink")
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    for old in [h for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        if old.baseFilename == os.path.abspath(path):
            return path  # already logging there
        logger.removeHandler(old)  # logging moves to the new folder
        old.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    logger.addHandler(handler)
    return path


class LogFolderError(Exception):
    """The log folder could not be shown; the message says where it is and what to do."""


def log_files(folder: Path) -> list[Path]:
    """The log files that exist, newest first (``connector.log``, ``connector.log.1``, ...)."""
    names = [LOG_FILE] + [f"{LOG_FILE}.{n}" for n in range(1, BACKUP_COUNT + 1)]
    return [folder / name for name in names if (folder / name).is_file()]


def last_lines(folder: Path, count: int) -> list[str]:
    """The last ``count`` lines logged, oldest first, reaching into rotated files if needed."""
    if count <= 0:
        return []
    found: deque[str] = deque(maxlen=count)
    for path in log_files(folder):
        if len(found) >= count:
            break
        newer = list(found)
        found.clear()
        with path.open(encoding="utf-8", errors="replace") as handle:
            # A deque keeps only the tail: a full 1 MB file is read once, never held whole.
            tail = deque((line.rstrip("\r\n") for line in handle), maxlen=count - len(newer))
        found.extend(tail)
        found.extend(newer)
    # Masked at write already; masked again in case something else wrote there (an older
    # connector, a copy pasted in for support).
    return [redact(line) for line in found]


def _identity(path: Path) -> tuple[int, int, int] | None:
    """(device, inode, size) of a file, or None if it is not there."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino, stat.st_size


def follow(path: Path, stop: threading.Event, *, interval: float = 0.5) -> Iterator[str]:
    """Lines appended to ``path`` from now on, through rotations, until ``stop`` is set.

    "Now" is the call, not the first ``next``. The file is opened only to read what is new,
    then closed: on Windows an open handle would keep the connector from renaming the file
    when it rotates.
    """
    first = _identity(path)
    return _follow(path, stop, interval, first[:2] if first else None, first[2] if first else 0)


def _follow(
    path: Path,
    stop: threading.Event,
    interval: float,
    file_id: tuple[int, int] | None,
    position: int,
) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    pending = ""
    while not stop.is_set():
        found = _identity(path)
        chunks: list[bytes] = []
        if found is not None and found[:2] != file_id:
            # Rotated (or created): the rest of the old file is now connector.log.1.
            rotated = path.with_name(path.name + ".1")
            old = _identity(rotated)
            if file_id is not None and old is not None and old[:2] == file_id:
                chunks.append(_read_from(rotated, position))
            file_id, position = found[:2], 0
        elif found is not None and found[2] < position:
            position = 0  # truncated in place: read it again from the start
        if found is not None and found[2] > position:
            chunk = _read_from(path, position)
            position += len(chunk)
            chunks.append(chunk)
        if not chunks:
            stop.wait(interval)
            continue
        text = pending + "".join(decoder.decode(chunk) for chunk in chunks)
        *complete, pending = text.split("\n")  # a half-written line waits for its end
        for line in complete:
            yield redact(line.rstrip("\r"))


def _read_from(path: Path, position: int) -> bytes:
    try:
        with path.open("rb") as handle:
            handle.seek(position)
            return handle.read()
    except OSError:
        return b""  # rotated away between the stat and the read: the next turn finds it


Opener = Callable[[Path], None]


def default_opener() -> Opener:
    """How this OS shows a folder: Explorer (``os.startfile``), ``open`` or ``xdg-open``."""
    if sys.platform == "win32":
        return lambda folder: os.startfile(folder)  # type: ignore[attr-defined,unused-ignore]
    command = "open" if sys.platform == "darwin" else "xdg-open"

    def run(folder: Path) -> None:
        program = shutil.which(command)
        if program is None:
            raise LogFolderError(f"{command} is not installed, so no file browser can be opened")
        # Detached from our output: a file browser's chatter is not the command's.
        subprocess.run(
            [program, str(folder)],
            check=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=30,
        )

    return run


def open_folder(folder: Path, opener: Opener | None = None) -> None:
    """Show ``folder`` in the OS file browser (creating it, so there is something to show)."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        (opener or default_opener())(folder)
    except LogFolderError as exc:
        raise LogFolderError(f"Could not open the log folder: {exc}. It is {folder}") from exc
    except (OSError, subprocess.SubprocessError) as exc:
        raise LogFolderError(
            f"Could not open the log folder in a file browser ({exc}). Open it yourself: {folder}"
        ) from exc
