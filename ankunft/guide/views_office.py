"""Office pages of the welcome guide: the page tree with translation states, the source and
translation editors, versions, coverage, XLIFF exchange, settings and news."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from ankunft.core.forms import apply_validation_error
from ankunft.core.models import Language, Region
from ankunft.guide import services
from ankunft.guide.diff import diff_versions, word_count
from ankunft.guide.forms import (
    LanguageSourceForm,
    NewPageForm,
    NewsForm,
    PagePlacementForm,
    SourceTextForm,
    TranslationSettingsForm,
    TranslationTextForm,
    XliffExportForm,
    XliffImportForm,
)
from ankunft.guide.models import (
    NewsItem,
    Page,
    PageVersion,
    TranslationSettings,
    VersionStatus,
)
from ankunft.guide.selectors import (
    latest_version,
    page_states,
    page_tree,
    source_diff,
    sources_for,
    states_of_page,
    version_by_number,
)
from ankunft.guide.states import TranslationState
from ankunft.office.access import office_user, office_view

GET_OR_POST = ["GET", "HEAD", "POST"]
MANAGE = "office.manage_guide"
XLIFF_MAX_BYTES = 10 * 1024 * 1024


def _page(region: Region, page_id: int) -> Page:
    page = get_object_or_404(Page.objects.for_region(region), pk=page_id)
    page.region = region  # the region with its languages loaded
    return page


def _language(region: Region, code: str) -> Language:
    language = region.language_by_code(code)
    if language is None:
        raise Http404(_("This language is not enabled for this city."))
    return language


@office_view(MANAGE)
@require_http_methods(["GET", "HEAD"])
def guide_pages(request: HttpRequest, region: Region) -> HttpResponse:
    """The tree with the state of every translation, and the coverage per language."""
    nodes = page_tree(region, include_archived=True)
    states = page_states(region)
    languages = region.enabled_languages()
    titles = dict(
        PageVersion.objects.published()
        .filter(page__region=region, language_id=region.default_language_id)
        .order_by("number")
        .values_list("page_id", "title")
    )  # the newest version's title wins
    rows = []
    for node in nodes:
        page_state = states.get(node.page.pk)
        rows.append(
            {
                "node": node,
                "title": titles.get(node.page.pk, ""),
                "states": [
                    (language, page_state.state(language.code) if page_state else None)
                    for language in languages
                    if language.code != region.default_language_id
                ],
            }
        )
    return render(
        request,
        "guide/office/pages.html",
        {
            "rows": rows,
            "languages": [lang for lang in languages if lang.code != region.default_language_id],
        },
    )


@office_view(MANAGE)
@require_http_methods(GET_OR_POST)
def page_new(request: HttpRequest, region: Region) -> HttpResponse:
    form = NewPageForm(request.POST or None, region=region, initial=request.GET.dict())
    if request.method == "POST" and form.is_valid():
        try:
            page = services.page_create(
                region=region,
                actor=office_user(request),
                title=form.cleaned_data["title"],
                content=form.cleaned_data["content"],
                slug=form.cleaned_data["slug"],
                parent=form.parent_page(),
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The page is created."))
            return redirect("office:guide_page", region.slug, page.pk)
    return render(
        request,
        "guide/office/page_new.html",
        {"form": form},
        status=400 if request.method == "POST" else 200,
    )


@office_view(MANAGE)
@require_http_methods(GET_OR_POST)
def page_edit(request: HttpRequest, region: Region, page_id: int) -> HttpResponse:
    """The source text (default language) and the page's place in the tree."""
    page = _page(region, page_id)
    default = region.default_language
    current = latest_version(page, default.code, published=True)
    initial = {"title": current.title, "content": current.content} if current else {}
    text_form = SourceTextForm(
        request.POST if "save_text" in request.POST else None, initial=initial, language=default
    )
    placement_form = PagePlacementForm(
        request.POST if "save_placement" in request.POST else None,
        region=region,
        page=page,
        initial={"slug": page.slug, "parent": page.parent_id, "position": page.position},
    )
    if request.method == "POST":
        response = _save_page_forms(request, region, page, text_form, placement_form)
        if response is not None:
            return response
    states = states_of_page(page)
    return render(
        request,
        "guide/office/page_edit.html",
        {
            "page": page,
            "text_form": text_form,
            "placement_form": placement_form,
            "current": current,
            "states": [
                (language, states.state(language.code))
                for language in region.enabled_languages()
                if language.code != default.code
            ],
        },
        status=400 if request.method == "POST" else 200,
    )


