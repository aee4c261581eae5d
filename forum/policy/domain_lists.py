"""Curated facts about well-known domains, for the destination classifier (docs/policy.md §2).

Plain data, no logic. Keys are registrable domains (``example.co.uk``) or, where one company runs hosts of
different kinds, full host names (``podcasts.apple.com`` vs ``apps.apple.com``); the classifier tries the
host and each parent. A ``*`` stands for any public suffix (``amazon.*`` covers amazon.co.uk, amazon.de).
Moderators extend these at run time through ``PolicySettings`` (``extra_shorteners``,
``extra_vendor_domains``, ``domain_pins``) without a release.
"""

from __future__ import annotations

# URL shorteners and link-in-bio pages: the real destination is hidden.
SHORTENERS = frozenset({
    "bit.ly", "bitly.com", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "buff.ly", "is.gd", "v.gd", "rebrand.ly",
    "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy", "t.ly", "bl.ink", "short.io", "short.gy", "lnkd.in",
    "amzn.to", "a.co", "amzn.eu", "fb.me", "db.tt", "dlvr.it", "ift.tt", "trib.al", "s.id", "shorte.st",
    "adf.ly", "linktr.ee", "bio.link", "beacons.ai", "lnk.to", "hubs.ly", "hubs.la", "mailchi.mp", "eepurl.com",
    "qrco.de", "tr.im", "clck.ru", "snip.ly", "po.st", "su.pr", "x.co", "soo.gd", "shor.by", "urlz.fr",
    "redd.it", "g.co", "forms.gle", "on.soundcloud.com", "spoti.fi", "apple.co", "wa.link", "lihi.cc",
    "j.mp", "bit.do", "tiny.one", "t2m.io", "gofund.me", "we.tl", "1drv.ms", "aka.ms", "qr.ae", "shrtco.de",
    "urlr.me", "surl.li", "cutt.us", "y2u.be", "zpr.io", "kutt.it", "tny.im", "u.to", "cli.re", "ouo.io",
    "shorturl.asia", "bitly.is", "link.tl", "tinyurl.is", "msft.it",
})

# Hosts whose job is to forward the reader somewhere else.
REDIRECTOR_HOSTS = frozenset({
    "l.facebook.com", "lm.facebook.com", "l.instagram.com", "l.messenger.com", "out.reddit.com",
    "t.umblr.com", "href.li", "anon.to", "urldefense.com", "urldefense.proofpoint.com",
    "safelinks.protection.outlook.com", "click.linksynergy.com", "go.redirectingat.com", "redirect.viglink.com",
    "shareasale.com", "awin1.com", "prf.hn", "tkqlhce.com", "anrdoezrs.net", "dpbolvw.net", "jdoqocy.com",
    "kqzyfj.com", "pjtra.com", "pntra.com", "evyy.net", "sjv.io", "7eer.net", "ojrq.net",
})
# First path segments that forward ("/redirect?to=…") or cloak affiliate links ("/go/product").
REDIRECT_SEGMENTS = frozenset({"redirect", "redir", "out", "away", "exit", "goto", "go", "recommends", "refer",
                               "click", "track", "outbound", "external", "l.php", "url", "link"})

# Query keys that pay or reward the person posting the link.
AFFILIATE_PARAMS = frozenset({
    "ref", "ref_id", "refid", "ref_code", "refcode", "referral", "referral_code", "referralcode", "referrer_id",
    "aff", "aff_id", "affid", "affcode", "aff_code", "affiliate", "affiliate_id", "affiliateid", "aff_sub",
    "afftrack", "a_aid",
    "coupon", "coupon_code", "couponcode", "promo", "promo_code", "promocode", "discount", "discount_code",
    "voucher", "via", "partner", "partner_id", "partnerid", "invite", "invite_code", "invitecode",
    "rfsn", "sscid", "cjevent", "irclickid", "irgwc", "awc", "ranmid", "raneaid", "ransiteid", "clickref",
    "fpr", "grsf", "lmref", "tap_a", "tap_s", "wpam_id", "deal", "offer", "offer_id",
})
# On Amazon "ref"/"ref_" are its own navigation trail; these are the Associates (affiliate) keys.
AMAZON_AFFILIATE_PARAMS = frozenset({"tag", "linkcode", "ascsubtag", "creative", "creativeasin", "camp"})
# First path segments of referral and invite links ("/referrals/ABC123", "/invite/xyz").
REFERRAL_SEGMENTS = frozenset({"ref", "referral", "referrals", "refer-a-friend", "invite", "invites", "aff",
                               "affiliate", "affiliates", "partner-link"})

