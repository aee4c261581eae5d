"""Outgoing mail: message building (``message``), templates (``compose``), signed links (``links``), the
SMTP and ``.eml`` file transports (``transport``) and the worker that drains the outbox (``worker``).

Everything except ``worker`` is free of the database; ``worker`` (like ``forum.live``) sits above the
services and drives them. Services enqueue mail with ``forum.services.outbox.enqueue``.
"""
