"""Reads of the welcome guide: the page tree, texts for readers with fallback, and states."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Max

from ankunft.core.models import Region
from ankunft.guide.diff import diff_versions
from ankunft.guide.models import GuideLanguage, NewsItem, Page, PageVersion, VersionStatus
from ankunft.guide.states import (
    VERSION_INFO_FIELDS,
    LanguageState,
    PageStates,
    TranslationState,
    VersionInfo,
    language_sources,
    version_info,
)


def language_tree(region: Region) -> dict[str, str]:
    """{language: the language it is translated from}, only where that is not the default."""
    return dict(
        GuideLanguage.objects.for_region(region).values_list("language_id", "translated_from_id")
    )


def sources_for(region: Region) -> dict[str, str | None]:
    return language_sources(
        region.default_language_id, region.language_codes(), language_tree(region)
    )


def fallback_chain(
    region: Region, language: str, sources: dict[str, str | None] | None = None
) -> list[str]:
    """The reading language, then the languages it is translated from, up to the default."""
    sources = sources_for(region) if sources is None else sources
    chain = [language]
    while (source := sources.get(chain[-1])) and source not in chain:
        chain.append(source)
    if region.default_language_id not in chain:
        chain.append(region.default_language_id)
    return chain


@dataclass
class TreeNode:
    page: Page
    depth: int
    ancestors: list[Page] = field(default_factory=list)
    children: list[TreeNode] = field(default_factory=list)

    @property
    def path(self) -> str:
        return "/".join([*(p.slug for p in self.ancestors), self.page.slug])


def page_tree(region: Region, *, include_archived: bool = False) -> list[TreeNode]:
    """All pages in reading order (depth first), each with its depth and ancestors."""
    pages = Page.objects.for_region(region)
    if not include_archived:
        pages = pages.live()
    children: dict[int | None, list[Page]] = defaultdict(list)
    for page in pages.order_by("position", "id"):
        children[page.parent_id].append(page)
    nodes: list[TreeNode] = []

    def walk(parent_id: int | None, ancestors: list[Page], into: list[TreeNode]) -> None:
        for page in children.get(parent_id, []):
            node = TreeNode(page=page, depth=len(ancestors), ancestors=ancestors)
            nodes.append(node)
            into.append(node)
            walk(page.pk, [*ancestors, page], node.children)

    walk(None, [], [])
    return nodes


def subtree(nodes: list[TreeNode], root_id: int) -> list[TreeNode]:
    """The node with `root_id` and everything below it, in reading order."""
    result: list[TreeNode] = []
    for node in nodes:
        if node.page.pk == root_id or any(a.pk == root_id for a in node.ancestors):
            result.append(node)
    return result


def version_infos(region: Region, languages: Iterable[str] | None = None) -> list[VersionInfo]:
    versions = PageVersion.objects.filter(page__region=region)
    if languages is not None:
        versions = versions.filter(language_id__in=list(languages))
    return [version_info(row) for row in versions.values(*VERSION_INFO_FIELDS)]


def page_states(region: Region, languages: Iterable[str] | None = None) -> dict[int, PageStates]:
    sources = sources_for(region)
    by_page: dict[int, list[VersionInfo]] = defaultdict(list)
    for info in version_infos(region, languages):
        by_page[info.page_id].append(info)
    return {page_id: PageStates(page_id, infos, sources) for page_id, infos in by_page.items()}


def states_of_page(page: Page) -> PageStates:
    infos = [version_info(row) for row in page.versions.values(*VERSION_INFO_FIELDS)]
    return PageStates(page.pk, infos, sources_for(page.region))


@dataclass(frozen=True)
class ReadingText:
    """What a reader sees of a page: the text, its language and why it may not be theirs."""

    page_id: int
    title: str
    content: str
    language: str  # language of the text shown
    requested: str
    state: LanguageState
    version_id: int
    updated_at: datetime.datetime

    @property
    def is_fallback(self) -> bool:
        return self.language != self.requested

    @property
    def is_outdated(self) -> bool:
        return not self.is_fallback and self.state.state == TranslationState.OUTDATED

    @property
    def is_machine(self) -> bool:
        return (
            self.language == self.requested
            and self.state.current is not None
            and (self.state.current.status == VersionStatus.MACHINE)
        )


def reading_texts(
    region: Region, language: str, page_ids: Iterable[int] | None = None
) -> dict[int, ReadingText]:
    """The text of each page for a reader of `language`, falling back along the tree."""
    sources = sources_for(region)
    chain = fallback_chain(region, language, sources)
    versions = PageVersion.objects.published().filter(
        page__region=region, page__is_archived=False, language_id__in=chain
    )
    if page_ids is not None:
        versions = versions.filter(page_id__in=list(page_ids))
    infos: dict[int, list[VersionInfo]] = defaultdict(list)
    ids: dict[tuple[int, str, int], int] = {}
    for row in versions.values("id", *VERSION_INFO_FIELDS):
        info = version_info(row)
        infos[info.page_id].append(info)
        ids[(info.page_id, info.language, info.number)] = int(row["id"])
    chosen: dict[int, tuple[int, LanguageState]] = {}
    for page_id, page_infos in infos.items():
        states = PageStates(page_id, page_infos, sources)
        for code in chain:
            current = states.current(code)
            if current is not None:
                version_id = ids[(page_id, current.language, current.number)]
                chosen[page_id] = (version_id, states.state(language))
                break
    rows = PageVersion.objects.filter(id__in=[v for v, _s in chosen.values()]).values(
        "id", "page_id", "title", "content", "language_id", "created_at"
    )
    texts: dict[int, ReadingText] = {}
    for row in rows:
        _id, state = chosen[row["page_id"]]
        texts[row["page_id"]] = ReadingText(
            page_id=row["page_id"],
            title=row["title"],
            content=row["content"],
            language=row["language_id"],
            requested=language,
            state=state,
            version_id=row["id"],
            updated_at=row["created_at"],
        )
    return texts


def available_languages(region: Region) -> dict[int, list[str]]:
    """{page id: languages with a published text}, in the region's language order."""
    order = {code: index for index, code in enumerate(region.language_codes())}
    result: dict[int, set[str]] = defaultdict(set)
    rows = (
        PageVersion.objects.published()
        .filter(page__region=region)
        .values_list("page_id", "language_id")
        .distinct()
    )
    for page_id, code in rows:
        if code in order:
            result[page_id].add(code)
    return {
        page_id: sorted(codes, key=lambda code: order[code]) for page_id, codes in result.items()
    }


