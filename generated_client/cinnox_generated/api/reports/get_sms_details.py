import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_sms_details_carrier_status import GetSmsDetailsCarrierStatus
from ...models.get_sms_details_source import GetSmsDetailsSource
from ...models.get_sms_details_status import GetSmsDetailsStatus
from ...models.sms_details_response import SmsDetailsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: str,
    *,
    start_at: datetime.datetime | Unset = UNSET,
    end_at: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
    source: GetSmsDetailsSource | Unset = UNSET,
    status: GetSmsDetailsStatus | Unset = UNSET,
    carrier_status: GetSmsDetailsCarrierStatus | Unset = UNSET,
    sender: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    sms_id: str | Unset = UNSET,
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

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_carrier_status: str | Unset = UNSET
    if not isinstance(carrier_status, Unset):
        json_carrier_status = carrier_status.value

    params["carrierStatus"] = json_carrier_status

    params["sender"] = sender

    params["recipient"] = recipient

    params["smsID"] = sms_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/apps/{app_id}/data/sms-detail".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsDetailsResponse | None:
    if response.status_code == 200:
        response_200 = SmsDetailsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SmsDetailsResponse]:
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
    source: GetSmsDetailsSource | Unset = UNSET,
    status: GetSmsDetailsStatus | Unset = UNSET,
    carrier_status: GetSmsDetailsCarrierStatus | Unset = UNSET,
    sender: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    sms_id: str | Unset = UNSET,
) -> Response[ErrorResponse | SmsDetailsResponse]:
    """List SMS messages

     Documented end to end: ten query parameters, every response field and the `code`/`result`
    envelope. `sender` and `recipient` are typed Number on the page but shown as
    `+85298765432`; both forms are accepted.

    Args:
        app_id (str):
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):
        source (GetSmsDetailsSource | Unset):
        status (GetSmsDetailsStatus | Unset):
        carrier_status (GetSmsDetailsCarrierStatus | Unset):
        sender (str | Unset):
        recipient (str | Unset):
        sms_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsDetailsResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        start_at=start_at,
        end_at=end_at,
        offset=offset,
        limit=limit,
        source=source,
        status=status,
        carrier_status=carrier_status,
        sender=sender,
        recipient=recipient,
        sms_id=sms_id,
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
    source: GetSmsDetailsSource | Unset = UNSET,
    status: GetSmsDetailsStatus | Unset = UNSET,
    carrier_status: GetSmsDetailsCarrierStatus | Unset = UNSET,
    sender: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    sms_id: str | Unset = UNSET,
) -> ErrorResponse | SmsDetailsResponse | None:
    """List SMS messages

     Documented end to end: ten query parameters, every response field and the `code`/`result`
    envelope. `sender` and `recipient` are typed Number on the page but shown as
    `+85298765432`; both forms are accepted.

    Args:
        app_id (str):
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):
        source (GetSmsDetailsSource | Unset):
        status (GetSmsDetailsStatus | Unset):
        carrier_status (GetSmsDetailsCarrierStatus | Unset):
        sender (str | Unset):
        recipient (str | Unset):
        sms_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsDetailsResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        start_at=start_at,
        end_at=end_at,
        offset=offset,
        limit=limit,
        source=source,
        status=status,
        carrier_status=carrier_status,
        sender=sender,
        recipient=recipient,
        sms_id=sms_id,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_at: datetime.datetime | Unset = UNSET,
    end_at: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
    source: GetSmsDetailsSource | Unset = UNSET,
    status: GetSmsDetailsStatus | Unset = UNSET,
    carrier_status: GetSmsDetailsCarrierStatus | Unset = UNSET,
    sender: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    sms_id: str | Unset = UNSET,
) -> Response[ErrorResponse | SmsDetailsResponse]:
    """List SMS messages

     Documented end to end: ten query parameters, every response field and the `code`/`result`
    envelope. `sender` and `recipient` are typed Number on the page but shown as
    `+85298765432`; both forms are accepted.

    Args:
        app_id (str):
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):
        source (GetSmsDetailsSource | Unset):
        status (GetSmsDetailsStatus | Unset):
        carrier_status (GetSmsDetailsCarrierStatus | Unset):
        sender (str | Unset):
        recipient (str | Unset):
        sms_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsDetailsResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        start_at=start_at,
        end_at=end_at,
        offset=offset,
        limit=limit,
        source=source,
        status=status,
        carrier_status=carrier_status,
        sender=sender,
        recipient=recipient,
        sms_id=sms_id,
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
    source: GetSmsDetailsSource | Unset = UNSET,
    status: GetSmsDetailsStatus | Unset = UNSET,
    carrier_status: GetSmsDetailsCarrierStatus | Unset = UNSET,
    sender: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    sms_id: str | Unset = UNSET,
) -> ErrorResponse | SmsDetailsResponse | None:
    """List SMS messages

     Documented end to end: ten query parameters, every response field and the `code`/`result`
    envelope. `sender` and `recipient` are typed Number on the page but shown as
    `+85298765432`; both forms are accepted.

    Args:
        app_id (str):
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):
        source (GetSmsDetailsSource | Unset):
        status (GetSmsDetailsStatus | Unset):
        carrier_status (GetSmsDetailsCarrierStatus | Unset):
        sender (str | Unset):
        recipient (str | Unset):
        sms_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsDetailsResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            start_at=start_at,
            end_at=end_at,
            offset=offset,
            limit=limit,
            source=source,
            status=status,
            carrier_status=carrier_status,
            sender=sender,
            recipient=recipient,
            sms_id=sms_id,
        )
    ).parsed
