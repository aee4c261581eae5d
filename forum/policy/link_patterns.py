"""The compiled patterns and small judgements behind :mod:`forum.policy.links`.

Every pattern is linear in the text: alternatives start with different characters, scans stop at the
next ``<``/``[``, and nothing nests an unbounded repeat inside another. They run over the reader's view
of the source (entities decoded, escapes and invisible characters removed).
"""

from __future__ import annotations

import re

from forum.policy.urls import OBFUSCATED_DOT, deobfuscate, is_public_host

SPACES_RE = re.compile(r"\s+")
TAG_RE = re.compile(r"<[^<>]*>")
MD_MARKUP_RE = re.compile(r"[*~`]|(?<!\w)_|_(?!\w)")

# ------------------------------------------------------------------------------------------ structured
ANCHOR_RE = re.compile(
    r"<a(?=[\s/>])(?P<attrs>(?:[^<>\"']|\"[^\"<]*\"|'[^'<]*'){0,2000})>"
    r"(?:(?P<inner>(?:[^<]|<(?!/?a[\s/>]))*?)</a\s*>)?",
    re.IGNORECASE,
)
HREF_RE = re.compile(r"(?:^|[\s/\"'])(?:xlink:)?href\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+))", re.IGNORECASE)
UNCLOSED_ANCHOR_TEXT_RE = re.compile(r"[^<]{0,300}")

_BRACKETED = r"(?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.)*\])*"
_TITLE = r"""(?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?"""
MD_INLINE_RE = re.compile(
    rf"\[(?P<text>{_BRACKETED})\]\(\s*"
    r"(?:<(?P<adest>[^<>\n]*)>|(?P<dest>(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))+))"
    rf"{_TITLE}\s*\)",
    re.DOTALL,
)
MD_REFDEF_RE = re.compile(
    r"^[ \t]{0,3}\[(?P<label>(?:[^\[\]\\\n]|\\.){1,999})\]:[ \t]*\n?[ \t]*(?:<(?P<adest>[^<>\n]*)>|(?P<dest>\S+))",
    re.MULTILINE,
)
MD_REFUSE_RE = re.compile(
    r"!?\[(?P<text>(?:[^\[\]\\]|\\.){1,999})\](?:\[(?P<label>(?:[^\[\]\\]|\\.){0,999})\])?(?![(:])"
)
AUTOLINK_RE = re.compile(r"<(?P<url>[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>")

# ------------------------------------------------------------------------------------------ bare
# Bare addresses are found from cheap literal anchors (a separator "://", a dot between word characters,
# "//") and then matched around them: scanning every position with a look-behind costs ~20 µs a pattern.
_URL_CHARS = r"[^\s<>\"'`]"
SEPARATOR_RE = re.compile(r"://|:\\\\|\[:\]//|\(:\)//|\[://\]")
SEPARATOR_HINTS = ("://", ":\\\\", "[:]", "(:)", "[://]")
# After "://": a host as linkify and browsers read it (defanged dots allowed), then any path.
URL_REST_RE = re.compile(
    rf"(?:[\w.\-~%:@]|\[[0-9A-Fa-f:.]+\]|\((?:\.|dot)\)|\{{(?:\.|dot)\}}|\[dot\])+(?:[/?#\\]{_URL_CHARS}*)?",
    re.IGNORECASE,
)
OPAQUE_SCHEME_NAMES = ("javascript:", "vbscript:", "livescript:", "data:", "file:", "blob:", "view-source:")
OPAQUE_SCHEME_RE = re.compile(
    rf"(?<![A-Za-z0-9+.\-])(?:javascript|vbscript|livescript|data|file|blob|view-source):(?=\S){_URL_CHARS}+",
    re.IGNORECASE,
)
DEFANGED_RE = re.compile(r"^h(?:xx|\*\*)ps?|\[[:.]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\(:\)", re.IGNORECASE)


def defanged(raw: str) -> bool:
    """Is ``raw`` written defanged (:data:`DEFANGED_RE`)? Only a bracket or "xx"/"**" after the "h" can be."""
    if "[" not in raw and "(" not in raw and "{" not in raw and raw[1:3].lower() not in ("xx", "**"):
        return False
    return DEFANGED_RE.search(raw) is not None


_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_TLD = r"[^\W\d_](?:[\w-]{0,61}[^\W_])?"
_IPV4 = r"(?:\d{1,3}\.){3}\d{1,3}"
_TAIL = rf"(?::\d{{1,5}})?[/?#]{_URL_CHARS}*|:\d{{1,5}}"
HOST_DOT_RE = re.compile(r"\.(?=\w)")  # candidate: a dot followed by a word character
# "_" may touch a host: Markdown emphasis (_www.example.com_); host names never contain one.
BARE_HOST_RE = re.compile(
    rf"(?<![^\W_]|[@.\-/\\])(?P<host>(?:{_LABEL}\.)+{_TLD})(?![^\W_]|[@\-(]|\.[\w-])(?P<tail>{_TAIL})?"
)
PROTOCOL_RELATIVE_RE = re.compile(
    rf"(?<![\w:/\\])//(?P<host>(?:{_LABEL}\.)+{_TLD}|{_IPV4})(?![\w@\-]|\.[\w-])(?:{_TAIL})?"
)
BARE_IP_RE = re.compile(  # with a port or a path, and not a network ("10.0.0.0/24")
    rf"(?<![\w.:/])(?P<ip>{_IPV4})(?::\d{{1,5}}(?:[/?#]{_URL_CHARS}*)?|[/?#](?!\d{{1,2}}\b){_URL_CHARS}*)"
)
WWW_RE = re.compile(r"www\d{0,3}\.", re.IGNORECASE)

