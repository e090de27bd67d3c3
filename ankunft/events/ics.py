"""iCalendar output (RFC 5545) with the icalendar library: feeds and single-event files.

A feed carries each event once, with its RRULE and EXDATEs, so calendar programs expand the
series themselves; times are local with their VTIMEZONE, so they follow daylight saving."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from html import unescape
from urllib.parse import urlsplit

import icalendar
import nh3
from django.conf import settings
from django.urls import reverse

from ankunft.core.models import Region
from ankunft.core.translated import pick
from ankunft.events.models import Event, EventStatus
from ankunft.events.recurrence import local_start, normalise_rule, until_in_utc


def event_uid(event: Event) -> str:
    host = urlsplit(settings.ANKUNFT_SITE_URL).hostname or "ankunft"
    return f"event-{event.pk}@{host}"


def event_url(event: Event, language: str) -> str:
    path = reverse("public:event", args=[event.region.slug, language, event.pk])
    return f"{settings.ANKUNFT_SITE_URL}{path}"


def plain_text(html: str) -> str:
    """Rich text as plain text for DESCRIPTION: block ends become line breaks."""
    text = html
    for tag in ("</p>", "<br>", "<br/>", "<br />", "</li>", "</h2>", "</h3>"):
        text = text.replace(tag, tag + "\n")
    # nh3 drops the tags (and the content of script and style) but escapes the text again:
    # DESCRIPTION is plain text, so entities such as &lt; and &nbsp; become characters.
    cleaned = unescape(nh3.clean(text, tags=set()))
    lines = [" ".join(line.split()) for line in cleaned.splitlines()]
    return "\n".join(line for line in lines if line)


def _location(event: Event) -> str:
    if event.place is not None:
        return ", ".join(part for part in [event.place.name, event.place.one_line] if part)
    return event.online_url if event.online else ""


def _rrule(event: Event, start: datetime.datetime) -> icalendar.vRecur:
    """The rule with UNTIL as RFC 5545 wants it: a date next to an all-day DTSTART, a UTC
    time next to a DTSTART with a time zone (the office may type either)."""
    assert start.tzinfo is not None
    recur = icalendar.vRecur.from_ical(until_in_utc(normalise_rule(event.rrule), start.tzinfo))
    if "UNTIL" in recur:
        until = recur["UNTIL"][0]
        if event.all_day and isinstance(until, datetime.datetime):
            recur["UNTIL"] = [until.astimezone(start.tzinfo).date()]
    return recur


def vevent(event: Event, language: str) -> icalendar.Event:
    chain = event.region.fallback_chain(language)
    component = icalendar.Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", event.updated_at or datetime.datetime.now(datetime.UTC))
    component.add("last-modified", event.updated_at or datetime.datetime.now(datetime.UTC))
    component.add("sequence", event.sequence)
    component.add("summary", pick(event.title, chain).text)
    description = plain_text(pick(event.description, chain).text) or pick(event.summary, chain).text
    url = event_url(event, language)
    component.add("description", f"{description}\n\n{url}".strip())
    component.add("url", url)
    start = local_start(event)
    if event.all_day:
        component.add("dtstart", start.date())
        end = event.ends_at.astimezone(start.tzinfo)
        component.add("dtend", max(end.date(), start.date() + datetime.timedelta(days=1)))
    else:
        component.add("dtstart", start)
        component.add("dtend", event.ends_at.astimezone(start.tzinfo))
    if event.rrule:
        component.add("rrule", _rrule(event, start))
        for value in event.exdates:
            day = datetime.date.fromisoformat(str(value)[:10])
            if event.all_day:
                component.add("exdate", day)
            else:
                component.add("exdate", datetime.datetime.combine(day, start.timetz()))
    location = _location(event)
    if location:
        component.add("location", location)
    if event.place is not None and event.place.has_coordinates:
        component.add("geo", (float(event.place.latitude), float(event.place.longitude)))  # type: ignore[arg-type]
    if event.organisation is not None:
        organizer = icalendar.vCalAddress(f"mailto:{event.organisation.email or 'noreply@invalid'}")
        organizer.params["cn"] = event.organisation.name
        component.add("organizer", organizer)
    component.add("status", "CANCELLED" if event.status == EventStatus.CANCELLED else "CONFIRMED")
    return component


def calendar(events: Iterable[Event], *, region: Region, language: str, name: str) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Ankunft//Events//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    cal.add("refresh-interval", datetime.timedelta(hours=12), parameters={"VALUE": "DURATION"})
    for event in events:
        cal.add_component(vevent(event, language))
    cal.add_missing_timezones()
    return cal.to_ical()
