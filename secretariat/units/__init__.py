"""The ward's units: the roster and its services, the CSV list, the seeded structure."""
