"""Errors a clerk may see: each carries one clear Vietnamese sentence."""

from __future__ import annotations


class UserError(Exception):
    """A problem caused by input or environment, explained in Vietnamese.

    The UI shows ``message`` as is; the CLI prints it on one line and exits non-zero.
    """

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []

    def __str__(self) -> str:
        return "\n".join([self.message, *self.details])
