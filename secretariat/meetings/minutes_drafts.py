"""Drafts of the minutes: the clerk's text not yet saved, kept so nothing typed is lost.

The minutes editor saves itself a few seconds after the typing stops, and another
terminal's newer save refuses it (a conflict). Until a save goes through, the text the
clerk typed is kept in a private file beside the database — ``drafts/`` (0700), one
``minutes-<meeting>-<token>.json`` (0600) per open editor, written atomically (fsync,
rename) — rewritten as the clerk types and when the editor closes. Quitting, a refused
save or a killed terminal then leaves the text there; the next editor opened on those
minutes offers it (``pending_drafts``).

A draft is offered once its editor is gone: it said so as it closed, or its process has
ended (checked on this computer only). A draft whose text is what is saved now holds
nothing more and is removed.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from secretariat.dates import local_now
from secretariat.files import write_atomic
from secretariat.places import drafts_dir as drafts_dir  # re-exported


def _prefix(meeting_id: int) -> str:
    return f"minutes-{meeting_id}-"


@dataclass(frozen=True)
class MinutesDraft:
    """Text an editor typed and never saved, and the saved text it was typed over."""

    path: Path
    meeting_id: int
    text: str
    base: str
    written_at: datetime


class DraftFile:
    """The draft of one open editor, kept in step with its text from any thread.

    Each change is numbered on the UI thread (``version``) and may reach the disk from
    a worker; one older than what is already on disk is skipped, so a slow write never
    puts back an earlier text, nor a removed draft.
    """

    def __init__(self, db_path: Path, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.path = drafts_dir(db_path) / f"{_prefix(meeting_id)}{secrets.token_hex(6)}.json"
        self._lock = threading.Lock()
        self._done = 0  # the newest version written or removed

    def keep(self, text: str, base: str, version: int, *, closing: bool = False) -> bool:
        """Write ``text`` (typed over ``base``); committed to the disk when this returns.

        ``closing``: the editor is going away, so the draft may be offered from now on.
        Returns False when a newer version was already written or removed.
        """
        record = {
            "meeting": self.meeting_id,
            "text": text,
            "base": base,
            "written_at": local_now().isoformat(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "open": not closing,
        }
        data = json.dumps(record, ensure_ascii=False).encode()
        with self._lock:
            if version < self._done:
                return False
            folder = self.path.parent
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_atomic(self.path, data, mode=0o600)
            _sync_folder(folder)
            self._done = version
            return True

    def drop(self, version: int) -> None:
        """Remove the draft: the text it held is saved (or was never changed)."""
        with self._lock:
            if version < self._done:
                return
            self.path.unlink(missing_ok=True)
            self._done = version


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a power cut right after keeps the new name)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _alive(record: dict[str, object]) -> bool:
    """Whether the editor that wrote ``record`` may still be open."""
    if not record.get("open"):
        return False
    pid = record.get("pid")
    if record.get("host") != socket.gethostname() or not isinstance(pid, int):
        return False  # another computer's editor left it open: offered, never lost
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _read(path: Path) -> tuple[MinutesDraft, dict[str, object]] | None:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        draft = MinutesDraft(
            path=path,
            meeting_id=int(record["meeting"]),
            text=str(record["text"]),
            base=str(record["base"]),
            written_at=datetime.fromisoformat(str(record["written_at"])),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # not a draft this version wrote: left alone
    return draft, record


def pending_drafts(db_path: Path, meeting_id: int, saved: str) -> list[MinutesDraft]:
    """The drafts of the meeting's minutes that an editor left behind, newest first.

    ``saved``: the minutes as saved now; a draft holding just that is removed.
    """
    folder = drafts_dir(db_path)
    try:
        paths = sorted(folder.glob(f"{_prefix(meeting_id)}*.json"))
    except OSError:
        return []
    found: list[MinutesDraft] = []
    for path in paths:
        read = _read(path)
        if read is None:
            continue
        draft, record = read
        if draft.meeting_id != meeting_id or _alive(record):
            continue
        if draft.text == saved:
            discard_draft(draft)
            continue
        found.append(draft)
    return sorted(found, key=lambda d: d.written_at, reverse=True)


def discard_draft(draft: MinutesDraft) -> None:
    """Remove a draft the clerk chose not to restore (or restored into another)."""
    with contextlib.suppress(FileNotFoundError):
        draft.path.unlink()
