"""Command palette providers whose matching ignores case and diacritics.

``doi ten`` finds «Đổi tên», ``tuong phan`` finds «Tương phản cao».
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from screens.keys import key_commands
from secretariat.text import fold
from themes import THEME_LABELS


@dataclass(frozen=True)
class PaletteEntry:
    name: str
    help: str
    run: Callable[[], object]


def score(folded_query: str, entry: PaletteEntry, fuzzy: Callable[[str], float]) -> float:
    """Words in the name beat words in the help text, which beat every word of the query
    found in the two together («them van ban» finds «Thêm», «… văn bản đến mới»), which
    beat fuzzy hits on the name."""
    name = fold(entry.name)
    if folded_query and folded_query in name:
        return 1.0
    both = f"{name} {fold(entry.help)}"
    if folded_query and folded_query in both:
        return 0.8
    said = both.split()
    if folded_query.split() and all(
        any(word.startswith(typed) for word in said) for typed in folded_query.split()
    ):
        return 0.7
    return 0.5 * fuzzy(name)


class FoldedProvider(Provider):
    """Offers ``entries()``; subclasses say what they are."""

    def entries(self) -> list[PaletteEntry]:
        return []

    async def discover(self) -> Hits:
        for entry in self.entries():
            yield DiscoveryHit(entry.name, entry.run, help=escape(entry.help))

    async def search(self, query: str) -> Hits:
        folded_query = fold(query)
        fuzzy = self.matcher(folded_query).match
        for entry in self.entries():
            value = score(folded_query, entry, fuzzy)
            if value > 0:
                yield Hit(value, entry.name, entry.run, text=entry.name, help=escape(entry.help))


class KeyedActions(FoldedProvider):
    """Every binding (with an id) of the screen the palette was opened on, and the app's."""

    def entries(self) -> list[PaletteEntry]:
        return [
            PaletteEntry(
                command.description,
                f"Phím {command.key}: {command.tooltip}".rstrip(": "),
                partial(self.app.run_action, command.action, command.node),
            )
            for command in key_commands(self.screen)
            if command.enabled
        ]


class ThemeChoices(FoldedProvider):
    """The three Secretariat themes."""

    def entries(self) -> list[PaletteEntry]:
        return [
            PaletteEntry(
                label, f"Giao diện {label.lower()}", partial(setattr, self.app, "theme", name)
            )
            for name, label in THEME_LABELS.items()
        ]
