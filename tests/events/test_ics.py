"""iCalendar output, read back with independent parsers: icalendar's own parser, and
dateutil re-expanding the parsed RRULE and EXDATE from the parsed DTSTART."""

from __future__ import annotations

import datetime
from typing import Any

import icalendar
import pytest
from dateutil.rrule import rrulestr
from django.conf import settings

from ankunft.core.models import Region
from ankunft.events.ics import calendar, event_uid, event_url, plain_text
from ankunft.events.models import Event, EventStatus
from ankunft.events.recurrence import occurrences
from ankunft.events.services import event_cancel
from tests.factories import OrganisationFactory, local, make_event

pytestmark = pytest.mark.django_db


def ics_of(event: Event, language: str = "en") -> icalendar.Calendar:
    content = calendar([event], region=event.region, language=language, name="Events")
    return icalendar.Calendar.from_ical(content)


def only_vevent(parsed: icalendar.Calendar) -> icalendar.Event:
    found = list(parsed.walk("VEVENT"))
    assert len(found) == 1
    return found[0]


def vevent_of(event: Event, language: str = "en") -> icalendar.Event:
    return only_vevent(ics_of(event, language))


def saved(event: Event) -> Event:
    return Event.objects.with_relations().get(pk=event.pk)


def weekly(region: Region, **fields: Any) -> Event:
    values: dict[str, Any] = {
        "starts_at": local(2026, 10, 15, 18),
        "rrule": "FREQ=WEEKLY;BYDAY=TH",
        "exdates": ["2026-10-22", "2026-12-24"],
    }
    return saved(make_event(region, **{**values, **fields}))


# --- Identity and texts ---------------------------------------------------------------


def test_it_keeps_the_uid_stable(region: Region) -> None:
    event = saved(make_event(region))

    first = vevent_of(event)["UID"]
    event.sequence += 1
    again = vevent_of(event, "de")["UID"]

    assert first == again == event_uid(event) == f"event-{event.pk}@127.0.0.1"


def test_it_writes_the_summary_in_the_chosen_language(region: Region) -> None:
    event = saved(make_event(region, title={"de": "Weltcafé", "en": "World Café"}))

    assert str(vevent_of(event, "en")["SUMMARY"]) == "World Café"
    assert str(vevent_of(event, "de")["SUMMARY"]) == "Weltcafé"


def test_it_falls_back_to_the_default_language_for_the_summary(region: Region) -> None:
    event = saved(make_event(region, title={"de": "Weltcafé", "en": "World Café"}))

    assert str(vevent_of(event, "uk")["SUMMARY"]) == "Weltcafé"


def test_it_writes_the_description_as_plain_text(region: Region) -> None:
    event = saved(
        make_event(
            region,
            description={
                "en": "<p>Meet <strong>neighbours</strong> &amp; friends.</p>"
                "<p>Tea &lt;free&gt;</p><script>alert(1)</script>",
            },
        )
    )

    description = str(vevent_of(event)["DESCRIPTION"])

    assert "<" not in description.replace("Tea <free>", "")
    assert "alert" not in description
    assert description.startswith("Meet neighbours & friends.\nTea <free>\n")
    assert description.endswith(event_url(event, "en"))


def test_it_turns_rich_text_into_lines() -> None:
    text = plain_text("<h2>Title</h2><ul><li>one</li><li>two&nbsp;items</li></ul><p>a<br>b</p>")

    assert text == "Title\none\ntwo items\na\nb"


def test_it_uses_the_summary_when_there_is_no_description(region: Region) -> None:
    event = saved(make_event(region, summary={"en": "Meet people."}, description={}))

    assert str(vevent_of(event)["DESCRIPTION"]).startswith("Meet people.\n\n")


def test_it_gives_location_geo_and_url(region: Region) -> None:
    event = saved(make_event(region))

    component = vevent_of(event, "en")

    assert str(component["LOCATION"]) == "Volkshochschule, Kanalstraße 3, 67655 Kaiserslautern"
    geo = component["GEO"]
    assert (geo.latitude, geo.longitude) == pytest.approx((49.4436, 7.7701))
    assert str(component["URL"]) == (
        f"{settings.ANKUNFT_SITE_URL}/kaiserslautern/en/events/{event.pk}/"
    )


def test_it_gives_the_link_as_location_of_an_online_event(region: Region) -> None:
    event = saved(
        make_event(region, place=None, online=True, online_url="https://meet.example.org/cafe")
    )

    component = vevent_of(event)

    assert str(component["LOCATION"]) == "https://meet.example.org/cafe"
    assert "GEO" not in component


def test_it_names_the_organiser(region: Region) -> None:
    organisation = OrganisationFactory(region=region, name="Kulturverein", email="k@example.org")
    event = saved(make_event(region, organisation=organisation))

    organizer = vevent_of(event)["ORGANIZER"]

    assert str(organizer) == "mailto:k@example.org"
    assert organizer.params["CN"] == "Kulturverein"


# --- Times ----------------------------------------------------------------------------


