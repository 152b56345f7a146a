"""Modal dialogs: forms, pickers, questions and the detail views of one record."""
