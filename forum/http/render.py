"""Server-side HTML for the public pages: one Jinja environment, autoescaping on, and the shared chrome.

Everything a member wrote reaches these templates either as text (escaped here) or as the policy engine's
sanitised HTML (``html``, ``body_html``, ``bio_html``: marked ``|safe`` or passed through the ``mentions``
filter, which links ``@handle`` in its text, in the templates and nowhere else), or as a search excerpt
(``snippet_html``: escaped text whose only tags are the ``<mark>`` the search service adds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from forum.http.avatar_markup import avatar
from forum.http.shell import AppShell, app_shell
from forum.models.vocab import CommentStatus, Role, ThreadStatus, WatchLevel
from forum.policy.mentions import link_mentions
from forum.policy.permissions import can_administer, can_moderate
from forum.routes import GUIDELINES
from forum.settings import get_settings

TEMPLATES = Path(__file__).parent / "templates"
# React hydrates <head> by position: whitespace between its tags would be a node it does not expect.
_BETWEEN_TAGS = re.compile(r">\s+<")

# The colour mode script Reflex's own shell runs first, so server pages and app pages agree on light/dark.
THEME_SCRIPT = Markup(
    "try{var t=localStorage.getItem('theme')||'system',d=matchMedia('(prefers-color-scheme: dark)').matches,"
    "r=t==='system'?(d?'dark':'light'):t;document.documentElement.classList.add(r);"
    "document.documentElement.style.colorScheme=r}catch(e){}"
)
_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 24 24" fill="none" '
        'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">'
        '{paths}</svg>')
ICON_LOGO = Markup(_SVG.format(size=22, paths=(
    '<path d="M16 10a2 2 0 0 1-2 2H6.828a2 2 0 0 0-1.414.586l-2.202 2.202A.71.71 0 0 1 2 14.286V4a2 2 0 0 1 2-2h10'
    'a2 2 0 0 1 2 2z"/><path d="M20 9a2 2 0 0 1 2 2v10.286a.71.71 0 0 1-1.212.502l-2.202-2.202A2 2 0 0 0 17.172 19'
    'H10a2 2 0 0 1-2-2v-1"/>')))
ICON_BELL = Markup(_SVG.format(size=18, paths=(
    '<path d="M10.268 21a2 2 0 0 0 3.464 0"/><path d="M3.262 15.326A1 1 0 0 0 4 17h16a1 1 0 0 0 .74-1.673C19.41 '
    '13.956 18 12.499 18 8A6 6 0 0 0 6 8c0 4.499-1.411 5.956-2.738 7.326"/>')))
ICON_THEME = Markup(_SVG.format(size=20, paths=(
    '<circle cx="12" cy="12" r="4"/><path d="M12 2v2"/><path d="M12 20v2"/><path d="m4.93 4.93 1.41 1.41"/>'
    '<path d="m17.66 17.66 1.41 1.41"/><path d="M2 12h2"/><path d="M20 12h2"/><path d="m6.34 17.66-1.41 1.41"/>'
    '<path d="m19.07 4.93-1.41 1.41"/>')))


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """"1 reply", "3 replies"."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


class Urls:
    """Public URLs of the read pages (the one place templates build them)."""

    guidelines = GUIDELINES

    @staticmethod
    def board(slug: str) -> str:
        return "/b/" + quote(slug)

    @staticmethod
    def thread(slug: str, page: int = 1) -> str:
        return "/t/" + quote(slug) + (f"?page={page}" if page > 1 else "")

    @staticmethod
    def reply(slug: str) -> str:
        """Where a thread's plain reply form posts (``forum.http.reply_form``)."""
        return "/t/" + quote(slug) + "/reply"

    @staticmethod
    def profile(handle: str) -> str:
        return "/u/" + quote(handle)

    @staticmethod
    def tag(name: str) -> str:
        return "/tag/" + quote(name.lower().replace(" ", "-"), safe="")


@dataclass(frozen=True)
class Pager:
    """Previous/next links of a paged list at ``base`` (``?page=N``; page 1 is the bare URL)."""

    base: str
    page: int
    page_count: int

    def url(self, page: int) -> str:
        return self.base + (f"?page={page}" if page > 1 else "")


@dataclass(frozen=True)
class ViewerChrome:
    """Who the header is drawn for. Only display data: authorisation never reads this."""

    signed_in: bool = False
    handle: str = ""
    name: str = ""
    role: str = Role.VISITOR
    unread: int = 0
    queue: int = 0
    csrf_token: str = ""  # for the header's sign-out form (a POST: a link another site could fire is not)

    @property
    def is_moderator(self) -> bool:
        return can_moderate(self.role)

    @property
    def is_admin(self) -> bool:
        return can_administer(self.role)

    @property
    def profile_url(self) -> str:
        return Urls.profile(self.handle)


VISITOR = ViewerChrome()

_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                   trim_blocks=True, lstrip_blocks=True, auto_reload=False)
WATCH_LEVELS = (  # (WatchLevel value, button label, hover text) for the thread page's watch control
    (WatchLevel.WATCHING.value, "Watch", "Notify me of every new comment"),
    (WatchLevel.TRACKING.value, "Track", "Notify me only of replies to me and mentions of me"),
    (WatchLevel.MUTED.value, "Mute", "Never notify me about this thread"),
)

_env.filters["mentions"] = lambda html: Markup(link_mentions(str(html)))  # only on the engine's sanitised HTML
_env.globals.update(counted=counted, watch_levels=WATCH_LEVELS, avatar=avatar, urls=Urls, CommentStatus=CommentStatus,
                    ThreadStatus=ThreadStatus, Role=Role, theme_script=THEME_SCRIPT, icon_logo=ICON_LOGO,
                    icon_bell=ICON_BELL, icon_theme=ICON_THEME)


def render(template: str, *, path: str, title: str, viewer: ViewerChrome = VISITOR, boot_app: bool = False,
           description: str = "", noindex: bool = False, head_extra: str = "", shell: AppShell | None = None,
           **context: Any) -> str:
    """A whole page: ``template`` (extending base.html) with the chrome for ``viewer``.

    ``boot_app`` appends the built Reflex shell so the interactive app starts on top of the page; it is
    ignored when there is no build (the page is complete without it). ``head_extra`` (``forum.seo``'s head
    tags: title, description, canonical, previews, JSON-LD) replaces the plain title and description.
    """
    shell = shell if shell is not None else app_shell()
    return _env.get_template(template).render(
        path=path, title=title, viewer=viewer, boot_app=boot_app and shell.built, description=description,
        noindex=noindex, head_extra=Markup(_BETWEEN_TAGS.sub("><", head_extra)), shell=_MarkupShell(shell),
        site_name=get_settings().site_name, **context,
    )


def render_fragment(template: str, **context: Any) -> str:
    """A template on its own (the live comment list), without the page around it."""
    return _env.get_template(template).render(**context)


def template_module(template: str, **context: Any) -> Any:
    """``template``'s macros as callables, bound to ``context`` (``forum.http.comment_blocks``)."""
    return _env.get_template(template).make_module(context)


@dataclass(frozen=True)
class _MarkupShell:
    """The shell's parts as trusted markup: they come from our own build, never from a person."""

    shell: AppShell

    @property
    def stylesheet(self) -> str:
        return self.shell.stylesheet

    @property
    def head(self) -> Markup:
        return Markup(self.shell.head)

    @property
    def body(self) -> Markup:
        return Markup(self.shell.body)
