"""Rows for a hierarchical list (accounts, customers and jobs, items, classes) as QuickBooks
lays them out: a leaf is one DataRow; a parent is a TextRow heading, its own amount (if any),
its children, and a SubtotalRow "Total <name>"."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from qbdlink.simulator.reports.base import ZERO, Report, amount


@dataclass(frozen=True, slots=True)
class Node:
    """One element of a hierarchical list."""

    id: str
    name: str
    full_name: str
    parent_id: str | None
    sort_key: str = ""


def add_tree(
    report: Report,
    nodes: dict[str, Node],
    values: dict[str, list[Decimal]],
    members: Iterable[str],
    row_type: str,
    width: int,
    *,
    keep: Callable[[list[Decimal]], bool] = lambda row: any(row),
) -> list[Decimal]:
    """Add rows for ``members`` (and the ancestors they need); return their column totals.

    ``values`` holds each element's own amounts per column; a member is shown when ``keep``
    says so (by default: any amount is not zero).
    """
    shown = {m for m in members if m in nodes and keep(values.get(m, [ZERO] * width))}
    member_set = set(members)
    included = set(shown)
    for node_id in shown:
        parent = nodes[node_id].parent_id
        while parent and parent in nodes and parent in member_set and parent not in included:
            included.add(parent)
            parent = nodes[parent].parent_id
    children: dict[str | None, list[Node]] = {}
    for node_id in included:
        node = nodes[node_id]
        parent = node.parent_id if node.parent_id in included else None
        children.setdefault(parent, []).append(node)
    for kids in children.values():
        kids.sort(key=lambda n: (n.sort_key or n.name).lower())

    def emit(node: Node) -> list[Decimal]:
        own = values.get(node.id, [ZERO] * width)
        kids = children.get(node.id, [])
        if not kids:
            report.data([node.name, *map(amount, own)], row_type, node.full_name)
            return list(own)
        report.text(node.name)
        if node.id in shown:
            report.data([node.name, *map(amount, own)], row_type, node.full_name)
        sums = list(own)
        for kid in kids:
            sums = [a + b for a, b in zip(sums, emit(kid), strict=True)]
        report.subtotal([f"Total {node.name}", *map(amount, sums)], row_type, node.full_name)
        return sums

    totals = [ZERO] * width
    for root in children.get(None, []):
        totals = [a + b for a, b in zip(totals, emit(root), strict=True)]
    return totals
