"""@mentions: finding them in a comment's source and showing them as links to the member's profile.

A mention is ``@handle`` (3–20 letters, digits or underscores) not preceded by a word character, a dot or
another ``@`` (so ``maya@example.org`` is an address, not a mention) and outside code. It is not a link: the
link finder never sees it (its rules look for ``http(s)://`` and ``www.``), it never counts toward the link
limit, and its HTML is added at display time by :func:`link_mentions` to text nodes of the sanitised HTML
(never inside ``<a>``, ``<code>`` or ``<pre>``), with only a handle-shaped string in the markup. The stored
HTML stays exactly the policy engine's output.
Pure functions, no framework.
"""

from __future__ import annotations

import re

_MENTION = re.compile(r"(?<![\w.@/])@([A-Za-z0-9_]{3,20})(?![\w@])")
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)
_TAG = re.compile(r"""(<(?:[^>"']|"[^"]*"|'[^']*')*>)""")  # a tag, with ">" inside quoted attributes
_QUOTE_LINK = re.compile(r"\(\[link\]\(/c/(\d{1,12})\)\)")  # a quote's attribution (forum.policy.quotes)
_SKIP = {"a", "code", "pre"}


def find_mentions(text: str) -> list[str]:
    """The distinct handles ``text`` mentions, lower-cased, in order of first appearance (code excluded)."""
    if "@" not in text:
        return []
    if "`" in text:
        text = _CODE.sub(" ", text)
    return list(dict.fromkeys(m.group(1).lower() for m in _MENTION.finditer(text)))


def link_mentions(html: str, profile_base: str = "/u/") -> str:
    """Sanitised ``html`` with each ``@handle`` in its text turned into a link to the profile, and a quote's
    attribution link (``([link](/c/<id>))``, which the sanitiser leaves as text: it allows no relative
    links) into a link back to the quoted comment. Only digits and handle characters reach the markup."""
    if "@" not in html:
        return html
    parts = _TAG.split(html)
    skipping: list[str] = []
    for i, part in enumerate(parts):
        if i % 2:  # a tag
            name = part[1:].lstrip("/").split(None, 1)[0].rstrip(">/").lower() if len(part) > 2 else ""
            if name in _SKIP:
                if part.startswith("</"):
                    if skipping and skipping[-1] == name:
                        skipping.pop()
                elif not part.endswith("/>"):
                    skipping.append(name)
        elif not skipping and "@" in part:
            part = _MENTION.sub(
                lambda m: f'<a class="mention" href="{profile_base}{m.group(1).lower()}">@{m.group(1)}</a>', part)
            parts[i] = _QUOTE_LINK.sub(r'(<a class="quote-link" href="/c/\1">link</a>)', part)
    return "".join(parts)
