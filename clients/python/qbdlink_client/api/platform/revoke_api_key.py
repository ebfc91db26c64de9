from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key_out import ApiKeyOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    key_id: str,
    *,
    grace_seconds: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["grace_seconds"] = grace_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/api-keys/{key_id}".format(
            key_id=quote(str(key_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ApiKeyOut | None:
    if response.status_code == 200:
        response_200 = ApiKeyOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ApiKeyOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient,
    grace_seconds: int | Unset = 0,
) -> Response[Any | ApiKeyOut]:
    """Revoke Api Key

     Revoke one of the tenant's keys, now or after a grace period; says when it stops.

    The tenant's last key with no end is kept (409): create another key first.

    Args:
        key_id (str):
        grace_seconds (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiKeyOut]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        grace_seconds=grace_seconds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: str,
    *,
    client: AuthenticatedClient,
    grace_seconds: int | Unset = 0,
) -> Any | ApiKeyOut | None:
    """Revoke Api Key

     Revoke one of the tenant's keys, now or after a grace period; says when it stops.

    The tenant's last key with no end is kept (409): create another key first.

    Args:
        key_id (str):
        grace_seconds (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiKeyOut
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        grace_seconds=grace_seconds,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient,
    grace_seconds: int | Unset = 0,
) -> Response[Any | ApiKeyOut]:
    """Revoke Api Key

     Revoke one of the tenant's keys, now or after a grace period; says when it stops.

    The tenant's last key with no end is kept (409): create another key first.

    Args:
        key_id (str):
        grace_seconds (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiKeyOut]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        grace_seconds=grace_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient,
    grace_seconds: int | Unset = 0,
) -> Any | ApiKeyOut | None:
    """Revoke Api Key

     Revoke one of the tenant's keys, now or after a grace period; says when it stops.

    The tenant's last key with no end is kept (409): create another key first.

    Args:
        key_id (str):
        grace_seconds (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiKeyOut
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            grace_seconds=grace_seconds,
        )
    ).parsed
