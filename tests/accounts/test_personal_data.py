from __future__ import annotations

import json

import pytest
from django.test import Client

from ankunft.accounts.models import User
from ankunft.accounts.services import user_delete
from ankunft.core.audit import pseudonym_for
from ankunft.core.models import AuditEntry, Region
from ankunft.organisations.models import Membership
from tests.factories import PASSWORD, MembershipFactory, OrganisationFactory, SignatureFactory

pytestmark = pytest.mark.django_db


def member(region: Region) -> User:
    user = MembershipFactory(organisation=OrganisationFactory(region=region, name="VHS")).user
    SignatureFactory(region=region, email=user.email, name="Real Name")
    return user


def test_it_exports_everything_held_about_the_person(client: Client, region: Region) -> None:
    user = member(region)
    client.force_login(user)
    response = client.get("/accounts/export.json")
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["account"]["email"] == user.email
    assert data["organisations"] == [{"region": "kaiserslautern", "organisation": "VHS"}]
    assert data["signatures"][0]["name"] == "Real Name"


def test_deleting_removes_personal_data_and_memberships(region: Region) -> None:
    user = member(region)
    email = user.email
    user_delete(user=user)
    user.refresh_from_db()
    assert user.email != email and user.full_name == "" and not user.is_active
    assert not user.has_usable_password()
    assert not Membership.objects.exists()
    assert not region.signatures.filter(email=email).exists()


def test_deleting_keeps_audit_entries_under_a_pseudonym(region: Region) -> None:
    from ankunft.core.audit import audit_record

    user = member(region)
    audit_record(actor=user, action="organisation.updated", obj=region, region=region)
    user_delete(user=user)
    entry = AuditEntry.objects.get(action="organisation.updated")
    assert entry.actor is None and entry.actor_label == pseudonym_for(user.pk)


def test_deletion_needs_the_password(client: Client, region: Region) -> None:
    user = member(region)
    client.force_login(user)
    response = client.post("/accounts/delete/", {"password": "wrong"})
    assert response.status_code == 400
    user.refresh_from_db()
    assert user.is_active


def test_deletion_through_the_account_page_logs_out(client: Client, region: Region) -> None:
    user = member(region)
    client.force_login(user)
    assert client.post("/accounts/delete/", {"password": PASSWORD}).status_code == 302
    assert client.get("/accounts/").status_code == 302
    assert not User.objects.filter(email=user.email).exists()
