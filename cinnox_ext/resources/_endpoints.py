"""One declaration per endpoint; the sync, async and raw-response methods are all derived from it.

An API area (``Reports``, ``Sms`` …) is one class, generic in its *mode*: the clients hold
``Reports[Sync]`` (``client.reports``) or ``Reports[Async]``, and ``with_raw_response`` gives the same
area in the ``SyncRaw`` / ``AsyncRaw`` mode. Each endpoint in it is a decorated *build* function::

    @paged("getSmsDetails", SmsDetail.from_dict)
    def sms_details(self, start_at: Time = None, end_at: Time = None, page_size: int = 500, *,
                    status: SmsStatus | None = None, **options: Unpack[ListOptions]) -> Request:
        return request(get_sms_details._get_kwargs, status=...)

The build function's signature *is* the public signature (type checkers see it through
``ParamSpec``), its body validates the input and names the generated ``_get_kwargs`` to call (type
checked against the generated signature through ``ParamSpec`` as well), and the decorator turns it
into a descriptor whose ``__get__`` returns, by mode, a function returning the result, an awaitable
of it, a :class:`RawResponse` of it, or an awaitable of that. What the spec carries — the envelope
field, the pagination style, the records field, the record key, the time window and its cap — is
read from the table generated from the spec (``cinnox_generated._extensions``), never restated here.

Nothing is sent before the build function returned: every refusal is a ``ValidationError`` raised
before any request. A 2xx body that cannot be parsed is a
:class:`~cinnox_ext.errors.ResponseValidationError` keeping the response (``may_have_been_sent`` on
anything but a GET).
"""

from __future__ import annotations

import functools
import inspect
import operator
import re
from collections.abc import Awaitable, Callable, Generator, Mapping
from datetime import datetime, timedelta
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Final,
    Generic,
    ParamSpec,
    Self,
    TypedDict,
    TypeVar,
    final,
    overload,
)

import attrs
import httpx
from cinnox_generated._extensions import OPERATIONS
from cinnox_generated.types import UNSET

from .. import _validation, errors
from .._options import RequestOptions
from .._pagination import AsyncPager, SyncPager
from .._records import list_parser, records_decoder
from .._transport import RECORDS_DECODER, _request_id, take_decoded

if TYPE_CHECKING:
    from .._client import AsyncCinnox, Cinnox

P = ParamSpec("P")
R = TypeVar("R")
M = TypeVar("M")

#: A point in time as users give it: an aware ``datetime`` or an RFC3339 string.
Time = datetime | str | None


class CallOptions(TypedDict, total=False):
    """Per-call options every method takes (see :class:`~cinnox_ext.RequestOptions`)."""

    timeout: float
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, str | int | float | bool]


class ListOptions(CallOptions, total=False):
    """Per-call options of list methods: a window cap and pages kept in flight."""

    max_window: timedelta | None
    prefetch: int


# ----------------------------------------------------------------------------- modes


@final
class Sync:
    """Mode of ``Cinnox``'s areas: methods return results."""


@final
class Async:
    """Mode of ``AsyncCinnox``'s areas: methods return awaitables (list methods: async pagers)."""


@final
class SyncRaw:
    """``Cinnox(...).<area>.with_raw_response``: methods return :class:`RawResponse`."""


@final
class AsyncRaw:
    """``AsyncCinnox(...).<area>.with_raw_response``: methods return awaitable :class:`RawResponse`."""


ModeT = TypeVar("ModeT", Sync, Async, SyncRaw, AsyncRaw)


# ----------------------------------------------------------------------------- the spec's table


@attrs.frozen
class Operation:
    """What the spec says about one operation, as the resources need it."""

    operation_id: str
    module: str
    tag: str
    method: str
    path: str
    envelope: str | None
    paginated: bool = False
    style: str | None = None
    records: str | None = None
    key: tuple[str, ...] = ()
    window: bool = False
    max_window_days: int | None = None
    event_kind: str | None = None


