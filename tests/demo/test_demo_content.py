"""Integrity checks for the demo content in `forum.demo.content`.

The demo data seeds a fresh install, so it has to be internally consistent (authors exist, boards exist,
threads nest the way the UI expects) and it has to respect the community's own comment policy and the
seed posts' authors' rights: none of their text may appear in it.
"""

import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from forum.demo.content import (
    BOARDS,
    DEMO_PASSWORD,
    THREADS,
    USERS,
    DemoComment,
    DemoThread,
)

SEEDS_DIR = Path(__file__).resolve().parents[3] / "shared" / "seeds"

HANDLE_RE = re.compile(r"^[a-z0-9_]{3,20}$")
KEBAB_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Anything a reader could follow: URLs with a scheme, www. hosts, protocol-relative and bare domain names.
LINK_RE = re.compile(
    r"(?i)\b[a-z][a-z0-9+.-]*://[^\s<>\[\]()]+(?:\([^\s()]*\)[^\s<>\[\]()]*)*"
    r"|//[a-z0-9-]+\.[a-z0-9.-]+"
    r"|\bwww\.[a-z0-9-]+\.[a-z0-9.-]+"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|info|biz|ly|app|dev|example)\b"
)
ALLOWED_EDUCATIONAL_HOSTS = ("en.wikipedia.org",)

# Fingerprints of the seed posts, used when the seeds themselves are not on disk: the first 8 normalised
# words of every seed sentence of 8+ words, SHA-256 hashed and cut to 10 hex digits. They let the test
# recognise a copied seed sentence without this file containing any of the seeds' text.
_SEED_FINGERPRINT_TEXT = """
    0202fcda04 08fbe6874a 0b482ba8e8 0c17bf96dc 0c7a2f87bb 0dad5b9845 10c4e4bb93 114e994003 11a4231c9e
    129c1f0d2c 12afd29fad 13ddf0b1f7 1630ca312d 16e86603df 183d040dd7 18814ffbfe 1893c00697 19c746c821
    1b4bc31f47 1b7edac8bb 1ca24bf187 1f6b5188ac 2065bb4840 22f578da45 243019d697 2466fcf674 257664e9ff
    275817d842 29a02a8b21 2bfbe7080c 2c03075f27 2e9db70c8a 2ffb3c9fa4 314694e246 341fbc09d1 382a78c576
    386129302c 394ccf6c68 3b9c512bc1 3c1bebb80a 3cca8c294a 40ddb66634 439d2a2f7e 44c510d956 4597a86078
    486d93e92c 4a17ab9125 4dea4b402e 4f10687dc2 4f9bf57694 4fbcfbcd61 504a27db87 51fbba2881 5256c52e57
    53839a3630 5538650e8d 5bf723ba78 5d31b80fe9 5e0e010747 5e497625a1 5f90115ef1 62cd35c315 62ee9c0ce2
    6479ece9f0 65547a606d 67ce997bf0 692d6d86ab 6ad76946ff 6d3ff5f9bb 71ef162330 75c0b66faa 79951210a4
    7a6f5a2573 7b5e2d5124 7e25a0342e 84e310edb8 87850ed175 87b4960214 887423c8e7 8aa7e87c4c 8c11b35623
    8d9aa6fb76 8e303f5bf3 903b50b35a 92a29f82ff 9538fd5aa9 95811b97fe 9bc0a0e9c7 9eb1c3e44d a0527db502
    a1d8d27911 a2378f464f a27aca6bf4 a345ed81fb a9bc4f3852 abafc05295 b09df0091f b0a37b1c3b b13c6b679a
    b2f443e86e b410737a39 b5a28b52c3 b7b0b8c8b4 b95999fa09 b9c84e76cc ba8267b1f2 bd6e9b431d bf05c06cb0
    c053eb8be5 c1163e2c3b c33701f042 c44684e960 c7ce6d59d2 ca4a03e5da cada85707b cb5ce24328 cf6dc624ca
    d1c8b243d2 d2800a37a9 d8c14f33ec dab88660c1 db3c8c592a de91396416 e3e2554701 e9719ce1e2 eb4501af8a
    eedc012abf ef25d5de8c f138aeff9c f2ee831f89 f4c6270916 f8eabeb66c f90d33bd0a f9c1449454 fbce84e5d0
    ffa9d6aef1
"""
SEED_SENTENCE_FINGERPRINTS = frozenset(_SEED_FINGERPRINT_TEXT.split())
WINDOW = 8


# ---- helpers -------------------------------------------------------------------------------------------


def walk(comments: tuple[DemoComment, ...], depth: int = 1) -> Iterator[tuple[DemoComment, int]]:
    for comment in comments:
        yield comment, depth
        yield from walk(comment.replies, depth + 1)


