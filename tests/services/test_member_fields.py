"""Every field a member writes goes through the policy (issue 12): titles, display names, bios.

Each field both ways: ordinary text is saved, and text the policy refuses is not, with the reason in words
(never a rule id) and nothing written.
"""

from __future__ import annotations

import json

import pytest
from sqlmodel import Session, func, select

from forum.models import ReviewItem, Thread, User
from forum.services.accounts import register
from forum.services.errors import InvalidInput
from forum.services.field_review import FALLBACK_NAME
from forum.services.identities import ExternalClaims, create_member_from_identity
from forum.services.posting import start_thread
from forum.services.profiles import get_profile, update_profile
from tests.factories import PASSWORD, VALUABLE, World

RULE_IDS = ("link_in_field", "advertising", "commercial_link", "too_many_links", "new_member", "contact_info",
            "link_promotion")
BAD_BIO = "Support lead. See https://www.example-helpdesk.com/pricing and https://bit.ly/x, use code SAVE20."
BIO_WITH_ARTICLE = ("Team lead on a utility helpline. I write about callbacks at "
                    "https://maya-writes.blogspot.com/2024/01/callbacks-that-happen.html")


def _no_rule_ids(message: str) -> None:
    assert not [rule for rule in RULE_IDS if rule in message], message


def _threads(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Thread)).one()


# --- thread titles ------------------------------------------------------------------------------------------

def test_an_ordinary_title_starts_the_thread(session: Session, world: World) -> None:
    result = start_thread(session, actor_id=world.member.id, board_slug="frontline",
                          title="Our QA rubric went from 40 items to 8", text=VALUABLE)
    assert result.decision == "publish" and result.reasons == []


@pytest.mark.parametrize(("title", "words"), [
    ("Best CRM deals at crmsaver.com", "can't contain a link"),
    ("Read this https://example.org/2024/01/callbacks", "can't contain a link"),
])
def test_a_title_with_a_link_refuses_the_thread_and_says_so(session: Session, world: World, title: str,
                                                               words: str) -> None:
    result = start_thread(session, actor_id=world.member.id, board_slug="frontline", title=title, text=VALUABLE)
    assert (result.decision, result.slug, result.thread_id) == ("reject", "", 0)
    [reason] = result.reasons
    assert reason["rule"] == "link_in_field"
    assert reason["message"].startswith("In the title: ") and words in reason["message"]
    assert _threads(session) == 1


def test_an_advert_in_the_title_is_refused_with_the_post_reasons_too(session: Session, world: World) -> None:
    result = start_thread(session, actor_id=world.member.id, board_slug="frontline",
                          title="Call the 24/7 helpline of QuickAir for instant bookings", text="good post")
    assert result.decision == "reject"
    by_rule = {r["rule"]: r["message"] for r in result.reasons}
    assert by_rule["advertising"].startswith("In the title: ")
    assert not by_rule["too_brief"].startswith("In the title")  # the post's own reason is still listed


def test_contact_details_in_a_title_hold_the_thread_for_a_moderator(session: Session, world: World) -> None:
    result = start_thread(session, actor_id=world.member.id, board_slug="frontline",
                          title="Callback rota questions: ring me on 020 7946 0958", text=VALUABLE)
    session.commit()
    assert result.decision == "hold"
    assert session.get(Thread, result.thread_id).status == "pending"
    item = session.exec(select(ReviewItem)).one()
    assert item.rules == "contact_info"
    assert json.loads(item.reasons_json)[0]["message"].startswith("In the title: ")


# --- display names --------------------------------------------------------------------------------------------

def test_registration_accepts_a_plain_name(session: Session) -> None:
    account = register(session, handle="maya_o", display_name="Maya Okafor", email="maya@example.org",
                       password=PASSWORD)
    assert account.display_name == "Maya Okafor"


