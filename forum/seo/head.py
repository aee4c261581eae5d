"""The ``<head>`` contents of each public page kind, as escaped HTML text.

The server-rendered routes call one builder per page kind with the page data the read services return:

- :func:`thread_head` (``/t/<slug>?page=N``), :func:`board_head` (``/b/<slug>``), :func:`home_head` (``/``),
  :func:`profile_head` (``/u/<handle>``), :func:`listing_head` (``/latest``, ``/unanswered``, ``/tag/<slug>``),
  :func:`search_head` (``/search``, noindex) and :func:`private_head` for every page search engines should
  not index (queue, log, admin, settings, notifications, sign-in).

Each returns the ``<title>``, meta description, canonical link, Open Graph and Twitter card tags, ``rel=prev``
/ ``next`` on paginated pages, JSON-LD and the matching feed autodiscovery links. Invariants: every
attribute value and text is HTML-escaped (titles and descriptions are user text); URLs are absolute, from
``FRONTLINE_SITE_URL``; page 1's canonical has no ``?page=``, page N's keeps it; a page that is not public
(a thread still awaiting review, shown only to its author and moderators) carries ``noindex``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from forum.models.vocab import ThreadStatus
from forum.seo import jsonld
from forum.seo.text import summary
from forum.seo.urls import (
    absolute,
    board_feed_path,
    board_path,
    home_path,
    latest_feed_path,
    listing_path,
    profile_path,
    tag_feed_path,
    thread_feed_path,
    thread_path,
)
from forum.services.boards import BoardPage, BoardSummary
from forum.services.browse import ListingPage
from forum.services.profiles import ProfileView
from forum.services.thread_view import ThreadPage
from forum.settings import Settings

SEPARATOR = " — "
DESCRIPTION_LENGTH = 160
NOINDEX = "noindex, nofollow"


@dataclass
class HeadTags:
    """What a page's head says, before it becomes markup (paths are site-relative)."""

    title: str
    description: str
    path: str  # the canonical path
    og_type: str = "website"
    prev_path: str = ""
    next_path: str = ""
    feeds: list[tuple[str, str]] = field(default_factory=list)  # (title, path)
    structured: list[jsonld.Json] = field(default_factory=list)
    extra_meta: list[tuple[str, str]] = field(default_factory=list)  # (property, content) for og/article
    robots: str = ""  # "" lets crawlers index and follow


def _meta(attribute: str, key: str, content: str) -> str:
    return f'<meta {attribute}="{escape(key)}" content="{escape(content)}">'


def _link(rel: str, href: str, **attrs: str) -> str:
    extra = "".join(f' {name}="{escape(value)}"' for name, value in attrs.items())
    return f'<link rel="{rel}" href="{escape(href)}"{extra}>'


def render(tags: HeadTags, settings: Settings) -> str:
    """``tags`` as ``<head>`` markup, one element a line."""
    site = settings.site_url
    url = absolute(site, tags.path)
    lines = [f"<title>{escape(tags.title)}</title>", _meta("name", "description", tags.description)]
    if tags.robots:
        lines.append(_meta("name", "robots", tags.robots))
    lines.append(_link("canonical", url))
    if tags.prev_path:
        lines.append(_link("prev", absolute(site, tags.prev_path)))
    if tags.next_path:
        lines.append(_link("next", absolute(site, tags.next_path)))
    for key, value in (("og:site_name", settings.site_name), ("og:type", tags.og_type), ("og:title", tags.title),
                       ("og:description", tags.description), ("og:url", url), *tags.extra_meta):
        lines.append(_meta("property", key, value))
    for key, value in (("twitter:card", "summary"), ("twitter:title", tags.title),
                       ("twitter:description", tags.description)):
        lines.append(_meta("name", key, value))
    for title, path in tags.feeds:
        lines.append(_link("alternate", absolute(site, path), type="application/atom+xml", title=title))
    lines.extend(jsonld.script(data) for data in tags.structured)
    return "\n".join(lines)


def _title(*parts: str) -> str:
    return SEPARATOR.join(p for p in parts if p)


def _pages(path_of_page: Callable[[int], str], page: int, page_count: int) -> tuple[str, str]:
    """The previous and next pages' paths ("" at either end)."""
    return (path_of_page(page - 1) if page > 1 else "", path_of_page(page + 1) if page < page_count else "")


def _site_feed(settings: Settings) -> tuple[str, str]:
    return (f"{settings.site_name}: latest threads", latest_feed_path())


