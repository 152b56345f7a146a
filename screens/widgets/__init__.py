"""Reusable widgets: the footer, the sectioned table, the status colours."""
