from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enquiry_labels_request import EnquiryLabelsRequest
from ...models.enquiry_labels_response import EnquiryLabelsResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    app_id: str,
    inquiry_id: str,
    *,
    body: EnquiryLabelsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/api/apps/{app_id}/inquiries/{inquiry_id}/labels".format(
            app_id=quote(str(app_id), safe=""),
            inquiry_id=quote(str(inquiry_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnquiryLabelsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EnquiryLabelsResponse.from_dict(response.json())

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
) -> Response[EnquiryLabelsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    inquiry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnquiryLabelsRequest,
) -> Response[EnquiryLabelsResponse | ErrorResponse]:
    """Remove labels from an enquiry

     Method DELETE with a `labelIds` body, the path and the response (`code`, `notExistLabelIds`,
    `labelIds` = the labels still applied, `updatedAt`) are documented. The page notes the request
    counts as successful only when no label remains on the enquiry.

    Args:
        app_id (str):
        inquiry_id (str):
        body (EnquiryLabelsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnquiryLabelsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        inquiry_id=inquiry_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    inquiry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnquiryLabelsRequest,
) -> EnquiryLabelsResponse | ErrorResponse | None:
    """Remove labels from an enquiry

     Method DELETE with a `labelIds` body, the path and the response (`code`, `notExistLabelIds`,
    `labelIds` = the labels still applied, `updatedAt`) are documented. The page notes the request
    counts as successful only when no label remains on the enquiry.

    Args:
        app_id (str):
        inquiry_id (str):
        body (EnquiryLabelsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnquiryLabelsResponse | ErrorResponse
    """

    return sync_detailed(
        app_id=app_id,
        inquiry_id=inquiry_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    inquiry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnquiryLabelsRequest,
) -> Response[EnquiryLabelsResponse | ErrorResponse]:
    """Remove labels from an enquiry

     Method DELETE with a `labelIds` body, the path and the response (`code`, `notExistLabelIds`,
    `labelIds` = the labels still applied, `updatedAt`) are documented. The page notes the request
    counts as successful only when no label remains on the enquiry.

    Args:
        app_id (str):
        inquiry_id (str):
        body (EnquiryLabelsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnquiryLabelsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        inquiry_id=inquiry_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    inquiry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnquiryLabelsRequest,
) -> EnquiryLabelsResponse | ErrorResponse | None:
    """Remove labels from an enquiry

     Method DELETE with a `labelIds` body, the path and the response (`code`, `notExistLabelIds`,
    `labelIds` = the labels still applied, `updatedAt`) are documented. The page notes the request
    counts as successful only when no label remains on the enquiry.

    Args:
        app_id (str):
        inquiry_id (str):
        body (EnquiryLabelsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnquiryLabelsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            inquiry_id=inquiry_id,
            client=client,
            body=body,
        )
    ).parsed
