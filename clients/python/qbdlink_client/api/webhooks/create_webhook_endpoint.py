from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_out import ErrorOut
from ...models.http_validation_error import HTTPValidationError
from ...models.webhook_endpoint_create import WebhookEndpointCreate
from ...models.webhook_endpoint_out import WebhookEndpointOut
from ...types import Response


def _get_kwargs(
    *,
    body: WebhookEndpointCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhook-endpoints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorOut | HTTPValidationError | WebhookEndpointOut | None:
    if response.status_code == 201:
        response_201 = WebhookEndpointOut.from_dict(response.json())

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
) -> Response[ErrorOut | HTTPValidationError | WebhookEndpointOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookEndpointCreate,
) -> Response[ErrorOut | HTTPValidationError | WebhookEndpointOut]:
    """Create Webhook Endpoint

     Register a webhook endpoint; the answer shows its signing secret, this once only.

    Args:
        body (WebhookEndpointCreate): Where to send events, and which ones (every event when
            ``events`` is left out).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | HTTPValidationError | WebhookEndpointOut]
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
    body: WebhookEndpointCreate,
) -> ErrorOut | HTTPValidationError | WebhookEndpointOut | None:
    """Create Webhook Endpoint

     Register a webhook endpoint; the answer shows its signing secret, this once only.

    Args:
        body (WebhookEndpointCreate): Where to send events, and which ones (every event when
            ``events`` is left out).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | HTTPValidationError | WebhookEndpointOut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookEndpointCreate,
) -> Response[ErrorOut | HTTPValidationError | WebhookEndpointOut]:
    """Create Webhook Endpoint

     Register a webhook endpoint; the answer shows its signing secret, this once only.

    Args:
        body (WebhookEndpointCreate): Where to send events, and which ones (every event when
            ``events`` is left out).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | HTTPValidationError | WebhookEndpointOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WebhookEndpointCreate,
) -> ErrorOut | HTTPValidationError | WebhookEndpointOut | None:
    """Create Webhook Endpoint

     Register a webhook endpoint; the answer shows its signing secret, this once only.

    Args:
        body (WebhookEndpointCreate): Where to send events, and which ones (every event when
            ``events`` is left out).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | HTTPValidationError | WebhookEndpointOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
