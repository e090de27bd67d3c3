"""Office pages of the directory of offers: the list, the offer form, translations, status,
problem reports and themes. Partners see and edit only the offers of their organisations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods
from rapidfuzz import fuzz

from ankunft.accounts.models import User
from ankunft.core.forms import apply_validation_error
from ankunft.core.models import Region
from ankunft.core.views_errors import bad_request_message
from ankunft.offers import selectors, services
from ankunft.offers.forms import (
    BULK_ACTIONS,
    LocationFormSet,
    OfferFilterForm,
    OfferForm,
    ReturnForm,
    ThemeForm,
    TranslationForm,
    location_initial,
)
from ankunft.offers.models import (
    Offer,
    OfferStatus,
    ProblemReport,
    ProblemReportStatus,
    Theme,
)
from ankunft.offers.search import normalise
from ankunft.office.access import office_user, office_view
from ankunft.organisations.models import Organisation

GET_OR_POST = ["GET", "HEAD", "POST"]
PAGE_SIZE = 50
SIMILAR_TITLE = 85


def _own_organisations(user: User, region: Region) -> QuerySet[Organisation]:
    organisations = Organisation.objects.for_region(region).order_by("name")
    if user.has_perm("office.manage_offers", region):
        return organisations
    return organisations.filter(memberships__user=user)


def _offer_for_editing(request: HttpRequest, region: Region, offer_id: int) -> Offer:
    """The offer of this region (404 otherwise) that the user may edit (403 otherwise)."""
    offer = get_object_or_404(
        Offer.objects.for_region(region).select_related("organisation", "contact"), pk=offer_id
    )
    offer.region = region  # the region with its languages loaded
    if not request.user.has_perm("offers.edit", offer):
        raise PermissionDenied
    return offer


# --- The list ------------------------------------------------------------------------------


@dataclass
class OfferRow:
    offer: Offer
    title: str
    title_languages: list[str]
    missing_languages: list[str]
    stale: bool


def _rows(region: Region, offers: list[Offer]) -> list[OfferRow]:
    codes = region.language_codes()
    rows = []
    for offer in offers:
        offer.region = region
        present = [code for code in codes if offer.title.get(code)]
        rows.append(
            OfferRow(
                offer=offer,
                title=offer.text("title", region.default_language_id).text or f"#{offer.pk}",
                title_languages=present,
                missing_languages=[code for code in codes if code not in present],
                stale=offer.is_stale(),
            )
        )
    return rows


@office_view("office.access")
@require_http_methods(GET_OR_POST)
def offer_list(request: HttpRequest, region: Region) -> HttpResponse:
    user = office_user(request)
    may_manage = user.has_perm("office.manage_offers", region)
    if request.method == "POST":
        if not may_manage:
            raise PermissionDenied
        return _bulk_action(request, region, user)
    form = OfferFilterForm(request.GET, region=region, may_manage=may_manage)
    offers = selectors.office_offers(region, user, request.GET)
    page = Paginator(offers, PAGE_SIZE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "offers/office/offers.html",
        {
            "form": form,
            "page": page,
            "rows": _rows(region, list(page)),
            "query": params.urlencode(),
            "may_manage": may_manage,
            "bulk_actions": BULK_ACTIONS.items(),
            "has_organisations": _own_organisations(user, region).exists(),
        },
        status=200 if form.is_valid() else 400,
    )


def _bulk_action(request: HttpRequest, region: Region, user: User) -> HttpResponse:
    action = request.POST.get("action", "")
    if action not in BULK_ACTIONS:
        return bad_request_message(request, _("Please choose an action."))
    ids = [int(value) for value in request.POST.getlist("offers") if value.isdigit()]
    offers = list(
        Offer.objects.for_region(region).filter(pk__in=ids).select_related("organisation")
    )
    back = redirect(request.get_full_path())
    if not offers:
        messages.error(request, _("Please tick at least one offer."))
        return back
    if action == "request_confirmation":
        asked = services.offers_request_confirmation(actor=user, offers=offers)
        messages.success(
            request,
            ngettext(
                "%(count)d provider was asked to confirm.",
                "%(count)d providers were asked to confirm.",
                asked,
            )
            % {"count": asked},
        )
        if asked < len(offers):
            messages.warning(
                request,
                _(
                    "Only published offers with a contact address can be confirmed; "
                    "%(count)d offers were left out."
                )
                % {"count": len(offers) - asked},
            )
        return back
    service = services.offer_publish if action == "publish" else services.offer_archive
    done, failed = 0, []
    for offer in offers:
        try:
            service(actor=user, offer=offer)
        except (ValidationError, PermissionDenied):
            failed.append(str(offer))
        else:
            done += 1
    if failed:
        messages.warning(
            request,
            _("%(done)d done, %(failed)d not possible: %(titles)s")
            % {"done": done, "failed": len(failed), "titles": "; ".join(failed)},
        )
    else:
        messages.success(request, _("%(done)d done.") % {"done": done})
    return back


# --- Duplicates ----------------------------------------------------------------------------


@dataclass
class PossibleDuplicate:
    offer: Offer
    similar_title: bool = False
    same_address: bool = False
    reasons: list[str] = field(default_factory=list)


def _street_key(street: str) -> str:
    """ "Kanalstraße 3", "Kanalstr. 3" and "kanalstrasse  3" are the same street."""
    key = re.sub(r"\s+", " ", normalise(street)).strip()
    return re.sub(r"(strasse|str\.?)(?=\s|\d|$)", "str", key)


def find_duplicates(
    region: Region,
    organisation: Organisation,
    titles: list[str],
    addresses: list[tuple[str, str]],
) -> list[PossibleDuplicate]:
    """Offers of the same provider with a similar title (in any language) or a location at
    the same street and postcode."""
    wanted_titles = [normalise(title) for title in titles if title.strip()]
    wanted_addresses = {
        (_street_key(street), postcode.strip()) for street, postcode in addresses if street.strip()
    }
    candidates = (
        Offer.objects.for_region(region)
        .filter(organisation=organisation)
        .prefetch_related("locations__place")
        .order_by("pk")
    )
    found = []
    for offer in candidates:
        offer.region = region
        similar = any(
            fuzz.token_sort_ratio(wanted, normalise(existing)) >= SIMILAR_TITLE
            for wanted in wanted_titles
            for existing in offer.title.values()
            if isinstance(existing, str)
        )
        same_address = any(
            (_street_key(location.place.street), location.place.postcode.strip())
            in wanted_addresses
            for location in offer.locations.all()
        )
        if similar or same_address:
            reasons = [_("similar title")] if similar else []
            reasons += [_("same address")] if same_address else []
            found.append(PossibleDuplicate(offer, similar, same_address, reasons))
    return found


# --- The offer form ------------------------------------------------------------------------


@transaction.atomic
def offer_save(
    *,
    actor: User,
    region: Region,
    offer: Offer | None,
    form: OfferForm,
    locations: list[services.LocationData],
) -> Offer:
    """Create or update an offer, with a new contact when one was entered; all or nothing."""
    data = form.offer_data()
    new_contact = form.new_contact()
    if new_contact is not None:
        data.contact = services.contact_get_or_create(
            region=region, organisation=data.organisation, data=new_contact
        )
    if offer is None:
        return services.offer_create(actor=actor, region=region, data=data, locations=locations)
    return services.offer_update(actor=actor, offer=offer, data=data, locations=locations)


def _offer_form_page(request: HttpRequest, region: Region, offer: Offer | None) -> HttpResponse:
    user = office_user(request)
    may_manage = user.has_perm("office.manage_offers", region)
    organisations = _own_organisations(user, region)
    language = region.enabled_language_or_default(request.GET.get("lang", ""))
    data = request.POST if request.method == "POST" else None
    form = OfferForm(
        data,
        region=region,
        organisations=organisations,
        language=language,
        offer=offer,
        all_contacts=may_manage,
    )
    formset = LocationFormSet(
        data,
        initial=location_initial(offer),
        form_kwargs={"region": region},
        prefix="locations",
        offer=offer,
    )
    duplicates: list[PossibleDuplicate] = []
    status = 200
    if request.method == "POST":
        valid = [form.is_valid(), formset.is_valid()]
        if all(valid):
            locations = formset.location_data()
            if offer is None and not form.cleaned_data.get("create_anyway"):
                duplicates = find_duplicates(
                    region,
                    form.cleaned_data["organisation"],
                    [form.cleaned_data["title"]],
                    [(row.place.street, row.place.postcode) for row in locations],
                )
            if not duplicates:
                try:
                    saved = offer_save(
                        actor=user, region=region, offer=offer, form=form, locations=locations
                    )
                except ValidationError as error:
                    apply_validation_error(form, error)
                else:
                    messages.success(request, _("The offer is saved."))
                    url = reverse("office:offer_edit", args=[region.slug, saved.pk])
                    return redirect(f"{url}?lang={language}")
        status = 400
    context: dict[str, Any] = {
        "offer": offer,
        "form": form,
        "formset": formset,
        "duplicates": duplicates,
        "language": language,
        "languages": region.enabled_languages(),
        "has_organisations": organisations.exists(),
    }
    if offer is not None:
        context.update(_status_context(request, region, offer))
    return render(request, "offers/office/offer_form.html", context, status=status)


def _status_context(request: HttpRequest, region: Region, offer: Offer) -> dict[str, Any]:
    user = office_user(request)
    may_manage = user.has_perm("office.manage_offers", region)
    status = offer.status
    return {
        "may_submit": status == OfferStatus.DRAFT,
        "may_publish": status != OfferStatus.PUBLISHED and services.may_publish(user, offer),
        "may_return": may_manage and status == OfferStatus.IN_REVIEW,
        "may_archive": status != OfferStatus.ARCHIVED,
        "may_confirm": status != OfferStatus.ARCHIVED,
        "may_resolve": may_manage,
        "stale": offer.is_stale(),
        "return_form": ReturnForm(),
        "problems": offer.problem_reports.filter(status=ProblemReportStatus.OPEN),
    }


@office_view("office.access")
@require_http_methods(GET_OR_POST)
def offer_create_view(request: HttpRequest, region: Region) -> HttpResponse:
    return _offer_form_page(request, region, None)


@office_view("office.access")
@require_http_methods(GET_OR_POST)
def offer_edit(request: HttpRequest, region: Region, offer_id: int) -> HttpResponse:
    return _offer_form_page(request, region, _offer_for_editing(request, region, offer_id))


# --- Status --------------------------------------------------------------------------------


STATUS_MESSAGES = {
    "publish": lambda offer: _("The offer is published."),
    "return": lambda offer: _("The offer went back to the provider."),
    "archive": lambda offer: _("The offer is archived."),
    "confirm": lambda offer: _("Thank you: the entry is confirmed as correct."),
    "submit": lambda offer: (
        _("The offer is published.")
        if offer.status == OfferStatus.PUBLISHED
        else _("The offer was sent to the office for review.")
    ),
}


@office_view("office.access")
def offer_status_view(request: HttpRequest, region: Region, offer_id: int) -> HttpResponse:
    offer = _offer_for_editing(request, region, offer_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    user = office_user(request)
    action = request.POST.get("action", "")
    if action not in STATUS_MESSAGES:
        return bad_request_message(request, _("Please choose an action."))
    back = redirect("office:offer_edit", region_slug=region.slug, offer_id=offer.pk)
    try:
        if action == "submit":
            offer = services.offer_submit(actor=user, offer=offer)
        elif action == "publish":
            offer = services.offer_publish(actor=user, offer=offer)
        elif action == "return":
            if not user.has_perm("office.manage_offers", region):
                raise PermissionDenied
            offer = services.offer_return_to_provider(
                actor=user, offer=offer, note=request.POST.get("note", "")
            )
        elif action == "archive":
            offer = services.offer_archive(actor=user, offer=offer)
        else:
            offer = services.offer_confirm(actor=user, offer=offer)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return back
    messages.success(request, STATUS_MESSAGES[action](offer))
    return back


# --- Translations --------------------------------------------------------------------------


@office_view("office.access")
@require_http_methods(GET_OR_POST)
def offer_translations(
    request: HttpRequest, region: Region, offer_id: int, language: str
) -> HttpResponse:
    offer = _offer_for_editing(request, region, offer_id)
    target = region.language_by_code(language)
    if target is None:
        raise Http404(_("This language is not enabled for this city."))
    source_code = region.enabled_language_or_default(request.GET.get("source", ""))
    source = region.language_by_code(source_code)
    initial = {name: getattr(offer, name).get(target.code, "") for name in OfferForm.TEXT_FIELDS}
    form = TranslationForm(
        request.POST if request.method == "POST" else None, initial=initial, language=target
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.offer_set_translation(
                actor=office_user(request), offer=offer, language=target.code, texts=form.texts()
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The translation is saved."))
            return redirect(f"{request.path}?source={source_code}")
    rows = [
        (
            form[name],
            TranslationForm.base_fields[name].label,
            getattr(offer, name).get(source_code, ""),
            name == "description",
        )
        for name in OfferForm.TEXT_FIELDS
    ]
    return render(
        request,
        "offers/office/translations.html",
        {
            "offer": offer,
            "form": form,
            "rows": rows,
            "target": target,
            "source": source,
            "languages": region.enabled_languages(),
            "title": offer.text("title", region.default_language_id).text or f"#{offer.pk}",
        },
        status=400 if request.method == "POST" else 200,
    )


# --- Problem reports -----------------------------------------------------------------------


@office_view("office.manage_offers")
@require_http_methods(GET_OR_POST)
def problem_list(request: HttpRequest, region: Region) -> HttpResponse:
    if request.method == "POST":
        report_id = request.POST.get("report", "")
        report = get_object_or_404(
            ProblemReport.objects.for_region(region),
            pk=int(report_id) if report_id.isdigit() else 0,
        )
        services.problem_report_resolve(actor=office_user(request), report=report)
        messages.success(request, _("The problem report is marked as resolved."))
        target = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ) or not target.startswith(f"/office/{region.slug}/"):
            target = reverse("office:offer_problems", args=[region.slug])
        return redirect(target)
    reports = (
        ProblemReport.objects.for_region(region)
        .filter(status=ProblemReportStatus.OPEN)
        .select_related("offer")
    )
    rows = []
    for report in reports:
        report.offer.region = region
        rows.append((report, report.offer.text("title", region.default_language_id).text))
    return render(request, "offers/office/problems.html", {"rows": rows})


# --- Themes --------------------------------------------------------------------------------


@office_view("office.manage_region")
@require_http_methods(GET_OR_POST)
def theme_list(request: HttpRequest, region: Region) -> HttpResponse:
    themes = list(Theme.objects.for_region(region))
    for theme in themes:
        theme.region = region
    editing = next((theme for theme in themes if theme.key == request.GET.get("key")), None)
    initial: dict[str, Any] = {"position": (max((t.position for t in themes), default=0) + 1)}
    if editing is not None:
        initial = {"key": editing.key, "position": editing.position}
        initial.update({f"name_{code}": text for code, text in editing.name.items()})
    form = ThemeForm(
        request.POST if request.method == "POST" else None, initial=initial, region=region
    )
    if editing is not None:
        form.fields["key"].disabled = True
    if (
        request.method == "POST"
        and editing is None
        and form.is_valid()
        and any(theme.key == form.cleaned_data["key"] for theme in themes)
    ):
        form.add_error("key", _("A theme with this key exists already."))
    if request.method == "POST" and form.is_valid():
        try:
            services.theme_save(
                actor=office_user(request),
                region=region,
                key=form.cleaned_data["key"],
                name=form.names(),
                position=form.cleaned_data["position"],
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The theme is saved."))
            return redirect("office:offer_themes", region_slug=region.slug)
    language = region.default_language_id
    return render(
        request,
        "offers/office/themes.html",
        {
            "themes": [(theme, theme.text(language).text) for theme in themes],
            "form": form,
            "editing": editing,
            "languages": region.enabled_languages(),
        },
        status=400 if request.method == "POST" else 200,
    )
