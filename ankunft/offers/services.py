"""Writes of the directory of offers. Every write keeps the search index in step."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from ankunft.accounts.models import User
from ankunft.core.audit import audit_record, diff, snapshot
from ankunft.core.html import sanitise_html
from ankunft.core.mail import send_mail_in_language
from ankunft.core.models import District, Language, Region
from ankunft.core.translated import clean_translations
from ankunft.offers import search
from ankunft.offers.models import (
    WEEKDAY_KEYS,
    Category,
    Contact,
    Cost,
    Offer,
    OfferFacet,
    OfferLocation,
    OfferStatus,
    OpeningException,
    OpeningHours,
    Place,
    ProblemReport,
    ProblemReportStatus,
    SearchTerm,
    TargetGroup,
    Theme,
)
from ankunft.organisations.models import Organisation

OFFER_FIELDS = [
    "organisation",
    "external_id",
    "title",
    "summary",
    "description",
    "themes",
    "categories",
    "target_groups",
    "languages",
    "cost",
    "cost_amount",
    "cost_note",
    "registration_required",
    "step_free",
    "hearing_loop",
    "online",
    "online_url",
    "valid_from",
    "valid_until",
    "contact",
]
TEXT_FIELDS = ["title", "summary", "description", "cost_note"]


@dataclass
class PlaceData:
    name: str
    street: str
    postcode: str
    city: str
    district: District | None = None
    latitude: Decimal | None = None
    longitude: Decimal | None = None


@dataclass
class LocationData:
    place: PlaceData
    by_appointment: bool = False
    hours: list[tuple[int, datetime.time, datetime.time]] = field(default_factory=list)
    exceptions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ContactData:
    name: str
    email: str = ""
    phone: str = ""
    website: str = ""


@dataclass
class OfferData:
    organisation: Organisation
    title: dict[str, str]
    summary: dict[str, str] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    external_id: str = ""
    themes: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    target_groups: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    cost: str = Cost.FREE
    cost_amount: Decimal | None = None
    cost_note: dict[str, str] = field(default_factory=dict)
    registration_required: bool = False
    step_free: bool = False
    hearing_loop: bool = False
    online: bool = False
    online_url: str = ""
    valid_from: datetime.date | None = None
    valid_until: datetime.date | None = None
    contact: Contact | None = None


# --- Validation ----------------------------------------------------------------------------


def check_known_values(
    errors: dict[str, str],
    region: Region,
    *,
    themes: list[str],
    target_groups: list[str],
    languages: list[str],
    categories: list[str] | None = None,
) -> None:
    """Adds a message per list (of an offer or an event) that names an unknown value."""
    theme_keys = set(Theme.objects.for_region(region).values_list("key", flat=True))
    checks = [
        ("themes", themes, theme_keys, _("Unknown theme: %s")),
        ("categories", categories or [], set(Category.values), _("Unknown category: %s")),
        ("target_groups", target_groups, set(TargetGroup.values), _("Unknown target group: %s")),
        (
            "languages",
            languages,
            set(Language.objects.values_list("code", flat=True)),
            _("Unknown language: %s"),
        ),
    ]
    for name, values, allowed, message in checks:
        unknown = [value for value in values if value not in allowed]
        if unknown:
            errors[name] = message % ", ".join(unknown)


def validate_offer_data(region: Region, data: OfferData) -> None:
    """Raise a ValidationError with one message per wrong field."""
    errors: dict[str, str] = {}
    languages = region.language_codes()
    if data.organisation.region_id != region.pk:
        errors["organisation"] = _("Please choose an organisation of this city.")
    if not clean_translations(data.title, languages):
        errors["title"] = _("Please enter a title in at least one language.")
    check_known_values(
        errors,
        region,
        themes=data.themes,
        target_groups=data.target_groups,
        languages=data.languages,
        categories=data.categories,
    )
    if not data.categories and "categories" not in errors:
        errors["categories"] = _("Please choose at least one category.")
    if data.cost not in Cost.values:
        errors["cost"] = _("Please choose whether the offer is free of charge.")
    elif data.cost == Cost.FREE and data.cost_amount:
        errors["cost_amount"] = _("A free offer has no amount.")
    if data.cost_amount is not None and data.cost_amount < 0:
        errors["cost_amount"] = _("The amount cannot be negative.")
    if data.valid_from and data.valid_until and data.valid_until < data.valid_from:
        errors["valid_until"] = _("The end date is before the start date.")
    if data.contact is not None and data.contact.region_id != region.pk:
        errors["contact"] = _("Please choose a contact of this city.")
    if errors:
        raise ValidationError(errors)


def validate_coordinates(latitude: Decimal | None, longitude: Decimal | None) -> None:
    if (latitude is None) != (longitude is None):
        raise ValidationError(_("Please give both latitude and longitude, or neither."))
    if latitude is not None and not Decimal(-90) <= latitude <= Decimal(90):
        raise ValidationError(_("The latitude must be between -90 and 90."))
    if longitude is not None and not Decimal(-180) <= longitude <= Decimal(180):
        raise ValidationError(_("The longitude must be between -180 and 180."))


def _validate_location(region: Region, location: LocationData) -> None:
    place = location.place
    if not place.street.strip() or not place.city.strip():
        raise ValidationError(_("Every place needs a street and a city."))
    if place.district is not None and place.district.region_id != region.pk:
        raise ValidationError(_("Please choose a district of this city."))
    validate_coordinates(place.latitude, place.longitude)
    for weekday, opens, closes in location.hours:
        if weekday not in range(7):
            raise ValidationError(_("Unknown weekday."))
        if closes <= opens:
            raise ValidationError(_("Opening hours must end after they begin."))


# --- Shared records ------------------------------------------------------------------------


def place_get_or_create(*, region: Region, data: PlaceData) -> Place:
    """Places are shared: the same street and postcode mean the same place."""
    place = (
        Place.objects.for_region(region)
        .filter(street__iexact=data.street.strip(), postcode=data.postcode.strip())
        .first()
    )
    if place is None:
        return Place.objects.create(
            region=region,
            name=data.name.strip() or data.street.strip(),
            street=data.street.strip(),
            postcode=data.postcode.strip(),
            city=data.city.strip(),
            district=data.district,
            latitude=data.latitude,
            longitude=data.longitude,
        )
    changed = False
    for attribute in ["district", "latitude", "longitude"]:
        value = getattr(data, attribute)
        if value is not None and getattr(place, attribute) != value:
            setattr(place, attribute, value)
            changed = True
    if changed:
        place.save()
    return place


def contact_get_or_create(
    *, region: Region, organisation: Organisation | None, data: ContactData
) -> Contact:
    """Contacts are shared: the same e-mail address (or name, without one) is one record."""
    contacts = Contact.objects.for_region(region).filter(organisation=organisation)
    lookup = Q(email__iexact=data.email) if data.email else Q(name__iexact=data.name, email="")
    contact = contacts.filter(lookup).first()
    if contact is None:
        contact = Contact.objects.create(
            region=region,
            organisation=organisation,
            name=data.name.strip(),
            email=data.email.strip(),
            phone=data.phone.strip(),
            website=data.website.strip(),
        )
    elif (data.phone and contact.phone != data.phone) or (data.name and contact.name != data.name):
        contact.name, contact.phone = data.name or contact.name, data.phone or contact.phone
        contact.save()
    return contact


# --- The index -----------------------------------------------------------------------------


@functools.cache
def _labels(choices: type[Category] | type[TargetGroup], values: tuple[str, ...], lang: str) -> str:
    with override(lang if lang in dict(settings.LANGUAGES) else "en"):
        return " ".join(str(choices(value).label) for value in values if value in choices.values)


def offer_index_texts(
    offer: Offer, locations: list[OfferLocation], themes: dict[str, Theme]
) -> list[tuple[str, str]]:
    """The (language, text) pairs indexed besides the titles: texts, provider, places, and
    the names of categories, target groups and themes in every language of the region."""
    region = offer.region
    texts: list[tuple[str, str]] = []
    for name in ["summary", "description"]:
        texts += list(getattr(offer, name).items())
    texts.append((region.default_language_id, offer.organisation.name))
    for location in locations:
        place = location.place
        district = place.district.name if place.district else ""
        texts.append((region.default_language_id, f"{place.name} {place.street} {district}"))
    for lang in region.language_codes():
        texts.append((lang, _labels(Category, tuple(offer.categories), lang)))
        texts.append((lang, _labels(TargetGroup, tuple(offer.target_groups), lang)))
        texts += [(lang, themes[key].name.get(lang, "")) for key in offer.themes if key in themes]
    return texts


def offer_facets(offer: Offer, locations: list[OfferLocation]) -> set[tuple[str, str]]:
    """The (facet, value) pairs the filters query."""
    facets = {("theme", value) for value in offer.themes}
    facets |= {("category", value) for value in offer.categories}
    facets |= {("target_group", value) for value in offer.target_groups}
    facets |= {("language", value) for value in offer.languages}
    for location in locations:
        if location.place.district is not None:
            facets.add(("district", location.place.district.key))
        facets |= {("open_on", WEEKDAY_KEYS[hours.weekday]) for hours in location.hours.all()}
    return facets


def offer_open_slots(locations: list[OfferLocation]) -> set[tuple[str, str]]:
    """The hours of the week (and the dates of special openings) in which an offer is open
    at some time, as (facet, value) pairs of the search index only: "open now" asks for the
    current hour's token and tests the exact minutes on the few offers that have it, instead
    of testing every offer (most of which are closed at night)."""
    slots: set[tuple[str, str]] = set()
    for location in locations:
        for hours in location.hours.all():
            closes_on_the_hour = hours.closes == datetime.time(hours.closes.hour)
            last = hours.closes.hour if closes_on_the_hour else hours.closes.hour + 1
            slots |= {
                ("open_at", search.open_slot(hours.weekday, hour))
                for hour in range(hours.opens.hour, last)
            }
        slots |= {
            ("open_at", search.open_date(exception.date))
            for exception in location.exceptions.all()
            if not exception.closed
        }
    return slots


def offer_flags(offer: Offer) -> set[tuple[str, str]]:
    """The yes/no filters an offer passes, as (facet, value) pairs of the search index."""
    flags = {
        "free": offer.cost == Cost.FREE,
        "step_free": offer.step_free,
        "online": offer.online,
    }
    return {("flag", name) for name, passed in flags.items() if passed}


def search_terms_add(region: Region, words: Iterable[str], tails: Iterable[str] = ()) -> None:
    """Add words and compound tails to the region's search vocabulary. A known tail becomes
    a word when it is one; a known word stays a word."""
    SearchTerm.objects.bulk_create(
        [SearchTerm(region=region, term=t, reversed_term=t[::-1], is_word=False) for t in tails],
        ignore_conflicts=True,
    )
    SearchTerm.objects.bulk_create(
        [SearchTerm(region=region, term=word, reversed_term=word[::-1]) for word in words],
        update_conflicts=True,
        unique_fields=["region", "term"],
        update_fields=["is_word"],
    )


def offer_index(offer: Offer) -> None:
    """Rebuild the search entry, the filter facets and the vocabulary of one offer."""
    region = offer.region
    locations = list(
        offer.locations.select_related("place__district").prefetch_related("hours", "exceptions")
    )
    themes = {t.key: t for t in Theme.objects.for_region(region).filter(key__in=offer.themes)}
    texts = offer_index_texts(offer, locations, themes)
    document = search.build_document(titles=offer.title, texts=texts)
    facets = offer_facets(offer, locations)
    search.write_entry(
        search.EntryState.of(offer),
        document,
        facets | offer_flags(offer) | offer_open_slots(locations),
    )
    search_terms_add(region, document.vocabulary, document.tails - document.vocabulary)
    OfferFacet.objects.filter(offer=offer).delete()
    OfferFacet.objects.bulk_create(
        OfferFacet(offer=offer, facet=facet, value=value) for facet, value in sorted(facets)
    )


# --- Offers --------------------------------------------------------------------------------


def _clean_texts(region: Region, data: OfferData) -> None:
    languages = region.language_codes()
    data.title = clean_translations(data.title, languages)
    data.summary = clean_translations(data.summary, languages)
    data.cost_note = clean_translations(data.cost_note, languages)
    data.description = {
        code: sanitise_html(text)
        for code, text in clean_translations(data.description, languages).items()
        if sanitise_html(text)
    }
    data.themes = list(dict.fromkeys(data.themes))
    data.categories = list(dict.fromkeys(data.categories))
    data.target_groups = list(dict.fromkeys(data.target_groups))
    data.languages = list(dict.fromkeys(data.languages))
    data.external_id = data.external_id.strip()


def _check_external_id(region: Region, data: OfferData, offer: Offer | None) -> None:
    if not data.external_id:
        return
    others = Offer.objects.for_region(region).filter(external_id=data.external_id)
    if offer is not None:
        others = others.exclude(pk=offer.pk)
    if others.exists():
        raise ValidationError({"external_id": _("Another offer already has this external id.")})


def _replace_locations(region: Region, offer: Offer, locations: list[LocationData]) -> None:
    for location in locations:
        _validate_location(region, location)
    offer.locations.all().delete()
    for position, location in enumerate(locations):
        place = place_get_or_create(region=region, data=location.place)
        row = OfferLocation.objects.create(
            offer=offer, place=place, by_appointment=location.by_appointment, position=position
        )
        OpeningHours.objects.bulk_create(
            OpeningHours(location=row, weekday=weekday, opens=opens, closes=closes)
            for weekday, opens, closes in location.hours
        )
        OpeningException.objects.bulk_create(
            OpeningException(location=row, **exception) for exception in location.exceptions
        )


def _apply(offer: Offer, data: OfferData) -> None:
    for name in OFFER_FIELDS:
        setattr(offer, name, getattr(data, name))


@transaction.atomic
def offer_create(
    *,
    actor: User | None,
    region: Region,
    data: OfferData,
    locations: list[LocationData] | None = None,
    status: str = OfferStatus.DRAFT,
) -> Offer:
    _clean_texts(region, data)
    validate_offer_data(region, data)
    _check_external_id(region, data, None)
    offer = Offer(region=region, status=status)
    _apply(offer, data)
    if status == OfferStatus.PUBLISHED:
        offer.published_at = timezone.now()
    offer.save()
    _replace_locations(region, offer, locations or [])
    offer_index(offer)
    audit_record(
        actor=actor,
        action="offer.created",
        obj=offer,
        region=region,
        changes=snapshot(offer, [*OFFER_FIELDS, "status"]),
    )
    return offer


@transaction.atomic
def offer_update(
    *,
    actor: User | None,
    offer: Offer,
    data: OfferData,
    locations: list[LocationData] | None = None,
) -> Offer:
    """Replace the offer's fields (and, when given, its locations)."""
    offer = Offer.objects.select_for_update().select_related("region").get(pk=offer.pk)
    region = offer.region
    _clean_texts(region, data)
    validate_offer_data(region, data)
    _check_external_id(region, data, offer)
    before = snapshot(offer, OFFER_FIELDS)
    _apply(offer, data)
    offer.save()
    if locations is not None:
        _replace_locations(region, offer, locations)
    offer_index(offer)
    audit_record(
        actor=actor,
        action="offer.updated",
        obj=offer,
        region=region,
        changes=diff(before, snapshot(offer, OFFER_FIELDS)),
    )
    return offer


