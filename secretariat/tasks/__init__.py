"""Tasks: writing and reading them, the office's working calendar, the pure deadline rules."""
