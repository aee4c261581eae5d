"""The avatar beside a name: the member's uploaded picture, or a generated initials avatar (inline SVG).

Pure markup from what the page already loaded (the URL stem and the display name): no request, no query. The
initials' colour comes from a hash of the handle, so a member keeps their colour everywhere.
"""

from __future__ import annotations

import hashlib

from markupsafe import Markup, escape

_PALETTE = ("#0d9488", "#2563eb", "#7c3aed", "#db2777", "#ea580c", "#65a30d", "#0891b2", "#b45309")


def initials(name: str) -> str:
    """Up to two letters: first and last word's first letters ("Maya Lopez" → "ML")."""
    words = [w for w in name.split() if w[:1].isalnum()]
    if not words:
        return "?"
    return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()


def avatar(url: str | None, name: str, handle: str, size: int = 48) -> Markup:
    """An ``<img>`` of the uploaded avatar (``url`` stem + size), else the initials SVG; decorative."""
    shown = 128 if size > 48 else 48
    if url and url.startswith("/avatars/"):
        return Markup('<img class="fl-avatar" src="{src}-{shown}.webp" width="{size}" height="{size}" alt="" '
                      'loading="lazy" decoding="async">').format(src=url, shown=shown, size=size)
    colour = _PALETTE[int(hashlib.sha1(handle.encode()).hexdigest()[:4], 16) % len(_PALETTE)]
    return Markup('<svg class="fl-avatar" width="{size}" height="{size}" viewBox="0 0 40 40" aria-hidden="true" '
                  'xmlns="http://www.w3.org/2000/svg"><rect width="40" height="40" rx="20" fill="{colour}"/>'
                  '<text x="20" y="25" text-anchor="middle" font-size="15" font-family="system-ui,sans-serif" '
                  'fill="#fff">{letters}</text></svg>').format(size=size, colour=colour,
                                                               letters=escape(initials(name)))
