from __future__ import annotations

import datetime
from collections.abc import Iterator

import icalendar
import pytest
from django.core.exceptions import ValidationError

from ankunft.core.models import AuditEntry, Region
from ankunft.events.feeds import (
    MAX_FEED_BYTES,
    MAX_FEED_EVENTS,
    event_feed_delete,
    event_feed_import,
    event_feed_save,
)
from ankunft.events.models import Event, EventFeed, EventStatus
from ankunft.events.recurrence import occurrences
from ankunft.offers.models import Place
from ankunft.offers.services import place_get_or_create
from ankunft.organisations.models import Organisation
from tests.events.fake_calendar_server import FakeCalendarServer, closed_port_url
from tests.factories import OrganisationFactory, local, place_data

pytestmark = pytest.mark.django_db

NOW = local(2030, 9, 1, 12)


@pytest.fixture
def region(region: Region) -> Region:
    region.features = [*region.features, "events"]
    region.save(update_fields=["features"])
    return region


@pytest.fixture
def server() -> Iterator[FakeCalendarServer]:
    with FakeCalendarServer.running() as fake:
        yield fake


@pytest.fixture
def organisation(region: Region) -> Organisation:
    return OrganisationFactory(region=region, name="Kulturverein")


@pytest.fixture
def feed(region: Region, organisation: Organisation, server: FakeCalendarServer) -> EventFeed:
    return event_feed_save(
        actor=None,
        region=region,
        name="Kulturverein",
        url=server.url("/feed.ics"),
        organisation=organisation,
        language="de",
        interval_hours=24,
        active=True,
    )


def vevent(
    uid: str = "cafe-1@example.org",
    summary: str = "Sprachcafé",
    start: str = "DTSTART;TZID=Europe/Berlin:20301003T190000",
    end: str = "DTEND;TZID=Europe/Berlin:20301003T210000",
    location: str = "Stadtbibliothek",
    extra: str = "",
) -> str:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}" if uid else "",
        "DTSTAMP:20300101T000000Z",
        start,
        end,
        f"SUMMARY:{summary}" if summary else "",
        f"LOCATION:{location}" if location else "",
        *extra.splitlines(),
        "END:VEVENT",
    ]
    return "\r\n".join(line for line in lines if line) + "\r\n"


def calendar(*events: str, header: str = "") -> str:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Feed//EN", *header.splitlines()]
    return (
        "\r\n".join(line for line in head if line) + "\r\n" + "".join(events) + "END:VCALENDAR\r\n"
    )


def publish(server: FakeCalendarServer, *events: str, header: str = "") -> None:
    server.serve("/feed.ics", calendar(*events, header=header))


def imported(feed: EventFeed) -> list[Event]:
    return list(Event.objects.filter(feed=feed).order_by("external_uid"))


def test_it_creates_published_events_of_the_feeds_organiser(
    feed: EventFeed, server: FakeCalendarServer, organisation: Organisation
) -> None:
    publish(
        server, vevent(extra="DESCRIPTION:Deutsch üben\\nbei Kaffee\\n\\n<b>Alle</b> willkommen")
    )
    report = event_feed_import(feed=feed, now=NOW)
    assert (report.error, report.created) == ("", 1)
    [event] = imported(feed)
    assert event.external_uid == "cafe-1@example.org"
    assert event.status == EventStatus.PUBLISHED
    assert event.organisation == organisation
    assert event.title == {"de": "Sprachcafé"}
    assert event.description == {
        "de": "<p>Deutsch üben<br>bei Kaffee</p><p>&lt;b&gt;Alle&lt;/b&gt; willkommen</p>"
    }
    assert event.starts_at == local(2030, 10, 3, 19)
    assert event.ends_at == local(2030, 10, 3, 21)


def test_it_records_the_run_on_the_feed(feed: EventFeed, server: FakeCalendarServer) -> None:
    publish(server, vevent())
    event_feed_import(feed=feed, now=NOW)
    feed.refresh_from_db()
    assert feed.last_run_at == NOW
    assert feed.last_error == ""
    assert feed.last_counts["created"] == 1


