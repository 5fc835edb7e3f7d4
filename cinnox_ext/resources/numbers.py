"""``client.numbers``: the account's numbers, and the Caller IDs / Sender IDs of a staff member."""

from __future__ import annotations

from typing import Unpack

from cinnox_generated.api.numbers import get_caller_id, get_number_list, get_staff_sender_id
from cinnox_generated.models import CliNumber

from .. import _validation
from ._endpoints import (
    Area,
    AsyncRaw,
    CallOptions,
    ListOptions,
    ModeT,
    RawView,
    Request,
    SyncRaw,
    call,
    many,
    paged,
    request,
)

__all__ = ["Numbers"]


class Numbers(Area[ModeT]):
    """``client.numbers``."""

    with_raw_response: RawView[Numbers[SyncRaw], Numbers[AsyncRaw]] = RawView()

    @paged("getNumberList", CliNumber.from_dict)
    def list(self, *, page_size: int = 500, **options: Unpack[ListOptions]) -> Request:
        """Every virtual number, service number and alphanumeric Sender ID (Get Number List; inferred)."""
        return request(get_number_list._get_kwargs)

    @call("getCallerId", many(CliNumber.from_dict))
    def caller_ids(self, staff_eid: str, **options: Unpack[CallOptions]) -> Request:
        """The Caller IDs of one staff member."""
        return request(get_caller_id._get_kwargs, _validation.identifier(staff_eid, "staff_eid"))

    @call("getStaffSenderId", many(CliNumber.from_dict))
    def sender_ids(self, staff_eid: str, **options: Unpack[CallOptions]) -> Request:
        """The SMS Sender IDs of one staff member."""
        return request(get_staff_sender_id._get_kwargs, _validation.identifier(staff_eid, "staff_eid"))
