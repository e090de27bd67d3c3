"""Public pages of events: the calendar (days, week, month) with filters, the subscription
feed, the event page with registration, the registrant's and the invitee's pages (reached
only through their secret link) and programmes."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from ankunft.core.features import region_with_feature
from ankunft.core.forms import apply_validation_error, too_many_submissions
from ankunft.core.html import json_for_script
from ankunft.core.models import Feature, Language, Region
from ankunft.core.translated import Translation, pick
from ankunft.events import ics
from ankunft.events.forms_public import InvitationAnswerForm, RegistrationForm
from ankunft.events.models import (
    Event,
    EventStatus,
    Invitation,
    InvitationAnswer,
    Programme,
    Registration,
    RegistrationStatus,
)
from ankunft.events.recurrence import Occurrence, occurrence_at, occurrences
from ankunft.events.selectors import (
    FLAGS,
    Day,
    EventFilters,
    by_day,
    day_window,
    month_weeks,
    parse_filters,
    programme_occurrences,
    public_event,
    public_feed_events,
    public_occurrences,
    published_programmes,
    region_zone,
    registration_figures,
)
from ankunft.events.services import (
    KEEP_PERSONAL_DATA,
    invitation_answer,
    registration_cancel,
    registration_create,
)
from ankunft.offers.models import Cost, OfferStatus, TargetGroup, Theme
from ankunft.offers.schema_org import place_schema

DAYS_PER_PAGE = 14
NEXT_DATES = 10
LOOK_AHEAD = datetime.timedelta(days=3660)
REGISTRATIONS_PER_HOUR = 20
# The calendar can be browsed within these dates; beyond them a date is a typo (or a robot).
EARLIEST = datetime.date(2000, 1, 1)
LATEST = datetime.date(2099, 12, 1)
WEEK_PATTERN = re.compile(r"^(\d{4})-W(\d{1,2})$")
INVITATION_ANSWER_STATUSES = (EventStatus.PUBLISHED, EventStatus.ACCEPTED, EventStatus.DRAFT)


def _region(request: HttpRequest) -> Region:
    return region_with_feature(request.region, Feature.EVENTS)  # type: ignore[attr-defined]


def _see_other(url: str) -> HttpResponseRedirect:
    """After a form was sent: 303, so that reloading the page does not send it again."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


# --- Dates and times in the reader's language ---------------------------------------------


def _time(value: datetime.datetime) -> str:
    return formats.time_format(value, "TIME_FORMAT")


def _date(value: datetime.date) -> str:
    return formats.date_format(value, "DATE_FORMAT")


def _period(first: datetime.date, last: datetime.date) -> str:
    if first == last:
        return _date(first)
    return _("%(first)s – %(last)s") % {"first": _date(first), "last": _date(last)}


def day_label(value: datetime.date) -> str:
    return _("%(weekday)s, %(date)s") % {
        "weekday": formats.date_format(value, "l"),
        "date": _date(value),
    }


def _last_day(occurrence: Occurrence, zone: ZoneInfo) -> datetime.date:
    """The last day an occurrence touches; an end at midnight belongs to the day before."""
    end = occurrence.ends_at.astimezone(zone)
    start = occurrence.starts_at.astimezone(zone)
    if end.time() == datetime.time.min and end.date() > start.date():
        return end.date() - datetime.timedelta(days=1)
    return end.date()


def when_text(occurrence: Occurrence, zone: ZoneInfo) -> str:
    """The full date and time of an occurrence: "Thursday, 15 October 2026, 18:00-20:00"."""
    start = occurrence.starts_at.astimezone(zone)
    end = occurrence.ends_at.astimezone(zone)
    last = _last_day(occurrence, zone)
    if occurrence.event.all_day:
        if last <= start.date():
            return _("%(day)s, all day") % {"day": day_label(start.date())}
        return _("%(first)s – %(last)s") % {
            "first": day_label(start.date()),
            "last": day_label(last),
        }
    if start.date() == end.date() or last == start.date():
        return _("%(day)s, %(start)s–%(end)s") % {
            "day": day_label(start.date()),
            "start": _time(start),
            "end": _time(end),
        }
    return _("%(first)s, %(start)s – %(last)s, %(end)s") % {
        "first": day_label(start.date()),
        "start": _time(start),
        "last": day_label(end.date()),
        "end": _time(end),
    }


