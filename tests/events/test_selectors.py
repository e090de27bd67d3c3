"""Reads of events: filters, occurrences in a window, days and calendar weeks."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils import translation

from ankunft.core.models import Region
from ankunft.events.models import Event, EventStatus, Programme
from ankunft.events.recurrence import Occurrence
from ankunft.events.selectors import (
    EventFilters,
    by_day,
    month_weeks,
    parse_filters,
    public_occurrences,
)
from ankunft.offers.models import Cost
from ankunft.offers.services import place_get_or_create
from tests.factories import DistrictFactory, ThemeFactory, local, make_event, place_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


WEEK = (local(2030, 5, 13), local(2030, 5, 20))


def titles(region: Region, filters: EventFilters | None = None) -> list[str]:
    return [item.event.title["de"] for item in public_occurrences(region, *WEEK, filters)]


def named(region: Region, title: str, **fields: Any) -> Event:
    fields.setdefault("starts_at", local(2030, 5, 14, 18))
    return make_event(region, title={"de": title}, **fields)


# --- Filters --------------------------------------------------------------------------


@pytest.fixture
def variety(region: Region) -> dict[str, Event]:
    ThemeFactory(region=region, key="sprachfoerderung")
    ThemeFactory(region=region, key="arbeit", name={"de": "Arbeit"})
    north = DistrictFactory(region=region, key="nord")
    north_place = place_get_or_create(
        region=region, data=place_data(street="Nordstraße 1", district=north)
    )
    return {
        "language": named(
            region,
            "Sprachcafé",
            themes=["sprachfoerderung"],
            languages=["ar", "de"],
            target_groups=["refugees"],
            place=north_place,
            step_free=True,
        ),
        "work": named(
            region,
            "Jobmesse",
            themes=["arbeit"],
            languages=["de"],
            cost=Cost.AMOUNT,
            cost_amount=Decimal("3"),
            target_groups=["skilled_workers"],
        ),
        "online": named(
            region,
            "Online-Beratung",
            place=None,
            online=True,
            online_url="https://meet.example.org/x",
            languages=["uk"],
            district=north,
        ),
    }


def test_it_shows_everything_without_filters(region: Region, variety: dict[str, Event]) -> None:
    assert sorted(titles(region)) == ["Jobmesse", "Online-Beratung", "Sprachcafé"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (EventFilters(theme=("arbeit",)), ["Jobmesse"]),
        (EventFilters(theme=("arbeit", "sprachfoerderung")), ["Jobmesse", "Sprachcafé"]),
        (EventFilters(language=("ar", "uk")), ["Online-Beratung", "Sprachcafé"]),
        (EventFilters(target_group=("refugees",)), ["Sprachcafé"]),
        (EventFilters(district=("nord",)), ["Online-Beratung", "Sprachcafé"]),
        (EventFilters(free=True), ["Online-Beratung", "Sprachcafé"]),
        (EventFilters(step_free=True), ["Sprachcafé"]),
        (EventFilters(online=True), ["Online-Beratung"]),
        (EventFilters(q="sprach"), ["Sprachcafé"]),
        (EventFilters(q="messe job"), ["Jobmesse"]),
    ],
)
def test_it_filters_by_each_field(
    region: Region, variety: dict[str, Event], filters: EventFilters, expected: list[str]
) -> None:
    assert sorted(titles(region, filters)) == expected


def test_it_combines_filters_with_and(region: Region, variety: dict[str, Event]) -> None:
    both = EventFilters(district=("nord",), language=("de", "uk"), free=True)

    assert sorted(titles(region, both)) == ["Online-Beratung", "Sprachcafé"]
    assert titles(region, EventFilters(district=("nord",), online=False, step_free=True)) == [
        "Sprachcafé"
    ]
    assert titles(region, EventFilters(theme=("arbeit",), free=True)) == []


def test_it_filters_by_programme(region: Region) -> None:
    programme = Programme.objects.create(
        region=region,
        title={"de": "Woche"},
        starts_on=datetime.date(2030, 5, 13),
        ends_on=datetime.date(2030, 5, 19),
        published_at=local(2030, 5, 1),
    )
    named(region, "Im Programm", programme=programme)
    named(region, "Außerhalb")

    assert titles(region, EventFilters(programme=programme.pk)) == ["Im Programm"]


def test_it_reads_filters_from_the_query(region: Region, variety: dict[str, Event]) -> None:
    query = QueryDict(
        "q=+caf%C3%A9++&theme=sprachfoerderung&theme=arbeit&theme=arbeit"
        "&language=ar&district=nord&target_group=refugees&free=1&step_free=on"
        "&online=0"
    )

    filters = parse_filters(region, query)

    assert filters == EventFilters(
        q="café",
        theme=("sprachfoerderung", "arbeit"),
        language=("ar",),
        district=("nord",),
        target_group=("refugees",),
        free=True,
        step_free=True,
        online=False,
    )
    assert filters.active
    assert filters.is_on("theme", "arbeit")
    assert "theme=arbeit" not in filters.toggled("theme", "arbeit")
    assert "online=1" in filters.toggled("online")


def test_it_reads_an_empty_query_as_no_filters(region: Region) -> None:
    filters = parse_filters(region, QueryDict(""))

    assert filters == EventFilters()
    assert not filters.active


def test_it_names_every_wrong_filter(region: Region, other_region: Region) -> None:
    foreign = Programme.objects.create(
        region=other_region,
        title={"de": "Woche"},
        starts_on=datetime.date(2030, 5, 13),
        ends_on=datetime.date(2030, 5, 19),
        published_at=local(2030, 5, 1),
    )
    query = QueryDict(
        f"q={'x' * 101}&theme=astrologie&district=mond&target_group=aliens&free=maybe"
        f"&language={'x' * 21}&programme={foreign.pk}"
    )

    with pytest.raises(ValidationError) as error:
        parse_filters(region, query)

    assert error.value.message_dict == {
        "q": ["The search text is too long."],
        "theme": ["Unknown value: astrologie"],
        "district": ["Unknown value: mond"],
        "target_group": ["Unknown value: aliens"],
        "language": [f"Unknown value: {'x' * 21}"],
        "free": ["Use 1 or 0."],
        "programme": ["Unknown programme."],
    }


@pytest.mark.parametrize("value", ["abc", "-1"])
def test_it_refuses_a_programme_that_is_not_a_number(region: Region, value: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_filters(region, QueryDict(f"programme={value}"))

    assert error.value.message_dict == {"programme": ["Unknown programme."]}


def test_it_refuses_an_unpublished_programme(region: Region) -> None:
    hidden = Programme.objects.create(
        region=region,
        title={"de": "Woche"},
        starts_on=datetime.date(2030, 5, 13),
        ends_on=datetime.date(2030, 5, 19),
    )

    with pytest.raises(ValidationError):
        parse_filters(region, QueryDict(f"programme={hidden.pk}"))


# --- Occurrences in a window ----------------------------------------------------------


def test_it_orders_occurrences_by_time(region: Region) -> None:
    named(region, "Donnerstags", starts_at=local(2030, 5, 2, 17), rrule="FREQ=WEEKLY")
    named(region, "Einmal", starts_at=local(2030, 5, 16, 9))
    named(region, "Mehrtägig", starts_at=local(2030, 5, 12, 10), ends_at=local(2030, 5, 14, 16))

    found = public_occurrences(region, *WEEK)

    assert [(item.event.title["de"], item.starts_at) for item in found] == [
        ("Mehrtägig", local(2030, 5, 12, 10)),
        ("Einmal", local(2030, 5, 16, 9)),
        ("Donnerstags", local(2030, 5, 16, 17)),
    ]


@pytest.mark.parametrize(
    "status", [EventStatus.DRAFT, EventStatus.SUBMITTED, EventStatus.ACCEPTED, EventStatus.DECLINED]
)
def test_it_shows_only_public_events(region: Region, status: str) -> None:
    named(region, "Verborgen", status=status)
    named(region, "Abgesagt", status=EventStatus.CANCELLED)

    assert titles(region) == ["Abgesagt"]


def test_it_shows_only_the_region_s_events(region: Region, other_region: Region) -> None:
    named(other_region, "Woanders")

    assert titles(region) == []


def test_it_leaves_out_an_ended_series(region: Region) -> None:
    named(region, "Vorbei", starts_at=local(2030, 4, 1, 18), rrule="FREQ=DAILY;COUNT=5")

    assert titles(region) == []


def test_it_refuses_a_window_longer_than_400_days(region: Region) -> None:
    start = local(2030, 1, 1)

    with pytest.raises(ValidationError) as error:
        public_occurrences(region, start, start + datetime.timedelta(days=401))
    within = public_occurrences(region, start, start + datetime.timedelta(days=400))

    assert error.value.messages == ["Please ask for at most 400 days at once."]
    assert within == []


# --- Days and weeks -------------------------------------------------------------------


def occurrence(starts_at: datetime.datetime, ends_at: datetime.datetime) -> Occurrence:
    return Occurrence(Event(starts_at=starts_at, ends_at=ends_at), starts_at, ends_at)


def test_it_shows_a_multi_day_event_on_each_of_its_days() -> None:
    festival = occurrence(local(2030, 5, 12, 10), local(2030, 5, 15, 16))
    evening = occurrence(local(2030, 5, 14, 18), local(2030, 5, 14, 20))

    days = by_day([festival, evening], datetime.date(2030, 5, 13), datetime.date(2030, 5, 19))

    assert [(day.date.day, len(day.occurrences)) for day in days] == [(13, 1), (14, 2), (15, 1)]


def test_it_does_not_show_an_event_ending_at_midnight_on_the_next_day() -> None:
    all_day = occurrence(local(2030, 5, 14), local(2030, 5, 15))
    late = occurrence(local(2030, 5, 16, 22), local(2030, 5, 17, 0, 30))

    days = by_day([all_day, late], datetime.date(2030, 5, 13), datetime.date(2030, 5, 19))

    assert [day.date.day for day in days] == [14, 16, 17]


def test_it_stops_days_at_the_last_day() -> None:
    long = occurrence(local(2030, 5, 18, 10), local(2030, 5, 25, 16))

    days = by_day([long], datetime.date(2030, 5, 13), datetime.date(2030, 5, 19))

    assert [day.date.day for day in days] == [18, 19]


def test_it_gives_the_weeks_of_a_month_from_monday() -> None:
    weeks = month_weeks(2030, 5)

    assert weeks[0][0] == datetime.date(2030, 4, 29)
    assert weeks[-1][-1] == datetime.date(2030, 6, 2)
    assert all(len(week) == 7 and week[0].weekday() == 0 for week in weeks)
    assert len(weeks) == 5
