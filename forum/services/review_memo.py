"""One policy review per text: the composer's live preview and the submit that follows share it.

``review_comment`` is a pure function of (text, settings, author context), so its verdict for the same three
is the same verdict. The composer asks for a preview as the member types; when they press Publish the
service judges the same text again, and this memo answers from the preview's work instead of reviewing it
a second time. The key carries the full text and a fingerprint of the settings, so a changed policy or a
changed author (trust gained, suspension) is a new review; flood control is never memoised (it depends on
the time and is checked before this).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from forum.policy import AuthorContext, PolicySettings, Verdict, review_comment

MAX_ENTRIES = 256

_memo: OrderedDict[tuple[str, str, AuthorContext], Verdict] = OrderedDict()
_lock = threading.Lock()


def settings_fingerprint(settings: PolicySettings) -> str:
    return hashlib.sha256(repr(settings).encode()).hexdigest()


def review_once(text: str, *, settings: PolicySettings, author: AuthorContext) -> Verdict:
    """``review_comment(text, settings=settings, author=author)``, computed once for recent identical calls."""
    key = (text, settings_fingerprint(settings), author)
    with _lock:
        verdict = _memo.get(key)
        if verdict is not None:
            _memo.move_to_end(key)
            return verdict
    verdict = review_comment(text, settings=settings, author=author)
    with _lock:
        _memo[key] = verdict
        while len(_memo) > MAX_ENTRIES:
            _memo.popitem(last=False)
    return verdict
