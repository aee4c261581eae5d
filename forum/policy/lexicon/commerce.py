"""The vocabulary of selling: advertising cues, keyword-stuffed anchors, follow/subscribe pushes, spam topics.

``STRONG_AD_CUES`` advertise on their own ("use code SAVE20", "DM me for prices"); ``WEAK_AD_CUES`` only
in numbers, because a genuine story can say "free trial" or "our app". Both, and ``FOLLOW_PUSHES``, are
regular-expression fragments over a comment's *words*: lower case, joined by single spaces, punctuation
gone ("20% off" reads "20 off", "24/7" reads "24 7"); the rules wrap them in spaces so they match whole
words and the scanner can skip from space to space.
"""

from __future__ import annotations

from forum.policy.lexicon import words

STRONG_AD_CUES: tuple[str, ...] = (
    # fake reviews and bought audiences
    r"buy (?:[\w-]+ )?(?:google|trustpilot|yelp|amazon|facebook|instagram|tiktok|youtube|linkedin|app store) "
    r"(?:reviews|followers|likes|views|subscribers|ratings)",
    r"(?:use|enter|apply|with) (?:the |my |our )?(?:promo |coupon |discount |voucher |referral )?code \w+",
    r"(?:dm|pm|message|inbox|whatsapp|text|call|contact|email) (?:me|us)(?: now| today)? for (?:a |the |our )?"
    r"(?:free )?(?:price|prices|pricing|rates?|quotes?|details|demo|a demo|discounts?|offers?|deals?)",
    r"call (?:us|me) (?:now|today)",
    r"(?:dm|pm|inbox|whatsapp)(?: now| today)? for (?:a |the |our |more )?(?:free )?(?:price|prices|pricing|rates?|"
    r"quotes?|details|info|demo|discounts?|offers?|deals?)",
    r"(?:dm|pm|message|inbox|text|whatsapp|email) (?:me|us)(?: now| today)? for (?:a |the |our |my )?"
    r"(?:\d+ (?:percent )?)?(?:[\w-]+ )?(?:discount code|coupon|coupon code|promo code|price|prices|pricing|rate card)",
    r"early bird (?:ends|closes|expires|price ends)", r"(?:limited|few) seats (?:left|for|remaining|available)",
    r"(?:search|look up|google) (?:for )?the petition", r"add your (?:name|signature) to",
    r"(?:search|look up|google) (?:[\w-]+ ){1,4}and (?:give|donate|request to join|join|grab|get|book|buy|enrol|"
    r"enroll|sign up)",
    r"\d+ (?:reviews|followers|likes|subscribers|views|upvotes) for \d+",
    r"call them before you (?:book|buy|pay|sign|order)",
    r"(?:\d+ (?:percent )?)?pass guarantee", r"guaranteed pass", r"real exam (?:questions|dumps)", r"exam dumps",
    r"(?:exchange|swap|trade) links", r"link exchange",
    r"(?:verified |targeted )?(?:contact|email|mailing) lists? of \d+",
    r"(?:come )?find us at (?:booth|stand)",
    r"early-bird (?:tickets|passes|pricing|prices|rates?|discounts?|offers?|registration|ends|closes)",
    r"(?:message|contact|dm|reach) (?:the |our )?(?:recovery|hack|hacking|fund recovery) (?:team|experts?|agents?)",
    r"(?:we|i) offer (?:[\w-]+ ){0,2}(?:loans|credit|financing|funding) (?:at|to|with|for)",
    r"(?:would love to|like to|want to) (?:contribute|write|submit) a guest (?:post|article|blog)",
    r"(?:guest post|article) (?:on|about) (?:[\w-]+ ){0,8}for your (?:audience|readers|blog|site)",
    r"(?:entry|registration|nomination) fee applies", r"(?:nominations|entries|registrations) (?:are )?now open",
    r"(?:pays|paying|returns?) \d+ (?:percent )?(?:weekly|daily|a week|a day|per week|per day)",
    r"(?:free )?(?:amazon|walmart|apple|google play|steam) gift cards? (?:just )?for",
    r"(?:search|look up|google) (?:[\w-]+ ){1,4}(?:on|in) (?:spotify|apple|apple podcasts|itunes|soundcloud|audible)",
    r"(?:looking for|seeking|accepting|taking on|onboarding|open to) (?:new|more|international|overseas|long-term) "
    r"(?:clients|projects|business)",
    # a quote asked of the seller's own desk: "contact our sales team for a custom quote"
    r"(?:contact|call|email|message|reach|ask) (?:our|my) (?:[\w-]+ ){0,2}(?:team|department|desk|office|reps?|"
    r"representatives?|managers?) for (?:a |an |your )?(?:free |custom |personalised |personalized |tailored |"
    r"no-obligation )?(?:quote|quotes|proposal|pricing|prices|demo|consultation|estimate)",
    r"(?:custom|tailored|no-obligation|no obligation) (?:quote|quotes|proposal|proposals)",
    # SEO and link-building outreach: a placement bought or sold on the blog itself
    r"(?:dofollow|do-follow|nofollow) (?:link|links|backlinks?)", r"(?:high-authority |quality |\d+ )?backlinks?",
    r"domain authority", r"link insertions?", r"sponsored (?:post|posts|article|articles|content|guest post)",
    r"(?:accept|publish|allow|take) (?:a |my |our )?(?:guest|sponsored) (?:post|posts|article|articles|blog)",
    r"guest (?:post|posting|article|blog) (?:on|for|to) your (?:blog|site|website)", r"paid collaborations?",
    r"in (?:return|exchange)(?: for)?(?: [\w-]+){0,4} (?:a |one )?(?:link|backlink|mention) (?:to|back to|on)",
    r"(?:seo|link-building|link building) (?:audit|services|package|packages|campaign)",
    r"rank (?:your|this) (?:blog|site|website|page)", r"broken links? on your (?:[\w-]+ )?(?:site|blog|page|website)",
    r"(?:you'd|you would|you could|you might) (?:like to |want to )?link to (?:it|my|our)",
    r"(?:our|my) rate card",
    r"call now",
    r"(?:call|whatsapp|text|ring|dial|message|contact)(?: or \w+)? (?:(?:us|me|our(?: [\w-]+){0,2}) )?(?:now|today)",
    r"send (?:your |ur |us your |me your |in your )?(?:cv|cvs|resume|resumes) to",
    r"send (?:me|us) (?:your|ur) (?:cv|cvs|resume|resumes)",
    r"(?:free|instant) (?:quote|quotes|estimate|consultation)",
    r"(?:search|google|look up|find) (?:for )?(?:\w+ ){1,5}(?:on|in) (?:google|bing|youtube|amazon|the app store|"
    r"the play store|google play)",
    r"download (?!our |the |your |their |this |my |it )(?:[\w-]+ ){1,3}(?:on|from) (?:the )?(?:app store|play store|"
    r"google play)",
    r"scan (?:the |my |our )?qr code (?:in|on) (?:my|our) (?:profile|bio|booth|stand|picture|pic)",
    r"scan (?:the |my |our )?qr code (?:for|to get|and get) (?:a |your )?(?:free|\d+|discount)",
    r"(?:come|stop|drop) (?:by|to) (?:our |my )?booth",
    r"(?:just )?google us",
    # "search X and create a free profile": a name to look up, then a sign-up
    r"(?:search|google|look up) (?:for )?(?:[\w-]+ ){1,3}and (?:create|make|open|sign up|register|join)",
    r"visit (?:our|my) (?:website|site|store|shop|page|booth|showroom)",
    r"(?:order|buy|shop|book) (?:yours )?now",
    r"(?:book|request|schedule) (?:a |your )?(?:free )?demo",
    r"limited(?:-| )time (?:offer|deal|discount)",
    r"hire (?:us|me) (?:for|to|today|now)",
    r"(?:best|lowest|cheapest|unbeatable) (?:prices?|rates) (?:in|on|for|guaranteed)",
    r"we are (?:a|the) (?:leading|top|best|trusted|premier)",
    r"(?:sign up|register) (?:now|today) (?:and|to) (?:get|save|receive)",
    r"money(?:-| )back guarantee",
    # A place, a call or a session sold to readers: "DM me to book", "book a free strategy call".
    r"(?:dm|pm|message|inbox|text|whatsapp|email) (?:me|us)(?: on [\w-]+| via [\w-]+)?(?: now| today)? to (?:book|"
    r"join|enrol|enroll|sign up|register|reserve|claim|grab|buy|order|get started)",
    # an event or a product sold: "early bird tickets now available", "we'd love to show you a personalised demo"
    r"early bird (?:tickets|passes|pricing|prices|rates?|discounts?|offers?|registration)",
    # scarcity pushed at the reader: "grab it before it's gone", "while stocks last"
    r"(?:grab|get|claim|download) (?:it|yours|them|one|a copy)(?: now| today)? (?:before|while) (?:it's|its|it is|"
    r"they're|they are|stocks?|supplies) (?:gone|last|lasts)",
    r"while (?:stocks?|supplies) lasts?",
    # a plug declared, a referral asked, results or hiring pushed, a third party vouched for off the platform
    r"shameless (?:self[- ])?plug", r"tell them (?:[\w-]+ ){1,2}sent you",
    r"\d{1,2} (?:percent )?off for (?:teams|readers|anyone|everyone|you|your|members here|this community)",
    r"(?:join|get into) (?:our|my) (?:free |vip |private )?(?:signals?|trading|forex|crypto|investment) "
    r"(?:group|channel|community|club)",
    r"grab (?:\d+|a few|some) minutes with me", r"(?:check|see) (?:your|if you) (?:eligibility|qualify)",
    r"(?:just )?google (?:[\w-]+ ){1,4}and (?:ask|request|sign up|get|book|start|try)",
    r"guaranteed (?:results|ranking|rankings|returns|profits?|income|approval)",
    r"(?:results|returns|profits?|approval|income) guaranteed", r"urgent(?:ly)? hiring",
    r"send (?:your |ur |us your |me your )?(?:cv|cvs|resume|resumes) (?:on|via|at|over)",
    r"(?:add|contact|message|dm|text|reach|follow) (?:me|him|her|them) on (?:snap|snapchat|telegram|instagram|insta|"
    r"whatsapp|kik|wechat|signal|tiktok)",
    r"(?:message|contact|dm|text|reach out to) (?:him|her)(?: on [\w-]+)? (?:he|she)(?:'s| is) (?:legit|genuine|real|"
    r"the best|reliable|trustworthy|honest)",
    r"(?:show|give) you an? (?:quick |free |short |live |personalised |personalized |custom |tailored )?demo",
    r"drop (?:me|us) an? (?:message|line|dm|note|email) to (?:book|join|enrol|enroll|sign up|register|get started)",
    r"(?:book|grab|claim|schedule|get) (?:a |your )?free (?:[\w-]+ ){0,2}(?:call|session|consultation|audit|"
    r"assessment)",
    r"(?:dm|pm|message|inbox) (?:me|us)(?: now| today)? for (?:a |the )?free (?:[\w-]+ ){0,2}(?:call|session|"
    r"consultation|audit|assessment)",
    r"(?:today|tonight|this week|this weekend) only",
    r"(?:register|enrol|enroll|sign up|book|join|reserve|order)(?: \w+)? by (?:messaging|emailing|texting|dming|"
    r"calling|whatsapping) (?:me|us)",
)

