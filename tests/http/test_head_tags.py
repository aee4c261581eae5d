"""Every public page kind carries its head tags in the first response, for a crawler and a browser alike:
what a search engine indexes and what Slack, Teams or LinkedIn show when a link is pasted."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import httpx
import pytest

from tests.factories import World

AGENTS = {
    "browser": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    "crawler": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
}


class _Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.title = ""
        self.jsonld: list[dict] = []
        self._in: str = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            self.meta[a.get("property") or a.get("name", "")] = a.get("content", "")
        elif tag == "link":
            self.links.setdefault(a.get("rel", ""), a.get("href", ""))
        elif tag == "title" or (tag == "script" and a.get("type") == "application/ld+json"):
            self._in = tag

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title += data
        elif self._in == "script":
            self.jsonld.append(json.loads(data))

    def handle_endtag(self, tag: str) -> None:
        self._in = ""


def _head(html: str) -> _Head:
    parser = _Head()
    parser.feed(html.split("</head>")[0])
    return parser


@pytest.mark.parametrize("agent", sorted(AGENTS))
async def test_a_thread_page_has_title_description_canonical_and_preview_tags(
        client: httpx.AsyncClient, world: World, agent: str) -> None:
    response = await client.get(f"/t/{world.thread.slug}", headers={"User-Agent": AGENTS[agent]})
    head = _head(response.text)

    assert head.title.startswith(world.thread.title + " — ") and head.title.endswith("Frontline Test")
    assert head.meta["description"].startswith("Opening post")
    assert head.links["canonical"] == f"https://forum.example/t/{world.thread.slug}"
    assert head.meta["og:title"].startswith(world.thread.title) and head.meta["og:site_name"] == "Frontline Test"
    assert head.meta["og:url"] == head.links["canonical"] and head.meta["twitter:card"]
    posting = next(d for d in head.jsonld if d.get("@type") == "DiscussionForumPosting")
    assert posting["headline"] == world.thread.title and posting["author"]["name"]
    assert "datePublished" in posting and "commentCount" in posting


@pytest.mark.parametrize("path_of", [lambda w: "/", lambda w: f"/b/{w.board.slug}",
                                     lambda w: f"/u/{w.member.handle}"], ids=["home", "board", "profile"])
@pytest.mark.parametrize("agent", sorted(AGENTS))
async def test_home_board_and_profile_pages_have_their_head_tags(
        client: httpx.AsyncClient, world: World, agent: str, path_of) -> None:
    path = path_of(world)
    head = _head((await client.get(path, headers={"User-Agent": AGENTS[agent]})).text)
    assert re.search(r"Frontline Test$", head.title)
    assert head.meta.get("description") and head.meta.get("og:title") and head.meta.get("twitter:card")
    assert head.links["canonical"] == "https://forum.example" + path