# Path segments of a company's selling pages (matched before the first article segment).
COMMERCIAL_SEGMENTS = frozenset({
    "pricing", "price", "prices", "plans", "plan", "buy", "purchase", "checkout", "cart", "basket", "shop",
    "store", "product", "products", "features", "feature", "demo", "request-demo", "book-a-demo", "get-a-demo",
    "get-demo", "schedule-demo", "signup", "sign-up", "register", "trial", "free-trial", "start-free-trial",
    "try", "try-free", "get-started", "getting-started-free", "contact-sales", "talk-to-sales", "sales",
    "quote", "get-a-quote", "request-a-quote", "careers", "career", "jobs", "job", "hiring", "join-us",
    "work-with-us", "services", "service-offerings", "solutions", "order", "subscribe", "subscription",
    "lp", "landing", "offer", "offers", "promo", "promotions", "campaign", "deals", "deal", "coupon", "coupons",
    "discount", "discounts", "hire", "hire-us", "apps", "app", "download", "integrations", "marketplace",
    "customers", "case-studies", "partners", "enterprise", "compare", "vs", "alternatives", "upgrade",
    "contact", "contact-us", "get-in-touch", "talk-to-us", "lets-talk", "apply", "apply-now", "application",
    "viewjob", "eligibility", "for-business", "for-teams",
})
# Selling pages even on a publisher's or university's site.
STRONG_COMMERCIAL_SEGMENTS = frozenset({"pricing", "plans", "buy", "purchase", "checkout", "cart", "basket", "shop",
                                        "store", "subscribe", "subscription", "careers", "jobs", "hiring"})
COMMERCIAL_SUBDOMAINS = frozenset({"shop", "store", "buy", "checkout", "pay", "get", "try", "signup", "join",
                                   "careers", "jobs", "apply", "go", "offers", "promo", "deals", "app"})
# App stores and software marketplaces or review listings: every page there is a listing.
# Words that name a gambling, pharmacy, adult or trading site in a host name ("royalcasino-slots", "luckyspin-bets"):
# such a site sells, whatever its page is called. The long ones count inside a longer label, the short ones only
# as a whole part of one ("timeslots" is not a slots site).
SPAM_SITE_INFIXES = ("casino", "jackpot", "betting", "bet365", "viagra", "cialis", "escorts")
SPAM_SITE_PARTS = ("bets", "slots", "poker", "forex", "porn", "xxx")
APP_STORES = frozenset({"apps.apple.com", "itunes.apple.com", "play.google.com", "chromewebstore.google.com",
                        "chrome.google.com", "apps.microsoft.com", "appexchange.salesforce.com",
                        "marketplace.atlassian.com", "apps.shopify.com", "addons.mozilla.org",
                        "appsource.microsoft.com", "marketplace.zendesk.com", "producthunt.com", "g2.com",
                        "capterra.com", "getapp.com", "softwareadvice.com", "trustradius.com", "alternativeto.net",
                        "appsumo.com"})

# Customer-service software: help desks, contact-centre platforms, chatbots, CRM, QA and survey tools.
VENDORS = frozenset({
    "zendesk.com", "freshworks.com", "freshdesk.com", "intercom.com", "intercom.io", "helpscout.com",
    "helpscout.net", "salesforce.com", "hubspot.com", "gorgias.com", "kustomer.com", "gladly.com", "front.com",
    "frontapp.com", "livechat.com", "livechatinc.com", "tidio.com", "drift.com", "ada.cx", "forethought.ai",
    "genesys.com", "five9.com", "talkdesk.com", "nice.com", "niceincontact.com", "twilio.com", "aircall.io",
    "dialpad.com", "ringcentral.com", "8x8.com", "vonage.com", "avaya.com", "servicenow.com", "zoho.com",
    "helpshift.com", "liveperson.com", "sprinklr.com", "medallia.com", "qualtrics.com", "klausapp.com",
    "maestroqa.com", "happyfox.com", "kayako.com", "groovehq.com", "reamaze.com", "crisp.chat", "olark.com",
    "userlike.com", "chatwoot.com", "trengo.com", "richpanel.com", "gainsight.com", "totango.com",
    "uservoice.com", "surveymonkey.com", "delighted.com", "nicereply.com", "assembled.com", "playvox.com",
    "calabrio.com", "verint.com", "observe.ai", "cresta.com", "balto.ai", "yellow.ai", "ultimate.ai",
    "netomi.com", "kore.ai", "cognigy.com", "dixa.com", "zowie.ai", "stonly.com", "getguru.com",
    "document360.com", "helpjuice.com", "atlassian.com", "jira.com", "pipedrive.com", "freshchat.com",
})

