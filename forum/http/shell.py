"""The Reflex app's built shell, taken apart so server-rendered pages can boot the app on top of themselves.

``reflex run --env prod`` builds ``.web/build/client/__spa-fallback.html``: the document React Router
hydrates for any route it has no prerendered file for. A server-rendered page that needs the interactive
app (a member's thread page: composer, comment menus) copies that shell's module preloads into its
``<head>`` and the shell's ``<body>`` after its own content. React hydrates the shell's nodes and skips the
server's (React 19 passes over unexpected elements directly under ``<body>``), so the page a person is
already reading stays on screen while the app boots. React hydrates ``<head>`` and ``<body>`` by position
too, so such a page copies the shell's ``<head>`` verbatim (its colour-mode script included) and leaves no
whitespace between the document's top-level elements; the app then renders its islands into slots of that
page (see ``assets/islands.js``).

Without a build (unit tests, a checkout that never ran ``make run``) the shell is empty: pages still render,
with our own stylesheet only and no app.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_STYLESHEET = re.compile(r'<link href="(/assets/__reflex_global_styles-[^"]+\.css)" rel="stylesheet"')
_HEAD = re.compile(r"<head>(.*)</head>", re.S)
_BODY = re.compile(r"<body>(.*)</body>", re.S)


@dataclass(frozen=True)
class AppShell:
    """What a server page needs from the built app: its stylesheet, the head preloads and the body to boot."""

    stylesheet: str = ""
    head: str = ""  # the shell's whole <head> content, as React expects to find it
    body: str = ""

    @property
    def built(self) -> bool:
        return bool(self.body)


_cache: dict[Path, tuple[float, AppShell]] = {}


def web_dir() -> Path:
    """Reflex's work directory (``REFLEX_WEB_WORKDIR``, default ``.web``), as Reflex itself resolves it."""
    from reflex.utils.prerequisites import get_web_dir

    return Path(get_web_dir())


def parse_shell(html: str) -> AppShell:
    """Split a built ``__spa-fallback.html`` into the parts a server page reuses."""
    stylesheet = _STYLESHEET.search(html)
    head = _HEAD.search(html)
    body = _BODY.search(html)
    return AppShell(
        stylesheet=stylesheet.group(1) if stylesheet else "",
        head=head.group(1) if head else "",
        body=body.group(1) if body else "",
    )


def app_shell() -> AppShell:
    """The current build's shell, re-read when the file changes; an empty shell when there is no build."""
    path = web_dir() / "build" / "client" / "__spa-fallback.html"
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return AppShell()
    cached = _cache.get(path)
    if cached is None or cached[0] != mtime:
        cached = (mtime, parse_shell(path.read_text(encoding="utf-8")))
        _cache[path] = cached
    return cached[1]