@functools.cache
def operation(operation_id: str) -> Operation:
    """The spec's facts about ``operation_id`` (envelope, pagination, window cap, event kind)."""
    row = OPERATIONS[operation_id]
    pagination = row["pagination"]
    key = pagination["key"] if pagination else None
    return Operation(
        operation_id=operation_id,
        module=row["module"],
        tag=row["tag"],
        method=row["method"].upper(),
        path=row["path"],
        envelope=row["envelope"],
        paginated=pagination is not None,
        style=pagination["style"] if pagination else None,
        records=pagination["records"] if pagination else None,
        key=(key,) if key else (),
        window=pagination["window"] if pagination else False,
        max_window_days=row["max_window_days"],
        event_kind=row["event_kind"],
    )


def operations() -> list[Operation]:
    """Every operation of the spec's table, in its order."""
    return [operation(op_id) for op_id in OPERATIONS]


_SNAKE: Final = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def attribute(json_name: str) -> str:
    """The generated model's attribute for a JSON field (``conferenceId`` → ``conference_id``)."""
    return _SNAKE.sub("_", json_name).lower()


# ----------------------------------------------------------------------------- requests and parsing


@attrs.frozen
class Request:
    """A generated ``_get_kwargs`` with its arguments (all but the App ID, given when sending)."""

    get_kwargs: Callable[..., dict[str, Any]]
    args: tuple[Any, ...]
    kwargs: Mapping[str, Any]
    #: The operation, when the build function chooses it (one declaration for several operations).
    operation_id: str | None = None

    def build(self, app_id: str, **page: Any) -> dict[str, Any]:
        return self.get_kwargs(app_id, *self.args, **self.kwargs, **page)

    def of(self, operation_id: str) -> Request:
        return attrs.evolve(self, operation_id=operation_id)


def request(
    get_kwargs: Callable[Concatenate[str, P], dict[str, Any]], *args: P.args, **kwargs: P.kwargs
) -> Request:
    """Name the generated ``_get_kwargs`` and its arguments (checked against its signature)."""
    return Request(get_kwargs, args, kwargs)


def many(parse: Callable[[Any], M]) -> Callable[[Any], list[M]]:
    """Parse a JSON list with ``parse`` per item, in order.

    The list is the decoded body, handed over once (:func:`~cinnox_ext._transport.take_decoded`), and
    ends empty: a page holds its records, not also its 500 decoded dicts.

    - For a generated model's ``from_dict``, each record is made from a record struct
      (:func:`~cinnox_ext._records.list_parser`: about a third of ``from_dict``'s time): the list
      holds structs already when the transport decoded a page's records into them, else msgspec
      converts the decoded dicts, and the list is emptied before the records are made.
    - Otherwise, and when the structs refuse an item (a key outside the model, a missing required
      key, an item that is not an object), ``parse`` reads each item. The item is freed as soon as
      its record is built, which halves the objects a page adds while it is parsed, and with them
      the garbage collector's passes over the records (about 1.8 a page before, 0.9 after).
    """

    fast = list_parser(parse)

    def parse_list(payload: Any) -> list[M]:
        if not isinstance(payload, list):
            raise TypeError(f"expected a list, got {type(payload).__name__}")
        if fast is not None and (records := fast(payload)) is not None:
            return records
        payload.reverse()
        take = payload.pop
        return [parse(take()) for _ in range(len(payload))]

    return parse_list


def _null_required(result: object) -> list[str]:
    """Required fields of a generated model that came back ``null`` although the spec forbids it."""
    kind = type(result)
    if not attrs.has(kind):
        return []
    return [
        f.name
        for f in attrs.fields(kind)
        if f.default is attrs.NOTHING and getattr(result, f.name) is None and "None" not in str(f.type)
    ]


def _response_error(op: Operation, response: httpx.Response, why: str) -> errors.ResponseValidationError:
    sent = op.method != "GET"
    return errors.ResponseValidationError(
        f"{op.operation_id}: CINNOX answered {response.status_code} with a body the spec does not "
        f"describe ({why})" + ("; it may have been processed: check before sending again" if sent else ""),
        response=response,
        may_have_been_sent=sent,
        method=op.method,
        request_id=_request_id(response),
    )


