"""Rich text from editors and imports is sanitised with nh3 before it is stored; JSON goes
into pages escaped."""

from __future__ import annotations

import json
from typing import Any

import nh3
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "a", "h3", "h4"}
ALLOWED_ATTRIBUTES = {"a": {"href", "hreflang"}}


def sanitise_html(text: str, *, extra_tags: frozenset[str] = frozenset()) -> str:
    """Keep simple structure and links; drop scripts, styles, event handlers and unknown tags."""
    cleaned = nh3.clean(
        text,
        tags=ALLOWED_TAGS | extra_tags,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer nofollow",
    )
    return cleaned.strip()


def plain_text_to_html(text: str) -> str:
    """Paragraphs from a plain text (as in spreadsheets): blank lines separate them."""
    if "<" in text and ">" in text:
        return sanitise_html(text)
    paragraphs = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{escape(part).replace(chr(10), '<br>')}</p>" for part in paragraphs if part)


def json_for_script(data: Any) -> SafeString:
    """JSON to put inside <script type="application/ld+json">: "<", ">" and "&" are escaped,
    so no text in the data can end the script element."""
    text = json.dumps(data, ensure_ascii=False)
    escaped = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(escaped)  # noqa: S308  # JSON with HTML-special characters escaped
