"""Avatar files and uploads: ``GET /avatars/<user>-<hash>-<size>.webp`` and ``POST /settings/avatar``.

Files are served from the one storage module (``forum.media.avatars``) with a year's immutable caching: a new
upload gets a new name. The upload is a plain multipart form on the member's own profile page, checked like
every form of ours (same origin plus the signed double-submit CSRF token), size-capped before it is read,
then validated and re-encoded on a worker thread. The redirect afterwards carries only a fixed code
(``?avatar=saved`` or the refusal's code), never anything from the file.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from forum.db import session_scope
from forum.http.auth_common import redirect, session_token
from forum.http.member_forms import form_csrf_ok
from forum.media.avatars import MAX_BYTES, AvatarRefused, avatar_store, refusal_code
from forum.routes import profile_url
from forum.services.avatars import clear_avatar, set_avatar
from forum.services.sessions import resolve_session
from forum.settings import get_settings

AVATAR_UPLOAD = "/settings/avatar"
_FORM_OVERHEAD = 64 * 1024
_IMMUTABLE = {"Cache-Control": "public, max-age=31536000, immutable", "X-Content-Type-Options": "nosniff"}


async def avatar_file(request: Request) -> Response:
    path = avatar_store(get_settings().data_dir).path_for(request.path_params["name"])
    if path is None:
        return PlainTextResponse("Not found", status_code=404)
    return FileResponse(path, media_type="image/webp", headers=_IMMUTABLE)


def _apply(token: str | None, data: bytes | None) -> tuple[str, str]:
    """(the member's handle, outcome code); handle "" when nobody is signed in."""
    settings = get_settings()
    with session_scope() as session:
        who = resolve_session(session, token, lifetime=timedelta(days=settings.session_days)) if token else None
        if who is None:
            return "", "signin"
        store = avatar_store(settings.data_dir)
        try:
            if data is None:
                clear_avatar(session, actor_id=who.user_id, store=store)
                return who.handle, "removed"
            set_avatar(session, actor_id=who.user_id, data=data, store=store)
        except AvatarRefused as refused:
            return who.handle, refusal_code(refused)
        return who.handle, "saved"


async def upload_avatar(request: Request) -> Response:
    declared = request.headers.get("content-length", "")
    if not declared.isdigit() or int(declared) > MAX_BYTES + _FORM_OVERHEAD:
        return PlainTextResponse("The image is larger than 2 MB.", status_code=413)
    form = await request.form(max_files=1, max_fields=5, max_part_size=MAX_BYTES + _FORM_OVERHEAD)
    if not form_csrf_ok(request, form):
        return PlainTextResponse("This form has expired: reload the page and try again.", status_code=403)
    upload = form.get("avatar")
    data: bytes | None
    if form.get("remove") == "1":
        data = None
    elif upload is None or isinstance(upload, str):
        data = b""
    else:
        data = await upload.read(MAX_BYTES + 1)
    handle, code = await asyncio.to_thread(_apply, session_token(request), data)
    if not handle:
        return redirect("/signin", {"next": "/"})
    return redirect(profile_url(handle), {"avatar": code})


def avatar_routes() -> list[Route]:
    return [
        Route("/avatars/{name}", avatar_file, methods=["GET", "HEAD"]),
        Route(AVATAR_UPLOAD, upload_avatar, methods=["POST"]),
    ]
