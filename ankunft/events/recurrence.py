"""RFC 5545 recurrence: rules are expanded in the event's local wall-clock time, so a weekly
event at 18:00 stays at 18:00 across daylight-saving changes. Expansion is always bounded:
by the window asked for, by MAX_OCCURRENCES, and rules more frequent than daily are refused."""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, rrule, rrulestr
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from ankunft.events.models import Event

# Per event and window: a daily event over a year is 366; more than this is a runaway rule.
MAX_OCCURRENCES = 1000
# Finding the end of a series with COUNT/UNTIL walks it; a longer finite series is treated
# as endless (it is still expanded per window).
MAX_SERIES_WALK = 5000


@dataclass(frozen=True)
class Occurrence:
    """One date of an event; for a single event its only occurrence."""

    event: Event
    starts_at: datetime.datetime
    ends_at: datetime.datetime

    @property
    def key(self) -> str:
        """Identifies the occurrence within its event (local date and time, for URLs)."""
        return self.starts_at.strftime("%Y%m%dT%H%M")

    @property
    def is_cancelled(self) -> bool:
        return self.event.is_cancelled


# The time of day comes from the start; these parts would repeat within a day.
_TIME_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")
_UNTIL = re.compile(r"(?<![A-Z])UNTIL=(\d{8})(T\d{6})?(Z?)", re.IGNORECASE)


def until_in_utc(rule: str, zone: datetime.tzinfo) -> str:
    """The rule with UNTIL in UTC, as RFC 5545 wants it next to a DTSTART with a time zone.

    A date (UNTIL=20261231) means up to the end of that local day; a time without "Z" is
    local wall-clock time."""

    def to_utc(match: re.Match[str]) -> str:
        date_text, time_text, utc = match.group(1), match.group(2), match.group(3)
        if utc:
            return match.group(0)
        if time_text:
            moment = datetime.datetime.strptime(date_text + time_text, "%Y%m%dT%H%M%S")
        else:
            day = datetime.datetime.strptime(date_text, "%Y%m%d").date()
            moment = datetime.datetime.combine(day, datetime.time(23, 59, 59))
        moment_utc = moment.replace(tzinfo=zone).astimezone(datetime.UTC)
        return f"UNTIL={moment_utc:%Y%m%dT%H%M%S}Z"

    try:
        return _UNTIL.sub(to_utc, rule)
    except ValueError:
        return rule  # not a real date: rrulestr below names the error


def parse_rule(rule: str, dtstart: datetime.datetime) -> rrule:
    """Parses an RRULE value (with or without "RRULE:") for an aware local start.

    Raises ValidationError with a translated message. Refused: rules more frequent than
    daily (also through BYHOUR/BYMINUTE/BYSECOND) and rules that give no date at all (their
    expansion would run through the calendar up to the year 9999)."""
    text = normalise_rule(rule)
    if not text:
        raise ValidationError(_("The repeat rule is empty."), code="rrule")
    # The cache key keeps the time zone: aware datetimes of the same instant compare equal,
    # but a rule expanded in UTC would not keep the local time across daylight saving.
    return _parse_checked(text, dtstart.replace(tzinfo=None), dtstart.tzinfo, dtstart.fold)


@functools.lru_cache(maxsize=512)
def _parse_checked(
    text: str, wall_clock: datetime.datetime, zone: datetime.tzinfo | None, fold: int
) -> rrule:
    # Cached: every expansion parses its event's rule, and the check below walks the rule.
    # Failures are not cached (lru_cache does not keep exceptions).
    dtstart = wall_clock.replace(tzinfo=zone, fold=fold)
    names = {part.split("=", 1)[0].strip() for part in text.split(";")}
    if names & set(_TIME_PARTS):
        raise ValidationError(
            _("Events can repeat at most daily; hourly or more frequent rules are not accepted."),
            code="rrule_frequency",
        )
    if {"COUNT", "UNTIL"} <= names:
        raise ValidationError(
            _("The repeat rule is not valid (%(error)s).")
            % {"error": "COUNT and UNTIL cannot be combined"},
            code="rrule",
        )
    try:
        parsed = rrulestr(
            until_in_utc(text, dtstart.tzinfo or datetime.UTC),
            dtstart=dtstart,
            forceset=False,
            ignoretz=False,
        )
    except (ValueError, TypeError, OverflowError) as error:
        raise ValidationError(
            _("The repeat rule is not valid (%(error)s).") % {"error": str(error)[:120]},
            code="rrule",
        ) from error
    if not isinstance(parsed, rrule):
        raise ValidationError(_("The repeat rule is not valid."), code="rrule")
    if parsed._freq > DAILY:  # dateutil keeps the frequency private
        raise ValidationError(
            _("Events can repeat at most daily; hourly or more frequent rules are not accepted."),
            code="rrule_frequency",
        )
    if next(iter(parsed), None) is None:
        raise ValidationError(
            _("The repeat rule gives no date from the start of the event on."), code="rrule"
        )
    return parsed