@transaction.atomic
def offer_set_translation(
    *, actor: User, offer: Offer, language: str, texts: dict[str, str]
) -> Offer:
    """Set title, summary, description and cost note in one language (blank removes it)."""
    offer = Offer.objects.select_for_update().select_related("region").get(pk=offer.pk)
    if language not in offer.region.language_codes():
        raise ValidationError(_("This language is not enabled for this city."))
    before = snapshot(offer, TEXT_FIELDS)
    for name in TEXT_FIELDS:
        if name not in texts:
            continue
        text = sanitise_html(texts[name]) if name == "description" else texts[name].strip()
        merged = {**getattr(offer, name), language: text}
        setattr(offer, name, {code: value for code, value in merged.items() if value})
    if not offer.title:
        raise ValidationError({"title": _("Please enter a title in at least one language.")})
    offer.save()
    offer_index(offer)
    audit_record(
        actor=actor,
        action="offer.translated",
        obj=offer,
        region=offer.region,
        changes=diff(before, snapshot(offer, TEXT_FIELDS)),
    )
    return offer


def may_publish(user: User | None, offer: Offer) -> bool:
    if user is None:
        return False
    return bool(user.has_perm("office.manage_offers", offer.region)) or (
        offer.organisation.offers_trusted
        and offer.organisation.memberships.filter(user=user).exists()
    )


