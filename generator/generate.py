"""Regenerate ``generated_client/`` and ``docs/endpoints.md`` from ``openapi/cinnox.yaml``.

``generated_client/`` is the output folder; it holds one package, ``cinnox_generated`` (a name unique to
this project, so it cannot collide with another openapi-python-client SDK in a user's environment),
with a ``py.typed`` marker so that users' type checkers see its precise types. Users never import it:
``cinnox_ext.models`` re-exports the models.

This is the only way ``generated_client/`` changes: nobody edits it by hand. ``--check`` regenerates
into a temporary directory and fails (exit 1) when the committed files differ, so CI catches a spec
change that was not regenerated, and a hand edit.

Usage::

    python generator/generate.py            # write generated_client/ and docs/endpoints.md
    python generator/generate.py --check    # exit 1 on drift
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "cinnox.yaml"
CONFIG = ROOT / "generator" / "config.yaml"
# Overrides of the pinned generator's templates (only the files present there; see their headers).
TEMPLATES = ROOT / "generator" / "templates"
PACKAGE_NAME = "cinnox_generated"
OUTPUT = ROOT / "generated_client"
PACKAGE = OUTPUT / PACKAGE_NAME
ENDPOINTS_DOC = ROOT / "docs" / "endpoints.md"

sys.path.insert(0, str(ROOT / "generator"))
from endpoints_doc import render_endpoints_table  # noqa: E402
from spec_table import load_spec, render_extensions  # noqa: E402


def _generate_into(workdir: Path) -> Path:
    """Run the pinned openapi-python-client and return the generated package directory."""
    out = workdir / PACKAGE_NAME
    # The post hooks run with the output directory as cwd; they find the ruff config at
    # ../generator/ruff-generated.toml, so give them a sibling generator/ folder.
    shutil.copytree(ROOT / "generator", workdir / "generator")
    cmd = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--overwrite",
        "--custom-template-path",
        str(TEMPLATES),
    ]
    env_path = str(Path(sys.executable).parent)
    import os

    env = {**os.environ, "PATH": env_path + os.pathsep + os.environ.get("PATH", "")}
    result = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0 or "Error" in result.stdout or "Warning" in result.stdout:
        sys.stderr.write(result.stdout + result.stderr)
        if result.returncode != 0:
            raise SystemExit(f"openapi-python-client failed with exit code {result.returncode}")
        raise SystemExit("openapi-python-client reported errors or warnings: fix the spec")
    # The x-cinnox-* table, formatted by the same pinned ruff as the rest of the output.
    extensions = out / "_extensions.py"
    extensions.write_text(render_extensions(load_spec(SPEC)))
    ruff = [sys.executable, "-m", "ruff", "format", "--no-cache", "--quiet"]
    config = ["--config", str(workdir / "generator" / "ruff-generated.toml")]
    subprocess.run([*ruff, *config, str(extensions)], cwd=workdir, env=env, check=True)
    for cache in out.rglob("__pycache__"):
        shutil.rmtree(cache)
    # PEP 561: without the marker an installed user's type checker sees every result as Any.
    (out / "py.typed").write_text("")
    return out


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _tree(root: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(root)): p
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _drift(fresh: Path, committed: Path) -> list[str]:
    new, old = _tree(fresh), _tree(committed) if committed.exists() else {}
    problems = [f"missing from the commit: {_rel(PACKAGE)}/{n}" for n in sorted(new.keys() - old.keys())]
    problems += [
        f"not produced by the generator: {_rel(PACKAGE)}/{n}" for n in sorted(old.keys() - new.keys())
    ]
    for name in sorted(new.keys() & old.keys()):
        if not filecmp.cmp(new[name], old[name], shallow=False):
            diff = difflib.unified_diff(
                old[name].read_text().splitlines(),
                new[name].read_text().splitlines(),
                f"committed/{name}",
                f"fresh/{name}",
                lineterm="",
                n=1,
            )
            problems.append("\n".join(list(diff)[:40]))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed output is stale")
    args = parser.parse_args(argv)

    table = render_endpoints_table(SPEC)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = _generate_into(Path(tmp))
        if args.check:
            problems = _drift(fresh, PACKAGE)
            problems += [
                f"not produced by the generator: {_rel(p)}"
                for p in _tree(OUTPUT).values()
                if PACKAGE not in p.parents
            ]
            if not ENDPOINTS_DOC.exists() or ENDPOINTS_DOC.read_text() != table:
                problems.append("docs/endpoints.md is stale")
            if problems:
                print("Drift between openapi/cinnox.yaml and the committed output:", file=sys.stderr)
                for p in problems:
                    print(p, file=sys.stderr)
                print("Run `nox -s generate` and commit the result.", file=sys.stderr)
                return 1
            print(f"{_rel(PACKAGE)}/ and docs/endpoints.md match the spec.")
            return 0
        if OUTPUT.exists():
            shutil.rmtree(OUTPUT)
        OUTPUT.mkdir()
        shutil.copytree(fresh, PACKAGE)
    ENDPOINTS_DOC.parent.mkdir(exist_ok=True)
    ENDPOINTS_DOC.write_text(table)
    print(f"Wrote {PACKAGE.relative_to(ROOT)}/ and {ENDPOINTS_DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
