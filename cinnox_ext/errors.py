"""One exception hierarchy for everything the SDK raises.

::

    CinnoxError                      .method .path .request .may_have_been_sent
    ├── ConfigurationError           bad client arguments / environment (before any request)
    ├── ValidationError              bad call arguments or request options (before any request)
    ├── WebhookPayloadError          a webhook body that is not a CINNOX event
    ├── PaginationError              a server that does not advance, repeats or overlaps pages
    ├── RateLimiterUnavailableError  the (Redis) rate limiter failed: nothing was sent
    ├── ApiConnectionError           no answer, and the request was safe to repeat or never left
    │   └── ApiTimeoutError          ... because every attempt ran out of time
    ├── SendOutcomeUnknownError      a send (POST) may have been processed: not retried
    └── ApiError                     CINNOX answered: .code .message .status_code .request_id
        │                                             .response .body
        ├── AuthenticationError      6452000 / 6452001 / HTTP 401, 403
        ├── RateLimitError           6451010 / HTTP 429 (.retry_after)
        ├── InvalidParameterError    6451000
        ├── NoRecordsError           6451011
        ├── NotFoundError            6450001, 3000203, 3000205 / HTTP 404
        ├── SmsSendError             7210101-7210104
        ├── ServerError              6451001 / HTTP 5xx
        └── ResponseValidationError  an answer the SDK cannot read (not JSON, truncated, too deep,
            └── ResponseTooLargeError   not what the spec describes); bigger than max_response_bytes

``APIConnectionError`` and ``APITimeoutError`` are the old spellings of ``ApiConnectionError`` and
``ApiTimeoutError`` and stay as aliases.

Every error carries the request's ``method`` and ``path`` (the URL path, never the query string, the
headers or the App Token) where known, and ``request`` (the ``httpx.Request``, whose
``Authorization`` header holds the token: it is never part of a message or repr).

``may_have_been_sent`` answers the question that matters for paid sends: could the request have
reached CINNOX and been processed? It is ``True`` on :class:`SendOutcomeUnknownError`, and on a
:class:`ResponseValidationError` for a POST (CINNOX answered, so the request arrived, but the SDK
cannot tell what it did); ``False`` wherever the SDK knows the answer is no (refused before
sending, rejected with an error code, a read).
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's: this module is on `cinnox segments`' start-up path
if TYPE_CHECKING:
    from typing import Any

    import httpx

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "CinnoxError",
    "ConfigurationError",
    "InvalidParameterError",
    "NoRecordsError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
    "RateLimiterUnavailableError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "SendOutcomeUnknownError",
    "ServerError",
    "SmsSendError",
    "ValidationError",
    "WebhookPayloadError",
]

# CINNOX error codes (docs.cinnox.com "Error Codes and Rate Limit Handling").
CODE_BAD_PARAMETER = 6451000
CODE_UPSTREAM_ERROR = 6451001
CODE_TOO_MANY_REQUESTS = 6451010
CODE_NO_RECORDS = 6451011
CODE_CHAT_LOGS_OVER_LIMIT = 6451013
CODE_METHOD_NOT_FOUND = 6450001
CODE_APP_NAME_CONFLICT = 6451014
CODE_TAG_NOT_FOUND = 3000203  # management: Update / Delete Tag
CODE_DESTINATION_NOT_FOUND = 3000205  # management: Update / Delete Destination - Service Group
CODE_INVALID_TOKEN = 6452000
CODE_INVALID_APP_ID = 6452001
SMS_SEND_CODES = frozenset(range(7210101, 7210105))

#: Methods whose repetition leaves the same state: a failure of one of these never "may have sent".
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})


class CinnoxError(Exception):
    """Base class of every error raised by the SDK.

    Attributes:
        method, path: the request (path without query string), when the error concerns one.
        request: the ``httpx.Request``, when one was built.
        may_have_been_sent: could CINNOX have processed the request? (see the module docstring)
    """

    #: Could the request have been processed by CINNOX? Only a send whose outcome is unknown says yes.
    may_have_been_sent: bool = False
    method: str | None = None
    path: str | None = None
    request: httpx.Request | None = None

    def __init__(
        self,
        message: str = "",
        *,
        method: str | None = None,
        path: str | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        if request is not None:
            method = method or request.method
            path = path or request.url.path
        self.method = method
        self.path = path
        self.request = request
        super().__init__(message)


class ConfigurationError(CinnoxError, ValueError):
    """The client is missing its App ID, App Token or base URL, or an argument is malformed."""


class ValidationError(CinnoxError, ValueError):
    """Input refused before any request was sent (bad phone number, page size, option, header, …)."""


class WebhookPayloadError(CinnoxError, ValueError):
    """A webhook body that is not one of the CINNOX event kinds. The message says why."""


class PaginationError(CinnoxError):
    """A list the server does not page exactly: a page repeats or overlaps records already read at
    other positions (the server ignores ``offset``, repeats a page, or the list shifted while it was
    read). Iterating on would loop forever, lose records or yield some twice, so the pager stops here.

    Attributes:
        window: the index of the time window being read.
        offset: the offset of the page that did not advance.
    """

    def __init__(
        self,
        message: str = "",
        *,
        window: int = 0,
        offset: int = 0,
        method: str | None = None,
        path: str | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message, method=method, path=path, request=request)
        self.window = window
        self.offset = offset


class RateLimiterUnavailableError(CinnoxError):
    """The rate limiter could not be consulted (Redis down, frozen, or its key holds another type).

    The limiter fails closed: the request was not sent. ``may_have_been_sent`` is ``False``.
    """


class ApiConnectionError(CinnoxError):
    """The request could not be completed (network failure) after retries ran out.

    Raised only when the SDK knows the request was not processed, or the request was safe to repeat.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        path: str | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message, method=method, path=path, request=request)
        self.args = (f"{message} ({self.method} {self.path})" if self.method else message,)