def _set_status(actor: User | None, offer: Offer, status: str, action: str, **extra: Any) -> Offer:
    before = offer.status
    offer.status = status
    for name, value in extra.items():
        setattr(offer, name, value)
    offer.save()
    search.write_state(search.EntryState.of(offer))
    audit_record(
        actor=actor,
        action=action,
        obj=offer,
        region=offer.region,
        changes={"status": [before, status], **{k: [None, str(v)] for k, v in extra.items()}},
    )
    return offer


def _locked(offer: Offer, allowed: set[str]) -> Offer:
    locked = (
        Offer.objects.select_for_update().select_related("region", "organisation").get(pk=offer.pk)
    )
    if locked.status not in allowed:
        raise ValidationError(
            _("This is not possible while the offer is “%(status)s”.")
            % {"status": locked.get_status_display()}
        )
    return locked


@transaction.atomic
def offer_submit(*, actor: User, offer: Offer) -> Offer:
    """The provider asks for publication; trusted providers and the office publish at once."""
    offer = _locked(offer, {OfferStatus.DRAFT})
    if may_publish(actor, offer):
        return _publish(actor, offer)
    offer = _set_status(actor, offer, OfferStatus.IN_REVIEW, "offer.submitted", review_note="")
    if offer.region.contact_email:
        send_mail_in_language(
            to=[offer.region.contact_email],
            subject_template="offers/mail/review_subject.txt",
            body_template="offers/mail/review_body.txt",
            context={"offer": offer, "region": offer.region, "url": _office_url(offer)},
            language=offer.region.default_language_id,
        )
    return offer


