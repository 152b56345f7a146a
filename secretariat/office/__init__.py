"""The open office file: database opening and checks, backups, the demo office."""
