"""Crawler and unfurler user agents are recognised in one place; browsers are not mistaken for them."""

from __future__ import annotations

import pytest

from forum.seo.agents import is_crawler

CRAWLERS = [
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com",
    "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
]
BROWSERS = [
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile Safari",
    "",
    None,
]


@pytest.mark.parametrize("agent", CRAWLERS)
def test_crawlers_and_unfurlers_are_recognised(agent: str) -> None:
    assert is_crawler(agent)


@pytest.mark.parametrize("agent", BROWSERS)
def test_browsers_are_not_crawlers(agent: str | None) -> None:
    assert not is_crawler(agent)
