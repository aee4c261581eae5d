"""``python -m forum users``: create, set-role, suspend and unsuspend from the command line."""

from __future__ import annotations

import pytest

from forum.__main__ import main
from forum.db import session_scope
from forum.models import User
from forum.services.sessions import create_session, resolve_session
from forum.settings import Settings
from tests.helpers import user_by_handle


def _user(handle: str) -> User:
    with session_scope() as db:
        return user_by_handle(db, handle)


def test_an_operator_creates_a_moderator_and_manages_them(settings: Settings, capsys: pytest.CaptureFixture) -> None:
    assert main(["users", "create", "--handle", "sam", "--name", "Sam Okafor", "--email", "sam@example.org",
                 "--role", "moderator", "--password", "a long enough password"]) == 0
    assert "Created @sam (moderator)" in capsys.readouterr().out
    assert _user("sam").role == "moderator"

    assert main(["users", "set-role", "sam", "admin"]) == 0
    assert _user("sam").role == "admin"

    with session_scope() as db:
        token = create_session(db, _user("sam").id)
    assert main(["users", "suspend", "sam", "--days", "3"]) == 0
    assert "signed out everywhere" in capsys.readouterr().out
    assert _user("sam").suspended_until is not None
    with session_scope() as db:
        assert resolve_session(db, token) is None

    assert main(["users", "unsuspend", "sam"]) == 0
    assert _user("sam").suspended_until is None


def test_the_password_is_prompted_for_twice_when_not_given(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["prompted password 1", "prompted password 1"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(answers))
    assert main(["users", "create", "--handle", "pat", "--name", "Pat", "--email", "pat@example.org"]) == 0
    assert _user("pat").role == "member"


def test_refusals_exit_with_one_and_say_why(settings: Settings, capsys: pytest.CaptureFixture) -> None:
    assert main(["users", "create", "--handle", "x", "--name", "X", "--email", "x@example.org",
                 "--password", "a long enough password"]) == 1
    assert "handle is 3 to 20 characters" in capsys.readouterr().err
    assert main(["users", "set-role", "nobody", "admin"]) == 1
    assert main(["users", "suspend", "nobody"]) == 1
    with pytest.raises(SystemExit):
        main(["users", "set-role", "nobody", "emperor"])
