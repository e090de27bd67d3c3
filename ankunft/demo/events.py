"""Loads the demo events of Kaiserslautern through the services (texts in events_data_a.py and
events_data_b.py).

Dates are relative to the day of loading, so the demo always has upcoming events: this year's
Intercultural Week while it has not ended (otherwise next year's) with its published programme,
and in the coming weeks a weekly World Café, German conversation groups, a naturalisation
ceremony with invitations, a training for city staff, a seminar for business leaders and a care
providers' fair.

Idempotent: the programme is found by its first day and its events by their German title; an
event outside a programme is skipped while one with the same German title has not ended.
Existing events are never changed, so edits made in the office survive a reload."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.easter import easter
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ankunft.accounts.models import Role, User
from ankunft.core.models import District, Region
from ankunft.demo.events_data_a import MOTTOS, PLACES, PROGRAMME, PROGRAMME_EVENTS
from ankunft.demo.events_data_b import EVENTS, INVITEES, REGISTRANTS
from ankunft.events.models import Event, EventStatus, Programme
from ankunft.events.services import (
    EventData,
    InviteeData,
    ProgrammeData,
    event_cancel,
    event_create,
    invitation_answer,
    invitations_add,
    programme_publish,
    programme_save,
    registration_cancel,
    registration_create,
)
from ankunft.offers.models import WEEKDAY_KEYS, Offer, OfferStatus, Place
from ankunft.offers.services import (
    ContactData,
    PlaceData,
    contact_get_or_create,
    place_get_or_create,
)
from ankunft.organisations.models import Organisation

REGION_SLUG = "kaiserslautern"
TEXT_LANGUAGES = ("de", "en", "ar", "uk")
# Partners hand in their events until six weeks before; the programme is out three weeks before.
SUBMISSION_DEADLINE = datetime.timedelta(weeks=6)
PUBLICATION = datetime.timedelta(weeks=3)
# Series without end get their holidays left out for this long.
EXDATE_HORIZON = datetime.timedelta(days=730)
COORDINATE = Decimal("0.000001")


# --- Dates ---------------------------------------------------------------------------------


def rlp_holidays(year: int) -> set[datetime.date]:
    """The public holidays of Rhineland-Palatinate."""
    sunday = easter(year)
    return {
        datetime.date(year, 1, 1),
        sunday - datetime.timedelta(days=2),  # Good Friday
        sunday + datetime.timedelta(days=1),  # Easter Monday
        datetime.date(year, 5, 1),
        sunday + datetime.timedelta(days=39),  # Ascension Day
        sunday + datetime.timedelta(days=50),  # Whit Monday
        sunday + datetime.timedelta(days=60),  # Corpus Christi
        datetime.date(year, 10, 3),
        datetime.date(year, 11, 1),
        datetime.date(year, 12, 25),
        datetime.date(year, 12, 26),
    }


def pause_days(first_year: int, last_year: int) -> set[datetime.date]:
    """Days without groups and events: public holidays and 24 December to 1 January."""
    days: set[datetime.date] = set()
    for year in range(first_year, last_year + 1):
        days |= rlp_holidays(year)
        days |= {datetime.date(year, 12, day) for day in range(24, 32)}
    return days


def intercultural_week(year: int) -> tuple[datetime.date, datetime.date]:
    """First and last day of Kaiserslautern's Intercultural Week.

    Nationwide the week runs from the first Sunday on or after 21 September to the following
    Sunday (its Friday is the Day of the Refugee); Kaiserslautern opens it the day before with
    the Market of Encounter, as in 2024 (21-29 September) and 2025 (20-28 September)."""
    earliest = datetime.date(year, 9, 21)
    sunday = earliest + datetime.timedelta(days=(6 - earliest.weekday()) % 7)
    return sunday - datetime.timedelta(days=1), sunday + datetime.timedelta(days=7)


def programme_year(today: datetime.date) -> int:
    """This year's Intercultural Week until its last day, then next year's."""
    _first, last = intercultural_week(today.year)
    return today.year if today <= last else today.year + 1


def _on_or_after(day: datetime.date, weekday: int) -> datetime.date:
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


# --- Loading -------------------------------------------------------------------------------


@dataclass
class _Demo:
    """What the loader needs about the region, looked up once."""

    region: Region
    today: datetime.date
    now: datetime.datetime
    actor: User
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo(settings.TIME_ZONE))
    organisations: dict[str, Organisation] = field(default_factory=dict)
    districts: dict[str, District] = field(default_factory=dict)
    offers: dict[str, Offer] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    paused: set[datetime.date] = field(default_factory=set)

    def at(self, day: datetime.date, clock: str) -> datetime.datetime:
        hour, minute = clock.split(":")
        return datetime.datetime.combine(day, datetime.time(int(hour), int(minute)), self.zone)

    def place(self, key: str) -> Place:
        if key not in self.places:
            item = PLACES[key]
            self.places[key] = place_get_or_create(
                region=self.region,
                data=PlaceData(
                    name=item["name"],
                    street=item["street"],
                    postcode=item["postcode"],
                    city="Kaiserslautern",
                    district=self.districts.get(item["district"]),
                    latitude=Decimal(item["latitude"]).quantize(COORDINATE),
                    longitude=Decimal(item["longitude"]).quantize(COORDINATE),
                ),
            )
        return self.places[key]

    def open_day(self, weeks: int, weekday: int) -> datetime.date:
        """The weekday in `weeks` weeks, a week later while that day is a pause day."""
        day = _on_or_after(self.today + datetime.timedelta(weeks=weeks), weekday)
        while day in self.paused:
            day += datetime.timedelta(weeks=1)
        return day


def _office_user(region: Region) -> User:
    """The account that adds the invitations and saves the programme, as the office would."""
    for role in (Role.OFFICE_STAFF, Role.REGION_ADMIN):
        user = (
            User.objects.filter(
                is_active=True, role_assignments__region=region, role_assignments__role=role
            )
            .order_by("pk")
            .first()
        )
        if user is not None:
            return user
    raise LookupError(
        f"The demo events of {region.slug} need an office account: load the logins first."
    )


@transaction.atomic
def load_events(region: Region, *, today: datetime.date | None = None) -> int:
    """Creates the region's missing demo events; returns how many. `today` moves the demo to
    another day (tests); registrations and answers are then dated that morning."""
    if region.slug != REGION_SLUG:
        return 0
    now = timezone.now()
    if today is None:
        today = timezone.localdate()
    else:
        now = datetime.datetime.combine(today, datetime.time.min, ZoneInfo(settings.TIME_ZONE))
    demo = _Demo(
        region=region,
        today=today,
        now=now,
        actor=_office_user(region),
        organisations={o.slug: o for o in Organisation.objects.for_region(region)},
        districts={d.key: d for d in region.districts.all()},
        offers={
            offer.external_id: offer
            for offer in Offer.objects.for_region(region)
            .filter(status=OfferStatus.PUBLISHED)
            .exclude(external_id="")
        },
        paused=pause_days(today.year - 1, today.year + 3),
    )
    return _load_programme(demo) + _load_other_events(demo)


def _texts(value: dict[str, str]) -> dict[str, str]:
    return {code: value[code] for code in TEXT_LANGUAGES if code in value}


def _event_data(
    demo: _Demo,
    spec: dict[str, Any],
    starts_at: datetime.datetime,
    ends_at: datetime.datetime,
    **extra: Any,
) -> EventData:
    organisation = demo.organisations[spec["organisation"]]
    contact = None
    if spec.get("contact"):
        contact = contact_get_or_create(
            region=demo.region, organisation=organisation, data=ContactData(**spec["contact"])
        )
    amount = spec.get("cost_amount")
    return EventData(
        title=_texts(spec["title"]),
        summary=_texts(spec["summary"]),
        description=_texts(spec["description"]),
        starts_at=starts_at,
        ends_at=ends_at,
        organisation=organisation,
        place=demo.place(spec["place"]) if spec.get("place") else None,
        online=spec.get("online", False),
        online_url=spec.get("online_url", ""),
        languages=list(spec["languages"]),
        target_groups=list(spec["target_groups"]),
        themes=list(spec["themes"]),
        cost=spec["cost"],
        cost_amount=Decimal(amount) if amount else None,
        step_free=spec.get("step_free", False),
        hearing_loop=spec.get("hearing_loop", False),
        contact=contact,
        offer=demo.offers.get(spec.get("offer", "")),
        registration=spec.get("registration", False),
        invitation_only=spec.get("invitation_only", False),
        capacity=spec.get("capacity"),
        questions=[
            {"label": _texts(question["label"]), "required": question["required"]}
            for question in spec.get("questions", [])
        ],
        **extra,
    )


def _set_status(event: Event, status: str, now: datetime.datetime, note: str = "") -> None:
    """Demo events get their status directly, as no partner account submits them."""
    Event.objects.filter(pk=event.pk).update(
        status=status,
        review_note=note,
        published_at=now if status == EventStatus.PUBLISHED else None,
    )


def programme_title(year: int) -> dict[str, str]:
    """The title "Interkulturelle Woche <year>", with the nationwide motto where known."""
    motto = MOTTOS.get(year, {})
    title = {}
    for code in TEXT_LANGUAGES:
        text = PROGRAMME["title"][code].replace("{year}", str(year))
        title[code] = f"{text}: {motto[code]}" if code in motto else text
    return title


def _programme(demo: _Demo) -> Programme:
    year = programme_year(demo.today)
    first, last = intercultural_week(year)
    existing = Programme.objects.for_region(demo.region).filter(starts_on=first).first()
    if existing is not None:
        return existing
    publish_on = first - PUBLICATION
    return programme_save(
        actor=demo.actor,
        region=demo.region,
        data=ProgrammeData(
            title=programme_title(year),
            description=_texts(PROGRAMME["description"]),
            starts_on=first,
            ends_on=last,
            submission_deadline=first - SUBMISSION_DEADLINE,
            # The demo publishes the programme at once; a planned date after today would
            # contradict that in the office.
            publish_on=publish_on if publish_on <= demo.today else None,
        ),
    )


def _load_programme(demo: _Demo) -> int:
    """The Intercultural Week: its events are accepted and published together with the
    programme; one is cancelled afterwards, and three stay in review (two submitted, one sent
    back to its organiser for changes)."""
    programme = _programme(demo)
    titles = {event.title.get("de") for event in Event.objects.filter(programme=programme)}
    created: list[tuple[Event, dict[str, Any]]] = []
    for spec in PROGRAMME_EVENTS:
        if spec["title"]["de"] in titles:
            continue
        day = programme.starts_on + datetime.timedelta(days=spec["day"])
        data = _event_data(
            demo, spec, demo.at(day, spec["start"]), demo.at(day, spec["end"]), programme=programme
        )
        created.append((event_create(actor=None, region=demo.region, data=data), spec))
    for event, spec in created:
        status = spec.get("status", "published")
        if status in ("published", "cancelled"):
            status = EventStatus.PUBLISHED if programme.is_published else EventStatus.ACCEPTED
        _set_status(event, status, demo.now, spec.get("review_note", ""))
    if not programme.is_published:
        programme_publish(actor=demo.actor, programme=programme, now=demo.now)
    for event, spec in created:
        if spec.get("status") == "cancelled":
            event_cancel(actor=None, event=event)
        elif spec.get("registrants"):
            _register(demo, event, spec)
    return len(created)


def _load_other_events(demo: _Demo) -> int:
    running = (
        Event.objects.for_region(demo.region)
        .filter(programme__isnull=True)
        .filter(Q(series_ends_at__isnull=True) | Q(series_ends_at__gt=demo.now))
    )
    titles = {event.title.get("de") for event in running}
    count = 0
    for spec in EVENTS:
        if spec["title"]["de"] in titles:
            continue
        event = event_create(actor=None, region=demo.region, data=_dated_event_data(demo, spec))
        _set_status(event, EventStatus.PUBLISHED, demo.now)
        if spec.get("registrants"):
            _register(demo, event, spec)
        if spec.get("invitees"):
            _invite(demo, event, spec["invitees"])
        count += 1
    return count


def _dated_event_data(demo: _Demo, spec: dict[str, Any]) -> EventData:
    weekday = WEEKDAY_KEYS.index(spec["weekday"])
    rule = spec.get("rrule", "")
    exdates: list[datetime.date] = []
    if "weeks_back" in spec:
        first = _on_or_after(demo.today - datetime.timedelta(weeks=spec["weeks_back"]), weekday)
        exdates = _paused_dates(demo, first, demo.today + EXDATE_HORIZON)
        if spec.get("skip_intercultural_week"):
            exdates += _intercultural_week_days(first, demo.today + EXDATE_HORIZON, weekday)
    else:
        first = demo.open_day(spec["week"], weekday)
        if "dates" in spec:
            weeks, exdates = _weeks_for_dates(demo, first, spec["dates"])
            rule = f"{rule};COUNT={weeks}"
    return _event_data(
        demo,
        spec,
        demo.at(first, spec["start"]),
        demo.at(first, spec["end"]),
        rrule=rule,
        exdates=sorted({day.isoformat() for day in exdates}),
    )


def _paused_dates(demo: _Demo, first: datetime.date, until: datetime.date) -> list[datetime.date]:
    """The pause days a weekly series starting on `first` meets until `until`."""
    found = []
    day = first
    while day <= until:
        if day in demo.paused:
            found.append(day)
        day += datetime.timedelta(weeks=1)
    return found


def _intercultural_week_days(
    first: datetime.date, until: datetime.date, weekday: int
) -> list[datetime.date]:
    """The series' day in each Intercultural Week: it then meets in the programme instead."""
    days = []
    for year in range(first.year, until.year + 1):
        start, _last = intercultural_week(year)
        day = _on_or_after(start, weekday)
        if first <= day <= until:
            days.append(day)
    return days


