from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tag_list_response import TagListResponse
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
        "url": "/v1/api/apps/{app_id}/tag".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TagListResponse | None:
    if response.status_code == 200:
        response_200 = TagListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | TagListResponse]:
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
) -> Response[ErrorResponse | TagListResponse]:
    """List the tags (entry points that route enquiries to destinations)

     Method, path and the response are documented: `code` and a `tags` array (not `result`) whose
    records carry `tagID`, `createAt`, `basicInfo`, `functionType`, `tagNameLanguageSetting`,
    welcome/time-out/transfer-failed messages, `routingRule`, `chatURL`, `callURL`, `metaData` and
    `customChannelInfo`. PARTIAL: the query parameters are past the visible part of the page;
    `offset`/`limit` are taken from the documented Get Label List.

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TagListResponse]
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
) -> ErrorResponse | TagListResponse | None:
    """List the tags (entry points that route enquiries to destinations)

     Method, path and the response are documented: `code` and a `tags` array (not `result`) whose
    records carry `tagID`, `createAt`, `basicInfo`, `functionType`, `tagNameLanguageSetting`,
    welcome/time-out/transfer-failed messages, `routingRule`, `chatURL`, `callURL`, `metaData` and
    `customChannelInfo`. PARTIAL: the query parameters are past the visible part of the page;
    `offset`/`limit` are taken from the documented Get Label List.

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TagListResponse
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
) -> Response[ErrorResponse | TagListResponse]:
    """List the tags (entry points that route enquiries to destinations)

     Method, path and the response are documented: `code` and a `tags` array (not `result`) whose
    records carry `tagID`, `createAt`, `basicInfo`, `functionType`, `tagNameLanguageSetting`,
    welcome/time-out/transfer-failed messages, `routingRule`, `chatURL`, `callURL`, `metaData` and
    `customChannelInfo`. PARTIAL: the query parameters are past the visible part of the page;
    `offset`/`limit` are taken from the documented Get Label List.

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TagListResponse]
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
) -> ErrorResponse | TagListResponse | None:
    """List the tags (entry points that route enquiries to destinations)

     Method, path and the response are documented: `code` and a `tags` array (not `result`) whose
    records carry `tagID`, `createAt`, `basicInfo`, `functionType`, `tagNameLanguageSetting`,
    welcome/time-out/transfer-failed messages, `routingRule`, `chatURL`, `callURL`, `metaData` and
    `customChannelInfo`. PARTIAL: the query parameters are past the visible part of the page;
    `offset`/`limit` are taken from the documented Get Label List.

    Args:
        app_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TagListResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
