"""Writes of the welcome guide. Texts are never overwritten: every save is a new version."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from ankunft.core.audit import audit_record, diff, snapshot
from ankunft.core.html import sanitise_html
from ankunft.core.models import Language, Region
from ankunft.core.translated import clean_translations
from ankunft.guide.embeds import EMBED
from ankunft.guide.machine_translation import (
    MachineTranslationError,
    Translator,
    characters_of,
    translator_for,
)
from ankunft.guide.models import (
    RESERVED_PAGE_SLUGS,
    GuideLanguage,
    MachineTranslationUsage,
    NewsItem,
    Page,
    PageVersion,
    TranslationSettings,
    VersionStatus,
)
from ankunft.guide.revision import forget_guide_revision
from ankunft.guide.selectors import language_tree, latest_version, sources_for
from ankunft.guide.xliff import XliffBundle, XliffError, XliffUnit, bundle_to_xliff, xliff_to_bundle

if TYPE_CHECKING:
    from ankunft.accounts.models import User

GUIDE_HTML_TAGS = frozenset({"h2", "h3"})
TITLE_MAX = 200
CONTENT_MAX = 100_000


def clean_page_html(content: str) -> str:
    return sanitise_html(content, extra_tags=GUIDE_HTML_TAGS)


def _validate_text(title: str, content: str) -> tuple[str, str]:
    title = " ".join(title.split())
    errors: dict[str, str] = {}
    if not title:
        errors["title"] = _("Please enter a title.")
    elif len(title) > TITLE_MAX:
        errors["title"] = _("The title is too long (at most %(limit)s characters).") % {
            "limit": TITLE_MAX
        }
    if len(content) > CONTENT_MAX:
        errors["content"] = _("The text is too long (at most %(limit)s characters).") % {
            "limit": CONTENT_MAX
        }
    if errors:
        raise ValidationError(errors)
    return title, clean_page_html(content)


def _validate_slug(region: Region, slug: str, page: Page | None = None) -> str:
    slug = slugify(slug)[:80]
    if not slug:
        raise ValidationError({"slug": _("Please enter a short name (letters, digits, hyphens).")})
    if slug in RESERVED_PAGE_SLUGS:
        raise ValidationError(
            {"slug": _("This short name is reserved. Please choose another one.")}
        )
    taken = Page.objects.for_region(region).filter(slug=slug)
    if page is not None:
        taken = taken.exclude(pk=page.pk)
    if taken.exists():
        raise ValidationError({"slug": _("Another page already has this short name.")})
    return slug


def _validate_parent(region: Region, parent: Page | None, page: Page | None = None) -> None:
    if parent is None:
        return
    if parent.region_id != region.pk:
        raise ValidationError({"parent": _("Please choose a page of this city.")})
    ancestor: Page | None = parent
    while ancestor is not None:
        if page is not None and ancestor.pk == page.pk:
            raise ValidationError({"parent": _("A page cannot be placed below itself.")})
        ancestor = ancestor.parent


def _enabled_language(region: Region, code: str) -> Language:
    language = region.language_by_code(code)
    if language is None:
        raise ValidationError(_("This language is not enabled for this city."))
    return language


def _next_position(region: Region, parent: Page | None) -> int:
    siblings = Page.objects.for_region(region).filter(parent=parent)
    return (siblings.aggregate(Max("position"))["position__max"] or 0) + 1


@transaction.atomic
def page_create(
    *,
    region: Region,
    actor: User | None,
    title: str,
    content: str,
    slug: str = "",
    parent: Page | None = None,
    position: int | None = None,
) -> Page:
    """A new page with its first version in the region's default language."""
    title, content = _validate_text(title, content)
    slug = _validate_slug(region, slug or title)
    _validate_parent(region, parent)
    page = Page.objects.create(
        region=region,
        parent=parent,
        slug=slug,
        position=position if position is not None else _next_position(region, parent),
    )
    _add_version(page, region.default_language_id, actor, title, content)
    audit_record(
        actor=actor,
        action="guide.page_created",
        obj=page,
        region=region,
        changes={"slug": slug, "parent": parent.pk if parent else None, "title": title},
    )
    return page


@transaction.atomic
def page_move(
    *, page: Page, actor: User | None, parent: Page | None, position: int, slug: str
) -> Page:
    """Change where a page sits in the tree and its address."""
    page = Page.objects.select_for_update().select_related("region").get(pk=page.pk)
    region = page.region
    before = snapshot(page, ["parent", "position", "slug"])
    _validate_parent(region, parent, page)
    page.slug = _validate_slug(region, slug, page)
    page.parent = parent
    page.position = max(position, 0)
    page.save(update_fields=["parent", "position", "slug", "updated_at"])
    forget_guide_revision(region)
    audit_record(
        actor=actor,
        action="guide.page_moved",
        obj=page,
        region=region,
        changes=diff(before, snapshot(page, ["parent", "position", "slug"])),
    )
    return page


