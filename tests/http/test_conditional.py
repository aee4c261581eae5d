"""Conditional GETs: a client that already holds a page's version gets a bodiless 304, and only then."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from forum.http.conditional import conditional, is_not_modified, latest, validators_for


@dataclass
class Row:
    title: str
    created: str
    created_iso: str


MOMENT = datetime(2026, 11, 2, 9, 30, 15, 123456, tzinfo=UTC)


def test_the_etag_is_weak_and_follows_the_data_but_not_its_relative_times() -> None:
    first = validators_for(Row("A", "3 hours ago", "2026-11-02T09:30:15+00:00"))
    later = validators_for(Row("A", "4 hours ago", "2026-11-02T09:30:15+00:00"))
    edited = validators_for(Row("B", "3 hours ago", "2026-11-02T09:30:15+00:00"))
    assert first.etag.startswith('W/"') and first.etag == later.etag != edited.etag
    assert validators_for(Row("A", "", ""), 7).etag != validators_for(Row("A", "", ""), 8).etag


def test_last_modified_is_the_latest_moment_in_whole_seconds() -> None:
    moment = latest("2026-11-01T00:00:00+00:00", MOMENT, None, "")
    assert moment == MOMENT.replace(microsecond=0)
    assert validators_for("x", last_modified=MOMENT).headers("public")["Last-Modified"] == \
        "Mon, 02 Nov 2026 09:30:15 GMT"


def test_a_matching_if_none_match_is_not_modified_and_wins_over_if_modified_since() -> None:
    v = validators_for("page", last_modified=MOMENT)
    assert is_not_modified("GET", {"if-none-match": v.etag}, v)
    assert is_not_modified("HEAD", {"if-none-match": f'"other", {v.etag.removeprefix("W/")}'}, v)
    newer = "Tue, 03 Nov 2026 00:00:00 GMT"
    assert not is_not_modified("GET", {"if-none-match": '"other"', "if-modified-since": newer}, v)
    assert not is_not_modified("POST", {"if-none-match": v.etag}, v)


def test_if_modified_since_compares_with_the_last_change() -> None:
    v = validators_for("page", last_modified=MOMENT)
    assert is_not_modified("GET", {"if-modified-since": "Mon, 02 Nov 2026 09:30:15 GMT"}, v)
    assert not is_not_modified("GET", {"if-modified-since": "Mon, 02 Nov 2026 09:30:14 GMT"}, v)
    assert not is_not_modified("GET", {"if-modified-since": "yesterday"}, v)
    assert not is_not_modified("GET", {"if-modified-since": "Mon, 02 Nov 2026 09:30:15 GMT"},
                               validators_for("page"))


async def _page(request: Request) -> Response:
    validators = validators_for({"title": "Handle time"}, last_modified=MOMENT)

    async def build() -> Response:
        return HTMLResponse("<h1>Handle time</h1>")

    return await conditional(request, validators, build, cache_control="public, max-age=60")


async def test_a_repeated_conditional_get_answers_304_without_a_body() -> None:
    app = Starlette(routes=[Route("/page", _page)])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        first = await client.get("/page")
        again = await client.get("/page", headers={"If-None-Match": first.headers["etag"]})
        dated = await client.get("/page", headers={"If-Modified-Since": first.headers["last-modified"]})
    assert first.status_code == 200 and first.text == "<h1>Handle time</h1>"
    assert first.headers["cache-control"] == "public, max-age=60"
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == first.headers["etag"]
    assert dated.status_code == 304