def _publish(actor: User | None, offer: Offer) -> Offer:
    now = timezone.now()
    return _set_status(
        actor,
        offer,
        OfferStatus.PUBLISHED,
        "offer.published",
        published_at=now,
        last_confirmed_at=now,
        review_note="",
    )


@transaction.atomic
def offer_publish(*, actor: User, offer: Offer) -> Offer:
    offer = _locked(offer, {OfferStatus.DRAFT, OfferStatus.IN_REVIEW, OfferStatus.ARCHIVED})
    if not may_publish(actor, offer):
        raise PermissionDenied
    return _publish(actor, offer)


@transaction.atomic
def offer_return_to_provider(*, actor: User, offer: Offer, note: str) -> Offer:
    """The office asks the provider for changes; the offer goes back to draft."""
    offer = _locked(offer, {OfferStatus.IN_REVIEW})
    if not note.strip():
        raise ValidationError({"note": _("Please tell the provider what to change.")})
    offer = _set_status(actor, offer, OfferStatus.DRAFT, "offer.returned", review_note=note.strip())
    _mail_provider(
        offer,
        "offers/mail/returned_subject.txt",
        "offers/mail/returned_body.txt",
        {"note": offer.review_note},
    )
    return offer


@transaction.atomic
def offer_archive(*, actor: User, offer: Offer) -> Offer:
    offer = _locked(offer, {OfferStatus.DRAFT, OfferStatus.IN_REVIEW, OfferStatus.PUBLISHED})
    return _set_status(actor, offer, OfferStatus.ARCHIVED, "offer.archived")


