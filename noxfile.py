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
nox -s wheel          build the wheel, install it into a fresh virtualenv outside the checkout, and
                      use it as a user would (mypy --strict on a typed program, the CLI, co-installs)
nox -s tests_lowest   the suite with every runtime dependency at the lowest version its range allows
nox -s tests_latest   the suite on the newest supported Python with the newest releases in range
nox -s ci             what CI runs: spec, generate --check, lint, typecheck, tests; `./dev test` runs it
                      followed by wheel, tests_lowest and tests_latest
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import nox

ROOT = Path(__file__).parent
# uv: dependency groups (--group) and --resolution lowest-direct; ./dev installs a pinned uv.
nox.options.default_venv_backend = "uv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["ci"]

PYTHON = "3.11"


def _interpreter(version: str) -> str:
    """An installed ``pythonX.Y``: pyenv's own copy when there is one (this machine kind ships 3.11
    and 3.13 in pyenv but puts only a shim that fails for 3.13 on PATH), else the name for nox to
    find on PATH. uv cannot download interpreters here."""
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    found = sorted(pyenv_root.glob(f"versions/{version}*/bin/python{version}"), reverse=True)
    return str(found[0]) if found else version


#: The oldest and newest supported Pythons: CI runs the suite on both (pyproject's classifiers).
PYTHONS = ("3.11", "3.13")
NEWEST = _interpreter(PYTHONS[-1])
#: Every optional part, so the suite exercises all of them.
EXTRAS = ("cli", "redis", "webhooks", "testing")
CONSTRAINTS = "constraints.txt"
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


def _install(
    session: nox.Session, *groups: str, extras: tuple[str, ...] = EXTRAS, resolution: str | None = None
) -> None:
    """The project (editable) with ``extras``, plus the pinned tool ``groups`` (pyproject's
    ``[dependency-groups]``). Runtime versions come from ``constraints.txt`` unless a ``resolution``
    (``lowest-direct`` / ``highest``) asks for an end of the declared ranges."""
    args = ["-e", f".[{','.join(extras)}]" if extras else "."]
    for group in groups:
        args += ["--group", group]
    if resolution is None:
        args += ["-c", CONSTRAINTS]
    else:
        args += [f"--resolution={resolution}", "--upgrade"]
    session.install(*args)


#: Prints the installed version of each direct runtime dependency (what "lowest" resolved to).
_SHOW_DIRECT_VERSIONS = """
import importlib.metadata as m, re
reqs = m.requires("cinnox-sdk") or []
names = sorted({re.split(r"[ ;<>=!~\\[]", r, maxsplit=1)[0] for r in reqs} - {"cinnox-sdk"})
print("resolved:", ", ".join(f"{n}=={m.version(n)}" for n in names))
"""


def _pytest(session: nox.Session, *default: str) -> None:
    session.run(
        "pytest", *(session.posargs or default), env={"PYTHONHASHSEED": "0", "CI": os.environ.get("CI", "")}
    )


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    _npm_ci(session, "mock", "tests/reference")
    _install(session, "test")
    _pytest(session, "-q")


@nox.session(python=PYTHON)
def tests_lowest(session: nox.Session) -> None:
    """Every direct runtime dependency at the lowest version its range allows (uv lowest-direct)."""
    _npm_ci(session, "mock", "tests/reference")
    _install(session, "test", "lint", resolution="lowest-direct")  # lint: mypy for test_resource_typing
    session.run("python", "-c", _SHOW_DIRECT_VERSIONS)
    _pytest(session, "-q", "-p", "no:cacheprovider")


