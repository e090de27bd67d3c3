"""Writes of the partner alliance: signatures, their review, organisation profiles."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from ankunft.accounts.models import User
from ankunft.accounts.services import send_invitation, user_get_or_create
from ankunft.core.audit import audit_record, diff, snapshot
from ankunft.core.mail import send_mail_in_language
from ankunft.core.models import District, Region
from ankunft.core.translated import clean_translations, set_texts
from ankunft.organisations.models import (
    Declaration,
    Guideline,
    Membership,
    Organisation,
    Sector,
    Signature,
    SignatureKind,
    SignatureStatus,
)

ORGANISATION_FIELDS = [
    "name",
    "sector",
    "description",
    "street",
    "postcode",
    "city",
    "district",
    "website",
    "email",
    "phone",
]


def _check_district(region: Region, district: District | None) -> None:
    if district is not None and district.region_id != region.pk:
        raise ValidationError({"district": _("Please choose a district of this city.")})


@transaction.atomic
def signature_submit(
    *,
    region: Region,
    kind: str,
    name: str,
    email: str,
    consent_text: str,
    language: str,
    organisation_name: str = "",
    sector: str = "",
    website: str = "",
    district: District | None = None,
    show_publicly: bool = True,
) -> Signature:
    if kind == SignatureKind.ORGANISATION:
        if not organisation_name.strip():
            raise ValidationError({"organisation_name": _("Please enter the organisation's name.")})
        if sector not in Sector.values or sector == Sector.CITIZEN:
            raise ValidationError({"sector": _("Please choose the organisation's sector.")})
    else:
        sector, organisation_name, website = Sector.CITIZEN, "", ""
    _check_district(region, district)
    duplicate = (
        Signature.objects.for_region(region)
        .filter(email__iexact=email, kind=kind, organisation_name__iexact=organisation_name)
        .exclude(status=SignatureStatus.REJECTED)
        .exists()
    )
    if duplicate:
        raise ValidationError(
            _("You have already signed the declaration with this e-mail address.")
        )
    signature = Signature.objects.create(
        region=region,
        kind=kind,
        name=name.strip(),
        email=email.strip().lower(),
        organisation_name=organisation_name.strip(),
        sector=sector,
        website=website,
        district=district,
        show_publicly=show_publicly,
        consent_text=consent_text,
        language=language,
    )
    audit_record(actor=None, action="signature.submitted", obj=signature, region=region)
    if region.contact_email:
        send_mail_in_language(
            to=[region.contact_email],
            subject_template="organisations/mail/new_signature_subject.txt",
            body_template="organisations/mail/new_signature_body.txt",
            context={"signature": signature, "region": region},
            language=region.default_language_id,
        )
    return signature


def _unique_slug(region: Region, name: str) -> str:
    base = slugify(name)[:70] or "organisation"
    slug, counter = base, 2
    while Organisation.objects.for_region(region).filter(slug=slug).exists():
        slug, counter = f"{base}-{counter}", counter + 1
    return slug


def _lock_pending(signature: Signature) -> Signature:
    locked = Signature.objects.select_for_update().get(pk=signature.pk)
    if locked.status != SignatureStatus.PENDING:
        raise ValidationError(_("This signature has already been reviewed."))
    return locked


@transaction.atomic
def signature_approve(*, actor: User, signature: Signature) -> Signature:
    """Approve; an organisation's signature creates (or links) the organisation and invites
    its contact person as a member."""
    signature = _lock_pending(signature)
    region = signature.region
    now = timezone.now()
    if signature.kind == SignatureKind.ORGANISATION:
        organisation = (
            Organisation.objects.for_region(region)
            .filter(name__iexact=signature.organisation_name)
            .first()
        )
        if organisation is None:
            organisation = Organisation.objects.create(
                region=region,
                slug=_unique_slug(region, signature.organisation_name),
                name=signature.organisation_name,
                sector=signature.sector,
                website=signature.website,
                email=signature.email,
                district=signature.district,
            )
            audit_record(
                actor=actor, action="organisation.created", obj=organisation, region=region
            )
        if organisation.signed_at is None:
            organisation.signed_at = now
            organisation.save(update_fields=["signed_at", "updated_at"])
        user, _created = user_get_or_create(
            email=signature.email, full_name=signature.name, language=signature.language
        )
        Membership.objects.get_or_create(organisation=organisation, user=user)
        signature.organisation = organisation
        send_invitation(user=user, region=region, reason=organisation.name)
    signature.status = SignatureStatus.APPROVED
    signature.reviewed_by = actor
    signature.reviewed_at = now
    signature.save()
    audit_record(
        actor=actor,
        action="signature.approved",
        obj=signature,
        region=region,
        changes={"status": [SignatureStatus.PENDING, SignatureStatus.APPROVED]},
    )
    send_mail_in_language(
        to=[signature.email],
        subject_template="organisations/mail/signature_approved_subject.txt",
        body_template="organisations/mail/signature_approved_body.txt",
        context={"signature": signature, "region": region},
        language=signature.language,
    )
    return signature


@transaction.atomic
def signature_reject(*, actor: User, signature: Signature, reason: str) -> Signature:
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Please give a reason for the rejection.")})
    signature = _lock_pending(signature)
    signature.status = SignatureStatus.REJECTED
    signature.rejection_reason = reason
    signature.reviewed_by = actor
    signature.reviewed_at = timezone.now()
    signature.save()
    audit_record(
        actor=actor,
        action="signature.rejected",
        obj=signature,
        region=signature.region,
        changes={
            "status": [SignatureStatus.PENDING, SignatureStatus.REJECTED],
            "reason": [None, reason],
        },
    )
    send_mail_in_language(
        to=[signature.email],
        subject_template="organisations/mail/signature_rejected_subject.txt",
        body_template="organisations/mail/signature_rejected_body.txt",
        context={"signature": signature, "region": signature.region},
        language=signature.language,
    )
    return signature


@transaction.atomic
def organisation_create(*, actor: User, region: Region, data: dict[str, Any]) -> Organisation:
    _check_district(region, data.get("district"))
    data = {
        **data,
        "description": clean_translations(data.get("description") or {}, region.language_codes()),
    }
    organisation = Organisation(region=region, slug=_unique_slug(region, data["name"]), **data)
    organisation.full_clean()
    organisation.save()
    audit_record(
        actor=actor,
        action="organisation.created",
        obj=organisation,
        region=region,
        changes=diff({}, snapshot(organisation, ORGANISATION_FIELDS)),
    )
    return organisation


@transaction.atomic
def organisation_update(
    *, actor: User, organisation: Organisation, data: dict[str, Any]
) -> Organisation:
    region = organisation.region
    _check_district(region, data.get("district", organisation.district))
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    before = snapshot(organisation, ORGANISATION_FIELDS)
    if "description" in data:
        merged = {**organisation.description, **data["description"]}
        data = {**data, "description": clean_translations(merged, region.language_codes())}
    for field, value in data.items():
        if field not in ORGANISATION_FIELDS:
            raise ValueError(f"{field} cannot be changed here")
        setattr(organisation, field, value)
    organisation.full_clean()
    organisation.save()
    changes = diff(before, snapshot(organisation, ORGANISATION_FIELDS))
    if changes:
        audit_record(
            actor=actor,
            action="organisation.updated",
            obj=organisation,
            region=region,
            changes=changes,
        )
    return organisation


@transaction.atomic
def membership_add(
    *, actor: User, organisation: Organisation, email: str, full_name: str, language: str
) -> Membership:
    user, _created = user_get_or_create(email=email, full_name=full_name, language=language)
    membership, created = Membership.objects.get_or_create(organisation=organisation, user=user)
    if created:
        audit_record(
            actor=actor,
            action="organisation.member_added",
            obj=organisation,
            region=organisation.region,
            changes={"member": [None, user.email]},
        )
        send_invitation(user=user, region=organisation.region, reason=organisation.name)
    return membership


@transaction.atomic
def membership_remove(*, actor: User, membership: Membership) -> None:
    organisation = membership.organisation
    audit_record(
        actor=actor,
        action="organisation.member_removed",
        obj=organisation,
        region=organisation.region,
        changes={"member": [membership.user.email, None]},
    )
    membership.delete()


@transaction.atomic
def declaration_update(
    *,
    actor: User,
    region: Region,
    language: str,
    title: str,
    body: str,
    consent: str,
    guidelines: list[str],
) -> Declaration:
    """Set the declaration's texts in one language; guidelines are matched by position."""
    if language not in region.language_codes():
        raise ValidationError(_("This language is not enabled for the region."))
    declaration, _created = Declaration.objects.select_for_update().get_or_create(region=region)
    before, after = set_texts(
        declaration,
        language=language,
        texts={"title": title, "body": body, "consent": consent},
        allowed=region.language_codes(),
    )
    if not declaration.title.get(region.default_language_id):
        raise ValidationError(
            {"title": _("The declaration needs a title in the default language.")}
        )
    declaration.save()
    existing = list(declaration.guidelines.all())
    for position, text in enumerate(guidelines):
        guideline = (
            existing[position]
            if position < len(existing)
            else Guideline(declaration=declaration, position=position)
        )
        guideline.text = clean_translations(
            {**guideline.text, language: text}, region.language_codes()
        )
        if guideline.text:
            guideline.save()
        elif guideline.pk:
            guideline.delete()
    audit_record(
        actor=actor,
        action="declaration.updated",
        obj=declaration,
        region=region,
        changes=diff(before, after),
    )
    return declaration
