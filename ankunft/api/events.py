"""Events in the JSON API: occurrences in a window (recurring events expanded, one result per
date), one event, and the iCalendar feed. Conditional GET with ETag and Last-Modified."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Count, Max, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema

from ankunft.api.api import ErrorOut, PageQuery, _region_and_language, api, conditional_answer
from ankunft.core.features import region_with_feature
from ankunft.core.models import Feature, Region
from ankunft.core.translated import pick
from ankunft.events import ics
from ankunft.events.models import Event, EventStatus, Programme, Registration, RegistrationStatus
from ankunft.events.recurrence import Occurrence, occurrences
from ankunft.events.selectors import (
    MAX_QUERY_LENGTH,
    MAX_WINDOW,
    EventFilters,
    day_window,
    parse_filters,
    public_event,
    public_feed_events,
    public_occurrences,
    registration_figures,
)
from ankunft.offers.models import Cost
from ankunft.organisations.models import Organisation

router: Router = Router(tags=["events"])

DEFAULT_DAYS = 30
NEXT_OCCURRENCES = 10
# How far ahead "next occurrences" look (a yearly event shows ten years).
LOOK_AHEAD = datetime.timedelta(days=3660)


# --- Schemas --------------------------------------------------------------------------------


class EventFilterQuery(Schema):
    q: str = Field(
        "", max_length=MAX_QUERY_LENGTH, description="Words in the title or summary (all of them)"
    )
    theme: list[str] = Field([], description="Theme keys (any of them)")
    language: list[str] = Field([], description="Languages spoken at the event (any of them)")
    district: list[str] = Field([], description="District keys")
    target_group: list[str] = Field([], description="Target groups (any of them)")
    free: bool = Field(False, description="Only events free of charge")
    step_free: bool = Field(False, description="Only events with step-free access")
    online: bool = Field(False, description="Only online events")
    programme: int | None = Field(None, description="Only events of this published programme")


class EventWindowQuery(EventFilterQuery):
    from_: datetime.date | None = Field(
        None, alias="from", description="First day (YYYY-MM-DD, local time); default today"
    )
    to: datetime.date | None = Field(
        None,
        description=f"Last day, included (YYYY-MM-DD); default `from` + {DEFAULT_DAYS} days. "
        f"At most {MAX_WINDOW.days} days from `from`.",
    )


class PlaceOut(Schema):
    name: str
    address: str
    district: str | None = Field(description="District key")
    lat: float | None
    lon: float | None


class RegistrationOut(Schema):
    open: bool = Field(description="Registration is possible now (on the public page)")
    places_free: int | None = Field(description="Free places; null when there is no limit")
    waiting_list: bool = Field(description="All places are taken: new registrations wait")


class OccurrenceOut(Schema):
    event_id: int
    starts_at: datetime.datetime = Field(description="Local time with its UTC offset")
    ends_at: datetime.datetime = Field(
        description="Local time with its UTC offset (all-day events: midnight after the end)"
    )
    all_day: bool
    title: str
    summary: str
    language: str = Field(description="Language of `title` (the reader's or a fallback)")
    summary_language: str
    status: str = Field(description="`published` or `cancelled` (cancelled events stay listed)")
    recurring: bool
    place: PlaceOut | None
    online: bool
    online_url: str | None
    organiser: str
    languages: list[str]
    target_groups: list[str]
    themes: list[str]
    free: bool
    cost: str = Field(description="`free`, `amount` or `reduced`")
    cost_amount: str | None = Field(description="Euros, e.g. `5.00`")
    step_free: bool
    hearing_loop: bool
    invitation_only: bool
    registration: RegistrationOut | None = Field(description="null: no registration needed")
    url: str = Field(description="The event's public page")
    ics_url: str = Field(description="The event as an iCalendar file")


class OccurrencePageOut(Schema):
    count: int = Field(description="All occurrences in the window that match")
    page: int
    page_size: int
    from_: datetime.date = Field(alias="from")
    to: datetime.date
    results: list[OccurrenceOut]


class DatesOut(Schema):
    starts_at: datetime.datetime
    ends_at: datetime.datetime


class ProgrammeOut(Schema):
    id: int
    title: str


class EventOut(OccurrenceOut):
    description: str = Field(description="Sanitised HTML")
    description_language: str
    time_zone: str
    rrule: str = Field(description="RFC 5545 RRULE value; empty for a single event")
    exdates: list[str] = Field(description="Local dates left out of the series")
    series_ends_at: datetime.datetime | None = Field(
        description="End of the last occurrence; null for a series without end"
    )
    next_occurrences: list[DatesOut] = Field(
        description=f"The next {NEXT_OCCURRENCES} dates from today on"
    )
    programme: ProgrammeOut | None
    image: str | None
    image_alt: str


# --- Helpers --------------------------------------------------------------------------------


def _events_region(slug: str, lang: str) -> tuple[Region, str]:
    region, code = _region_and_language(slug, lang)
    return region_with_feature(region, Feature.EVENTS), code


def _filters(region: Region, query: EventFilterQuery) -> EventFilters:
    params: dict[str, list[str]] = {"q": [query.q]}
    for name in ["theme", "language", "district", "target_group"]:
        params[name] = getattr(query, name)
    for name in ["free", "step_free", "online"]:
        params[name] = ["1" if getattr(query, name) else ""]
    params["programme"] = [str(query.programme) if query.programme is not None else ""]
    return parse_filters(region, params)


def _window(query: EventWindowQuery) -> tuple[datetime.date, datetime.date]:
    first = query.from_ or timezone.localdate()
    last = query.to or first + datetime.timedelta(days=DEFAULT_DAYS)
    if last < first:
        raise ValidationError(_("“to” must not be before “from”."))
    if (last - first).days + 1 > MAX_WINDOW.days:
        raise ValidationError(
            _("Please ask for at most %(days)d days at once.") % {"days": MAX_WINDOW.days}
        )
    return first, last


def _events_version(
    region: Region, request: HttpRequest, lang: str
) -> tuple[str, datetime.datetime]:
    """ETag and Last-Modified of everything an events answer is made of: the newest change
    of events, programmes and organisers; registrations (places free, waiting list); the
    registration events that have begun (their registration closes then); and today's date
    (the default window and the next dates move with it)."""
    now = timezone.now()
    events = Event.objects.for_region(region)
    registrations = Registration.objects.filter(event__region=region).aggregate(
        created=Max("created_at"),
        cancelled=Max("cancelled_at"),
        confirmed=Count("id", filter=Q(status=RegistrationStatus.CONFIRMED)),
        waiting=Count("id", filter=Q(status=RegistrationStatus.WAITING)),
    )
    begun = events.filter(registration=True, starts_at__lte=now).aggregate(
        latest=Max("starts_at"), count=Count("id")
    )
    today = timezone.localdate(now)
    midnight = datetime.datetime.combine(today, datetime.time(), timezone.get_current_timezone())
    stamps = [
        _newest(events),
        _newest(Programme.objects.for_region(region)),
        _newest(Organisation.objects.for_region(region)),
        region.updated_at,
        registrations["created"],
        registrations["cancelled"],
        begun["latest"],
        midnight,
    ]
    last_modified = max(stamp for stamp in stamps if stamp is not None)
    key = "|".join(
        [
            str(region.pk),
            lang,
            request.path,
            request.GET.urlencode(),
            last_modified.isoformat(),
            today.isoformat(),
            str(registrations["confirmed"]),
            str(registrations["waiting"]),
            str(begun["count"]),
        ]
    )
    return hashlib.sha256(key.encode()).hexdigest()[:32], last_modified


def _newest(rows: Any) -> datetime.datetime | None:
    stamp: datetime.datetime | None = (
        rows.order_by("-updated_at").values_list("updated_at", flat=True).first()
    )
    return stamp


def _conditional(
    request: HttpRequest, region: Region, lang: str, build: Callable[[], HttpResponse]
) -> HttpResponse:
    etag, last_modified = _events_version(region, request, lang)
    return conditional_answer(request, etag, last_modified, build)


class _Writer:
    """Builds the answers' dicts (in the schemas' shape) for one request."""

    def __init__(self, request: HttpRequest, region: Region, lang: str) -> None:
        self.request, self.region, self.lang = request, region, lang
        self.chain = region.fallback_chain(lang)
        self.now = timezone.now()
        self._registrations: dict[int, dict[str, Any] | None] = {}

    def absolute(self, name: str, *args: Any) -> str:
        return self.request.build_absolute_uri(
            reverse(name, args=[self.region.slug, self.lang, *args])
        )

    def registration(self, event: Event) -> dict[str, Any] | None:
        if not event.registration:
            return None
        if event.pk not in self._registrations:
            figures = registration_figures(event)
            self._registrations[event.pk] = {
                "open": event.status == EventStatus.PUBLISHED and event.starts_at > self.now,
                "places_free": figures.free,
                "waiting_list": figures.free == 0,
            }
        return self._registrations[event.pk]

    def place(self, event: Event) -> dict[str, Any] | None:
        place = event.place
        if place is None:
            return None
        district = event.effective_district
        return {
            "name": place.name,
            "address": place.one_line,
            "district": district.key if district is not None else None,
            "lat": float(place.latitude) if place.latitude is not None else None,
            "lon": float(place.longitude) if place.longitude is not None else None,
        }

    def organiser(self, event: Event) -> str:
        if event.organisation is not None:
            return event.organisation.name
        return self.region.contact_name or self.region.name

    def common(self, event: Event) -> dict[str, Any]:
        """The fields an occurrence and an event share, in the schemas' order."""
        title, summary = pick(event.title, self.chain), pick(event.summary, self.chain)
        return {
            "event_id": event.pk,
            "starts_at": None,
            "ends_at": None,
            "all_day": event.all_day,
            "title": title.text,
            "summary": summary.text,
            "language": title.language,
            "summary_language": summary.language,
            "status": event.status,
            "recurring": event.is_recurring,
            "place": self.place(event),
            "online": event.online,
            "online_url": event.online_url or None,
            "organiser": self.organiser(event),
            "languages": event.languages,
            "target_groups": event.target_groups,
            "themes": event.themes,
            "free": event.cost == Cost.FREE,
            "cost": event.cost,
            "cost_amount": str(event.cost_amount) if event.cost_amount is not None else None,
            "step_free": event.step_free,
            "hearing_loop": event.hearing_loop,
            "invitation_only": event.invitation_only,
            "registration": self.registration(event),
            "url": self.absolute("public:event", event.pk),
            "ics_url": self.absolute("public:event_ics", event.pk),
        }

    def occurrence(self, item: Occurrence) -> dict[str, Any]:
        return {**self.common(item.event), "starts_at": item.starts_at, "ends_at": item.ends_at}

    def event(self, event: Event) -> dict[str, Any]:
        description = pick(event.description, self.chain)
        # From today's midnight, so the answer stays the same all day (see the ETag).
        today, _end = day_window(timezone.localdate(self.now), 1)
        upcoming = occurrences(event, today, today + LOOK_AHEAD, limit=NEXT_OCCURRENCES)
        programme = event.programme
        first = event.starts_at.astimezone(event.zone)
        return {
            **self.common(event),
            "starts_at": first,
            "ends_at": event.ends_at.astimezone(event.zone),
            "description": description.text,
            "description_language": description.language,
            "time_zone": event.time_zone,
            "rrule": event.rrule,
            "exdates": event.exdates,
            "series_ends_at": event.series_ends_at,
            "next_occurrences": [
                {"starts_at": item.starts_at, "ends_at": item.ends_at} for item in upcoming
            ],
            "programme": {"id": programme.pk, "title": pick(programme.title, self.chain).text}
            if programme is not None and programme.is_published
            else None,
            "image": self.request.build_absolute_uri(event.image.url) if event.image else None,
            "image_alt": pick(event.image_alt, self.chain).text,
        }


