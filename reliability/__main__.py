"""``python -m reliability`` (what ``make reliability`` runs)."""

from __future__ import annotations

import sys

from reliability.run import main

if __name__ == "__main__":
    sys.exit(main())
