"""Turning stored page texts into what readers see: heading anchors, a table of contents,
embedded offers and contacts, and a search over the guide."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from django.utils.safestring import SafeString

from ankunft.core.models import Region
from ankunft.guide.diff import html_to_text
from ankunft.guide.embeds import EmbedResolver
from ankunft.guide.selectors import ReadingText, TreeNode, page_tree, reading_texts
from ankunft.offers.search import normalise, words

HEADING = re.compile(r"<(h2|h3)>(.*?)</\1>", re.DOTALL)


@dataclass(frozen=True)
class TocEntry:
    anchor: str
    title: str
    level: int


def with_anchors(content: str) -> tuple[str, list[TocEntry]]:
    """Give each h2/h3 an id and list them for the table of contents."""
    entries: list[TocEntry] = []

    def anchor(match: re.Match[str]) -> str:
        tag, inner = match.group(1), match.group(2)
        anchor_id = f"section-{len(entries) + 1}"
        title = html.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
        entries.append(TocEntry(anchor=anchor_id, title=title, level=int(tag[1])))
        return f'<{tag} id="{anchor_id}">{inner}</{tag}>'

    return HEADING.sub(anchor, content), entries


@dataclass(frozen=True)
class RenderedPage:
    text: ReadingText
    content: SafeString
    toc: list[TocEntry]


def render_page(region: Region, language: str, text: ReadingText) -> RenderedPage:
    content, toc = with_anchors(text.content)
    resolver = EmbedResolver.for_texts(region, language, [content])
    return RenderedPage(text=text, content=resolver.render(content), toc=toc)


@dataclass(frozen=True)
class SearchHit:
    node: TreeNode
    text: ReadingText
    excerpt: str
    score: int


def search_guide(region: Region, language: str, query: str, limit: int = 50) -> list[SearchHit]:
    """Pages whose text in the reader's language (or its fallback) has every query word as
    a word prefix; title matches rank first."""
    terms = words(query)
    if not terms:
        return []
    texts = reading_texts(region, language)
    hits: list[SearchHit] = []
    for node in page_tree(region):
        text = texts.get(node.page.pk)
        if text is None:
            continue
        title_words = words(text.title)
        plain = html_to_text(re.sub(r"\[\[[a-z-]+:\d+\]\]", "", text.content))
        body_words = words(plain)
        if not all(_has_prefix(term, title_words + body_words) for term in terms):
            continue
        score = sum(2 if _has_prefix(term, title_words) else 0 for term in terms) + 1
        hits.append(SearchHit(node, text, _excerpt(plain, terms), score))
    hits.sort(key=lambda hit: -hit.score)
    return hits[:limit]


def _has_prefix(term: str, candidates: list[str]) -> bool:
    return any(word.startswith(term) for word in candidates)


def _excerpt(plain: str, terms: list[str], width: int = 180) -> str:
    folded = normalise(plain)
    positions = [folded.find(term) for term in terms if folded.find(term) >= 0]
    start = max(min(positions) - width // 3, 0) if positions else 0
    excerpt = " ".join(plain[start : start + width].split())
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + width < len(plain) else ""
    return f"{prefix}{excerpt}{suffix}"
