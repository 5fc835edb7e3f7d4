"""Spec-driven fuzzing: Schemathesis against Prism serving the same spec, every operation.

Two bounded runs (15 examples per operation, deterministic; about 1.5 minutes each for 51 operations):

- positive mode, every check: every valid request (examples, boundary values, fuzzed data) gets a
  response that conforms to the declared status codes, content types, headers and schemas;
- negative mode: invalid requests never cause a 5xx or an undeclared status or content type.

What is left out, and why: the server here is Prism, so three checks that test the *server's* own
behaviour are excluded (``ignored_auth``: Prism accepts any bearer token; ``unsupported_method`` and
``allow_header_conformance``: Prism answers TRACE with 405 but no ``Allow`` header), and in negative
mode ``negative_data_rejection`` / ``response_schema_conformance`` are not run because Prism treats an
empty query value (``startAt=``) as absent and answers malformed JSON with its own error body. The
contract tests check that Prism rejects schema-violating requests with the spec's 400 body.

The stateful phase is not run: Prism keeps no state, and the links Schemathesis infers between
operations (e.g. the ``labelIds`` answered by Label an Enquiry fed, as one string, into the
``labelID`` of Delete Label) are not links the API declares, so those sequences test Prism's
example picking, not the contract; they also made the run's length depend on Prism's stamina.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from cinnox_ext.mock import PrismMock

pytestmark = pytest.mark.prism
SPEC = Path(__file__).resolve().parent.parent / "openapi" / "cinnox.yaml"
SERVER_BEHAVIOUR_CHECKS = "ignored_auth,unsupported_method,allow_header_conformance"


def _schemathesis(prism: PrismMock, tmp_path: Path, *args: str) -> str:
    st = Path(sys.executable).with_name("schemathesis")
    result = subprocess.run(
        [
            str(st), "run", str(SPEC), "--url", prism.url, "--max-examples", "15",
            "--generation-deterministic", "--header", "Authorization: Bearer schemathesis-token",
            "--phases", "examples,coverage,fuzzing", *args,
        ],
        capture_output=True, text=True, timeout=600, cwd=tmp_path, env={**os.environ, "NO_COLOR": "1"},
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    operations = sum(
        method in ("get", "post", "put", "patch", "delete")
        for item in yaml.safe_load(SPEC.read_text())["paths"].values()
        for method in item
    )
    assert operations == 51
    assert re.search(rf"Tested: {operations}\b", output), output[-3000:]
    generated = re.search(r"(\d+) generated, (\d+) passed", output)
    assert generated and generated.group(1) == generated.group(2), output[-3000:]
    assert int(generated.group(1)) >= 300, output[-3000:]
    return output


def test_valid_requests_get_conforming_responses(prism: PrismMock, tmp_path: Path) -> None:
    _schemathesis(
        prism, tmp_path, "--mode", "positive", "--checks", "all", "--exclude-checks", SERVER_BEHAVIOUR_CHECKS
    )


def test_invalid_requests_get_declared_errors(prism: PrismMock, tmp_path: Path) -> None:
    _schemathesis(
        prism,
        tmp_path,
        "--mode",
        "negative",
        "--checks",
        "not_a_server_error,status_code_conformance,content_type_conformance",
    )
