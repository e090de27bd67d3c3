"""Import of events from external iCalendar feeds (RFC 5545), on a schedule.

An import fetches the feed (http/https only, 10 seconds, at most 2 MB and 2000 events),
parses it completely and only then writes, in one transaction: new UIDs are created and
published, known UIDs are updated in place (and only when something changed), STATUS:CANCELLED
marks an event cancelled, and an event whose UID is gone from the feed is deleted unless it is
already over (many feeds drop their past events). When the feed cannot be read, nothing but
the feed's `last_error` and `last_run_at` changes.

Limits, on purpose: RECURRENCE-ID overrides (one changed date of a series) and RDATE are not
imported; rules more frequent than daily are refused (see `recurrence.parse_rule`); a rule
without end is kept as it is, since the app expands series per window only. Times in UTC,
floating times and zones that are not known by name become the city's time (Europe/Berlin,
or the feed's X-WR-TIMEZONE), so a series then keeps the city's wall-clock time.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from http.client import HTTPException
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from ankunft.accounts.models import User
from ankunft.core.audit import audit_record, diff, snapshot
from ankunft.core.models import Region
from ankunft.events.models import Event, EventFeed, EventStatus, Invitation, Registration
from ankunft.events.recurrence import validate_exdates
from ankunft.events.services import (
    EVENT_FIELDS,
    EventData,
    event_create,
    event_data_clean,
    event_update,
)
from ankunft.offers.models import Place
from ankunft.offers.services import PlaceData, place_get_or_create
from ankunft.organisations.models import Organisation

FETCH_TIMEOUT = 10.0
MAX_FEED_BYTES = 2 * 1024 * 1024
MAX_FEED_EVENTS = 2000
MAX_INTERVAL_HOURS = 168
MAX_MESSAGES = 50
MAX_TITLE_CHARS = 300
MAX_DESCRIPTION_CHARS = 20_000
USER_AGENT = "Ankunft calendar import"
SCHEMES = ("http", "https")
FEED_FIELDS = ["name", "url", "organisation", "language", "interval_hours", "active"]


class FeedError(Exception):
    """The feed as a whole cannot be imported; str(error) is a translated message."""


class _Skip(Exception):
    """One VEVENT cannot be imported; str(error) is a translated message."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    deleted: int = 0
    skipped: int = 0
    messages: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.cancelled or self.deleted)

    def counts(self) -> dict[str, Any]:
        """What `EventFeed.last_counts` keeps (messages capped at 50)."""
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "cancelled": self.cancelled,
            "deleted": self.deleted,
            "skipped": self.skipped,
            "messages": self.messages[:MAX_MESSAGES],
        }

    def skip(self, message: str) -> None:
        self.skipped += 1
        self.messages.append(message)


# --- Feeds ----------------------------------------------------------------------------------


def _validate_feed(
    region: Region,
    *,
    name: str,
    url: str,
    organisation: Organisation | None,
    language: str,
    interval_hours: int,
) -> None:
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = _("Please give the feed a name.")
    elif len(name) > 150:
        errors["name"] = _("The name can have at most 150 characters.")
    try:
        URLValidator(schemes=list(SCHEMES))(url)
        if len(url) > 500:
            raise ValidationError("too long")
    except ValidationError:
        errors["url"] = _("Please enter a web address starting with http:// or https://.")
    if organisation is not None and organisation.region_id != region.pk:
        errors["organisation"] = _("Please choose an organisation of this city.")
    if language not in region.language_codes():
        errors["language"] = _("Please choose one of the languages of this city.")
    if not 1 <= interval_hours <= MAX_INTERVAL_HOURS:
        errors["interval_hours"] = _("Please choose between 1 and %(max)d hours.") % {
            "max": MAX_INTERVAL_HOURS
        }
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def event_feed_save(
    *,
    actor: User | None,
    region: Region,
    feed: EventFeed | None = None,
    name: str,
    url: str,
    organisation: Organisation | None,
    language: str,
    interval_hours: int,
    active: bool,
) -> EventFeed:
    """Creates or changes a feed. The next run of `event_jobs` imports a new feed."""
    name, url = " ".join(name.split()), url.strip()
    _validate_feed(
        region,
        name=name,
        url=url,
        organisation=organisation,
        language=language,
        interval_hours=interval_hours,
    )
    if feed is None:
        feed = EventFeed(region=region)
        before: dict[str, Any] = {}
    else:
        locked = EventFeed.objects.select_for_update().filter(pk=feed.pk, region=region).first()
        if locked is None:
            raise ValidationError(_("This feed belongs to another city."))
        feed, before = locked, snapshot(locked, FEED_FIELDS)
    feed.name, feed.url, feed.organisation = name, url, organisation
    feed.language, feed.interval_hours, feed.active = language, interval_hours, active
    feed.save()
    audit_record(
        actor=actor,
        action="event_feed.created" if not before else "event_feed.updated",
        obj=feed,
        region=region,
        changes=diff(before, snapshot(feed, FEED_FIELDS)),
    )
    return feed


