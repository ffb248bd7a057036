"""Vigie: a streaming moderation worker for French hate speech."""

__version__ = "0.1.0"