@transaction.atomic
def page_set_archived(*, page: Page, actor: User | None, archived: bool) -> Page:
    """Archive a page with everything below it (or bring it back with its ancestors' say)."""
    page = Page.objects.select_for_update().select_related("region").get(pk=page.pk)
    ids = _subtree_ids(page)
    Page.objects.filter(pk__in=ids).update(is_archived=archived, updated_at=timezone.now())
    forget_guide_revision(page.region)
    audit_record(
        actor=actor,
        action="guide.page_archived" if archived else "guide.page_restored",
        obj=page,
        region=page.region,
        changes={"pages": ids},
    )
    page.refresh_from_db()
    return page


def _subtree_ids(page: Page) -> list[int]:
    ids, frontier = [page.pk], [page.pk]
    while frontier:
        frontier = list(Page.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
        ids.extend(frontier)
    return ids


def _add_version(
    page: Page,
    language: str,
    actor: User | None,
    title: str,
    content: str,
    *,
    minor: bool = False,
    status: str = VersionStatus.APPROVED,
    source_language: str | None = None,
    source_number: int | None = None,
) -> PageVersion:
    number = (
        page.versions.filter(language_id=language).aggregate(Max("number"))["number__max"] or 0
    ) + 1
    version = PageVersion.objects.create(
        page=page,
        language_id=language,
        number=number,
        title=title,
        content=content,
        minor=minor,
        status=status,
        source_language_id=source_language,
        source_number=source_number,
        author=actor,
    )
    Page.objects.filter(pk=page.pk).update(updated_at=timezone.now())
    forget_guide_revision(page.region)
    return version


@transaction.atomic
def page_save_text(
    *,
    page: Page,
    actor: User | None,
    language: str,
    title: str,
    content: str,
    minor: bool = False,
    status: str = VersionStatus.APPROVED,
    translated_from_number: int | None = None,
) -> PageVersion:
    """Save the text of a page in one language as a new version.

    For a translation, `translated_from_number` is the source version the translator worked
    from (the editor sends it along); without it, the source's current version is assumed."""
    page = Page.objects.select_for_update().select_related("region").get(pk=page.pk)
    region = page.region
    _enabled_language(region, language)
    if status not in VersionStatus.values:
        raise ValidationError(_("Unknown state of a translation."))
    title, content = _validate_text(title, content)
    source = sources_for(region).get(language)
    source_number: int | None = None
    if source is None:
        status = VersionStatus.APPROVED
    else:
        source_now = latest_version(page, source, published=True)
        if source_now is None:
            raise ValidationError(
                _("There is no text in %(language)s yet to translate from.") % {"language": source}
            )
        source_number = source_now.number
        if translated_from_number is not None:
            if not 1 <= translated_from_number <= source_now.number:
                raise ValidationError(_("The source version of this translation is unknown."))
            source_number = translated_from_number
    previous = latest_version(page, language)
    if (
        previous is not None
        and (previous.title, previous.content, previous.status) == (title, content, status)
        and previous.source_number == source_number
    ):
        return previous
    version = _add_version(
        page,
        language,
        actor,
        title,
        content,
        minor=minor,
        status=status,
        source_language=source,
        source_number=source_number,
    )
    audit_record(
        actor=actor,
        action="guide.page_text_saved",
        obj=page,
        region=region,
        changes={
            "language": language,
            "version": version.number,
            "minor": minor,
            "status": status,
            "title": [previous.title if previous else None, title],
        },
    )
    return version


@transaction.atomic
def page_restore_version(*, version: PageVersion, actor: User | None) -> PageVersion:
    """Make an old version the current one again (as a new, major version)."""
    page = Page.objects.select_for_update().select_related("region").get(pk=version.page_id)
    restored = _add_version(
        page,
        version.language_id,
        actor,
        version.title,
        version.content,
        status=version.status
        if version.status != VersionStatus.IN_TRANSLATION
        else VersionStatus.APPROVED,
        source_language=version.source_language_id,
        source_number=version.source_number,
    )
    audit_record(
        actor=actor,
        action="guide.page_version_restored",
        obj=page,
        region=page.region,
        changes={"language": version.language_id, "from": version.number, "to": restored.number},
    )
    return restored


@transaction.atomic
def page_approve_translation(*, page: Page, actor: User | None, language: str) -> PageVersion:
    """A person checked a machine translation (or a draft): it becomes an approved version."""
    page = Page.objects.select_for_update().select_related("region").get(pk=page.pk)
    current = latest_version(page, language)
    if current is None or current.status == VersionStatus.APPROVED:
        raise ValidationError(_("There is no translation waiting for approval."))
    approved = _add_version(
        page,
        language,
        actor,
        current.title,
        current.content,
        status=VersionStatus.APPROVED,
        source_language=current.source_language_id,
        source_number=current.source_number,
    )
    audit_record(
        actor=actor,
        action="guide.translation_approved",
        obj=page,
        region=page.region,
        changes={"language": language, "version": approved.number},
    )
    return approved


@transaction.atomic
def guide_language_set_source(
    *, region: Region, actor: User | None, language: str, source: str
) -> None:
    """Translate `language` from `source` instead of the default language (the language tree)."""
    _enabled_language(region, language)
    _enabled_language(region, source)
    if language == region.default_language_id:
        raise ValidationError(_("The default language is the original; it has no source."))
    tree = language_tree(region)
    tree[language] = source
    seen = {language}
    step: str | None = source
    while step is not None and step != region.default_language_id:
        if step in seen:
            raise ValidationError(_("Languages cannot be translated from each other in a circle."))
        seen.add(step)
        step = tree.get(step, region.default_language_id)
    previous = GuideLanguage.objects.for_region(region).filter(language_id=language).first()
    forget_guide_revision(region)
    if source == region.default_language_id:
        GuideLanguage.objects.for_region(region).filter(language_id=language).delete()
    else:
        GuideLanguage.objects.update_or_create(
            region=region, language_id=language, defaults={"translated_from_id": source}
        )
    # Readers of `language` now fall back to other texts: pages' ETags must change.
    Page.objects.for_region(region).update(updated_at=timezone.now())
    audit_record(
        actor=actor,
        action="guide.language_source_set",
        obj=region,
        region=region,
        changes={
            "language": language,
            "translated_from": [
                previous.translated_from_id if previous else region.default_language_id,
                source,
            ],
        },
    )


@transaction.atomic
def translation_settings_save(
    *,
    region: Region,
    actor: User | None,
    provider: str,
    base_url: str,
    api_key: str | None,
    monthly_budget: int,
) -> TranslationSettings:
    """Provider, address, key (None keeps the stored key) and monthly character budget."""
    settings_row, _created = TranslationSettings.objects.select_for_update().get_or_create(
        region=region
    )
    before = snapshot(settings_row, ["provider", "base_url", "monthly_budget"])
    settings_row.provider = provider
    settings_row.base_url = base_url.strip()
    if api_key is not None:
        settings_row.api_key = api_key.strip()
    settings_row.monthly_budget = monthly_budget
    if provider and not settings_row.base_url:
        raise ValidationError({"base_url": _("Please enter the address of the service.")})
    settings_row.full_clean()
    settings_row.save()
    changes = diff(before, snapshot(settings_row, ["provider", "base_url", "monthly_budget"]))
    if api_key:
        changes["api_key"] = ["***", "***"]
    audit_record(
        actor=actor,
        action="guide.translation_settings_saved",
        obj=settings_row,
        region=region,
        changes=changes,
    )
    return settings_row


def month_start(today: datetime.date) -> datetime.date:
    return today.replace(day=1)


def characters_used(region: Region, today: datetime.date) -> int:
    usage = MachineTranslationUsage.objects.filter(region=region, month=month_start(today)).first()
    return usage.characters if usage else 0


def _check_budget(*, used: int, characters: int, budget: int) -> None:
    if used + characters > budget:
        raise ValidationError(
            _(
                "The monthly budget for machine translation is used up "
                "(%(used)s of %(budget)s characters). Please translate by hand "
                "or raise the budget."
            )
            % {"used": used, "budget": budget}
        )


@transaction.atomic
def machine_translation_charge(*, region: Region, characters: int, today: datetime.date) -> int:
    """Add characters to this month's ledger; refuses (changing nothing) beyond the budget.
    Returns the characters used this month afterwards."""
    settings_row = TranslationSettings.objects.filter(region=region).first()
    budget = settings_row.monthly_budget if settings_row else 0
    usage, _created = MachineTranslationUsage.objects.select_for_update().get_or_create(
        region=region, month=month_start(today)
    )
    _check_budget(used=usage.characters, characters=characters, budget=budget)
    MachineTranslationUsage.objects.filter(pk=usage.pk).update(
        characters=F("characters") + characters
    )
    return usage.characters + characters


@transaction.atomic
def news_save(
    *,
    region: Region,
    actor: User | None,
    published_at: datetime.datetime,
    title: Mapping[str, str],
    text: Mapping[str, str],
    item: NewsItem | None = None,
) -> NewsItem:
    """Create or change a news item; texts in the region's languages, title and text needed
    in the default language."""
    languages = region.language_codes()
    titles = clean_translations(title, languages)
    texts = clean_translations(text, languages)
    default = region.default_language_id
    errors: dict[str, str] = {}
    if not titles.get(default):
        errors["title"] = _("Please enter a title in the default language.")
    if not texts.get(default):
        errors["text"] = _("Please enter a text in the default language.")
    if any(len(value) > TITLE_MAX for value in titles.values()):
        errors["title"] = _("The title is too long (at most %(limit)s characters).") % {
            "limit": TITLE_MAX
        }
    if any(len(value) > 2000 for value in texts.values()):
        errors["text"] = _("The text is too long (at most %(limit)s characters).") % {"limit": 2000}
    if errors:
        raise ValidationError(errors)
    if item is None:
        item = NewsItem(region=region)
        before: dict[str, object] = {}
    else:
        item = NewsItem.objects.select_for_update().get(pk=item.pk, region=region)
        before = snapshot(item, ["published_at", "title", "text"])
    item.published_at = published_at
    item.title = titles
    item.text = texts
    item.save()
    forget_guide_revision(region)
    audit_record(
        actor=actor,
        action="guide.news_saved",
        obj=item,
        region=region,
        changes=diff(before, snapshot(item, ["published_at", "title", "text"])),
    )
    return item


@transaction.atomic
def news_delete(*, item: NewsItem, actor: User | None) -> None:
    region = item.region
    audit_record(
        actor=actor,
        action="guide.news_deleted",
        obj=item,
        region=region,
        changes=snapshot(item, ["published_at", "title"]),
    )
    item.delete()
    forget_guide_revision(region)


# --- Exchange with translation agencies (XLIFF) and machine translation ----------------------


def _source_of(region: Region, language: str) -> str:
    _enabled_language(region, language)
    source = sources_for(region).get(language)
    if source is None:
        raise ValidationError(_("The default language is the original; it has no source."))
    return source


def translation_export_xliff(
    *, region: Region, actor: User | None, language: str, page_ids: list[int], version: str
) -> bytes:
    """The source texts of the chosen pages as XLIFF, to be translated into `language`."""
    source = _source_of(region, language)
    pages = Page.objects.for_region(region).filter(pk__in=page_ids).order_by("pk")
    units: list[XliffUnit] = []
    for page in pages:
        current = latest_version(page, source, published=True)
        if current is None:
            continue
        for name in ("title", "content"):
            units.append(
                XliffUnit(
                    page_id=page.pk,
                    field=name,
                    source_version=current.number,
                    source=getattr(current, name),
                )
            )
    if not units:
        raise ValidationError(_("Please choose at least one page with a text to translate."))
    bundle = XliffBundle(
        region=region.slug, source_language=source, target_language=language, units=tuple(units)
    )
    if version not in ("1.2", "2.0"):
        raise ValidationError(_("Please choose XLIFF 1.2 or 2.0."))
    try:
        data = bundle_to_xliff(bundle, version=version)
    except XliffError as error:
        raise ValidationError(str(error)) from error
    audit_record(
        actor=actor,
        action="guide.xliff_exported",
        obj=region,
        region=region,
        changes={"language": language, "pages": sorted({u.page_id for u in units})},
    )
    return data


@transaction.atomic
def translation_import_xliff(*, region: Region, actor: User | None, data: bytes) -> int:
    """Save the translations of an XLIFF file; all or nothing. Returns the pages saved."""
    try:
        bundle = xliff_to_bundle(data)
    except XliffError as error:
        raise ValidationError(str(error)) from error
    if bundle.region != region.slug:
        raise ValidationError(
            _("This file belongs to another city (%(region)s).") % {"region": bundle.region}
        )
    language = bundle.target_language
    if region.language_by_code(language) is None:
        raise ValidationError(
            _("The file is for the language %(language)s, which this city has not enabled.")
            % {"language": language}
        )
    source = _source_of(region, language)
    if bundle.source_language != source:
        raise ValidationError(
            _(
                "The file was translated from %(file)s, but %(language)s is translated "
                "from %(source)s here."
            )
            % {"file": bundle.source_language, "language": language, "source": source}
        )
    by_page: dict[int, dict[str, XliffUnit]] = {}
    for unit in bundle.units:
        by_page.setdefault(unit.page_id, {})[unit.field] = unit
    pages = Page.objects.for_region(region).in_bulk(list(by_page))
    saved = 0
    for page_id, units in sorted(by_page.items()):
        page = pages.get(page_id)
        if page is None:
            raise ValidationError(
                _("The file contains page %(page)s, which does not exist in this city.")
                % {"page": page_id}
            )
        if not any(unit.target.strip() for unit in units.values()):
            continue
        _check_unit_versions(page, source, units)
        title, content = units.get("title"), units.get("content")
        if title is None or not title.target.strip():
            raise ValidationError(
                _("Page %(page)s has no translated title in the file.") % {"page": page.slug}
            )
        if content is not None and content.source.strip() and not content.target.strip():
            # Saving "" would replace the text readers see with an empty page.
            raise ValidationError(
                _("Page %(page)s has no translated text in the file.") % {"page": page.slug}
            )
        page_save_text(
            page=page,
            actor=actor,
            language=language,
            title=title.target,
            content=content.target if content else "",
            translated_from_number=title.source_version,
        )
        saved += 1
    if not saved:
        raise ValidationError(_("The file contains no translations."))
    audit_record(
        actor=actor,
        action="guide.xliff_imported",
        obj=region,
        region=region,
        changes={"language": language, "pages": saved},
    )
    return saved


def _check_unit_versions(page: Page, source: str, units: Mapping[str, XliffUnit]) -> None:
    current = latest_version(page, source, published=True)
    for unit in units.values():
        if current is None or unit.source_version != current.number:
            raise ValidationError(
                _(
                    "The original of page %(page)s has changed since the file was made "
                    "(version %(old)s, now %(new)s). Please export the page again."
                )
                % {
                    "page": page.slug,
                    "old": unit.source_version,
                    "new": current.number if current else 0,
                }
            )


def _translatable_parts(content: str) -> list[tuple[bool, str]]:
    """Split a text at its embeds: (True, text to translate) or (False, embed kept as is)."""
    parts: list[tuple[bool, str]] = []
    position = 0
    for match in EMBED.finditer(content):
        parts.append((True, content[position : match.start()]))
        parts.append((False, match.group(0)))
        position = match.end()
    parts.append((True, content[position:]))
    return [(translate, text) for translate, text in parts if text.strip()]


def page_machine_translate(
    *,
    page: Page,
    actor: User | None,
    language: str,
    today: datetime.date | None = None,
    translator: Translator | None = None,
) -> PageVersion:
    """Translate the page's source text with the region's provider, within its monthly
    budget; the result is saved as "machine translated" until a person approves it."""
    region = page.region
    source = _source_of(region, language)
    settings_row = TranslationSettings.objects.filter(region=region).first()
    if translator is None:
        if settings_row is None or not settings_row.provider:
            raise ValidationError(_("Machine translation is not set up for this city."))
        try:
            translator = translator_for(
                provider=settings_row.provider,
                base_url=settings_row.base_url,
                api_key=settings_row.api_key,
            )
        except MachineTranslationError as error:
            raise ValidationError(str(error)) from error
    if not translator.supports(source=source, target=language):
        raise ValidationError(
            _("The machine translation service cannot translate into this language.")
        )
    original = latest_version(page, source, published=True)
    if original is None:
        raise ValidationError(_("There is no text yet to translate from."))
    parts = _translatable_parts(original.content)
    texts = [original.title, *(text for translate, text in parts if translate)]
    characters = characters_of(texts)
    today = today or timezone.localdate()
    budget = settings_row.monthly_budget if settings_row else 0
    # Checked before the provider is called (nothing is sent beyond the budget), and again
    # under the ledger's lock when the characters are charged.
    _check_budget(used=characters_used(region, today), characters=characters, budget=budget)
    try:
        translated = translator.translate(texts, source=source, target=language)
    except MachineTranslationError as error:
        raise ValidationError(str(error)) from error
    title, *bodies = translated
    remaining = iter(bodies)
    content = "".join(next(remaining) if translate else text for translate, text in parts)
    with transaction.atomic():
        machine_translation_charge(region=region, characters=characters, today=today)
        version = page_save_text(
            page=page,
            actor=actor,
            language=language,
            title=title,
            content=content,
            status=VersionStatus.MACHINE,
            translated_from_number=original.number,
        )
        audit_record(
            actor=actor,
            action="guide.machine_translated",
            obj=page,
            region=region,
            changes={"language": language, "characters": characters},
        )
    return version
