"""The ``yoten`` command: parses arguments and prints; the work is in the library."""

from yoten.cli.app import app, main

__all__ = ["app", "main"]
