import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enquiry_overview_response import EnquiryOverviewResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    app_id: str,
    *,
    start_at: datetime.datetime,
    end_at: datetime.datetime,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_at = start_at.isoformat()
    params["startAt"] = json_start_at

    json_end_at = end_at.isoformat()
    params["endAt"] = json_end_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/apps/{app_id}/data/enquiry-overview".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnquiryOverviewResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EnquiryOverviewResponse.from_dict(response.json())

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
) -> Response[EnquiryOverviewResponse | ErrorResponse]:
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
    start_at: datetime.datetime,
    end_at: datetime.datetime,
) -> Response[EnquiryOverviewResponse | ErrorResponse]:
    """Get enquiry totals for a window of at most 90 days

     INFERRED from the overview and the error table: no detail page could be read. The overview
    says it returns totals of received,
    ongoing and missed enquiries "and others" for at most 90 days per query (documented); the error
    table's `Exceed maximum query day %d` and `missing one of startAt, endAt` suggest required
    `startAt`/`endAt`. The path and field names are guesses. The result aggregates its window, so
    windows must never be summed by a client.

    Args:
        app_id (str):
        start_at (datetime.datetime):
        end_at (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnquiryOverviewResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        start_at=start_at,
        end_at=end_at,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_at: datetime.datetime,
    end_at: datetime.datetime,
) -> EnquiryOverviewResponse | ErrorResponse | None:
    """Get enquiry totals for a window of at most 90 days

     INFERRED from the overview and the error table: no detail page could be read. The overview
    says it returns totals of received,
    ongoing and missed enquiries "and others" for at most 90 days per query (documented); the error
    table's `Exceed maximum query day %d` and `missing one of startAt, endAt` suggest required
    `startAt`/`endAt`. The path and field names are guesses. The result aggregates its window, so
    windows must never be summed by a client.

    Args:
        app_id (str):
        start_at (datetime.datetime):
        end_at (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnquiryOverviewResponse | ErrorResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        start_at=start_at,
        end_at=end_at,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_at: datetime.datetime,
    end_at: datetime.datetime,
) -> Response[EnquiryOverviewResponse | ErrorResponse]:
    """Get enquiry totals for a window of at most 90 days

     INFERRED from the overview and the error table: no detail page could be read. The overview
    says it returns totals of received,
    ongoing and missed enquiries "and others" for at most 90 days per query (documented); the error
    table's `Exceed maximum query day %d` and `missing one of startAt, endAt` suggest required
    `startAt`/`endAt`. The path and field names are guesses. The result aggregates its window, so
    windows must never be summed by a client.

    Args:
        app_id (str):
        start_at (datetime.datetime):
        end_at (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnquiryOverviewResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        start_at=start_at,
        end_at=end_at,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_at: datetime.datetime,
    end_at: datetime.datetime,
) -> EnquiryOverviewResponse | ErrorResponse | None:
    """Get enquiry totals for a window of at most 90 days

     INFERRED from the overview and the error table: no detail page could be read. The overview
    says it returns totals of received,
    ongoing and missed enquiries "and others" for at most 90 days per query (documented); the error
    table's `Exceed maximum query day %d` and `missing one of startAt, endAt` suggest required
    `startAt`/`endAt`. The path and field names are guesses. The result aggregates its window, so
    windows must never be summed by a client.

    Args:
        app_id (str):
        start_at (datetime.datetime):
        end_at (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnquiryOverviewResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            start_at=start_at,
            end_at=end_at,
        )
    ).parsed
