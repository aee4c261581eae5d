"""URL normalisation and public-suffix facts shared by the link finder and the destination classifier.

One normal form for every address a comment can carry, so that counting (docs/policy.md §1) and classifying
(§2) agree: an absolute URL with a lower-case scheme and host (IDN hosts in punycode), ``https://`` added
where the author wrote none (bare domain, ``www.``, ``//host``), obfuscation undone (``hxxp``, ``[.]``,
``(dot)``), default ports and an empty trailing ``#`` removed, path and query kept as written.

The public suffix list is tldextract's bundled snapshot: ``suffix_list_urls=()`` and ``cache_dir=None``
mean no network and no disk, ever. Private suffixes (``github.io``, ``blogspot.com``) count, so
``someone.github.io`` is its own registrable domain, as browsers treat it.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import tldextract

__all__ = [
    "CONTACT_SCHEMES",
    "OBFUSCATED_DOT",
    "OPAQUE_SCHEMES",
    "deobfuscate",
    "destination_key",
    "is_ip_address",
    "is_public_host",
    "normalize_url",
    "public_suffix",
    "registrable_domain",
]

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)

CONTACT_SCHEMES = frozenset({"mailto", "tel", "sms", "callto", "fax"})  # contact details, not links
# Schemes without "//" that a browser follows or runs; "note:this" or "a::" is no address at all.
OPAQUE_SCHEMES = frozenset({"javascript", "vbscript", "livescript", "data", "file", "blob", "about", "view-source",
                            "jar", "feed", "intent", "magnet", "chrome", "resource", "mhtml", "ms-its", "news",
                            "nntp", "irc", "ircs", "sip", "skype", "slack", "zoommtg", "bitcoin", "market",
                            "itms-apps", "whatsapp"})
_SPECIAL_SCHEMES = {"http": "80", "https": "443", "ws": "80", "wss": "443", "ftp": "21"}
_TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_hsenc",
                              "_hsmi", "si"})


@lru_cache(maxsize=8192)
def _split(host: str) -> tuple[str, str, str]:
    result = _EXTRACT.extract_str(host)
    return result.subdomain, result.domain, result.suffix


_IP_LIKE_RE = re.compile(r"[0-9.]+|\[?[0-9A-Fa-f.]*:[0-9A-Fa-f:.%\w]*\]?")


def is_ip_address(host: str) -> bool:
    if not _IP_LIKE_RE.fullmatch(host):
        return False
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


@lru_cache(maxsize=8192)
def public_suffix(host: str) -> str:
    """``"blog.example.co.uk"`` → ``"co.uk"``; ``""`` when the host is under no known public suffix."""
    return _split(host.lower().rstrip("."))[2]


def is_public_host(host: str) -> bool:
    """True for a name with a registrable part under a public suffix (``example.com``, not ``file.txt``)."""
    _, domain, suffix = _split(host.lower().rstrip("."))
    return bool(domain and suffix)


_PORT_RE = re.compile(r"(?<=[^:]):\d{1,5}$")


@lru_cache(maxsize=8192)
def registrable_domain(host: str) -> str:
    """``"blog.example.co.uk"`` → ``"example.co.uk"``; IPs and unlisted names come back as given (lower)."""
    host = _PORT_RE.sub("", host.strip().lower()).rstrip(".")
    if is_ip_address(host):
        return host.strip("[]")
    _, domain, suffix = _split(host)
    return f"{domain}.{suffix}" if domain and suffix else host


# ------------------------------------------------------------------------------------------ obfuscation
_OBFUSCATED_SCHEME_RE = re.compile(r"^h(?:xx|\*\*|XX|Xx|xX)p(s?)(?=:|\[:)", re.IGNORECASE)
_BRACKETED_COLON_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)(?:\[:\]|\(:\))(?=//)|^([A-Za-z][A-Za-z0-9+.\-]*)\[://\]")
# A dot written to dodge filters: "[.]", "(.)", "{.}", "[dot]", "(dot)", "<dot>", " dot ".
OBFUSCATED_DOT = r"(?:\s*(?:\[\s*(?:\.|dot)\s*\]|\(\s*(?:\.|dot)\s*\)|\{\s*(?:\.|dot)\s*\}|<\s*dot\s*>)\s*|\s+dot\s+)"
_OBFUSCATED_DOT_RE = re.compile(OBFUSCATED_DOT, re.IGNORECASE)


_DEFANG_MARKS = ("[", "(", "{", "<", " ")


def deobfuscate(text: str) -> str:
    """Undo the usual defanging: ``hxxps://example[.]com`` → ``https://example.com``."""
    if text[1:3].lower() in ("xx", "**"):
        text = _OBFUSCATED_SCHEME_RE.sub(lambda m: "http" + m.group(1).lower(), text)
    if not any(mark in text for mark in _DEFANG_MARKS):
        return text
    text = _BRACKETED_COLON_RE.sub(lambda m: (m.group(1) or m.group(2)) + "://", text)
    return _OBFUSCATED_DOT_RE.sub(".", text)


