"""Translation states, computed from the versions of a page (never typed in by anyone).

A language is translated from its source language (the region's language tree; the default
language is the root). A translation is *outdated* when its source got a major (not minor)
version after the one it was translated from, or when its source is itself outdated: the
state cascades down the tree."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from ankunft.guide.models import VersionStatus


class TranslationState(models.TextChoices):
    MISSING = "missing", _("missing")
    OUTDATED = "outdated", _("outdated")
    IN_TRANSLATION = "in_translation", _("in translation")
    MACHINE = "machine", _("machine translated")
    UP_TO_DATE = "up_to_date", _("up to date")


@dataclass(frozen=True)
class VersionInfo:
    """The fields of a `PageVersion` that states depend on (no texts)."""

    page_id: int
    language: str
    number: int
    minor: bool
    status: str
    source_language: str | None
    source_number: int | None

    @property
    def is_published(self) -> bool:
        return self.status != VersionStatus.IN_TRANSLATION


VERSION_INFO_FIELDS = (
    "page_id",
    "language_id",
    "number",
    "minor",
    "status",
    "source_language_id",
    "source_number",
)


def version_info(row: Mapping[str, object]) -> VersionInfo:
    return VersionInfo(
        page_id=int(row["page_id"]),  # type: ignore[call-overload]
        language=str(row["language_id"]),
        number=int(row["number"]),  # type: ignore[call-overload]
        minor=bool(row["minor"]),
        status=str(row["status"]),
        source_language=row["source_language_id"] or None,  # type: ignore[arg-type]
        source_number=row["source_number"],  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class LanguageState:
    state: TranslationState
    language: str
    current: VersionInfo | None  # the newest version readers see
    draft: VersionInfo | None  # a newer version still in translation
    source_language: str | None  # what `current` was translated from (None for the root)
    translated_from_number: int | None  # the source version `current` was translated from
    source_number: int | None  # the newest version of the source now
    because_of_source: bool = False  # outdated only because its source is outdated
    # `current` is behind its source, even while the state shows a newer draft.
    current_outdated: bool = False

    @property
    def needs_translation(self) -> bool:
        return self.state in {TranslationState.MISSING, TranslationState.OUTDATED}


class PageStates:
    """The states of all languages of one page."""

    def __init__(
        self,
        page_id: int,
        versions: Iterable[VersionInfo],
        sources: Mapping[str, str | None],
    ) -> None:
        self.page_id = page_id
        self.sources = sources
        self.by_language: dict[str, list[VersionInfo]] = defaultdict(list)
        for version in sorted(versions, key=lambda v: v.number):
            self.by_language[version.language].append(version)
        self._memo: dict[str, LanguageState] = {}

    def current(self, language: str) -> VersionInfo | None:
        published = [v for v in self.by_language.get(language, []) if v.is_published]
        return published[-1] if published else None

    def draft(self, language: str) -> VersionInfo | None:
        versions = self.by_language.get(language, [])
        current = self.current(language)
        newer = [
            v
            for v in versions
            if not v.is_published and (current is None or v.number > current.number)
        ]
        return newer[-1] if newer else None

    def state(self, language: str) -> LanguageState:
        if language not in self._memo:
            self._memo[language] = self._compute(language, seen=frozenset())
        return self._memo[language]

    def _compute(self, language: str, seen: frozenset[str]) -> LanguageState:
        current, draft = self.current(language), self.draft(language)
        source = self.sources.get(language)
        if source is None or source in seen or source == language:
            state = TranslationState.UP_TO_DATE if current else TranslationState.MISSING
            return LanguageState(state, language, current, draft, None, None, None)
        if current is None:
            state = TranslationState.IN_TRANSLATION if draft else TranslationState.MISSING
            source_now = self.current(source)
            number = source_now.number if source_now else None
            return LanguageState(state, language, None, draft, source, None, number)
        base = current.source_language or source
        base_versions = [v for v in self.by_language.get(base, []) if v.is_published]
        translated_from = current.source_number or 0
        changed = any(v.number > translated_from and not v.minor for v in base_versions)
        # A draft in the source does not make its published text any newer.
        base_outdated = (
            self._compute(base, seen | {language}).current_outdated if base not in seen else False
        )
        source_number = base_versions[-1].number if base_versions else None
        if draft:
            state = TranslationState.IN_TRANSLATION
        elif changed or base_outdated:
            state = TranslationState.OUTDATED
        elif current.status == VersionStatus.MACHINE:
            state = TranslationState.MACHINE
        else:
            state = TranslationState.UP_TO_DATE
        return LanguageState(
            state,
            language,
            current,
            draft,
            base,
            current.source_number,
            source_number,
            because_of_source=base_outdated and not changed,
            current_outdated=changed or base_outdated,
        )


def language_sources(
    default_language: str, languages: Iterable[str], tree: Mapping[str, str]
) -> dict[str, str | None]:
    """{language: the language it is translated from}; the default language maps to None.
    `tree` holds the exceptions (languages not translated from the default language)."""
    sources: dict[str, str | None] = {}
    for code in languages:
        if code == default_language:
            sources[code] = None
        else:
            sources[code] = tree.get(code, default_language)
    return sources
