"""A consumer's own errand, written under an article as if the blog were a company's help desk or a noticeboard.

Regular-expression fragments over a comment's words (lower case, punctuation gone, " . " between sentences),
wrapped in spaces by :class:`forum.policy.cues.Cues`:

- ``DEMANDS``: a message to a company about the author's own purchase ("my order 48213 has not arrived, please
  refund me", "I want my money back", "this is the third time I'm writing");
- ``PLEAS``: readers asked to solve the author's own consumer problem ("has anyone had luck getting a refund from
  them?", "who can I complain to?", "someone please help me");
- ``CLASSIFIEDS``: things bought and sold ("anyone selling two tickets", "serious buyers only").

None of them is about the work, so a comment that uses one and says nothing as a practitioner is off-topic
(forum.policy.consumer).
"""

from __future__ import annotations

from forum.policy.lexicon import words

DEMANDS: tuple[str, ...] = (
    r"(?:please |pls |kindly )?(?:refund|reimburse|compensate) me",
    r"i (?:want|need|demand|expect|deserve) (?:my money back|my refund|compensation|an? (?:full |immediate )?"
    r"(?:refund|replacement|explanation))",
    r"(?:please|pls|kindly) (?:confirm|process|reverse|cancel|refund|resolve|escalate|look into|check) (?:my|the|"
    r"one of|this|it)",
    r"where is my (?:order|parcel|package|refund|delivery|money|item|replacement)",
    r"my (?:[\w-]+ )?(?:order|booking|reference|case|complaint|pnr|tracking|membership) (?:number |no |id |ref "
    r"|reference )?(?:is )?[a-z]*\d[\w-]*",
    r"order (?:number|no|id|ref) [\w-]*\d[\w-]*",
    r"(?:hello|hi|dear) (?:customer (?:service|care|support)|support team|sir|madam)",
    r"i want to cancel my (?:[\w-]+ )?(?:membership|subscription|account|order|contract|plan)",
    r"this is the (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time i(?:'m| am| have| '?ve)? (?:writing|"
    r"written|asking|asked|contacting|contacted|calling|called|emailing|emailed)",
    r"(?:nobody|no one|no-one) (?:responds|replies|answers|has replied|has responded|is responding) to my",
    r"order (?:no )?\d[\d-]{5,}", r"(?:case|ticket|complaint|reference|ref) (?:id|number|no) [\w-]*\d",
    r"(?:still|yet) no (?:refund|reply|response|answer|replacement)",
    r"my refund (?:of \S+ )?(?:was|has|is|has been) (?:never|still|not)",
    r"my account (?:number|no) (?:ends|ending|is)",
    r"(?:wrong|double|unauthori[sz]ed|unknown|fraudulent) (?:debit|debits|deduction|transaction|charge) (?:of|from|on)",
    r"(?:been )?trying to (?:reach|contact|get hold of|get through to) (?:[\w-]+ ){0,2}(?:customer (?:care|service|"
    r"support)|support|helpline|hotline)",
)
PLEAS: tuple[str, ...] = (
    r"(?:please )?(?:someone|somebody|anyone|anybody) (?:please )?help me",
    r"what (?:should|can|do) i do",
    r"(?:has|have) (?:anyone|anybody) had (?:any )?luck (?:getting|with)",
    r"who (?:i )?(?:can|should|do) (?:i )?(?:complain|report|write|turn|go) to",
    r"where (?:can|should|do) i (?:complain|report)",
    r"is (?:this|it) (?:the right place|where) (?:i |to )?(?:can )?(?:complain|ask|report|get help)",
    r"(?:cant|can't|cannot|can not|couldnt|couldn't|unable to) get through to (?:anyone|anybody|someone|somebody|"
    r"a (?:human|person)|them)",
    r"(?:please |pls |kindly )?(?:call|ring|phone|email|contact) me back",
    r"(?:they|you) (?:have )?(?:took|taken|charged|debited|deducted|billed) (?:me |money |my card )?(?:twice|double)",
    r"i (?:was|have been|got) (?:charged|billed|debited) (?:twice|double)",
    r"my (?:bank |card |savings |[\w-]+ )?account (?:has been|is|was|got) (?:frozen|blocked|locked|suspended|hacked)",
    r"(?:i am|i'm|im) begging", r"(?:children|kids|mouths|family) to feed",
    r"(?:anyone|anybody|someone|somebody) who can help(?: me)?",
    r"can (?:someone|somebody|anyone|anybody) from [\w-]+ (?:please )?help",
)
CLASSIFIEDS: tuple[str, ...] = (
    r"(?:anyone|anybody)(?: here)? (?:selling|buying)", r"(?:i am|i'm|im) selling (?:my|a|an|two|\d+)",
    r"serious buyers",
    r"will pay (?:face value|cash|well|good money|the asking price)", r"for sale",
    r"selling my (?:old|used|spare|second-hand|unused|\d+)", r"(?:or|o) best offer", r"collection only",
)

# Words of someone speaking as a practitioner: a comment with any of them is about the work, whatever errand
# it quotes ("a customer wrote 'where is my parcel?'").
PRACTITIONER_WORDS = words("""
we our us ours agent agents caller callers customers colleague colleagues supervisor supervisors shift shifts
queue queues team's
""")