@transaction.atomic
def event_feed_delete(*, actor: User | None, feed: EventFeed) -> None:
    """Deletes the feed and the events imported from it."""
    feed = EventFeed.objects.select_for_update().select_related("region").get(pk=feed.pk)
    events = Event.objects.filter(feed=feed)
    if (
        Registration.objects.filter(event__in=events).exists()
        or Invitation.objects.filter(event__in=events).exists()
    ):
        raise ValidationError(
            _("People have registered for events of this feed; it cannot be deleted.")
        )
    count = events.count()
    audit_record(
        actor=actor,
        action="event_feed.deleted",
        obj=feed,
        region=feed.region,
        changes={"events": [count, 0]},
    )
    events.delete()
    feed.delete()


# --- Fetching -------------------------------------------------------------------------------


def _redirect_refused() -> str:
    return _("The feed's address redirects to an address that is not a web page.")


class _HttpRedirectsOnly(urllib.request.HTTPRedirectHandler):
    """Follow redirects (at most 5) only to http and https addresses."""

    max_redirections = 5

    def redirect_request(
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in SCHEMES:
            raise FeedError(_redirect_refused())
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_HttpRedirectsOnly())


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT) -> bytes:
    """The body at `url`, or FeedError."""
    if urlsplit(url).scheme.lower() not in SCHEMES:
        raise FeedError(_("Only http and https addresses can be imported."))
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
        url, headers={"Accept": "text/calendar, */*;q=0.5", "User-Agent": USER_AGENT}
    )
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            body: bytes = response.read(MAX_FEED_BYTES + 1)
    except urllib.error.HTTPError as error:
        error.close()
        if 300 <= error.code < 400:  # urllib refuses redirects to schemes other than web ones
            raise FeedError(_redirect_refused()) from None
        raise FeedError(
            _("The feed's server answered with error %(status)d.") % {"status": error.code}
        ) from None
    except (OSError, HTTPException, ValueError) as error:  # URLError and timeouts are OSErrors
        reason = getattr(error, "reason", None) or error
        raise FeedError(
            _("The feed could not be reached (%(reason)s).") % {"reason": str(reason)[:200]}
        ) from None
    if len(body) > MAX_FEED_BYTES:
        raise FeedError(
            _("The feed is larger than %(size)d MB and was not imported.")
            % {"size": MAX_FEED_BYTES // (1024 * 1024)}
        )
    return body


def parse(body: bytes) -> icalendar.Calendar:
    """The calendar in `body`, or FeedError when it is not one or has too many events."""
    not_ical = _("The address does not return an iCalendar file (.ics).")
    try:
        calendar = icalendar.Calendar.from_ical(body)
    except (ValueError, IndexError, KeyError, TypeError) as error:
        raise FeedError(not_ical) from error
    if not isinstance(calendar, icalendar.Calendar) or calendar.name != "VCALENDAR":
        raise FeedError(not_ical)
    count = sum(1 for component in calendar.subcomponents if component.name == "VEVENT")
    if count > MAX_FEED_EVENTS:
        raise FeedError(
            _("The feed has %(count)d events, more than the %(max)d that can be imported.")
            % {"count": count, "max": MAX_FEED_EVENTS}
        )
    return calendar


# --- Import ---------------------------------------------------------------------------------


def event_feed_import(*, feed: EventFeed, now: datetime.datetime | None = None) -> ImportReport:
    """Fetches the feed and applies it in one transaction (see the module's description).

    Fetching happens outside the transaction, so no lock is held while waiting for the
    network. On error only the feed's `last_error` and `last_run_at` are written."""
    now = now or timezone.now()
    try:
        calendar = parse(fetch(feed.url))
    except FeedError as error:
        return _record_error(feed, str(error), now)
    return _apply_calendar(feed, calendar, now)


@transaction.atomic
def _record_error(feed: EventFeed, message: str, now: datetime.datetime) -> ImportReport:
    EventFeed.objects.filter(pk=feed.pk).update(last_error=message, last_run_at=now)
    feed.last_error, feed.last_run_at = message, now
    return ImportReport(error=message)


@transaction.atomic
def _apply_calendar(
    feed: EventFeed, calendar: icalendar.Calendar, now: datetime.datetime
) -> ImportReport:
    # The lock makes two imports of the same feed wait for each other instead of both
    # creating the same UIDs.
    feed = (
        EventFeed.objects.select_for_update(of=("self",))
        .select_related("organisation")
        .get(pk=feed.pk)
    )
    region = Region.objects.with_languages().get(pk=feed.region_id)
    mapper = _Mapper(feed, region, _floating_zone(calendar))
    existing = {event.external_uid: event for event in Event.objects.filter(feed=feed)}
    report = ImportReport()
    seen: set[str] = set()
    for component in calendar.walk("VEVENT"):
        uid = _uid(component)
        label = _label(component, uid)
        if component.get("RECURRENCE-ID") is not None:
            seen.add(uid)
            report.skip(
                _("%(event)s: a changed date of a series (RECURRENCE-ID) is not imported.")
                % {"event": label}
            )
            continue
        if uid in seen:
            report.skip(
                _("%(event)s: the UID appears twice; only the first was imported.")
                % {"event": label}
            )
            continue
        seen.add(uid)
        try:
            with transaction.atomic():
                _import_one(mapper, component, uid, existing.get(uid), report)
        except (_Skip, ValidationError) as error:
            mapper.forget()
            messages = error.messages if isinstance(error, ValidationError) else [str(error)]
            report.skip(_("%(event)s: %(reason)s") % {"event": label, "reason": " ".join(messages)})
    _delete_gone(feed, region, existing, seen, now, report)
    feed.last_run_at, feed.last_error, feed.last_counts = now, "", report.counts()
    feed.save(update_fields=["last_run_at", "last_error", "last_counts"])
    if report.changed:
        audit_record(
            actor=None,
            action="event_feed.imported",
            obj=feed,
            region=region,
            changes={
                name: [None, value]
                for name, value in report.counts().items()
                if name != "messages" and value
            },
        )
    return report


def _import_one(
    mapper: _Mapper,
    component: icalendar.Component,
    uid: str,
    event: Event | None,
    report: ImportReport,
) -> None:
    cancelled = str(component.get("STATUS", "")).strip().upper() == "CANCELLED"
    if event is None and cancelled:
        return  # never shown here, so nobody needs to learn that it is off
    data = mapper.event_data(component)
    if event is None:
        event = event_create(actor=None, region=mapper.region, data=data)
        event.feed, event.external_uid = mapper.feed, uid
        event.status, event.published_at = EventStatus.PUBLISHED, timezone.now()
        event.save(update_fields=["feed", "external_uid", "status", "published_at", "updated_at"])
        audit_record(
            actor=None,
            action="event.published",
            obj=event,
            region=mapper.region,
            changes={"status": [EventStatus.DRAFT, EventStatus.PUBLISHED]},
        )
        report.created += 1
        return
    changed = _differs(event, mapper.region, data)
    if changed:
        event = event_update(actor=None, event=event, data=data)
    status = EventStatus.CANCELLED if cancelled else EventStatus.PUBLISHED
    status_changed = event.status != status
    if status_changed:
        _set_status(event, mapper.region, status)
    if cancelled and status_changed:
        report.cancelled += 1
    elif changed or status_changed:
        report.updated += 1
    else:
        report.unchanged += 1


def _set_status(event: Event, region: Region, status: str) -> None:
    before = event.status
    event.status = status
    event.sequence += 1  # calendar programs only take a change with a higher SEQUENCE
    if status == EventStatus.PUBLISHED and event.published_at is None:
        event.published_at = timezone.now()
    event.save(update_fields=["status", "sequence", "published_at", "updated_at"])
    audit_record(
        actor=None,
        action="event.cancelled" if status == EventStatus.CANCELLED else "event.published",
        obj=event,
        region=region,
        changes={"status": [before, status]},
    )


def _differs(event: Event, region: Region, data: EventData) -> bool:
    """Whether saving `data` would change the event (so that a re-import of an unchanged
    feed writes nothing and calendars see no new SEQUENCE)."""
    event_data_clean(region, data)
    data.exdates = validate_exdates(data.exdates)
    for name in EVENT_FIELDS:
        model_field = Event._meta.get_field(name)
        new = getattr(data, name)
        if model_field.is_relation:
            if getattr(event, f"{name}_id") != (new.pk if new is not None else None):
                return True
        elif getattr(event, name) != new:
            return True
    return False


def _delete_gone(
    feed: EventFeed,
    region: Region,
    existing: dict[str, Event],
    seen: set[str],
    now: datetime.datetime,
    report: ImportReport,
) -> None:
    """Deletes the events that left the feed, unless they are over: many feeds only carry
    what is still to come, and past events stay as a record."""
    for uid, event in existing.items():
        if uid in seen:
            continue
        if event.series_ends_at is not None and event.series_ends_at <= now:
            continue
        audit_record(
            actor=None,
            action="event.deleted",
            obj=event,
            region=region,
            changes={"feed": [feed.pk, None]},
        )
        event.delete()
        report.deleted += 1


# --- Mapping one VEVENT ---------------------------------------------------------------------


def _uid(component: icalendar.Component) -> str:
    """The UID, or for events without one a stable hash of DTSTART and SUMMARY."""
    uid = str(component.get("UID") or "").strip()
    if uid:
        return uid[:255]
    start = component.get("DTSTART")
    start_text = start.to_ical().decode() if hasattr(start, "to_ical") else str(start)
    digest = hashlib.sha256(f"{start_text}|{component.get('SUMMARY', '')}".encode()).hexdigest()
    return f"nouid-{digest[:40]}"


def _label(component: icalendar.Component, uid: str) -> str:
    summary = " ".join(str(component.get("SUMMARY") or "").split())[:80]
    return f"“{summary}”" if summary else uid[:80]


def _zone(name: str) -> ZoneInfo | None:
    name = WINDOWS_TO_OLSON.get(name.strip(), name.strip())
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _floating_zone(calendar: icalendar.Calendar) -> ZoneInfo:
    """Times without zone are local to the calendar (X-WR-TIMEZONE) or to the city."""
    return _zone(str(calendar.get("X-WR-TIMEZONE") or "")) or ZoneInfo(settings.TIME_ZONE)


def _plain_to_html(text: str) -> str:
    paragraphs = re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip())
    return "".join(
        "<p>" + escape(part.strip()).replace("\n", "<br>") + "</p>"
        for part in paragraphs
        if part.strip()
    )