def normalise_rule(rule: str) -> str:
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    return text.upper()


def local_start(event: Event) -> datetime.datetime:
    return event.starts_at.astimezone(ZoneInfo(event.time_zone))


def wall_clock_duration(event: Event) -> datetime.timedelta:
    """The length on the local clock: an all-day event lasts 24 hours even on the day the
    clocks change, and each occurrence ends at the same local time as the first."""
    zone = ZoneInfo(event.time_zone)
    start = event.starts_at.astimezone(zone).replace(tzinfo=None)
    return event.ends_at.astimezone(zone).replace(tzinfo=None) - start


def _excluded(event: Event) -> set[str]:
    return {str(value)[:10] for value in event.exdates}


def _normalised(moment: datetime.datetime, zone: datetime.tzinfo) -> datetime.datetime:
    """A local time with the offset of its own date (summer or winter time). A time that the
    clocks skip (02:30 on the day summer time begins) becomes the time one hour later
    (03:30), as RFC 5545 reads it: with the offset from before the gap."""
    return moment.astimezone(datetime.UTC).astimezone(zone)


def _starts(event: Event, after: datetime.datetime) -> Iterator[datetime.datetime]:
    """Local starts of the series at or after `after`, exdates left out."""
    start = local_start(event)
    zone = start.tzinfo
    assert zone is not None
    if not event.rrule:
        candidates: Iterator[datetime.datetime] = iter([start] if start >= after else [])
    else:
        rule = parse_rule(event.rrule, start)
        candidates = rule.xafter(after.astimezone(zone), inc=True)
    excluded = _excluded(event)
    for candidate in candidates:
        normalised = _normalised(candidate, zone)
        if normalised.date().isoformat() not in excluded:
            yield normalised


# Looking back from the window's start for occurrences that are still going on: a little
# more than the duration, as the window may come in another time zone than the event.
_LOOK_BACK_MARGIN = datetime.timedelta(hours=3)


def occurrences(
    event: Event,
    start: datetime.datetime,
    end: datetime.datetime,
    limit: int = MAX_OCCURRENCES,
) -> list[Occurrence]:
    """The occurrences that overlap [start, end), at most `limit`. An occurrence without
    duration counts when it starts in the window."""
    duration = wall_clock_duration(event)
    zone = ZoneInfo(event.time_zone)
    look_back = start.astimezone(zone) - duration - _LOOK_BACK_MARGIN
    found: list[Occurrence] = []
    for occurrence_start in _starts(event, look_back):
        if occurrence_start >= end or len(found) >= limit:
            break
        occurrence_end = _normalised(occurrence_start + duration, zone)
        if occurrence_end > start or (not duration and occurrence_start >= start):
            found.append(Occurrence(event, occurrence_start, occurrence_end))
    return found


def next_occurrence(event: Event, after: datetime.datetime) -> Occurrence | None:
    found = occurrences(event, after, after + datetime.timedelta(days=3660), limit=1)
    return found[0] if found else None


def occurrence_at(event: Event, key: str) -> Occurrence | None:
    """The occurrence whose key (local YYYYMMDDTHHMM) is given, if the series has it."""
    try:
        naive = datetime.datetime.strptime(key, "%Y%m%dT%H%M")
    except ValueError:
        return None
    moment = naive.replace(tzinfo=ZoneInfo(event.time_zone))
    found = occurrences(event, moment, moment + datetime.timedelta(minutes=1), limit=5)
    return next((item for item in found if item.key == key), None)


def series_end(event: Event) -> datetime.datetime | None:
    """End of the last occurrence, or None when the series never ends (or is very long:
    longer than MAX_SERIES_WALK dates)."""
    if not event.rrule:
        return event.ends_at
    start = local_start(event)
    zone = start.tzinfo
    assert zone is not None
    rule = parse_rule(event.rrule, start)
    if rule._count is None and rule._until is None:  # private in dateutil
        return None
    walked = list(itertools.islice(rule, MAX_SERIES_WALK + 1))
    if len(walked) > MAX_SERIES_WALK:
        return None
    if not walked:
        return event.ends_at
    return _normalised(_normalised(walked[-1], zone) + wall_clock_duration(event), zone)


def validate_exdates(values: list[str]) -> list[str]:
    cleaned = []
    for value in values:
        text = str(value).strip()[:10]
        try:
            datetime.date.fromisoformat(text)
        except ValueError as error:
            raise ValidationError(
                _("“%(value)s” is not a date (YYYY-MM-DD).") % {"value": text}, code="exdate"
            ) from error
        cleaned.append(text)
    return sorted(set(cleaned))