WEAK_AD_CUES: tuple[str, ...] = (
    r"our (?:product|products|platform|software|tool|app|solution|solutions|services|agency|firm)",
    r"free trial",
    r"sign up",
    r"check out our",
    r"we offer",
    r"\d{1,2} (?:percent )?off",
    r"(?:affordable|cheap|discounted|best price|best prices)",
    r"(?:contact|reach|call|email|dm|message) (?:us|me)",
    r"(?:24 7|round the clock) (?:support|service)",
    r"(?:pricing|packages|plans start)",
)

# Every weak cue contains one of these words; with fewer than two present, no two cues can be.
WEAK_AD_WORDS = words("""
product products platform software tool app solution solutions services agency firm trial sign check offer off
affordable cheap discounted price prices contact reach call email dm message 24 clock pricing packages plans
""")

# A link's reader asked to act for a cause or a seller: sign, donate, pledge, hire, download ours. Right before
# the link (or anywhere in a thin comment) the comment exists to get it clicked (forum.policy.rules.promotion).
LINK_ASKS: tuple[str, ...] = (
    r"sign (?:and share|the petition|our petition|this petition|it here|here|now)",
    r"add your (?:name|signature|voice)",
    r"(?:please |pls |kindly )?donate (?:anything|whatever|what you can|now|here|today)",
    r"every (?:pledge|donation) (?:counts|helps|matters)",
    r"hire me", r"check (?:out )?my (?:gig|profile on|listing)", r"order my gig", r"book me (?:at|via|on|through|here)",
    r"join (?:our|my) (?:discord|slack|telegram|whatsapp|facebook group|community|group)",
    r"fill (?:in|out) (?:my|our|this|the) (?:short |quick )?(?:survey|questionnaire|form)",
    r"save your (?:seat|spot|place)", r"register (?:here|now|free|for free)",
    r"book an? (?:[\w-]+ )?(?:slot|time|session)", r"participants? (?:needed|wanted)",
    r"(?:grab|get|download) (?:it|yours|your copy|a copy) (?:here|below|for free)",
    r"apply (?:fast|now|today|here)",
    r"before (?:the )?(?:slots|seats|spots|places|rooms|tickets) (?:fill|run out|are gone|go|sell out)",
    r"read it now", r"(?:staffing|recruitment|hiring) (?:for [\w-]+ (?:[\w-]+ )?)?sorted",
    r"do (?:read|check) (?:it|this|them)(?: out)?",
    r"download the (?:[\w-]+ ){0,4}(?:toolkit|pack|bundle|guide|templates?|ebook|e-book|workbook) here",
    r"give it a read", r"let me know what you think",
    r"(?:enrolment|enrollment|registration|registrations|sign-?ups|applications|entries|tickets|bookings) "
    r"(?:is |are )?(?:now )?(?:open|live)",
    r"(?:tickets|seats|places|spots|rooms) (?:are )?(?:going|selling) fast",
    r"(?:enrol|enroll|sign up) (?:here|now|today)", r"(?:almost|nearly) sold out",
    r"come (?:and )?join (?:us|in)",
    r"join (?:the|our|my) (?:channel|group|community|server|telegram|whatsapp|discord)",
    r"(?:our|my) (?:services?|product|pricing|sales|landing) page",
    r"download (?:our|my) (?:new |free |latest )?(?:[\w-]+ ){0,5}(?:whitepaper|white paper|e-?book|report|guide|pack|"
    r"bundle|toolkit|playbook)",
)
FOLLOW_PUSHES: tuple[str, ...] = (
    r"(?:follow|subscribe to|sub to) (?:me|us|my \w+|our \w+)(?: on \w+)?",
    r"follow (?:me |us )?on (?:twitter|x|instagram|tiktok|youtube|linkedin|facebook|medium|substack|threads)",
    r"like and subscribe", r"smash that like", r"hit (?:the )?subscribe",
    r"(?:go |please )?upvote (?:it|this|us|my|the post)", r"(?:please )?(?:repin|retweet|reshare) (?:it|this|and)",
    r"leave (?:a|your) comment (?:there|on (?:my|the|that) (?:blog|post|site|article))",
    r"(?:listen|watch|like),? (?:and )?subscribe",
    r"leave (?:us|me) an? (?:five-star|5-star|5 star|five star|good|positive|honest) (?:review|rating)",
)