DOT_IN_BRACKETS_RE = re.compile(r"\.\s*[\])}]")  # with "dot" in the text: worth looking for obfuscation
OBFUSCATED_SEPARATOR_RE = re.compile(OBFUSCATED_DOT, re.IGNORECASE)
OBFUSCATED_HOST_RE = re.compile(
    rf"(?<![\w.@\-])(?P<host>{_LABEL}(?:(?:\.|{OBFUSCATED_DOT}){_LABEL})+)(?P<tail>[/?#]{_URL_CHARS}*)?",
    re.IGNORECASE,
)
_WORD_DOT_ONLY_RE = re.compile(r"^(?:[^\s.\[({<]+\s+dot\s+)+[^\s.\[({<]+$", re.IGNORECASE)

# Public suffixes that are far more often file extensions ("setup.py", "README.md", "clip.mov"): such a
# two-label name counts only with a path or www.
FILE_EXTENSION_SUFFIXES = frozenset({"mov", "zip", "py", "sh", "md", "rs", "pl", "pm", "cc", "java", "ps",
                                     "mk", "ml", "sc", "am", "ac"})
# Public suffixes that are far more often the attribute of an object in code or a data export ("customer.id",
# "user.name", "order.date"): such a two-label name counts only with a path or www, like a file extension.
ATTRIBUTE_SUFFIXES = frozenset({"id", "name", "email", "date"})
# Suffixes that are English words, and words that before them mean a missing space ("this.is", "go.to").
_WORD_SUFFIXES = frozenset({"at", "be", "by", "do", "in", "is", "it", "me", "my", "no", "so", "to", "us",
                            "am", "as", "an", "id", "tv", "im", "we"})
_FUNCTION_WORDS = frozenset(
    """a i it is this that so to do go me we he she and or but not no yes ok okay then there here what who how
    why when all any one was are be been can will just also even you they them us our my your their his
    her its if of on in at as by up now well too very see done time day way work home back out off more
    less most much many some good great nice sure true fine right left end start next last first new old
    the an""".split()  # noqa: SIM905 (a word list reads better as prose)
)
# Names of objects and modules in code ("df.fit", "re.search", "np.percentile") and SQL's one-letter table aliases
# ("t.team", "a.id"): before a suffix, a method call or an attribute, not a host (a two-label name without a path
# or www only).
_CODE_NAMES = frozenset(
    """df re np pd os sys self cls model clf plt sns tf torch str obj ctx api json math dt db cur conn res req
    resp result client session queue data x y s f r m i j k e err args kwargs config settings logger log
    item row col series frame arr list dict set tuple string text file path url request response event
    app module lib utils helpers
    a b c d g h l n o p q t u v w z""".split()  # noqa: SIM905 (a word list reads better as prose)
)
_TRAILING = ".,;:!?*'\"@\u2026"
_CLOSERS = {")": "(", "]": "[", "}": "{", ">": "<"}


_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-")


def scheme_start(text: str, separator: int) -> int:
    """Where the scheme written just before ``separator`` ("://") begins, or -1 when there is none.

    Generous on purpose: in ".HTTP://x" or "1http://x" the scheme is the letters-first tail of the word.
    """
    for defanged in ("h**p", "h**ps"):
        if text[separator - len(defanged):separator].lower() == defanged:
            return separator - len(defanged)
    start = separator
    while start > 0 and text[start - 1] in _SCHEME_CHARS and separator - start < 32:
        start -= 1
    while start < separator and not text[start].isalpha():
        start += 1
    return start if start < separator else -1


def host_run_start(text: str, dot: int) -> int:
    """Where the dotted word holding the dot at ``dot`` begins (letters, digits, dots, hyphens)."""
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-") and dot - start < 256:
        start -= 1
    return start


def trim_tail(text: str) -> str:
    """Drop sentence punctuation and unbalanced closing brackets that follow an address."""
    while text:
        last = text[-1]
        if last in _TRAILING or (last in _CLOSERS and text.count(_CLOSERS[last]) < text.count(last)):
            text = text[:-1]
        else:
            break
    return text


def valid_ipv4(address: str) -> bool:
    return all(int(octet) <= 255 for octet in address.split("."))


def plausible_host(host: str, *, has_path: bool) -> bool:
    """Is this dotted word a host name a reader would take for an address?"""
    if re.fullmatch(_IPV4, host):
        return valid_ipv4(host)
    lower = host.lower()
    if WWW_RE.match(lower):
        return lower.count(".") >= 2 or is_public_host(lower)
    if not is_public_host(lower):
        return False
    labels = host.split(".")
    name, suffix = labels[-2], labels[-1]
    if has_path or len(labels) > 2:
        return True
    if suffix.lower() in FILE_EXTENSION_SUFFIXES or suffix in ATTRIBUTE_SUFFIXES or name in _CODE_NAMES:
        return False
    if suffix.lower() in _WORD_SUFFIXES and name.lower() in _FUNCTION_WORDS:
        return False
    if suffix == "NET" and name.isupper():  # ASP.NET, VB.NET, ADO.NET: Microsoft's frameworks, named in capitals
        return False
    # "it.Then", "done.Is": a full stop with the space after it missing, not an address
    return not (suffix[:1].isupper() and suffix[1:].islower() and name.islower())


def plausible_obfuscated_host(host: str) -> bool:
    """``example[.]com`` always; ``example dot com`` only when it cannot be prose ("the dot com era")."""
    clean = deobfuscate(host)
    if not is_public_host(clean):
        return False
    if _WORD_DOT_ONLY_RE.match(host):
        return clean.split(".")[0].lower() not in _FUNCTION_WORDS
    return True