def parse(op: Operation, response: httpx.Response, field: str | None, decode: Callable[[Any], R]) -> R:
    """The body's ``field`` (the whole body for ``None``) decoded, or a ``ResponseValidationError``."""
    try:
        body = take_decoded(response)
        payload = body if field is None else body[field]
        result = decode(payload)
    except errors.CinnoxError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        raise _response_error(op, response, f"{type(exc).__name__}: {str(exc)[:200]}") from None
    if missing := _null_required(result):
        raise _response_error(op, response, f"required field(s) {', '.join(missing)} are null")
    return result


# ----------------------------------------------------------------------------- raw responses


class RawResponse(Generic[R]):
    """The HTTP answer of one call, parsed only on :meth:`parse` (``with_raw_response``)."""

    def __init__(self, response: httpx.Response, parser: Callable[[httpx.Response], R]) -> None:
        self.http_response = response
        self._parser = parser

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return _request_id(self.http_response)

    def parse(self) -> R:
        """The result the plain method would have returned (raises ``ResponseValidationError``)."""
        return self._parser(self.http_response)

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] request_id={self.request_id!r}>"


# ----------------------------------------------------------------------------- areas


class Area(Generic[ModeT]):
    """An API area (``client.sms``, ``client.reports`` …) in one mode; endpoints are its descriptors."""

    def __init__(self, client: Cinnox | AsyncCinnox, *, raw: bool = False) -> None:
        self._client = client
        self._async = inspect.iscoroutinefunction(client._send)
        self._raw = raw

    def __repr__(self) -> str:
        mode = ("Async" if self._async else "Sync") + ("Raw" if self._raw else "")
        return f"<{type(self).__name__}[{mode}] of {self._client!r}>"

    # -- the one place where sync and async differ: sending an exchange
    def _exchange(self, op: Operation, kwargs: dict[str, Any], options: RequestOptions | None) -> Any:
        """Send (sync) or return an awaitable of the response (async)."""
        return self._client._send(kwargs, options)


def _options(kwargs: dict[str, Any]) -> RequestOptions | None:
    """Take the per-call options out of ``kwargs`` and check them."""
    names = ("timeout", "max_retries", "extra_headers", "extra_query")
    given = {k: kwargs.pop(k) for k in names if k in kwargs}
    return RequestOptions(**given) if given else None


async def _await_parsed(awaitable: Awaitable[httpx.Response], parser: Callable[[httpx.Response], R]) -> R:
    return parser(await awaitable)


async def _await_raw(
    awaitable: Awaitable[httpx.Response], parser: Callable[[httpx.Response], R]
) -> RawResponse[R]:
    return RawResponse(await awaitable, parser)


def _finish(area: Area[Any], sent: Any, parser: Callable[[httpx.Response], R]) -> Any:
    """The mode's result of one sent request: parsed, raw, or an awaitable of either."""
    if area._async:
        return _await_raw(sent, parser) if area._raw else _await_parsed(sent, parser)
    return RawResponse(sent, parser) if area._raw else parser(sent)


