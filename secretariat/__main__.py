"""``python -m secretariat`` runs the command line."""

import sys

from secretariat.cli import main

sys.exit(main())