def all_comments() -> list[tuple[DemoThread, DemoComment, int]]:
    return [(thread, comment, depth) for thread in THREADS for comment, depth in walk(thread.comments)]


def sibling_groups() -> Iterator[tuple[DemoComment, ...]]:
    for thread in THREADS:
        yield thread.comments
        for comment, _ in walk(thread.comments):
            if comment.replies:
                yield comment.replies


def words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "").replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


def windows(word_list: list[str], size: int = WINDOW) -> set[str]:
    return {" ".join(word_list[i : i + size]) for i in range(len(word_list) - size + 1)}


def fingerprint(window: str) -> str:
    return hashlib.sha256(window.encode("utf-8")).hexdigest()[:10]


def sentences(text: str) -> list[list[str]]:
    return [w for w in (words(part) for part in re.split(r"[.!?\n]+", text)) if len(w) >= WINDOW]


def content_texts() -> list[str]:
    texts: list[str] = []
    for user in USERS:
        texts += [user.display_name, user.bio]
    for board in BOARDS:
        texts += [board.name, board.description]
    for thread in THREADS:
        texts += [thread.title, thread.body]
        texts += [comment.body for comment, _ in walk(thread.comments)]
    return texts


def content_windows() -> set[str]:
    found: set[str] = set()
    for text in content_texts():
        found |= windows(words(text))
    return found


def links(text: str) -> list[str]:
    return LINK_RE.findall(text)


def host(url: str) -> str:
    return re.sub(r"(?i)^[a-z][a-z0-9+.-]*://", "", url).split("/")[0].lower()


# ---- accounts ------------------------------------------------------------------------------------------


def test_the_three_demo_accounts_come_first_with_their_roles():
    assert [(u.handle, u.role) for u in USERS[:3]] == [
        ("maya", "member"),
        ("sam", "moderator"),
        ("alex", "admin"),
    ]


def test_there_are_about_ten_more_members_after_the_demo_accounts():
    others = USERS[3:]
    assert 8 <= len(others) <= 14
    assert {u.role for u in others} == {"member"}


def test_handles_display_names_and_emails_are_unique():
    for field in ("handle", "display_name", "email"):
        values = [getattr(u, field) for u in USERS]
        assert len(values) == len(set(values)), field


def test_every_handle_is_three_to_twenty_lowercase_letters_digits_or_underscores():
    bad = [u.handle for u in USERS if not HANDLE_RE.match(u.handle)]
    assert bad == []


def test_every_email_is_on_the_example_org_domain():
    assert all(re.fullmatch(r"[a-z0-9._]+@example\.org", u.email) for u in USERS)


def test_every_bio_is_one_to_three_sentences_without_links():
    for user in USERS:
        count = len(re.findall(r"[.!?](?:\s|$)", user.bio))
        assert 1 <= count <= 3, user.handle
        assert links(user.bio) == [], user.handle


def test_the_demo_password_is_the_documented_one():
    assert DEMO_PASSWORD == "frontline-demo"


# ---- boards and threads --------------------------------------------------------------------------------


def test_the_four_boards_come_in_order():
    assert [b.slug for b in BOARDS] == [
        "frontline-stories",
        "appreciation",
        "coaching",
        "tools-and-techniques",
    ]
    assert all(b.name and b.description.endswith(".") for b in BOARDS)


def test_there_are_twelve_threads_three_per_board():
    assert len(THREADS) == 12
    assert Counter(t.board for t in THREADS) == {b.slug: 3 for b in BOARDS}


def test_every_thread_belongs_to_an_existing_board_and_author():
    boards = {b.slug for b in BOARDS}
    handles = {u.handle for u in USERS}
    assert all(t.board in boards and t.author in handles for t in THREADS)


def test_thread_slugs_are_unique_kebab_case():
    slugs = [t.slug for t in THREADS]
    assert len(slugs) == len(set(slugs))
    assert all(KEBAB_RE.match(s) for s in slugs + [b.slug for b in BOARDS])


def test_each_thread_slug_is_made_from_its_title():
    for thread in THREADS:
        assert thread.slug == "-".join(words(thread.title)), thread.slug


def test_the_only_pinned_thread_is_alexs_welcome_in_frontline_stories():
    pinned = [t for t in THREADS if t.pinned]
    assert len(pinned) == 1
    assert (pinned[0].author, pinned[0].board) == ("alex", "frontline-stories")
    assert THREADS[0] is pinned[0]


def test_opening_posts_are_120_to_350_words_and_carry_no_links():
    for thread in THREADS:
        assert 120 <= len(thread.body.split()) <= 350, thread.slug
        assert links(thread.body) == [], thread.slug


def test_every_thread_has_tags_and_a_start_date_in_the_past():
    for thread in THREADS:
        assert thread.tags and all(KEBAB_RE.match(tag) for tag in thread.tags), thread.slug
        assert thread.days_ago >= 1, thread.slug


