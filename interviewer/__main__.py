"""`python -m interviewer` runs the command line."""

from __future__ import annotations

import sys

from interviewer.cli import main

sys.exit(main())
