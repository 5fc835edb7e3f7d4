from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enquiry_chat_response import EnquiryChatResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    app_id: str,
    *,
    enquiry_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["enquiryID"] = enquiry_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/apps/{app_id}/data/enquiry-chat".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnquiryChatResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EnquiryChatResponse.from_dict(response.json())

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
) -> Response[EnquiryChatResponse | ErrorResponse]:
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
    enquiry_id: str,
) -> Response[EnquiryChatResponse | ErrorResponse]:
    """Get the chat history of one closed enquiry

     Method, path, the required `enquiryID` query parameter (the `inquiry` ID or the
    `displayCaseNumber` from Get Enquiry Details) and every record field are documented. One closed
    enquiry per request (error 6451013 above the chat-log limit). PARTIAL: the envelope follows Get
    SMS Details.

    Args:
        app_id (str):
        enquiry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnquiryChatResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        enquiry_id=enquiry_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    enquiry_id: str,
) -> EnquiryChatResponse | ErrorResponse | None:
    """Get the chat history of one closed enquiry

     Method, path, the required `enquiryID` query parameter (the `inquiry` ID or the
    `displayCaseNumber` from Get Enquiry Details) and every record field are documented. One closed
    enquiry per request (error 6451013 above the chat-log limit). PARTIAL: the envelope follows Get
    SMS Details.

    Args:
        app_id (str):
        enquiry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnquiryChatResponse | ErrorResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        enquiry_id=enquiry_id,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    enquiry_id: str,
) -> Response[EnquiryChatResponse | ErrorResponse]:
    """Get the chat history of one closed enquiry

     Method, path, the required `enquiryID` query parameter (the `inquiry` ID or the
    `displayCaseNumber` from Get Enquiry Details) and every record field are documented. One closed
    enquiry per request (error 6451013 above the chat-log limit). PARTIAL: the envelope follows Get
    SMS Details.

    Args:
        app_id (str):
        enquiry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnquiryChatResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        enquiry_id=enquiry_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    enquiry_id: str,
) -> EnquiryChatResponse | ErrorResponse | None:
    """Get the chat history of one closed enquiry

     Method, path, the required `enquiryID` query parameter (the `inquiry` ID or the
    `displayCaseNumber` from Get Enquiry Details) and every record field are documented. One closed
    enquiry per request (error 6451013 above the chat-log limit). PARTIAL: the envelope follows Get
    SMS Details.

    Args:
        app_id (str):
        enquiry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnquiryChatResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            enquiry_id=enquiry_id,
        )
    ).parsed
