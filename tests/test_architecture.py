"""The headless core stays headless: checked by import-linter and by importing it."""

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
    code = (
        "import sys\n"
        "import secretariat.cli, secretariat.database, secretariat.demo, secretariat.units_csv\n"
        "import secretariat.directives, secretariat.meetings, secretariat.meeting_export\n"
        "import secretariat.importer, secretariat.minutes, storage.models, storage.migrate\n"
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
