import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_log_response import CallLogResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: str,
    *,
    start_at: datetime.datetime | Unset = UNSET,
    end_at: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_at: str | Unset = UNSET
    if not isinstance(start_at, Unset):
        json_start_at = start_at.isoformat()
    params["startAt"] = json_start_at

    json_end_at: str | Unset = UNSET
    if not isinstance(end_at, Unset):
        json_end_at = end_at.isoformat()
    params["endAt"] = json_end_at

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/apps/{app_id}/data/call-log".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallLogResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CallLogResponse.from_dict(response.json())

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
) -> Response[CallLogResponse | ErrorResponse]:
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
    start_at: datetime.datetime | Unset = UNSET,
    end_at: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> Response[CallLogResponse | ErrorResponse]:
    """List call logs (calls and conferences)

     Method, path and the record fields up to `calleeInfo.eid` are documented. PARTIAL: query
    parameters and envelope are inferred from Get SMS Details; the remaining `calleeInfo` fields are
    inferred to mirror `callerInfo`.

    Args:
        app_id (str):
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallLogResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        start_at=start_at,
        end_at=end_at,
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
    start_at: datetime.datetime | Unset = UNSET,
    end_at: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> CallLogResponse | ErrorResponse | None:
    """List call logs (calls and conferences)

     Method, path and the record fields up to `calleeInfo.eid` are documented. PARTIAL: query
    parameters and envelope are inferred from Get SMS Details; the remaining `calleeInfo` fields are
    inferred to mirror `callerInfo`.

    Args:
        app_id (str):
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallLogResponse | ErrorResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        start_at=start_at,
        end_at=end_at,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_at: datetime.datetime | Unset = UNSET,
    end_at: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> Response[CallLogResponse | ErrorResponse]:
    """List call logs (calls and conferences)

     Method, path and the record fields up to `calleeInfo.eid` are documented. PARTIAL: query
    parameters and envelope are inferred from Get SMS Details; the remaining `calleeInfo` fields are
    inferred to mirror `callerInfo`.

    Args:
        app_id (str):
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallLogResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        start_at=start_at,
        end_at=end_at,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_at: datetime.datetime | Unset = UNSET,
    end_at: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> CallLogResponse | ErrorResponse | None:
    """List call logs (calls and conferences)

     Method, path and the record fields up to `calleeInfo.eid` are documented. PARTIAL: query
    parameters and envelope are inferred from Get SMS Details; the remaining `calleeInfo` fields are
    inferred to mirror `callerInfo`.

    Args:
        app_id (str):
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallLogResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            start_at=start_at,
            end_at=end_at,
            offset=offset,
            limit=limit,
        )
    ).parsed
