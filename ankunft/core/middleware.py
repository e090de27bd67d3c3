"""Resolve the region and reading language of every public page, in one place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _

from ankunft.core.models import Language, Region


def interface_language_for(language: Language, region: Region) -> str:
    """The UI language: the reading language when the interface speaks it."""
    if language.has_interface:
        return language.code
    if region.default_language.has_interface:
        return region.default_language_id
    return "en"


class PublicRegionMiddleware:
    """For URLs with `region_slug` and `lang` arguments: load both or answer 404,
    activate the language and remember it in a cookie."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        language = getattr(request, "reading_language", None)
        if language is not None and language.has_interface:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language.code,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite="Lax",
                secure=settings.HTTPS,
            )
        return response

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., Any],
        view_args: tuple[Any, ...],
        view_kwargs: dict[str, Any],
    ) -> None:
        slug = view_kwargs.get("region_slug")
        if slug is None:
            return
        region = Region.objects.with_languages().filter(slug=slug).first()
        if region is None:
            raise Http404(_("There is no city or region with this address."))
        request.region = region  # type: ignore[attr-defined]
        code = view_kwargs.get("lang")
        if code is None:
            return
        language = region.language_by_code(code)
        if language is None:
            raise Http404(_("This page is not available in this language."))
        request.reading_language = language  # type: ignore[attr-defined]
        ui_language = interface_language_for(language, region)
        translation.activate(ui_language)
        request.LANGUAGE_CODE = ui_language
