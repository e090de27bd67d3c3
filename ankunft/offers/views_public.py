"""Public pages of the directory of offers: search list, map, detail, problem report."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Avg
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from ankunft.core.features import region_with_feature
from ankunft.core.forms import apply_validation_error, too_many_submissions
from ankunft.core.html import json_for_script
from ankunft.core.models import Feature, Language, Region
from ankunft.core.translated import Translation, pick
from ankunft.offers.forms_public import ProblemReportForm
from ankunft.offers.models import (
    WEEKDAY_KEYS,
    Category,
    Offer,
    OfferLocation,
    TargetGroup,
    Theme,
    Weekday,
)
from ankunft.offers.schema_org import place_schema
from ankunft.offers.selectors import (
    OfferFilters,
    offer_for_reader,
    parse_filters,
    public_offer_page,
)
from ankunft.offers.services import problem_report_submit

PAGE_SIZE = 20
REPORTS_PER_HOUR = 10


def _region(request: HttpRequest) -> Region:
    return region_with_feature(request.region, Feature.OFFERS)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class OfferCard:
    offer: Offer
    title: Translation
    summary: Translation
    url: str
    places: list[str]


def offer_cards(offers: list[Offer], region: Region, lang: str) -> list[OfferCard]:
    chain = region.fallback_chain(lang)
    return [
        OfferCard(
            offer=offer,
            title=pick(offer.title, chain),
            summary=pick(offer.summary, chain),
            url=reverse("public:offer", args=[region.slug, lang, offer.pk]),
            places=[
                location.place.district.name if location.place.district else location.place.city
                for location in offer.locations.all()
            ],
        )
        for offer in offers
    ]


@dataclass(frozen=True)
class FilterOption:
    label: str
    querystring: str
    selected: bool


@dataclass(frozen=True)
class FilterGroup:
    name: str
    legend: str
    options: list[FilterOption]


def filter_groups(region: Region, lang: str, filters: OfferFilters) -> list[FilterGroup]:
    """Every filter as a list of links that switch one value on or off."""

    def group(name: str, legend: str, values: list[tuple[str, str]]) -> FilterGroup:
        return FilterGroup(
            name=name,
            legend=legend,
            options=[
                FilterOption(label, filters.toggled(name, value), filters.is_on(name, value))
                for value, label in values
            ],
        )

    themes = [(t.key, t.text(lang).text) for t in Theme.objects.for_region(region)]
    languages = [(language.code, language.native_name) for language in region.enabled_languages()]
    districts = [(d.key, d.name) for d in region.districts.all()]
    weekdays = [(WEEKDAY_KEYS[day.value], str(day.label)) for day in Weekday]
    flags = [
        ("free", _("Free of charge")),
        ("step_free", _("Step-free access")),
        ("online", _("Online or by phone")),
        ("open_now", _("Open now")),
    ]
    groups = [
        group("category", _("Category"), [(c.value, str(c.label)) for c in Category]),
        group("theme", _("Theme"), themes),
        group("target_group", _("For whom"), [(t.value, str(t.label)) for t in TargetGroup]),
        group("language", _("Language spoken"), languages),
        group("district", _("District"), districts),
        group("open_on", _("Open on"), weekdays),
    ]
    groups.append(
        FilterGroup(
            name="flags",
            legend=_("More"),
            options=[
                FilterOption(label, filters.toggled(name), filters.is_on(name))
                for name, label in flags
            ],
        )
    )
    return [g for g in groups if g.options]


def _filters_or_error(request: HttpRequest, region: Region) -> tuple[OfferFilters, list[str]]:
    try:
        return parse_filters(region, request.GET), []
    except ValidationError as error:
        return OfferFilters(), [str(message) for message in error.messages]


@dataclass(frozen=True)
class ResultsPage:
    """One page of the public list. Like the API, the list counts no further than
    `COUNT_LIMIT` (`capped`: more offers match), so that it costs about as much in a large
    directory as in a small one; pages further on can still be read."""

    number: int
    count: int
    capped: bool
    more: bool

    @property
    def num_pages(self) -> int:
        return max((self.count + PAGE_SIZE - 1) // PAGE_SIZE, 1)

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.more

    @property
    def has_other_pages(self) -> bool:
        return self.has_previous or self.has_next

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1


def _results(
    request: HttpRequest, region: Region, filters: OfferFilters
) -> tuple[ResultsPage, list[Offer]]:
    """The page asked for, and its offers in order; 404 for a page past the end."""
    number = request.GET.get("page", "1")
    if not number.isdigit() or int(number) < 1:
        raise Http404(_("This page of results does not exist."))
    page_number = int(number)
    found = public_offer_page(
        region, filters, offset=(page_number - 1) * PAGE_SIZE, limit=PAGE_SIZE
    )
    if page_number > 1 and not found.ids:
        raise Http404(_("This page of results does not exist."))
    by_id = {
        offer.pk: offer
        for offer in Offer.objects.filter(pk__in=found.ids)
        .select_related("organisation")
        .prefetch_related("locations__place__district")
    }
    offers = [by_id[pk] for pk in found.ids if pk in by_id]
    return ResultsPage(page_number, found.count, found.count_capped, found.more), offers


@require_safe
def offer_list(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    region = _region(request)
    filters, errors = _filters_or_error(request, region)
    page, offers = _results(request, region, filters) if not errors else (None, [])
    return render(
        request,
        "offers/list.html",
        {
            "filters": filters,
            "errors": errors,
            "groups": filter_groups(region, lang, filters),
            "page": page,
            "cards": offer_cards(offers, region, lang),
            "view": "list",
        },
        status=400 if errors else 200,
    )


@require_safe
def offer_map(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    region = _region(request)
    filters, errors = _filters_or_error(request, region)
    centre = region.districts.aggregate(latitude=Avg("latitude"), longitude=Avg("longitude"))
    geojson_url = reverse("api:offer_locations", kwargs={"region": region.slug, "lang": lang})
    query = filters.querystring()
    return render(
        request,
        "offers/map.html",
        {
            "filters": filters,
            "errors": errors,
            "groups": filter_groups(region, lang, filters),
            "geojson_url": f"{geojson_url}?{query}" if query else geojson_url,
            "centre": centre,
            "tile_url": settings.ANKUNFT_MAP_TILE_URL,
            "attribution": settings.ANKUNFT_MAP_ATTRIBUTION,
            "view": "map",
        },
        status=400 if errors else 200,
    )


@dataclass(frozen=True)
class HoursLine:
    weekday: str
    times: str


def opening_lines(location: OfferLocation) -> list[HoursLine]:
    lines: dict[int, list[str]] = {}
    for hours in location.hours.all():
        lines.setdefault(hours.weekday, []).append(f"{hours.opens:%H:%M}–{hours.closes:%H:%M}")
    return [HoursLine(str(Weekday(day).label), ", ".join(times)) for day, times in lines.items()]


def upcoming_exceptions(location: OfferLocation, today: datetime.date) -> list[Any]:
    return [exception for exception in location.exceptions.all() if exception.date >= today]


def json_ld(offer: Offer, region: Region, lang: str, url: str) -> str:
    """schema.org description of the offer, for search engines and other readers."""
    chain = region.fallback_chain(lang)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Service",
        "@id": url,
        "url": url,
        "name": pick(offer.title, chain).text,
        "description": pick(offer.summary, chain).text,
        "inLanguage": lang,
        "serviceType": [str(Category(c).label) for c in offer.categories if c in Category.values],
        "areaServed": {"@type": "City", "name": region.name},
        "provider": {
            "@type": "Organization",
            "name": offer.organisation.name,
            **({"url": offer.organisation.website} if offer.organisation.website else {}),
        },
        "availableLanguage": offer.languages,
        "isAccessibleForFree": offer.cost == "free",
        "availableChannel": [],
    }
    if offer.cost_amount is not None:
        data["offers"] = {
            "@type": "Offer",
            "price": str(offer.cost_amount),
            "priceCurrency": "EUR",
        }
    for location in offer.locations.all():
        service_location = place_schema(location.place)
        service_location["openingHoursSpecification"] = [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{Weekday(hours.weekday).name.title()}",
                "opens": f"{hours.opens:%H:%M}",
                "closes": f"{hours.closes:%H:%M}",
            }
            for hours in location.hours.all()
        ]
        data["availableChannel"].append(
            {"@type": "ServiceChannel", "serviceLocation": service_location}
        )
    if offer.online_url:
        data["availableChannel"].append({"@type": "ServiceChannel", "serviceUrl": offer.online_url})
    if offer.contact and offer.contact.phone:
        data["provider"]["telephone"] = offer.contact.phone
    return json_for_script(data)


@require_safe
def offer_detail(request: HttpRequest, region_slug: str, lang: str, offer_id: int) -> HttpResponse:
    region = _region(request)
    offer = offer_for_reader(region, offer_id)
    if offer is None:
        raise Http404(_("This offer does not exist or is no longer published."))
    url = request.build_absolute_uri()
    today = timezone.localdate()
    locations = [
        {
            "location": location,
            "place": location.place,
            "hours": opening_lines(location),
            "exceptions": upcoming_exceptions(location, today),
        }
        for location in offer.locations.all()
    ]
    themes = Theme.objects.for_region(region).filter(key__in=offer.themes)
    return render(
        request,
        "offers/detail.html",
        {
            "offer": offer,
            "title": offer.text("title", lang),
            "summary": offer.text("summary", lang),
            "description": offer.text("description", lang),
            "cost_note": offer.text("cost_note", lang),
            "categories": [Category(c).label for c in offer.categories if c in Category.values],
            "target_groups": [
                TargetGroup(t).label for t in offer.target_groups if t in TargetGroup.values
            ],
            "themes": [theme.text(lang) for theme in themes],
            "languages": _language_names(offer.languages),
            "locations": locations,
            "json_ld": json_ld(offer, region, lang, url),
            "is_stale": offer.is_stale(),
        },
    )


def _language_names(codes: list[str]) -> list[str]:
    names = dict(Language.objects.filter(code__in=codes).values_list("code", "native_name"))
    return [names.get(code, code) for code in codes]


@require_http_methods(["GET", "HEAD", "POST"])
def offer_report(request: HttpRequest, region_slug: str, lang: str, offer_id: int) -> HttpResponse:
    region = _region(request)
    offer = offer_for_reader(region, offer_id)
    if offer is None:
        raise Http404(_("This offer does not exist or is no longer published."))
    form = ProblemReportForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if too_many_submissions(request, "problem-reports", REPORTS_PER_HOUR):
            form.add_error(None, _("Too many reports from your connection. Please try later."))
            status = 429
        elif form.is_valid():
            try:
                problem_report_submit(
                    offer=offer,
                    message=form.cleaned_data["message"],
                    email=form.cleaned_data["email"],
                    language=lang,
                )
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                url = reverse("public:offer", args=[region.slug, lang, offer.pk])
                return HttpResponseRedirect(f"{url}?reported=1")
    return render(
        request,
        "offers/report.html",
        {"offer": offer, "title": offer.text("title", lang), "form": form},
        status=status,
    )