# Analysts and consultancies: their reports and research are company-owned education (held), never a
# publisher's article; their other pages sell.
ANALYSTS = frozenset({
    "gartner.com", "forrester.com", "idc.com", "mckinsey.com", "bcg.com", "bain.com", "deloitte.com", "pwc.com",
    "ey.com", "kpmg.com", "accenture.com", "everestgrp.com", "frost.com", "omdia.com", "metrigy.com",
    "aberdeen.com", "ventanaresearch.com", "contactbabel.com", "isg-one.com", "nelsonhall.com", "hfsresearch.com",
    "capgemini.com", "cognizant.com", "teleperformance.com", "concentrix.com", "ttec.com",
})

# Where money changes hands for the poster, whatever the page: fundraising, services for hire, rewards.
MONEY: dict[str, str] = {
    **dict.fromkeys(("gofundme.com", "kickstarter.com", "indiegogo.com", "justgiving.com", "patreon.com",
                     "ko-fi.com", "buymeacoffee.com", "gogetfunding.com", "crowdfunder.co.uk", "fundly.com",
                     "givebutter.com", "donorbox.org", "paypal.me", "paypal.com", "venmo.com", "cash.app",
                     "opencollective.com", "fundrazr.com", "chuffed.org", "ulule.com", "kisskissbankbank.com",
                     "startnext.com", "leetchi.com", "givealittle.co.nz", "mightycause.com", "spotfund.com"),
                    "a crowdfunding, donation or payment page"),
    **dict.fromkeys(("fiverr.com", "upwork.com", "freelancer.com", "peopleperhour.com", "guru.com", "toptal.com",
                     "99designs.com", "taskrabbit.com", "thumbtack.com", "bark.com", "workana.com",
                     "truelancer.com", "legiit.com", "seoclerk.com", "contra.com", "freelancer.in"),
                    "a marketplace of services for hire"),
    **dict.fromkeys(("swagbucks.com", "topcashback.com", "topcashback.co.uk", "quidco.com", "surveyjunkie.com",
                     "inboxdollars.com", "mypoints.com", "joinhoney.com", "ibotta.com", "fetchrewards.com",
                     "freecash.com", "prizerebel.com", "brandedsurveys.com", "ysense.com", "timebucks.com",
                     "toluna.com", "lifepointspanel.com", "cashbackmonitor.com", "mistplay.com", "rewardable.com"),
                    "a rewards, cashback or paid-survey site"),
    **dict.fromkeys(("gumroad.com", "payhip.com", "sellfy.com", "lemonsqueezy.com", "teachable.com",
                     "thinkific.com", "kajabi.com", "podia.com", "udemy.com", "skillshare.com",
                     "bigcartel.com", "ecwid.com", "stan.store"),
                    "a storefront selling the poster's own products or courses"),
}

# Shops. A "*" suffix means any public suffix.
RETAIL = frozenset({
    "amazon.*", "ebay.*", "etsy.com", "bookshop.org", "barnesandnoble.com", "walmart.com", "target.com",
    "bestbuy.com", "aliexpress.com", "alibaba.com", "waterstones.com", "powells.com", "abebooks.com",
    "abebooks.co.uk", "booksamillion.com", "alibris.com", "indiebound.org", "thriftbooks.com", "wordery.com",
    "blackwells.co.uk", "foyles.co.uk", "bol.com", "fnac.com", "kobo.com", "audible.*", "temu.com",
    "shein.com", "wish.com", "rakuten.*", "flipkart.com", "mercadolibre.*", "books.google.com",
})
# Path shapes of a single item on a shop: /dp/<ASIN>, /itm/<id>, /listing/<id>, bookshop's /p/books/…
RETAIL_ITEM_SEGMENTS = frozenset({"dp", "gp", "itm", "listing", "p", "book", "books", "w", "item", "product",
                                  "products", "ebook", "audiobook", "pd", "ip"})

