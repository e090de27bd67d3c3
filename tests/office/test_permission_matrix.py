"""Every office URL x every role x own/other region."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, reverse
from django.utils import timezone

from ankunft.accounts.models import Role
from ankunft.core.models import Region
from ankunft.events.models import EventFeed
from ankunft.events.services import ProgrammeData, programme_save
from ankunft.guide.services import news_save
from ankunft.offers.models import OfferImport
from ankunft.office.urls import region_patterns
from tests.conftest import login_verified, make_user_with_role
from tests.factories import (
    DistrictFactory,
    OrganisationFactory,
    RoleAssignmentFactory,
    SignatureFactory,
    UserFactory,
    make_event,
    make_offer,
    make_page,
)

ROLES = ["platform_admin", *Role.values, "partner", "anonymous_user"]
STAFF_PERMISSIONS = {
    "office.access",
    "office.review_signatures",
    "office.manage_organisations",
    "office.edit_declaration",
    "office.manage_offers",
    "office.manage_guide",
    "office.manage_events",
}
ALL_PERMISSIONS = STAFF_PERMISSIONS | {
    "office.manage_users",
    "office.manage_region",
    "office.manage_districts",
    "office.view_audit",
}
ALLOWED = {
    "platform_admin": ALL_PERMISSIONS,
    Role.REGION_ADMIN: ALL_PERMISSIONS,
    Role.OFFICE_STAFF: STAFF_PERMISSIONS,
    Role.VOLUNTEER: {"office.access"},
    Role.INTERPRETER: {"office.access"},
    Role.REQUESTER: {"office.access"},
    Role.COMMITTEE_MEMBER: {"office.access"},
    "partner": {"office.access"},
    "anonymous_user": set(),
}
# Pages about one organisation also need the right to edit that organisation's profile.
ORGANISATION_PAGES = {"organisation_edit", "organisation_members"}
# Pages about one offer need the right to edit that offer (the partner here is not its provider).
OFFER_PAGES = {"offer_edit", "offer_translations", "offer_status"}
# Pages about one event need the right to edit it (the partner here is not its organiser).
EVENT_PAGES = {
    "event_edit",
    "event_status",
    "event_registrations",
    "event_registrations_csv",
    "event_attendance",
    "event_invitations",
}
OFFICE_STAFF_ROLES = {"platform_admin", Role.REGION_ADMIN, Role.OFFICE_STAFF}


def url_objects(region: Region) -> dict[str, int | str]:
    page = make_page(region)
    return {
        "district_id": DistrictFactory(region=region).pk,
        "assignment_id": RoleAssignmentFactory(region=region, role=Role.VOLUNTEER).pk,
        "signature_id": SignatureFactory(region=region).pk,
        "organisation_id": OrganisationFactory(region=region).pk,
        "offer_id": make_offer(region).pk,
        "language": region.language_codes()[-1],
        "import_id": OfferImport.objects.create(
            region=region,
            created_by=UserFactory(),
            filename="offers.csv",
            content=b"title_de\nSprachcafe\n",
        ).pk,
        "page_id": page.pk,
        "event_id": make_event(region, organisation=OrganisationFactory(region=region)).pk,
        "programme_id": programme_save(
            actor=None,
            region=region,
            data=ProgrammeData(
                title={"de": "Interkulturelle Woche"},
                starts_on=datetime.date(2030, 9, 22),
                ends_on=datetime.date(2030, 9, 29),
            ),
        ).pk,
        "feed_id": EventFeed.objects.create(
            region=region, name="Stadtkalender", url="https://example.org/kalender.ics"
        ).pk,
        "version_id": page.versions.get().pk,
        "news_id": news_save(
            region=region,
            actor=None,
            published_at=timezone.now(),
            title={"de": "Neue Öffnungszeiten"},
            text={"de": "Das Büro ist montags geschlossen."},
        ).pk,
    }


def flat_patterns(patterns: list[URLPattern | URLResolver]) -> list[URLPattern]:
    """The URL patterns, with included URL lists (such as the offers' pages) flattened."""
    flat: list[URLPattern] = []
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            flat += flat_patterns(pattern.url_patterns)
        else:
            flat.append(pattern)
    return flat


OFFICE_PATTERNS = flat_patterns(region_patterns)


def office_url(pattern: URLPattern, region: Region, objects: dict[str, int | str]) -> str:
    kwargs = {name: objects[name] for name in pattern.pattern.converters}
    return reverse(f"office:{pattern.name}", kwargs={"region_slug": region.slug, **kwargs})


def expected_allowed(role: str, pattern: URLPattern, own_region: bool) -> bool:
    if not own_region:
        return role == "platform_admin"
    permission = pattern.callback.office_permission  # type: ignore[attr-defined]
    allowed = permission in ALLOWED[role]
    if pattern.name in ORGANISATION_PAGES | OFFER_PAGES | EVENT_PAGES:
        allowed = allowed and role in OFFICE_STAFF_ROLES
    return allowed


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("own_region", [True, False], ids=["own-region", "other-region"])
def test_office_urls_allow_exactly_the_roles_they_should(
    client: Client, region: Region, other_region: Region, role: str, own_region: bool
) -> None:
    user = make_user_with_role(role, region)
    login_verified(client, user)
    target = region if own_region else other_region
    objects = url_objects(target)
    failures = []
    for pattern in OFFICE_PATTERNS:
        url = office_url(pattern, target, objects)
        status = client.get(url).status_code
        allowed = expected_allowed(role, pattern, own_region)
        ok = status in {200, 405} if allowed else status == 403
        if not ok:
            failures.append(f"{url}: {status}, expected {'allowed' if allowed else '403'}")
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_every_office_view_declares_its_permission() -> None:
    assert all(hasattr(p.callback, "office_permission") for p in OFFICE_PATTERNS)


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_the_login(client: Client, region: Region) -> None:
    objects = url_objects(region)
    for pattern in OFFICE_PATTERNS:
        response = client.get(office_url(pattern, region, objects))
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_a_partner_edits_the_own_organisation_but_no_other(client: Client, region: Region) -> None:
    partner = make_user_with_role("partner", region)
    login_verified(client, partner)
    own = partner.organisations.get()
    other = OrganisationFactory(region=region)
    base = "/office/kaiserslautern/organisations"
    assert client.get(f"{base}/{own.pk}/").status_code == 200
    assert client.get(f"{base}/{other.pk}/").status_code == 403
    response = client.post(f"{base}/{other.pk}/", {"name": "Hijacked", "sector": "club"})
    assert response.status_code == 403
    other.refresh_from_db()
    assert other.name != "Hijacked"


@pytest.mark.django_db
def test_unverified_staff_are_asked_for_the_code(client: Client, region: Region) -> None:
    staff = make_user_with_role(Role.OFFICE_STAFF, region)
    client.force_login(staff)
    assert client.get("/office/kaiserslautern/")["Location"] == "/accounts/login/verify/"
