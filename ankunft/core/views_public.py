"""The public shell: region chooser, start page, imprint, privacy, manifest."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_from_request
from django.views.decorators.http import require_safe

from ankunft.core.models import Feature, Region
from ankunft.core.translated import pick
from ankunft.events.selectors import public_occurrences
from ankunft.guide.selectors import fallback_chain, latest_news

# The start page shows the next few event dates of the coming weeks.
UPCOMING_COUNT = 3
UPCOMING_DAYS = 30


@require_safe
def region_chooser(request: HttpRequest) -> HttpResponse:
    regions = Region.objects.with_languages()
    return render(request, "core/region_chooser.html", {"regions": regions})


@require_safe
def health(request: HttpRequest) -> JsonResponse:
    connection.ensure_connection()
    return JsonResponse({"status": "ok"})


@require_safe
def choose_language(request: HttpRequest, region_slug: str) -> HttpResponseRedirect:
    """Send the reader to the region in the language they chose before, or their browser's."""
    region: Region = request.region  # type: ignore[attr-defined]
    preferred = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) or get_language_from_request(
        request
    )
    code = region.enabled_language_or_default(preferred or "")
    return HttpResponseRedirect(reverse("public:start", args=[region.slug, code]))


@require_safe
def start(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    region: Region = request.region  # type: ignore[attr-defined]
    news = []
    if region.has_feature(Feature.GUIDE):
        chain = fallback_chain(region, lang)
        news = [
            (item, item.title_in(chain), item.text_in(chain)) for item in latest_news(region, 3)
        ]
    upcoming = []
    if region.has_feature(Feature.EVENTS):
        now = timezone.now()
        found = public_occurrences(region, now, now + datetime.timedelta(days=UPCOMING_DAYS))
        chain = region.fallback_chain(lang)
        upcoming = [
            {"occurrence": item, "title": pick(item.event.title, chain)}
            for item in found
            if not item.is_cancelled
        ][:UPCOMING_COUNT]
    return render(
        request,
        "core/start.html",
        {"welcome": region.text("welcome", lang), "news": news, "upcoming": upcoming},
    )


@require_safe
def imprint(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    region: Region = request.region  # type: ignore[attr-defined]
    return render(
        request, "core/legal.html", {"kind": "imprint", "text": region.text("imprint", lang)}
    )


@require_safe
def privacy(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    region: Region = request.region  # type: ignore[attr-defined]
    return render(
        request, "core/legal.html", {"kind": "privacy", "text": region.text("privacy", lang)}
    )


@require_safe
def manifest(request: HttpRequest, region_slug: str, lang: str) -> JsonResponse:
    region: Region = request.region  # type: ignore[attr-defined]
    language = request.reading_language  # type: ignore[attr-defined]
    data = {
        "name": f"Ankunft {region.name}",
        "short_name": region.name,
        "lang": language.code,
        "dir": language.direction,
        "start_url": reverse("public:start", args=[region.slug, language.code]),
        "scope": reverse("public:choose_language", args=[region.slug]),
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5394",
        "icons": [
            {"src": static("ankunft/icon.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    return response
