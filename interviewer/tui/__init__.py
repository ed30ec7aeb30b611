"""The Textual terminal UI: the interviewer's copilot during a live session."""
