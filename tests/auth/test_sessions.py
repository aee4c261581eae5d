"""Sign-in sessions: opaque tokens stored as hashes, expiry, sliding renewal, sign-out and sign-out everywhere."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlmodel import Session, select

from forum.models import SignInSession, utcnow
from forum.services.member_admin import suspend
from forum.services.sessions import (
    create_session,
    resolve_session,
    revoke_all_sessions,
    revoke_session,
    user_for_token,
)
from tests.factories import make_user


def test_only_the_hash_of_the_token_is_stored(session: Session) -> None:
    user = make_user(session, handle="maya")
    token = create_session(session, user.id, user_agent="pytest", client_ip="10.0.0.1")
    row = session.exec(select(SignInSession)).one()
    assert len(token) >= 43
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in {row.token_hash, row.user_agent, row.client_ip}


def test_a_valid_token_resolves_to_its_member_and_nothing_secret(session: Session) -> None:
    user = make_user(session, handle="maya", role="moderator")
    token = create_session(session, user.id)
    who = resolve_session(session, token)
    assert (who.user_id, who.handle, who.role) == (user.id, "maya", "moderator")
    assert set(vars(who)) == {"user_id", "handle", "display_name", "role", "renewed"}


def test_unknown_empty_and_oversized_tokens_resolve_to_nobody(session: Session) -> None:
    make_user(session)
    assert resolve_session(session, "not-a-token") is None
    assert resolve_session(session, "") is None
    assert resolve_session(session, None) is None
    assert resolve_session(session, "x" * 5000) is None


def test_an_expired_session_resolves_to_nobody_and_is_deleted(session: Session) -> None:
    user = make_user(session)
    start = utcnow()
    token = create_session(session, user.id, lifetime=timedelta(days=30), now=start)
    assert resolve_session(session, token, now=start + timedelta(days=29, hours=23)) is not None
    # (the resolve above renewed it; an idle month after that renewal ends it)
    assert resolve_session(session, token, now=start + timedelta(days=60)) is None
    assert session.exec(select(SignInSession)).all() == []


def test_a_session_in_use_slides_forward_at_most_once_a_day(session: Session) -> None:
    user = make_user(session)
    start = utcnow()
    lifetime = timedelta(days=30)
    token = create_session(session, user.id, lifetime=lifetime, now=start)
    assert not resolve_session(session, token, lifetime=lifetime, now=start + timedelta(hours=20)).renewed
    row = session.exec(select(SignInSession)).one()
    assert abs((row.expires_at - (start + lifetime)).total_seconds()) < 1  # not yet a day: unchanged

    later = start + timedelta(days=20)
    assert resolve_session(session, token, lifetime=lifetime, now=later).renewed
    session.refresh(row)
    assert abs((row.expires_at - (later + lifetime)).total_seconds()) < 1
    assert resolve_session(session, token, lifetime=lifetime, now=start + timedelta(days=45)) is not None


def test_signing_out_ends_only_this_browsers_session(session: Session) -> None:
    user = make_user(session)
    laptop, phone = create_session(session, user.id), create_session(session, user.id)
    assert revoke_session(session, laptop) is True
    assert resolve_session(session, laptop) is None
    assert resolve_session(session, phone) is not None
    assert revoke_session(session, laptop) is False


def test_signing_out_everywhere_ends_every_session_of_that_member_only(session: Session) -> None:
    maya, sam = make_user(session, handle="maya"), make_user(session, handle="sam")
    maya_tokens = [create_session(session, maya.id) for _ in range(3)]
    sams = create_session(session, sam.id)
    assert user_for_token(session, maya_tokens[0]) == maya.id
    assert revoke_all_sessions(session, maya.id) == 3
    assert all(resolve_session(session, t) is None for t in maya_tokens)
    assert resolve_session(session, sams) is not None


def test_suspending_a_member_signs_them_out_everywhere(session: Session) -> None:
    user = make_user(session, handle="maya")
    token = create_session(session, user.id)
    suspend(session, None, "maya", days=7)
    assert resolve_session(session, token) is None
    assert session.exec(select(SignInSession)).all() == []


def test_a_session_of_a_suspended_member_is_refused_even_if_it_survived(session: Session) -> None:
    user = make_user(session, handle="maya")
    token = create_session(session, user.id)
    user.suspended_until = utcnow() + timedelta(days=1)
    session.add(user)
    session.flush()
    assert resolve_session(session, token) is None


def test_a_session_used_every_day_still_ends_at_its_absolute_lifetime(session: Session) -> None:
    # Before: sliding renewal kept a busy (possibly stolen) token alive forever.
    user = make_user(session, handle="maya")
    start = utcnow()
    token = create_session(session, user.id, now=start)
    for day in range(2, 90, 2):  # used every other day: renewed again and again
        assert resolve_session(session, token, now=start + timedelta(days=day)) is not None
    row = session.exec(select(SignInSession)).one()
    assert row.expires_at <= start + timedelta(days=90)  # a renewal never reaches past the absolute end
    assert user_for_token(session, token, now=start + timedelta(days=90, seconds=1)) is None
    assert resolve_session(session, token, now=start + timedelta(days=90, seconds=1)) is None
    assert session.exec(select(SignInSession)).all() == []  # and the dead row is gone
