"""The office shell: dashboard, region settings, districts, users and roles, audit log."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from ankunft.accounts.forms import InviteForm
from ankunft.accounts.models import RoleAssignment
from ankunft.accounts.selectors import office_regions_for
from ankunft.accounts.services import role_revoke, user_invite
from ankunft.core.forms import apply_validation_error
from ankunft.core.models import AuditEntry, District, Feature, Region
from ankunft.core.services import (
    district_create,
    district_delete,
    district_update,
    region_update_settings,
    region_update_texts,
)
from ankunft.events.models import Event, EventStatus
from ankunft.offers.models import Offer, OfferStatus, ProblemReport, ProblemReportStatus
from ankunft.office.access import office_user, office_view
from ankunft.office.forms import AuditFilterForm, DistrictForm, RegionSettingsForm, RegionTextsForm
from ankunft.office.selectors import dashboard_figures, filter_audit_entries, region_users
from ankunft.organisations.models import Organisation

GET_OR_POST = ["GET", "HEAD", "POST"]


@require_safe
def region_chooser(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    regions = office_regions_for(request.user)
    if regions.count() == 1:
        region = regions.get()
        return redirect("office:dashboard", region_slug=region.slug)
    return render(request, "office/regions.html", {"regions": regions})


@office_view("office.access")
@require_safe
def dashboard(request: HttpRequest, region: Region) -> HttpResponse:
    user = office_user(request)
    own_organisations = Organisation.objects.for_region(region).filter(memberships__user=user)
    offer_figures = {}
    if user.has_perm("office.manage_offers", region):
        offers = Offer.objects.for_region(region)
        offer_figures = {
            "in_review": offers.filter(status=OfferStatus.IN_REVIEW).count(),
            "stale": offers.stale(region).count(),
            "open_problems": ProblemReport.objects.for_region(region)
            .filter(status=ProblemReportStatus.OPEN)
            .count(),
        }
    event_figures = {}
    if region.has_feature(Feature.EVENTS) and user.has_perm("office.manage_events", region):
        submitted = Event.objects.for_region(region).filter(status=EventStatus.SUBMITTED)
        event_figures = {"submitted": submitted.count()}
    return render(
        request,
        "office/dashboard.html",
        {
            "figures": dashboard_figures(region),
            "own_organisations": own_organisations,
            "offer_figures": offer_figures,
            "event_figures": event_figures,
        },
    )


@office_view("office.manage_region")
@require_http_methods(GET_OR_POST)
def region_settings(request: HttpRequest, region: Region) -> HttpResponse:
    form = RegionSettingsForm(request.POST or None, instance=Region.objects.get(pk=region.pk))
    if request.method == "POST" and form.is_valid():
        try:
            region_update_settings(
                actor=office_user(request),
                region=region,
                data=form.service_data(),
                language_codes=form.cleaned_data["languages"],
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The settings are saved."))
            return redirect("office:region_settings", region_slug=region.slug)
    status = 400 if request.method == "POST" else 200
    return render(request, "office/region_settings.html", {"form": form}, status=status)


@office_view("office.manage_region")
@require_http_methods(GET_OR_POST)
def region_texts(request: HttpRequest, region: Region) -> HttpResponse:
    language = region.enabled_language_or_default(request.GET.get("language", ""))
    initial = {
        field: getattr(region, field).get(language, "")
        for field in ("welcome", "imprint", "privacy")
    }
    form = RegionTextsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            region_update_texts(
                actor=office_user(request),
                region=region,
                language=language,
                **form.cleaned_data,
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The texts are saved."))
            return redirect(f"{request.path}?language={language}")
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "office/region_texts.html",
        {
            "form": form,
            "language": language,
            "languages": region.language_choices(),
            "rows": [
                (form[name], getattr(region, name).get(region.default_language_id, ""))
                for name in form.fields
            ],
        },
        status=status,
    )


@office_view("office.manage_districts")
@require_safe
def district_list(request: HttpRequest, region: Region) -> HttpResponse:
    districts = District.objects.for_region(region).order_by("kind", "name")
    return render(request, "office/districts.html", {"districts": districts})


def _district_form_page(
    request: HttpRequest, region: Region, district: District | None
) -> HttpResponse:
    form = DistrictForm(request.POST or None, instance=district or District(region=region))
    if request.method == "POST" and form.is_valid():
        actor = office_user(request)
        try:
            if district is None:
                district_create(actor=actor, region=region, data=form.service_data())
            else:
                district_update(actor=actor, district=district, data=form.service_data())
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The district is saved."))
            return redirect("office:districts", region_slug=region.slug)
    status = 400 if request.method == "POST" else 200
    return render(
        request, "office/district_form.html", {"form": form, "district": district}, status=status
    )


@office_view("office.manage_districts")
@require_http_methods(GET_OR_POST)
def district_create_view(request: HttpRequest, region: Region) -> HttpResponse:
    return _district_form_page(request, region, None)


@office_view("office.manage_districts")
@require_http_methods(GET_OR_POST)
def district_edit(request: HttpRequest, region: Region, district_id: int) -> HttpResponse:
    district = get_object_or_404(District.objects.for_region(region), pk=district_id)
    return _district_form_page(request, region, district)


@office_view("office.manage_districts")
@require_POST
def district_delete_view(request: HttpRequest, region: Region, district_id: int) -> HttpResponse:
    district = get_object_or_404(District.objects.for_region(region), pk=district_id)
    district_delete(actor=office_user(request), district=district)
    messages.success(request, _("The district is deleted."))
    return redirect("office:districts", region_slug=region.slug)


@office_view("office.manage_users")
@require_safe
def user_list(request: HttpRequest, region: Region) -> HttpResponse:
    return render(request, "office/users.html", {"people": region_users(region)})


@office_view("office.manage_users")
@require_http_methods(GET_OR_POST)
def user_invite_view(request: HttpRequest, region: Region) -> HttpResponse:
    form = InviteForm(request.POST or None, languages=region.language_choices())
    if request.method == "POST" and form.is_valid():
        try:
            user_invite(actor=office_user(request), region=region, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The invitation has been sent."))
            return redirect("office:users", region_slug=region.slug)
    status = 400 if request.method == "POST" else 200
    return render(request, "office/user_invite.html", {"form": form}, status=status)


@office_view("office.manage_users")
@require_POST
def role_revoke_view(request: HttpRequest, region: Region, assignment_id: int) -> HttpResponse:
    assignment = get_object_or_404(RoleAssignment.objects.for_region(region), pk=assignment_id)
    try:
        role_revoke(actor=office_user(request), assignment=assignment)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The role has been removed."))
    return redirect("office:users", region_slug=region.slug)


@office_view("office.view_audit")
@require_safe
def audit_log(request: HttpRequest, region: Region) -> HttpResponse:
    form = AuditFilterForm(request.GET or None)
    entries: QuerySet[AuditEntry] = AuditEntry.objects.for_region(region)
    status = 200
    if form.is_bound:
        if form.is_valid():
            entries = filter_audit_entries(entries, **form.cleaned_data)
        else:
            status = 400
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "office/audit.html",
        {"form": form, "page": page, "query": query.urlencode()},
        status=status,
    )
