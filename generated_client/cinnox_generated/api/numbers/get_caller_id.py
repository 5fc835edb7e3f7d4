from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.number_list_response import NumberListResponse
from ...types import Response


def _get_kwargs(
    app_id: str,
    eid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/apps/{app_id}/staff/{eid}/cli/caller_id".format(
            app_id=quote(str(app_id), safe=""),
            eid=quote(str(eid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NumberListResponse | None:
    if response.status_code == 200:
        response_200 = NumberListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | NumberListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    eid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | NumberListResponse]:
    """Get the Caller IDs of a staff member

     Method, path and record fields are documented. PARTIAL: whether the body is one object or a
    list, and its envelope, were not visible; the `code`/`result`-list envelope is inferred from
    Get SMS Details. `name` is typed Number on the page, almost certainly a doc error: string here.

    Args:
        app_id (str):
        eid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NumberListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        eid=eid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    eid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | NumberListResponse | None:
    """Get the Caller IDs of a staff member

     Method, path and record fields are documented. PARTIAL: whether the body is one object or a
    list, and its envelope, were not visible; the `code`/`result`-list envelope is inferred from
    Get SMS Details. `name` is typed Number on the page, almost certainly a doc error: string here.

    Args:
        app_id (str):
        eid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NumberListResponse
    """

    return sync_detailed(
        app_id=app_id,
        eid=eid,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    eid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | NumberListResponse]:
    """Get the Caller IDs of a staff member

     Method, path and record fields are documented. PARTIAL: whether the body is one object or a
    list, and its envelope, were not visible; the `code`/`result`-list envelope is inferred from
    Get SMS Details. `name` is typed Number on the page, almost certainly a doc error: string here.

    Args:
        app_id (str):
        eid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NumberListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        eid=eid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    eid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | NumberListResponse | None:
    """Get the Caller IDs of a staff member

     Method, path and record fields are documented. PARTIAL: whether the body is one object or a
    list, and its envelope, were not visible; the `code`/`result`-list envelope is inferred from
    Get SMS Details. `name` is typed Number on the page, almost certainly a doc error: string here.

    Args:
        app_id (str):
        eid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NumberListResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            eid=eid,
            client=client,
        )
    ).parsed
