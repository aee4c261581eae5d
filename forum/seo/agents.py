"""The crawlers and link unfurlers we recognise, in one place.

A page may serve these a lighter layout (no app bundle, no live updates); every reader, crawler or not,
must get the same content and head tags, so this only ever changes presentation.
"""

from __future__ import annotations

import re

# Lower-case substrings of User-Agent headers: search engines, then chat and social link previews.
CRAWLER_TOKENS = (
    "googlebot", "bingbot", "duckduckbot", "yandexbot", "baiduspider", "applebot", "petalbot", "qwantbot",
    "slackbot", "slack-imgproxy", "twitterbot", "facebookexternalhit", "facebot", "linkedinbot", "discordbot",
    "telegrambot", "whatsapp", "skypeuripreview", "embedly", "redditbot", "mastodon", "pinterestbot",
)
_PATTERN = re.compile("|".join(re.escape(token) for token in CRAWLER_TOKENS))


def is_crawler(user_agent: str | None) -> bool:
    """Whether ``user_agent`` is a known search crawler or link unfurler."""
    return bool(user_agent) and _PATTERN.search(user_agent.lower()) is not None
