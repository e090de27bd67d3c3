from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from ankunft.accounts.models import Role, RoleAssignment, User
from ankunft.core.models import AuditEntry, District, Region
from ankunft.organisations.models import Organisation
from tests.factories import DistrictFactory, OrganisationFactory, make_event

pytestmark = pytest.mark.django_db
LoginAs = Callable[..., tuple[Client, User]]
BASE = "/office/kaiserslautern"


def settings_form(region: Region, **overrides: Any) -> dict[str, Any]:
    data = {
        "name": region.name,
        "ags": "07312000",
        "default_language": "de",
        "contact_name": "Projektbüro",
        "contact_email": "office@example.org",
        "contact_phone": "0631 555 0100",
        "address": "Rathaus",
        "features": ["alliance"],
        "languages": "de, en, ar, uk",
    }
    data.update(overrides)
    return data


def test_the_dashboard_counts_pending_signatures(client_as: LoginAs, region: Region) -> None:
    from tests.factories import SignatureFactory

    client, _user = client_as(Role.OFFICE_STAFF)
    SignatureFactory.create_batch(3, region=region)
    response = client.get(f"{BASE}/")
    assert response.context["figures"]["pending_signatures"] == 3


def test_region_admins_reorder_the_languages(client_as: LoginAs, region: Region) -> None:
    client, _user = client_as(Role.REGION_ADMIN)
    response = client.post(f"{BASE}/settings/", settings_form(region, languages="de, uk, tr"))
    assert response.status_code == 302
    assert region.language_codes() == ["de", "uk", "tr"]
    entry = AuditEntry.objects.get(action="region.updated")
    assert entry.changes["languages"] == [["de", "en", "ar", "uk"], ["de", "uk", "tr"]]


def test_the_default_language_must_be_enabled(client_as: LoginAs, region: Region) -> None:
    client, _user = client_as(Role.REGION_ADMIN)
    response = client.post(f"{BASE}/settings/", settings_form(region, languages="en, ar"))
    assert response.status_code == 400
    assert "The default language must be one of the enabled languages." in response.text
    assert region.language_codes() == ["de", "en", "ar", "uk"]


def test_an_unknown_language_code_is_refused_without_changes(
    client_as: LoginAs, region: Region
) -> None:
    client, _user = client_as(Role.REGION_ADMIN)
    response = client.post(
        f"{BASE}/settings/", settings_form(region, languages="de, xx", name="Renamed")
    )
    assert response.status_code == 400
    region.refresh_from_db()
    assert region.name == "Kaiserslautern" and region.language_codes() == ["de", "en", "ar", "uk"]


def test_a_bad_municipality_key_is_refused(client_as: LoginAs, region: Region) -> None:
    client, _user = client_as(Role.REGION_ADMIN)
    response = client.post(f"{BASE}/settings/", settings_form(region, ags="123"))
    assert response.status_code == 400
    assert "The municipality key (AGS) has exactly 8 digits." in response.text


def test_texts_are_edited_per_language(client_as: LoginAs, region: Region) -> None:
    client, _user = client_as(Role.REGION_ADMIN)
    response = client.post(
        f"{BASE}/settings/texts/?language=uk",
        {"welcome": "Ласкаво просимо", "imprint": "", "privacy": ""},
    )
    assert response.status_code == 302
    region.refresh_from_db()
    assert region.welcome["uk"] == "Ласкаво просимо" and region.welcome["de"] == "Willkommen!"


def test_a_district_is_created_with_a_boundary(client_as: LoginAs, region: Region) -> None:
    client, _user = client_as(Role.REGION_ADMIN)
    square = '{"type": "Polygon", "coordinates": [[[7.7,49.4],[7.8,49.4],[7.8,49.5],[7.7,49.4]]]}'
    response = client.post(
        f"{BASE}/districts/new/",
        {
            "key": "slevfisch",
            "name": "Slevfisch",
            "kind": "stadtteil",
            "population": "4200",
            "boundary": square,
        },
    )
    assert response.status_code == 302
    district = District.objects.get(key="slevfisch")
    assert district.boundary["type"] == "Polygon" and district.population == 4200


@pytest.mark.parametrize(
    "boundary",
    [
        "not json",
        '{"type": "Point", "coordinates": [7.7, 49.4]}',
        '{"type": "Polygon", "coordinates": [[[7.7,49.4],[7.8,49.4],[7.7,49.4]]]}',
        '{"type": "Polygon", "coordinates": [[[700,49.4],[7.8,49.4],[7.8,49.5],[700,49.4]]]}',
    ],
)
def test_a_broken_boundary_is_refused_and_nothing_is_saved(
    client_as: LoginAs, region: Region, boundary: str
) -> None:
    client, _user = client_as(Role.REGION_ADMIN)
    response = client.post(
        f"{BASE}/districts/new/",
        {"key": "x", "name": "X", "kind": "stadtteil", "boundary": boundary},
    )
    assert response.status_code == 400
    assert not District.objects.filter(key="x").exists()


def test_a_duplicate_district_key_is_refused(client_as: LoginAs, region: Region) -> None:
    client, _user = client_as(Role.REGION_ADMIN)
    DistrictFactory(region=region, key="betzenberg")
    response = client.post(
        f"{BASE}/districts/new/", {"key": "betzenberg", "name": "B", "kind": "stadtteil"}
    )
    assert response.status_code == 400
    assert "A district with this key exists already." in response.text


