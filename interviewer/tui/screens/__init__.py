"""The screens of the interview app."""
