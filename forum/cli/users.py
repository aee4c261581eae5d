"""``python -m forum users ...``: manage people from the command line (the operator may do anything).

    python -m forum users create --handle sam --name "Sam Okafor" --email sam@example.org --role moderator
    python -m forum users set-role sam admin
    python -m forum users suspend sam --days 7        (no --days: until lifted; signs them out everywhere)
    python -m forum users unsuspend sam

``create`` prompts for the password (twice, not echoed) unless ``--password`` is given; prefer the prompt,
since a password on the command line lands in the shell history. Exit codes: 0 done, 1 refused (the
message says why). Imports stay light at module level (the dispatcher imports every command module).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from forum.models.vocab import ACCOUNT_ROLES, Role

ROLES = tuple(role.value for role in ACCOUNT_ROLES)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("users", help="create accounts, change roles, suspend members")
    actions = parser.add_subparsers(dest="users_command", required=True)

    create = actions.add_parser("create", help="create a local account")
    create.add_argument("--handle", required=True)
    create.add_argument("--name", required=True, help="display name")
    create.add_argument("--email", required=True)
    create.add_argument("--role", choices=ROLES, default=Role.MEMBER.value)
    create.add_argument("--password", help="the password (prompted for when omitted)")
    create.set_defaults(func=run_create)

    set_role = actions.add_parser("set-role", help="change someone's role")
    set_role.add_argument("handle")
    set_role.add_argument("role", choices=ROLES)
    set_role.set_defaults(func=run_set_role)

    suspend = actions.add_parser("suspend", help="suspend someone and sign them out everywhere")
    suspend.add_argument("handle")
    suspend.add_argument("--days", type=int, default=None, help="length in days (default: until lifted)")
    suspend.set_defaults(func=run_suspend)

    unsuspend = actions.add_parser("unsuspend", help="lift a suspension")
    unsuspend.add_argument("handle")
    unsuspend.set_defaults(func=run_unsuspend)


def _refused(message: str) -> int:
    print(f"Refused: {message}", file=sys.stderr)
    return 1


def _prompt_password() -> str:
    first = getpass.getpass("Password (at least 10 characters): ")
    if getpass.getpass("Same password again: ") != first:
        raise ValueError("the two passwords differ")
    return first


def _create_verified(session, **fields: str):  # type: ignore[no-untyped-def]
    """Register an account whose address the operator vouches for (no confirmation mail, no hold)."""
    from forum.models import User
    from forum.services.accounts import register

    account = register(session, **fields)
    session.get(User, account.user_id).email_verified = True
    return account


def run_create(args: argparse.Namespace) -> int:
    from forum.db import call_in_session
    from forum.services.errors import ServiceError

    try:
        password = args.password if args.password is not None else _prompt_password()
        account = call_in_session(_create_verified, handle=args.handle, display_name=args.name,
                                  email=args.email, password=password, role=args.role)
    except (ServiceError, ValueError) as exc:
        return _refused(str(exc))
    print(f"Created @{account.handle} ({account.role}).")
    return 0


def run_set_role(args: argparse.Namespace) -> int:
    from forum.db import call_in_session
    from forum.services.errors import ServiceError
    from forum.services.member_admin import set_role

    try:
        account = call_in_session(set_role, None, args.handle, args.role)
    except ServiceError as exc:
        return _refused(str(exc))
    print(f"@{account.handle} is now {account.role}.")
    return 0


def run_suspend(args: argparse.Namespace) -> int:
    from forum.db import call_in_session
    from forum.services.errors import ServiceError
    from forum.services.member_admin import suspend

    try:
        until = call_in_session(suspend, None, args.handle, args.days)
    except ServiceError as exc:
        return _refused(str(exc))
    ending = f"until {until:%d %B %Y %H:%M} UTC" if args.days else "until lifted"
    print(f"@{args.handle.strip().lower()} is suspended {ending} and signed out everywhere.")
    return 0


def run_unsuspend(args: argparse.Namespace) -> int:
    from forum.db import call_in_session
    from forum.services.errors import ServiceError
    from forum.services.member_admin import unsuspend

    try:
        call_in_session(unsuspend, None, args.handle)
    except ServiceError as exc:
        return _refused(str(exc))
    print(f"@{args.handle.strip().lower()} may sign in again.")
    return 0
