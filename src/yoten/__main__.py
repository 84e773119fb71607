"""``python -m yoten``: the same as the ``yoten`` command."""

from yoten.cli.app import _console_main

_console_main()
