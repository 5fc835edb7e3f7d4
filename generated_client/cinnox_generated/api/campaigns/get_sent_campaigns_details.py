from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sent_campaigns_details_response import SentCampaignsDetailsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: str,
    *,
    history_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["historyID"] = history_id

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/apps/{app_id}/data/sent-campaigns-detail".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SentCampaignsDetailsResponse | None:
    if response.status_code == 200:
        response_200 = SentCampaignsDetailsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SentCampaignsDetailsResponse]:
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
    history_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | SentCampaignsDetailsResponse]:
    """List the per-recipient messages of one sent campaign

     Method, path (singular `detail`) and record fields are documented; the campaign is chosen by
    `historyID`, the `id` from Get Sent Campaigns Summary. PARTIAL: `historyID` is inferred to be a
    required query parameter (the path has no placeholder); `offset`/`limit` and the envelope
    follow the report family.

    Args:
        app_id (str):
        history_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SentCampaignsDetailsResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        history_id=history_id,
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
    history_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> ErrorResponse | SentCampaignsDetailsResponse | None:
    """List the per-recipient messages of one sent campaign

     Method, path (singular `detail`) and record fields are documented; the campaign is chosen by
    `historyID`, the `id` from Get Sent Campaigns Summary. PARTIAL: `historyID` is inferred to be a
    required query parameter (the path has no placeholder); `offset`/`limit` and the envelope
    follow the report family.

    Args:
        app_id (str):
        history_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SentCampaignsDetailsResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        history_id=history_id,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    history_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | SentCampaignsDetailsResponse]:
    """List the per-recipient messages of one sent campaign

     Method, path (singular `detail`) and record fields are documented; the campaign is chosen by
    `historyID`, the `id` from Get Sent Campaigns Summary. PARTIAL: `historyID` is inferred to be a
    required query parameter (the path has no placeholder); `offset`/`limit` and the envelope
    follow the report family.

    Args:
        app_id (str):
        history_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SentCampaignsDetailsResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        history_id=history_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    history_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> ErrorResponse | SentCampaignsDetailsResponse | None:
    """List the per-recipient messages of one sent campaign

     Method, path (singular `detail`) and record fields are documented; the campaign is chosen by
    `historyID`, the `id` from Get Sent Campaigns Summary. PARTIAL: `historyID` is inferred to be a
    required query parameter (the path has no placeholder); `offset`/`limit` and the envelope
    follow the report family.

    Args:
        app_id (str):
        history_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SentCampaignsDetailsResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            history_id=history_id,
            offset=offset,
            limit=limit,
        )
    ).parsed
