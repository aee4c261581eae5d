"""What the mail routes share: a server-rendered form page that carries its own CSRF pair.

``form_page`` gives the browser the ``frontline_csrf`` nonce cookie when it has none (as the Reflex pages
do) and puts the matching signed token in the page's forms, so ``auth_common.csrf_ok`` accepts the post.
Pages that carry a token in their URL are ``no-store`` and send their ``Referer`` to this site only
(``same-origin``: ``no-referrer`` would make the browser post ``Origin: null``, which the CSRF check refuses).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse

from forum.auth.cookies import CSRF_COOKIE
from forum.auth.csrf import is_valid_nonce, issue_token, new_nonce
from forum.http.auth_common import set_csrf_cookie, settings_of
from forum.http.render import VISITOR, ViewerChrome, render


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    type: str = "text"
    value: str = ""
    autocomplete: str = "off"
    required: bool = True


@dataclass(frozen=True)
class Form:
    action: str
    submit: str
    fields: list[Field] = field(default_factory=list)
    hidden: list[tuple[str, str]] = field(default_factory=list)


def form_page(request: Request, template: str, *, title: str, status: int = 200,
              viewer: ViewerChrome = VISITOR, **context: Any) -> HTMLResponse:
    """Render ``template`` with a CSRF token for the browser's nonce (set here when missing)."""
    settings = settings_of(request)
    nonce = request.cookies.get(CSRF_COOKIE)
    fresh = not is_valid_nonce(nonce)
    if fresh:
        nonce = new_nonce()
    assert nonce is not None
    html = render(template, path=request.url.path, title=f"{title} — {settings.site_name}", viewer=viewer,
                  noindex=True, csrf_token=issue_token(nonce, settings.secret_key), **context)
    response = HTMLResponse(html, status_code=status,
                            headers={"Cache-Control": "no-store", "Referrer-Policy": "same-origin"})
    if fresh:
        set_csrf_cookie(response, nonce, settings)
    return response


def simple_page(request: Request, *, heading: str, lines: list[str] | None = None, error: str = "",
                form: Form | None = None, links: list[tuple[str, str]] | None = None, status: int = 200,
                viewer: ViewerChrome = VISITOR) -> HTMLResponse:
    """``mail_form.html``: a heading, a few sentences, an optional form and links."""
    return form_page(request, "mail_form.html", title=heading, status=status, viewer=viewer, heading=heading,
                     lines=lines or [], error=error, form=form, links=links or [])
