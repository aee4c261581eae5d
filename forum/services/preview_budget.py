"""How many live previews a tab and a member may ask for: token buckets, so a flood cannot buy CPU.

Issue 10: previews were unlimited, and 24 crafted messages kept a worker busy for 145 s. Each preview now
spends tokens from two buckets, and is skipped (the member keeps the last verdict and is told the check is
paused) when either is empty:

- **per tab** (kept in the composer's own state, so it follows the tab to whichever worker serves it):
  :data:`TAB_BUDGET`;
- **per member** (all their tabs together, kept in this process): :data:`MEMBER_BUDGET`.

A preview costs more the longer the text (:func:`preview_cost`): one token, plus one per
:data:`CHARS_PER_TOKEN` characters, so the worst case (a text at the length cap) can only be asked for
every few seconds. The server's review on *submit* is never limited here (flood control governs posting),
so a paused preview never blocks publishing. Limits are per worker process: with N workers a member who
spreads tabs across them gets at most N times the member budget, still bounded.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

CHARS_PER_TOKEN = 4_000
MAX_MEMBERS_TRACKED = 10_000
PAUSED = "Live checking is paused for a few seconds (too many checks at once); your text is kept and is " \
         "still reviewed when you send it."


@dataclass(frozen=True)
class Budget:
    """A bucket of ``capacity`` tokens, refilled at ``per_second``."""

    capacity: float
    per_second: float


TAB_BUDGET = Budget(capacity=12, per_second=1.0)
MEMBER_BUDGET = Budget(capacity=20, per_second=1.5)


@dataclass
class Bucket:
    """Tokens left and when they were counted (``time.time()``: comparable across processes of a host)."""

    tokens: float
    updated: float

    @classmethod
    def full(cls, budget: Budget, now: float | None = None) -> Bucket:
        return cls(tokens=budget.capacity, updated=time.time() if now is None else now)

    def refill(self, budget: Budget, now: float) -> None:
        elapsed = max(0.0, now - self.updated)
        self.tokens = min(budget.capacity, self.tokens + elapsed * budget.per_second)
        self.updated = now

    def can_take(self, budget: Budget, cost: float, now: float) -> bool:
        self.refill(budget, now)
        return self.tokens >= cost

    def take(self, cost: float) -> None:
        self.tokens -= cost


def preview_cost(text: str) -> float:
    """Tokens a preview of ``text`` costs: 1, plus 1 per CHARS_PER_TOKEN characters."""
    return 1.0 + len(text) / CHARS_PER_TOKEN


class MemberBudgets:
    """Per-member buckets in this process (bounded: the least recently used member is forgotten first)."""

    def __init__(self, budget: Budget = MEMBER_BUDGET, max_members: int = MAX_MEMBERS_TRACKED) -> None:
        self.budget = budget
        self.max_members = max_members
        self._buckets: OrderedDict[int, Bucket] = OrderedDict()
        self._lock = threading.Lock()

    def bucket(self, user_id: int, now: float) -> Bucket:
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = Bucket.full(self.budget, now)
            while len(self._buckets) > self.max_members:
                self._buckets.popitem(last=False)
        self._buckets.move_to_end(user_id)
        return bucket

    def allow(self, user_id: int, text: str, tab: Bucket, tab_budget: Budget = TAB_BUDGET,
              now: float | None = None) -> bool:
        """Spend the preview's cost from the tab's and the member's buckets; False (nothing spent) if short."""
        now = time.time() if now is None else now
        cost = preview_cost(text)
        with self._lock:
            member = self.bucket(user_id, now)
            if not (tab.can_take(tab_budget, cost, now) and member.can_take(self.budget, cost, now)):
                return False
            tab.take(cost)
            member.take(cost)
            return True


MEMBERS = MemberBudgets()
