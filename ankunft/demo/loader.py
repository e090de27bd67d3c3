"""Loads (or refreshes) the demo data. Idempotent: every row has a natural key."""

from __future__ import annotations

import base64
import datetime
import hashlib
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from ankunft.accounts.models import Role, RoleAssignment, User
from ankunft.core.languages import ensure_language_catalogue
from ankunft.core.models import District, Language, Region
from ankunft.core.services import replace_region_languages
from ankunft.demo import content
from ankunft.demo.events import load_events
from ankunft.demo.guide import load_guide
from ankunft.demo.offers import load_offers
from ankunft.organisations.models import (
    Declaration,
    Guideline,
    Membership,
    Organisation,
    Signature,
    SignatureKind,
    SignatureStatus,
)

DEMO_PASSWORD = "Ankunft-Demo-2026"


@dataclass(frozen=True)
class DemoLogin:
    email: str
    description: str
    role: str | None
    region: str | None
    partner_of: str | None = None
    superuser: bool = False

    @property
    def needs_second_factor(self) -> bool:
        return self.superuser or self.role in {Role.REGION_ADMIN, Role.OFFICE_STAFF}


DEMO_LOGINS = [
    DemoLogin("admin@example.org", "platform admin", None, None, superuser=True),
    DemoLogin(
        "leitung@kaiserslautern.example.org",
        "region admin (Kaiserslautern)",
        Role.REGION_ADMIN,
        "kaiserslautern",
    ),
    DemoLogin(
        "buero@kaiserslautern.example.org",
        "office staff (Kaiserslautern)",
        Role.OFFICE_STAFF,
        "kaiserslautern",
    ),
    DemoLogin(
        "partner@caritas-kl.example.org",
        "partner organisation member (Caritas)",
        None,
        "kaiserslautern",
        partner_of="caritas-zentrum-kaiserslautern",
    ),
    DemoLogin(
        "ehrenamt@example.org", "volunteer (Kaiserslautern)", Role.VOLUNTEER, "kaiserslautern"
    ),
    DemoLogin(
        "dolmetschen@example.org",
        "interpreter (Kaiserslautern)",
        Role.INTERPRETER,
        "kaiserslautern",
    ),
    DemoLogin(
        "jugendamt@kaiserslautern.example.org",
        "requesting institution (Kaiserslautern)",
        Role.REQUESTER,
        "kaiserslautern",
    ),
    DemoLogin(
        "ausschuss@example.org",
        "fund committee member (Kaiserslautern)",
        Role.COMMITTEE_MEMBER,
        "kaiserslautern",
    ),
    DemoLogin(
        "buero@gevelsberg.example.org", "office staff (Gevelsberg)", Role.OFFICE_STAFF, "gevelsberg"
    ),
]


def demo_totp_key(email: str) -> str:
    """A fixed authenticator secret per demo account, so the demo can be tried at once."""
    return hashlib.sha256(f"ankunft-demo-totp:{email}".encode()).hexdigest()[:40]


def demo_totp_secret(email: str) -> str:
    return base64.b32encode(bytes.fromhex(demo_totp_key(email))).decode()


def _load_region(data: dict) -> Region:  # type: ignore[type-arg]
    region, _created = Region.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "name": data["name"],
            "ags": data["ags"],
            "default_language": Language.objects.get(code=data["default_language"]),
            "features": data["features"],
            "contact_name": data["contact_name"],
            "contact_email": data["contact_email"],
            "contact_phone": data["contact_phone"],
            "address": data["address"],
            "welcome": data["welcome"],
            "imprint": data["imprint"],
            "privacy": data["privacy"],
        },
    )
    replace_region_languages(region, data["languages"])
    for item in content.DISTRICTS.get(region.slug, []):
        latitude, longitude = item.get("centre") or (None, None)
        District.objects.update_or_create(
            region=region,
            key=item["key"],
            defaults={
                "name": item["name"],
                "kind": item["kind"],
                "population": item.get("population"),
                "latitude": Decimal(str(latitude)) if latitude is not None else None,
                "longitude": Decimal(str(longitude)) if longitude is not None else None,
            },
        )
    return region