class _Endpoint(Generic[P, R]):
    def __init__(self, operation_id: str | None, build: Callable[Concatenate[Any, P], Request]) -> None:
        self._operation_id = operation_id
        self._build = build
        self._name = build.__name__
        self.__doc__ = build.__doc__
        self._signature = inspect.signature(build)
        self._var_keyword = next(
            (p.name for p in self._signature.parameters.values() if p.kind is p.VAR_KEYWORD), ""
        )
        # For the fast path of ``_arguments`` (``Signature.bind`` costs ~25 µs a call): the names
        # that can be given by position (``self`` first), by keyword, the defaults, the required.
        params = list(self._signature.parameters.values())
        self._fast = bool(self._var_keyword) and all(
            p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY, p.VAR_KEYWORD) for p in params
        )
        self._positional = tuple(p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD)
        self._named = frozenset(p.name for p in params if p.kind is not p.VAR_KEYWORD)
        self._defaults = {p.name: p.default for p in params if p.default is not p.empty}
        self._required = frozenset(
            p.name for p in params if p.default is p.empty and p.kind is not p.VAR_KEYWORD
        )

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @property
    def operation_id(self) -> str | None:
        """The operation this endpoint calls (``None``: chosen per call, e.g. by event kind)."""
        return self._operation_id

    #: The per-call options this kind of endpoint takes in its ``**options``.
    _option_names: frozenset[str] = frozenset(CallOptions.__annotations__)

    def _arguments(self, area: Area[Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        """The call's arguments by name, defaults applied; a wrong name or count is a ValidationError."""
        if self._fast and len(args) < len(self._positional):
            # What ``Signature.bind`` + ``apply_defaults`` give for a well-formed call; anything
            # else (a name given twice, a missing argument) takes the slow path, which explains it.
            arguments = dict(self._defaults)
            arguments.update(zip(self._positional, (area, *args), strict=False))
            extra: dict[str, Any] = {}
            named, given = self._named, len(args) + 1
            for name, value in kwargs.items():
                if name not in named:
                    extra[name] = value
                elif name in self._positional[:given]:
                    break  # given twice
                else:
                    arguments[name] = value
            else:
                if self._required.issubset(arguments):
                    unknown = [name for name in extra if name not in self._option_names]
                    if not unknown:
                        arguments[self._var_keyword] = extra
                        return arguments
        try:
            bound = self._signature.bind(area, *args, **kwargs)
        except TypeError as exc:
            raise errors.ValidationError(f"{self._name}(): {exc}") from None
        bound.apply_defaults()
        unknown = sorted(set(bound.arguments.get(self._var_keyword, ())) - self._option_names)
        if unknown:
            known = [p for p in self._signature.parameters if p not in ("self", self._var_keyword)]
            raise errors.ValidationError(
                f"unknown {self._name} filter or option {unknown[0]!r}; known: "
                + ", ".join([*known, *sorted(self._option_names)])
            )
        return bound.arguments

    def _request(
        self, area: Area[Any], args: tuple[Any, ...], kwargs: dict[str, Any], *, checked: bool = False
    ) -> tuple[Operation, Request]:
        if not checked:  # ``checked``: the caller ran ``_arguments`` on these already
            self._arguments(area, args, kwargs)
        req = self._build(area, *args, **kwargs)
        op_id = req.operation_id or self._operation_id
        assert op_id is not None, f"{self._name}: no operation"
        return operation(op_id), req

    def _bind(self, area: Area[Any]) -> Callable[..., Any]:
        raise NotImplementedError

    def __get__(self, area: Area[Any] | None, owner: type | None = None) -> Any:
        if area is None:
            return self
        bound = functools.update_wrapper(self._bind(area), self._build)
        public = list(self._signature.parameters.values())[1:]  # help() and IDEs: no ``self``
        bound.__signature__ = self._signature.replace(  # type: ignore[attr-defined]
            parameters=public, return_annotation=inspect.Signature.empty
        )
        area.__dict__[self._name] = bound  # later look-ups skip the descriptor
        return bound


class Call(_Endpoint[P, R]):
    """An endpoint answered by one request."""

    def __init__(
        self,
        operation_id: str | None,
        decode: Callable[[Any], R],
        build: Callable[Concatenate[Any, P], Request],
    ) -> None:
        super().__init__(operation_id, build)
        self._decode = decode

    def _bind(self, area: Area[Any]) -> Callable[..., Any]:
        def method(*args: Any, **kwargs: Any) -> Any:
            options = _options(kwargs)
            op, req = self._request(area, args, kwargs)
            kwargs_ = req.build(area._client.app_id)
            return _finish(area, area._exchange(op, kwargs_, options), self._parser(op))

        return method

    def _parser(self, op: Operation) -> Callable[[httpx.Response], R]:
        return functools.partial(parse, op, field=op.envelope, decode=self._decode)

    if TYPE_CHECKING:

        @overload
        def __get__(self, area: None, owner: type | None = None) -> Self: ...
        @overload
        def __get__(self, area: Area[Sync], owner: type | None = None) -> Callable[P, R]: ...
        @overload
        def __get__(self, area: Area[Async], owner: type | None = None) -> Callable[P, Awaitable[R]]: ...
        @overload
        def __get__(self, area: Area[SyncRaw], owner: type | None = None) -> Callable[P, RawResponse[R]]: ...
        @overload
        def __get__(
            self, area: Area[AsyncRaw], owner: type | None = None
        ) -> Callable[P, Awaitable[RawResponse[R]]]: ...
        def __get__(self, area: Area[Any] | None, owner: type | None = None) -> Any: ...


class Paged(_Endpoint[P, M]):
    """A list endpoint: a lazy pager over every record (``offset``/``limit``, optional time window)."""

    _option_names = frozenset(ListOptions.__annotations__) | frozenset(CallOptions.__annotations__)

    def __init__(
        self, operation_id: str, decode: Callable[[Any], M], build: Callable[Concatenate[Any, P], Request]
    ) -> None:
        super().__init__(operation_id, build)
        self._decode_page = many(decode)
        self._records_decoder = records_decoder(decode)

    def _bind(self, area: Area[Any]) -> Callable[..., Any]:
        def method(*args: Any, **kwargs: Any) -> Any:
            params = self._arguments(area, args, kwargs)
            extra = dict(params.get(self._var_keyword, {}))
            options = _options(extra)
            op, req = self._request(area, args, kwargs, checked=True)
            if op.style != "offset":
                raise AssertionError(f"{op.operation_id} is not an offset-paginated list in the spec")
            if op.window != ("start_at" in params):
                raise AssertionError(f"{self._name}: start_at/end_at must match the spec's window flag")
            parser = functools.partial(parse, op, field=op.records, decode=self._decode_page)

            decoder = self._records_decoder
            hint = None if op.records is None or decoder is None else (op.records, decoder)

            def page(offset: int, limit: int, start: datetime | None, end: datetime | None) -> dict[str, Any]:
                window = {"start_at": _unset(start), "end_at": _unset(end)} if op.window else {}
                kwargs = req.build(area._client.app_id, offset=offset, limit=limit, **window)
                if hint is not None:  # the records are decoded straight into record structs
                    kwargs["extensions"] = {RECORDS_DECODER: hint}  # one per request: attempts write to it
                return kwargs

            if area._raw:  # the first page's request only
                page_size = _validation.page_size(params["page_size"])
                start, end = _validation.time_window(params.get("start_at"), params.get("end_at"))
                return _finish(area, area._exchange(op, page(0, page_size, start, end), options), parser)
            cap = extra.get("max_window")
            pager_options: dict[str, Any] = {
                "page_size": params["page_size"],
                "start_at": params.get("start_at"),
                "end_at": params.get("end_at"),
                "max_window": cap
                if cap is not None or not op.max_window_days
                else timedelta(days=op.max_window_days),
                "prefetch": extra.get("prefetch", 1),
                "key": _record_key(op.key),
                "name": self._name,
            }
            if area._async:

                async def fetch_async(
                    offset: int, limit: int, start: datetime | None, end: datetime | None
                ) -> list[M]:
                    return parser(await area._exchange(op, page(offset, limit, start, end), options))

                return AsyncPager(fetch_async, **pager_options)

            def fetch(offset: int, limit: int, start: datetime | None, end: datetime | None) -> list[M]:
                return parser(area._exchange(op, page(offset, limit, start, end), options))

            return SyncPager(fetch, **pager_options)

        return method

    if TYPE_CHECKING:

        @overload
        def __get__(self, area: None, owner: type | None = None) -> Self: ...
        @overload
        def __get__(self, area: Area[Sync], owner: type | None = None) -> Callable[P, SyncPager[M]]: ...
        @overload
        def __get__(self, area: Area[Async], owner: type | None = None) -> Callable[P, AsyncPager[M]]: ...
        @overload
        def __get__(
            self, area: Area[SyncRaw], owner: type | None = None
        ) -> Callable[P, RawResponse[list[M]]]: ...
        @overload
        def __get__(
            self, area: Area[AsyncRaw], owner: type | None = None
        ) -> Callable[P, Awaitable[RawResponse[list[M]]]]: ...
        def __get__(self, area: Area[Any] | None, owner: type | None = None) -> Any: ...


#: A flow's steps: it yields (operationId, request, decode) and receives each parsed result.
Step = tuple[str, Request, Callable[[Any], Any]]
FlowGenerator = Generator[Step, Any, R]


class Flow(_Endpoint[P, R]):
    """A method made of several requests (a generator of steps), driven once for sync and async."""

    def __init__(self, build: Callable[Concatenate[Any, P], FlowGenerator[R]]) -> None:
        super().__init__(None, build)  # type: ignore[arg-type]
        self._flow = build

    def _bind(self, area: Area[Any]) -> Callable[..., Any]:
        if area._raw:
            raise AttributeError(f"{self._name} sends several requests: with_raw_response covers one request")

        def method(*args: Any, **kwargs: Any) -> Any:
            options = _options(kwargs)
            self._arguments(area, args, kwargs)
            steps = self._flow(area, *args, **kwargs)
            try:
                first = next(steps)  # validation runs up to the first step, before anything is sent
            except StopIteration as done:  # nothing to request
                return _completed(done.value) if area._async else done.value
            if area._async:
                return _drive_async(area, steps, first, options)
            return _drive(area, steps, first, options)

        return method

    if TYPE_CHECKING:

        @overload
        def __get__(self, area: None, owner: type | None = None) -> Self: ...
        @overload
        def __get__(self, area: Area[Sync], owner: type | None = None) -> Callable[P, R]: ...
        @overload
        def __get__(self, area: Area[Async], owner: type | None = None) -> Callable[P, Awaitable[R]]: ...
        def __get__(self, area: Area[Any] | None, owner: type | None = None) -> Any: ...


async def _completed(value: R) -> R:
    return value


def _step(
    area: Area[Any], step: Step, options: RequestOptions | None
) -> tuple[Any, Callable[[httpx.Response], Any]]:
    op_id, req, decode = step
    op = operation(op_id)
    return area._exchange(op, req.build(area._client.app_id), options), functools.partial(
        parse, op, field=op.envelope, decode=decode
    )


def _drive(area: Area[Any], steps: FlowGenerator[R], step: Step, options: RequestOptions | None) -> R:
    try:
        while True:
            response, parser = _step(area, step, options)
            step = steps.send(parser(response))
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


async def _drive_async(
    area: Area[Any], steps: FlowGenerator[R], step: Step, options: RequestOptions | None
) -> R:
    try:
        while True:
            response, parser = _step(area, step, options)
            step = steps.send(parser(await response))
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


def _unset(value: datetime | None) -> Any:
    return UNSET if value is None else value


@functools.cache  # one getter per operation, not per call
def _record_key(fields: tuple[str, ...]) -> Callable[[Any], Any] | None:
    if not fields:
        return None
    return operator.attrgetter(*(attribute(f) for f in fields))


SR = TypeVar("SR")
AR = TypeVar("AR")


class RawView(Generic[SR, AR]):
    """``<area>.with_raw_response``: the same area whose methods return :class:`RawResponse`.

    Declared once per area as ``with_raw_response: RawView[Area[SyncRaw], Area[AsyncRaw]] = RawView()``.
    List methods then send their first page's request only (raw access is per request).
    """

    @overload
    def __get__(self, area: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, area: Area[Sync], owner: type | None = None) -> SR: ...
    @overload
    def __get__(self, area: Area[Async], owner: type | None = None) -> AR: ...
    def __get__(self, area: Area[Any] | None, owner: type | None = None) -> Any:
        if area is None:
            return self
        if area._raw:
            raise AttributeError("with_raw_response is already raw")
        return type(area)(area._client, raw=True)


# ----------------------------------------------------------------------------- decorators


def call(
    operation_id: str | None, decode: Callable[[Any], R]
) -> Callable[[Callable[Concatenate[Any, P], Request]], Call[P, R]]:
    """Declare a one-request endpoint: the result is ``decode`` of the spec's envelope field."""
    return functools.partial(Call, operation_id, decode)


def paged(
    operation_id: str, decode: Callable[[Any], M]
) -> Callable[[Callable[Concatenate[Any, P], Request]], Paged[P, M]]:
    """Declare a list endpoint: records are ``decode`` of each item of the spec's records field."""
    return functools.partial(Paged, operation_id, decode)


def flow(build: Callable[Concatenate[Any, P], FlowGenerator[R]]) -> Flow[P, R]:
    """Declare a method made of several requests (a generator yielding ``(operationId, request, decode)``)."""
    return Flow(build)
