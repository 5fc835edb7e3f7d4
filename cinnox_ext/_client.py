"""``Cinnox`` and ``AsyncCinnox``: the clients people import.

Both take the same arguments, read ``CINNOX_APP_ID`` / ``CINNOX_APP_TOKEN`` / ``CINNOX_BASE_URL``
for what is not given, and group the API by area (``client.sms``, ``client.reports`` …). Requests go
through an ``httpx`` client whose transport (``_transport``) applies the rate limit, the retry policy,
the time and size bounds and the error mapping; a custom ``transport=`` (proxy, recording,
``httpx.MockTransport`` in tests) sits underneath all of that.

Every argument is validated at construction (:class:`~cinnox_ext.errors.ConfigurationError`), and
every request is built and checked before it is sent (:class:`~cinnox_ext.errors.ValidationError`):
it can only go to ``{base_url}/v1/api/apps/{app_id}/…``.

``client.with_options(timeout=…, max_retries=…, extra_headers=…, extra_query=…)`` returns a client
sharing the connection pool and the rate limiter; ``client.get/post/patch(path, …)`` reach endpoints
the SDK does not wrap yet, through the same auth, limiter, retries and error mapping.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from types import TracebackType
from typing import Any, ClassVar, Final, Generic, Self, TypeVar, Unpack
from urllib.parse import unquote

import httpx
from cinnox_generated import Client as GeneratedClient

from . import errors, resources
from ._config import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMIT,
    DEFAULT_RATE_PERIOD,
    DEFAULT_TIMEOUT,
    ClientConfig,
)
from ._logging import setup_logging
from ._options import OPTIONS_EXTENSION, CallOptions, QueryValue, RequestOptions
from ._rate_limit import RateLimiter, make_limiter
from ._retries import RetryPolicy
from ._transport import (
    AsyncCinnoxTransport,
    CinnoxTransport,
    default_async_transport,
    default_transport,
    httpx_client_kwargs,
    take_decoded,
)

__all__ = ["AsyncCinnox", "Cinnox"]

_PATH: Final = re.compile(r"[A-Za-z0-9._~!$&'()*+,;=:@%/-]+")
_METHODS: Final = frozenset({"GET", "POST", "PATCH", "PUT", "DELETE"})


def _options(options: Mapping[str, Any]) -> RequestOptions:
    """Per-call keyword options as :class:`RequestOptions` (an unknown keyword is a ValidationError)."""
    try:
        return RequestOptions(**options)
    except errors.ValidationError:
        raise
    except (TypeError, ValueError) as exc:
        raise errors.ValidationError(f"invalid request options: {exc}") from None


def _relative_path(path: object) -> str:
    """An escape-hatch path, relative to ``/v1/api/apps/{app_id}/``; never another place."""
    if not isinstance(path, str):
        raise errors.ValidationError(f"path must be a string, got {type(path).__name__}")
    shown = path[:80].encode("ascii", "backslashreplace").decode()
    relative = path[1:] if path.startswith("/") and not path.startswith("//") else path
    if not relative or len(relative) > 2048 or not _PATH.fullmatch(relative) or "//" in relative:
        raise errors.ValidationError(
            f"path {shown!r} must be a path relative to /v1/api/apps/{{app_id}}/ such as 'data/sms-detail' "
            "(no scheme, host, query or fragment: pass params= for the query)"
        )
    for segment in relative.split("/"):
        if unquote(segment) in (".", "..") or "/" in unquote(segment):
            raise errors.ValidationError(f"path {shown!r} must not leave /v1/api/apps/{{app_id}}/")
    return relative


def _strict_json(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Encode a ``json=`` body ourselves, strictly (no NaN, no lone surrogate) and the same way
    whatever the httpx version: httpx < 0.28 would send ``NaN`` and ASCII-escaped surrogates."""
    if kwargs.get("json") is None:
        return kwargs
    kwargs = dict(kwargs)
    body = kwargs.pop("json")
    kwargs["content"] = json.dumps(body, ensure_ascii=False, allow_nan=False).encode("utf-8")
    kwargs["headers"] = {**dict(kwargs.get("headers") or {}), "Content-Type": "application/json"}
    return kwargs


