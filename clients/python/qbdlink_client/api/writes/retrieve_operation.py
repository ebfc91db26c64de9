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
    operation_id: str,
    *,
    wait: float | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_wait: float | None | Unset
    if isinstance(wait, Unset):
        json_wait = UNSET
    else:
        json_wait = wait
    params["wait"] = json_wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/operations/{operation_id}".format(
            operation_id=quote(str(operation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorOut | OperationOut | None:
    if response.status_code == 200:
        response_200 = OperationOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorOut.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorOut.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorOut.from_dict(response.json())

        return response_404

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
    operation_id: str,
    *,
    client: AuthenticatedClient,
    wait: float | None | Unset = UNSET,
) -> Response[ErrorOut | OperationOut]:
    """Get Operation

     An operation: pending until the connector ran it, then its result or error.

    Args:
        operation_id (str):
        wait (float | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | OperationOut]
    """

    kwargs = _get_kwargs(
        operation_id=operation_id,
        wait=wait,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    operation_id: str,
    *,
    client: AuthenticatedClient,
    wait: float | None | Unset = UNSET,
) -> ErrorOut | OperationOut | None:
    """Get Operation

     An operation: pending until the connector ran it, then its result or error.

    Args:
        operation_id (str):
        wait (float | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | OperationOut
    """

    return sync_detailed(
        operation_id=operation_id,
        client=client,
        wait=wait,
    ).parsed


async def asyncio_detailed(
    operation_id: str,
    *,
    client: AuthenticatedClient,
    wait: float | None | Unset = UNSET,
) -> Response[ErrorOut | OperationOut]:
    """Get Operation

     An operation: pending until the connector ran it, then its result or error.

    Args:
        operation_id (str):
        wait (float | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | OperationOut]
    """

    kwargs = _get_kwargs(
        operation_id=operation_id,
        wait=wait,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    operation_id: str,
    *,
    client: AuthenticatedClient,
    wait: float | None | Unset = UNSET,
) -> ErrorOut | OperationOut | None:
    """Get Operation

     An operation: pending until the connector ran it, then its result or error.

    Args:
        operation_id (str):
        wait (float | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | OperationOut
    """

    return (
        await asyncio_detailed(
            operation_id=operation_id,
            client=client,
            wait=wait,
        )
    ).parsed