@transaction.atomic
def offer_confirm(*, actor: User, offer: Offer) -> Offer:
    """The provider confirms the entry is still correct."""
    offer = _locked(offer, {OfferStatus.PUBLISHED, OfferStatus.DRAFT, OfferStatus.IN_REVIEW})
    return _set_status(
        actor,
        offer,
        offer.status,
        "offer.confirmed",
        last_confirmed_at=timezone.now(),
        confirmation_requested_at=None,
    )


def _office_url(offer: Offer) -> str:
    path = reverse("office:offer_edit", args=[offer.region.slug, offer.pk])
    return f"{settings.ANKUNFT_SITE_URL}{path}"


def _provider_addresses(offer: Offer) -> list[tuple[str, str]]:
    """(address, language) of the people who keep the offer up to date."""
    region = offer.region
    members = [
        (
            membership.user.email,
            region.enabled_language_or_default(membership.user.preferred_language),
        )
        for membership in offer.organisation.memberships.select_related("user")
        if membership.user.is_active
    ]
    if members:
        return members
    address = offer.contact.email if offer.contact and offer.contact.email else ""
    address = address or offer.organisation.email
    return [(address, region.default_language_id)] if address else []


def _mail_provider(offer: Offer, subject: str, body: str, context: dict[str, Any]) -> int:
    addresses = _provider_addresses(offer)
    for address, language in addresses:
        send_mail_in_language(
            to=[address],
            subject_template=subject,
            body_template=body,
            context={"offer": offer, "region": offer.region, "url": _office_url(offer), **context},
            language=language,
        )
    return len(addresses)