def test_it_updates_in_place_and_writes_nothing_when_the_feed_is_unchanged(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent(), vevent(uid="cafe-2", location="https://meet.example.org/cafe"))
    event_feed_import(feed=feed, now=NOW)
    before = {event.pk: (event.updated_at, event.sequence) for event in imported(feed)}
    report = event_feed_import(feed=feed, now=NOW)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert {event.pk: (event.updated_at, event.sequence) for event in imported(feed)} == before


def test_it_updates_a_changed_summary_with_a_higher_sequence(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent())
    event_feed_import(feed=feed, now=NOW)
    [event] = imported(feed)
    publish(server, vevent(summary="Sprachcafé am Donnerstag"))
    report = event_feed_import(feed=feed, now=NOW)
    assert (report.created, report.updated) == (0, 1)
    [changed] = imported(feed)
    assert changed.pk == event.pk
    assert changed.title == {"de": "Sprachcafé am Donnerstag"}
    assert changed.sequence == event.sequence + 1


def test_it_deletes_events_whose_uid_left_the_feed(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent(), vevent(uid="cafe-2"))
    event_feed_import(feed=feed, now=NOW)
    publish(server, vevent())
    report = event_feed_import(feed=feed, now=NOW)
    assert report.deleted == 1
    assert [event.external_uid for event in imported(feed)] == ["cafe-1@example.org"]


def test_it_keeps_past_events_that_left_the_feed(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent())
    event_feed_import(feed=feed, now=NOW)
    publish(server)
    report = event_feed_import(feed=feed, now=local(2030, 10, 4))
    assert report.deleted == 0
    assert len(imported(feed)) == 1


def test_it_marks_events_cancelled_in_the_feed_as_cancelled(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent())
    event_feed_import(feed=feed, now=NOW)
    [event] = imported(feed)
    publish(server, vevent(extra="STATUS:CANCELLED"))
    report = event_feed_import(feed=feed, now=NOW)
    assert report.cancelled == 1
    [cancelled] = imported(feed)
    assert cancelled.status == EventStatus.CANCELLED
    assert cancelled.sequence > event.sequence


def test_it_does_not_create_events_that_arrive_cancelled(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent(extra="STATUS:CANCELLED"))
    event_feed_import(feed=feed, now=NOW)
    assert imported(feed) == []


def test_it_keeps_a_rule_without_end_and_expands_it_per_window(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent(extra="RRULE:FREQ=WEEKLY;BYDAY=TH"))
    event_feed_import(feed=feed, now=NOW)
    [event] = imported(feed)
    assert event.rrule == "FREQ=WEEKLY;BYDAY=TH"
    assert event.series_ends_at is None
    found = occurrences(event, local(2030, 10, 1), local(2030, 11, 1))
    assert [item.starts_at.day for item in found] == [3, 10, 17, 24, 31]


def test_it_keeps_19_00_local_after_the_october_change(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent(extra="RRULE:FREQ=WEEKLY;COUNT=6"))
    event_feed_import(feed=feed, now=NOW)
    [event] = imported(feed)
    found = occurrences(event, local(2030, 10, 1), local(2030, 12, 1))
    assert [item.starts_at.strftime("%d.%m. %H:%M %z") for item in found] == [
        "03.10. 19:00 +0200",
        "10.10. 19:00 +0200",
        "17.10. 19:00 +0200",
        "24.10. 19:00 +0200",
        "31.10. 19:00 +0100",
        "07.11. 19:00 +0100",
    ]