#: An absolute path ``httpx`` would not escape (unreserved characters, sub-delimiters, ``:@/``; no
#: ``%``, query, fragment or leading ``//``): its merge onto the base URL is plain concatenation.
_PLAIN_PATH: Final = re.compile(r"/(?!/)[A-Za-z0-9._~!$&'()*+,;=:@/-]*")


def _merged_url(client: httpx.Client | httpx.AsyncClient, url: object, params: Any) -> httpx.URL | None:
    """``url`` and ``params`` merged onto ``client.base_url`` as ``build_request`` merges them, with
    one URL parse where httpx makes three (about a third of building a request); ``None`` for
    anything but the plain case (a path httpx would not escape, no client-wide params), which
    httpx merges itself. ``tests/test_client_urls.py`` checks the two agree."""
    if type(url) is not str or not _PLAIN_PATH.fullmatch(url) or client.params:
        return None
    raw_path = client.base_url.raw_path + url.lstrip("/").encode("ascii")
    if params is not None:
        query = httpx.QueryParams(params)
        if query:  # what httpx tests: params that hold a key (even with no value) add a "?"
            raw_path += b"?" + str(query).encode("ascii")
    return client.base_url.copy_with(raw_path=raw_path)


def _built(
    client: httpx.Client | httpx.AsyncClient,
    build: Any,
    check: Any,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> httpx.Request:
    try:
        if len(args) == 2 and "url" not in kwargs:  # (method, url), as httpx's request() passes them
            url = _merged_url(client, args[1], kwargs.get("params"))
            if url is not None:
                args, kwargs = (args[0], url), {**kwargs, "params": None}
        elif not args and "url" in kwargs:
            url = _merged_url(client, kwargs["url"], kwargs.get("params"))
            if url is not None:
                kwargs = {**kwargs, "url": url, "params": None}
        request: httpx.Request = build(*args, **_strict_json(kwargs))
    except Exception as exc:  # anything httpx or json refuses in what we were given
        method = args[0] if args else kwargs.get("method")
        raise errors.ValidationError(
            f"the request cannot be built ({type(exc).__name__}: {str(exc)[:200]}); nothing was sent",
            method=str(method).upper() if isinstance(method, str) else None,
        ) from None
    check(request)
    return request


class _NoCookies(httpx.Cookies):
    """The cookie store of the SDK's httpx clients: always empty. CINNOX authenticates by token, so
    nothing a server sets is kept or sent back (and answers skip httpx's Set-Cookie parsing)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _HttpClient(httpx.Client):
    """``httpx.Client`` whose every request (the generated client's too) is built and checked before
    sending: build failures are :class:`~cinnox_ext.errors.ValidationError`, never an answer."""

    def __init__(self, check: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._cinnox_check = check
        self._cookies = _NoCookies()

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        return _built(self, super().build_request, self._cinnox_check, args, kwargs)


class _AsyncHttpClient(httpx.AsyncClient):
    """The asyncio twin of :class:`_HttpClient` (same checks)."""

    def __init__(self, check: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._cinnox_check = check
        self._cookies = _NoCookies()

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        return _built(self, super().build_request, self._cinnox_check, args, kwargs)


TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)


class _ClientBase(Generic[TransportT]):
    """What both clients share (arguments: see :class:`Cinnox`): configuration, limiter, policy,
    request checks, ``with_options``."""

    _http: httpx.Client | httpx.AsyncClient
    _options: RequestOptions
    _owns_http: bool
    _transport_type: ClassVar[type[Any]]

    def __init__(
        self,
        app_id: str | None = None,
        app_token: str | None = None,
        *,
        base_url: str | None = None,
        rate_limit: int | None = DEFAULT_RATE_LIMIT,
        rate_period: float = DEFAULT_RATE_PERIOD,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float = DEFAULT_TIMEOUT,
        transport: TransportT | None = None,
        rate_limit_storage: str | RateLimiter | None = None,
        rate_limit_key: str | None = None,
        retry_policy: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        if transport is not None and not isinstance(transport, self._transport_type):
            raise errors.ConfigurationError(
                f"transport must be an {self._transport_type.__module__}.{self._transport_type.__name__} "
                f"for {type(self).__name__}, got {type(transport).__name__}"
            )
        setup_logging()
        self._config = ClientConfig.resolve(
            app_id,
            app_token,
            base_url,
            rate_limit=rate_limit if rate_limit is not None else DEFAULT_RATE_LIMIT,
            rate_period=rate_period,
            max_retries=max_retries,
            timeout=timeout,
            max_response_bytes=max_response_bytes,
        )
        if rate_limit_key is not None and (not isinstance(rate_limit_key, str) or not rate_limit_key):
            raise errors.ConfigurationError("rate_limit_key must be a non-empty string")
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise errors.ConfigurationError(
                f"retry_policy must be a RetryPolicy, got {type(retry_policy).__name__}"
            )
        self.rate_limiter = make_limiter(
            self._config.rate_limit if rate_limit is not None else None,
            self._config.rate_period,
            rate_limit_storage,
            key=rate_limit_key or f"cinnox:rate-limit:{self._config.app_id}",
            timeout=self._config.timeout,
        )
        self.retry_policy = retry_policy or RetryPolicy(max_retries=self._config.max_retries)
        self._options = RequestOptions()
        self._owns_http = True
        base = httpx.URL(self._config.base_url)
        self._prefix = f"{base.path.rstrip('/')}/v1/api/apps/{self._config.app_id}/"
        self._origin = (base.scheme, base.host, base.port)
        self._connect(transport)
        self._init_resources()

    def _connect(self, transport: TransportT | None) -> None:
        raise NotImplementedError

    @property
    def app_id(self) -> str:
        return self._config.app_id

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def timeout(self) -> float:
        """Seconds per attempt (wall clock) for this client's requests."""
        return self._options.timeout if self._options.timeout is not None else self._config.timeout

    @property
    def max_retries(self) -> int:
        if self._options.max_retries is not None:
            return self._options.max_retries
        return self.retry_policy.max_retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(app_id={self.app_id!r}, base_url={self.base_url!r})"

    def _transport_kwargs(self) -> dict[str, Any]:
        return {"timeout": self._config.timeout, "max_response_bytes": self._config.max_response_bytes}

    def _init_resources(self) -> None:
        raise NotImplementedError

    def _derive(self, options: RequestOptions) -> Self:
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._options = self._options.merged(options)
        clone._owns_http = False
        clone._rebind()
        clone._init_resources()
        return clone

    def _rebind(self) -> None:
        raise NotImplementedError

    def _build(self, kwargs: Mapping[str, Any], options: RequestOptions | None) -> httpx.Request:
        """The request ``kwargs`` and ``options`` describe, checked; nothing is sent here."""
        if options is not None and not isinstance(options, RequestOptions):
            raise errors.ValidationError(f"options must be RequestOptions, got {type(options).__name__}")
        opts = self._options.merged(options)
        args = dict(kwargs)
        if opts.extra_headers:
            args["headers"] = {**dict(args.get("headers") or {}), **opts.extra_headers}
        if opts.extra_query:
            try:
                args["params"] = httpx.QueryParams(args.get("params") or {}).merge(dict(opts.extra_query))
            except (TypeError, ValueError) as exc:
                raise errors.ValidationError(f"query parameters cannot be combined: {exc}") from None
        extensions = args.pop("extensions", None)  # a list request's records decoder (Paged)
        if not opts.is_empty:
            extensions = {**(extensions or {}), OPTIONS_EXTENSION: opts}
        return self._http.build_request(**args, extensions=extensions)

    def _check(self, request: httpx.Request) -> None:
        """Refuse (before sending) a request with CR/LF/NUL in a header or aimed anywhere but the App."""
        raw = request.headers.raw
        joined = b"|".join(b"|".join(pair) for pair in raw)  # one C-level search per character
        for name, value in raw if b"\r" in joined or b"\n" in joined or b"\0" in joined else ():
            if any(c in name or c in value for c in (b"\r", b"\n", b"\0")):
                raise errors.ValidationError(
                    f"header {name[:40]!r} contains CR, LF or NUL; nothing was sent", request=request
                )
        url = request.url
        path = url.path
        if (url.scheme, url.host, url.port) != self._origin or not path.startswith(self._prefix):
            raise errors.ValidationError(
                f"refusing to send {request.method} {path[:120]!r}: requests go only to "
                f"{self.base_url}{self._prefix}…",
                request=request,
            )
        segments = path.split("/")
        if ".." in segments or "." in segments:
            raise errors.ValidationError(f"refusing to send {path[:120]!r}: it contains a dot segment")

    def _hatch_kwargs(self, method: object, path: object, params: object, body: object) -> dict[str, Any]:
        if not isinstance(method, str) or method.upper() not in _METHODS:
            raise errors.ValidationError(f"method must be one of {sorted(_METHODS)}, got {method!r}"[:200])
        has_body = method.upper() in ("POST", "PATCH", "PUT")
        kwargs: dict[str, Any] = {"method": method.upper(), "url": self._prefix + _relative_path(path)}
        if params is not None:
            checked = _options({"extra_query": params}).extra_query
            kwargs["params"] = dict(checked or {})
        if has_body:
            try:
                kwargs["content"] = json.dumps(body, ensure_ascii=False, allow_nan=False).encode("utf-8")
            except (TypeError, ValueError, RecursionError, UnicodeError) as exc:
                raise errors.ValidationError(
                    f"json= cannot be sent as JSON ({type(exc).__name__}: {str(exc)[:200]})"
                ) from None
            kwargs["headers"] = {"Content-Type": "application/json"}
        return kwargs


class Cinnox(_ClientBase[httpx.BaseTransport]):
    """Synchronous client. Thread-safe: threads share one connection pool and one rate limiter.

    Args:
        app_id, app_token, base_url: from the CINNOX Dashboard (default: the ``CINNOX_*`` variables).
        rate_limit, rate_period: at most ``rate_limit`` requests in any ``rate_period`` seconds
            (default 500 per 60 s, CINNOX's limit per service account); ``rate_limit=None`` turns
            client-side limiting off.
        rate_limit_storage: ``None`` (this process), a ``redis://`` URL (shared by every process using
            the same ``rate_limit_key``), or a :class:`~cinnox_ext.RateLimiter` to share.
        max_retries: retries of a failed attempt that is safe to repeat (see ``_retries``), 0–100.
        retry_policy: a :class:`~cinnox_ext.RetryPolicy` with your own backoff and retry budget
            (overrides max_retries).
        timeout: seconds per attempt, wall clock (headers and body included), at most 86400.
        max_response_bytes: the largest (decompressed) answer read; beyond it
            :class:`~cinnox_ext.errors.ResponseTooLargeError` (default 32 MiB).
        transport: an ``httpx.BaseTransport`` (``httpx.AsyncBaseTransport`` for ``AsyncCinnox``) to
            send through (proxies, tests, recording).
    """

    _http: httpx.Client
    _transport_type = httpx.BaseTransport

    def _connect(self, transport: httpx.BaseTransport | None) -> None:
        inner = transport if transport is not None else default_transport()
        self._transport = CinnoxTransport(
            inner, self.rate_limiter, self.retry_policy, **self._transport_kwargs()
        )
        self._http = _HttpClient(self._check, transport=self._transport, **httpx_client_kwargs(self._config))
        self._generated = GeneratedClient(base_url=self._config.base_url).set_httpx_client(self._http)

    def _init_resources(self) -> None:
        self.sms: resources.Sms[resources.Sync] = resources.Sms(self)
        self.messages: resources.Messages[resources.Sync] = resources.Messages(self)
        self.numbers: resources.Numbers[resources.Sync] = resources.Numbers(self)
        self.reports: resources.Reports[resources.Sync] = resources.Reports(self)
        self.campaigns: resources.Campaigns[resources.Sync] = resources.Campaigns(self)
        self.management: resources.Management[resources.Sync] = resources.Management(self)
        self.subscriptions: resources.Subscriptions[resources.Sync] = resources.Subscriptions(self)

    def _rebind(self) -> None:
        self._http = _HttpClient(
            self._check,
            transport=_WithDefaults(self._transport, self._options),
            **httpx_client_kwargs(self._config),
        )
        self._generated = GeneratedClient(base_url=self._config.base_url).set_httpx_client(self._http)

    def with_options(self, **options: Unpack[CallOptions]) -> Cinnox:
        """A client with these defaults (``timeout``, ``max_retries``, ``extra_headers``,
        ``extra_query``), sharing this one's connection pool and rate limiter.

        Closing it does nothing; close the client it came from.
        """
        return self._derive(_options(options))

    def _send(self, kwargs: dict[str, Any], options: RequestOptions | None = None) -> httpx.Response:
        """Send one request (``kwargs`` as a generated ``_get_kwargs`` returns them); a success or a raise.

        Raises :class:`~cinnox_ext.errors.ValidationError` (nothing sent) when the request cannot be
        built, has a header with CR/LF/NUL, or would leave ``{base_url}/v1/api/apps/{app_id}/``.
        """
        return self._http.send(self._build(kwargs, options))

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, QueryValue] | None = None,
        json: object = None,
        **options: Unpack[CallOptions],
    ) -> httpx.Response:
        """The escape hatch, raw: send ``method`` to ``/v1/api/apps/{app_id}/{path}`` through the
        client's auth, limiter, retries and error mapping; returns the successful ``httpx.Response``."""
        return self._send(self._hatch_kwargs(method, path, params, json), _options(options))

    def get(
        self, path: str, *, params: Mapping[str, QueryValue] | None = None, **options: Unpack[CallOptions]
    ) -> dict[str, Any]:
        """GET an endpoint the SDK does not wrap (``path`` relative to ``/v1/api/apps/{app_id}/``);
        returns the decoded JSON object."""
        return _decoded(self.request("GET", path, params=params, **options))

    def post(self, path: str, *, json: object = None, **options: Unpack[CallOptions]) -> dict[str, Any]:
        """POST ``json`` (never retried once it may have been sent); returns the decoded JSON object."""
        return _decoded(self.request("POST", path, json=json, **options))

    def patch(self, path: str, *, json: object = None, **options: Unpack[CallOptions]) -> dict[str, Any]:
        """PATCH ``json`` (retried like a read: CINNOX's PATCHes set a state); returns the decoded JSON."""
        return _decoded(self.request("PATCH", path, json=json, **options))

    def close(self) -> None:
        """Close the connection pool (and the limiter's Redis connection, if any)."""
        if not self._owns_http:
            return
        self._http.close()
        close = getattr(self.rate_limiter, "close", None)
        if callable(close):
            close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncCinnox(_ClientBase[httpx.AsyncBaseTransport]):
    """Asynchronous client (asyncio); same arguments as :class:`Cinnox`, ``transport`` being an
    ``httpx.AsyncBaseTransport``. List methods return async iterators; ``prefetch=`` keeps several
    page requests in flight, bounded by the rate limiter."""

    _http: httpx.AsyncClient
    _transport_type = httpx.AsyncBaseTransport

    def _connect(self, transport: httpx.AsyncBaseTransport | None) -> None:
        inner = transport if transport is not None else default_async_transport()
        self._transport = AsyncCinnoxTransport(
            inner, self.rate_limiter, self.retry_policy, **self._transport_kwargs()
        )
        self._http = _AsyncHttpClient(
            self._check, transport=self._transport, **httpx_client_kwargs(self._config)
        )
        self._generated = GeneratedClient(base_url=self._config.base_url).set_async_httpx_client(self._http)

    def _init_resources(self) -> None:
        self.sms: resources.Sms[resources.Async] = resources.Sms(self)
        self.messages: resources.Messages[resources.Async] = resources.Messages(self)
        self.numbers: resources.Numbers[resources.Async] = resources.Numbers(self)
        self.reports: resources.Reports[resources.Async] = resources.Reports(self)
        self.campaigns: resources.Campaigns[resources.Async] = resources.Campaigns(self)
        self.management: resources.Management[resources.Async] = resources.Management(self)
        self.subscriptions: resources.Subscriptions[resources.Async] = resources.Subscriptions(self)

    def _rebind(self) -> None:
        self._http = _AsyncHttpClient(
            self._check,
            transport=_AsyncWithDefaults(self._transport, self._options),
            **httpx_client_kwargs(self._config),
        )
        self._generated = GeneratedClient(base_url=self._config.base_url).set_async_httpx_client(self._http)

    def with_options(self, **options: Unpack[CallOptions]) -> AsyncCinnox:
        """A client with these defaults, sharing this one's connection pool and rate limiter: see
        :meth:`Cinnox.with_options`."""
        return self._derive(_options(options))

    async def _send(self, kwargs: dict[str, Any], options: RequestOptions | None = None) -> httpx.Response:
        """Send one request: see :meth:`Cinnox._send`."""
        return await self._http.send(self._build(kwargs, options))

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, QueryValue] | None = None,
        json: object = None,
        **options: Unpack[CallOptions],
    ) -> httpx.Response:
        """The escape hatch, raw: see :meth:`Cinnox.request`."""
        return await self._send(self._hatch_kwargs(method, path, params, json), _options(options))

    async def get(
        self, path: str, *, params: Mapping[str, QueryValue] | None = None, **options: Unpack[CallOptions]
    ) -> dict[str, Any]:
        """See :meth:`Cinnox.get`."""
        return _decoded(await self.request("GET", path, params=params, **options))

    async def post(self, path: str, *, json: object = None, **options: Unpack[CallOptions]) -> dict[str, Any]:
        """See :meth:`Cinnox.post`."""
        return _decoded(await self.request("POST", path, json=json, **options))

    async def patch(
        self, path: str, *, json: object = None, **options: Unpack[CallOptions]
    ) -> dict[str, Any]:
        """See :meth:`Cinnox.patch`."""
        return _decoded(await self.request("PATCH", path, json=json, **options))

    async def aclose(self) -> None:
        """Close the connection pool (and the limiter's Redis connection, if any)."""
        if not self._owns_http:
            return
        await self._http.aclose()
        aclose = getattr(self.rate_limiter, "aclose", None)
        if callable(aclose):
            await aclose()

    close = aclose

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _decoded(response: httpx.Response) -> dict[str, Any]:
    """The JSON object of a successful answer (the transport checked that it is one and decoded it;
    it is handed over once, see ``take_decoded``)."""
    try:
        body = take_decoded(response)
    except ValueError as exc:  # pragma: no cover - the transport refuses these
        raise errors.ResponseValidationError(f"the answer is not JSON ({exc})", response=response) from None
    if not isinstance(body, dict):  # pragma: no cover - the transport refuses these
        raise errors.ResponseValidationError("the answer is not a JSON object", response=response)
    return body


