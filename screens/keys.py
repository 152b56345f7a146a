"""The clerk-facing list of key bindings, shared by the help screen and the command palette.

Only bindings with an ``id`` are ours (Textual's own widget keys have none);
each becomes a help row and a palette command.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.dom import DOMNode
from textual.screen import Screen


@dataclass(frozen=True)
class KeyCommand:
    key: str
    description: str
    tooltip: str
    action: str
    node: DOMNode
    enabled: bool
    scope: str  # "app" or "screen"


def key_commands(screen: Screen[object]) -> list[KeyCommand]:
    """Our bindings active on ``screen``: its actions, its lists' keys, then the app's."""
    commands: list[KeyCommand] = []
    seen: set[str] = set()
    for _key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.id or binding.id in seen or not binding.description:
            continue
        seen.add(binding.id)
        commands.append(
            KeyCommand(
                key=screen.app.get_key_display(binding),
                description=binding.description,
                tooltip=active.tooltip or binding.tooltip,
                action=binding.action,
                node=active.node,
                enabled=active.enabled,
                scope="app" if active.node is screen.app else "screen",
            )
        )
    # The screen's own actions first, then moving around its lists, then the app's keys.
    commands.sort(key=lambda c: 2 if c.scope == "app" else 0 if c.node is screen else 1)
    return commands
