"""The floor plan holds: headless core, import contracts, types, style, unique module names."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is installed with the test extras"
    result = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_domain_and_storage_import_without_textual() -> None:
    # Every module of the domain and of storage, found by walking the packages (a new
    # module is checked without being listed here); only the App's glue may load Textual.
    code = (
        "import importlib, pkgutil, sys\n"
        "import secretariat, storage\n"
        "glue = {'secretariat.app', 'secretariat.__main__'}\n"
        "for package in (secretariat, storage):\n"
        "    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        if info.name not in glue and '.migrations.' not in info.name:\n"
        "            importlib.import_module(info.name)\n"
        "assert 'secretariat.directives.importer' in sys.modules\n"
        "assert 'textual' not in sys.modules, 'the core imported Textual'\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_code_is_ruff_clean() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent))
    assert ruff, "ruff is installed with the test extras"
    for args in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run(
            [ruff, *args], cwd=ROOT, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_types_check_with_mypy() -> None:
    # pyproject.toml [tool.mypy]: the four packages, strict defs, no unused ignores.
    mypy = shutil.which("mypy", path=str(Path(sys.executable).parent))
    assert mypy, "mypy is installed with the test extras"
    result = subprocess.run(
        [mypy, "--no-incremental"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_no_two_domain_modules_share_a_name() -> None:
    # A reader finds a module by its name: the domain and storage never repeat one.
    names: dict[str, list[str]] = {}
    for package in ("secretariat", "storage"):
        for path in (ROOT / package).rglob("*.py"):
            if path.name in ("__init__.py", "__main__.py") or "migrations" in path.parts:
                continue
            names.setdefault(path.name, []).append(str(path.relative_to(ROOT)))
    repeated = {name: paths for name, paths in names.items() if len(paths) > 1}
    assert not repeated, repeated