# --- Endpoints ------------------------------------------------------------------------------


@router.get(
    "/{region}/{lang}/events",
    response={200: OccurrencePageOut, 400: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Dates of public events in a window, recurring events expanded",
    by_alias=True,
)
def list_events(
    request: HttpRequest,
    region: str,
    lang: str,
    query: Query[EventWindowQuery],
    paging: Query[PageQuery],
) -> HttpResponse:
    """One result per date (occurrence) in time order: a weekly event appears once per week.
    The window is `from` to `to` (local days, both included; default today and the next 30
    days, at most 400 days). Times are local with their offset, so a weekly event at 18:00
    stays at 18:00 across daylight-saving changes while its offset changes. Cancelled events
    stay listed with `status` `cancelled`. Texts are in `lang` where translated, else in the
    region's default language (see `language`). Answers carry ETag and Last-Modified;
    conditional requests get 304."""
    the_region, code = _events_region(region, lang)
    filters = _filters(the_region, query)
    first, last = _window(query)

    def build() -> HttpResponse:
        start, end = day_window(first, (last - first).days + 1)
        found = public_occurrences(the_region, start, end, filters)
        offset = (paging.page - 1) * paging.page_size
        writer = _Writer(request, the_region, code)
        body = {  # an OccurrencePageOut
            "count": len(found),
            "page": paging.page,
            "page_size": paging.page_size,
            "from": first,
            "to": last,
            "results": [
                writer.occurrence(item) for item in found[offset : offset + paging.page_size]
            ],
        }
        return api.create_response(request, body, status=200)

    return _conditional(request, the_region, code, build)


@router.get(
    "/{region}/{lang}/events.ics",
    response={200: None, 400: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Public events as an iCalendar feed (for calendar subscriptions)",
    openapi_extra={
        "responses": {
            200: {
                "description": "An iCalendar file (RFC 5545)",
                "content": {"text/calendar": {"schema": {"type": "string"}}},
            }
        }
    },
)
def events_ics(
    request: HttpRequest, region: str, lang: str, query: Query[EventFilterQuery]
) -> HttpResponse:
    """The same feed as the public calendar's subscription: every matching event that did not
    end more than 30 days ago, once, with its RRULE and EXDATEs (calendar programs expand
    series themselves) and its time zone. Takes the same filters as the list."""
    the_region, code = _events_region(region, lang)
    filters = _filters(the_region, query)

    def build() -> HttpResponse:
        name = _("%(region)s: events") % {"region": the_region.name}
        content = ics.calendar(
            public_feed_events(the_region, filters), region=the_region, language=code, name=name
        )
        response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="events.ics"'
        return response

    return _conditional(request, the_region, code, build)


@router.get(
    "/{region}/{lang}/events/{event_id}",
    response={200: EventOut, 404: ErrorOut},
    summary="One public event with its rule and next dates",
)
def get_event(request: HttpRequest, region: str, lang: str, event_id: int) -> HttpResponse:
    the_region, code = _events_region(region, lang)

    def build() -> HttpResponse:
        try:
            event = public_event(the_region, event_id)
        except Event.DoesNotExist:
            raise Http404(_("This event does not exist or is not public.")) from None
        return api.create_response(
            request, _Writer(request, the_region, code).event(event), status=200
        )

    return _conditional(request, the_region, code, build)