def test_it_gives_local_times_with_tzid_and_a_vtimezone(region: Region) -> None:
    event = saved(make_event(region, starts_at=local(2026, 10, 29, 18)))

    parsed = ics_of(event)
    component = only_vevent(parsed)

    assert component["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert component["DTSTART"].dt == local(2026, 10, 29, 18)
    assert component["DTSTART"].dt.utcoffset() == datetime.timedelta(hours=1)
    assert component["DTEND"].dt == local(2026, 10, 29, 20)
    assert [str(tz["TZID"]) for tz in parsed.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert b"BEGIN:VTIMEZONE" in calendar([event], region=region, language="en", name="x")


def test_it_writes_all_day_events_as_dates_with_an_exclusive_end(region: Region) -> None:
    event = saved(
        make_event(region, starts_at=local(2026, 10, 24), ends_at=local(2026, 10, 26), all_day=True)
    )

    component = vevent_of(event)

    assert component["DTSTART"].dt == datetime.date(2026, 10, 24)
    assert component["DTEND"].dt == datetime.date(2026, 10, 26)
    assert component["DTSTART"].to_ical() == b"20261024"


def test_it_writes_rrule_and_exdates_in_local_time(region: Region) -> None:
    event = weekly(region)

    component = vevent_of(event)

    assert component["RRULE"].to_ical() == b"FREQ=WEEKLY;BYDAY=TH"
    exdates = component["EXDATE"]
    values = [
        item.dt
        for group in (exdates if isinstance(exdates, list) else [exdates])
        for item in group.dts
    ]
    assert values == [local(2026, 10, 22, 18), local(2026, 12, 24, 18)]


def as_datetime(value: datetime.date) -> datetime.datetime:
    """A DATE value as a floating midnight, as calendar programs expand all-day series."""
    if isinstance(value, datetime.datetime):
        return value
    return datetime.datetime.combine(value, datetime.time.min)


def reexpanded(component: icalendar.Event, until: datetime.datetime) -> list[datetime.datetime]:
    """The dates that another program would compute from the parsed properties."""
    start = as_datetime(component["DTSTART"].dt)
    rule = rrulestr(component["RRULE"].to_ical().decode(), dtstart=start)
    exdates = component.get("EXDATE")
    groups = exdates if isinstance(exdates, list) else [exdates] if exdates else []
    left_out = {as_datetime(item.dt) for group in groups for item in group.dts}
    return [value for value in rule.between(start, until, inc=True) if value not in left_out]


def test_it_gives_the_same_dates_to_an_independent_expansion(region: Region) -> None:
    event = weekly(region)

    component = vevent_of(event)
    ours = [item.starts_at for item in occurrences(event, local(2026, 10, 1), local(2027, 5, 1))]

    assert reexpanded(component, local(2027, 5, 1)) == ours
    assert local(2026, 10, 22, 18) not in ours


def test_it_writes_until_in_utc_next_to_a_local_start(region: Region) -> None:
    event = weekly(region, rrule="FREQ=WEEKLY;UNTIL=20261203")

    component = vevent_of(event)
    ours = [item.starts_at for item in occurrences(event, local(2026, 10, 1), local(2027, 5, 1))]

    assert component["RRULE"].to_ical() == b"FREQ=WEEKLY;UNTIL=20261203T225959Z"
    assert reexpanded(component, local(2027, 5, 1)) == ours
    assert ours[-1] == local(2026, 12, 3, 18)


def test_it_writes_until_as_a_date_next_to_an_all_day_start(region: Region) -> None:
    event = saved(
        make_event(
            region,
            starts_at=local(2026, 10, 18),
            ends_at=local(2026, 10, 19),
            all_day=True,
            rrule="FREQ=WEEKLY;UNTIL=20261108T225959Z",
            exdates=["2026-10-25"],
        )
    )

    component = vevent_of(event)

    assert component["RRULE"].to_ical() == b"FREQ=WEEKLY;UNTIL=20261108"
    assert [value.dt for value in component["EXDATE"].dts] == [datetime.date(2026, 10, 25)]
    dates = [
        item.starts_at.date() for item in occurrences(event, local(2026, 10, 1), local(2027, 1, 1))
    ]
    assert [value.date() for value in reexpanded(component, datetime.datetime(2027, 1, 1))] == (
        dates
    )
    assert dates == [
        datetime.date(2026, 10, 18),
        datetime.date(2026, 11, 1),
        datetime.date(2026, 11, 8),
    ]


# --- Status ---------------------------------------------------------------------------


def test_it_marks_a_cancelled_event_and_raises_the_sequence(region: Region) -> None:
    event = saved(make_event(region))
    before = vevent_of(event)

    event_cancel(actor=None, event=event)
    after = vevent_of(saved(event))

    assert str(before["STATUS"]) == "CONFIRMED"
    assert str(after["STATUS"]) == "CANCELLED"
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert after["UID"] == before["UID"]
    assert saved(event).status == EventStatus.CANCELLED


def test_it_puts_several_events_into_one_calendar(region: Region) -> None:
    first = saved(make_event(region))
    second = weekly(region)

    content = calendar([first, second], region=region, language="de", name="Kalender")
    parsed = icalendar.Calendar.from_ical(content)

    assert [str(item["UID"]) for item in parsed.walk("VEVENT")] == [
        event_uid(first),
        event_uid(second),
    ]
    assert str(parsed["X-WR-CALNAME"]) == "Kalender"
    assert str(parsed["VERSION"]) == "2.0"
    assert str(parsed["METHOD"]) == "PUBLISH"
