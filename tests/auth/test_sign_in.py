"""Password sign-in: right and wrong passwords, unknown accounts, throttling, suspension and rehashing."""

from __future__ import annotations

import time
from datetime import timedelta

from argon2 import PasswordHasher
from sqlmodel import Session, select

from forum.models import SignInAttempt, User, utcnow
from forum.services.accounts import BAD_CREDENTIALS, RateLimits, authenticate, register
from forum.services.passwords import needs_rehash
from tests.auth.conftest import PASSWORD


def _maya(session: Session) -> User:
    register(session, handle="maya", display_name="Maya Lin", email="maya@example.org", password=PASSWORD)
    return session.exec(select(User).where(User.handle == "maya")).one()


def test_the_right_password_signs_in_by_handle_or_by_email(session: Session) -> None:
    _maya(session)
    by_handle = authenticate(session, account="Maya", password=PASSWORD, client_ip="10.0.0.1")
    by_email = authenticate(session, account=" MAYA@example.org ", password=PASSWORD, client_ip="10.0.0.1")
    assert by_handle.ok and by_email.ok
    assert by_handle.account.handle == "maya"


def test_a_wrong_password_and_an_unknown_account_get_the_same_answer(session: Session) -> None:
    _maya(session)
    wrong = authenticate(session, account="maya", password="not the password", client_ip="10.0.0.1")
    unknown = authenticate(session, account="nobody", password="not the password", client_ip="10.0.0.1")
    assert not wrong.ok and not unknown.ok
    assert wrong.error == unknown.error == BAD_CREDENTIALS
    assert wrong.kind == unknown.kind == "invalid"


def test_an_unknown_account_costs_about_as_much_time_as_a_wrong_password(session: Session) -> None:
    _maya(session)
    limits = RateLimits(per_account=100, per_address=100)

    def timed(account: str) -> float:
        start = time.perf_counter()
        authenticate(session, account=account, password="not the password", limits=limits)
        return time.perf_counter() - start

    # The fastest of several runs is the least disturbed by whatever else the machine is doing.
    wrong = min(timed("maya") for _ in range(5))
    unknown = min(timed(f"nobody{i}") for i in range(5))
    assert 0.5 < unknown / wrong < 2.0, (wrong, unknown)


def test_every_attempt_is_recorded_with_its_address(session: Session) -> None:
    _maya(session)
    authenticate(session, account="maya", password="wrong password", client_ip="10.0.0.7")
    authenticate(session, account="maya", password=PASSWORD, client_ip="10.0.0.7")
    rows = session.exec(select(SignInAttempt).order_by(SignInAttempt.id)).all()
    assert [(r.account_key, r.client_ip, r.succeeded) for r in rows] == [
        ("maya", "10.0.0.7", False), ("maya", "10.0.0.7", True)]


def test_five_failures_from_one_address_stop_that_address_guessing_that_account(session: Session) -> None:
    _maya(session)
    start = utcnow()
    for _ in range(5):
        authenticate(session, account="maya", password="wrong password", client_ip="10.0.1.1", now=start)
    limited = authenticate(session, account="maya", password=PASSWORD, client_ip="10.0.1.1",
                           now=start + timedelta(minutes=1))
    assert limited.kind == "rate_limited"
    assert limited.error == "Too many attempts; try again in 14 minutes."
    later = authenticate(session, account="maya", password=PASSWORD, client_ip="10.0.1.1",
                         now=start + timedelta(minutes=15, seconds=1))
    assert later.ok


def test_strangers_failing_elsewhere_cannot_lock_the_owner_out(session: Session) -> None:
    # Before: five wrong passwords from anywhere blocked the right one for 15 minutes, admins included.
    _maya(session)
    start = utcnow()
    assert authenticate(session, account="maya", password=PASSWORD, client_ip="192.0.2.50", now=start).ok
    for i in range(5):
        authenticate(session, account="maya", password="wrong password", client_ip=f"10.0.1.{i}",
                     now=start + timedelta(minutes=1))
    # The owner, from their usual address and from a new one, gets in at once.
    assert authenticate(session, account="maya", password=PASSWORD, client_ip="192.0.2.50",
                        now=start + timedelta(minutes=2)).ok
    assert authenticate(session, account="maya", password=PASSWORD, client_ip="198.51.100.9",
                        now=start + timedelta(minutes=2)).ok


