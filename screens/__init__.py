"""Textual screens and widgets of Secretariat (UI only: no SQL, no business rules)."""
