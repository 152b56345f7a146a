"""Choosing a file to import: a folder tree of readable files and a path box that completes.

The tree starts in the last folder used and shows only folders and the files the
readers take (.txt, .md, .docx, .pdf, .png, .jpg, .tif); Enter on a file chooses it,
on a folder opens it. The path box completes what is typed (→ or End takes the
suggestion); Enter there opens a folder or chooses a file. A chosen file is checked in
a worker (its kind, password, pages, image size) before the dialog closes, so a wrong
one is said here and the clerk picks another.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label, Static, Tree
from textual.widgets.tree import TreeNode

from screens.messages import WorkDone, attempt
from screens.widgets.footer import KeyFooter


class ReadableTree(Tree[Path]):
    """Folders and the files Secretariat can import; hidden entries left out.

    Textual's DirectoryTree keeps a loader worker running for as long as it is shown,
    which no «wait for the workers» can wait out; a folder lists in milliseconds, so this
    tree lists each one when it is opened, on the UI thread.
    """

    class FileChosen(Message):
        """Enter on a file."""

        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    def __init__(self, path: Path, suffixes: tuple[str, ...], **kwargs: Any) -> None:
        super().__init__(str(path), data=path, **kwargs)
        self.suffixes = suffixes
        self.path = path

    def on_mount(self) -> None:
        self.show(self.path)

    def show(self, folder: Path) -> None:
        """Show ``folder``'s readable content, its sub-folders closed."""
        self.path = folder
        self.clear()
        self.root.set_label(f"📂 {folder}")
        self.root.data = folder
        self._fill(self.root, folder)
        self.root.expand()
        self.move_cursor(self.root)

    def entries(self, folder: Path) -> list[Path]:
        """The sub-folders, then the readable files of ``folder``, by name."""
        shown = []
        try:
            for path in folder.iterdir():
                if path.name.startswith("."):
                    continue
                with suppress(OSError):  # a dangling link, a folder we may not read
                    if path.is_dir() or path.suffix.lower() in self.suffixes:
                        shown.append(path)
        except OSError:
            return []
        return sorted(shown, key=lambda p: (not p.is_dir(), p.name.lower()))

    def _fill(self, node: TreeNode[Path], folder: Path) -> None:
        for path in self.entries(folder):
            if path.is_dir():
                node.add(f"📁 {path.name}", data=path, allow_expand=True)
            else:
                node.add_leaf(f"📄 {path.name}", data=path)

    @on(Tree.NodeExpanded)
    def _expanded(self, event: Tree.NodeExpanded[Path]) -> None:
        event.stop()
        node = event.node
        if node is not self.root and node.data is not None and not node.children:
            self._fill(node, node.data)

    @on(Tree.NodeSelected)
    def _selected(self, event: Tree.NodeSelected[Path]) -> None:
        event.stop()
        path = event.node.data
        if path is not None and not path.is_dir():
            self.post_message(self.FileChosen(path))


