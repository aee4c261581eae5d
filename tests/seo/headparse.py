"""Reading ``<head>`` markup back the way a crawler does (the standard library's HTML parser): the title,
metas, links and JSON-LD, failing on anything else (which would mean user text escaped into markup)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

HEAD_ELEMENTS = {"title", "meta", "link", "script"}
@dataclass
class ParsedHead:
    title: str
    meta: dict[str, list[str]] = field(default_factory=dict)  # name or property -> contents
    links: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # rel -> attributes
    jsonld: list[dict[str, Any]] = field(default_factory=list)

    def one(self, key: str) -> str:
        values = self.meta.get(key, [])
        assert len(values) == 1, f"{key}: {values}"
        return values[0]

    def href(self, rel: str) -> str:
        values = self.links.get(rel, [])
        assert len(values) == 1, f"{rel}: {values}"
        return values[0]["href"]

    def structured(self, kind: str) -> dict[str, Any]:
        found = [d for d in self.jsonld if d.get("@type") == kind]
        assert len(found) == 1, f"{kind}: {[d.get('@type') for d in self.jsonld]}"
        return found[0]


class _HeadReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.texts: dict[int, str] = {}
        self.open: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in HEAD_ELEMENTS, f"unexpected <{tag}> in the head"
        assert self.open is None, f"<{tag}> inside another element"
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        if tag in ("title", "script"):
            self.open = len(self.elements) - 1
            self.texts[self.open] = ""

    def handle_endtag(self, tag: str) -> None:
        assert self.open is not None and self.elements[self.open][0] == tag, f"stray </{tag}>"
        self.open = None

    def handle_data(self, data: str) -> None:
        if self.open is None:
            assert not data.strip(), f"text outside any element: {data!r}"
        else:
            self.texts[self.open] += data


def parse_head(markup: str) -> ParsedHead:
    """Parse ``markup`` as the contents of a document's head."""
    reader = _HeadReader()
    reader.feed(markup)
    reader.close()
    assert reader.open is None, "an element was left open"
    titles = [i for i, (tag, _) in enumerate(reader.elements) if tag == "title"]
    assert len(titles) == 1
    parsed = ParsedHead(title=reader.texts[titles[0]])
    for index, (tag, attrs) in enumerate(reader.elements):
        if tag == "meta":
            parsed.meta.setdefault(attrs.get("name") or attrs.get("property") or "", []).append(attrs["content"])
        elif tag == "link":
            parsed.links.setdefault(attrs["rel"], []).append(attrs)
        elif tag == "script":
            assert attrs.get("type") == "application/ld+json"
            parsed.jsonld.append(json.loads(reader.texts[index]))
    return parsed