# Self-promotion without a link: pushes to follow, subscribe, like or find the author elsewhere. These
# promote whatever surrounds them: a genuine comment never asks to be liked or followed.
SELF_PROMO_PUSHES: tuple[str, ...] = (
    r"(?:please |pls |do )?(?:subscribe|sub) (?:to )?(?:my|our) \w+",
    r"(?:don't|dont|do not) forget to (?:subscribe|follow|like|share)",
    r"(?:please|pls|plz|do|and|so) (?:subscribe|sub)\b",
    r"subscribe (?:wherever you (?:listen|watch|get your \w+)|now|today|here)",
    r"hit (?:the )?(?:bell|subscribe|like) ?(?:button|icon)?",
    r"like (?:and|&) (?:share|subscribe)",
    r"(?:like|upvote|thumbs up) (?:this|my) comment",
    r"give (?:this|my) comment an? (?:like|thumbs up|upvote|heart)",
    r"follow (?:me|us)\b",
    r"follow (?:my|our) (?:channel|page|blog|account|profile|instagram|insta|tiktok|youtube|twitter|podcast|"
    r"newsletter|work|journey|content|facebook|linkedin)",
    r"join (?:my|our) (?:telegram|whatsapp|discord|signal|facebook|slack) (?:group|channel|community|server)",
    r"(?:visit|check|see|find|read|watch|join) (?:out )?(?:my|our) (?:blog|channel|page|profile|website|site|"
    r"instagram|insta|tiktok|youtube|twitter|podcast|newsletter|bio|facebook|linkedin|videos|community|group)",
    r"(?:link|links|link's|number|whatsapp) (?:is |are )?in (?:my |the )?(?:bio|profile|description)",
    r"(?:come )?find me on (?:tiktok|instagram|insta|youtube|twitter|x|linkedin|facebook|threads|snapchat|twitch)",
    r"drop (?:me )?a follow", r"i follow back", r"follow for follow",
    r"turn on (?:the |post )?(?:notifications|bell)",
    # engagement bait: a like, share or comment asked for ("like, share and comment done to enter")
    r"like(?: and| &)? share(?: and| &)? (?:comment|follow|subscribe|tag)",
    r"(?:comment|tag|share|like) (?:[\w-]+ ){0,3}to (?:enter|win|qualify)",
    r"(?:love|appreciate) it if (?:you|u)(?: guys| all| folks)? (?:followed|subscribed|joined|liked|shared)",
    r"(?:my|same) (?:username|user name|handle) (?:is|as)", r"(?:username|user name|handle) is the same",
    r"search (?:for )?my name",
    r"shout ?out to (?:all )?my (?:followers|subscribers|fans)",
    r"(?:new|latest) (?:video|videos|episode|vlog|reel|short|post) (?:is )?(?:up|out|live) on my (?:channel|page|"
    r"podcast|blog|youtube|tiktok|instagram)",
    r"(?:please |pls |plz )?vote for (?:me|us|my|our)",
    # giveaways and survey bait: a prize for a comment, a share or a survey
    r"(?:random|lucky) (?:commenter|commenters|winner|winners|follower|followers|participant|participants)",
    r"giveaway (?:alert|time|ends|closes)", r"(?:enter|join) (?:the|our|this|my) giveaway",
    r"to enter (?:follow|like|comment|share|tag|subscribe)",
    r"(?:completes?|fills? (?:in|out)) (?:it|the survey|this) (?:enters?|is entered|goes) (?:into )?an? "
    r"(?:draw|raffle|prize draw)",
    r"(?:survey|comment|reply|share|follow|like|tag)(?: [\w-]+){0,6} (?:and|to) (?:enter|win|get|receive|claim)"
    r"(?: [\w-]+){0,3} (?:draw|raffle|prize|gift card|giftcard|voucher|ipad|iphone|giveaway)",
    r"(?:comment|tag|reply)(?: [\w-]+){0,12} (?:wins?|will win)(?: [\w-]+){0,3} (?:prize|gift card|giftcard|voucher|"
    r"ipad|iphone)",
)
# Weaker: the author's own product. They promote in a comment that contributes nothing specific.
OWN_OFFER_CUES: tuple[str, ...] = (
    r"my (?:new |free |online |latest )?(?:course|courses|masterclass|master class|e-?book|book|webinar|"
    r"workshop|coaching|program|programme|bootcamp|training|podcast|channel|newsletter|academy|membership)",
    r"on my (?:website|site|channel|page|profile|blog)",
    r"(?:join|enrol|enroll|register for) (?:my|the|our) (?:\w+ ){0,2}(?:webinar|course|masterclass|waiting list|"
    r"program|programme|cohort|workshop|community|group)",
    r"(?:grab|get|order|buy) (?:your|a) copy",
    r"i have an? (?:complete |full |new |free |detailed |ultimate )?(?:e-?book|guide|course|pdf|checklist|"
    r"template pack|question bank|cheat sheet)",
    r"seats are limited", r"early bird", r"waiting list",
)
# The author's own offer named loosely ("my de-escalation workshop", "I run a mentoring programme"): only
# with a call to action below does it promote, however specific the rest of the comment.
OWN_OFFER_NAMED: tuple[str, ...] = (
    r"(?:my|i (?:now |also |currently |still )?(?:run|offer|host|sell) an?) (?:[\w-]+ ){0,4}(?:course|courses|"
    r"masterclass|e-?book|book|webinar|workshop|workshops|coaching|program|programme|bootcamp|training|podcast|channel|newsletter|"
    r"academy|membership|mentoring|consultancy|agency|framework|method|system|services?)",
    # the author's trade announced ("I'm a certified Zendesk administrator", "I am a professional academic writer")
    r"(?:i'm|i am|im) an? (?:professional|certified|freelance|experienced|qualified|expert|licensed) (?:[\w-]+ ){0,3}"
    r"(?:writer|writers|consultant|coach|trainer|designer|developer|expert|specialist|administrator|admin|assistant|"
    r"tutor|copywriter|marketer|editor|recruiter)",
    r"(?:we're|we are|i'm|i am|now|currently) (?:now )?hiring",
    r"i have an? (?:proven |simple |unique |secret )?(?:[\w-]+ ){0,2}(?:system|method|framework|formula|blueprint)",
    r"(?:i|we) have (?:\d+|several|many|a few|some) (?:[\w-]+ )?(?:openings|vacancies|positions|roles|jobs)",
    r"(?:our|free|live|online|upcoming|next) (?:[\w-]+ ){0,3}(?:webinar|webinars|bootcamp|masterclass|master class|"
    r"workshop|workshops|course|courses|cohort|academy|agency|consultancy)",
    r"(?:that's|that is|it's|this is) (?:literally |exactly )?what i do (?:for a living|professionally|now)",
    # a trade of one's own, not a post with an employer ("I'm a trainer at a utility company")
    r"(?:i'm|i am|im) an? (?:[\w-]+ ){0,2}(?:consultant|coach|trainer|freelancer|copywriter)"
    r"(?! (?:at|for|in|on|with|of) )",
    r"(?:that's|that is) why i (?:created|built|launched|started|made|wrote) (?:the |my |a |an )?",
    r"(?:that's|that is) (?:exactly )?why we built (?:our|the|a) (?:[\w-]+ ){0,2}(?:platform|product|tool|app|"
    r"software)",
    r"(?:that's|that is) exactly why (?:we|i) built",
    r"(?:most of |all of |many of )?our clients (?:typically |usually |often |all )?(?:see|get|report|cut|save)",
    r"(?:teams|companies|clients|centres|centers|businesses) we work with (?:typically |usually |often )?(?:cut|see|"
    r"get|reduce|save|double|halve)",
    r"(?:i've|i have|we've|we have) helped (?:\d+|over \d+|hundreds of|dozens of) (?:[\w-]+ )?(?:companies|clients|"
    r"businesses|brands|teams|startups|agents|people|centres|centers|organisations|organizations|leaders|managers)",
    r"(?:we're|we are|i'm|i am) looking for (?:\d+ |a few |some |our first )?(?:beta|pilot|early|founding) "
    r"(?:customers|users|testers|clients|partners|adopters)",
    r"(?:i'm|i am|im|we're|we are) (?:starting|launching|opening|running|creating|building) (?:a|an|my|our) "
    r"(?:[\w-]+ ){0,6}(?:group|community|channel|course|newsletter|podcast|program|programme|cohort|academy|server|"
    r"masterclass|bootcamp)",
    r"(?:we're|we are|i'm|i am) (?:onboarding|accepting|taking on|inviting) (?:\d+ |a few |some )?(?:more |new )?"
    r"(?:beta |pilot |early )?(?:teams|customers|users|testers|clients|companies)",
    r"(?:looking for|need) \d+ (?:motivated|serious|hungry|driven|ambitious) (?:people|persons|individuals|members)",
    # an event, a group or a cohort of the author's, or a client's hiring: with a call to action they promote
    r"(?:we're|we are|i'm|i am) hosting an? (?:[\w-]+ ){0,3}(?:meetup|meet-up|webinar|roundtable|breakfast|workshop|"
    r"event|session|summit|masterclass)",
    r"(?:our|my) (?:[\w-]+ ){0,3}(?:roundtable|meetup|meet-up|webinar|mastermind|cohort program|cohort programme)",
    r"i run an? (?:[\w-]+ ){0,2}(?:whatsapp|telegram|discord|slack|facebook|linkedin) "
    r"(?:group|community|channel|server)",
    r"(?:my|our) newsletter", r"(?:my|our) (?:first |new |latest )?book",
    r"(?:is|are) (?:opening|hiring for|filling) \d+ (?:[\w-]+ )?(?:positions|roles|seats|vacancies|openings)",
    r"i'?m running an? (?:short |quick )?(?:survey|poll|questionnaire|study)",
    r"i (?:write|run|publish|send) an? (?:weekly |monthly |daily |free )?(?:newsletter|podcast|blog|substack)",
    r"(?:exactly |precisely )?what i (?:coach|teach|train|do for a living|help (?:teams|leaders|people) with)",
    r"(?:we|i) (?:just )?dropped an? (?:new )?(?:episode|video|podcast|course)",
    r"(?:turned|packaged|distilled) (?:everything|all) (?:i know|i've learned|i learned) (?:[\w-]+ ){0,4}into an?",
    r"(?:my|our) (?:latest|new) (?:article|post|video|episode|podcast|course)",
)
# A call to action: the reader is asked to get in touch, book, join or subscribe.
CALLS_TO_ACTION: tuple[str, ...] = (
    r"(?:dm|pm|message|inbox|text|whatsapp|email|ping|reach|contact) (?:me|us)",
    r"reach out to (?:me|us)", r"get in touch", r"reply (?:to this comment|below|here)",
    r"look (?:it|us|me|them) up", r"check (?:it|us|me|them) out", r"(?:drop|leave|post) (?:a|your) comment",
    r"comment below", r"comment (?:interested|yes|done|info|me|guide)",
    r"(?:would love|happy|glad) to connect with (?:anyone|anybody|everyone|you)",
    r"(?:i'd|i would|we'd|we would) be (?:glad|happy) to (?:give|offer|send|set up)", r"ask (?:me|us) about",
    r"(?:drop|leave|send) (?:me |us )?(?:a|your) (?:email|number|details|dm|message|contact|cv|resume)",
    r"(?:send|message|dm|text|whatsapp|inbox) (?:me|us) your (?:number|email|details|cv|resume|whatsapp|contact)",
    r"(?:i|we)(?:'ll| will) send (?:you )?(?:our|my) (?:portfolio|brochure|rate card|price list|samples|details|pdf)",
    r"(?:our|the|a|my) (?:recruiter|recruiters|hr team|hr|loan officer|advisor|adviser|consultant|team|agent|"
    r"agents|manager|specialist|specialists) will "
    r"(?:contact|call|reach out to|message|dm|get back to) you",
    r"wherever you (?:listen|watch|stream|get your \w+)",
    r"(?:just )?search (?:the title|for the title|my name|for my name)",
    r"(?:it's|its|it is|now|available) (?:available )?on (?:kindle|amazon|audible|gumroad|udemy|etsy|apple books)",
    r"(?:we|i)(?:'ll| will) (?:reach out|get in touch|contact you|dm you|message you)",
    r"(?:if|anyone|anybody) interested", r"(?:and|to|please|pls) (?:sign up|subscribe|register|enrol|enroll)",
    r"subscribe to (?:get|receive|join)", r"try it (?:free|for free)",
    r"drop (?:me|us) an? (?:message|line|dm|note|email)",
    r"(?:book|reserve|claim|grab|secure) (?:a |your )?(?:free )?(?:[\w-]+ ){0,2}(?:call|session|consultation|"
    r"place|spot|seat|copy|slot)",
    r"(?:message|dm|text|email|inbox) me \w+ and i'll (?:send|explain|share|show)",
    r"(?:comment|reply|type) \w+ (?:below |here )?and i'll (?:personally )?(?:reach out|message you|send|dm you|"
    r"contact you)",
    r"reply here and i'll send (?:it|you)", r"i'll show you how",
    r"(?:give|donate) (?:what|whatever) you can", r"(?:even|just) \d+ makes a difference",
    r"new episodes? every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)",
    r"(?:check|try) them (?:all )?out and thank me later", r"thank me later",
    r"(?:spots|places|seats) (?:left|remaining|are limited|available)",
    r"(?:enrol|enroll|sign up|register|join|subscribe)(?: now| today| here| wherever)",
    r"(?:subscribe|follow) (?:to )?(?:my|our|me|us)\b",
    # a seller's softer asks: "happy to chat", "let's talk", "my inbox is open", "interested parties kindly reply"
    r"happy to (?:chat|talk|help|jump on a call|share (?:case studies|samples|references|pricing|details|more))",
    r"let'?s (?:talk|chat|connect)", r"worth a (?:conversation|chat|call)", r"(?:my|our) (?:inbox|dms?) (?:is|are) "
    r"(?:always )?open", r"interested parties", r"kindly (?:reply|respond|revert|contact|get back)",
    r"(?:reply|comment|message me|dm me) (?:here )?(?:if|for) (?:interested|you'd like|you want|a proposal|"
    r"a quote|details|a free)",
    r"(?:reply|respond|comment) with your (?:email|number|details|whatsapp)",
    r"ask (?:me|us) for (?:the |a |an |our |my )?(?:brochure|details|pricing|prices|price list|link|info|syllabus|"
    r"discount|code|samples?|demo|trial|free trial)",
    r"(?:limited|few) (?:slots|seats|spots|places)", r"only \d+ (?:seats|places|spots|slots)(?! were| are taken)",
    r"(?:spots|seats|places) are limited", r"if you (?:want|'d like|would like) (?:in|an invite|to join)",
    r"(?:dm|message|send) me your (?:number|email|whatsapp)(?: and i'll add you)?", r"i'll add you",
    r"reply (?:here )?if you'?d like an invite", r"(?:for|get) (?:the|an|your) invite(?: code| link)?",
    r"(?:search|look up|google) (?:for )?(?:\w+ ){1,4}if you want in",
    r"(?:just )?reply to this comment with", r"every answer counts",
    r"(?:available|out now) in (?:paperback|hardback|hardcover|print|kindle|ebook)", r"excited to announce",
    r"(?:i|we)(?:'ll| will) (?:send|email|dm|message) (?:it |them |you )?(?:over )?to (?:anyone|everyone|whoever)",
    r"(?:i|we)(?:'ll| will) send (?:you )?(?:the|a) (?:registration form|joining link|sign-up link|brochure|"
    r"link|form|details)",
    r"(?:applications|enrolment|enrollment|registration|registrations|sign-ups|signups|doors) (?:close|closes|"
    r"closing|are closing|open|opens|now open|are open)",
    r"(?:seats|places|spots) are filling",
    # a buyer addressed: "if anyone is looking for ...", "for businesses wanting to scale"
    r"if (?:anyone|anybody|you|your (?:team|business|company)) (?:is |are |'re )?(?:looking for|in need of|needs?|"
    r"wants?) (?:an? |some )?(?:affordable|cheap|reliable|trained|experienced|professional|extra|outsourced|virtual)",
    r"for (?:businesses|companies|brands|startups|teams|shops|stores) (?:wanting|looking|that need|who need|needing)",
)
# The author's time or work sold to readers without a link: a price or payment asked ("I sell it for a small fee",
# "I'll send payment details"), a call or session booked with the author ("book a call with me"), a keyword to
# send for the offer ("DM me EBOOK"). With a call to action or the author's own offer, they promote it.
SALE_CUES: tuple[str, ...] = (
    r"(?:i|we) (?:sell|charge|invoice)(?: \w+){0,2}(?: for| at)?",
    r"for a (?:small|tiny|modest|one-off|one off|flat|low|fair) (?:fee|price|charge|cost|sum)",
    r"(?:small|one-off|one off|flat|low|monthly|hourly) (?:fee|rate|price)",
    r"payment (?:details|link|info|information)", r"(?:pay|paypal|venmo|invoice) me",
    r"my (?:rates|fees|prices|price list|day rate|hourly rate)",
    r"(?:affordable|reasonable|competitive|cheap|low|best) (?:rates|charges|prices|fees|pricing|price)",
    r"free (?:trial|demo|consultation|quote|pilot)", r"no credit card (?:needed|required)",
    r"first (?:month|week) (?:is )?free",
    r"(?:from|only|just) (?:just )?\d+(?: \d\d)? (?:per|a|an) (?:month|year|week|user|seat|agent)",
    r"(?:get|grow|boost) (?:the best |your )?(?:[\w-]+ ){0,3}for your business",
    r"(?:extended |free )?\d+-day (?:free )?(?:trial|pilot)", r"(?:\d+|three|two|six) months? free",
    r"(?:secured|negotiated|got|have) an? (?:group|special|discounted|exclusive|reduced|preferential|corporate) "
    r"(?:rate|rates|price|discount|deal)",
    r"(?:i'm|i am|im|we're|we are) (?:now )?(?:offering|providing|selling)",
    r"(?:i|our (?:agency|company|firm|business|startup)) (?:offer|offers|provide|provides|sell|sells)",
    r"available for (?:[\w-]+ ){0,2}(?:work|hire|projects|gigs|clients|bookings)",
    r"(?:at|for|from) \d+ (?:per |an? |a )?(?:hr|hour|day|month)(?! to \d)",  # not "fell from 15 a month to 3"
    r"(?:costs?|priced at|price is|only|just) (?:\d+|a few) (?:pounds|dollars|euros|quid|bucks|usd|gbp|eur)",
    r"(?:for|to) the first \d+ (?:[\w-]+ )?(?:people|readers|members|folks|founders|subscribers|buyers|customers|"
    r"teams|companies|who)",
    r"(?:get|gets|receive) (?:a |an )?(?:\d+ )?(?:percent )?discount",
    r"for a (?:one-off|one off|small|flat|low|fair) (?:price|fee|payment)",
    r"(?:i|we|(?:my|our) (?:agency|company|firm|business|startup|team)(?: [\w-]+){0,5}) (?:provide|provides|supply|"
    r"supplies) "
    r"(?:[\w-]+ ){0,6}(?:services|staffing|agents|vas|assistants|outsourcing|staff|seats|solutions|freelancers)",
    r"(?:fixed|flat|monthly|annual) (?:retainer|fee|subscription)",
    r"(?:it's|its|it is|only|just) \d+ (?:pounds|dollars|euros|quid|bucks|usd|gbp|eur)",
    r"(?:starting|starts|prices start|plans start) (?:at |from )?\d+", r"(?:very )?low cost",
    r"(?:get|gets|receive|save|enjoy) \d+ (?:percent )?off",
    r"(?:billing|billed|charged|priced|paid) (?:by|per) the (?:hour|minute|seat|agent)",
    r"minimum (?:of )?\d+ (?:seats|agents|hours|licences|licenses|users)", r"\d+ seats available",
    r"no (?:setup|set-up|hidden|joining|onboarding) (?:fees?|costs?|charges)", r"flexible contracts",
    r"no (?:long-term |minimum |lock-in )?(?:contract|contracts|commitment|lock-in)",
    r"(?:at )?a fraction of (?:the )?(?:[\w-]+ )?(?:cost|price)", r"(?:at )?half the (?:price|cost)",
    r"(?:first|initial|intro|introductory) (?:session|call|consultation|lesson|class|month) is free",
    r"from \d+ \d+ (?:per |an? |/ ?)?(?:hour|hr|month|seat|agent)", r"payment plans? (?:available|offered)",
    r"group (?:pricing|discounts?|rates)",
)
BOOKED_WITH_AUTHOR: tuple[str, ...] = (
    r"(?:book|schedule|arrange|grab|set up) (?:a |an )?(?:[\w-]+ ){0,4}(?:call|session|slot|chat|meeting|"
    r"consultation|consult|sessions|calls|audit|review|demo|walkthrough|assessment) with me",
    r"(?:my )?(?:calendar|diary|calendly) (?:is )?(?:open|link)",
    r"(?:dm|pm|message|email|inbox|text) me (?:to|and) (?:book|start|get started|sign up|enrol|enroll|join)",
    r"(?:i'll|i will|we'll|we will|let me) set up a (?:call|demo|meeting|session|pilot)",
)
# The author's own service or work offered: "I coach team leads one to one", "I've written an ebook on this".
OWN_SERVICE: tuple[str, ...] = (
    # the author's results sold as a service: "I help support teams cut ticket volume by 40%"
    r"i help (?:[\w-]+ ){0,3}(?:teams|companies|businesses|brands|leaders|managers|founders|startups|centres|centers|"
    r"clients|organisations|organizations) (?:to )?(?:cut|reduce|lower|grow|improve|boost|scale|fix|hit|double|"
    r"triple|build|raise|set up|setup|implement|launch|automate|get)",
    r"i (?:coach|mentor|consult|tutor|train|advise)(?: for| with)? (?:[\w-]+ ){0,3}(?:one to one|1 1|one on one|"
    r"privately|professionally|for a living|independently|freelance|online)",
    r"i (?:coach|mentor|consult|tutor|train|advise) (?:[\w-]+ ){0,3}(?:leads|leaders|managers|supervisors|agents|"
    r"teams|centres|centers|businesses|companies|founders|professionals|clients)",
    r"(?:i(?:'ve| have)?|we(?:'ve| have)?) (?:written|wrote|created|made|built|put together|designed|developed|"
    r"published|recorded) (?:an?|my|our) (?:[\w-]+ ){0,3}(?:e-?book|book|guide|course|template|templates|toolkit|"
    r"workbook|checklist|framework|programme|program|playbook|spreadsheet|planner|masterclass|bundle|pack)",
    # the vendor's product named as the author's ("we solved this with our forecasting platform"): with a call or
    # a demo booked, a sale
    r"(?:with|using|through|on) our (?:[\w-]+ ){0,3}(?:platform|software|engine|product|solution)",
    r"my (?:[\w-]+ ){0,2}(?:template|templates|toolkit|workbook|checklist|playbook|spreadsheet|planner|bundle|"
    r"pack|e-?book|guide|script pack|scripts)",
)

