from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.channel_type_details_response import ChannelTypeDetailsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    app_id: str,
    *,
    channel_type: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["channelType"] = channel_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/apps/{app_id}/data/channel-type-detail".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChannelTypeDetailsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChannelTypeDetailsResponse.from_dict(response.json())

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
) -> Response[ChannelTypeDetailsResponse | ErrorResponse]:
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
    channel_type: str,
) -> Response[ChannelTypeDetailsResponse | ErrorResponse]:
    """Get the details of a channel type

     INFERRED from the error table: no detail page could be read. The error `Invalid channel type`
    suggests a channel
    type input, named `channelType` here; the path and the record fields are guesses.

    Args:
        app_id (str):
        channel_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelTypeDetailsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        channel_type=channel_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    channel_type: str,
) -> ChannelTypeDetailsResponse | ErrorResponse | None:
    """Get the details of a channel type

     INFERRED from the error table: no detail page could be read. The error `Invalid channel type`
    suggests a channel
    type input, named `channelType` here; the path and the record fields are guesses.

    Args:
        app_id (str):
        channel_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelTypeDetailsResponse | ErrorResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        channel_type=channel_type,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    channel_type: str,
) -> Response[ChannelTypeDetailsResponse | ErrorResponse]:
    """Get the details of a channel type

     INFERRED from the error table: no detail page could be read. The error `Invalid channel type`
    suggests a channel
    type input, named `channelType` here; the path and the record fields are guesses.

    Args:
        app_id (str):
        channel_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelTypeDetailsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        channel_type=channel_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    channel_type: str,
) -> ChannelTypeDetailsResponse | ErrorResponse | None:
    """Get the details of a channel type

     INFERRED from the error table: no detail page could be read. The error `Invalid channel type`
    suggests a channel
    type input, named `channelType` here; the path and the record fields are guesses.

    Args:
        app_id (str):
        channel_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelTypeDetailsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            channel_type=channel_type,
        )
    ).parsed
