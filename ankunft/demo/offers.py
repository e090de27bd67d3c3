"""Loads the demo offers (ankunft/demo/offers_a.py and offers_b.py) through the services."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.utils import timezone

from ankunft.core.models import District, Region
from ankunft.offers import search
from ankunft.offers.models import WEEKDAY_KEYS, Offer, OfferStatus
from ankunft.offers.services import (
    ContactData,
    LocationData,
    OfferData,
    PlaceData,
    contact_get_or_create,
    offer_create,
    offer_update,
    theme_save,
)
from ankunft.organisations.models import Organisation

THEMES: dict[str, list[tuple[str, dict[str, str]]]] = {
    "kaiserslautern": [
        (
            "bildung-arbeit",
            {
                "de": "Bildung und Arbeit",
                "en": "Education and work",
                "ar": "التعليم والعمل",
                "uk": "Освіта і робота",
                "tr": "Eğitim ve iş",
                "ru": "Образование и работа",
            },
        ),
        (
            "sprachfoerderung",
            {
                "de": "Sprachförderung",
                "en": "Language support",
                "ar": "دعم تعلم اللغة",
                "uk": "Мовна підтримка",
                "tr": "Dil desteği",
                "ru": "Языковая поддержка",
            },
        ),
        (
            "begegnung-antirassismus",
            {
                "de": "Begegnung, Sicherheit und Antirassismus",
                "en": "Encounter, safety and anti-racism",
                "ar": "اللقاء والأمان ومناهضة العنصرية",
                "uk": "Зустрічі, безпека та протидія расизму",
                "tr": "Buluşma, güvenlik ve ırkçılık karşıtlığı",
                "ru": "Встречи, безопасность и антирасизм",
            },
        ),
        (
            "ehrenamt-beteiligung",
            {
                "de": "Ehrenamt, Partizipation, Beteiligung",
                "en": "Volunteering and participation",
                "ar": "التطوع والمشاركة",
                "uk": "Волонтерство та участь",
                "tr": "Gönüllülük ve katılım",
                "ru": "Волонтёрство и участие",
            },
        ),
        (
            "wohnen",
            {
                "de": "Wohnbedarfe und Wohnraumversorgung",
                "en": "Housing",
                "ar": "السكن",
                "uk": "Житло",
                "tr": "Konut",
                "ru": "Жильё",
            },
        ),
        (
            "gesundheit",
            {
                "de": "Gesundheit und Prävention",
                "en": "Health and prevention",
                "ar": "الصحة والوقاية",
                "uk": "Здоров’я та профілактика",
                "tr": "Sağlık ve önleme",
                "ru": "Здоровье и профилактика",
            },
        ),
    ]
}


def _demo_offers() -> list[dict[str, Any]]:
    from ankunft.demo import offers_a, offers_b

    return [*offers_a.OFFERS, *offers_b.OFFERS]


def _time(text: str) -> datetime.time:
    hour, minute = text.split(":")
    return datetime.time(int(hour), int(minute))


def _locations(item: dict[str, Any], districts: dict[str, District]) -> list[LocationData]:
    today = timezone.localdate()
    return [
        LocationData(
            place=PlaceData(
                name=location["name"],
                street=location["street"],
                postcode=location["postcode"],
                city=location["city"],
                district=districts.get(location.get("district") or ""),
                latitude=Decimal(str(location["latitude"])).quantize(Decimal("0.000001")),
                longitude=Decimal(str(location["longitude"])).quantize(Decimal("0.000001")),
            ),
            by_appointment=location.get("by_appointment", False),
            hours=[
                (WEEKDAY_KEYS.index(day), _time(opens), _time(closes))
                for day, opens, closes in location.get("hours", [])
            ],
            exceptions=[
                {
                    "date": today + datetime.timedelta(days=exception["days"]),
                    "closed": exception.get("closed", True),
                    "note": exception.get("note", {}),
                }
                for exception in location.get("exceptions", [])
            ],
        )
        for location in item["locations"]
    ]


def _offer_data(item: dict[str, Any], region: Region, organisation: Organisation) -> OfferData:
    today = timezone.localdate()
    contact = None
    if item.get("contact"):
        contact = contact_get_or_create(
            region=region, organisation=organisation, data=ContactData(**item["contact"])
        )

    def relative(days: int | None) -> datetime.date | None:
        return today + datetime.timedelta(days=days) if days is not None else None

    return OfferData(
        organisation=organisation,
        external_id=item["external_id"],
        title=item["title"],
        summary=item["summary"],
        description=item["description"],
        themes=item["themes"],
        categories=item["categories"],
        target_groups=item["target_groups"],
        languages=item["languages"],
        cost=item["cost"],
        cost_amount=Decimal(item["cost_amount"]) if item.get("cost_amount") else None,
        cost_note=item.get("cost_note") or {},
        registration_required=item["registration_required"],
        step_free=item["step_free"],
        hearing_loop=item["hearing_loop"],
        online=item["online"],
        online_url=item.get("online_url", ""),
        valid_from=relative(item.get("valid_from_days")),
        valid_until=relative(item.get("valid_until_days")),
        contact=contact,
    )


def load_offers(region: Region) -> int:
    """Create or refresh the region's demo themes and offers (by external id)."""
    themes = THEMES.get(region.slug)
    if not themes:
        return 0
    for position, (key, name) in enumerate(themes):
        theme_save(actor=None, region=region, key=key, name=name, position=position)
    organisations = {o.slug: o for o in Organisation.objects.for_region(region)}
    districts = {d.key: d for d in region.districts.all()}
    existing = {o.external_id: o for o in Offer.objects.for_region(region).exclude(external_id="")}
    now = timezone.now()
    for item in _demo_offers():
        data = _offer_data(item, region, organisations[item["organisation"]])
        locations = _locations(item, districts)
        offer = existing.get(item["external_id"])
        if offer is None:
            offer = offer_create(
                actor=None, region=region, data=data, locations=locations, status=item["status"]
            )
        else:
            offer = offer_update(actor=None, offer=offer, data=data, locations=locations)
        confirmed = now - datetime.timedelta(days=item["confirmed_days_ago"])
        Offer.objects.filter(pk=offer.pk).update(
            status=item["status"],
            last_confirmed_at=confirmed,
            published_at=confirmed if item["status"] == OfferStatus.PUBLISHED else None,
        )
        offer.refresh_from_db()
        search.write_state(search.EntryState.of(offer))
    return len(_demo_offers())
