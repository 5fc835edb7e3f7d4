"""API areas, one module each; the clients expose them as ``client.sms``, ``client.reports`` …"""

from .campaigns import AsyncCampaigns, Campaigns
from .messages import AsyncMessages, Messages
from .numbers import AsyncNumbers, Numbers
from .reports import AsyncReports, Reports
from .sms import AsyncSms, Sms
from .subscriptions import AsyncSubscriptions, Subscriptions

__all__ = [
    "AsyncCampaigns",
    "AsyncMessages",
    "AsyncNumbers",
    "AsyncReports",
    "AsyncSms",
    "AsyncSubscriptions",
    "Campaigns",
    "Messages",
    "Numbers",
    "Reports",
    "Sms",
    "Subscriptions",
]
