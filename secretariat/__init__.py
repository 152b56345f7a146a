"""Secretariat: the daily work of a ward Party Committee office, in the terminal."""

__version__ = "0.1.0"
