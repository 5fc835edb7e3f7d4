from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.external_contact_activity_response import ExternalContactActivityResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: str,
    contact_id: str,
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
        "url": "/v1/api/apps/{app_id}/contacts/extcontact-activity/{contact_id}".format(
            app_id=quote(str(app_id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExternalContactActivityResponse | None:
    if response.status_code == 200:
        response_200 = ExternalContactActivityResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ExternalContactActivityResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[ErrorResponse | ExternalContactActivityResponse]:
    """List the activity records of one external contact

     INFERRED from the module tables ("query the external contact's activity records") and the
    sibling pages: no endpoint page was found. The path follows the documented sibling
    `contacts/extcontact-list`; the contact is a path parameter as in the documented Update
    External Contact (`{contactID}`); paging (`offset`/`limit`) and the `code`/`result` envelope
    follow the documented list pages. The record fields (`id`, `type`, `channel`, `description`,
    `staffId`, `createdAt`) are guesses.

    Args:
        app_id (str):
        contact_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalContactActivityResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        contact_id=contact_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> ErrorResponse | ExternalContactActivityResponse | None:
    """List the activity records of one external contact

     INFERRED from the module tables ("query the external contact's activity records") and the
    sibling pages: no endpoint page was found. The path follows the documented sibling
    `contacts/extcontact-list`; the contact is a path parameter as in the documented Update
    External Contact (`{contactID}`); paging (`offset`/`limit`) and the `code`/`result` envelope
    follow the documented list pages. The record fields (`id`, `type`, `channel`, `description`,
    `staffId`, `createdAt`) are guesses.

    Args:
        app_id (str):
        contact_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalContactActivityResponse
    """

    return sync_detailed(
        app_id=app_id,
        contact_id=contact_id,
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[ErrorResponse | ExternalContactActivityResponse]:
    """List the activity records of one external contact

     INFERRED from the module tables ("query the external contact's activity records") and the
    sibling pages: no endpoint page was found. The path follows the documented sibling
    `contacts/extcontact-list`; the contact is a path parameter as in the documented Update
    External Contact (`{contactID}`); paging (`offset`/`limit`) and the `code`/`result` envelope
    follow the documented list pages. The record fields (`id`, `type`, `channel`, `description`,
    `staffId`, `createdAt`) are guesses.

    Args:
        app_id (str):
        contact_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalContactActivityResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        contact_id=contact_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> ErrorResponse | ExternalContactActivityResponse | None:
    """List the activity records of one external contact

     INFERRED from the module tables ("query the external contact's activity records") and the
    sibling pages: no endpoint page was found. The path follows the documented sibling
    `contacts/extcontact-list`; the contact is a path parameter as in the documented Update
    External Contact (`{contactID}`); paging (`offset`/`limit`) and the `code`/`result` envelope
    follow the documented list pages. The record fields (`id`, `type`, `channel`, `description`,
    `staffId`, `createdAt`) are guesses.

    Args:
        app_id (str):
        contact_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalContactActivityResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            contact_id=contact_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
