"""Registering a local account: what is accepted, what is refused, and that only a hash is stored."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from forum.models import User
from forum.services.accounts import MAX_PASSWORD, register
from forum.services.errors import InvalidInput
from forum.services.passwords import verify_password
from tests.auth.conftest import PASSWORD


def _register(session: Session, **overrides: str) -> object:
    fields = {"handle": "maya", "display_name": "Maya Lin", "email": "maya@example.org", "password": PASSWORD}
    fields.update(overrides)
    return register(session, **fields)


def test_a_new_member_is_created_with_a_hashed_password_and_the_member_role(session: Session) -> None:
    account = _register(session, handle="  Maya_L ", email="Maya@Example.org")
    user = session.exec(select(User).where(User.handle == "maya_l")).one()
    assert account.handle == "maya_l" and account.role == "member"
    assert user.email == "maya@example.org"
    assert user.password_hash != PASSWORD and user.password_hash.startswith("$argon2id$")
    assert verify_password(user.password_hash, PASSWORD)


@pytest.mark.parametrize("handle", ["ab", "a" * 21, "maya-lin", "maya lin", "máya", "admin", ""])
def test_handles_outside_the_allowed_pattern_or_reserved_are_refused(session: Session, handle: str) -> None:
    with pytest.raises(InvalidInput):
        _register(session, handle=handle)


def test_a_handle_is_unique_whatever_its_case(session: Session) -> None:
    session.add(User(handle="Sam", display_name="Sam", email="sam@example.org"))  # an older, mixed-case row
    session.flush()
    with pytest.raises(InvalidInput, match="taken"):
        _register(session, handle="sam")


def test_an_email_can_belong_to_one_account_only_and_registration_does_not_reveal_it(session: Session) -> None:
    first = _register(session)
    # The same answer as for a fresh email (no "already exists"): the account is created, without the email.
    second = _register(session, handle="other", email="MAYA@example.org")
    fresh = _register(session, handle="third", email="third@example.org")
    assert type(second) is type(fresh) and second.handle == "other"
    rows = {u.handle: u.email for u in session.exec(select(User)).all()}
    assert rows == {"maya": "maya@example.org", "other": None, "third": "third@example.org"}
    assert first.email == "maya@example.org"


@pytest.mark.parametrize("email", ["maya", "maya@", "@example.org", "maya@example", "ma ya@example.org"])
def test_a_malformed_email_is_refused(session: Session, email: str) -> None:
    with pytest.raises(InvalidInput, match="email"):
        _register(session, email=email)


def test_passwords_need_ten_characters_and_may_be_long(session: Session) -> None:
    with pytest.raises(InvalidInput, match="at least 10"):
        _register(session, password="short pw1")
    account = _register(session, password="x" * 128 + " a long passphrase is fine")
    assert account.handle == "maya"


def test_an_absurdly_long_password_is_refused_before_hashing(session: Session) -> None:
    with pytest.raises(InvalidInput, match=f"at most {MAX_PASSWORD}"):
        _register(session, password="y" * (MAX_PASSWORD + 1))


def test_the_password_may_not_be_the_handle(session: Session) -> None:
    with pytest.raises(InvalidInput, match="must not be"):
        _register(session, handle="maya_lin_1", password="maya_lin_1")


@pytest.mark.parametrize("name", ["", "   ", "x" * 81, "Maya\u202eLin", "Maya\x00"])
def test_display_names_must_be_visible_text_of_reasonable_length(session: Session, name: str) -> None:
    with pytest.raises(InvalidInput):
        _register(session, display_name=name)


def test_a_refused_registration_writes_nothing(session: Session) -> None:
    with pytest.raises(InvalidInput):
        _register(session, password="short")
    assert session.exec(select(User)).all() == []


@pytest.mark.parametrize("password", ["password1234", "qwertyuiop123", "iloveyou2024", "maya_lin_2024",
                                      "maya@example.org1", "Frontline123!", "ab" * 200])
def test_common_breached_or_personal_passwords_are_refused(session: Session, password: str) -> None:
    with pytest.raises(InvalidInput, match="too easy to guess"):
        _register(session, handle="maya_lin", display_name="Maya Lin", password=password)
    assert session.exec(select(User)).all() == []


def test_a_refusal_says_why_in_plain_words(session: Session) -> None:
    with pytest.raises(InvalidInput, match=r"too easy to guess \(This is a very common password\)"):
        _register(session, password="password1234")