@pytest.mark.parametrize(("name", "words"), [
    ("Maya from acme-helpdesk.io", "can't contain a link"),
    ("Maya maya@acme-helpdesk.example", "email addresses or phone numbers"),
])
def test_registration_refuses_a_name_the_policy_refuses(session: Session, name: str, words: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        register(session, handle="maya_o", display_name=name, email="maya@example.org", password=PASSWORD)
    message = str(refused.value)
    assert message.startswith("Your display name was not saved: ") and words in message
    _no_rule_ids(message)
    assert session.exec(select(func.count()).select_from(User)).one() == 0


def test_a_profile_edit_judges_the_new_name(session: Session, world: World) -> None:
    update_profile(session, world.member.id, display_name="Maya O.", bio="")
    session.commit()
    assert session.get(User, world.member.id).display_name == "Maya O."
    with pytest.raises(InvalidInput, match="can't contain a link") as refused:
        update_profile(session, world.member.id, display_name="Maya | deals at crmsaver.com", bio="")
    _no_rule_ids(str(refused.value))
    session.rollback()
    assert session.get(User, world.member.id).display_name == "Maya O."


def _claims(name: str) -> ExternalClaims:
    return ExternalClaims(provider="fake", subject="s-1", email="alice@example.org", email_verified=True, name=name)


def test_an_openid_first_sign_in_keeps_an_acceptable_name(session: Session) -> None:
    account = create_member_from_identity(session, _claims("Alice"), handle="alice", display_name="Alice Fontaine")
    assert account.display_name == "Alice Fontaine"


def test_an_openid_first_sign_in_with_a_refused_name_falls_back_instead_of_failing(session: Session) -> None:
    account = create_member_from_identity(session, _claims("x"), handle="alice",
                                          display_name="Alice | cheap CRM at crmsaver.com")
    assert account.display_name == "alice"
    assert session.get(User, account.user_id).display_name == "alice"


def test_the_fallback_name_is_plain_when_the_handle_is_refused_too(session: Session) -> None:
    account = create_member_from_identity(session, _claims("x"), handle="fuck_queues",
                                          display_name="buy at crmsaver.com")
    assert account.display_name == FALLBACK_NAME  # the handle's strong language would only hold: not shown


# --- bios -------------------------------------------------------------------------------------------------------

def test_a_bio_without_links_is_saved_for_a_new_member(session: Session, world: World) -> None:
    update_profile(session, world.newbie.id, display_name="Newbie", bio="Team lead on a utility helpline.")
    assert get_profile(session, "newbie").bio_html.strip() == "<p>Team lead on a utility helpline.</p>"


def test_a_new_members_bio_with_a_pricing_link_a_shortener_and_a_discount_is_not_published(
        session: Session, world: World) -> None:
    with pytest.raises(InvalidInput) as refused:
        update_profile(session, world.newbie.id, display_name="Newbie", bio=BAD_BIO)
    message = str(refused.value)
    assert message.startswith("Your bio was not saved: ")
    assert "code" in message.lower() or "advert" in message.lower()  # the discount pitch, in words
    assert "link" in message.lower()
    _no_rule_ids(message)
    session.rollback()
    user = session.get(User, world.newbie.id)
    assert (user.bio, user.bio_html) == ("", "")


def test_a_new_members_bio_link_waits_for_trust_and_a_trusted_members_publishes(
        session: Session, world: World) -> None:
    with pytest.raises(InvalidInput, match="after your first approved comments") as refused:
        update_profile(session, world.newbie.id, display_name="Newbie", bio=BIO_WITH_ARTICLE)
    _no_rule_ids(str(refused.value))
    session.rollback()
    update_profile(session, world.member.id, display_name="Maya", bio=BIO_WITH_ARTICLE)
    html = get_profile(session, "maya").bio_html
    assert '<a href="https://maya-writes.blogspot.com/2024/01/callbacks-that-happen.html"' in html


def test_a_trusted_members_bio_with_a_commercial_link_is_refused(session: Session, world: World) -> None:
    with pytest.raises(InvalidInput, match="Your bio was not saved"):
        update_profile(session, world.member.id, display_name="Maya",
                       bio="Support lead. Our tool: https://www.example-helpdesk.com/pricing")
