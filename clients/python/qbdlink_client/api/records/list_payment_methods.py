import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_out import ErrorOut
from ...models.list_payment_methods_active import ListPaymentMethodsActive
from ...models.payment_methods_page import PaymentMethodsPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    link_id: str,
    *,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | Unset = False,
    ids: None | str | Unset = UNSET,
    name_contains: None | str | Unset = UNSET,
    active: ListPaymentMethodsActive | Unset = UNSET,
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

    json_name_contains: None | str | Unset
    if isinstance(name_contains, Unset):
        json_name_contains = UNSET
    else:
        json_name_contains = name_contains
    params["name_contains"] = json_name_contains

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/links/{link_id}/payment_methods".format(
            link_id=quote(str(link_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorOut | PaymentMethodsPage | None:
    if response.status_code == 200:
        response_200 = PaymentMethodsPage.from_dict(response.json())

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
) -> Response[ErrorOut | PaymentMethodsPage]:
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
    name_contains: None | str | Unset = UNSET,
    active: ListPaymentMethodsActive | Unset = UNSET,
) -> Response[ErrorOut | PaymentMethodsPage]:
    """List payment methods

     List the link's payment_methods, oldest change first.

    Args:
        link_id (str):
        limit (int | Unset):  Default: 100.
        cursor (None | str | Unset):
        updated_since (datetime.datetime | None | Unset):
        include_deleted (bool | Unset):  Default: False.
        ids (None | str | Unset):
        name_contains (None | str | Unset):
        active (ListPaymentMethodsActive | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PaymentMethodsPage]
    """

    kwargs = _get_kwargs(
        link_id=link_id,
        limit=limit,
        cursor=cursor,
        updated_since=updated_since,
        include_deleted=include_deleted,
        ids=ids,
        name_contains=name_contains,
        active=active,
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
    name_contains: None | str | Unset = UNSET,
    active: ListPaymentMethodsActive | Unset = UNSET,
) -> ErrorOut | PaymentMethodsPage | None:
    """List payment methods

     List the link's payment_methods, oldest change first.

    Args:
        link_id (str):
        limit (int | Unset):  Default: 100.
        cursor (None | str | Unset):
        updated_since (datetime.datetime | None | Unset):
        include_deleted (bool | Unset):  Default: False.
        ids (None | str | Unset):
        name_contains (None | str | Unset):
        active (ListPaymentMethodsActive | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PaymentMethodsPage
    """

    return sync_detailed(
        link_id=link_id,
        client=client,
        limit=limit,
        cursor=cursor,
        updated_since=updated_since,
        include_deleted=include_deleted,
        ids=ids,
        name_contains=name_contains,
        active=active,
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
    name_contains: None | str | Unset = UNSET,
    active: ListPaymentMethodsActive | Unset = UNSET,
) -> Response[ErrorOut | PaymentMethodsPage]:
    """List payment methods

     List the link's payment_methods, oldest change first.

    Args:
        link_id (str):
        limit (int | Unset):  Default: 100.
        cursor (None | str | Unset):
        updated_since (datetime.datetime | None | Unset):
        include_deleted (bool | Unset):  Default: False.
        ids (None | str | Unset):
        name_contains (None | str | Unset):
        active (ListPaymentMethodsActive | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PaymentMethodsPage]
    """

    kwargs = _get_kwargs(
        link_id=link_id,
        limit=limit,
        cursor=cursor,
        updated_since=updated_since,
        include_deleted=include_deleted,
        ids=ids,
        name_contains=name_contains,
        active=active,
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
    name_contains: None | str | Unset = UNSET,
    active: ListPaymentMethodsActive | Unset = UNSET,
) -> ErrorOut | PaymentMethodsPage | None:
    """List payment methods

     List the link's payment_methods, oldest change first.

    Args:
        link_id (str):
        limit (int | Unset):  Default: 100.
        cursor (None | str | Unset):
        updated_since (datetime.datetime | None | Unset):
        include_deleted (bool | Unset):  Default: False.
        ids (None | str | Unset):
        name_contains (None | str | Unset):
        active (ListPaymentMethodsActive | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PaymentMethodsPage
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
            name_contains=name_contains,
            active=active,
        )
    ).parsed
