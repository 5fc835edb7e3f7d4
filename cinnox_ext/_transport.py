"""The one place where requests are sent: authentication, rate limiting, retries, error mapping, bounds.

The generated client (``cinnox_generated``) builds URLs, bodies and models; it sends through an
``httpx`` client whose transport is one of the two below. They are thin: each drives the retry loop
of :func:`cinnox_ext._retries.retry_flow` with blocking or awaiting I/O. One attempt is:

1. take a slot from the rate limiter (a limiter that cannot be consulted fails closed: nothing is sent);
2. send, and read the whole answer within ``timeout`` seconds of wall-clock time and at most
   ``max_response_bytes`` decompressed bytes;
3. give the slot back (never raising: a dying Redis cannot replace the answer or the request's error);
4. classify the answer: a success, or the typed error it stands for.

**What a success is**: an HTTP 2xx whose body is a JSON object (strict JSON: no ``NaN``/``Infinity``,
nested at most :data:`MAX_JSON_DEPTH` deep) that is not a CINNOX error (``code`` absent or 0, or a
``result`` present) and has at least one non-null field. Any other 2xx is a
:class:`~cinnox_ext.errors.ResponseValidationError`, which for a POST says ``may_have_been_sent=True``
(CINNOX answered, so the request arrived). Whether the fields the spec requires are present is checked
by the resources when they parse the body (same error).

**Bounds**: ``timeout`` is a wall-clock bound per attempt, headers and body included (a server that
drips one byte at a time cannot hold a call longer): the default transport clamps every socket
operation to the attempt's deadline; with a custom ``transport=`` the sync client checks the deadline
between body chunks and the async client runs the attempt under ``asyncio.timeout``. The body is
decompressed here (gzip, deflate) with a bound on the output, so a compression bomb never holds more
than ``max_response_bytes``.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import math
import ssl
import time
import zlib
from collections.abc import AsyncIterator, Generator, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Final

import httpcore
import httpx

from . import _json, errors
from ._config import USER_AGENT, ClientConfig, Secret
from ._logging import event, wanted
from ._options import OPTIONS_EXTENSION, RequestOptions
from ._rate_limit import RateLimiter
from ._retries import Outcome, RetryPolicy, Send, Sleep, parse_retry_after, retry_flow

__all__ = [
    "MAX_JSON_DEPTH",
    "AsyncCinnoxTransport",
    "CinnoxTransport",
    "default_async_transport",
    "default_transport",
    "error_from_response",
]

_REQUEST_ID_HEADERS: Final = ("x-request-id", "x-correlation-id", "request-id", "x-amzn-requestid")
#: How deep a JSON answer may nest (CINNOX bodies nest a few levels).
MAX_JSON_DEPTH: Final = 100
_CONNECT_TIMEOUT_MAX: Final = 10.0


class BearerAuth(httpx.Auth):
    """Adds ``Authorization: Bearer <App Token>``; the token stays wrapped in a :class:`Secret`."""

    def __init__(self, token: Secret) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "BearerAuth(token=Secret('********'))"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token.reveal()}"
        yield request


# ----------------------------------------------------------------------------- deadlines
# The deadline (time.monotonic) of the attempt running in this thread / task. The network backend
# below clamps every connect, read and write to it, which bounds a server that drips headers.
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("cinnox_deadline", default=None)


_NOT_FOUND_CODES = frozenset(
    {errors.CODE_METHOD_NOT_FOUND, errors.CODE_TAG_NOT_FOUND, errors.CODE_DESTINATION_NOT_FOUND}
)


def _clamp(timeout: float | None, exc: type[Exception]) -> float | None:
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise exc("the attempt's timeout (wall clock) ran out")
    return left if timeout is None else min(timeout, left)


@contextmanager
def _attempt_deadline(deadline: float) -> Iterator[None]:
    reset = _deadline.set(deadline)
    try:
        yield
    finally:
        _deadline.reset(reset)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._stream.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout))
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(
            host, port, _clamp(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_unix_socket(
            path, _clamp(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:  # noqa: ASYNC109
        return await self._stream.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:  # noqa: ASYNC109
        await self._stream.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._stream.start_tls(
            ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout)
        )
        return _AsyncDeadlineStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    def __init__(self) -> None:
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_tcp(
            host, port, _clamp(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _AsyncDeadlineStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_unix_socket(
            path, _clamp(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _AsyncDeadlineStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


_LIMITS: Final = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)


def default_transport() -> httpx.HTTPTransport:
    """``httpx.HTTPTransport`` whose sockets obey each attempt's wall-clock deadline."""
    transport = httpx.HTTPTransport(limits=_LIMITS)
    if isinstance(getattr(transport, "_pool", None), httpcore.ConnectionPool):
        transport._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=_LIMITS.max_connections,
            max_keepalive_connections=_LIMITS.max_keepalive_connections,
            keepalive_expiry=_LIMITS.keepalive_expiry,
            network_backend=_DeadlineBackend(),
        )
    return transport