def test_deleting_a_district_is_audited(client_as: LoginAs, region: Region) -> None:
    client, _user = client_as(Role.REGION_ADMIN)
    district = DistrictFactory(region=region)
    assert client.post(f"{BASE}/districts/{district.pk}/delete/").status_code == 302
    assert not District.objects.filter(pk=district.pk).exists()
    assert AuditEntry.objects.filter(action="district.deleted").exists()


def test_inviting_a_person_gives_the_role_and_sends_a_mail(
    client_as: LoginAs, region: Region, mailoutbox: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client, _user = client_as(Role.REGION_ADMIN)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{BASE}/users/invite/",
            {
                "full_name": "Olena K.",
                "email": "olena@example.org",
                "role": "interpreter",
                "language": "uk",
            },
        )
    assert response.status_code == 302
    assert RoleAssignment.objects.get(user__email="olena@example.org").role == "interpreter"
    assert mailoutbox[-1].to == ["olena@example.org"]


def test_an_invitation_with_an_unknown_role_is_refused(client_as: LoginAs, region: Region) -> None:
    client, _user = client_as(Role.REGION_ADMIN)
    response = client.post(
        f"{BASE}/users/invite/",
        {"full_name": "X", "email": "x@example.org", "role": "emperor", "language": "de"},
    )
    assert response.status_code == 400
    assert not User.objects.filter(email="x@example.org").exists()


def test_a_region_admin_cannot_remove_the_own_admin_role(
    client_as: LoginAs, region: Region
) -> None:
    client, admin = client_as(Role.REGION_ADMIN)
    assignment = admin.role_assignments.get()
    client.post(f"{BASE}/users/roles/{assignment.pk}/revoke/")
    assert RoleAssignment.objects.filter(pk=assignment.pk).exists()


def test_organisation_changes_are_audited_with_before_and_after(
    client_as: LoginAs, region: Region
) -> None:
    client, _user = client_as(Role.OFFICE_STAFF)
    organisation = OrganisationFactory(region=region, name="VHS", sector="education_provider")
    response = client.post(
        f"{BASE}/organisations/{organisation.pk}/",
        {
            "name": "Volkshochschule",
            "sector": "education_provider",
            "website": "",
            "email": "",
            "description_de": "Deutschkurse",
            "description_ar": "دورات اللغة الألمانية",
        },
    )
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.description["ar"] == "دورات اللغة الألمانية"
    entry = AuditEntry.objects.get(action="organisation.updated")
    assert entry.changes["name"] == ["VHS", "Volkshochschule"]


def test_an_invalid_organisation_is_refused(client_as: LoginAs, region: Region) -> None:
    client, _user = client_as(Role.OFFICE_STAFF)
    response = client.post(
        f"{BASE}/organisations/new/", {"name": "", "sector": "club", "website": "not a url"}
    )
    assert response.status_code == 400
    assert not Organisation.objects.exists()


def test_the_declaration_is_translated_per_language(client_as: LoginAs, region: Region) -> None:
    client, _user = client_as(Role.OFFICE_STAFF)
    response = client.post(
        f"{BASE}/declaration/?language=ar",
        {
            "title": "تحالف من أجل الاندماج",
            "body": "نص",
            "consent": "أوافق",
            "guideline_0": "تعزيز المشاركة",
            "guideline_1": "",
        },
    )
    assert response.status_code == 302
    declaration = region.declaration
    declaration.refresh_from_db()
    assert declaration.title["ar"] == "تحالف من أجل الاندماج"
    assert declaration.title["de"] == "Bündnis für Integration"
    assert declaration.guidelines.get().text["ar"] == "تعزيز المشاركة"


def test_the_audit_log_filters_by_action(client_as: LoginAs, region: Region) -> None:
    from ankunft.core.audit import audit_record

    client, admin = client_as(Role.REGION_ADMIN)
    audit_record(actor=admin, action="district.created", obj=region, region=region)
    audit_record(actor=admin, action="signature.approved", obj=region, region=region)
    response = client.get(f"{BASE}/audit/?action=district")
    assert [entry.action for entry in response.context["page"]] == ["district.created"]


def test_the_audit_log_shows_only_the_own_region(
    client_as: LoginAs, region: Region, other_region: Region
) -> None:
    from ankunft.core.audit import audit_record

    client, admin = client_as(Role.REGION_ADMIN)
    audit_record(actor=admin, action="secret.thing", obj=other_region, region=other_region)
    assert "secret.thing" not in client.get(f"{BASE}/audit/").text


def test_a_bad_audit_filter_date_gets_a_4xx(client_as: LoginAs, region: Region) -> None:
    client, _admin = client_as(Role.REGION_ADMIN)
    assert client.get(f"{BASE}/audit/?date_from=yesterday").status_code == 400


def test_it_counts_events_waiting_for_review_on_the_dashboard(
    client_as: Callable[..., tuple[Client, User]], region: Region
) -> None:
    make_event(region, status="submitted")
    client, _user = client_as(Role.OFFICE_STAFF)
    html = client.get(f"/office/{region.slug}/").content.decode()
    assert f'href="/office/{region.slug}/events/?status=submitted"' in html
    assert f'href="/office/{region.slug}/events/"' in html
