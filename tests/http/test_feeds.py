"""Atom feeds: latest threads site-wide, per board and per tag, and a thread's latest comments. They parse,
list exactly what everyone may read (nothing held, rejected or removed), link absolutely, and carry the
sanitised HTML."""

from __future__ import annotations

import feedparser
import httpx
from sqlmodel import Session

from forum.models import Comment, ThreadTag
from tests.factories import make_board, make_comment, make_tag, make_thread, make_user


def _forum(session: Session) -> dict[str, Comment]:
    ops, coaching = make_board(session, slug="ops"), make_board(session, slug="coaching")
    ops.name = "Operations"
    maya, sam = make_user(session, "maya"), make_user(session, "sam")
    handle_time = make_thread(session, ops, maya, slug="handle-time")
    handle_time.title, handle_time.body_html = "Handle time & <CSAT>", "<p>We cut it <strong>fast</strong>.</p>"
    tagged = make_thread(session, coaching, maya, slug="side-by-side")
    make_thread(session, ops, maya, slug="held-thread", status="pending")
    make_thread(session, ops, maya, slug="gone-thread", status="removed")
    session.add_all([ops, handle_time, ThreadTag(thread_id=tagged.id, tag_id=make_tag(session, "Metrics").id)])
    comments = {
        "first": make_comment(session, handle_time, sam, text="First answer"),
        "held": make_comment(session, handle_time, sam, status="pending", text="Held answer"),
        "rejected": make_comment(session, handle_time, sam, status="rejected", text="Rejected answer"),
        "removed": make_comment(session, handle_time, sam, status="removed", text="Removed answer"),
    }
    comments["reply"] = make_comment(session, handle_time, maya, parent=comments["first"], text="A reply")
    comments["under_held"] = make_comment(session, handle_time, maya, parent=comments["held"], text="Under held")
    session.commit()
    return comments


async def _feed(client: httpx.AsyncClient, path: str) -> feedparser.FeedParserDict:
    response = await client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    assert response.headers["cache-control"].startswith("public")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


async def test_the_site_feed_lists_published_threads_newest_first(session: Session,
                                                                  client: httpx.AsyncClient) -> None:
    _forum(session)
    feed = await _feed(client, "/feeds/latest.atom")
    assert feed.feed.title == "Frontline Test: Latest threads"
    assert [e.link for e in feed.entries] == ["https://forum.example/t/side-by-side",
                                              "https://forum.example/t/handle-time"]
    handle_time = feed.entries[1]
    assert handle_time.title == "Handle time & <CSAT>"
    assert handle_time.content[0].value == "<p>We cut it <strong>fast</strong>.</p>"
    assert handle_time.author_detail.href == "https://forum.example/u/maya"
    assert [t.term for t in handle_time.tags] == ["Operations"]
    assert (await client.get("/feed.xml")).content == (await client.get("/feeds/latest.atom")).content


async def test_a_board_feed_and_a_tag_feed_follow_their_board_and_tag(session: Session,
                                                                      client: httpx.AsyncClient) -> None:
    _forum(session)
    board = await _feed(client, "/feeds/b/ops.atom")
    assert board.feed.title == "Frontline Test: Operations"
    assert board.feed.link == "https://forum.example/b/ops"
    assert [e.link for e in board.entries] == ["https://forum.example/t/handle-time"]
    tag = await _feed(client, "/feeds/tags/metrics.atom")
    assert [e.link for e in tag.entries] == ["https://forum.example/t/side-by-side"]
    assert (await client.get("/feeds/b/nowhere.atom")).status_code == 404
    assert (await client.get("/feeds/tags/nothing.atom")).status_code == 404


async def test_a_thread_feed_lists_only_comments_everyone_may_read_with_permalinks(
        session: Session, client: httpx.AsyncClient) -> None:
    comments = _forum(session)
    feed = await _feed(client, "/feeds/t/handle-time.atom")
    assert feed.feed.link == "https://forum.example/t/handle-time"
    assert [e.content[0].value for e in feed.entries] == ["<p>A reply</p>", "<p>First answer</p>"]
    assert feed.entries[0].link == f"https://forum.example/c/{comments['reply'].id}"
    assert feed.entries[0].id == feed.entries[0].link
    for path in ("/feeds/t/held-thread.atom", "/feeds/t/gone-thread.atom", "/feeds/t/nothing.atom"):
        assert (await client.get(path)).status_code == 404


async def test_a_repeated_feed_request_is_answered_not_modified(session: Session,
                                                                client: httpx.AsyncClient) -> None:
    _forum(session)
    first = await client.get("/feeds/latest.atom")
    again = await client.get("/feeds/latest.atom", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    assert "last-modified" in first.headers
