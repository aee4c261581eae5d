"""Mild profanity: words a moderator should see before they go out, though a comment using them can be fine.

``MILD`` are whole words (after lower-casing and un-masking "f*ck", "sh!t"). ``INSULTS`` are words that,
aimed at a person ("you idiot"), turn mild language into an attack; the profanity rule says so in its reason.
Slurs are deliberately not listed here: they are a moderation matter for reports, not a word list.
"""

from __future__ import annotations

from forum.policy.lexicon import words

MILD = words("""
damn damned dammit damnit goddamn crap crappy shit shitty shite bullshit horseshit shitshow piss pissed
pissing arse arsehole ass asshole asses badass jackass bloody bugger bollocks bastard fuck fucked fucking
fucker fuckup fck fkn frigging friggin freaking frickin wtf wth stfu omfg sucks sucked suck screwed hell
douche douchebag dick dickhead prick bitch bitching bitchy twat wanker tosser
""")

INSULTS = words("""
idiot idiots moron morons stupid dumb dumbass imbecile loser losers clown clowns jerk jerks fool fools
incompetent useless pathetic asshole arsehole bastard dick dickhead prick bitch twat wanker tosser douche
douchebag
""")

# Masked spellings an author uses to slip past a filter; each maps to the word it stands for.
MASKED = {
    "f*ck": "fuck", "f**k": "fuck", "f***": "fuck", "fu*k": "fuck", "f#ck": "fuck", "f@ck": "fuck",
    "sh*t": "shit", "s**t": "shit", "sh!t": "shit", "$hit": "shit", "sh1t": "shit",
    "a$$": "ass", "@ss": "ass", "a**": "ass", "b*tch": "bitch", "b!tch": "bitch", "d*mn": "damn",
    "cr@p": "crap", "h*ll": "hell", "a**hole": "asshole", "a$$hole": "asshole",
}