@nox.session(python=NEWEST)
def tests_latest(session: nox.Session) -> None:
    """The newest supported Python with the newest releases every range allows."""
    _npm_ci(session, "mock", "tests/reference")
    _install(session, "test", "lint", resolution="highest")  # lint: mypy for test_resource_typing
    _pytest(session, "-q", "-p", "no:cacheprovider")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    session.install("--group", "lint")
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    _install(session, "lint")
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
    _install(session, "generate", extras=())
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
    _install(session)
    session.run("cinnox", "demo", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    _npm_ci(session, "tests/reference")
    _install(session, "test")
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session(python=PYTHON)
def ci(session: nox.Session) -> None:
    """Everything CI checks, in one environment so that a fresh machine installs once."""
    _npm_ci(session, *NODE_PROJECTS)
    _install(session, "test", "lint", "generate")
    _lint_spec(session)
    session.run("python", "generator/generate.py", "--check")
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)
    session.run("mypy")
    _pytest(session, "-q")


@nox.session(python=PYTHON)
def wheel(session: nox.Session) -> None:
    """Use the SDK as a user would: the wheel in a fresh virtualenv outside the checkout.

    Builds the wheel, installs it with its extras into a new virtualenv in a temporary directory,
    then from that directory (the checkout is not on ``sys.path``): ``mypy --strict`` and pyright on
    ``tests/user_program/app.py`` (``assert_type`` on every result: a result typed ``Any`` fails),
    runs the program, runs the CLI, and checks that the ranges co-install with older releases a
    user's project may hold (``httpx<0.28``, ``rich<15``). Then ``examples/test_with_mock.py`` (an
    app's tests on the pytest plugin of the ``testing`` extra) runs there, without Node on PATH and,
    when Node is here, against Prism.
    """
    uv = shutil.which("uv")
    if uv is None:
        session.error("uv not found (./dev installs it)")
    with tempfile.TemporaryDirectory(prefix="cinnox-user-") as tmp:
        dist = Path(tmp) / "dist"
        session.run(uv, "build", "--wheel", "--out-dir", str(dist), str(ROOT), external=True)
        (wheel_file,) = dist.glob("cinnox_sdk-*.whl")
        venv = Path(tmp) / "venv"
        session.run(uv, "venv", "--quiet", "--python", PYTHON, str(venv), external=True)
        python = str(venv / "bin" / "python")
        user = [uv, "pip", "install", "--quiet", "--python", python]
        session.run(
            *user,
            f"cinnox-sdk[cli,testing] @ {wheel_file.as_uri()}",
            "--group",
            f"{ROOT / 'pyproject.toml'}:typecheck-user",
            external=True,
        )
        program = Path(tmp) / "app.py"
        shutil.copy(ROOT / "tests" / "user_program" / "app.py", program)
        env = {"PYTHONPATH": "", "MYPY_CACHE_DIR": str(Path(tmp) / ".mypy_cache")}
        with session.chdir(tmp):
            session.run(python, "-m", "mypy", "--strict", "app.py", external=True, env=env)
            session.run(
                str(venv / "bin" / "pyright"), "--pythonpath", python, "app.py", external=True, env=env
            )
            session.run(python, "app.py", external=True, env=env)
            cinnox = str(venv / "bin" / "cinnox")
            session.run(cinnox, "--version", external=True, env=env)
            session.run(cinnox, "segments", "Hello from a wheel", external=True, env=env)
            session.run(cinnox, "spec", "coverage", external=True, env=env)
            # An app's tests on the pytest plugin: the in-process mock with no Node on PATH, then
            # Prism when this machine has it.
            shutil.copy(ROOT / "examples" / "test_with_mock.py", Path(tmp) / "test_with_mock.py")
            pytest = [python, "-m", "pytest", "test_with_mock.py", "-q", "-p", "no:cacheprovider"]
            session.run(*pytest, external=True, env={**env, "PATH": str(venv / "bin")})
            prism = ROOT / "mock" / "node_modules" / ".bin" / "prism"
            if shutil.which("node") and prism.exists():
                prism_env = {**env, "CINNOX_PRISM": str(prism)}
                session.run(*pytest, "--cinnox-prism=require", external=True, env=prism_env)
        # A user's project may hold older releases: the declared ranges must still resolve.
        session.run(
            *user,
            "--dry-run",
            f"cinnox-sdk[all] @ {wheel_file.as_uri()}",
            "httpx<0.28",
            "rich<15",
            external=True,
        )
