"""Writes about people: invitations, roles, second factor, data export and deletion."""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from ankunft.accounts.models import Role, RoleAssignment, User
from ankunft.core.audit import audit_record, pseudonym_for
from ankunft.core.mail import send_mail_in_language
from ankunft.core.models import AuditEntry, Region


def password_setup_path(user: User) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return reverse("accounts:password_reset_confirm", kwargs={"uidb64": uid, "token": token})


def user_get_or_create(*, email: str, full_name: str, language: str) -> tuple[User, bool]:
    email = User.objects.normalize_email(email).lower()
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        return user, False
    user = User.objects.create_user(
        email=email, password=None, full_name=full_name, preferred_language=language
    )
    return user, True


def send_invitation(*, user: User, region: Region, reason: str) -> None:
    send_mail_in_language(
        to=[user.email],
        subject_template="accounts/mail/invitation_subject.txt",
        body_template="accounts/mail/invitation_body.txt",
        context={
            "user": user,
            "region": region,
            "reason": reason,
            "setup_path": password_setup_path(user) if not user.has_usable_password() else "",
        },
        language=user.preferred_language,
    )


@transaction.atomic
def user_invite(
    *, actor: User, region: Region, email: str, full_name: str, role: str, language: str
) -> RoleAssignment:
    """Give a person a role in the region, creating their account if needed, and tell them."""
    if role not in Role.values:
        raise ValidationError(_("Unknown role."))
    user, created = user_get_or_create(email=email, full_name=full_name, language=language)
    assignment = role_assign(actor=actor, user=user, region=region, role=role)
    if created:
        audit_record(actor=actor, action="user.invited", obj=user, region=region)
    send_invitation(user=user, region=region, reason=str(Role(role).label))
    return assignment


@transaction.atomic
def role_assign(*, actor: User | None, user: User, region: Region, role: str) -> RoleAssignment:
    if role not in Role.values:
        raise ValidationError(_("Unknown role."))
    assignment, created = RoleAssignment.objects.get_or_create(user=user, region=region, role=role)
    if created:
        audit_record(
            actor=actor,
            action="role.assigned",
            obj=user,
            region=region,
            changes={"role": [None, role]},
        )
    return assignment


@transaction.atomic
def role_revoke(*, actor: User, assignment: RoleAssignment) -> None:
    if assignment.user_id == actor.pk and assignment.role == Role.REGION_ADMIN:
        raise ValidationError(_("You cannot remove your own administrator role."))
    audit_record(
        actor=actor,
        action="role.revoked",
        obj=assignment.user,
        region=assignment.region,
        changes={"role": [assignment.role, None]},
    )
    assignment.delete()


@transaction.atomic
def totp_device_start(*, user: User) -> TOTPDevice:
    """An unconfirmed authenticator for the user; replaces an earlier unconfirmed one."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)


@transaction.atomic
def totp_device_confirm(*, user: User, device: TOTPDevice, token: str) -> TOTPDevice:
    if device.user_id != user.pk or device.confirmed:
        raise ValidationError(_("This authenticator cannot be confirmed."))
    if not device.verify_token(token):
        raise ValidationError(_("The code is not correct. Check the time on your phone."))
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    audit_record(actor=user, action="user.second_factor_enabled", obj=user)
    return device


@transaction.atomic
def totp_device_remove(*, user: User) -> None:
    from ankunft.accounts.rules import requires_second_factor

    if requires_second_factor(user):
        raise ValidationError(_("Your role requires two-factor authentication."))
    TOTPDevice.objects.filter(user=user).delete()
    audit_record(actor=user, action="user.second_factor_disabled", obj=user)


def user_export_data(*, user: User) -> dict[str, Any]:
    """Everything the platform holds about the person, as plain data."""
    from ankunft.organisations.models import Signature

    return {
        "account": {
            "email": user.email,
            "name": user.full_name,
            "preferred_language": user.preferred_language,
            "joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "two_factor_enabled": TOTPDevice.objects.filter(user=user, confirmed=True).exists(),
        },
        "roles": [
            {"region": a.region.slug, "role": a.role, "since": a.created_at.isoformat()}
            for a in user.role_assignments.select_related("region")
        ],
        "organisations": [
            {"region": m.organisation.region.slug, "organisation": m.organisation.name}
            for m in user.memberships.select_related("organisation__region")
        ],
        "signatures": [
            {
                "region": s.region.slug,
                "kind": s.kind,
                "name": s.name,
                "organisation": s.organisation_name,
                "status": s.status,
                "signed_at": s.created_at.isoformat(),
            }
            for s in Signature.objects.filter(email__iexact=user.email).select_related("region")
        ],
        "audit_log": [
            {"when": e.created_at.isoformat(), "action": e.action, "object": e.object_repr}
            for e in AuditEntry.objects.filter(actor=user)
        ],
    }


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Remove the person's data. Audit entries stay, under a pseudonym."""
    from ankunft.organisations.models import Signature

    pseudonym = pseudonym_for(user.pk)
    AuditEntry.objects.filter(actor=user).update(actor=None, actor_label=pseudonym)
    AuditEntry.objects.filter(object_type="accounts.user", object_id=str(user.pk)).update(
        object_repr=pseudonym
    )
    Signature.objects.filter(email__iexact=user.email).update(
        name=pseudonym, email=f"{pseudonym}@deleted.invalid", show_publicly=False
    )
    TOTPDevice.objects.filter(user=user).delete()
    user.role_assignments.all().delete()
    user.memberships.all().delete()
    user.email = f"deleted-{uuid.uuid4().hex}@deleted.invalid"
    user.full_name = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()
    audit_record(
        actor=None, action="user.deleted", obj=user, changes={"account": [pseudonym, None]}
    )


@transaction.atomic
def platform_admin_create(*, email: str, password: str, full_name: str = "") -> User:
    """Create a platform administrator, or promote an existing account."""
    from django.contrib.auth.password_validation import validate_password

    user, _created = user_get_or_create(email=email, full_name=full_name, language="de")
    validate_password(password, user)
    user.set_password(password)
    user.is_superuser = True
    user.is_staff = True
    user.is_active = True
    user.save()
    audit_record(actor=None, action="user.platform_admin_granted", obj=user)
    return user