# Video, podcast, social, forum and code hosts, and what a link there shows: never an article.
_VIDEO = ("youtube.com", "youtu.be", "youtube-nocookie.com", "vimeo.com", "twitch.tv", "tiktok.com",
          "dailymotion.com", "loom.com", "wistia.com", "rumble.com", "bilibili.com", "douyin.com")
_PODCAST = ("spotify.com", "podcasts.apple.com", "music.apple.com", "podcasts.google.com", "soundcloud.com",
            "anchor.fm", "podbean.com", "buzzsprout.com", "overcast.fm", "pca.st", "castbox.fm", "stitcher.com",
            "simplecast.com", "transistor.fm", "libsyn.com")
_SOCIAL = ("linkedin.com", "twitter.com", "x.com", "facebook.com", "fb.com", "instagram.com", "threads.net",
           "bsky.app", "mastodon.social", "pinterest.com", "snapchat.com", "tumblr.com", "vk.com", "weibo.com",
           "t.me", "telegram.me", "wa.me", "whatsapp.com", "flickr.com", "imgur.com", "giphy.com")
_FORUM = ("reddit.com", "quora.com", "stackoverflow.com", "stackexchange.com", "news.ycombinator.com",
          "discord.com", "discord.gg", "goodreads.com")
_CODE_AND_DOCS = ("github.com", "gitlab.com", "bitbucket.org", "slideshare.net", "notion.site", "calendly.com",
                  "scribd.com", "issuu.com")
# File-sharing and download services: a link there hands readers a file to download, not an article to read.
_FILE_SHARES = ("docs.google.com", "drive.google.com", "dropbox.com", "dl.dropboxusercontent.com", "mediafire.com",
                "wetransfer.com", "we.tl", "box.com", "mega.nz", "mega.io", "onedrive.live.com", "1drv.ms",
                "sendspace.com", "4shared.com", "zippyshare.com", "icloud.com", "pcloud.com", "sharepoint.com",
                "gofile.io", "file.io", "filebin.net", "anonfiles.com", "terabox.com", "transfernow.net",
                "fromsmash.com", "swisstransfer.com", "filemail.com", "jumpshare.com", "sync.com", "mediafire.net")
_CODE_AND_FILES = _CODE_AND_DOCS + _FILE_SHARES
_PETITIONS = ("change.org", "petition.parliament.uk", "avaaz.org", "ipetitions.com", "gopetition.com",
              "thepetitionsite.com", "moveon.org", "openpetition.de", "openpetition.eu", "care2.com",
              "causes.com", "action.aclu.org", "petitions.assemblee-nationale.fr")
_PETITIONS += ("petitions.whitehouse.gov", "petitions.ourcommons.ca", "campaigns.organizefor.org",
               "actionnetwork.org", "megaphone.org.au", "getup.org.au", "38degrees.org.uk", "you.38degrees.org.uk",
               "sumofus.org", "eko.org", "weact.campax.org", "mesopinions.com", "petizioni.com", "firmas.org",
               "peticiones.org", "openpetition.org", "petitiononline.com", "petitions.net")
_EVENTS = ("meetup.com", "eventbrite.com", "lu.ma", "zoom.us", "teams.microsoft.com")
_EVENTS += ("eventbrite.co.uk", "eventbrite.ca", "eventbrite.com.au", "eventbrite.ie", "eventbrite.co.nz",
            "eventbrite.de", "eventbrite.fr", "eventbrite.es", "eventbrite.nl", "eventbrite.sg", "ticketmaster.com",
            "ticketmaster.co.uk", "ti.to", "tickettailor.com", "luma.com", "hopin.com", "airmeet.com", "whova.com",
            "universe.com", "allevents.in", "townscript.com", "konfhub.com", "calendly.com")
