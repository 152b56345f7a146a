"""Child process for the SIGKILL test of the minutes drafts: types, then waits to be killed.

``python -m tests.minutes_typist DB TEXT`` runs the app headless on DB, opens the
minutes of its one meeting, types TEXT and prints READY once the draft holding it is on
disk (the autosave is put off, so the text is saved nowhere else); then it waits,
typing nothing more, until it is killed.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from screens.minutes_editor import MinutesEditorScreen
from secretariat.meetings.minutes_drafts import drafts_dir
from tests.pilot_helpers import SIZE, make_app, settle, type_text, wait_until


async def main() -> None:
    db, text = Path(sys.argv[1]), sys.argv[2]
    MinutesEditorScreen.AUTOSAVE_AFTER = MinutesEditorScreen.AUTOSAVE_MAX = 3600.0
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, MinutesEditorScreen), "editor")
        await type_text(pilot, text)

        def draft_written() -> bool:
            folder = drafts_dir(db)
            return folder.exists() and any(
                text in path.read_text(encoding="utf-8") for path in folder.glob("*.json")
            )

        await wait_until(pilot, draft_written, "the draft")
        print("READY", flush=True)
        await asyncio.sleep(3600)  # until SIGKILL


if __name__ == "__main__":
    asyncio.run(main())