def _load_alliance(region: Region) -> None:
    data = content.DECLARATIONS.get(region.slug)
    if not data:
        return
    declaration, _created = Declaration.objects.update_or_create(
        region=region,
        defaults={"title": data["title"], "body": data["body"], "consent": data["consent"]},
    )
    for position, text in enumerate(data["guidelines"]):
        Guideline.objects.update_or_create(
            declaration=declaration, position=position, defaults={"text": text}
        )
    declaration.guidelines.filter(position__gte=len(data["guidelines"])).delete()
    districts = {district.key: district for district in region.districts.all()}
    signed_since = timezone.make_aware(datetime.datetime(2024, 3, 1, 10, 0))
    for index, item in enumerate(content.ORGANISATIONS.get(region.slug, [])):
        Organisation.objects.update_or_create(
            region=region,
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "sector": item["sector"],
                "description": item["description"],
                "street": item["street"],
                "postcode": item["postcode"],
                "city": item["city"],
                "district": districts.get(item.get("district") or ""),
                "website": item["website"],
                "email": item["email"],
                "phone": item["phone"],
                "signed_at": signed_since + datetime.timedelta(days=9 * index)
                if item["signed"]
                else None,
            },
        )
    language = region.default_language_id
    for item in content.CITIZEN_SIGNATURES.get(region.slug, []):
        Signature.objects.update_or_create(
            region=region,
            email=item["email"],
            kind=SignatureKind.CITIZEN,
            defaults={
                "name": item["name"],
                "sector": "citizen",
                "language": language,
                "show_publicly": item["show_publicly"],
                "status": item["status"],
                "consent_text": declaration.consent.get(language, ""),
            },
        )
    for item in content.PENDING_ORGANISATION_SIGNATURES.get(region.slug, []):
        Signature.objects.update_or_create(
            region=region,
            email=item["email"],
            kind=SignatureKind.ORGANISATION,
            organisation_name=item["organisation_name"],
            defaults={
                "name": item["name"],
                "sector": item["sector"],
                "website": item.get("website") or "",
                "language": language,
                "district": districts.get(item.get("district") or ""),
                "status": SignatureStatus.PENDING,
                "consent_text": declaration.consent.get(language, ""),
            },
        )


def _load_login(login: DemoLogin) -> User:
    user = User.objects.filter(email=login.email).first()
    if user is None:
        user = User.objects.create_user(login.email, DEMO_PASSWORD)
    user.full_name = login.description.split(" (")[0].title()
    user.is_superuser = user.is_staff = login.superuser
    user.is_active = True
    user.set_password(DEMO_PASSWORD)
    user.save()
    if login.role and login.region:
        RoleAssignment.objects.get_or_create(
            user=user, region=Region.objects.get(slug=login.region), role=login.role
        )
    if login.partner_of and login.region:
        organisation = Organisation.objects.get(region__slug=login.region, slug=login.partner_of)
        Membership.objects.get_or_create(organisation=organisation, user=user)
    if login.needs_second_factor:
        TOTPDevice.objects.update_or_create(
            user=user,
            name="Demo authenticator",
            defaults={"key": demo_totp_key(login.email), "confirmed": True},
        )
    return user


@transaction.atomic
def demo_load() -> list[DemoLogin]:
    ensure_language_catalogue()
    for region_data in content.REGIONS:
        region = _load_region(region_data)
        _load_alliance(region)
        load_offers(region)
        if region.has_feature("guide"):
            load_guide(region)
    for login in DEMO_LOGINS:
        _load_login(login)
    # Events last: the programme and the invitations are written as the office's account.
    for region in Region.objects.filter(slug__in=[data["slug"] for data in content.REGIONS]):
        if region.has_feature("events"):
            load_events(region)
    return DEMO_LOGINS