def _single(component: icalendar.Component, name: str) -> Any:
    """A property that may appear once; repeated ones are an error of the feed."""
    value = component.get(name)
    if isinstance(value, list):
        raise _Skip(_("%(property)s appears more than once.") % {"property": name})
    return value


def _moment(value: Any, name: str) -> datetime.date | datetime.datetime | None:
    if value is None:
        return None
    moment = getattr(value, "dt", None)
    if not isinstance(moment, datetime.date):
        raise _Skip(_("%(property)s is not a valid date or time.") % {"property": name})
    return moment


class _Mapper:
    """Turns VEVENTs of one feed into EventData."""

    def __init__(self, feed: EventFeed, region: Region, floating: ZoneInfo) -> None:
        self.feed, self.region, self.floating = feed, region, floating
        # Feeds repeat a few locations many times; a skipped event rolls back its savepoint
        # (and a place created in it), so `forget()` empties this after every skip.
        self._places: dict[tuple[str, Any, Any], Place] = {}
        self.language = (
            feed.language
            if feed.language in region.language_codes()
            else region.default_language_id
        )

    def event_data(self, component: icalendar.Component) -> EventData:
        start_value = _single(component, "DTSTART")
        start = _moment(start_value, "DTSTART")
        if start is None:
            raise _Skip(_("the event has no start (DTSTART)."))
        all_day = not isinstance(start, datetime.datetime)
        zone, starts_at = self._start(start, start_value)
        ends_at = self._end(component, starts_at, zone, all_day)
        title = " ".join(str(_single(component, "SUMMARY") or "").split())[:MAX_TITLE_CHARS]
        description = str(_single(component, "DESCRIPTION") or "")[:MAX_DESCRIPTION_CHARS]
        data = EventData(
            title={self.language: title},
            description={self.language: _plain_to_html(description)},
            starts_at=starts_at,
            ends_at=ends_at,
            all_day=all_day,
            time_zone=zone.key,
            organisation=self.feed.organisation,
            rrule=self._rule(component, zone),
            exdates=self._exdates(component, zone),
        )
        self._where(component, data)
        return data

    def _start(self, start: datetime.date, value: Any) -> tuple[ZoneInfo, datetime.datetime]:
        if not isinstance(start, datetime.datetime):
            return self.floating, datetime.datetime.combine(start, datetime.time(), self.floating)
        if start.tzinfo is None:
            return self.floating, start.replace(tzinfo=self.floating)
        if isinstance(start.tzinfo, ZoneInfo) and start.tzinfo.key not in ("UTC", "Etc/UTC"):
            return start.tzinfo, start
        named = _zone(str(getattr(value, "params", {}).get("TZID", "")))
        if named is not None and named.key not in ("UTC", "Etc/UTC"):
            # A zone defined in the feed (VTIMEZONE) under a known name: same wall clock.
            return named, start.replace(tzinfo=named)
        # UTC or an unknown zone: the moment is kept, shown in the city's time.
        return self.floating, start.astimezone(self.floating)

    def _end(
        self,
        component: icalendar.Component,
        starts_at: datetime.datetime,
        zone: ZoneInfo,
        all_day: bool,
    ) -> datetime.datetime:
        end = _moment(_single(component, "DTEND"), "DTEND")
        duration_value = _single(component, "DURATION")
        duration = getattr(duration_value, "dt", None)
        if end is not None:
            if all_day or not isinstance(end, datetime.datetime):
                day = end.date() if isinstance(end, datetime.datetime) else end
                return datetime.datetime.combine(day, datetime.time(), zone)
            return end if end.tzinfo is not None else end.replace(tzinfo=zone)
        if isinstance(duration, datetime.timedelta):
            # Wall-clock arithmetic, normalised: "PT2H" from 19:00 ends at 21:00 local.
            return (starts_at + duration).astimezone(datetime.UTC).astimezone(zone)
        if all_day:
            return datetime.datetime.combine(
                starts_at.date() + datetime.timedelta(days=1), datetime.time(), zone
            )
        return starts_at

    def _rule(self, component: icalendar.Component, zone: ZoneInfo) -> str:
        rule = component.get("RRULE")
        if rule is None:
            return ""
        if isinstance(rule, list):
            raise _Skip(_("events with more than one repeat rule are not imported."))
        rule = icalendar.vRecur(dict(rule))
        # dateutil wants UNTIL in UTC for a start with a time zone (RFC 5545 allows a date or a
        # floating time there): the end of that local day, or that local time.
        until = [_utc_until(value, zone) for value in rule.get("UNTIL", [])]
        if until:
            rule["UNTIL"] = until
        return str(rule.to_ical().decode())

    def _exdates(self, component: icalendar.Component, zone: ZoneInfo) -> list[str]:
        values = component.get("EXDATE")
        if values is None:
            return []
        days = []
        for group in values if isinstance(values, list) else [values]:
            for item in getattr(group, "dts", []):
                moment = item.dt
                if isinstance(moment, datetime.datetime):
                    moment = (moment.astimezone(zone) if moment.tzinfo else moment).date()
                days.append(moment.isoformat())
        return sorted(set(days))

    def _where(self, component: icalendar.Component, data: EventData) -> None:
        """Place or online link from LOCATION (and URL, GEO)."""
        location = " ".join(str(_single(component, "LOCATION") or "").split())
        link = str(_single(component, "URL") or "").strip()
        if _is_link(location):
            data.online, data.online_url = True, location
            return
        if location:
            data.place = self._place(location, component.get("GEO"))
            return
        if _is_link(link):
            data.online, data.online_url = True, link
            return
        organisation = self.feed.organisation
        if organisation is not None and organisation.street and organisation.postcode:
            # Without a location the event is at the organiser's address.
            data.place = place_get_or_create(
                region=self.region,
                data=PlaceData(
                    name=organisation.name,
                    street=organisation.street,
                    postcode=organisation.postcode,
                    city=organisation.city or self.region.name,
                ),
            )
            return
        raise _Skip(_("the event has no location (LOCATION) and no link (URL)."))

    def forget(self) -> None:
        self._places.clear()

    def _place(self, location: str, geo: Any) -> Place:
        key = (location, *_coordinates(geo))
        if key not in self._places:
            self._places[key] = self._find_place(location, geo)
        return self._places[key]

    def _find_place(self, location: str, geo: Any) -> Place:
        """A place of the city with this name or street, or a new place for the text."""
        parts = [part.strip() for part in location.split(",") if part.strip()]
        lookup = Q(name__iexact=location) | Q(street__iexact=location)
        if len(parts) >= 2:
            lookup |= Q(name__iexact=parts[0], street__iexact=parts[1])
        found = Place.objects.for_region(self.region).filter(lookup).order_by("pk").first()
        if found is not None:
            return found
        latitude, longitude = _coordinates(geo)
        return place_get_or_create(
            region=self.region,
            data=PlaceData(
                name=location[:200],
                street=location[:200],
                postcode="",
                city=self.region.name,
                latitude=latitude,
                longitude=longitude,
            ),
        )


def _is_link(text: str) -> bool:
    if not text or len(text) > 200 or " " in text:
        return False
    try:
        URLValidator(schemes=list(SCHEMES))(text)
    except ValidationError:
        return False
    return True


def _utc_until(value: Any, zone: ZoneInfo) -> datetime.datetime:
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time(23, 59, 59))
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(datetime.UTC)


def _coordinates(geo: Any) -> tuple[Decimal | None, Decimal | None]:
    try:
        latitude = Decimal(str(geo.latitude)).quantize(Decimal("0.000001"))
        longitude = Decimal(str(geo.longitude)).quantize(Decimal("0.000001"))
    except (AttributeError, InvalidOperation, ValueError):
        return None, None
    if -90 <= latitude <= 90 and -180 <= longitude <= 180:
        return latitude, longitude
    return None, None
