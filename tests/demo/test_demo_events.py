"""The demo events: loaded after the demo (regions, organisations, offers, logins), relative to
the day of loading. Tests that need a particular day pass it as `today`; the others run on the
real today, so they have to hold on every day of the year."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from io import StringIO
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from ankunft.core.models import Region
from ankunft.demo.events import (
    intercultural_week,
    load_events,
    programme_title,
    programme_year,
    rlp_holidays,
)
from ankunft.events.models import (
    PUBLIC_STATUSES,
    Event,
    EventStatus,
    InvitationAnswer,
    Programme,
    RegistrationStatus,
)
from ankunft.events.recurrence import occurrences
from ankunft.events.selectors import (
    day_window,
    programme_occurrences,
    public_occurrences,
    published_programmes,
    submissions,
)

TEXT_LANGUAGES = {"de", "en", "ar", "uk"}
# After the Intercultural Week with Christmas ahead, before the week, in the middle of it.
DAYS = [datetime.date(2026, 11, 21), datetime.date(2027, 9, 1), datetime.date(2027, 9, 29)]


@pytest.fixture
def kaiserslautern(db: None) -> Region:
    """The demo as the demo command leaves it, minus any events it loads itself, so that each
    test decides which day the events are relative to."""
    call_command("demo", stdout=StringIO())
    region = Region.objects.get(slug="kaiserslautern")
    Event.objects.filter(region=region).delete()
    Programme.objects.filter(region=region).delete()
    return region


def public_events(region: Region) -> list[Event]:
    return list(Event.objects.for_region(region).filter(status__in=PUBLIC_STATUSES))


def the_programme(region: Region) -> Programme:
    return Programme.objects.for_region(region).get()


def event_titled(region: Region, german: str) -> Event:
    return Event.objects.for_region(region).get(title__de=german)


# --- Dates (no database) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "first", "last"),
    [
        (2024, datetime.date(2024, 9, 21), datetime.date(2024, 9, 29)),
        (2025, datetime.date(2025, 9, 20), datetime.date(2025, 9, 28)),
        (2026, datetime.date(2026, 9, 26), datetime.date(2026, 10, 4)),
    ],
)
def test_it_dates_the_intercultural_week_as_kaiserslautern_held_it(
    year: int, first: datetime.date, last: datetime.date
) -> None:
    assert intercultural_week(year) == (first, last)


@pytest.mark.parametrize(
    ("today", "year"),
    [
        (datetime.date(2026, 1, 10), 2026),
        (datetime.date(2026, 10, 4), 2026),
        (datetime.date(2026, 10, 5), 2027),
        (datetime.date(2026, 12, 31), 2027),
    ],
)
def test_it_shows_this_years_week_until_its_last_day(today: datetime.date, year: int) -> None:
    assert programme_year(today) == year


def test_it_knows_the_public_holidays_of_rhineland_palatinate() -> None:
    holidays = rlp_holidays(2027)
    assert len(holidays) == 11
    assert {
        datetime.date(2027, 3, 29),  # Easter Monday
        datetime.date(2027, 5, 27),  # Corpus Christi
        datetime.date(2027, 10, 3),
        datetime.date(2027, 11, 1),
    } <= holidays
    assert datetime.date(2027, 8, 15) not in holidays  # Assumption: Bavaria and Saarland only


def test_it_adds_the_motto_to_the_title_when_the_year_has_one() -> None:
    assert programme_title(2026)["de"] == "Interkulturelle Woche 2026: „Dafür!“"
    assert programme_title(2030)["uk"] == "Міжкультурний тиждень 2030"


# --- Loading -------------------------------------------------------------------------------


@pytest.mark.parametrize("today", [None, *DAYS])
def test_it_keeps_at_least_30_public_events_ahead_on_any_day(
    kaiserslautern: Region, today: datetime.date | None
) -> None:
    load_events(kaiserslautern, today=today)
    day = today or timezone.localdate()
    found = public_occurrences(kaiserslautern, *day_window(day, 365))
    assert len(found) >= 30
    first, last = intercultural_week(programme_year(day))
    if not first <= day <= last:
        # While the week runs, most of its events are behind; otherwise all are ahead.
        assert len({item.event.pk for item in found}) >= 30


def test_it_publishes_the_intercultural_week_with_24_public_events(
    kaiserslautern: Region,
) -> None:
    load_events(kaiserslautern)
    programme = the_programme(kaiserslautern)
    year = programme_year(timezone.localdate())
    assert published_programmes(kaiserslautern) == [programme]
    assert programme.title["de"].startswith(f"Interkulturelle Woche {year}")
    assert (programme.starts_on, programme.ends_on) == intercultural_week(year)
    events = {item.event for item in programme_occurrences(programme)}
    assert len(events) >= 24
    assert len({event.organisation_id for event in events}) >= 15
    assert len({event.starts_at.astimezone(event.zone).date() for event in events}) == 9


def test_it_opens_the_week_with_the_market_of_encounter_on_schillerplatz(
    kaiserslautern: Region,
) -> None:
    load_events(kaiserslautern)
    programme = the_programme(kaiserslautern)
    opening = programme_occurrences(programme)[0].event
    assert opening.title["de"].startswith("Markt der Begegnung")
    assert opening.starts_at.astimezone(opening.zone).date() == programme.starts_on
    assert programme.starts_on.weekday() == 5
    assert opening.place is not None and opening.place.name == "Schillerplatz"


def test_it_leaves_three_submissions_in_the_review_queue_out_of_public_view(
    kaiserslautern: Region,
) -> None:
    load_events(kaiserslautern)
    programme = the_programme(kaiserslautern)
    waiting = [e for e in submissions(programme) if e.status not in PUBLIC_STATUSES]
    assert sorted(e.status for e in waiting) == [
        EventStatus.CHANGES_REQUESTED,
        EventStatus.SUBMITTED,
        EventStatus.SUBMITTED,
    ]
    public_ids = {item.event.pk for item in programme_occurrences(programme)}
    assert public_ids.isdisjoint(e.pk for e in waiting)


def test_it_cancels_one_programme_event_which_stays_visible(kaiserslautern: Region) -> None:
    load_events(kaiserslautern)
    programme = the_programme(kaiserslautern)
    cancelled = [i.event for i in programme_occurrences(programme) if i.is_cancelled]
    assert [event.title["de"] for event in cancelled] == [
        "Kick für Vielfalt: Fußballturnier für Jugendliche"
    ]
    assert cancelled[0].sequence == 1


def test_it_writes_every_event_in_german_english_arabic_and_ukrainian(
    kaiserslautern: Region,
) -> None:
    load_events(kaiserslautern)
    for event in Event.objects.for_region(kaiserslautern):
        for name in ["title", "summary", "description"]:
            texts = getattr(event, name)
            assert {code for code, text in texts.items() if text} >= TEXT_LANGUAGES, (event, name)
    programme = the_programme(kaiserslautern)
    assert set(programme.title) >= TEXT_LANGUAGES and set(programme.description) >= TEXT_LANGUAGES


def test_it_repeats_the_world_cafe_every_thursday_except_on_holidays(
    kaiserslautern: Region,
) -> None:
    load_events(kaiserslautern)
    cafe = event_titled(kaiserslautern, "World Café: Begegnungscafé jeden Donnerstag")
    assert cafe.rrule == "FREQ=WEEKLY;BYDAY=TH"
    assert cafe.exdates
    today = timezone.localdate()
    holidays = rlp_holidays(today.year) | rlp_holidays(today.year + 1)
    dates = [o.starts_at.date() for o in occurrences(cafe, *day_window(today, 365))]
    assert len(dates) >= 40
    assert all(day.weekday() == 3 for day in dates)
    assert not holidays & set(dates)


def test_it_runs_weekly_german_conversation_groups(kaiserslautern: Region) -> None:
    load_events(kaiserslautern)
    groups = [
        event
        for event in public_events(kaiserslautern)
        if event.rrule and "sprachfoerderung" in event.themes
    ]
    assert len(groups) == 2
    assert all(event.rrule.startswith("FREQ=WEEKLY") for event in groups)
    evening = event_titled(kaiserslautern, "Gesprächskreis Deutsch am Abend (ab B1)")
    assert len(occurrences(evening, *day_window(timezone.localdate(), 365))) == 10


def test_it_invites_to_the_naturalisation_ceremony_with_every_kind_of_answer(
    kaiserslautern: Region,
) -> None:
    load_events(kaiserslautern)
    ceremony = event_titled(kaiserslautern, "Einbürgerungsfeier der Stadt Kaiserslautern")
    invitations = list(ceremony.invitations.all())
    assert ceremony.invitation_only and len(invitations) == 8
    answers = [invitation.answer for invitation in invitations]
    assert answers.count(InvitationAnswer.YES) == 4
    assert answers.count(InvitationAnswer.NO) == 2
    assert answers.count(InvitationAnswer.PENDING) == 2
    assert sum(invitation.guests for invitation in invitations) == 6
    assert all(invitation.email.endswith("example.org") for invitation in invitations)


def test_it_books_the_staff_training_out_with_a_waiting_list(kaiserslautern: Region) -> None:
    load_events(kaiserslautern)
    training = event_titled(
        kaiserslautern,
        "Fortbildung für städtische Beschäftigte: Interkulturelle Kompetenz im Verwaltungsalltag",
    )
    statuses = [registration.status for registration in training.registrations.all()]
    assert training.capacity == 16
    assert statuses.count(RegistrationStatus.CONFIRMED) == 16
    assert statuses.count(RegistrationStatus.WAITING) == 1
    assert statuses.count(RegistrationStatus.CANCELLED) == 1
    moved_up = training.registrations.get(email="lukas.becker@kaiserslautern.example.org")
    assert moved_up.status == RegistrationStatus.CONFIRMED


def test_it_has_a_seminar_for_business_leaders_and_a_care_providers_fair(
    kaiserslautern: Region,
) -> None:
    load_events(kaiserslautern)
    seminar = event_titled(
        kaiserslautern,
        "Seminar für Führungskräfte: Fachkräfte aus dem Ausland gewinnen und halten",
    )
    fair = event_titled(
        kaiserslautern,
        "Messe der Pflegeangebote: Pflege und Hilfe im Alter in vielen Sprachen",
    )
    assert seminar.registration and seminar.registrations.count() == 6
    assert fair.status == EventStatus.PUBLISHED and "seniors" in fair.target_groups


def test_it_mixes_free_paid_online_and_registration_events(kaiserslautern: Region) -> None:
    load_events(kaiserslautern)
    events = public_events(kaiserslautern)
    assert sum(event.cost == "free" for event in events) >= 20
    assert sum(event.cost != "free" for event in events) >= 3
    assert sum(event.online for event in events) >= 2
    assert sum(event.registration for event in events) >= 4


def test_it_places_events_in_many_districts_with_coordinates(kaiserslautern: Region) -> None:
    load_events(kaiserslautern)
    events = [event for event in public_events(kaiserslautern) if not event.online]
    assert all(event.place is not None and event.place.has_coordinates for event in events)
    assert len({event.effective_district for event in events}) >= 8


def test_it_sends_the_invitations_and_registration_mails(
    kaiserslautern: Region, committed: Callable[[], Any]
) -> None:
    mail.outbox.clear()
    with committed():
        load_events(kaiserslautern)
    recipients = {address for message in mail.outbox for address in message.to}
    assert "amina.haddad@example.org" in recipients
    assert "anna.schneider@kaiserslautern.example.org" in recipients


def test_it_does_not_duplicate_anything_when_loaded_twice(kaiserslautern: Region) -> None:
    assert load_events(kaiserslautern) >= 40

    def counts() -> tuple[int, ...]:
        events = Event.objects.for_region(kaiserslautern)
        return (
            events.count(),
            Programme.objects.for_region(kaiserslautern).count(),
            sum(event.registrations.count() for event in events),
            sum(event.invitations.count() for event in events),
        )

    before = counts()
    assert load_events(kaiserslautern) == 0
    assert counts() == before


def test_it_adds_nothing_when_loaded_again_a_week_later(kaiserslautern: Region) -> None:
    day = datetime.date(2026, 11, 21)
    load_events(kaiserslautern, today=day)
    assert load_events(kaiserslautern, today=day + datetime.timedelta(days=7)) == 0


def test_it_leaves_other_regions_without_demo_events(other_region: Region) -> None:
    assert load_events(other_region) == 0
    assert not Event.objects.for_region(other_region).exists()
