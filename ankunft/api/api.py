"""The open JSON API, /api/v1/: a typed layer over the same selectors as the pages."""

from __future__ import annotations

import datetime
import hashlib
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.db.models.fields.json import KT
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.dateparse import parse_datetime
from django.utils.http import http_date
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError as NinjaValidationError

from ankunft.core.features import region_with_feature
from ankunft.core.models import Feature, Region
from ankunft.core.region_cache import region_by_slug
from ankunft.core.translated import is_text, pick
from ankunft.offers.models import WEEKDAY_KEYS, Offer, OfferLocation, OfferQuerySet
from ankunft.offers.selectors import (
    COUNT_LIMIT,
    OfferFilters,
    parse_filters,
    public_offer_page,
    public_offers,
)
from ankunft.organisations.models import Organisation

api = NinjaAPI(
    title="Ankunft API",
    version="1",
    description=(
        "Open data of the integration platform: regions, languages, organisations and the "
        "directory of offers."
    ),
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
)


class ErrorOut(Schema):
    detail: str


class RegionOut(Schema):
    slug: str
    name: str
    ags: str
    default_language: str
    languages: list[str]
    features: list[str]


class LanguageOut(Schema):
    code: str
    native_name: str
    english_name: str
    direction: str


class OrganisationOut(Schema):
    id: int
    slug: str
    name: str
    sector: str
    description: str
    description_language: str
    street: str
    postcode: str
    city: str
    district: str | None
    website: str
    email: str
    phone: str
    signed_declaration: bool


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    message = str(exc) if exc.args and isinstance(exc.args[0], str) else _("Not found.")
    return api.create_response(request, {"detail": message}, status=404)


