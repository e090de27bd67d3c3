"""Word-level differences between two versions of a text, for translators and editors."""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass

from django.utils.safestring import SafeString, mark_safe

BLOCK_END = re.compile(r"</(p|h\d|li|ul|ol)>|<br\s*/?>", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")
TOKEN = re.compile(r"\n|\s+|[^\s]+")


def html_to_text(fragment: str) -> str:
    """The readable text of an HTML fragment, one line per block."""
    text = BLOCK_END.sub("\n", fragment)
    text = html.unescape(TAG.sub("", text))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def word_count(fragment: str) -> int:
    return len(html_to_text(fragment).split())


@dataclass(frozen=True)
class TextDiff:
    html: SafeString
    changed: bool


def diff_texts(old: str, new: str) -> TextDiff:
    """Mark removed words with <del> and added words with <ins>; lines become <br>."""
    old_tokens, new_tokens = TOKEN.findall(old), TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    parts: list[str] = []
    changed = False
    for operation, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        removed = "".join(old_tokens[a_start:a_end])
        added = "".join(new_tokens[b_start:b_end])
        if operation == "equal":
            parts.append(_escape(added))
            continue
        changed = True
        if removed.strip():
            parts.append(f"<del>{_escape(removed)}</del>")
        if added.strip():
            parts.append(f"<ins>{_escape(added)}</ins>")
    return TextDiff(html=mark_safe("".join(parts)), changed=changed)  # noqa: S308


def diff_versions(old_title: str, old_html: str, new_title: str, new_html: str) -> TextDiff:
    """The difference between two versions of a page, title first."""
    return diff_texts(
        f"{old_title}\n{html_to_text(old_html)}", f"{new_title}\n{html_to_text(new_html)}"
    )


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")
