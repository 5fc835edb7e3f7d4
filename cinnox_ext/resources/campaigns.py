"""``client.campaigns``: sent SMS / WhatsApp campaigns and their per-recipient messages."""

from __future__ import annotations

from datetime import timedelta

from cinnox_generated.api.campaigns import get_sent_campaigns_details, get_sent_campaigns_summary
from cinnox_generated.models import (
    SentCampaignMessage,
    SentCampaignsDetailsResponse,
    SentCampaignsSummaryResponse,
    SentCampaignSummary,
)

from .. import _validation
from .._pagination import AsyncPager, SyncPager
from ._common import AsyncResource, SyncResource

__all__ = ["AsyncCampaigns", "Campaigns"]


class Campaigns(SyncResource):
    def sent(
        self,
        start_at: object = None,
        end_at: object = None,
        page_size: int = 500,
        *,
        max_window: timedelta | None = None,
    ) -> SyncPager[SentCampaignSummary]:
        """Every sent campaign in the window (Get Sent Campaigns Summary)."""
        return self._pager(
            get_sent_campaigns_summary.sync_detailed,
            SentCampaignsSummaryResponse,
            page_size=page_size,
            start_at=start_at,
            end_at=end_at,
            max_window=max_window,
            key=lambda r: r.id,
        )

    def messages(self, history_id: str, page_size: int = 500) -> SyncPager[SentCampaignMessage]:
        """Every message of one campaign; ``history_id`` is the ``id`` from :meth:`sent`."""
        hid = _validation.non_empty_text(history_id, "history_id")
        return self._pager(
            get_sent_campaigns_details.sync_detailed,
            SentCampaignsDetailsResponse,
            page_size=page_size,
            windowed=False,
            history_id=hid,
        )


class AsyncCampaigns(AsyncResource):
    def sent(
        self,
        start_at: object = None,
        end_at: object = None,
        page_size: int = 500,
        *,
        max_window: timedelta | None = None,
        prefetch: int = 1,
    ) -> AsyncPager[SentCampaignSummary]:
        """The async twin of :meth:`Campaigns.sent`."""
        return self._pager(
            get_sent_campaigns_summary.asyncio_detailed,
            SentCampaignsSummaryResponse,
            page_size=page_size,
            start_at=start_at,
            end_at=end_at,
            max_window=max_window,
            key=lambda r: r.id,
            prefetch=prefetch,
        )

    def messages(
        self, history_id: str, page_size: int = 500, *, prefetch: int = 1
    ) -> AsyncPager[SentCampaignMessage]:
        """The async twin of :meth:`Campaigns.messages`."""
        hid = _validation.non_empty_text(history_id, "history_id")
        return self._pager(
            get_sent_campaigns_details.asyncio_detailed,
            SentCampaignsDetailsResponse,
            page_size=page_size,
            windowed=False,
            history_id=hid,
            prefetch=prefetch,
        )
