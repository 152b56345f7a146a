"""Where things live (data, config) and the clerk's remembered preferences.

Paths come from functions called at run time, never computed at import, so a
test can point them elsewhere with ``XDG_*`` variables or explicit arguments.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from secretariat.files import write_atomic

APP_NAME = "secretariat"
DB_ENV = "SECRETARIAT_DB"
DEFAULT_THEME = "secretariat-dark"


def data_dir() -> Path:
    """The directory holding the database (and, later, backups and attachments)."""
    return Path(platformdirs.user_data_dir(APP_NAME))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME))


def config_path() -> Path:
    return config_dir() / "config.json"


def default_db_path() -> Path:
    return data_dir() / "secretariat.sqlite3"


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite3"


def resolve_db(cli_value: str | None) -> str:
    """What names the office: ``--db`` wins, then ``$SECRETARIAT_DB``, then the default
    file. A path, or a server's address (``postgresql://…``)."""
    if cli_value and cli_value.strip():
        return cli_value.strip()
    env_value = os.environ.get(DB_ENV, "").strip()
    return env_value or str(default_db_path())


def resolve_db_path(cli_value: str | None) -> Path:
    """The office's database file (``resolve_db`` when it names a file)."""
    return Path(resolve_db(cli_value)).expanduser()


@dataclass
class Settings:
    """Preferences remembered between runs (not office data: that is in the database)."""

    theme: str = DEFAULT_THEME
    keymap: dict[str, str] = field(default_factory=dict)
    import_folder: str = ""  # the folder the import's file picker opens in (the last used)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read the config file; a missing or unreadable file gives the defaults."""
        path = path or config_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        settings = cls()
        if isinstance(raw.get("theme"), str):
            settings.theme = raw["theme"]
        keymap = raw.get("keymap")
        if isinstance(keymap, dict):
            settings.keymap = {str(k): str(v) for k, v in keymap.items()}
        if isinstance(raw.get("import_folder"), str):
            settings.import_folder = raw["import_folder"]
        return settings

    def save(self, path: Path | None = None) -> None:
        """Write the config file atomically (a power cut never leaves half a file)."""
        path = path or config_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n"
        write_atomic(path, text.encode("utf-8"))
