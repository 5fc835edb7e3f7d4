"""``client.campaigns``: sent SMS / WhatsApp campaigns and their per-recipient messages."""

from __future__ import annotations

from typing import Unpack

from cinnox_generated.api.campaigns import get_sent_campaigns_details, get_sent_campaigns_summary
from cinnox_generated.models import SentCampaignMessage, SentCampaignSummary

from .. import _validation
from ._endpoints import Area, AsyncRaw, ListOptions, ModeT, RawView, Request, SyncRaw, Time, paged, request

__all__ = ["Campaigns"]


class Campaigns(Area[ModeT]):
    """``client.campaigns``."""

    with_raw_response: RawView[Campaigns[SyncRaw], Campaigns[AsyncRaw]] = RawView()

    @paged("getSentCampaignsSummary", SentCampaignSummary.from_dict)
    def sent(
        self, start_at: Time = None, end_at: Time = None, page_size: int = 500, **options: Unpack[ListOptions]
    ) -> Request:
        """Every sent campaign in the window (Get Sent Campaigns Summary)."""
        return request(get_sent_campaigns_summary._get_kwargs)

    @paged("getSentCampaignsDetails", SentCampaignMessage.from_dict)
    def messages(self, history_id: str, page_size: int = 500, **options: Unpack[ListOptions]) -> Request:
        """Every message of one campaign; ``history_id`` is the ``id`` from :meth:`sent`."""
        return request(
            get_sent_campaigns_details._get_kwargs,
            history_id=_validation.identifier(history_id, "history_id"),
        )
