"""Reads of events: filters, occurrences in a window (recurring events expanded), calendar
weeks. A region has hundreds of events, not millions: the database narrows by region,
status and time window, and the filters on the JSON lists run in Python, the same on both
engines."""

from __future__ import annotations

import calendar as calendar_module
import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ankunft.core.filters import FilterLinks, as_lists, read_filters
from ankunft.core.models import Language, Region
from ankunft.events.models import (
    Event,
    EventQuerySet,
    EventStatus,
    Programme,
    RegistrationStatus,
)
from ankunft.events.recurrence import MAX_OCCURRENCES, Occurrence, occurrences
from ankunft.offers.models import Cost, TargetGroup, Theme

MULTI_FILTERS = ["theme", "language", "district", "target_group"]
FLAGS = ["free", "step_free", "online"]
MAX_QUERY_LENGTH = 100
# The longest window one request may expand (a feed of a year, the API's `from`/`to`).
MAX_WINDOW = datetime.timedelta(days=400)


@dataclass(frozen=True)
class EventFilters(FilterLinks):
    MULTI = tuple(MULTI_FILTERS)
    FLAGS = tuple(FLAGS)

    q: str = ""
    theme: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    district: tuple[str, ...] = ()
    target_group: tuple[str, ...] = ()
    free: bool = False
    step_free: bool = False
    online: bool = False
    programme: int | None = None

    @property
    def active(self) -> bool:
        return bool(
            self.q or self.programme or any(getattr(self, n) for n in MULTI_FILTERS + FLAGS)
        )

    def params(self) -> list[tuple[str, str]]:
        pairs = super().params()
        if self.programme:
            pairs.append(("programme", str(self.programme)))
        return pairs

    def matches(self, event: Event) -> bool:
        if self.programme and event.programme_id != self.programme:
            return False
        if self.theme and not set(self.theme) & set(event.themes):
            return False
        if self.language and not set(self.language) & set(event.languages):
            return False
        if self.target_group and not set(self.target_group) & set(event.target_groups):
            return False
        if self.district:
            district = event.effective_district
            if district is None or district.key not in self.district:
                return False
        if self.free and event.cost != Cost.FREE:
            return False
        if self.step_free and not event.step_free:
            return False
        if self.online and not event.online:
            return False
        if self.q:
            haystack = " ".join([*event.title.values(), *event.summary.values()]).casefold()
            if not all(word in haystack for word in self.q.casefold().split()):
                return False
        return True


def _allowed(region: Region, name: str) -> set[str]:
    if name == "theme":
        return set(Theme.objects.for_region(region).values_list("key", flat=True))
    if name == "district":
        return set(region.districts.values_list("key", flat=True))
    if name == "target_group":
        return set(TargetGroup.values)
    return set(Language.objects.values_list("code", flat=True))


def parse_filters(region: Region, params: Mapping[str, Sequence[str]]) -> EventFilters:
    """Filters from query parameters; unknown values raise a ValidationError per field."""
    params = as_lists(params)
    errors: dict[str, str] = {}
    values = read_filters(
        params,
        multi=MULTI_FILTERS,
        flags=FLAGS,
        allowed=lambda name: _allowed(region, name),
        max_query_length=MAX_QUERY_LENGTH,
        errors=errors,
    )
    raw_programme = (params.get("programme") or [""])[-1].strip()
    if raw_programme:
        if (
            not raw_programme.isdigit()
            or not Programme.objects.for_region(region)
            .filter(pk=int(raw_programme), published_at__isnull=False)
            .exists()
        ):
            errors["programme"] = _("Unknown programme.")
        else:
            values["programme"] = int(raw_programme)
    if errors:
        raise ValidationError(errors)
    return EventFilters(**values)


def public_events(region: Region) -> EventQuerySet:
    return Event.objects.for_region(region).public().with_relations()


