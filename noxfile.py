"""Every routine action is a nox session. ``./dev <session>`` bootstraps nox itself on a fresh machine.

nox -s tests          unit, property and contract tests (starts Prism and redis-server itself)
nox -s lint           ruff check + ruff format --check
nox -s typecheck      mypy --strict on cinnox_ext/
nox -s spec           openapi-spec-validator + Spectral on openapi/cinnox.yaml
nox -s generate       regenerate generated_client/ and docs/endpoints.md (-- --check: fail on drift)
nox -s mock           serve the spec with Prism on 127.0.0.1:4010
nox -s proxy -- URL   Prism proxy in front of a live base URL, validating traffic against the spec
nox -s demo           the newcomer's demo against the embedded mock
nox -s spec_diff -- SOURCE [--json]   what changed between the spec and a docs page / OpenAPI file or URL
nox -s bench          benchmarks (segmentation vs the reference, rate limiter, client overhead, memory)
nox -s ci             what CI runs: spec, generate --check, lint, typecheck, tests
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import nox

ROOT = Path(__file__).parent
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["ci"]

PYTHON = "3.11"
NODE_PROJECTS = ("mock", "openapi", "tests/reference")
LINTED = ["cinnox_ext", "tests", "generator", "examples", "benchmarks", "noxfile.py"]


def _npm_ci(session: nox.Session, *projects: str) -> None:
    """Install the pinned Node tools (Prism, Spectral, the reference calculator) when missing."""
    npm = shutil.which("npm")
    if npm is None:
        session.error("npm not found: install Node.js >= 20")
    for project in projects:
        if not (ROOT / project / "node_modules").exists():
            session.run(npm, "ci", "--no-audit", "--no-fund", "--prefix", project, external=True)


def _lint_spec(session: nox.Session) -> None:
    """openapi-spec-validator, then Spectral with the project's ruleset (any finding fails)."""
    session.run("openapi-spec-validator", "openapi/cinnox.yaml")
    spectral = str(ROOT / "openapi/node_modules/.bin/spectral")
    ruleset = ["--ruleset", "openapi/.spectral.yaml", "--fail-severity=hint"]
    session.run(spectral, "lint", "openapi/cinnox.yaml", *ruleset, external=True)


def _install(session: nox.Session, *extras: str) -> None:
    spec = f".[{','.join(extras)}]" if extras else "."
    session.install("-e", spec)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    _npm_ci(session, "mock", "tests/reference")
    _install(session, "test", "webhooks")
    args = session.posargs or ["-q"]
    session.run("pytest", *args, env={"PYTHONHASHSEED": "0"})


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    session.install("ruff==0.17.5")
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    _install(session, "lint", "webhooks")
    session.run("mypy")


@nox.session(python=PYTHON)
def spec(session: nox.Session) -> None:
    _npm_ci(session, "openapi")
    session.install("openapi-spec-validator==0.9.0")
    _lint_spec(session)


@nox.session(python=PYTHON)
def spec_diff(session: nox.Session) -> None:
    """``cinnox spec diff``: exit 0 no drift, 1 drift, 2 unreadable source (for a scheduled CI job)."""
    if not session.posargs:
        session.error("usage: nox -s spec_diff -- SOURCE [--spec PATH] [--json]  (SOURCE: file or URL)")
    _install(session)
    session.run("cinnox", "spec", "diff", *session.posargs)


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    _install(session, "generate")
    session.run("python", "generator/generate.py", *session.posargs)


@nox.session(python=PYTHON)
def mock(session: nox.Session) -> None:
    _npm_ci(session, "mock")
    _install(session)
    port = session.posargs[0] if session.posargs else "4010"
    session.run("cinnox", "mock", "--port", port)


@nox.session(python=PYTHON)
def proxy(session: nox.Session) -> None:
    if not session.posargs:
        session.error("usage: nox -s proxy -- https://<your base url> [port]")
    _npm_ci(session, "mock")
    _install(session)
    session.run(
        "cinnox", "mock", "--proxy", *session.posargs[:1], "--port", *(session.posargs[1:] or ["4010"])
    )


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    if shutil.which("npm"):  # without Node the demo runs on the in-process mock ([testing])
        _npm_ci(session, "mock")
    _install(session, "webhooks", "testing")
    session.run("cinnox", "demo", *session.posargs)


@nox.session(python=PYTHON)
def example_tests(session: nox.Session) -> None:
    """examples/test_with_mock.py as a user runs it: the built wheel with [testing], outside the
    checkout, no Node on PATH (the in-process mock), then with Prism when Node is here."""
    wheels = Path(session.create_tmp()).resolve() / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    wheels.mkdir()
    workdir = Path(tempfile.mkdtemp(prefix="cinnox-example-"))  # no project config above it
    session.install("pip")
    session.run("python", "-m", "pip", "wheel", str(ROOT), "--no-deps", "-w", str(wheels), "--quiet")
    (wheel,) = wheels.glob("*.whl")
    session.install("--force-reinstall", f"{wheel}[testing]")
    shutil.copy(ROOT / "examples" / "test_with_mock.py", workdir)
    bin_dir = session.bin
    session.chdir(workdir)
    pytest = [f"{bin_dir}/python", "-m", "pytest", "test_with_mock.py", "-q", "-p", "no:cacheprovider"]
    prism = ROOT / "mock" / "node_modules" / ".bin" / "prism"
    try:
        session.run(*pytest, env={"PATH": bin_dir}, external=True)
        if shutil.which("node") and prism.exists():
            session.run(*pytest, "--cinnox-prism=require", env={"CINNOX_PRISM": str(prism)}, external=True)
    finally:
        session.chdir(ROOT)
        shutil.rmtree(workdir, ignore_errors=True)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    _npm_ci(session, "tests/reference")
    _install(session, "test", "webhooks")
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session(python=PYTHON)
def ci(session: nox.Session) -> None:
    """Everything CI checks, in one environment so that a fresh machine installs once."""
    _npm_ci(session, *NODE_PROJECTS)
    _install(session, "test", "lint", "generate", "webhooks")
    _lint_spec(session)
    session.run("python", "generator/generate.py", "--check")
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)
    session.run("mypy")
    session.run(
        "pytest", *(session.posargs or ["-q"]), env={"PYTHONHASHSEED": "0", "CI": os.environ.get("CI", "")}
    )
    session.notify("example_tests")
