"""Unknown URLs answer 404 with the site's own page: its header, a way back, and ``noindex``.

Wraps the whole app (our routes, Reflex's API and the built frontend), so it also covers paths nothing
claims, which Reflex would answer with its bare "404: Page not found". Only 404s to GET and HEAD that are HTML, or
that a browser asked for as a page (``Accept: text/html``), are replaced; API, socket and asset 404s pass
through unchanged.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from forum.http.render import render
from forum.settings import get_settings

PAGE_MARKER = b"x-frontline-page"  # set by forum.http.read_pages on the pages it renders itself
MESSAGE = "We could not find that page. It may have moved, or the link may be mistyped."


def not_found_html(path: str) -> bytes:
    return render("not_found.html", path=path, title=f"Not found — {get_settings().site_name}",
                  message=MESSAGE, noindex=True).encode()


def not_found_pages(app: ASGIApp) -> ASGIApp:
    """The ASGI wrapper (``rx.App(api_transformer=[..., not_found_pages])``)."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await app(scope, receive, send)
            return
        replaced = False
        accepts_html = any(name == b"accept" and b"text/html" in value for name, value in scope.get("headers", []))
        page_path = not scope.get("path", "/").startswith(("/_", "/assets/"))

        async def send_or_replace(message: Message) -> None:
            nonlocal replaced
            if message["type"] == "http.response.start" and message["status"] == 404:
                headers = dict(message.get("headers", []))
                ours = PAGE_MARKER in headers  # a page of ours that chose its own 404 (and message)
                html = headers.get(b"content-type", b"").startswith(b"text/html")
                if not ours and (html or (accepts_html and page_path)):
                    replaced = True
                    body = not_found_html(scope.get("path", "/"))
                    kept = [(k, v) for k, v in message.get("headers", [])  # security headers and the like
                            if k not in (b"content-type", b"content-length", b"cache-control", b"etag")]
                    await send({"type": "http.response.start", "status": 404, "headers": [
                        *kept, (b"content-type", b"text/html; charset=utf-8"),
                        (b"content-length", str(len(body)).encode()), (b"cache-control", b"no-cache")]})
                    await send({"type": "http.response.body",
                                "body": b"" if scope["method"] == "HEAD" else body, "more_body": False})
                    return
            if replaced:
                return  # the original 404's body is dropped
            await send(message)

        await app(scope, receive, send_or_replace)

    return wrapped
