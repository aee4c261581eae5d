"""The live sockets' own small server, inside each web worker: ``/_live/<thread id>`` on ``FRONTLINE_LIVE_PORT``.

Why a second listener: granian, the app server Reflex runs, builds every websocket with tungstenite's default
configuration, which allocates a 128 KiB read buffer per socket when it opens and offers no setting for it, so an
idle reader's tab cost 100–140 KB of the worker's memory. The live socket only ever sends a version string, so
it is served here by uvicorn with the ``wsproto`` protocol (about 25 KB a socket) on the same event loop as the
app: it shares the worker's watcher (forum.live), so nothing else changes. Every worker binds the port with
``SO_REUSEPORT`` and the kernel spreads new sockets over them. (Any other process of the same user that binds the
port with ``SO_REUSEPORT`` would share it too: give each instance its own ``FRONTLINE_LIVE_PORT``.)

``FRONTLINE_LIVE_PORT=0`` turns it off: the pages then open the same route on the main port (granian).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Iterator

import uvicorn
from starlette.applications import Starlette

from forum.http.live_routes import live_routes
from forum.settings import get_settings

log = logging.getLogger("frontline.live")
_listening = [False]  # whether this worker's listener is up: until it is, its pages use the main port
MAX_INBOUND_BYTES = 4096  # the client sends nothing but its close
SHUTDOWN_SECONDS = 2  # open live sockets get this long to close when the worker stops (Reflex waits 5 s)


class _EmbeddedServer(uvicorn.Server):
    """uvicorn's server without its signal handlers: the app server that owns the process handles signals, and
    cancelling the task that runs :meth:`serve` stops this one."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def _listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)  # one listener per worker, the kernel balances
        sock.bind((host, port))
        sock.listen(1024)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def live_app() -> Starlette:
    return Starlette(routes=live_routes())


async def serve_live_sockets() -> None:
    """Serve the live sockets on ``FRONTLINE_LIVE_PORT`` until cancelled (a Reflex lifespan task)."""
    settings = get_settings()
    if not settings.live_port:
        return
    # log_config=None: uvicorn would otherwise reconfigure the whole process's logging (dictConfig)
    config = uvicorn.Config(live_app(), ws="wsproto", http="h11", lifespan="off", log_level="warning",
                            log_config=None, access_log=False, ws_max_size=MAX_INBOUND_BYTES, proxy_headers=False,
                            timeout_graceful_shutdown=SHUTDOWN_SECONDS)
    server = _EmbeddedServer(config)
    try:
        sock = _listening_socket(settings.host, settings.live_port)
    except (OSError, AttributeError, OverflowError) as exc:  # no SO_REUSEPORT here, a bad port, a taken one
        log.error("live sockets stay on the main port: cannot listen on %s:%d (%s)", settings.host,
                  settings.live_port, exc)
        return
    _listening[0] = True
    try:
        await server.serve(sockets=[sock])
    except asyncio.CancelledError:
        # uvicorn shuts down only when its main loop returns, and a cancel comes out of that loop: close the
        # listener and the open sockets here, shielded, so the event loop keeps no watch on a closed socket.
        _listening[0] = False
        server.should_exit = True
        await asyncio.shield(server.shutdown(sockets=[sock]))
        raise
    finally:
        _listening[0] = False


def live_page_port() -> int:
    """The port this worker's pages open their live sockets on, or 0 for their own origin (see Settings)."""
    return get_settings().live_page_port if _listening[0] else 0