def latest_version(page: Page, language: str, *, published: bool = False) -> PageVersion | None:
    versions = page.versions.filter(language_id=language)
    if published:
        versions = versions.published()
    return versions.order_by("-number").first()


def version_by_number(page: Page, language: str, number: int | None) -> PageVersion | None:
    if number is None:
        return None
    return page.versions.filter(language_id=language, number=number).first()


def source_diff(page: Page, state: LanguageState) -> object | None:
    """What changed in the source since this translation was made (None if nothing to show)."""
    if state.source_language is None or state.translated_from_number is None:
        return None
    old = version_by_number(page, state.source_language, state.translated_from_number)
    new = latest_version(page, state.source_language, published=True)
    if old is None or new is None or old.number == new.number:
        return None
    return diff_versions(old.title, old.content, new.title, new.content)


def guide_last_modified(region: Region) -> tuple[int, str]:
    """(newest version id, newest page change) of the region: the base of ETags."""
    newest = PageVersion.objects.filter(page__region=region).aggregate(Max("id"))["id__max"] or 0
    changed = Page.objects.for_region(region).aggregate(Max("updated_at"))["updated_at__max"]
    return newest, changed.isoformat() if changed else ""


def latest_news(region: Region, limit: int = 5) -> list[NewsItem]:
    return list(NewsItem.objects.for_region(region).published()[:limit])