# Brand "support number" and booking spam: a helpline recommended with its availability or a pitch.
HELPLINE_NOUNS: tuple[str, ...] = (
    r"helpline", r"hotline", r"toll ?free", r"help ?desk(?: number)?",
    r"(?:support|service|care|phone|contact|billing|refund|refunds|claims?|fraud|recovery|priority|partner) "
    r"(?:number|line|phone|team|desk)",
    # split so each needs one of its rarer second words (forum.policy.cues): "support experts", "tech squad"
    r"(?:tech|technical|support|service|care|help) (?:experts?|specialists?)",
    r"(?:tech|technical|support|service|care|help) (?:technicians?|squad|executives?)",
    r"customer (?:care|service|support)(?! weeks? )(?: helpline| number| line| team| phone)?",
    r"reservations?(?: number| team| desk| line| centre| center)?", r"booking (?:desk|line|number|team|helpline)",
    r"technical support", r"tech support", r"(?:password|account|email) recovery", r"live experts?",
    r"(?:tech|technical) desk",
    r"(?:setup|install|installation|repair|printer|router|modem|wifi|laptop|antivirus) (?:help|support|assistance)",
    r"call (?!our |my |the |a |an |your )[\w-]+ (?:[\w-]+ )?support",
)
HELPLINE_PITCHES: tuple[str, ...] = (
    r"24 ?x? ?7", r"24 (?:hours?|hrs)", r"same day", r"(?:just|simply) (?:call|ring|dial|contact|phone) their",
    r"(?:if )?(?:anybody|anyone|somebody|someone|you|u) (?:is |are |r )?(?:facing|having|getting|has|have) (?:any )?"
    r"(?:problems?|issues?|trouble|errors?)",
    r"need to (?:cancel|change|book|rebook|reschedule|modify|upgrade|amend)",
    r"round the clock", r"around the clock", r"any ?time", r"all day", r"day or night",
    r"always available", r"available (?:all|any|every|24|round|around)", r"instant(?:ly)?", r"immediately",
    r"in minutes", r"within (?:minutes|the hour|hours|\d+ (?:minutes|mins|hours|hrs))", r"right away", r"guaranteed?",
    r"(?:fix|fixed|fixes|solve|solved|sort|sorted) (?:it|everything|my \w+) (?:in|within) (?:\d+|a few|few) "
    r"(?:min|mins|minutes)",
    r"(?:if you |anyone )?need(?:s)? (?:help|assistance|support) with (?:your|their)",
    r"(?:having|facing|got) (?:trouble|issues?|problems?) with (?:your|their)",
    r"for (?:any|all) (?:kinds? of )?(?:[\w-]+ ){0,3}(?:issues?|problems?|help|queries|trouble|errors?)(?: \.)? "
    r"(?:just |simply |please )?(?:call|ring|dial|contact|reach|phone)",
    r"best deals?", r"cheap(?:est)? (?:flights?|tickets?|fares?|deals?)",
    r"(?:picks? up|answers?|answered|answer) (?:in|within) (?:under |less than )?(?:a|one|\d+|two|few) "
    r"(?:minute|minutes|min|mins|seconds|secs)",
    r"skip the (?:main |long )?(?:queue|line|wait|hold)", r"available now",
    r"(?:connect|log in|login) remotely", r"remotely (?:and )?(?:fix|fixed|fixes|repair)",
    r"certified (?:[\w-]+ )?desk", r"online round the clock", r"(?:agents|experts) online",
    r"certified (?:[\w-]+ )?(?:proadvisors?|experts?|technicians?|engineers?)",
    # a testimonial for the line: "for anyone stuck with …, the official X number is …, they helped me in 5 min"
    r"(?:anyone|anybody|someone|you|u) (?:who is |who's |is |are )?(?:stuck|struggling) with",
    r"(?:helped|sorted|fixed|solved) (?:me|it|us|everything)(?: out)? in (?:\d+|a few|few) (?:min|mins|minutes)",
    r"(?:the )?official (?:[\w-]+ ){0,3}(?:customer (?:care|service|support) |support |helpline |hotline )?"
    r"(?:number|helpline|hotline)",
)
# A brand's "support number" given with its phone number (forum.policy.rules.advertising): a call to the reader
# ("call", "ring", "dial" — never "call me", the author's own number) beside a consumer's service desk or a
# consumer's own purchase ("your booking", "your technician visit"), or a brand's help offered by name ("Need
# Acme help?"). A crisis line, a union rep's or a colleague's number is none of these: contact_info holds it.
PHONE_CALLS: tuple[str, ...] = (
    r"(?:call|ring|dial|phone|contact|reach|text|whatsapp|telephone)(?:s|ed|ing)?(?! me| him| her)",
    r"talk to an? (?:live |real )?(?:[\w-]+ )?(?:agent|expert|specialist|advisor|adviser)",
    r"(?:toll ?free|freephone|hotline|helpline) (?:on|at|number|no)",
    r"(?:answers?|picks? up) (?:on|at)",
)
CONSUMER_DESKS: tuple[str, ...] = (
    r"customer (?:care|service|services|support|helpline|line|team|desk|centre|center)",
    r"(?:support|service|care|booking|bookings|reservations?|sales|billing|repair|repairs|technical|tech|help|refund|"
    r"refunds|claims?|recovery|fraud|payments?|group|priority|partner) "
    r"(?:team|line|number|desk|hotline|helpline|department|centre|center|agents?|executives?|experts?|specialists?)",
    r"technical support", r"tech support", r"reservations?", r"booking(?:s)? (?:desk|line|team|office)",
    r"travel (?:desk|agents?|experts?|team)", r"(?:live|real) (?:person|human|agent)",
    r"(?:reach|talk to|speak to|speak with|get through to|connect with) (?:an? |the )?(?:live |real )?"
    r"(?:agent|person|human|representative|rep|experts?)", r"\w+ support(?= at| on)",
    r"(?:technician|engineer|repair|installation|service) (?:visit|appointment|call-out|callout|booking)",
    r"toll ?free", r"freephone",
)
CONSUMER_ITEMS: tuple[str, ...] = (
    r"(?:your|ur|yr) (?:[\w-]+ ){0,3}(?:booking|bookings|reservation|flight|flights|ticket|tickets|order|orders|"
    r"account|"
    r"subscription|appointment|visit|repair|refund|router|printer|device|laptop|boiler|delivery|parcel|"
    r"password|package|trip|holiday|hotel|card|installation|warranty|itinerary|cruise|stay|taxi|cab|"
    r"connection|broadband|internet|wifi|appliance|machine|vehicle|car|policy renewal|sim|contract|bill|mobile|"
    r"insurance|"
    r"loan|mortgage|tv|streaming|plan|pension)",
    r"(?:change|cancel|modify|reschedule|rebook|amend|upgrade|confirm|track|book) (?:a |the |any )?"
    r"(?:booking|reservation|flight|ticket|order|appointment|visit|trip)",
    r"(?:booking|reservation|flight|ticket|order|plan|bill|subscription|seat|name|group) (?:change|changes|"
    r"cancellation|cancellations|modification|upgrade|payment|payments|renewal|refund|refunds|correction|booking)",
)
# A product testimonial that sells: the reader is pushed to get a product ("highly recommend everyone to try it",
# "give it a go", "do yourself a favour") and told how ("free version on the app store", "14-day trial", "just
# search X"). An honest mention of a tool, even a warm one, tells what it did and pushes nothing.
PRODUCT_PUSHES: tuple[str, ...] = (
    r"(?:highly |strongly |definitely |totally )?recommend (?:everyone|everybody|you|u|anyone|all of you) (?:to )?"
    r"(?:try|get|download|use|check|give)",
    r"(?:give it|give them|give this) a (?:go|try|shot|whirl)", r"you won'?t regret (?:it|this)",
    r"do yourself a favou?r", r"(?:should|must|need to|have to|gotta) (?:try|download|get) (?:the|this|it)",
    r"download (?:it|the app|them|this)(?: now| today)?", r"(?:a |total |absolute )?game ?changer",
    r"(?:highly |strongly )?recommend(?:ed)? (?:it |them |this )?to (?:every|all|any)(?:one|body| [\w-]+)",
    r"if (?:anyone|anybody|you) (?:wants?|would like) to (?:try|check|download|get) (?:it|them|this)",
    r"(?:totally|so|definitely|absolutely) worth it",
    r"not to sound like an ad", r"i never comment (?:on blogs |on posts |here )?but", r"nothing (?:else )?came close",
    r"(?:there's |there is )?no reason not to (?:try|get|use|switch|give)", r"thank me later",
    r"see for yourself", r"worth every (?:cent|penny)", r"can'?t recommend (?:it|them|this) enough",
    r"(?:every team|everyone|everybody|anyone|all of you)(?: reading this)? should (?:try|get|use|check out)",
    r"(?:highly |strongly )?recommend (?:checking|trying) (?:them|it|this) out",
    r"(?:everyone|everybody|anyone) (?:in [\w-]+(?: [\w-]+)? )?should (?:enrol|enroll|sign up|buy|get|try|join)",
)
PRODUCT_GETS: tuple[str, ...] = (
    r"free (?:version|versions|trial|trials|plan|plans|tier|month|download)",
    r"(?:\d+|seven|fourteen|thirty)(?:-| )day (?:free )?trial",
    r"set (?:it|them|the \w+) up in (?:an?|one|ten|five|two|\d+) (?:afternoon|morning|evening|day|hour|minutes|mins)",
    r"first (?:month|week|\d+ days) (?:is |are )?free", r"(?:on|in|from) the (?:app store|play store|google play)",
    r"sign up", r"just search", r"download (?:it|the app)",
    # the product praised as a buy: "best investment we ever made", "five stars"
    r"best investment (?:we|i)(?:'ve| have)? (?:ever )?made", r"(?:five|5) stars",
    r"(?:\d+|three|two|six) months? free", r"(?:setup|set-up|set up) took (?:\d+|ten|five|two) (?:minutes|mins)",
    r"saved our (?:[\w-]+ )?(?:team|business|company|sanity)",
    r"(?:mention|mentions|mentioning|quote|use) (?:this blog|this post|this comment|my name) (?:when|at|while)",
    r"(?:just )?google (?:[\w-]+ ){1,3}(?:if you want|and see|to see|and thank)",
    r"(?:spots|seats|places) fill (?:up )?fast", r"(?:a |their )?free (?:\d+-day )?pilot",
)

