"""API areas, one module each; the clients expose them as ``client.sms``, ``client.reports`` …

Each area is one class generic in its mode (``Reports[Sync]`` on :class:`~cinnox_ext.Cinnox`,
``Reports[Async]`` on :class:`~cinnox_ext.AsyncCinnox`); the ``Async*`` names are those aliases.
"""

from ._endpoints import Async, AsyncRaw, RawResponse, Sync, SyncRaw
from .campaigns import Campaigns
from .management import Management
from .messages import Messages
from .numbers import Numbers
from .reports import Reports
from .sms import Sms
from .subscriptions import Subscriptions

AsyncCampaigns = Campaigns[Async]
AsyncManagement = Management[Async]
AsyncMessages = Messages[Async]
AsyncNumbers = Numbers[Async]
AsyncReports = Reports[Async]
AsyncSms = Sms[Async]
AsyncSubscriptions = Subscriptions[Async]

__all__ = [
    "Async",
    "AsyncCampaigns",
    "AsyncManagement",
    "AsyncMessages",
    "AsyncNumbers",
    "AsyncRaw",
    "AsyncReports",
    "AsyncSms",
    "AsyncSubscriptions",
    "Campaigns",
    "Management",
    "Messages",
    "Numbers",
    "RawResponse",
    "Reports",
    "Sms",
    "Subscriptions",
    "Sync",
    "SyncRaw",
]
