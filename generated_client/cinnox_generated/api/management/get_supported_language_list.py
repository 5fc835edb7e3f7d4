from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.supported_language_list_response import SupportedLanguageListResponse
from ...types import Response


def _get_kwargs(
    app_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/apps/{app_id}/destination/languages".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SupportedLanguageListResponse | None:
    if response.status_code == 200:
        response_200 = SupportedLanguageListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SupportedLanguageListResponse]:
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
) -> Response[ErrorResponse | SupportedLanguageListResponse]:
    """List the languages a Service Group can support

     INFERRED from the module tables ("retrieve the supported language list for creating the
    Service Group") and from Create Destination-Service Group, whose `supportLanguages` takes
    language codes (ISO 639-1 per Create External Contact): no endpoint page was found. Method
    GET, the path under the documented `destination` path, the `code`/`result` envelope and the
    `{code, name}` records are guesses. Not paged (a short fixed list).

    Args:
        app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SupportedLanguageListResponse]
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
) -> ErrorResponse | SupportedLanguageListResponse | None:
    """List the languages a Service Group can support

     INFERRED from the module tables ("retrieve the supported language list for creating the
    Service Group") and from Create Destination-Service Group, whose `supportLanguages` takes
    language codes (ISO 639-1 per Create External Contact): no endpoint page was found. Method
    GET, the path under the documented `destination` path, the `code`/`result` envelope and the
    `{code, name}` records are guesses. Not paged (a short fixed list).

    Args:
        app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SupportedLanguageListResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SupportedLanguageListResponse]:
    """List the languages a Service Group can support

     INFERRED from the module tables ("retrieve the supported language list for creating the
    Service Group") and from Create Destination-Service Group, whose `supportLanguages` takes
    language codes (ISO 639-1 per Create External Contact): no endpoint page was found. Method
    GET, the path under the documented `destination` path, the `code`/`result` envelope and the
    `{code, name}` records are guesses. Not paged (a short fixed list).

    Args:
        app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SupportedLanguageListResponse]
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
) -> ErrorResponse | SupportedLanguageListResponse | None:
    """List the languages a Service Group can support

     INFERRED from the module tables ("retrieve the supported language list for creating the
    Service Group") and from Create Destination-Service Group, whose `supportLanguages` takes
    language codes (ISO 639-1 per Create External Contact): no endpoint page was found. Method
    GET, the path under the documented `destination` path, the `code`/`result` envelope and the
    `{code, name}` records are guesses. Not paged (a short fixed list).

    Args:
        app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SupportedLanguageListResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
        )
    ).parsed
