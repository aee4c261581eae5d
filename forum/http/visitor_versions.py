"""What a thread's version is, remembered for a moment, so a visitor's cached page costs no SQL at all.

A visitor's thread page comes from the shared page cache keyed by the thread's version and the members'
profile stamp (``forum.http.page_cache``), and reading those was still one aggregate query per view. Here a
worker remembers them per thread for :data:`TTL_SECONDS`, so under load a thread's version is read about once
a second whatever the number of visitors (Discourse keeps anonymous pages for much longer).

Freshness, and why a visitor never misses a change:
- Every commit in this process that wrote anything forgets all remembered versions (session events below),
  so on one worker — SQLite's deployment — a visitor's next view after any change is read afresh.
- With several workers, a change committed by another worker shows in this worker's pages at most
  :data:`TTL_SECONDS` later. An open tab is never left behind: its live socket tells it the new version, and
  the tab's fetch names that version (``?part=comments&w=<version>``); a remembered version that differs is
  not used for that fetch.
- Members never use this: their pages are drawn for them alone from a fresh read.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction

TTL_SECONDS = 1.0
MAX_THREADS = 4096
_WROTE = "frontline_wrote"

PageKey = tuple[int, str, str]  # (thread id, version, profile stamp), as page_versions.thread_page_key


class VisitorVersions:
    """Thread slug → (page key, when its read began), forgotten after :data:`TTL_SECONDS` or at any local write.

    A read that began before a local write committed is never remembered (the write's ``clear`` moves the
    generation on), so on one worker no view after a change is drawn from what was read before it."""

    def __init__(self, ttl: float = TTL_SECONDS, max_threads: int = MAX_THREADS) -> None:
        self._known: dict[str, tuple[PageKey, float]] = {}
        self._generation = 0
        self._lock = threading.Lock()
        self.ttl, self.max_threads = ttl, max_threads

    def get(self, slug: str, *, want: str = "") -> PageKey | None:
        """The remembered key of ``slug`` if its read began less than ``ttl`` ago (and, with ``want``, if its
        version is that one); else None."""
        with self._lock:
            known = self._known.get(slug)
        if known is None or time.monotonic() - known[1] >= self.ttl:
            return None
        if want and known[0][1] != want:
            return None
        return known[0]

    def remembered(self, slug: str, read: Callable[[], PageKey | None], *, want: str = "",
                   fresh: bool = False) -> PageKey | None:
        """The key of ``slug``: remembered (unless ``fresh``), else ``read()`` and remembered when no local
        write committed meanwhile. None when there is no such thread."""
        if not fresh and (known := self.get(slug, want=want)) is not None:
            return known
        with self._lock:
            generation = self._generation
        started = time.monotonic()
        key = read()
        if key is not None:
            with self._lock:
                if generation == self._generation:
                    if len(self._known) >= self.max_threads:
                        self._known.clear()  # a crawler walking every thread: start again rather than grow
                    self._known[slug] = (key, started)
        return key

    def put(self, slug: str, key: PageKey) -> PageKey:
        """Remember ``key`` as read now (tests: what another worker's stale memory looks like)."""
        with self._lock:
            self._known[slug] = (key, time.monotonic())
        return key

    def clear(self) -> None:
        with self._lock:
            self._known.clear()
            self._generation += 1


versions = VisitorVersions()


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, _context: object) -> None:
    session.info[_WROTE] = True


@event.listens_for(Session, "do_orm_execute")
def _executed(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_WROTE] = True


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    if session.in_nested_transaction():  # a savepoint released: the outer transaction has yet to commit
        return
    if session.info.pop(_WROTE, False):
        versions.clear()


@event.listens_for(Session, "after_soft_rollback")
def _rolled_back(session: Session, previous: SessionTransaction) -> None:
    if not previous.nested:  # a savepoint rolled back leaves the outer transaction's writes to commit
        session.info.pop(_WROTE, None)
