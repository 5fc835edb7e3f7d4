from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.destination_list_response import DestinationListResponse
from ...models.error_response import ErrorResponse
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
        "url": "/v1/api/apps/{app_id}/destination".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DestinationListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DestinationListResponse.from_dict(response.json())

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
) -> Response[DestinationListResponse | ErrorResponse]:
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
) -> Response[DestinationListResponse | ErrorResponse]:
    """List the destinations

     INFERRED from the module tables ("retrieve the Tag and Destination lists"; the last word of the
    row is cut in the stored copies) and the Create Tag notice ("Getting the supported language and
    destination list first is recommended"): no endpoint page was found. GET on the documented
    `destination` path, paging as the documented Get Label List, the `code`/`result` envelope,
    and records carrying the Create Destination body fields plus `id` are guesses.

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestinationListResponse | ErrorResponse]
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
) -> DestinationListResponse | ErrorResponse | None:
    """List the destinations

     INFERRED from the module tables ("retrieve the Tag and Destination lists"; the last word of the
    row is cut in the stored copies) and the Create Tag notice ("Getting the supported language and
    destination list first is recommended"): no endpoint page was found. GET on the documented
    `destination` path, paging as the documented Get Label List, the `code`/`result` envelope,
    and records carrying the Create Destination body fields plus `id` are guesses.

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestinationListResponse | ErrorResponse
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
) -> Response[DestinationListResponse | ErrorResponse]:
    """List the destinations

     INFERRED from the module tables ("retrieve the Tag and Destination lists"; the last word of the
    row is cut in the stored copies) and the Create Tag notice ("Getting the supported language and
    destination list first is recommended"): no endpoint page was found. GET on the documented
    `destination` path, paging as the documented Get Label List, the `code`/`result` envelope,
    and records carrying the Create Destination body fields plus `id` are guesses.

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestinationListResponse | ErrorResponse]
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
) -> DestinationListResponse | ErrorResponse | None:
    """List the destinations

     INFERRED from the module tables ("retrieve the Tag and Destination lists"; the last word of the
    row is cut in the stored copies) and the Create Tag notice ("Getting the supported language and
    destination list first is recommended"): no endpoint page was found. GET on the documented
    `destination` path, paging as the documented Get Label List, the `code`/`result` envelope,
    and records carrying the Create Destination body fields plus `id` are guesses.

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestinationListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
