"""Command palette provider: every keyed action of the current screen and the app.

Matching ignores case and diacritics, so ``doi ten`` finds «Đổi tên».
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from screens.keys import KeyCommand, key_commands
from secretariat.text import fold


class KeyedActions(Provider):
    """Offers each binding (with an id) of the screen the palette was opened on."""

    def _commands(self) -> list[KeyCommand]:
        return [command for command in key_commands(self.screen) if command.enabled]

    def _run(self, command: KeyCommand) -> partial[object]:
        return partial(self.app.run_action, command.action, command.node)

    @staticmethod
    def _help(command: KeyCommand) -> str:
        return f"[{command.key}] {command.tooltip}".strip()

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(command.description, self._run(command), help=self._help(command))

    async def search(self, query: str) -> Hits:
        folded_query = fold(query)
        matcher = self.matcher(folded_query)
        for command in self._commands():
            text = f"{command.description} {command.tooltip}"
            score = matcher.match(fold(text))
            if folded_query and folded_query in fold(text):
                score = max(score, 0.9)
            if score > 0:
                yield Hit(
                    score,
                    command.description,
                    self._run(command),
                    text=command.description,
                    help=self._help(command),
                )
