"""A small cache of rendered public pages, shared by every request a worker serves.

Keys name what was rendered and the version of the data it came from (``("thread", slug, page, part,
version, profiles)``), so an entry is never stale: a change to the thread gives its pages a new version, a
member's new avatar or name a new profile stamp (``forum.services.page_versions``), and the old entries simply
age out. Only pages drawn for visitors are cached; a signed-in person's page carries their own menus and
their own held comments and is rendered for them alone.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

MAX_ENTRIES = 512


class PageCache:
    """A thread-safe LRU of strings with hit and miss counts (the benchmark prints them)."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self._entries: OrderedDict[Hashable, str] = OrderedDict()
        self._lock = threading.Lock()
        self.max_entries = max_entries
        self.hits = 0
        self.misses = 0

    def get_or_render(self, key: Hashable, render: Callable[[], str]) -> str:
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                self.hits += 1
                return self._entries[key]
            self.misses += 1
        html = render()  # outside the lock: two renders of one key are harmless, a blocked worker is not
        with self._lock:
            self._entries[key] = html
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
        return html

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


pages = PageCache()
