"""Writes of events, programmes, registrations and invitations.

Every function is atomic and writes the audit log. Registrations lock their event's row
(`select_for_update`), so with N places exactly N are confirmed however many arrive at once."""

from __future__ import annotations

import datetime
import posixpath
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ankunft.accounts.models import User
from ankunft.core.audit import audit_record, diff, snapshot
from ankunft.core.html import sanitise_html
from ankunft.core.mail import send_mail_in_language
from ankunft.core.models import District, Region
from ankunft.core.translated import clean_translations, pick
from ankunft.events import ics
from ankunft.events.models import (
    Event,
    EventStatus,
    Invitation,
    InvitationAnswer,
    Programme,
    Registration,
    RegistrationStatus,
)
from ankunft.events.recurrence import normalise_rule, parse_rule, series_end, validate_exdates
from ankunft.offers.models import Contact, Cost, Offer, Place
from ankunft.offers.services import (
    PlaceData,
    check_known_values,
    place_get_or_create,
    validate_coordinates,
)
from ankunft.organisations.models import Organisation

EVENT_FIELDS = [
    "organisation",
    "programme",
    "title",
    "summary",
    "description",
    "starts_at",
    "ends_at",
    "all_day",
    "time_zone",
    "rrule",
    "exdates",
    "place",
    "online",
    "online_url",
    "district",
    "languages",
    "target_groups",
    "themes",
    "cost",
    "cost_amount",
    "step_free",
    "hearing_loop",
    "image_alt",
    "contact",
    "offer",
    "registration",
    "invitation_only",
    "capacity",
    "questions",
]
TEXT_FIELDS = ["title", "summary", "description", "image_alt"]
# A change of these tells everyone registered (with a new calendar file).
RESCHEDULING_FIELDS = {"starts_at", "ends_at", "all_day", "place", "online_url"}
# Passed as `image` to event_set_image: keep the current file, change only its description.
KEEP_IMAGE = object()
MAX_QUESTIONS = 10
QUESTION_KEY = re.compile(r"^q[1-9][0-9]{0,3}$")
MAX_GUESTS = 10


@dataclass
class EventData:
    title: dict[str, str]
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    organisation: Organisation | None = None
    programme: Programme | None = None
    summary: dict[str, str] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    all_day: bool = False
    time_zone: str = ""
    rrule: str = ""
    exdates: list[str] = field(default_factory=list)
    place: Place | None = None
    online: bool = False
    online_url: str = ""
    district: District | None = None
    languages: list[str] = field(default_factory=list)
    target_groups: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    cost: str = Cost.FREE
    cost_amount: Decimal | None = None
    step_free: bool = False
    hearing_loop: bool = False
    image_alt: dict[str, str] = field(default_factory=dict)
    contact: Contact | None = None
    offer: Offer | None = None
    registration: bool = False
    invitation_only: bool = False
    capacity: int | None = None
    questions: list[dict[str, Any]] = field(default_factory=list)


# --- Validation ----------------------------------------------------------------------------


def _same_region(errors: dict[str, str], region: Region, data: EventData) -> None:
    related = [
        ("organisation", data.organisation, _("Please choose an organisation of this city.")),
        ("programme", data.programme, _("Please choose a programme of this city.")),
        ("place", data.place, _("Please choose a place of this city.")),
        ("district", data.district, _("Please choose a district of this city.")),
        ("contact", data.contact, _("Please choose a contact of this city.")),
        ("offer", data.offer, _("Please choose an offer of this city.")),
    ]
    for name, obj, message in related:
        if obj is not None and obj.region_id != region.pk:
            errors[name] = message


