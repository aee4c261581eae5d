"""Uploading an avatar from one's own profile, and serving it: CSRF-checked, refusals explained by a code,
files cached for a year, and only avatar-shaped names served."""

from __future__ import annotations

import io
from collections.abc import Callable

import httpx
from PIL import Image
from sqlmodel import Session

from forum.auth.csrf import issue_token, new_nonce
from forum.models import User
from forum.services.profiles import update_profile
from forum.settings import get_settings
from tests.factories import World, make_comment
from tests.http.conftest import SITE


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (90, 60), (10, 200, 90)).save(out, format="PNG")
    return out.getvalue()


async def _upload(client: httpx.AsyncClient, cookie: dict[str, str], data: bytes, *, token: str | None = None
                  ) -> httpx.Response:
    nonce = new_nonce()
    headers = {"Cookie": f"{cookie['Cookie']}; frontline_csrf={nonce}", "Origin": SITE}
    form = {"csrf_token": token if token is not None else issue_token(nonce, get_settings().secret_key)}
    return await client.post("/settings/avatar", data=form, files={"avatar": ("me.png", data, "image/png")},
                             headers=headers)


async def test_a_member_uploads_a_picture_and_it_shows_beside_their_name(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    response = await _upload(client, cookie_for(world.member.id), _png())
    assert response.status_code == 303 and response.headers["location"] == "/u/maya?avatar=saved"
    session.expire_all()
    stem = session.get(User, world.member.id).avatar_url
    profile = (await client.get("/u/maya", headers=cookie_for(world.member.id))).text
    assert f'src="{stem}-128.webp"' in profile and "Your new picture is saved." not in profile
    served = await client.get(f"{stem}-48.webp")
    assert served.status_code == 200 and served.headers["content-type"] == "image/webp"
    assert "immutable" in served.headers["cache-control"] and served.content.startswith(b"RIFF")


async def test_a_refused_file_comes_back_with_a_reason_and_nothing_of_the_file(
        client: httpx.AsyncClient, world: World, cookie_for: Callable[[int], dict[str, str]]) -> None:
    response = await _upload(client, cookie_for(world.member.id), b"<svg onload=alert(1)>")
    assert response.headers["location"] == "/u/maya?avatar=type"
    page = (await client.get(response.headers["location"], headers=cookie_for(world.member.id))).text
    assert "Upload a PNG, JPEG or WebP image." in page


async def test_an_upload_without_a_valid_csrf_token_is_refused(
        client: httpx.AsyncClient, world: World, cookie_for: Callable[[int], dict[str, str]]) -> None:
    response = await _upload(client, cookie_for(world.member.id), _png(), token="forged")
    assert response.status_code == 403


async def test_members_without_a_picture_get_initials_and_only_avatar_names_are_served(
        client: httpx.AsyncClient, world: World) -> None:
    page = (await client.get("/u/maya")).text
    assert '<svg class="fl-avatar"' in page and "avatar-form" not in page
    assert (await client.get("/avatars/..%2Fsecret_key")).status_code == 404
    assert (await client.get("/avatars/1-0123456789abcdef-48.webp")).status_code == 404


async def test_a_visitors_cached_thread_page_shows_a_new_avatar_and_a_new_name_at_once(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    make_comment(session, world.thread, world.member, text="Words beside a picture")
    session.commit()
    before = await client.get(f"/t/{world.thread.slug}")
    assert (await client.get(f"/t/{world.thread.slug}")).headers["etag"] == before.headers["etag"]  # cached
    assert "/avatars/" not in before.text

    await _upload(client, cookie_for(world.member.id), _png())  # the thread itself did not change
    session.expire_all()
    stem = session.get(User, world.member.id).avatar_url
    after = await client.get(f"/t/{world.thread.slug}")
    assert f'src="{stem}-48.webp"' in after.text
    assert after.headers["etag"] != before.headers["etag"]
    refreshed = await client.get(f"/t/{world.thread.slug}?part=comments")  # what an open tab fetches
    assert f'src="{stem}-48.webp"' in refreshed.text

    update_profile(session, world.member.id, display_name="Maya Renamed", bio="")
    session.commit()
    assert "Maya Renamed" in (await client.get(f"/t/{world.thread.slug}")).text
