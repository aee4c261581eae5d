"""Search finds threads by their titles, opening posts and comments on SQLite and PostgreSQL alike: ranked by
relevance then recency, one row per thread with its best excerpt, each filter narrowing, and nobody finding
what they may not read."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import Session

from forum.models import ThreadTag, utcnow
from forum.services.search import SearchScope, search
from forum.services.thread_view import Viewer
from tests.factories import make_tag
from tests.search.corpus import Forum, build, comment, thread


@pytest.fixture
def forum(db: Session) -> Forum:
    return build(db)


def slugs(db: Session, q: str, viewer: Viewer | None = None, **kw: object) -> list[str]:
    return [hit.thread_slug for hit in search(db, q, viewer, **kw).hits]


def test_a_word_finds_every_thread_that_mentions_it_once_each(db: Session, forum: Forum) -> None:
    results = search(db, "outage")
    assert sorted(h.thread_slug for h in results.hits) == ["outage", "refunds"]
    assert results.total == 2


def test_a_title_match_ranks_above_a_passing_mention_in_a_comment(db: Session, forum: Forum) -> None:
    assert slugs(db, "outage") == ["outage", "refunds"]


def test_equal_matches_are_ordered_by_latest_activity(db: Session, forum: Forum) -> None:
    older = thread(db, forum.ops, forum.maya, "Queue calm", "Warm transfers help.", slug="older", days_ago=9)
    newer = thread(db, forum.ops, forum.maya, "Queue calm", "Warm transfers help.", slug="newer", days_ago=8)
    db.commit()
    assert slugs(db, "warm transfers")[:2] == [newer.slug, older.slug]


def test_a_comment_match_deep_links_to_the_comment_with_a_marked_excerpt(db: Session, forum: Forum) -> None:
    [hit] = search(db, "escalation").hits
    assert hit.url == f"/c/{forum.maya_reply.id}" and hit.comment_id == forum.maya_reply.id
    assert "<mark>escalation</mark>" in hit.snippet_html and hit.author_handle == "maya"


def test_a_hit_carries_its_threads_tags_in_name_order(db: Session, forum: Forum) -> None:
    db.add(ThreadTag(thread_id=forum.outage.id, tag_id=make_tag(db, "Escalations & holds").id))
    db.commit()
    [hit] = search(db, "escalation").hits
    assert hit.tags == ["Escalations & holds", "Incidents"]
    assert [h.tags for h in search(db, "refund").hits] == [[]]


def test_a_title_or_opening_post_match_links_to_the_thread(db: Session, forum: Forum) -> None:
    [hit] = search(db, "night shift").hits
    assert hit.url == "/t/quiet" and hit.comment_id is None


def test_a_thread_with_several_matches_is_listed_once_with_its_count(db: Session, forum: Forum) -> None:
    comment(db, forum.outage, forum.omar, "Hold music made the hold feel longer.")
    db.commit()
    [hit] = search(db, "hold").hits
    assert hit.thread_slug == "outage" and hit.matches == 3


def test_a_quoted_phrase_matches_only_those_words_together(db: Session, forum: Forum) -> None:
    comment(db, forum.quiet, forum.omar, "We put callers on hold; response times improved.")
    db.commit()
    assert slugs(db, '"hold times"') == ["outage"]
    assert sorted(slugs(db, "hold times")) == ["outage", "quiet"]


def test_an_excluded_word_drops_the_matches_that_contain_it(db: Session, forum: Forum) -> None:
    assert slugs(db, "outage -refund") == ["outage"]
    assert slugs(db, 'callers -"hold times"') == ["refunds"]


def test_the_last_word_matches_as_a_prefix_while_typing(db: Session, forum: Forum) -> None:
    assert slugs(db, "escal") == ["outage"]
    assert slugs(db, "expected hol") == ["outage"]


def test_a_last_word_too_short_to_be_a_prefix_is_matched_whole(db: Session, forum: Forum) -> None:
    assert slugs(db, "esc") == ["outage"]
    assert slugs(db, "es") == []


def test_board_filter_keeps_that_boards_threads(db: Session, forum: Forum) -> None:
    assert slugs(db, "outage board:billing") == ["refunds"]
    assert search(db, "outage board:nowhere").notes == ["There is no board “nowhere”."]


def test_tag_filter_keeps_threads_with_that_tag_by_name_or_slug(db: Session, forum: Forum) -> None:
    assert slugs(db, "outage tag:incidents") == ["outage"]
    assert slugs(db, "tag:Incidents") == ["outage"]


def test_author_filter_and_handle_shorthand_keep_that_members_writing(db: Session, forum: Forum) -> None:
    assert slugs(db, "outage author:omar") == ["outage", "refunds"]
    [hit] = search(db, "hold @maya").hits
    assert hit.comment_id == forum.maya_reply.id


def test_date_filters_keep_what_was_written_in_the_range(db: Session, forum: Forum) -> None:
    three_days_ago = (utcnow() - timedelta(days=3, hours=12)).date()
    assert slugs(db, f"outage after:{three_days_ago.isoformat()}") == ["refunds"]
    assert slugs(db, f"outage before:{three_days_ago.isoformat()}") == ["outage"]


def test_in_title_searches_titles_only(db: Session, forum: Forum) -> None:
    assert slugs(db, "outage in:title") == ["outage"]
    assert slugs(db, "escalation in:title") == []


def test_filters_alone_list_matching_threads_newest_first(db: Session, forum: Forum) -> None:
    assert slugs(db, "board:ops") == ["quiet", "outage"]


def test_visitors_never_find_held_content_but_its_author_does_marked(db: Session, forum: Forum) -> None:
    held = comment(db, forum.quiet, forum.omar, "A zigzag rota kept the night shift awake.", status="pending")
    db.commit()
    assert slugs(db, "zigzag") == []
    assert slugs(db, "zigzag", Viewer(user_id=forum.maya.id)) == []
    [hit] = search(db, "zigzag", Viewer(user_id=forum.omar.id)).hits
    assert hit.comment_id == held.id and hit.status == "pending"


def test_moderators_search_held_and_removed_content_by_scope(db: Session, forum: Forum) -> None:
    comment(db, forum.quiet, forum.omar, "A zigzag rota kept the night shift awake.", status="pending")
    comment(db, forum.quiet, forum.omar, "Zigzag shoes are on sale at our shop.", status="removed")
    db.commit()
    moderator = Viewer(user_id=forum.sam.id, is_moderator=True)
    assert slugs(db, "zigzag", moderator) == []
    assert [h.status for h in search(db, "zigzag", moderator, scope="held").hits] == ["pending"]
    assert [h.status for h in search(db, "zigzag", moderator, scope="removed").hits] == ["removed"]
    assert search(db, "zigzag", moderator, scope=SearchScope.ALL).hits[0].matches == 2


def test_a_member_asking_for_a_moderator_scope_gets_the_public_one(db: Session, forum: Forum) -> None:
    comment(db, forum.quiet, forum.omar, "Zigzag shoes are on sale at our shop.", status="removed")
    db.commit()
    results = search(db, "zigzag", Viewer(user_id=forum.maya.id), scope="removed")
    assert results.scope is SearchScope.PUBLIC and results.hits == []


def test_threads_awaiting_review_stay_hidden_from_visitors(db: Session, forum: Forum) -> None:
    thread(db, forum.ops, forum.omar, "Zigzag rotas", "Held opening post.", slug="held", status="pending")
    db.commit()
    assert slugs(db, "zigzag") == []
    assert slugs(db, "zigzag", Viewer(user_id=forum.omar.id)) == ["held"]


def test_snippets_are_escaped_before_terms_are_marked(db: Session, forum: Forum) -> None:
    text = 'The zigzag <script>alert("x")</script> & <b>bold</b> claim.'
    comment(db, forum.quiet, forum.omar, text)
    db.commit()
    [hit] = search(db, "zigzag").hits
    assert "<script>" not in hit.snippet_html and "&lt;script&gt;" in hit.snippet_html
    assert hit.snippet_html.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_results_page_through_with_a_stable_total(db: Session, forum: Forum) -> None:
    for n in range(5):
        thread(db, forum.ops, forum.maya, f"Paging zigzag {n}", "Body.", slug=f"page-{n}", days_ago=n)
    db.commit()
    first, second = search(db, "zigzag", per_page=3), search(db, "zigzag", page=2, per_page=3)
    assert (first.total, first.page_count, len(first.hits), len(second.hits)) == (5, 2, 3, 2)
    assert not {h.thread_slug for h in first.hits} & {h.thread_slug for h in second.hits}


def test_a_very_common_word_examines_only_its_newest_matches_and_says_so(
        db: Session, forum: Forum, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(4):
        thread(db, forum.ops, forum.maya, f"Zigzag rota {n}", "Body.", slug=f"zig-{n}", days_ago=4 - n)
    db.commit()
    assert search(db, "zigzag").capped is False and search(db, "zigzag").total == 4
    monkeypatch.setattr("forum.services.search.SCAN", 2)
    results = search(db, "zigzag")
    assert results.capped and results.scanned == 2 and results.total == 2
    assert sorted(h.thread_slug for h in results.hits) == ["zig-2", "zig-3"]  # the newest two
    moderator = Viewer(user_id=forum.sam.id, is_moderator=True)
    everything = search(db, "zigzag", moderator, scope=SearchScope.ALL)  # moderators' scopes examine all
    assert not everything.capped and everything.total == 4


def test_visibility_applies_inside_the_window_so_hidden_matches_never_fill_a_page(
        db: Session, forum: Forum, monkeypatch: pytest.MonkeyPatch) -> None:
    comment(db, forum.quiet, forum.omar, "Zigzag rota one.", days_ago=2)
    comment(db, forum.quiet, forum.omar, "Zigzag rota two.", status="removed")
    db.commit()
    monkeypatch.setattr("forum.services.search.SCAN", 5)
    [hit] = search(db, "zigzag").hits
    assert hit.status == "published" and hit.matches == 1


HOSTILE = [
    "", "   ", "\x00", "a\x00b", "x" * 10_000, "word " * 2_000, '"', '"""', '"unbalanced', "-", "--", "- -",
    "*", "***", "()", ")(", "AND", "OR", "NOT", "NEAR", "NEAR(a b)", "a AND OR NOT b", "a NEAR/2 b",
    "title:outage", "{title}:x", "body_source:x", "^outage", "outage*", "'", "\\", "&|!:*<>", "a:b:c",
    "in:", "board:", "tag:", "@", "before:", "after:9999-99-99", "' OR 1=1 --", "'; DROP TABLE comments; --",
    "\u202e\u200b", "😀", "中文 搜索", "-outage", "or", "OR OR OR", '"or"', "!outage", "outage:*",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise_and_return_a_page(db: Session, forum: Forum, query: str) -> None:
    results = search(db, query)
    assert results.page == 1 and results.total >= len(results.hits)
    assert {h.thread_slug for h in results.hits} <= {"outage", "refunds", "quiet"}


def test_operators_are_searched_as_plain_words(db: Session, forum: Forum) -> None:
    comment(db, forum.quiet, forum.omar, "The NEAR and NOT keywords appear in this comment on rotas.")
    db.commit()
    assert slugs(db, "NEAR NOT rotas") == ["quiet"]
    assert slugs(db, "title:outage") == []  # a column filter is two words, "title" and "outage" together


def test_dates_that_cannot_be_read_are_reported_not_applied(db: Session, forum: Forum) -> None:
    results = search(db, "outage before:soon")
    assert len(results.hits) == 2 and results.notes == ["Ignored “before:soon”: not a filter this search understands."]
    assert results.query.before is None and date.today()
