"""Head tags: each public page kind names itself, describes itself, points at its canonical address, unfurls,
and carries structured data that parses; user text can never break out of the markup."""

from __future__ import annotations

from sqlmodel import Session

from forum.models import ThreadTag
from forum.seo.head import board_head, home_head, private_head, profile_head, thread_head
from forum.services.boards import get_board_page, list_boards
from forum.services.profiles import get_profile
from forum.services.thread_view import Viewer, get_thread_page
from forum.settings import Settings
from tests.factories import make_board, make_comment, make_tag, make_thread, make_user
from tests.seo.headparse import parse_head

HOSTILE_TITLE = 'Handle time </script><script>alert(1)</script> & "quotes"'
LONG_BODY = "<p>" + " ".join(f"word{i}" for i in range(80)) + " &amp; more</p><p>Second <b>para</b>.</p>"


def _forum(session: Session):
    board = make_board(session, slug="ops")
    board.name = "Operations"
    author = make_user(session, "maya")
    author.display_name = "Maya Lin"
    thread = make_thread(session, board, author, slug="handle-time")
    thread.title, thread.body_html = HOSTILE_TITLE, LONG_BODY
    session.add_all([board, author, thread])
    session.add(ThreadTag(thread_id=thread.id, tag_id=make_tag(session, "Metrics").id))
    replier = make_user(session, "sam")
    for i in range(5):
        top = make_comment(session, thread, replier, text=f"Top {i}")
        make_comment(session, thread, author, parent=top, text=f"Reply {i}")
    make_comment(session, thread, replier, status="pending", text="Held back")
    session.commit()
    return board, author, thread


def test_a_thread_page_is_titled_thread_board_site_and_described_by_its_opening_post(
        session: Session, site: Settings) -> None:
    _forum(session)
    head = parse_head(thread_head(get_thread_page(session, "handle-time"), site))
    assert head.title == f"{HOSTILE_TITLE} — Operations — Frontline Test"
    description = head.one("description")
    assert description.startswith("word0 word1") and description.endswith("…") and len(description) <= 160
    assert head.href("canonical") == "https://forum.example/t/handle-time"
    assert "robots" not in head.meta


def test_a_thread_unfurls_with_open_graph_and_twitter_tags(session: Session, site: Settings) -> None:
    _forum(session)
    head = parse_head(thread_head(get_thread_page(session, "handle-time"), site))
    assert head.one("og:title") == head.one("twitter:title") == head.title
    assert head.one("og:description") == head.one("twitter:description") == head.one("description")
    assert head.one("og:site_name") == "Frontline Test"
    assert head.one("og:type") == "article"
    assert head.one("og:url") == "https://forum.example/t/handle-time"
    assert head.one("twitter:card") == "summary"
    assert head.meta["article:tag"] == ["Metrics"]


def test_thread_json_ld_names_the_thread_author_dates_comment_count_and_the_pages_comments(
        session: Session, site: Settings) -> None:
    _forum(session)
    page = get_thread_page(session, "handle-time")
    posting = parse_head(thread_head(page, site)).structured("DiscussionForumPosting")
    assert posting["headline"] == HOSTILE_TITLE
    assert posting["author"] == {"@type": "Person", "name": "Maya Lin", "alternateName": "@maya",
                                 "url": "https://forum.example/u/maya"}
    assert posting["datePublished"] == page.created_iso and posting["dateModified"] == page.last_activity_iso
    assert posting["commentCount"] == 10
    assert posting["text"].startswith("word0") and "& more Second para." in posting["text"]
    texts = [c["text"] for c in posting["comment"]]
    assert texts == [f"{kind} {i}" for i in range(5) for kind in ("Top", "Reply")]
    assert "Held back" not in texts
    assert posting["comment"][0]["url"].startswith("https://forum.example/c/")


def test_thread_breadcrumbs_lead_from_the_site_through_the_board_to_the_thread(
        session: Session, site: Settings) -> None:
    _forum(session)
    crumbs = parse_head(thread_head(get_thread_page(session, "handle-time"), site)).structured("BreadcrumbList")
    assert [(i["position"], i["name"], i["item"]) for i in crumbs["itemListElement"]] == [
        (1, "Frontline Test", "https://forum.example/"), (2, "Operations", "https://forum.example/b/ops"),
        (3, HOSTILE_TITLE, "https://forum.example/t/handle-time")]