@transaction.atomic
def offers_request_confirmation(
    *, actor: User | None, offers: list[Offer], now: datetime.datetime | None = None
) -> int:
    """Ask the providers by e-mail to confirm or update these offers. Returns how many."""
    now = now or timezone.now()
    asked = 0
    for offer in offers:
        offer = (
            Offer.objects.select_for_update()
            .select_related("region", "organisation")
            .get(pk=offer.pk)
        )
        if offer.status != OfferStatus.PUBLISHED:
            continue
        if _mail_provider(
            offer, "offers/mail/confirm_subject.txt", "offers/mail/confirm_body.txt", {}
        ):
            offer.confirmation_requested_at = now
            offer.save(update_fields=["confirmation_requested_at"])
            audit_record(
                actor=actor, action="offer.confirmation_requested", obj=offer, region=offer.region
            )
            asked += 1
    return asked


REMINDER_INTERVAL = datetime.timedelta(days=14)


def offers_remind_stale(*, region: Region, now: datetime.datetime | None = None) -> int:
    """Ask providers of stale offers to confirm them; at most once a fortnight per offer."""
    now = now or timezone.now()
    stale = (
        Offer.objects.for_region(region)
        .stale(region, now)
        .filter(
            Q(confirmation_requested_at__isnull=True)
            | Q(confirmation_requested_at__lt=now - REMINDER_INTERVAL)
        )
    )
    return offers_request_confirmation(actor=None, offers=list(stale), now=now)


# --- Problem reports -----------------------------------------------------------------------


@transaction.atomic
def problem_report_submit(
    *, offer: Offer, message: str, email: str = "", language: str
) -> ProblemReport:
    if not message.strip():
        raise ValidationError({"message": _("Please describe the problem.")})
    report = ProblemReport.objects.create(
        region=offer.region,
        offer=offer,
        message=message.strip(),
        email=email.strip(),
        language=language,
    )
    audit_record(actor=None, action="offer.problem_reported", obj=report, region=offer.region)
    context = {"report": report}
    if offer.region.contact_email:
        send_mail_in_language(
            to=[offer.region.contact_email],
            subject_template="offers/mail/problem_subject.txt",
            body_template="offers/mail/problem_body.txt",
            context={"offer": offer, "region": offer.region, "url": _office_url(offer), **context},
            language=offer.region.default_language_id,
        )
    _mail_provider(
        offer, "offers/mail/problem_subject.txt", "offers/mail/problem_body.txt", context
    )
    return report


@transaction.atomic
def problem_report_resolve(*, actor: User, report: ProblemReport) -> ProblemReport:
    report = ProblemReport.objects.select_for_update().get(pk=report.pk)
    if report.status == ProblemReportStatus.RESOLVED:
        return report
    report.status, report.resolved_by = ProblemReportStatus.RESOLVED, actor
    report.email = ""  # the reader's address was only needed for questions while it was open
    report.save()
    audit_record(actor=actor, action="offer.problem_resolved", obj=report, region=report.region)
    return report


# --- Themes --------------------------------------------------------------------------------


@transaction.atomic
def theme_save(
    *, actor: User | None, region: Region, key: str, name: dict[str, str], position: int = 0
) -> Theme:
    names = clean_translations(name, region.language_codes())
    if not names:
        raise ValidationError({"name": _("Please enter a name in at least one language.")})
    theme, created = Theme.objects.update_or_create(
        region=region, key=key, defaults={"name": names, "position": position}
    )
    audit_record(
        actor=actor,
        action="theme.created" if created else "theme.updated",
        obj=theme,
        region=region,
        changes={"name": names},
    )
    return theme
