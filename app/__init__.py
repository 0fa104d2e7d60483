"""Svarbox: a desktop moderation client for municipal communication teams."""

__version__ = "0.1.0"
APP_NAME = "Svarbox"