BOOKING_CUES: tuple[str, ...] = (
    r"book your (?:\w+ ){0,3}(?:with|at|through|via|in advance|today|now)",
)

LINK_INTRO: tuple[str, ...] = (
    r"more (?:[\w-]+ ){1,6}here", r"everything you need to know",
    r"(?:is|are) (?:all )?in this (?:article|post|piece|guide|video|thread)",
    r"check (?:out|it out)", r"(?:read|see|visit|try|click|view|watch|download|grab) (?:my|our|this|the|it|here)",
    r"i (?:wrote|blogged|posted|published|recorded|made) (?:about|on|a|an|this)", r"my (?:latest|new|recent)",
    r"(?:link|more) (?:below|here|in my (?:bio|profile))", r"click (?:here|the link|below)",
    r"(?:here is|here's) (?:a|an|the|my)",
    r"worth a (?:read|look|listen|watch)",
    r"(?:full|detailed|complete|ultimate) guide", r"(?:more|further) (?:info|information|details|reading)",
    r"(?:sharing|dropping|posting|adding|linking) (?:my|our)",
    r"(?:find|get|grab|download|see) (?:all |more of |the rest of )?(?:my|our)",
    r"free (?:guide|e-?book|checklist|template|templates|download|course|cheat sheet|toolkit|pdf)",
    r"for (?:the|my|a free) (?:e-?book|guide|course|templates?|download|pdf|checklist|cheat sheet)",
)

# Anchor words that sell rather than describe: an anchor made mostly of them is keyword-stuffed.
SEO_WORDS = words("""
best top cheap cheapest affordable buy online free software tool tools platform solution solutions service
services agency company companies provider providers outsourcing outsourced crm helpdesk ticketing chatbot
chatbots ai automation app apps review reviews reviewed pricing price deal deals discount discounts hire guide
ultimate 2023 2024 2025 2026 near me usa uk india leading professional expert experts call center centre bpo
seo marketing
""")

# Topics of spam that have nothing to do with customer service.
SPAM_TOPICS = words("""
casino casinos betting bet365 poker slots jackpot crypto bitcoin btc usdt cryptocurrency forex viagra cialis
tramadol xanax oxycodone adderall valium
payday loans loan escort escorts porn xxx dating essay essays homework dissertation dissertations weight-loss keto
diet pills followers likes bet
казино онлайн-казино ставки cassino gacor judi togel
""")
# Those that are also everyday words ("lunch slots", "I'd bet", "the manager likes"): one alone is no sign.
EVERYDAY_SPAM_TOPICS = words("slots loan loans dating diet followers likes bet essay essays homework pills")
