"""Display names (and handles) that pass for a staff member's are refused (issue 10)."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from forum.models import User
from forum.services.accounts import register
from forum.services.errors import InvalidInput
from forum.services.identities import ExternalClaims, create_member_from_identity
from forum.services.impersonation import skeleton
from forum.services.profiles import update_profile
from tests.auth.conftest import PASSWORD


@pytest.fixture
def staff(session: Session) -> User:
    register(session, handle="sam_okafor", display_name="Sam Okafor", email="sam@example.org", password=PASSWORD,
             role="moderator")
    register(session, handle="alex", display_name="Alex Rivera", email="alex@example.org", password=PASSWORD,
             role="admin")
    return session.exec(select(User).where(User.handle == "sam_okafor")).one()


def _join(session: Session, name: str, handle: str = "newcomer") -> None:
    register(session, handle=handle, display_name=name, email=f"{handle}@example.org", password=PASSWORD)


@pytest.mark.parametrize("name", ["Sam Okafor", "sam okafor", "Sam 0kafor", "S.A.M. Okafor", "Ѕаm Okаfor",
                                  "Sam  Okafor", "Såm Økafor".replace("Ø", "O"), "sam_okafor", "ALEX",
                                  "Alex Rivera", "A1ex Rivera"])
def test_a_name_that_reads_as_a_staff_member_s_is_refused(session: Session, staff: User, name: str) -> None:
    with pytest.raises(InvalidInput, match="looks like the name of a member of staff"):
        _join(session, name)


@pytest.mark.parametrize("name", ["Moderator Maya", "Frontline Team", "Site Admin", "Official Support",
                                  "M0derator"])
def test_staff_titles_are_refused(session: Session, staff: User, name: str) -> None:
    with pytest.raises(InvalidInput, match="staff title"):
        _join(session, name)


@pytest.mark.parametrize("name", ["Sam Okoro", "Samantha Okafor", "Badminton fan", "Maya Lin", "Alexandra"])
def test_ordinary_names_are_fine(session: Session, staff: User, name: str) -> None:
    _join(session, name)


def test_a_handle_that_reads_as_a_staff_handle_is_refused(session: Session, staff: User) -> None:
    with pytest.raises(InvalidInput, match="handle looks like"):
        _join(session, "Someone Else", handle="sam_0kafor")


def test_renaming_oneself_is_checked_too_but_staff_keep_their_own(session: Session, staff: User) -> None:
    _join(session, "Maya Lin", handle="maya")
    maya = session.exec(select(User).where(User.handle == "maya")).one()
    with pytest.raises(InvalidInput):
        update_profile(session, maya.id, display_name="Sam Okafor", bio="")
    assert update_profile(session, staff.id, display_name="Sam Okafor", bio="Moderator").display_name == "Sam Okafor"


def test_a_new_openid_member_is_checked_too(session: Session, staff: User) -> None:
    claims = ExternalClaims(provider="fake", subject="s-1", email=None, email_verified=False, name="Sam Okafor",
                            preferred_username="sam")
    with pytest.raises(InvalidInput):
        create_member_from_identity(session, claims, handle="someone", display_name="Sam Okafor")


def test_skeletons_fold_look_alikes() -> None:
    assert skeleton("Ѕаm 0kafor") == skeleton("sam okafor") == "samokafor"
    assert skeleton("rnaya") == skeleton("maya")
