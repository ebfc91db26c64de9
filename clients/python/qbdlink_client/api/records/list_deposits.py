import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deposits_page import DepositsPage
from ...models.error_out import ErrorOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    link_id: str,
    *,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | Unset = False,
    ids: None | str | Unset = UNSET,
    txn_date_from: None | str | Unset = UNSET,
    txn_date_to: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_updated_since: None | str | Unset
    if isinstance(updated_since, Unset):
        json_updated_since = UNSET
    elif isinstance(updated_since, datetime.datetime):
        json_updated_since = updated_since.isoformat()
    else:
        json_updated_since = updated_since
    params["updated_since"] = json_updated_since

    params["include_deleted"] = include_deleted

    json_ids: None | str | Unset
    if isinstance(ids, Unset):
        json_ids = UNSET
    else:
        json_ids = ids
    params["ids"] = json_ids

    json_txn_date_from: None | str | Unset
    if isinstance(txn_date_from, Unset):
        json_txn_date_from = UNSET
    else:
        json_txn_date_from = txn_date_from
    params["txn_date_from"] = json_txn_date_from

    json_txn_date_to: None | str | Unset
    if isinstance(txn_date_to, Unset):
        json_txn_date_to = UNSET
    else:
        json_txn_date_to = txn_date_to
    params["txn_date_to"] = json_txn_date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/links/{link_id}/deposits".format(
            link_id=quote(str(link_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DepositsPage | ErrorOut | None:
    if response.status_code == 200:
        response_200 = DepositsPage.from_dict(response.json())

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
) -> Response[DepositsPage | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    link_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | Unset = False,
    ids: None | str | Unset = UNSET,
    txn_date_from: None | str | Unset = UNSET,
    txn_date_to: None | str | Unset = UNSET,
) -> Response[DepositsPage | ErrorOut]:
    """List deposits

     List the link's deposits, oldest change first.

    Args:
        link_id (str):
        limit (int | Unset):  Default: 100.
        cursor (None | str | Unset):
        updated_since (datetime.datetime | None | Unset):
        include_deleted (bool | Unset):  Default: False.
        ids (None | str | Unset):
        txn_date_from (None | str | Unset):
        txn_date_to (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepositsPage | ErrorOut]
    """

    kwargs = _get_kwargs(
        link_id=link_id,
        limit=limit,
        cursor=cursor,
        updated_since=updated_since,
        include_deleted=include_deleted,
        ids=ids,
        txn_date_from=txn_date_from,
        txn_date_to=txn_date_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    link_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | Unset = False,
    ids: None | str | Unset = UNSET,
    txn_date_from: None | str | Unset = UNSET,
    txn_date_to: None | str | Unset = UNSET,
) -> DepositsPage | ErrorOut | None:
    """List deposits

     List the link's deposits, oldest change first.

    Args:
        link_id (str):
        limit (int | Unset):  Default: 100.
        cursor (None | str | Unset):
        updated_since (datetime.datetime | None | Unset):
        include_deleted (bool | Unset):  Default: False.
        ids (None | str | Unset):
        txn_date_from (None | str | Unset):
        txn_date_to (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepositsPage | ErrorOut
    """

    return sync_detailed(
        link_id=link_id,
        client=client,
        limit=limit,
        cursor=cursor,
        updated_since=updated_since,
        include_deleted=include_deleted,
        ids=ids,
        txn_date_from=txn_date_from,
        txn_date_to=txn_date_to,
    ).parsed


async def asyncio_detailed(
    link_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | Unset = False,
    ids: None | str | Unset = UNSET,
    txn_date_from: None | str | Unset = UNSET,
    txn_date_to: None | str | Unset = UNSET,
) -> Response[DepositsPage | ErrorOut]:
    """List deposits

     List the link's deposits, oldest change first.

    Args:
        link_id (str):
        limit (int | Unset):  Default: 100.
        cursor (None | str | Unset):
        updated_since (datetime.datetime | None | Unset):
        include_deleted (bool | Unset):  Default: False.
        ids (None | str | Unset):
        txn_date_from (None | str | Unset):
        txn_date_to (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepositsPage | ErrorOut]
    """

    kwargs = _get_kwargs(
        link_id=link_id,
        limit=limit,
        cursor=cursor,
        updated_since=updated_since,
        include_deleted=include_deleted,
        ids=ids,
        txn_date_from=txn_date_from,
        txn_date_to=txn_date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    link_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | Unset = False,
    ids: None | str | Unset = UNSET,
    txn_date_from: None | str | Unset = UNSET,
    txn_date_to: None | str | Unset = UNSET,
) -> DepositsPage | ErrorOut | None:
    """List deposits

     List the link's deposits, oldest change first.

    Args:
        link_id (str):
        limit (int | Unset):  Default: 100.
        cursor (None | str | Unset):
        updated_since (datetime.datetime | None | Unset):
        include_deleted (bool | Unset):  Default: False.
        ids (None | str | Unset):
        txn_date_from (None | str | Unset):
        txn_date_to (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepositsPage | ErrorOut
    """

    return (
        await asyncio_detailed(
            link_id=link_id,
            client=client,
            limit=limit,
            cursor=cursor,
            updated_since=updated_since,
            include_deleted=include_deleted,
            ids=ids,
            txn_date_from=txn_date_from,
            txn_date_to=txn_date_to,
        )
    ).parsed
