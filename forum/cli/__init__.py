"""Subcommands of ``python -m forum``, one module each (see ``forum/__main__.py``)."""
