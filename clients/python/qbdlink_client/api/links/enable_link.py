from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_out import ErrorOut
from ...models.http_validation_error import HTTPValidationError
from ...models.link_create import LinkCreate
from ...models.link_out import LinkOut
from ...types import Response


def _get_kwargs(
    *,
    body: LinkCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/links",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorOut | HTTPValidationError | LinkOut | None:
    if response.status_code == 201:
        response_201 = LinkOut.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = ErrorOut.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorOut.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorOut | HTTPValidationError | LinkOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LinkCreate,
) -> Response[ErrorOut | HTTPValidationError | LinkOut]:
    """Enable Link

     Enable the QuickBooks Desktop add-on for one company: issues a license key.

    Args:
        body (LinkCreate): Enable the add-on for one more QuickBooks company.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | HTTPValidationError | LinkOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: LinkCreate,
) -> ErrorOut | HTTPValidationError | LinkOut | None:
    """Enable Link

     Enable the QuickBooks Desktop add-on for one company: issues a license key.

    Args:
        body (LinkCreate): Enable the add-on for one more QuickBooks company.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | HTTPValidationError | LinkOut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LinkCreate,
) -> Response[ErrorOut | HTTPValidationError | LinkOut]:
    """Enable Link

     Enable the QuickBooks Desktop add-on for one company: issues a license key.

    Args:
        body (LinkCreate): Enable the add-on for one more QuickBooks company.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | HTTPValidationError | LinkOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LinkCreate,
) -> ErrorOut | HTTPValidationError | LinkOut | None:
    """Enable Link

     Enable the QuickBooks Desktop add-on for one company: issues a license key.

    Args:
        body (LinkCreate): Enable the add-on for one more QuickBooks company.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | HTTPValidationError | LinkOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