def test_a_distributed_guess_only_slows_unfamiliar_addresses_for_seconds(session: Session) -> None:
    _maya(session)
    start = utcnow()
    assert authenticate(session, account="maya", password=PASSWORD, client_ip="192.0.2.50", now=start).ok
    attack = start + timedelta(minutes=1)
    for i in range(20):  # twenty addresses, one guess each: no single address is limited
        outcome = authenticate(session, account="maya", password="wrong password", client_ip=f"10.9.{i}.1",
                               now=attack)
        assert outcome.kind == "invalid"
    delayed = authenticate(session, account="maya", password="wrong password", client_ip="10.9.99.1",
                           now=attack + timedelta(seconds=10))
    assert delayed.kind == "rate_limited" and delayed.error.endswith("try again in 20 seconds.")
    # The owner at their usual address is not delayed at all ...
    assert authenticate(session, account="maya", password=PASSWORD, client_ip="192.0.2.50",
                        now=attack + timedelta(seconds=10)).ok
    # ... and the delay is short: after it, an unfamiliar address may try again (no 15-minute lock).
    for i in range(20):
        authenticate(session, account="maya", password="wrong password", client_ip=f"10.8.{i}.1",
                     now=attack + timedelta(seconds=20))
    assert authenticate(session, account="maya", password=PASSWORD, client_ip="203.0.113.80",
                        now=attack + timedelta(seconds=51)).ok


def test_switching_between_handle_and_email_does_not_buy_more_attempts(session: Session) -> None:
    _maya(session)
    for i in range(5):
        authenticate(session, account="maya" if i % 2 else "maya@example.org", password="wrong password",
                     client_ip="10.0.0.9")
    assert authenticate(session, account="MAYA", password=PASSWORD, client_ip="10.0.0.9").kind == "rate_limited"


def test_a_successful_sign_in_clears_earlier_failures(session: Session) -> None:
    _maya(session)
    for _ in range(4):
        authenticate(session, account="maya", password="wrong password")
    assert authenticate(session, account="maya", password=PASSWORD).ok
    for _ in range(4):
        authenticate(session, account="maya", password="wrong password")
    assert authenticate(session, account="maya", password=PASSWORD).ok


def test_unknown_accounts_are_throttled_just_like_real_ones(session: Session) -> None:
    for _ in range(5):
        authenticate(session, account="ghost", password="wrong password")
    assert authenticate(session, account="ghost", password="wrong password").kind == "rate_limited"


def test_twenty_failures_from_one_address_stop_that_address_for_every_account(session: Session) -> None:
    _maya(session)
    start = utcnow()
    for i in range(20):
        authenticate(session, account=f"guess{i}", password="wrong password", client_ip="203.0.113.5", now=start)
    from_there = authenticate(session, account="maya", password=PASSWORD, client_ip="203.0.113.5",
                              now=start + timedelta(minutes=10))
    elsewhere = authenticate(session, account="maya", password=PASSWORD, client_ip="198.51.100.1",
                             now=start + timedelta(minutes=10))
    assert from_there.error == "Too many attempts; try again in 5 minutes."
    assert elsewhere.ok


def test_a_limited_attempt_is_not_recorded_so_waiting_lifts_the_limit(session: Session) -> None:
    start = utcnow()
    for _ in range(5):
        authenticate(session, account="ghost", password="wrong password", now=start)
    for minute in range(1, 14):
        authenticate(session, account="ghost", password="wrong password", now=start + timedelta(minutes=minute))
    assert len(session.exec(select(SignInAttempt)).all()) == 5


def test_a_suspended_member_cannot_sign_in(session: Session) -> None:
    user = _maya(session)
    user.suspended_until = utcnow() + timedelta(days=3)
    session.add(user)
    outcome = authenticate(session, account="maya", password=PASSWORD)
    assert outcome.kind == "suspended" and "suspended until" in outcome.error


def test_a_member_without_a_password_cannot_sign_in_with_one(session: Session) -> None:
    session.add(User(handle="oidc_only", display_name="Only OIDC", email="o@example.org"))
    session.flush()
    assert authenticate(session, account="oidc_only", password="anything at all").error == BAD_CREDENTIALS


def test_an_old_hash_is_replaced_at_sign_in(session: Session) -> None:
    user = _maya(session)
    user.password_hash = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    session.add(user)
    session.flush()
    assert needs_rehash(user.password_hash)
    old_hash = user.password_hash
    assert authenticate(session, account="maya", password=PASSWORD).ok
    session.refresh(user)
    assert user.password_hash != old_hash and not needs_rehash(user.password_hash)
    assert authenticate(session, account="maya", password=PASSWORD).ok


def test_a_password_longer_than_the_limit_is_simply_wrong(session: Session) -> None:
    _maya(session)
    assert authenticate(session, account="maya", password="z" * 5000).error == BAD_CREDENTIALS
