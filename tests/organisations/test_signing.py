from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.test import Client

from ankunft.core.models import AuditEntry, Region
from ankunft.organisations.models import Signature, SignatureStatus

pytestmark = pytest.mark.django_db
SIGN_URL = "/kaiserslautern/en/alliance/sign/"


def form_data(client: Client, **overrides: Any) -> dict[str, Any]:
    page = client.get(SIGN_URL)
    shown_at = page.context["form"].fresh_shown_at
    data = {
        "kind": "citizen",
        "name": "Mara Beispiel",
        "email": "mara@example.org",
        "show_publicly": "on",
        "consent": "on",
        "shown_at": shown_at,
        "homepage": "",
    }
    data.update(overrides)
    return data


def test_it_accepts_a_citizen_signature_for_review(client: Client, region: Region) -> None:
    response = client.post(SIGN_URL, form_data(client))
    assert response.status_code == 302
    signature = Signature.objects.get()
    assert (signature.status, signature.name, signature.language) == (
        SignatureStatus.PENDING,
        "Mara Beispiel",
        "en",
    )
    assert signature.consent_text == "I agree."


def test_it_tells_the_office_about_a_new_signature(
    client: Client, region: Region, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SIGN_URL, form_data(client))
    assert [message.to for message in mail.outbox] == [["office@kaiserslautern.example.org"]]


def test_it_audits_the_signature(client: Client, region: Region) -> None:
    client.post(SIGN_URL, form_data(client))
    assert AuditEntry.objects.filter(action="signature.submitted", region=region).count() == 1


def test_it_requires_consent(client: Client, region: Region) -> None:
    response = client.post(SIGN_URL, form_data(client, consent=""))
    assert response.status_code == 400
    assert "Please agree to the consent text to sign." in response.text
    assert not Signature.objects.exists()


def test_it_requires_organisation_details_for_an_organisation(
    client: Client, region: Region
) -> None:
    response = client.post(SIGN_URL, form_data(client, kind="organisation"))
    assert response.status_code == 400
    assert "Please enter the organisation&#x27;s name." in response.text
    assert not Signature.objects.exists()


def test_it_shows_the_error_in_the_readers_language(client: Client, region: Region) -> None:
    response = client.post("/kaiserslautern/ar/alliance/sign/", form_data(client, email="kein"))
    assert response.status_code == 400
    assert "Enter a valid email address." not in response.text


def test_it_rejects_a_filled_honeypot_as_spam(client: Client, region: Region) -> None:
    response = client.post(SIGN_URL, form_data(client, homepage="http://spam.example"))
    assert response.status_code == 400
    assert not Signature.objects.exists()


def test_it_rejects_a_forged_form_timestamp(client: Client, region: Region) -> None:
    response = client.post(SIGN_URL, form_data(client, shown_at="forged"))
    assert response.status_code == 400
    assert not Signature.objects.exists()


def test_it_rejects_a_form_sent_faster_than_a_person_can(
    client: Client, region: Region, settings: Any
) -> None:
    settings.ANKUNFT_SIGNATURE_MIN_SECONDS = 60
    response = client.post(SIGN_URL, form_data(client))
    assert response.status_code == 400
    assert not Signature.objects.exists()


def test_it_refuses_a_second_signature_with_the_same_address(
    client: Client, region: Region
) -> None:
    client.post(SIGN_URL, form_data(client))
    response = client.post(SIGN_URL, form_data(client))
    assert response.status_code == 400
    assert Signature.objects.count() == 1


def test_it_limits_signatures_per_connection(client: Client, region: Region, settings: Any) -> None:
    settings.ANKUNFT_SIGNATURES_PER_HOUR = 1
    client.post(SIGN_URL, form_data(client))
    response = client.post(SIGN_URL, form_data(client, email="other@example.org"))
    assert response.status_code == 429
    assert Signature.objects.count() == 1


def test_it_ignores_a_district_of_another_region(
    client: Client, region: Region, other_region: Region
) -> None:
    from tests.factories import DistrictFactory

    foreign = DistrictFactory(region=other_region)
    response = client.post(SIGN_URL, form_data(client, district=str(foreign.pk)))
    assert response.status_code == 400
    assert not Signature.objects.exists()


def test_the_alliance_page_lists_only_approved_public_signatories(
    client: Client, region: Region
) -> None:
    from tests.factories import OrganisationFactory, SignatureFactory

    OrganisationFactory(region=region, name="Caritas-Zentrum", signed_at="2024-01-01T00:00Z")
    OrganisationFactory(region=region, name="Not Signed e.V.")
    SignatureFactory(region=region, name="Public Person", status="approved")
    SignatureFactory(region=region, name="Hidden Person", status="approved", show_publicly=False)
    SignatureFactory(region=region, name="Pending Person")
    text = client.get("/kaiserslautern/de/alliance/").text
    assert "Caritas-Zentrum" in text and "Public Person" in text
    assert "Not Signed" not in text and "Hidden Person" not in text and "Pending Person" not in text


def test_the_alliance_page_is_missing_when_the_feature_is_off(
    client: Client, region: Region
) -> None:
    region.features = []
    region.save()
    assert client.get("/kaiserslautern/de/alliance/").status_code == 404