def thread_tags(page: ThreadPage, settings: Settings) -> HeadTags:
    """The head of one page of a thread (see :func:`thread_head`)."""
    heading = page.title if page.page == 1 else f"{page.title} (page {page.page})"
    prev_path, next_path = _pages(lambda n: thread_path(page.slug, n), page.page, page.page_count)
    extra = [("article:published_time", page.created_iso),
             ("article:modified_time", page.last_activity_iso or page.created_iso),
             ("article:section", page.board_name), *[("article:tag", tag) for tag in page.tags]]
    return HeadTags(
        title=_title(heading, page.board_name, settings.site_name),
        description=summary(page.body_html, DESCRIPTION_LENGTH) or page.title,
        path=thread_path(page.slug, page.page), og_type="article", prev_path=prev_path, next_path=next_path,
        feeds=[(f"{page.title}: latest comments", thread_feed_path(page.slug)),
               (f"{page.board_name}: latest threads", board_feed_path(page.board_slug)), _site_feed(settings)],
        structured=[jsonld.discussion(page, settings.site_url),
                    jsonld.breadcrumbs(settings.site_url, settings.site_name,
                                       [(page.board_name, board_path(page.board_slug)),
                                        (page.title, thread_path(page.slug))])],
        extra_meta=extra, robots="" if page.status == ThreadStatus.PUBLISHED else NOINDEX,
    )


def thread_head(page: ThreadPage, settings: Settings) -> str:
    """``<head>`` markup for ``/t/<slug>?page=N``: "title — board — site", the opening post as description."""
    return render(thread_tags(page, settings), settings)


def board_head(page: BoardPage, settings: Settings) -> str:
    """``<head>`` markup for ``/b/<slug>?page=N``: "board — site", the board's description."""
    heading = page.name if page.page == 1 else f"{page.name} (page {page.page})"
    prev_path, next_path = _pages(lambda n: board_path(page.slug, n), page.page, page.page_count)
    tags = HeadTags(
        title=_title(heading, settings.site_name),
        description=summary(escape(page.description), DESCRIPTION_LENGTH)
        or f"Threads in {page.name} on {settings.site_name}.",
        path=board_path(page.slug, page.page), prev_path=prev_path, next_path=next_path,
        feeds=[(f"{page.name}: latest threads", board_feed_path(page.slug)), _site_feed(settings)],
        structured=[jsonld.board_collection(page, settings.site_url),
                    jsonld.breadcrumbs(settings.site_url, settings.site_name, [(page.name, board_path(page.slug))])],
    )
    return render(tags, settings)


def home_head(boards: list[BoardSummary], settings: Settings) -> str:
    """``<head>`` markup for ``/``: the site's name, and its boards as the description."""
    names = ", ".join(b.name for b in boards)
    description = f"{settings.site_name}: a community forum." + (f" Boards: {names}." if names else "")
    tags = HeadTags(
        title=settings.site_name, description=summary(escape(description), DESCRIPTION_LENGTH), path=home_path(),
        feeds=[_site_feed(settings)], structured=[jsonld.website(settings.site_url, settings.site_name)],
    )
    return render(tags, settings)


def profile_head(profile: ProfileView, settings: Settings) -> str:
    """``<head>`` markup for ``/u/<handle>``: "Name (@handle) — site", the bio (or their counts)."""
    counts = f"{profile.thread_count} threads and {profile.comment_count} comments on {settings.site_name}."
    description = summary(profile.bio_html, DESCRIPTION_LENGTH) or f"{profile.display_name}: {counts}"
    tags = HeadTags(
        title=_title(f"{profile.display_name} (@{profile.handle})", settings.site_name), description=description,
        path=profile_path(profile.handle), og_type="profile", feeds=[_site_feed(settings)],
        structured=[jsonld.profile_page(profile, settings.site_url),
                    jsonld.breadcrumbs(settings.site_url, settings.site_name,
                                       [(profile.display_name, profile_path(profile.handle))])],
        extra_meta=[("profile:username", profile.handle)],
        # A member with nothing published has a thin page: keep it out of the index (the sitemap agrees).
        robots="" if profile.comment_count or profile.thread_count else "noindex, follow",
    )
    return render(tags, settings)


def listing_head(page: ListingPage, settings: Settings) -> str:
    """``<head>`` markup for ``/latest``, ``/unanswered`` and ``/tag/<slug>`` (page N keeps ``?page=N``)."""
    heading = f"Threads tagged {page.name}" if page.key else f"{page.name} threads"
    titled = heading if page.page == 1 else f"{heading} (page {page.page})"
    prev_path, next_path = _pages(lambda n: listing_path(page.kind, page.key, n), page.page, page.page_count)
    feeds = [(f"{settings.site_name}: {heading}", tag_feed_path(page.key))] if page.key else []
    tags = HeadTags(
        title=_title(titled, settings.site_name),
        description=f"{heading} across every board on {settings.site_name}, newest activity first.",
        path=listing_path(page.kind, page.key, page.page), prev_path=prev_path, next_path=next_path,
        feeds=[*feeds, _site_feed(settings)],
    )
    return render(tags, settings)


def search_head(query: str, settings: Settings) -> str:
    """``<head>`` markup for ``/search``: results pages are never indexed (``noindex, nofollow``)."""
    return private_head(f"Search: {query}" if query else "Search", settings)


def private_head(title: str, settings: Settings) -> str:
    """``<head>`` markup for a page that is not for search engines: its title and ``noindex, nofollow``."""
    return "\n".join([f"<title>{escape(_title(title, settings.site_name))}</title>",
                      _meta("name", "robots", NOINDEX)])