def test_json_ld_cannot_close_its_script_element(session: Session, site: Settings) -> None:
    _forum(session)
    markup = thread_head(get_thread_page(session, "handle-time"), site)
    assert markup.count("</script>") == 2  # the two JSON-LD elements' own closing tags
    assert "\\u003c/script\\u003e" in markup


def test_a_later_thread_page_keeps_its_page_in_the_canonical_and_links_both_neighbours(
        session: Session, site: Settings) -> None:
    _forum(session)
    page = get_thread_page(session, "handle-time", page=2, per_page=2)
    head = parse_head(thread_head(page, site))
    assert head.href("canonical") == "https://forum.example/t/handle-time?page=2"
    assert head.href("prev") == "https://forum.example/t/handle-time"
    assert head.href("next") == "https://forum.example/t/handle-time?page=3"
    assert head.title.startswith(f"{HOSTILE_TITLE} (page 2) — ")
    first = parse_head(thread_head(get_thread_page(session, "handle-time", page=1, per_page=2), site))
    assert "prev" not in first.links and first.href("next").endswith("?page=2")


def test_a_thread_page_advertises_its_comment_board_and_site_feeds(session: Session, site: Settings) -> None:
    _forum(session)
    head = parse_head(thread_head(get_thread_page(session, "handle-time"), site))
    feeds = [(f["type"], f["href"]) for f in head.links["alternate"]]
    assert feeds == [("application/atom+xml", "https://forum.example/feeds/t/handle-time.atom"),
                     ("application/atom+xml", "https://forum.example/feeds/b/ops.atom"),
                     ("application/atom+xml", "https://forum.example/feeds/latest.atom")]


def test_a_thread_awaiting_review_is_not_indexed(session: Session, site: Settings) -> None:
    board, author, _ = _forum(session)
    make_thread(session, board, author, slug="held", status="pending")
    session.commit()
    page = get_thread_page(session, "held", Viewer(user_id=author.id))
    assert parse_head(thread_head(page, site)).one("robots") == "noindex, nofollow"


def test_a_board_page_is_titled_board_site_with_its_description_and_pages(session: Session, site: Settings) -> None:
    board, author, _ = _forum(session)
    board.description = 'Queues & "shifts" <b>not bold</b>'
    session.add(board)
    for _ in range(4):
        make_thread(session, board, author)
    session.commit()
    head = parse_head(board_head(get_board_page(session, "ops", page=2, per_page=2), site))
    assert head.title == "Operations (page 2) — Frontline Test"
    assert head.one("description") == 'Queues & "shifts" <b>not bold</b>'
    assert head.href("canonical") == "https://forum.example/b/ops?page=2"
    assert head.href("prev") == "https://forum.example/b/ops"
    assert head.href("next") == "https://forum.example/b/ops?page=3"
    assert head.one("og:type") == "website" and head.one("og:url") == head.href("canonical")
    assert head.structured("CollectionPage")["name"] == "Operations"
    assert head.links["alternate"][0]["href"] == "https://forum.example/feeds/b/ops.atom"


def test_the_home_page_is_titled_by_the_site_name_and_lists_its_boards(session: Session, site: Settings) -> None:
    _forum(session)
    head = parse_head(home_head(list_boards(session), site))
    assert head.title == "Frontline Test"
    assert "Operations" in head.one("description")
    assert head.href("canonical") == "https://forum.example/"
    assert head.structured("WebSite")["url"] == "https://forum.example/"
    assert head.one("og:title") == "Frontline Test"


def test_a_profile_is_a_profile_page_naming_the_member(session: Session, site: Settings) -> None:
    _forum(session)
    head = parse_head(profile_head(get_profile(session, "maya"), site))
    assert head.title == "Maya Lin (@maya) — Frontline Test"
    assert head.href("canonical") == "https://forum.example/u/maya"
    assert head.one("og:type") == "profile"
    profile = head.structured("ProfilePage")
    assert profile["mainEntity"]["name"] == "Maya Lin" and profile["mainEntity"]["identifier"] == "maya"
    assert "robots" not in head.meta


def test_a_member_with_nothing_published_has_a_profile_kept_out_of_the_index(
        session: Session, site: Settings) -> None:
    make_user(session, "quiet")
    session.commit()
    head = parse_head(profile_head(get_profile(session, "quiet"), site))
    assert head.one("robots") == "noindex, follow"


def test_a_private_page_is_titled_and_never_indexed(site: Settings) -> None:
    head = parse_head(private_head("Review <queue>", site))
    assert head.title == "Review <queue> — Frontline Test"
    assert head.one("robots") == "noindex, nofollow"
    assert not head.links and not head.jsonld
