"""A state machine of random list changes: the invariants QuickBooks keeps hold after each step.

Customers (with jobs) and vendors share one namespace. Steps add, rename, re-parent, deactivate
and delete; after every step the company must have exactly the model's elements, with unique
names (without case), FullName = parent FullName + ":" + Name, EditSequences that never go back,
and every deleted element listed by ListDeletedQuery.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from qbdlink.qbxml import Request
from qbdlink.qbxml.codec import Record
from tests.simulator.conftest import FakeClock
from tests.simulator.test_lists_support import add, company_sender

NAMES = st.sampled_from(["Acme", "acme", "Bolt", "Coda", "Dune", "ROOF", "Roof", "Gutter"])


@dataclass
class Element:
    kind: str
    name: str
    parent: str | None = None
    active: bool = True


class ListMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.mkdtemp()
        self.clock = FakeClock()
        self.send, self.store = company_sender(Path(self.folder) / "c.qbw.sqlite", self.clock)
        self.model: dict[str, Element] = {}
        self.deleted: set[str] = set()
        self.edit_sequence: dict[str, int] = {}
        self.first_sequence: dict[str, str] = {}

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- the model ---------------------------------------------------------------------------
    def full_name(self, list_id: str) -> str:
        element = self.model[list_id]
        if element.parent is None:
            return element.name
        return f"{self.full_name(element.parent)}:{element.name}"

    def taken(self, full_name: str, except_id: str | None = None) -> bool:
        return any(
            self.full_name(list_id).casefold() == full_name.casefold()
            for list_id in self.model
            if list_id != except_id
        )

    def descendants(self, list_id: str) -> list[str]:
        found = [i for i, e in self.model.items() if e.parent == list_id]
        return found + [d for child in found for d in self.descendants(child)]

    def current(self, list_id: str) -> Record:
        kind = self.model[list_id].kind
        return self.send(Request(f"{kind}QueryRq", {"ListID": [list_id]}))[0].records[0]

    def modify(self, list_id: str, **fields: Any) -> Any:
        record = self.current(list_id)
        kind = self.model[list_id].kind
        body = {"ListID": list_id, "EditSequence": record["EditSequence"], **fields}
        response = self.send(Request(f"{kind}ModRq", {f"{kind}Mod": body}))[0]
        if response.status_code == 0:
            assert int(response.records[0]["EditSequence"]) > int(record["EditSequence"])
        return response

    # -- steps -------------------------------------------------------------------------------
    @rule(seconds=st.integers(min_value=0, max_value=2))
    def tick(self, seconds: int) -> None:
        self.clock.advance(seconds)

    @rule(name=NAMES)
    def add_customer(self, name: str) -> None:
        self._add_customer(name, None)

    @precondition(lambda self: any(e.kind == "Customer" for e in self.model.values()))
    @rule(name=NAMES, data=st.data())
    def add_job(self, name: str, data: st.DataObject) -> None:
        customers = sorted(i for i, e in self.model.items() if e.kind == "Customer")
        self._add_customer(name, data.draw(st.sampled_from(customers)))

    def _add_customer(self, name: str, parent: str | None) -> None:
        fields: dict[str, Any] = {"Name": name}
        if parent is not None:
            fields["ParentRef"] = {"ListID": parent}
        full = f"{self.full_name(parent)}:{name}" if parent else name
        response = self.send(add("Customer", **fields))[0]
        assert response.status_code == (3100 if self.taken(full) else 0), response.message
        if response.status_code == 0:
            self._remember(response.records[0], Element("Customer", name, parent))

    @rule(name=NAMES)
    def add_vendor(self, name: str) -> None:
        response = self.send(add("Vendor", Name=name))[0]
        assert response.status_code == (3100 if self.taken(name) else 0), response.message
        if response.status_code == 0:
            self._remember(response.records[0], Element("Vendor", name))

    def _remember(self, record: Record, element: Element) -> None:
        self.model[record["ListID"]] = element
        self.first_sequence[record["ListID"]] = record["EditSequence"]
        self.edit_sequence[record["ListID"]] = int(record["EditSequence"])

    @precondition(lambda self: self.model)
    @rule(name=NAMES, data=st.data())
    def rename(self, name: str, data: st.DataObject) -> None:
        target = data.draw(st.sampled_from(sorted(self.model)))
        element = self.model[target]
        parent = element.parent
        full = f"{self.full_name(parent)}:{name}" if parent else name
        response = self.modify(target, Name=name)
        assert response.status_code == (3100 if self.taken(full, target) else 0), response.message
        if response.status_code == 0:
            element.name = name

    @precondition(lambda self: any(e.kind == "Customer" for e in self.model.values()))
    @rule(data=st.data())
    def move(self, data: st.DataObject) -> None:
        customers = sorted(i for i, e in self.model.items() if e.kind == "Customer")
        target = data.draw(st.sampled_from(customers))
        parent = data.draw(st.sampled_from([None, *customers]))
        element = self.model[target]
        full = f"{self.full_name(parent)}:{element.name}" if parent else element.name
        if parent == target or parent in self.descendants(target):
            expected = 3180
        else:
            expected = 3100 if self.taken(full, target) else 0
        ref = {"ListID": parent} if parent else {"FullName": ""}
        response = self.modify(target, ParentRef=ref)
        assert response.status_code == expected, response.message
        if expected == 0:
            element.parent = parent

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def deactivate(self, data: st.DataObject) -> None:
        target = data.draw(st.sampled_from(sorted(self.model)))
        assert self.modify(target, IsActive="false").status_code == 0
        for list_id in [target, *self.descendants(target)]:
            self.model[list_id].active = False

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        target = data.draw(st.sampled_from(sorted(self.model)))
        kind = self.model[target].kind
        response = self.send(Request("ListDelRq", {"ListDelType": kind, "ListID": target}))[0]
        has_children = bool(self.descendants(target))
        assert response.status_code == (3170 if has_children else 0), response.message
        if not has_children:
            del self.model[target]
            self.deleted.add(target)

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def stale_mod(self, data: st.DataObject) -> None:
        target = data.draw(st.sampled_from(sorted(self.model)))
        first = self.first_sequence[target]
        if self.current(target)["EditSequence"] == first:
            return
        kind = self.model[target].kind
        body = {"ListID": target, "EditSequence": first, "Name": "Stale"}
        response = self.send(Request(f"{kind}ModRq", {f"{kind}Mod": body}))[0]
        assert response.status_code == 3200

    # -- invariants --------------------------------------------------------------------------
    @invariant()
    def company_matches_the_model(self) -> None:
        customers, vendors = self.send(
            Request("CustomerQueryRq", {"ActiveStatus": "All"}),
            Request("VendorQueryRq", {"ActiveStatus": "All"}),
        )
        records = {r["ListID"]: r for r in [*customers.records, *vendors.records]}
        assert set(records) == set(self.model)
        by_id = {list_id: r.get("FullName", r["Name"]) for list_id, r in records.items()}
        assert len({name.casefold() for name in by_id.values()}) == len(by_id)
        for list_id, record in records.items():
            element = self.model[list_id]
            assert by_id[list_id] == self.full_name(list_id)
            assert record["IsActive"] is element.active
            parent = record.get("ParentRef")
            if parent is None:
                assert by_id[list_id] == record["Name"]
            else:
                assert by_id[list_id] == f"{by_id[parent['ListID']]}:{record['Name']}"
                assert parent["FullName"] == by_id[parent["ListID"]]
                assert record["Sublevel"] == records[parent["ListID"]]["Sublevel"] + 1
            sequence = int(record["EditSequence"])
            assert sequence >= self.edit_sequence[list_id]
            self.edit_sequence[list_id] = sequence

    @invariant()
    def deleted_elements_stay_gone_and_are_listed(self) -> None:
        if not self.deleted:
            return
        listed = self.send(Request("ListDeletedQueryRq", {"ListDelType": ["Customer", "Vendor"]}))
        assert {r["ListID"] for r in listed[0].records} == self.deleted


ListMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=20, deadline=None, derandomize=True
)
TestListInvariants = ListMachine.TestCase