def public_occurrences(
    region: Region,
    start: datetime.datetime,
    end: datetime.datetime,
    filters: EventFilters | None = None,
) -> list[Occurrence]:
    """Every occurrence of a public event in [start, end), in time order."""
    if end - start > MAX_WINDOW:
        raise ValidationError(
            _("Please ask for at most %(days)d days at once.") % {"days": MAX_WINDOW.days}
        )
    filters = filters or EventFilters()
    found: list[Occurrence] = []
    for event in public_events(region).overlapping(start, end):
        if filters.matches(event):
            found.extend(occurrences(event, start, end, MAX_OCCURRENCES))
    found.sort(key=lambda item: (item.starts_at, item.event.pk))
    return found


def public_feed_events(
    region: Region, filters: EventFilters | None = None, now: datetime.datetime | None = None
) -> list[Event]:
    """Events for a subscription feed: everything not over more than 30 days ago."""
    since = (now or timezone.now()) - datetime.timedelta(days=30)
    filters = filters or EventFilters()
    events = public_events(region).filter(
        Q(series_ends_at__isnull=True) | Q(series_ends_at__gt=since)
    )
    return [event for event in events if filters.matches(event)]


def public_event(region: Region, event_id: int) -> Event:
    """A public event or Event.DoesNotExist."""
    return public_events(region).get(pk=event_id)


def region_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def day_window(first: datetime.date, days: int) -> tuple[datetime.datetime, datetime.datetime]:
    """[midnight of `first`, midnight after `days` days) in the local time zone."""
    zone = region_zone()
    start = datetime.datetime.combine(first, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(
        first + datetime.timedelta(days=days), datetime.time.min, tzinfo=zone
    )
    return start, end


@dataclass(frozen=True)
class Day:
    date: datetime.date
    occurrences: list[Occurrence]


def by_day(items: list[Occurrence], first: datetime.date, last: datetime.date) -> list[Day]:
    """Occurrences grouped by local day; an event lasting several days shows on each."""
    days: dict[datetime.date, list[Occurrence]] = {}
    zone = region_zone()
    for item in items:
        day = max(item.starts_at.astimezone(zone).date(), first)
        until = item.ends_at.astimezone(zone)
        final = (
            until.date()
            if until.time() != datetime.time.min
            else until.date() - datetime.timedelta(days=1)
        )
        final = max(final, day)  # an event of zero length or ending at midnight: its first day
        while day <= min(final, last):
            days.setdefault(day, []).append(item)
            day += datetime.timedelta(days=1)
    return [Day(date, days[date]) for date in sorted(days)]


def month_weeks(year: int, month: int) -> list[list[datetime.date]]:
    """The weeks (Monday first) that show the month, with days of neighbouring months."""
    return calendar_module.Calendar(firstweekday=0).monthdatescalendar(year, month)


@dataclass(frozen=True)
class RegistrationFigures:
    confirmed: int
    waiting: int
    free: int | None


def registration_figures(event: Event) -> RegistrationFigures:
    counts = event.registrations.aggregate(
        confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=RegistrationStatus.WAITING)),
    )
    free = None if event.capacity is None else max(event.capacity - counts["confirmed"], 0)
    return RegistrationFigures(counts["confirmed"], counts["waiting"], free)


def published_programmes(region: Region) -> list[Programme]:
    return list(
        Programme.objects.for_region(region)
        .filter(published_at__isnull=False)
        .select_related("region")
    )


def programme_occurrences(programme: Programme) -> list[Occurrence]:
    start, end = day_window(programme.starts_on, (programme.ends_on - programme.starts_on).days + 1)
    events = public_events(programme.region).filter(programme=programme).overlapping(start, end)
    found: list[Occurrence] = []
    for event in events:
        found.extend(occurrences(event, start, end))
    found.sort(key=lambda item: (item.starts_at, item.event.pk))
    return found


def submissions(programme: Programme) -> EventQuerySet:
    return (
        Event.objects.for_region(programme.region)
        .filter(programme=programme)
        .exclude(status=EventStatus.DRAFT)
        .with_relations()
        .order_by("status", "starts_at")
    )