def time_on_day(
    occurrence: Occurrence, day: datetime.date, zone: ZoneInfo, *, short: bool = False
) -> str:
    """The time of an occurrence as shown under one day of the calendar; `short` gives only
    the start of a one-day occurrence (for the narrow cells of the month grid)."""
    start = occurrence.starts_at.astimezone(zone)
    end = occurrence.ends_at.astimezone(zone)
    last = _last_day(occurrence, zone)
    if occurrence.event.all_day:
        return _("All day")
    if start.date() == last:
        if short or start == end:
            return _time(start)
        return _("%(start)s–%(end)s") % {"start": _time(start), "end": _time(end)}
    if day == start.date():
        return _("from %(time)s") % {"time": _time(start)}
    if day == last:
        return _("until %(time)s") % {"time": _time(end)}
    return _("All day")


# --- Filters --------------------------------------------------------------------------------


def _filter_labels() -> dict[str, str]:
    return {
        "q": _("Search"),
        "theme": _("Theme"),
        "language": _("Language spoken"),
        "district": _("District"),
        "target_group": _("For whom"),
        "free": _("Free of charge"),
        "step_free": _("Step-free access"),
        "online": _("Online"),
        "programme": _("Programme"),
    }


def filter_messages(error: ValidationError) -> list[str]:
    """The filter errors, each named by its filter: "Theme: Unknown value: x"."""
    if not hasattr(error, "error_dict"):
        return [str(message) for message in error.messages]
    labels = _filter_labels()
    return [
        _("%(filter)s: %(message)s") % {"filter": labels.get(name, name), "message": message}
        for name, found in error.message_dict.items()
        for message in found
    ]


def _parse(request: HttpRequest, region: Region) -> tuple[EventFilters, list[str]]:
    try:
        return parse_filters(region, request.GET), []
    except ValidationError as error:
        return EventFilters(), filter_messages(error)


def _query(*parts: str) -> str:
    joined = "&".join(part for part in parts if part)
    return f"?{joined}" if joined else "?"


@dataclass(frozen=True)
class FilterOption:
    label: str
    href: str
    selected: bool
    language: Language | None = None


@dataclass(frozen=True)
class FilterGroup:
    name: str
    legend: str
    options: list[FilterOption]


def filter_groups(
    region: Region, lang: str, filters: EventFilters, keep: str = ""
) -> list[FilterGroup]:
    """Every filter as a list of links that switch one value on or off; `keep` is the part
    of the query string that says which days are shown (kept while filtering)."""
    languages = region.enabled_languages()
    values: dict[str, list[tuple[str, str]]] = {
        "theme": [(t.key, t.text(lang).text) for t in Theme.objects.for_region(region)],
        "target_group": [(t.value, str(t.label)) for t in TargetGroup],
        "language": [(language.code, language.native_name) for language in languages],
        "district": [(d.key, d.name) for d in region.districts.all()],
    }
    by_code = {language.code: language for language in languages}
    legends = _filter_labels()
    groups = []
    for name in ["theme", "target_group", "language", "district"]:
        known = {value for value, _label in values[name]}
        # A value chosen through the address but not offered as a link can still be removed.
        extra = [(value, value) for value in getattr(filters, name) if value not in known]
        options = [
            FilterOption(
                label=label,
                href=_query(filters.toggled(name, value), keep),
                selected=filters.is_on(name, value),
                language=by_code.get(value) if name == "language" else None,
            )
            for value, label in [*values[name], *extra]
        ]
        groups.append(FilterGroup(name, legends[name], options))
    flags = [
        FilterOption(legends[name], _query(filters.toggled(name), keep), filters.is_on(name))
        for name in FLAGS
    ]
    groups.append(FilterGroup("flags", _("More"), flags))
    return [group for group in groups if group.options]