def default_async_transport() -> httpx.AsyncHTTPTransport:
    """``httpx.AsyncHTTPTransport`` whose sockets obey each attempt's wall-clock deadline."""
    transport = httpx.AsyncHTTPTransport(limits=_LIMITS)
    if isinstance(getattr(transport, "_pool", None), httpcore.AsyncConnectionPool):
        transport._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=_LIMITS.max_connections,
            max_keepalive_connections=_LIMITS.max_keepalive_connections,
            keepalive_expiry=_LIMITS.keepalive_expiry,
            network_backend=_AsyncDeadlineBackend(),
        )
    return transport


# ----------------------------------------------------------------------------- bounded bodies
class _Body:
    """Collects a body, decompressing gzip/deflate with a bound on the output."""

    def __init__(self, response: httpx.Response, request: httpx.Request, limit: int) -> None:
        self.limit = limit
        self.request = request
        self.response = response
        self.buffer = bytearray()
        encodings = [
            e.strip().lower()
            for e in response.headers.get("content-encoding", "").split(",")
            if e.strip().lower() not in ("", "identity")
        ]
        self.encoding = encodings[0] if len(encodings) == 1 else None
        if len(encodings) > 1:
            raise self._unreadable(f"unsupported Content-Encoding {response.headers['content-encoding']!r}")
        self._inflate: Any = None
        self._raw_deflate_tried = False
        if self.encoding in ("gzip", "x-gzip"):
            self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.encoding == "deflate":
            self._inflate = zlib.decompressobj(zlib.MAX_WBITS)

    def _unreadable(self, why: str) -> errors.ResponseValidationError:
        return errors.ResponseValidationError(
            f"CINNOX answered HTTP {self.response.status_code} with a body that cannot be read ({why})",
            status_code=self.response.status_code,
            request=self.request,
        )

    def _too_large(self) -> errors.ResponseTooLargeError:
        return errors.ResponseTooLargeError(
            f"CINNOX answered HTTP {self.response.status_code} with a body larger than "
            f"max_response_bytes={self.limit}; reading stopped there",
            status_code=self.response.status_code,
            request=self.request,
        )

    def _append(self, data: bytes) -> None:
        if len(self.buffer) + len(data) > self.limit:
            raise self._too_large()
        self.buffer += data

    def feed(self, chunk: bytes) -> None:
        if self._inflate is None:
            self._append(chunk)
            return
        try:
            data = chunk
            while data:
                room = self.limit - len(self.buffer)
                out = self._inflate.decompress(data, room + 1)
                self._append(out)
                data = self._inflate.unconsumed_tail
                if self._inflate.eof:
                    break
        except zlib.error as exc:
            if self.encoding == "deflate" and not self._raw_deflate_tried and not self.buffer:
                # "deflate" is sometimes sent raw, without the zlib header.
                self._raw_deflate_tried = True
                self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                self.feed(chunk)
                return
            raise self._unreadable(f"{self.encoding} data is corrupt: {exc}") from None

    def finish(self) -> bytes:
        if self._inflate is not None:
            try:
                self._append(self._inflate.flush(self.limit - len(self.buffer) + 1))
            except zlib.error as exc:
                raise self._unreadable(f"{self.encoding} data is corrupt: {exc}") from None
        return bytes(self.buffer)


