"""The policy panel's vars, shared by every state that shows an author the verdict on what they type: the
reply composer, the new-thread form and the edit dialog.

A Reflex mixin: each state that inherits it gets its own copy of the vars. They are only ever filled from a
:class:`~forum.services.verdicts.VerdictView` (``_show_verdict``), never parsed from a dict.
"""

from __future__ import annotations

import reflex as rx

from forum.services.verdicts import VerdictView

UNCHECKED = VerdictView()


class VerdictPanel(rx.State, mixin=True):
    """The verdict on the text being typed, as the panel and the submit button show it."""

    decision: str = ""  # "" until the text has been checked
    reasons: list[dict[str, str]] = []
    links: list[dict[str, str]] = []
    preview_html: str = ""  # sanitised by the policy engine; safe for rx.html
    submit_label: str = UNCHECKED.submit_label
    checking: bool = False
    retry_after: int = 0  # flood control: seconds until the author may post again, as of ``retry_stamp``
    retry_stamp: int = 0  # changes with each such verdict, so the browser's countdown starts over

    def _show_verdict(self, verdict: VerdictView, *, keep_html: bool = False) -> None:
        """Show ``verdict``; ``keep_html`` keeps the current preview when the verdict carries none."""
        self.decision, self.reasons, self.links = verdict.decision, list(verdict.reasons), list(verdict.links)
        self.preview_html = verdict.html or (self.preview_html if keep_html else "")
        self.submit_label = verdict.submit_label
        self.retry_after = verdict.retry_after
        if verdict.retry_after:
            self.retry_stamp += 1
