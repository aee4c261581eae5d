"""The one module that wires Frontline together: the Reflex app, its pages and our HTTP routes."""

from __future__ import annotations

import reflex as rx

import forum.models  # noqa: F401  (every table registered before Reflex checks migrations)
from forum import routes
from forum.components.drafts import offline_banner
from forum.components.islands import keep_server_page_wrap
from forum.http import api
from forum.http.live_server import serve_live_sockets
from forum.http.not_found import not_found_pages
from forum.mail.worker import lifespan_task as mail_worker
from forum.pages.accounts import register_page, signin_page, welcome_page
from forum.pages.admin_policy import admin_policy_page
from forum.pages.home import server_rendered_page
from forum.pages.mod_log import mod_log_page
from forum.pages.mod_queue import queue_page
from forum.pages.mod_tags import mod_tags_page
from forum.pages.new_thread import new_thread_page
from forum.pages.notifications import notifications_page
from forum.pages.profile import profile_page, profile_settings_page
from forum.pages.thread import thread_page
from forum.settings import get_settings
from forum.state.accounts import AuthPageState
from forum.state.admin_policy import PolicyAdminState
from forum.state.comment_actions import CommentActionsState
from forum.state.composer import ComposerState
from forum.state.mod_log import ModLogState
from forum.state.moderation import QueueState
from forum.state.new_thread import NewThreadState
from forum.state.notifications import NotificationsState
from forum.state.pages import ThreadState
from forum.state.profile import ProfileSettingsState, ProfileState
from forum.state.session import SessionState
from forum.state.tag_admin import TagAdminState

app = rx.App(
    stylesheets=["/styles.css"],
    api_transformer=[api.build(), not_found_pages],
    head_components=[rx.el.link(rel="icon", href="/favicon.svg", type="image/svg+xml"),
                     rx.el.script(src="/search_key.js", defer=True)],
    # (5, "Overlay") replaces Reflex's connection toast (it names the socket's URL) with a plain banner
    extra_app_wraps={(3, "KeepServerPage"): keep_server_page_wrap, (5, "Overlay"): offline_banner},
)
SITE = get_settings().site_name  # FRONTLINE_SITE_NAME: every page title starts with it
# Every page's first on_load is SessionState.load_viewer: who is signed in, from the HttpOnly cookie. Pages
# with a role check it again on load, and every handler that writes re-resolves the session cookie
# (forum.state.session.require_user).
_viewer = SessionState.load_viewer
# Pages of one person's account or of the staff: never indexed (the public pages carry their own head tags).
PRIVATE = [{"name": "robots", "content": "noindex, nofollow"}]
# The public pages are server-rendered (forum.http.read_pages answers their URLs first); these routes hold
# what the app adds on top of them, and reload the document when reached by a client-side link.
app.add_page(server_rendered_page, route=routes.HOME, title=f"{SITE} — boards")
app.add_page(server_rendered_page, route=routes.BOARD, title=f"{SITE} — board")
app.add_page(thread_page, route=routes.THREAD, title=f"{SITE} — thread",
             on_load=[_viewer, ThreadState.load, ComposerState.load, CommentActionsState.load])
app.add_page(signin_page, route=routes.SIGN_IN, meta=PRIVATE,
             title=f"{SITE} — sign in", on_load=[_viewer, AuthPageState.load])
app.add_page(register_page, route=routes.REGISTER, meta=PRIVATE,
             title=f"{SITE} — join", on_load=[_viewer, AuthPageState.load])
app.add_page(welcome_page, route=routes.WELCOME, meta=PRIVATE,
             title=f"{SITE} — welcome", on_load=[_viewer, AuthPageState.load])
app.add_page(profile_page, route=routes.PROFILE, title=f"{SITE} — member", on_load=[_viewer, ProfileState.load])
app.add_page(profile_settings_page, route=routes.PROFILE_SETTINGS, meta=PRIVATE, title=f"{SITE} — your profile",
             on_load=[_viewer, ProfileSettingsState.load])
app.add_page(new_thread_page, route=routes.NEW_THREAD, meta=PRIVATE, title=f"{SITE} — new thread",
             on_load=[_viewer, NewThreadState.load])
app.add_page(notifications_page, route=routes.NOTIFICATIONS, meta=PRIVATE, title=f"{SITE} — notifications",
             on_load=[_viewer, NotificationsState.load])
app.add_page(queue_page, route=routes.MOD_QUEUE, meta=PRIVATE,
             title=f"{SITE} — review queue", on_load=[_viewer, QueueState.load])
app.add_page(mod_log_page, route=routes.MOD_LOG, meta=PRIVATE,
             title=f"{SITE} — moderation log", on_load=[_viewer, ModLogState.load])
app.add_page(mod_tags_page, route=routes.MOD_TAGS, meta=PRIVATE,
             title=f"{SITE} — tags", on_load=[_viewer, TagAdminState.load])
app.add_page(admin_policy_page, route=routes.ADMIN_POLICY, meta=PRIVATE, title=f"{SITE} — comment policy",
             on_load=[_viewer, PolicyAdminState.load])
# Mail: the embedded worker drains the outbox from the web process (FRONTLINE_MAIL_WORKER=off when
# `python -m forum mail worker` runs separately); see docs/mail.md.
app.register_lifespan_task(mail_worker)
# The live sockets' own listener (FRONTLINE_LIVE_PORT): an idle reader's tab costs a quarter of the memory there.
app.register_lifespan_task(serve_live_sockets)
