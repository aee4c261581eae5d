"""A drawn comment block is shared only between viewers who would see the same thing, and never outlives a
change to what it shows."""

from __future__ import annotations

from dataclasses import replace

from forum.http.comment_blocks import comment_block
from forum.services.thread_view import CommentView


def _view(**changes: object) -> CommentView:
    view = CommentView(id=7, parent_id=0, depth=0, author_handle="ana", author_name="Ana", html="<p>First words</p>",
                       status="published", created="just now", created_iso="2026-11-29T14:00:00+00:00", edited=False,
                       reply_count=0)
    return replace(view, **changes)


def test_the_same_comment_for_the_same_kind_of_viewer_is_drawn_once() -> None:
    first = comment_block(_view(), signed_in=True, signin_url="/signin")
    assert comment_block(_view(), signed_in=True, signin_url="/signin") is first


def test_an_edit_a_new_name_or_the_authors_own_view_draw_it_again() -> None:
    base = comment_block(_view(), signed_in=True, signin_url="/signin")
    edited = comment_block(_view(html="<p>Better words</p>", edited=True), signed_in=True, signin_url="/signin")
    renamed = comment_block(_view(author_name="Ana B."), signed_in=True, signin_url="/signin")
    own = comment_block(_view(is_own=True), signed_in=True, signin_url="/signin")
    visitor = comment_block(_view(), signed_in=False, signin_url="/signin")
    assert "Better words" in edited and "First words" not in edited and "Ana B." in renamed
    assert "comment-edit" in own and "comment-edit" not in base and "comment-report" in base
    assert "comment-reply" not in visitor and "comment-reply" in base
