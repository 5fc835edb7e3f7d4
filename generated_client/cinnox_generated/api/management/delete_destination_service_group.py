from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.code_id_response import CodeIdResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    app_id: str,
    destination_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/api/apps/{app_id}/destination/{destination_id}".format(
            app_id=quote(str(app_id), safe=""),
            destination_id=quote(str(destination_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CodeIdResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CodeIdResponse.from_dict(response.json())

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
) -> Response[CodeIdResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    destination_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CodeIdResponse | ErrorResponse]:
    """Delete a Service Group destination

     INFERRED from the module tables ("delete the destination - service group") and the documented
    Update Destination - Service Group: no endpoint page was found. DELETE on the same
    `destination/{destinationID}` path and a `code`/`id` answer like the update are guesses.

    Args:
        app_id (str):
        destination_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeIdResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        destination_id=destination_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    destination_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CodeIdResponse | ErrorResponse | None:
    """Delete a Service Group destination

     INFERRED from the module tables ("delete the destination - service group") and the documented
    Update Destination - Service Group: no endpoint page was found. DELETE on the same
    `destination/{destinationID}` path and a `code`/`id` answer like the update are guesses.

    Args:
        app_id (str):
        destination_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeIdResponse | ErrorResponse
    """

    return sync_detailed(
        app_id=app_id,
        destination_id=destination_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    destination_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CodeIdResponse | ErrorResponse]:
    """Delete a Service Group destination

     INFERRED from the module tables ("delete the destination - service group") and the documented
    Update Destination - Service Group: no endpoint page was found. DELETE on the same
    `destination/{destinationID}` path and a `code`/`id` answer like the update are guesses.

    Args:
        app_id (str):
        destination_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeIdResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        destination_id=destination_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    destination_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CodeIdResponse | ErrorResponse | None:
    """Delete a Service Group destination

     INFERRED from the module tables ("delete the destination - service group") and the documented
    Update Destination - Service Group: no endpoint page was found. DELETE on the same
    `destination/{destinationID}` path and a `code`/`id` answer like the update are guesses.

    Args:
        app_id (str):
        destination_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeIdResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            destination_id=destination_id,
            client=client,
        )
    ).parsed
