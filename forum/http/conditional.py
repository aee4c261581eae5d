"""Conditional GETs: weak ``ETag`` and ``Last-Modified`` validators for a page's data, and ``304`` answers.

A page's validators are computed from the plain data the route already loaded (a service dataclass, plus
anything else its markup depends on, such as the viewer's id), so a repeated crawl costs the queries but
not the rendering or the bytes. Invariants: the ETag is weak (``W/"..."``: the markup may differ in
relative times like "3 hours ago" while meaning the same), and changes whenever any field of the data
changes except those relative-time strings (a field ``x`` with an ``x_iso`` twin is left out, the twin is
kept); ``If-None-Match`` wins over ``If-Modified-Since`` (RFC 9110 §13.2.2); only GET and HEAD are
answered with 304.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response


@dataclass(frozen=True)
class Validators:
    """What a response says about its version: ``etag`` (weak) and ``last_modified`` (UTC, whole seconds)."""

    etag: str
    last_modified: datetime | None = None

    def headers(self, cache_control: str) -> dict[str, str]:
        out = {"ETag": self.etag, "Cache-Control": cache_control}
        if self.last_modified is not None:
            out["Last-Modified"] = format_datetime(self.last_modified, usegmt=True)
        return out


def _stable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): _stable(v) for k, v in value.items() if f"{k}_iso" not in value}
    if isinstance(value, list | tuple):
        return [_stable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _moment(value: datetime | str | None) -> datetime | None:
    if value is None or value == "":
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.replace(microsecond=0)


def validators_for(*parts: Any, last_modified: datetime | str | None = None) -> Validators:
    """Validators for a response built from ``parts`` (dataclasses, dicts, lists, strings, numbers).

    ``last_modified`` is the page's latest change (a datetime or an ISO 8601 string such as the services'
    ``*_iso`` fields); None leaves ``Last-Modified`` out. Give it only when it moves with every change the
    page shows: a client sending ``If-Modified-Since`` alone is answered from it. (A thread's
    ``last_activity_iso`` does not move when a comment is edited; the ETag, computed from the data, does.)
    """
    blob = json.dumps([_stable(p) for p in parts], sort_keys=True, default=str, ensure_ascii=False)
    digest = hashlib.blake2b(blob.encode(), digest_size=12).hexdigest()
    return Validators(etag=f'W/"{digest}"', last_modified=_moment(last_modified))


def latest(*moments: datetime | str | None) -> datetime | None:
    """The latest of ``moments`` (ignoring empty ones), for ``last_modified``."""
    known = [m for m in (_moment(x) for x in moments) if m is not None]
    return max(known) if known else None


def _etag_matches(header: str, etag: str) -> bool:
    if header.strip() == "*":
        return True
    opaque = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == opaque for tag in header.split(","))  # weak comparison


def is_not_modified(method: str, headers: Mapping[str, str], validators: Validators) -> bool:
    """Whether a request with these headers already holds this version (so it gets a 304)."""
    if method not in ("GET", "HEAD"):
        return False
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        return _etag_matches(if_none_match, validators.etag)
    if_modified_since = headers.get("if-modified-since")
    if if_modified_since and validators.last_modified is not None:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            return False
        return validators.last_modified <= since.astimezone(UTC)
    return False


def not_modified(validators: Validators, cache_control: str) -> Response:
    """The ``304`` answer: no body, the same validators and caching headers as the full response."""
    return Response(status_code=304, headers=validators.headers(cache_control))


async def conditional(request: Request, validators: Validators, build: Callable[[], Awaitable[Response]],
                      cache_control: str = "public, max-age=60") -> Response:
    """``304`` when the client already holds this version; otherwise ``await build()`` with the validators
    and ``cache_control`` added to its headers."""
    if is_not_modified(request.method, request.headers, validators):
        return not_modified(validators, cache_control)
    response = await build()
    for name, value in validators.headers(cache_control).items():
        response.headers[name] = value
    return response
