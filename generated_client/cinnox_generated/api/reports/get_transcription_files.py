from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.transcription_files_response import TranscriptionFilesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: str,
    *,
    call_id: str | Unset = UNSET,
    conference_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["callID"] = call_id

    params["conferenceID"] = conference_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/apps/{app_id}/data/transcription-file".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TranscriptionFilesResponse | None:
    if response.status_code == 200:
        response_200 = TranscriptionFilesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | TranscriptionFilesResponse]:
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
    call_id: str | Unset = UNSET,
    conference_id: str | Unset = UNSET,
) -> Response[ErrorResponse | TranscriptionFilesResponse]:
    """Get the transcription files of a call or a conference

     INFERRED from the newest module list on the APPs & API page (its only mention) and from the
    Get Recording File Details sibling: no endpoint page was found. The path follows the `data/*`
    report paths, the `callID`/`conferenceID` query parameters and the record fields follow the
    recording files, and the `code`/`result` envelope follows Get SMS Details.

    Args:
        app_id (str):
        call_id (str | Unset):
        conference_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TranscriptionFilesResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        call_id=call_id,
        conference_id=conference_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    call_id: str | Unset = UNSET,
    conference_id: str | Unset = UNSET,
) -> ErrorResponse | TranscriptionFilesResponse | None:
    """Get the transcription files of a call or a conference

     INFERRED from the newest module list on the APPs & API page (its only mention) and from the
    Get Recording File Details sibling: no endpoint page was found. The path follows the `data/*`
    report paths, the `callID`/`conferenceID` query parameters and the record fields follow the
    recording files, and the `code`/`result` envelope follows Get SMS Details.

    Args:
        app_id (str):
        call_id (str | Unset):
        conference_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TranscriptionFilesResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        call_id=call_id,
        conference_id=conference_id,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    call_id: str | Unset = UNSET,
    conference_id: str | Unset = UNSET,
) -> Response[ErrorResponse | TranscriptionFilesResponse]:
    """Get the transcription files of a call or a conference

     INFERRED from the newest module list on the APPs & API page (its only mention) and from the
    Get Recording File Details sibling: no endpoint page was found. The path follows the `data/*`
    report paths, the `callID`/`conferenceID` query parameters and the record fields follow the
    recording files, and the `code`/`result` envelope follows Get SMS Details.

    Args:
        app_id (str):
        call_id (str | Unset):
        conference_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TranscriptionFilesResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        call_id=call_id,
        conference_id=conference_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    call_id: str | Unset = UNSET,
    conference_id: str | Unset = UNSET,
) -> ErrorResponse | TranscriptionFilesResponse | None:
    """Get the transcription files of a call or a conference

     INFERRED from the newest module list on the APPs & API page (its only mention) and from the
    Get Recording File Details sibling: no endpoint page was found. The path follows the `data/*`
    report paths, the `callID`/`conferenceID` query parameters and the record fields follow the
    recording files, and the `code`/`result` envelope follows Get SMS Details.

    Args:
        app_id (str):
        call_id (str | Unset):
        conference_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TranscriptionFilesResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            call_id=call_id,
            conference_id=conference_id,
        )
    ).parsed
