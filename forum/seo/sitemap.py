"""Sitemap XML (https://www.sitemaps.org/protocol.html): the index and its children, as text.

The writer consumes the service's entries as they stream, so a 50,000-URL child is never a list of objects.
Invariants: every ``loc`` is absolute and XML-escaped; ``lastmod`` is W3C datetime in UTC when known.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from xml.sax.saxutils import escape

from forum.seo.urls import absolute, board_path, home_path, profile_path, sitemap_child_path, thread_path
from forum.services.sitemap import SitemapEntry
from forum.services.timefmt import iso

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
CONTENT_TYPE = "application/xml; charset=utf-8"


def entry_path(entry: SitemapEntry) -> str:
    if entry.kind == "home":
        return home_path()
    if entry.kind == "board":
        return board_path(entry.key, entry.page)
    if entry.kind == "profile":
        return profile_path(entry.key)
    return thread_path(entry.key, entry.page)


def _urlset_lines(entries: Iterable[SitemapEntry], site_url: str) -> Iterator[str]:
    yield f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{NAMESPACE}">\n'
    for entry in entries:
        lastmod = f"<lastmod>{iso(entry.lastmod)}</lastmod>" if entry.lastmod else ""
        yield f"<url><loc>{escape(absolute(site_url, entry_path(entry)))}</loc>{lastmod}</url>\n"
    yield "</urlset>\n"


def urlset(entries: Iterable[SitemapEntry], site_url: str) -> bytes:
    """A child sitemap listing ``entries``."""
    return "".join(_urlset_lines(entries, site_url)).encode()


def sitemap_index(children: Mapping[str, int], site_url: str) -> bytes:
    """The index naming ``children[kind]`` child sitemaps of each kind (``/sitemap-<kind>-<n>.xml``)."""
    lines = [f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{NAMESPACE}">\n']
    for kind, count in children.items():
        for number in range(1, count + 1):
            lines.append(f"<sitemap><loc>{escape(absolute(site_url, sitemap_child_path(kind, number)))}</loc>"
                         "</sitemap>\n")
    lines.append("</sitemapindex>\n")
    return "".join(lines).encode()
