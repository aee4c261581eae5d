"""The reply composer on a thread page: live policy feedback, drafts, and posting.

Flow and invariants:
- ``load`` runs after ``ThreadState.load`` on every page load *and every reconnect*. It resets the composer
  only when the thread (or the signed-in person) changed; otherwise the text in state is kept, so a
  reconnect never throws away what was typed. A fresh composer restores the member's saved draft.
- ``set_text`` arrives debounced from the text area (300 ms after the last keystroke, or on blur). It asks
  the server's own ``preview_comment`` (the same ``review_comment`` code that judges the real submission)
  for the verdict, and saves the draft, both on a worker thread.
- ``submit`` never trusts the preview: the service reviews again. publish → the tab's server-rendered
  comment list is refreshed and scrolls to it (``show_thread_change``); hold → it appears to its author
  marked "awaiting review"; reject → nothing saved, the reasons shown, the text and draft kept.
- Flood control (posting too fast) refuses with the seconds to wait (``retry_after``): the button counts them
  down in the browser and ``wait_over`` checks the text again when they are up; the server still decides.
- Previews are rate-limited per tab and per member (``forum.services.preview_budget``) and run on their own
  bounded pool (``forum.db.run_preview``), never on the one page loads use: past the budget, or when that
  pool is full, the check is skipped, the last verdict stays and the member is told checking is paused.
  Text already checked (or a draft already saved) is not checked (or saved) again.
- Nothing typed is lost (``forum.components.drafts``): the browser keeps its own copy of the text; after a
  (re)binding, ``load_nonce`` changes and the browser puts a newer local copy back (``restore_local``, ignored
  once the nonce moved on). Publish sends the text, parent and a submission key from the browser, so a press
  made offline is sent when the connection returns and stores one comment however often it arrives
  (``post_comment(idempotency_key=...)``); ``accepted_key`` tells the browser which copy to forget.
- Every handler that writes resolves the session cookie again (``require_user``); the browser's idea of who
  is signed in is never used for a decision.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import uuid
from datetime import datetime
from typing import Any

import reflex as rx

from forum.db import run_db, run_preview
from forum.models import ReactionKind
from forum.policy import Decision
from forum.policy.quotes import QUOTE_MAX_CHARS, quote_markdown
from forum.services import preview_budget
from forum.services.drafts import get_draft, save_draft
from forum.services.policy_settings import current_policy
from forum.services.posting import post_comment, preview_comment
from forum.services.reactions import set_reaction
from forum.services.thread_view import comment_author, comment_author_name
from forum.services.verdicts import outcome_message
from forum.services.watching import search_handles
from forum.state.feedback import attempt
from forum.state.live_thread import show_posted_comment, show_thread_change
from forum.state.pages import ThreadState
from forum.state.session import current_user, require_user
from forum.state.verdict_panel import UNCHECKED, VerdictPanel

HELD_THREAD = ("Your thread is awaiting review by a moderator; until then only you can see it, and replies "
               "open once it is approved.")
TRAILING_MENTION = re.compile(r"(?:^|[^\w.@/])@([A-Za-z0-9_]{1,20})$")  # "@ma" being typed at the end
HANDLE = re.compile(r"[A-Za-z0-9_]{1,32}")
PRAISE_RULES = ("too_brief", "no_value")  # the rules that reject brief praise or thanks
FLOOD_RULE = "flood_control"
# A check that answers sooner shows no spinner (most do, in a few milliseconds): the verdict simply changes,
# and the tab is sent one update instead of two.
SPINNER_AFTER_S = 0.15
FOCUS_COMPOSER = ("document.getElementById('composer')?.scrollIntoView({block: 'center'});"
                  "document.getElementById('composer-text')?.focus();")


def _digest(text: str) -> str:
    """A short fingerprint of a text, so state remembers what was checked without a second copy of it."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class ComposerState(VerdictPanel, rx.State):
    """One thread's reply box: the text, whom it answers, and the server's verdict on it."""

    text: str = ""
    parent_id: int = 0  # 0: a reply to the thread itself
    reply_to_name: str = ""
    tab: str = "write"
    submitting: bool = False
    error: str = ""
    notice: str = ""
    draft_status: str = ""  # a note on the server draft: restored from when, or why it was not saved
    draft_saved: bool = False  # the server holds ``text`` (and ``parent_id``) as the draft
    thread_id: int = 0
    load_nonce: str = ""  # changes on every (re)binding: the browser then offers its newer local copy
    server_draft_at: int = 0  # when the restored server draft was saved (ms since the epoch), 0 for none
    accepted_key: str = ""  # the submission key of the last comment stored: the browser forgets that copy
    max_chars: int = 20_000  # the policy's longest comment: the text area sends no more
    handle_suggestions: list[dict[str, str]] = []  # members matching the "@name" being typed at the end
    _thread_id: int = 0
    _owner_id: int = 0
    _checked: str = ""  # digest of the text the verdict on screen is for
    _saved: str = ""  # digest of the text and parent last saved as the draft
    _tab_tokens: float = preview_budget.TAB_BUDGET.capacity
    _tab_updated: float = 0.0

    @rx.var
    def offer_reaction(self) -> bool:
        """The panel rejects the draft as brief praise: offer "Say it with a reaction instead"."""
        return self.decision == Decision.REJECT and any(r.get("rule") in PRAISE_RULES for r in self.reasons)

    @rx.var
    def can_submit(self) -> bool:
        return (self.text.strip() != "" and self.decision != Decision.REJECT and not self.submitting
                and self.retry_after == 0)

    def _reset(self) -> None:
        self.text, self.parent_id, self.reply_to_name, self.tab = "", 0, "", "write"
        self.error, self.notice, self.draft_status = "", "", ""
        self.checking = self.submitting = self.draft_saved = False
        self.server_draft_at = 0
        self._checked = self._saved = ""
        self._show_verdict(UNCHECKED)

    async def _name_of(self, comment_id: int) -> str:
        name = await attempt(run_db(comment_author_name, comment_id), "finding a comment")
        return name.value or "a comment"

    @rx.event
    async def load(self):
        """Bind the composer to the thread on screen; restore the draft when it is a new binding."""
        thread = (await self.get_state(ThreadState)).thread
        who = await current_user(self)
        user_id = who.user_id if who is not None else 0
        if thread is None:
            self._thread_id = 0
            return
        if thread.id == self._thread_id and user_id == self._owner_id:
            return  # a reconnect or a page change within the thread: keep what is being written
        self._reset()
        self._thread_id, self._owner_id = thread.id, user_id
        self.thread_id, self.load_nonce = thread.id, uuid.uuid4().hex
        policy = await attempt(run_db(current_policy), "reading the policy")
        if policy.ok and policy.value is not None:
            self.max_chars = policy.value.max_chars
        if self.router.url.query_parameters.get("started") == "held":
            self.notice = HELD_THREAD
        if not user_id:
            return
        draft = await attempt(run_db(get_draft, user_id=user_id, thread_id=thread.id), "loading a draft")
        if draft.ok and draft.value is not None:
            self.text, self.parent_id = draft.value.body, draft.value.parent_id
            self.reply_to_name = await self._name_of(self.parent_id) if self.parent_id else ""
            self.draft_status = "Draft restored from " + draft.value.updated + "."
            self.draft_saved, self._saved = True, _digest(f"{self.parent_id}:{self.text}")
            self.server_draft_at = int(datetime.fromisoformat(draft.value.updated_iso).timestamp() * 1000)
            await self._review(user_id)

    async def _rebind(self) -> bool:
        """Bind again a composer whose tab state expired while the page stayed open (Reflex then hands the
        next event a fresh state); keeps the text the event carries. True when bound to a thread."""
        if self._thread_id:
            return True
        text = self.text
        await (await self.get_state(ThreadState))._load()
        thread = (await self.get_state(ThreadState)).thread
        who = await current_user(self)
        if thread is None:
            return False
        self._thread_id, self._owner_id = thread.id, who.user_id if who is not None else 0
        self.thread_id, self.text = thread.id, text
        return True

    async def _review(self, user_id: int) -> None:
        if not self.text.strip():
            self._show_verdict(UNCHECKED)
            self._checked = ""
            return
        digest = _digest(self.text)
        if digest == self._checked:
            return  # the verdict on screen is already this text's
        tab = preview_budget.Bucket(self._tab_tokens, self._tab_updated)
        allowed = preview_budget.MEMBERS.allow(user_id, self.text, tab)
        self._tab_tokens, self._tab_updated = tab.tokens, tab.updated
        if not allowed:
            self.notice = preview_budget.PAUSED
            return
        result = await attempt(run_preview(preview_comment, actor_id=user_id, text=self.text),
                               "previewing a comment")
        if not result.ok:
            self.error = result.error
        elif result.value is None:  # the preview pool is full: skipped, like a spent budget
            self.notice = preview_budget.PAUSED
        else:
            self._show_verdict(result.value)
            self._checked = digest

    async def _save_draft(self, user_id: int) -> None:
        digest = _digest(f"{self.parent_id}:{self.text}")
        if digest == self._saved:
            return  # nothing changed since the last save
        saved = await attempt(run_db(save_draft, user_id=user_id, thread_id=self._thread_id, body=self.text,
                                     parent_id=self.parent_id or None), "saving a draft")
        self.draft_status = "" if saved.ok else "Draft not saved on the server: " + saved.error
        self.draft_saved = saved.ok
        self._saved = digest if saved.ok else ""

    @rx.event
    async def set_text(self, text: str):
        """The member paused typing: check the text with the server's policy and keep it as a draft."""
        self.text = text if isinstance(text, str) else ""
        self.error, self.notice = "", ""
        if not await self._rebind():
            return
        work = asyncio.ensure_future(self._check_and_keep())
        try:
            done, _ = await asyncio.wait({work}, timeout=SPINNER_AFTER_S)
            if not done:  # a slow check (a long text, a busy worker): say so while it runs
                self.checking = True
                yield
            await work
        finally:
            if not work.done():  # the event was cancelled (the tab went away): the check goes with it
                work.cancel()
            self.checking = False

    async def _check_and_keep(self) -> None:
        """What a pause in typing asks for: the verdict on the text, the draft saved, the "@name" completed."""
        who = await attempt(require_user(self), "checking the session")
        if who.ok and who.value is not None:
            await self._review(who.value.user_id)
            await self._save_draft(who.value.user_id)
            await self._suggest_handles()
        else:
            self.error = who.error

    async def _suggest_handles(self) -> None:
        typed = TRAILING_MENTION.search(self.text)
        if typed is None:
            self.handle_suggestions = []
            return
        found = await attempt(run_db(search_handles, typed.group(1)), "suggesting names")
        self.handle_suggestions = [{"handle": m.handle, "name": m.name} for m in (found.value or [])]

    @rx.event
    def pick_handle(self, handle: str):
        """Complete the "@name" being typed with a suggested member's handle."""
        typed = TRAILING_MENTION.search(self.text)
        if typed is not None and isinstance(handle, str) and HANDLE.fullmatch(handle):
            self.text = self.text[:typed.start(1)] + handle + " "
        self.handle_suggestions = []
        return rx.call_script("document.getElementById('composer-text')?.focus()")

    @rx.event
    async def restore_local(self, text: str, parent_id: int, name: str, nonce: str):
        """The browser holds a newer copy than the server's draft: take it (unless the composer moved on)."""
        if not isinstance(text, str) or nonce != self.load_nonce or not await self._rebind():
            return
        self.parent_id = parent_id if isinstance(parent_id, int) and parent_id > 0 else 0
        self.reply_to_name = str(name)[:80] if self.parent_id else ""
        async for _ in self.set_text(text):
            pass
        self.draft_status = self.draft_status or "Restored what you typed on this device."

    def _take_press(self, press: Any) -> str | None:
        """The text, parent and submission key the browser sent with Publish (the key, or None)."""
        if not isinstance(press, dict):
            return None
        if isinstance(press.get("text"), str):
            self.text = press["text"]
        parent = press.get("parent_id")
        if isinstance(parent, int) and parent >= 0 and parent != self.parent_id:
            self.parent_id = parent
        key = press.get("key")
        return key if isinstance(key, str) and key else None

    @rx.event
    async def wait_over(self):
        """Flood control's wait, counted down by the browser (``Countdown``), is over: check the text again so
        the button says what will happen now. The server still counts the author's posts on every submit, so
        an early call (a fast clock, a forged event) only gets the same refusal again."""
        if not self.retry_after:
            return
        self.retry_after, self._checked = 0, ""
        if self.decision == Decision.REJECT and all(r.get("rule") == FLOOD_RULE for r in self.reasons):
            self._show_verdict(UNCHECKED)  # Publish is pressable even if the check below is paused
        who = await attempt(require_user(self), "checking the session")
        if who.ok and who.value is not None:
            await self._review(who.value.user_id)

    @rx.event
    def set_tab(self, tab: str):
        self.tab = "preview" if tab == "preview" else "write"

    @rx.event
    async def reply_to(self, comment_id: int, author_name: str):
        """Aim the composer at a comment (the service attaches deep replies at the deepest level)."""
        self.parent_id = comment_id if isinstance(comment_id, int) and comment_id > 0 else 0
        self.reply_to_name = str(author_name)[:80] if self.parent_id else ""
        self.error, self.notice, self.tab = "", "", "write"
        yield rx.call_script(FOCUS_COMPOSER)

    @rx.event
    async def quote(self, comment_id: int, selected: str):
        """Quote-reply: the selection from a comment, attributed and linked back, added to the draft."""
        comment_id = comment_id if isinstance(comment_id, int) and comment_id > 0 else 0
        selected = str(selected)[:QUOTE_MAX_CHARS].strip()
        if not comment_id or not selected:
            return
        if not self._thread_id:
            # Clicked while the app was still booting (frontline.js kept the click), before this page's own
            # load ran: bind as a load does, so a saved draft is restored and the quote added to it, not over it.
            await (await self.get_state(ThreadState))._load()
            await self.load()
        if not await self._rebind():
            return
        found = await attempt(run_db(comment_author, comment_id), "finding a comment")
        if not found.ok or found.value is None:
            self.error = found.error or "That comment cannot be quoted."
            return
        handle, name = found.value
        self.parent_id, self.reply_to_name, self.tab, self.error = comment_id, name, "write", ""
        self.text = (self.text.rstrip() + "\n\n" if self.text.strip() else "") + quote_markdown(
            selected, handle=handle, comment_id=comment_id)
        yield rx.call_script(FOCUS_COMPOSER)
        who = await attempt(require_user(self), "checking the session")
        if who.ok and who.value is not None:
            await self._review(who.value.user_id)
            await self._save_draft(who.value.user_id)

    @rx.event
    async def react_instead(self):
        """Say it with a reaction: Thanks to the comment answered (or the thread); the draft stays as it is."""
        if not await self._rebind():
            return
        post, post_id = ("comment", self.parent_id) if self.parent_id else ("thread", self._thread_id)
        result = await attempt(self._thank(post, post_id), "reacting")
        if not result.ok:
            self.error = result.error
            return
        self.error = ""
        self.notice = (f"You said thanks to {self.reply_to_name or 'the thread'} with a reaction. "
                       "Your draft is kept, should you want to add something of your own.")
        yield show_thread_change()

    async def _thank(self, post: str, post_id: int) -> object:
        who = await require_user(self)
        return await run_db(set_reaction, actor_id=who.user_id, target_kind=post, target_id=post_id,
                            kind=ReactionKind.THANKS, on=True)

    @rx.event
    def reply_to_thread(self):
        self.parent_id, self.reply_to_name = 0, ""

    @rx.event
    async def submit(self, press: dict[str, Any] | None = None):
        """Send the comment; the server reviews it again and decides. ``press`` is what the browser sent
        with this press of Publish (``window.flDrafts.press()``); a resend of it never stores a second one."""
        if self.submitting or not await self._rebind():
            return
        key = self._take_press(press)
        if not self.text.strip():
            self.error = "Write your comment first."
            return
        self.submitting, self.error, self.notice = True, "", ""
        yield
        result = await attempt(self._post(key), "posting a comment")
        self.submitting = False
        if not result.ok or result.value is None:
            self.error = result.error
            return
        posted = result.value
        if posted.decision == Decision.REJECT:
            self._show_verdict(posted, keep_html=True)
            self.error = posted.message
            return
        self._reset()
        self.notice, self.accepted_key, self.load_nonce = posted.message, key or "", uuid.uuid4().hex
        yield show_posted_comment(posted.comment_id or 0)

    @rx.event
    async def published(self, answer: dict[str, Any] | None = None):
        """What Publish did in the page (``window.frontline.publish``: one request to the reply route, the new
        comment already put in place). Stored: the composer starts afresh. Anything else (offline, refused,
        an expired form) sends the same press through ``submit``, which decides and says why; its key stores
        one comment at most. Changes nothing but this tab's composer, whoever sends it."""
        if not isinstance(answer, dict) or answer.get("stored") is not True:
            press = answer.get("press") if isinstance(answer, dict) else None
            async for update in self.submit(press):
                yield update
            return
        if self.submitting or not await self._rebind():
            return
        decision = answer.get("decision")
        key = answer.get("key")
        self._reset()
        self.notice = outcome_message(decision if decision in (Decision.PUBLISH, Decision.HOLD) else Decision.HOLD)
        self.accepted_key, self.load_nonce = key if isinstance(key, str) else "", uuid.uuid4().hex

    async def _post(self, key: str | None) -> Any:
        who = await require_user(self)
        outcome = await run_db(post_comment, actor_id=who.user_id, thread_id=self._thread_id, text=self.text,
                               parent_id=self.parent_id or None, idempotency_key=key)
        if outcome.decision == Decision.REJECT:  # make sure the text survives a reload even if typing outran saving
            await self._save_draft(who.user_id)
        return outcome
