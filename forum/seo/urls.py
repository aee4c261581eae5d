"""Paths and absolute URLs of the public pages and feeds (one place, so links, canonicals and feeds agree).

Every path starts with ``/``; :func:`absolute` prefixes the configured ``FRONTLINE_SITE_URL``. Page 1 of a
paginated page has no ``?page=`` so it has a single canonical address.
"""

from __future__ import annotations

from urllib.parse import quote


def _segment(value: str) -> str:
    return quote(value, safe="-_.~")


def with_page(path: str, page: int) -> str:
    """``path`` for page ``page`` (page 1 and below: ``path`` itself)."""
    return f"{path}?page={page}" if page > 1 else path


def home_path() -> str:
    return "/"


def board_path(slug: str, page: int = 1) -> str:
    return with_page(f"/b/{_segment(slug)}", page)


def thread_path(slug: str, page: int = 1) -> str:
    return with_page(f"/t/{_segment(slug)}", page)


def profile_path(handle: str) -> str:
    return f"/u/{_segment(handle)}"


def comment_anchor(comment_id: int) -> str:
    """The element id a comment renders with on a thread page (``forum.components.comments``)."""
    return f"comment-{int(comment_id)}"


def comment_permalink(comment_id: int) -> str:
    """The stable link to a comment: ``/c/<id>`` redirects to the thread page holding it."""
    return f"/c/{int(comment_id)}"


def listing_path(kind: str, key: str = "", page: int = 1) -> str:
    """``/latest``, ``/unanswered`` or ``/tag/<slug>``, with ``?page=N`` after page 1."""
    return with_page(f"/tag/{_segment(key)}" if kind == "tag" else f"/{_segment(kind)}", page)


def latest_feed_path() -> str:
    return "/feeds/latest.atom"


def board_feed_path(slug: str) -> str:
    return f"/feeds/b/{_segment(slug)}.atom"


def tag_feed_path(slug: str) -> str:
    return f"/feeds/tags/{_segment(slug)}.atom"


def thread_feed_path(slug: str) -> str:
    return f"/feeds/t/{_segment(slug)}.atom"


def sitemap_index_path() -> str:
    return "/sitemap.xml"


def sitemap_child_path(kind: str, number: int) -> str:
    return f"/sitemap-{kind}-{number}.xml"


def absolute(site_url: str, path: str) -> str:
    """``path`` on the public site (``site_url`` has no trailing slash; see ``forum.settings``)."""
    return site_url.rstrip("/") + path
