"""What every resource shares: the owning client's parts, and turning a generated response into a model."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from cinnox_generated.types import UNSET, Response, Unset

from .. import errors
from .._pagination import AsyncPager, RecordKey, SyncPager

if TYPE_CHECKING:
    from .._client import AsyncCinnox, Cinnox

T = TypeVar("T")

#: Time-window caps per operation, as the spec declares them (``x-cinnox-max-window-days``); a test
#: keeps this table equal to the spec, so a cap added to the spec cannot be missed by the pagers.
MAX_WINDOW_DAYS: dict[str, int] = {"getEnquiryOverviewMatrix": 90}


def operation_id(operation: Callable[..., Any]) -> str:
    """The spec's operationId of a generated function (its module is the snake_case operationId)."""
    first, *rest = operation.__module__.rsplit(".", 1)[-1].split("_")
    return first + "".join(word.capitalize() for word in rest)


def window_cap(operation: Callable[..., Any], given: Any) -> Any:
    """The caller's ``max_window``, else the cap the spec declares for this operation, else none."""
    if given is not None:
        return given
    days = MAX_WINDOW_DAYS.get(operation_id(operation))
    return timedelta(days=days) if days else None


@contextmanager
def _decoding(operation: str) -> Iterator[None]:
    """A 2xx body the generated models cannot read is an API error, not a KeyError from deep inside."""
    try:
        yield
    except errors.CinnoxError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ApiError(
            f"{operation}: CINNOX answered with a body the spec does not describe ({type(exc).__name__}: "
            f"{exc}); validate live traffic with `nox -s proxy`"
        ) from exc


def expect(response: Response[Any], model: type[T]) -> T:
    parsed = response.parsed
    if not isinstance(parsed, model):
        raise errors.ApiError(
            f"expected {model.__name__}, got {type(parsed).__name__} (HTTP {int(response.status_code)})",
            status_code=int(response.status_code),
        )
    return parsed


def unset(value: T | None) -> T | Unset:
    """The generated client's way of leaving out an optional parameter."""
    return UNSET if value is None else value


def when(value: datetime | None) -> datetime | Unset:
    return UNSET if value is None else value


def _list_kwargs(
    offset: int, limit: int, start: datetime | None, end: datetime | None, windowed: bool
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"offset": offset, "limit": limit}
    if windowed:
        kwargs.update(start_at=when(start), end_at=when(end))
    return kwargs


class SyncResource:
    def __init__(self, client: Cinnox) -> None:
        self._client = client

    def _pager(
        self,
        operation: Callable[..., Response[Any]],
        envelope: type[Any],
        *,
        page_size: int,
        windowed: bool = True,
        start_at: object = None,
        end_at: object = None,
        max_window: Any = None,
        key: RecordKey[Any] | None = None,
        **params: Any,
    ) -> SyncPager[Any]:
        """A lazy pager over an offset/limit list; ``params`` are the endpoint's other filters."""

        def fetch(offset: int, limit: int, start: datetime | None, end: datetime | None) -> list[Any]:
            kwargs = _list_kwargs(offset, limit, start, end, windowed)
            return list(self._call(operation, envelope, **kwargs, **params).result)

        return SyncPager(
            fetch,
            page_size=page_size,
            start_at=start_at,
            end_at=end_at,
            max_window=window_cap(operation, max_window),
            key=key,
        )

    def _call(self, operation: Callable[..., Response[Any]], model: type[T], **kwargs: Any) -> T:
        with _decoding(operation.__module__.rsplit(".", 1)[-1]):
            response = operation(self._client.app_id, client=self._client._generated, **kwargs)
            return expect(response, model)


class AsyncResource:
    def __init__(self, client: AsyncCinnox) -> None:
        self._client = client

    def _pager(
        self,
        operation: Callable[..., Awaitable[Response[Any]]],
        envelope: type[Any],
        *,
        page_size: int,
        windowed: bool = True,
        start_at: object = None,
        end_at: object = None,
        max_window: Any = None,
        key: RecordKey[Any] | None = None,
        prefetch: int = 1,
        **params: Any,
    ) -> AsyncPager[Any]:
        """The async twin of :meth:`SyncResource._pager`, with optional prefetching."""

        async def fetch(offset: int, limit: int, start: datetime | None, end: datetime | None) -> list[Any]:
            kwargs = _list_kwargs(offset, limit, start, end, windowed)
            return list((await self._call(operation, envelope, **kwargs, **params)).result)

        return AsyncPager(
            fetch,
            prefetch=prefetch,
            page_size=page_size,
            start_at=start_at,
            end_at=end_at,
            max_window=window_cap(operation, max_window),
            key=key,
        )

    async def _call(
        self, operation: Callable[..., Awaitable[Response[Any]]], model: type[T], **kwargs: Any
    ) -> T:
        with _decoding(operation.__module__.rsplit(".", 1)[-1]):
            response = await operation(self._client.app_id, client=self._client._generated, **kwargs)
            return expect(response, model)
