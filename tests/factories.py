from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import factory
from django_otp.plugins.otp_totp.models import TOTPDevice

from ankunft.accounts.models import Role, RoleAssignment, User
from ankunft.core.models import District, Language, Region, RegionLanguage
from ankunft.events.models import Event, EventStatus
from ankunft.events.services import EventData, event_create
from ankunft.guide.models import Page
from ankunft.guide.services import page_create, page_save_text
from ankunft.offers.models import Offer, OfferStatus, Theme
from ankunft.offers.services import (
    LocationData,
    OfferData,
    PlaceData,
    offer_create,
    place_get_or_create,
)
from ankunft.organisations.models import (
    Declaration,
    Guideline,
    Membership,
    Organisation,
    Sector,
    Signature,
    SignatureKind,
)

PASSWORD = "a-Long-test-password-42"


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"town-{n}")
    name = factory.Sequence(lambda n: f"Town {n}")
    ags = "07312000"
    default_language = factory.LazyFunction(lambda: Language.objects.get(code="de"))
    features = factory.LazyFunction(lambda: ["alliance"])
    contact_name = "Integration office"
    contact_email = factory.LazyAttribute(lambda o: f"office@{o.slug}.example.org")
    welcome = factory.LazyFunction(lambda: {"de": "Willkommen!", "en": "Welcome!"})
    imprint = factory.LazyFunction(lambda: {"de": "Impressum der Stadt"})
    privacy = factory.LazyFunction(lambda: {"de": "Datenschutz der Stadt"})

    @factory.post_generation
    def language_codes(self, create: bool, extracted: list[str] | None, **kwargs: Any) -> None:
        codes = extracted or ["de", "en", "ar", "uk"]
        RegionLanguage.objects.filter(region=self).delete()
        for position, code in enumerate(codes):
            RegionLanguage.objects.create(region=self, language_id=code, position=position)


class DistrictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = District

    region = factory.SubFactory(RegionFactory)
    key = factory.Sequence(lambda n: f"district-{n}")
    name = factory.Sequence(lambda n: f"District {n}")
    population = 5000


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @classmethod
    def _after_postgeneration(cls, instance: User, create: bool, results: Any = None) -> None:
        if create:
            instance.save()


class RoleAssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RoleAssignment

    user = factory.SubFactory(UserFactory)
    region = factory.SubFactory(RegionFactory)
    role = Role.OFFICE_STAFF


class TOTPDeviceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TOTPDevice

    user = factory.SubFactory(UserFactory)
    name = "test device"
    confirmed = True


class DeclarationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Declaration
        skip_postgeneration_save = True

    region = factory.SubFactory(RegionFactory)
    title = factory.LazyFunction(lambda: {"de": "Bündnis für Integration", "en": "Alliance"})
    body = factory.LazyFunction(lambda: {"de": "Wir stehen zusammen.", "en": "We stand together."})
    consent = factory.LazyFunction(lambda: {"de": "Ich stimme zu.", "en": "I agree."})

    @factory.post_generation
    def guidelines(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        Guideline.objects.create(
            declaration=self,
            position=0,
            text={"de": "Teilhabe fördern", "en": "Promote participation"},
        )


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    region = factory.SubFactory(RegionFactory)
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    name = factory.Sequence(lambda n: f"Organisation {n}")
    sector = Sector.ASSOCIATION
    description = factory.LazyFunction(lambda: {"de": "Beschreibung", "en": "Description"})


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory(UserFactory)


class SignatureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signature

    region = factory.SubFactory(RegionFactory)
    kind = SignatureKind.CITIZEN
    name = factory.Sequence(lambda n: f"Citizen {n}")
    email = factory.Sequence(lambda n: f"citizen{n}@example.org")
    sector = Sector.CITIZEN
    consent_text = "Ich stimme zu."
    language = "de"


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("region", "key")

    region = factory.SubFactory(RegionFactory)
    key = "sprachfoerderung"
    name = factory.LazyFunction(lambda: {"de": "Sprachförderung", "en": "Language support"})


def place_data(**overrides: Any) -> PlaceData:
    values: dict[str, Any] = {
        "name": "Volkshochschule",
        "street": "Kanalstraße 3",
        "postcode": "67655",
        "city": "Kaiserslautern",
        "latitude": Decimal("49.443600"),
        "longitude": Decimal("7.770100"),
    }
    return PlaceData(**{**values, **overrides})


def make_offer(
    region: Region,
    *,
    status: str = OfferStatus.PUBLISHED,
    locations: list[LocationData] | None = None,
    **overrides: Any,
) -> Offer:
    """An offer written through the service, so that it is indexed like a real one."""
    organisation = overrides.pop("organisation", None) or OrganisationFactory(region=region)
    values: dict[str, Any] = {
        "organisation": organisation,
        "title": {"de": "Beratung", "en": "Counselling"},
        "summary": {"de": "Wir helfen.", "en": "We help."},
        "categories": ["counselling"],
    }
    offer = offer_create(
        actor=None,
        region=region,
        data=OfferData(**{**values, **overrides}),
        locations=locations,
        status=status,
    )
    return offer


def make_page(
    region: Region,
    *,
    title: str = "Erste Schritte",
    content: str = "<p>Melden Sie Ihre Wohnung an.</p>",
    parent: Page | None = None,
    slug: str = "",
    translations: dict[str, tuple[str, str]] | None = None,
) -> Page:
    """A guide page written through the services: the original in the region's default
    language, then `translations` as {language: (title, content)}, approved."""
    if "guide" not in region.features:
        region.features = [*region.features, "guide"]
        region.save(update_fields=["features"])
    page = page_create(
        region=region, actor=None, title=title, content=content, slug=slug, parent=parent
    )
    for language, (translated_title, translated_content) in (translations or {}).items():
        page_save_text(
            page=page,
            actor=None,
            language=language,
            title=translated_title,
            content=translated_content,
        )
    return page


BERLIN = ZoneInfo("Europe/Berlin")


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime.datetime:
    """A wall-clock time in Kaiserslautern (Europe/Berlin)."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def make_event(
    region: Region,
    *,
    status: str = EventStatus.PUBLISHED,
    hours: float = 2,
    **overrides: Any,
) -> Event:
    """An event written through the service (a place in the region, two hours, tomorrow at
    18:00 unless `starts_at` is given), then put into `status` directly."""
    if "events" not in region.features:
        region.features = [*region.features, "events"]
        region.save(update_fields=["features"])
    tomorrow = datetime.datetime.now(BERLIN).date() + datetime.timedelta(days=1)
    starts_at = overrides.pop("starts_at", None) or datetime.datetime.combine(
        tomorrow, datetime.time(18, 0), tzinfo=BERLIN
    )
    values: dict[str, Any] = {
        "title": {"de": "Weltcafé", "en": "World Café"},
        "summary": {"de": "Menschen treffen.", "en": "Meet people."},
        "starts_at": starts_at,
        "ends_at": overrides.pop("ends_at", None) or starts_at + datetime.timedelta(hours=hours),
    }
    if "place" not in overrides and not overrides.get("online"):
        values["place"] = place_get_or_create(region=region, data=place_data())
    event = event_create(actor=None, region=region, data=EventData(**{**values, **overrides}))
    if status != EventStatus.DRAFT:
        Event.objects.filter(pk=event.pk).update(status=status)
        event.refresh_from_db()
    return event
