from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_out import ErrorOut
from ...models.operation_out import OperationOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    link_id: str,
    record_id: str,
    *,
    idempotency_key: None | str | Unset = UNSET,
    prefer: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/links/{link_id}/sales_receipts/{record_id}".format(
            link_id=quote(str(link_id), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorOut | OperationOut | None:
    if response.status_code == 200:
        response_200 = OperationOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = OperationOut.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = OperationOut.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = ErrorOut.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorOut.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorOut.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorOut.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorOut.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorOut | OperationOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    link_id: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
    prefer: None | str | Unset = UNSET,
) -> Response[ErrorOut | OperationOut]:
    """Delete sales receipts

     Delete one of sales_receipts from QuickBooks for good.

    Args:
        link_id (str):
        record_id (str):
        idempotency_key (None | str | Unset):
        prefer (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | OperationOut]
    """

    kwargs = _get_kwargs(
        link_id=link_id,
        record_id=record_id,
        idempotency_key=idempotency_key,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    link_id: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
    prefer: None | str | Unset = UNSET,
) -> ErrorOut | OperationOut | None:
    """Delete sales receipts

     Delete one of sales_receipts from QuickBooks for good.

    Args:
        link_id (str):
        record_id (str):
        idempotency_key (None | str | Unset):
        prefer (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | OperationOut
    """

    return sync_detailed(
        link_id=link_id,
        record_id=record_id,
        client=client,
        idempotency_key=idempotency_key,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    link_id: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
    prefer: None | str | Unset = UNSET,
) -> Response[ErrorOut | OperationOut]:
    """Delete sales receipts

     Delete one of sales_receipts from QuickBooks for good.

    Args:
        link_id (str):
        record_id (str):
        idempotency_key (None | str | Unset):
        prefer (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | OperationOut]
    """

    kwargs = _get_kwargs(
        link_id=link_id,
        record_id=record_id,
        idempotency_key=idempotency_key,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    link_id: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
    prefer: None | str | Unset = UNSET,
) -> ErrorOut | OperationOut | None:
    """Delete sales receipts

     Delete one of sales_receipts from QuickBooks for good.

    Args:
        link_id (str):
        record_id (str):
        idempotency_key (None | str | Unset):
        prefer (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | OperationOut
    """

    return (
        await asyncio_detailed(
            link_id=link_id,
            record_id=record_id,
            client=client,
            idempotency_key=idempotency_key,
            prefer=prefer,
        )
    ).parsed
