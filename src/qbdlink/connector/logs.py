"""Rotating logs with secrets masked: tokens, license keys and bearer headers never land."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path
from typing import Final

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
    path = folder / "connector.log"
    logger = logging.getLogger("qbdlink")
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    for old in [h for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        if old.baseFilename == os.path.abspath(path):
            return path  # already logging there
        logger.removeHandler(old)  # logging moves to the new folder
        old.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    logger.addHandler(handler)
    return path
