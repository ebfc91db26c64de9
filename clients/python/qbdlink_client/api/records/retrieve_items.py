from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_out import ErrorOut
from ...models.item_discount_record import ItemDiscountRecord
from ...models.item_fixed_asset_record import ItemFixedAssetRecord
from ...models.item_group_record import ItemGroupRecord
from ...models.item_inventory_assembly_record import ItemInventoryAssemblyRecord
from ...models.item_inventory_record import ItemInventoryRecord
from ...models.item_non_inventory_record import ItemNonInventoryRecord
from ...models.item_other_charge_record import ItemOtherChargeRecord
from ...models.item_payment_record import ItemPaymentRecord
from ...models.item_sales_tax_group_record import ItemSalesTaxGroupRecord
from ...models.item_sales_tax_record import ItemSalesTaxRecord
from ...models.item_service_record import ItemServiceRecord
from ...models.item_subtotal_record import ItemSubtotalRecord
from ...types import Response


def _get_kwargs(
    link_id: str,
    record_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/links/{link_id}/items/{record_id}".format(
            link_id=quote(str(link_id), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorOut
    | ItemDiscountRecord
    | ItemFixedAssetRecord
    | ItemGroupRecord
    | ItemInventoryAssemblyRecord
    | ItemInventoryRecord
    | ItemNonInventoryRecord
    | ItemOtherChargeRecord
    | ItemPaymentRecord
    | ItemSalesTaxGroupRecord
    | ItemSalesTaxRecord
    | ItemServiceRecord
    | ItemSubtotalRecord
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            ItemDiscountRecord
            | ItemFixedAssetRecord
            | ItemGroupRecord
            | ItemInventoryAssemblyRecord
            | ItemInventoryRecord
            | ItemNonInventoryRecord
            | ItemOtherChargeRecord
            | ItemPaymentRecord
            | ItemSalesTaxGroupRecord
            | ItemSalesTaxRecord
            | ItemServiceRecord
            | ItemSubtotalRecord
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_items_record_type_0 = ItemServiceRecord.from_dict(data)

                return componentsschemas_items_record_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_items_record_type_1 = ItemNonInventoryRecord.from_dict(data)

                return componentsschemas_items_record_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_items_record_type_2 = ItemOtherChargeRecord.from_dict(data)

                return componentsschemas_items_record_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_items_record_type_3 = ItemInventoryRecord.from_dict(data)

                return componentsschemas_items_record_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_items_record_type_4 = ItemInventoryAssemblyRecord.from_dict(data)

                return componentsschemas_items_record_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_items_record_type_5 = ItemFixedAssetRecord.from_dict(data)

                return componentsschemas_items_record_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_items_record_type_6 = ItemSubtotalRecord.from_dict(data)

                return componentsschemas_items_record_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_items_record_type_7 = ItemDiscountRecord.from_dict(data)

                return componentsschemas_items_record_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_items_record_type_8 = ItemPaymentRecord.from_dict(data)

                return componentsschemas_items_record_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_items_record_type_9 = ItemSalesTaxRecord.from_dict(data)

                return componentsschemas_items_record_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_items_record_type_10 = ItemSalesTaxGroupRecord.from_dict(data)

                return componentsschemas_items_record_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_items_record_type_11 = ItemGroupRecord.from_dict(data)

            return componentsschemas_items_record_type_11

        response_200 = _parse_response_200(response.json())

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
) -> Response[
    ErrorOut
    | ItemDiscountRecord
    | ItemFixedAssetRecord
    | ItemGroupRecord
    | ItemInventoryAssemblyRecord
    | ItemInventoryRecord
    | ItemNonInventoryRecord
    | ItemOtherChargeRecord
    | ItemPaymentRecord
    | ItemSalesTaxGroupRecord
    | ItemSalesTaxRecord
    | ItemServiceRecord
    | ItemSubtotalRecord
]:
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
) -> Response[
    ErrorOut
    | ItemDiscountRecord
    | ItemFixedAssetRecord
    | ItemGroupRecord
    | ItemInventoryAssemblyRecord
    | ItemInventoryRecord
    | ItemNonInventoryRecord
    | ItemOtherChargeRecord
    | ItemPaymentRecord
    | ItemSalesTaxGroupRecord
    | ItemSalesTaxRecord
    | ItemServiceRecord
    | ItemSubtotalRecord
]:
    """Retrieve one of items

     One of the link's items by its QuickBooks id.

    Args:
        link_id (str):
        record_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | ItemDiscountRecord | ItemFixedAssetRecord | ItemGroupRecord | ItemInventoryAssemblyRecord | ItemInventoryRecord | ItemNonInventoryRecord | ItemOtherChargeRecord | ItemPaymentRecord | ItemSalesTaxGroupRecord | ItemSalesTaxRecord | ItemServiceRecord | ItemSubtotalRecord]
    """

    kwargs = _get_kwargs(
        link_id=link_id,
        record_id=record_id,
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
) -> (
    ErrorOut
    | ItemDiscountRecord
    | ItemFixedAssetRecord
    | ItemGroupRecord
    | ItemInventoryAssemblyRecord
    | ItemInventoryRecord
    | ItemNonInventoryRecord
    | ItemOtherChargeRecord
    | ItemPaymentRecord
    | ItemSalesTaxGroupRecord
    | ItemSalesTaxRecord
    | ItemServiceRecord
    | ItemSubtotalRecord
    | None
):
    """Retrieve one of items

     One of the link's items by its QuickBooks id.

    Args:
        link_id (str):
        record_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | ItemDiscountRecord | ItemFixedAssetRecord | ItemGroupRecord | ItemInventoryAssemblyRecord | ItemInventoryRecord | ItemNonInventoryRecord | ItemOtherChargeRecord | ItemPaymentRecord | ItemSalesTaxGroupRecord | ItemSalesTaxRecord | ItemServiceRecord | ItemSubtotalRecord
    """

    return sync_detailed(
        link_id=link_id,
        record_id=record_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    link_id: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ErrorOut
    | ItemDiscountRecord
    | ItemFixedAssetRecord
    | ItemGroupRecord
    | ItemInventoryAssemblyRecord
    | ItemInventoryRecord
    | ItemNonInventoryRecord
    | ItemOtherChargeRecord
    | ItemPaymentRecord
    | ItemSalesTaxGroupRecord
    | ItemSalesTaxRecord
    | ItemServiceRecord
    | ItemSubtotalRecord
]:
    """Retrieve one of items

     One of the link's items by its QuickBooks id.

    Args:
        link_id (str):
        record_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | ItemDiscountRecord | ItemFixedAssetRecord | ItemGroupRecord | ItemInventoryAssemblyRecord | ItemInventoryRecord | ItemNonInventoryRecord | ItemOtherChargeRecord | ItemPaymentRecord | ItemSalesTaxGroupRecord | ItemSalesTaxRecord | ItemServiceRecord | ItemSubtotalRecord]
    """

    kwargs = _get_kwargs(
        link_id=link_id,
        record_id=record_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    link_id: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    ErrorOut
    | ItemDiscountRecord
    | ItemFixedAssetRecord
    | ItemGroupRecord
    | ItemInventoryAssemblyRecord
    | ItemInventoryRecord
    | ItemNonInventoryRecord
    | ItemOtherChargeRecord
    | ItemPaymentRecord
    | ItemSalesTaxGroupRecord
    | ItemSalesTaxRecord
    | ItemServiceRecord
    | ItemSubtotalRecord
    | None
):
    """Retrieve one of items

     One of the link's items by its QuickBooks id.

    Args:
        link_id (str):
        record_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | ItemDiscountRecord | ItemFixedAssetRecord | ItemGroupRecord | ItemInventoryAssemblyRecord | ItemInventoryRecord | ItemNonInventoryRecord | ItemOtherChargeRecord | ItemPaymentRecord | ItemSalesTaxGroupRecord | ItemSalesTaxRecord | ItemServiceRecord | ItemSubtotalRecord
    """

    return (
        await asyncio_detailed(
            link_id=link_id,
            record_id=record_id,
            client=client,
        )
    ).parsed
