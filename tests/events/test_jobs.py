from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from io import StringIO
from typing import Any

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from ankunft.core.models import Region
from ankunft.events.models import Event, EventFeed, EventStatus, Programme, Registration
from ankunft.events.services import registration_create
from tests.events.fake_calendar_server import FakeCalendarServer
from tests.factories import local, make_event

pytestmark = pytest.mark.django_db

CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:job-1\r\nDTSTART;TZID=Europe/Berlin:20301003T190000\r\n"
    "DTEND;TZID=Europe/Berlin:20301003T210000\r\nSUMMARY:Lesung\r\nLOCATION:Stadtbibliothek\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture
def region(region: Region) -> Region:
    region.features = [*region.features, "events"]
    region.save(update_fields=["features"])
    return region


@pytest.fixture
def server() -> Iterator[FakeCalendarServer]:
    with FakeCalendarServer.running() as fake:
        yield fake


def run_jobs(now: str) -> str:
    out = StringIO()
    call_command("event_jobs", now=now, stdout=out, stderr=StringIO())
    return out.getvalue()


def reminders(address: str) -> list[Any]:
    return [
        message
        for message in mail.outbox
        if message.to == [address] and message.subject.startswith(("Morgen", "Tomorrow"))
    ]


@pytest.fixture
def registered(region: Region, committed: Callable[[], Any]) -> Registration:
    event = make_event(region, starts_at=local(2030, 10, 3, 18), registration=True)
    with committed():
        return registration_create(
            event=event, name="Olena", email="olena@example.org", language="de"
        )


def test_it_sends_no_reminder_two_days_before(
    registered: Registration, committed: Callable[[], Any]
) -> None:
    with committed():
        run_jobs("2030-10-01T09:00")
    assert reminders("olena@example.org") == []


def test_it_reminds_registrants_the_day_before(
    registered: Registration, committed: Callable[[], Any]
) -> None:
    with committed():
        output = run_jobs("2030-10-02T09:00")
    assert len(reminders("olena@example.org")) == 1
    assert "reminders sent: 1" in output


def test_it_reminds_only_once(registered: Registration, committed: Callable[[], Any]) -> None:
    with committed():
        run_jobs("2030-10-02T09:00")
        run_jobs("2030-10-02T09:15")
    assert len(reminders("olena@example.org")) == 1


@pytest.fixture
def programme(region: Region) -> Programme:
    programme = Programme.objects.create(
        region=region,
        title={"de": "Interkulturelle Woche"},
        starts_on=datetime.date(2030, 9, 22),
        ends_on=datetime.date(2030, 9, 29),
        publish_on=datetime.date(2030, 9, 1),
    )
    make_event(
        region, programme=programme, starts_at=local(2030, 9, 23, 18), status=EventStatus.ACCEPTED
    )
    return programme


def test_it_publishes_a_programme_on_its_date(programme: Programme) -> None:
    output = run_jobs("2030-09-01T00:10")
    programme.refresh_from_db()
    assert programme.is_published
    assert Event.objects.get(programme=programme).status == EventStatus.PUBLISHED
    assert "programmes published: 1" in output


def test_it_does_not_publish_a_programme_before_its_date(programme: Programme) -> None:
    run_jobs("2030-08-31T23:50")
    programme.refresh_from_db()
    assert not programme.is_published
    assert Event.objects.get(programme=programme).status == EventStatus.ACCEPTED


def make_feed(region: Region, url: str, last_run_at: datetime.datetime | None) -> EventFeed:
    return EventFeed.objects.create(
        region=region, name=url, url=url, language="de", interval_hours=24, last_run_at=last_run_at
    )


def test_it_imports_due_feeds_and_leaves_the_others(
    region: Region, server: FakeCalendarServer
) -> None:
    due = make_feed(region, server.serve("/due.ics", CALENDAR), local(2030, 9, 1, 8))
    make_feed(region, server.serve("/fresh.ics", CALENDAR), local(2030, 9, 2, 8))
    output = run_jobs("2030-09-02T09:00")
    assert server.requests == ["/due.ics"]
    assert Event.objects.filter(feed=due, status=EventStatus.PUBLISHED).count() == 1
    assert "feeds imported: 1 of 1 due (1 created" in output


def test_it_imports_a_new_feed_at_once(region: Region, server: FakeCalendarServer) -> None:
    make_feed(region, server.serve("/new.ics", CALENDAR), None)
    run_jobs("2030-09-02T09:00")
    assert server.requests == ["/new.ics"]


def test_it_skips_feeds_of_cities_without_events(
    region: Region, server: FakeCalendarServer
) -> None:
    region.features = ["alliance"]
    region.save(update_fields=["features"])
    make_feed(region, server.serve("/feed.ics", CALENDAR), None)
    run_jobs("2030-09-02T09:00")
    assert server.requests == []


def test_it_reports_a_feed_that_cannot_be_read_and_goes_on(
    region: Region, server: FakeCalendarServer
) -> None:
    broken = make_feed(region, server.serve("/broken.ics", "nope", status=404), None)
    working = make_feed(region, server.serve("/feed.ics", CALENDAR), None)
    errors = StringIO()
    call_command("event_jobs", now="2030-09-02T09:00", stdout=StringIO(), stderr=errors)
    broken.refresh_from_db()
    assert broken.last_error == "The feed's server answered with error 404."
    assert "error 404" in errors.getvalue()
    assert Event.objects.filter(feed=working).count() == 1


def test_it_refuses_a_wrong_clock() -> None:
    with pytest.raises(CommandError):
        call_command("event_jobs", now="tomorrow", stdout=StringIO())
