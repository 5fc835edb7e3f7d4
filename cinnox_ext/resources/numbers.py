"""``client.numbers``: the account's numbers, and the Caller IDs / Sender IDs of a staff member."""

from __future__ import annotations

import builtins

from cinnox_generated.api.numbers import get_caller_id, get_number_list, get_staff_sender_id
from cinnox_generated.models import CliNumber, NumberListResponse

from .. import _validation
from .._pagination import AsyncPager, SyncPager
from ._common import AsyncResource, SyncResource

__all__ = ["AsyncNumbers", "Numbers"]


class Numbers(SyncResource):
    def list(self, *, page_size: int = 500) -> SyncPager[CliNumber]:
        """Every virtual number, service number and alphanumeric Sender ID (Get Number List; inferred)."""
        return self._pager(
            get_number_list.sync_detailed, NumberListResponse, page_size=page_size, windowed=False
        )

    def caller_ids(self, staff_eid: str) -> builtins.list[CliNumber]:
        """The Caller IDs of one staff member."""
        eid = _validation.non_empty_text(staff_eid, "staff_eid")
        return self._call(get_caller_id.sync_detailed, NumberListResponse, eid=eid).result

    def sender_ids(self, staff_eid: str) -> builtins.list[CliNumber]:
        """The SMS Sender IDs of one staff member."""
        eid = _validation.non_empty_text(staff_eid, "staff_eid")
        return self._call(get_staff_sender_id.sync_detailed, NumberListResponse, eid=eid).result


class AsyncNumbers(AsyncResource):
    def list(self, *, page_size: int = 500, prefetch: int = 1) -> AsyncPager[CliNumber]:
        """Every number of the account (see :meth:`Numbers.list`)."""
        return self._pager(
            get_number_list.asyncio_detailed,
            NumberListResponse,
            page_size=page_size,
            windowed=False,
            prefetch=prefetch,
        )

    async def caller_ids(self, staff_eid: str) -> builtins.list[CliNumber]:
        """The async twin of :meth:`Numbers.caller_ids`."""
        eid = _validation.non_empty_text(staff_eid, "staff_eid")
        return (await self._call(get_caller_id.asyncio_detailed, NumberListResponse, eid=eid)).result

    async def sender_ids(self, staff_eid: str) -> builtins.list[CliNumber]:
        """The async twin of :meth:`Numbers.sender_ids`."""
        eid = _validation.non_empty_text(staff_eid, "staff_eid")
        return (await self._call(get_staff_sender_id.asyncio_detailed, NumberListResponse, eid=eid)).result
