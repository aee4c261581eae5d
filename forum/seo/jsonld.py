"""schema.org structured data (JSON-LD) for thread, board, home and profile pages.

Every builder returns a plain ``dict``; :func:`script` turns one into a ``<script type="application/ld+json">``
element that is safe inside HTML whatever the user text holds: ``<``, ``>`` and ``&`` (so ``</script>`` and
``<!--``) and the JavaScript line separators are written as ``\\uXXXX`` escapes, which JSON parsers decode
back to the same characters.
"""

from __future__ import annotations

import json
from typing import Any

from forum.models.vocab import CommentStatus
from forum.seo.text import plain_text
from forum.seo.urls import absolute, board_path, comment_permalink, home_path, profile_path, thread_path
from forum.services.boards import BoardPage
from forum.services.profiles import ProfileView
from forum.services.thread_view import ThreadPage

_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}

Json = dict[str, Any]


def script(data: Json) -> str:
    """``data`` as a JSON-LD ``<script>`` element, escaped for embedding in HTML."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in _ESCAPES.items():
        text = text.replace(raw, escaped)
    return f'<script type="application/ld+json">{text}</script>'


def person(site_url: str, handle: str, name: str) -> Json:
    return {"@type": "Person", "name": name or handle, "alternateName": f"@{handle}",
            "url": absolute(site_url, profile_path(handle))}


def breadcrumbs(site_url: str, site_name: str, trail: list[tuple[str, str]]) -> Json:
    """A ``BreadcrumbList`` from the home page down through ``trail`` (name, path) pairs."""
    items = [(site_name, home_path()), *trail]
    return {
        "@context": "https://schema.org", "@type": "BreadcrumbList",
        "itemListElement": [{"@type": "ListItem", "position": n, "name": name, "item": absolute(site_url, path)}
                            for n, (name, path) in enumerate(items, start=1)],
    }


def discussion(page: ThreadPage, site_url: str) -> Json:
    """A ``DiscussionForumPosting`` for the thread, with this page's visible (not removed) comments."""
    url = absolute(site_url, thread_path(page.slug, page.page))
    posting: Json = {
        "@context": "https://schema.org", "@type": "DiscussionForumPosting",
        "@id": absolute(site_url, thread_path(page.slug)),
        "headline": page.title, "url": url, "mainEntityOfPage": url,
        "text": plain_text(page.body_html),
        "author": person(site_url, page.author_handle, page.author_name),
        "datePublished": page.created_iso,
        "dateModified": page.last_activity_iso or page.created_iso,
        "commentCount": page.reply_count,
        "isPartOf": {"@type": "WebPage", "name": page.board_name,
                     "url": absolute(site_url, board_path(page.board_slug))},
        "comment": [
            {"@type": "Comment", "@id": absolute(site_url, comment_permalink(c.id)),
             "url": absolute(site_url, comment_permalink(c.id)), "text": plain_text(c.html),
             "author": person(site_url, c.author_handle, c.author_name), "datePublished": c.created_iso}
            for c in page.comments if not c.removed and c.status == CommentStatus.PUBLISHED
        ],
    }
    if page.tags:
        posting["keywords"] = ", ".join(page.tags)
    return posting


def board_collection(page: BoardPage, site_url: str) -> Json:
    """The board as a ``CollectionPage`` listing this page's threads."""
    return {
        "@context": "https://schema.org", "@type": "CollectionPage", "name": page.name,
        "description": page.description, "url": absolute(site_url, board_path(page.slug, page.page)),
        "hasPart": [{"@type": "DiscussionForumPosting", "headline": t.title,
                     "url": absolute(site_url, thread_path(t.slug)), "commentCount": t.reply_count,
                     "dateModified": t.last_activity_iso} for t in page.threads],
    }


def website(site_url: str, site_name: str) -> Json:
    return {"@context": "https://schema.org", "@type": "WebSite", "name": site_name,
            "url": absolute(site_url, home_path())}


def profile_page(profile: ProfileView, site_url: str) -> Json:
    """A ``ProfilePage`` whose main entity is the member, with their published activity counts."""
    member = person(site_url, profile.handle, profile.display_name)
    member["identifier"] = profile.handle
    if profile.bio_html:
        member["description"] = plain_text(profile.bio_html)
    member["interactionStatistic"] = [
        {"@type": "InteractionCounter", "interactionType": "https://schema.org/WriteAction",
         "userInteractionCount": profile.comment_count + profile.thread_count},
    ]
    return {"@context": "https://schema.org", "@type": "ProfilePage", "dateCreated": profile.joined_iso,
            "url": absolute(site_url, profile_path(profile.handle)), "mainEntity": member}
