"""The vocabulary of selling: advertising cues, keyword-stuffed anchors, follow/subscribe pushes, spam topics.

``STRONG_AD_CUES`` advertise on their own ("use code SAVE20", "DM me for prices"); ``WEAK_AD_CUES`` only
in numbers, because a genuine story can say "free trial" or "our app". They are regular-expression
fragments over lower-case normalised prose, matched on word boundaries.
"""

from __future__ import annotations

STRONG_AD_CUES: tuple[str, ...] = (
    r"(?:use|enter|apply) (?:the |my |our )?(?:promo |coupon |discount |voucher )?code:? ?[a-z0-9]{3,}",
    r"(?:promo|coupon|discount|voucher|referral) codes?",
    r"\d{1,2} ?(?:%|percent) off",
    r"(?:dm|pm|message|inbox|whatsapp|text|call|contact|email) (?:me|us)(?: now| today)? for (?:a |the )?"
    r"(?:free )?(?:price|prices|pricing|rates?|quotes?|details|a demo|demo|discounts?|offers?|deals?)",
    r"call (?:us |me )?(?:now|today)",
    r"(?:free|instant) (?:quote|quotes|estimate|consultation)",
    r"for (?:a )?(?:free )?quotes?",
    r"(?:search|google|look up|find) (?:for )?(?:\"[^\"]{2,40}\"|[a-z0-9][\w .&'-]{1,40}?) on "
    r"(?:google|bing|youtube|amazon|the app store|the play store|google play)",
    r"(?:just )?google us",
    r"visit (?:our|my) (?:website|site|store|shop|page|booth|showroom)",
    r"(?:order|buy|shop|book) (?:now|today|online)",
    r"(?:book|request|schedule) (?:a |your )?(?:free )?demo",
    r"limited[- ]time (?:offer|deal|discount)",
    r"hire (?:us|me) (?:for|to|today|now)",
    r"(?:best|lowest|cheapest|affordable|unbeatable) (?:prices?|rates)",
    r"we are (?:a|the) (?:leading|top|best|trusted|premier)",
    r"(?:sign up|register) (?:now|today) (?:and|to) (?:get|save|receive)",
    r"money[- ]back guarantee",
)

WEAK_AD_CUES: tuple[str, ...] = (
    r"our (?:product|products|platform|software|tool|app|solution|solutions|services|agency|company|firm)",
    r"free trial",
    r"sign up",
    r"check out our",
    r"we offer",
    r"(?:affordable|cheap|discounted)",
    r"(?:contact|reach|call|email) (?:us|me)",
    r"(?:24/7|round the clock) (?:support|service)",
    r"(?:pricing|packages|plans start)",
)

FOLLOW_PUSHES: tuple[str, ...] = (
    r"(?:follow|subscribe to|sub to|like and subscribe|smash that like|hit (?:the )?subscribe)"
    r"(?: me| us| my| our)?(?: channel| page| blog| newsletter| podcast| account)?"
    r"(?: on (?:twitter|x|instagram|tiktok|youtube|linkedin|facebook|medium|substack|threads))?",
    r"(?:my|our) (?:channel|newsletter|podcast|instagram|tiktok|youtube)",
)

LINK_INTRO: tuple[str, ...] = (
    r"check (?:out|it out)", r"(?:read|see|visit|try|click|view|watch|download|grab) (?:my|our|this|the|it|here)",
    r"i (?:wrote|blogged|posted|published|recorded|made) (?:about|on|a|an|this)", r"my (?:latest|new|recent)",
    r"(?:link|more) (?:below|here|in my (?:bio|profile))", r"click (?:here|the link|below)", r"(?:found|here is|here's) (?:a|an|the|my)",
    r"worth a (?:read|look|listen|watch)", r"(?:this|the) (?:article|post|guide|piece|video|link|resource)",
    r"(?:full|detailed|complete|ultimate) guide", r"(?:more|further) (?:info|information|details|reading)",
)

# Anchor words that sell rather than describe: an anchor made mostly of them is keyword-stuffed.
SEO_WORDS = frozenset("""
best top cheap cheapest affordable buy online free software tool tools platform solution solutions service
services agency company companies provider providers outsourcing outsourced crm helpdesk ticketing chatbot
chatbots ai automation app apps review reviews reviewed pricing price deal deals discount discounts hire
guide ultimate 2023 2024 2025 2026 near me usa uk india leading professional expert experts call center
centre bpo seo marketing
""".split())

# Topics of spam that have nothing to do with customer service.
SPAM_TOPICS = frozenset("""
casino casinos betting bet365 poker slots jackpot crypto bitcoin forex viagra cialis payday loans loan
escort escorts porn xxx dating essay essays homework weight-loss keto diet pills followers likes
""".split())