def _weeks_for_dates(
    demo: _Demo, first: datetime.date, dates: int
) -> tuple[int, list[datetime.date]]:
    """How many weeks a weekly series needs for `dates` meetings, and the pause days left out."""
    weeks, held, skipped = 0, 0, []
    day = first
    while held < dates:
        if day in demo.paused:
            skipped.append(day)
        else:
            held += 1
        weeks += 1
        day += datetime.timedelta(weeks=1)
    return weeks, skipped


def _register(demo: _Demo, event: Event, spec: dict[str, Any]) -> None:
    """Registrations in order: confirmed while places are free, then the waiting list; one
    cancellation moves the first on the waiting list up."""
    if event.starts_at <= demo.now:
        return
    for person in REGISTRANTS[spec["registrants"]]:
        registration_create(
            event=event,
            name=person["name"],
            email=person["email"],
            language=person["language"],
            answers=dict(person["answers"]),
            now=demo.now,
        )
    if spec.get("cancel_registrant"):
        registration = event.registrations.get(email=spec["cancel_registrant"])
        registration_cancel(registration=registration, now=demo.now)


def _invite(demo: _Demo, event: Event, key: str) -> None:
    """Invitations added by the office; some invitees have answered yes or no."""
    people = INVITEES[key]
    invitations = invitations_add(
        actor=demo.actor,
        event=event,
        invitees=[
            InviteeData(
                name=person["name"],
                email=person["email"],
                language=person["language"],
                guests_allowed=person["guests_allowed"],
            )
            for person in people
        ],
    )
    by_email = {invitation.email: invitation for invitation in invitations}
    for person in people:
        if person["answer"] is not None:
            invitation_answer(
                invitation=by_email[person["email"]],
                coming=person["answer"] == "yes",
                guests=person["guests"],
                now=demo.now,
            )
