"""The API's data models, generated from ``openapi/cinnox.yaml`` (attrs classes, fully typed).

Import them from here (``from cinnox_ext.models import SmsDetail``): the generated package behind them
is an implementation detail whose name may change.
"""

from cinnox_generated.models import *  # noqa: F403
from cinnox_generated.models import __all__ as __all__
from cinnox_generated.types import UNSET as UNSET
from cinnox_generated.types import Unset as Unset
