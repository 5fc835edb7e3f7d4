from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.staff_contact_list_response import StaffContactListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    full_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["fullName"] = full_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/apps/{app_id}/contacts/staffcontact-list".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StaffContactListResponse | None:
    if response.status_code == 200:
        response_200 = StaffContactListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | StaffContactListResponse]:
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
    full_name: str | Unset = UNSET,
) -> Response[ErrorResponse | StaffContactListResponse]:
    """List the staff contacts of the service account

     Method, path, `offset`, `limit` ("Defaults to 50, max: 500"), `fullName` and the record fields
    are documented. PARTIAL: the stored copies are cut after `fullName`, so further filters are
    unknown, and the `code`/`result` envelope is taken from Get SMS Details (no JSON example was
    readable).

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        full_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StaffContactListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        offset=offset,
        limit=limit,
        full_name=full_name,
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
    full_name: str | Unset = UNSET,
) -> ErrorResponse | StaffContactListResponse | None:
    """List the staff contacts of the service account

     Method, path, `offset`, `limit` ("Defaults to 50, max: 500"), `fullName` and the record fields
    are documented. PARTIAL: the stored copies are cut after `fullName`, so further filters are
    unknown, and the `code`/`result` envelope is taken from Get SMS Details (no JSON example was
    readable).

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        full_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StaffContactListResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        offset=offset,
        limit=limit,
        full_name=full_name,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    full_name: str | Unset = UNSET,
) -> Response[ErrorResponse | StaffContactListResponse]:
    """List the staff contacts of the service account

     Method, path, `offset`, `limit` ("Defaults to 50, max: 500"), `fullName` and the record fields
    are documented. PARTIAL: the stored copies are cut after `fullName`, so further filters are
    unknown, and the `code`/`result` envelope is taken from Get SMS Details (no JSON example was
    readable).

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        full_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StaffContactListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        offset=offset,
        limit=limit,
        full_name=full_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    full_name: str | Unset = UNSET,
) -> ErrorResponse | StaffContactListResponse | None:
    """List the staff contacts of the service account

     Method, path, `offset`, `limit` ("Defaults to 50, max: 500"), `fullName` and the record fields
    are documented. PARTIAL: the stored copies are cut after `fullName`, so further filters are
    unknown, and the `code`/`result` envelope is taken from Get SMS Details (no JSON example was
    readable).

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        full_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StaffContactListResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            offset=offset,
            limit=limit,
            full_name=full_name,
        )
    ).parsed
