"""interviewer: a laddering interview copilot that elicits Jobs-to-be-Done success outcomes."""

from __future__ import annotations

__version__ = "0.1.0"
