"""Reflex configuration for Frontline. Values come from ``forum.settings`` (``FRONTLINE_*`` variables).

Reflex's own ``REFLEX_*`` variables still override any field here (``REFLEX_API_URL`` for a plain-http
deployment on a real host name, for instance).
"""

import reflex as rx
from reflex.plugins.sitemap import SitemapPlugin

from forum.auth.origins import allowed_origins
from forum.settings import get_settings

_settings = get_settings()

config = rx.Config(
    app_name="forum",
    app_module_import="forum.app",
    db_url=_settings.database_url,
    redis_url=_settings.redis_url,
    frontend_port=_settings.port,
    backend_port=_settings.port,
    backend_host=_settings.host,
    # "localhost" is swapped for the page's own host name by the frontend, so the websocket (and the
    # HttpOnly session cookie it carries) always goes to the origin the page came from.
    api_url=f"http://localhost:{_settings.port}",
    deploy_url=_settings.site_url,
    # A tab's state lives until this long after its last event, on every state manager, even once the tab
    # has closed: only members' thread pages boot the app now, and a composer whose state expired binds
    # itself again on its next event (forum.state.composer), so a short life costs nothing visible.
    redis_token_expiration=_settings.tab_state_seconds,
    # Never "*": Reflex's CORS middleware runs with credentials, so "*" echoes any Origin back with
    # Access-Control-Allow-Credentials, and its socket.io server would accept any page's handshake.
    cors_allowed_origins=sorted(allowed_origins(_settings)),
    telemetry_enabled=False,
    show_built_with_reflex=False,
    plugins=[
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(appearance="inherit", accent_color="teal", gray_color="slate", radius="medium"),
        ),
    ],
    disable_plugins=[SitemapPlugin],  # /sitemap.xml is ours, built from the database
)
