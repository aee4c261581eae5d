"""The live preview and the submit that follows share one policy review of the same text."""

from __future__ import annotations

from sqlmodel import Session

from forum.policy import AuthorContext, PolicySettings
from forum.services import review_memo
from forum.services.posting import post_comment, preview_comment
from tests.factories import VALUABLE, World, make_world


def test_the_same_text_settings_and_author_are_reviewed_once(monkeypatch) -> None:
    calls: list[str] = []
    real = review_memo.review_comment

    def counting(text: str, **kw: object):
        calls.append(text)
        return real(text, **kw)

    monkeypatch.setattr(review_memo, "review_comment", counting)
    settings, author = PolicySettings(), AuthorContext()
    first = review_memo.review_once(VALUABLE + " once", settings=settings, author=author)
    second = review_memo.review_once(VALUABLE + " once", settings=settings, author=author)
    assert first is second and calls == [VALUABLE + " once"]

    review_memo.review_once(VALUABLE + " once", settings=PolicySettings(brief_word_limit=500), author=author)
    assert len(calls) == 2, "changed settings are a new review"


def test_publishing_after_a_preview_reviews_the_text_only_once(session: Session, monkeypatch) -> None:
    world: World = make_world(session)
    calls: list[str] = []
    real = review_memo.review_comment
    monkeypatch.setattr(review_memo, "review_comment", lambda text, **kw: calls.append(text) or real(text, **kw))
    text = VALUABLE + " Previewed, then sent."

    preview_comment(session, actor_id=world.member.id, text=text)
    outcome = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=text)

    assert outcome.decision == "publish" and calls == [text]
