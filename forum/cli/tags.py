"""``python -m forum tags ...``: the tag vocabulary, for moderators (the same as the ``/mod/tags`` page).

    python -m forum tags list
    python -m forum tags create "Quality Assurance" --as sam
    python -m forum tags rename qa "Quality Assurance" --as sam
    python -m forum tags merge "QA" "Quality Assurance" --as sam   (QA's threads move; QA is deleted)

``--as`` names the moderator the moderation log records. Exit codes: 0 done, 1 refused (the message says
why). Imports stay light at module level.
"""

from __future__ import annotations

import argparse
import sys


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("tags", help="list, create, rename and merge tags")
    actions = parser.add_subparsers(dest="tags_command", required=True)
    actions.add_parser("list", help="every tag with its thread count").set_defaults(func=run_list)
    create = actions.add_parser("create", help="add a tag")
    create.add_argument("name")
    rename = actions.add_parser("rename", help="rename a tag (its slug follows)")
    rename.add_argument("old")
    rename.add_argument("new")
    merge = actions.add_parser("merge", help="move one tag's threads to another and delete it")
    merge.add_argument("merged")
    merge.add_argument("into")
    for action, func in ((create, run_create), (rename, run_rename), (merge, run_merge)):
        action.add_argument("--as", dest="actor", required=True, metavar="HANDLE", help="a moderator's handle")
        action.set_defaults(func=func)


def _actor_id(session: object, handle: str) -> int | None:
    from sqlmodel import select

    from forum.models import User

    return session.exec(select(User.id).where(User.handle == handle)).first()  # type: ignore[attr-defined]


def _run(change: str, args: argparse.Namespace) -> int:
    from forum.db import session_scope
    from forum.services import tags
    from forum.services.errors import ServiceError

    try:
        with session_scope() as session:
            actor_id = _actor_id(session, args.actor)
            if change == "create":
                tag = tags.create_tag(session, actor_id=actor_id, name=args.name)
                message = f"Created {tag.name} (/tag/{tag.slug})."
            elif change == "rename":
                tag = tags.rename_tag(session, actor_id=actor_id, old=args.old, new=args.new)
                message = f"Renamed to {tag.name} (/tag/{tag.slug})."
            else:
                moved = tags.merge_tags(session, actor_id=actor_id, merged=args.merged, into=args.into)
                message = f"Merged {args.merged} into {args.into}: {moved} threads moved."
    except ServiceError as exc:
        print(f"Refused: {exc}", file=sys.stderr)
        return 1
    print(message)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from forum.db import call_in_session
    from forum.services.tags import list_tags

    for tag in call_in_session(list_tags):
        print(f"{tag.name:<30} /tag/{tag.slug:<30} {tag.thread_count} threads")
    return 0


def run_create(args: argparse.Namespace) -> int:
    return _run("create", args)


def run_rename(args: argparse.Namespace) -> int:
    return _run("rename", args)


def run_merge(args: argparse.Namespace) -> int:
    return _run("merge", args)
