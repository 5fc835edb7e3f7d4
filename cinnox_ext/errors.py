"""One exception hierarchy for everything the SDK raises.

Every error derives from :class:`CinnoxError`, so ``except CinnoxError`` catches all of them. Errors
that come from the API carry the CINNOX ``code`` and ``message``, the HTTP status, and the request's
method, path and id where known, but never the App Token: messages are built from those fields only,
and the path is the URL path without its query string.

``may_have_been_sent`` answers the question that matters for paid sends: could the request have
reached CINNOX and been processed? It is ``False`` on every error where the SDK knows the answer is
no (refused before processing, rejected with a 4xx code) and ``True`` on
:class:`SendOutcomeUnknownError`, which the SDK raises instead of retrying a POST.
"""

from __future__ import annotations

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "ApiError",
    "AuthenticationError",
    "CinnoxError",
    "ConfigurationError",
    "InvalidParameterError",
    "NoRecordsError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
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
CODE_INVALID_TOKEN = 6452000
CODE_INVALID_APP_ID = 6452001
SMS_SEND_CODES = frozenset(range(7210101, 7210105))


class CinnoxError(Exception):
    """Base class of every error raised by the SDK."""

    #: Could the request have been processed by CINNOX? Only a send whose outcome is unknown says yes.
    may_have_been_sent: bool = False


class ConfigurationError(CinnoxError, ValueError):
    """The client is missing its App ID, App Token or base URL, or one of them is malformed."""


class ValidationError(CinnoxError, ValueError):
    """Input refused before any request was sent (bad phone number, page size, time window, …)."""


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

    def __init__(self, message: str, *, window: int = 0, offset: int = 0) -> None:
        super().__init__(message)
        self.window = window
        self.offset = offset


class ApiError(CinnoxError):
    """CINNOX answered with an error.

    Attributes:
        code: the CINNOX error code (``6451000`` …), or ``None`` when the body had none.
        message: the CINNOX error message, or the HTTP reason phrase.
        status_code: the HTTP status.
        method, path: the request (path without query string; never headers or the token).
        request_id: the ``X-Request-Id`` style header of the response, when CINNOX sends one.
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
    ) -> None:
        self.code = code
        self.message = message
        self.status_code = status_code
        self.method = method
        self.path = path
        self.request_id = request_id
        super().__init__(self._describe())

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


class AuthenticationError(ApiError):
    """Invalid App Token (6452000), invalid App ID (6452001), or HTTP 401/403. Never retried."""


class RateLimitError(ApiError):
    """Too many requests (6451010, whatever the HTTP status, or HTTP 429), after retries ran out.

    ``retry_after`` is the server's ``Retry-After`` in seconds, when it sent one.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: object) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)  # type: ignore[arg-type]


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


class APIConnectionError(CinnoxError):
    """The request could not be completed (network failure) after retries ran out.

    Raised only when the SDK knows the request was not processed, or the request was safe to repeat.
    """

    def __init__(self, message: str, *, method: str | None = None, path: str | None = None) -> None:
        self.method = method
        self.path = path
        super().__init__(f"{message} ({method} {path})" if method else message)


class APITimeoutError(APIConnectionError):
    """A request timed out on every attempt."""


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
        status_code: int | None = None,
        code: int | None = None,
    ) -> None:
        self.reason = reason
        self.method = method
        self.path = path
        self.status_code = status_code
        self.code = code
        super().__init__(
            f"{method} {path} may have been processed ({reason}); it was not retried so that it "
            "is not sent twice. Check its outcome before sending again."
        )
