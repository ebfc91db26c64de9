"""Routes of the writes domain (being built)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["writes"])
