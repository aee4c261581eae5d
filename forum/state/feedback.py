"""How every handler turns a failure into words for the person, without losing what they typed.

Handlers wrap their service calls in :func:`attempt`: a :class:`ServiceError` becomes its own message (the
services write them for people), anything else is logged with its traceback and becomes a generic message.
Callers keep their input vars untouched on failure, so the member's text is never lost to an error.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Generic, TypeVar

from forum.services.errors import ServiceError

T = TypeVar("T")
logger = logging.getLogger("forum.state")

GENERIC_FAILURE = ("Something went wrong on our side and nothing was changed. Your text is still here; "
                   "please try again in a moment.")


@dataclass
class Attempt(Generic[T]):
    """The value of a call that worked, or the message to show for one that did not."""

    value: T | None = None
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


async def attempt(call: Awaitable[T], what: str = "request") -> Attempt[T]:
    """Await ``call``; never raises (except cancellation), reports the failure as a message instead."""
    try:
        return Attempt(value=await call)
    except ServiceError as exc:
        return Attempt(error=str(exc) or GENERIC_FAILURE)
    except Exception:
        logger.exception("%s failed", what)
        return Attempt(error=GENERIC_FAILURE)
