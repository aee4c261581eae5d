"""``GUIDELINES`` (``/guidelines``): the community policy as a public page, drawn from the settings in force right now.

The numbers (links allowed, the brief-comment threshold, how many first comments are reviewed, mention limits,
nesting depth, flood limits) and the pinned domains come from ``current_policy``, so the page never disagrees
with what the composer's live panel and the server decide. Linked from the footer and the composer.
"""

from __future__ import annotations

import asyncio

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from forum.db import session_scope
from forum.http.auth_common import session_token
from forum.http.read_pages import _viewer
from forum.http.render import render
from forum.policy.types import DomainPin
from forum.services.policy_settings import current_policy
from forum.services.reactions import empty_reactions
from forum.services.watching import MAX_MENTIONS, MAX_MENTIONS_NEW_MEMBER
from forum.settings import get_settings


def render_guidelines(token: str | None, path: str) -> str:
    """The page for whoever holds ``token`` (the header differs; the content does not)."""
    with session_scope() as session:
        _, chrome, _ = _viewer(session, token)
        policy = current_policy(session)
    pins = sorted(policy.domain_pins.items())
    settings = get_settings()
    return render("guidelines.html", path=path, title=f"Community guidelines — {settings.site_name}", viewer=chrome,
                  description="How to take part in the community: what a comment needs, and what is refused.",
                  policy=policy, trusted=[d for d, p in pins if p == DomainPin.TRUSTED],
                  refused=[d for d, p in pins if p in (DomainPin.COMMERCIAL, DomainPin.BLOCKED)],
                  reactions=[r.label for r in empty_reactions()], max_mentions=MAX_MENTIONS,
                  max_mentions_new=MAX_MENTIONS_NEW_MEMBER)


async def guidelines(request: Request) -> Response:
    html = await asyncio.to_thread(render_guidelines, session_token(request), request.url.path)
    return HTMLResponse(html, headers={"Cache-Control": "no-cache", "Vary": "Cookie"})
