"""A small forum written for the search tests: threads and comments with known words in known places.

Their HTML is the escaped text in a paragraph, as the policy engine would render plain prose."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from html import escape

from sqlmodel import Session

from forum.models import Board, Comment, Thread, ThreadTag, User, utcnow
from forum.services.lifecycle import add_comment, add_thread
from tests.factories import make_board, make_member, make_tag


def thread(session: Session, board: Board, author: User, title: str, body: str, *, slug: str,
           days_ago: float = 0, status: str = "published") -> Thread:
    return add_thread(session, board=board, author=author, slug=slug, title=title, source=body,
                      html=f"<p>{escape(body)}</p>", status=status, created_at=utcnow() - timedelta(days=days_ago))


def comment(session: Session, where: Thread, author: User, text: str, *, days_ago: float = 0,
            status: str = "published") -> Comment:
    return add_comment(session, thread=where, author=author, source=text, html=f"<p>{escape(text)}</p>",
                       status=status, created_at=utcnow() - timedelta(days=days_ago))


@dataclass
class Forum:
    ops: Board
    billing: Board
    maya: User
    omar: User
    sam: User  # a moderator
    outage: Thread  # "Outage hold times", tagged "incidents", in ops
    refunds: Thread  # "Refund scripts that calm callers", in billing
    quiet: Thread  # "Night shift rotas", in ops, nothing about outages
    maya_reply: Comment  # in outage: mentions hold times and escalation


def build(session: Session) -> Forum:
    ops, billing = make_board(session, slug="ops"), make_board(session, slug="billing")
    maya, omar = make_member(session, "maya"), make_member(session, "omar")
    sam = make_member(session, "sam", role="moderator")
    outage = thread(session, ops, omar, "Outage hold times",
                    "During the outage our hold times tripled; what did you tell callers?", slug="outage",
                    days_ago=5)
    refunds = thread(session, billing, maya, "Refund scripts that calm callers",
                     "A refund script we use when a charge is disputed.", slug="refunds", days_ago=3)
    quiet = thread(session, ops, maya, "Night shift rotas", "How do you staff the night shift fairly?",
                   slug="quiet", days_ago=1)
    maya_reply = comment(session, outage, maya,
                         "We announced expected hold times every five minutes and offered an escalation callback.",
                         days_ago=4)
    comment(session, refunds, omar, "Our refund wording avoids blame; the outage last spring taught us that.",
            days_ago=2)
    session.add(ThreadTag(thread_id=outage.id, tag_id=make_tag(session, "Incidents").id))
    session.commit()
    return Forum(ops=ops, billing=billing, maya=maya, omar=omar, sam=sam, outage=outage, refunds=refunds,
                 quiet=quiet, maya_reply=maya_reply)