class PathSuggester(Suggester):
    """Completes a typed path with the first folder or readable file that starts with it."""

    def __init__(self, suffixes: tuple[str, ...], folder: Callable[[], Path]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.suffixes = suffixes
        self.folder = folder  # where a relative path starts: the folder the tree shows

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        typed = os.path.expanduser(value)
        folder, _, start = typed.rpartition(os.sep)
        base = Path(folder or os.sep) if typed.startswith(os.sep) else self.folder() / folder
        try:
            names = sorted(os.listdir(base))
        except OSError:
            return None
        for name in names:
            if name.startswith(".") or not name.lower().startswith(start.lower()):
                continue
            path = base / name
            if path.is_dir():
                completion = name + os.sep
            elif path.suffix.lower() in self.suffixes:
                completion = name
            else:
                continue
            if completion == start:
                continue
            # Keep what the clerk typed (~ included) and add the rest of the name.
            return value[: len(value) - len(start)] + completion
        return None


class FilePickerScreen(ModalScreen[Path | None]):
    """Pick a file to import; dismisses with its path, or None when cancelled (Esc)."""

    DEFAULT_CSS = """
    FilePickerScreen { align: center middle; background: $background 60%; }
    #picker-box {
        width: 78; max-width: 100%; height: 22; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    #picker-title { text-style: bold; }
    #picker-path { margin: 0 0 0 0; }
    #picker-tree { height: 1fr; }
    #picker-note { height: auto; color: $text-muted; }
    #picker-note.error { color: $error; text-style: bold; }
    """
    AUTO_FOCUS = "#field-path"
    BINDINGS = [
        Binding("escape", "cancel", "Hủy", id="picker.cancel"),
        Binding("ctrl+s", "choose", "Mở", id="picker.choose", tooltip="Mở tệp đã chọn"),
        Binding("ctrl+l", "to_path", "Gõ đường dẫn", id="picker.path"),
        Binding("backspace", "parent", "Thư mục cha", id="picker.parent", show=False),
        Binding("down", "to_tree", "Cây thư mục", id="picker.tree", show=False),
    ]

    def __init__(
        self,
        title: str,
        start: Path,
        suffixes: tuple[str, ...],
        check: Callable[[Path], object],
    ) -> None:
        super().__init__()
        self.title_text = title
        self.start = start if start.is_dir() else Path.home()
        self.suffixes = suffixes
        self.check = check
        self._checking = False

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box"):
            yield Label(self.title_text, id="picker-title")
            yield Input(
                placeholder="(gõ đường dẫn, VD: ~/Downloads/604-TB.pdf; ↓ chọn trong cây)",
                suggester=PathSuggester(self.suffixes, lambda: self.folders.path),
                id="field-path",
                compact=True,
            )
            yield ReadableTree(self.start, self.suffixes, id="picker-tree")
            yield Static(
                f"Thư mục: {self.start} · Enter: mở thư mục hoặc chọn tệp · Backspace: thư "
                "mục cha · Ctrl+L: ô đường dẫn (→ nhận gợi ý) · Esc: hủy",
                id="picker-note",
            )
        yield KeyFooter(compact=True)

    # --- the tree ----------------------------------------------------------------------

    @property
    def folders(self) -> ReadableTree:
        return self.query_one("#picker-tree", ReadableTree)

    @on(ReadableTree.FileChosen)
    def _file_chosen(self, event: ReadableTree.FileChosen) -> None:
        self.query_one("#field-path", Input).value = str(event.path)
        self._choose(event.path)

    def _open_folder(self, folder: Path) -> None:
        self.folders.show(folder)
        self.query_one("#field-path", Input).value = ""
        self._say(f"Thư mục: {folder} · Enter: mở thư mục hoặc chọn tệp · Backspace: thư mục cha")

    def action_parent(self) -> None:
        if self.focused is self.folders:
            current = self.folders.path
            if current.parent != current:
                self._open_folder(current.parent)

    def action_to_tree(self) -> None:
        self.folders.focus()

    def action_to_path(self) -> None:
        box = self.query_one("#field-path", Input)
        box.focus()
        box.cursor_position = len(box.value)

    # --- the path box ------------------------------------------------------------------

    @on(Input.Submitted, "#field-path")
    def _path_submitted(self) -> None:
        self.action_choose()

    def action_choose(self) -> None:
        if self.focused is self.folders and self.folders.cursor_node is not None:
            path = self.folders.cursor_node.data
            if path is not None:
                if path.is_dir():
                    self._open_folder(path)
                else:
                    self._choose(path)
                return
        typed = self.query_one("#field-path", Input).value.strip()
        if not typed:
            self._say("Hãy chọn một tệp trong cây thư mục hoặc gõ đường dẫn.", error=True)
            return
        path = Path(typed).expanduser()
        if not path.is_absolute():  # typed from the folder the tree shows
            path = self.folders.path / path
        if path.is_dir():
            self._open_folder(path)
            self.folders.focus()
        else:
            self._choose(path)

    def _choose(self, path: Path) -> None:
        if self._checking:
            return
        self._checking = True
        self._say(f"Đang kiểm tra {path.name}…")
        self._check(path)

    @work(thread=True, exclusive=True, group="picker-check", exit_on_error=False)
    def _check(self, path: Path) -> None:
        def checked() -> Path:
            self.check(path)
            return path

        self.post_message(WorkDone("picker-check", attempt(checked, "Không mở được tệp")))

    @on(WorkDone)
    def _checked(self, message: WorkDone) -> None:
        if message.job != "picker-check":
            return
        self._checking = False
        if message.outcome.ok:
            self.dismiss(message.outcome.value)
        else:
            self._say(message.outcome.error or "", error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        note = self.query_one("#picker-note", Static)
        note.update(text)
        note.set_class(error, "error")

    def action_cancel(self) -> None:
        self.dismiss(None)