# ---- comments ------------------------------------------------------------------------------------------


def test_every_thread_has_three_to_eight_top_level_comments():
    assert all(3 <= len(t.comments) <= 8 for t in THREADS)


def test_there_are_sixty_to_ninety_comments_in_all():
    assert 60 <= len(all_comments()) <= 90


def test_every_comment_author_exists():
    handles = {u.handle for u in USERS}
    assert {c.author for _, c, _ in all_comments()} <= handles


def test_at_least_six_threads_reach_three_levels_of_replies():
    depth_by_thread = {t.slug: max(d for _, d in walk(t.comments)) for t in THREADS}
    assert sum(1 for d in depth_by_thread.values() if d >= 3) >= 6
    assert max(depth_by_thread.values()) == 3


def test_minutes_after_are_positive_and_increase_among_siblings():
    for group in sibling_groups():
        minutes = [c.minutes_after for c in group]
        assert minutes[0] > 0
        assert all(a < b for a, b in itertools.pairwise(minutes)), minutes


def test_every_comment_is_published_or_pending():
    assert {c.status for _, c, _ in all_comments()} <= {"published", "pending"}


def test_exactly_four_pending_comments_on_different_threads_without_replies():
    pending = [(t, c) for t, c, _ in all_comments() if c.status == "pending"]
    assert len(pending) == 4
    assert len({t.slug for t, _ in pending}) == 4
    assert all(c.replies == () for _, c in pending)


def test_pending_comments_are_the_four_cases_a_moderator_must_judge():
    pending = [c.body for _, c, _ in all_comments() if c.status == "pending"]
    hosts = sorted(host(link) for body in pending for link in links(body))
    assert len(hosts) == 2
    assert any(h.endswith(".example") for h in hosts), "a vendor blog article on a reserved domain"
    assert any(h in ("www.youtube.com", "youtube.com") for h in hosts), "a video"
    spanish = [b for b in pending if len(re.findall(r"\b(que|de|la|en|el|y)\b", b)) >= 8]
    assert len(spanish) == 1, "one substantive comment mostly in Spanish"
    assert any(len(b.split()) < 25 and not links(b) and not re.search(r"\d", b) for b in pending), (
        "one thin comment with a personal detail and nothing concrete"
    )


def test_published_comments_carry_no_links_except_at_most_two_educational_ones():
    linked = [(c, links(c.body)) for _, c, _ in all_comments() if c.status == "published" and links(c.body)]
    assert len(linked) <= 2
    for comment, found in linked:
        assert len(found) == 1, comment.body
        assert host(found[0]) in ALLOWED_EDUCATIONAL_HOSTS, found[0]


def test_every_link_in_the_content_points_to_an_encyclopedia_a_video_or_a_reserved_domain():
    for text in content_texts():
        for link in links(text):
            h = host(link)
            assert h in (*ALLOWED_EDUCATIONAL_HOSTS, "www.youtube.com") or h.endswith(".example"), link


def test_published_comments_are_substantial_but_not_walls_of_text():
    for _, comment, _ in all_comments():
        if comment.status == "published":
            assert 20 <= len(comment.body.split()) <= 130, comment.body


def test_published_comments_are_not_bare_praise():
    generic = re.compile(r"^(great|good|nice|awesome|love this|thanks|thank you)\b[^.!?]*[.!?]?$", re.I)
    for _, comment, _ in all_comments():
        assert not generic.match(comment.body.strip()), comment.body


# ---- the seed posts' text stays out ---------------------------------------------------------------------


def test_no_sentence_of_eight_or_more_words_from_the_seed_posts_appears_in_the_content():
    ours = content_windows()

    # Always: no fingerprinted seed sentence opening appears anywhere in our text. First prove the
    # detector works by fingerprinting a window of our own content and finding it again.
    our_fingerprints = {fingerprint(w) for w in ours}
    planted = fingerprint(sorted(ours)[0])
    assert planted in our_fingerprints
    assert our_fingerprints & SEED_SENTENCE_FINGERPRINTS == set(), "a seed sentence opens inside our text"

    # When the seed posts are on disk: every 8-word run of every seed sentence of 8+ words stays out,
    # and the embedded fingerprints still describe the seeds.
    if SEEDS_DIR.is_dir():
        seed_files = [p for p in sorted(SEEDS_DIR.iterdir()) if p.is_file()]
        assert seed_files
        copied: list[str] = []
        seed_fingerprints: set[str] = set()
        for path in seed_files:
            for sentence in sentences(path.read_text(encoding="utf-8", errors="replace")):
                seed_fingerprints.add(fingerprint(" ".join(sentence[:WINDOW])))
                copied += sorted(windows(sentence) & ours)
        assert copied == [], f"seed text found in the demo content: {copied[:5]}"
        assert SEED_SENTENCE_FINGERPRINTS.issubset(seed_fingerprints)
