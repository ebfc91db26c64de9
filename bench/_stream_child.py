"""Stream one qbXML file with ``iter_records`` and report this process's peak RSS as JSON.

Run by the ``qbxml_decode`` benchmark in a fresh interpreter
(``python -m bench._stream_child FILE``) so the peak covers only streaming, not the document
the benchmark built in its own process. Prints one JSON line (sizes in MiB)::

    {"records": n, "peak_rss_mb": x, "interpreter_rss_mb": a, "import_rss_mb": b,
     "ru_maxrss_mb": r, "source": "VmHWM" | "ru_maxrss"}

``interpreter_rss_mb`` is the peak before ``qbdlink`` is imported, ``import_rss_mb`` the peak
after ``import qbdlink.qbxml`` and before streaming, ``peak_rss_mb`` the peak at the end.

Why not only ``getrusage(RUSAGE_SELF).ru_maxrss``: on Linux it is inherited across
fork/vfork + exec (the kernel folds the parent's memory high-water mark into the child's
``maxrss`` at exec), so a child of a benchmark that holds a 50 MB document and its decoded
trees reports the parent's gigabytes. ``VmHWM`` in ``/proc/self/status`` is the high-water mark
of this process's own address space, which exec starts afresh; it is used where available,
and ``ru_maxrss`` (reported as ``ru_maxrss_mb`` either way) elsewhere.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

_STATUS = Path("/proc/self/status")


def _ru_maxrss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _vm_hwm_mb() -> float | None:
    try:
        lines = _STATUS.read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    return None


def _peak_mb() -> float:
    hwm = _vm_hwm_mb()
    return hwm if hwm is not None else _ru_maxrss_mb()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m bench._stream_child FILE", file=sys.stderr)
        return 2
    interpreter = _peak_mb()
    from qbdlink.qbxml import iter_records  # after the first reading, to tell the two apart

    imported = _peak_mb()
    records = 0
    with Path(argv[0]).open("rb") as source:
        for _response, _record in iter_records(source):
            records += 1
    report = {
        "records": records,
        "peak_rss_mb": _peak_mb(),
        "interpreter_rss_mb": interpreter,
        "import_rss_mb": imported,
        "ru_maxrss_mb": _ru_maxrss_mb(),
        "source": "VmHWM" if _vm_hwm_mb() is not None else "ru_maxrss",
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
