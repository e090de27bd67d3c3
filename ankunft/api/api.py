"""The open JSON API, /api/v1/: a typed layer over the same selectors as the pages."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import ValidationError as NinjaValidationError

from ankunft.core.models import Region
from ankunft.core.translated import pick
from ankunft.organisations.models import Organisation

api = NinjaAPI(
    title="Ankunft API",
    version="1",
    description="Open data of the integration platform: regions, languages, organisations.",
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
    region = Region.objects.with_languages().filter(slug=slug).first()
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
