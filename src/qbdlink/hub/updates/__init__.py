"""Connector self-update: the signed release repository (``releases``) and its read-only door."""