def _apply_defaults(request: httpx.Request, defaults: RequestOptions) -> None:
    """A derived client's defaults on a request that did not come through ``_send`` (whose options,
    headers and query parameters win)."""
    if defaults.is_empty:  # a client without defaults (the common case): nothing to apply
        return
    request.extensions[OPTIONS_EXTENSION] = defaults.merged(request.extensions.get(OPTIONS_EXTENSION))
    for name, value in (defaults.extra_headers or {}).items():
        request.headers.setdefault(name, value)
    missing = {k: v for k, v in (defaults.extra_query or {}).items() if k not in request.url.params}
    if missing:
        request.url = request.url.copy_merge_params(missing)


class _WithDefaults(httpx.BaseTransport):
    """A derived client's transport: its default options, then the shared transport (not closed)."""

    def __init__(self, shared: CinnoxTransport, options: RequestOptions) -> None:
        self._shared = shared
        self._options = options

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _apply_defaults(request, self._options)
        return self._shared.handle_request(request)

    def close(self) -> None:
        """The pool belongs to the client this one was derived from."""


class _AsyncWithDefaults(httpx.AsyncBaseTransport):
    def __init__(self, shared: AsyncCinnoxTransport, options: RequestOptions) -> None:
        self._shared = shared
        self._options = options

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _apply_defaults(request, self._options)
        return await self._shared.handle_async_request(request)

    async def aclose(self) -> None:
        """The pool belongs to the client this one was derived from."""
