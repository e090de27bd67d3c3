"""Expansion of RFC 5545 rules in local wall-clock time (Europe/Berlin).

In 2026 summer time ends on Sunday 25 October; in 2027 it begins on Sunday 28 March (and in
2026 on 29 March)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from ankunft.core.models import Region
from ankunft.events.models import Event
from ankunft.events.recurrence import (
    MAX_OCCURRENCES,
    Occurrence,
    next_occurrence,
    occurrence_at,
    occurrences,
    parse_rule,
    series_end,
)
from tests.factories import BERLIN, local, make_event


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


def event(
    starts_at: datetime.datetime,
    hours: float = 2,
    *,
    ends_at: datetime.datetime | None = None,
    **fields: Any,
) -> Event:
    """An unsaved event: the expansion reads only these fields."""
    return Event(
        starts_at=starts_at,
        ends_at=ends_at or starts_at + datetime.timedelta(hours=hours),
        time_zone="Europe/Berlin",
        **fields,
    )


def stamps(found: list[Occurrence]) -> list[str]:
    return [item.starts_at.isoformat() for item in found]


def from_database(saved: Event) -> Event:
    """The event as read back: its times come in UTC."""
    return Event.objects.get(pk=saved.pk)


# --- Daylight saving ------------------------------------------------------------------


def test_it_keeps_a_weekly_event_at_18_local_across_both_changes() -> None:
    weekly = event(local(2026, 10, 15, 18), rrule="FREQ=WEEKLY;BYDAY=TH")

    found = occurrences(weekly, local(2026, 10, 15), local(2027, 4, 9))

    assert {item.starts_at.astimezone(BERLIN).strftime("%H:%M") for item in found} == {"18:00"}
    offsets = {item.starts_at.date().isoformat(): item.starts_at.strftime("%z") for item in found}
    assert offsets["2026-10-22"] == "+0200"
    assert offsets["2026-10-29"] == "+0100"
    assert offsets["2027-03-25"] == "+0100"
    assert offsets["2027-04-01"] == "+0200"
    assert all(item.ends_at - item.starts_at == datetime.timedelta(hours=2) for item in found)


@pytest.mark.django_db
def test_it_keeps_local_time_when_the_event_comes_from_the_database_in_utc(
    region: Region,
) -> None:
    start = local(2026, 10, 22, 18).astimezone(datetime.UTC)
    saved = from_database(make_event(region, starts_at=start, rrule="FREQ=WEEKLY"))

    found = occurrences(saved, local(2026, 10, 20), local(2026, 11, 1))

    assert stamps(found) == ["2026-10-22T18:00:00+02:00", "2026-10-29T18:00:00+01:00"]


def test_it_keeps_a_daily_event_at_its_local_time_through_the_autumn_change() -> None:
    daily = event(local(2026, 10, 23, 10), rrule="FREQ=DAILY")

    found = occurrences(daily, local(2026, 10, 24), local(2026, 10, 27))

    assert stamps(found) == [
        "2026-10-24T10:00:00+02:00",
        "2026-10-25T10:00:00+01:00",
        "2026-10-26T10:00:00+01:00",
    ]
    assert [item.ends_at.isoformat() for item in found][1] == "2026-10-25T12:00:00+01:00"


def test_it_moves_a_start_in_the_spring_gap_one_hour_later() -> None:
    """02:30 does not exist on 29 March 2026. As RFC 5545 (3.3.5) reads such a time, with the
    offset from before the gap, that occurrence starts at 03:30 summer time; the others stay
    at 02:30."""
    daily = event(local(2026, 3, 27, 2, 30), hours=1, rrule="FREQ=DAILY")

    found = occurrences(daily, local(2026, 3, 28), local(2026, 3, 31))

    assert stamps(found) == [
        "2026-03-28T02:30:00+01:00",
        "2026-03-29T03:30:00+02:00",
        "2026-03-30T02:30:00+02:00",
    ]
    assert found[1].ends_at.isoformat() == "2026-03-29T04:30:00+02:00"
    assert found[1].key == "20260329T0330"


def test_it_finds_the_occurrence_in_the_spring_gap_by_its_key() -> None:
    daily = event(local(2026, 3, 27, 2, 30), hours=1, rrule="FREQ=DAILY")

    found = occurrence_at(daily, "20260329T0330")

    assert found is not None
    assert found.starts_at.isoformat() == "2026-03-29T03:30:00+02:00"


# --- All-day series -------------------------------------------------------------------


def all_day(first: datetime.date, days: int = 1, **fields: Any) -> Event:
    start = datetime.datetime.combine(first, datetime.time.min, tzinfo=BERLIN)
    end = datetime.datetime.combine(
        first + datetime.timedelta(days=days), datetime.time.min, tzinfo=BERLIN
    )
    return event(start, ends_at=end, all_day=True, **fields)


def test_it_lets_every_all_day_occurrence_end_at_midnight() -> None:
    weekly = all_day(datetime.date(2026, 10, 18), rrule="FREQ=WEEKLY")

    found = occurrences(weekly, local(2026, 10, 18), local(2026, 11, 2))

    assert [(item.starts_at.isoformat(), item.ends_at.isoformat()) for item in found] == [
        ("2026-10-18T00:00:00+02:00", "2026-10-19T00:00:00+02:00"),
        ("2026-10-25T00:00:00+02:00", "2026-10-26T00:00:00+01:00"),
        ("2026-11-01T00:00:00+01:00", "2026-11-02T00:00:00+01:00"),
    ]


@pytest.mark.django_db
def test_it_does_not_stretch_an_all_day_series_that_begins_on_a_25_hour_day(
    region: Region,
) -> None:
    """The first day lasts 25 hours; the others last 24, ending at midnight all the same."""
    saved = make_event(
        region,
        starts_at=local(2026, 10, 25),
        ends_at=local(2026, 10, 26),
        all_day=True,
        rrule="FREQ=WEEKLY;COUNT=2",
    )
    read_back = from_database(saved)

    found = occurrences(read_back, local(2026, 10, 1), local(2026, 12, 1))

    assert [item.ends_at.isoformat() for item in found] == [
        "2026-10-26T00:00:00+01:00",
        "2026-11-02T00:00:00+01:00",
    ]
    assert read_back.series_ends_at == local(2026, 11, 2)


# --- Exdates, COUNT, UNTIL, endless rules ---------------------------------------------


def test_it_leaves_out_the_exdates() -> None:
    weekly = event(local(2026, 10, 15, 18), rrule="FREQ=WEEKLY", exdates=["2026-10-22"])

    found = occurrences(weekly, local(2026, 10, 1), local(2026, 11, 10))

    assert stamps(found) == [
        "2026-10-15T18:00:00+02:00",
        "2026-10-29T18:00:00+01:00",
        "2026-11-05T18:00:00+01:00",
    ]


def test_it_ends_a_counted_series_after_count_dates() -> None:
    weekly = event(local(2026, 10, 15, 18), rrule="FREQ=WEEKLY;COUNT=5")

    found = occurrences(weekly, local(2026, 10, 1), local(2027, 1, 1))

    assert found[-1].starts_at == local(2026, 11, 12, 18)
    assert len(found) == 5
    assert series_end(weekly) == local(2026, 11, 12, 20)


def test_it_counts_exdates_among_the_count_as_rfc_5545_does() -> None:
    weekly = event(local(2026, 10, 15, 18), rrule="FREQ=WEEKLY;COUNT=3", exdates=["2026-10-22"])

    found = occurrences(weekly, local(2026, 10, 1), local(2027, 1, 1))

    assert stamps(found) == ["2026-10-15T18:00:00+02:00", "2026-10-29T18:00:00+01:00"]


def test_it_ends_a_series_at_an_until_in_utc() -> None:
    # 17:00 UTC is 18:00 in winter time: the last date is included.
    weekly = event(local(2026, 10, 15, 18), rrule="FREQ=WEEKLY;UNTIL=20261112T170000Z")

    found = occurrences(weekly, local(2026, 10, 1), local(2027, 1, 1))

    assert found[-1].starts_at == local(2026, 11, 12, 18)
    assert series_end(weekly) == local(2026, 11, 12, 20)


def test_it_reads_an_until_date_as_the_end_of_that_local_day() -> None:
    weekly = event(local(2026, 10, 15, 18), rrule="FREQ=WEEKLY;UNTIL=20261112")

    assert series_end(weekly) == local(2026, 11, 12, 20)


def test_it_gives_a_never_ending_series_no_end() -> None:
    assert series_end(event(local(2026, 10, 15, 18), rrule="FREQ=WEEKLY")) is None


def test_it_treats_a_series_longer_than_it_walks_as_endless() -> None:
    daily = event(local(2026, 1, 1, 9), rrule="FREQ=DAILY;UNTIL=21001231T000000Z")

    assert series_end(daily) is None


def test_it_gives_a_single_event_its_own_end() -> None:
    single = event(local(2026, 10, 15, 18))

    assert series_end(single) == local(2026, 10, 15, 20)


def test_it_bounds_a_never_ending_series_by_the_window() -> None:
    weekly = event(local(2020, 1, 2, 18), rrule="FREQ=WEEKLY")

    found = occurrences(weekly, local(2026, 10, 1), local(2026, 11, 1))

    assert stamps(found) == [
        "2026-10-01T18:00:00+02:00",
        "2026-10-08T18:00:00+02:00",
        "2026-10-15T18:00:00+02:00",
        "2026-10-22T18:00:00+02:00",
        "2026-10-29T18:00:00+01:00",
    ]


def test_it_stops_after_max_occurrences() -> None:
    daily = event(local(2026, 1, 1, 9), rrule="FREQ=DAILY")

    found = occurrences(daily, local(2026, 1, 1), local(2029, 12, 31))

    assert len(found) == MAX_OCCURRENCES
    assert found[-1].starts_at.date() == datetime.date(2026, 1, 1) + datetime.timedelta(
        days=MAX_OCCURRENCES - 1
    )


def test_it_finds_the_next_occurrence() -> None:
    weekly = event(local(2026, 10, 15, 18), rrule="FREQ=WEEKLY")

    found = next_occurrence(weekly, local(2026, 10, 23))

    assert found is not None
    assert found.starts_at == local(2026, 10, 29, 18)


# --- Refused rules --------------------------------------------------------------------


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=HOURLY",
        "FREQ=MINUTELY;COUNT=10",
        "FREQ=SECONDLY",
        "FREQ=DAILY;BYHOUR=9,12,15",
        "FREQ=WEEKLY;BYMINUTE=0,30",
    ],
)
def test_it_refuses_rules_more_frequent_than_daily(rule: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_rule(rule, local(2026, 10, 15, 18))

    assert error.value.code == "rrule_frequency"
    assert error.value.messages == [
        "Events can repeat at most daily; hourly or more frequent rules are not accepted."
    ]


@pytest.mark.parametrize(
    "rule",
    [
        "every thursday",
        "FREQ=FORTNIGHTLY",
        "FREQ=WEEKLY;COUNT=many",
        "FREQ=WEEKLY;BYDAY=XX",
        "FREQ=WEEKLY;UNTIL=2026-12-31",
        "FREQ=WEEKLY;COUNT=3;UNTIL=20261231T000000Z",
    ],
)
def test_it_refuses_garbage_rules(rule: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_rule(rule, local(2026, 10, 15, 18))

    assert error.value.code == "rrule"
    assert error.value.messages[0].startswith("The repeat rule is not valid")


def test_it_refuses_an_empty_rule() -> None:
    with pytest.raises(ValidationError, match=r"The repeat rule is empty\."):
        parse_rule("RRULE:", local(2026, 10, 15, 18))


@pytest.mark.parametrize(
    "rule", ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=WEEKLY;UNTIL=20250101T000000Z"]
)
def test_it_refuses_a_rule_without_any_date(rule: str) -> None:
    """An impossible rule would otherwise be walked up to the year 9999 on every page."""
    with pytest.raises(ValidationError, match="gives no date"):
        parse_rule(rule, local(2026, 10, 15, 18))


def test_it_accepts_the_rrule_prefix_and_lower_case() -> None:
    parsed = parse_rule("RRULE:freq=weekly;byday=th;count=2", local(2026, 10, 15, 18))

    assert list(parsed) == [local(2026, 10, 15, 18), local(2026, 10, 22, 18)]


# --- Occurrences by key and overlapping the window ------------------------------------


def test_it_finds_an_occurrence_by_its_key() -> None:
    weekly = event(local(2026, 10, 15, 18), rrule="FREQ=WEEKLY")

    found = occurrence_at(weekly, "20261029T1800")

    assert found is not None
    assert (found.starts_at, found.ends_at) == (local(2026, 10, 29, 18), local(2026, 10, 29, 20))


@pytest.mark.parametrize(
    "key", ["20261030T1800", "20261029T1700", "20261022T1800", "20261008T1800", "yesterday"]
)
def test_it_finds_no_occurrence_for_a_key_outside_the_series(key: str) -> None:
    """Another day or time, a left-out date, before the first date, not a key."""
    weekly = event(local(2026, 10, 15, 18), rrule="FREQ=WEEKLY", exdates=["2026-10-22"])

    assert occurrence_at(weekly, key) is None


def test_it_includes_a_multi_day_event_that_began_before_the_window() -> None:
    festival = event(local(2026, 10, 9, 10), ends_at=local(2026, 10, 11, 22))

    found = occurrences(festival, local(2026, 10, 10), local(2026, 10, 17))

    assert stamps(found) == ["2026-10-09T10:00:00+02:00"]


def test_it_includes_the_occurrence_of_a_series_still_going_on_at_the_window_start() -> None:
    weekend = event(local(2026, 10, 2, 18), ends_at=local(2026, 10, 4, 14), rrule="FREQ=WEEKLY")

    found = occurrences(weekend, local(2026, 10, 10), local(2026, 10, 17))

    assert stamps(found) == ["2026-10-09T18:00:00+02:00", "2026-10-16T18:00:00+02:00"]


def test_it_leaves_out_an_occurrence_that_ended_when_the_window_begins() -> None:
    single = event(local(2026, 10, 9, 10), ends_at=local(2026, 10, 10, 0))

    assert occurrences(single, local(2026, 10, 10), local(2026, 10, 11)) == []


def test_it_includes_an_event_without_duration_that_starts_in_the_window() -> None:
    moment = event(local(2026, 10, 10, 0), hours=0)

    assert stamps(occurrences(moment, local(2026, 10, 10), local(2026, 10, 11))) == [
        "2026-10-10T00:00:00+02:00"
    ]