def _save_page_forms(
    request: HttpRequest,
    region: Region,
    page: Page,
    text_form: SourceTextForm,
    placement_form: PagePlacementForm,
) -> HttpResponse | None:
    actor = office_user(request)
    if "save_text" in request.POST and text_form.is_valid():
        try:
            services.page_save_text(
                page=page,
                actor=actor,
                language=region.default_language_id,
                title=text_form.cleaned_data["title"],
                content=text_form.cleaned_data["content"],
                minor=text_form.cleaned_data["minor"],
            )
        except ValidationError as error:
            apply_validation_error(text_form, error)
            return None
        messages.success(request, _("The text is saved as a new version."))
        return redirect("office:guide_page", region.slug, page.pk)
    if "save_placement" in request.POST and placement_form.is_valid():
        try:
            services.page_move(
                page=page,
                actor=actor,
                parent=placement_form.parent_page(),
                position=placement_form.cleaned_data["position"],
                slug=placement_form.cleaned_data["slug"],
            )
        except ValidationError as error:
            apply_validation_error(placement_form, error)
            return None
        messages.success(request, _("The page is moved."))
        return redirect("office:guide_page", region.slug, page.pk)
    return None


@office_view(MANAGE)
@require_POST
def page_archive(request: HttpRequest, region: Region, page_id: int) -> HttpResponse:
    page = _page(region, page_id)
    archived = request.POST.get("archived") == "1"
    services.page_set_archived(page=page, actor=office_user(request), archived=archived)
    messages.success(
        request,
        _("The page and its sub-pages are archived.")
        if archived
        else _("The page and its sub-pages are shown again."),
    )
    return redirect("office:guide_page", region.slug, page.pk)


@office_view(MANAGE)
@require_http_methods(GET_OR_POST)
def page_translate(
    request: HttpRequest, region: Region, page_id: int, language: str
) -> HttpResponse:
    """Side by side: the source on one side, the translation on the other, with what changed
    in the source since the translation was made."""
    page = _page(region, page_id)
    target = _language(region, language)
    sources = sources_for(region)
    source_code = sources.get(target.code)
    if source_code is None:
        return redirect("office:guide_page", region.slug, page.pk)
    source = _language(region, source_code)
    original = latest_version(page, source.code, published=True)
    translation = latest_version(page, target.code)
    initial: dict[str, Any] = {
        "translated_from": original.number if original else None,
        "save_as": TranslationTextForm.SAVE_DONE,
    }
    if translation is not None:
        initial.update(title=translation.title, content=translation.content)
    form = TranslationTextForm(request.POST or None, initial=initial, language=target)
    if request.method == "POST":
        response = _translation_action(request, region, page, target, form)
        if response is not None:
            return response
    state = states_of_page(page).state(target.code)
    return render(
        request,
        "guide/office/translate.html",
        {
            "page": page,
            "form": form,
            "source": source,
            "target": target,
            "original": original,
            "translation": translation,
            "state": state,
            "source_diff": source_diff(page, state),
            "machine_available": _machine_translation_ready(region),
            "languages": [
                lang
                for lang in region.enabled_languages()
                if lang.code != region.default_language_id
            ],
        },
        status=400 if request.method == "POST" else 200,
    )


def _machine_translation_ready(region: Region) -> bool:
    settings_row = TranslationSettings.objects.filter(region=region).first()
    return bool(settings_row and settings_row.provider)


def _translation_action(
    request: HttpRequest, region: Region, page: Page, target: Language, form: TranslationTextForm
) -> HttpResponse | None:
    actor = office_user(request)
    back = redirect("office:guide_translate", region.slug, page.pk, target.code)
    try:
        if "machine_translate" in request.POST:
            services.page_machine_translate(page=page, actor=actor, language=target.code)
            messages.success(request, _("The page is machine translated. Please check it."))
            return back
        if "approve" in request.POST:
            services.page_approve_translation(page=page, actor=actor, language=target.code)
            messages.success(request, _("The translation is approved."))
            return back
        if not form.is_valid():
            return None
        draft = form.cleaned_data["save_as"] == TranslationTextForm.SAVE_DRAFT
        services.page_save_text(
            page=page,
            actor=actor,
            language=target.code,
            title=form.cleaned_data["title"],
            content=form.cleaned_data["content"],
            status=VersionStatus.IN_TRANSLATION if draft else VersionStatus.APPROVED,
            translated_from_number=form.cleaned_data["translated_from"],
        )
    except ValidationError as error:
        apply_validation_error(form, error)
        return None
    messages.success(request, _("The translation is saved as a new version."))
    return back


