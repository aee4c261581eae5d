"""Posting through the thread page's plain reply form: the request Spirit's published posting rate times.

The side-by-side harness (``../shared/bench/peers/common/post_replies.py``) measures a peer forum's replies/s
as one form POST per reply from each signed-in member, the redirect that follows not fetched and not timed.
Frontline's plain reply form (``POST /t/<slug>/reply``, ``forum.http.reply_form``) is the same operation:
CSRF-checked, reviewed by the policy, stored, answered with a 303 to the new comment's permalink (as Spirit
answers with its comment's "find" URL). Each member first
loads the thread page (before the clock, like the harness's sign-ins) to hold the form's CSRF token and
cookie, then sends its replies one after another, each with a fresh submission key.
"""

from __future__ import annotations

import asyncio
import re
import time
import uuid

import httpx

from forum.bench.read_posting import TIMEOUT_S, PostingResult, drive

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


class FormMember:
    """One signed-in member with the form's token and the matching CSRF cookie."""

    def __init__(self, base: str, token: str, path: str) -> None:
        self.base, self.path = base, path
        self.cookies = {"frontline_session": token}
        self.csrf = ""

    async def open(self, http: httpx.AsyncClient) -> None:
        page = await http.get(f"{self.base}{self.path}", cookies=self.cookies)
        found = TOKEN.search(page.text)
        if found is None:
            raise RuntimeError(f"no reply form on {self.path} (status {page.status_code})")
        self.csrf = found.group(1)
        if "frontline_csrf" in page.cookies:
            self.cookies["frontline_csrf"] = page.cookies["frontline_csrf"]

    async def reply(self, text: str, http: httpx.AsyncClient) -> str:
        """One POST: "stored" on the 303 to the comment, else the status code."""
        response = await http.post(f"{self.base}{self.path}/reply", cookies=self.cookies,
                                   data={"csrf_token": self.csrf, "body": text, "key": uuid.uuid4().hex},
                                   headers={"Origin": self.base})
        stored = response.status_code == 303 and response.headers.get("location", "").startswith("/c/")
        return "stored" if stored else f"status {response.status_code}"


async def post_by_form(base: str, tokens: list[str], paths: list[str], per_member: int,
                       max_seconds: float = 300.0) -> PostingResult:
    """Member ``i`` (``tokens[i]``) posts ``per_member`` replies on ``paths[i % len(paths)]``, all at once."""
    result = PostingResult()
    members = [FormMember(base, token, paths[i % len(paths)]) for i, token in enumerate(tokens)]
    deadline = time.monotonic() + max_seconds
    async with httpx.AsyncClient(timeout=TIMEOUT_S, follow_redirects=False,
                                 limits=httpx.Limits(max_connections=len(members))) as http:
        await asyncio.gather(*(member.open(http) for member in members))
        await drive(result, members, per_member, deadline, http, first_text=1000)
    return result
