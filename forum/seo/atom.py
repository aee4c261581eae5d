"""Atom 1.0 documents (RFC 4287) from :class:`forum.services.feeds.FeedData`.

Invariants: every link and id is absolute (from ``FRONTLINE_SITE_URL``); entry content is the stored,
already sanitised HTML, carried as escaped text (``type="html"``) by the XML writer, so no user text can
change the document's structure; entry ids are the items' stable permalinks, so readers never see an
entry twice.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from forum.seo.urls import (
    absolute,
    board_feed_path,
    board_path,
    comment_permalink,
    home_path,
    latest_feed_path,
    profile_path,
    tag_feed_path,
    thread_feed_path,
    thread_path,
)
from forum.services.feeds import FeedData, FeedItem
from forum.settings import Settings

ATOM = "http://www.w3.org/2005/Atom"
CONTENT_TYPE = "application/atom+xml; charset=utf-8"
EPOCH = "1970-01-01T00:00:00+00:00"  # an empty feed's "updated": stable, so its ETag is too
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot carry

ET.register_namespace("", ATOM)


def xml_text(text: str) -> str:
    """``text`` without the control characters XML 1.0 forbids (they would make the document invalid)."""
    return _NOT_XML.sub("", text)


def feed_paths(data: FeedData) -> tuple[str, str]:
    """The feed's own path and the page it follows."""
    if data.scope == "board":
        return board_feed_path(data.key), board_path(data.key)
    if data.scope == "tag":
        return tag_feed_path(data.key), home_path()
    if data.scope == "thread":
        return thread_feed_path(data.key), thread_path(data.key)
    return latest_feed_path(), home_path()


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    element.text = xml_text(text)
    return element


def _link(parent: ET.Element, href: str, rel: str = "alternate", kind: str = "text/html") -> None:
    ET.SubElement(parent, f"{{{ATOM}}}link", {"rel": rel, "type": kind, "href": href})


def _entry(feed: ET.Element, item: FeedItem, site: str) -> None:
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    link = absolute(site, comment_permalink(item.comment_id) if item.comment_id else thread_path(item.thread_slug))
    _text(entry, "id", link)
    _text(entry, "title", item.title)
    _link(entry, link)
    _text(entry, "published", item.published_iso)
    _text(entry, "updated", item.updated_iso)
    author = ET.SubElement(entry, f"{{{ATOM}}}author")
    _text(author, "name", item.author_name or item.author_handle)
    _text(author, "uri", absolute(site, profile_path(item.author_handle)))
    for category in item.categories:
        ET.SubElement(entry, f"{{{ATOM}}}category", {"term": xml_text(category)})
    _text(entry, "content", item.html, type="html")


def atom_feed(data: FeedData, settings: Settings) -> bytes:
    """The feed as a UTF-8 Atom document."""
    site = settings.site_url
    own_path, page_path = feed_paths(data)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", absolute(site, own_path))
    _text(feed, "title", f"{settings.site_name}: {data.title}")
    _text(feed, "updated", data.updated_iso or EPOCH)
    _link(feed, absolute(site, own_path), rel="self", kind="application/atom+xml")
    _link(feed, absolute(site, page_path))
    _text(feed, "generator", settings.site_name)
    for item in data.items:
        _entry(feed, item, site)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
