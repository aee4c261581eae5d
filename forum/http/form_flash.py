"""Leading a refused form back to its page with what was typed in a sealed flash cookie, not in the URL.

The sealing and reading are ``forum.auth.form_flash``; this sets the cookie on the redirect.
"""

from __future__ import annotations

from collections.abc import Mapping

from starlette.responses import Response

from forum.auth.cookies import FLASH_COOKIE
from forum.auth.form_flash import FLASH_PARAM, FLASH_SECONDS, new_flash_id, seal
from forum.http.auth_common import redirect
from forum.settings import Settings


def redirect_with_flash(path: str, params: Mapping[str, str], values: Mapping[str, str],
                        settings: Settings) -> Response:
    """303 back to the form at ``path``: ``params`` (never personal: an error text of ours, ``next``) in the
    query string with the flash's id; ``values`` (what was typed) only in the flash cookie."""
    kept = {k: v for k, v in values.items() if v}
    if not kept:
        return redirect(path, params)
    flash_id = new_flash_id()
    response = redirect(path, {**params, FLASH_PARAM: flash_id})
    response.set_cookie(FLASH_COOKIE, seal(flash_id, kept, settings.secret_key), max_age=FLASH_SECONDS, path="/",
                        httponly=True, samesite="lax", secure=settings.cookie_secure)
    return response
