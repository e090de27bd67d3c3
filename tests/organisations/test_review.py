from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client

from ankunft.accounts.models import Role, User
from ankunft.core.models import AuditEntry, Region
from ankunft.organisations.models import Membership, Organisation, SignatureKind, SignatureStatus
from ankunft.organisations.services import signature_approve, signature_reject
from tests.factories import OrganisationFactory, SignatureFactory, UserFactory

pytestmark = pytest.mark.django_db
LoginAs = Callable[..., tuple[Client, User]]


def organisation_signature(region: Region, **kwargs: Any) -> Any:
    return SignatureFactory(
        region=region,
        kind=SignatureKind.ORGANISATION,
        organisation_name="Kulturverein Morgenland",
        sector="club",
        name="Samir Haddad",
        email="samir@example.org",
        language="ar",
        **kwargs,
    )


def test_approving_an_organisation_creates_it_as_signed(region: Region) -> None:
    signature = signature_approve(actor=UserFactory(), signature=organisation_signature(region))
    organisation = Organisation.objects.get(region=region)
    assert (organisation.name, organisation.sector) == ("Kulturverein Morgenland", "club")
    assert organisation.signed_at is not None and signature.organisation == organisation


def test_approving_an_organisation_invites_its_contact_as_member(
    region: Region, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        signature_approve(actor=UserFactory(), signature=organisation_signature(region))
    member = Membership.objects.get().user
    assert member.email == "samir@example.org" and not member.has_usable_password()
    invitation = next(m for m in mail.outbox if "/accounts/password/set/" in m.body)
    assert invitation.to == ["samir@example.org"]


def test_the_invitation_is_written_in_the_signers_language(
    region: Region, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        signature_approve(actor=UserFactory(), signature=organisation_signature(region))
    to_signer = [message for message in mail.outbox if message.to == ["samir@example.org"]]
    assert to_signer and all(
        any("\u0600" <= char <= "\u06ff" for char in message.subject + message.body)
        for message in to_signer
    )


def test_approving_links_an_existing_organisation_instead_of_a_copy(region: Region) -> None:
    existing = OrganisationFactory(region=region, name="Kulturverein Morgenland")
    signature = signature_approve(actor=UserFactory(), signature=organisation_signature(region))
    assert signature.organisation == existing
    assert Organisation.objects.filter(region=region).count() == 1


def test_a_signature_cannot_be_reviewed_twice(region: Region) -> None:
    signature = SignatureFactory(region=region)
    signature_approve(actor=UserFactory(), signature=signature)
    with pytest.raises(ValidationError):
        signature_reject(actor=UserFactory(), signature=signature, reason="spam")


def test_rejecting_needs_a_reason(region: Region) -> None:
    signature = SignatureFactory(region=region)
    with pytest.raises(ValidationError):
        signature_reject(actor=UserFactory(), signature=signature, reason="  ")
    signature.refresh_from_db()
    assert signature.status == SignatureStatus.PENDING


def test_rejecting_tells_the_signer_why(
    region: Region, django_capture_on_commit_callbacks: Any
) -> None:
    signature = SignatureFactory(region=region, email="x@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        signature_reject(actor=UserFactory(), signature=signature, reason="Kein echter Name")
    assert "Kein echter Name" in mail.outbox[-1].body and mail.outbox[-1].to == ["x@example.org"]


def test_office_staff_approve_through_the_office(client_as: LoginAs, region: Region) -> None:
    client, staff = client_as(Role.OFFICE_STAFF)
    signature = SignatureFactory(region=region)
    response = client.post(
        f"/office/kaiserslautern/signatures/{signature.pk}/", {"decision": "approve"}
    )
    assert response.status_code == 302
    signature.refresh_from_db()
    assert signature.status == SignatureStatus.APPROVED and signature.reviewed_by == staff
    entry = AuditEntry.objects.get(action="signature.approved")
    assert entry.actor == staff and entry.changes == {"status": ["pending", "approved"]}


def test_rejecting_without_reason_in_the_office_shows_an_error(
    client_as: LoginAs, region: Region
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    signature = SignatureFactory(region=region)
    response = client.post(
        f"/office/kaiserslautern/signatures/{signature.pk}/", {"decision": "reject", "reason": ""}
    )
    assert response.status_code == 400
    signature.refresh_from_db()
    assert signature.status == SignatureStatus.PENDING


def test_staff_cannot_review_a_signature_of_another_region(
    client_as: LoginAs, region: Region, other_region: Region
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    foreign = SignatureFactory(region=other_region)
    response = client.post(
        f"/office/kaiserslautern/signatures/{foreign.pk}/", {"decision": "approve"}
    )
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.status == SignatureStatus.PENDING