@api.exception_handler(NinjaValidationError)
def invalid_input(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    return api.create_response(
        request, {"detail": _("Invalid request parameters."), "errors": exc.errors}, status=422
    )


@api.exception_handler(ValidationError)
def invalid_data(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return api.create_response(request, {"detail": " ".join(exc.messages)}, status=400)


@api.exception_handler(PermissionDenied)
def forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return api.create_response(request, {"detail": _("Access denied.")}, status=403)


def _region(slug: str) -> Region:
    region = region_by_slug(slug)
    if region is None:
        raise Http404(_("There is no city or region with this address."))
    return region


def _region_and_language(slug: str, lang: str) -> tuple[Region, str]:
    region = _region(slug)
    if region.language_by_code(lang) is None:
        raise Http404(_("This page is not available in this language."))
    return region, lang


@api.get("/regions", response=list[RegionOut], tags=["regions"])
def list_regions(request: HttpRequest) -> list[RegionOut]:
    return [
        RegionOut(
            slug=region.slug,
            name=region.name,
            ags=region.ags,
            default_language=region.default_language_id,
            languages=region.language_codes(),
            features=list(region.features),
        )
        for region in Region.objects.with_languages()
    ]


@api.get("/{region}/languages", response={200: list[LanguageOut], 404: ErrorOut}, tags=["regions"])
def list_languages(request: HttpRequest, region: str) -> list[LanguageOut]:
    return [
        LanguageOut(
            code=language.code,
            native_name=language.native_name,
            english_name=language.english_name,
            direction=language.direction,
        )
        for language in _region(region).enabled_languages()
    ]


@api.get(
    "/{region}/{lang}/organisations",
    response={200: list[OrganisationOut], 404: ErrorOut},
    tags=["alliance"],
)
def list_organisations(request: HttpRequest, region: str, lang: str) -> list[OrganisationOut]:
    the_region, code = _region_and_language(region, lang)
    chain = the_region.fallback_chain(code)
    results = []
    for organisation in Organisation.objects.for_region(the_region).select_related("district"):
        description = pick(organisation.description, chain)
        results.append(
            OrganisationOut(
                id=organisation.pk,
                slug=organisation.slug,
                name=organisation.name,
                sector=organisation.sector,
                description=description.text,
                description_language=description.language,
                street=organisation.street,
                postcode=organisation.postcode,
                city=organisation.city,
                district=organisation.district.key if organisation.district else None,
                website=organisation.website,
                email=organisation.email,
                phone=organisation.phone,
                signed_declaration=organisation.signed_at is not None,
            )
        )
    return results


# --- Directory of offers -------------------------------------------------------------------


class OfferQuery(Schema):
    q: str = Field("", max_length=200, description="Free text, in any of the region's languages")
    theme: list[str] = Field([], description="Theme keys (any of them)")
    category: list[str] = Field([], description="Categories (any of them)")
    target_group: list[str] = Field([], description="Target groups (any of them)")
    language: list[str] = Field([], description="Languages in which the offer is delivered")
    district: list[str] = Field([], description="District keys")
    open_on: list[str] = Field([], description="Weekdays: mon, tue, wed, thu, fri, sat, sun")
    free: bool = Field(False, description="Only offers free of charge")
    step_free: bool = Field(False, description="Only offers with step-free access")
    online: bool = Field(False, description="Only online or phone offers")
    open_now: bool = Field(False, description="Only offers open at this moment")


class PageQuery(Schema):
    page: int = Field(1, ge=1)
    page_size: int = Field(20, ge=1, le=100)


class OpeningHoursOut(Schema):
    weekday: str
    opens: str
    closes: str


class LocationOut(Schema):
    name: str
    street: str
    postcode: str
    city: str
    district: str | None
    latitude: float | None
    longitude: float | None
    by_appointment: bool
    opening_hours: list[OpeningHoursOut]


class ContactOut(Schema):
    name: str
    email: str
    phone: str
    website: str


class ProviderOut(Schema):
    id: int
    name: str
    website: str


class OfferOut(Schema):
    id: int
    url: str
    title: str
    title_language: str
    summary: str
    summary_language: str
    description: str = Field(description="Sanitised HTML")
    description_language: str
    provider: ProviderOut
    themes: list[str]
    categories: list[str]
    target_groups: list[str]
    languages: list[str]
    cost: str
    cost_amount: str | None
    registration_required: bool
    step_free: bool
    hearing_loop: bool
    online: bool
    online_url: str
    valid_from: datetime.date | None
    valid_until: datetime.date | None
    last_confirmed: datetime.datetime
    locations: list[LocationOut]
    contact: ContactOut | None


class OfferPageOut(Schema):
    count: int = Field(
        description=f"Matching offers, counted up to {COUNT_LIMIT:,}; when there are more, "
        f"`count` is {COUNT_LIMIT:,} and `count_capped` is true. Further pages can still be "
        "read until one comes back empty."
    )
    count_capped: bool = Field(
        description=f"True when more than {COUNT_LIMIT:,} offers match (`count` is a floor)"
    )
    page: int
    page_size: int
    results: list[OfferOut]


TEXT_FIELDS = ["title", "summary", "description"]
OFFER_COLUMNS = [
    "pk",
    "organisation_id",
    "organisation__name",
    "organisation__website",
    "themes",
    "categories",
    "target_groups",
    "languages",
    "cost",
    "cost_amount",
    "registration_required",
    "step_free",
    "hearing_loop",
    "online",
    "online_url",
    "valid_from",
    "valid_until",
    "last_confirmed_at",
    "contact_id",
    "contact__name",
    "contact__email",
    "contact__phone",
    "contact__website",
]


def _offer_rows(offers: OfferQuerySet, chain: list[str]) -> list[dict[str, Any]]:
    """The columns of `OfferOut`, and of each text only the languages of the chain: the
    texts in 12 languages cost more to read and decode than everything else. Offers with a
    text in none of these languages get the whole text, for `pick`'s last resort."""
    languages = {f"{name}:{code}": KT(f"{name}__{code}") for name in TEXT_FIELDS for code in chain}
    rows = list(offers.values(*OFFER_COLUMNS, **languages))
    for row in rows:
        for name in TEXT_FIELDS:
            row[name] = {code: row.pop(f"{name}:{code}") for code in chain}
    lacking = [row["pk"] for row in rows if not all(_present(row[n]) for n in TEXT_FIELDS)]
    if lacking:
        whole = {
            item["pk"]: item
            for item in Offer.objects.filter(pk__in=lacking).values("pk", *TEXT_FIELDS)
        }
        for row in rows:
            if row["pk"] in whole:
                for name in TEXT_FIELDS:
                    row[name] = {**whole[row["pk"]][name], **_present(row[name])}
    return rows


def _present(texts: dict[str, Any]) -> dict[str, str]:
    return {code: text for code, text in texts.items() if is_text(text)}


def _offer_out(
    row: dict[str, Any],
    chain: list[str],
    url: str,
    locations: list[dict[str, Any]],
) -> dict[str, Any]:
    """An `OfferOut` as a plain dict, in the schema's field order: building the pydantic
    models cost more than the database for a page of 20 offers. The JSON is the same, and
    tests validate it against the schema."""
    title, summary, description = (pick(row[name], chain) for name in TEXT_FIELDS)
    return {
        "id": row["pk"],
        "url": url,
        "title": title.text,
        "title_language": title.language,
        "summary": summary.text,
        "summary_language": summary.language,
        "description": description.text,
        "description_language": description.language,
        "provider": {
            "id": row["organisation_id"],
            "name": row["organisation__name"],
            "website": row["organisation__website"],
        },
        "themes": row["themes"],
        "categories": row["categories"],
        "target_groups": row["target_groups"],
        "languages": row["languages"],
        "cost": row["cost"],
        "cost_amount": str(row["cost_amount"]) if row["cost_amount"] is not None else None,
        "registration_required": row["registration_required"],
        "step_free": row["step_free"],
        "hearing_loop": row["hearing_loop"],
        "online": row["online"],
        "online_url": row["online_url"],
        "valid_from": row["valid_from"],
        "valid_until": row["valid_until"],
        "last_confirmed": row["last_confirmed_at"],
        "locations": locations,
        "contact": {
            "name": row["contact__name"],
            "email": row["contact__email"],
            "phone": row["contact__phone"],
            "website": row["contact__website"],
        }
        if row["contact_id"]
        else None,
    }


LOCATION_FIELDS = [
    "id",
    "offer_id",
    "by_appointment",
    "place__name",
    "place__street",
    "place__postcode",
    "place__city",
    "place__district__key",
    "place__latitude",
    "place__longitude",
]


def _locations_out(offer_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The `LocationOut`s of offers, by offer: one query of plain values (a row per opening
    hours, or one for a place without), as model instances cost more than the database."""
    rows = (
        OfferLocation.objects.filter(offer_id__in=offer_ids)
        .order_by("offer_id", "position", "id", "hours__weekday", "hours__opens")
        .values_list(*LOCATION_FIELDS, "hours__weekday", "hours__opens", "hours__closes")
    )
    by_offer: dict[int, list[dict[str, Any]]] = defaultdict(list)
    by_location: dict[int, dict[str, Any]] = {}
    for location_id, offer_id, by_appointment, *place, weekday, opens, closes in rows:
        if location_id not in by_location:
            name, street, postcode, city, district, latitude, longitude = place
            by_location[location_id] = {
                "name": name,
                "street": street,
                "postcode": postcode,
                "city": city,
                "district": district,
                "latitude": _float(latitude),
                "longitude": _float(longitude),
                "by_appointment": by_appointment,
                "opening_hours": [],
            }
            by_offer[offer_id].append(by_location[location_id])
        if weekday is not None:
            by_location[location_id]["opening_hours"].append(
                {
                    "weekday": WEEKDAY_KEYS[weekday],
                    "opens": f"{opens:%H:%M}",
                    "closes": f"{closes:%H:%M}",
                }
            )
    return by_offer


def _float(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


def _offer_filters(region: Region, query: OfferQuery) -> OfferFilters:
    params: dict[str, list[str]] = {"q": [query.q]}
    for name in ["theme", "category", "target_group", "language", "district", "open_on"]:
        params[name] = getattr(query, name)
    for name in ["free", "step_free", "online", "open_now"]:
        params[name] = ["1" if getattr(query, name) else ""]
    return parse_filters(region, params)


NEWEST_CHANGES = (
    "SELECT (SELECT MAX(updated_at) FROM offers_offer WHERE region_id = %s), "
    "(SELECT MAX(updated_at) FROM organisations_organisation WHERE region_id = %s)"
)


def _stamp(value: datetime.datetime | str | None) -> datetime.datetime | None:
    """A timestamp from a plain statement: SQLite gives the stored text (in UTC)."""
    if isinstance(value, str):
        parsed = parse_datetime(value)
        if parsed is None:
            return None
        return parsed if timezone.is_aware(parsed) else parsed.replace(tzinfo=datetime.UTC)
    return value


def _offers_version(
    region: Region, request: HttpRequest, lang: str
) -> tuple[str, datetime.datetime]:
    """ETag and Last-Modified of everything an offers answer is made of."""
    # One plain statement (the ORM would take longer to build it than the database to run
    # it): the newest change of each, from the indexes on (region, updated_at).
    with connection.cursor() as cursor:
        cursor.execute(NEWEST_CHANGES, [region.pk, region.pk])
        latest_offer, latest_organisation = (_stamp(value) for value in cursor.fetchone())
    stamps = [stamp for stamp in [latest_offer, latest_organisation, region.updated_at] if stamp]
    last_modified = max(stamps)
    now = timezone.localtime()
    # Publication windows and "open now" change with the clock, not only with writes.
    clock = now.strftime("%Y-%m-%dT%H:%M") if "open_now" in request.GET else now.date().isoformat()
    key = "|".join(
        [str(region.pk), lang, last_modified.isoformat(), clock, request.GET.urlencode()]
    )
    return hashlib.sha256(key.encode()).hexdigest()[:32], last_modified


def conditional_answer(
    request: HttpRequest,
    etag: str,
    last_modified: datetime.datetime,
    build: Callable[[], HttpResponse],
) -> HttpResponse:
    """304 when the client has this version, else the built answer; both carry the
    validators and may be kept for a minute."""
    quoted = f'"{etag}"'
    not_modified = get_conditional_response(
        request, etag=quoted, last_modified=int(last_modified.timestamp())
    )
    response = not_modified or build()
    response["ETag"] = quoted
    response["Last-Modified"] = http_date(last_modified.timestamp())
    response["Cache-Control"] = "public, max-age=60"
    return response


def _conditional(
    request: HttpRequest, region: Region, lang: str, build: Callable[[], HttpResponse]
) -> HttpResponse:
    etag, last_modified = _offers_version(region, request, lang)
    response = conditional_answer(request, etag, last_modified, build)
    response["Vary"] = "Accept-Language"
    return response


URL_PLACEHOLDER = 987654321


def _offers_out(
    offers: OfferQuerySet, region: Region, lang: str, request: HttpRequest
) -> dict[int, dict[str, Any]]:
    """`OfferOut`s by id, in three queries (offers, locations with places, hours)."""
    chain = list(dict.fromkeys(region.fallback_chain(lang)))
    rows = _offer_rows(offers, chain)
    locations = _locations_out([row["pk"] for row in rows])
    # One reverse() for the page: the URLs differ only in the id.
    url = request.build_absolute_uri(
        reverse("public:offer", args=[region.slug, lang, URL_PLACEHOLDER])
    )
    head, tail = url.rpartition(str(URL_PLACEHOLDER))[::2]
    return {
        row["pk"]: _offer_out(row, chain, f"{head}{row['pk']}{tail}", locations[row["pk"]])
        for row in rows
    }


@api.get(
    "/{region}/{lang}/offers",
    response={200: OfferPageOut, 400: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    tags=["offers"],
    summary="Search the directory of offers",
)
def list_offers(
    request: HttpRequest,
    region: str,
    lang: str,
    filters: Query[OfferQuery],
    paging: Query[PageQuery],
) -> HttpResponse:
    """Published offers, best match first when `q` is given (offers matching in the title
    first, then the most recently confirmed). Texts are in `lang` where translated, else in
    the region's default language (see the `*_language` fields). `count` is exact while at
    most 200 offers match; with more it is 200 and `count_capped` is true (pages further on
    can still be read).
    Answers carry ETag and Last-Modified; conditional requests get 304."""
    the_region, code = _offers_region(region, lang)
    offer_filters = _offer_filters(the_region, filters)

    def build() -> HttpResponse:
        found = public_offer_page(
            the_region,
            offer_filters,
            offset=(paging.page - 1) * paging.page_size,
            limit=paging.page_size,
        )
        by_id = _offers_out(Offer.objects.filter(pk__in=found.ids), the_region, code, request)
        body = {  # an OfferPageOut
            "count": found.count,
            "count_capped": found.count_capped,
            "page": paging.page,
            "page_size": paging.page_size,
            # An index row may outlive a deleted offer.
            "results": [by_id[pk] for pk in found.ids if pk in by_id],
        }
        return api.create_response(request, body, status=200)

    return _conditional(request, the_region, code, build)


@api.get(
    "/{region}/{lang}/offers/{offer_id}",
    response={200: OfferOut, 404: ErrorOut},
    tags=["offers"],
    summary="One published offer",
)
def get_offer(request: HttpRequest, region: str, lang: str, offer_id: int) -> HttpResponse:
    the_region, code = _offers_region(region, lang)

    def build() -> HttpResponse:
        offers = Offer.objects.for_region(the_region).published().filter(pk=offer_id)
        offer = _offers_out(offers, the_region, code, request).get(offer_id)
        if offer is None:
            raise Http404(_("This offer does not exist or is no longer published."))
        return api.create_response(request, offer, status=200)

    return _conditional(request, the_region, code, build)


MAX_MAP_FEATURES = 5000


@api.get(
    "/{region}/{lang}/locations",
    response={200: dict[str, Any], 400: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    tags=["offers"],
    summary="Places of the matching offers as a GeoJSON FeatureCollection",
)
def offer_locations(
    request: HttpRequest, region: str, lang: str, filters: Query[OfferQuery]
) -> HttpResponse:
    """One Point feature per place of each matching offer (at most 5000; `truncated` says
    when there were more). Takes the same filters as the offers search."""
    the_region, code = _offers_region(region, lang)
    offer_filters = _offer_filters(the_region, filters)

    def build() -> HttpResponse:
        offers = public_offers(the_region, offer_filters).values("pk")
        locations = (
            OfferLocation.objects.filter(offer__in=offers, place__latitude__isnull=False)
            .select_related("place", "offer")
            .order_by("offer_id", "position")
        )
        chain = the_region.fallback_chain(code)
        directions = {lang.code: lang.direction for lang in the_region.enabled_languages()}
        features = []
        for location in locations[: MAX_MAP_FEATURES + 1]:
            title = pick(location.offer.title, chain)
            place = location.place
            features.append(
                {
                    "type": "Feature",
                    "geometry": {
                        "type": "Point",
                        "coordinates": [float(place.longitude), float(place.latitude)],  # type: ignore[arg-type]
                    },
                    "properties": {
                        "offer_id": location.offer_id,
                        "title": title.text,
                        "lang": title.language,
                        "dir": directions.get(title.language, "ltr"),
                        "url": reverse(
                            "public:offer", args=[the_region.slug, code, location.offer_id]
                        ),
                        "place": place.name,
                        "address": place.one_line,
                    },
                }
            )
        body = {
            "type": "FeatureCollection",
            "features": features[:MAX_MAP_FEATURES],
            "truncated": len(features) > MAX_MAP_FEATURES,
        }
        response = api.create_response(request, body, status=200)
        response["Content-Type"] = "application/geo+json"
        return response

    return _conditional(request, the_region, code, build)


def _offers_region(slug: str, lang: str) -> tuple[Region, str]:
    the_region, code = _region_and_language(slug, lang)
    return region_with_feature(the_region, Feature.OFFERS), code


# The welcome guide's endpoints live in their own module, which reuses the helpers above.
from ankunft.api.guide import router as guide_router  # noqa: E402

api.add_router("", guide_router)

from ankunft.api.events import router as events_router  # noqa: E402

api.add_router("", events_router)
