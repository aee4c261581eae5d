"""Mail bodies from Jinja templates: ``templates/<name>.txt`` (plain text) and ``<name>.html`` (HTML).

The HTML environment autoescapes everything: a comment excerpt, a display name or a thread title is user
text and arrives escaped. The text environment does not escape (plain text has no markup to break), but it
never receives HTML either. Every link passed in is already absolute (``forum.mail.links.absolute``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATES = Path(__file__).parent / "templates"

_html = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                    undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
_text = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False, undefined=StrictUndefined,
                    trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


_OPTIONAL = ("intro", "excerpt", "note", "detail", "link", "link_label", "settings_url", "unsubscribe_url")


@dataclass(frozen=True)
class Body:
    text: str
    html: str


def render_body(name: str, /, **context: Any) -> Body:
    """Both parts of the message ``name`` with ``context`` (``site_name`` and links included by the caller).

    The optional parts of ``notice`` (excerpt, moderator's note, detail, link, settings link) default to "".
    """
    context = {**dict.fromkeys(_OPTIONAL, ""), **context}
    return Body(text=_text.get_template(f"{name}.txt").render(**context),
                html=_html.get_template(f"{name}.html").render(**context))
