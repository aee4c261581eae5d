"""A tab's state is freed minutes after its last event, and a member's open composer survives that."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from reflex.istate.manager.disk import StateManagerDisk
from sqlmodel import select

from forum.db import session_scope
from forum.models import Comment
from forum.settings import Settings
from forum.state.composer import ComposerState
from tests.factories import VALUABLE, World
from tests.state.conftest import run, tab


def test_reflex_keeps_an_idle_tabs_state_for_the_configured_minutes_not_an_hour(settings: Settings) -> None:
    from rxconfig import config

    assert config.redis_token_expiration == settings.tab_state_seconds <= 15 * 60


def test_the_disk_state_manager_deletes_tab_states_idle_past_the_configured_minutes(
        settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REFLEX_STATES_WORKDIR", str(tmp_path / "states"))
    states = tmp_path / "states"
    states.mkdir()
    idle, active = states / "idle-tab.pkl", states / "active-tab.pkl"
    idle.write_bytes(b"state")
    active.write_bytes(b"state")
    long_ago = time.time() - settings.tab_state_seconds - 60
    os.utime(idle, (long_ago, long_ago))

    manager = StateManagerDisk()  # purges on start, and on every pass of its write loop after that

    assert manager.token_expiration == settings.tab_state_seconds
    assert not idle.exists() and active.exists()


async def test_a_composer_whose_tab_state_expired_binds_again_and_posts(
        world: World, token_for: Callable[[int], str]) -> None:
    root = tab(token_for(world.member.id), f"/t/{world.thread.slug}")  # a fresh state, as after expiry
    composer = await root.get_state(ComposerState)
    await run(composer.set_text(VALUABLE))
    assert composer.decision == "publish"
    await run(composer.submit())
    assert "published" in composer.notice
    with session_scope() as db:
        assert db.exec(select(Comment).where(Comment.source == VALUABLE)).first() is not None
