"""The scratch forum the ``read_path`` benchmark serves, and the SQL cost of one thread page, in process.

:func:`seed` migrates a database and fills it fast, through the same insert functions the services use
(``forum.bench.threads``): a 2,000-comment thread (400 conversations of five, so page 1 shows 20 top-level
comments with their 80 replies), a 20-comment thread, 16 small threads for the posting run, the posting
members (trusted, each with a sign-in session whose token goes in the ``frontline_session`` cookie) and an
admin who turns flood control off, as a forum tuned for a busy day would (the default allows 3 replies a
minute, and the posting run sends 20 per member in seconds).

:func:`page_sql` renders the thread page exactly as the server does (``forum.http.read_pages.render_thread``,
as a visitor) and counts the SQL statements of the first view (rendered) and of a repeat view (served from
the page cache), against that database.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

LARGE = "large"  # the slugs forum.bench.threads gives its two threads
SMALL = "small"
POSTERS = 16


@dataclass(frozen=True)
class Seeded:
    """What the benchmark needs to know about the scratch forum."""

    url: str
    threads: dict[str, int]  # slug -> id: "large", "small" and the posting threads
    post_slugs: list[str]  # one small thread per posting member
    tokens: list[str]  # session tokens of the posting members, in order
    handles: list[str]


def seed(url: str, *, posters: int = POSTERS) -> Seeded:
    """Migrate ``url`` and fill it (see the module docstring); a few seconds for the 2,000-comment thread."""
    from sqlmodel import select

    from forum.bench.threads import _fill
    from forum.db import create_db_engine, session_scope
    from forum.migrations import upgrade
    from forum.models import Board, Role, Thread, User
    from forum.services.lifecycle import add_thread
    from forum.services.policy_settings import save_policy
    from forum.services.sessions import create_session

    upgrade(url)
    _fill(url)  # board "bench", members bench0..bench19, threads "small" (20) and "large" (2,000)
    engine = create_db_engine(url)
    handles = [f"poster{i:02d}" for i in range(1, posters + 1)]
    post_slugs = [f"post-{i:02d}" for i in range(1, posters + 1)]
    with session_scope(engine) as session:
        admin = User(handle="benchadmin", display_name="Bench Admin", role=Role.ADMIN)
        members = [User(handle=h, display_name=h.title(), email=f"{h}@example.org", approved_count=2)
                   for h in handles]
        session.add_all([admin, *members])
        session.flush()
        save_policy(session, actor_id=admin.id, settings={"flood_per_minute": 0, "flood_per_hour": 0},
                    note="benchmark: flood control off")
        board = session.exec(select(Board).where(Board.slug == "bench")).one()
        for slug, member in zip(post_slugs, members, strict=True):
            add_thread(session, board=board, author=member, slug=slug, title=f"Posting thread {slug}",
                          source="Opening post for the posting run.", html="<p>Opening post for the posting run.</p>")
        tokens = [create_session(session, member.id) for member in members]  # type: ignore[arg-type]
        threads = {t.slug: t.id for t in session.exec(select(Thread)).all() if t.id is not None}
    engine.dispose()
    return Seeded(url=url, threads=threads, post_slugs=post_slugs, tokens=tokens, handles=handles)


@contextmanager
def _database(url: str) -> Iterator[None]:
    """Point the process-wide settings (and so ``session_scope()``) at ``url`` for the block."""
    from forum.http.page_cache import pages
    from forum.http.visitor_versions import versions
    from forum.settings import get_settings

    before = os.environ.get("FRONTLINE_DATABASE_URL")
    os.environ["FRONTLINE_DATABASE_URL"] = url
    get_settings.cache_clear()
    pages.clear()
    versions.clear()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("FRONTLINE_DATABASE_URL", None)
        else:
            os.environ["FRONTLINE_DATABASE_URL"] = before
        get_settings.cache_clear()
        pages.clear()


@dataclass(frozen=True)
class PageCost:
    """Page 1 of a thread as a visitor gets it: SQL statements (first and repeat view), comments, size."""

    first_sql: int
    cached_sql: int
    comments: int
    html_bytes: int


def page_sql(url: str, slug: str = LARGE) -> PageCost:
    """What page 1 of ``slug`` costs: rendered once (a first view), then again (served by the page cache)."""
    import sqlalchemy as sa

    from forum.db import get_engine
    from forum.http.read_pages import render_thread

    counts: list[int] = []
    with _database(url):
        engine = get_engine()
        statements: list[str] = []

        def count(*args: object) -> None:
            statements.append(str(args[2]))

        sa.event.listen(engine, "before_cursor_execute", count)
        try:
            html = ""
            for _ in range(2):
                statements.clear()
                rendered = render_thread(None, slug, 1, "", f"/t/{slug}")
                if rendered.status != 200:
                    raise RuntimeError(f"/t/{slug} answered {rendered.status}")
                counts.append(len(statements))
                html = rendered.html
        finally:
            sa.event.remove(engine, "before_cursor_execute", count)
            engine.dispose()
    return PageCost(first_sql=counts[0], cached_sql=counts[1], comments=html.count('<div class="comment" id='),
                    html_bytes=len(html.encode()))