def _feed_links(region: Region, lang: str, filters: EventFilters) -> dict[str, str]:
    path = reverse("public:events_feed", args=[region.slug, lang])
    query = filters.querystring()
    https_url = f"{settings.ANKUNFT_SITE_URL}{path}{'?' + query if query else ''}"
    return {"https": https_url, "webcal": "webcal://" + https_url.split("://", 1)[1]}


def _calendar_context(
    region: Region,
    lang: str,
    filters: EventFilters,
    errors: list[str],
    keep: list[tuple[str, str]],
    view: str,
) -> dict[str, Any]:
    """What the list, week and month pages share: filters, search, views, subscription.
    `keep` names the days shown (from=…, week=…), kept while filters change."""
    query = filters.querystring()
    suffix = f"?{query}" if query else ""
    kept = urlencode(keep)
    return {
        "filters": filters,
        "errors": errors,
        "groups": filter_groups(region, lang, filters, kept),
        "remove_all": _query(kept),
        "hidden_fields": [
            (name, value) for name, value in [*filters.params(), *keep] if name != "q"
        ],
        "view": view,
        "views": {
            "list": reverse("public:events", args=[region.slug, lang]) + suffix,
            "week": reverse("public:events_week", args=[region.slug, lang]) + suffix,
            "month": reverse("public:events_month", args=[region.slug, lang]) + suffix,
        },
        "feed": _feed_links(region, lang, filters),
    }


# --- Calendar cards -------------------------------------------------------------------------


@dataclass(frozen=True)
class OccurrenceCard:
    occurrence: Occurrence
    title: Translation
    summary: Translation
    url: str
    time: str
    start_time: str
    facts: list[str]

    @property
    def event(self) -> Event:
        return self.occurrence.event

    @property
    def cancelled(self) -> bool:
        return self.occurrence.is_cancelled


@dataclass(frozen=True)
class DayView:
    date: datetime.date
    label: str
    is_today: bool
    cards: list[OccurrenceCard]


def where_text(event: Event) -> str:
    parts = []
    if event.place is not None:
        district = event.effective_district
        parts.append(f"{event.place.name}, {district.name}" if district else event.place.name)
    if event.online:
        parts.append(_("Online"))
    return " · ".join(parts)


def card_facts(event: Event) -> list[str]:
    """The short facts under a title in the calendar: place, cost, registration, access."""
    facts = [where_text(event)] if where_text(event) else []
    if event.cost == Cost.FREE:
        facts.append(_("Free of charge"))
    if event.registration:
        facts.append(_("Registration needed"))
    if event.invitation_only:
        facts.append(_("By invitation only"))
    if event.step_free:
        facts.append(_("Step-free access"))
    return facts


def event_link(region: Region, lang: str, occurrence: Occurrence) -> str:
    url = reverse("public:event", args=[region.slug, lang, occurrence.event.pk])
    return f"{url}?at={occurrence.key}" if occurrence.event.is_recurring else url


def day_views(
    region: Region,
    lang: str,
    days: list[Day],
    *,
    today: datetime.date,
    every_day: list[datetime.date] | None = None,
) -> list[DayView]:
    """The days with their cards; with `every_day`, also the days without events."""
    chain = region.fallback_chain(lang)
    zone = region_zone()
    found = {day.date: day.occurrences for day in days}
    dates = every_day if every_day is not None else [day.date for day in days]
    return [
        DayView(
            date=date,
            label=day_label(date),
            is_today=date == today,
            cards=[
                OccurrenceCard(
                    occurrence=item,
                    title=pick(item.event.title, chain),
                    summary=pick(item.event.summary, chain),
                    url=event_link(region, lang, item),
                    time=time_on_day(item, date, zone),
                    start_time=time_on_day(item, date, zone, short=True),
                    facts=card_facts(item.event),
                )
                for item in found.get(date, [])
            ],
        )
        for date in dates
    ]