NON_ARTICLE: dict[str, str] = {
    **dict.fromkeys(_VIDEO, "videos"),
    **dict.fromkeys(_PODCAST, "podcasts and audio"),
    **dict.fromkeys(_SOCIAL, "social-media posts and profiles"),
    **dict.fromkeys(_FORUM, "forum threads and Q&A"),
    **dict.fromkeys(_CODE_AND_FILES, "code, files and shared documents"),
    **dict.fromkeys(_EVENTS, "events and meetings"),
    **dict.fromkeys(_PETITIONS, "petitions and campaigns"),
}

# Non-article hosts whose links ask readers to act rather than read: sign a petition or campaign, download a
# shared file. The policy does not publish them (the ``petition_or_file_link`` rule), where the other
# non-article hosts are held.
ASKS_TO_ACT: dict[str, str] = {
    **dict.fromkeys(_PETITIONS, "petition"),
    **dict.fromkeys(_FILE_SHARES, "file"),
}

# Blog platforms: an author's posts are independent blogs; the blog's front page is not an article.
BLOG_HOSTS = frozenset({
    "medium.com", "substack.com", "wordpress.com", "blogspot.com", "blogger.com", "github.io", "ghost.io",
    "dev.to", "hashnode.dev", "hashnode.com", "beehiiv.com", "write.as", "typepad.com", "livejournal.com",
    "mataroa.blog", "bearblog.dev", "tistory.com", "wixsite.com", "squarespace.com", "weebly.com", "over-blog.com",
    "hubpages.com", "vocal.media", "svbtle.com", "posthaven.com", "micro.blog", "telegra.ph", "buttondown.email",
    "buttondown.com", "convertkit.com", "kit.com",
})

# Publishers, reference works and research archives: their pages are educational.
PUBLISHERS = frozenset({
    "wikipedia.org", "wikimedia.org", "wikibooks.org", "wikihow.com", "britannica.com", "arxiv.org", "ssrn.com",
    "jstor.org", "nature.com", "sciencedirect.com", "springer.com", "wiley.com", "tandfonline.com",
    "sagepub.com", "researchgate.net", "semanticscholar.org", "doi.org", "plos.org", "frontiersin.org",
    "hbr.org", "sloanreview.mit.edu", "nytimes.com", "theguardian.com", "bbc.co.uk", "bbc.com", "wsj.com",
    "ft.com", "economist.com", "theatlantic.com", "newyorker.com", "wired.com", "reuters.com", "apnews.com",
    "npr.org", "washingtonpost.com", "latimes.com", "bloomberg.com", "fastcompany.com", "inc.com",
    "forbes.com", "businessinsider.com", "cnbc.com", "cnn.com", "time.com", "vox.com", "theconversation.com",
    "aeon.co", "qz.com", "psychologytoday.com", "scientificamerican.com", "newscientist.com", "axios.com",
    "techcrunch.com", "theverge.com", "arstechnica.com", "zdnet.com", "computerworld.com", "cio.com",
    "customerthink.com", "cxtoday.com", "callcentrehelper.com", "customerexperiencedive.com", "smashingmagazine.com",
    "lifehacker.com", "fortune.com", "usatoday.com", "independent.co.uk", "telegraph.co.uk", "thetimes.co.uk",
    "abc.net.au", "smh.com.au", "cbc.ca", "theglobeandmail.com", "lemonde.fr", "spiegel.de", "elpais.com",
    "aljazeera.com", "nber.org", "brookings.edu", "pewresearch.org", "who.int", "oecd.org", "europa.eu",
    "gutenberg.org", "archive.org",
    # news publishers beyond the UK and US
    "thehindu.com", "indiatimes.com", "indianexpress.com", "hindustantimes.com", "livemint.com", "ndtv.com",
    "scroll.in",
    "straitstimes.com", "channelnewsasia.com", "scmp.com", "thestar.com.my", "inquirer.net", "rappler.com",
    "philstar.com", "nation.africa", "businessdailyafrica.com", "punchng.com", "premiumtimesng.com",
    "vanguardngr.com", "news24.com", "dailymaverick.co.za", "nzherald.co.nz", "rnz.co.nz", "irishtimes.com",
    "rte.ie", "heraldscotland.com", "scotsman.com", "news.com.au", "theage.com.au", "dawn.com", "japantimes.co.jp",
    "dw.com", "france24.com", "euronews.com", "politico.com", "politico.eu", "theregister.com",
    # regulators, ombudsmen and consumer bodies that publish guidance (not under a government suffix)
    "fca.org.uk", "ofcom.org.uk", "ico.org.uk", "financial-ombudsman.org.uk", "ombudsman-services.org",
    "citizensadvice.org.uk", "which.co.uk", "nao.org.uk", "ofgem.gov.uk", "accc.gov.au", "consumer.ftc.gov",
})
# Public suffixes that belong to universities and governments.
INSTITUTIONAL_SUFFIXES = frozenset({"edu", "gov", "mil", "int", "ac.uk", "gov.uk", "nhs.uk", "edu.au", "gov.au",
                                    "ac.nz", "govt.nz", "gc.ca", "ac.jp", "go.jp", "ac.in", "gov.in", "edu.sg",
                                    "gov.sg", "ac.za", "gov.za", "edu.cn", "gov.cn", "ac.il", "gov.il",
                                    "edu.br", "gov.br", "ac.kr", "go.kr", "gouv.fr", "edu.mx", "gob.mx"})