@office_view(MANAGE)
@require_http_methods(["GET", "HEAD"])
def page_versions(
    request: HttpRequest, region: Region, page_id: int, language: str
) -> HttpResponse:
    """All versions in one language; two of them compared."""
    page = _page(region, page_id)
    target = _language(region, language)
    versions = list(
        page.versions.filter(language=target).select_related("author").order_by("-number")
    )
    comparison = None
    older = _number(request.GET.get("from"))
    newer = _number(request.GET.get("to"))
    if older is not None and newer is not None:
        old = version_by_number(page, target.code, older)
        new = version_by_number(page, target.code, newer)
        if old is None or new is None:
            raise Http404(_("This version does not exist."))
        comparison = (old, new, diff_versions(old.title, old.content, new.title, new.content))
    return render(
        request,
        "guide/office/versions.html",
        {"page": page, "language": target, "versions": versions, "comparison": comparison},
    )


def _number(value: str | None) -> int | None:
    if value is None or not value.isdigit() or len(value) > 9:
        return None
    return int(value)


@office_view(MANAGE)
@require_POST
def version_restore(
    request: HttpRequest, region: Region, page_id: int, version_id: int
) -> HttpResponse:
    page = _page(region, page_id)
    version = get_object_or_404(PageVersion, pk=version_id, page=page)
    restored = services.page_restore_version(version=version, actor=office_user(request))
    messages.success(
        request,
        _("Version %(old)s is the current text again (as version %(new)s).")
        % {"old": version.number, "new": restored.number},
    )
    return redirect("office:guide_versions", region.slug, page.pk, version.language_id)


@office_view(MANAGE)
@require_http_methods(["GET", "HEAD"])
def coverage(request: HttpRequest, region: Region) -> HttpResponse:
    """Per language: pages up to date, outdated, missing, ... and the words to translate."""
    nodes = page_tree(region)
    states = page_states(region)
    sources = sources_for(region)
    words = _source_words(region, {source for source in sources.values() if source})
    report = []
    for language in region.enabled_languages():
        if language.code == region.default_language_id:
            continue
        counts = {state: 0 for state in TranslationState}
        to_translate = 0
        for node in nodes:
            page_state = states.get(node.page.pk)
            if page_state is None:
                continue
            state = page_state.state(language.code)
            counts[state.state] += 1
            if state.needs_translation:
                to_translate += words.get((node.page.pk, sources[language.code] or ""), 0)
        report.append({"language": language, "counts": counts, "words": to_translate})
    return render(
        request,
        "guide/office/coverage.html",
        {"report": report, "states": list(TranslationState), "pages": len(nodes)},
    )


def _source_words(region: Region, languages: set[str]) -> dict[tuple[int, str], int]:
    """{(page, language): words of its newest published text}, for the source languages."""
    newest: dict[tuple[int, str], PageVersion] = {}
    versions = (
        PageVersion.objects.published()
        .filter(page__region=region, language_id__in=languages)
        .only("page_id", "language_id", "number", "title", "content")
        .order_by("number")
    )
    for version in versions:
        newest[(version.page_id, version.language_id)] = version
    return {
        key: word_count(version.title) + word_count(version.content)
        for key, version in newest.items()
    }


@office_view(MANAGE)
@require_http_methods(GET_OR_POST)
def xliff_exchange(request: HttpRequest, region: Region) -> HttpResponse:
    """Export pages for a translation agency; import the translated file."""
    export_form = XliffExportForm(request.POST if "export" in request.POST else None, region=region)
    import_form = XliffImportForm(
        request.POST if "import" in request.POST else None,
        request.FILES if "import" in request.POST else None,
    )
    actor = office_user(request)
    if "export" in request.POST and export_form.is_valid():
        language = export_form.cleaned_data["language"]
        page_ids = _pages_to_export(region, export_form)
        try:
            data = services.translation_export_xliff(
                region=region,
                actor=actor,
                language=language,
                page_ids=page_ids,
                version=export_form.cleaned_data["version"],
            )
        except ValidationError as error:
            apply_validation_error(export_form, error)
        else:
            response = HttpResponse(data, content_type="application/xliff+xml; charset=utf-8")
            filename = f"{region.slug}-guide-{language}.xlf"
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
            return response
    if "import" in request.POST and import_form.is_valid():
        upload = import_form.cleaned_data["file"]
        try:
            if upload.size > XLIFF_MAX_BYTES:
                raise ValidationError(_("The file is too large (at most 10 MB)."))
            saved = services.translation_import_xliff(
                region=region, actor=actor, data=upload.read()
            )
        except ValidationError as error:
            apply_validation_error(import_form, error)
        else:
            messages.success(request, _("%(count)s translated pages are saved.") % {"count": saved})
            return redirect("office:guide_xliff", region.slug)
    return render(
        request,
        "guide/office/xliff.html",
        {"export_form": export_form, "import_form": import_form},
        status=400 if request.method == "POST" else 200,
    )


