"""Live threads by push: one watcher per worker, one small socket per open tab.

An open thread page connects to ``/_live/<thread id>``. The worker keeps, for every thread some tab on it
shows, the set of those tabs' sockets. One background task per worker asks the database for the versions of
all watched threads in a single query every ``POLL_SECONDS`` (``forum.services.page_versions``) and sends
``changed`` to the sockets of each thread whose version moved; the tab then fetches the comment list, which
for visitors comes out of the shared page cache. So idle readers cost the database one query per worker per
interval however many there are, and nothing at all when nobody watches. With several workers each has its
own watcher, and every tab hears of a change within one interval whichever worker committed it.

A tab opened by a moderator may show held comments, so its socket is registered with its session token and
re-checked every interval in the same pass (one more query, for staff sockets only): demoted, suspended or
signed out, the tab is told to refresh at once, and the refresh is drawn for who they are now.

``nudge()`` wakes this worker's watcher at once (after a member of this worker posts), so the poster's
other tabs and their neighbours on the same worker see the comment without waiting for the interval.

The socket carries no cookie-dependent data and accepts nothing from the client but its close; it is
refused unless its ``Origin`` is the site's own (``forum.settings``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from forum.db import session_scope
from forum.services.page_versions import thread_versions
from forum.services.sessions import still_staff

POLL_SECONDS = 2.0
MAX_TABS_PER_WORKER = 20_000
logger = logging.getLogger("forum.live")


def _read_versions(thread_ids: list[int], staff_tokens: list[str]) -> tuple[dict[int, str], set[str]]:
    """The watched threads' versions, and which staff tabs' sessions are still staff (two queries at most)."""
    with session_scope() as session:
        return thread_versions(session, thread_ids=thread_ids), still_staff(session, staff_tokens)


class ThreadWatcher:
    """This worker's watched threads and their subscribers; the polling task runs only while someone watches."""

    def __init__(self, poll_seconds: float = POLL_SECONDS) -> None:
        self.poll_seconds = poll_seconds
        self._subscribers: dict[int, set[asyncio.Queue[str]]] = {}
        self._seen: dict[asyncio.Queue[str], str] = {}  # each tab's queue -> the version its page shows
        self._staff: dict[asyncio.Queue[str], str] = {}  # queue of a staff tab -> its session token
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self.polls = 0  # database reads made, for tests and the benchmark

    @property
    def tab_count(self) -> int:
        return sum(len(queues) for queues in self._subscribers.values())

    def subscribe(self, thread_id: int, staff_token: str = "", version: str = "") -> asyncio.Queue[str]:
        """A queue that receives the thread's new version when it changes; ``staff_token`` marks a staff tab.

        ``version`` is the version of the page the tab shows (sent by the tab): a change committed between the
        page's render and the first poll is then still told, which a version first read at the poll would miss.
        """
        queue: asyncio.Queue[str] = asyncio.Queue(maxsize=1)
        self._subscribers.setdefault(thread_id, set()).add(queue)
        if version:
            self._seen[queue] = version
        if staff_token:
            self._staff[queue] = staff_token
        if self._task is None or self._task.done():
            self._wake = asyncio.Event()
            self._task = asyncio.create_task(self._run(), name="frontline-live-watcher")
        return queue

    def unsubscribe(self, thread_id: int, queue: asyncio.Queue[str]) -> None:
        self._staff.pop(queue, None)
        self._seen.pop(queue, None)
        queues = self._subscribers.get(thread_id)
        if queues is not None:
            queues.discard(queue)
            if not queues:
                del self._subscribers[thread_id]

    def nudge(self) -> None:
        """Check now rather than at the next interval (safe to call from any thread of this worker's loop)."""
        self._wake.set()

    async def _run(self) -> None:
        while self._subscribers:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.poll_seconds)
            self._wake.clear()
            watched = list(self._subscribers)
            if not watched:
                break
            staff = dict(self._staff)
            try:
                versions, still = await asyncio.to_thread(_read_versions, watched, sorted(set(staff.values())))
            except Exception:  # the database is away: try again next interval, keep the sockets open
                logger.exception("reading thread versions failed")
                continue
            self.polls += 1
            for queue, token in staff.items():
                if token not in still:  # no longer staff: refresh now, drawn for who they are now
                    self._staff.pop(queue, None)
                    if queue.empty():
                        queue.put_nowait("role")
            for thread_id, version in versions.items():
                for queue in list(self._subscribers.get(thread_id, ())):
                    seen = self._seen.get(queue)
                    self._seen[queue] = version
                    if seen is not None and seen != version:
                        _tell(queue, version)


def _tell(queue: asyncio.Queue[str], version: str) -> None:
    """Leave the newest news for the socket: an older version it has not sent yet gives way (a tab fetching
    for it could be served that older version, and would then never be told again); a pending role change
    stays, since it redraws everything anyway."""
    if not queue.empty() and queue.get_nowait() == "role":
        version = "role"
    queue.put_nowait(version)


watcher = ThreadWatcher()
