"""Office pages of the partner alliance: signatures, organisations, declaration."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from ankunft.core.forms import apply_validation_error
from ankunft.core.models import Region
from ankunft.office.access import office_user, office_view
from ankunft.organisations.forms import DeclarationForm, MemberForm, OrganisationForm, RejectForm
from ankunft.organisations.models import (
    Declaration,
    Membership,
    Organisation,
    Sector,
    Signature,
    SignatureStatus,
)
from ankunft.organisations.services import (
    declaration_update,
    membership_add,
    membership_remove,
    organisation_create,
    organisation_update,
    signature_approve,
    signature_reject,
)

GET_OR_POST = ["GET", "HEAD", "POST"]


@office_view("office.review_signatures")
@require_safe
def signature_list(request: HttpRequest, region: Region) -> HttpResponse:
    status = request.GET.get("status", SignatureStatus.PENDING)
    if status not in SignatureStatus.values:
        status = SignatureStatus.PENDING
    signatures = Signature.objects.for_region(region).filter(status=status)
    return render(
        request,
        "organisations/office/signatures.html",
        {"signatures": signatures, "status": status, "statuses": SignatureStatus.choices},
    )


@office_view("office.review_signatures")
@require_http_methods(GET_OR_POST)
def signature_review(request: HttpRequest, region: Region, signature_id: int) -> HttpResponse:
    signature = get_object_or_404(Signature.objects.for_region(region), pk=signature_id)
    actor = office_user(request)
    reject_form = RejectForm(request.POST if request.POST.get("decision") == "reject" else None)
    status = 200
    if request.method == "POST":
        try:
            if request.POST.get("decision") == "approve":
                signature_approve(actor=actor, signature=signature)
                messages.success(request, _("The signature is approved."))
                return redirect("office:signatures", region_slug=region.slug)
            if request.POST.get("decision") == "reject" and reject_form.is_valid():
                signature_reject(
                    actor=actor, signature=signature, reason=reject_form.cleaned_data["reason"]
                )
                messages.success(request, _("The signature is rejected."))
                return redirect("office:signatures", region_slug=region.slug)
            if request.POST.get("decision") not in {"approve", "reject"}:
                reject_form.add_error(None, _("Please choose to approve or to reject."))
        except ValidationError as error:
            apply_validation_error(reject_form, error)
        status = 400
    return render(
        request,
        "organisations/office/signature.html",
        {"signature": signature, "reject_form": reject_form},
        status=status,
    )


@office_view("office.access")
@require_safe
def organisation_list(request: HttpRequest, region: Region) -> HttpResponse:
    user = office_user(request)
    organisations = Organisation.objects.for_region(region).select_related("district")
    may_manage = user.has_perm("office.manage_organisations", region)
    if not may_manage:
        organisations = organisations.filter(memberships__user=user)
    query = request.GET.get("q", "").strip()
    sector = request.GET.get("sector", "")
    if query:
        organisations = organisations.filter(Q(name__icontains=query) | Q(email__icontains=query))
    if sector in Sector.values:
        organisations = organisations.filter(sector=sector)
    return render(
        request,
        "organisations/office/organisations.html",
        {
            "organisations": organisations,
            "query": query,
            "sector": sector,
            "sectors": Sector.choices,
            "may_manage": may_manage,
        },
    )


@office_view("office.manage_organisations")
@require_http_methods(GET_OR_POST)
def organisation_create_view(request: HttpRequest, region: Region) -> HttpResponse:
    form = OrganisationForm(request.POST or None, region=region)
    if request.method == "POST" and form.is_valid():
        try:
            organisation = organisation_create(
                actor=office_user(request),
                region=region,
                data=form.service_data(),
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The organisation is saved."))
            return redirect(
                "office:organisation_edit", region_slug=region.slug, organisation_id=organisation.pk
            )
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "organisations/office/organisation_form.html",
        {"form": form, "organisation": None},
        status=status,
    )


def _organisation_for_editing(
    request: HttpRequest, region: Region, organisation_id: int
) -> Organisation:
    organisation = get_object_or_404(Organisation.objects.for_region(region), pk=organisation_id)
    if not request.user.has_perm("organisations.edit_profile", organisation):
        raise PermissionDenied
    return organisation


@office_view("office.access")
@require_http_methods(GET_OR_POST)
def organisation_edit(request: HttpRequest, region: Region, organisation_id: int) -> HttpResponse:
    organisation = _organisation_for_editing(request, region, organisation_id)
    form = OrganisationForm(
        request.POST or None,
        instance=organisation,
        region=region,
    )
    if request.method == "POST" and form.is_valid():
        try:
            organisation_update(
                actor=office_user(request),
                organisation=organisation,
                data=form.service_data(),
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The organisation is saved."))
            return redirect(
                "office:organisation_edit", region_slug=region.slug, organisation_id=organisation.pk
            )
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "organisations/office/organisation_form.html",
        {"form": form, "organisation": organisation},
        status=status,
    )


@office_view("office.access")
@require_http_methods(GET_OR_POST)
def organisation_members(
    request: HttpRequest, region: Region, organisation_id: int
) -> HttpResponse:
    organisation = _organisation_for_editing(request, region, organisation_id)
    actor = office_user(request)
    form = MemberForm(request.POST if request.POST.get("action") == "add" else None)
    status = 200
    if request.method == "POST":
        if request.POST.get("action") == "remove":
            membership = get_object_or_404(
                Membership, organisation=organisation, pk=request.POST.get("membership", "0") or "0"
            )
            membership_remove(actor=actor, membership=membership)
            messages.success(request, _("The contact person has been removed."))
            return redirect(request.path)
        if form.is_valid():
            membership_add(
                actor=actor,
                organisation=organisation,
                email=form.cleaned_data["email"],
                full_name=form.cleaned_data["full_name"],
                language=region.default_language_id,
            )
            messages.success(request, _("The contact person has been invited."))
            return redirect(request.path)
        status = 400
    memberships = organisation.memberships.select_related("user")
    return render(
        request,
        "organisations/office/members.html",
        {"organisation": organisation, "memberships": memberships, "form": form},
        status=status,
    )


@office_view("office.edit_declaration")
@require_http_methods(GET_OR_POST)
def declaration_edit(request: HttpRequest, region: Region) -> HttpResponse:
    language = region.enabled_language_or_default(request.GET.get("language", ""))
    declaration = Declaration.objects.filter(region=region).first()
    guidelines = list(declaration.guidelines.all()) if declaration else []
    initial: dict[str, str] = {}
    sources: dict[str, str] = {}
    source_language = region.default_language_id
    if declaration:
        for field in ("title", "body", "consent"):
            initial[field] = getattr(declaration, field).get(language, "")
            sources[field] = getattr(declaration, field).get(source_language, "")
        for index, guideline in enumerate(guidelines):
            initial[f"guideline_{index}"] = guideline.text.get(language, "")
            sources[f"guideline_{index}"] = guideline.text.get(source_language, "")
    form = DeclarationForm(request.POST or None, initial=initial, guideline_count=len(guidelines))
    if request.method == "POST" and form.is_valid():
        try:
            declaration_update(
                actor=office_user(request),
                region=region,
                language=language,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                consent=form.cleaned_data["consent"],
                guidelines=form.guidelines(),
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The declaration is saved."))
            return redirect(f"{request.path}?language={language}")
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "organisations/office/declaration.html",
        {
            "form": form,
            "language": language,
            "languages": region.language_choices(),
            "rows": [(form[name], sources.get(name, "")) for name in form.fields],
            "is_source": language == source_language,
        },
        status=status,
    )
