"""Every public resource method with valid arguments, and a transport that answers from the spec's examples.

Shared by ``test_resources.py`` (what each method sends and returns) and ``test_input_fuzz.py``
(what each method refuses).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

from cinnox_ext.models import DestinationServiceGroupInput, ExternalContactInput, TagInput
from cinnox_ext.resources._endpoints import operation, operations

from .test_spec import SPEC, _resolve

WINDOW = (datetime(2025, 11, 1, tzinfo=UTC), datetime(2025, 11, 8, tzinfo=UTC))
URL = "https://hooks.example.com/x"

CONTACT = ExternalContactInput.from_dict(
    {"lastName": "Chan", "phones": [{"type": "Mobile", "phone": "+85298765432"}]}
)
GROUP = DestinationServiceGroupInput.from_dict(
    {
        "displayName": "HK Sales",
        "supportLanguages": ["en"],
        "supportLocations": ["HK"],
        "types": ["STAFF"],
        "staffTargets": ["eid-1"],
    }
)
TAG = TagInput.from_dict({"basicInfo": {"tagName": "sales"}, "functionType": ["IM"]})

#: (area, method, positional args, keyword args) of every public method, valid input.
CALLS: list[tuple[str, str, tuple[Any, ...], dict[str, Any]]] = [
    ("messages", "send", (), {"room_id": "room-1", "texts": ["hi", "there"]}),
    ("sms", "send", (), {"sender_number": "+85230018888", "recipients": ["+85298765432"], "text": "hi"}),
    (
        "sms",
        "send_otp",
        (),
        {"sender_number": "CINNOX", "recipient_number": "+85298765432", "text": "code %s", "pin": "123456"},
    ),
    ("numbers", "list", (), {}),
    ("numbers", "caller_ids", ("eid-1",), {}),
    ("numbers", "sender_ids", ("eid-1",), {}),
    ("subscriptions", "list", (), {}),
    ("subscriptions", "enable", ("call", URL), {}),
    ("subscriptions", "disable", ("outbound_sms", URL), {}),
    ("reports", "enquiries", WINDOW, {}),
    ("reports", "enquiry_chat", ("E-1",), {}),
    ("reports", "calls", WINDOW, {}),
    ("reports", "call_logs", WINDOW, {}),
    ("reports", "conferences", WINDOW, {}),
    ("reports", "recording_files", (), {"call_id": "c-1"}),
    ("reports", "sms_details", WINDOW, {"status": "Submitted", "sms_id": ["a", "b"]}),
    ("reports", "enquiry_overview", WINDOW, {}),
    ("reports", "enquiry_overview_by_window", WINDOW, {}),
    ("reports", "channel_types", (), {}),
    ("reports", "channel_type_details", ("WHATSAPP",), {}),
    ("campaigns", "sent", WINDOW, {}),
    ("campaigns", "messages", ("hist-1",), {}),
    ("reports", "transcription_files", (), {"conference_id": "conf-1"}),
    ("management", "external_contacts", (), {}),
    ("management", "external_contact_activity", ("ec-1",), {}),
    ("management", "create_external_contact", (), {"contact": CONTACT}),
    ("management", "update_external_contact", ("ec-1", CONTACT), {}),
    ("management", "staff_contacts", (), {"full_name": "Alex Wong"}),
    ("management", "supported_languages", (), {}),
    ("management", "supported_locations", (), {}),
    ("management", "destinations", (), {}),
    ("management", "create_service_group", (GROUP,), {}),
    ("management", "update_service_group", ("dst-1", GROUP), {}),
    ("management", "delete_service_group", ("dst-1",), {}),
    ("management", "tags", (), {}),
    ("management", "create_tag", (TAG,), {}),
    ("management", "update_tag", ("tag-1", TAG), {}),
    ("management", "delete_tag", ("tag-1",), {}),
    ("management", "labels", (), {"name": "vip_customer"}),
    ("management", "delete_label", ("lbl-1",), {}),
    ("management", "label_enquiry", ("inq-1", ["lbl-1", "lbl-2"]), {}),
    ("management", "unlabel_enquiry", ("inq-1", "lbl-1"), {}),
]


def _example(op_id: str) -> Any:
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                content = _resolve(op["responses"]["200"])["content"]["application/json"]
                return next(iter(content["examples"].values()))["value"]
    raise KeyError(op_id)


class SpecTransport(httpx.MockTransport):
    """Answers every request with its operation's 200 example; remembers (operationId, request)."""

    def __init__(self, answer: Callable[[str, httpx.Request], httpx.Response] | None = None) -> None:
        self.sent: list[tuple[str, httpx.Request]] = []
        self._routes = [
            (op.operation_id, op.method, re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", op.path) + "$"))
            for op in operations()
        ]
        self._answer = answer
        super().__init__(self._handle)

    def operation_of(self, request: httpx.Request) -> str:
        for op_id, method, pattern in self._routes:
            if request.method == method and pattern.match(request.url.path):
                return op_id
        raise AssertionError(f"no operation for {request.method} {request.url.path}")

    def _handle(self, request: httpx.Request) -> httpx.Response:
        op_id = self.operation_of(request)
        self.sent.append((op_id, request))
        if self._answer is not None:
            return self._answer(op_id, request)
        body = _example(op_id)
        op = operation(op_id)
        if op.paginated and op.records:  # an exact server: the page the offset and limit ask for
            offset = int(request.url.params.get("offset", 0))
            limit = int(request.url.params.get("limit", 500))
            body = {**body, op.records: body[op.records][offset : offset + limit]}
        return httpx.Response(
            200,
            content=json.dumps(body).encode(),
            headers={"x-request-id": "req-1", "content-type": "application/json"},
        )


class AsyncSpecTransport(httpx.AsyncBaseTransport):
    def __init__(self, answer: Callable[[str, httpx.Request], httpx.Response] | None = None) -> None:
        self.inner = SpecTransport(answer)
        self.sent = self.inner.sent

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self.inner.handle_request(request)
