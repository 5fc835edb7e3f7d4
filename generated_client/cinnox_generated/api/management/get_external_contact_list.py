from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.external_contact_list_response import ExternalContactListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/apps/{app_id}/contacts/extcontact-list".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExternalContactListResponse | None:
    if response.status_code == 200:
        response_200 = ExternalContactListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ExternalContactListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[ErrorResponse | ExternalContactListResponse]:
    """List the external contacts of the service account

     Method, path and the record fields are documented (the page titles itself "Get External
    Contact List"; the module table writes "Get External Contacts List"). PARTIAL: the stored
    copies stop before the query parameters and the JSON example, so `offset`/`limit` are taken
    from the documented sibling Get Staff Contact List ("Defaults to 50, max: 500") and the
    `code`/`result` envelope from Get SMS Details. Custom fields (`{cf_text}`,
    `{cf_drop_down_single}`, …) are keyed by the "Field ID" of the Contact Field Management page,
    so a record accepts further properties.

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalContactListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> ErrorResponse | ExternalContactListResponse | None:
    """List the external contacts of the service account

     Method, path and the record fields are documented (the page titles itself "Get External
    Contact List"; the module table writes "Get External Contacts List"). PARTIAL: the stored
    copies stop before the query parameters and the JSON example, so `offset`/`limit` are taken
    from the documented sibling Get Staff Contact List ("Defaults to 50, max: 500") and the
    `code`/`result` envelope from Get SMS Details. Custom fields (`{cf_text}`,
    `{cf_drop_down_single}`, …) are keyed by the "Field ID" of the Contact Field Management page,
    so a record accepts further properties.

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalContactListResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[ErrorResponse | ExternalContactListResponse]:
    """List the external contacts of the service account

     Method, path and the record fields are documented (the page titles itself "Get External
    Contact List"; the module table writes "Get External Contacts List"). PARTIAL: the stored
    copies stop before the query parameters and the JSON example, so `offset`/`limit` are taken
    from the documented sibling Get Staff Contact List ("Defaults to 50, max: 500") and the
    `code`/`result` envelope from Get SMS Details. Custom fields (`{cf_text}`,
    `{cf_drop_down_single}`, …) are keyed by the "Field ID" of the Contact Field Management page,
    so a record accepts further properties.

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalContactListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> ErrorResponse | ExternalContactListResponse | None:
    """List the external contacts of the service account

     Method, path and the record fields are documented (the page titles itself "Get External
    Contact List"; the module table writes "Get External Contacts List"). PARTIAL: the stored
    copies stop before the query parameters and the JSON example, so `offset`/`limit` are taken
    from the documented sibling Get Staff Contact List ("Defaults to 50, max: 500") and the
    `code`/`result` envelope from Get SMS Details. Custom fields (`{cf_text}`,
    `{cf_drop_down_single}`, …) are keyed by the "Field ID" of the Contact Field Management page,
    so a record accepts further properties.

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalContactListResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