def _pages_to_export(region: Region, form: XliffExportForm) -> list[int]:
    page_ids: list[int] = form.cleaned_data["pages"]
    if not form.cleaned_data["only_needed"]:
        return page_ids
    states = page_states(region)
    language = form.cleaned_data["language"]
    return [
        page_id
        for page_id in page_ids
        if page_id in states and states[page_id].state(language).needs_translation
    ]


@office_view("office.manage_region")
@require_http_methods(GET_OR_POST)
def guide_settings(request: HttpRequest, region: Region) -> HttpResponse:
    """The language tree and the machine translation account of the region."""
    settings_row = TranslationSettings.objects.filter(region=region).first() or TranslationSettings(
        region=region
    )
    tree_form = LanguageSourceForm(
        request.POST if "save_tree" in request.POST else None, region=region
    )
    mt_form = TranslationSettingsForm(
        request.POST if "save_mt" in request.POST else None, instance=settings_row
    )
    actor = office_user(request)
    try:
        if "save_tree" in request.POST and tree_form.is_valid():
            services.guide_language_set_source(
                region=region,
                actor=actor,
                language=tree_form.cleaned_data["language"],
                source=tree_form.cleaned_data["source"],
            )
            messages.success(request, _("The language tree is saved."))
            return redirect("office:guide_settings", region.slug)
        if "save_mt" in request.POST and mt_form.is_valid():
            services.translation_settings_save(
                region=region,
                actor=actor,
                provider=mt_form.cleaned_data["provider"],
                base_url=mt_form.cleaned_data["base_url"],
                api_key=mt_form.cleaned_data["api_key"] or None,
                monthly_budget=mt_form.cleaned_data["monthly_budget"],
            )
            messages.success(request, _("The machine translation settings are saved."))
            return redirect("office:guide_settings", region.slug)
    except ValidationError as error:
        apply_validation_error(tree_form if "save_tree" in request.POST else mt_form, error)
    sources = sources_for(region)
    return render(
        request,
        "guide/office/settings.html",
        {
            "tree_form": tree_form,
            "mt_form": mt_form,
            "tree": [
                (language, region.language_by_code(sources[language.code] or ""))
                for language in region.enabled_languages()
            ],
            "used": services.characters_used(region, _today()),
            "budget": settings_row.monthly_budget,
        },
        status=400 if request.method == "POST" else 200,
    )


def _today() -> datetime.date:
    return timezone.localdate()


@office_view(MANAGE)
@require_http_methods(["GET", "HEAD"])
def news_list(request: HttpRequest, region: Region) -> HttpResponse:
    items = NewsItem.objects.for_region(region)[:200]
    default = region.default_language_id
    return render(
        request,
        "guide/office/news_list.html",
        {"items": [(item, item.title.get(default, "")) for item in items]},
    )


@office_view(MANAGE)
@require_http_methods(GET_OR_POST)
def news_edit(request: HttpRequest, region: Region, news_id: int | None = None) -> HttpResponse:
    item = get_object_or_404(NewsItem.objects.for_region(region), pk=news_id) if news_id else None
    initial: dict[str, Any] = {}
    if item is not None:
        initial["published_at"] = item.published_at
        for code, text in item.title.items():
            initial[f"title_{code}"] = text
        for code, text in item.text.items():
            initial[f"text_{code}"] = text
    form = NewsForm(request.POST or None, region=region, initial=initial)
    if request.method == "POST":
        if "delete" in request.POST and item is not None:
            services.news_delete(item=item, actor=office_user(request))
            messages.success(request, _("The news item is deleted."))
            return redirect("office:guide_news", region.slug)
        if form.is_valid():
            try:
                services.news_save(
                    region=region,
                    actor=office_user(request),
                    item=item,
                    published_at=form.cleaned_data["published_at"],
                    title=form.texts("title"),
                    text=form.texts("text"),
                )
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(request, _("The news item is saved."))
                return redirect("office:guide_news", region.slug)
    return render(
        request,
        "guide/office/news_form.html",
        {"form": form, "item": item},
        status=400 if request.method == "POST" else 200,
    )
