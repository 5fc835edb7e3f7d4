"""``MockTransport``: CINNOX in process, driven by the spec, for users' tests.

One object that is both an ``httpx.BaseTransport`` and an ``httpx.AsyncBaseTransport``, so it plugs
under ``Cinnox(transport=…)`` and ``AsyncCinnox(transport=…)`` alike. For each request it

1. finds the operation by method and path template (any base-URL path prefix is allowed);
2. checks the request against the spec: security (``Authorization: Bearer …``), path, query and header
   parameters (required, type, enum, minimum/maximum, ``format: date-time`` …, each coerced from its
   text form by the parameter's schema, as Prism does), the body's content type and its JSON against
   the request schema. A request the spec refuses raises :class:`SpecViolation` (an
   ``AssertionError`` naming the operation, the parameter and the rule) — or, with ``strict=False``,
   is answered the way Prism answers it (the operation's 400 response with
   ``{"code": 6451000, "message": <reason>}``, 401 without a token, 404/405 for unknown routes);
3. answers with the test's override for that operation, else the first example of its 2xx response
   (what ``prism mock`` serves) — or, given an ``upstream`` transport (Prism), relays the request
   there and answers with Prism's answer unless the test set one;
4. records the call (:attr:`MockTransport.calls`, :meth:`MockTransport.calls_to`).

The decisions (routing, validation, which answer) take no I/O; the two ``handle_*`` methods only add
the relay, the delay and the raise, blocking or awaiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final, Literal, TypeGuard
from urllib.parse import unquote

import attrs
import httpx
import jsonschema

from ..errors import ConfigurationError
from ._spec_index import Answer, Operation, Parameter, SpecIndex, default_index

__all__ = ["Call", "MockTransport", "OperationMock", "SpecViolation"]

BAD_PARAMETER: Final = 6451000
_UNSET: Final[Any] = object()
_NOT_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

Location = Literal["route", "security", "path", "query", "header", "cookie", "body", "upstream"]


class SpecViolation(AssertionError):
    """The request is one the spec (and so, presumably, CINNOX) refuses.

    Attributes:
        operation_id: the operation the request was routed to (``None`` if no route matched).
        location: ``path``, ``query``, ``header``, ``body``, ``security`` or ``route``.
        parameter: the parameter or body field at fault (``recipientNumbers[0]``), if any.
        rule: the spec's rule that failed (``required``, ``type``, ``enum``, ``maximum``, ``format``,
            ``content-type`` …).
        reason: the validator's explanation.
    """

    def __init__(
        self,
        *,
        operation_id: str | None,
        method: str,
        path: str,
        location: Location,
        parameter: str | None,
        rule: str,
        reason: str,
    ) -> None:
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.location = location
        self.parameter = parameter
        self.rule = rule
        self.reason = reason
        where = f"{location} parameter {parameter!r}" if location in ("path", "query", "header") else location
        if location == "body" and parameter:
            where = f"body field {parameter!r}"
        op = operation_id or f"{method} {path}"
        super().__init__(f"{op}: {where} violates the spec ({rule}): {reason}")


SpecViolation.__module__ = "cinnox_ext.testing"  # how tracebacks name it


@attrs.frozen
class Call:
    """One request the mock received.

    ``query`` holds the query parameters coerced to the types the spec gives them (``limit`` an
    ``int``, an array a ``list``); ``body`` the parsed JSON body (``None`` without one).
    ``response`` is ``None`` when the call raised (a violation or a :meth:`OperationMock.fail`).
    """

    operation_id: str | None
    method: str
    path: str
    path_params: Mapping[str, Any]
    query: Mapping[str, Any]
    body: Any
    request: httpx.Request
    response: httpx.Response | None = None
    error: BaseException | None = None

    @property
    def headers(self) -> httpx.Headers:
        return self.request.headers


@attrs.frozen
class _Reply:
    status: int | None = None
    body: Any = _UNSET
    code: int | None = None
    message: str | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    delay: float = 0.0
    error: BaseException | type[BaseException] | None = None
    handler: Callable[[Call], Any] | None = None


# Headers that described the relayed bytes on the wire, not the decoded content passed on.
_HOP_HEADERS: Final = frozenset({"content-encoding", "content-length", "transfer-encoding", "connection"})
_EXAMPLE: Final = _Reply()  # no override: the spec's example (or the upstream's answer)


def _relayed(reply: _Reply | httpx.Response) -> TypeGuard[_Reply]:
    """Whether a request goes on to the upstream: accepted here, and not failed before sending."""
    if isinstance(reply, httpx.Response):
        return False
    error = reply.error
    if error is None:
        return True
    kind = error if isinstance(error, type) else type(error)
    return not issubclass(kind, _NOT_SENT)


class OperationMock:
    """The answers for one operation in one test (from :meth:`MockTransport.on`).

    Answers given with ``times=n`` are used first, in order, ``n`` times each; then the last answer
    given without ``times``; then the spec's example.
    """

    def __init__(self, transport: MockTransport, operation: Operation) -> None:
        self._transport = transport
        self.operation = operation
        self._queue: deque[_Reply] = deque()
        self._default: _Reply | None = None

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id

    def respond(
        self,
        status: int | None = None,
        json: Any = _UNSET,
        *,
        code: int | None = None,
        message: str | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
        times: int | None = None,
    ) -> OperationMock:
        """Answer this operation with ``status`` and ``json``, or a CINNOX error ``code``.

        - ``code=6451010``: answers ``{"code": 6451010, "message": …}`` (the spec's message for that
          code unless ``message`` is given) with ``status`` (default 400, the status the spec gives
          every CINNOX error code).
        - ``status`` alone: the spec's example for that status, if the operation declares it.
        - ``headers``: e.g. ``{"Retry-After": "0"}``.
        - ``delay``: seconds before answering; a delay beyond the client's read timeout raises
          ``httpx.ReadTimeout`` after that timeout, as a slow server would.
        - ``times``: use this answer for the next ``times`` calls only.
        """
        if code is not None and json is not _UNSET:
            raise ConfigurationError("give either code= (a CINNOX error body) or json=, not both")
        return self._add(
            _Reply(
                status=status, body=json, code=code, message=message, headers=dict(headers or {}), delay=delay
            ),
            times,
        )

    def fail(
        self,
        error: BaseException | type[BaseException] = httpx.ReadTimeout,
        *,
        delay: float = 0.0,
        times: int | None = None,
    ) -> OperationMock:
        """Raise a transport error instead of answering (``httpx.ReadTimeout`` by default).

        The request counts as delivered (it is recorded) unless the error is one raised before
        sending (``httpx.ConnectError``, ``ConnectTimeout``, ``PoolTimeout``): so a ``ReadTimeout``
        on ``sendSms`` is what makes the SDK raise ``SendOutcomeUnknownError``.
        """
        return self._add(_Reply(error=error, delay=delay), times)

    def respond_with(self, handler: Callable[[Call], Any], *, times: int | None = None) -> OperationMock:
        """Compute the answer from the call: ``handler(call)`` returns an ``httpx.Response``, or a
        JSON value answered with status 200."""
        return self._add(_Reply(handler=handler), times)

    def reset(self) -> OperationMock:
        """Back to the spec's example."""
        with self._transport._lock:
            self._queue.clear()
            self._default = None
        return self

    @property
    def calls(self) -> list[Call]:
        return self._transport.calls_to(self.operation_id)

    @property
    def called(self) -> bool:
        return bool(self.calls)

    def _add(self, reply: _Reply, times: int | None) -> OperationMock:
        if times is not None and times < 1:
            raise ConfigurationError(f"times must be at least 1, got {times}")
        with self._transport._lock:
            if times is None:
                self._default = reply
            else:
                self._queue.extend([reply] * times)
        return self

    def _next(self) -> _Reply | None:
        with self._transport._lock:
            return self._queue.popleft() if self._queue else self._default


class MockTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """CINNOX in process (see the module docstring).

    Args:
        spec: an OpenAPI document (mapping), a path to one, or ``None`` for the spec shipped with
            the SDK.
        strict: raise :class:`SpecViolation` for a request the spec refuses (default); with
            ``False``, answer it as Prism does (400 + CINNOX error body, 401, 404, 405).
        upstream, async_upstream: relay each request this mock accepts to a real server (Prism:
            ``httpx.HTTPTransport()`` on a client whose base URL is Prism's) and answer with its
            answer, unless the test set one: overrides, delays, failures and records then work on
            Prism too. A request Prism refuses although this mock accepted it is a disagreement
            between the two: a :class:`SpecViolation` (``location="upstream"``) when strict.
    """

    def __init__(
        self,
        spec: Mapping[str, Any] | str | Path | None = None,
        *,
        strict: bool = True,
        upstream: httpx.BaseTransport | None = None,
        async_upstream: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if spec is None:
            self.index = default_index()
        elif isinstance(spec, Mapping):
            self.index = SpecIndex(spec)
        else:
            import yaml

            self.index = SpecIndex(yaml.safe_load(Path(spec).read_text(encoding="utf-8")))
        self.strict = strict
        self.upstream = upstream
        self.async_upstream = async_upstream
        self._lock = threading.RLock()
        self._operations: dict[str, OperationMock] = {}
        self.calls: list[Call] = []
        self.violations: list[SpecViolation] = []
        self._acknowledged: set[int] = set()

    # ------------------------------------------------------------------ test-facing API

    @property
    def operation_ids(self) -> list[str]:
        return list(self.index.operations)

    def on(self, operation_id: str) -> OperationMock:
        """The answers of one operation, by its ``operationId`` (``"sendSms"``)."""
        with self._lock:
            found = self._operations.get(operation_id)
            if found is None:
                operation = self.index.operations.get(operation_id)
                if operation is None:
                    choices = ", ".join(sorted(self.index.operations))
                    raise ConfigurationError(f"the spec has no operation {operation_id!r}; it has: {choices}")
                found = self._operations[operation_id] = OperationMock(self, operation)
            return found

    def calls_to(self, operation_id: str) -> list[Call]:
        """The calls routed to one operation, in order."""
        if operation_id not in self.index.operations:
            self.on(operation_id)  # raises with the list of operations
        with self._lock:
            return [c for c in self.calls if c.operation_id == operation_id]

    def reset(self) -> None:
        """Forget calls, violations and every override."""
        with self._lock:
            self.calls.clear()
            self.violations.clear()
            self._acknowledged.clear()
            self._operations.clear()

    @contextlib.contextmanager
    def expect_violation(
        self, *, parameter: str | None = None, rule: str | None = None, operation_id: str | None = None
    ) -> Iterator[list[SpecViolation]]:
        """Assert that the block sends a request the spec refuses (and swallow the :class:`SpecViolation`).

        The violations seen are yielded (as a list filled when the block ends). Violations met
        outside such a block fail the test at teardown (``cinnox_mock`` fixture) even if the code
        under test caught the ``AssertionError``.
        """
        with self._lock:
            before = len(self.violations)
        seen: list[SpecViolation] = []
        with contextlib.suppress(SpecViolation):
            yield seen
        with self._lock:
            new = self.violations[before:]
            for violation in new:
                self._acknowledged.add(id(violation))
        seen.extend(new)
        matching = [
            v
            for v in new
            if (parameter is None or v.parameter == parameter)
            and (rule is None or v.rule == rule)
            and (operation_id is None or v.operation_id == operation_id)
        ]
        if not matching:
            wanted = ", ".join(
                f"{k}={v!r}"
                for k, v in (("operation_id", operation_id), ("parameter", parameter), ("rule", rule))
                if v is not None
            )
            got = "; ".join(str(v) for v in new) or "none"
            raise AssertionError(f"expected a spec violation ({wanted or 'any'}); got: {got}")

    def unexpected_violations(self) -> list[SpecViolation]:
        """Violations not met inside :meth:`expect_violation` (the fixture fails the test on these)."""
        with self._lock:
            return [v for v in self.violations if id(v) not in self._acknowledged]

    # ------------------------------------------------------------------ transports

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        __tracebackhide__ = True  # pytest shows the test, not the mock
        request.read()
        reply, call = self._dispatch(request)
        if self.upstream is not None and _relayed(reply):
            relayed = self.upstream.handle_request(request)
            relayed.read()
            reply = self._upstream_answer(reply, relayed, call)
        delay, error = self._timing(reply, request)
        if delay:
            time.sleep(delay)
        return self._finish(reply, call, error, request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        __tracebackhide__ = True  # pytest shows the test, not the mock
        await request.aread()
        reply, call = self._dispatch(request)
        if self.async_upstream is not None and _relayed(reply):
            relayed = await self.async_upstream.handle_async_request(request)
            await relayed.aread()
            reply = self._upstream_answer(reply, relayed, call)
        delay, error = self._timing(reply, request)
        if delay:
            await asyncio.sleep(delay)
        return self._finish(reply, call, error, request)

    # ------------------------------------------------------------------ the core (no I/O)

    def _dispatch(self, request: httpx.Request) -> tuple[_Reply | httpx.Response, Call]:
        __tracebackhide__ = True  # pytest shows the test, not the mock
        method = request.method.upper()
        raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii", "replace")
        operation, raw_params, path_known = self.index.match(method, raw_path)
        shell = Call(None, method, unquote(raw_path), {}, {}, None, request)
        if operation is None:
            rule = "method" if path_known else "route"
            reason = (
                f"{method} is not an operation of this path"
                if path_known
                else "no operation of the spec matches this path"
            )
            refused = SpecViolation(
                operation_id=None,
                method=method,
                path=shell.path,
                location="route",
                parameter=None,
                rule=rule,
                reason=reason,
            )
            return self._refuse(refused, shell, None), shell
        call, violation = self._validate(operation, request, raw_params)
        if violation is not None:
            return self._refuse(violation, call, operation), call
        mock = self._operations.get(operation.operation_id)
        reply = mock._next() if mock is not None else None
        return (reply if reply is not None else _EXAMPLE), call

    def _upstream_answer(self, reply: _Reply, relayed: httpx.Response, call: Call) -> _Reply | httpx.Response:
        """The upstream's answer, unless the test set one; a refusal we did not foresee is reported."""
        __tracebackhide__ = True
        # A fresh in-memory response: the relayed one has been read, and its connection's stream
        # must not be iterated again by the transports above.
        headers = [(k, v) for k, v in relayed.headers.multi_items() if k.lower() not in _HOP_HEADERS]
        relayed = httpx.Response(
            relayed.status_code, headers=headers, content=relayed.content, request=call.request
        )
        if not relayed.is_success:
            violation = SpecViolation(
                operation_id=call.operation_id,
                method=call.method,
                path=call.path,
                location="upstream",
                parameter=None,
                rule=f"HTTP {relayed.status_code}",
                reason=f"the upstream mock refused a request this one accepted: {relayed.text[:500]}",
            )
            with self._lock:
                self.violations.append(violation)
            if self.strict:
                self._record(attrs.evolve(call, error=violation))
                raise violation
            return relayed
        return relayed if reply is _EXAMPLE else reply

    def _refuse(self, violation: SpecViolation, call: Call, operation: Operation | None) -> httpx.Response:
        __tracebackhide__ = True  # pytest shows the test, not the mock
        with self._lock:
            self.violations.append(violation)
        if self.strict:
            with self._lock:
                self.calls.append(attrs.evolve(call, error=violation))
            raise violation
        request = call.request
        if operation is None:
            status = 405 if violation.rule == "method" else 404
            title = "Route resolved, but no method matched" if status == 405 else "Route not resolved"
            return _json_response(
                status,
                {"type": "about:blank", "title": title, "status": status, "detail": violation.reason},
                request,
                {"content-type": "application/problem+json"},
            )
        if violation.location == "security":
            answer = operation.unauthorized or Answer(401, {"code": 6452000, "message": "Invalid token"})
            return _json_response(answer.status, answer.body, request, answer.headers)
        if operation.invalid is not None:
            body = operation.invalid.body
            code = body.get("code", BAD_PARAMETER) if isinstance(body, dict) else BAD_PARAMETER
            return _json_response(
                operation.invalid.status, {"code": code, "message": str(violation)}, request
            )
        return _json_response(
            422,
            {"type": "about:blank", "title": "Invalid request", "status": 422, "detail": str(violation)},
            request,
            {"content-type": "application/problem+json"},
        )

    def _timing(
        self, reply: _Reply | httpx.Response, request: httpx.Request
    ) -> tuple[float, BaseException | None]:
        """How long to wait, and the error to raise then (a delay past the read timeout times out)."""
        if isinstance(reply, httpx.Response):
            return 0.0, None
        error = _instantiate(reply.error, request) if reply.error is not None else None
        timeout = request.extensions.get("timeout", {}).get("read")
        if reply.delay and timeout is not None and reply.delay >= timeout and error is None:
            return float(timeout), httpx.ReadTimeout(
                "mock: no answer within the read timeout", request=request
            )
        return reply.delay, error

    def _finish(
        self, reply: _Reply | httpx.Response, call: Call, error: BaseException | None, request: httpx.Request
    ) -> httpx.Response:
        if isinstance(reply, httpx.Response):  # a refusal answered (strict=False), or the upstream's answer
            self._record(attrs.evolve(call, response=reply))
            return reply
        if error is not None:
            self._record(attrs.evolve(call, error=error))
            raise error
        operation = self.index.operations[call.operation_id] if call.operation_id else None
        assert operation is not None
        response = self._answer(reply, operation, call)
        self._record(attrs.evolve(call, response=response))
        return response

    def _record(self, call: Call) -> None:
        with self._lock:
            self.calls.append(call)

    def _answer(self, reply: _Reply, operation: Operation, call: Call) -> httpx.Response:
        request = call.request
        if reply.handler is not None:
            result = reply.handler(call)
            if isinstance(result, httpx.Response):
                result.request = request
                return result
            return _json_response(200, result, request)
        if reply.code is not None:
            message = reply.message or self.index.error_messages.get(reply.code, f"error {reply.code}")
            answer = Answer(reply.status or 400, {"code": reply.code, "message": message})
        elif reply.body is not _UNSET:
            answer = Answer(reply.status or operation.success.status, reply.body)
        elif reply.status is not None and reply.status != operation.success.status:
            answer = self._declared(operation, reply.status) or Answer(reply.status, None)
        else:
            answer = operation.success
        headers = {**answer.headers, **reply.headers}
        return _json_response(answer.status, answer.body, request, headers)

    def _declared(self, operation: Operation, status: int) -> Answer | None:
        """The spec's example answer for one status of an operation, if it declares that status."""
        path_item = self.index.spec["paths"][operation.path]
        responses = path_item[operation.method.lower()].get("responses", {})
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in responses:
                found = self.index._answer(key, responses[key], "")
                return attrs.evolve(found, status=status)
        return None

    # ------------------------------------------------------------------ request validation

    def _validate(
        self, operation: Operation, request: httpx.Request, raw_params: Mapping[str, str]
    ) -> tuple[Call, SpecViolation | None]:
        def violation(location: Location, parameter: str | None, rule: str, reason: str) -> SpecViolation:
            return SpecViolation(
                operation_id=operation.operation_id,
                method=operation.method,
                path=request.url.path,
                location=location,
                parameter=parameter,
                rule=rule,
                reason=reason,
            )

        path_params: dict[str, Any] = {}
        query: dict[str, Any] = {}
        body: Any = None
        found: SpecViolation | None = None

        if not self._authorised(operation, request):
            found = violation(
                "security",
                "Authorization",
                "security",
                "the request has no Authorization: Bearer <token> header",
            )

        query_items = request.url.params.multi_items()
        for param in operation.parameters:
            if param.location == "path":
                values = [unquote(raw_params[param.name])] if param.name in raw_params else []
            elif param.location == "query":
                values = [v for k, v in query_items if k == param.name]
            elif param.location == "header":
                values = request.headers.get_list(param.name)
            else:
                continue
            if not values:
                if param.required and found is None:
                    found = violation(param.location, param.name, "required", f"{param.name!r} is required")
                continue
            value = _coerce(values, param, self.index)
            (path_params if param.location == "path" else query if param.location == "query" else {})[
                param.name
            ] = value
            if found is None:
                error = _first_error(self.index.validator(param.pointer), value)
                if error is not None:
                    found = violation(param.location, param.name, str(error.validator), error.message)

        if operation.body is not None:
            body, body_violation = self._body(operation, request)
            if body_violation is not None and found is None:
                found = violation("body", *body_violation)

        call = Call(
            operation.operation_id,
            operation.method,
            request.url.path,
            path_params,
            query,
            body,
            request,
        )
        return call, found

    def _authorised(self, operation: Operation, request: httpx.Request) -> bool:
        if not operation.security:
            return True
        schemes = self.index.spec.get("components", {}).get("securitySchemes", {})
        return any(
            all(_satisfies(schemes.get(name, {}), request) for name in requirement)
            for requirement in operation.security
        )

    def _body(
        self, operation: Operation, request: httpx.Request
    ) -> tuple[Any, tuple[str | None, str, str] | None]:
        spec = operation.body
        assert spec is not None
        content = request.content
        if not content:
            if spec.required:
                return None, (None, "required", "the request body is required")
            return None, None
        media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        accepted = [m for m in spec.media_types if _media_matches(m, media)]
        if not accepted:
            return None, (
                None,
                "content-type",
                f"content type {media or 'none'!r} is not one of {', '.join(spec.media_types)}",
            )
        if "json" not in accepted[0]:
            return content, None
        try:
            body = json.loads(content)
        except ValueError as e:
            return None, (None, "json", f"the body is not valid JSON ({e})")
        pointer = spec.schema_pointers.get(accepted[0])
        if pointer is None:
            return body, None
        error = _first_error(self.index.validator(pointer), body)
        if error is None:
            return body, None
        field = _field_name(error)
        return body, (field, str(error.validator), error.message)


# ---------------------------------------------------------------------- helpers


def _json_response(
    status: int, body: Any, request: httpx.Request, headers: Mapping[str, str] | None = None
) -> httpx.Response:
    headers = dict(headers or {})
    if body is None:
        headers.pop("content-type", None)
        return httpx.Response(status, headers=headers, request=request)
    if not any(k.lower() == "content-type" for k in headers):
        headers["content-type"] = "application/json"
    return httpx.Response(status, headers=headers, content=json.dumps(body).encode(), request=request)


def _instantiate(error: BaseException | type[BaseException], request: httpx.Request) -> BaseException:
    if isinstance(error, BaseException):
        return error
    if issubclass(error, httpx.RequestError):
        return error(f"mock: {error.__name__}", request=request)
    return error(f"mock: {error.__name__}")


def _satisfies(scheme: Mapping[str, Any], request: httpx.Request) -> bool:
    kind = scheme.get("type")
    if kind == "http":
        prefix = str(scheme.get("scheme", "bearer")).lower() + " "
        value = request.headers.get("authorization", "")
        return value.lower().startswith(prefix) and bool(value[len(prefix) :].strip())
    if kind == "apiKey":
        name, where = scheme.get("name", ""), scheme.get("in")
        if where == "header":
            return name in request.headers
        if where == "query":
            return name in request.url.params
        if where == "cookie":
            return name in request.headers.get("cookie", "")
    return True  # oauth2 / openIdConnect / mutualTLS: not checked in process


def _media_matches(declared: str, given: str) -> bool:
    declared = declared.lower()
    if declared in ("*/*", given):
        return True
    if declared.endswith("/*"):
        return given.startswith(declared[:-1])
    return False


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    if kind is None:
        for key in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(key, []):
                if isinstance(sub, Mapping):
                    return _types(sub)
        return []
    return [str(kind)]


def _scalar(text: str, schema: Mapping[str, Any]) -> Any:
    """A parameter's text as the type its schema gives (left as text when it does not parse, so
    the schema's ``type`` rule reports it)."""
    for kind in _types(schema):
        if kind == "integer":
            with contextlib.suppress(ValueError):
                return int(text)
        elif kind == "number":
            with contextlib.suppress(ValueError):
                number = float(text)
                return (
                    int(number)
                    if number.is_integer() and "." not in text and "e" not in text.lower()
                    else number
                )
        elif kind == "boolean" and text in ("true", "false"):
            return text == "true"
        elif kind == "null" and text == "":
            return None
    return text


_DELIMITERS: Final = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def _coerce(values: list[str], param: Parameter, index: SpecIndex) -> Any:
    schema = param.schema
    if "array" in _types(schema):
        items = index.resolve(schema.get("items", {}), f"{param.pointer}/items")[0]
        if param.explode and param.location == "query":
            parts = values
        else:
            parts = [p for v in values for p in v.split(_DELIMITERS.get(param.style, ","))]
        return [_scalar(p, items) for p in parts]
    return _scalar(values[-1], schema)


def _first_error(validator: Any, value: Any) -> jsonschema.ValidationError | None:
    errors = list(validator.iter_errors(value))
    if not errors:
        return None
    best: jsonschema.ValidationError = jsonschema.exceptions.best_match(errors)
    return best


def _field_name(error: jsonschema.ValidationError) -> str | None:
    """``recipientNumbers[0]`` for the path of the failing value; the missing property for ``required``."""
    parts: list[str] = []
    for item in error.absolute_path:
        parts.append(f"[{item}]" if isinstance(item, int) else (f".{item}" if parts else str(item)))
    name = "".join(parts)
    if error.validator == "required" and isinstance(error.message, str) and error.message.startswith("'"):
        missing = error.message.split("'")[1]
        return f"{name}.{missing}" if name else missing
    return name or None
