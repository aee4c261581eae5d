"""``/_live/<thread id>``: the socket an open thread page listens on (see ``forum.live`` for the design).

The socket carries nothing but the thread's new version, which is public (no cookie-dependent data), so a
tab already showing it (it put its own new comment in place) fetches nothing; it accepts nothing from the
client but its close, and is refused unless its ``Origin`` is the site's own.
"""

from __future__ import annotations

import asyncio
import contextlib

from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from forum.auth.cookies import SESSION_COOKIE, cookie_value
from forum.db import session_scope
from forum.http.origins import allowed_origins
from forum.live import MAX_TABS_PER_WORKER, watcher
from forum.services.sessions import still_staff
from forum.settings import get_settings


def origin_allowed(origin: str | None) -> bool:
    """Only the site's own pages may open a live socket: the same origins as the app's event socket (checked
    again here so the route is safe on its own, whatever middleware wraps it)."""
    return origin is not None and origin.rstrip("/") in allowed_origins(get_settings())


async def live_thread(websocket: WebSocket) -> None:
    """Tell one tab whenever the thread it shows changes; see the module docstring."""
    if not origin_allowed(websocket.headers.get("origin")) or watcher.tab_count >= MAX_TABS_PER_WORKER:
        await websocket.close(code=1008)
        return
    thread_id = int(websocket.path_params["thread_id"])
    await websocket.accept()
    version = websocket.query_params.get("v", "")[:200]  # the version of the page the tab shows
    queue = watcher.subscribe(thread_id, staff_token=await asyncio.to_thread(_staff_token, websocket),
                              version=version)
    closed = asyncio.ensure_future(_until_closed(websocket))
    try:
        while True:
            changed = asyncio.ensure_future(queue.get())
            done, _ = await asyncio.wait({changed, closed}, return_when=asyncio.FIRST_COMPLETED)
            if closed in done:
                changed.cancel()
                break
            await websocket.send_text(changed.result())  # the new version ("role": drawn for a new role)
    except (WebSocketDisconnect, RuntimeError):
        pass
    finally:
        closed.cancel()
        watcher.unsubscribe(thread_id, queue)


def _staff_token(websocket: WebSocket) -> str:
    """The socket's session token when it belongs to a moderator or admin now (their tab may show held
    comments, so the watcher re-checks it every interval); "" for everyone else."""
    token = cookie_value(websocket.headers.get("cookie"), SESSION_COOKIE)
    if not token:
        return ""
    with session_scope() as session:
        return token if still_staff(session, [token]) else ""


async def _until_closed(websocket: WebSocket) -> None:
    with contextlib.suppress(WebSocketDisconnect, RuntimeError):
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                return


def live_routes() -> list[WebSocketRoute]:
    return [WebSocketRoute("/_live/{thread_id:int}", live_thread)]