# Path segments of a company's gated education: whitepapers, reports, e-books, webinars (held on any company site).
GATED_EDUCATION_SEGMENTS = frozenset({"whitepaper", "whitepapers", "white-paper", "white-papers", "ebook", "ebooks",
                                      "e-book", "report", "reports", "webinar", "webinars", "research-report",
                                      "analyst-report", "guides-and-reports", "documents"})

# Path segments that hold articles ("/blog/<slug>", help-centre "/hc/en-us/articles/…").
ARTICLE_SEGMENTS = frozenset({
    "blog", "blogs", "article", "articles", "post", "posts", "p", "news", "story", "stories", "insights",
    "resources", "resource", "guides", "guide", "learn", "library", "research", "report", "reports",
    "whitepaper", "whitepapers", "white-papers", "papers", "paper", "publications", "wiki", "hc", "help",
    "support", "knowledge", "knowledge-base", "kb", "docs", "magazine", "journal", "essays", "essay", "notes",
    "writing", "column", "columns", "opinion", "pulse", "ebook", "ebooks", "academy", "explainers", "analysis",
    "podcast-transcripts", "entry", "entries", "abs", "pdf", "content",
})
# Words that make a host a blog's: its home page is not a company's ("lenas-support-diary.com").
BLOG_NAME_WORDS = ("blog", "diary", "journal", "notes", "writes", "musings")
# The first label of a company's help centre (help.acme.com/articles/…): its articles are company-owned education.
HELP_CENTRE_SUBDOMAINS = frozenset({"help", "support", "helpcenter", "helpcentre", "kb", "knowledge"})
# Subdomains that hold a company's education (blog.vendor.com, help.vendor.com).
ARTICLE_SUBDOMAINS = frozenset({"blog", "blogs", "help", "support", "docs", "resources", "learn", "academy",
                                "knowledge", "kb", "insights", "news", "community", "developer", "developers"})
# Listing pages: many articles, not one.
LISTING_SEGMENTS = frozenset({"tag", "tags", "category", "categories", "author", "authors", "topic", "topics",
                              "archive", "archives", "page", "search", "feed", "rss", "series", "section",
                              "sections", "collection", "collections", "label", "labels"})
# Locale prefixes skipped before reading a path ("/en-us/pricing" is a pricing page).
LOCALE_SEGMENT_PATTERN = (r"(?:en|fr|de|es|it|pt|nl|sv|da|no|nb|fi|pl|cs|ja|ko|zh|ru|tr|ar|he|hi|id|th|vi|uk|ro"
                          r"|hu|el|bg)(?:[-_][a-z]{2,4})?")

# A registrable name made like a software company's: helpdesk words and product-style prefixes.
COMPANY_NAME_PARTS = ("desk", "crm", "chat", "bot", "ticket", "software", "saas", "solutions", "systems",
                      "labs", "hq", "app", "apps", "cloud", "tech", "technologies", "inc", "corp", "voip")
COMPANY_NAME_PREFIXES = ("get", "try", "use", "join", "go")  # only with a start-up suffix:
STARTUP_SUFFIXES = frozenset({"io", "app", "co", "ai", "dev", "tech", "so"})