def _rebuild(response: httpx.Response, request: httpx.Request, content: bytes) -> httpx.Response:
    """The response with its (decoded) body in memory, as the generated code expects it.

    The body was streamed here (bounded, decompressed), so it is handed to the response the way
    ``httpx.Response.read()`` would keep it — headers as received, like any httpx response; only if
    that is not possible (another httpx) is a new response built."""
    response._content = content  # where httpx.Response.read() keeps a body; .content reads it
    try:
        kept = response.content is content
    except httpx.ResponseNotRead:  # pragma: no cover - an httpx whose Response keeps it elsewhere
        kept = False
    if kept:
        return response
    headers = [
        (k, v)
        for k, v in response.headers.multi_items()
        if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    extensions = {k: v for k, v in response.extensions.items() if k in ("http_version", "reason_phrase")}
    return httpx.Response(
        response.status_code, headers=headers, content=content, request=request, extensions=extensions
    )


def _read_sync(response: httpx.Response, request: httpx.Request, deadline: float, limit: int) -> bytes:
    body = _Body(response, request, limit)
    for chunk in response.stream:  # type: ignore[union-attr]
        body.feed(chunk)
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("the attempt's timeout (wall clock) ran out", request=request)
    return body.finish()


async def _read_async(response: httpx.Response, request: httpx.Request, limit: int) -> bytes:
    body = _Body(response, request, limit)
    stream: AsyncIterator[bytes] = response.stream.__aiter__()  # type: ignore[union-attr]
    async for chunk in stream:
        body.feed(chunk)
    return body.finish()


# ----------------------------------------------------------------------------- classification
def _request_id(response: httpx.Response) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        if value := response.headers.get(name):
            return str(value)[:200]
    return None


#: ``response.extensions`` key holding a success's decoded JSON body (so it is decoded only once).
DECODED_JSON: Final = "cinnox.json"
_ABSENT: Final = object()


def take_decoded(response: httpx.Response) -> Any:
    """The decoded JSON of a successful answer, handed over once: the response lets go of it, so
    what is built from it (a page of records) is freed with the caller's objects, not later with the
    response (httpx keeps a response in a reference cycle until the garbage collector runs). A
    second parse (``RawResponse.parse`` again) decodes the body again. Raises ``ValueError`` for a
    body that is not JSON."""
    body = response.extensions.pop(DECODED_JSON, _ABSENT)
    if body is _ABSENT:
        body, problem = parse_body(response.content)
        if problem is not None:
            raise ValueError(problem)
    return body


def parse_body(content: bytes) -> tuple[object, str | None]:
    """The JSON value of a body, or ``(None, why it is not readable)``. Never raises."""
    if not content:
        return None, "empty body"
    try:
        value = _json.loads(content, MAX_JSON_DEPTH)
    except (_json.TooDeep, _json.NotJson) as exc:
        return None, str(exc)
    except (ValueError, UnicodeDecodeError) as exc:
        return None, f"not JSON: {type(exc).__name__}: {str(exc)[:200]}"
    return value, None


def _snippet(content: bytes) -> str:
    text = content[:80].decode("utf-8", "replace")
    return repr(text) + ("…" if len(content) > 80 else "")


#: ``request.extensions`` key of a list request's ``(records field, function giving its decoder)``:
#: a successful answer's records are decoded straight into record structs (``cinnox_ext/_records.py``).
RECORDS_DECODER: Final = "cinnox.records"


def error_from_response(response: httpx.Response, request: httpx.Request) -> errors.ApiError | None:
    """Map a (read) response to the SDK error it stands for, or ``None`` when it is a success."""
    content = response.content
    body: object = None
    problem: str | None = None
    hint = request.extensions.get(RECORDS_DECODER)
    if hint is not None and response.is_success:
        field, records = hint
        body = _json.loads_with_records(content, MAX_JSON_DEPTH, field, records())
    if body is None:
        body, problem = parse_body(content)
    status = response.status_code
    code: int | None = None
    message: str | None = None
    if isinstance(body, dict):
        raw_code, raw_message = body.get("code"), body.get("message")
        if isinstance(raw_code, int) and not isinstance(raw_code, bool):
            code = raw_code
        if isinstance(raw_message, str):
            message = raw_message[:1000]
    cinnox_error = code is not None and code != 0 and "result" not in body  # type: ignore[operator]
    if (
        response.is_success
        and isinstance(body, dict)
        and not cinnox_error
        and any(v is not None for v in body.values())
    ):  # a success (the common case: nothing more to look at)
        response.extensions[DECODED_JSON] = body  # read once: the resources parse this value
        return None
    fields: dict[str, Any] = {
        "status_code": status,
        "request": request,
        "request_id": _request_id(response),
        "response": response,
        "body": body,
    }
    if response.is_success:
        if problem is not None:
            return errors.ResponseValidationError(
                f"CINNOX answered HTTP {status} with a body that cannot be read ({problem}; "
                f"Content-Type {response.headers.get('content-type')!r}, {len(content)} bytes: "
                f"{_snippet(content)})",
                **fields,
            )
        if not isinstance(body, dict):
            return errors.ResponseValidationError(
                f"CINNOX answered HTTP {status} with JSON that is not an object ({type(body).__name__})",
                **fields,
            )
        if not cinnox_error:  # a CINNOX error code in a 2xx is mapped below
            return errors.ResponseValidationError(
                f"CINNOX answered HTTP {status} with an object whose fields are all null or absent",
                **fields,
            )
    text = message or response.reason_phrase or f"HTTP {status}"
    fields["code"] = code
    if status < 200 or 300 <= status < 400:
        # Not an answer CINNOX documents (redirects are not followed): for a POST, what the server
        # did is unknown.
        return errors.ResponseValidationError(
            f"CINNOX answered HTTP {status} ({text[:200]}), which the SDK does not follow", **fields
        )
    if code == errors.CODE_TOO_MANY_REQUESTS or status == 429:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        return errors.RateLimitError(text, retry_after=retry_after, **fields)
    if code in (errors.CODE_INVALID_TOKEN, errors.CODE_INVALID_APP_ID) or status in (401, 403):
        return errors.AuthenticationError(text, **fields)
    if code == errors.CODE_UPSTREAM_ERROR or status >= 500:
        return errors.ServerError(text, **fields)
    if code == errors.CODE_NO_RECORDS:
        return errors.NoRecordsError(text, **fields)
    if code == errors.CODE_BAD_PARAMETER:
        return errors.InvalidParameterError(text, **fields)
    if code in _NOT_FOUND_CODES or status == 404:
        return errors.NotFoundError(text, **fields)
    if code in errors.SMS_SEND_CODES:
        return errors.SmsSendError(text, **fields)
    return errors.ApiError(text, **fields)


# ----------------------------------------------------------------------------- the transports
class _Base:
    def __init__(
        self,
        limiter: RateLimiter | None,
        policy: RetryPolicy,
        *,
        timeout: float = 30.0,
        max_response_bytes: int = 32 * 1024 * 1024,
    ) -> None:
        self.limiter = limiter
        self.policy = policy
        self.timeout = timeout
        self.max_response_bytes = max_response_bytes

    def _prepare(self, request: httpx.Request) -> tuple[float, int | None]:
        """This request's timeout and retries (its options, else the client's)."""
        options = request.extensions.get(OPTIONS_EXTENSION)
        timeout, max_retries = self.timeout, None
        if isinstance(options, RequestOptions):
            if options.timeout is not None:
                timeout = options.timeout
            max_retries = options.max_retries
        request.extensions["timeout"] = {
            "connect": min(timeout, _CONNECT_TIMEOUT_MAX),
            "read": timeout,
            "write": timeout,
            "pool": timeout,
        }
        return timeout, max_retries

    def _classify(
        self, request: httpx.Request, response: httpx.Response, attempt: int, started: float
    ) -> Outcome:
        error = error_from_response(response, request)
        if not wanted(logging.INFO):
            return response if error is None else error
        event(
            logging.INFO,
            "response",
            "%s %s -> HTTP %d (attempt %d, %.3fs)",
            request.method,
            request.url.path,
            response.status_code,
            attempt + 1,
            time.monotonic() - started,
            method=request.method,
            path=request.url.path,
            attempt=attempt + 1,
            status_code=response.status_code,
            elapsed=time.monotonic() - started,
        )
        return response if error is None else error

    @staticmethod
    def _log_attempt(request: httpx.Request, attempt: int) -> None:
        if not wanted(logging.DEBUG):
            return
        event(
            logging.DEBUG,
            "request",
            "%s %s (attempt %d)",
            request.method,
            request.url.path,
            attempt + 1,
            method=request.method,
            path=request.url.path,
            attempt=attempt + 1,
        )

    @staticmethod
    def _release_failed(request: httpx.Request, exc: BaseException) -> None:
        event(
            logging.WARNING,
            "limiter_release_failed",
            "%s %s: could not give the rate-limit slot back (%s); it expires by itself",
            request.method,
            request.url.path,
            type(exc).__name__,
            method=request.method,
            path=request.url.path,
        )


class CinnoxTransport(_Base, httpx.BaseTransport):
    """Wraps any ``httpx.BaseTransport`` with rate limiting, retries, bounds and CINNOX error mapping."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        limiter: RateLimiter | None,
        policy: RetryPolicy,
        *,
        timeout: float = 30.0,
        max_response_bytes: int = 32 * 1024 * 1024,
    ) -> None:
        super().__init__(limiter, policy, timeout=timeout, max_response_bytes=max_response_bytes)
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        timeout, max_retries = self._prepare(request)
        flow = retry_flow(self.policy, request, max_retries=max_retries)
        step = next(flow)
        while True:
            try:
                if isinstance(step, Sleep):
                    time.sleep(step.seconds)
                    step = flow.send(None)
                else:
                    step = flow.send(self._attempt(request, step, timeout))
            except StopIteration as stop:
                response: httpx.Response = stop.value
                return response

    def _attempt(self, request: httpx.Request, step: Send, timeout: float) -> Outcome:
        limiter = self.limiter
        token = limiter.acquire() if limiter is not None else None
        try:
            self._log_attempt(request, step.attempt)
            started = time.monotonic()
            deadline = started + timeout
            reset = _deadline.set(deadline)  # what _attempt_deadline does, without its generator
            try:
                response = self.inner.handle_request(request)
                try:
                    content = _read_sync(response, request, deadline, self.max_response_bytes)
                finally:
                    response.close()
            except (httpx.TransportError, errors.CinnoxError) as exc:
                return exc
            finally:
                _deadline.reset(reset)
            return self._classify(request, _rebuild(response, request, content), step.attempt, started)
        finally:
            # The slot is given back whatever happened (even KeyboardInterrupt), stamped now; a
            # limiter that fails here must not replace the answer or the request's own error.
            if limiter is not None:
                try:
                    limiter.release(token)
                except Exception as exc:
                    self._release_failed(request, exc)

    def close(self) -> None:
        self.inner.close()


class AsyncCinnoxTransport(_Base, httpx.AsyncBaseTransport):
    """The asyncio driver of the same loop: awaiting instead of blocking, each attempt under a timeout."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        limiter: RateLimiter | None,
        policy: RetryPolicy,
        *,
        timeout: float = 30.0,
        max_response_bytes: int = 32 * 1024 * 1024,
    ) -> None:
        super().__init__(limiter, policy, timeout=timeout, max_response_bytes=max_response_bytes)
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeout, max_retries = self._prepare(request)
        flow = retry_flow(self.policy, request, max_retries=max_retries)
        step = next(flow)
        while True:
            try:
                if isinstance(step, Sleep):
                    await asyncio.sleep(step.seconds)
                    step = flow.send(None)
                else:
                    step = flow.send(await self._attempt(request, step, timeout))
            except StopIteration as stop:
                response: httpx.Response = stop.value
                return response

    async def _attempt(self, request: httpx.Request, step: Send, timeout: float) -> Outcome:  # noqa: ASYNC109
        limiter = self.limiter
        token = await limiter.aacquire() if limiter is not None else None
        try:
            self._log_attempt(request, step.attempt)
            started = time.monotonic()
            try:
                # The socket operations are clamped to the deadline (default transport); the
                # asyncio timeout, a little later, bounds any other transport.
                with _attempt_deadline(started + timeout):
                    async with asyncio.timeout(timeout + min(1.0, timeout / 10)):
                        response = await self.inner.handle_async_request(request)
                        try:
                            content = await _read_async(response, request, self.max_response_bytes)
                        finally:
                            await response.aclose()
            except TimeoutError:
                return httpx.ReadTimeout("the attempt's timeout (wall clock) ran out", request=request)
            except (httpx.TransportError, errors.CinnoxError) as exc:
                return exc
            return self._classify(request, _rebuild(response, request, content), step.attempt, started)
        finally:
            # Released even when the task is cancelled (a prefetching pager cancels pages it no
            # longer needs), so no slot leaks; a failing limiter never replaces the outcome.
            if limiter is not None:
                await asyncio.shield(self._arelease(limiter, request, token))

    async def _arelease(self, limiter: RateLimiter, request: httpx.Request, token: Any) -> None:
        try:
            await limiter.arelease(token)
        except Exception as exc:
            self._release_failed(request, exc)

    async def aclose(self) -> None:
        await self.inner.aclose()


def httpx_client_kwargs(config: ClientConfig) -> dict[str, Any]:
    """The ``httpx.Client``/``AsyncClient`` arguments shared by both clients."""
    timeout = config.timeout
    return {
        "base_url": config.base_url,
        "auth": BearerAuth(config.app_token),
        # gzip/deflate only: the transport decompresses those itself, with a bound on the output.
        "headers": {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            "Accept-Encoding": "gzip, deflate",
        },
        "timeout": httpx.Timeout(timeout, connect=min(timeout, _CONNECT_TIMEOUT_MAX)),
        "follow_redirects": False,
    }


def is_finite_seconds(value: object) -> bool:
    return (
        not isinstance(value, bool) and isinstance(value, (int, float)) and math.isfinite(value) and value > 0
    )
