"""Typed errors the services raise; the state layer turns each into a clear message for the person."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: ``str(error)`` is a message fit to show to the person who caused it."""


class NotFound(ServiceError):
    """The thing asked for does not exist (or is not visible to this person)."""


class PermissionDenied(ServiceError):
    """The person is not allowed to do this; checked on the server whatever the UI showed."""


class InvalidInput(ServiceError):
    """The input is malformed, too large or otherwise unacceptable; nothing was changed."""


class RateLimited(ServiceError):
    """Too many attempts in a short time; the message says when to try again."""


class Conflict(InvalidInput):
    """Someone else changed the thing meanwhile (a concurrent decision or deletion); nothing was changed."""