def test_it_converts_until_and_exdates_to_the_events_zone(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    rule = "RRULE:FREQ=WEEKLY;UNTIL=20301031\r\nEXDATE;TZID=Europe/Berlin:20301010T190000"
    publish(server, vevent(extra=rule))
    event_feed_import(feed=feed, now=NOW)
    [event] = imported(feed)
    assert event.exdates == ["2030-10-10"]
    found = occurrences(event, local(2030, 10, 1), local(2030, 12, 1))
    assert [item.starts_at.day for item in found] == [3, 17, 24, 31]
    assert event.series_ends_at == local(2030, 10, 31, 21)


def test_it_skips_rules_more_frequent_than_daily_with_a_message(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent(extra="RRULE:FREQ=HOURLY"), vevent(uid="cafe-2"))
    report = event_feed_import(feed=feed, now=NOW)
    assert (report.created, report.skipped) == (1, 1)
    assert "at most daily" in report.messages[0]
    assert "Sprachcafé" in report.messages[0]


def test_it_skips_changed_dates_of_a_series_and_says_so(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    override = vevent(
        start="DTSTART;TZID=Europe/Berlin:20301010T200000",
        end="DTEND;TZID=Europe/Berlin:20301010T220000",
        extra="RECURRENCE-ID;TZID=Europe/Berlin:20301010T190000",
    )
    publish(server, vevent(extra="RRULE:FREQ=WEEKLY"), override)
    report = event_feed_import(feed=feed, now=NOW)
    assert (report.created, report.skipped) == (1, 1)
    assert "RECURRENCE-ID" in report.messages[0]


def test_it_skips_events_that_end_before_they_start(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent(end="DTEND;TZID=Europe/Berlin:20301003T180000"))
    report = event_feed_import(feed=feed, now=NOW)
    assert (report.created, report.skipped) == (0, 1)
    assert "ends before it starts" in report.messages[0]


def test_it_skips_events_without_start(feed: EventFeed, server: FakeCalendarServer) -> None:
    publish(server, vevent(start="", end=""))
    report = event_feed_import(feed=feed, now=NOW)
    assert (report.created, report.skipped) == (0, 1)
    assert "DTSTART" in report.messages[0]


def test_it_gives_events_without_uid_a_stable_one(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent(uid=""))
    event_feed_import(feed=feed, now=NOW)
    report = event_feed_import(feed=feed, now=NOW)
    assert (report.created, report.unchanged) == (0, 1)
    [event] = imported(feed)
    assert event.external_uid.startswith("nouid-")


def test_it_imports_dates_as_all_day_events(feed: EventFeed, server: FakeCalendarServer) -> None:
    publish(server, vevent(start="DTSTART;VALUE=DATE:20301003", end="DTEND;VALUE=DATE:20301005"))
    event_feed_import(feed=feed, now=NOW)
    [event] = imported(feed)
    assert event.all_day
    assert (event.starts_at, event.ends_at) == (local(2030, 10, 3), local(2030, 10, 5))


def test_it_shows_utc_times_in_the_citys_time(feed: EventFeed, server: FakeCalendarServer) -> None:
    publish(server, vevent(start="DTSTART:20301003T170000Z", end="DURATION:PT90M"))
    event_feed_import(feed=feed, now=NOW)
    [event] = imported(feed)
    assert event.time_zone == "Europe/Berlin"
    assert (event.starts_at, event.ends_at) == (local(2030, 10, 3, 19), local(2030, 10, 3, 20, 30))


def test_it_reads_floating_times_as_the_citys_time(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent(start="DTSTART:20301003T190000", end="DTEND:20301003T200000"))
    event_feed_import(feed=feed, now=NOW)
    [event] = imported(feed)
    assert event.starts_at == local(2030, 10, 3, 19)


def test_it_keeps_the_zone_named_by_tzid(feed: EventFeed, server: FakeCalendarServer) -> None:
    publish(
        server,
        vevent(
            start="DTSTART;TZID=Europe/Istanbul:20301003T190000",
            end="DTEND;TZID=Europe/Istanbul:20301003T200000",
        ),
    )
    event_feed_import(feed=feed, now=NOW)
    [event] = imported(feed)
    assert event.time_zone == "Europe/Istanbul"
    assert event.starts_at == local(2030, 10, 3, 18)


def test_it_uses_a_place_of_the_city_with_the_locations_name(
    region: Region, feed: EventFeed, server: FakeCalendarServer
) -> None:
    place = place_get_or_create(region=region, data=place_data(name="Volkshochschule"))
    publish(server, vevent(location="volkshochschule"))
    event_feed_import(feed=feed, now=NOW)
    [event] = imported(feed)
    assert event.place == place


def test_it_creates_a_place_for_an_unknown_location_once(
    region: Region, feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent(location="Jugendhaus Ost"), vevent(uid="2", location="Jugendhaus Ost"))
    event_feed_import(feed=feed, now=NOW)
    places = Place.objects.for_region(region).filter(name="Jugendhaus Ost")
    assert places.count() == 1
    assert {event.place_id for event in imported(feed)} == {places.get().pk}


def test_it_imports_an_event_at_a_new_place_after_a_skipped_one_there(
    region: Region, feed: EventFeed, server: FakeCalendarServer
) -> None:
    wrong = vevent(uid="1", location="Neuer Ort", end="DTEND;TZID=Europe/Berlin:20301003T180000")
    publish(server, wrong, vevent(uid="2", location="Neuer Ort"))
    report = event_feed_import(feed=feed, now=NOW)
    assert (report.created, report.skipped) == (1, 1)
    [event] = imported(feed)
    assert event.place is not None and event.place.name == "Neuer Ort"


def test_it_imports_a_link_as_location_as_online_event(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent(location="https://meet.example.org/cafe"))
    event_feed_import(feed=feed, now=NOW)
    [event] = imported(feed)
    assert (event.online, event.online_url, event.place) == (
        True,
        "https://meet.example.org/cafe",
        None,
    )


def test_it_skips_events_without_location_or_link(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    publish(server, vevent(location=""))
    report = event_feed_import(feed=feed, now=NOW)
    assert (report.created, report.skipped) == (0, 1)
    assert "LOCATION" in report.messages[0]


def test_it_writes_the_audit_log(feed: EventFeed, server: FakeCalendarServer) -> None:
    publish(server, vevent())
    event_feed_import(feed=feed, now=NOW)
    assert AuditEntry.objects.filter(action="event_feed.imported", object_id=str(feed.pk)).exists()


# --- Errors change nothing ---------------------------------------------------------------------


@pytest.fixture
def already_imported(feed: EventFeed, server: FakeCalendarServer) -> list[tuple[int, str]]:
    publish(server, vevent(), vevent(uid="cafe-2"))
    event_feed_import(feed=feed, now=NOW)
    return [(event.pk, str(event.updated_at)) for event in imported(feed)]


def state(feed: EventFeed) -> list[tuple[int, str]]:
    return [(event.pk, str(event.updated_at)) for event in imported(feed)]


def test_it_changes_nothing_when_the_answer_is_not_icalendar(
    feed: EventFeed, server: FakeCalendarServer, already_imported: list[tuple[int, str]]
) -> None:
    server.serve("/feed.ics", "<html><body>Calendar moved</body></html>", content_type="text/html")
    report = event_feed_import(feed=feed, now=local(2030, 9, 2))
    assert report.error == "The address does not return an iCalendar file (.ics)."
    assert state(feed) == already_imported
    feed.refresh_from_db()
    assert (feed.last_error, feed.last_run_at) == (report.error, local(2030, 9, 2))


def test_it_changes_nothing_when_the_calendar_is_cut_off(
    feed: EventFeed, server: FakeCalendarServer, already_imported: list[tuple[int, str]]
) -> None:
    server.serve("/feed.ics", calendar(vevent())[:-30])
    report = event_feed_import(feed=feed, now=NOW)
    assert report.error
    assert state(feed) == already_imported


def test_it_refuses_a_feed_over_2_mb(
    feed: EventFeed, server: FakeCalendarServer, already_imported: list[tuple[int, str]]
) -> None:
    padding = "X-PADDING:" + "x" * 70 + "\r\n"
    body = calendar(vevent(extra=padding * (MAX_FEED_BYTES // len(padding) + 1)))
    server.serve("/feed.ics", body)
    report = event_feed_import(feed=feed, now=NOW)
    assert report.error == "The feed is larger than 2 MB and was not imported."
    assert state(feed) == already_imported


def test_it_refuses_a_feed_with_too_many_events(
    feed: EventFeed, server: FakeCalendarServer, already_imported: list[tuple[int, str]]
) -> None:
    publish(server, *[vevent(uid=f"e{number}") for number in range(MAX_FEED_EVENTS + 1)])
    report = event_feed_import(feed=feed, now=NOW)
    assert "more than the 2000" in report.error
    assert state(feed) == already_imported


def test_it_reports_a_server_error(
    feed: EventFeed, server: FakeCalendarServer, already_imported: list[tuple[int, str]]
) -> None:
    server.serve("/feed.ics", "Internal error", status=500, content_type="text/plain")
    report = event_feed_import(feed=feed, now=NOW)
    assert report.error == "The feed's server answered with error 500."
    assert state(feed) == already_imported


def test_it_reports_a_server_that_cannot_be_reached(feed: EventFeed) -> None:
    feed.url = closed_port_url()
    report = event_feed_import(feed=feed, now=NOW)
    assert report.error.startswith("The feed could not be reached")


def test_it_follows_redirects_to_web_addresses(feed: EventFeed, server: FakeCalendarServer) -> None:
    server.serve("/new.ics", calendar(vevent()))
    server.redirect("/feed.ics", "/new.ics")
    report = event_feed_import(feed=feed, now=NOW)
    assert report.created == 1


def test_it_refuses_redirects_to_other_schemes(feed: EventFeed, server: FakeCalendarServer) -> None:
    server.redirect("/feed.ics", "file:///etc/passwd")
    report = event_feed_import(feed=feed, now=NOW)
    assert report.error == "The feed's address redirects to an address that is not a web page."


def test_it_never_fetches_other_schemes(feed: EventFeed) -> None:
    EventFeed.objects.filter(pk=feed.pk).update(url="file:///etc/passwd")
    feed.refresh_from_db()
    report = event_feed_import(feed=feed, now=NOW)
    assert report.error == "Only http and https addresses can be imported."


# --- Saving and deleting feeds -----------------------------------------------------------------


def save(region: Region, **changes: object) -> EventFeed:
    values: dict[str, object] = {
        "name": "Feed",
        "url": "https://calendar.example.org/feed.ics",
        "organisation": None,
        "language": "de",
        "interval_hours": 24,
        "active": True,
    }
    return event_feed_save(actor=None, region=region, **{**values, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"url": "ftp://calendar.example.org/feed.ics"}, "url"),
        ({"url": "webcal://calendar.example.org/feed.ics"}, "url"),
        ({"name": "  "}, "name"),
        ({"interval_hours": 0}, "interval_hours"),
        ({"interval_hours": 169}, "interval_hours"),
        ({"language": "fr"}, "language"),
    ],
)
def test_it_refuses_invalid_feeds(region: Region, changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        save(region, **changes)
    assert field in raised.value.message_dict


def test_it_refuses_an_organisation_of_another_city(region: Region, other_region: Region) -> None:
    with pytest.raises(ValidationError) as raised:
        save(region, organisation=OrganisationFactory(region=other_region))
    assert "organisation" in raised.value.message_dict


def test_it_refuses_to_change_another_citys_feed(region: Region, other_region: Region) -> None:
    foreign = save(other_region)
    with pytest.raises(ValidationError):
        save(region, feed=foreign, name="Taken over")


def test_it_changes_a_feed_and_audits_it(region: Region) -> None:
    feed = save(region)
    save(region, feed=feed, interval_hours=6)
    feed.refresh_from_db()
    assert feed.interval_hours == 6
    entry = AuditEntry.objects.get(action="event_feed.updated")
    assert entry.changes == {"interval_hours": [24, 6]}


def test_it_deletes_a_feed_with_its_events(feed: EventFeed, server: FakeCalendarServer) -> None:
    publish(server, vevent())
    event_feed_import(feed=feed, now=NOW)
    event_feed_delete(actor=None, feed=feed)
    assert not EventFeed.objects.filter(pk=feed.pk).exists()
    assert not Event.objects.filter(external_uid="cafe-1@example.org").exists()


def test_its_imported_events_round_trip_through_the_public_feed_format(
    feed: EventFeed, server: FakeCalendarServer
) -> None:
    """What we import we can export again (the rule and its UNTIL survive)."""
    from ankunft.events.ics import calendar as export

    publish(server, vevent(extra="RRULE:FREQ=WEEKLY;UNTIL=20301031T235959Z"))
    event_feed_import(feed=feed, now=NOW)
    [event] = imported(feed)
    parsed = icalendar.Calendar.from_ical(
        export([event], region=feed.region, language="de", name="x")
    )
    [component] = parsed.walk("VEVENT")
    assert component.decoded("DTSTART") == local(2030, 10, 3, 19)
    assert component.get("RRULE")["UNTIL"] == [
        datetime.datetime(2030, 10, 31, 23, 59, 59, tzinfo=datetime.UTC)
    ]