class _BadDate(ValueError):
    """A date or week in the address that the calendar cannot show (answered with 400)."""


def _date_param(request: HttpRequest, name: str, default: datetime.date) -> datetime.date:
    raw = request.GET.get(name, "").strip()
    if not raw:
        return default
    try:
        value = datetime.date.fromisoformat(raw)
    except ValueError:
        raise _BadDate(_("Please give the date as YYYY-MM-DD.")) from None
    if not EARLIEST <= value <= LATEST:
        raise _BadDate(_("The calendar covers the years 2000 to 2099."))
    return value


def _occurrences(
    region: Region, first: datetime.date, days: int, filters: EventFilters
) -> list[Day]:
    start, end = day_window(first, days)
    found = public_occurrences(region, start, end, filters)
    return by_day(found, first, first + datetime.timedelta(days=days - 1))


def _current_programmes(region: Region, lang: str, today: datetime.date) -> list[dict[str, Any]]:
    return [
        {
            "programme": programme,
            "title": programme.text("title", lang),
            "url": reverse("public:programme", args=[region.slug, lang, programme.pk]),
            "period": _period(programme.starts_on, programme.ends_on),
        }
        for programme in published_programmes(region)
        if programme.ends_on >= today
    ]


# --- Calendar views -------------------------------------------------------------------------