class ApiTimeoutError(ApiConnectionError):
    """A request ran out of time (``timeout`` seconds per attempt, wall clock) on every attempt."""


#: The old names, kept working.
APIConnectionError = ApiConnectionError
APITimeoutError = ApiTimeoutError


class SendOutcomeUnknownError(CinnoxError):
    """A send (POST) may have reached CINNOX, and retrying it could send it twice.

    Raised instead of retrying when a POST timed out while waiting for the answer, lost its
    connection after the request was written, or got a 5xx/upstream error. Check the outcome (for SMS:
    ``client.reports.sms_details`` or the outbound SMS webhook) before sending again.
    """

    may_have_been_sent = True

    def __init__(
        self,
        reason: str,
        *,
        method: str | None = None,
        path: str | None = None,
        request: httpx.Request | None = None,
        status_code: int | None = None,
        code: int | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__("", method=method, path=path, request=request)
        self.reason = reason
        self.status_code = status_code
        self.code = code
        self.response = response
        self.args = (
            f"{self.method} {self.path} may have been processed ({reason}); it was not retried so that "
            "it is not sent twice. Check its outcome before sending again.",
        )


class ApiError(CinnoxError):
    """CINNOX answered with an error.

    Attributes:
        code: the CINNOX error code (``6451000`` …), or ``None`` when the body had none.
        message: the CINNOX error message, or the HTTP reason phrase.
        status_code: the HTTP status.
        method, path: the request (path without query string; never headers or the token).
        request_id: the ``X-Request-Id`` style header of the response, when CINNOX sends one.
        response: the ``httpx.Response`` (its body already read), when there was one.
        body: the decoded JSON body of the answer, or ``None`` when it was not JSON.
    """

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        status_code: int | None = None,
        method: str | None = None,
        path: str | None = None,
        request_id: str | None = None,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        body: object = None,
    ) -> None:
        if response is not None:
            if status_code is None:
                status_code = response.status_code
            if request is None:
                request = _request_of(response)
        super().__init__("", method=method, path=path, request=request)
        self.code = code
        self.message = message
        self.status_code = status_code
        self.request_id = request_id
        self.response = response
        self.body = body
        self.args = (self._describe(),)

    def _describe(self) -> str:
        parts = []
        if self.code is not None:
            parts.append(f"CINNOX error {self.code}: {self.message}")
        else:
            parts.append(self.message)
        where = " ".join(p for p in (self.method, self.path) if p)
        details = [d for d in (f"HTTP {self.status_code}" if self.status_code else "", where) if d]
        if self.request_id:
            details.append(f"request id {self.request_id}")
        if details:
            parts.append(f"({', '.join(details)})")
        return " ".join(parts)


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built by hand has no request
        return None


class AuthenticationError(ApiError):
    """Invalid App Token (6452000), invalid App ID (6452001), or HTTP 401/403. Never retried."""


class RateLimitError(ApiError):
    """Too many requests (6451010, whatever the HTTP status, or HTTP 429), after retries ran out,
    or at once when the server's ``Retry-After`` is longer than the retry policy allows.

    ``retry_after`` is the server's ``Retry-After`` in seconds, when it sent one.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class InvalidParameterError(ApiError):
    """CINNOX refused a parameter (6451000): the message says which."""


class NoRecordsError(ApiError):
    """The query was valid but matched nothing (6451011). Paginators treat it as the end."""


class NotFoundError(ApiError):
    """Unknown method or path (6450001) or HTTP 404."""


class SmsSendError(ApiError):
    """CINNOX refused to send an SMS (7210101–7210104): bad sender or recipient format, …"""


class ServerError(ApiError):
    """HTTP 5xx or upstream error (6451001) on a request that could be retried, after retries ran out."""


class ResponseValidationError(ApiError):
    """CINNOX answered, but not with something the SDK can read: a body that is not JSON, truncated,
    nested too deep, or not what the spec describes (a required field missing or null).

    For a POST, ``may_have_been_sent`` is ``True`` (the request arrived; what CINNOX did is unknown):
    check the outcome before sending again. Pass ``may_have_been_sent`` to override.

    >>> ResponseValidationError("not JSON", method="POST", path="/send_sms").may_have_been_sent
    True
    """

    def __init__(self, message: str, *, may_have_been_sent: bool | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        if may_have_been_sent is None:
            may_have_been_sent = self.method is not None and self.method.upper() not in _IDEMPOTENT
        self.may_have_been_sent = may_have_been_sent


class ResponseTooLargeError(ResponseValidationError):
    """The answer's body (after decompression) is larger than the client's ``max_response_bytes``;
    reading stopped there."""
