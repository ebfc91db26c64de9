from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_out import ErrorOut
from ...models.get_report_basis import GetReportBasis
from ...models.get_report_summarize_by import GetReportSummarizeBy
from ...models.report import Report
from ...types import UNSET, Response, Unset


def _get_kwargs(
    link_id: str,
    name: str,
    *,
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    as_of: None | str | Unset = UNSET,
    basis: GetReportBasis | Unset = UNSET,
    summarize_by: GetReportSummarizeBy | Unset = UNSET,
    wait: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    else:
        json_to = to
    params["to"] = json_to

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    json_basis: str | Unset = UNSET
    if not isinstance(basis, Unset):
        json_basis = basis.value

    params["basis"] = json_basis

    json_summarize_by: str | Unset = UNSET
    if not isinstance(summarize_by, Unset):
        json_summarize_by = summarize_by.value

    params["summarize_by"] = json_summarize_by

    json_wait: None | str | Unset
    if isinstance(wait, Unset):
        json_wait = UNSET
    else:
        json_wait = wait
    params["wait"] = json_wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/links/{link_id}/reports/{name}".format(
            link_id=quote(str(link_id), safe=""),
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorOut | Report | None:
    if response.status_code == 200:
        response_200 = Report.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorOut.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorOut.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if response.status_code == 502:
        response_502 = cast(Any, None)
        return response_502

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if response.status_code == 504:
        response_504 = cast(Any, None)
        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorOut | Report]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    link_id: str,
    name: str,
    *,
    client: AuthenticatedClient,
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    as_of: None | str | Unset = UNSET,
    basis: GetReportBasis | Unset = UNSET,
    summarize_by: GetReportSummarizeBy | Unset = UNSET,
    wait: None | str | Unset = UNSET,
) -> Response[Any | ErrorOut | Report]:
    """Run a QuickBooks report

     Runs the report in QuickBooks through the link's connector and answers it as JSON. Reports:
    profit_and_loss, balance_sheet, trial_balance, ar_aging, ap_aging, ar_aging_detail, ap_aging_detail,
    general_ledger, customer_balance, vendor_balance, sales_by_customer, sales_by_item,
    expenses_by_vendor, open_invoices, unpaid_bills, transactions_by_date. Parameters a report does not
    take are refused.

    Args:
        link_id (str):
        name (str):
        from_ (None | str | Unset):
        to (None | str | Unset):
        as_of (None | str | Unset):
        basis (GetReportBasis | Unset):
        summarize_by (GetReportSummarizeBy | Unset):
        wait (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorOut | Report]
    """

    kwargs = _get_kwargs(
        link_id=link_id,
        name=name,
        from_=from_,
        to=to,
        as_of=as_of,
        basis=basis,
        summarize_by=summarize_by,
        wait=wait,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    link_id: str,
    name: str,
    *,
    client: AuthenticatedClient,
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    as_of: None | str | Unset = UNSET,
    basis: GetReportBasis | Unset = UNSET,
    summarize_by: GetReportSummarizeBy | Unset = UNSET,
    wait: None | str | Unset = UNSET,
) -> Any | ErrorOut | Report | None:
    """Run a QuickBooks report

     Runs the report in QuickBooks through the link's connector and answers it as JSON. Reports:
    profit_and_loss, balance_sheet, trial_balance, ar_aging, ap_aging, ar_aging_detail, ap_aging_detail,
    general_ledger, customer_balance, vendor_balance, sales_by_customer, sales_by_item,
    expenses_by_vendor, open_invoices, unpaid_bills, transactions_by_date. Parameters a report does not
    take are refused.

    Args:
        link_id (str):
        name (str):
        from_ (None | str | Unset):
        to (None | str | Unset):
        as_of (None | str | Unset):
        basis (GetReportBasis | Unset):
        summarize_by (GetReportSummarizeBy | Unset):
        wait (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorOut | Report
    """

    return sync_detailed(
        link_id=link_id,
        name=name,
        client=client,
        from_=from_,
        to=to,
        as_of=as_of,
        basis=basis,
        summarize_by=summarize_by,
        wait=wait,
    ).parsed


async def asyncio_detailed(
    link_id: str,
    name: str,
    *,
    client: AuthenticatedClient,
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    as_of: None | str | Unset = UNSET,
    basis: GetReportBasis | Unset = UNSET,
    summarize_by: GetReportSummarizeBy | Unset = UNSET,
    wait: None | str | Unset = UNSET,
) -> Response[Any | ErrorOut | Report]:
    """Run a QuickBooks report

     Runs the report in QuickBooks through the link's connector and answers it as JSON. Reports:
    profit_and_loss, balance_sheet, trial_balance, ar_aging, ap_aging, ar_aging_detail, ap_aging_detail,
    general_ledger, customer_balance, vendor_balance, sales_by_customer, sales_by_item,
    expenses_by_vendor, open_invoices, unpaid_bills, transactions_by_date. Parameters a report does not
    take are refused.

    Args:
        link_id (str):
        name (str):
        from_ (None | str | Unset):
        to (None | str | Unset):
        as_of (None | str | Unset):
        basis (GetReportBasis | Unset):
        summarize_by (GetReportSummarizeBy | Unset):
        wait (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorOut | Report]
    """

    kwargs = _get_kwargs(
        link_id=link_id,
        name=name,
        from_=from_,
        to=to,
        as_of=as_of,
        basis=basis,
        summarize_by=summarize_by,
        wait=wait,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    link_id: str,
    name: str,
    *,
    client: AuthenticatedClient,
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    as_of: None | str | Unset = UNSET,
    basis: GetReportBasis | Unset = UNSET,
    summarize_by: GetReportSummarizeBy | Unset = UNSET,
    wait: None | str | Unset = UNSET,
) -> Any | ErrorOut | Report | None:
    """Run a QuickBooks report

     Runs the report in QuickBooks through the link's connector and answers it as JSON. Reports:
    profit_and_loss, balance_sheet, trial_balance, ar_aging, ap_aging, ar_aging_detail, ap_aging_detail,
    general_ledger, customer_balance, vendor_balance, sales_by_customer, sales_by_item,
    expenses_by_vendor, open_invoices, unpaid_bills, transactions_by_date. Parameters a report does not
    take are refused.

    Args:
        link_id (str):
        name (str):
        from_ (None | str | Unset):
        to (None | str | Unset):
        as_of (None | str | Unset):
        basis (GetReportBasis | Unset):
        summarize_by (GetReportSummarizeBy | Unset):
        wait (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorOut | Report
    """

    return (
        await asyncio_detailed(
            link_id=link_id,
            name=name,
            client=client,
            from_=from_,
            to=to,
            as_of=as_of,
            basis=basis,
            summarize_by=summarize_by,
            wait=wait,
        )
    ).parsed
