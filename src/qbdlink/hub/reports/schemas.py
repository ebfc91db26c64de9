"""The report's JSON: what ``GET /v1/links/{id}/reports/{name}`` answers."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ValueType = Literal[
    "text", "amount", "price", "quantity", "percent", "date", "datetime", "boolean", "integer"
]
Value = str | int | bool | None


class ReportColumn(BaseModel):
    """One column: its title, the type of its values and QuickBooks' column type."""

    title: str = Field(description="the column's heading ('' for the label column)")
    type: ValueType = Field(
        description="how values read: amount, price, quantity and percent are decimal strings, "
        "date is YYYY-MM-DD, text is as QuickBooks wrote it"
    )
    col_type: str = Field(description="QuickBooks' ColType: Label, Amount, Total, Date, ...")


class ReportRow(BaseModel):
    """One row, in the order the report reads."""

    kind: Literal["text", "data", "subtotal", "total"] = Field(
        description="text: a heading; data: an account, name or transaction; subtotal: a "
        "section's total; total: a grand total"
    )
    depth: int = Field(description="indentation: how many headings the row sits under", ge=0)
    label: str | None = Field(description="the text the row shows at its left")
    row_type: str | None = Field(
        description="what a data row stands for (account, customer, vendor, item, ...)"
    )
    row_value: str | None = Field(
        description="that element's QuickBooks full name (e.g. 'Becker, Chloe:Unit 100')"
    )
    values: list[Value] = Field(description="one value per column (null where empty)")


class ReportTotal(BaseModel):
    """A grand-total row (Net Income, TOTAL ASSETS, TOTAL ...)."""

    label: str | None
    values: list[Value]


class ReportPeriod(BaseModel):
    """The period asked for (null: QuickBooks' default, which the subtitle states)."""

    model_config = ConfigDict(populate_by_name=True)

    from_: str | None = Field(alias="from", description="first day (YYYY-MM-DD)")
    to: str | None = Field(description="last day (YYYY-MM-DD)")


class Report(BaseModel):
    """A QuickBooks report, run live through the connector."""

    model_config = ConfigDict(
        populate_by_name=True,
        json_schema_extra={
            "example": {
                "link_id": "lnk_5b1f1e4b8618daf58920",
                "name": "profit_and_loss",
                "title": "Profit & Loss",
                "subtitle": "January 1 through December 31, 2024",
                "basis": "accrual",
                "period": {"from": "2024-01-01", "to": "2024-12-31"},
                "as_of": None,
                "summarize_by": None,
                "columns": [
                    {"title": "", "type": "text", "col_type": "Label"},
                    {"title": "Jan - Dec 24", "type": "amount", "col_type": "Amount"},
                ],
                "rows": [
                    {
                        "kind": "text",
                        "depth": 0,
                        "label": "Ordinary Income/Expense",
                        "row_type": None,
                        "row_value": None,
                        "values": [None, None],
                    },
                    {
                        "kind": "text",
                        "depth": 1,
                        "label": "Income",
                        "row_type": None,
                        "row_value": None,
                        "values": [None, None],
                    },
                    {
                        "kind": "data",
                        "depth": 2,
                        "label": "Rental Income",
                        "row_type": "account",
                        "row_value": "Rental Income",
                        "values": ["Rental Income", "189500.00"],
                    },
                    {
                        "kind": "subtotal",
                        "depth": 1,
                        "label": "Total Income",
                        "row_type": None,
                        "row_value": None,
                        "values": ["Total Income", "192425.38"],
                    },
                    {
                        "kind": "total",
                        "depth": 0,
                        "label": "Net Income",
                        "row_type": None,
                        "row_value": None,
                        "values": ["Net Income", "161908.39"],
                    },
                ],
                "totals": [{"label": "Net Income", "values": ["Net Income", "161908.39"]}],
            }
        },
    )

    link_id: str
    name: str = Field(description="the report's name in this API (profit_and_loss, ar_aging...)")
    title: str = Field(description="QuickBooks' title for the report")
    subtitle: str = Field(description="QuickBooks' subtitle: the period or date it covers")
    basis: Literal["accrual", "cash"] | None = Field(
        description="the basis QuickBooks used (null for reports without one, e.g. agings)"
    )
    period: ReportPeriod | None = Field(description="the period asked for, for period reports")
    as_of: str | None = Field(description="the date asked for, for reports taken at a date")
    summarize_by: str | None = Field(description="the column grouping asked for")
    columns: list[ReportColumn]
    rows: list[ReportRow]
    totals: list[ReportTotal] = Field(description="the report's grand-total rows, in order")
