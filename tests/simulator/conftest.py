"""Fixtures for simulator tests: a fresh company file and a processor with a fixed clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from qbdlink.qbxml import Request, ResponseSet, decode_responses, encode_requests
from qbdlink.simulator import CompanyStore, Processor, create_company

EASTERN = timezone(timedelta(hours=-4))


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2024, 5, 1, 9, 30, tzinfo=EASTERN)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: int = 1) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def company_path(tmp_path: Path) -> Path:
    return create_company(tmp_path / "acme.qbw.sqlite", name="Acme Properties LLC")


@pytest.fixture
def store(company_path: Path) -> Iterator[CompanyStore]:
    opened = CompanyStore.open(company_path)
    yield opened
    opened.close()


@pytest.fixture
def processor(store: CompanyStore, clock: FakeClock) -> Processor:
    return Processor(store, clock=clock)


Run = Callable[..., ResponseSet]


@pytest.fixture
def run(processor: Processor) -> Run:
    """Send requests through the processor; get the decoded (strictly checked) responses."""

    def send(
        *requests: Request, on_error: str = "continueOnError", version: str = "13.0"
    ) -> ResponseSet:
        document = encode_requests(list(requests), on_error=on_error, version=version)  # type: ignore[arg-type]
        return decode_responses(processor.process(document), strict=True)

    return send
