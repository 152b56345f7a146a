"""Secretariat's Textual themes and the path of its stylesheet."""

from __future__ import annotations

from pathlib import Path

from textual.theme import Theme

THEMES_DIR = Path(__file__).parent
APP_CSS = THEMES_DIR / "app.tcss"

DARK = Theme(
    name="secretariat-dark",
    primary="#C8102E",  # the red of the Party flag, used sparingly for focus and titles
    secondary="#E0A526",
    accent="#FFCD00",
    warning="#F2A93B",
    error="#FF5A5F",
    success="#4EBF71",
    foreground="#E6E6E6",
    background="#15171C",
    surface="#1E2128",
    panel="#2A2E37",
    dark=True,
)

LIGHT = Theme(
    name="secretariat-light",
    primary="#A50E25",
    secondary="#8A5A00",
    accent="#B58900",
    warning="#B35C00",
    error="#C0152F",
    success="#1E7B3A",
    foreground="#1A1A1A",
    background="#FAF8F5",
    surface="#FFFFFF",
    panel="#ECE7E1",
    dark=False,
)

HIGH_CONTRAST = Theme(
    name="secretariat-high-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFF00",
    warning="#FFA500",
    error="#FF4040",
    success="#00FF00",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#202020",
    dark=True,
    luminosity_spread=0.05,
    text_alpha=1.0,
)

THEMES = (DARK, LIGHT, HIGH_CONTRAST)
THEME_LABELS = {
    DARK.name: "Tối",
    LIGHT.name: "Sáng",
    HIGH_CONTRAST.name: "Tương phản cao",
}
