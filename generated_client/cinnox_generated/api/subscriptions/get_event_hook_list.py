from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.event_hook_list_response import EventHookListResponse
from ...types import Response


def _get_kwargs(
    app_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/apps/{app_id}/event-hooks".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EventHookListResponse | None:
    if response.status_code == 200:
        response_200 = EventHookListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | EventHookListResponse]:
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
) -> Response[ErrorResponse | EventHookListResponse]:
    """List the webhook event subscriptions of the App

     INFERRED: no detail page could be read; the overview says only "query the list of events you
    have subscribed to". Method GET and the path are guesses; each record reuses the documented
    subscription response fields (`enabled`, `url`, `updatedAt`) plus an `event` name taken from
    the subscription path (`call`, `inbound-sms`, …). The `code`/`result` envelope follows Get SMS
    Details.

    Args:
        app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventHookListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | EventHookListResponse | None:
    """List the webhook event subscriptions of the App

     INFERRED: no detail page could be read; the overview says only "query the list of events you
    have subscribed to". Method GET and the path are guesses; each record reuses the documented
    subscription response fields (`enabled`, `url`, `updatedAt`) plus an `event` name taken from
    the subscription path (`call`, `inbound-sms`, …). The `code`/`result` envelope follows Get SMS
    Details.

    Args:
        app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventHookListResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | EventHookListResponse]:
    """List the webhook event subscriptions of the App

     INFERRED: no detail page could be read; the overview says only "query the list of events you
    have subscribed to". Method GET and the path are guesses; each record reuses the documented
    subscription response fields (`enabled`, `url`, `updatedAt`) plus an `event` name taken from
    the subscription path (`call`, `inbound-sms`, …). The `code`/`result` envelope follows Get SMS
    Details.

    Args:
        app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventHookListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | EventHookListResponse | None:
    """List the webhook event subscriptions of the App

     INFERRED: no detail page could be read; the overview says only "query the list of events you
    have subscribed to". Method GET and the path are guesses; each record reuses the documented
    subscription response fields (`enabled`, `url`, `updatedAt`) plus an `event` name taken from
    the subscription path (`call`, `inbound-sms`, …). The `code`/`result` envelope follows Get SMS
    Details.

    Args:
        app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventHookListResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
        )
    ).parsed
