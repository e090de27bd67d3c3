"""Public pages of the partner alliance."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from ankunft.core.forms import apply_validation_error, too_many_submissions
from ankunft.core.models import Feature, Region
from ankunft.core.translated import pick
from ankunft.organisations.forms import SignatureForm
from ankunft.organisations.models import Declaration
from ankunft.organisations.selectors import alliance_signatories
from ankunft.organisations.services import signature_submit


def _declaration(request: HttpRequest) -> Declaration:
    region: Region = request.region  # type: ignore[attr-defined]
    declaration = Declaration.objects.filter(region=region).first()
    if not region.has_feature(Feature.ALLIANCE) or declaration is None:
        raise Http404(_("This city has no alliance for integration on this platform yet."))
    return declaration


@require_safe
def alliance(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    declaration = _declaration(request)
    chain = declaration.region.fallback_chain(lang)
    return render(
        request,
        "organisations/alliance.html",
        {
            "title": declaration.text("title", lang),
            "body": declaration.text("body", lang),
            "guidelines": [pick(g.text, chain) for g in declaration.guidelines.all()],
            "signatories": alliance_signatories(declaration.region),
        },
    )


@require_http_methods(["GET", "HEAD", "POST"])
def sign(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    declaration = _declaration(request)
    region = declaration.region
    consent = declaration.text("consent", lang)
    form = SignatureForm(request.POST or None, region=region)
    status = 200
    if request.method == "POST":
        if too_many_submissions(request, "signatures", settings.ANKUNFT_SIGNATURES_PER_HOUR):
            form.add_error(
                None, _("Too many signatures from your connection. Please try again later.")
            )
            status = 429
        elif form.is_valid():
            data = form.cleaned_data
            try:
                signature_submit(
                    region=region,
                    kind=data["kind"],
                    name=data["name"],
                    email=data["email"],
                    consent_text=consent.text,
                    language=lang,
                    organisation_name=data["organisation_name"],
                    sector=data["sector"],
                    website=data["website"],
                    district=data["district"],
                    show_publicly=data["show_publicly"],
                )
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                return HttpResponseRedirect(
                    reverse("public:alliance_thanks", args=[region.slug, lang])
                )
        if status == 200:
            status = 400
    return render(
        request,
        "organisations/sign.html",
        {"form": form, "title": declaration.text("title", lang), "consent": consent},
        status=status,
    )


@require_safe
def thanks(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    _declaration(request)
    return render(request, "organisations/thanks.html")