def _validate_time(errors: dict[str, str], data: EventData) -> None:
    try:
        ZoneInfo(data.time_zone or settings.TIME_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        errors["time_zone"] = _("Unknown time zone: %s") % data.time_zone[:60]
        return
    if data.ends_at < data.starts_at:
        errors["ends_at"] = _("The event ends before it starts.")
    elif data.ends_at - data.starts_at > datetime.timedelta(days=62):
        errors["ends_at"] = _("An event can last at most two months; use a programme instead.")
    if data.rrule:
        try:
            parse_rule(data.rrule, data.starts_at)
        except ValidationError as error:
            errors["rrule"] = error.messages[0]
    try:
        data.exdates = validate_exdates(data.exdates)
    except ValidationError as error:
        errors["exdates"] = error.messages[0]


def _validate_registration(errors: dict[str, str], region: Region, data: EventData) -> None:
    if data.registration and data.invitation_only:
        errors["invitation_only"] = _(
            "An event is either open for registration or by invitation only, not both."
        )
    if (data.registration or data.invitation_only) and data.rrule:
        errors["registration"] = _(
            "Registration works for single events. For a series with registration, create "
            "one event per date."
        )
    if data.capacity is not None and data.capacity < 1:
        errors["capacity"] = _("Please give at least one place, or leave it empty for no limit.")
    if len(data.questions) > MAX_QUESTIONS:
        errors["questions"] = _("At most %(count)d questions.") % {"count": MAX_QUESTIONS}
    for question in data.questions:
        label = question.get("label")
        if not isinstance(label, dict) or not clean_translations(label, region.language_codes()):
            errors["questions"] = _("Every question needs a text in at least one language.")


def validate_event_data(region: Region, data: EventData) -> None:
    """Raise a ValidationError with one message per wrong field."""
    errors: dict[str, str] = {}
    if not clean_translations(data.title, region.language_codes()):
        errors["title"] = _("Please enter a title in at least one language.")
    _same_region(errors, region, data)
    check_known_values(
        errors,
        region,
        themes=data.themes,
        target_groups=data.target_groups,
        languages=data.languages,
    )
    _validate_time(errors, data)
    _validate_registration(errors, region, data)
    if data.place is None and not data.online:
        errors["place"] = _("Please choose a place, or mark the event as online.")
    if data.online and data.place is None and not data.online_url:
        errors["online_url"] = _("Please give the link to the online event.")
    if data.cost not in Cost.values:
        errors["cost"] = _("Please choose whether the event is free of charge.")
    elif data.cost == Cost.FREE and data.cost_amount:
        errors["cost_amount"] = _("A free event has no amount.")
    if data.cost_amount is not None and data.cost_amount < 0:
        errors["cost_amount"] = _("The amount cannot be negative.")
    if errors:
        raise ValidationError(errors)


# --- Events --------------------------------------------------------------------------------


def _questions_with_keys(
    questions: list[dict[str, Any]], languages: list[str]
) -> list[dict[str, Any]]:
    """Questions keep their keys (answers given before refer to them); a new question gets
    the next unused number, so that removing one never moves answers to another."""
    used = {
        q.get("key")
        for q in questions
        if isinstance(q.get("key"), str) and QUESTION_KEY.match(q["key"])
    }
    numbers = [int(key[1:]) for key in used if key]
    following = max(numbers, default=0) + 1
    cleaned = []
    seen: set[str] = set()
    for question in questions:
        key = question.get("key")
        if not isinstance(key, str) or not QUESTION_KEY.match(key) or key in seen:
            key = f"q{following}"
            following += 1
        seen.add(key)
        label = question.get("label")
        cleaned.append(
            {
                "key": key,
                "label": clean_translations(label if isinstance(label, dict) else {}, languages),
                "required": bool(question.get("required")),
            }
        )
    return cleaned


def event_data_clean(region: Region, data: EventData) -> None:
    """Normalises the data as every write stores it (also used to compare before an update)."""
    languages = region.language_codes()
    data.title = clean_translations(data.title, languages)
    data.summary = clean_translations(data.summary, languages)
    data.description = {
        code: sanitise_html(text)
        for code, text in clean_translations(data.description, languages).items()
    }
    data.image_alt = clean_translations(data.image_alt, languages)
    data.rrule = normalise_rule(data.rrule) if data.rrule.strip() else ""
    data.time_zone = data.time_zone or settings.TIME_ZONE
    data.questions = _questions_with_keys(data.questions, languages)


def _new_place(region: Region, data: EventData, place_data: PlaceData | None) -> None:
    if place_data is None:
        return
    errors: dict[str, str] = {}
    if not place_data.street.strip() or not place_data.city.strip():
        errors["place"] = _("Every place needs a street and a city.")
    if place_data.district is not None and place_data.district.region_id != region.pk:
        errors["place"] = _("Please choose a district of this city.")
    try:
        validate_coordinates(place_data.latitude, place_data.longitude)
    except ValidationError as error:
        errors["place"] = error.messages[0]
    if errors:
        raise ValidationError(errors)
    data.place = place_get_or_create(region=region, data=place_data)


def _apply(event: Event, data: EventData) -> None:
    for name in EVENT_FIELDS:
        setattr(event, name, getattr(data, name))
    event.series_ends_at = series_end(event)


def _audit_fields(event: Event) -> dict[str, Any]:
    return snapshot(event, [*EVENT_FIELDS, "status"])


@transaction.atomic
def event_create(
    *, actor: User | None, region: Region, data: EventData, place_data: PlaceData | None = None
) -> Event:
    """A new event, as a draft; `place_data` is a new address, shared with offers."""
    _new_place(region, data, place_data)
    event_data_clean(region, data)
    validate_event_data(region, data)
    event = Event(region=region, status=EventStatus.DRAFT)
    _apply(event, data)
    event.save()
    audit_record(
        actor=actor,
        action="event.created",
        obj=event,
        region=region,
        changes=diff({}, _audit_fields(event)),
    )
    return event


@transaction.atomic
def event_update(
    *, actor: User | None, event: Event, data: EventData, place_data: PlaceData | None = None
) -> Event:
    event = _locked(event)
    if event.feed_id is not None and actor is not None:
        raise ValidationError(
            _("This event is imported from a calendar feed; change it at its source.")
        )
    _new_place(event.region, data, place_data)
    event_data_clean(event.region, data)
    validate_event_data(event.region, data)
    before = _audit_fields(event)
    _apply(event, data)
    if event.status in (EventStatus.PUBLISHED, EventStatus.CANCELLED):
        event.sequence += 1
    event.save()
    changes = diff(before, _audit_fields(event))
    audit_record(
        actor=actor, action="event.updated", obj=event, region=event.region, changes=changes
    )
    if event.status == EventStatus.PUBLISHED:
        if RESCHEDULING_FIELDS & set(changes):
            for registration in event.registrations.exclude(status=RegistrationStatus.CANCELLED):
                _mail_registrant(registration, "changed")
        _move_up(event)
    return event


@transaction.atomic
def event_set_image(*, actor: User, event: Event, image: Any, alt: dict[str, str]) -> Event:
    """Sets the event's picture (`image` a new file), keeps it (`KEEP_IMAGE`, to change only the
    description) or removes it (None). A picture needs its description for blind readers;
    a replaced file is deleted after the commit."""
    event = _locked(event)
    alt = clean_translations(alt, event.region.language_codes())
    keeps = image is KEEP_IMAGE
    has_image = (image is not None and not keeps) or (keeps and bool(event.image))
    if has_image and not alt:
        raise ValidationError({"image_alt": _("Please describe the image for blind readers.")})
    before = {"image": event.image.name, "image_alt": dict(event.image_alt)}
    old_file = event.image.name
    if image is None:
        event.image = ""  # type: ignore[assignment]
    elif not keeps:
        event.image.save(posixpath.basename(image.name or "image"), image, save=False)
    event.image_alt = alt
    event.save()
    if old_file and old_file != event.image.name:
        storage = event.image.storage
        transaction.on_commit(lambda: storage.delete(old_file))
    audit_record(
        actor=actor,
        action="event.image_set",
        obj=event,
        region=event.region,
        changes=diff(before, {"image": event.image.name, "image_alt": event.image_alt}),
    )
    return event


def _locked(event: Event, allowed: set[str] | None = None) -> Event:
    locked = (
        # of=("self",): PostgreSQL cannot lock the nullable side of the outer joins.
        Event.objects.select_for_update(of=("self",))
        .select_related("region", "organisation", "programme", "place")
        .get(pk=event.pk)
    )
    if allowed is not None and locked.status not in allowed:
        raise ValidationError(
            _("This is not possible while the event is “%(status)s”.")
            % {"status": locked.get_status_display()}
        )
    return locked


def _set_status(
    actor: User | None, event: Event, status: str, action: str, note: str = ""
) -> Event:
    before = event.status
    event.status = status
    event.review_note = note
    if status == EventStatus.PUBLISHED and event.published_at is None:
        event.published_at = timezone.now()
    event.save()
    audit_record(
        actor=actor,
        action=action,
        obj=event,
        region=event.region,
        changes={"status": [before, status], **({"note": [None, note]} if note else {})},
    )
    return event


def may_publish(user: User | None, event: Event) -> bool:
    """The office publishes; a trusted organisation publishes its own events outside a
    programme (programme events are always reviewed together)."""
    if user is None:
        return False
    if user.has_perm("office.manage_events", event.region):
        return True
    return bool(
        event.programme_id is None
        and event.organisation is not None
        and event.organisation.offers_trusted
        and event.organisation.memberships.filter(user=user).exists()
    )


def _office_url(event: Event) -> str:
    path = reverse("office:event_edit", args=[event.region.slug, event.pk])
    return f"{settings.ANKUNFT_SITE_URL}{path}"


def _mail_office(event: Event, subject: str, body: str) -> None:
    if event.region.contact_email:
        send_mail_in_language(
            to=[event.region.contact_email],
            subject_template=subject,
            body_template=body,
            context={"event": event, "region": event.region, "url": _office_url(event)},
            language=event.region.default_language_id,
        )


def _mail_organiser(event: Event, subject: str, body: str) -> None:
    organisation = event.organisation
    if organisation is None:
        return
    region = event.region
    addresses = [
        (m.user.email, region.enabled_language_or_default(m.user.preferred_language))
        for m in organisation.memberships.select_related("user")
        if m.user.is_active
    ] or ([(organisation.email, region.default_language_id)] if organisation.email else [])
    for address, language in addresses:
        send_mail_in_language(
            to=[address],
            subject_template=subject,
            body_template=body,
            context={
                "event": event,
                "region": region,
                "url": _office_url(event),
                "note": event.review_note,
            },
            language=language,
        )


@transaction.atomic
def event_submit(*, actor: User, event: Event) -> Event:
    """The organiser hands the event in: into its programme (which must take submissions), or
    for publication. The office, and trusted organisations outside programmes, publish at once."""
    event = _locked(event, {EventStatus.DRAFT, EventStatus.CHANGES_REQUESTED})
    if event.programme is not None:
        if not event.programme.accepts_submissions():
            raise ValidationError(
                _("The programme no longer takes submissions (the deadline has passed).")
            )
    elif may_publish(actor, event):
        return _set_status(actor, event, EventStatus.PUBLISHED, "event.published")
    event = _set_status(actor, event, EventStatus.SUBMITTED, "event.submitted")
    _mail_office(event, "events/mail/submitted_subject.txt", "events/mail/submitted_body.txt")
    return event


@transaction.atomic
def event_publish(*, actor: User, event: Event) -> Event:
    event = _locked(event, {EventStatus.DRAFT, EventStatus.SUBMITTED, EventStatus.ACCEPTED})
    if not may_publish(actor, event):
        raise PermissionDenied
    return _set_status(actor, event, EventStatus.PUBLISHED, "event.published")


@transaction.atomic
def event_accept(*, actor: User, event: Event) -> Event:
    """Accepts a programme submission; it is published with the programme (at once if the
    programme already is)."""
    event = _locked(event, {EventStatus.SUBMITTED})
    if event.programme is None or event.programme.is_published:
        event = _set_status(actor, event, EventStatus.PUBLISHED, "event.accepted")
    else:
        event = _set_status(actor, event, EventStatus.ACCEPTED, "event.accepted")
    _mail_organiser(event, "events/mail/accepted_subject.txt", "events/mail/accepted_body.txt")
    return event


@transaction.atomic
def event_request_changes(*, actor: User, event: Event, note: str) -> Event:
    event = _locked(event, {EventStatus.SUBMITTED, EventStatus.ACCEPTED})
    if not note.strip():
        raise ValidationError({"note": _("Please tell the organiser what to change.")})
    event = _set_status(
        actor, event, EventStatus.CHANGES_REQUESTED, "event.changes_requested", note.strip()
    )
    _mail_organiser(event, "events/mail/changes_subject.txt", "events/mail/changes_body.txt")
    return event


@transaction.atomic
def event_decline(*, actor: User, event: Event, note: str) -> Event:
    event = _locked(event, {EventStatus.SUBMITTED, EventStatus.ACCEPTED})
    if not note.strip():
        raise ValidationError({"note": _("Please tell the organiser why.")})
    event = _set_status(actor, event, EventStatus.DECLINED, "event.declined", note.strip())
    _mail_organiser(event, "events/mail/declined_subject.txt", "events/mail/declined_body.txt")
    return event


@transaction.atomic
def event_cancel(*, actor: User | None, event: Event) -> Event:
    """A published event is called off: it stays visible as cancelled, calendars learn it
    (STATUS:CANCELLED with a higher SEQUENCE), and everyone registered is told."""
    event = _locked(event, {EventStatus.PUBLISHED})
    event.sequence += 1
    event = _set_status(actor, event, EventStatus.CANCELLED, "event.cancelled")
    registrations = event.registrations.exclude(status=RegistrationStatus.CANCELLED)
    for registration in registrations:
        _mail_registrant(registration, "cancelled_event")
    for invitation in event.invitations.filter(answer=InvitationAnswer.YES):
        invitation.event = event
        _mail_invitee(invitation, "invitation_cancelled")
    return event


@transaction.atomic
def event_delete(*, actor: User, event: Event) -> None:
    """Only events the public never saw can be deleted; published ones are cancelled."""
    event = _locked(event)
    if event.status in (EventStatus.PUBLISHED, EventStatus.CANCELLED):
        raise ValidationError(_("A published event cannot be deleted; cancel it instead."))
    audit_record(actor=actor, action="event.deleted", obj=event, region=event.region)
    event.delete()


# --- Programmes ----------------------------------------------------------------------------


@dataclass
class ProgrammeData:
    title: dict[str, str]
    starts_on: datetime.date
    ends_on: datetime.date
    description: dict[str, str] = field(default_factory=dict)
    submission_deadline: datetime.date | None = None
    publish_on: datetime.date | None = None


PROGRAMME_FIELDS = [
    "title",
    "description",
    "starts_on",
    "ends_on",
    "submission_deadline",
    "publish_on",
]


def _validate_programme(region: Region, data: ProgrammeData) -> None:
    errors: dict[str, str] = {}
    data.title = clean_translations(data.title, region.language_codes())
    data.description = {
        code: sanitise_html(text)
        for code, text in clean_translations(data.description, region.language_codes()).items()
    }
    if not data.title:
        errors["title"] = _("Please enter a title in at least one language.")
    if data.ends_on < data.starts_on:
        errors["ends_on"] = _("The last day is before the first day.")
    if data.submission_deadline and data.submission_deadline > data.starts_on:
        errors["submission_deadline"] = _("The deadline must be before the programme begins.")
    if data.publish_on and data.submission_deadline and data.publish_on < data.submission_deadline:
        errors["publish_on"] = _("The programme can only be published after the deadline.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def programme_save(
    *, actor: User, region: Region, data: ProgrammeData, programme: Programme | None = None
) -> Programme:
    _validate_programme(region, data)
    if programme is None:
        programme = Programme(region=region)
        before: dict[str, Any] = {}
    else:
        programme = Programme.objects.select_for_update().get(pk=programme.pk, region=region)
        before = snapshot(programme, PROGRAMME_FIELDS)
    for name in PROGRAMME_FIELDS:
        setattr(programme, name, getattr(data, name))
    programme.save()
    audit_record(
        actor=actor,
        action="programme.saved",
        obj=programme,
        region=region,
        changes=diff(before, snapshot(programme, PROGRAMME_FIELDS)),
    )
    return programme


@transaction.atomic
def programme_set_submissions(*, actor: User, programme: Programme, open: bool) -> Programme:
    programme = Programme.objects.select_for_update().get(pk=programme.pk)
    if open and programme.is_published:
        raise ValidationError(_("The programme is already published."))
    programme.submissions_open = open
    programme.save(update_fields=["submissions_open", "updated_at"])
    audit_record(
        actor=actor,
        action="programme.submissions_opened" if open else "programme.submissions_closed",
        obj=programme,
        region=programme.region,
    )
    return programme


@transaction.atomic
def programme_publish(
    *, actor: User | None, programme: Programme, now: datetime.datetime | None = None
) -> int:
    """Publishes the programme and, together, every accepted event in it. Returns how many."""
    programme = (
        Programme.objects.select_for_update(of=("self",))
        .select_related("region")
        .get(pk=programme.pk)
    )
    if programme.is_published:
        raise ValidationError(_("The programme is already published."))
    now = now or timezone.now()
    programme.published_at = now
    programme.submissions_open = False
    programme.save(update_fields=["published_at", "submissions_open", "updated_at"])
    events = list(
        Event.objects.select_for_update().filter(programme=programme, status=EventStatus.ACCEPTED)
    )
    for event in events:
        event.status = EventStatus.PUBLISHED
        event.published_at = now
        event.save(update_fields=["status", "published_at", "updated_at"])
    audit_record(
        actor=actor,
        action="programme.published",
        obj=programme,
        region=programme.region,
        changes={"events": [None, [event.pk for event in events]]},
    )
    return len(events)


def programmes_publish_due(*, now: datetime.datetime | None = None) -> int:
    """Publishes the programmes whose publication date has come (run by `event_jobs`)."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    due = Programme.objects.filter(published_at__isnull=True, publish_on__lte=today)
    count = 0
    for programme in due:
        programme_publish(actor=None, programme=programme, now=now)
        count += 1
    return count


# --- Registrations -------------------------------------------------------------------------


def _seats_taken(event: Event) -> int:
    return event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()


def registration_url(registration: Registration) -> str:
    event = registration.event
    path = reverse(
        "public:event_registration",
        args=[event.region.slug, registration.language, registration.token],
    )
    return f"{settings.ANKUNFT_SITE_URL}{path}"


def _mail_registrant(registration: Registration, kind: str) -> None:
    """kind: confirmed, waiting, moved_up, changed, cancelled, cancelled_event, reminder."""
    event = registration.event
    title = pick(event.title, event.region.fallback_chain(registration.language))
    attachments = []
    if kind in ("confirmed", "moved_up", "changed", "reminder", "cancelled_event"):
        content = ics.calendar(
            [event], region=event.region, language=registration.language, name=title.text
        )
        attachments.append(("event.ics", content, "text/calendar"))
    send_mail_in_language(
        to=[registration.email],
        subject_template=f"events/mail/registration_{kind}_subject.txt",
        body_template=f"events/mail/registration_{kind}_body.txt",
        context={
            "registration": registration,
            "event": event,
            "region": event.region,
            "title": title,
            "url": registration_url(registration),
            "event_url": ics.event_url(event, registration.language),
        },
        language=registration.language,
        attachments=attachments,
    )


def _clean_answers(event: Event, answers: dict[str, str]) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    errors: dict[str, str] = {}
    for question in event.questions:
        value = str(answers.get(question["key"], "")).strip()[:500]
        if question.get("required") and not value:
            errors[question["key"]] = _("Please answer this question.")
        if value:
            cleaned[question["key"]] = value
    if errors:
        raise ValidationError(errors)
    return cleaned


@transaction.atomic
def registration_create(
    *,
    event: Event,
    name: str,
    email: str,
    language: str,
    answers: dict[str, str] | None = None,
    now: datetime.datetime | None = None,
) -> Registration:
    """Registers one person: confirmed while places are free, otherwise on the waiting list.
    The event row stays locked until commit, so two requests never take the same place."""
    event = _locked(event)
    now = now or timezone.now()
    if event.status != EventStatus.PUBLISHED or not event.registration:
        raise ValidationError(_("This event does not take registrations."))
    if event.starts_at <= now:
        raise ValidationError(_("Registration has closed: the event has already begun."))
    name = " ".join(name.split())[:150]
    email = email.strip().lower()
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = _("Please enter your name.")
    try:
        validate_email(email)
    except ValidationError:
        errors["email"] = _("Please enter a valid e-mail address.")
    if errors:
        raise ValidationError(errors)
    cleaned = _clean_answers(event, answers or {})
    if (
        event.registrations.filter(email=email)
        .exclude(status=RegistrationStatus.CANCELLED)
        .exists()
    ):
        raise ValidationError(
            {"email": _("This e-mail address is already registered for the event.")}
        )
    confirmed = event.capacity is None or _seats_taken(event) < event.capacity
    registration = Registration.objects.create(
        event=event,
        name=name,
        email=email,
        language=event.region.enabled_language_or_default(language),
        answers=cleaned,
        status=RegistrationStatus.CONFIRMED if confirmed else RegistrationStatus.WAITING,
    )
    audit_record(
        actor=None,
        action="registration.created",
        obj=registration,
        region=event.region,
        changes={"event": [None, event.pk], "status": [None, registration.status]},
    )
    _mail_registrant(registration, "confirmed" if confirmed else "waiting")
    return registration


def _move_up(event: Event) -> list[Registration]:
    """Fills free places from the waiting list, first come first served."""
    moved = []
    while event.capacity is None or _seats_taken(event) < event.capacity:
        waiting = (
            event.registrations.filter(status=RegistrationStatus.WAITING).order_by("id").first()
        )
        if waiting is None:
            break
        waiting.status = RegistrationStatus.CONFIRMED
        waiting.save(update_fields=["status"])
        audit_record(
            actor=None,
            action="registration.moved_up",
            obj=waiting,
            region=event.region,
            changes={"status": [RegistrationStatus.WAITING, RegistrationStatus.CONFIRMED]},
        )
        _mail_registrant(waiting, "moved_up")
        moved.append(waiting)
    return moved


@transaction.atomic
def registration_cancel(
    *,
    registration: Registration,
    actor: User | None = None,
    now: datetime.datetime | None = None,
) -> list[Registration]:
    """Cancels (by the person's link or by the organiser) and moves the waiting list up.
    Returns the registrations that got a place."""
    event = _locked(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status == RegistrationStatus.CANCELLED:
        raise ValidationError(_("This registration is already cancelled."))
    before = registration.status
    registration.status = RegistrationStatus.CANCELLED
    now = now or timezone.now()
    registration.cancelled_at = now
    registration.event = event
    # The goodbye mail is rendered now (sent on commit); after it nothing personal is kept.
    _mail_registrant(registration, "cancelled")
    registration.name, registration.email, registration.answers = "", "", {}
    registration.save(update_fields=["status", "cancelled_at", "name", "email", "answers"])
    audit_record(
        actor=actor,
        action="registration.cancelled",
        obj=registration,
        region=event.region,
        changes={"status": [before, RegistrationStatus.CANCELLED]},
    )
    if (
        before == RegistrationStatus.CONFIRMED
        and event.status == EventStatus.PUBLISHED
        and event.starts_at > now
    ):
        return _move_up(event)
    return []


@transaction.atomic
def event_set_capacity(*, actor: User, event: Event, capacity: int | None) -> list[Registration]:
    """Changes the number of places; more places move the waiting list up. Fewer places never
    take a confirmed place away."""
    event = _locked(event)
    if capacity is not None and capacity < 1:
        raise ValidationError(
            {"capacity": _("Please give at least one place, or leave it empty for no limit.")}
        )
    before = event.capacity
    event.capacity = capacity
    event.save(update_fields=["capacity", "updated_at"])
    audit_record(
        actor=actor,
        action="event.capacity_set",
        obj=event,
        region=event.region,
        changes={"capacity": [before, capacity]},
    )
    return _move_up(event) if event.status == EventStatus.PUBLISHED else []


@transaction.atomic
def registration_set_attended(
    *, actor: User, registration: Registration, attended: bool | None
) -> Registration:
    registration = (
        Registration.objects.select_for_update(of=("self",))
        .select_related("event__region")
        .get(pk=registration.pk)
    )
    before = registration.attended
    registration.attended = attended
    registration.save(update_fields=["attended"])
    audit_record(
        actor=actor,
        action="registration.attendance",
        obj=registration,
        region=registration.event.region,
        changes={"attended": [before, attended]},
    )
    return registration


def registrations_remind(*, now: datetime.datetime | None = None) -> int:
    """E-mails every confirmed registrant of events that start tomorrow (local day), once."""
    now = now or timezone.now()
    tomorrow = timezone.localtime(now).date() + datetime.timedelta(days=1)
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(tomorrow, datetime.time.min, tzinfo=zone)
    end = start + datetime.timedelta(days=1)
    due = Registration.objects.filter(
        status=RegistrationStatus.CONFIRMED,
        reminded_at__isnull=True,
        event__status=EventStatus.PUBLISHED,
        event__starts_at__gte=start,
        event__starts_at__lt=end,
    ).values_list("pk", flat=True)
    sent = 0
    for pk in list(due):
        with transaction.atomic():
            registration = (
                Registration.objects.select_for_update(of=("self",))
                .select_related("event__region")
                .get(pk=pk)
            )
            if registration.reminded_at is not None:
                continue
            registration.reminded_at = now
            registration.save(update_fields=["reminded_at"])
            audit_record(
                actor=None,
                action="registration.reminded",
                obj=registration,
                region=registration.event.region,
            )
            _mail_registrant(registration, "reminder")
            sent += 1
    return sent


# Personal data of registrants and invitees is kept for this long after the event.
KEEP_PERSONAL_DATA = datetime.timedelta(days=90)


@transaction.atomic
def personal_data_purge(*, now: datetime.datetime | None = None) -> int:
    """Deletes registrations and invitations of events that ended more than 90 days ago."""
    limit = (now or timezone.now()) - KEEP_PERSONAL_DATA
    old_events = Event.objects.filter(series_ends_at__lt=limit).select_related("region")
    total = 0
    for event in old_events.filter(
        Q(registrations__isnull=False) | Q(invitations__isnull=False)
    ).distinct():
        registrations, _details = event.registrations.all().delete()
        invitations, _details = event.invitations.all().delete()
        audit_record(
            actor=None,
            action="event.personal_data_purged",
            obj=event,
            region=event.region,
            changes={"registrations": [registrations, 0], "invitations": [invitations, 0]},
        )
        total += registrations + invitations
    return total


# --- Invitations ---------------------------------------------------------------------------


@dataclass
class InviteeData:
    name: str
    email: str
    language: str = ""
    guests_allowed: int = 0


def _mail_invitee(invitation: Invitation, kind: str) -> None:
    """kind: invitation, invitation_cancelled."""
    event = invitation.event
    send_mail_in_language(
        to=[invitation.email],
        subject_template=f"events/mail/{kind}_subject.txt",
        body_template=f"events/mail/{kind}_body.txt",
        context={
            "invitation": invitation,
            "event": event,
            "region": event.region,
            "title": pick(event.title, event.region.fallback_chain(invitation.language)),
            "url": invitation_url(invitation),
        },
        language=invitation.language,
    )


def invitation_url(invitation: Invitation) -> str:
    event = invitation.event
    path = reverse(
        "public:event_invitation", args=[event.region.slug, invitation.language, invitation.token]
    )
    return f"{settings.ANKUNFT_SITE_URL}{path}"


@transaction.atomic
def invitations_add(*, actor: User, event: Event, invitees: list[InviteeData]) -> list[Invitation]:
    """Adds invitees (from the office's list) and sends each a personal link. All or nothing:
    one bad row rejects the whole list, naming every bad row."""
    event = _locked(event)
    if not event.invitation_only:
        raise ValidationError(_("This event is not by invitation."))
    languages = event.region.language_codes()
    existing = set(event.invitations.values_list("email", flat=True))
    errors: list[str] = []
    seen: set[str] = set()
    for number, invitee in enumerate(invitees, start=1):
        invitee.email = invitee.email.strip().lower()
        invitee.name = " ".join(invitee.name.split())
        invitee.language = invitee.language.strip() or event.region.default_language_id
        try:
            validate_email(invitee.email)
        except ValidationError:
            errors.append(
                _("Row %(row)d: “%(value)s” is not an e-mail address.")
                % {"row": number, "value": invitee.email[:80]}
            )
            continue
        if not invitee.name:
            errors.append(_("Row %(row)d: the name is missing.") % {"row": number})
        if invitee.language not in languages:
            errors.append(
                _("Row %(row)d: the language “%(value)s” is not offered here.")
                % {"row": number, "value": invitee.language[:20]}
            )
        if not 0 <= invitee.guests_allowed <= MAX_GUESTS:
            errors.append(
                _("Row %(row)d: guests must be between 0 and %(max)d.")
                % {"row": number, "max": MAX_GUESTS}
            )
        if invitee.email in existing or invitee.email in seen:
            errors.append(
                _("Row %(row)d: %(value)s is already invited.")
                % {"row": number, "value": invitee.email}
            )
        seen.add(invitee.email)
    if not invitees:
        errors.append(_("The list is empty."))
    if errors:
        raise ValidationError(errors)
    now = timezone.now()
    created = [
        Invitation.objects.create(
            event=event,
            name=invitee.name[:150],
            email=invitee.email,
            language=invitee.language,
            guests_allowed=invitee.guests_allowed,
            sent_at=now,
        )
        for invitee in invitees
    ]
    for invitation in created:
        invitation.event = event
        _mail_invitee(invitation, "invitation")
    audit_record(
        actor=actor,
        action="invitations.added",
        obj=event,
        region=event.region,
        changes={"invitations": [None, len(created)]},
    )
    return created


def _people_coming(event: Event, excluding: Invitation) -> int:
    yes = event.invitations.filter(answer=InvitationAnswer.YES).exclude(pk=excluding.pk)
    total = yes.aggregate(guests=Sum("guests"))["guests"] or 0
    return int(total) + yes.count()


@transaction.atomic
def invitation_answer(
    *, invitation: Invitation, coming: bool, guests: int = 0, now: datetime.datetime | None = None
) -> Invitation:
    """The invitee answers yes (with up to their allowed guests) or no; they may change their
    answer until the event begins. With a limited number of places, a yes needs room."""
    event = _locked(invitation.event)
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    now = now or timezone.now()
    if event.starts_at <= now:
        raise ValidationError(_("The event has already begun; answers are closed."))
    if event.status in (EventStatus.CANCELLED, EventStatus.DECLINED):
        raise ValidationError(_("This event does not take answers."))
    guests = guests if coming else 0
    if not 0 <= guests <= invitation.guests_allowed:
        raise ValidationError(
            {
                "guests": _("You can bring at most %(count)d guests.")
                % {"count": invitation.guests_allowed}
            }
        )
    if (
        coming
        and event.capacity is not None
        and _people_coming(event, invitation) + 1 + guests > event.capacity
    ):
        raise ValidationError(
            _("Sorry, there is not enough room left for %(count)d people.") % {"count": 1 + guests}
        )
    before = {"answer": invitation.answer, "guests": invitation.guests}
    invitation.answer = InvitationAnswer.YES if coming else InvitationAnswer.NO
    invitation.guests = guests
    invitation.answered_at = now
    invitation.save(update_fields=["answer", "guests", "answered_at"])
    audit_record(
        actor=None,
        action="invitation.answered",
        obj=invitation,
        region=event.region,
        changes=diff(before, {"answer": invitation.answer, "guests": invitation.guests}),
    )
    return invitation