# ------------------------------------------------------------------------------------------ normal form
_STRIP_INSIDE_RE = re.compile(r"[\t\n\r]")  # browsers drop these anywhere in a URL
_C0_AND_SPACE = "".join(map(chr, range(0x21)))  # ... and C0 controls and spaces at either end
_SCHEME_RE = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_PORT_ONLY_RE = re.compile(r"\d{1,5}(?:[/?#]|$)")
_AUTHORITY_END_RE = re.compile(r"[/?#\\]")
_HOSTISH_RE = re.compile(r"(?:[^\W_][\w-]*\.)+[^\W\d_][\w-]*|\[[0-9A-Fa-f:.]+\]|(?:\d{1,3}\.){3}\d{1,3}")


def _idna(host: str) -> str:
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def _rebuild(scheme: str, after_slashes: str) -> str | None:
    """``scheme`` + what followed ``//`` → normal form, or None when there is no host."""
    end = _AUTHORITY_END_RE.search(after_slashes)
    authority, tail = (after_slashes[: end.start()], after_slashes[end.start():]) if end else (after_slashes, "")
    userinfo, at, hostport = authority.rpartition("@")
    host, port = hostport, ""
    if hostport.startswith("["):
        close = hostport.find("]")
        host, port = hostport[: close + 1], (hostport[close + 2:] if close >= 0 else "")
    elif ":" in hostport:
        host, _, port = hostport.partition(":")
    host = _idna(unquote(host).lower().rstrip("."))
    if not host:
        return None
    if port and not (port.isdigit() and int(port) <= 65535):
        port = ""  # "host:junk" is read (by linkify and by people) as the host alone
    if scheme in _SPECIAL_SCHEMES:
        tail = tail.replace("\\", "/")
        if port == _SPECIAL_SCHEMES[scheme]:
            port = ""
    if tail.endswith("#"):
        tail = tail[:-1]
    return f"{scheme}://{userinfo}{at}{host}{':' + port if port else ''}{tail}"


def normalize_url(candidate: str) -> str | None:
    """The normal form of an address as written, or None when it is no link destination.

    None for: empty, relative paths and fragments, contact schemes (``mailto:``, ``tel:``), and scheme-less
    text whose host is not a public domain (``file.txt``), ``www.`` host or IP address.
    """
    if "\t" in candidate or "\n" in candidate or "\r" in candidate:
        candidate = _STRIP_INSIDE_RE.sub("", candidate)
    text = deobfuscate(candidate.strip(_C0_AND_SPACE))
    if not text:
        return None
    scheme_match = _SCHEME_RE.match(text)
    if scheme_match and not _PORT_ONLY_RE.match(text, scheme_match.end()):
        scheme = scheme_match.group(1).lower()
        rest = text[scheme_match.end():]
        if scheme in CONTACT_SCHEMES:
            return None
        if scheme in _SPECIAL_SCHEMES:
            return _rebuild(scheme, rest.lstrip("/\\"))
        if rest.startswith("//"):
            return _rebuild(scheme, rest[2:])
        return f"{scheme}:{rest}" if rest and scheme in OPAQUE_SCHEMES else None
    if text.startswith(("//", "\\\\")):
        return _rebuild("https", text.lstrip("/\\"))
    host_match = _HOSTISH_RE.match(text)
    if host_match is None:
        return None
    host = host_match.group(0).lower()
    if host.startswith("www.") or is_public_host(host) or is_ip_address(host):
        return _rebuild("https", text)
    return None


_WWW_RE = re.compile(r"^www\d{0,3}\.")


def destination_key(url: str) -> str:
    """What makes two links the same destination: host without ``www.``, path without trailing slash,
    query without ``utm_*`` and click-tracking parameters, in sorted order. Scheme and fragment ignored."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return url.strip().lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    if not host:
        return url.strip().lower()
    host = _WWW_RE.sub("", host.rstrip("."))
    query = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in _TRACKING_PARAMS
    )
    path = unquote(parts.path).rstrip("/")
    default_port = _SPECIAL_SCHEMES.get(parts.scheme.lower())
    port_text = f":{port}" if port is not None and str(port) != default_port else ""
    return f"{host}{port_text}{path}" + (f"?{urlencode(query)}" if query else "")