@require_safe
def event_list(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    region = _region(request)
    today = timezone.localdate()
    filters, errors = _parse(request, region)
    try:
        first = _date_param(request, "from", today)
    except _BadDate as error:
        first, errors = today, [*errors, str(error)]
    keep = [("from", first.isoformat())] if "from" in request.GET and not errors else []
    days = [] if errors else _occurrences(region, first, DAYS_PER_PAGE, filters)
    last = first + datetime.timedelta(days=DAYS_PER_PAGE - 1)
    query = filters.querystring()
    context = _calendar_context(region, lang, filters, errors, keep, "list")
    context.update(
        {
            "days": day_views(region, lang, days, today=today),
            "first": first,
            "last": last,
            "period": _period(first, last),
            "earlier": _query(
                query, urlencode({"from": (first - datetime.timedelta(DAYS_PER_PAGE)).isoformat()})
            ),
            "later": _query(
                query, urlencode({"from": (first + datetime.timedelta(DAYS_PER_PAGE)).isoformat()})
            ),
            "is_today": first == today,
            "today_link": _query(query),
            "programmes": _current_programmes(region, lang, today),
        }
    )
    return render(request, "events/public/list.html", context, status=400 if errors else 200)


def _week_param(request: HttpRequest, today: datetime.date) -> datetime.date:
    raw = request.GET.get("week", "").strip()
    if not raw:
        return today - datetime.timedelta(days=today.weekday())
    match = WEEK_PATTERN.match(raw)
    try:
        if match is None:
            raise ValueError(raw)
        monday = datetime.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        raise _BadDate(_("Please give the week as YYYY-Www, for example 2026-W42.")) from None
    if not EARLIEST <= monday <= LATEST:
        raise _BadDate(_("The calendar covers the years 2000 to 2099."))
    return monday


def _week_key(monday: datetime.date) -> str:
    year, week, _weekday = monday.isocalendar()
    return f"{year}-W{week:02d}"


@require_safe
def event_week(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    region = _region(request)
    today = timezone.localdate()
    filters, errors = _parse(request, region)
    this_monday = today - datetime.timedelta(days=today.weekday())
    try:
        monday = _week_param(request, today)
    except _BadDate as error:
        monday, errors = this_monday, [*errors, str(error)]
    keep = [("week", _week_key(monday))] if "week" in request.GET and not errors else []
    days = [] if errors else _occurrences(region, monday, 7, filters)
    week = [monday + datetime.timedelta(days=offset) for offset in range(7)]
    query = filters.querystring()
    context = _calendar_context(region, lang, filters, errors, keep, "week")
    context.update(
        {
            "days": day_views(region, lang, days, today=today, every_day=week),
            "heading": _("Week %(number)d: %(first)s – %(last)s")
            % {"number": monday.isocalendar()[1], "first": _date(monday), "last": _date(week[-1])},
            "is_this_week": monday == this_monday,
            "earlier": _query(
                query, urlencode({"week": _week_key(monday - datetime.timedelta(days=7))})
            ),
            "later": _query(
                query, urlencode({"week": _week_key(monday + datetime.timedelta(days=7))})
            ),
            "this_week": _query(query),
        }
    )
    return render(request, "events/public/week.html", context, status=400 if errors else 200)


@dataclass(frozen=True)
class MonthCell:
    date: datetime.date
    label: str
    in_month: bool
    is_today: bool
    cards: list[OccurrenceCard]


def _month_link(region: Region, lang: str, first: datetime.date, query: str) -> str:
    # Zero-padded (2031-02), like the address people type; the route reads both.
    month = f"{first.month:02d}"
    url = reverse("public:events_month_of", args=[region.slug, lang, first.year, month])
    return f"{url}?{query}" if query else url


@require_safe
def event_month(
    request: HttpRequest,
    region_slug: str,
    lang: str,
    year: int | None = None,
    month: int | None = None,
) -> HttpResponse:
    region = _region(request)
    today = timezone.localdate()
    year = today.year if year is None else year
    month = today.month if month is None else month
    if not 1 <= month <= 12 or not EARLIEST.year <= year <= LATEST.year:
        raise Http404(_("The calendar covers the years 2000 to 2099."))
    filters, errors = _parse(request, region)
    weeks = month_weeks(year, month)
    first, last = weeks[0][0], weeks[-1][-1]
    days = [] if errors else _occurrences(region, first, (last - first).days + 1, filters)
    views = {
        view.date: view
        for view in day_views(
            region, lang, days, today=today, every_day=[d for week in weeks for d in week]
        )
    }
    grid = [
        [
            MonthCell(day, views[day].label, day.month == month, day == today, views[day].cards)
            for day in week
        ]
        for week in weeks
    ]
    shown = datetime.date(year, month, 1)
    previous = (shown - datetime.timedelta(days=1)).replace(day=1)
    following = (shown + datetime.timedelta(days=31)).replace(day=1)
    query = filters.querystring()
    context = _calendar_context(region, lang, filters, errors, [], "month")
    context.update(
        {
            "grid": grid,
            "weekdays": [
                (formats.date_format(day, "D"), formats.date_format(day, "l")) for day in weeks[0]
            ],
            "heading": formats.date_format(shown, "YEAR_MONTH_FORMAT"),
            "earlier": _month_link(region, lang, previous, query) if previous >= EARLIEST else "",
            "later": _month_link(region, lang, following, query) if following <= LATEST else "",
            "is_this_month": (year, month) == (today.year, today.month),
            "has_events": any(cell.cards for week in grid for cell in week if cell.in_month),
        }
    )
    return render(request, "events/public/month.html", context, status=400 if errors else 200)


# --- iCalendar ------------------------------------------------------------------------------


def _calendar_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
def event_feed(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    region = _region(request)
    try:
        filters = parse_filters(region, request.GET)
    except ValidationError as error:
        return HttpResponse(
            "\n".join(filter_messages(error)), status=400, content_type="text/plain; charset=utf-8"
        )
    name = _("Events in %(city)s") % {"city": region.name}
    content = ics.calendar(
        public_feed_events(region, filters), region=region, language=lang, name=name
    )
    response = _calendar_response(content, f"{region.slug}-events.ics")
    response["Cache-Control"] = "public, max-age=900"
    return response


def _public_event_or_404(region: Region, event_id: int) -> Event:
    try:
        return public_event(region, event_id)
    except Event.DoesNotExist:
        raise Http404(_("This event does not exist or is not published.")) from None


@require_safe
def event_ics(request: HttpRequest, region_slug: str, lang: str, event_id: int) -> HttpResponse:
    region = _region(request)
    event = _public_event_or_404(region, event_id)
    title = event.text("title", lang).text
    content = ics.calendar([event], region=region, language=lang, name=title)
    return _calendar_response(content, f"event-{event.pk}.ics")


# --- Event page -----------------------------------------------------------------------------


def _language_names(codes: list[str]) -> list[Language]:
    found = {language.code: language for language in Language.objects.filter(code__in=codes)}
    return [found[code] for code in codes if code in found]


def _organiser(event: Event, region: Region) -> dict[str, str]:
    if event.organisation is not None:
        return {"name": event.organisation.name, "url": event.organisation.website}
    return {"name": region.contact_name or _("Integration office"), "url": ""}


def _all_day_end(occurrence: Occurrence, zone: ZoneInfo) -> str:
    return _last_day(occurrence, zone).isoformat()


def _location_json(event: Event) -> list[dict[str, Any]]:
    locations: list[dict[str, Any]] = []
    if event.place is not None:
        locations.append(place_schema(event.place))
    if event.online and event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    return locations


def _attendance_mode(event: Event) -> str:
    if event.online and event.place is not None:
        return "https://schema.org/MixedEventAttendanceMode"
    if event.online:
        return "https://schema.org/OnlineEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"


def event_json_ld(event: Event, region: Region, lang: str, occurrence: Occurrence) -> SafeString:
    """schema.org description of the event (of one occurrence for a series)."""
    chain = region.fallback_chain(lang)
    url = ics.event_url(event, lang)
    zone = event.zone
    summary = pick(event.summary, chain).text or ics.plain_text(pick(event.description, chain).text)
    organiser = _organiser(event, region)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": url,
        "url": url,
        "name": pick(event.title, chain).text,
        "description": summary[:1000],
        "startDate": occurrence.starts_at.astimezone(zone).date().isoformat()
        if event.all_day
        else occurrence.starts_at.astimezone(zone).isoformat(),
        "endDate": _all_day_end(occurrence, zone)
        if event.all_day
        else occurrence.ends_at.astimezone(zone).isoformat(),
        "eventStatus": "https://schema.org/EventCancelled"
        if event.is_cancelled
        else "https://schema.org/EventScheduled",
        "eventAttendanceMode": _attendance_mode(event),
        "organizer": {
            "@type": "Organization",
            "name": organiser["name"],
            **({"url": organiser["url"]} if organiser["url"] else {}),
        },
        "isAccessibleForFree": event.cost == Cost.FREE,
    }
    languages = event.languages or [lang]
    data["inLanguage"] = languages[0] if len(languages) == 1 else languages
    locations = _location_json(event)
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    price = "0" if event.cost == Cost.FREE else event.cost_amount
    if price is not None:
        data["offers"] = {
            "@type": "Offer",
            "price": str(price),
            "priceCurrency": "EUR",
            "url": url,
        }
    if event.image and event.image.url.startswith("/"):
        data["image"] = f"{settings.ANKUNFT_SITE_URL}{event.image.url}"
    return json_for_script(data)


def _registration_open(event: Event, now: datetime.datetime) -> bool:
    return bool(
        event.registration and event.status == EventStatus.PUBLISHED and event.starts_at > now
    )


def _first(event: Event) -> Occurrence:
    zone = event.zone
    return Occurrence(event, event.starts_at.astimezone(zone), event.ends_at.astimezone(zone))


def _dates(event: Event, now: datetime.datetime) -> list[Occurrence]:
    """The next dates of a series; a single event's only date, even when it is over."""
    if not event.is_recurring:
        return [_first(event)]
    # Bounded by the count, so a long look ahead costs nothing more; it also finds the dates
    # of a series that begins more than a year from now.
    start = max(now, event.starts_at)
    return occurrences(event, start, start + LOOK_AHEAD, NEXT_DATES)


def _shown_occurrence(
    request: HttpRequest, event: Event, upcoming: list[Occurrence]
) -> tuple[Occurrence, bool]:
    """The date the reader came for (`?at=` from the calendar), else the next or first one."""
    key = request.GET.get("at", "")
    chosen = occurrence_at(event, key) if key and event.is_recurring else None
    if chosen is not None:
        return chosen, True
    return (upcoming[0] if upcoming else _first(event)), False


def _detail_context(
    request: HttpRequest,
    region: Region,
    lang: str,
    event: Event,
    form: RegistrationForm | None,
) -> dict[str, Any]:
    now = timezone.now()
    zone = event.zone
    upcoming = _dates(event, now)
    shown, chosen = _shown_occurrence(request, event, upcoming)
    themes = Theme.objects.for_region(region).filter(key__in=event.themes)
    offer = event.offer
    programme = event.programme
    registration_open = _registration_open(event, now)
    return {
        "event": event,
        "title": event.text("title", lang),
        "summary": event.text("summary", lang),
        "description": event.text("description", lang),
        "image_alt": event.text("image_alt", lang),
        "when": when_text(shown, zone),
        "shown": shown,
        "chosen": chosen,
        "dates": [(item, when_text(item, zone)) for item in upcoming],
        "is_over": event.series_ends_at is not None and event.series_ends_at <= now,
        "time_zone": event.time_zone if event.time_zone != settings.TIME_ZONE else "",
        "organiser": _organiser(event, region),
        "languages": _language_names(event.languages),
        "target_groups": [
            TargetGroup(t).label for t in event.target_groups if t in TargetGroup.values
        ],
        "themes": [theme.text(lang) for theme in themes],
        "offer": offer
        if offer is not None
        and offer.status == OfferStatus.PUBLISHED
        and region.has_feature(Feature.OFFERS)
        else None,
        "offer_title": offer.text("title", lang) if offer is not None else None,
        "programme": programme if programme is not None and programme.is_published else None,
        "programme_title": programme.text("title", lang) if programme is not None else None,
        "registration_open": registration_open,
        "figures": registration_figures(event) if event.registration else None,
        "form": form,
        "keep_days": KEEP_PERSONAL_DATA.days,
        "json_ld": event_json_ld(event, region, lang, shown),
    }


@require_safe
def event_detail(request: HttpRequest, region_slug: str, lang: str, event_id: int) -> HttpResponse:
    region = _region(request)
    event = _public_event_or_404(region, event_id)
    form = None
    if _registration_open(event, timezone.now()):
        form = RegistrationForm(event=event, chain=region.fallback_chain(lang))
    return render(
        request, "events/public/detail.html", _detail_context(request, region, lang, event, form)
    )


@require_http_methods(["GET", "HEAD", "POST"])
def event_register(
    request: HttpRequest, region_slug: str, lang: str, event_id: int
) -> HttpResponse:
    region = _region(request)
    event = _public_event_or_404(region, event_id)
    if request.method != "POST":
        url = reverse("public:event", args=[region.slug, lang, event.pk])
        return HttpResponseRedirect(f"{url}#register")
    form = RegistrationForm(request.POST, event=event, chain=region.fallback_chain(lang))
    status = 400
    if too_many_submissions(request, "event-registrations", REGISTRATIONS_PER_HOUR):
        form.add_error(None, _("Too many registrations from your connection. Please try later."))
        status = 429
    elif form.is_valid():
        try:
            registration = registration_create(
                event=event,
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                language=lang,
                answers=form.answers(),
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            return _see_other(
                reverse(
                    "public:event_registration",
                    args=[region.slug, registration.language, registration.token],
                )
            )
    return render(
        request,
        "events/public/detail.html",
        _detail_context(request, region, lang, event, form),
        status=status,
    )


# --- Pages behind a personal link -----------------------------------------------------------


def _summary_context(region: Region, lang: str, event: Event) -> dict[str, Any]:
    """What the registrant's and the invitee's pages say about the event."""
    now = timezone.now()
    upcoming = _dates(event, now)
    shown = upcoming[0] if upcoming else None
    is_public = event.status in (EventStatus.PUBLISHED, EventStatus.CANCELLED)
    return {
        "event": event,
        "title": event.text("title", lang),
        "when": when_text(shown, event.zone) if shown else "",
        "time_zone": event.time_zone if event.time_zone != settings.TIME_ZONE else "",
        "where": where_text(event),
        "event_url": reverse("public:event", args=[region.slug, lang, event.pk])
        if is_public
        else "",
        "ics_url": reverse("public:event_ics", args=[region.slug, lang, event.pk])
        if is_public
        else "",
        "has_begun": event.starts_at <= now,
    }


def _waiting_position(registration: Registration) -> int:
    """Places on the waiting list are given in order of registration (see services)."""
    return registration.event.registrations.filter(
        status=RegistrationStatus.WAITING, pk__lte=registration.pk
    ).count()


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def registration_view(
    request: HttpRequest, region_slug: str, lang: str, token: str
) -> HttpResponse:
    region = _region(request)
    registration = (
        Registration.objects.select_related("event__region", "event__place__district")
        .filter(token=token, event__region=region)
        .first()
    )
    if registration is None:
        raise Http404(_("This registration does not exist. Please check the link in your e-mail."))
    confirming = False
    errors: list[str] = []
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "cancel":
            confirming = True
        elif action == "confirm_cancel":
            try:
                registration_cancel(registration=registration)
            except ValidationError as error:
                errors, status = list(error.messages), 400
            else:
                messages.success(request, _("Your registration is cancelled."))
                return _see_other(request.path)
        else:
            errors, status = [_("Please choose one of the buttons.")], 400
    context = _summary_context(region, lang, registration.event)
    context.update(
        {
            "registration": registration,
            "position": _waiting_position(registration)
            if registration.status == RegistrationStatus.WAITING
            else None,
            "is_cancelled": registration.status == RegistrationStatus.CANCELLED,
            "confirming": confirming,
            "errors": errors,
        }
    )
    return render(request, "events/public/registration.html", context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def invitation_view(request: HttpRequest, region_slug: str, lang: str, token: str) -> HttpResponse:
    region = _region(request)
    invitation = (
        Invitation.objects.select_related("event__region", "event__place__district")
        .filter(token=token, event__region=region)
        .first()
    )
    if invitation is None:
        raise Http404(_("This invitation does not exist. Please check the link in your e-mail."))
    event = invitation.event
    initial: dict[str, Any] = {"guests": invitation.guests}
    if invitation.answer != InvitationAnswer.PENDING:
        initial["coming"] = invitation.answer
    data = request.POST if request.method == "POST" else None
    form = InvitationAnswerForm(data, initial=initial, guests_allowed=invitation.guests_allowed)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                invitation_answer(
                    invitation=invitation, coming=form.coming_value, guests=form.guests_value
                )
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(request, _("Thank you. Your answer is saved."))
                return _see_other(request.path)
    context = _summary_context(region, lang, event)
    context.update(
        {
            "invitation": invitation,
            "form": form,
            "answers_open": event.starts_at > timezone.now()
            and event.status in INVITATION_ANSWER_STATUSES,
        }
    )
    return render(request, "events/public/invitation.html", context, status=status)


# --- Programmes -----------------------------------------------------------------------------


@require_safe
def programme_detail(
    request: HttpRequest, region_slug: str, lang: str, programme_id: int
) -> HttpResponse:
    region = _region(request)
    programme: Programme | None = (
        Programme.objects.for_region(region)
        .filter(pk=programme_id, published_at__isnull=False)
        .select_related("region")
        .first()
    )
    if programme is None:
        raise Http404(_("This programme does not exist or is not published yet."))
    days = by_day(programme_occurrences(programme), programme.starts_on, programme.ends_on)
    filters = EventFilters(programme=programme.pk)
    return render(
        request,
        "events/public/programme.html",
        {
            "programme": programme,
            "title": programme.text("title", lang),
            "description": programme.text("description", lang),
            "period": _period(programme.starts_on, programme.ends_on),
            "days": day_views(region, lang, days, today=timezone.localdate()),
            "feed": _feed_links(region, lang, filters),
            "booklet_url": reverse(
                "public:programme_booklet", args=[region.slug, lang, programme.pk]
            ),
        },
    )
