"""The base of the dialogs that have no text field: ``?`` lists their keys."""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen

T = TypeVar("T")


class KeyedDialog(ModalScreen[T]):
    """A dialog with no text field to type ``?`` into: ``?`` shows its keys, as on the
    main screens (a modal screen hides the app's own bindings, ``?`` among them)."""

    BINDINGS = [
        Binding(
            "question_mark",
            "app.help",
            "Trợ giúp",
            id="dialog.help",
            key_display="?",
            tooltip="Danh sách các phím của hộp thoại này",
        )
    ]
