"""Directives: the register of incoming documents, their numbers, and the importer."""
