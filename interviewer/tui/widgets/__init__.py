"""Widgets of the interview screens."""
